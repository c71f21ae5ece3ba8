package story

import (
	"fmt"
	"sort"

	"newsline/data"
)

// item is an extracted event under assembly.
type item struct {
	data.StoryMember
	key   string // content key: the same for an event whatever the import order
	label int    // forced group from the user's decisions; 0 for none
	// date is the user's date for the item's story event (a StoryDate
	// decision), dateBy that decision's id; zero when none.
	date   data.DateRange
	dateBy int64
}

// newItem makes the item of m, with its actors sorted by id.
func newItem(m data.StoryMember) item {
	sort.Slice(m.Actors, func(i, j int) bool { return m.Actors[i].ActorID < m.Actors[j].ActorID })
	return item{StoryMember: m, key: fmt.Sprintf("%s/%08d/%s", m.ArticleSHA, m.TriggerStart, m.Type)}
}

// edgeKind is why two items may be one happening.
type edgeKind uint8

const (
	edgeNear   edgeKind = iota // compatible dates and agreeing actors
	edgeStrong                 // one side undated: same type and strong actor agreement
	edgeYear                   // same type, people and place, dates a year apart: a conflict to flag
)

// edge links item a to item b (a < b in item order).
type edge struct {
	a, b   int
	kind   edgeKind
	gap    int // days between the two dates, 0 when they overlap
	actors int // actors in common
}

// edges finds every pair of items that may be one happening, each once.
func edges(items []item) []edge {
	var es []edge
	for _, b := range actorBuckets(items) {
		es = append(es, bucketEdges(items, b)...)
	}
	es = append(es, yearEdges(items)...)
	return es
}

type bucket struct {
	actor  int64
	person bool
	items  []int
}

// actorBuckets groups items by type family, planned flag and actor, each
// bucket's items in date order, undated last.
func actorBuckets(items []item) []bucket {
	type bkey struct {
		family  string
		planned bool
		actor   int64
	}
	idx := map[bkey]int{}
	var bs []bucket
	families := map[string]string{}
	for i := range items {
		it := &items[i]
		fam, ok := families[it.Type]
		if !ok {
			fam = typeFamily(it.Type)
			families[it.Type] = fam
		}
		for _, a := range it.Actors {
			k := bkey{fam, it.Planned, a.ActorID}
			n, ok := idx[k]
			if !ok {
				n = len(bs)
				idx[k] = n
				bs = append(bs, bucket{actor: a.ActorID, person: a.Type == data.ActorPerson})
			}
			bs[n].items = append(bs[n].items, i)
		}
	}
	for _, b := range bs {
		sort.SliceStable(b.items, func(x, y int) bool { return dateLess(items[b.items[x]].Date, items[b.items[y]].Date) })
	}
	return bs
}

// dateLess orders known dates by start, before unknown ones.
func dateLess(a, b data.DateRange) bool {
	if a.Known != b.Known {
		return a.Known
	}
	return a.Start < b.Start
}

// bucketEdges pairs the items of one actor's bucket (in date order, undated
// last). A pair sharing several actors is found in each of their buckets and
// kept in the smallest one's; a pair with an undated item needs a person in
// common and is kept in the smallest shared person's bucket.
func bucketEdges(items []item, b bucket) []edge {
	idx := b.items
	known := sort.Search(len(idx), func(x int) bool { return !items[idx[x]].Date.Known })
	var es []edge
	add := func(i, j int) {
		if e, ok := pair(items, i, j, b.actor); ok {
			es = append(es, e)
		}
	}
	for x, i := range idx[:known] {
		for n, j := range idx[x+1 : known] {
			if n == maxPartners || items[j].Date.Start >= items[i].Date.End+dayTolerance {
				break
			}
			add(i, j)
		}
	}
	if !b.person {
		return es
	}
	dated := idx[:known]
	for x, i := range idx[known:] {
		for _, j := range nearPublication(items, dated, items[i].Published) {
			add(i, j)
		}
		for _, j := range idx[known+x+1 : min(len(idx), known+x+1+maxPartners)] {
			add(i, j)
		}
	}
	return es
}

// maxPartners bounds the items one item is compared with in a bucket, so
// that a case where a few actors take part in millions of events (or a
// year-precision report overlaps a whole year of them) stays linear in
// time and memory. Groups still form through chains of neighbours.
const maxPartners = 64

// Where an undated report looks for the event it may name: dated events up
// to a year before its article's publication and a month after (a report
// names what happened or what is coming), nearest first.
const (
	undatedLookBack  = 365
	undatedLookAhead = 30
)

// nearPublication returns up to maxPartners of dated (items in date order)
// whose dates start within the window around publication pub, the latest
// first; all of them, up to the bound, when pub is unknown.
func nearPublication(items []item, dated []int, pub data.DateRange) []int {
	if !pub.Known {
		return dated[:min(len(dated), maxPartners)]
	}
	hi := sort.Search(len(dated), func(x int) bool { return items[dated[x]].Date.Start >= pub.End+undatedLookAhead })
	lo := hi
	for lo > 0 && hi-lo < maxPartners && items[dated[lo-1]].Date.End > pub.Start-undatedLookBack {
		lo--
	}
	return dated[lo:hi]
}

// pair classifies items i and j found in actor's bucket.
func pair(items []item, i, j int, actor int64) (edge, bool) {
	a, b := &items[i], &items[j]
	if !relatedTypes(a.Type, b.Type) {
		return edge{}, false
	}
	s := share(a.Actors, b.Actors)
	e := edge{a: min(i, j), b: max(i, j), actors: s.actors}
	if a.Date.Known && b.Date.Known {
		e.kind = edgeNear
		e.gap = max(0, int(b.Date.Start-a.Date.End), int(a.Date.Start-b.Date.End))
		return e, firstShared(a.Actors, b.Actors, "") == actor && s.agree() && compatible(a.Date, b.Date)
	}
	e.kind = edgeStrong
	return e, firstShared(a.Actors, b.Actors, data.ActorPerson) == actor && a.Type == b.Type && s.strong()
}

// firstShared returns the smallest actor id two sorted lists share, of
// type typ when typ is not empty.
func firstShared(a, b []data.EventActor, typ string) int64 {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].ActorID < b[j].ActorID:
			i++
		case a[i].ActorID > b[j].ActorID:
			j++
		case typ == "" || a[i].Type == typ:
			return a[i].ActorID
		default:
			i, j = i+1, j+1
		}
	}
	return 0
}

// yearEdges pairs items of one type, person and place, dated to the same
// month (and day, when both give one) of consecutive years, one of them in a
// look back (an article published well after the date it gives): the
// pattern of a source misdating an event by a year. Both dates must be at
// least month precise, the items from different articles and syndication
// groups.
func yearEdges(items []item) []edge {
	type ykey struct {
		typ     string
		planned bool
		person  int64
		month   int
	}
	buckets := map[ykey][]int{}
	var keys []ykey
	for i := range items {
		it := &items[i]
		if !monthly(it.Date) {
			continue
		}
		for _, p := range it.Actors {
			if p.Type != data.ActorPerson {
				continue
			}
			k := ykey{it.Type, it.Planned, p.ActorID, int(it.Date.Start.Time().Month())}
			if _, ok := buckets[k]; !ok {
				keys = append(keys, k)
			}
			buckets[k] = append(buckets[k], i)
		}
	}
	seen := map[[2]int]bool{}
	var es []edge
	for _, k := range keys {
		idx := buckets[k]
		for x, i := range idx {
			for _, j := range idx[x+1:] {
				if e, ok := yearPair(items, i, j); ok && !seen[[2]int{e.a, e.b}] {
					seen[[2]int{e.a, e.b}] = true
					es = append(es, e)
				}
			}
		}
	}
	return es
}

// monthly reports whether d is a known day or month.
func monthly(d data.DateRange) bool {
	return d.Known && (d.Precision == data.PrecisionDay || d.Precision == data.PrecisionMonth)
}

// lookBack reports whether it was published more than lookBackDays after
// the date it gives: a retrospective mention, where misdating happens.
func lookBack(it *item) bool {
	return it.Published.Known && it.Published.Start >= it.Date.End+lookBackDays
}

// yearPair reports whether items i and j date one event a year apart.
func yearPair(items []item, i, j int) (edge, bool) {
	a, b := &items[i], &items[j]
	if a.ArticleID == b.ArticleID || a.Group == b.Group || !(lookBack(a) || lookBack(b)) {
		return edge{}, false
	}
	ta, tb := a.Date.Start.Time(), b.Date.Start.Time()
	years := ta.Year() - tb.Year()
	if years != 1 && years != -1 {
		return edge{}, false
	}
	if a.Date.Precision == data.PrecisionDay && b.Date.Precision == data.PrecisionDay && ta.Day() != tb.Day() {
		return edge{}, false
	}
	s := share(a.Actors, b.Actors)
	if !s.placed() {
		return edge{}, false
	}
	return edge{a: min(i, j), b: max(i, j), kind: edgeYear, gap: 365, actors: s.actors}, true
}
