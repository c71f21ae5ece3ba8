package views

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsline/data"
)

// actorActions are the curation buttons; each applies to the checked actors.
type actorActions struct {
	merge, rename, retype, hide, unhide *widget.Button
	addAlias, removeAlias, split        *widget.Button
	filter                              *widget.Button
}

func (v *Actors) newActions() actorActions {
	return actorActions{
		merge:       widget.NewButton("Merge…", v.onMerge),
		rename:      widget.NewButton("Rename…", v.onRename),
		retype:      widget.NewButton("Change type…", v.onRetype),
		hide:        widget.NewButtonWithIcon("Not an actor", theme.VisibilityOffIcon(), func() { v.onHide(true) }),
		unhide:      widget.NewButtonWithIcon("Unhide", theme.VisibilityIcon(), func() { v.onHide(false) }),
		addAlias:    widget.NewButton("Add alias…", v.onAddAlias),
		removeAlias: widget.NewButton("Remove alias…", v.onRemoveAlias),
		split:       widget.NewButton("Split alias off…", v.onSplit),
		filter:      widget.NewButtonWithIcon("Show in views", theme.SearchIcon(), v.onFilter),
	}
}

func (a actorActions) bar() fyne.CanvasObject {
	return container.NewHBox(a.merge, a.rename, a.retype, a.hide, a.unhide,
		widget.NewSeparator(), a.addAlias, a.removeAlias, a.split, widget.NewSeparator(), a.filter)
}

// update enables the actions that apply to sel.
func (a actorActions) update(sel []data.Actor) {
	one := len(sel) == 1
	hidden, shown := 0, 0
	for _, s := range sel {
		if s.Hidden {
			hidden++
		} else {
			shown++
		}
	}
	enable(a.merge, len(sel) >= 2)
	enable(a.rename, one)
	enable(a.retype, one)
	enable(a.hide, shown > 0)
	enable(a.unhide, hidden > 0)
	enable(a.addAlias, one)
	enable(a.removeAlias, one && len(sel[0].Aliases) > 0)
	enable(a.split, one && len(sel[0].Aliases) > 0)
	enable(a.filter, len(sel) > 0)
}

// curate runs one curation change, then reports and reloads.
func (v *Actors) curate(done string, fn func(ctx context.Context) error) {
	if err := fn(context.Background()); err != nil {
		v.setStatus(err.Error())
		dialog.ShowError(err, v.win)
		return
	}
	v.setStatus(done + " — Undo with Ctrl+Z")
	v.changed()
}

// ask shows a form with one item and runs onOK with it when confirmed.
func (v *Actors) ask(title, confirm string, item *widget.FormItem, onOK func()) {
	d := dialog.NewForm(title, confirm, "Cancel", []*widget.FormItem{item}, func(ok bool) {
		if ok {
			onOK()
		}
	}, v.win)
	d.Resize(fyne.NewSize(460, 200))
	d.Show()
}

func (v *Actors) onMerge() {
	sel := v.selected()
	names := make([]string, len(sel))
	for i, a := range sel {
		names[i] = a.Name
	}
	keep := widget.NewRadioGroup(names, nil)
	keep.Required = true
	keep.SetSelected(names[0])
	item := widget.NewFormItem("Keep the name", keep)
	item.HintText = "The other names become aliases"
	v.ask(fmt.Sprintf("Merge %d actors", len(sel)), "Merge", item, func() {
		var into int64
		var others []int64
		for _, a := range sel {
			if a.Name == keep.Selected && into == 0 {
				into = a.ID
			} else {
				others = append(others, a.ID)
			}
		}
		v.curate(fmt.Sprintf("Merged %s into %s", countOf(len(others), "actor", "actors"), keep.Selected),
			func(ctx context.Context) error { return v.store.MergeActors(ctx, into, others) })
	})
}

func (v *Actors) onRename() {
	a := v.selected()[0]
	name := widget.NewEntry()
	name.SetText(a.Name)
	v.ask("Rename "+a.Name, "Rename", widget.NewFormItem("New name", name), func() {
		n := strings.TrimSpace(name.Text)
		v.curate(fmt.Sprintf("Renamed %s to %s", a.Name, n),
			func(ctx context.Context) error { return v.store.RenameActor(ctx, a.ID, n) })
	})
}

func (v *Actors) onRetype() {
	a := v.selected()[0]
	labels := make([]string, len(actorTypes))
	for i, t := range actorTypes {
		labels[i] = t.label
	}
	typ := widget.NewRadioGroup(labels, nil)
	typ.Required = true
	typ.SetSelected(typeLabel(a.Type))
	v.ask("Change the type of "+a.Name, "Change", widget.NewFormItem("Type", typ), func() {
		v.curate(fmt.Sprintf("%s is now a %s", a.Name, strings.ToLower(typ.Selected)),
			func(ctx context.Context) error { return v.store.SetActorType(ctx, a.ID, typeCode(typ.Selected)) })
	})
}

// onHide hides the checked actors as "not an actor", or shows them again.
func (v *Actors) onHide(hide bool) {
	var ids []int64
	var names []string
	for _, a := range v.selected() {
		if a.Hidden != hide {
			ids = append(ids, a.ID)
			names = append(names, a.Name)
		}
	}
	done := "Hid " + strings.Join(names, ", ") + " as not an actor"
	if !hide {
		done = "Unhid " + strings.Join(names, ", ")
	}
	v.curate(done, func(ctx context.Context) error {
		for _, id := range ids {
			if err := v.store.HideActor(ctx, id, hide); err != nil {
				return err
			}
		}
		return nil
	})
}

func (v *Actors) onAddAlias() {
	a := v.selected()[0]
	alias := widget.NewEntry()
	alias.SetPlaceHolder("another name for " + a.Name)
	v.ask("Add an alias to "+a.Name, "Add", widget.NewFormItem("Alias", alias), func() {
		s := strings.TrimSpace(alias.Text)
		v.curate(fmt.Sprintf("Added alias %s to %s", s, a.Name),
			func(ctx context.Context) error { return v.store.AddAlias(ctx, a.ID, s) })
	})
}

func (v *Actors) onRemoveAlias() {
	a := v.selected()[0]
	v.askAlias(a, "Remove an alias of "+a.Name, "Remove", "It will not be attached to "+a.Name+" again", func(s string) {
		v.curate(fmt.Sprintf("Removed alias %s from %s", s, a.Name),
			func(ctx context.Context) error { return v.store.RemoveAlias(ctx, a.ID, s) })
	})
}

func (v *Actors) onSplit() {
	a := v.selected()[0]
	v.askAlias(a, "Split an alias off "+a.Name, "Split off", "It becomes an actor of its own, with its mentions", func(s string) {
		v.curate(fmt.Sprintf("Split %s off %s", s, a.Name), func(ctx context.Context) error {
			_, err := v.store.SplitAlias(ctx, a.ID, s)
			return err
		})
	})
}

// askAlias lets the user pick one of a's aliases.
func (v *Actors) askAlias(a data.Actor, title, confirm, hint string, onOK func(string)) {
	pick := widget.NewRadioGroup(a.Aliases, nil)
	pick.Required = true
	pick.SetSelected(a.Aliases[0])
	item := widget.NewFormItem("Alias", pick)
	item.HintText = hint
	v.ask(title, confirm, item, func() { onOK(pick.Selected) })
}
