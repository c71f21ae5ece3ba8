package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
)

// shortSpan is the longest event interval (a quarter, in days) that the
// window query finds through a bounded scan of events_interval; longer
// ones are found through the partial index events_long (migration 0004).
const shortSpan = 92

// eventSources is the SQL expression for the number of independent sources
// of event row e: the reports of its story event (se, joined through sm),
// or 1 before story assembly has seen it.
const eventSources = "coalesce(se.reports, 1)"

// eventStory lists the story columns of event row e: its story event, the
// conflict flag and dates reported, and the plan → outcome links.
const eventStory = `coalesce(sm.story_id, 0), coalesce(se.conflict, 0), coalesce(se.dates_reported, '[]'),
	coalesce((SELECT l.plan_id FROM story_links l WHERE l.outcome_id = sm.story_id), 0),
	coalesce((SELECT l.outcome_id FROM story_links l WHERE l.plan_id = sm.story_id), 0)`

// storyType and storyDate are the SQL expressions for the type and the date
// columns (value, start, end, known, precision, approx, planned) of event
// row e as the timeline draws it: its story event's consensus once story
// assembly has seen it (one source's "September" gives way to another's
// "13 September"), or its own before.
const (
	storyType = "coalesce(se.type, e.type)"
	storyDate = `CASE WHEN se.id IS NULL THEN e.value ELSE se.value END,
		coalesce(CASE WHEN se.id IS NULL THEN e.start_day ELSE se.start_day END, 0),
		coalesce(CASE WHEN se.id IS NULL THEN e.end_day ELSE se.end_day END, 0),
		(CASE WHEN se.id IS NULL THEN e.start_day ELSE se.start_day END) IS NOT NULL,
		CASE WHEN se.id IS NULL THEN e.precision ELSE se.precision END,
		CASE WHEN se.id IS NULL THEN e.approx ELSE se.approx END,
		CASE WHEN se.id IS NULL THEN e.planned ELSE se.planned END`
)

// storyJoin joins each event e to its story event, if any.
const storyJoin = `
	LEFT JOIN story_members sm ON sm.event_id = e.id
	LEFT JOIN story_events se ON se.id = sm.story_id`

// storyFirst keeps one event per story event: its representative, the
// member that gives the story event's consensus date (else a dated one,
// else the first), so that the window and the undated list, which look at
// the representative's own date, agree with the date drawn. A story event
// reported by several articles is drawn once, with all its sources.
const storyFirst = `(sm.story_id IS NULL OR NOT EXISTS (
	SELECT 1 FROM story_members o JOIN events oe ON oe.id = o.event_id
	WHERE o.story_id = sm.story_id AND o.event_id <> e.id AND (
		(oe.value = se.value) > (e.value = se.value) OR
		((oe.value = se.value) = (e.value = se.value) AND (
			(oe.start_day IS NOT NULL) > (e.start_day IS NOT NULL) OR
			((oe.start_day IS NOT NULL) = (e.start_day IS NOT NULL) AND o.event_id < e.id))))))`

// Highlight kinds of an EventDetail.
const (
	HighlightActor   = "actor"
	HighlightDate    = "date"
	HighlightTrigger = "trigger"
)

// Highlight is a span of an event's sentence to emphasise, as byte offsets
// into EventDetail.Sentence.
type Highlight struct {
	Start   int
	End     int
	Kind    string // HighlightActor, HighlightDate or HighlightTrigger
	ActorID int64  // the actor of a HighlightActor span
}

// EventDetail is an event with its source: the sentence it was extracted
// from, the article holding it and the spans of that sentence to highlight.
type EventDetail struct {
	Event         Event
	Article       Article // without Text
	Sentence      string
	SentenceStart int // byte offset of the sentence in the article text
	Highlights    []Highlight
}

// TimelineEvents returns the dated events overlapping f's window that match
// f, with their actors, ordered by start day. An event that story assembly
// merged with reports from other articles is returned once, with Sources
// counting its independent reports.
func (s *Store) TimelineEvents(ctx context.Context, f Filter) ([]Event, error) {
	evs, err := s.queryEvents(ctx, true, f, 0)
	if err != nil {
		return nil, fmt.Errorf("timeline events: %w", err)
	}
	return evs, nil
}

// UndatedEvents returns the events without a calendar date that match f
// (the window does not apply), with their actors, in article order.
func (s *Store) UndatedEvents(ctx context.Context, f Filter) ([]Event, error) {
	evs, err := s.queryEvents(ctx, false, f, 0)
	if err != nil {
		return nil, fmt.Errorf("undated events: %w", err)
	}
	return evs, nil
}

// queryEvents returns the dated or undated events matching f; with limit >
// 0, only the first limit by id.
func (s *Store) queryEvents(ctx context.Context, dated bool, f Filter, limit int) ([]Event, error) {
	return s.queryEventsIn(ctx, dated, f, limit, windowCond)
}

// queryWindowEvents returns the dated events matching f for which window
// (instead of windowCond) holds.
func (s *Store) queryWindowEvents(ctx context.Context, f Filter, window func(Filter) (string, []any)) ([]Event, error) {
	return s.queryEventsIn(ctx, true, f, 0, window)
}

// queryEventsIn is queryEvents with window as the window condition.
func (s *Store) queryEventsIn(ctx context.Context, dated bool, f Filter, limit int, window func(Filter) (string, []any)) ([]Event, error) {
	where, args, err := eventWhereIn(dated, f, window)
	if err != nil {
		return nil, err
	}
	if limit > 0 {
		where = `e.id IN (SELECT e.id FROM events e` + storyJoin + ` WHERE ` + where + ` ORDER BY e.id LIMIT ?)`
		args = append(args, limit)
	}
	order := "coalesce(se.start_day, e.start_day), e.id"
	if !dated {
		order = "e.article_id, e.id"
	}
	// One row per event, then their actors: a row per event and actor
	// would repeat the event's 21 columns for each of its actors.
	q := `SELECT e.id, e.article_id, e.sentence_id, ` + storyType + `, e.trigger, e.trigger_start,
		e.trigger_end, coalesce(e.timex_id, 0), ` + storyDate + `, ` + eventSources + `, ` + eventStory + `,
		0, '', '', ''
	FROM events e` + storyJoin + `
	WHERE ` + where + ` ORDER BY ` + order
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	evs, err := scanEvents(rows)
	rows.Close()
	if err == nil {
		err = s.addEventActors(ctx, evs)
	}
	if err != nil || !dated {
		return evs, err
	}
	// The window was matched on the representative event's own date, which
	// its story event's consensus narrows: keep what still overlaps it.
	return slices.DeleteFunc(evs, func(e Event) bool {
		return !e.Date.Known || (f.To != 0 && e.Date.Start >= f.To) || (f.From != 0 && e.Date.End <= f.From)
	}), nil
}

// addEventActors sets the visible actors of events evs, as scanEvents
// reads them from a join with event_actors: in the order of event_actors'
// key (actor, role).
func (s *Store) addEventActors(ctx context.Context, evs []Event) error {
	if len(evs) == 0 {
		return nil
	}
	index := make(map[int64]int, len(evs))
	ids := make([]int64, len(evs))
	for i, e := range evs {
		index[e.ID], ids[i] = i, e.ID
	}
	list, err := json.Marshal(ids)
	if err != nil {
		return err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT ea.event_id, a.id, a.name, a.type, ea.role
		FROM json_each(?) j JOIN event_actors ea ON ea.event_id = j.value
		JOIN actors a ON a.id = ea.actor_id AND a.hidden = 0
		ORDER BY ea.event_id, ea.actor_id, ea.role`, string(list))
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var a EventActor
		if err := rows.Scan(&id, &a.ActorID, &a.Name, &a.Type, &a.Role); err != nil {
			return err
		}
		e := &evs[index[id]]
		e.Actors = append(e.Actors, a)
	}
	return rows.Err()
}

// windowCond is the condition for dated events e overlapping f's window.
// With a start, it unions two index range scans: intervals up to shortSpan
// long starting at most shortSpan days before the window, and longer ones.
func windowCond(f Filter) (string, []any) {
	to := math.MaxInt32
	if f.To != 0 {
		to = int(f.To)
	}
	if f.From == 0 {
		return "e.start_day IS NOT NULL AND e.start_day < ?", []any{to}
	}
	long := fmt.Sprintf("end_day - start_day > %d", shortSpan)
	from := int(f.From)
	return `e.id IN (
		SELECT id FROM events WHERE start_day >= ? AND start_day < ? AND end_day > ?
		UNION ALL
		SELECT id FROM events WHERE ` + long + ` AND start_day < ? AND start_day < ? AND end_day > ?)`,
		[]any{from - shortSpan, to, from, from - shortSpan, to, from}
}

// undatedCond keeps the undated events e. An undated event has neither
// day (the saver's knownDay), and saying so makes the rows of
// events_interval it reads ordered by id, so that the first undated events
// by id take no sort of all of them.
const undatedCond = "e.start_day IS NULL AND e.end_day IS NULL"

// eventWhere builds the condition on events e for f. A malformed text
// query gives an error wrapping ErrBadQuery.
func eventWhere(dated bool, f Filter) (string, []any, error) {
	return eventWhereIn(dated, f, windowCond)
}

// eventWhereIn is eventWhere with window as the window condition.
func eventWhereIn(dated bool, f Filter, window func(Filter) (string, []any)) (string, []any, error) {
	conds := []string{storyFirst}
	var args []any
	if dated {
		c, a := window(f)
		conds, args = append(conds, c), a
	} else {
		conds = append(conds, undatedCond)
	}
	fc, fa, err := filterConds(f)
	if err != nil {
		return "", nil, err
	}
	return strings.Join(append(conds, fc...), " AND "), append(args, fa...), nil
}

// filterConds returns the conditions on events e for f's actors, event
// types, text and sources (not its window). The sources condition needs
// storyJoin.
func filterConds(f Filter) ([]string, []any, error) {
	var conds []string
	var args []any
	if len(f.ActorIDs) > 0 {
		conds = append(conds, "e.id IN (SELECT event_id FROM event_actors WHERE actor_id IN ("+placeholders(len(f.ActorIDs))+"))")
		for _, id := range f.ActorIDs {
			args = append(args, id)
		}
	}
	if len(f.EventTypes) > 0 {
		conds = append(conds, "e.type IN ("+placeholders(len(f.EventTypes))+")")
		for _, t := range f.EventTypes {
			args = append(args, t)
		}
	}
	if strings.TrimSpace(f.Text) != "" {
		q, err := MatchQuery(f.Text)
		if err != nil {
			return nil, nil, err
		}
		conds = append(conds, "e.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
		args = append(args, q)
	}
	if f.MinSources > 1 {
		conds = append(conds, eventSources+" >= ?")
		args = append(args, f.MinSources)
	}
	return conds, args, nil
}

// scanEvents reads rows of one event per actor, grouped by event.
func scanEvents(rows *sql.Rows) ([]Event, error) {
	var evs []Event
	for rows.Next() {
		var e Event
		var a EventActor
		var start, end int
		var prec, dates string
		if err := rows.Scan(&e.ID, &e.ArticleID, &e.SentenceID, &e.Type, &e.Trigger,
			&e.TriggerStart, &e.TriggerEnd, &e.TimexID, &e.Date.Value, &start, &end, &e.Date.Known, &prec,
			&e.Date.Approx, &e.Planned, &e.Sources, &e.StoryID, &e.Conflict, &dates, &e.Plan, &e.Outcome,
			&a.ActorID, &a.Name, &a.Type, &a.Role); err != nil {
			return nil, err
		}
		if n := len(evs); n == 0 || evs[n-1].ID != e.ID {
			e.Date.Start, e.Date.End, e.Date.Precision = Day(start), Day(end), Precision(prec)
			if e.Conflict {
				if err := json.Unmarshal([]byte(dates), &e.DatesReported); err != nil {
					return nil, fmt.Errorf("story event %d dates: %w", e.StoryID, err)
				}
			}
			evs = append(evs, e)
		}
		if a.ActorID != 0 {
			last := &evs[len(evs)-1]
			last.Actors = append(last.Actors, a)
		}
	}
	return evs, rows.Err()
}

// EventDetail returns event id with its actors, its sentence, its article and
// the spans to highlight in the sentence: the actors mentioned in it, the
// event's time expression and its trigger. It returns ErrNotFound when there
// is no such event.
func (s *Store) EventDetail(ctx context.Context, id int64) (EventDetail, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return EventDetail{}, fmt.Errorf("event %d: %w", id, err)
	}
	defer tx.Rollback()
	d, err := eventDetail(ctx, tx, id)
	if err != nil {
		return EventDetail{}, fmt.Errorf("event %d: %w", id, err)
	}
	return d, nil
}

func eventDetail(ctx context.Context, tx *sql.Tx, id int64) (EventDetail, error) {
	rows, err := tx.QueryContext(ctx, `SELECT e.id, e.article_id, e.sentence_id, e.type, e.trigger,
		e.trigger_start, e.trigger_end, coalesce(e.timex_id, 0), e.value, coalesce(e.start_day, 0),
		coalesce(e.end_day, 0), e.start_day IS NOT NULL, e.precision, e.approx, e.planned, `+eventSources+`, `+eventStory+`,
		coalesce(a.id, 0), coalesce(a.name, ''), coalesce(a.type, ''), coalesce(ea.role, '')
	FROM events e`+storyJoin+`
	LEFT JOIN event_actors ea ON ea.event_id = e.id
	LEFT JOIN actors a ON a.id = ea.actor_id AND a.hidden = 0
	WHERE e.id = ?`, id)
	if err != nil {
		return EventDetail{}, err
	}
	evs, err := scanEvents(rows)
	rows.Close()
	if err != nil {
		return EventDetail{}, err
	}
	if len(evs) == 0 {
		return EventDetail{}, ErrNotFound
	}
	d := EventDetail{Event: evs[0]}
	if err := detailSource(ctx, tx, &d); err != nil {
		return EventDetail{}, err
	}
	if err := detailHighlights(ctx, tx, &d); err != nil {
		return EventDetail{}, err
	}
	return d, nil
}

// detailSource fills the article and sentence of d.
func detailSource(ctx context.Context, tx *sql.Tx, d *EventDetail) error {
	a := &d.Article
	var text string
	var start, end int
	err := tx.QueryRowContext(ctx, `SELECT a.id, a.title, a.outlet, a.url, a.published,
		a.published_precision, coalesce(a.published_day, 0), a.text, s.start, s.end
		FROM events e JOIN articles a ON a.id = e.article_id JOIN sentences s ON s.id = e.sentence_id
		WHERE e.id = ?`, d.Event.ID).Scan(&a.ID, &a.Title, &a.Outlet, &a.URL, &a.Published.Value,
		&a.Published.Precision, &a.Published.Start, &text, &start, &end)
	if err != nil {
		return err
	}
	a.Published = ParseValue(a.Published.Value)
	if start < 0 || end > len(text) || start > end {
		return fmt.Errorf("sentence %d: span [%d, %d) outside the article", d.Event.SentenceID, start, end)
	}
	d.Sentence, d.SentenceStart = text[start:end], start
	return nil
}

// detailHighlights collects the spans of d's sentence to highlight.
func detailHighlights(ctx context.Context, tx *sql.Tx, d *EventDetail) error {
	hs, err := sentenceHighlights(ctx, tx, d.Event.ID, d.Event.SentenceID, d.SentenceStart, len(d.Sentence))
	d.Highlights = hs
	return err
}

// sentenceHighlights collects the spans to highlight in the sentence of
// event (sentence id, starting at byte start of the article, n bytes long):
// the actors mentioned in it, the event's time expression and its trigger,
// in sentence order, as offsets into the sentence, clipped to it.
func sentenceHighlights(ctx context.Context, tx *sql.Tx, event, sentence int64, start, n int) ([]Highlight, error) {
	rows, err := tx.QueryContext(ctx, `
		SELECT m.start, m.end, ?, m.actor_id FROM mentions m JOIN actors a ON a.id = m.actor_id
		WHERE m.sentence_id = ? AND a.hidden = 0
		UNION ALL
		SELECT t.start, t.end, ?, 0 FROM events e JOIN timexes t ON t.id = e.timex_id WHERE e.id = ?
		UNION ALL
		SELECT e.trigger_start, e.trigger_end, ?, 0 FROM events e WHERE e.id = ?
		ORDER BY 1, 2`, HighlightActor, sentence, HighlightDate, event, HighlightTrigger, event)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var hs []Highlight
	for rows.Next() {
		var h Highlight
		if err := rows.Scan(&h.Start, &h.End, &h.Kind, &h.ActorID); err != nil {
			return nil, err
		}
		h.Start, h.End = h.Start-start, h.End-start
		if h.Start >= 0 && h.End <= n && h.Start < h.End {
			hs = append(hs, h)
		}
	}
	return hs, rows.Err()
}

// EventTypes returns the distinct types of the case's events, sorted.
func (s *Store) EventTypes(ctx context.Context) ([]string, error) {
	// One seek per type on events_type_day (migration 0006), not a scan.
	rows, err := s.db.QueryContext(ctx, `WITH RECURSIVE t(type) AS (
		SELECT min(type) FROM events
		UNION ALL
		SELECT (SELECT min(type) FROM events WHERE type > t.type) FROM t WHERE t.type IS NOT NULL)
	SELECT type FROM t WHERE type IS NOT NULL`)
	if err != nil {
		return nil, fmt.Errorf("event types: %w", err)
	}
	defer rows.Close()
	var ts []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, fmt.Errorf("event types: %w", err)
		}
		ts = append(ts, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("event types: %w", err)
	}
	return ts, nil
}
