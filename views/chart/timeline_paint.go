package chart

import (
	"image/color"
	"math"
	"slices"

	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"

	"newsline/data"
)

// painter draws on a vg canvas in pixel coordinates with y pointing down,
// as the timeline view lays out.
type painter struct {
	c                   vg.Canvas
	w, h                float64
	title, label, small font.Face
	bold                font.Face
}

func newPainter(c vg.Canvas, w, h float64) *painter {
	return &painter{c: c, w: w, h: h, title: exportFont(18, true), label: exportFont(11, false),
		small: exportFont(11, false), bold: exportFont(12, true)}
}

func (p *painter) measure(f font.Face) func(string) float64 {
	return func(s string) float64 { return f.Width(s).Points() }
}

func (p *painter) pt(x, y float64) vg.Point { return vg.Point{X: vg.Length(x), Y: vg.Length(p.h - y)} }

// rect fills (and strokes, when stroke is not nil) a rectangle.
func (p *painter) rect(x, y, w, h float64, fill, stroke color.Color) {
	var path vg.Path
	path.Move(p.pt(x, y))
	path.Line(p.pt(x+w, y))
	path.Line(p.pt(x+w, y+h))
	path.Line(p.pt(x, y+h))
	path.Close()
	p.fillStroke(path, fill, stroke, 1.5)
}

func (p *painter) fillStroke(path vg.Path, fill, stroke color.Color, width float64) {
	if fill != nil {
		p.c.SetColor(fill)
		p.c.Fill(path)
	}
	if stroke != nil {
		p.c.SetColor(stroke)
		p.c.SetLineWidth(vg.Length(width))
		p.c.Stroke(path)
	}
}

func (p *painter) circle(x, y, r float64, fill, stroke color.Color) {
	var path vg.Path
	path.Move(p.pt(x+r, y))
	path.Arc(p.pt(x, y), vg.Length(r), 0, 2*math.Pi)
	path.Close()
	p.fillStroke(path, fill, stroke, 2)
}

func (p *painter) line(x0, y0, x1, y1 float64, c color.Color) {
	var path vg.Path
	path.Move(p.pt(x0, y0))
	path.Line(p.pt(x1, y1))
	p.fillStroke(path, nil, c, 1)
}

// text draws s with its top-left corner at (x, y).
func (p *painter) text(s string, x, y float64, f font.Face, c color.Color) {
	p.c.SetColor(c)
	p.c.FillString(f, p.pt(x, y+f.Extents().Ascent.Points()), s)
}

// drawLegend draws the type swatches and the mark shapes in one row from y
// and returns the row's bottom.
func (p *painter) drawLegend(events []data.Event, y float64) float64 {
	x := exportMargin
	mw := p.measure(p.small)
	// Items wrap onto a new row rather than run off the picture.
	item := func(draw func(cx, cy float64), label string) {
		if w := 18 + mw(label); x+w > p.w-exportMargin && x > exportMargin {
			x, y = exportMargin, y+18
		}
		draw(x+6, y+7)
		p.text(label, x+18, y, p.small, ink)
		x += 18 + mw(label) + 16
	}
	for _, t := range LegendTypes(events) {
		c := TypeColor(t)
		item(func(cx, cy float64) { p.circle(cx, cy, 5, c, nil) }, TypeName(t))
	}
	g := TypeColor("STATEMENT")
	x += 12
	item(func(cx, cy float64) { p.circle(cx, cy, 5, g, nil) }, "exact day")
	item(func(cx, cy float64) { p.rect(cx-6, cy-3, 20, SpanHeight, g, nil); x += 8 }, "month / year")
	item(func(cx, cy float64) { p.circle(cx, cy, 5, fadeNRGBA(g, 0.45), nil) }, "approximate")
	item(func(cx, cy float64) { p.circle(cx, cy, 4, color.White, g) }, "planned")
	if slices.ContainsFunc(events, func(e data.Event) bool { return e.Conflict }) {
		item(func(cx, cy float64) { p.drawFlag(cx, cy) }, "date conflict")
	}
	return y + 16
}

func fadeNRGBA(c color.NRGBA, a float64) color.NRGBA {
	c.A = uint8(float64(c.A) * a)
	return c
}

// drawLanes draws the lane bands, the grid, the marks and their labels,
// and the lane names.
func (p *painter) drawLanes(events []data.Event, lanes []Lane, members [][]int, s Scale, top, laneH float64) {
	bottom := top + float64(len(lanes))*laneH
	for i := range lanes {
		if i%2 == 1 {
			p.rect(exportMargin, top+float64(i)*laneH, p.w-2*exportMargin, laneH, color.NRGBA{0, 0, 0, 0x0a}, nil)
		}
	}
	mw := p.measure(p.label)
	for _, t := range Ticks(s, mw) {
		if t.X >= s.Left && t.X <= s.Left+s.Width {
			c := faint
			if t.Major != "" {
				c = color.NRGBA{0, 0, 0, 0x38}
			}
			p.line(t.X, top, t.X, bottom, c)
		}
	}
	marks := LayoutMarks(events, members, s, LabelRows(laneH), mw)
	for _, m := range marks {
		p.drawMark(events, m, s, top, laneH)
	}
	mb := p.measure(p.bold)
	for i, l := range lanes {
		y := top + float64(i)*laneH + PointY(laneH) - 8
		x := exportMargin + 8
		if l.Type != "" {
			p.rect(x, y+3, 10, 10, TypeColor(l.Type), nil)
			x += 16
		}
		p.text(Truncate(l.Label, exportGutter-(x-exportMargin)-8, mb), x, y, p.bold, ink)
	}
	p.line(s.Left, top, s.Left, bottom, color.NRGBA{0, 0, 0, 0x4c})
}

// drawMark draws one mark and its label, as the view does.
func (p *painter) drawMark(events []data.Event, m Mark, s Scale, top, laneH float64) {
	y := top + MarkY(m, laneH)
	x0, x1 := math.Max(m.X0, s.Left), math.Min(m.X1, s.Left+s.Width)
	e := events[m.First]
	col := TypeColor(e.Type)
	if e.Date.Approx {
		col = fadeNRGBA(col, 0.45)
	}
	var fill color.Color = col
	if e.Planned {
		fill = color.White
	}
	switch {
	case m.Kind == MarkCluster:
		p.drawCluster(m, col, s, y)
	case m.Kind == MarkPoint:
		p.circle(m.X0, y, PointRadius, fill, col)
	case m.Track == 0:
		p.rect(x0, y-5, math.Max(x1-x0, 4), 10, fill, col)
	default:
		p.rect(x0, y-SpanHeight/2, x1-x0, SpanHeight, fill, col)
	}
	if m.Flag {
		p.drawFlag(FlagCenter(m, s, y))
	}
	if m.Label == "" {
		return
	}
	lt := top + LabelTop(m, laneH)
	p.text(m.Label, m.LabelX, lt+2, p.label, ink)
	if m.Row > 0 {
		x := m.X0
		if m.Kind != MarkPoint {
			x = math.Min(math.Max(m.X0, m.LabelX+2), m.LabelX+p.label.Width(m.Label).Points()-2)
		}
		p.line(x, lt+LabelHeight-1, x, y-PointRadius-1, color.NRGBA{0, 0, 0, 0x4c})
	}
}

// drawFlag draws the badge of a date conflict centred at (x, y): a red
// disc with an exclamation mark.
func (p *painter) drawFlag(x, y float64) {
	p.circle(x, y, FlagRadius, ConflictColor, color.White)
	p.text("!", x-p.bold.Width("!").Points()/2, y-p.bold.Extents().Height.Points()/2, p.bold, color.White)
}

func (p *painter) drawCluster(m Mark, col color.NRGBA, s Scale, y float64) {
	if m.Mixed {
		col = color.NRGBA{0x77, 0x77, 0x77, 0xff}
	}
	if m.Track > 0 {
		p.rect(math.Max(m.X0, s.Left), y-SpanHeight/2, math.Min(m.X1, s.Left+s.Width)-math.Max(m.X0, s.Left), SpanHeight, fadeNRGBA(col, 0.6), nil)
		return
	}
	x0, x1 := m.Extent()
	h := 2*PointRadius + 4
	r := h / 2
	var path vg.Path
	path.Move(p.pt(x0+r, y-r))
	path.Line(p.pt(x1-r, y-r))
	path.Arc(p.pt(x1-r, y), vg.Length(r), math.Pi/2, -math.Pi)
	path.Line(p.pt(x0+r, y+r))
	path.Arc(p.pt(x0+r, y), vg.Length(r), -math.Pi/2, -math.Pi)
	path.Close()
	p.fillStroke(path, col, nil, 0)
	n := Count(m.N)
	p.text(n, (x0+x1)/2-p.small.Width(n).Points()/2, y-6, p.small, color.White)
}

// drawAxis draws tick labels under the lanes: minor labels, then the month
// or year context with the first one pinned at the left.
func (p *painter) drawAxis(s Scale, y float64) {
	mw := p.measure(p.label)
	right := s.Left + s.Width
	p.line(s.Left, y, right, y, grey)
	pinned := Context(s, mw, s.From)
	pinnedX := s.Left + 3
	mb := p.measure(p.bold)
	for _, t := range Ticks(s, mw) {
		if t.X < s.Left || t.X > right {
			continue
		}
		tl := 5.0
		if t.Major != "" {
			tl = exportAxis - 6
			if t.X+3+mb(t.Major) <= right {
				p.text(t.Major, t.X+3, y+20, p.bold, ink)
			}
			if t.X > s.Left+1 && pinnedX+mb(pinned)+12 > t.X {
				pinnedX = t.X - mb(pinned) - 12
			}
		}
		p.line(t.X, y, t.X, y+tl, grey)
		if t.X+3+mw(t.Label) <= right {
			p.text(t.Label, t.X+3, y+4, p.label, grey)
		}
	}
	if pinned != "" && pinnedX >= s.Left {
		p.text(pinned, pinnedX, y+20, p.bold, ink)
	}
}
