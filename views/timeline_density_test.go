package views

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"newsline/data"
)

// lowDensity lowers the level-of-detail thresholds for a test and makes
// zooms reload at once.
func lowDensity(t testing.TB, threshold, actorMax int) {
	t.Helper()
	th, am, vd, st := densityThreshold, densityActorMax, viewDelay, shortThreshold
	densityThreshold, densityActorMax, viewDelay, shortThreshold = threshold, actorMax, 0, threshold
	t.Cleanup(func() { densityThreshold, densityActorMax, viewDelay, shortThreshold = th, am, vd, st })
}

func TestTimelineDensityMode(t *testing.T) {
	lowDensity(t, 3, 100)
	tl, _, _ := tlView(t)
	if tl.chart.dense == nil || len(tl.chart.events) != 0 {
		t.Fatalf("whole story over the threshold: dense %v, %d events", tl.chart.dense != nil, len(tl.chart.events))
	}
	if s := tl.status.Text; !strings.Contains(s, "zoom in for single ones") {
		t.Errorf("status %q", s)
	}
	if n := len(tl.chart.lanes); n == 0 || tl.chart.lanes[0].ActorID == 0 {
		t.Errorf("lanes %+v, want actor lanes", tl.chart.lanes)
	}
	if tl.chart.from > tlDay("2022-07-13") || tl.chart.to < tlDay("2023-10-18") {
		t.Errorf("window %v–%v does not fit the story", tl.chart.from, tl.chart.to)
	}

	tl.chart.setWindow(tlDay("2023-09-14"), tlDay("2023-09-16"))
	tl.pending.Wait()
	if tl.chart.dense != nil || len(tl.chart.events) == 0 || len(tl.chart.events) > 3 {
		t.Fatalf("zoomed in: dense %v, %d events", tl.chart.dense != nil, len(tl.chart.events))
	}
	if !strings.Contains(tl.status.Text, "3 events") {
		t.Errorf("status %q", tl.status.Text)
	}

	tl.chart.fit()
	tl.pending.Wait()
	if tl.chart.dense == nil {
		t.Fatal("zoomed out to the whole story: no density")
	}
}

func TestTimelineShortEventsMode(t *testing.T) {
	lowDensity(t, 0, 100)
	shortThreshold = 1_000
	tl, _, _ := tlView(t)
	tl.chart.setWindow(tlDay("2023-09-14"), tlDay("2023-09-16"))
	tl.pending.Wait()
	if tl.chart.dense != nil {
		t.Fatal("small window over the threshold: density, want its short events")
	}
	for _, e := range tl.chart.events {
		if e.Date.End-e.Date.Start > 7 {
			t.Errorf("long event %d (%s) drawn one by one", e.ID, e.Date.Value)
		}
	}
	t.Logf("status %q, %d events", tl.status.Text, len(tl.chart.events))
}

func TestTimelineDensityByType(t *testing.T) {
	lowDensity(t, 3, 3)
	tl, _, _ := tlView(t)
	d := tl.chart.dense
	if d == nil || !d.byType || d.total != 12 {
		t.Fatalf("density %+v", d)
	}
	if !strings.Contains(tl.status.Text, "by type") {
		t.Errorf("status %q", tl.status.Text)
	}
	sum := 0
	for _, row := range d.counts {
		for _, n := range row {
			sum += n
		}
	}
	if sum != d.total || len(d.lanes) != len(d.types) || d.lanes[0].Type == "" {
		t.Errorf("lanes %+v, counts sum %d of %d", d.lanes, sum, d.total)
	}
	p := tlBarPos(tl.chart)
	tl.chart.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: p}})
	if lines := tl.chart.densityLines(tl.chart.hover); len(lines) == 0 || !strings.Contains(lines[0], "events starting") {
		t.Errorf("hover %q", lines)
	}
	tl.chart.Tapped(&fyne.PointEvent{Position: p})
	tl.pending.Wait()
	if tl.chart.to-tl.chart.from > 2*d.bin {
		t.Errorf("a click on a bar did not zoom into it: %v days", tl.chart.to-tl.chart.from)
	}
}

func TestTimelineUndatedCap(t *testing.T) {
	test.NewTempApp(t)
	old := undatedCap
	undatedCap = 1
	t.Cleanup(func() { undatedCap = old })
	tl, _, _ := tlView(t)
	if n := len(tl.details.undatedEvs); n != 1 || tl.details.undatedMore != 1 || tl.details.undated.Length() != 2 {
		t.Errorf("undated list: %d loaded, %d more, %d rows", n, tl.details.undatedMore, tl.details.undated.Length())
	}
}

// tlBarPos returns the middle of the first bar drawn.
func tlBarPos(c *timelineChart) fyne.Position {
	s, laneH := c.scale(), c.laneHeight()
	for l := range c.dense.counts {
		var pos fyne.Position
		found := false
		c.densityBars(l, s, func(b int, x0, x1 float64) {
			if !found {
				pos, found = fyne.NewPos(float32((x0+x1)/2), float32(float64(l+1)*laneH-10)), true
			}
		})
		if found {
			return pos
		}
	}
	return fyne.Position{}
}

// tlDenseCase opens a temporary case of n articles of five events each,
// spread over two years with a busy autumn, plus the story.
func tlDenseCase(t testing.TB, n int) *data.Store {
	t.Helper()
	st, err := data.Open(filepath.Join(t.TempDir(), "dense.newsline"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	r := rand.New(rand.NewPCG(1, 2))
	names := make([]string, 0, len(tlActors))
	for a := range tlActors {
		names = append(names, a)
	}
	slices.Sort(names)
	types := []string{"MEET", "VISIT", "SIGN", "TRAVEL", "ARMS_TRANSFER", "ATTACK", "STATEMENT"}
	first := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		a := tlArticle{title: fmt.Sprint("Article ", i), outlet: "Wire", published: "2023-12-01"}
		for j := range 5 {
			days := r.IntN(730)
			if r.IntN(3) == 0 {
				days = 600 + r.IntN(60)
			}
			d := first.AddDate(0, 0, days).Format("2006-01-02")
			x, y := names[r.IntN(len(names))], names[r.IntN(len(names))]
			a.sents = append(a.sents, tlSentence{text: fmt.Sprintf("%s met %s on %s (%d).", x, y, d, j), date: d, value: d,
				typ: types[r.IntN(len(types))], trigger: "met", actors: []string{x, y}})
		}
		if _, _, err := st.SaveArticle(context.Background(), a.newArticle()); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

// TestTimelineDensityScreenshots writes PNGs of density mode (actor lanes,
// type lanes, hover) with -timeline.shots, like TestTimelineScreenshots.
func TestTimelineDensityScreenshots(t *testing.T) {
	if *tlShots == "" {
		t.Skip("no -timeline.shots folder")
	}
	test.NewTempApp(t)
	lowDensity(t, 200, 800)
	st := tlDenseCase(t, 300)
	f := NewFilter()
	tl := NewTimeline(st, f)
	w := test.NewTempWindow(t, container.NewBorder(NewFilterBar(st, f), nil, nil, nil, tl))
	w.Resize(fyne.NewSize(1200, 700))
	tl.Reload()
	tl.pending.Wait()
	tl.chart.fit()
	tl.pending.Wait()
	tlShoot(t, w, "density-1-actors")
	tl.lanes.SetSelected("By event type")
	tl.pending.Wait()
	p := tlBarPos(tl.chart)
	tl.chart.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: p}})
	tlShoot(t, w, "density-2-types-hover")
	tl.chart.setWindow(tlDay("2023-09-01"), tlDay("2023-09-15"))
	tl.pending.Wait()
	tlShoot(t, w, "density-3-zoomed")
}

// TestTimelineDensityExport: at a zoom that draws counts there are no
// events to export, and the dialog says what to do instead of writing an
// empty image.
func TestTimelineDensityExport(t *testing.T) {
	lowDensity(t, 3, 100)
	tl, _, w := tlView(t)
	if tl.chart.dense == nil {
		t.Fatal("fixture: the whole story should be a density")
	}
	tl.ShowExportDialog(w)
	if !overlayShows(w, "Zoom in, or narrow the filter") {
		t.Error("no explanation in density mode")
	}
}
