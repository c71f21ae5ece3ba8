package chart

import (
	"image/color"
	"math"
	"sort"
	"strconv"
	"strings"

	"newsline/data"
)

// Geometry of a lane and its marks, in pixels.
const (
	PointRadius  = 6.0  // radius of a day-precision mark
	MinSpanWidth = 14.0 // narrower intervals are drawn in the point track and cluster
	SpanHeight   = 6.0  // height of an interval bar
	SpanTracks   = 2    // interval bars stacked under the point track
	LabelHeight  = 17.0 // height of a label row
	labelMaxW    = 260.0
	labelGap     = 8.0
	ClusterWidth = 32.0 // clusters of the point track fill bins this wide
)

// LabelRows returns how many label rows fit above the point track of a lane
// laneH high.
func LabelRows(laneH float64) int {
	return max(int((PointY(laneH)-PointRadius-4)/LabelHeight), 0)
}

// PointY returns the y of the point track within a lane laneH high: labels
// above it, interval bars below.
func PointY(laneH float64) float64 {
	return laneH - 6 - SpanTracks*(SpanHeight+2) - PointRadius - 3
}

// MarkY returns the y of the centre of m, with lanes laneH high stacked
// from y = 0.
func MarkY(m Mark, laneH float64) float64 {
	y := float64(m.Lane)*laneH + PointY(laneH)
	if m.Track > 0 {
		y += PointRadius + 3 + float64(m.Track-1)*(SpanHeight+2) + SpanHeight/2
	}
	return y
}

// FlagRadius is the radius of the badge flagging a date conflict.
const FlagRadius = 5.0

// ConflictColor is the colour of the badge flagging a date conflict.
var ConflictColor = color.NRGBA{0xd3, 0x2f, 0x2f, 0xff}

// FlagCenter returns where the conflict badge of m goes, m's centre being
// at y: the top right of a dot or of a cluster's pill, the top left of a bar.
func FlagCenter(m Mark, s Scale, y float64) (float64, float64) {
	left, right := s.Left, s.Left+s.Width
	switch {
	case m.Kind == MarkPoint:
		return m.X0 + PointRadius, y - PointRadius
	case m.Kind == MarkCluster && m.Track == 0:
		return math.Min(m.R, right) - 3, y - PointRadius
	case m.Track == 0:
		return math.Max(m.X0, left) + 2, y - 5
	default:
		return math.Max(m.X0, left) + 2, y - SpanHeight/2
	}
}

// LabelTop returns the y of the top of m's label, with lanes laneH high.
func LabelTop(m Mark, laneH float64) float64 {
	y := float64(m.Lane)*laneH + PointY(laneH)
	if m.Row == 0 {
		return y - LabelHeight/2
	}
	return y - PointRadius - 3 - float64(m.Row)*LabelHeight
}

// MarkKind is how a mark is drawn.
type MarkKind int

// Mark kinds.
const (
	MarkPoint   MarkKind = iota // a day-precision event: a dot
	MarkSpan                    // an interval: a bar over its whole extent
	MarkCluster                 // several events that would overlap: a pill with a count
)

// Mark is one drawn item of a lane: an event or a cluster of events.
type Mark struct {
	Kind   MarkKind
	Lane   int
	Track  int     // 0: the point track; 1..SpanTracks: interval bars below it
	X0, X1 float64 // extent in pixels (unclipped); X0 == X1 for a point
	First  int     // index of the (first) event in the laid-out events
	N      int     // number of events, more than one for a cluster
	Top    int     // index of the event that names the mark: the first, or a cluster's most important
	Mixed  bool    // a cluster of events of several types
	Flag   bool    // an event of the mark has a date conflict
	L, R   float64 // drawn extent in pixels: a dot's radius, a cluster's bin
	Label  string  // "" when the label did not fit
	LabelX float64 // left edge of the label
	Row    int     // label row: 0 beside the mark in the point track, 1.. the rows above
}

// Center returns the horizontal centre of m.
func (m Mark) Center() float64 { return (m.X0 + m.X1) / 2 }

// Extent returns the pixel extent m covers on screen: a point with its
// radius, a cluster of the point track its bin, a bar its interval.
func (m Mark) Extent() (float64, float64) { return m.L, m.R }

// Count formats a cluster count to fit its bin: 999, then 1k, 12k.
func Count(n int) string {
	if n >= 1000 {
		return strconv.Itoa(n/1000) + "k"
	}
	return strconv.Itoa(n)
}

// LayoutMarks lays out the events of each lane (members from TimelineLanes,
// in start order) that are visible under s: dots for day-precision dates,
// bars over the whole interval for coarser ones, overlapping items merged
// into clusters, and labels placed greedily beside the marks or in rows
// above them (up to labelRows per lane) so that no two labels overlap,
// important events first.
func LayoutMarks(events []data.Event, members [][]int, s Scale, labelRows int, measure func(string) float64) []Mark {
	var marks []Mark
	for lane, idx := range members {
		l := laneLayout{events: events}
		l.add(idx, s, lane)
		l.unclusterSingles()
		lm := append(l.points, l.spans...)
		placeLabels(events, lm, s, labelRows, measure)
		marks = append(marks, lm...)
	}
	return marks
}

// laneLayout accumulates the marks of one lane.
type laneLayout struct {
	events []data.Event
	points []Mark
	spans  []Mark
	last   [SpanTracks]int // index in spans of each track's last bar, -1 if none
	binOff float64         // added to a screen x, gives an x fixed to the calendar
}

// add lays out the events idx (in start order) that overlap s.
func (l *laneLayout) add(idx []int, s Scale, lane int) {
	lo, hi := s.Day(s.Left-ClusterWidth), s.Day(s.Left+s.Width+ClusterWidth)
	l.binOff = s.From*s.PxPerDay() - s.Left
	first := sort.Search(len(idx), func(k int) bool { return float64(l.events[idx[k]].Date.Start) >= lo-maxSpanDays })
	for t := range l.last {
		l.last[t] = -1
	}
	for _, i := range idx[first:] {
		d := l.events[i].Date
		if float64(d.Start) >= hi {
			break
		}
		if float64(d.End) <= lo {
			continue
		}
		m := Mark{Kind: MarkSpan, Lane: lane, X0: s.X(float64(d.Start)), X1: s.X(float64(d.End)), First: i, N: 1, Top: i,
			Flag: l.events[i].Conflict}
		m.L, m.R = m.X0, math.Max(m.X1, m.X0+4)
		switch {
		case d.Precision == data.PrecisionDay || d.End-d.Start <= 1:
			c := s.X(float64(d.Start) + 0.5)
			m.Kind, m.X0, m.X1, m.L, m.R = MarkPoint, c, c, c-PointRadius, c+PointRadius
			l.addPoint(m)
		case m.X1-m.X0 < MinSpanWidth:
			l.addPoint(m)
		default:
			l.addSpan(m)
		}
	}
}

// unclusterSingles draws a point-track cluster that ended up holding one
// event (its neighbour fell in the next bin) as that event's dot again: a
// pill reading "1" says nothing.
func (l *laneLayout) unclusterSingles() {
	for i := range l.points {
		if m := &l.points[i]; m.Kind == MarkCluster && m.N == 1 {
			e := l.events[m.First]
			if e.Date.Precision == data.PrecisionDay || e.Date.End-e.Date.Start <= 1 {
				c := m.Center()
				m.Kind, m.L, m.R = MarkPoint, c-PointRadius, c+PointRadius
			} else {
				m.Kind, m.L, m.R = MarkSpan, m.X0, math.Max(m.X1, m.X0+4)
			}
		}
	}
}

// maxSpanDays bounds the length of an event interval (a decade).
const maxSpanDays = 3660

// bin returns the extent of the cluster bin holding screen x. Bins are
// fixed to the calendar, so clusters do not jump while panning.
func (l *laneLayout) bin(x float64) (float64, float64) {
	left := math.Floor((x+l.binOff)/ClusterWidth)*ClusterWidth - l.binOff
	return left + 2, left + ClusterWidth - 2
}

// addPoint appends a point-track mark. Marks that would overlap merge into
// a cluster drawn over the bin of the first of them; a cluster never grows
// beyond its bin, so dense stretches stay a row of counts, not one blob.
func (l *laneLayout) addPoint(p Mark) {
	n := len(l.points)
	if n == 0 || p.L >= l.points[n-1].R+2 {
		l.points = append(l.points, p)
		return
	}
	last := &l.points[n-1]
	if last.Kind != MarkCluster {
		last.L, last.R = l.bin(last.Center())
		last.Kind = MarkCluster
		if n > 1 && last.L < l.points[n-2].R+2 {
			if prev := &l.points[n-2]; prev.Kind == MarkCluster {
				l.merge(prev, *last)
				l.points = l.points[:n-1]
				l.addPoint(p)
				return
			}
			last.L = l.points[n-2].R + 2
		}
		if p.L >= last.R+2 {
			l.points = append(l.points, p)
			return
		}
	}
	l.merge(last, p)
}

func (l *laneLayout) merge(into *Mark, m Mark) {
	into.Mixed = into.Mixed || m.Mixed || l.events[into.First].Type != l.events[m.First].Type
	into.Flag = into.Flag || m.Flag
	into.Kind, into.N = MarkCluster, into.N+m.N
	if labelPriority(l.events[m.Top]) > labelPriority(l.events[into.Top]) {
		into.Top = m.Top
	}
	into.X0, into.X1 = math.Min(into.X0, m.X0), math.Max(into.X1, m.X1)
	if into.Track > 0 {
		into.R = math.Max(into.R, m.R)
	}
}

// addSpan stacks an interval bar first-fit in SpanTracks tracks; a bar that
// fits in none joins the bar ending first, which becomes a cluster.
func (l *laneLayout) addSpan(sp Mark) {
	best := 0
	for t, li := range l.last {
		if li < 0 || l.spans[li].X1+2 <= sp.X0 {
			best = t
			break
		}
		if l.spans[li].X1 < l.spans[l.last[best]].X1 {
			best = t
		}
	}
	if li := l.last[best]; li >= 0 && l.spans[li].X1+2 > sp.X0 {
		l.merge(&l.spans[li], sp)
		return
	}
	sp.Track = best + 1
	l.last[best] = len(l.spans)
	l.spans = append(l.spans, sp)
}

// placeLabels gives labels to the lane's marks in priority order, at the
// first free place: beside the mark in the point track (right, then left),
// then in the rows above it (rows of them), so that no label overlaps
// another label or a mark of the point track. A cluster is named by its most
// important event and the number of others ("… +3").
func placeLabels(events []data.Event, marks []Mark, s Scale, rows int, measure func(string) float64) {
	order := make([]int, 0, len(marks))
	taken := make([][][2]float64, rows+1)
	for i, m := range marks {
		order = append(order, i)
		if m.Track == 0 {
			x0, x1 := m.Extent()
			taken[0] = append(taken[0], [2]float64{x0 + labelGap - 3, x1 - labelGap + 3})
		}
	}
	sort.SliceStable(order, func(a, b int) bool {
		ma, mb := marks[order[a]], marks[order[b]]
		if pa, pb := labelPriority(events[ma.Top]), labelPriority(events[mb.Top]); pa != pb {
			return pa > pb
		}
		return ma.Kind != MarkCluster && mb.Kind == MarkCluster
	})
	for _, i := range order {
		m := &marks[i]
		more := ""
		if m.N > 1 {
			more = " +" + strconv.Itoa(m.N-1)
		}
		text := Truncate(EventLabel(events[m.Top]), labelMaxW-measure(more), measure) + more
		w := measure(text)
		for _, c := range labelCandidates(*m, w, rows, s) {
			if free(taken[c.row], c.x, c.x+w) {
				taken[c.row] = append(taken[c.row], [2]float64{c.x, c.x + w})
				m.Label, m.LabelX, m.Row = text, c.x, c.row
				break
			}
		}
	}
}

type labelPlace struct {
	x   float64
	row int
}

// labelCandidates lists where a label w wide may go for m, inside s, best
// first.
func labelCandidates(m Mark, w float64, rows int, s Scale) []labelPlace {
	var out []labelPlace
	left, right := s.Left+2, s.Left+s.Width-2
	add := func(x float64, row int) {
		if x >= left && x+w <= right {
			out = append(out, labelPlace{x, row})
		}
	}
	if m.Track == 0 {
		x0, x1 := m.Extent()
		add(x1+4, 0)
		add(x0-4-w, 0)
	}
	anchor := math.Max(m.X0, left+PointRadius) - PointRadius
	for r := 1; r <= rows; r++ {
		add(anchor, r)
		add(math.Min(anchor+2*PointRadius, right)-w, r)
	}
	return out
}

func free(spans [][2]float64, x0, x1 float64) bool {
	for _, sp := range spans {
		if x0 < sp[1]+labelGap && sp[0] < x1+labelGap {
			return false
		}
	}
	return true
}

// labelPriority ranks events for labelling: meetings, visits and
// signings first, then events reported by more sources, done before
// announced.
func labelPriority(e data.Event) int {
	p := e.Sources * 4
	switch e.Type {
	case "MEET", "VISIT", "SIGN":
		p += 1000
	}
	if e.Date.Precision == data.PrecisionDay {
		p++
	}
	if e.Planned {
		p -= 3 // what happened before what was announced
	}
	return p
}

// EventLabel is the short text drawn next to an event: its actors around
// its trigger when that is a past-tense verb ("Sergei Shoigu visited North
// Korea"), else its type and actors ("Arms transfer: North Korea →
// Russia"), marked planned when the event is only announced.
func EventLabel(e data.Event) string {
	var src, tgt, other []string
	for _, a := range e.Actors {
		switch a.Role {
		case data.RoleSource:
			src = append(src, a.Name)
		case data.RoleTarget:
			tgt = append(tgt, a.Name)
		default:
			other = append(other, a.Name)
		}
	}
	if len(src) == 0 && len(tgt) == 0 {
		src = other
	}
	if !pastVerb(e.Trigger) {
		// "ship", "supplying", "summit" do not read as a sentence between
		// names: say the type, then who acted on whom.
		label := TypeName(e.Type) + ": " + strings.Join(src, ", ")
		if len(src) == 0 {
			label += strings.Join(tgt, ", ")
		} else if len(tgt) > 0 {
			label += " → " + strings.Join(tgt, ", ")
		}
		if e.Planned {
			label = "Planned " + strings.ToLower(label[:1]) + label[1:]
		}
		return label
	}
	label := strings.Join(strings.Fields(strings.Join([]string{strings.Join(src, ", "), e.Trigger, strings.Join(tgt, ", ")}, " ")), " ")
	if e.Planned {
		// In front, where truncation does not cut it off.
		label = "Planned: " + label
	}
	return label
}

// irregularPast are past forms of event verbs that do not end in -ed.
var irregularPast = map[string]bool{
	"met": true, "said": true, "told": true, "sent": true, "flew": true, "struck": true, "shot": true,
	"fought": true, "led": true, "held": true, "made": true, "gave": true, "took": true, "left": true,
	"began": true, "spoke": true, "wrote": true, "sold": true, "bought": true, "won": true, "lost": true,
	"broke": true, "drove": true, "went": true, "came": true, "cut": true, "hit": true, "beat": true,
	"sought": true, "brought": true, "threw": true, "swore": true, "withdrew": true, "undertook": true,
}

// pastVerb reports whether an event's trigger is a verb in the past tense,
// which reads well between its actors ("Kim Jong Un visited Russia").
func pastVerb(trigger string) bool {
	t := strings.ToLower(trigger)
	return strings.HasSuffix(t, "ed") || irregularPast[t]
}

// Truncate shortens text with an ellipsis to fit in max pixels.
func Truncate(text string, max float64, measure func(string) float64) string {
	if measure(text) <= max {
		return text
	}
	r := []rune(text)
	lo, hi := 0, len(r)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if measure(string(r[:mid])+"…") <= max {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return strings.TrimSpace(string(r[:lo])) + "…"
}
