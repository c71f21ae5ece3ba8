package chart

import (
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"newsline/data"
)

// EventsByType draws the number of dated events per bin as bars stacked
// by event type, the most frequent type at the bottom, in the timeline's
// type colours.
func EventsByType(series []data.Series, bin data.Bin, span string) *plot.Plot {
	title := withSpan("Events by type", span)
	if len(series) == 0 || len(series[0].Bins) == 0 {
		return emptyPlot(title, "No dated events under this filter")
	}
	p := newPlot(title, "Event date ("+binWords[bin]+")", "Events per "+binWords[bin]+" (count)")
	grid := plotter.NewGrid()
	grid.Vertical.Color, grid.Horizontal.Color = nil, gridColor
	p.Add(grid, stackedBars{series: series, bin: bin})
	for _, s := range series {
		p.Legend.Add(TypeName(s.Label), swatch{TypeColor(s.Label)})
	}
	p.X.Tick.Marker = dateTicker{}
	p.Y.Tick.Marker = countTicker{}
	p.Y.Min = 0
	p.Y.Padding = 0
	return p
}

// stackedBars stacks the series' counts in each bin as one bar spanning
// the bin's dates, less a small gap.
type stackedBars struct {
	series []data.Series
	bin    data.Bin
}

// Plot implements plot.Plotter.
func (s stackedBars) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	for k, b := range s.series[0].Bins {
		x0, x1 := trX(float64(b.Start)), trX(float64(s.bin.Next(b.Start)))
		gap := min((x1-x0)*0.12, vg.Points(4))
		var total float64
		for _, ser := range s.series {
			n := float64(ser.Bins[k].Count)
			if n == 0 {
				continue
			}
			r := vg.Rectangle{Min: vg.Point{X: x0 + gap, Y: trY(total)}, Max: vg.Point{X: x1 - gap, Y: trY(total + n)}}
			c.SetColor(TypeColor(ser.Label))
			c.Fill(r.Path())
			total += n
		}
	}
}

// DataRange implements plot.DataRanger.
func (s stackedBars) DataRange() (xmin, xmax, ymin, ymax float64) {
	bins := s.series[0].Bins
	xmin, xmax = float64(bins[0].Start), float64(s.bin.Next(bins[len(bins)-1].Start))
	for k := range bins {
		var total float64
		for _, ser := range s.series {
			total += float64(ser.Bins[k].Count)
		}
		ymax = max(ymax, total)
	}
	return xmin, xmax, 0, ymax * 1.05
}
