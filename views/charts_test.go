package views

import (
	"context"
	"math"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"newsline/data"
)

func TestBuildChartKinds(t *testing.T) {
	st := openCase(t, testArticles...)
	ctx := context.Background()
	for _, k := range ChartKinds {
		p, err := BuildChart(ctx, st, k.Name, data.Filter{})
		if err != nil || p == nil {
			t.Fatalf("%s: %v", k.Name, err)
		}
		if !strings.HasPrefix(p.Title.Text, k.Title) {
			t.Errorf("%s: title %q", k.Name, p.Title.Text)
		}
	}
	if _, err := BuildChart(ctx, st, "pie", data.Filter{}); err == nil {
		t.Error("unknown chart accepted")
	}
	sep := data.Filter{From: data.ParseValue("2023-09-01").Start, To: data.ParseValue("2023-10-01").Start}
	p, _ := BuildChart(ctx, st, "mentions", sep)
	if want := "Most mentioned actors, 1 Sep 2023 – 30 Sep 2023"; p.Title.Text != want {
		t.Errorf("title = %q, want %q", p.Title.Text, want)
	}
}

// chartsUI is the charts view over the test case in a 1200×700 window.
func chartsUI(t *testing.T) (*Charts, *Filter, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	filter := NewFilter()
	c := NewCharts(openCase(t, testArticles...), filter)
	c.Reload()
	c.pending.Wait() // the test driver lays out on this goroutine
	w := test.NewWindow(c)
	w.Resize(fyne.NewSize(1200, 700))
	t.Cleanup(w.Close)
	waitFor(t, "the first chart at the window's size", func() bool {
		b := c.image.img.Image.Bounds()
		return b.Dx() > 1 && b.Dx() == round(c.image.Size().Width*w.Canvas().Scale())
	})
	return c, filter, w
}

func TestChartsRenderAtCanvasScale(t *testing.T) {
	c, _, w := chartsUI(t)
	size := c.image.Size()
	scale := w.Canvas().Scale()
	b := c.image.img.Image.Bounds()
	if b.Dx() != round(size.Width*scale) || b.Dy() != round(size.Height*scale) {
		t.Errorf("image %v for a %v widget at scale %v", b, size, scale)
	}
	done := c.image.renderedSignal()
	w.Resize(fyne.NewSize(900, 600))
	waitSignal(t, done)
	if nb := c.image.img.Image.Bounds(); nb.Dx() >= b.Dx() {
		t.Errorf("image %v not redrawn smaller after resize (was %v)", nb, b)
	}
}

func round(f float32) int { return int(math.Round(float64(f))) }

func waitSignal(t *testing.T, ch <-chan struct{}) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(5 * time.Second):
		t.Fatal("timed out waiting for the chart to be drawn")
	}
}

func TestChartsFollowPickerAndFilter(t *testing.T) {
	c, filter, _ := chartsUI(t)
	done := c.image.renderedSignal()
	fyne.DoAndWait(func() { c.picker.SetSelected("Mentions over time") })
	waitSignal(t, done)
	if c.Kind() != "trend" || c.Plot().Title.Text != "Mentions over time" {
		t.Fatalf("kind %s, title %q", c.Kind(), c.Plot().Title.Text)
	}
	done = c.image.renderedSignal()
	fyne.DoAndWait(func() {
		filter.Update(func(f *data.Filter) { f.From = data.ParseValue("2023-09").Start })
	})
	waitSignal(t, done)
	if title := c.Plot().Title.Text; !strings.Contains(title, "from 1 Sep 2023") {
		t.Errorf("title after filtering = %q", title)
	}
}

func TestExportSize(t *testing.T) {
	w, h, err := exportSize("1200", "800")
	if err != nil || w != 900 || h != 600 {
		t.Errorf("1200×800 px = %v×%v pt, %v", w, h, err)
	}
	for _, bad := range [][2]string{{"12", "800"}, {"wide", "800"}, {"1200", ""}} {
		if _, _, err := exportSize(bad[0], bad[1]); err == nil {
			t.Errorf("%v accepted", bad)
		}
	}
}
