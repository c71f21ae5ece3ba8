#!/bin/sh
# bundle.sh FYNE_TARBALL OUT_TARBALL turns the tarball `fyne package` writes
# into Newsline's Linux bundle: the same release binary and icon, with this
# directory's desktop entry, MIME type for .newsline cases and install Makefile
# (fyne tools v1.7.4 cannot declare a MIME type's glob, and its Makefile breaks
# on the %f in Exec). `make package` runs it; see README.md here.
set -eu
src=$1
out=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tar -xJf "$src" -C "$work"
bin=$(find "$work" -path '*/bin/newsline' -type f | head -n 1)
icon=$(find "$work" -path '*/share/pixmaps/org.newsline.app.png' -type f | head -n 1)
if [ -z "$bin" ] || [ -z "$icon" ]; then
	echo "bundle.sh: $src has no bin/newsline or pixmaps/org.newsline.app.png" >&2
	exit 1
fi

dir=$work/out/newsline
prefix=$dir/usr/local
install -Dm0755 "$bin" "$prefix/bin/newsline"
install -Dm0644 "$icon" "$prefix/share/icons/hicolor/512x512/apps/org.newsline.app.png"
install -Dm0644 "$here/org.newsline.app.desktop" "$prefix/share/applications/org.newsline.app.desktop"
install -Dm0644 "$here/newsline-mime.xml" "$prefix/share/mime/packages/newsline-mime.xml"
install -Dm0644 "$here/Makefile" "$dir/Makefile"
install -Dm0644 "$here/README.md" "$dir/README.md"

XZ_OPT=${XZ_OPT:--T0} tar -cJf "$out.tmp" --owner=0 --group=0 -C "$work/out" newsline
mv "$out.tmp" "$out"
echo "bundle.sh: wrote $out"
