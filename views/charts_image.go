package views

import (
	"image"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"

	"newsline/views/chart"
)

// chartImage shows a plot as an image drawn at the canvas scale, so that
// it is crisp on HiDPI screens, and redraws it off the UI goroutine when
// its size or plot changes.
type chartImage struct {
	widget.BaseWidget

	img *canvas.Image

	mu       sync.Mutex
	draw     sync.Mutex // a plot must not be drawn twice at once
	plot     *plot.Plot
	drawn    fyne.Size
	drawnAt  float32
	gen      int
	rendered chan struct{} // closed and replaced after each render, for tests
}

func newChartImage() *chartImage {
	ci := &chartImage{img: canvas.NewImageFromImage(image.NewRGBA(image.Rect(0, 0, 1, 1))), rendered: make(chan struct{})}
	ci.img.FillMode = canvas.ImageFillStretch
	ci.ExtendBaseWidget(ci)
	return ci
}

// CreateRenderer implements fyne.Widget.
func (ci *chartImage) CreateRenderer() fyne.WidgetRenderer { return &chartImageRenderer{ci: ci} }

func (ci *chartImage) setPlot(p *plot.Plot) {
	ci.mu.Lock()
	ci.plot = p
	ci.mu.Unlock()
	ci.render(ci.Size())
}

func (ci *chartImage) currentPlot() *plot.Plot {
	ci.mu.Lock()
	defer ci.mu.Unlock()
	return ci.plot
}

// scale is the pixels per unit of the canvas showing ci.
func (ci *chartImage) scale() float32 {
	if app := fyne.CurrentApp(); app != nil {
		if c := app.Driver().CanvasForObject(ci); c != nil {
			return c.Scale()
		}
	}
	return 1
}

// render draws the plot at size in a goroutine and shows it when done,
// unless a newer render started.
func (ci *chartImage) render(size fyne.Size) {
	scale := ci.scale()
	ci.mu.Lock()
	p := ci.plot
	if p == nil || size.Width < 1 || size.Height < 1 {
		ci.mu.Unlock()
		return
	}
	ci.drawn, ci.drawnAt = size, scale
	ci.gen++
	gen := ci.gen
	ci.mu.Unlock()
	go func() {
		ci.draw.Lock()
		img := chart.Render(p, vg.Length(size.Width*unitPoints), vg.Length(size.Height*unitPoints), float64(scale/unitPoints))
		ci.draw.Unlock()
		fyne.Do(func() { ci.show(gen, img) })
	}()
}

func (ci *chartImage) show(gen int, img *image.RGBA) {
	ci.mu.Lock()
	current := gen == ci.gen
	done := ci.rendered
	if current {
		ci.rendered = make(chan struct{})
	}
	ci.mu.Unlock()
	if !current {
		return
	}
	ci.img.Image = img
	ci.img.Refresh()
	close(done)
}

// renderedSignal returns a channel closed after the next image is shown.
func (ci *chartImage) renderedSignal() <-chan struct{} {
	ci.mu.Lock()
	defer ci.mu.Unlock()
	return ci.rendered
}

// chartImageRenderer lays out the image and redraws it on resize.
type chartImageRenderer struct{ ci *chartImage }

func (r *chartImageRenderer) Layout(size fyne.Size) {
	r.ci.img.Resize(size)
	r.ci.mu.Lock()
	changed := size != r.ci.drawn || r.ci.scale() != r.ci.drawnAt
	r.ci.mu.Unlock()
	if changed {
		r.ci.render(size)
	}
}

func (r *chartImageRenderer) MinSize() fyne.Size           { return fyne.NewSize(320, 220) }
func (r *chartImageRenderer) Refresh()                     { r.ci.img.Refresh() }
func (r *chartImageRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.ci.img} }
func (r *chartImageRenderer) Destroy()                     {}
