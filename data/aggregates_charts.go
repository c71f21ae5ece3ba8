package data

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// The charts read three more aggregates kept on write
// (migrations/0007_chart_aggregates.sql) the same way as graph_edges and
// actor_mentions: event_days (dated events per type and interval),
// mention_days (mentions per actor and publication day) and actor_outlets
// (mentions per actor and outlet).

// eventDay is a key of event_days.
type eventDay struct {
	typ        string
	start, end int64
}

// actorDay is a key of mention_days.
type actorDay struct{ actor, day int64 }

// actorOutlet is a key of actor_outlets.
type actorOutlet struct {
	actor  int64
	outlet string
}

// articleShare is what the article being saved adds to the aggregates,
// collected from its rows in memory.
type articleShare struct {
	mentions, parts [][2]int64 // (sentence, actor) of mentions and event parts
	outlet          string
	day             any // publication day (int64), or nil when undated
	events          []eventDay
}

func (sh *articleShare) reset() {
	sh.mentions, sh.parts, sh.events = sh.mentions[:0], sh.parts[:0], sh.events[:0]
}

// addChartShare adds the article's share of the chart aggregates.
func (d aggDelta) addChartShare(sh *articleShare) {
	day, dated := sh.day.(int64)
	for _, m := range sh.mentions {
		if dated {
			d.days[actorDay{m[1], day}]++
		}
		d.outlets[actorOutlet{m[1], sh.outlet}]++
	}
	for _, e := range sh.events {
		d.events[e]++
	}
}

// addMentionRows adds sign times the mention share of article id in the
// chart aggregates, read from its rows.
func (d aggDelta) addMentionRows(ctx context.Context, tx *sql.Tx, id int64, sign int) error {
	rows, err := tx.QueryContext(ctx, `SELECT m.actor_id, m.day, ar.outlet, COUNT(*) FROM mentions m
		JOIN articles ar ON ar.id = m.article_id WHERE m.article_id = ? GROUP BY m.actor_id, m.day`, id)
	if err != nil {
		return fmt.Errorf("article %d mention aggregates: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var actor int64
		var day sql.NullInt64
		var outlet string
		var n int
		if err := rows.Scan(&actor, &day, &outlet, &n); err != nil {
			return err
		}
		if day.Valid {
			d.days[actorDay{actor, day.Int64}] += sign * n
		}
		d.outlets[actorOutlet{actor, outlet}] += sign * n
	}
	return rows.Err()
}

// addEventRows adds sign times the events of article id to event_days'
// delta, read from its rows.
func (d aggDelta) addEventRows(ctx context.Context, tx *sql.Tx, id int64, sign int) error {
	rows, err := tx.QueryContext(ctx, `SELECT type, start_day, coalesce(end_day, start_day), COUNT(*)
		FROM events WHERE article_id = ? AND start_day IS NOT NULL GROUP BY 1, 2, 3`, id)
	if err != nil {
		return fmt.Errorf("article %d event aggregates: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var k eventDay
		var n int
		if err := rows.Scan(&k.typ, &k.start, &k.end, &n); err != nil {
			return err
		}
		d.events[k] += sign * n
	}
	return rows.Err()
}

// moveArticleMentions subtracts (sign -1) or adds (sign 1) the mention
// share of article id in the chart aggregates, around a change of its
// outlet or publication day.
func moveArticleMentions(ctx context.Context, tx *sql.Tx, id int64, sign int) error {
	d := newAggDelta()
	if err := d.addMentionRows(ctx, tx, id, sign); err != nil {
		return err
	}
	return d.write(ctx, tx)
}

// writeCharts adds the chart part of the delta to the aggregates in tx and
// clears it.
func (d aggDelta) writeCharts(ctx context.Context, tx *sql.Tx) error {
	err := upsert(ctx, tx, "event_days (type, start_day, end_day, n)", "type, start_day, end_day", 4,
		d.events, func(k eventDay) []any { return []any{k.typ, k.start, k.end} })
	if err != nil {
		return fmt.Errorf("event days: %w", err)
	}
	err = upsert(ctx, tx, "mention_days (actor_id, day, n)", "actor_id, day", 3,
		d.days, func(k actorDay) []any { return []any{k.actor, k.day} })
	if err != nil {
		return fmt.Errorf("mention days: %w", err)
	}
	err = upsert(ctx, tx, "actor_outlets (actor_id, outlet, n)", "actor_id, outlet", 3,
		d.outlets, func(k actorOutlet) []any { return []any{k.actor, k.outlet} })
	if err != nil {
		return fmt.Errorf("actor outlets: %w", err)
	}
	clear(d.events)
	clear(d.days)
	clear(d.outlets)
	return nil
}

// upsert adds the count of every key of m to table (with its columns,
// the count n last), whose primary key is key, many rows per statement.
func upsert[K comparable](ctx context.Context, tx *sql.Tx, table, key string, cols int, m map[K]int, vals func(K) []any) error {
	args := make([]any, 0, len(m)*cols)
	for k, n := range m {
		if n != 0 {
			args = append(append(args, vals(k)...), n)
		}
	}
	count := "n"
	if strings.HasPrefix(table, "graph_edges") {
		count = "weight"
	}
	row := "(" + placeholders(cols) + ")"
	for _, rows := range multiRows {
		if len(args) < rows*cols {
			continue
		}
		q := "INSERT INTO " + table + " VALUES " + strings.TrimSuffix(strings.Repeat(row+",", rows), ",") +
			" ON CONFLICT (" + key + ") DO UPDATE SET " + count + " = " + count + " + excluded." + count
		st, err := tx.PrepareContext(ctx, q)
		if err != nil {
			return err
		}
		for ; len(args) >= rows*cols; args = args[rows*cols:] {
			if _, err := st.ExecContext(ctx, args[:rows*cols]...); err != nil {
				st.Close()
				return err
			}
		}
		st.Close()
	}
	return nil
}

// recomputeChartActors recomputes mention_days and actor_outlets of the
// actors ids from their mentions.
func recomputeChartActors(ctx context.Context, tx *sql.Tx, ids []int64) error {
	in := placeholders(len(ids))
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	for _, q := range []string{
		"DELETE FROM mention_days WHERE actor_id IN (" + in + ")",
		"DELETE FROM actor_outlets WHERE actor_id IN (" + in + ")",
		`INSERT INTO mention_days (actor_id, day, n) SELECT actor_id, day, COUNT(*) FROM mentions
			WHERE actor_id IN (` + in + `) AND day IS NOT NULL GROUP BY actor_id, day`,
		`INSERT INTO actor_outlets (actor_id, outlet, n) SELECT m.actor_id, ar.outlet, COUNT(*) FROM mentions m
			JOIN articles ar ON ar.id = m.article_id WHERE m.actor_id IN (` + in + `) GROUP BY m.actor_id, ar.outlet`,
	} {
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return fmt.Errorf("recompute chart aggregates: %w", err)
		}
	}
	return nil
}

// allOutletCounts is actorCounts of distinct outlets under the empty
// filter, read from actor_outlets.
func (s *Store) allOutletCounts(ctx context.Context, _ Filter, _ string, n int) ([]ActorCount, error) {
	return s.queryActorCounts(ctx, `SELECT a.id, a.name, a.type, COUNT(*) AS c FROM actor_outlets o
		JOIN actors a ON a.id = o.actor_id WHERE a.hidden = 0 AND o.n > 0
		GROUP BY a.id ORDER BY c DESC, a.name LIMIT ?`, n)
}

// windowMentionCounts is actorCounts of COUNT(*) under f's window alone,
// read from mention_days.
func (s *Store) windowMentionCounts(ctx context.Context, f Filter, _ string, n int) ([]ActorCount, error) {
	w := mentionScope(Filter{From: f.From, To: f.To}, nil)
	return s.queryActorCounts(ctx, `SELECT a.id, a.name, a.type, SUM(m.n) AS c FROM mention_days m
		JOIN actors a ON a.id = m.actor_id`+w.String()+`
		GROUP BY a.id HAVING c > 0 ORDER BY c DESC, a.name LIMIT ?`, append(w.args, n)...)
}

// queryActorCounts runs q, which selects actor id, name, type and a count.
func (s *Store) queryActorCounts(ctx context.Context, q string, args ...any) ([]ActorCount, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ActorCount
	for rows.Next() {
		var c ActorCount
		if err := rows.Scan(&c.ID, &c.Name, &c.Type, &c.Count); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// eventDaysSeries is EventSeries under f's window and event types, read
// from event_days: every extracted event counts at its own type and start
// day. It also returns the number of events counted.
func (s *Store) eventDaysSeries(ctx context.Context, f Filter, bin Bin) ([]Series, int, error) {
	var w scopeWhere
	if f.From != 0 {
		w.add("end_day > ?", int(f.From))
	}
	if f.To != 0 {
		w.add("start_day < ?", int(f.To))
	}
	w.inStrings("type", f.EventTypes)
	w.add("n > 0")
	rows, err := s.db.QueryContext(ctx, `SELECT type, start_day, SUM(n) FROM event_days`+w.String()+`
		GROUP BY type, start_day`, w.args...)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	acc := newSeriesAcc(bin)
	total := 0
	for rows.Next() {
		var typ string
		var day, n int
		if err := rows.Scan(&typ, &day, &n); err != nil {
			return nil, 0, err
		}
		acc.addLabel(typ, Day(day), n)
		total += n
	}
	return acc.byTotal(), total, rows.Err()
}

// storiesAssembled reports whether story assembly has placed any event.
func (s *Store) storiesAssembled(ctx context.Context) (bool, error) {
	var yes bool
	err := s.db.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM story_members)").Scan(&yes)
	return yes, err
}
