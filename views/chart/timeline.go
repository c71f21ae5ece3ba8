package chart

import (
	"fmt"
	"image/color"
	"io"
	"math"
	"slices"
	"time"

	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"

	"newsline/data"
)

// TimelineOptions says what a timeline image shows and how big it is.
type TimelineOptions struct {
	Title    string
	Subtitle string   // e.g. the filter in words; the date range when empty
	From, To data.Day // the window; both zero to fit the events
	Lanes    LaneMode
	Actors   []LaneActor // the lanes of LanesActors
	Width    int         // pixels; 1600 when zero
	Height   int         // pixels; 900 when zero
}

// Export geometry, in pixels (points at 72 dpi).
const (
	exportGutter = 170.0
	exportAxis   = 44.0
	exportMargin = 24.0
)

// WriteTimeline draws events as the timeline view does (lanes, marks,
// clusters, labels, axis) with a title and legend, and writes it to w as
// format "png" or "svg".
func WriteTimeline(w io.Writer, format string, events []data.Event, opt TimelineOptions) error {
	if opt.Width <= 0 {
		opt.Width = 1600
	}
	if opt.Height <= 0 {
		opt.Height = 900
	}
	width, height := vg.Length(opt.Width), vg.Length(opt.Height)
	var c vg.CanvasWriterTo
	switch format {
	case "png":
		c = vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(width, height), vgimg.UseDPI(72),
			vgimg.UseBackgroundColor(color.White))}
	case "svg":
		c = vgsvg.New(width, height)
	default:
		return fmt.Errorf("timeline image: unknown format %q (want png or svg)", format)
	}
	p := newPainter(c, float64(opt.Width), float64(opt.Height))
	p.drawTimeline(events, opt)
	if _, err := c.WriteTo(w); err != nil {
		return fmt.Errorf("timeline image: %w", err)
	}
	return nil
}

// FitWindow returns a window showing the story the events tell, with a
// small margin: every event, except a few stray ones far before or after
// the rest (a background reference to an event years earlier), which would
// squeeze the story into a corner. At most outlierShare of the events are
// left out, and only when they lie further from the rest than
// outlierGap times the span of the rest.
func FitWindow(events []data.Event) (from, to float64) {
	if len(events) == 0 {
		today := float64(data.DayOf(time.Now()))
		return today - 365, today + 1
	}
	starts := make([]float64, len(events))
	ends := make([]float64, len(events))
	for i, e := range events {
		starts[i], ends[i] = float64(e.Date.Start), float64(e.Date.End)
	}
	slices.Sort(starts)
	slices.Sort(ends)
	n := len(events)
	lo, hi := 0, n-1
	limit := int(float64(n) * outlierShare)
	bestLo, bestHi := 0.0, 0.0
	for k := 1; k <= limit && k < n-2; k++ {
		// Leave out the k earliest, or the k latest, events.
		if gap := starts[k] - ends[k-1]; gap > outlierGap*(ends[n-1]-starts[k]) && gap > bestLo {
			lo, bestLo = k, gap
		}
		if gap := starts[n-k] - ends[n-k-1]; gap > outlierGap*(ends[n-k-1]-starts[0]) && gap > bestHi {
			hi, bestHi = n-k-1, gap
		}
	}
	if hi <= lo {
		lo, hi = 0, n-1
	}
	first, last := starts[lo], ends[hi]
	m := math.Max((last-first)*0.04, 2)
	return first - m, last + m
}

// Outliers that FitWindow may leave out of view.
const (
	outlierShare = 0.05
	outlierGap   = 0.5
)

// drawTimeline draws the whole image.
func (p *painter) drawTimeline(events []data.Event, opt TimelineOptions) {
	p.rect(0, 0, p.w, p.h, color.White, nil)
	from, to := float64(opt.From), float64(opt.To)
	if opt.From == 0 && opt.To == 0 {
		from, to = FitWindow(events)
	}
	s := Scale{From: from, To: to, Left: exportMargin + exportGutter, Width: p.w - 2*exportMargin - exportGutter}
	sub := opt.Subtitle
	if sub == "" {
		sub = data.Day(math.Floor(from)).Time().Format("2 Jan 2006") + " – " + data.Day(math.Floor(to)).Time().Format("2 Jan 2006")
	}
	p.text(opt.Title, exportMargin, exportMargin, p.title, ink)
	p.text(sub, exportMargin, exportMargin+26, p.small, grey)
	legendBottom := p.drawLegend(inWindow(events, from, to), exportMargin+50)
	lanes, members := TimelineLanes(events, opt.Lanes, opt.Actors)
	top := legendBottom + 12
	laneH := math.Min(math.Max((p.h-top-exportAxis-exportMargin)/math.Max(float64(len(lanes)), 1), 40), 400)
	p.drawLanes(events, lanes, members, s, top, laneH)
	p.drawAxis(s, top+float64(len(lanes))*laneH)
}

// exportTypeface is the font family of timeline images: plot's Liberation
// fonts, registered by importing plot.
var exportTypeface = plot.DefaultFont.Typeface

var (
	ink   = color.NRGBA{0x22, 0x22, 0x22, 0xff}
	grey  = color.NRGBA{0x66, 0x66, 0x66, 0xff}
	faint = color.NRGBA{0, 0, 0, 0x1a}
)

func exportFont(size float64, bold bool) font.Face {
	f := font.Font{Typeface: exportTypeface, Variant: "Sans", Size: font.Length(size)}
	if bold {
		f.Weight = xfont.WeightBold
	}
	return font.DefaultCache.Lookup(f, f.Size)
}

// inWindow returns the events overlapping [from, to).
func inWindow(events []data.Event, from, to float64) []data.Event {
	var out []data.Event
	for _, e := range events {
		if float64(e.Date.End) > from && float64(e.Date.Start) < to {
			out = append(out, e)
		}
	}
	return out
}
