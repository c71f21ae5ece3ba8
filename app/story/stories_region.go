package story

import (
	"context"
	"slices"
	"strings"

	"newsline/data"
)

// Incremental assembly. A large case whose events are already in story
// events is not assembled whole again when a few events wait (an import,
// a story decision): only the region those events can reach is read — the
// events that the candidate-pair rules (stories_edges.go) and the plan rules
// (stories_links.go) could pair with them, and every member of their story
// events — and the stored story events there are kept whole while the
// waiting events join them or form new ones.
const (
	// minRegionEvents: smaller cases are always assembled whole, which takes
	// a few seconds at most and is exact.
	minRegionEvents = 200_000
	// regionShare: an assembly is incremental while at most one event in
	// regionShare waits. Each waiting event reads a neighbourhood of a few
	// hundred to a few thousand events through indexed queries; at a
	// twentieth of the case the regions overlap into most of it, and one
	// sequential read of the whole case is cheaper than that many queries.
	regionShare = 20
	// shortSpan: events whose dates span more than this (a quarter, a year)
	// are found through their story events, not by date: a window reaching
	// back a year for them would read a year of the case.
	shortSpan = 92
)

// regionEvents and regionPart are minRegionEvents and regionShare; tests
// change them to exercise incremental assembly on small corpora.
var regionEvents, regionPart = minRegionEvents, regionShare

// assembleRegion assembles incrementally when the case is large and few
// events wait, and reports whether it did.
func assembleRegion(ctx context.Context, st *data.Store) (Stats, bool, error) {
	pending, total, err := st.StoryBacklog(ctx)
	if err != nil {
		return Stats{}, false, err
	}
	if total < regionEvents || pending == total || pending*regionPart > total {
		return Stats{}, false, nil
	}
	if pending == 0 {
		return Stats{Events: total, Region: true}, true, nil
	}
	seeds, err := st.PendingStoryMembers(ctx)
	if err != nil {
		return Stats{}, false, err
	}
	state, err := st.StoryRegion(ctx, regionWindows(seeds))
	if err != nil {
		return Stats{}, false, err
	}
	changes, stats := assembleIncrementally(state)
	stats.Events, stats.Region = total, true
	if err := st.SaveStories(ctx, changes); err != nil {
		return Stats{}, false, err
	}
	return stats, true, nil
}

// assembleIncrementally places the waiting events of a region (those in no
// story event or released by a decision), keeping the other stored story
// events of the region whole: they may grow, or join one another through a
// new event, but are not taken apart.
func assembleIncrementally(state data.StoryState) (data.StoryChanges, Stats) {
	items := newItems(state.Members)
	applyDecisions(items, state.Decisions)
	es := edges(items)
	old := existing(items)
	order := make([]int, len(items))
	waiting := 0
	for i := range order {
		order[i] = i
		if items[i].StoryID == 0 || items[i].Dirty {
			waiting++
		}
	}
	c := newClusterer(items)
	c.keepStored(old, es)
	clusters := c.cluster(order, es)
	a := &assembly{state: state, items: items, old: old, stats: Stats{Reassembled: waiting}}
	a.placeNew(clusters)
	a.keepOld(order)
	changes, stats := a.finish()
	changes.Links = savedPlanLinks(changes)
	changes.Partial = true
	stats.Links = len(changes.Links)
	return changes, stats
}

// savedPlanLinks keeps the links of the plans among the story events saved:
// the others keep their stored links, which the region may not hold all the
// outcomes for.
func savedPlanLinks(changes data.StoryChanges) []data.StoryLink {
	saved := map[int64]bool{}
	for _, r := range changes.Save {
		for _, e := range r.Members {
			saved[e] = true
		}
	}
	var links []data.StoryLink
	for _, l := range changes.Links {
		if saved[l.PlanEvent] {
			links = append(links, l)
		}
	}
	return links
}

// keepStored joins the items of each stored story event that no decision
// released, and labels them as one so that two stored story events do not
// join: new events attach to a story event or form new ones. (A decision's
// label, when the story event has one, stands for it.) A coarse or undated
// item that an edge links to a waiting item is left out, to be placed again
// (a new event may make it ambiguous, or give it the story event it lacked),
// unless it was left alone beside stored fine-dated items: it was ambiguous
// and stays so. The other coarse and undated items are frozen: the region
// may not hold every story event they could attach to, so they stay where
// the assembly that saw them placed them.
func (c *clusterer) keepStored(old map[int64][]int, es []edge) {
	waiting := func(i int) bool { return c.items[i].StoryID == 0 || c.items[i].Dirty }
	near := make([]bool, len(c.items))     // waiting or linked to a waiting item
	anchored := make([]bool, len(c.items)) // linked to a stored fine-dated item
	for _, e := range es {
		a, b := e.a(), e.b()
		if waiting(a) || waiting(b) {
			near[a], near[b] = true, true
		}
		anchored[a] = anchored[a] || (!waiting(b) && fine(c.items[b].Date))
		anchored[b] = anchored[b] || (!waiting(a) && fine(c.items[a].Date))
	}
	c.frozen = make([]bool, len(c.items))
	ids := make([]int64, 0, len(old))
	for id := range old {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for n, id := range ids {
		first := -1
		for _, i := range old[id] {
			it := &c.items[i]
			alone := len(old[id]) == 1 && anchored[i]
			if it.Dirty || (near[i] && !fine(it.Date) && !alone) {
				continue
			}
			c.frozen[i] = !fine(it.Date)
			if first < 0 {
				first = i
			} else if a, b := c.find(first), c.find(i); a != b {
				c.union(a, b, !c.canJoin(a, b, true))
			}
		}
		if first < 0 {
			continue
		}
		if g := &c.groups[c.find(first)]; g.label == 0 {
			g.label = -1 - n
		}
	}
}

// regionWindows returns where the events that may pair with seeds lie: the
// windows of the candidate-pair rules (dayTolerance for dated events, the
// publication window of undated reports, a year either way for misdated
// look backs) and of the plan rules (planSlip, planHorizon).
func regionWindows(seeds []data.StoryMember) []data.StoryWindow {
	var ws []data.StoryWindow
	for i := range seeds {
		ws = append(ws, seedWindows(&seeds[i])...)
	}
	return ws
}

func seedWindows(m *data.StoryMember) []data.StoryWindow {
	fam := strings.Split(typeFamily(m.Type), "|")
	var actors, persons []int64
	for _, a := range m.Actors {
		actors = append(actors, a.ActorID)
		if a.Type == data.ActorPerson {
			persons = append(persons, a.ActorID)
		}
	}
	own := []string{m.Type}
	dated := func(types []string, as []int64, from, to data.Day) data.StoryWindow {
		return data.StoryWindow{Types: types, Actors: as, From: from - shortSpan, To: to, EndAfter: from}
	}
	undated := func(types []string, as []int64, from, to data.Day) data.StoryWindow {
		return data.StoryWindow{Types: types, Actors: as, From: from, To: to, Undated: true}
	}
	var ws []data.StoryWindow
	pub := m.Published
	if d := m.Date; d.Known {
		ws = append(ws, dated(fam, actors, d.Start-dayTolerance, d.End+dayTolerance))
		ws = append(ws, undated(own, persons, d.Start-undatedLookAhead, d.End+undatedLookBack))
		if monthly(d) {
			for _, y := range []data.Day{-366, 365} {
				ws = append(ws, dated(own, persons, d.Start+y-31, d.End+y+31))
			}
		}
		if m.Planned {
			ws = append(ws, dated(fam, actors, d.Start-dayTolerance, d.End+planSlip))
		} else {
			ws = append(ws, dated(fam, actors, d.Start-planSlip, d.End+dayTolerance))
			ws = append(ws, undated(fam, actors, d.Start-planHorizon, d.End))
		}
	} else if pub.Known {
		ws = append(ws, dated(own, persons, pub.Start-undatedLookBack, pub.End+undatedLookAhead))
		ws = append(ws, undated(own, persons, pub.Start-undatedLookAhead, pub.End+undatedLookAhead))
		if m.Planned {
			ws = append(ws, dated(fam, actors, pub.Start, pub.End+planHorizon))
		}
	}
	return ws
}
