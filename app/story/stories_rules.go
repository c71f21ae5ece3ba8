package story

import (
	"sort"
	"strings"

	"newsline/data"
)

// Rules deciding whether two extracted events can report one happening.
const (
	// dayTolerance lets day dates up to two days apart be one multi-day
	// event (a visit, a summit).
	dayTolerance = 2
	// planHorizon is how long after its announcement an undated plan may
	// come about.
	planHorizon = 183
	// planSlip is how late after its announced date a plan may come about.
	planSlip = 31
	// lookBackDays is how long after the date it gives an article must be
	// published to be a look back rather than a report of the day.
	lookBackDays = 30
)

// related lists pairs of event types that may name one happening (a visit
// is reported as a meeting, talks, an arrival). The relation is not
// transitive: a cluster's types must be pairwise related.
var related = map[[2]string]bool{}

func init() {
	for _, p := range [][2]string{
		{"MEET", "VISIT"}, {"MEET", "TALKS"}, {"VISIT", "TALKS"}, {"MEET", "SUMMIT"}, {"VISIT", "SUMMIT"},
		{"TALKS", "SUMMIT"}, {"ARRIVE", "TRAVEL"}, {"ARRIVE", "VISIT"}, {"TRAVEL", "VISIT"},
		{"ARMS_TRANSFER", "SUPPLY"}, {"ARMS_TRANSFER", "SHIP"}, {"SUPPLY", "SHIP"},
		{"SIGN", "AGREE"}, {"ATTACK", "STRIKE"}, {"LAUNCH", "TEST"},
	} {
		related[p] = true
		related[[2]string{p[1], p[0]}] = true
	}
}

// relatedTypes reports whether events of types a and b may be one happening.
func relatedTypes(a, b string) bool { return a == b || related[[2]string{a, b}] }

// typeFamily names the connected group of related types holding t, so that
// events that may be related fall in one bucket.
func typeFamily(t string) string {
	fam := []string{t}
	for p := range related {
		if p[0] == t {
			fam = append(fam, p[1])
		}
	}
	for changed := true; changed; {
		changed = false
		for p := range related {
			if contains(fam, p[0]) && !contains(fam, p[1]) {
				fam, changed = append(fam, p[1]), true
			}
		}
	}
	sort.Strings(fam)
	return strings.Join(fam, "|")
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// shared is what two events' actor lists have in common.
type shared struct {
	actors, persons, places int
	clash                   bool // both name places, none in common
}

// share counts the actors two sorted actor lists have in common.
func share(a, b []data.EventActor) shared {
	return shareKnown(a, b, hasPlace(a) && hasPlace(b))
}

// shareKnown is share when whether both lists name a place is known.
func shareKnown(a, b []data.EventActor, bothPlaced bool) shared {
	s := shared{clash: bothPlaced}
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].ActorID < b[j].ActorID:
			i++
		case a[i].ActorID > b[j].ActorID:
			j++
		default:
			s.actors++
			switch a[i].Type {
			case data.ActorPerson:
				s.persons++
			case data.ActorGPE, data.ActorLoc:
				s.places++
				s.clash = false
			}
			i, j = i+1, j+1
		}
	}
	return s
}

func hasPlace(as []data.EventActor) bool {
	for _, a := range as {
		if a.Type == data.ActorGPE || a.Type == data.ActorLoc {
			return true
		}
	}
	return false
}

// agree: the actors agree enough for a dated match: a person in common, or
// two actors. When the two name different places, only two people in common
// will do (a place may be named coarsely: the Cosmodrome, Russia).
func (s shared) agree() bool {
	if s.clash {
		return s.persons >= 2
	}
	return s.persons > 0 || s.actors >= 2
}

// strong: the actors agree enough to match without dates: two actors, one
// of them a person.
func (s shared) strong() bool { return s.persons > 0 && s.actors >= 2 }

// placed: strong agreement that includes a place, needed to group sources
// that disagree on the date.
func (s shared) placed() bool { return s.strong() && s.places > 0 }

// compatible reports whether two known dates can be one happening given
// their precision: their intervals overlap, or come within dayTolerance.
func compatible(a, b data.DateRange) bool {
	return a.Start < b.End+dayTolerance && b.Start < a.End+dayTolerance
}

// fine reports whether a date is precise enough to anchor a story event
// (day or week); coarser dates join a story event only when unambiguous.
func fine(d data.DateRange) bool {
	return d.Known && (d.Precision == data.PrecisionDay || d.Precision == data.PrecisionWeek)
}
