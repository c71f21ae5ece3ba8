package views

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"newsline/data"
	"newsline/views/chart"
)

// timelineRenderer draws a timelineChart in four layers: background (lanes,
// grid, range brush), marks and labels, the pinned gutter and axis, and the
// hover card.
type timelineRenderer struct {
	c       *timelineChart
	back    layer
	marks   layer
	front   layer
	overlay layer
	objects []fyne.CanvasObject
}

func newTimelineRenderer(c *timelineChart) *timelineRenderer {
	r := &timelineRenderer{c: c}
	r.Refresh()
	return r
}

func labelTextSize() float32 { return theme.TextSize() - 2 }

func themeColor(n fyne.ThemeColorName) color.Color { return theme.Color(n) }

// fade returns c with its alpha scaled by a.
func fade(c color.Color, a float64) color.NRGBA {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = uint8(float64(n.A) * a)
	return n
}

// Layout redraws at the new size.
func (r *timelineRenderer) Layout(fyne.Size) { r.Refresh() }

// MinSize is room for one lane and the axis.
func (r *timelineRenderer) MinSize() fyne.Size {
	return fyne.NewSize(gutterWidth+200, minLaneH+axisHeight)
}

// Objects returns the pooled objects of every layer.
func (r *timelineRenderer) Objects() []fyne.CanvasObject { return r.objects }

// Destroy does nothing.
func (r *timelineRenderer) Destroy() {}

// Refresh lays the marks out again and redraws every layer.
func (r *timelineRenderer) Refresh() {
	c := r.c
	c.relayout()
	laneH := c.laneHeight()
	s := c.scale()
	r.drawBack(s, laneH)
	r.drawMarks(s, laneH)
	r.drawGutter(laneH)
	r.drawAxis(s)
	r.drawHover(s)
	grown := false
	for _, l := range []*layer{&r.back, &r.marks, &r.front, &r.overlay} {
		grown = grown || l.grown
		l.grown = false
		l.finish()
	}
	if grown || r.objects == nil {
		r.objects = r.objects[:0]
		for _, l := range []*layer{&r.back, &r.marks, &r.front, &r.overlay} {
			r.objects = l.objects(r.objects)
		}
	}
}

// drawBack draws the lane bands, the grid and the range brush.
func (r *timelineRenderer) drawBack(s chart.Scale, laneH float64) {
	c, l := r.c, &r.back
	size := c.Size()
	fg := themeColor(theme.ColorNameForeground)
	l.rect(0, 0, float64(size.Width), float64(size.Height), themeColor(theme.ColorNameBackground))
	for i := range c.lanes {
		if i%2 == 1 {
			l.rect(0, float64(i)*laneH, float64(size.Width), laneH, fade(fg, 0.04))
		}
	}
	bottom := lanesBottom(c, laneH)
	for _, t := range chart.Ticks(s, c.measure) {
		if t.X < s.Left || t.X > s.Left+s.Width {
			continue
		}
		a := 0.08
		if t.Major != "" {
			a = 0.22
		}
		l.line(t.X, 0, t.X, bottom, fade(fg, a), 1)
	}
	if c.brushing {
		x0, x1 := s.X(c.brushFrom), s.X(c.brushTo)
		l.rect(math.Min(x0, x1), 0, math.Abs(x1-x0), bottom, fade(themeColor(theme.ColorNamePrimary), 0.25))
	}
}

// lanesBottom returns the y where the lanes end.
func lanesBottom(c *timelineChart, laneH float64) float64 {
	return math.Min(float64(len(c.lanes))*laneH, float64(c.Size().Height)-axisHeight)
}

// drawMarks draws every laid-out mark and its label.
func (r *timelineRenderer) drawMarks(s chart.Scale, laneH float64) {
	c := r.c
	if c.dense != nil {
		r.drawDensity(s, laneH)
		return
	}
	if len(c.events) == 0 {
		r.drawEmpty()
		return
	}
	for _, m := range c.marks {
		if m.Center() > s.Left+s.Width+chart.PointRadius || m.R < s.Left {
			continue
		}
		y := chart.MarkY(m, laneH)
		r.drawMark(m, y, s)
		if m.Label != "" {
			r.drawLabel(m, y, laneH)
		}
		if m.N == 1 && c.events[m.First].ID == c.selected {
			x0, x1 := clipX(m.X0, m.X1, s)
			r.marks.circle((x0+x1)/2, y, chart.PointRadius+4, nil, themeColor(theme.ColorNamePrimary), 2)
		}
		if m.Flag {
			r.drawFlag(chart.FlagCenter(m, s, y))
		}
	}
}

// drawEmpty says why there is nothing to see.
func (r *timelineRenderer) drawEmpty() {
	msg := "No dated events: import articles, or widen the filter"
	size := theme.TextSize()
	w := fyne.MeasureText(msg, size, fyne.TextStyle{})
	sz := r.c.Size()
	x := gutterWidth + (float64(sz.Width)-gutterWidth-float64(w.Width))/2
	r.marks.text(msg, x, (float64(sz.Height)-axisHeight)/2-float64(w.Height)/2,
		themeColor(theme.ColorNamePlaceHolder), size, false)
}

// clipX clips a pixel extent to the plot area.
func clipX(x0, x1 float64, s chart.Scale) (float64, float64) {
	return math.Max(x0, s.Left), math.Min(x1, s.Left+s.Width)
}

func (r *timelineRenderer) drawMark(m chart.Mark, y float64, s chart.Scale) {
	l := &r.marks
	if m.Kind == chart.MarkCluster {
		r.drawCluster(m, y, s)
		return
	}
	e := r.c.events[m.First]
	col := markColor(e)
	var fill color.Color = col
	if e.Planned {
		fill = themeColor(theme.ColorNameBackground)
	}
	if m.Kind == chart.MarkPoint {
		l.circle(m.X0, y, chart.PointRadius, fill, col, 2)
		return
	}
	x0, x1 := clipX(m.X0, m.X1, s)
	h := chart.SpanHeight
	if m.Track == 0 {
		h = 10
	}
	rc := l.rect(x0, y-h/2, math.Max(x1-x0, 4), h, fill)
	rc.StrokeColor, rc.StrokeWidth, rc.CornerRadius = col, 1.5, 2
}

// markColor is the type colour of e, faded when its date is approximate.
func markColor(e data.Event) color.NRGBA {
	col := chart.TypeColor(e.Type)
	if e.Date.Approx {
		return fade(col, 0.45)
	}
	return col
}

func (r *timelineRenderer) drawCluster(m chart.Mark, y float64, s chart.Scale) {
	l := &r.marks
	var col color.Color = fade(themeColor(theme.ColorNameForeground), 0.55)
	if !m.Mixed {
		col = chart.TypeColor(r.c.events[m.First].Type)
	}
	if m.Track > 0 {
		x0, x1 := clipX(m.X0, m.X1, s)
		rc := l.rect(x0, y-chart.SpanHeight/2, x1-x0, chart.SpanHeight, fade(col, 0.6))
		rc.CornerRadius = 2
		return
	}
	x0, x1 := m.Extent()
	x0, x1 = clipX(x0, x1, s)
	h := 2*chart.PointRadius + 4
	rc := l.rect(x0, y-h/2, x1-x0, h, col)
	rc.CornerRadius = float32(h / 2)
	n := chart.Count(m.N)
	size := labelTextSize() - 1
	tw := fyne.MeasureText(n, size, fyne.TextStyle{Bold: true})
	l.text(n, (x0+x1)/2-float64(tw.Width)/2, y-float64(tw.Height)/2, color.White, size, true)
}

// drawFlag draws the badge of a date conflict centred at (x, y): a red
// disc with an exclamation mark.
func (r *timelineRenderer) drawFlag(x, y float64) {
	l := &r.marks
	l.circle(x, y, chart.FlagRadius, chart.ConflictColor, themeColor(theme.ColorNameBackground), 1)
	size := labelTextSize() - 2
	tw := fyne.MeasureText("!", size, fyne.TextStyle{Bold: true})
	l.text("!", x-float64(tw.Width)/2, y-float64(tw.Height)/2, color.White, size, true)
}

// drawLabel draws m's label; one in a row above the point track gets a
// leader line down to the mark.
func (r *timelineRenderer) drawLabel(m chart.Mark, y, laneH float64) {
	l := &r.marks
	fg := themeColor(theme.ColorNameForeground)
	top := chart.LabelTop(m, laneH)
	l.text(m.Label, m.LabelX, top, fg, labelTextSize(), false)
	if m.Row == 0 {
		return
	}
	x := math.Min(math.Max(m.X0, m.LabelX+2), m.LabelX+r.c.measure(m.Label)-2)
	if m.Kind == chart.MarkPoint {
		x = m.X0
	}
	l.line(x, top+chart.LabelHeight-1, x, y-chart.PointRadius-1, fade(fg, 0.3), 1)
}

// drawGutter draws the pinned lane labels over anything panned beneath them.
func (r *timelineRenderer) drawGutter(laneH float64) {
	c, l := r.c, &r.front
	bottom := lanesBottom(c, laneH)
	fg := themeColor(theme.ColorNameForeground)
	l.rect(0, 0, gutterWidth, bottom, themeColor(theme.ColorNameBackground))
	size := theme.TextSize()
	for i, lane := range c.lanes {
		top := float64(i) * laneH
		if top >= bottom {
			break
		}
		x := 10.0
		if lane.Type != "" {
			l.rect(x, top+chart.PointY(laneH)-5, 10, 10, chart.TypeColor(lane.Type))
			x += 16
		}
		text := chart.Truncate(lane.Label, gutterWidth-x-8, func(s string) float64 {
			return float64(fyne.MeasureText(s, size, fyne.TextStyle{Bold: true}).Width)
		})
		l.text(text, x, top+chart.PointY(laneH)-float64(size)*0.7, fg, size, true)
		l.line(0, top+laneH, float64(c.Size().Width), top+laneH, fade(fg, 0.12), 1)
	}
	l.line(gutterWidth, 0, gutterWidth, bottom, fade(fg, 0.3), 1)
	if c.focused {
		rc := l.rect(1, 1, float64(c.Size().Width)-2, float64(c.Size().Height)-2, color.Transparent)
		rc.StrokeColor, rc.StrokeWidth = fade(themeColor(theme.ColorNamePrimary), 0.6), 2
	}
}

// drawAxis draws the tick labels below the lanes: minor labels on the first
// row, the month or year context on the second, pinned at the left.
func (r *timelineRenderer) drawAxis(s chart.Scale) {
	c, l := r.c, &r.front
	h := float64(c.Size().Height)
	top := h - axisHeight
	fg := themeColor(theme.ColorNameForeground)
	l.rect(0, top, float64(c.Size().Width), axisHeight, themeColor(theme.ColorNameBackground))
	l.line(s.Left, top, s.Left+s.Width, top, fade(fg, 0.5), 1)
	size := labelTextSize()
	right := s.Left + s.Width
	pinned := chart.Context(s, c.measure, s.From)
	pinnedX := s.Left + 3
	for _, t := range chart.Ticks(s, c.measure) {
		if t.X < s.Left || t.X > right {
			continue
		}
		tl := 5.0
		if t.Major != "" {
			tl = axisHeight - 4
			w := float64(fyne.MeasureText(t.Major, size, fyne.TextStyle{Bold: true}).Width)
			if t.X+3+w <= right {
				l.text(t.Major, t.X+3, top+20, fg, size, true)
			}
			if pw := float64(fyne.MeasureText(pinned, size, fyne.TextStyle{Bold: true}).Width); t.X > s.Left+1 && pinnedX+pw+12 > t.X {
				pinnedX = t.X - pw - 12
			}
		}
		l.line(t.X, top, t.X, top+tl, fade(fg, 0.5), 1)
		if t.X+3+c.measure(t.Label) <= right {
			l.text(t.Label, t.X+3, top+3, fade(fg, 0.8), size, false)
		}
	}
	if pinned != "" && pinnedX >= s.Left {
		l.text(pinned, pinnedX, top+20, fg, size, true)
	}
}
