package story

import (
	"context"
	"fmt"
	"slices"
	"sort"

	"newsline/data"
)

// Stats reports what one assembly did.
type Stats struct {
	Events      int  // extracted events in the case
	Stories     int  // story events in the case (in the region, for an incremental assembly)
	Reassembled int  // events whose neighbourhood was assembled again
	Saved       int  // story events written
	Deleted     int  // story events removed
	Conflicts   int  // story events flagged with a date conflict
	Links       int  // plan → outcome links
	Region      bool // only the region of the waiting events was assembled
}

// Assemble brings the case's story events up to date after imports, curation
// or story decisions: it groups new articles with their syndicated copies,
// then places every event not yet in a story event. Only the neighbourhood of
// what changed (events connected to it by a possible merge) is assembled
// again; the result is the same as assembling the whole case, whatever the
// order articles were imported in. Existing story events keep their ids as
// they grow.
//
// In a large case where few events wait (an import of a few articles, a
// story decision), only the region the waiting events can reach is read and
// assembled, its other story events kept whole (see stories_region.go): the
// cost follows the new events, not the case, and the result is close to,
// not always the same as, assembling the whole case.
func Assemble(ctx context.Context, st *data.Store) (Stats, error) {
	return run(ctx, st, false)
}

// Reassemble assembles every event of the case again. Call it after
// curation that changes which events may be one (actors merged, hidden or
// retyped), which Assemble does not notice: curation changes the actors of
// events all over the case without marking them, so it is never incremental. Story events that persist keep
// their ids, and only what changed is written.
func Reassemble(ctx context.Context, st *data.Store) (Stats, error) {
	return run(ctx, st, true)
}

func run(ctx context.Context, st *data.Store, all bool) (Stats, error) {
	if err := Syndicate(ctx, st); err != nil {
		return Stats{}, fmt.Errorf("assemble stories: %w", err)
	}
	if !all {
		stats, done, err := assembleRegion(ctx, st)
		if err != nil {
			return Stats{}, fmt.Errorf("assemble stories: %w", err)
		}
		if done {
			return stats, nil
		}
	}
	state, err := st.StoryState(ctx)
	if err != nil {
		return Stats{}, fmt.Errorf("assemble stories: %w", err)
	}
	changes, stats := assemble(state, all)
	if err := st.SaveStories(ctx, changes); err != nil {
		return Stats{}, fmt.Errorf("assemble stories: %w", err)
	}
	return stats, nil
}

// Split takes events out of story event id into a story event of their own,
// as a decision that later assemblies keep, and reassembles.
func Split(ctx context.Context, st *data.Store, id int64, events []int64) (Stats, error) {
	if err := st.SplitStoryEvent(ctx, id, events); err != nil {
		return Stats{}, err
	}
	return Assemble(ctx, st)
}

// Merge makes story events a and b one, as a decision that later assemblies
// keep, and reassembles.
func Merge(ctx context.Context, st *data.Store, a, b int64) (Stats, error) {
	if err := st.MergeStoryEvents(ctx, a, b); err != nil {
		return Stats{}, err
	}
	return Assemble(ctx, st)
}

// CorrectDate sets story event id's date to value (2023-09-13, 2023-09 or
// 2023), whatever its sources say, as a decision that later assemblies keep,
// and reassembles.
func CorrectDate(ctx context.Context, st *data.Store, id int64, value string) (Stats, error) {
	if err := st.DateStoryEvent(ctx, id, value); err != nil {
		return Stats{}, err
	}
	return Assemble(ctx, st)
}

// Undo undoes the latest split, merge or date correction still in force
// and reassembles. It
// returns data.ErrNotFound when there is nothing to undo.
func Undo(ctx context.Context, st *data.Store) (Stats, error) {
	if _, err := st.UndoStoryDecision(ctx); err != nil {
		return Stats{}, err
	}
	return Assemble(ctx, st)
}

// assemble computes the changes that bring state's story events up to date,
// assembling all events again or only the neighbourhoods of what changed.
func assemble(state data.StoryState, all bool) (data.StoryChanges, Stats) {
	items := newItems(state.Members)
	applyDecisions(items, state.Decisions)
	es := edges(items)
	old := existing(items)
	dirty := dirtyItems(items, es, old, state.Stories)
	if all {
		dirty = make([]int, len(items))
		for i := range dirty {
			dirty[i] = i
		}
		sortByKey(items, dirty)
	}
	clusters := newClusterer(items).cluster(dirty, within(es, dirty, len(items)))
	a := &assembly{state: state, items: items, old: old, stats: Stats{Events: len(items), Reassembled: len(dirty)}}
	a.placeNew(clusters)
	a.keepOld(dirty)
	return a.finish()
}

// applyDecisions labels items by the user's decisions, replayed in order: a
// merge gives both sides one label, a split gives each side its own, a date
// gives its events the user's date. Later decisions override earlier ones.
func applyDecisions(items []item, ds []data.StoryDecision) {
	byEvent := map[int64]int{}
	for i := range items {
		byEvent[items[i].EventID] = i
	}
	label := 0
	for _, d := range ds {
		if d.Action == data.StoryDate {
			for _, e := range d.Sides[0] {
				if i, ok := byEvent[e]; ok {
					items[i].user = &dateDecision{date: data.ParseValue(d.Value), by: d.ID}
				}
			}
			continue
		}
		for side, events := range d.Sides {
			if side == 0 || d.Action == data.StorySplit {
				label++
			}
			for _, e := range events {
				if i, ok := byEvent[e]; ok {
					items[i].label = label
				}
			}
		}
	}
}

// existing groups items by their stored story event.
func existing(items []item) map[int64][]int {
	old := map[int64][]int{}
	for i := range items {
		if id := items[i].StoryID; id != 0 {
			old[id] = append(old[id], i)
		}
	}
	return old
}

// dirtyItems returns, in key order, the items of every connected
// neighbourhood (items linked by edges or decision labels) holding an item
// not in a story event or touched by a decision, or a story event whose stored summary no longer
// matches its items, or one that the neighbourhoods cut apart.
func dirtyItems(items []item, es []edge, old map[int64][]int, stored map[int64]data.StoryRecord) []int {
	comp := components(items, es)
	dirty := make([]bool, len(items)) // by neighbourhood
	for i := range items {
		if items[i].StoryID == 0 || items[i].Dirty {
			dirty[comp[i]] = true
		}
	}
	for id, idx := range old {
		rec, ok := stored[id]
		if !ok || !sameRecord(rec, summarize(pointers(items, idx))) || spans(comp, idx) {
			for _, i := range idx {
				dirty[comp[i]] = true
			}
		}
	}
	var order []int
	for i := range items {
		if dirty[comp[i]] {
			order = append(order, i)
		}
	}
	sortByKey(items, order)
	return order
}

// components labels each item with the smallest item index of its
// neighbourhood: items joined by edges or by a decision label.
func components(items []item, es []edge) []int {
	c := make([]int, len(items))
	for i := range c {
		c[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for c[i] != i {
			c[i] = c[c[i]]
			i = c[i]
		}
		return i
	}
	join := func(a, b int) {
		if ra, rb := find(a), find(b); ra != rb {
			c[max(ra, rb)] = min(ra, rb)
		}
	}
	for _, e := range es {
		join(e.a(), e.b())
	}
	labels := map[int]int{}
	for i := range items {
		if l := items[i].label; l != 0 {
			if f, ok := labels[l]; ok {
				join(f, i)
			} else {
				labels[l] = i
			}
		}
	}
	for i := range c {
		c[i] = find(i)
	}
	return c
}

// spans reports whether the items idx lie in more than one neighbourhood.
func spans(comp []int, idx []int) bool {
	for _, i := range idx {
		if comp[i] != comp[idx[0]] {
			return true
		}
	}
	return false
}

// within returns the edges between items listed in order.
func within(es []edge, order []int, n int) []edge {
	if len(order) == n {
		return es
	}
	in := make([]bool, n)
	for _, i := range order {
		in[i] = true
	}
	var out []edge
	for _, e := range es {
		if in[e.a()] && in[e.b()] {
			out = append(out, e)
		}
	}
	return out
}

// sortByKey sorts item indices in key order, which is index order.
func sortByKey(_ []item, idx []int) {
	slices.Sort(idx)
}

func sortActors(as []data.EventActor) {
	sort.Slice(as, func(i, j int) bool { return as[i].ActorID < as[j].ActorID })
}

func pointers(items []item, idx []int) []*item {
	ps := make([]*item, len(idx))
	for x, i := range idx {
		ps[x] = &items[i]
	}
	return ps
}
