package views

import (
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"newsline/data"
	"newsline/views/chart"
)

// tlMarkIndex returns the index of the single-event mark of the event of
// type typ starting on date (ISO), or -1.
func tlMarkIndex(c *timelineChart, typ, date string) int {
	for i, m := range c.marks {
		e := c.events[m.First]
		if m.N == 1 && e.Type == typ && float64(e.Date.Start) == tlDay(date) {
			return i
		}
	}
	return -1
}

// tlMarkPos returns the position of the centre of mark i.
func tlMarkPos(c *timelineChart, i int) fyne.Position {
	m := c.marks[i]
	return fyne.NewPos(float32(m.Center()), float32(chart.MarkY(m, c.laneHeight())))
}

func TestTimelineFitsTheStory(t *testing.T) {
	tl, _, _ := tlView(t)
	c := tl.chart
	if len(c.events) != 12 {
		t.Fatalf("%d dated events, want 12", len(c.events))
	}
	if c.from > tlDay("2022-07-13") || c.to < tlDay("2023-10-19") || c.to-c.from > 600 {
		t.Errorf("fit window %v – %v", data.Day(c.from).Time(), data.Day(c.to).Time())
	}
	if len(tl.details.undatedEvs) != 2 {
		t.Errorf("undated events %d, want 2", len(tl.details.undatedEvs))
	}
	for i := 1; i < len(c.events); i++ {
		if c.events[i].Date.Start < c.events[i-1].Date.Start {
			t.Fatalf("events out of order at %d", i)
		}
	}
}

func TestTimelineZoomAroundPointer(t *testing.T) {
	tl, _, _ := tlView(t)
	c := tl.chart
	x := float32(700)
	anchor := c.scale().Day(float64(x))
	span := c.to - c.from
	c.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(x, 100)}, Scrolled: fyne.Delta{DY: 10}})
	if c.to-c.from >= span {
		t.Errorf("wheel up: span %v, was %v", c.to-c.from, span)
	}
	if d := math.Abs(c.scale().Day(float64(x)) - anchor); d > 1e-6 {
		t.Errorf("day under the pointer moved by %v", d)
	}
	for range 60 {
		c.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(x, 100)}, Scrolled: fyne.Delta{DY: 10}})
	}
	if c.to-c.from != minSpanDays {
		t.Errorf("deepest zoom %v days, want %v", c.to-c.from, minSpanDays)
	}
}

func TestTimelinePanAndKeys(t *testing.T) {
	tl, _, _ := tlView(t)
	c := tl.chart
	from, span := c.from, c.to-c.from
	c.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: -100}})
	c.DragEnd()
	if want := from + 100/c.scale().PxPerDay(); math.Abs(c.from-want) > 1e-6 || c.to-c.from != span {
		t.Errorf("drag left 100px: from %v, want %v", c.from, want)
	}
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	if c.from >= from+100/c.scale().PxPerDay() {
		t.Errorf("left arrow did not pan back")
	}
	c.TypedRune('+')
	if c.to-c.from >= span {
		t.Errorf("+ did not zoom in")
	}
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
	if c.to-c.from != span {
		t.Errorf("Home: span %v, want the fit %v", c.to-c.from, span)
	}
}

func TestTimelineClickShowsSentence(t *testing.T) {
	tl, _, _ := tlView(t)
	c := tl.chart
	c.setWindow(tlDay("2023-09-01"), tlDay("2023-09-30"))
	i := tlMarkIndex(c, "MEET", "2023-09-13")
	if i < 0 {
		t.Fatal("no mark for the summit")
	}
	var opened [2]int64
	tl.OnOpenArticle = func(id int64, off int) { opened = [2]int64{id, int64(off)} }
	test.TapAt(c, tlMarkPos(c, i))
	tl.pending.Wait()
	if !strings.Contains(tl.details.sentence.String(), "Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome") {
		t.Fatalf("details sentence %q", tl.details.sentence.String())
	}
	var styled []string
	for _, s := range tl.details.sentence.Segments {
		if ts := s.(*widget.TextSegment); ts.Style.TextStyle.Bold {
			styled = append(styled, ts.Text)
		}
	}
	if got := strings.Join(styled, "|"); got != "Kim Jong Un|met|Vladimir Putin|Vostochny Cosmodrome|13 September 2023" {
		t.Errorf("highlighted %q", got)
	}
	if !strings.Contains(tl.details.article.Text, "Putin and Kim hold summit at Vostochny") ||
		!strings.Contains(tl.details.article.Text, "AP") {
		t.Errorf("article %q", tl.details.article.Text)
	}
	test.Tap(tl.details.open)
	if opened[0] != tl.details.detail.Article.ID || opened[1] != 0 {
		t.Errorf("open article %v", opened)
	}
}

func TestTimelineFilterNarrowsMarks(t *testing.T) {
	tl, f, _ := tlView(t)
	f.Set(data.Filter{EventTypes: []string{"VISIT"}})
	tl.pending.Wait()
	if n := len(tl.chart.events); n != 3 {
		t.Errorf("%d VISIT events, want 3", n)
	}
	f.Set(data.Filter{Text: "Lavrov"})
	tl.pending.Wait()
	if n := len(tl.chart.events); n != 1 || tl.chart.events[0].Type != "VISIT" {
		t.Errorf("search Lavrov: %d events", n)
	}
}

func TestTimelineMonthIsASpan(t *testing.T) {
	tl, _, _ := tlView(t)
	c := tl.chart
	c.setWindow(tlDay("2022-10-01"), tlDay("2023-01-31"))
	i := tlMarkIndex(c, "ARMS_TRANSFER", "2022-11-01")
	if i < 0 {
		t.Fatal("no mark for the November shipments")
	}
	want := 30 * c.scale().PxPerDay()
	if m := c.marks[i]; m.Kind != chart.MarkSpan || math.Abs(m.X1-m.X0-want) > 1 {
		t.Fatalf("mark %+v, want a span %v px wide", m, want)
	}
	r := test.WidgetRenderer(c).(*timelineRenderer)
	found := false
	for _, rc := range r.marks.rects {
		found = found || rc.Visible() && math.Abs(float64(rc.Size().Width)-want) < 1
	}
	if !found {
		t.Errorf("no rectangle %v px wide drawn", want)
	}
}

func TestTimelineClustersExpandOnZoom(t *testing.T) {
	tl, _, _ := tlView(t)
	c := tl.chart
	tl.mode = chart.LanesSingle
	tl.Reload()
	tl.pending.Wait()
	c.setWindow(tlDay("2020-01-01"), tlDay("2026-01-01"))
	clustered := 0
	for _, m := range c.marks {
		if m.Kind == chart.MarkCluster {
			clustered += m.N
		}
	}
	if clustered < 4 {
		t.Errorf("at six years, %d events clustered", clustered)
	}
	c.setWindow(tlDay("2023-09-10"), tlDay("2023-09-17"))
	for _, m := range c.marks {
		if m.Kind == chart.MarkCluster && m.Track == 0 {
			t.Errorf("at a week, cluster of %d", m.N)
		}
	}
}

func TestTimelineShiftDragSetsRange(t *testing.T) {
	tl, f, _ := tlView(t)
	c := tl.chart
	s := c.scale()
	c.MouseDown(&desktop.MouseEvent{Modifier: fyne.KeyModifierShift})
	c.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(400, 100)}, Dragged: fyne.Delta{DX: 10}})
	c.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(600, 100)}, Dragged: fyne.Delta{DX: 200}})
	c.DragEnd()
	tl.pending.Wait()
	got := f.Get()
	if float64(got.From) != math.Floor(s.Day(390)) || float64(got.To) != math.Ceil(s.Day(600)) {
		t.Errorf("range %v – %v", got.From, got.To)
	}
	if math.Abs(c.from-float64(got.From)) > 1e-9 {
		t.Errorf("the timeline did not show the selected range")
	}
}

func TestTimelineLaneModes(t *testing.T) {
	tl, f, _ := tlView(t)
	if len(tl.chart.lanes) < 3 || tl.chart.lanes[0].ActorID == 0 {
		t.Fatalf("actor lanes %+v", tl.chart.lanes)
	}
	tl.lanes.SetSelected("By event type")
	tl.pending.Wait()
	if tl.chart.lanes[0].Type != "MEET" {
		t.Errorf("type lanes start with %+v", tl.chart.lanes[0])
	}
	tl.lanes.SetSelected("By actor")
	f.Set(data.Filter{ActorIDs: []int64{tl.chart.events[0].Actors[0].ActorID}})
	tl.pending.Wait()
	if l := tl.chart.lanes; len(l) != 1 || l[0].Label != "North Korea" {
		t.Errorf("selected actor lanes %+v", l)
	}
}

// The case store is what the timeline and the filter bar read.
var (
	_ TimelineStore = (*data.Store)(nil)
	_ FilterStore   = (*data.Store)(nil)
)

func TestTimelineHoverCard(t *testing.T) {
	tl, _, _ := tlView(t)
	c := tl.chart
	c.setWindow(tlDay("2023-07-01"), tlDay("2023-08-31"))
	i := tlMarkIndex(c, "VISIT", "2023-07-25")
	if i < 0 {
		t.Fatal("no mark for Shoigu's visit")
	}
	c.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: tlMarkPos(c, i)}})
	r := test.WidgetRenderer(c).(*timelineRenderer)
	var lines []string
	for _, tx := range r.overlay.texts {
		if tx.Visible() {
			lines = append(lines, tx.Text)
		}
	}
	want := "Sergei Shoigu visited Pyongyang|25 Jul 2023|Type: Visit|Actors: Sergei Shoigu, Pyongyang|1 source"
	if got := strings.Join(lines, "|"); got != want {
		t.Errorf("hover card %q, want %q", got, want)
	}
	c.MouseOut()
	for _, tx := range r.overlay.texts {
		if tx.Visible() {
			t.Errorf("card still shows %q", tx.Text)
		}
	}
}

func TestTimelineUndatedShowsSource(t *testing.T) {
	tl, _, _ := tlView(t)
	for i, e := range tl.details.undatedEvs {
		if e.Type == "VISIT" {
			tl.details.undated.Select(i)
		}
	}
	tl.pending.Wait()
	if s := tl.details.sentence.String(); s != "Vladimir Putin accepted an invitation to visit Pyongyang." {
		t.Errorf("undated event source %q", s)
	}
	if !strings.Contains(tl.details.meta.Text, "undated") {
		t.Errorf("meta %q", tl.details.meta.Text)
	}
}

func TestTimelineCloseStopsFollowing(t *testing.T) {
	tl, f, _ := tlView(t)
	tl.Close()
	f.Set(data.Filter{EventTypes: []string{"VISIT"}})
	tl.pending.Wait()
	if len(tl.chart.events) != 12 {
		t.Errorf("a closed timeline reloaded: %d events", len(tl.chart.events))
	}
}

func TestTimelineClearingTheRangeFitsAgain(t *testing.T) {
	tl, f, _ := tlView(t)
	fit := [2]float64{tl.chart.from, tl.chart.to}
	f.Update(func(f *data.Filter) { f.From, f.To = data.Day(tlDay("2023-09-01")), data.Day(tlDay("2023-10-01")) })
	tl.pending.Wait()
	if tl.chart.from != tlDay("2023-09-01") || tl.chart.to != tlDay("2023-10-01") {
		t.Fatalf("window %v – %v", tl.chart.from, tl.chart.to)
	}
	f.Set(data.Filter{})
	tl.pending.Wait()
	if [2]float64{tl.chart.from, tl.chart.to} != fit {
		t.Errorf("window %v – %v after clearing, want the fit %v", tl.chart.from, tl.chart.to, fit)
	}
}
