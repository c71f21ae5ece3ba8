package views

import (
	"flag"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"newsline/data"
)

// tlShots, when set, makes TestTimelineScreenshots write PNGs of the
// timeline with the filter bar at three zoom levels, in light and dark:
//
//	go test ./views/ -run TimelineScreenshots -timeline.shots /tmp/shots
var tlShots = flag.String("timeline.shots", "", "write screenshots of the timeline to this folder")

// tlVariant is the default theme forced to one variant.
type tlVariant struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (v tlVariant) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return v.Theme.Color(n, v.variant)
}

func TestTimelineScreenshots(t *testing.T) {
	if *tlShots == "" {
		t.Skip("no -timeline.shots folder")
	}
	if err := os.MkdirAll(*tlShots, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		name := map[fyne.ThemeVariant]string{theme.VariantLight: "light", theme.VariantDark: "dark"}[v]
		t.Run(name, func(t *testing.T) { tlShootZooms(t, v, name) })
	}
}

func tlShootZooms(t *testing.T, v fyne.ThemeVariant, name string) {
	test.NewTempApp(t)
	test.ApplyTheme(t, tlVariant{theme.DefaultTheme(), v})
	st := tlCase(t)
	f := NewFilter()
	tl := NewTimeline(st, f)
	tl.Reload()
	tl.pending.Wait()
	bar := NewFilterBar(st, f)
	bar.Reload()
	bar.pending.Wait()
	w := test.NewTempWindow(t, container.NewBorder(bar, nil, nil, nil, tl))
	w.Resize(fyne.NewSize(1200, 700))
	tl.pending.Wait()
	tlShoot(t, w, name+"-1-fit")
	tl.chart.setWindow(tlDay("2023-06-20"), tlDay("2023-10-31"))
	tlShoot(t, w, name+"-2-months")
	tl.chart.setWindow(tlDay("2023-09-09"), tlDay("2023-09-19"))
	tlShoot(t, w, name+"-3-days")
	tl.chart.hover = tlMarkIndex(tl.chart, "MEET", "2023-09-13")
	tl.chart.pointer = fyne.NewPos(600, 200)
	tl.chart.Tapped(&fyne.PointEvent{Position: tlMarkPos(tl.chart, tl.chart.hover)})
	tl.pending.Wait()
	tl.chart.Refresh()
	tlShoot(t, w, name+"-4-selected")
	tl.lanes.SetSelected("By event type")
	tl.pending.Wait()
	tl.chart.fit()
	tlShoot(t, w, name+"-5-types")
	f.Set(data.Filter{Text: "nothing-matches-this"})
	tl.pending.Wait()
	tlShoot(t, w, name+"-6-empty")
	// A small window past the density threshold: its day events, its
	// month/year events counted in the status.
	lowDensity(t, 0, 100)
	shortThreshold = 1_000
	tl.lanes.SetSelected("By actor")
	tl.pending.Wait()
	f.Set(data.Filter{})
	tl.pending.Wait()
	tl.chart.setWindow(tlDay("2023-09-09"), tlDay("2023-09-19"))
	tl.pending.Wait()
	tl.chart.Refresh()
	tlShoot(t, w, name+"-7-short")
}

func tlShoot(t *testing.T, w fyne.Window, name string) {
	t.Helper()
	f, err := os.Create(filepath.Join(*tlShots, "timeline-"+name+".png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, w.Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}
