package views

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// layer is one depth of the timeline drawing: pools of rectangles, lines,
// circles and texts that are reused from one refresh to the next, drawn in
// that order. Objects beyond what a refresh uses are hidden.
type layer struct {
	rects   []*canvas.Rectangle
	lines   []*canvas.Line
	circles []*canvas.Circle
	texts   []*canvas.Text
	nr, nl  int
	nc, nt  int
	grown   bool
}

// rect returns the next rectangle, placed at (x, y) with size (w, h).
func (l *layer) rect(x, y, w, h float64, fill color.Color) *canvas.Rectangle {
	if l.nr == len(l.rects) {
		l.rects = append(l.rects, canvas.NewRectangle(nil))
		l.grown = true
	}
	r := l.rects[l.nr]
	l.nr++
	r.FillColor, r.StrokeColor, r.StrokeWidth, r.CornerRadius = fill, nil, 0, 0
	place(r, x, y, w, h)
	return r
}

// line returns the next line from (x0, y0) to (x1, y1).
func (l *layer) line(x0, y0, x1, y1 float64, c color.Color, width float32) *canvas.Line {
	if l.nl == len(l.lines) {
		l.lines = append(l.lines, canvas.NewLine(nil))
		l.grown = true
	}
	ln := l.lines[l.nl]
	l.nl++
	ln.StrokeColor, ln.StrokeWidth = c, width
	ln.Position1 = fyne.NewPos(float32(x0), float32(y0))
	ln.Position2 = fyne.NewPos(float32(x1), float32(y1))
	ln.Show()
	return ln
}

// circle returns the next circle centred on (x, y) with radius r.
func (l *layer) circle(x, y, r float64, fill, stroke color.Color, width float32) *canvas.Circle {
	if l.nc == len(l.circles) {
		l.circles = append(l.circles, canvas.NewCircle(nil))
		l.grown = true
	}
	c := l.circles[l.nc]
	l.nc++
	c.FillColor, c.StrokeColor, c.StrokeWidth = fill, stroke, width
	c.Position1 = fyne.NewPos(float32(x-r), float32(y-r))
	c.Position2 = fyne.NewPos(float32(x+r), float32(y+r))
	c.Show()
	return c
}

// text returns the next text with its top-left corner at (x, y).
func (l *layer) text(s string, x, y float64, c color.Color, size float32, bold bool) *canvas.Text {
	if l.nt == len(l.texts) {
		l.texts = append(l.texts, canvas.NewText("", nil))
		l.grown = true
	}
	t := l.texts[l.nt]
	l.nt++
	t.Text, t.Color, t.TextSize, t.TextStyle = s, c, size, fyne.TextStyle{Bold: bold}
	t.Alignment = fyne.TextAlignLeading
	t.Move(fyne.NewPos(float32(x), float32(y)))
	t.Resize(t.MinSize())
	t.Show()
	return t
}

func place(o fyne.CanvasObject, x, y, w, h float64) {
	o.Move(fyne.NewPos(float32(x), float32(y)))
	o.Resize(fyne.NewSize(float32(w), float32(h)))
	o.Show()
}

// finish hides the objects this refresh did not use, refreshes the used
// ones, and resets the pools for the next refresh.
func (l *layer) finish() {
	for i, r := range l.rects {
		finishObject(r, i < l.nr)
	}
	for i, ln := range l.lines {
		finishObject(ln, i < l.nl)
	}
	for i, c := range l.circles {
		finishObject(c, i < l.nc)
	}
	for i, t := range l.texts {
		finishObject(t, i < l.nt)
	}
	l.nr, l.nl, l.nc, l.nt = 0, 0, 0, 0
}

func finishObject(o fyne.CanvasObject, used bool) {
	if used {
		o.Refresh()
	} else if o.Visible() {
		o.Hide()
	}
}

// objects appends the layer's objects in drawing order.
func (l *layer) objects(out []fyne.CanvasObject) []fyne.CanvasObject {
	for _, r := range l.rects {
		out = append(out, r)
	}
	for _, ln := range l.lines {
		out = append(out, ln)
	}
	for _, c := range l.circles {
		out = append(out, c)
	}
	for _, t := range l.texts {
		out = append(out, t)
	}
	return out
}
