package story

import (
	"slices"

	"newsline/data"
)

// group is a story event under construction: the root of a union-find set
// of items with what the merge rules need to know about it. A case holds
// millions of items, each a group of its own at first, so a group of one
// item keeps its syndication group and actors in the item.
type group struct {
	dated, fine bool
	planned     bool
	maxStart    data.Day // latest start of its known dates
	minEnd      data.Day // earliest end of its known dates, plus dayTolerance
	types       []string
	label       int
	size        int            // items
	report      int64          // its syndication group while it has one
	reports     map[int64]bool // its syndication groups once it has several; nil before
	actors      []actorCount   // items naming each actor, by id; nil for a group of one
}

// actorCount is how many of a group's items name an actor.
type actorCount struct {
	actor data.EventActor
	n     int
}

// nreports counts g's syndication groups: its independent reports.
func (g *group) nreports() int {
	if g.reports == nil {
		return 1
	}
	return len(g.reports)
}

// clusterer groups items into story events.
type clusterer struct {
	items  []item
	parent []int
	groups []group // by root item
	// frozen items stay in the groups they start in (incremental assembly,
	// see keepStored); nil for none.
	frozen []bool
}

func newClusterer(items []item) *clusterer {
	c := &clusterer{items: items, parent: make([]int, len(items)), groups: make([]group, len(items))}
	types := map[string][]string{} // one shared list per type: union copies before adding
	for i := range items {
		c.parent[i] = i
		it := &items[i]
		ts, ok := types[it.Type]
		if !ok {
			ts = []string{it.Type}
			types[it.Type] = ts
		}
		g := group{dated: it.Date.Known, fine: fine(it.Date), types: ts[:1:1], label: it.label,
			planned: it.Planned, report: it.Group, size: 1}
		if it.Date.Known {
			g.maxStart, g.minEnd = it.Date.Start, it.Date.End+dayTolerance
		}
		c.groups[i] = g
	}
	return c
}

func (c *clusterer) find(i int) int {
	for c.parent[i] != i {
		c.parent[i] = c.parent[c.parent[i]]
		i = c.parent[i]
	}
	return i
}

// canJoin reports whether the groups rooted at a and b may be one story
// event: no two labels, one planned flag, pairwise related types and, when
// dates matter, a day that every known date comes within tolerance of.
func (c *clusterer) canJoin(a, b int, dates bool) bool {
	ga, gb := &c.groups[a], &c.groups[b]
	if a == b || (ga.label != 0 && gb.label != 0 && ga.label != gb.label) || ga.planned != gb.planned {
		return false
	}
	for _, x := range ga.types {
		for _, y := range gb.types {
			if !relatedTypes(x, y) {
				return false
			}
		}
	}
	if dates && ga.dated && gb.dated {
		return max(ga.maxStart, gb.maxStart) < min(ga.minEnd, gb.minEnd)
	}
	return true
}

// union joins the groups rooted at a and b. The dates of a year-conflict
// join follow the larger group.
func (c *clusterer) union(a, b int, conflict bool) {
	ga, gb := &c.groups[a], &c.groups[b]
	if ga.nreports() < gb.nreports() {
		a, b, ga, gb = b, a, gb, ga
	}
	c.parent[b] = a
	switch {
	case conflict || !gb.dated:
	case !ga.dated:
		ga.maxStart, ga.minEnd = gb.maxStart, gb.minEnd
	default:
		ga.maxStart, ga.minEnd = max(ga.maxStart, gb.maxStart), min(ga.minEnd, gb.minEnd)
	}
	ga.dated, ga.fine = ga.dated || gb.dated, ga.fine || gb.fine
	for _, t := range gb.types {
		if !contains(ga.types, t) {
			ga.types = append(ga.types, t)
		}
	}
	ga.label = max(ga.label, gb.label)
	if gb.reports != nil || gb.report != ga.report || ga.reports != nil {
		if ga.reports == nil {
			ga.reports = map[int64]bool{ga.report: true}
		}
		if gb.reports == nil {
			ga.reports[gb.report] = true
		}
		for r := range gb.reports {
			ga.reports[r] = true
		}
	}
	ga.actors = mergeActors(c.actorCounts(a), c.actorCounts(b))
	ga.size += gb.size
	*gb = group{}
}

// actorCounts returns the actors of the group rooted at r with their counts.
func (c *clusterer) actorCounts(r int) []actorCount {
	g := &c.groups[r]
	if g.actors != nil || g.size != 1 {
		return g.actors
	}
	as := make([]actorCount, len(c.items[r].Actors))
	for x, a := range c.items[r].Actors {
		as[x] = actorCount{actor: data.EventActor{ActorID: a.ActorID, Type: a.Type}, n: 1}
	}
	return as
}

// mergeActors adds up two actor counts sorted by id.
func mergeActors(a, b []actorCount) []actorCount {
	out := make([]actorCount, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].actor.ActorID < b[j].actor.ActorID:
			out = append(out, a[i])
			i++
		case a[i].actor.ActorID > b[j].actor.ActorID:
			out = append(out, b[j])
			j++
		default:
			ac := b[j]
			ac.n += a[i].n
			out = append(out, ac)
			i, j = i+1, j+1
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// core returns the actors that at least half of the items of the group
// rooted at r name, by id.
func (c *clusterer) core(r int) []data.EventActor {
	var as []data.EventActor
	size := c.groups[r].size
	for _, ac := range c.actorCounts(r) {
		if 2*ac.n >= size {
			as = append(as, ac.actor)
		}
	}
	return as
}

// agreeing reports whether the groups rooted at a and b may be joined by
// their actors: any edge may attach a single item, but two story events in
// the making join only when their core actors agree strongly, so that one
// report naming a single shared person does not chain two happenings
// together.
func (c *clusterer) agreeing(a, b int) bool {
	return c.groups[a].size == 1 || c.groups[b].size == 1 || share(c.core(a), c.core(b)).strong()
}

// cluster groups the items listed in order (sorted by key) using es, the
// edges among them, and returns the story events as item lists, each in key
// order, ordered by their first item.
func (c *clusterer) cluster(order []int, es []edge) [][]int {
	c.joinLabels(order)
	// Each pass asks for the items' dates at both ends of every edge: read
	// from one byte per item, not from the items themselves.
	const (
		undatedItem = iota
		coarseItem
		fineItem
		frozenItem
	)
	precision := make([]uint8, len(c.items))
	for i := range c.items {
		switch d := c.items[i].Date; {
		case c.frozen != nil && c.frozen[i]:
			precision[i] = frozenItem
		case fine(d):
			precision[i] = fineItem
		case d.Known:
			precision[i] = coarseItem
		}
	}
	fineDate := func(i int) bool { return precision[i] == fineItem }
	coarse := func(i int) bool { return precision[i] == coarseItem }
	undated := func(i int) bool { return precision[i] == undatedItem }
	c.kruskal(es, edgeNear, fineDate)
	ambiguous := c.attach(order, es, edgeNear, coarse, func(g *group) bool { return g.fine })
	c.kruskal(es, edgeNear, func(i int) bool { return coarse(i) && !ambiguous[i] })
	ambiguous = c.attach(order, es, edgeStrong, undated, func(g *group) bool { return g.dated })
	c.kruskal(es, edgeStrong, func(i int) bool { return undated(i) && !ambiguous[i] })
	c.conflicts(es)
	return c.sets(order)
}

// joinLabels puts items carrying one decision label together.
func (c *clusterer) joinLabels(order []int) {
	first := map[int]int{}
	for _, i := range order {
		l := c.items[i].label
		if l == 0 {
			continue
		}
		if f, ok := first[l]; ok {
			if a, b := c.find(f), c.find(i); a != b {
				c.union(a, b, false)
			}
		} else {
			first[l] = i
		}
	}
}

// kruskal joins, strongest edge first, the groups of edges of kind whose
// two items both pass keep, when the merge rules allow.
func (c *clusterer) kruskal(es []edge, kind edgeKind, keep func(int) bool) {
	for _, e := range es {
		if e.kind() != kind || !keep(e.a()) || !keep(e.b()) {
			continue
		}
		if a, b := c.find(e.a()), c.find(e.b()); c.canJoin(a, b, true) && c.agreeing(a, b) {
			c.union(a, b, false)
		}
	}
}

// attach joins each item passing keep, whose group does not yet pass
// anchor, to the one group passing anchor that it has an edge of kind to
// and may join. An item with several such groups is ambiguous: it stays
// alone, and attach returns it.
func (c *clusterer) attach(order []int, es []edge, kind edgeKind, keep func(int) bool, anchor func(*group) bool) map[int]bool {
	adj := newAdjacency(len(c.items), es, kind, keep)
	ambiguous := map[int]bool{}
	for _, i := range order {
		ri := c.find(i)
		if !keep(i) || anchor(&c.groups[ri]) {
			continue
		}
		target := -1
		for _, j := range adj.of(i) {
			rj := c.find(int(j))
			if rj == target || !anchor(&c.groups[rj]) || !c.canJoin(ri, rj, true) {
				continue
			}
			if target >= 0 {
				target = -2
				break
			}
			target = rj
		}
		switch {
		case target >= 0:
			c.union(ri, target, false)
		case target == -2:
			ambiguous[i] = true
		}
	}
	return ambiguous
}

// adjacency lists each item's neighbours, in edge order, in one array.
type adjacency struct {
	start []int32 // item i's neighbours are nbr[start[i]:start[i+1]]
	nbr   []int32
}

// newAdjacency lists the neighbours through edges of kind of the n items
// passing keep.
func newAdjacency(n int, es []edge, kind edgeKind, keep func(int) bool) adjacency {
	adj := adjacency{start: make([]int32, n+1)}
	for _, e := range es {
		if e.kind() != kind {
			continue
		}
		if keep(e.a()) {
			adj.start[e.a()+1]++
		}
		if keep(e.b()) {
			adj.start[e.b()+1]++
		}
	}
	for i := range n {
		adj.start[i+1] += adj.start[i]
	}
	adj.nbr = make([]int32, adj.start[n])
	next := slices.Clone(adj.start[:n])
	for _, e := range es {
		if e.kind() != kind {
			continue
		}
		if a, b := e.a(), e.b(); keep(a) {
			adj.nbr[next[a]] = int32(b)
			next[a]++
		}
		if a, b := e.a(), e.b(); keep(b) {
			adj.nbr[next[b]] = int32(a)
			next[b]++
		}
	}
	return adj
}

func (adj adjacency) of(i int) []int32 { return adj.nbr[adj.start[i]:adj.start[i+1]] }

// conflicts joins groups that one or two sources date a year away from a
// clear majority (at least twice their independent reports): the joined
// story event is flagged by its summary.
func (c *clusterer) conflicts(es []edge) {
	for _, e := range es {
		if e.kind() != edgeYear {
			continue
		}
		a, b := c.find(e.a()), c.find(e.b())
		if !c.canJoin(a, b, false) {
			continue
		}
		small, large := c.groups[a].nreports(), c.groups[b].nreports()
		if small > large {
			small, large = large, small
		}
		if large >= 2 && 2*small <= large {
			c.union(a, b, true)
		}
	}
}

// sets returns the groups of the items in order.
func (c *clusterer) sets(order []int) [][]int {
	idx := map[int]int{}
	var out [][]int
	for _, i := range order {
		r := c.find(i)
		n, ok := idx[r]
		if !ok {
			n = len(out)
			idx[r] = n
			out = append(out, nil)
		}
		out[n] = append(out[n], i)
	}
	return out
}
