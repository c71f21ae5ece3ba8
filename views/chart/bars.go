package chart

import (
	"image/color"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"newsline/data"
)

// TopActors draws the actors with the most mentions as horizontal bars,
// the most mentioned at the top, coloured by actor type. span names the
// filter's time window for the title ("" for all time).
func TopActors(counts []data.ActorCount, span string) *plot.Plot {
	return actorBars(counts, withSpan("Most mentioned actors", span), "Mentions (count)", "No mentions under this filter")
}

// Outlets draws the number of distinct outlets naming each actor as
// horizontal bars, the widest-reported at the top.
func Outlets(counts []data.ActorCount, span string) *plot.Plot {
	return actorBars(counts, withSpan("Outlets per actor", span), "Distinct outlets (count)", "No outlets under this filter")
}

func actorBars(counts []data.ActorCount, title, xLabel, empty string) *plot.Plot {
	if len(counts) == 0 {
		return emptyPlot(title, empty)
	}
	p := newPlot(title, xLabel, "")
	bars := hbars{}
	names := make([]string, len(counts))
	seen := map[string]bool{}
	for i, c := range counts {
		bars.values = append(bars.values, float64(c.Count))
		bars.colors = append(bars.colors, ActorColor(c.Type))
		names[len(counts)-1-i] = shorten(c.Name, 28)
		seen[c.Type] = true
	}
	grid := plotter.NewGrid()
	grid.Horizontal.Color = nil
	grid.Vertical.Color = gridColor
	p.Add(grid, bars)
	p.NominalY(names...)
	p.Y.Tick.Length = 0
	p.X.Tick.Marker = countTicker{}
	p.X.Min = 0
	for _, t := range ActorTypes {
		if seen[t] {
			p.Legend.Add(ActorTypeName(t), swatch{ActorColor(t)})
		}
	}
	return p
}

// shorten cuts s to at most n runes with an ellipsis.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// hbars are horizontal bars from 0, the first value at the top, each
// labelled with its value at its end. Their thickness follows the space
// available, unlike plotter.BarChart's fixed width.
type hbars struct {
	values []float64
	colors []color.RGBA
}

// Plot implements plot.Plotter.
func (b hbars) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	sty := p.X.Tick.Label
	sty.XAlign, sty.YAlign = draw.XLeft, draw.YCenter
	n := len(b.values)
	for i, v := range b.values {
		y := float64(n - 1 - i)
		r := vg.Rectangle{Min: vg.Point{X: trX(0), Y: trY(y - 0.36)}, Max: vg.Point{X: trX(v), Y: trY(y + 0.36)}}
		c.SetColor(b.colors[i])
		c.Fill(r.Path())
		c.FillText(sty, vg.Point{X: r.Max.X + 4, Y: trY(y)}, strconv.FormatFloat(v, 'f', -1, 64))
	}
}

// DataRange implements plot.DataRanger, leaving room for the value labels.
func (b hbars) DataRange() (xmin, xmax, ymin, ymax float64) {
	for _, v := range b.values {
		xmax = max(xmax, v)
	}
	return 0, xmax * 1.1, -0.5, float64(len(b.values)) - 0.5
}
