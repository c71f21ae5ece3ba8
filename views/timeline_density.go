package views

import (
	"context"
	"math"
	"slices"
	"strconv"
	"time"

	"fyne.io/fyne/v2"

	"newsline/data"
	"newsline/views/chart"
)

// Level of detail. A window holding more than densityThreshold events is
// drawn as counts per lane and time bin (density mode), loaded with a few
// grouped queries; under it the events are loaded and drawn one by one.
// Loading costs about 10 µs an event on the 100k case, after ~2 ms of
// count probes: 1,500 keeps a window's load under 20 ms. Tests lower these.
var (
	densityThreshold = 1_500
	// shortThreshold is the most short (day-precision) events a small
	// window past densityThreshold may load one by one, its month- and
	// year-precision events only counted (longN).
	shortThreshold = 1_500
	// densityActorMax is the most events a window may hold for density
	// mode to split it by actor (the actor density visits every event);
	// beyond it the lanes are event types.
	densityActorMax = 50_000
	// undatedCap is how many undated events the side list loads.
	undatedCap = 500
	// viewDelay is how long the window must rest after a zoom or pan before
	// a density or partial load follows it; 0 reloads at once.
	viewDelay = 150 * time.Millisecond
)

// binChoices are the bin widths of density mode, in days.
var binChoices = []float64{1, 2, 7, 14, 30, 91, 182, 365, 730, 1826}

// densityBinPx is the narrowest bin density mode draws, in pixels.
const densityBinPx = 5

// densityData is what density mode draws: per lane, the number of events
// starting in each bin of bin days; bin k covers [k·bin, (k+1)·bin).
type densityData struct {
	bin    float64
	first  int // the bin of counts[l][0]
	lanes  []chart.Lane
	counts [][]int
	max    int      // the largest count
	total  int      // events starting in the window loaded
	types  []string // types present, in legend order
	byType bool     // actor lanes were asked for but the window is too big
}

// viewWindow is a window of the chart, in days; zero when none.
type viewWindow struct{ from, to float64 }

func (v viewWindow) set() bool { return v.from != 0 || v.to != 0 }

// covers reports whether v holds w.
func (v viewWindow) covers(w viewWindow) bool { return v.from <= w.from && w.to <= v.to }

// queryWindow returns f restricted to w (rounded out to whole days).
func queryWindow(f data.Filter, w viewWindow) data.Filter {
	if !w.set() {
		return f
	}
	from, to := data.Day(math.Floor(w.from)), data.Day(math.Ceil(w.to))
	if f.From == 0 || from > f.From {
		f.From = from
	}
	if f.To == 0 || to < f.To {
		f.To = to
	}
	if f.To <= f.From {
		f.To = f.From + 1
	}
	return f
}

// pad widens w by half its span on each side.
func (v viewWindow) pad() viewWindow {
	d := (v.to - v.from) / 2
	return viewWindow{v.from - d, v.to + d}
}

// loadDated loads the dated part of a timeline: the events when the window
// (f's, narrowed to view when set) holds few enough, else their density.
// Under a view, events are loaded for the padded view when it holds few
// enough, so that a small pan needs no reload.
func loadDated(ctx context.Context, st TimelineStore, res *timelineData, mode chart.LaneMode, view viewWindow, px float64) error {
	f := res.filter
	tries := []viewWindow{{}}
	if view.set() {
		tries = []viewWindow{view.pad(), view}
	}
	for _, w := range tries {
		q := queryWindow(f, w)
		n, err := st.CountEvents(ctx, q, densityThreshold)
		if err != nil {
			return err
		}
		if n <= densityThreshold {
			res.loaded, res.partial = w, w.set()
			res.events, err = st.TimelineEvents(ctx, q)
			return err
		}
	}
	if view.set() {
		// Many long events: list the window's short ones, count the rest.
		q := queryWindow(f, view)
		n, err := st.CountShortEvents(ctx, q, shortThreshold)
		if err != nil {
			return err
		}
		if n <= shortThreshold {
			if res.longN, err = st.CountLongEvents(ctx, q, 999_999); err != nil {
				return err
			}
			res.loaded, res.partial = view, true
			res.events, err = st.TimelineShortEvents(ctx, q)
			return err
		}
	}
	if !view.set() {
		from, to, ok, err := st.EventExtent(ctx, f)
		if err != nil || !ok {
			return err
		}
		if f.From != 0 {
			from = max(from, f.From)
		}
		if f.To != 0 {
			to = min(to, f.To)
		}
		res.extent = viewWindow{float64(from), float64(max(to, from+1))}
		view = res.extent
	}
	res.loaded = view
	d, err := loadDensity(ctx, st, queryWindow(f, view.pad()), mode, binFor(view.to-view.from, px))
	res.dense = d
	return err
}

// binFor returns the bin width for a window of span days drawn px wide.
func binFor(span, px float64) float64 {
	if px < 100 {
		px = 900
	}
	want := span * densityBinPx / px
	for _, b := range binChoices {
		if b >= want {
			return b
		}
	}
	return binChoices[len(binChoices)-1]
}

// loadDensity counts f's events per lane and bin.
func loadDensity(ctx context.Context, st TimelineStore, f data.Filter, mode chart.LaneMode, bin float64) (*densityData, error) {
	byType, err := st.TypeDensity(ctx, f, int(bin))
	if err != nil {
		return nil, err
	}
	d := &densityData{bin: bin}
	present := map[string]bool{}
	for _, c := range byType {
		d.total += c.N
		if !present[c.Type] {
			present[c.Type] = true
			d.types = append(d.types, c.Type)
		}
	}
	d.types = chart.SortTypes(d.types)
	switch mode {
	case chart.LanesSingle:
		d.lanes = []chart.Lane{{Label: "Events"}}
		d.fill(byType, func(data.DensityCount) int { return 0 })
		return d, nil
	case chart.LanesActors:
		// The events starting in the window are among those overlapping
		// it: past densityActorMax already, the probe is not needed.
		n := d.total
		if n <= densityActorMax {
			if n, err = st.CountEvents(ctx, f, densityActorMax); err != nil {
				return nil, err
			}
		}
		if n <= densityActorMax {
			return d, d.fillActors(ctx, st, f)
		}
		d.byType = true
	}
	index := map[string]int{}
	for i, t := range d.types {
		index[t] = i
		d.lanes = append(d.lanes, chart.Lane{Label: chart.TypeName(t), Type: t})
	}
	d.fill(byType, func(c data.DensityCount) int { return index[c.Type] })
	return d, nil
}

// fillActors makes a lane per lane actor (the filter's, else the most
// mentioned) and counts their events.
func (d *densityData) fillActors(ctx context.Context, st TimelineStore, f data.Filter) error {
	top, err := st.TopActors(ctx, f, laneActors)
	if err != nil {
		return err
	}
	var ids []int64
	index := map[int64]int{}
	for _, a := range top {
		if len(f.ActorIDs) > 0 && !slices.Contains(f.ActorIDs, a.ID) {
			continue
		}
		index[a.ID] = len(ids)
		ids = append(ids, a.ID)
		d.lanes = append(d.lanes, chart.Lane{Label: a.Name, ActorID: a.ID})
	}
	cs, err := st.ActorDensity(ctx, f, ids)
	if err != nil {
		return err
	}
	d.fill(cs, func(c data.DensityCount) int { return index[c.ActorID] })
	return nil
}

// fill adds counts cs to the lanes lane picks, in bins.
func (d *densityData) fill(cs []data.DensityCount, lane func(data.DensityCount) int) {
	if len(cs) == 0 {
		d.counts = make([][]int, len(d.lanes))
		return
	}
	lo, hi := int(cs[0].Day), int(cs[0].Day)
	for _, c := range cs {
		lo, hi = min(lo, int(c.Day)), max(hi, int(c.Day))
	}
	d.first = d.binOf(float64(lo))
	n := d.binOf(float64(hi)) - d.first + 1
	d.counts = make([][]int, len(d.lanes))
	for i := range d.counts {
		d.counts[i] = make([]int, n)
	}
	for _, c := range cs {
		row := d.counts[lane(c)]
		b := d.binOf(float64(c.Day)) - d.first
		row[b] += c.N
		d.max = max(d.max, row[b])
	}
}

// binOf returns the bin holding day.
func (d *densityData) binOf(day float64) int { return int(math.Floor(day / d.bin)) }

// densityStatus is the status line of density mode, kept short: the row
// it shares with the legend is narrow.
func densityStatus(d *densityData, undated int) string {
	s := thousands(d.total) + " events · zoom in for single ones"
	if d.byType {
		// Actor lanes need under densityActorMax events in the window.
		s = thousands(d.total) + " events, lanes by type · zoom in for single ones"
	}
	return s + " · " + thousands(undated) + " undated"
}

// thousands writes n with thousands separators: 2,924,105.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// viewChanged follows a zoom or pan of the chart: when what is loaded
// (a density, or the events of part of the case) does not serve the new
// window, it reloads for it once the window rests.
func (t *Timeline) viewChanged(from, to float64) {
	w := viewWindow{from, to}
	switch {
	case t.applying:
		return
	case t.chart.dense != nil:
		if math.Abs(w.from-t.loaded.from) < 1e-6 && math.Abs(w.to-t.loaded.to) < 1e-6 {
			return
		}
	case t.partial:
		if t.loaded.covers(w) {
			return
		}
	default:
		return
	}
	if t.viewTimer != nil {
		t.viewTimer.Stop()
	}
	if viewDelay == 0 {
		t.Reload()
		return
	}
	t.viewTimer = time.AfterFunc(viewDelay, func() { fyne.Do(t.Reload) })
}

// currentView is the window a reload is for: the chart's, when what is
// shown depends on it; none for a load of the whole filter.
func (t *Timeline) currentView() viewWindow {
	if t.chart.dense == nil && !t.partial {
		return viewWindow{}
	}
	return viewWindow{t.chart.from, t.chart.to}
}
