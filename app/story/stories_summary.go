package story

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"newsline/data"
)

// summarize describes the story event made of items: its type, consensus
// date, conflict, and counts of independent reports, outlets and articles.
func summarize(items []*item) data.StoryRecord {
	r := data.StoryRecord{Type: majorityType(items), Planned: true}
	articles := map[int64]bool{}
	for _, it := range items {
		articles[it.ArticleID] = true
		r.Planned = r.Planned && it.Planned
	}
	r.Articles = len(articles)
	r.Reports, r.Outlets = reportsAndOutlets(items)
	r.Date, r.Conflict = consensus(items)
	if d, ok := userDate(items); ok {
		r.Date, r.Conflict = d, false
	}
	r.DatesReported = datesReported(items)
	return r
}

// majorityType is the type most independent reports give; ties go to the
// first in alphabetical order.
func majorityType(items []*item) string {
	reports := map[string]map[int64]bool{}
	for _, it := range items {
		if reports[it.Type] == nil {
			reports[it.Type] = map[int64]bool{}
		}
		reports[it.Type][it.Group] = true
	}
	best := ""
	for t, gs := range reports {
		if best == "" || len(gs) > len(reports[best]) || (len(gs) == len(reports[best]) && t < best) {
			best = t
		}
	}
	return best
}

// reportsAndOutlets counts syndication groups, and the outlets that first
// published each group's story (the earliest article of the group among
// items): a reprint on another site adds neither.
func reportsAndOutlets(items []*item) (reports, outlets int) {
	origin := map[int64]*item{}
	for _, it := range items {
		o, ok := origin[it.Group]
		if !ok || earlier(it, o) {
			origin[it.Group] = it
		}
	}
	names := map[string]bool{}
	for g, it := range origin {
		name := strings.ToLower(strings.TrimSpace(it.Outlet))
		if name == "" {
			name = fmt.Sprintf("unknown outlet of group %d", g)
		}
		names[name] = true
	}
	return len(origin), len(names)
}

// earlier orders articles by publication date, undated last, then by text hash.
func earlier(a, b *item) bool {
	if a.Published.Known != b.Published.Known || a.Published.Start != b.Published.Start {
		return dateLess(a.Published, b.Published)
	}
	return a.ArticleSHA < b.ArticleSHA
}

// userDate is the date the user gave the story event of items, from the
// latest of their date decisions, if any.
func userDate(items []*item) (data.DateRange, bool) {
	var by int64
	var d data.DateRange
	for _, it := range items {
		if it.user != nil && it.user.by > by {
			by, d = it.user.by, it.user.date
		}
	}
	return d, by != 0
}

// consensus is the most precise date that the most independent reports are
// compatible with. conflict is true when some source's date is incompatible
// with it.
func consensus(items []*item) (data.DateRange, bool) {
	var best data.DateRange
	bestSupport := 0
	tried := map[data.DateRange]bool{} // a story event of thousands of sources gives few dates
	for _, cand := range items {
		if !cand.Date.Known || tried[cand.Date] {
			continue
		}
		tried[cand.Date] = true
		n := support(items, cand.Date)
		if n > bestSupport || (n == bestSupport && preferDate(cand.Date, best)) {
			best, bestSupport = cand.Date, n
		}
	}
	if !best.Known {
		return data.DateRange{}, false
	}
	for _, it := range items {
		if it.Date.Known && !compatible(it.Date, best) {
			return best, true
		}
	}
	return best, false
}

// support counts the syndication groups with a date compatible with d.
func support(items []*item, d data.DateRange) int {
	groups := map[int64]bool{}
	for _, it := range items {
		if it.Date.Known && compatible(it.Date, d) {
			groups[it.Group] = true
		}
	}
	return len(groups)
}

// preferDate reports whether a is a better story date than b among equally
// supported ones: shorter, then earlier, then exact rather than approximate.
func preferDate(a, b data.DateRange) bool {
	la, lb := a.End-a.Start, b.End-b.Start
	switch {
	case la != lb:
		return la < lb
	case a.Start != b.Start:
		return a.Start < b.Start
	case a.Approx != b.Approx:
		return !a.Approx
	}
	return a.Value < b.Value
}

// datesReported lists the distinct known date values of items in date order.
func datesReported(items []*item) []string {
	seen := map[string]data.DateRange{}
	var vs []string
	for _, it := range items {
		if _, ok := seen[it.Date.Value]; it.Date.Known && !ok {
			seen[it.Date.Value] = it.Date
			vs = append(vs, it.Date.Value)
		}
	}
	sort.Slice(vs, func(i, j int) bool {
		a, b := seen[vs[i]], seen[vs[j]]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return vs[i] < vs[j]
	})
	return vs
}

// sameRecord reports whether two summaries store the same thing.
func sameRecord(a, b data.StoryRecord) bool {
	return a.Type == b.Type && a.Date.Value == b.Date.Value && a.Date.Approx == b.Date.Approx &&
		a.Planned == b.Planned && a.Conflict == b.Conflict && slices.Equal(a.DatesReported, b.DatesReported) &&
		a.Reports == b.Reports && a.Outlets == b.Outlets && a.Articles == b.Articles
}
