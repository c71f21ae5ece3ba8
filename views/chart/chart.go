package chart

import (
	"fmt"
	"image"
	"image/color"
	stddraw "image/draw"
	"io"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// Formats are the file formats Write accepts.
var Formats = []string{"png", "svg", "pdf"}

// Write draws p at width × height in format (png, svg or pdf) to w. A PNG
// is drawn at 96 dpi, so that 1 pt of width is 4/3 pixel.
func Write(w io.Writer, p *plot.Plot, format string, width, height vg.Length) error {
	var c vg.CanvasWriterTo
	switch format {
	case "png":
		c = vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(width, height), vgimg.UseDPI(96))}
	case "svg", "pdf":
		fc, err := draw.NewFormattedCanvas(width, height, format)
		if err != nil {
			return fmt.Errorf("chart %s: %w", format, err)
		}
		c = fc
	default:
		return fmt.Errorf("chart: unknown format %q (want png, svg or pdf)", format)
	}
	Draw(draw.New(c), p)
	if _, err := c.WriteTo(w); err != nil {
		return fmt.Errorf("write chart %s: %w", format, err)
	}
	return nil
}

// Render draws p into an RGBA image of width × height points at scale
// pixels per point (the canvas scale on screen), skipping any encoding.
func Render(p *plot.Plot, width, height vg.Length, scale float64) *image.RGBA {
	c := imageCanvas(width, height, scale)
	Draw(draw.New(c), p)
	return c.Image().(*image.RGBA)
}

// imageCanvas is a white canvas of exactly width × height points times
// scale pixels; its DPI is rounded, so its size in points may differ from
// width × height by a fraction of a percent.
func imageCanvas(width, height vg.Length, scale float64) *vgimg.Canvas {
	px := func(l vg.Length) int { return max(1, int(math.Round(float64(l)*scale))) }
	img := image.NewRGBA(image.Rect(0, 0, px(width), px(height)))
	stddraw.Draw(img, img.Bounds(), image.White, image.Point{}, stddraw.Src)
	return vgimg.NewWith(vgimg.UseImage(img), vgimg.UseDPI(max(1, int(math.Round(72*scale)))))
}

// Draw draws p on c with its legend, if any, in a column to the right of
// the plot, where it never covers data.
func Draw(c draw.Canvas, p *plot.Plot) {
	if p.BackgroundColor != nil {
		c.SetColor(p.BackgroundColor)
		c.Fill(c.Rectangle.Path())
	}
	c = draw.Crop(c, pad, -pad, pad/2, -pad/2)
	leg := p.Legend
	r := leg.Rectangle(c)
	if r.Max.X-r.Min.X <= 0 {
		p.Draw(c)
		return
	}
	width := r.Max.X - r.Min.X + 2*pad
	p.Legend = plot.NewLegend()
	defer func() { p.Legend = leg }()
	p.Draw(draw.Crop(c, 0, -width, 0, 0))
	side := draw.Crop(c, c.Max.X-c.Min.X-width+pad, -pad, 0, -titleHeight(p)-pad)
	leg.Left, leg.Top = true, true
	leg.Draw(side)
}

// pad is the space around legends and labels.
const pad = vg.Length(8)

func titleHeight(p *plot.Plot) vg.Length {
	if p.Title.Text == "" {
		return 0
	}
	r := p.Title.TextStyle.Rectangle(p.Title.Text)
	return r.Max.Y - r.Min.Y + p.Title.Padding
}

// newPlot returns a plot in Liberation Sans: a 14 pt title, 11 pt axis
// labels and 10 pt ticks and legend.
func newPlot(title, xLabel, yLabel string) *plot.Plot {
	p := plot.New()
	p.Title.Text = title
	p.Title.TextStyle.Font = sans(14)
	p.Title.Padding = vg.Points(10)
	p.X.Label.Text, p.Y.Label.Text = xLabel, yLabel
	for _, ax := range []*plot.Axis{&p.X, &p.Y} {
		ax.Label.TextStyle.Font = sans(11)
		ax.Tick.Label.Font = sans(10)
		ax.Padding = vg.Points(4)
	}
	p.Legend.TextStyle.Font = sans(10)
	p.Legend.ThumbnailWidth = vg.Points(14)
	p.Legend.Padding = vg.Points(3)
	return p
}

// sans is Liberation Sans, which gonum/plot embeds, at size points.
func sans(size float64) font.Font {
	return font.Font{Typeface: "Liberation", Variant: "Sans", Size: vg.Points(size)}
}

// Palette: the colours of actor types and, for communities and series, a
// qualitative palette (Tableau 10) that stays readable on white.
var (
	actorColors = map[string]color.RGBA{
		"PERSON": {0x1f, 0x77, 0xb4, 0xff},
		"ORG":    {0xff, 0x7f, 0x0e, 0xff},
		"GPE":    {0x2c, 0xa0, 0x2c, 0xff},
		"LOC":    {0x94, 0x67, 0xbd, 0xff},
	}
	qualitative = []color.RGBA{
		{0x4e, 0x79, 0xa7, 0xff}, {0xf2, 0x8e, 0x2b, 0xff}, {0xe1, 0x57, 0x59, 0xff},
		{0x76, 0xb7, 0xb2, 0xff}, {0x59, 0xa1, 0x4f, 0xff}, {0xed, 0xc9, 0x48, 0xff},
		{0xb0, 0x7a, 0xa1, 0xff}, {0xff, 0x9d, 0xa7, 0xff}, {0x9c, 0x75, 0x5f, 0xff},
		{0xba, 0xb0, 0xac, 0xff},
	}
	actorTypeNames = map[string]string{"PERSON": "Person", "ORG": "Organisation", "GPE": "Country or city", "LOC": "Place"}
)

// ActorColor is the colour of actors of type typ.
func ActorColor(typ string) color.RGBA {
	if c, ok := actorColors[typ]; ok {
		return c
	}
	return color.RGBA{0x7f, 0x7f, 0x7f, 0xff}
}

// ActorTypeName is the legend name of actor type typ.
func ActorTypeName(typ string) string {
	if n, ok := actorTypeNames[typ]; ok {
		return n
	}
	return typ
}

// ActorTypes are the actor types in legend order.
var ActorTypes = []string{"PERSON", "ORG", "GPE", "LOC"}

// SeriesColor is the colour of the i-th series or community; colours
// repeat after ten.
func SeriesColor(i int) color.RGBA { return qualitative[((i%10)+10)%10] }

// swatch is a legend thumbnail: a filled square of one colour.
type swatch struct{ color color.Color }

// Thumbnail implements plot.Thumbnailer.
func (s swatch) Thumbnail(c *draw.Canvas) {
	side := min(c.Max.Y-c.Min.Y, c.Max.X-c.Min.X)
	r := vg.Rectangle{Min: c.Min, Max: vg.Point{X: c.Min.X + side, Y: c.Min.Y + side}}
	c.SetColor(s.color)
	c.Fill(r.Path())
}

// message is a plotter that writes a line of text in the middle of an
// otherwise empty chart, such as "No mentions under this filter".
type message string

// Plot implements plot.Plotter.
func (m message) Plot(c draw.Canvas, p *plot.Plot) {
	sty := p.X.Label.TextStyle
	sty.XAlign, sty.YAlign = draw.XCenter, draw.YCenter
	sty.Color = color.Gray{0x70}
	c.FillText(sty, c.Center(), string(m))
}

// emptyPlot is a chart with only its title and a message.
func emptyPlot(title, msg string) *plot.Plot {
	p := newPlot(title, "", "")
	p.HideAxes()
	p.Add(message(msg))
	return p
}

// withSpan appends the filter's time span, if any, to a title.
func withSpan(title, span string) string {
	if span == "" {
		return title
	}
	return title + ", " + span
}

// gridColor is the colour of grid lines.
var gridColor = color.Gray{0xe0}
