package story

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"newsline/data"
)

// Incremental assembly. A large case whose events are already in story
// events is not assembled whole again when a few events wait (an import,
// a story decision): only the region those events can reach is read — the
// events that the candidate-pair rules (stories_edges.go) and the plan rules
// (stories_links.go) could pair with them, and every member of their story
// events — and the stored story events there are kept whole while the
// waiting events join them or form new ones.
//
// What waits is what the store marks: new events and those a story decision
// released. A deleted article (the app never deletes one; re-analysis calls
// Reassemble) leaves its story events' summaries stale until a whole
// assembly.
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
	shortSpan = 31
	// maxWindow bounds the days of merged windows.
	maxWindow = 64
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
	ids := make([]int64, len(seeds))
	for i := range seeds {
		ids[i] = seeds[i].EventID
	}
	state, err := st.StoryRegion(ctx, ids, regionWindows(seeds))
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
		m := &seeds[i]
		near := m.Published.Start
		if m.Date.Known {
			near = m.Date.Start
		}
		for _, w := range seedWindows(m) {
			w.Near, w.Nearest = []data.Day{near}, maxPartners
			ws = append(ws, w)
		}
	}
	return mergeWindows(ws)
}

// mergeWindows merges the windows of one kind (types, dated or not, plans) whose
// days overlap, so that the events of an article, which share dates, are
// read in one query; up to maxWindow days, so that chains of windows do not
// add up to a read of the whole case. Windows of undated events merge
// whatever their days: each reads every undated event of its types.
func mergeWindows(ws []data.StoryWindow) []data.StoryWindow {
	kind := func(w data.StoryWindow) string { return fmt.Sprint(w.Undated, w.Plans, w.Types) }
	slices.SortFunc(ws, func(a, b data.StoryWindow) int {
		if c := strings.Compare(kind(a), kind(b)); c != 0 {
			return c
		}
		return int(a.From - b.From)
	})
	var out []data.StoryWindow
	for _, w := range ws {
		if len(w.Actors) == 0 {
			continue
		}
		if n := len(out) - 1; n >= 0 && kind(out[n]) == kind(w) && (w.Undated || w.From <= out[n].To && max(w.To, out[n].To)-out[n].From <= maxWindow) {
			last := &out[n]
			last.To, last.EndAfter = max(last.To, w.To), min(last.EndAfter, w.EndAfter)
			last.Actors = append(last.Actors, w.Actors...)
			last.Near = append(last.Near, w.Near...)
			continue
		}
		w.Actors, w.Near = slices.Clone(w.Actors), slices.Clone(w.Near)
		out = append(out, w)
	}
	for i := range out {
		slices.Sort(out[i].Actors)
		out[i].Actors = slices.Compact(out[i].Actors)
		slices.Sort(out[i].Near)
		out[i].Near = slices.Compact(out[i].Near)
	}
	return out
}

// seedWindows returns the windows of one waiting event. In a crowded
// actor's bucket the candidate-pair rules compare an event with its
// maxPartners nearest neighbours only, so the windows are kept close: a
// dated event looks at the days within dayTolerance (a week before, for
// week dates) and at the first day of its month (month dates start there);
// an undated one at the month around its publication.
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
	dated := func(types []string, as []int64, from, to, after data.Day, plans bool) data.StoryWindow {
		return data.StoryWindow{Types: types, Actors: as, From: from, To: to, EndAfter: after, Plans: plans}
	}
	undated := func(types []string, as []int64, from, to data.Day, plans bool) data.StoryWindow {
		return data.StoryWindow{Types: types, Actors: as, From: from, To: to, Undated: true, Plans: plans}
	}
	var ws []data.StoryWindow
	pub := m.Published
	if d := m.Date; d.Known {
		after := d.Start - dayTolerance
		// A coarse date (a year) is compared with its bucket's next
		// maxPartners events only: those starting soon after its start.
		to := min(d.End, d.Start+shortSpan) + dayTolerance
		ws = append(ws, dated(fam, actors, after-7, to, after, false))
		for _, p := range monthStarts(d.Start-dayTolerance, d.End+dayTolerance) {
			ws = append(ws, dated(fam, actors, p, p+1, after, false))
		}
		ws = append(ws, undated(own, persons, d.Start-undatedLookAhead, d.End+undatedLookAhead, false))
		if monthly(d) && lookBack(&item{StoryMember: m}) {
			for _, y := range []data.Day{-366, 365} {
				ws = append(ws, dated(own, persons, d.Start+y-31, d.End+y+31, d.Start+y-31, false))
			}
		}
		if m.Planned {
			ws = append(ws, dated(fam, actors, after-7, d.End+planSlip, after, false))
		} else {
			ws = append(ws, dated(fam, actors, d.Start-planSlip-7, d.End+dayTolerance, after, true))
			ws = append(ws, undated(fam, actors, d.Start-planHorizon, d.End, true))
		}
	} else if pub.Known {
		ws = append(ws, dated(own, persons, pub.Start-undatedLookAhead, pub.End+undatedLookAhead, pub.Start-undatedLookAhead, false))
		ws = append(ws, undated(own, persons, pub.Start-undatedLookAhead, pub.End+undatedLookAhead, false))
		if m.Planned {
			ws = append(ws, dated(fam, actors, pub.Start, pub.End+planSlip, pub.Start, false))
		}
	}
	return ws
}

// monthStarts returns the first days of the months holding day from or
// day to, where month dates start. (Quarter and year dates are left to their
// story events: a year's dates all start on its first day, and are too
// coarse to join a story event in a crowded bucket.)
func monthStarts(from, to data.Day) []data.Day {
	var out []data.Day
	for _, d := range []data.Day{from, to} {
		t := d.Time()
		if p := data.DayOf(time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)); !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}
