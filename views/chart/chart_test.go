package chart

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"

	"newsline/data"
)

var update = flag.Bool("update", false, "rewrite the golden PNGs in testdata")

// checkGolden renders p to PNG at 600×375 pt and compares it with
// testdata/name_golden.png, tolerating small anti-aliasing and font
// differences: at most 0.5 % of pixels may differ by more than 40 levels.
func checkGolden(t *testing.T, name string, p *plot.Plot) {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, p, "png", 600, 375); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", name+"_golden.png")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := readPNG(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	got, err := png.Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if frac := diffFraction(got, want); frac > 0.005 {
		failed := filepath.Join(t.TempDir(), name+".png")
		os.WriteFile(failed, buf.Bytes(), 0o644)
		t.Errorf("%s: %.2f %% of pixels differ from %s; got %s", name, 100*frac, path, failed)
	}
}

func readPNG(path string) (image.Image, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return png.Decode(f)
}

// diffFraction is the share of pixels whose colour differs by more than 40
// levels in some channel; images of different sizes differ entirely.
func diffFraction(a, b image.Image) float64 {
	if a.Bounds() != b.Bounds() {
		return 1
	}
	r := a.Bounds()
	var bad int
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if colourDistance(a.At(x, y), b.At(x, y)) > 40 {
				bad++
			}
		}
	}
	return float64(bad) / float64(r.Dx()*r.Dy())
}

func colourDistance(a, b interface{ RGBA() (r, g, b, a uint32) }) int {
	ar, ag, ab, _ := a.RGBA()
	br, bg, bb, _ := b.RGBA()
	d := 0
	for _, v := range [][2]uint32{{ar, br}, {ag, bg}, {ab, bb}} {
		diff := int(v[0]>>8) - int(v[1]>>8)
		d = max(d, diff, -diff)
	}
	return d
}

func TestGoldenCharts(t *testing.T) {
	tests := []struct {
		name string
		p    *plot.Plot
	}{
		{"top_actors", TopActors(demoCounts, "Jul–Oct 2023")},
		{"outlets", Outlets(demoCounts[:8], "")},
		{"trend_week", MentionTrend(demoSeries(data.BinWeek, demoActors), data.BinWeek, "")},
		{"events_month", EventsByType(demoSeries(data.BinMonth, demoEventTypes), data.BinMonth, "")},
		{"network_type", NetworkPlot(demoNetwork(ByType), "Actor network")},
		{"network_community", NetworkPlot(demoNetwork(ByCommunity), "Actor network by community")},
		{"empty", TopActors(nil, "")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkGolden(t, tt.name, tt.p) })
	}
}

// TestGoldenDetectsChange guards the tolerance: a different chart fails.
func TestGoldenDetectsChange(t *testing.T) {
	var a, b bytes.Buffer
	Write(&a, TopActors(demoCounts, ""), "png", 600, 375)
	Write(&b, TopActors(demoCounts[:6], ""), "png", 600, 375)
	ia, _ := png.Decode(&a)
	ib, _ := png.Decode(&b)
	if f := diffFraction(ia, ib); f <= 0.005 {
		t.Errorf("six bars instead of twelve differ by only %.3f", f)
	}
}

func TestWriteFormats(t *testing.T) {
	p := TopActors(demoCounts[:3], "")
	heads := map[string]string{"png": "\x89PNG", "svg": "<?xml", "pdf": "%PDF"}
	for format, head := range heads {
		var buf bytes.Buffer
		if err := Write(&buf, p, format, 400, 300); err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		if !strings.HasPrefix(buf.String(), head) {
			t.Errorf("%s starts %q", format, buf.String()[:min(10, buf.Len())])
		}
	}
	if err := Write(&bytes.Buffer{}, p, "gif", 400, 300); err == nil {
		t.Error("gif accepted")
	}
}

func TestRenderScale(t *testing.T) {
	img := Render(TopActors(demoCounts, ""), 300, 200, 2)
	if b := img.Bounds(); b.Dx() != 600 || b.Dy() != 400 {
		t.Errorf("size at scale 2 = %v, want 600×400", b)
	}
	if got := inkFraction(img); got < 0.05 {
		t.Errorf("only %.3f of the image is drawn on", got)
	}
	scene := RenderScene(NewScene(demoNetwork(ByType), 300, 200, Viewport{}, Highlight{}), 2)
	if got := inkFraction(scene); scene.Bounds().Dx() != 600 || got < 0.02 {
		t.Errorf("network scene %v with %.3f drawn on", scene.Bounds(), got)
	}
}

// inkFraction is the share of pixels that are not white.
func inkFraction(img image.Image) float64 {
	b := img.Bounds()
	var ink int
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if colourDistance(img.At(x, y), color.White) > 16 {
				ink++
			}
		}
	}
	return float64(ink) / float64(b.Dx()*b.Dy())
}

func BenchmarkTopActorsPNG(b *testing.B) {
	counts := make([]data.ActorCount, 50)
	for i := range counts {
		counts[i] = data.ActorCount{ID: int64(i), Name: demoCounts[i%12].Name, Type: demoCounts[i%12].Type, Count: 200 - 3*i}
	}
	for b.Loop() {
		if err := Write(&bytes.Buffer{}, TopActors(counts, ""), "png", 900, 600); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTrendPNG(b *testing.B) {
	series := demoSeries(data.BinWeek, []string{"a", "b", "c", "d", "e", "f", "g", "h"})
	for b.Loop() {
		Write(&bytes.Buffer{}, MentionTrend(series, data.BinWeek, ""), "png", 900, 600)
	}
}

func BenchmarkRenderTopActors(b *testing.B) {
	for b.Loop() {
		Render(TopActors(demoCounts, ""), 900, 600, 1)
	}
}

// bigNetwork is n nodes on a spiral with 10 edges per node.
func bigNetwork(n int) Network {
	var net Network
	for i := 1; i <= n; i++ {
		a := float64(i) * 0.3
		net.Nodes = append(net.Nodes, NetworkNode{ID: int64(i), Name: fmt.Sprintf("Actor %d", i), Type: ActorTypes[i%4],
			Mentions: 1 + (i*37)%200, X: a * math.Cos(a), Y: a * math.Sin(a)})
	}
	for i := 1; i <= n; i++ {
		for k := 1; k <= 10; k++ {
			net.Edges = append(net.Edges, NetworkEdge{A: int64(i), B: int64((i+k*k*7)%n + 1), Weight: 1 + k%4})
		}
	}
	return net
}

func BenchmarkNetworkPNG1k(b *testing.B) {
	net := bigNetwork(1000)
	for b.Loop() {
		if err := Write(&bytes.Buffer{}, NetworkPlot(net, "Actor network"), "png", 900, 600); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNetworkScene1k(b *testing.B) {
	net := bigNetwork(1000)
	for b.Loop() {
		RenderScene(NewScene(net, 900, 600, Viewport{Zoom: 1}, Highlight{}), 1.333)
	}
}

func TestSceneHitsAndLabels(t *testing.T) {
	s := NewScene(demoNetwork(ByType), 600, 400, Viewport{Zoom: 1}, Highlight{Hover: 1})
	kim, _ := s.Point(1)
	if id, ok := s.NodeAt(kim); !ok || id != 1 {
		t.Errorf("NodeAt(Kim's centre) = %d, %v", id, ok)
	}
	putin, _ := s.Point(2)
	mid := vg.Point{X: (kim.X + putin.X) / 2, Y: (kim.Y + putin.Y) / 2}
	if e, ok := s.EdgeAt(mid, 4); !ok || e.A != 1 || e.B != 2 {
		t.Errorf("EdgeAt(between Kim and Putin) = %+v, %v", e, ok)
	}
	if _, ok := s.NodeAt(vg.Point{X: 1, Y: 1}); ok {
		t.Error("a node in the empty corner")
	}
	if len(s.labels) < len(s.Net.Nodes)/2 {
		t.Errorf("only %d of %d nodes labelled", len(s.labels), len(s.Net.Nodes))
	}
	for i, a := range s.labels {
		for _, b := range s.labels[i+1:] {
			if overlaps(a.box, b.box) {
				t.Errorf("labels %q and %q overlap", a.text, b.text)
			}
		}
	}
	if s.labels[0].text != "Kim Jong Un" {
		t.Errorf("the hovered node is not labelled first: %q", s.labels[0].text)
	}
	x, y := s.ToLayout(kim)
	if math.Abs(x-0) > 1e-6 || math.Abs(y-0) > 1e-6 {
		t.Errorf("Kim's layout position back from the canvas = %v, %v; want 0, 0", x, y)
	}
}

func TestDateTicks(t *testing.T) {
	tests := []struct {
		from, to string
		want     []string
	}{
		{"2023-09-10", "2023-09-16", []string{"10 Sep 2023", "11 Sep", "12 Sep", "13 Sep", "14 Sep", "15 Sep", "16 Sep"}},
		{"2023-07-01", "2023-11-01", []string{"Jul 2023", "Aug", "Sep", "Oct", "Nov"}},
		{"2022-11-01", "2023-04-01", []string{"Nov 2022", "Dec", "Jan 2023", "Feb", "Mar", "Apr"}},
		{"2015-01-01", "2023-06-01", []string{"2016", "2018", "2020", "2022"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tk := range (dateTicker{}).Ticks(float64(day(tt.from)), float64(day(tt.to))) {
			got = append(got, tk.Label)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s to %s: %q, want %q", tt.from, tt.to, got, tt.want)
		}
	}
}

func TestCountTicksAreWhole(t *testing.T) {
	for _, hi := range []float64{3, 7, 57, 1234} {
		for _, tk := range (countTicker{}).Ticks(0, hi) {
			if tk.Value != math.Trunc(tk.Value) {
				t.Errorf("0..%v: tick at %v", hi, tk.Value)
			}
		}
	}
}
