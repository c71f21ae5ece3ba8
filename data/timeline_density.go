package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// The timeline's level of detail: when a window holds too many events to
// draw one by one, the timeline asks how many there are (CountEvents),
// where the case's events lie (EventExtent) and how they spread over time
// (TypeDensity, ActorDensity) instead of loading them.

// DensityCount is the number of events of one lane starting on one day, or
// in the bin of days starting on Day.
type DensityCount struct {
	Day     Day
	Type    string // the lane's event type (TypeDensity)
	ActorID int64  // the lane's actor (ActorDensity)
	N       int
}

// CountEvents returns the number of dated events overlapping f's window
// that match f, as TimelineEvents finds them, but counting raw events: an
// event story assembly merged with reports from other articles counts once
// per report, so the count is an upper bound of TimelineEvents' length. Past
// limit it returns limit+1. Under a filter of a window and event types
// alone it sums event_days (timeline_window.go); under any other the count
// stops past limit, so that a window of millions of events costs no more
// than limit index entries (plus the short events ending before the window
// that the interval scan skips).
func (s *Store) CountEvents(ctx context.Context, f Filter, limit int) (int, error) {
	n, err := s.countEvents(ctx, f, "", windowScans(f, ""), limit)
	if err != nil {
		return 0, fmt.Errorf("count events: %w", err)
	}
	return n, nil
}

// EventExtent returns the first start day of the dated events matching f
// and the day after the last start day, ignoring f's window; ok is false
// when no dated event matches. Long events may end after to. Each bound is
// one seek on events_interval when f has no other condition.
func (s *Store) EventExtent(ctx context.Context, f Filter) (from, to Day, ok bool, err error) {
	fc, fa, err := filterConds(f)
	if err != nil {
		return 0, 0, false, fmt.Errorf("event extent: %w", err)
	}
	where := strings.Join(append([]string{"e.start_day IS NOT NULL"}, fc...), " AND ")
	q := `SELECT e.start_day FROM events e` + sourcesJoin(f) + ` WHERE ` + where + ` ORDER BY e.start_day %s LIMIT 1`
	var first, last int
	switch err := s.db.QueryRowContext(ctx, fmt.Sprintf(q, "ASC"), fa...).Scan(&first); {
	case err == nil:
	case errors.Is(err, sql.ErrNoRows):
		return 0, 0, false, nil
	default:
		return 0, 0, false, fmt.Errorf("event extent: %w", err)
	}
	if err := s.db.QueryRowContext(ctx, fmt.Sprintf(q, "DESC"), fa...).Scan(&last); err != nil {
		return 0, 0, false, fmt.Errorf("event extent: %w", err)
	}
	return Day(first), Day(last + 1), true, nil
}

// TypeDensity returns, per event type and start day, the number of dated
// events starting in f's window [From, To) (either end open when zero) that
// match f, ordered by type and day. It counts raw events, not story events
// (a story event reported three times counts three), and places each event
// on its start day (a month-precision event counts on the 1st). With bin >
// 1 it counts per bin of bin days instead, bin k holding the days [k·bin,
// (k+1)·bin) and its count having Day k·bin.
//
// A filter of a window and event types alone (plainWindow) is read from
// the aggregate event_days: a range scan per type over at most a row per
// type, start day and end day (23k rows for the whole 100k case), binned
// in SQL. Any other filter reads the covering index events_type_day with
// one range scan per type and groups in index order: about 2.9M events in
// 0.3–0.5 s, a week in a millisecond.
func (s *Store) TypeDensity(ctx context.Context, f Filter, bin int) ([]DensityCount, error) {
	types := f.EventTypes
	if len(types) == 0 {
		var err error
		if types, err = s.EventTypes(ctx); err != nil {
			return nil, fmt.Errorf("type density: %w", err)
		}
	}
	if len(types) == 0 {
		return nil, nil
	}
	bin = max(bin, 1)
	if plainWindow(f) {
		return s.typeDensityDays(ctx, f, types, bin)
	}
	cs, err := s.typeDensityEvents(ctx, f, types)
	return binDensity(cs, bin), err
}

// typeDensityEvents is TypeDensity of the events of types per day, counted
// from the events table.
func (s *Store) typeDensityEvents(ctx context.Context, f Filter, types []string) ([]DensityCount, error) {
	g := f
	g.EventTypes = nil
	fc, fa, err := filterConds(g)
	if err != nil {
		return nil, fmt.Errorf("type density: %w", err)
	}
	conds, args := startConds(f)
	conds = append(conds, "e.type IN ("+placeholders(len(types))+")")
	for _, t := range types {
		args = append(args, t)
	}
	q := `SELECT e.type, e.start_day, count(*) FROM events e INDEXED BY events_type_day` + sourcesJoin(f) +
		` WHERE ` + strings.Join(append(conds, fc...), " AND ") + ` GROUP BY e.type, e.start_day ORDER BY e.type, e.start_day`
	return s.density(ctx, "type density", q, append(args, fa...), func(c *DensityCount) []any {
		return []any{&c.Type, &c.Day, &c.N}
	})
}

// binDensity sums counts cs of one day each, ordered by type and day, per
// type and bin of bin days, in place.
func binDensity(cs []DensityCount, bin int) []DensityCount {
	if bin <= 1 {
		return cs
	}
	out := cs[:0]
	for _, c := range cs {
		c.Day = binStart(c.Day, bin)
		if n := len(out); n > 0 && out[n-1].Type == c.Type && out[n-1].Day == c.Day {
			out[n-1].N += c.N
			continue
		}
		out = append(out, c)
	}
	return out
}

// binStart returns the first day of the bin of bin days holding d.
func binStart(d Day, bin int) Day {
	b := Day(bin)
	return d - (d%b+b)%b
}

// ActorDensity returns, per actor of actors and start day, the number of
// dated events with that actor starting in f's window [From, To) that match
// f, ordered by day and actor. Like TypeDensity it counts raw events on
// their start day. It visits every event starting in the window (an index
// range scan, then a seek into event_actors each), about 3 µs per event:
// ask it for windows of tens of thousands of events, not for millions.
func (s *Store) ActorDensity(ctx context.Context, f Filter, actors []int64) ([]DensityCount, error) {
	if len(actors) == 0 {
		return nil, nil
	}
	fc, fa, err := filterConds(f)
	if err != nil {
		return nil, fmt.Errorf("actor density: %w", err)
	}
	conds, args := startConds(f)
	args = append(args, fa...)
	conds = append(conds, fc...)
	conds = append(conds, "ea.actor_id IN ("+placeholders(len(actors))+")")
	for _, id := range actors {
		args = append(args, id)
	}
	q := `SELECT ea.actor_id, e.start_day, count(DISTINCT e.id) FROM events e` + sourcesJoin(f) +
		` CROSS JOIN event_actors ea ON ea.event_id = e.id WHERE ` + strings.Join(conds, " AND ") +
		` GROUP BY e.start_day, ea.actor_id ORDER BY e.start_day, ea.actor_id`
	return s.density(ctx, "actor density", q, args, func(c *DensityCount) []any {
		return []any{&c.ActorID, &c.Day, &c.N}
	})
}

// density runs a density query q whose rows scan into the fields dest
// returns.
func (s *Store) density(ctx context.Context, what, q string, args []any, dest func(*DensityCount) []any) ([]DensityCount, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	var out []DensityCount
	for rows.Next() {
		var c DensityCount
		if err := rows.Scan(dest(&c)...); err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return out, nil
}

// startConds bounds the start day of events e by f's window.
func startConds(f Filter) ([]string, []any) {
	conds := []string{"e.start_day IS NOT NULL"}
	var args []any
	if f.From != 0 {
		conds, args = append(conds, "e.start_day >= ?"), append(args, int(f.From))
	}
	if f.To != 0 {
		conds, args = append(conds, "e.start_day < ?"), append(args, int(f.To))
	}
	return conds, args
}

// sourcesJoin is the join that f's sources condition needs, if any.
func sourcesJoin(f Filter) string {
	if f.MinSources > 1 {
		return storyJoin
	}
	return ""
}

// FirstUndatedEvents returns the first n (by id, i.e. in the order they were
// stored) of the events UndatedEvents returns, in article order, and how
// many UndatedEvents would return in all.
func (s *Store) FirstUndatedEvents(ctx context.Context, f Filter, n int) ([]Event, int, error) {
	total, err := s.countUndated(ctx, f)
	if err != nil {
		return nil, 0, fmt.Errorf("undated events: %w", err)
	}
	evs, err := s.queryEvents(ctx, false, f, n)
	if err != nil {
		return nil, 0, fmt.Errorf("undated events: %w", err)
	}
	return evs, total, nil
}

// countUndated returns the number of events UndatedEvents returns. Without
// a sources condition it counts the undated events matching f, less those
// that story assembly merged into a story event represented by another
// event: a scan of the undated entries of events_interval without a join
// per event.
func (s *Store) countUndated(ctx context.Context, f Filter) (int, error) {
	where, args, err := eventWhere(false, f)
	if err != nil {
		return 0, err
	}
	q := `SELECT count(*) FROM events e` + storyJoin + ` WHERE ` + where
	if f.MinSources <= 1 {
		fc, fa, err := filterConds(f)
		if err != nil {
			return 0, err
		}
		w := strings.Join(append([]string{undatedCond}, fc...), " AND ")
		q = `SELECT (SELECT count(*) FROM events e WHERE ` + w + `) - (SELECT count(*) FROM story_members sm
			JOIN events e ON e.id = sm.event_id JOIN story_events se ON se.id = sm.story_id
			WHERE ` + w + ` AND NOT ` + storyFirst + `)`
		args = append(append([]any{}, fa...), fa...)
		if len(fc) == 0 {
			// Without conditions: each undated story event once, and the
			// undated events in none (0.1 s instead of 0.7 s on 3.35M
			// events, where the representative of every member is sought).
			q = `SELECT (SELECT count(*) FROM story_events WHERE start_day IS NULL) +
				(SELECT count(*) FROM events e WHERE ` + undatedCond + `
					AND NOT EXISTS (SELECT 1 FROM story_members sm WHERE sm.event_id = e.id))`
			args = nil
		}
	}
	var n int
	if err := s.db.QueryRowContext(ctx, q, args...).Scan(&n); err != nil {
		return 0, err
	}
	return n, nil
}
