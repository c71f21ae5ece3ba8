package story

import (
	"sort"

	"newsline/data"
)

// assembly turns clusters into story events to store, keeping ids stable.
type assembly struct {
	state   data.StoryState
	items   []item
	old     map[int64][]int // stored story event → its items
	stories []*story
	taken   map[int64]bool
	changes data.StoryChanges
	stats   Stats
}

// placeNew makes a story event of each cluster, reusing the id of the stored
// story event that most of its items were in, and saves those that changed.
func (a *assembly) placeNew(clusters [][]int) {
	a.taken = map[int64]bool{}
	for _, c := range clusters {
		s := newStory(a.reuse(c), pointers(a.items, c))
		a.stories = append(a.stories, s)
		if a.changed(s) {
			a.changes.Save = append(a.changes.Save, record(s))
		}
	}
}

// reuse picks the stored story event holding most of the items c (the
// smallest id on ties) that no other cluster took, or 0 for a new one.
func (a *assembly) reuse(c []int) int64 {
	count := map[int64]int{}
	for _, i := range c {
		if id := a.items[i].StoryID; id != 0 && !a.taken[id] {
			count[id]++
		}
	}
	var best int64
	for id, n := range count {
		if best == 0 || n > count[best] || (n == count[best] && id < best) {
			best = id
		}
	}
	if best != 0 {
		a.taken[best] = true
	}
	return best
}

// changed reports whether s differs from what is stored.
func (a *assembly) changed(s *story) bool {
	if s.id == 0 || len(a.old[s.id]) != len(s.items) {
		return true
	}
	for _, it := range s.items {
		if it.StoryID != s.id || it.Dirty {
			return true
		}
	}
	return !sameRecord(a.state.Stories[s.id], s.rec)
}

func record(s *story) data.StoryRecord {
	r := s.rec
	r.ID = s.id
	for _, it := range s.items {
		r.Members = append(r.Members, it.EventID)
	}
	return r
}

// keepOld keeps the stored story events outside the reassembled items, and
// deletes the stored ones that are left without items.
func (a *assembly) keepOld(dirty []int) {
	in := make([]bool, len(a.items))
	for _, i := range dirty {
		in[i] = true
	}
	for id, idx := range a.old {
		if a.taken[id] || in[idx[0]] {
			continue
		}
		sortByKey(a.items, idx)
		a.stories = append(a.stories, newStory(id, pointers(a.items, idx)))
		a.taken[id] = true
	}
	for id := range a.state.Stories {
		if !a.taken[id] {
			a.changes.Delete = append(a.changes.Delete, id)
		}
	}
	sort.Slice(a.changes.Delete, func(i, j int) bool { return a.changes.Delete[i] < a.changes.Delete[j] })
}

// finish links plans to outcomes and counts.
func (a *assembly) finish() (data.StoryChanges, Stats) {
	sort.Slice(a.stories, func(i, j int) bool { return a.stories[i].items[0].key < a.stories[j].items[0].key })
	a.changes.Links = planLinks(a.stories)
	a.stats.Stories = len(a.stories)
	a.stats.Saved = len(a.changes.Save)
	a.stats.Deleted = len(a.changes.Delete)
	a.stats.Links = len(a.changes.Links)
	for _, s := range a.stories {
		if s.rec.Conflict {
			a.stats.Conflicts++
		}
	}
	return a.changes, a.stats
}
