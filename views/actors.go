package views

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"newsline/data"
)

// ActorStore is what the Actors tab needs from the case: the actor list and
// the curation decisions with their undo history.
type ActorStore interface {
	Actors(ctx context.Context, q data.ActorQuery) ([]data.Actor, error)
	MergeActors(ctx context.Context, into int64, others []int64) error
	RenameActor(ctx context.Context, id int64, name string) error
	SetActorType(ctx context.Context, id int64, typ string) error
	HideActor(ctx context.Context, id int64, hidden bool) error
	AddAlias(ctx context.Context, id int64, alias string) error
	RemoveAlias(ctx context.Context, id int64, alias string) error
	SplitAlias(ctx context.Context, id int64, alias string) (int64, error)
	Undo(ctx context.Context) (string, error)
	Redo(ctx context.Context) (string, error)
	History(ctx context.Context) (undo, redo string, err error)
}

// Actors is the Actors tab: a sortable, filterable table of actors with
// check boxes, curation actions on the checked actors, and undo and redo.
type Actors struct {
	store  ActorStore
	filter *Filter
	win    fyne.Window

	// OnChanged is told after every curation change (and undo or redo), so
	// that the other views can reload.
	OnChanged func()

	all     []data.Actor // as loaded
	rows    []data.Actor // after the name filter, sorted
	checked map[int64]bool
	sortCol int
	sortAsc bool

	find       *widget.Entry
	showHidden *widget.Check
	table      *widget.Table
	status     *widget.Label
	undo, redo *widget.Button
	actions    actorActions
	obj        fyne.CanvasObject
}

// NewActors builds the Actors tab on st; "Show in views" sets filter's
// actors, and dialogs open on win.
func NewActors(st ActorStore, filter *Filter, win fyne.Window) *Actors {
	v := &Actors{store: st, filter: filter, win: win, checked: map[int64]bool{}, sortCol: actorColMentions}
	v.buildUI()
	return v
}

// Object returns the tab's content.
func (v *Actors) Object() fyne.CanvasObject { return v.obj }

func (v *Actors) buildUI() {
	v.find = widget.NewEntry()
	v.find.SetPlaceHolder("Filter actors by name or alias")
	v.find.OnChanged = func(string) { v.applyFind() }
	v.showHidden = widget.NewCheck("Show hidden", func(bool) { v.Reload() })
	v.table = v.newTable()
	v.status = widget.NewLabel("")
	v.status.Truncation = fyne.TextTruncateEllipsis
	v.actions = v.newActions()
	v.undo = widget.NewButton("Undo", v.Undo)
	v.redo = widget.NewButton("Redo", v.Redo)
	top := container.NewBorder(nil, nil, nil, v.showHidden, v.find)
	bar := container.NewVBox(v.actions.bar(), container.NewBorder(nil, nil, nil, container.NewHBox(v.undo, v.redo), v.status))
	v.obj = container.NewBorder(container.NewVBox(top, bar), nil, nil, nil, v.table)
}

// Reload lists the actors again, after an import, a curation change or a
// new case. Checked actors that are gone are unchecked.
func (v *Actors) Reload() {
	all, err := v.store.Actors(context.Background(), data.ActorQuery{IncludeHidden: v.showHidden.Checked, Sort: "mentions"})
	if err != nil {
		v.setStatus("Could not list actors: " + err.Error())
		return
	}
	v.all = all
	present := map[int64]bool{}
	for _, a := range all {
		present[a.ID] = true
	}
	for id := range v.checked {
		if !present[id] {
			delete(v.checked, id)
		}
	}
	v.applyFind()
	v.refreshHistory()
}

// applyFind keeps the actors whose name or an alias contains the filter
// text, sorted by the chosen column.
func (v *Actors) applyFind() {
	q := strings.ToLower(strings.TrimSpace(v.find.Text))
	v.rows = v.rows[:0]
	for _, a := range v.all {
		if q == "" || actorMatches(a, q) {
			v.rows = append(v.rows, a)
		}
	}
	v.sortRows()
	v.table.Refresh()
	v.actions.update(v.selected())
}

func actorMatches(a data.Actor, q string) bool {
	if strings.Contains(strings.ToLower(a.Name), q) {
		return true
	}
	return slices.ContainsFunc(a.Aliases, func(s string) bool { return strings.Contains(strings.ToLower(s), q) })
}

func (v *Actors) sortRows() {
	slices.SortStableFunc(v.rows, func(x, y data.Actor) int {
		c := compareActors(x, y, v.sortCol)
		if !v.sortAsc {
			c = -c
		}
		return cmp.Or(c, cmp.Compare(strings.ToLower(x.Name), strings.ToLower(y.Name)))
	})
}

func compareActors(a, b data.Actor, col int) int {
	switch col {
	case actorColName:
		return cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
	case actorColType:
		return cmp.Compare(a.Type, b.Type)
	case actorColArticles:
		return cmp.Compare(a.Articles, b.Articles)
	case actorColAliases:
		return cmp.Compare(len(a.Aliases), len(b.Aliases))
	}
	return cmp.Compare(a.Mentions, b.Mentions)
}

// selected returns the checked actors in table order.
func (v *Actors) selected() []data.Actor {
	var out []data.Actor
	for _, a := range v.all {
		if v.checked[a.ID] {
			out = append(out, a)
		}
	}
	return out
}

func (v *Actors) toggle(id int64) {
	if v.checked[id] {
		delete(v.checked, id)
	} else {
		v.checked[id] = true
	}
	v.table.Refresh()
	v.actions.update(v.selected())
}

// Undo reverts the newest curation decision and says which it was.
func (v *Actors) Undo() { v.step("Undid", v.store.Undo, data.ErrNothingToUndo, "Nothing to undo") }

// Redo applies again the decision undone last and says which it was.
func (v *Actors) Redo() { v.step("Redid", v.store.Redo, data.ErrNothingToRedo, "Nothing to redo") }

func (v *Actors) step(verb string, fn func(context.Context) (string, error), none error, noneMsg string) {
	desc, err := fn(context.Background())
	switch {
	case errors.Is(err, none):
		v.setStatus(noneMsg)
		return
	case err != nil:
		v.setStatus(err.Error())
		return
	}
	v.setStatus(verb + ": " + desc)
	v.changed()
}

// refreshHistory enables Undo and Redo when there is something to undo or
// redo.
func (v *Actors) refreshHistory() {
	undo, redo, err := v.store.History(context.Background())
	if err != nil {
		v.setStatus(err.Error())
		return
	}
	enable(v.undo, undo != "")
	enable(v.redo, redo != "")
}

func enable(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

func (v *Actors) setStatus(s string) { v.status.SetText(s) }

// changed reloads after a curation change and tells the app.
func (v *Actors) changed() {
	v.Reload()
	call(v.OnChanged)
}

// onFilter makes the checked actors the shared filter's actors.
func (v *Actors) onFilter() {
	var ids []int64
	for _, a := range v.selected() {
		ids = append(ids, a.ID)
	}
	v.filter.Update(func(f *data.Filter) { f.ActorIDs = ids })
	v.setStatus("The timeline, network and charts now follow " + countOf(len(ids), "actor", "actors") + ".")
}
