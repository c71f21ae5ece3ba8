package views

import (
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"newsline/data"
	"newsline/views/chart"
)

// Geometry of the timeline chart, in pixels.
const (
	gutterWidth = 150 // lane labels, pinned at the left
	rightPad    = 10  // room for a dot at the right edge
	axisHeight  = 42  // minor and major tick labels at the bottom
	minLaneH    = 60
	maxLaneH    = 190
	minSpanDays = 1.0        // deepest zoom: one day across
	maxSpanDays = 200 * 365. // widest zoom
	zoomStep    = 1.25       // one keypress or wheel notch
	panFraction = 0.1        // one arrow keypress pans this much of the window
)

// timelineChart draws events in lanes over a zoomable, pannable time axis.
// It keeps the laid-out marks of the last layout for hit testing.
type timelineChart struct {
	widget.BaseWidget

	events  []data.Event
	lanes   []chart.Lane
	members [][]int
	dense   *densityData // drawn instead of events when set
	extent  viewWindow   // what Fit shows when not every event is loaded
	from    float64      // visible window in days
	to      float64

	marks    []chart.Mark
	hover    int // index in marks, -1 when none
	pointer  fyne.Position
	selected int64 // event id, 0 when none

	shiftDown bool    // shift was held when the button went down
	brushing  bool    // a shift-drag is selecting a range
	brushFrom float64 // day where the shift-drag started
	brushTo   float64
	focused   bool

	onSelect func(data.Event)        // a single event was clicked
	onRange  func(from, to data.Day) // a shift-drag selected a range
	onView   func(from, to float64)  // the window moved or was zoomed
	measure  func(s string) float64  // label widths at the chart's text size
}

func newTimelineChart() *timelineChart {
	today := float64(data.DayOf(time.Now()))
	c := &timelineChart{hover: -1, from: today - 365, to: today + 1}
	c.measure = func(s string) float64 {
		return float64(fyne.MeasureText(s, labelTextSize(), fyne.TextStyle{}).Width)
	}
	c.ExtendBaseWidget(c)
	return c
}

// setData replaces the events and lanes and refreshes.
func (c *timelineChart) setData(events []data.Event, lanes []chart.Lane, members [][]int) {
	c.events, c.lanes, c.members, c.dense = events, lanes, members, nil
	c.hover = -1
	c.Refresh()
}

// setDensity shows the counts of d instead of events and refreshes.
func (c *timelineChart) setDensity(d *densityData) {
	c.events, c.lanes, c.members, c.dense = nil, d.lanes, nil, d
	c.hover, c.selected = -1, 0
	c.Refresh()
}

// scale returns the day-to-pixel mapping at the current size.
func (c *timelineChart) scale() chart.Scale {
	w := float64(c.Size().Width) - gutterWidth - rightPad
	return chart.Scale{From: c.from, To: c.to, Left: gutterWidth, Width: math.Max(w, 1)}
}

// setWindow shows [from, to), clamped to the zoom limits.
func (c *timelineChart) setWindow(from, to float64) {
	span := math.Min(math.Max(to-from, minSpanDays), maxSpanDays)
	mid := (from + to) / 2
	if to-from != span {
		from, to = mid-span/2, mid+span/2
	}
	c.from, c.to = from, to
	c.hover = -1
	c.Refresh()
	if c.onView != nil {
		c.onView(from, to)
	}
}

// fit shows every loaded event with a small margin, or the extent of the
// case's events when not all of them are loaded.
func (c *timelineChart) fit() {
	if e := c.extent; e.set() {
		m := math.Max((e.to-e.from)*0.02, 1)
		c.setWindow(e.from-m, e.to+m)
		return
	}
	if len(c.events) == 0 {
		return
	}
	c.setWindow(chart.FitWindow(c.events))
}

// zoomAt scales the window by factor (<1 zooms in) keeping the day under
// pixel x in place.
func (c *timelineChart) zoomAt(x float64, factor float64) {
	s := c.scale()
	if x < s.Left {
		x = s.Left + s.Width/2
	}
	anchor := s.Day(x)
	span := math.Min(math.Max((c.to-c.from)*factor, minSpanDays), maxSpanDays)
	frac := (x - s.Left) / s.Width
	c.setWindow(anchor-frac*span, anchor-frac*span+span)
}

// pan shifts the window by dx pixels (positive moves later dates into view).
func (c *timelineChart) pan(dx float64) {
	d := dx / c.scale().PxPerDay()
	c.setWindow(c.from+d, c.to+d)
}

// Scrolled zooms around the pointer: wheel up (or pinch out) zooms in.
func (c *timelineChart) Scrolled(ev *fyne.ScrollEvent) {
	dy := math.Max(math.Min(float64(ev.Scrolled.DY), 50), -50)
	if dy == 0 {
		c.pan(-float64(ev.Scrolled.DX))
		return
	}
	c.zoomAt(float64(ev.Position.X), math.Pow(zoomStep, -dy/10))
}

// MouseDown remembers whether shift is held, for a range-selecting drag.
func (c *timelineChart) MouseDown(ev *desktop.MouseEvent) {
	c.shiftDown = ev.Modifier&fyne.KeyModifierShift != 0
}

// MouseUp does nothing; drags end in DragEnd.
func (c *timelineChart) MouseUp(*desktop.MouseEvent) {}

// Dragged pans, or with shift held selects a date range.
func (c *timelineChart) Dragged(ev *fyne.DragEvent) {
	if !c.shiftDown {
		c.pan(-float64(ev.Dragged.DX))
		return
	}
	s := c.scale()
	day := s.Day(float64(ev.Position.X))
	if !c.brushing {
		c.brushing = true
		c.brushFrom = s.Day(float64(ev.Position.X - ev.Dragged.DX))
	}
	c.brushTo = day
	c.Refresh()
}

// DragEnd finishes a pan or applies a range selection.
func (c *timelineChart) DragEnd() {
	if !c.brushing {
		return
	}
	c.brushing = false
	lo, hi := math.Min(c.brushFrom, c.brushTo), math.Max(c.brushFrom, c.brushTo)
	c.Refresh()
	if hi-lo >= 1 && c.onRange != nil {
		c.onRange(data.Day(math.Floor(lo)), data.Day(math.Ceil(hi)))
	}
}

// Tapped selects the event under the pointer, or zooms into a cluster.
func (c *timelineChart) Tapped(ev *fyne.PointEvent) {
	if cv := fyne.CurrentApp().Driver().CanvasForObject(c); cv != nil {
		cv.Focus(c)
	}
	if c.dense != nil {
		c.zoomToBin(ev.Position)
		return
	}
	i := c.markAt(ev.Position)
	if i < 0 {
		return
	}
	m := c.marks[i]
	if m.Kind == chart.MarkCluster {
		s := c.scale()
		lo, hi := s.Day(m.X0), s.Day(m.X1)
		pad := math.Max((hi-lo)*0.2, 1)
		c.setWindow(lo-pad, hi+pad)
		return
	}
	e := c.events[m.First]
	c.selected = e.ID
	c.Refresh()
	if c.onSelect != nil {
		c.onSelect(e)
	}
}

// markAt returns the index of the mark drawn at p, or -1.
func (c *timelineChart) markAt(p fyne.Position) int {
	laneH := c.laneHeight()
	x, y := float64(p.X), float64(p.Y)
	best, bestD := -1, math.Inf(1)
	for i, m := range c.marks {
		cy := chart.MarkY(m, laneH)
		x0, x1 := m.Extent()
		if x < x0-3 || x > x1+3 || math.Abs(y-cy) > chart.PointRadius+3 {
			continue
		}
		if d := math.Abs(x - m.Center()); d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

// MouseIn starts hover tracking.
func (c *timelineChart) MouseIn(ev *desktop.MouseEvent) { c.MouseMoved(ev) }

// MouseMoved updates the hovered mark.
func (c *timelineChart) MouseMoved(ev *desktop.MouseEvent) {
	c.pointer = ev.Position
	if c.dense != nil {
		c.hover = c.binAt(ev.Position)
		c.Refresh()
		return
	}
	if h := c.markAt(ev.Position); h != c.hover || h >= 0 {
		c.hover = h
		c.Refresh()
	}
}

// MouseOut clears the hover.
func (c *timelineChart) MouseOut() {
	if c.hover >= 0 {
		c.hover = -1
		c.Refresh()
	}
}

// FocusGained shows the focus outline.
func (c *timelineChart) FocusGained() { c.focused = true; c.Refresh() }

// FocusLost hides the focus outline.
func (c *timelineChart) FocusLost() { c.focused = false; c.Refresh() }

// TypedRune zooms with + and -.
func (c *timelineChart) TypedRune(r rune) {
	switch r {
	case '+', '=':
		c.zoomAt(-1, 1/zoomStep)
	case '-', '_':
		c.zoomAt(-1, zoomStep)
	}
}

// TypedKey pans with the arrow keys and fits with Home.
func (c *timelineChart) TypedKey(ev *fyne.KeyEvent) {
	w := c.scale().Width * panFraction
	switch ev.Name {
	case fyne.KeyLeft:
		c.pan(-w)
	case fyne.KeyRight:
		c.pan(w)
	case fyne.KeyUp:
		c.zoomAt(-1, 1/zoomStep)
	case fyne.KeyDown:
		c.zoomAt(-1, zoomStep)
	case fyne.KeyHome:
		c.fit()
	}
}

// laneHeight returns the height of each lane at the current size.
func (c *timelineChart) laneHeight() float64 {
	n := math.Max(float64(len(c.lanes)), 1)
	h := (float64(c.Size().Height) - axisHeight) / n
	return math.Min(math.Max(h, minLaneH), maxLaneH)
}

// relayout recomputes the marks for the current size and window.
func (c *timelineChart) relayout() {
	laneH := c.laneHeight()
	c.marks = chart.LayoutMarks(c.events, c.members, c.scale(), chart.LabelRows(laneH), c.measure)
}

// CreateRenderer returns the chart's renderer.
func (c *timelineChart) CreateRenderer() fyne.WidgetRenderer {
	return newTimelineRenderer(c)
}
