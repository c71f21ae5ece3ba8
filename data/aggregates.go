package data

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
)

// The whole-case network is read from two aggregates kept on write
// (migrations/0005_aggregates.sql): graph_edges, the sentences shared by
// each pair of actors, and actor_mentions, each actor's mentions. Reading
// them costs a few hundred rows instead of a pass over every mention and
// event part of the case.

// aggDelta is a change to the aggregates, summed before it is written.
type aggDelta struct {
	edges    map[[2]int64]int
	mentions map[int64]int
	// The charts' aggregates (aggregates_charts.go).
	events  map[eventDay]int
	days    map[actorDay]int
	outlets map[actorOutlet]int
}

func newAggDelta() aggDelta {
	return aggDelta{edges: map[[2]int64]int{}, mentions: map[int64]int{},
		events: map[eventDay]int{}, days: map[actorDay]int{}, outlets: map[actorOutlet]int{}}
}

// addSentences adds sign times the pairs of each sentence's distinct actors.
func (d aggDelta) addSentences(sentences map[int64][]int64, sign int) {
	for _, actors := range sentences {
		sort.Slice(actors, func(i, j int) bool { return actors[i] < actors[j] })
		actors = dedupe(actors)
		for i := range actors {
			for j := i + 1; j < len(actors); j++ {
				d.edges[[2]int64{actors[i], actors[j]}] += sign
			}
		}
	}
}

func dedupe(ids []int64) []int64 {
	out := ids[:0]
	for i, id := range ids {
		if i == 0 || id != ids[i-1] {
			out = append(out, id)
		}
	}
	return out
}

func (d aggDelta) empty() bool {
	return len(d.edges) == 0 && len(d.mentions) == 0 && len(d.events) == 0 && len(d.days) == 0 && len(d.outlets) == 0
}

// write adds the delta to the aggregates in tx and clears it.
func (d aggDelta) write(ctx context.Context, tx *sql.Tx) error {
	if d.empty() {
		return nil
	}
	// Many rows per statement: one statement per row cost more than the
	// B-tree work of a batch's upserts.
	err := upsert(ctx, tx, "graph_edges (a, b, weight)", "a, b", 3,
		d.edges, func(k [2]int64) []any { return []any{k[0], k[1]} })
	if err != nil {
		return fmt.Errorf("graph edges: %w", err)
	}
	err = upsert(ctx, tx, "actor_mentions (actor_id, n)", "actor_id", 2,
		d.mentions, func(id int64) []any { return []any{id} })
	if err != nil {
		return fmt.Errorf("actor mentions: %w", err)
	}
	clear(d.edges)
	clear(d.mentions)
	return d.writeCharts(ctx, tx)
}

// addArticle adds an article's share, from its saved rows in memory.
func (d aggDelta) addArticle(sh *articleShare) {
	sentences := map[int64][]int64{}
	for _, m := range sh.mentions {
		sentences[m[0]] = append(sentences[m[0]], m[1])
		d.mentions[m[1]]++
	}
	d.addChartShare(sh)
	for _, p := range sh.parts {
		sentences[p[0]] = append(sentences[p[0]], p[1])
	}
	d.addSentences(sentences, 1)
}

// subtractArticle removes the share of article id, read from its rows.
func subtractArticle(ctx context.Context, tx *sql.Tx, id int64) error {
	d := newAggDelta()
	rows, err := tx.QueryContext(ctx, `
		SELECT sentence_id, actor_id, 1 FROM mentions WHERE article_id = ?1
		UNION ALL
		SELECT e.sentence_id, ea.actor_id, 0 FROM events e JOIN event_actors ea ON ea.event_id = e.id
		WHERE e.article_id = ?1`, id)
	if err != nil {
		return fmt.Errorf("article %d aggregates: %w", id, err)
	}
	sentences := map[int64][]int64{}
	for rows.Next() {
		var s, a int64
		var mention bool
		if err := rows.Scan(&s, &a, &mention); err != nil {
			rows.Close()
			return err
		}
		sentences[s] = append(sentences[s], a)
		if mention {
			d.mentions[a]--
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	d.addSentences(sentences, -1)
	if err := d.addMentionRows(ctx, tx, id, -1); err != nil {
		return err
	}
	if err := d.addEventRows(ctx, tx, id, -1); err != nil {
		return err
	}
	return d.write(ctx, tx)
}

// recomputeDirty recomputes the aggregates of the actors in graph_dirty
// from their rows and empties it: the edges with at least one of them
// as an end, their mention counts and their rows of mention_days and
// actor_outlets.
func recomputeDirty(ctx context.Context, tx *sql.Tx) error {
	dirty, err := dirtyActors(ctx, tx)
	if err != nil || len(dirty) == 0 {
		return err
	}
	var in scopeWhere
	in.inInts("actor_id", dirty)
	for _, q := range []string{
		"DELETE FROM graph_edges WHERE a IN (" + placeholders(len(dirty)) + ") OR b IN (" + placeholders(len(dirty)) + ")",
		"DELETE FROM actor_mentions" + in.String(),
		"INSERT INTO actor_mentions (actor_id, n) SELECT actor_id, COUNT(*) FROM mentions" + in.String() + " GROUP BY actor_id",
	} {
		args := in.args
		if len(args)*2 == countPlaceholders(q) {
			args = append(append([]any{}, in.args...), in.args...)
		}
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return fmt.Errorf("recompute aggregates: %w", err)
		}
	}
	if err := recomputeChartActors(ctx, tx, dirty); err != nil {
		return err
	}
	isDirty := make(map[int64]bool, len(dirty))
	for _, id := range dirty {
		isDirty[id] = true
	}
	sentences, err := dirtySentences(ctx, tx, in)
	if err != nil {
		return err
	}
	d := newAggDelta()
	d.addSentences(sentences, 1)
	for k := range d.edges {
		if !isDirty[k[0]] && !isDirty[k[1]] {
			delete(d.edges, k) // unchanged: still counted
		}
	}
	if err := d.write(ctx, tx); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, "DELETE FROM graph_dirty")
	return err
}

func countPlaceholders(q string) int {
	n := 0
	for _, c := range q {
		if c == '?' {
			n++
		}
	}
	return n
}

func dirtyActors(ctx context.Context, tx *sql.Tx) ([]int64, error) {
	ids, err := queryIDs(ctx, tx, "SELECT actor_id FROM graph_dirty ORDER BY actor_id")
	if err != nil {
		return nil, fmt.Errorf("dirty actors: %w", err)
	}
	return ids, nil
}

// dirtySentences returns the actors of every sentence in which an actor of
// in is mentioned or takes part in an event.
func dirtySentences(ctx context.Context, tx *sql.Tx, in scopeWhere) (map[int64][]int64, error) {
	args := append(append([]any{}, in.args...), in.args...)
	rows, err := tx.QueryContext(ctx, `
		WITH s(id) AS (
			SELECT sentence_id FROM mentions`+in.String()+`
			UNION
			SELECT e.sentence_id FROM events e JOIN event_actors ea ON ea.event_id = e.id`+in.String()+`)
		SELECT m.sentence_id, m.actor_id FROM mentions m JOIN s ON s.id = m.sentence_id
		UNION
		SELECT e.sentence_id, ea.actor_id FROM events e JOIN s ON s.id = e.sentence_id
		JOIN event_actors ea ON ea.event_id = e.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("dirty sentences: %w", err)
	}
	defer rows.Close()
	out := map[int64][]int64{}
	for rows.Next() {
		var s, a int64
		if err := rows.Scan(&s, &a); err != nil {
			return nil, err
		}
		out[s] = append(out[s], a)
	}
	return out, rows.Err()
}

// graphFromAggregates is the whole-case network of visible actors of the
// given types, read from the aggregates, without edge sentences.
func (s *Store) graphFromAggregates(ctx context.Context, types []string) (Graph, error) {
	var w scopeWhere
	visibleActors(&w, types)
	w.add("c.n > 0")
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.name, a.type, c.n FROM actor_mentions c
		JOIN actors a ON a.id = c.actor_id`+w.String()+` ORDER BY a.id`, w.args...)
	if err != nil {
		return Graph{}, err
	}
	var g Graph
	for rows.Next() {
		var n GraphNode
		if err := rows.Scan(&n.ID, &n.Name, &n.Type, &n.Mentions); err != nil {
			rows.Close()
			return Graph{}, err
		}
		g.Nodes = append(g.Nodes, n)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return Graph{}, err
	}
	var ew scopeWhere
	ew.add("g.weight > 0")
	for _, t := range []string{"x", "y"} {
		ew.add(t + ".hidden = 0")
		ew.inStrings(t+".type", types)
	}
	rows, err = s.db.QueryContext(ctx, `SELECT g.a, g.b, g.weight FROM graph_edges g
		JOIN actors x ON x.id = g.a JOIN actors y ON y.id = g.b`+ew.String()+` ORDER BY g.a, g.b`, ew.args...)
	if err != nil {
		return Graph{}, err
	}
	defer rows.Close()
	for rows.Next() {
		var e GraphEdge
		if err := rows.Scan(&e.A, &e.B, &e.Weight); err != nil {
			return Graph{}, err
		}
		g.Edges = append(g.Edges, e)
	}
	return g, rows.Err()
}

// graphLinks is the number of actor pairs' shared sentences in the case.
func (s *Store) graphLinks(ctx context.Context) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, "SELECT coalesce(SUM(weight), 0) FROM graph_edges").Scan(&n)
	return n, err
}
