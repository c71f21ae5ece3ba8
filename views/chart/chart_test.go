package chart

import (
	"bytes"
	"flag"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gonum.org/v1/plot"

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
