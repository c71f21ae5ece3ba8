#!/usr/bin/python3
"""Drop files onto an X11 window through the XDND protocol (version 5).

Usage: xdnd_drop.py WINDOW_NAME X Y FILE...

Finds the top-level window whose name contains WINDOW_NAME and that carries
XdndAware, offers the files as text/uri-list from a hidden source window, and
waits until the target says XdndFinished. Needs Debian's python3-xlib.
"""
import sys
import time
import urllib.parse

from Xlib import X, Xatom, display
from Xlib.protocol import event


def window_name(d, w):
    """The window's title: _NET_WM_NAME (UTF-8), else WM_NAME."""
    prop = w.get_full_property(d.intern_atom("_NET_WM_NAME"), X.AnyPropertyType)
    if prop and prop.value:
        v = prop.value
        return v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v)
    n = w.get_wm_name()
    if isinstance(n, bytes):
        return n.decode("latin-1")
    return n or ""


def find_target(d, name):
    aware = d.intern_atom("XdndAware")
    stack = [d.screen().root]
    while stack:
        w = stack.pop()
        try:
            wname = window_name(d, w)
            if name in wname and w.get_full_property(aware, X.AnyPropertyType):
                return w
            stack.extend(w.query_tree().children)
        except Exception:
            continue
    return None


def send(d, target, atom_name, source, data):
    ev = event.ClientMessage(window=target, client_type=d.intern_atom(atom_name),
                             data=(32, [source.id] + data + [0] * (4 - len(data))))
    target.send_event(ev, event_mask=0)
    d.flush()


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    name, x, y, files = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
    d = display.Display()
    root = d.screen().root
    target = None
    for _ in range(100):
        target = find_target(d, name)
        if target:
            break
        time.sleep(0.1)
    if target is None:
        sys.exit("no XdndAware window named %r" % name)
    source = root.create_window(-10, -10, 1, 1, 0, X.CopyFromParent)
    uri_list = d.intern_atom("text/uri-list")
    selection = d.intern_atom("XdndSelection")
    source.change_property(d.intern_atom("XdndTypeList"), Xatom.ATOM, 32, [uri_list])
    source.set_selection_owner(selection, X.CurrentTime)
    payload = "".join("file://" + urllib.parse.quote(f) + "\r\n" for f in files).encode()

    send(d, target, "XdndEnter", source, [5 << 24, uri_list])
    send(d, target, "XdndPosition", source, [0, (x << 16) | y, X.CurrentTime,
                                              d.intern_atom("XdndActionCopy")])
    deadline = time.time() + 20
    dropped = False
    while time.time() < deadline:
        while d.pending_events():
            ev = d.next_event()
            if ev.type == X.ClientMessage:
                kind = d.get_atom_name(ev.client_type)
                if kind == "XdndStatus" and not dropped:
                    if ev.data[1][1] & 1:
                        send(d, target, "XdndDrop", source, [0, X.CurrentTime])
                        dropped = True
                    else:
                        sys.exit("target refused the drop")
                elif kind == "XdndFinished":
                    print("dropped %d file(s)" % len(files))
                    return
            elif ev.type == X.SelectionRequest:
                ev.requestor.change_property(ev.property, ev.target, 8, payload)
                notify = event.SelectionNotify(time=ev.time, requestor=ev.requestor,
                                               selection=ev.selection, target=ev.target,
                                               property=ev.property)
                ev.requestor.send_event(notify)
                d.flush()
        time.sleep(0.02)
    sys.exit("timed out waiting for the drop to finish")


if __name__ == "__main__":
    main()
