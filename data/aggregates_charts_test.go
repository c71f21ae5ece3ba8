package data

import (
	"context"
	"fmt"
	"reflect"
	"testing"
)

// checkChartAggregates compares the charts' aggregates with the counts
// from the rows, and the charts read through them with the exact queries.
func checkChartAggregates(t *testing.T, st *Store, step string) {
	t.Helper()
	tables := []struct{ name, agg, rows string }{
		{"event_days",
			"SELECT type, start_day, end_day, n FROM event_days WHERE n <> 0 ORDER BY 1, 2, 3",
			`SELECT type, start_day, coalesce(end_day, start_day), COUNT(*) FROM events
				WHERE start_day IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`},
		{"mention_days",
			"SELECT actor_id, day, n FROM mention_days WHERE n <> 0 ORDER BY 1, 2",
			"SELECT actor_id, day, COUNT(*) FROM mentions WHERE day IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2"},
		{"actor_outlets",
			"SELECT actor_id, outlet, n FROM actor_outlets WHERE n <> 0 ORDER BY 1, 2",
			`SELECT m.actor_id, ar.outlet, COUNT(*) FROM mentions m JOIN articles ar ON ar.id = m.article_id
				GROUP BY 1, 2 ORDER BY 1, 2`},
	}
	for _, tb := range tables {
		got, want := queryStrings(t, st, tb.agg), queryStrings(t, st, tb.rows)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %s holds\n%v\nrows give\n%v", step, tb.name, got, want)
		}
	}
	ctx := context.Background()
	outlets, err := st.OutletCounts(ctx, Filter{}, 50)
	if err != nil {
		t.Fatal(err)
	}
	wantOutlets, err := st.actorCounts(ctx, Filter{}, "COUNT(DISTINCT ar.outlet)", 50)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(outlets, wantOutlets) {
		t.Errorf("%s: outlet counts %v, want %v", step, outlets, wantOutlets)
	}
	window := Filter{From: 19100, To: 19300}
	top, err := st.TopActors(ctx, window, 50)
	if err != nil {
		t.Fatal(err)
	}
	wantTop, err := st.actorCounts(ctx, window, "COUNT(*)", 50)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(top, wantTop) {
		t.Errorf("%s: top actors in a window %v, want %v", step, top, wantTop)
	}
	ids := make([]int64, 0)
	for _, row := range queryStrings(t, st, "SELECT id FROM actors ORDER BY id") {
		var id int64
		fmt.Sscan(row[0], &id)
		ids = append(ids, id)
	}
	for _, f := range []Filter{{}, window} {
		got, err := st.mentionSeries(ctx, f, ids, BinWeek, true)
		if err != nil {
			t.Fatal(err)
		}
		want, err := st.mentionSeries(ctx, f, ids, BinWeek, false)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: mention series under %+v from mention_days\n%v\nexact\n%v", step, f, got, want)
		}
	}
	for _, f := range []Filter{{}, window, {EventTypes: []string{"MEET"}}} {
		got, _, err := st.eventDaysSeries(ctx, f, BinWeek)
		if err != nil {
			t.Fatal(err)
		}
		want, err := st.eventSeriesExact(ctx, f, BinWeek)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: event series under %+v from event_days\n%v\nexact\n%v", step, f, got, want)
		}
	}
}

// queryStrings returns the rows of q, each as its columns' text.
func queryStrings(t *testing.T, st *Store, q string) [][]string {
	t.Helper()
	rows, err := st.db.Query(q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	for rows.Next() {
		row := make([]string, len(cols))
		ptrs := make([]any, len(cols))
		for i := range row {
			ptrs[i] = &row[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		out = append(out, row)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestEventSeriesAfterStoriesExactUnderLimit(t *testing.T) {
	s := timelineFixture(t)
	ctx := context.Background()
	total := func() int { return eventSeriesTotal(t, s, Filter{}) }
	evs, err := s.TimelineEvents(ctx, Filter{})
	if err != nil || len(evs) < 3 {
		t.Fatal(evs, err)
	}
	reports := total()
	if _, err := s.wdb.Exec(`INSERT INTO story_events(id, type, value, start_day, end_day, precision, reports)
		SELECT 1, type, value, start_day, end_day, precision, 2 FROM events WHERE id = ?`, evs[0].ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.wdb.Exec(`INSERT INTO story_members(event_id, story_id) VALUES (?, 1), (?, 1)`, evs[0].ID, evs[2].ID); err != nil {
		t.Fatal(err)
	}
	if n := total(); n != reports-1 {
		t.Errorf("under the limit: %d events, want the story event once: %d", n, reports-1)
	}
	defer func(limit int) { eventSeriesExactLimit = limit }(eventSeriesExactLimit)
	eventSeriesExactLimit = 0
	if n := total(); n != reports {
		t.Errorf("above the limit: %d events, want every report from event_days: %d", n, reports)
	}
	series, err := s.EventSeries(ctx, Filter{}, BinMonth)
	if err != nil || len(series) == 0 || !series[0].Reports {
		t.Errorf("above the limit the series must say they count reports: %+v, %v", series, err)
	}
	eventSeriesExactLimit = 1 << 30
	if series, _ := s.EventSeries(ctx, Filter{}, BinMonth); len(series) > 0 && series[0].Reports {
		t.Error("an exact count is marked as counting reports")
	}
}
