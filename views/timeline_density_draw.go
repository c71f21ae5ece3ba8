package views

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"newsline/data"
	"newsline/views/chart"
)

// Density mode draws, in each lane, a bar per time bin whose height grows
// with the square root of its count (so that a bin of 10 stays visible next
// to one of 10,000), and a faint band under it as a heat strip.

// densityBars returns the bins of density mode's lane l visible in s, as
// (bin index in the row, pixel extent).
func (c *timelineChart) densityBars(l int, s chart.Scale, fn func(b int, x0, x1 float64)) {
	d := c.dense
	if l >= len(d.counts) {
		return
	}
	for b, n := range d.counts[l] {
		if n == 0 {
			continue
		}
		k := float64(d.first + b)
		x0, x1 := clipX(s.X(k*d.bin), s.X((k+1)*d.bin), s)
		if x1 <= x0 {
			continue
		}
		fn(b, x0, x1)
	}
}

// densityHeight is the bar height of a count of n in a lane laneH high.
func (c *timelineChart) densityHeight(n int, laneH float64) float64 {
	top := laneH - 16
	return math.Max(top*math.Sqrt(float64(n)/float64(max(c.dense.max, 1))), 2)
}

// laneColor is the colour of density mode's lane l.
func laneColor(l chart.Lane) color.NRGBA {
	if l.Type != "" {
		return chart.TypeColor(l.Type)
	}
	return color.NRGBAModel.Convert(themeColor(theme.ColorNamePrimary)).(color.NRGBA)
}

// drawDensity draws the bars of every lane and a caption.
func (r *timelineRenderer) drawDensity(s chart.Scale, laneH float64) {
	c, l := r.c, &r.marks
	for i, lane := range c.lanes {
		col := laneColor(lane)
		base := float64(i+1)*laneH - 6
		c.densityBars(i, s, func(b int, x0, x1 float64) {
			n := c.dense.counts[i][b]
			w := math.Max(x1-x0-1, 1)
			l.rect(x0, base-laneH+10, w, laneH-10, fade(col, 0.05+0.2*float64(n)/float64(max(c.dense.max, 1))))
			h := c.densityHeight(n, laneH)
			fill := fade(col, 0.85)
			if c.hover == c.densityIndex(i, b) {
				fill = col
			}
			l.rect(x0, base-h, w, h, fill)
		})
	}
	if len(c.lanes) == 0 || c.dense.total == 0 {
		r.drawEmpty()
	}
}

// densityIndex numbers bin b of lane l for hover.
func (c *timelineChart) densityIndex(l, b int) int {
	return l*len(c.dense.counts[0]) + b
}

// binAt returns the densityIndex of the bar under p, or -1.
func (c *timelineChart) binAt(p fyne.Position) int {
	d, s, laneH := c.dense, c.scale(), c.laneHeight()
	l := int(float64(p.Y) / laneH)
	if l < 0 || l >= len(d.counts) || float64(p.X) < s.Left || len(d.counts[l]) == 0 {
		return -1
	}
	b := d.binOf(s.Day(float64(p.X))) - d.first
	if b < 0 || b >= len(d.counts[l]) || d.counts[l][b] == 0 {
		return -1
	}
	return c.densityIndex(l, b)
}

// zoomToBin zooms into the bin under p, with a margin.
func (c *timelineChart) zoomToBin(p fyne.Position) {
	i := c.binAt(p)
	if i < 0 {
		return
	}
	d := c.dense
	k := float64(d.first + i%len(d.counts[0]))
	lo, hi := k*d.bin, (k+1)*d.bin
	pad := math.Max(d.bin*0.2, 0.5)
	c.setWindow(lo-pad, hi+pad)
}

// densityLines describes the bar of densityIndex i for the hover card.
func (c *timelineChart) densityLines(i int) []string {
	d := c.dense
	if len(d.counts) == 0 || len(d.counts[0]) == 0 || i/len(d.counts[0]) >= len(d.counts) {
		return nil
	}
	row := len(d.counts[0])
	l, b := i/row, i%row
	k := float64(d.first + b)
	from, to := data.Day(k*d.bin), data.Day((k+1)*d.bin)
	when := formatDay(from)
	if d.bin > 1 {
		when += " – " + formatDay(to-1)
	}
	return []string{
		thousands(d.counts[l][b]) + " events starting " + when,
		"Lane: " + c.lanes[l].Label,
		"Click or zoom in to see them one by one",
	}
}
