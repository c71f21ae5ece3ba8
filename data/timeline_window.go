package data

import (
	"context"
	"fmt"
	"math"
	"strings"
)

// The timeline's counts of a window (CountEvents, CountShortEvents,
// CountLongEvents) and its density by type (TypeDensity) count raw dated
// events. Under a filter of a window and event types alone they are read
// from the aggregate event_days (migration 0007, kept on write with the
// events: saved, deleted, re-analysed; indexed for windows by 0009), whose
// rows count the events of a type, start day and end day, and give the same
// numbers as the events table (TestWindowCountsFollowWritesAndCuration); any
// other filter counts the events themselves.

// plainWindow reports whether f keeps events by window and event type
// alone, so that event_days can count them.
func plainWindow(f Filter) bool {
	return len(f.ActorIDs) == 0 && strings.TrimSpace(f.Text) == "" && f.MinSources <= 1
}

// windowScan is one index scan of a count: a condition on events e and its
// arguments.
type windowScan struct {
	cond string
	args []any
}

// windowScans are the index scans that find the dated events e overlapping
// f's window whose interval satisfies span ("" for any), as windowCond's
// branches, each its own scan so that a LIMIT stops them (windowCond's
// "e.id IN (…)" would collect every id first): intervals up to shortSpan
// long starting at most shortSpan days before the window, on
// events_interval, and longer ones starting earlier, on events_long.
func windowScans(f Filter, span string) []windowScan {
	and := ""
	if span != "" {
		and = " AND " + span
	}
	to := math.MaxInt32
	if f.To != 0 {
		to = int(f.To)
	}
	if f.From == 0 {
		return []windowScan{{"e.start_day IS NOT NULL AND e.start_day < ?" + and, []any{to}}}
	}
	from := int(f.From)
	return []windowScan{
		{"e.start_day >= ? AND e.start_day < ? AND e.end_day > ?" + and, []any{from - shortSpan, to, from}},
		{fmt.Sprintf("e.end_day - e.start_day > %d", shortSpan) + " AND e.start_day < ? AND e.start_day < ? AND e.end_day > ?" + and,
			[]any{from - shortSpan, to, from}},
	}
}

// countEvents returns the number of dated events overlapping f's window
// that match f and whose interval satisfies span ("" for any), or limit+1
// past limit: from event_days when f is a plain window, else through
// scans, which must find exactly those events.
func (s *Store) countEvents(ctx context.Context, f Filter, span string, scans []windowScan, limit int) (int, error) {
	if plainWindow(f) {
		return s.countEventDays(ctx, f, span, limit)
	}
	return s.countScans(ctx, f, scans, limit)
}

// countScans counts the events that scans find and f's other conditions
// keep, stopping past limit.
func (s *Store) countScans(ctx context.Context, f Filter, scans []windowScan, limit int) (int, error) {
	fc, fa, err := filterConds(f)
	if err != nil {
		return 0, err
	}
	var branches []string
	var args []any
	for _, sc := range scans {
		branches = append(branches, `SELECT 1 FROM events e`+sourcesJoin(f)+` WHERE `+
			strings.Join(append([]string{sc.cond}, fc...), " AND "))
		args = append(append(args, sc.args...), fa...)
	}
	q := `SELECT count(*) FROM (` + strings.Join(branches, " UNION ALL ") + ` LIMIT ?)`
	var n int
	if err := s.db.QueryRowContext(ctx, q, append(args, limit+1)...).Scan(&n); err != nil {
		return 0, err
	}
	return n, nil
}

// countEventDays counts, from event_days, the dated events of f's types
// overlapping f's window whose interval satisfies span, up to limit+1.
// With a start, as windowScans: the rows starting at most shortSpan days
// before the window (a range per type on the primary key) and the longer
// ones starting earlier (event_days_long, migration 0009).
func (s *Store) countEventDays(ctx context.Context, f Filter, span string, limit int) (int, error) {
	types := f.EventTypes
	if len(types) == 0 && f.From != 0 {
		var err error
		if types, err = s.EventTypes(ctx); err != nil {
			return 0, err
		}
	}
	var in []string
	var inArgs []any
	if len(types) > 0 {
		in = []string{"e.type IN (" + placeholders(len(types)) + ")"}
		for _, t := range types {
			inArgs = append(inArgs, t)
		}
	}
	if span != "" {
		in = append(in, span)
	}
	to := math.MaxInt32
	if f.To != 0 {
		to = int(f.To)
	}
	var q string
	var args []any
	if f.From == 0 {
		q = `SELECT e.n FROM event_days e WHERE ` + strings.Join(append([]string{"e.start_day < ?"}, in...), " AND ")
		args = append([]any{to}, inArgs...)
	} else {
		from := int(f.From)
		and := ""
		if len(in) > 0 {
			and = " AND " + strings.Join(in, " AND ")
		}
		q = `SELECT e.n FROM event_days e WHERE e.start_day >= ? AND e.start_day < ? AND e.end_day > ?` + and + `
			UNION ALL
			SELECT e.n FROM event_days e INDEXED BY event_days_long WHERE ` +
			fmt.Sprintf("e.end_day - e.start_day > %d", shortSpan) + ` AND e.start_day < ? AND e.start_day < ? AND e.end_day > ?` + and
		args = append(append(append([]any{from - shortSpan, to, from}, inArgs...), from-shortSpan, to, from), inArgs...)
	}
	// The first rows often hold more than limit events already: a wide
	// window has thousands of rows to sum, and the count probes only ask
	// whether it passes the limit.
	var rows, n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*), coalesce(sum(n), 0) FROM (`+q+` LIMIT ?)`,
		append(args, probeRows)...).Scan(&rows, &n); err != nil {
		return 0, err
	}
	if n <= limit && rows == probeRows {
		if err := s.db.QueryRowContext(ctx, `SELECT coalesce(sum(n), 0) FROM (`+q+`)`, args...).Scan(&n); err != nil {
			return 0, err
		}
	}
	return min(n, limit+1), nil
}

// probeRows is how many rows of event_days countEventDays sums before
// summing them all (a variable for tests).
var probeRows = 64

// typeDensityDays is TypeDensity of the events of types under a plain
// window, read from event_days. Per day it groups in the primary key's
// order; per bin SQLite sorts the rows it reads, cheaper than handing each
// day to Go (about 1 µs a row).
func (s *Store) typeDensityDays(ctx context.Context, f Filter, types []string, bin int) ([]DensityCount, error) {
	conds, args := startConds(f)
	conds = append(conds, "e.type IN ("+placeholders(len(types))+")")
	for _, t := range types {
		args = append(args, t)
	}
	day := "e.start_day"
	if bin > 1 {
		day = fmt.Sprintf("e.start_day - (e.start_day %% %d + %d) %% %d", bin, bin, bin)
	}
	q := `SELECT e.type, ` + day + ` AS d, sum(e.n) FROM event_days e WHERE ` + strings.Join(conds, " AND ") +
		` GROUP BY e.type, d HAVING sum(e.n) > 0 ORDER BY e.type, d`
	return s.density(ctx, "type density", q, args, func(c *DensityCount) []any {
		return []any{&c.Type, &c.Day, &c.N}
	})
}
