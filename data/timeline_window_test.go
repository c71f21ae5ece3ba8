package data

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"testing"
)

// windowDates are the dates given in turn to the events of windowArticle:
// every precision, short and long, across year ends, and undated ones.
var windowDates = []string{"2023-09-13", "2023-09", "2023", "2023-W37", "2023-Q4", "2023-SU", "202",
	"2022-12-31", "2023-01-01", "2022-W52", "XXXX-09", "2023-12", "2024-01-02", "PRESENT_REF", "196", "1969-12-30"}

// windowArticle is genArticle with its events dated in turn from
// windowDates, starting at turn.
func windowArticle(seed uint64, turn int) NewArticle {
	a := genArticle(seed, 24)
	for i := range a.Events {
		a.Events[i].Date = ParseValue(windowDates[(turn+i)%len(windowDates)])
		a.Events[i].Timex = -1
	}
	return a
}

// checkWindowCounts compares the timeline's counts and type densities read
// from event_days with those counted from the events, over windows of
// every size and type filters.
func checkWindowCounts(t *testing.T, st *Store, step string) {
	t.Helper()
	ctx := context.Background()
	windows := [][2]string{{"", ""}, {"2023-09-13", "2023-09-14"}, {"2023-09-10", "2023-09-17"},
		{"2023-01-01", "2023-01-02"}, {"2022-12-31", "2023-01-01"}, {"2023-09-01", "2023-10-01"},
		{"2023-03-01", "2023-06-30"}, {"2019-01-01", "2025-01-01"}, {"2024-01-01", "2024-01-03"},
		{"2023-09-13", ""}, {"", "2023-09-13"}, {"2031-01-01", "2031-02-01"}, {"1960-01-01", "1970-01-01"}}
	typeSets := [][]string{nil, {"MEET"}, {"VISIT", "SHIP"}, {"NOSUCH"}}
	for _, w := range windows {
		for _, types := range typeSets {
			f := Filter{EventTypes: types}
			if w[0] != "" {
				f.From = day(w[0])
			}
			if w[1] != "" {
				f.To = day(w[1])
			}
			if !plainWindow(f) {
				t.Fatalf("%v is not a plain window", f)
			}
			c, a := shortWindowCond(f)
			for _, k := range []struct {
				name  string
				span  string
				scans []windowScan
			}{
				{"all", "", windowScans(f, "")},
				{"short", shortSpanCond, []windowScan{{c, a}}},
				{"long", longSpanCond, windowScans(f, longSpanCond)},
			} {
				for _, limit := range []int{3, 1_000_000} {
					var got int
					for _, rows := range []int{64, 2} {
						probeRows = rows
						n, err := st.countEventDays(ctx, f, k.span, limit)
						probeRows = 64
						if err != nil {
							t.Fatal(err)
						}
						if rows != 64 && n != got {
							t.Errorf("%s: %s count of %v (limit %d): %d summing 64 rows first, %d summing 2", step, k.name, f, limit, got, n)
						}
						got = n
					}
					want, err := st.countScans(ctx, f, k.scans, limit)
					if err != nil {
						t.Fatal(err)
					}
					if got != want {
						t.Errorf("%s: %s count of %v (limit %d): event_days %d, events %d", step, k.name, f, limit, got, want)
					}
				}
			}
			types := f.EventTypes
			if types == nil {
				var err error
				if types, err = st.EventTypes(ctx); err != nil {
					t.Fatal(err)
				}
			}
			exact, err := st.typeDensityEvents(ctx, f, types)
			if err != nil {
				t.Fatal(err)
			}
			for _, bin := range []int{1, 2, 7, 30, 365} {
				got, err := st.typeDensityDays(ctx, f, types, bin)
				if err != nil {
					t.Fatal(err)
				}
				want := binDensity(slices.Clone(exact), bin)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s: density of %v per %d days: event_days\n%v\nevents\n%v", step, f, bin, got, want)
				}
			}
		}
	}
}

func TestWindowCountsFollowWritesAndCuration(t *testing.T) {
	st, ids := graphCase(t)
	ctx := context.Background()
	checkWindowCounts(t, st, "import")
	var arts []NewArticle
	for i := range 30 {
		arts = append(arts, windowArticle(uint64(i+1), i))
	}
	res, err := st.SaveArticles(ctx, arts)
	if err != nil {
		t.Fatal(err)
	}
	checkWindowCounts(t, st, "batch")
	var n int
	if err := st.db.QueryRow("SELECT count(DISTINCT start_day) FROM events WHERE start_day IS NOT NULL").Scan(&n); err != nil || n < 10 {
		t.Fatalf("only %d start days (%v)", n, err)
	}
	steps := []struct {
		name string
		do   func() error
	}{
		{"merge", func() error { return st.MergeActors(ctx, ids["Kim Jong Un"], []int64{ids["Sergei Shoigu"]}) }},
		{"undo merge", func() error { _, err := st.Undo(ctx); return err }},
		{"hide", func() error { return st.HideActor(ctx, ids["Pyongyang"], true) }},
		{"split alias", func() error { _, err := st.SplitAlias(ctx, ids["Kim Jong Un"], "Kim"); return err }},
		{"new date", func() error {
			return st.UpdateArticleMeta(ctx, res[5].ID, "Renamed", "Tass", ParseValue("2022-02-24"))
		}},
		{"delete article", func() error { return st.DeleteArticle(ctx, res[3].ID) }},
		{"delete another", func() error { return st.DeleteArticle(ctx, res[10].ID) }},
		{"replace analysis", func() error { return st.ReplaceAnalysis(ctx, res[4].ID, windowArticle(5, 9)) }},
		{"save one", func() error { _, _, err := st.SaveArticle(ctx, windowArticle(99, 2)); return err }},
	}
	for _, s := range steps {
		if err := s.do(); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		checkWindowCounts(t, st, s.name)
	}
	// Deleting everything leaves rows of n = 0, which count nothing.
	for _, r := range res {
		if r.ID == res[3].ID || r.ID == res[10].ID {
			continue
		}
		if err := st.DeleteArticle(ctx, r.ID); err != nil {
			t.Fatal(err)
		}
	}
	checkWindowCounts(t, st, "delete all")
}

func TestCountUndatedFollowsStories(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	text := func(s string) string { return "Report — " + s }
	arts := []NewArticle{
		storyArticle("One", "Wire", "2023-09-14", text("Putin met Kim."), "Putin met Kim.", "MEET", "XXXX", "Putin", "Kim"),
		storyArticle("Two", "Times", "2023-09-15", text("Putin saw Kim."), "Putin saw Kim.", "MEET", "XXXX", "Putin", "Kim"),
		storyArticle("Three", "Ledger", "2023-09-15", text("Kim met Putin."), "Kim met Putin.", "MEET", "2023-09-13", "Kim", "Putin"),
		storyArticle("Four", "Post", "2023-09-16", text("Kim saw Putin."), "Kim saw Putin.", "MEET", "XXXX", "Kim", "Putin"),
		storyArticle("Five", "Post", "2023-09-17", text("Lavrov spoke."), "Lavrov spoke.", "TALKS", "XXXX", "Lavrov"),
	}
	var ev [5]int64
	for i, a := range arts {
		id := mustSave(t, s, a)
		if err := s.db.QueryRow("SELECT id FROM events WHERE article_id = ?", id).Scan(&ev[i]); err != nil {
			t.Fatal(err)
		}
	}
	// The first two are one undated story event; the fourth is a report of
	// the third's dated one, which represents it.
	if err := s.SaveStories(ctx, StoryChanges{Save: []StoryRecord{
		{Type: "MEET", Date: ParseValue("XXXX"), Reports: 2, Outlets: 2, Articles: 2, Members: []int64{ev[0], ev[1]}},
		{Type: "MEET", Date: ParseValue("2023-09-13"), Reports: 2, Outlets: 2, Articles: 2, Members: []int64{ev[2], ev[3]}},
	}}); err != nil {
		t.Fatal(err)
	}
	for _, f := range []Filter{{}, {EventTypes: []string{"MEET"}}, {EventTypes: []string{"TALKS"}}, {Text: "Lavrov"},
		{Text: "Kim"}, {ActorIDs: []int64{actorID(t, s, "Kim")}}, {MinSources: 2}} {
		all, err := s.UndatedEvents(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		evs, n, err := s.FirstUndatedEvents(ctx, f, 1)
		if err != nil || n != len(all) || len(evs) != min(1, len(all)) {
			t.Errorf("%+v: %d of %d undated, %v; want %d", f, len(evs), n, err, len(all))
		}
	}
	if all, _ := s.UndatedEvents(ctx, Filter{}); len(all) != 2 {
		t.Errorf("%d undated events, want the story event and Lavrov's", len(all))
	}
}

func TestTimelineEventsLeaveHiddenActorsOut(t *testing.T) {
	s := timelineFixture(t)
	ctx := context.Background()
	nk := actorID(t, s, "North Korea")
	before, err := s.TimelineEvents(ctx, Filter{})
	if err != nil || !slices.ContainsFunc(before, func(e Event) bool {
		return slices.ContainsFunc(e.Actors, func(a EventActor) bool { return a.ActorID == nk })
	}) {
		t.Fatalf("no event with North Korea: %v", err)
	}
	if err := s.HideActor(ctx, nk, true); err != nil {
		t.Fatal(err)
	}
	after, err := s.TimelineEvents(ctx, Filter{})
	if err != nil || len(after) != len(before) {
		t.Fatalf("%d events after hiding, %d before, %v", len(after), len(before), err)
	}
	for i, e := range after {
		want := slices.DeleteFunc(slices.Clone(before[i].Actors), func(a EventActor) bool { return a.ActorID == nk })
		if len(e.Actors)+len(want) > 0 && !reflect.DeepEqual(e.Actors, want) {
			t.Errorf("event %d: actors %+v, want %+v", e.ID, e.Actors, want)
		}
	}
}

// TestConflictStoriesCapSources: a conflicting story event of many reports
// lists only its first ConflictSources sources (the first imported), with
// the actors of those.
func TestConflictStoriesCapSources(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	var members []int64
	for i := range ConflictSources + 3 {
		day := fmt.Sprintf("2023-09-%02d", 10+i%3)
		text := fmt.Sprintf("Report %d — Putin met Kim.", i)
		id := mustSave(t, s, storyArticle(fmt.Sprintf("Report %d", i), "Wire", "2023-09-14", text, "Putin met Kim.", "MEET", day, "Putin", "Kim"))
		var ev int64
		if err := s.db.QueryRow("SELECT id FROM events WHERE article_id = ?", id).Scan(&ev); err != nil {
			t.Fatal(err)
		}
		members = append(members, ev)
	}
	if err := s.SaveStories(ctx, StoryChanges{Save: []StoryRecord{{Type: "MEET", Date: ParseValue("2023-09-10"),
		Conflict: true, Reports: len(members), Outlets: 1, Articles: len(members), Members: members}}}); err != nil {
		t.Fatal(err)
	}
	evs, err := s.ConflictStories(ctx)
	if err != nil || len(evs) != 1 {
		t.Fatal(evs, err)
	}
	got := evs[0]
	if len(got.Sources) != ConflictSources || got.Sources[0].EventID != members[0] || len(got.Actors) != 2 {
		t.Errorf("%d sources (first %d), actors %v; want %d from event %d and both actors",
			len(got.Sources), got.Sources[0].EventID, got.Actors, ConflictSources, members[0])
	}
	if got.Articles != len(members) {
		t.Errorf("articles %d, want all %d", got.Articles, len(members))
	}
}
