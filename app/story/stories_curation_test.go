package story

import (
	"context"
	"errors"
	"slices"
	"testing"

	"newsline/data"
)

func TestSplitMergeUndo(t *testing.T) {
	ctx := context.Background()
	st := openCase(t)
	save(t, st, loadFixtures(t))
	assembleAll(t, st)
	whole := partition(storyEvents(t, st, data.Filter{}))
	s := byTitle(t, storyEvents(t, st, data.Filter{}), summit)
	var out []int64
	for _, src := range s.Sources {
		if src.Title == monthOnly {
			out = append(out, src.EventID)
		}
	}

	if _, err := Split(ctx, st, s.ID, out); err != nil {
		t.Fatal(err)
	}
	evs := storyEvents(t, st, data.Filter{})
	if a, b := byTitle(t, evs, summit), byTitle(t, evs, monthOnly); a.ID == b.ID || len(a.Sources) != 4 || len(b.Sources) != 1 {
		t.Fatalf("after split: summit %d (%d sources), month report %d", a.ID, len(a.Sources), b.ID)
	}
	if a := byTitle(t, evs, summit); a.ID != s.ID || a.Plan == 0 {
		t.Errorf("the summit lost its id %d → %d or its plan link %d", s.ID, a.ID, a.Plan)
	}
	if stats := assembleAll(t, st); stats.Saved != 0 || stats.Deleted != 0 {
		t.Errorf("reassembly undid the split: %+v", stats)
	}

	evs = storyEvents(t, st, data.Filter{})
	if _, err := Merge(ctx, st, byTitle(t, evs, summit).ID, byTitle(t, evs, pyong24).ID); err != nil {
		t.Fatal(err)
	}
	evs = storyEvents(t, st, data.Filter{})
	if byTitle(t, evs, summit).ID != byTitle(t, evs, pyong24).ID {
		t.Error("merge did not join the two summits")
	}
	if byTitle(t, evs, monthOnly).ID == byTitle(t, evs, summit).ID {
		t.Error("merge undid the earlier split")
	}

	for range 2 {
		if _, err := Undo(ctx, st); err != nil {
			t.Fatal(err)
		}
	}
	if got := partition(storyEvents(t, st, data.Filter{})); !slices.Equal(got, whole) {
		t.Errorf("after undoing both decisions:\n%v\nwant\n%v", got, whole)
	}
	if _, err := Undo(ctx, st); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("undo with nothing to undo: %v", err)
	}
}

func TestSplitRefusesAll(t *testing.T) {
	st := openCase(t)
	save(t, st, loadFixtures(t)[:2])
	assembleAll(t, st)
	s := storyEvents(t, st, data.Filter{})[0]
	all := []int64{s.Sources[0].EventID, s.Sources[1].EventID}
	if _, err := Split(context.Background(), st, s.ID, all); err == nil {
		t.Error("splitting every source out of a story event succeeded")
	}
}

func TestReassembleAfterActorMerge(t *testing.T) {
	ctx := context.Background()
	st := openCase(t)
	visit := func(title, putin string) fixture {
		sentence := putin + " arrived in Pyongyang on Tuesday"
		return fixture{Title: title, Outlet: title, Published: "2024-06-19", Text: sentence + " for talks.",
			Events: []fixtureEvent{{Type: "VISIT", Sentence: sentence, Trigger: "arrived", Date: "2024-06-18",
				Actors: [][2]string{{putin, data.ActorPerson}, {"Pyongyang", data.ActorGPE}}}}}
	}
	save(t, st, []fixture{visit("A", "Vladimir Putin"), visit("B", "President Vladimir Vladimirovich")})
	assembleAll(t, st)
	evs := storyEvents(t, st, data.Filter{})
	if len(evs) != 2 {
		t.Fatalf("%d story events before the actors are merged, want 2", len(evs))
	}
	if stats := assembleAll(t, st); stats.Saved != 0 {
		t.Errorf("assembly without changes saved %d", stats.Saved)
	}
	person := func(e data.StoryEvent) int64 {
		for _, a := range e.Actors {
			if a.Type == data.ActorPerson {
				return a.ActorID
			}
		}
		t.Fatalf("no person in %+v", e)
		return 0
	}
	if err := st.MergeActors(ctx, person(evs[0]), []int64{person(evs[1])}); err != nil {
		t.Fatal(err)
	}
	stats, err := Reassemble(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	if got := storyEvents(t, st, data.Filter{}); len(got) != 1 || len(got[0].Sources) != 2 || stats.Deleted != 1 {
		t.Errorf("after merging the actors: %d story events, %+v", len(got), stats)
	}
}

func TestAssembleAfterDelete(t *testing.T) {
	ctx := context.Background()
	st := openCase(t)
	save(t, st, loadFixtures(t))
	assembleAll(t, st)
	before := byTitle(t, storyEvents(t, st, data.Filter{}), summit)
	for _, src := range before.Sources {
		if src.Title == reprint {
			if err := st.DeleteArticle(ctx, src.ArticleID); err != nil {
				t.Fatal(err)
			}
		}
	}
	if stats := assembleAll(t, st); stats.Saved != 1 {
		t.Errorf("saved %d story events after deleting a reprint, want 1", stats.Saved)
	}
	after := byTitle(t, storyEvents(t, st, data.Filter{}), summit)
	if after.ID != before.ID || after.Articles != 4 || after.Reports != 4 || after.Outlets != 4 {
		t.Errorf("summit after deleting its reprint: id %d articles %d reports %d outlets %d", after.ID, after.Articles, after.Reports, after.Outlets)
	}
}

func TestCorrectDate(t *testing.T) {
	ctx := context.Background()
	st := openCase(t)
	save(t, st, loadFixtures(t))
	assembleAll(t, st)
	c := byTitle(t, storyEvents(t, st, data.Filter{}), shoigu)
	if !c.Conflict {
		t.Fatal("fixture: the Shoigu visit should be in conflict")
	}
	if _, err := CorrectDate(ctx, st, c.ID, "not a date"); !errors.Is(err, data.ErrBadDate) {
		t.Errorf("a bad date: %v", err)
	}
	if _, err := CorrectDate(ctx, st, c.ID, "2023-07-25"); err != nil {
		t.Fatal(err)
	}
	got := byTitle(t, storyEvents(t, st, data.Filter{}), shoigu)
	if got.ID != c.ID || got.Date.Value != "2023-07-25" || got.Conflict || len(got.Sources) != len(c.Sources) {
		t.Errorf("after correcting: id %d date %s conflict %v sources %d", got.ID, got.Date.Value, got.Conflict, len(got.Sources))
	}
	if stats := assembleAll(t, st); stats.Saved != 0 {
		t.Errorf("reassembly changed the corrected event: %+v", stats)
	}
	if _, err := Undo(ctx, st); err != nil {
		t.Fatal(err)
	}
	if back := byTitle(t, storyEvents(t, st, data.Filter{}), shoigu); back.Date.Value != c.Date.Value || !back.Conflict {
		t.Errorf("after undo: date %s conflict %v, want %s and a conflict", back.Date.Value, back.Conflict, c.Date.Value)
	}
}
