package data

import (
	"context"
	"fmt"
	"sort"
	"strings"
)

// GraphNode is an actor of the network with its mentions under a filter.
type GraphNode struct {
	ID       int64
	Name     string
	Type     string
	Mentions int
}

// GraphEdge links actors A < B. Weight is the number of distinct sentences
// in which both are mentioned or take part in the same event; Sentences
// holds their ids in ascending order, except in the network of a whole large
// case (more than graphSentenceLimit links), which is read from aggregates
// without them: EdgeSentences lists an edge's sentences.
type GraphEdge struct {
	A, B      int64
	Weight    int
	Sentences []int64
}

// Graph is the actor network under a filter: nodes sorted by id, edges
// sorted by (A, B).
type Graph struct {
	Nodes []GraphNode
	Edges []GraphEdge
}

// EdgeSentence is one sentence linking two actors, with its article.
type EdgeSentence struct {
	SentenceID int64
	ArticleID  int64
	Title      string
	Outlet     string
	Published  string // TIMEX3 value of the article's publication date
	Offset     int    // byte offset of the sentence in the article text
	Text       string
}

// Graph returns the co-occurrence network of visible actors under f: an
// edge for each pair of actors mentioned in, or taking part in an event of,
// the same sentence. Mentions are dated by their article's publication day,
// events by their interval. When f.ActorIDs is set the network is cut to
// those actors and their neighbours. types, when not empty, keeps only
// actors of those types.
func (s *Store) Graph(ctx context.Context, f Filter, types []string) (Graph, error) {
	if f.From == 0 && f.To == 0 && len(f.EventTypes) == 0 && strings.TrimSpace(f.Text) == "" {
		links, err := s.graphLinks(ctx)
		if err != nil {
			return Graph{}, fmt.Errorf("graph: %w", err)
		}
		if links > graphSentenceLimit {
			g, err := s.graphFromAggregates(ctx, types)
			if err == nil {
				err = s.addEventOnlyNodes(ctx, &g)
			}
			if err != nil {
				return Graph{}, fmt.Errorf("graph: %w", err)
			}
			if len(f.ActorIDs) > 0 {
				g = g.focus(f.ActorIDs)
			}
			return g, nil
		}
	}
	nodes, err := s.graphNodes(ctx, f, types)
	if err != nil {
		return Graph{}, fmt.Errorf("graph nodes: %w", err)
	}
	edges, err := s.graphEdges(ctx, f, types)
	if err != nil {
		return Graph{}, fmt.Errorf("graph edges: %w", err)
	}
	g := Graph{Nodes: nodes, Edges: edges}
	if err := s.addEventOnlyNodes(ctx, &g); err != nil {
		return Graph{}, fmt.Errorf("graph nodes: %w", err)
	}
	if len(f.ActorIDs) > 0 {
		g = g.focus(f.ActorIDs)
	}
	return g, nil
}

// graphSentenceLimit is the number of shared sentences above which the
// whole-case network comes from the aggregates, without edge sentences:
// reading every (sentence, actor) row of a large case takes seconds.
const graphSentenceLimit = 50_000

// graphNodes counts the mentions of each visible actor under f.
func (s *Store) graphNodes(ctx context.Context, f Filter, types []string) ([]GraphNode, error) {
	w := mentionScope(f, types)
	q := `SELECT a.id, a.name, a.type, COUNT(*) FROM mentions m
		JOIN actors a ON a.id = m.actor_id` + w.String() + `
		GROUP BY a.id ORDER BY a.id`
	rows, err := s.db.QueryContext(ctx, q, w.args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var nodes []GraphNode
	for rows.Next() {
		var n GraphNode
		if err := rows.Scan(&n.ID, &n.Name, &n.Type, &n.Mentions); err != nil {
			return nil, err
		}
		nodes = append(nodes, n)
	}
	return nodes, rows.Err()
}

// addEventOnlyNodes adds, with no mentions, the edge endpoints that are
// not mentioned under the filter but take part in its events.
func (s *Store) addEventOnlyNodes(ctx context.Context, g *Graph) error {
	have := make(map[int64]bool, len(g.Nodes))
	for _, n := range g.Nodes {
		have[n.ID] = true
	}
	var w scopeWhere
	for _, e := range g.Edges {
		for _, id := range [2]int64{e.A, e.B} {
			if !have[id] {
				have[id] = true
				w.args = append(w.args, id)
			}
		}
	}
	if len(w.args) == 0 {
		return nil
	}
	w.conds = []string{"id IN (" + placeholders(len(w.args)) + ")"}
	rows, err := s.db.QueryContext(ctx, "SELECT id, name, type FROM actors"+w.String(), w.args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var n GraphNode
		if err := rows.Scan(&n.ID, &n.Name, &n.Type); err != nil {
			return err
		}
		g.Nodes = append(g.Nodes, n)
	}
	sort.Slice(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
	return rows.Err()
}

// graphEdges reads (sentence, actor) rows ordered by sentence and counts
// the pairs in Go, which is faster than a self-join (PERF-NOTES).
func (s *Store) graphEdges(ctx context.Context, f Filter, types []string) ([]GraphEdge, error) {
	q, args := sentenceActorsQuery(f, types, nil)
	rows, err := s.db.QueryContext(ctx, q+" ORDER BY 1, 2", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	pairs := make(map[[2]int64][]int64)
	var cur int64 = -1
	var actors []int64
	for rows.Next() {
		var sid, aid int64
		if err := rows.Scan(&sid, &aid); err != nil {
			return nil, err
		}
		if sid != cur {
			addPairs(pairs, cur, actors)
			cur, actors = sid, actors[:0]
		}
		actors = append(actors, aid)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	addPairs(pairs, cur, actors)
	return sortedEdges(pairs), nil
}

// addPairs records sentence sid for every pair of the distinct, ascending
// actor ids in actors.
func addPairs(pairs map[[2]int64][]int64, sid int64, actors []int64) {
	for i := 0; i < len(actors); i++ {
		for j := i + 1; j < len(actors); j++ {
			k := [2]int64{actors[i], actors[j]}
			pairs[k] = append(pairs[k], sid)
		}
	}
}

func sortedEdges(pairs map[[2]int64][]int64) []GraphEdge {
	edges := make([]GraphEdge, 0, len(pairs))
	for k, sids := range pairs {
		edges = append(edges, GraphEdge{A: k[0], B: k[1], Weight: len(sids), Sentences: sids})
	}
	sort.Slice(edges, func(i, j int) bool {
		if edges[i].A != edges[j].A {
			return edges[i].A < edges[j].A
		}
		return edges[i].B < edges[j].B
	})
	return edges
}

// sentenceActorsQuery selects distinct (sentence_id, actor_id) rows of
// visible actors from mentions and event participation under f, optionally
// only for the given actors.
func sentenceActorsQuery(f Filter, types []string, only []int64) (string, []any) {
	mw := mentionScope(f, types)
	mw.inInts("m.actor_id", only)
	ew := eventScope(f)
	visibleActors(&ew, types)
	ew.inInts("ea.actor_id", only)
	q := `SELECT m.sentence_id, m.actor_id FROM mentions m
		JOIN actors a ON a.id = m.actor_id` + mw.String() + `
		UNION
		SELECT e.sentence_id, ea.actor_id FROM events e
		JOIN event_actors ea ON ea.event_id = e.id
		JOIN actors a ON a.id = ea.actor_id` + ew.String()
	return q, append(mw.args, ew.args...)
}

// focus keeps the actors in ids, their neighbours and the edges among them.
func (g Graph) focus(ids []int64) Graph {
	keep := make(map[int64]bool)
	for _, id := range ids {
		keep[id] = true
	}
	near := make(map[int64]bool)
	for id := range keep {
		near[id] = true
	}
	for _, e := range g.Edges {
		if keep[e.A] || keep[e.B] {
			near[e.A], near[e.B] = true, true
		}
	}
	var out Graph
	for _, n := range g.Nodes {
		if near[n.ID] {
			out.Nodes = append(out.Nodes, n)
		}
	}
	for _, e := range g.Edges {
		if near[e.A] && near[e.B] {
			out.Edges = append(out.Edges, e)
		}
	}
	return out
}

// EdgeSentences lists the sentences under f in which actors a and b are
// both mentioned or take part in the same event, in publication order.
func (s *Store) EdgeSentences(ctx context.Context, a, b int64, f Filter) ([]EdgeSentence, error) {
	inner, args := sentenceActorsQuery(f, nil, []int64{a, b})
	q := `SELECT s.id, s.article_id, ar.title, ar.outlet, ar.published, s.start,
		CAST(substr(CAST(ar.text AS BLOB), s.start + 1, s.end - s.start) AS TEXT)
		FROM (` + inner + `) p
		JOIN sentences s ON s.id = p.sentence_id
		JOIN articles ar ON ar.id = s.article_id
		GROUP BY s.id HAVING COUNT(DISTINCT p.actor_id) = 2
		ORDER BY ar.published_day, s.article_id, s.start`
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("edge sentences %d-%d: %w", a, b, err)
	}
	defer rows.Close()
	var out []EdgeSentence
	for rows.Next() {
		var e EdgeSentence
		if err := rows.Scan(&e.SentenceID, &e.ArticleID, &e.Title, &e.Outlet, &e.Published, &e.Offset, &e.Text); err != nil {
			return nil, fmt.Errorf("edge sentences %d-%d: %w", a, b, err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// scopeWhere builds the WHERE clause of a query from conditions.
type scopeWhere struct {
	conds []string
	args  []any
}

func (w *scopeWhere) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

// inInts adds "col IN (ids)" when ids is not empty.
func (w *scopeWhere) inInts(col string, ids []int64) {
	if len(ids) == 0 {
		return
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	w.add(col+" IN ("+placeholders(len(ids))+")", args...)
}

// inStrings adds "col IN (vals)" when vals is not empty.
func (w *scopeWhere) inStrings(col string, vals []string) {
	if len(vals) == 0 {
		return
	}
	args := make([]any, len(vals))
	for i, v := range vals {
		args[i] = v
	}
	w.add(col+" IN ("+placeholders(len(vals))+")", args...)
}

// String is the WHERE clause with a leading space, or "" without conditions.
func (w scopeWhere) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

// mentionScope restricts mentions m joined to actors a to visible actors of
// the given types, published in f's window, in articles matching f.Text.
func mentionScope(f Filter, types []string) scopeWhere {
	var w scopeWhere
	visibleActors(&w, types)
	if f.From != 0 {
		w.add("m.day >= ?", int(f.From))
	}
	if f.To != 0 {
		w.add("m.day < ?", int(f.To))
	}
	textScope(&w, "m.article_id", f.Text)
	return w
}

// eventScope restricts events e to those overlapping f's window, of f's
// event types, in articles matching f.Text.
func eventScope(f Filter) scopeWhere {
	var w scopeWhere
	if f.From != 0 {
		w.add("e.end_day > ?", int(f.From))
	}
	if f.To != 0 {
		w.add("e.start_day < ?", int(f.To))
	}
	w.inStrings("e.type", f.EventTypes)
	textScope(&w, "e.article_id", f.Text)
	return w
}

// visibleActors keeps actors a that are not hidden, of the given types.
func visibleActors(w *scopeWhere, types []string) {
	w.add("a.hidden = 0")
	w.inStrings("a.type", types)
}

// textScope keeps rows whose article matches the search text, read as
// MatchQuery reads it; a query MatchQuery cannot understand (which the
// timeline reports to the user) is looked up as one literal phrase, never
// passed to FTS5 raw.
func textScope(w *scopeWhere, col, text string) {
	if strings.TrimSpace(text) == "" {
		return
	}
	q, err := MatchQuery(text)
	if err != nil {
		q = `"` + strings.ReplaceAll(text, `"`, `""`) + `"`
	}
	w.add(col+" IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", q)
}
