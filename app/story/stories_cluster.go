package story

import (
	"sort"

	"newsline/data"
)

// group is a story event under construction: the root of a union-find set
// of items with what the merge rules need to know about it.
type group struct {
	dated, fine bool
	maxStart    data.Day // latest start of its known dates
	minEnd      data.Day // earliest end of its known dates, plus dayTolerance
	types       []string
	label       int
	planned     bool
	reports     map[int64]bool // syndication groups
	size        int            // items
	actors      map[int64]int  // items naming each actor
	actorType   map[int64]string
}

// clusterer groups items into story events.
type clusterer struct {
	items  []item
	parent []int
	groups []*group
}

func newClusterer(items []item) *clusterer {
	c := &clusterer{items: items, parent: make([]int, len(items)), groups: make([]*group, len(items))}
	for i := range items {
		c.parent[i] = i
		it := &items[i]
		g := &group{dated: it.Date.Known, fine: fine(it.Date), types: []string{it.Type}, label: it.label,
			planned: it.Planned, reports: map[int64]bool{it.Group: true}, size: 1,
			actors: map[int64]int{}, actorType: map[int64]string{}}
		for _, a := range it.Actors {
			g.actors[a.ActorID]++
			g.actorType[a.ActorID] = a.Type
		}
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
	ga, gb := c.groups[a], c.groups[b]
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
	ga, gb := c.groups[a], c.groups[b]
	if len(ga.reports) < len(gb.reports) {
		a, b, ga, gb = b, a, gb, ga
	}
	c.parent[b] = a
	c.groups[b] = nil
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
	for r := range gb.reports {
		ga.reports[r] = true
	}
	ga.size += gb.size
	for a, n := range gb.actors {
		ga.actors[a] += n
		ga.actorType[a] = gb.actorType[a]
	}
}

// core returns the actors that at least half of g's items name, by id.
func (g *group) core() []data.EventActor {
	var as []data.EventActor
	for a, n := range g.actors {
		if 2*n >= g.size {
			as = append(as, data.EventActor{ActorID: a, Type: g.actorType[a]})
		}
	}
	sortActors(as)
	return as
}

// agreeing reports whether two groups may be joined by their actors: any
// edge may attach a single item, but two story events in the making join
// only when their core actors agree strongly, so that one report naming a
// single shared person does not chain two happenings together.
func agreeing(ga, gb *group) bool {
	return ga.size == 1 || gb.size == 1 || share(ga.core(), gb.core()).strong()
}

// cluster groups the items listed in order (sorted by key) using es, the
// edges among them, and returns the story events as item lists, each in key
// order, ordered by their first item.
func (c *clusterer) cluster(order []int, es []edge) [][]int {
	c.joinLabels(order)
	sortEdges(c.items, es)
	fineItem := func(i int) bool { return fine(c.items[i].Date) }
	coarse := func(i int) bool { return c.items[i].Date.Known && !fine(c.items[i].Date) }
	undated := func(i int) bool { return !c.items[i].Date.Known }
	c.kruskal(es, edgeNear, fineItem)
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

// sortEdges orders edges strongest first: closest dates, most actors in
// common, then by item keys.
func sortEdges(items []item, es []edge) {
	sort.Slice(es, func(x, y int) bool {
		a, b := es[x], es[y]
		switch {
		case a.gap != b.gap:
			return a.gap < b.gap
		case a.actors != b.actors:
			return a.actors > b.actors
		case items[a.a].key != items[b.a].key:
			return items[a.a].key < items[b.a].key
		}
		return items[a.b].key < items[b.b].key
	})
}

// kruskal joins, strongest edge first, the groups of edges of kind whose
// two items both pass keep, when the merge rules allow.
func (c *clusterer) kruskal(es []edge, kind edgeKind, keep func(int) bool) {
	for _, e := range es {
		if e.kind != kind || !keep(e.a) || !keep(e.b) {
			continue
		}
		if a, b := c.find(e.a), c.find(e.b); c.canJoin(a, b, true) && agreeing(c.groups[a], c.groups[b]) {
			c.union(a, b, false)
		}
	}
}

// attach joins each item passing keep, whose group does not yet pass
// anchor, to the one group passing anchor that it has an edge of kind to
// and may join. An item with several such groups is ambiguous: it stays
// alone, and attach returns it.
func (c *clusterer) attach(order []int, es []edge, kind edgeKind, keep func(int) bool, anchor func(*group) bool) map[int]bool {
	adj := map[int][]int{}
	for _, e := range es {
		if e.kind == kind {
			adj[e.a] = append(adj[e.a], e.b)
			adj[e.b] = append(adj[e.b], e.a)
		}
	}
	ambiguous := map[int]bool{}
	for _, i := range order {
		ri := c.find(i)
		if !keep(i) || anchor(c.groups[ri]) {
			continue
		}
		target := -1
		for _, j := range adj[i] {
			rj := c.find(j)
			if rj == target || !anchor(c.groups[rj]) || !c.canJoin(ri, rj, true) {
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

// conflicts joins groups that one or two sources date a year away from a
// clear majority (at least twice their independent reports): the joined
// story event is flagged by its summary.
func (c *clusterer) conflicts(es []edge) {
	for _, e := range es {
		if e.kind != edgeYear {
			continue
		}
		a, b := c.find(e.a), c.find(e.b)
		if !c.canJoin(a, b, false) {
			continue
		}
		small, large := len(c.groups[a].reports), len(c.groups[b].reports)
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
