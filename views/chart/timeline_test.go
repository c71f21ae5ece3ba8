package chart

import (
	"bytes"
	"fmt"
	"image/png"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"newsline/data"
)

// measureFixed is a text measure of 7 px per rune, like an 12 px sans font.
func measureFixed(s string) float64 { return 7 * float64(len([]rune(s))) }

func TestTickLevels(t *testing.T) {
	tests := []struct {
		from, to string
		level    string
		first    string // label of the first tick
	}{
		{"1995-01-01", "2025-01-01", "year", "1994"},
		{"2022-07-01", "2023-11-01", "month", "Jul"},
		{"2023-06-20", "2023-10-31", "week", "19"},
		{"2023-09-09", "2023-09-19", "day", "Sat 9"},
		{"2023-09-13", "2023-09-14", "day", "Wed 13"},
	}
	for _, tc := range tests {
		t.Run(tc.level+" "+tc.from, func(t *testing.T) {
			s := Scale{From: float64(day(tc.from)), To: float64(day(tc.to)), Left: 150, Width: 1000}
			if got := TickLevel(s, measureFixed); got != tc.level {
				t.Errorf("level %s, want %s", got, tc.level)
			}
			ticks := Ticks(s, measureFixed)
			if len(ticks) < 2 || ticks[0].Label != tc.first {
				t.Fatalf("ticks %+v", ticks)
			}
			for i := 1; i < len(ticks); i++ {
				if end := ticks[i-1].X + 3 + measureFixed(ticks[i-1].Label); end >= ticks[i].X {
					t.Errorf("label %q ends at %.0f past the next tick at %.0f", ticks[i-1].Label, end, ticks[i].X)
				}
			}
		})
	}
}

// randomEvents returns n events over a year with mixed precisions.
func randomEvents(n int, seed uint64) []data.Event {
	r := rand.New(rand.NewPCG(seed, 1))
	types := []string{"MEET", "VISIT", "ARMS_TRANSFER", "STATEMENT", "SIGN"}
	evs := make([]data.Event, n)
	for i := range evs {
		start := day("2023-01-01") + data.Day(r.IntN(365))
		d := data.DateRange{Known: true, Start: start, End: start + 1, Precision: data.PrecisionDay}
		if r.IntN(5) == 0 {
			d.Precision, d.End = data.PrecisionMonth, start+30
		}
		evs[i] = data.Event{ID: int64(i + 1), Type: types[r.IntN(len(types))], Trigger: "met", Date: d, Sources: 1 + r.IntN(3),
			Actors: []data.EventActor{{ActorID: int64(1 + r.IntN(4)), Name: fmt.Sprint("Actor ", r.IntN(4)), Role: data.RoleSource}}}
	}
	slices.SortStableFunc(evs, func(a, b data.Event) int { return int(a.Date.Start - b.Date.Start) })
	return evs
}

func TestLayoutLabelsNeverOverlap(t *testing.T) {
	for _, n := range []int{20, 200, 2000} {
		evs := randomEvents(n, uint64(n))
		lanes, members := TimelineLanes(evs, LanesActors, []LaneActor{{1, "A"}, {2, "B"}})
		if len(lanes) != 3 {
			t.Fatalf("lanes %+v", lanes)
		}
		s := Scale{From: float64(day("2023-01-01")), To: float64(day("2024-01-01")), Left: 150, Width: 1000}
		marks := LayoutMarks(evs, members, s, 2, measureFixed)
		labelled := 0
		for i, a := range marks {
			if a.Label == "" {
				continue
			}
			labelled++
			if a.LabelX < s.Left || a.LabelX+measureFixed(a.Label) > s.Left+s.Width {
				t.Errorf("n=%d: label %q outside the plot", n, a.Label)
			}
			for _, b := range marks[i+1:] {
				if b.Label != "" && a.Lane == b.Lane && a.Row == b.Row &&
					a.LabelX < b.LabelX+measureFixed(b.Label) && b.LabelX < a.LabelX+measureFixed(a.Label) {
					t.Errorf("n=%d: labels %q and %q overlap", n, a.Label, b.Label)
				}
			}
		}
		if labelled == 0 && n <= 200 {
			t.Errorf("n=%d: nothing labelled", n)
		}
	}
}

func TestLayoutClustersAndSpans(t *testing.T) {
	evs := randomEvents(2000, 3)
	_, members := TimelineLanes(evs, LanesSingle, nil)
	year := Scale{From: float64(day("2023-01-01")), To: float64(day("2024-01-01")), Left: 0, Width: 1000}
	total := 0
	for _, m := range LayoutMarks(evs, members, year, 1, measureFixed) {
		total += m.N
		if m.Kind == MarkSpan && m.Track > 0 && m.X1-m.X0 < MinSpanWidth {
			t.Errorf("bar %v px wide in a span track", m.X1-m.X0)
		}
	}
	if total != 2000 {
		t.Errorf("marks hold %d events, want all 2000", total)
	}
	week := Scale{From: float64(day("2023-06-01")), To: float64(day("2023-06-08")), Left: 0, Width: 1000}
	for _, m := range LayoutMarks(evs, members, week, 1, measureFixed) {
		if m.Kind == MarkSpan && m.Track > 0 && m.X1-m.X0 < 1000 {
			t.Errorf("a month at a week's zoom is %v px, not the whole width", m.X1-m.X0)
		}
	}
}

var storyActors = map[string]int64{"North Korea": 1, "Donetsk": 2, "Russia": 3, "Wagner Group": 4,
	"Sergei Shoigu": 5, "Kim Jong Un": 6, "Vladimir Putin": 7, "Komsomolsk-on-Amur": 8, "Sergei Lavrov": 9}

// storyEvents is a small seed story for the export goldens.
func storyEvents() []data.Event {
	ev := func(id int64, typ, trig, value string, planned bool, actors ...string) data.Event {
		e := data.Event{ID: id, Type: typ, Trigger: trig, Date: data.ParseValue(value), Planned: planned, Sources: 1}
		for i, a := range actors {
			role := data.RoleTarget
			if i == 0 {
				role = data.RoleSource
			}
			e.Actors = append(e.Actors, data.EventActor{ActorID: storyActors[a], Name: a, Role: role})
		}
		return e
	}
	return []data.Event{
		ev(1, "RECOGNIZE", "recognised", "2022-07-13", false, "North Korea", "Donetsk"),
		ev(2, "ARMS_TRANSFER", "shipped shells to", "2022-11", false, "North Korea", "Russia"),
		ev(3, "ARMS_TRANSFER", "sent rockets to", "2022-12", false, "North Korea", "Wagner Group"),
		ev(4, "VISIT", "visited", "2023-07-25", false, "Sergei Shoigu", "North Korea"),
		ev(5, "MEET", "to meet", "2023-09", true, "Kim Jong Un", "Vladimir Putin"),
		ev(6, "TRAVEL", "crossed into", "2023-09-12", false, "Kim Jong Un", "Russia"),
		ev(7, "MEET", "met", "2023-09-13", false, "Kim Jong Un", "Vladimir Putin"),
		ev(8, "VISIT", "visited", "2023-09-15", false, "Kim Jong Un", "Komsomolsk-on-Amur"),
		ev(9, "ARMS_TRANSFER", "sent 1,000 containers to", "2023-10-13", false, "North Korea", "Russia"),
		ev(10, "VISIT", "arrived in", "2023-10-18", false, "Sergei Lavrov", "North Korea"),
	}
}

func TestWriteTimelineGolden(t *testing.T) {
	tests := []struct {
		name string
		opt  TimelineOptions
	}{
		{"timeline_types", TimelineOptions{Title: "Russia – North Korea", Lanes: LanesTypes, Width: 1200, Height: 600}},
		{"timeline_actors_autumn", TimelineOptions{Title: "Autumn 2023", Lanes: LanesActors, From: day("2023-08-25"), To: day("2023-10-25"),
			Actors: []LaneActor{{1, "North Korea"}, {6, "Kim Jong Un"}, {7, "Vladimir Putin"}}, Width: 1000, Height: 500}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteTimeline(&buf, "png", storyEvents(), tc.opt); err != nil {
				t.Fatal(err)
			}
			checkTimelineGolden(t, filepath.Join("testdata", tc.name+"_golden.png"), buf.Bytes())
		})
	}
}

// checkTimelineGolden compares a PNG with the golden file (with the
// tolerance of diffFraction), or rewrites it with -update.
func checkTimelineGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := readPNG(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	img, err := png.Decode(bytes.NewReader(got))
	if err != nil {
		t.Fatal(err)
	}
	if frac := diffFraction(img, want); frac > 0.005 {
		failed := filepath.Join(t.TempDir(), filepath.Base(path))
		os.WriteFile(failed, got, 0o644)
		t.Errorf("%s: %.2f %% of pixels differ; got %s", path, 100*frac, failed)
	}
}

func TestWriteTimelineSVG(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteTimeline(&buf, "svg", storyEvents(), TimelineOptions{Title: "Story", Lanes: LanesSingle}); err != nil {
		t.Fatal(err)
	}
	svg := buf.String()
	for _, want := range []string{"<svg", "Story", "Sergei Shoigu visited North Korea", "2023"} {
		if !strings.Contains(svg, want) {
			t.Errorf("svg lacks %q", want)
		}
	}
	if err := WriteTimeline(&buf, "gif", nil, TimelineOptions{}); err == nil {
		t.Error("gif accepted")
	}
}

// BenchmarkWriteTimelinePNG draws 100k events over a year in four actor
// lanes to a 1600×900 PNG.
func BenchmarkWriteTimelinePNG(b *testing.B) {
	evs := randomEvents(100_000, 9)
	opt := TimelineOptions{Title: "Bench", Lanes: LanesActors, Actors: []LaneActor{{1, "A"}, {2, "B"}, {3, "C"}, {4, "D"}}}
	for b.Loop() {
		if err := WriteTimeline(io.Discard, "png", evs, opt); err != nil {
			b.Fatal(err)
		}
	}
}
