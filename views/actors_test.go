package views

import (
	"context"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"newsline/data"
)

// actorsUI is the Actors tab in a test window on a real case.
type actorsUI struct {
	st      *data.Store
	filter  *Filter
	win     fyne.Window
	view    *Actors
	changes int
}

func newActorsUI(t *testing.T) *actorsUI {
	t.Helper()
	test.NewTempApp(t)
	u := &actorsUI{st: openCase(t, testArticles...), filter: NewFilter()}
	u.win = test.NewWindow(nil)
	t.Cleanup(u.win.Close)
	u.view = NewActors(u.st, u.filter, u.win)
	u.view.OnChanged = func() { u.changes++ }
	u.win.SetContent(u.view.Object())
	u.win.Resize(fyne.NewSize(1200, 700))
	u.view.Reload()
	return u
}

// row returns the listed actor called name.
func (u *actorsUI) row(name string) (data.Actor, bool) {
	i := slices.IndexFunc(u.view.rows, func(a data.Actor) bool { return a.Name == name })
	if i < 0 {
		return data.Actor{}, false
	}
	return u.view.rows[i], true
}

// check makes exactly the named actors checked, by tapping their rows.
func (u *actorsUI) check(t *testing.T, names ...string) {
	t.Helper()
	for i, a := range u.view.rows {
		if u.view.checked[a.ID] != slices.Contains(names, a.Name) {
			u.view.table.Select(widget.TableCellID{Row: i, Col: actorColName})
		}
	}
	if got := len(u.view.selected()); got != len(names) {
		t.Fatalf("checked %d actors, want %d (%q)", got, len(names), names)
	}
}

// answer fills the open dialog's entry or picks its radio option, then
// taps confirm.
func (u *actorsUI) answer(t *testing.T, value, confirm string) {
	t.Helper()
	for _, o := range test.LaidOutObjects(u.win.Canvas().Overlays().Top()) {
		switch w := o.(type) {
		case *widget.Entry:
			w.SetText(value)
		case *widget.RadioGroup:
			if !slices.Contains(w.Options, value) {
				t.Fatalf("no option %q in %q", value, w.Options)
			}
			w.SetSelected(value)
		}
	}
	tapButton(t, u.win, confirm)
}

func (u *actorsUI) status() string { return u.view.status.Text }

func TestActorsList(t *testing.T) {
	u := newActorsUI(t)
	if !slices.IsSortedFunc(u.view.rows, func(a, b data.Actor) int { return b.Mentions - a.Mentions }) {
		t.Error("most mentioned first")
	}
	putin, ok := u.row("Vladimir Putin")
	if !ok || putin.Mentions < 5 || putin.Articles != 2 || !slices.Contains(putin.Aliases, "Putin") {
		t.Fatalf("Putin row %+v", putin)
	}
	if got := actorCell(putin, actorColAliases); got != "Putin" {
		t.Errorf("aliases cell %q", got)
	}
	tapButton(t, u.win, "Name")
	if u.view.rows[0].Name != "Analysts" {
		t.Errorf("by name: first %q", u.view.rows[0].Name)
	}
	test.Type(u.view.find, "putin")
	if len(u.view.rows) != 1 || u.view.rows[0].Name != "Vladimir Putin" {
		t.Errorf("filter putin: %d rows", len(u.view.rows))
	}
	u.view.find.SetText("dprk")
	if len(u.view.rows) != 1 || u.view.rows[0].Name != "North Korea" {
		t.Errorf("filter by alias: %d rows", len(u.view.rows))
	}
}

func TestActorsButtonsFollowSelection(t *testing.T) {
	u := newActorsUI(t)
	a := u.view.actions
	if !a.merge.Disabled() || !a.rename.Disabled() || !a.hide.Disabled() {
		t.Fatal("nothing checked: actions disabled")
	}
	u.check(t, "Russia")
	if !a.merge.Disabled() || a.rename.Disabled() || !a.removeAlias.Disabled() {
		t.Error("one actor without aliases: rename yes, merge and remove alias no")
	}
	u.check(t, "Russia", "Kremlin")
	if a.merge.Disabled() || !a.rename.Disabled() {
		t.Error("two actors: merge yes, rename no")
	}
}

func TestActorsMergeUndoRedo(t *testing.T) {
	u := newActorsUI(t)
	russia, _ := u.row("Russia")
	kremlin, _ := u.row("Kremlin")
	u.check(t, "Russia", "Kremlin")
	tapButton(t, u.win, "Merge…")
	u.answer(t, "Russia", "Merge")
	got, _ := u.row("Russia")
	if _, still := u.row("Kremlin"); still || got.Mentions != russia.Mentions+kremlin.Mentions || !slices.Contains(got.Aliases, "Kremlin") {
		t.Fatalf("after merge: Russia %+v, Kremlin listed %v", got, still)
	}
	if !strings.Contains(u.status(), "Merged 1 actor into Russia") || u.changes != 1 {
		t.Errorf("status %q, changes %d", u.status(), u.changes)
	}
	tapButton(t, u.win, "Undo")
	if _, back := u.row("Kremlin"); !back || !strings.HasPrefix(u.status(), "Undid: ") {
		t.Fatalf("undo: Kremlin back %v, status %q", back, u.status())
	}
	tapButton(t, u.win, "Redo")
	if _, still := u.row("Kremlin"); still || !strings.HasPrefix(u.status(), "Redid: ") {
		t.Fatalf("redo: Kremlin listed %v, status %q", still, u.status())
	}
	if !u.view.redo.Disabled() || u.view.undo.Disabled() {
		t.Error("after redo: undo enabled, redo disabled")
	}
}

func TestActorsRename(t *testing.T) {
	u := newActorsUI(t)
	u.check(t, "Vladimir Putin")
	tapButton(t, u.win, "Rename…")
	u.answer(t, "Vladimir V. Putin", "Rename")
	if _, ok := u.row("Vladimir V. Putin"); !ok {
		t.Fatalf("renamed actor not listed; status %q", u.status())
	}
	u.view.Undo()
	if _, ok := u.row("Vladimir Putin"); !ok || !strings.HasPrefix(u.status(), "Undid") {
		t.Errorf("undo rename: status %q", u.status())
	}
}

func TestActorsRetype(t *testing.T) {
	u := newActorsUI(t)
	u.check(t, "Kremlin")
	tapButton(t, u.win, "Change type…")
	u.answer(t, "Place", "Change")
	if a, _ := u.row("Kremlin"); a.Type != data.ActorLoc || actorCell(a, actorColType) != "Place" {
		t.Fatalf("Kremlin type %q", a.Type)
	}
	u.view.Undo()
	if a, _ := u.row("Kremlin"); a.Type != data.ActorOrg {
		t.Errorf("undo retype: %q", a.Type)
	}
}

func TestActorsHideAndUnhide(t *testing.T) {
	u := newActorsUI(t)
	u.check(t, "Analysts")
	tapButton(t, u.win, "Not an actor")
	if _, ok := u.row("Analysts"); ok {
		t.Fatal("hidden actor still listed")
	}
	if spansMention(t, u.st, "Analysts") {
		t.Error("the reader should not highlight a hidden actor")
	}
	test.Tap(u.view.showHidden)
	a, ok := u.row("Analysts")
	if !ok || !a.Hidden || actorCell(a, actorColType) != "hidden" {
		t.Fatalf("show hidden: %+v %v", a, ok)
	}
	u.check(t, "Analysts")
	if u.view.actions.unhide.Disabled() {
		t.Fatal("the checked hidden actor can be unhidden")
	}
	tapButton(t, u.win, "Unhide")
	if a, _ := u.row("Analysts"); a.Hidden || !spansMention(t, u.st, "Analysts") {
		t.Error("unhide failed")
	}
	u.view.Undo()
	u.view.Undo()
	if a, _ := u.row("Analysts"); a.Hidden {
		t.Errorf("two undos restore the start: %q", u.status())
	}
}

// spansMention reports whether any article's reader spans mention the
// actor called name.
func spansMention(t *testing.T, st *data.Store, name string) bool {
	t.Helper()
	id := actorNamed(t, st, name).ID
	arts, err := st.Articles(context.Background(), data.ArticleQuery{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		sp, err := st.ArticleSpans(context.Background(), a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if slices.ContainsFunc(sp.Mentions, func(m data.Mention) bool { return m.ActorID == id }) {
			return true
		}
	}
	return false
}

func TestActorsAliases(t *testing.T) {
	u := newActorsUI(t)
	u.check(t, "Vladimir Putin")
	tapButton(t, u.win, "Add alias…")
	u.answer(t, "VVP", "Add")
	if a, _ := u.row("Vladimir Putin"); !slices.Contains(a.Aliases, "VVP") {
		t.Fatalf("add alias: %q; %s", a.Aliases, u.status())
	}
	tapButton(t, u.win, "Remove alias…")
	u.answer(t, "VVP", "Remove")
	if a, _ := u.row("Vladimir Putin"); slices.Contains(a.Aliases, "VVP") {
		t.Fatalf("remove alias: %q", a.Aliases)
	}
	u.view.Undo()
	if a, _ := u.row("Vladimir Putin"); !slices.Contains(a.Aliases, "VVP") {
		t.Errorf("undo remove alias: %q", a.Aliases)
	}
}

func TestActorsSplitAlias(t *testing.T) {
	u := newActorsUI(t)
	before, _ := u.row("North Korea")
	u.check(t, "North Korea")
	tapButton(t, u.win, "Split alias off…")
	u.answer(t, "DPRK", "Split off")
	dprk, ok := u.row("DPRK")
	if !ok || dprk.Mentions != 1 || dprk.Type != data.ActorGPE {
		t.Fatalf("split: DPRK %+v listed %v; %s", dprk, ok, u.status())
	}
	if nk, _ := u.row("North Korea"); nk.Mentions != before.Mentions-1 {
		t.Errorf("North Korea mentions %d, want %d", nk.Mentions, before.Mentions-1)
	}
	u.view.Undo()
	if _, ok := u.row("DPRK"); ok {
		t.Error("undo split: DPRK still listed")
	}
}

func TestActorsFilterAndNothingToUndo(t *testing.T) {
	u := newActorsUI(t)
	u.view.Undo()
	if u.status() != "Nothing to undo" {
		t.Errorf("status %q", u.status())
	}
	u.check(t, "Vladimir Putin", "Kim Jong Un")
	tapButton(t, u.win, "Show in views")
	var want []int64
	for _, a := range u.view.selected() {
		want = append(want, a.ID)
	}
	if got := u.filter.Get().ActorIDs; !slices.Equal(got, want) || len(got) != 2 {
		t.Errorf("filter actors %v, want %v", got, want)
	}
}

func TestActorsCurationError(t *testing.T) {
	u := newActorsUI(t)
	u.check(t, "Vladimir Putin")
	tapButton(t, u.win, "Rename…")
	u.answer(t, "Kim Jong Un", "Rename")
	if !overlayShows(u.win, "Kim Jong Un") || u.changes != 0 {
		t.Errorf("renaming to a taken name should explain itself; status %q", u.status())
	}
}
