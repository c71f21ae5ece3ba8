package story

import "newsline/data"

// story is an assembled story event.
type story struct {
	id     int64
	items  []*item // in key order
	rec    data.StoryRecord
	actors []data.EventActor // every actor of its items, by id
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
	byActor := map[int64][]*story{}
	for _, s := range stories {
		if !s.rec.Planned && s.rec.Date.Known {
			for _, a := range s.actors {
				byActor[a.ActorID] = append(byActor[a.ActorID], s)
			}
		}
	}
	var links []data.StoryLink
	for _, p := range stories {
		if !p.rec.Planned {
			continue
		}
		if o := bestOutcome(p, byActor); o != nil {
			links = append(links, data.StoryLink{PlanEvent: p.items[0].EventID, OutcomeEvent: o.items[0].EventID})
		}
	}
	return links
}

func bestOutcome(p *story, byActor map[int64][]*story) *story {
	from, ok := p.announced()
	if !ok {
		return nil
	}
	var best *story
	bestShared := 0
	for _, a := range p.actors {
		for _, o := range byActor[a.ActorID] {
			sh := share(p.actors, o.actors)
			if !sh.agree() || !relatedTypes(p.rec.Type, o.rec.Type) || !fulfils(p.rec.Date, from, o.rec.Date) {
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
