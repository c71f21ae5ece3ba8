package data

import (
	"context"
	"testing"
)

func actorCountsString(cs []ActorCount) map[string]int {
	out := map[string]int{}
	for _, c := range cs {
		out[c.Name] = c.Count
	}
	return out
}

func TestTopActorsAndOutlets(t *testing.T) {
	st, ids := graphCase(t)
	ctx := context.Background()
	top, err := st.TopActors(ctx, Filter{}, 3)
	if err != nil {
		t.Fatal(err)
	}
	wantOrder := []string{"Kim Jong Un", "Sergei Shoigu", "Vladimir Putin"}
	for i, name := range wantOrder {
		if i >= len(top) || top[i].Name != name {
			t.Fatalf("top = %+v, want %v", top, wantOrder)
		}
	}
	if top[0].Count != 3 || top[2].Count != 2 {
		t.Errorf("counts = %+v", top)
	}
	near, err := st.TopActors(ctx, Filter{ActorIDs: []int64{ids["Pyongyang"]}}, 10)
	if err != nil {
		t.Fatal(err)
	}
	if got := actorCountsString(near); len(got) != 3 || got["Sergei Shoigu"] != 2 || got["Kim Jong Un"] != 1 {
		t.Errorf("in articles naming Pyongyang: %v", got)
	}
	outlets, err := st.OutletCounts(ctx, Filter{}, 10)
	if err != nil {
		t.Fatal(err)
	}
	if got := actorCountsString(outlets); got["Kim Jong Un"] != 2 || got["Vladimir Putin"] != 1 || len(got) != 5 {
		t.Errorf("outlets = %v", got)
	}
}

func TestMentionSeries(t *testing.T) {
	st, ids := graphCase(t)
	kim, putin := ids["Kim Jong Un"], ids["Vladimir Putin"]
	series, err := st.MentionSeries(context.Background(), Filter{}, []int64{kim, putin}, BinMonth)
	if err != nil {
		t.Fatal(err)
	}
	want := map[int64][]int{kim: {1, 0, 2}, putin: {0, 0, 2}}
	if len(series) != 2 || series[0].ActorID != kim || series[0].Label != "Kim Jong Un" {
		t.Fatalf("series = %+v", series)
	}
	for _, s := range series {
		if len(s.Bins) != 3 || s.Bins[0].Start != ParseValue("2023-07").Start || s.Bins[2].Start != ParseValue("2023-09").Start {
			t.Fatalf("%s bins = %+v", s.Label, s.Bins)
		}
		for i, n := range want[s.ActorID] {
			if s.Bins[i].Count != n {
				t.Errorf("%s bin %d = %d, want %d", s.Label, i, s.Bins[i].Count, n)
			}
		}
	}
}

func TestEventSeries(t *testing.T) {
	st, ids := graphCase(t)
	ctx := context.Background()
	series, err := st.EventSeries(ctx, Filter{}, BinMonth)
	if err != nil {
		t.Fatal(err)
	}
	if len(series) != 1 || series[0].Label != "VISIT" || len(series[0].Bins) != 1 || series[0].Bins[0].Count != 1 {
		t.Errorf("series = %+v", series)
	}
	none, err := st.EventSeries(ctx, Filter{ActorIDs: []int64{ids["Vladimir Putin"]}}, BinMonth)
	if err != nil || len(none) != 0 {
		t.Errorf("events with Putin = %+v, %v; want none", none, err)
	}
}

func TestBins(t *testing.T) {
	d := ParseValue("2023-09-13").Start // a Wednesday
	tests := []struct {
		bin         Bin
		start, next string
	}{
		{BinWeek, "2023-09-11", "2023-09-18"},
		{BinMonth, "2023-09-01", "2023-10-01"},
	}
	for _, tt := range tests {
		s := tt.bin.Start(d)
		if s != ParseValue(tt.start).Start || tt.bin.Next(s) != ParseValue(tt.next).Start {
			t.Errorf("bin %d: start %v next %v, want %s %s", tt.bin, s.Time(), tt.bin.Next(s).Time(), tt.start, tt.next)
		}
	}
}

func TestChartsAndGraphTakeSearchTextAsTyped(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	for _, text := range []string{"Kim-Putin summit", `"unclosed phrase`, "U.S. (AND", "NOT"} {
		f := Filter{Text: text}
		if _, err := s.TopActors(ctx, f, 5); err != nil {
			t.Errorf("TopActors %q: %v", text, err)
		}
		if _, err := s.EventSeries(ctx, f, BinMonth); err != nil {
			t.Errorf("EventSeries %q: %v", text, err)
		}
		if _, err := s.Graph(ctx, f, nil); err != nil {
			t.Errorf("Graph %q: %v", text, err)
		}
	}
}

func TestEventSeriesCountsStoryEventsOnce(t *testing.T) {
	s := timelineFixture(t)
	ctx := context.Background()
	total := func(f Filter) int { return eventSeriesTotal(t, s, f) }
	evs, err := s.TimelineEvents(ctx, Filter{})
	if err != nil || len(evs) < 3 {
		t.Fatal(evs, err)
	}
	before := total(Filter{})
	if _, err := s.wdb.Exec(`INSERT INTO story_events(id, type, value, start_day, end_day, precision, reports)
		SELECT 1, type, value, start_day, end_day, precision, 2 FROM events WHERE id = ?`, evs[0].ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.wdb.Exec(`INSERT INTO story_members(event_id, story_id) VALUES (?, 1), (?, 1)`, evs[0].ID, evs[2].ID); err != nil {
		t.Fatal(err)
	}
	if after := total(Filter{}); after != before-1 {
		t.Errorf("%d events counted after two became one story event, want %d", after, before-1)
	}
	if n := total(Filter{MinSources: 2}); n != 1 {
		t.Errorf("%d events with two sources, want 1", n)
	}
}

// eventSeriesTotal is the number of events EventSeries counts under f.
func eventSeriesTotal(t *testing.T, s *Store, f Filter) int {
	t.Helper()
	series, err := s.EventSeries(context.Background(), f, BinMonth)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, sr := range series {
		for _, b := range sr.Bins {
			n += b.Count
		}
	}
	return n
}
