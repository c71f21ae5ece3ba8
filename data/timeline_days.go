package data

import (
	"context"
	"fmt"
	"math"
)

// The timeline's split of a small window: events dated to a day or a few
// days (short) are drawn one by one, while the month- and year-precision
// events overlapping the window (long), of which a small window of the
// synthetic 100k case holds 20k+, are only counted.

// shortEventSpan is the longest interval, in days, of a short event: a
// week-precision event is still drawn one by one.
const shortEventSpan = 7

// shortSpanCond and longSpanCond keep the short and the long events e.
var (
	shortSpanCond = fmt.Sprintf("e.end_day - e.start_day <= %d", shortEventSpan)
	longSpanCond  = fmt.Sprintf("e.end_day - e.start_day > %d", shortEventSpan)
)

// CountShortEvents returns the number of short dated events (interval of
// at most shortEventSpan days) overlapping f's window that match f,
// counting raw events like CountEvents; past limit it returns limit+1.
// Outside event_days (countEvents) it is one range scan of events_interval
// bounded by the window.
func (s *Store) CountShortEvents(ctx context.Context, f Filter, limit int) (int, error) {
	c, a := shortWindowCond(f)
	n, err := s.countEvents(ctx, f, shortSpanCond, []windowScan{{c, a}}, limit)
	if err != nil {
		return 0, fmt.Errorf("count short events: %w", err)
	}
	return n, nil
}

// CountLongEvents returns the number of long dated events (interval longer
// than shortEventSpan days) overlapping f's window that match f, counting
// raw events; past limit it returns limit+1. Outside event_days
// (countEvents) it is CountEvents' two LIMIT-bounded scans: events_interval
// from a quarter before the window and events_long.
func (s *Store) CountLongEvents(ctx context.Context, f Filter, limit int) (int, error) {
	n, err := s.countEvents(ctx, f, longSpanCond, windowScans(f, longSpanCond), limit)
	if err != nil {
		return 0, fmt.Errorf("count long events: %w", err)
	}
	return n, nil
}

// TimelineShortEvents is TimelineEvents restricted to short events: the
// story events (one per story event, with its sources) whose representative
// is dated to at most shortEventSpan days and overlaps f's window.
func (s *Store) TimelineShortEvents(ctx context.Context, f Filter) ([]Event, error) {
	evs, err := s.queryWindowEvents(ctx, f, shortWindowCond)
	if err != nil {
		return nil, fmt.Errorf("timeline short events: %w", err)
	}
	return evs, nil
}

// shortWindowCond is the condition for short dated events e overlapping
// f's window: a start-day range of the window plus shortEventSpan days.
func shortWindowCond(f Filter) (string, []any) {
	to := math.MaxInt32
	if f.To != 0 {
		to = int(f.To)
	}
	if f.From == 0 {
		return "e.start_day IS NOT NULL AND e.start_day < ? AND " + shortSpanCond, []any{to}
	}
	from := int(f.From)
	return "e.start_day >= ? AND e.start_day < ? AND e.end_day > ? AND " + shortSpanCond,
		[]any{from - shortEventSpan, to, from}
}
