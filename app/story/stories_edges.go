package story

import (
	"fmt"
	"slices"
	"sort"

	"newsline/data"
)

// item is an extracted event under assembly. Items are kept in key order,
// so that an item's index is its key.
type item struct {
	*data.StoryMember
	key   int // content order: the same for an event whatever the import order
	seq   int // event id order
	label int // forced group from the user's decisions; 0 for none
	// user is the user's date for the item's story event (a StoryDate
	// decision); nil when none.
	user *dateDecision
}

// dateDecision is a date the user gave a story event, by decision id by.
type dateDecision struct {
	date data.DateRange
	by   int64
}

// newItems makes the items of ms, with their actors sorted by id, in key
// order: by article content hash, trigger offset and type, which do not
// depend on import order.
func newItems(ms []data.StoryMember) []item {
	items := make([]item, len(ms))
	for i := range ms {
		m := &ms[i]
		sort.Slice(m.Actors, func(i, j int) bool { return m.Actors[i].ActorID < m.Actors[j].ActorID })
		items[i] = item{StoryMember: m, seq: i}
	}
	sort.Slice(items, func(x, y int) bool { return keyLess(items[x].StoryMember, items[y].StoryMember) })
	for i := range items {
		items[i].key = i
	}
	return items
}

// keyLess orders events by content: article hash, trigger offset, type.
func keyLess(a, b *data.StoryMember) bool {
	switch {
	case a.ArticleSHA != b.ArticleSHA:
		return a.ArticleSHA < b.ArticleSHA
	case a.TriggerStart != b.TriggerStart:
		return a.TriggerStart < b.TriggerStart
	case a.Type != b.Type:
		return a.Type < b.Type
	}
	return a.EventID < b.EventID
}

// edgeKind is why two items may be one happening.
type edgeKind uint8

const (
	edgeNear   edgeKind = iota // compatible dates and agreeing actors
	edgeStrong                 // one side undated: same type and strong actor agreement
	edgeYear                   // same type, people and place, dates a year apart: a conflict to flag
)

// edge links item a to item b (a before b in event id order), packed in 64
// bits so that the tens of millions of candidate pairs of a large case fit
// in memory and sort as integers, strongest first: by the gap between their
// dates (0, 1, 2 to 364, a year or more), then most actors in common (up to
// 15), then a's key, then b's. The two low bits hold the kind.
type edge uint64

const (
	edgeItemBits = 28
	maxItems     = 1 << edgeItemBits // items an assembly can pair
	edgeItemMask = maxItems - 1
)

func newEdge(items []item, i, j int, kind edgeKind, gap, actors int) edge {
	var g uint64
	switch {
	case gap <= 1:
		g = uint64(max(gap, 0))
	case gap < 365:
		g = 2
	default:
		g = 3
	}
	if items[j].seq < items[i].seq {
		i, j = j, i
	}
	a, b := uint64(i), uint64(j)
	return edge(g<<62 | uint64(15-min(actors, 15))<<58 | a<<(edgeItemBits+2) | b<<2 | uint64(kind))
}

func (e edge) a() int         { return int(e>>(edgeItemBits+2)) & edgeItemMask }
func (e edge) b() int         { return int(e>>2) & edgeItemMask }
func (e edge) kind() edgeKind { return edgeKind(e & 3) }

// edges finds every pair of items that may be one happening, each once,
// strongest first.
func edges(items []item) []edge {
	if len(items) > maxItems {
		panic(fmt.Sprintf("story assembly of %d events: at most %d", len(items), maxItems))
	}
	var es []edge
	for _, b := range actorBuckets(items) {
		es = bucketEdges(items, b, es)
	}
	es = yearEdges(items, es)
	slices.Sort(es)
	return es
}

type bucket struct {
	actor  int64
	person bool
	items  []int
}

// actorBuckets groups items by type family, planned flag and actor, each
// bucket's items in date order (event id order on one start day), undated last.
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
		sort.Slice(b.items, func(x, y int) bool {
			a, c := &items[b.items[x]], &items[b.items[y]]
			if a.Date.Known != c.Date.Known || a.Date.Start != c.Date.Start {
				return dateLess(a.Date, c.Date)
			}
			return a.seq < c.seq
		})
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
func bucketEdges(items []item, b bucket, es []edge) []edge {
	idx := b.items
	known := sort.Search(len(idx), func(x int) bool { return !items[idx[x]].Date.Known })
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
		return 0, false
	}
	s := share(a.Actors, b.Actors)
	if a.Date.Known && b.Date.Known {
		gap := max(0, int(b.Date.Start-a.Date.End), int(a.Date.Start-b.Date.End))
		e := newEdge(items, i, j, edgeNear, gap, s.actors)
		return e, firstShared(a.Actors, b.Actors, "") == actor && s.agree() && compatible(a.Date, b.Date)
	}
	e := newEdge(items, i, j, edgeStrong, 0, s.actors)
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

// yearEdges adds to es the pairs of items of one type, person and place,
// dated to the same month (and day, when both give one) of consecutive
// years, one of them in a look back (an article published well after the
// date it gives): the pattern of a source misdating an event by a year.
// Both dates must be at least month precise, the items from different
// articles and syndication groups.
func yearEdges(items []item, es []edge) []edge {
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
	seen := map[edge]bool{}
	for _, k := range keys {
		es = yearBucketEdges(items, buckets[k], seen, es)
	}
	return es
}

// yearBucketEdges adds to es the year pairs among the items idx of one
// type, person and month not in seen: each look back is compared with the
// items of the years before and after it on its day (or any day, when
// either date is a month), not with the whole bucket.
func yearBucketEdges(items []item, idx []int, seen map[edge]bool, es []edge) []edge {
	type cell struct{ year, day int } // day 0: a month
	cells := map[cell][]int{}
	years := map[int][]int{}
	for _, i := range idx {
		t := items[i].Date.Start.Time()
		day := 0
		if items[i].Date.Precision == data.PrecisionDay {
			day = t.Day()
		}
		cells[cell{t.Year(), day}] = append(cells[cell{t.Year(), day}], i)
		years[t.Year()] = append(years[t.Year()], i)
	}
	add := func(i int, js []int) {
		for _, j := range js {
			if e, ok := yearPair(items, i, j); ok && !seen[e] {
				seen[e] = true
				es = append(es, e)
			}
		}
	}
	for _, i := range idx {
		if !lookBack(&items[i]) {
			continue
		}
		t := items[i].Date.Start.Time()
		for _, y := range []int{t.Year() - 1, t.Year() + 1} {
			if items[i].Date.Precision != data.PrecisionDay {
				add(i, years[y])
				continue
			}
			add(i, cells[cell{y, t.Day()}])
			add(i, cells[cell{y, 0}])
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
		return 0, false
	}
	ta, tb := a.Date.Start.Time(), b.Date.Start.Time()
	years := ta.Year() - tb.Year()
	if years != 1 && years != -1 {
		return 0, false
	}
	if a.Date.Precision == data.PrecisionDay && b.Date.Precision == data.PrecisionDay && ta.Day() != tb.Day() {
		return 0, false
	}
	s := share(a.Actors, b.Actors)
	if !s.placed() {
		return 0, false
	}
	return newEdge(items, i, j, edgeYear, 365, s.actors), true
}
