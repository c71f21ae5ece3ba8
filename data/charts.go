package data

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"
)

// ActorCount is an actor with a count: mentions or distinct outlets.
type ActorCount struct {
	ID    int64
	Name  string
	Type  string
	Count int
}

// Bin is the width of a time bin in a series.
type Bin int

// Bin widths.
const (
	BinWeek  Bin = iota // ISO weeks, starting on Monday
	BinMonth            // calendar months
)

// Start returns the first day of the bin containing d.
func (b Bin) Start(d Day) Day {
	t := d.Time()
	if b == BinMonth {
		return DayOf(time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC))
	}
	return d - Day((int(t.Weekday())+6)%7)
}

// Next returns the first day of the bin after the one starting on start.
func (b Bin) Next(start Day) Day {
	if b == BinMonth {
		return DayOf(start.Time().AddDate(0, 1, 0))
	}
	return start + 7
}

// BinCount is a count in the bin starting on Start.
type BinCount struct {
	Start Day
	Count int
}

// Series is a labelled count per bin; all series of one query share the
// same consecutive bins, zeros included.
type Series struct {
	ActorID int64 // 0 for event-type series
	Label   string
	Bins    []BinCount
	// Reports is set on event-type series that count every report of an
	// event instead of each story event once (EventSeries over a window too
	// large for the exact count).
	Reports bool
}

// TopActors returns the n visible actors with the most mentions under f,
// most mentioned first. f.ActorIDs restricts to articles mentioning them.
func (s *Store) TopActors(ctx context.Context, f Filter, n int) ([]ActorCount, error) {
	count := s.actorCounts
	if len(f.ActorIDs) == 0 && strings.TrimSpace(f.Text) == "" {
		count = s.windowMentionCounts
		if f.From == 0 && f.To == 0 {
			count = s.allMentionCounts
		}
	}
	out, err := count(ctx, f, "COUNT(*)", n)
	if err != nil {
		return nil, fmt.Errorf("top actors: %w", err)
	}
	return out, nil
}

// OutletCounts returns the n visible actors named by the most distinct
// outlets under f, most first. f.ActorIDs restricts to articles mentioning
// them.
func (s *Store) OutletCounts(ctx context.Context, f Filter, n int) ([]ActorCount, error) {
	count := s.actorCounts
	if f.From == 0 && f.To == 0 && len(f.ActorIDs) == 0 && strings.TrimSpace(f.Text) == "" {
		count = s.allOutletCounts
	}
	out, err := count(ctx, f, "COUNT(DISTINCT ar.outlet)", n)
	if err != nil {
		return nil, fmt.Errorf("outlet counts: %w", err)
	}
	return out, nil
}

func (s *Store) actorCounts(ctx context.Context, f Filter, agg string, n int) ([]ActorCount, error) {
	w := chartMentionScope(f)
	q := `SELECT a.id, a.name, a.type, ` + agg + ` AS c FROM mentions m
		JOIN actors a ON a.id = m.actor_id
		JOIN articles ar ON ar.id = m.article_id` + w.String() + `
		GROUP BY a.id ORDER BY c DESC, a.name LIMIT ?`
	return s.queryActorCounts(ctx, q, append(w.args, n)...)
}

// allMentionCounts is actorCounts of COUNT(*) under the empty filter, read
// from the actor_mentions aggregate (aggregates.go) instead of every mention.
func (s *Store) allMentionCounts(ctx context.Context, _ Filter, _ string, n int) ([]ActorCount, error) {
	return s.queryActorCounts(ctx, `SELECT a.id, a.name, a.type, c.n FROM actor_mentions c
		JOIN actors a ON a.id = c.actor_id WHERE a.hidden = 0 AND c.n > 0
		ORDER BY c.n DESC, a.name LIMIT ?`, n)
}

// chartMentionScope is mentionScope with f.ActorIDs restricting mentions to
// articles that mention any of those actors.
func chartMentionScope(f Filter) scopeWhere {
	w := mentionScope(f, nil)
	if len(f.ActorIDs) > 0 {
		var in scopeWhere
		in.inInts("actor_id", f.ActorIDs)
		w.add("m.article_id IN (SELECT article_id FROM mentions"+in.String()+")", in.args...)
	}
	return w
}

// MentionSeries counts the mentions of each of the actors ids per bin under
// f's window and text query, dated by publication day, in the order of ids.
// Without a text query the counts come from the mention_days aggregate.
func (s *Store) MentionSeries(ctx context.Context, f Filter, ids []int64, bin Bin) ([]Series, error) {
	return s.mentionSeries(ctx, f, ids, bin, strings.TrimSpace(f.Text) == "")
}

// mentionSeries is MentionSeries, read from mention_days when fromDays is
// set (f.Text must then be empty).
func (s *Store) mentionSeries(ctx context.Context, f Filter, ids []int64, bin Bin, fromDays bool) ([]Series, error) {
	w := mentionScope(f, nil)
	w.inInts("a.id", ids)
	w.add("m.day IS NOT NULL")
	from, count, group := "mentions m", "COUNT(*)", " GROUP BY a.id, m.day"
	if fromDays {
		from, count, group = "mention_days m", "m.n", ""
		w.add("m.n > 0")
	}
	q := `SELECT a.id, a.name, m.day, ` + count + ` FROM ` + from + `
		JOIN actors a ON a.id = m.actor_id` + w.String() + group
	rows, err := s.db.QueryContext(ctx, q, w.args...)
	if err != nil {
		return nil, fmt.Errorf("mention series: %w", err)
	}
	defer rows.Close()
	acc := newSeriesAcc(bin)
	for rows.Next() {
		var id int64
		var name string
		var day, n int
		if err := rows.Scan(&id, &name, &day, &n); err != nil {
			return nil, fmt.Errorf("mention series: %w", err)
		}
		acc.add(id, name, Day(day), n)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("mention series: %w", err)
	}
	return acc.series(ids), nil
}

// EventSeries counts dated events per type per bin (by the first day) under
// f; f.ActorIDs keeps events with any of those actors. An event that story
// assembly merged across articles counts once, at its story event's type
// and date, so reprints and follow-ups do not inflate the bars; with
// f.MinSources only story events with that many independent reports count.
// Types are ordered by total count, largest first.
//
// Without a text query, actors or MinSources the counts come from the
// event_days aggregate, which counts extracted events at their own type and
// date: exact as long as story assembly has not run, and used after it only
// when the window holds more than eventSeriesExactLimit events. There the
// bars are an approximation: every report of a story event counts, on the
// day that report gives, and the series say so in Reports.
func (s *Store) EventSeries(ctx context.Context, f Filter, bin Bin) ([]Series, error) {
	if len(f.ActorIDs) == 0 && f.MinSources <= 1 && strings.TrimSpace(f.Text) == "" {
		series, total, err := s.eventDaysSeries(ctx, f, bin)
		if err != nil {
			return nil, fmt.Errorf("event series: %w", err)
		}
		assembled, err := s.storiesAssembled(ctx)
		if err != nil {
			return nil, fmt.Errorf("event series: %w", err)
		}
		if !assembled {
			return series, nil
		}
		if total > eventSeriesExactLimit {
			for i := range series {
				series[i].Reports = true
			}
			return series, nil
		}
	}
	return s.eventSeriesExact(ctx, f, bin)
}

// eventSeriesExactLimit is the number of events in a window above which
// EventSeries reads the event_days aggregate even after story assembly (a
// variable for tests).
var eventSeriesExactLimit = 200_000

// eventSeriesExact is EventSeries counted from the events and story rows.
func (s *Store) eventSeriesExact(ctx context.Context, f Filter, bin Bin) ([]Series, error) {
	w := eventScope(f)
	w.add("e.start_day IS NOT NULL")
	if len(f.ActorIDs) > 0 {
		var in scopeWhere
		in.inInts("actor_id", f.ActorIDs)
		w.add("e.id IN (SELECT event_id FROM event_actors"+in.String()+")", in.args...)
	}
	if f.MinSources > 1 {
		w.add(eventSources+" >= ?", f.MinSources)
	}
	q := `SELECT t, d, COUNT(*) FROM (
		SELECT DISTINCT coalesce(se.type, e.type) AS t, coalesce(se.start_day, e.start_day) AS d,
			coalesce(-sm.story_id, e.id) AS k
		FROM events e` + storyJoin + w.String() + `)
	WHERE d IS NOT NULL GROUP BY t, d`
	rows, err := s.db.QueryContext(ctx, q, w.args...)
	if err != nil {
		return nil, fmt.Errorf("event series: %w", err)
	}
	defer rows.Close()
	acc := newSeriesAcc(bin)
	for rows.Next() {
		var typ string
		var day, n int
		if err := rows.Scan(&typ, &day, &n); err != nil {
			return nil, fmt.Errorf("event series: %w", err)
		}
		acc.addLabel(typ, Day(day), n)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("event series: %w", err)
	}
	return acc.byTotal(), nil
}

// seriesAcc accumulates counts per key and bin, then lays them out on a
// shared run of consecutive bins.
type seriesAcc struct {
	bin      Bin
	counts   map[string]map[Day]int
	ids      map[string]int64
	labels   map[string]string
	min, max Day
}

func newSeriesAcc(bin Bin) *seriesAcc {
	return &seriesAcc{bin: bin, counts: map[string]map[Day]int{}, ids: map[string]int64{}, labels: map[string]string{}}
}

func (a *seriesAcc) add(id int64, label string, d Day, n int) {
	key := fmt.Sprint(id)
	if _, ok := a.counts[key]; !ok {
		a.ids[key] = id
	}
	a.addKey(key, label, d, n)
}

func (a *seriesAcc) addLabel(label string, d Day, n int) { a.addKey(label, label, d, n) }

func (a *seriesAcc) addKey(key, label string, d Day, n int) {
	b := a.bin.Start(d)
	if len(a.counts) == 0 {
		a.min, a.max = b, b
	}
	m, ok := a.counts[key]
	if !ok {
		m = map[Day]int{}
		a.counts[key] = m
		a.labels[key] = label
	}
	m[b] += n
	a.min, a.max = min(a.min, b), max(a.max, b)
}

// build returns the series of key with label over the shared bins.
func (a *seriesAcc) build(key, label string) Series {
	s := Series{ActorID: a.ids[key], Label: label}
	if len(a.counts) == 0 {
		return s
	}
	for d := a.min; d <= a.max; d = a.bin.Next(d) {
		s.Bins = append(s.Bins, BinCount{Start: d, Count: a.counts[key][d]})
	}
	return s
}

// series returns one series per id, in the order of ids, skipping ids
// without mentions.
func (a *seriesAcc) series(ids []int64) []Series {
	var out []Series
	for _, id := range ids {
		key := fmt.Sprint(id)
		if _, ok := a.counts[key]; ok {
			out = append(out, a.build(key, a.labels[key]))
		}
	}
	return out
}

// byTotal returns all series, largest total first, ties by label.
func (a *seriesAcc) byTotal() []Series {
	labels := a.labels
	var out []Series
	total := map[string]int{}
	for key, m := range a.counts {
		for _, n := range m {
			total[labels[key]] += n
		}
		out = append(out, a.build(key, labels[key]))
	}
	sort.Slice(out, func(i, j int) bool {
		ti, tj := total[out[i].Label], total[out[j].Label]
		if ti != tj {
			return ti > tj
		}
		return out[i].Label < out[j].Label
	})
	return out
}
