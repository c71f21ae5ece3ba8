package chart

import (
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"newsline/data"
)

// binWords name a bin in axis labels.
var binWords = map[data.Bin]string{data.BinWeek: "week", data.BinMonth: "month"}

// MentionTrend draws one line per actor: its mentions per week or month,
// by publication date.
func MentionTrend(series []data.Series, bin data.Bin, span string) *plot.Plot {
	title := withSpan("Mentions over time", span)
	if len(series) == 0 || len(series[0].Bins) == 0 {
		return emptyPlot(title, "No dated mentions of the selected actors")
	}
	p := newPlot(title, "Publication "+binWords[bin], "Mentions per "+binWords[bin]+" (count)")
	grid := plotter.NewGrid()
	grid.Vertical.Color, grid.Horizontal.Color = gridColor, gridColor
	p.Add(grid)
	for i, s := range series {
		line, points := seriesLine(s, bin, SeriesColor(i))
		p.Add(line)
		thumbs := []plot.Thumbnailer{line}
		if points != nil {
			p.Add(points)
			thumbs = append(thumbs, points)
		}
		p.Legend.Add(shorten(s.Label, 24), thumbs...)
	}
	p.X.Tick.Marker = dateTicker{}
	p.Y.Tick.Marker = countTicker{}
	p.Y.Min = 0
	p.X.Padding, p.Y.Padding = vg.Points(6), 0
	return p
}

// seriesLine is s as a line through the middle of each bin, with dots when
// there are few enough bins to tell apart.
func seriesLine(s data.Series, bin data.Bin, c color.RGBA) (*plotter.Line, *plotter.Scatter) {
	xys := make(plotter.XYs, len(s.Bins))
	for i, b := range s.Bins {
		xys[i] = plotter.XY{X: (float64(b.Start) + float64(bin.Next(b.Start))) / 2, Y: float64(b.Count)}
	}
	line, _ := plotter.NewLine(xys)
	line.Color, line.Width = c, vg.Points(2)
	if len(xys) > 40 {
		return line, nil
	}
	points, _ := plotter.NewScatter(xys)
	points.GlyphStyle = draw.GlyphStyle{Color: c, Radius: vg.Points(2.5), Shape: draw.CircleGlyph{}}
	return line, points
}
