package story

import (
	"sort"

	"newsline/data"
)

// story is an assembled story event.
type story struct {
	id     int64
	items  []*item // in key order
	rec    data.StoryRecord
	actors []data.EventActor // every actor of its items, by id
	placed bool              // some of its actors is a place
}

func newStory(id int64, items []*item) *story {
	s := &story{id: id, items: items, rec: summarize(items)}
	seen := map[int64]bool{}
	for _, it := range items {
		for _, a := range it.Actors {
			if !seen[a.ActorID] {
				seen[a.ActorID] = true
				s.actors = append(s.actors, a)
			}
		}
	}
	sortActors(s.actors)
	s.placed = hasPlace(s.actors)
	return s
}

// announced is the earliest publication day of the story's articles, or its
// own date when none is known.
func (s *story) announced() (data.Day, bool) {
	var day data.Day
	known := false
	for _, it := range s.items {
		if it.Published.Known && (!known || it.Published.Start < day) {
			day, known = it.Published.Start, true
		}
	}
	if !known && s.rec.Date.Known {
		return s.rec.Date.Start, true
	}
	return day, known
}

// planLinks links each planned story event to the story event in which it
// came about: a dated, not planned story event of a related type with
// agreeing actors, after the plan was announced and within its date (late by
// up to planSlip days) or, for an undated plan, within planHorizon days. The
// one sharing most actors wins, then the earliest.
func planLinks(stories []*story) []data.StoryLink {
	families := map[string]string{}
	family := func(t string) string {
		f, ok := families[t]
		if !ok {
			f = typeFamily(t)
			families[t] = f
		}
		return f
	}
	byActor := map[outcomeKey]*outcomes{}
	for _, s := range stories {
		if !s.rec.Planned && s.rec.Date.Known {
			for _, a := range s.actors {
				k := outcomeKey{a.ActorID, family(s.rec.Type)}
				outs := byActor[k]
				if outs == nil {
					outs = &outcomes{}
					byActor[k] = outs
				}
				outs.add(s)
			}
		}
	}
	for _, outs := range byActor {
		outs.sort()
	}
	var links []data.StoryLink
	for _, p := range stories {
		if !p.rec.Planned {
			continue
		}
		if o := bestOutcome(p, family(p.rec.Type), byActor); o != nil {
			links = append(links, data.StoryLink{PlanEvent: p.items[0].EventID, OutcomeEvent: o.items[0].EventID})
		}
	}
	return links
}

// outcomeKey names the possible outcomes naming an actor, of a type family.
type outcomeKey struct {
	actor  int64
	family string
}

// outcomes are the dated story events naming one actor, by start day, so
// that a plan looks only at those its dates allow.
type outcomes struct {
	stories []*story
	span    data.Day // the longest date among them
}

func (outs *outcomes) add(s *story) {
	outs.stories = append(outs.stories, s)
	outs.span = max(outs.span, s.rec.Date.End-s.rec.Date.Start)
}

func (outs *outcomes) sort() {
	sort.Slice(outs.stories, func(i, j int) bool { return outs.stories[i].rec.Date.Start < outs.stories[j].rec.Date.Start })
}

// within returns the story events that may start before day start and end
// after day end.
func (outs *outcomes) within(end, start data.Day) []*story {
	ss := outs.stories
	hi := sort.Search(len(ss), func(i int) bool { return ss[i].rec.Date.Start >= start })
	lo := sort.Search(hi, func(i int) bool { return ss[i].rec.Date.Start > end-outs.span })
	return ss[lo:hi]
}

func bestOutcome(p *story, family string, byActor map[outcomeKey]*outcomes) *story {
	from, ok := p.announced()
	if !ok {
		return nil
	}
	// What fulfils allows: an outcome ending after end and starting before start.
	end, start := from, from+planHorizon
	if p.rec.Date.Known {
		end, start = max(from, p.rec.Date.Start-dayTolerance), p.rec.Date.End+planSlip
	}
	var best *story
	bestShared := 0
	for _, a := range p.actors {
		outs := byActor[outcomeKey{a.ActorID, family}]
		if outs == nil {
			continue
		}
		for _, o := range outs.within(end, start) {
			if !relatedTypes(p.rec.Type, o.rec.Type) || !fulfils(p.rec.Date, from, o.rec.Date) {
				continue
			}
			sh := shareKnown(p.actors, o.actors, p.placed && o.placed)
			if !sh.agree() {
				continue
			}
			if best == nil || sh.actors > bestShared || (sh.actors == bestShared && storyBefore(o, best)) {
				best, bestShared = o, sh.actors
			}
		}
	}
	return best
}

// fulfils reports whether an event dated d can be the outcome of a plan
// announced on day from for date plan.
func fulfils(plan data.DateRange, from data.Day, d data.DateRange) bool {
	if d.End <= from {
		return false
	}
	if plan.Known {
		return d.Start < plan.End+planSlip && d.End+dayTolerance > plan.Start
	}
	return d.Start < from+planHorizon
}

// storyBefore orders story events by date, then by their first item's key.
func storyBefore(a, b *story) bool {
	if a.rec.Date.Start != b.rec.Date.Start {
		return a.rec.Date.Start < b.rec.Date.Start
	}
	return a.items[0].key < b.items[0].key
}
