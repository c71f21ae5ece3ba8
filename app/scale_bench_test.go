package app

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"newsline/app/corpus"
	"newsline/app/story"
	"newsline/data"
	"newsline/views"
)

// Scale benchmarks run on a 100k-article case built once through the real
// import pipeline (ingest, extraction, save), then cached under os.TempDir()
// keyed by scaleCaseVersion, so that later runs only open it (an older
// schema is migrated on open). Story assembly is left out unless
// NEWSLINE_SCALE_STORIES is set (it takes minutes and gigabytes on 3.4M
// events; BenchmarkScaleStories measures it on a copy). Building the case takes
// minutes; plain `go test` never runs benchmarks, so it never builds it.
// NEWSLINE_SCALE_ARTICLES overrides the size (for a quick try).
// NEWSLINE_SCALE_CASE names an existing case to open instead (never built):
// a copy of the cached one, for a run that migrates it.

// scaleCaseVersion names the generator and pipeline behind the cached case:
// bump it when either changes what a case holds.
const scaleCaseVersion = 1

var (
	scaleOnce sync.Once
	scalePath string
	scaleErr  error
)

func scaleArticles() int {
	if n, err := strconv.Atoi(os.Getenv("NEWSLINE_SCALE_ARTICLES")); err == nil && n > 0 {
		return n
	}
	return 100_000
}

// scaleCase returns the path of the cached case, building it first if need be.
func scaleCase(b *testing.B) string {
	b.Helper()
	scaleOnce.Do(func() {
		if p := os.Getenv("NEWSLINE_SCALE_CASE"); p != "" {
			scalePath = p
			if _, err := os.Stat(p); err != nil {
				scaleErr = fmt.Errorf("NEWSLINE_SCALE_CASE: %w", err)
			}
			return
		}
		n := scaleArticles()
		scalePath = filepath.Join(os.TempDir(), fmt.Sprintf("newsline-scale-%d-v%d.newsline", n, scaleCaseVersion))
		if _, err := os.Stat(scalePath); err == nil {
			return
		}
		scaleErr = buildScaleCase(scalePath, n, b)
	})
	if scaleErr != nil {
		b.Fatal(scaleErr)
	}
	return scalePath
}

// buildScaleCase imports n generated articles (10 % wire reprints) in
// chunks of files written to a temporary folder and renames the finished
// case into place.
func buildScaleCase(path string, n int, b *testing.B) error {
	start := time.Now()
	tmp := path + ".building"
	os.Remove(tmp)
	st, err := data.Open(tmp)
	if err != nil {
		return err
	}
	arts := corpus.Generate(corpus.Options{Articles: n, Seed: 1, ReprintPct: 10})
	dir, err := os.MkdirTemp("", "newsline-scale-files-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	const chunk = 5000
	for i := 0; i < len(arts); i += chunk {
		sub := filepath.Join(dir, strconv.Itoa(i))
		if err := os.Mkdir(sub, 0o755); err != nil {
			return err
		}
		for _, a := range arts[i:min(i+chunk, len(arts))] {
			if err := os.WriteFile(filepath.Join(sub, a.Name), []byte(a.File()), 0o644); err != nil {
				return err
			}
		}
		if _, err := Import(context.Background(), st, []string{sub}, nil); err != nil {
			return err
		}
		os.RemoveAll(sub)
		b.Logf("scale case: %d articles imported in %s", min(i+chunk, len(arts)), time.Since(start).Round(time.Second))
	}
	if os.Getenv("NEWSLINE_SCALE_STORIES") != "" {
		if _, err := story.Assemble(context.Background(), st); err != nil {
			return err
		}
		b.Logf("scale case: stories assembled in %s", time.Since(start).Round(time.Second))
	}
	if err := st.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// openScale opens the cached case; the store is closed when b ends.
func openScale(b *testing.B) *data.Store {
	b.Helper()
	st, err := data.Open(scaleCase(b))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return st
}

// eventSpan is the filter of the whole span of dated events.
func eventSpan(ctx context.Context, b *testing.B, st *data.Store) data.Filter {
	stats, err := st.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	return data.Filter{From: stats.FirstEvent, To: stats.LastEvent + 1}
}

// firstFrame runs the queries the GUI makes for its first frame with the
// empty filter: the filter bar's lists (top actors, event types), and the
// timeline's load in density mode, as views.loadTimeline runs it (count
// probe, extent, density per type, actor-count probe, the first 500
// undated events, conflicts).
func firstFrame(ctx context.Context, st *data.Store) error {
	if _, err := st.TopActors(ctx, data.Filter{}, 40); err != nil {
		return err
	}
	if _, err := st.EventTypes(ctx); err != nil {
		return err
	}
	n, err := st.CountEvents(ctx, data.Filter{}, 1_500)
	if err != nil {
		return err
	}
	if n <= 1_500 {
		return fmt.Errorf("first frame: %d events, not a density case", n)
	}
	from, to, _, err := st.EventExtent(ctx, data.Filter{})
	if err != nil {
		return err
	}
	pad := (to - from) / 2
	if err := densityLoad(ctx, st, data.Filter{From: from - pad, To: to + pad}, densityBin(int(to-from))); err != nil {
		return err
	}
	if _, _, err := st.FirstUndatedEvents(ctx, data.Filter{}, 500); err != nil {
		return err
	}
	_, err = st.ConflictStories(ctx)
	return err
}

// densityBin is the bin width, in days, that views.binFor picks for a
// window of span days on a chart 900 pixels wide (5 pixels a bin at least).
func densityBin(span int) int {
	for _, b := range []int{1, 2, 7, 14, 30, 91, 182, 365, 730} {
		if b*900 >= span*5 {
			return b
		}
	}
	return 1826
}

// densityLoad runs the timeline's density queries for window f in the
// actor lane mode, as views.loadDensity does: the density per type and bin
// of bin days, then,
// unless the events it counts are already too many, the probe deciding
// whether the window is small enough to split by actor, and if so the
// actor density of the top 8 actors.
func densityLoad(ctx context.Context, st *data.Store, f data.Filter, bin int) error {
	cs, err := st.TypeDensity(ctx, f, bin)
	if err != nil {
		return err
	}
	n := 0
	for _, c := range cs {
		n += c.N
	}
	if n > 50_000 {
		return nil
	}
	if n, err = st.CountEvents(ctx, f, 50_000); err != nil || n > 50_000 {
		return err
	}
	top, err := st.TopActors(ctx, f, 8)
	if err != nil {
		return err
	}
	ids := make([]int64, len(top))
	for i, a := range top {
		ids[i] = a.ID
	}
	_, err = st.ActorDensity(ctx, f, ids)
	return err
}

// BenchmarkScaleOpen opens the 100k case and runs the first frame's queries.
func BenchmarkScaleOpen(b *testing.B) {
	path := scaleCase(b)
	ctx := context.Background()
	b.ResetTimer()
	for range b.N {
		st, err := data.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		if err := firstFrame(ctx, st); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
}

// BenchmarkScaleOpenOnly opens the 100k case (migrations checked, statements
// prepared) without querying.
func BenchmarkScaleOpenOnly(b *testing.B) {
	path := scaleCase(b)
	b.ResetTimer()
	for range b.N {
		st, err := data.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
}

// BenchmarkScaleFirstFrameQueries runs each first-frame query alone.
func BenchmarkScaleFirstFrameQueries(b *testing.B) {
	st := openScale(b)
	ctx := context.Background()
	queries := map[string]func() error{
		"TopActors":  func() error { _, err := st.TopActors(ctx, data.Filter{}, 40); return err },
		"EventTypes": func() error { _, err := st.EventTypes(ctx); return err },
		"Count":      func() error { _, err := st.CountEvents(ctx, data.Filter{}, 1_500); return err },
		"Extent":     func() error { _, _, _, err := st.EventExtent(ctx, data.Filter{}); return err },
		// Per 14 days, as the first frame draws the whole case; per day.
		"TypeDensity":    func() error { _, err := st.TypeDensity(ctx, data.Filter{}, 14); return err },
		"TypeDensityDay": func() error { _, err := st.TypeDensity(ctx, data.Filter{}, 1); return err },
		"Undated500":     func() error { _, _, err := st.FirstUndatedEvents(ctx, data.Filter{}, 500); return err },
		"Conflicts":      func() error { _, err := st.ConflictStories(ctx); return err },
	}
	for name, q := range queries {
		b.Run(name, func(b *testing.B) {
			for range b.N {
				if err := q(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkScaleTimelineWindow queries the timeline's events for a visible
// window of 30 days (and 7 days) sliding over the case.
func BenchmarkScaleTimelineWindow(b *testing.B) {
	st := openScale(b)
	ctx := context.Background()
	all := eventSpan(ctx, b, st)
	for _, days := range []int{7, 30} {
		b.Run(fmt.Sprintf("%ddays", days), func(b *testing.B) {
			span := int(all.To-all.From) - days
			events := 0
			for i := range b.N {
				from := all.From + data.Day((i*37)%span)
				evs, err := st.TimelineEvents(ctx, data.Filter{From: from, To: from + data.Day(days)})
				if err != nil {
					b.Fatal(err)
				}
				events += len(evs)
			}
			b.ReportMetric(float64(events)/float64(b.N), "events/op")
		})
	}
}

// BenchmarkScaleTimelineLOD is the timeline's load for a visible window of
// 1, 7 and 30 days sliding over the case, as views.loadDated runs it: the
// count probes for the padded window and the window; the events when under
// the threshold (1,500); else, for a window holding at most 1,500 short
// (day-precision) events, those events and the count of its long ones;
// else the density (per type; per actor when under 50,000).
func BenchmarkScaleTimelineLOD(b *testing.B) {
	st := openScale(b)
	ctx := context.Background()
	all := eventSpan(ctx, b, st)
	for _, days := range []int{1, 7, 30} {
		b.Run(fmt.Sprintf("%ddays", days), func(b *testing.B) {
			span := int(all.To-all.From) - 2*days
			dense, events := 0, 0
			for i := range b.N {
				from := all.From + data.Day(days+(i*37)%span)
				f := data.Filter{From: from, To: from + data.Day(days)}
				padded := data.Filter{From: from - data.Day(days/2), To: f.To + data.Day(days/2)}
				n, err := timelineLOD(ctx, st, padded, f)
				if err != nil {
					b.Fatal(err)
				}
				if n < 0 {
					dense++
				}
				events += max(n, 0)
			}
			b.ReportMetric(float64(dense)/float64(b.N), "dense/op")
			b.ReportMetric(float64(events)/float64(b.N), "events/op")
		})
	}
}

// BenchmarkScaleTimelineSweep is BenchmarkScaleTimelineLOD over 40 windows
// of each width spread over the case (including its sparse first weeks,
// where windows load events one by one), reporting the median, 90th
// percentile and slowest load, in ms, of each op's 40 loads.
func BenchmarkScaleTimelineSweep(b *testing.B) {
	st := openScale(b)
	ctx := context.Background()
	all := eventSpan(ctx, b, st)
	for _, days := range []int{1, 3, 7, 14, 30, 90, 365} {
		b.Run(fmt.Sprintf("%ddays", days), func(b *testing.B) {
			span := int(all.To-all.From) - 2*days
			var ts []time.Duration
			dense := 0
			for range b.N {
				for i := range 40 {
					from := all.From + data.Day(days+(i*53)%span)
					f := data.Filter{From: from, To: from + data.Day(days)}
					padded := data.Filter{From: from - data.Day(days/2), To: f.To + data.Day(days/2)}
					start := time.Now()
					n, err := timelineLOD(ctx, st, padded, f)
					if err != nil {
						b.Fatal(err)
					}
					ts = append(ts, time.Since(start))
					if n < 0 {
						dense++
					}
				}
			}
			slices.Sort(ts)
			ms := func(d time.Duration) float64 { return float64(d) / 1e6 }
			b.ReportMetric(ms(ts[len(ts)/2]), "p50-ms")
			b.ReportMetric(ms(ts[len(ts)*9/10]), "p90-ms")
			b.ReportMetric(ms(ts[len(ts)-1]), "max-ms")
			b.ReportMetric(float64(dense)/float64(len(ts)), "dense")
		})
	}
}

// timelineLOD loads window f (padded when it fits) and returns the number
// of events loaded, or -1 for a density.
func timelineLOD(ctx context.Context, st *data.Store, padded, f data.Filter) (int, error) {
	const threshold = 1_500 // views' densityThreshold and shortThreshold
	for _, w := range []data.Filter{padded, f} {
		n, err := st.CountEvents(ctx, w, threshold)
		if err != nil {
			return 0, err
		}
		if n <= threshold {
			evs, err := st.TimelineEvents(ctx, w)
			return len(evs), err
		}
	}
	// The window's day-precision events one by one, its long ones counted.
	n, err := st.CountShortEvents(ctx, f, threshold)
	if err != nil {
		return 0, err
	}
	if n <= threshold {
		if _, err := st.CountLongEvents(ctx, f, 999_999); err != nil {
			return 0, err
		}
		evs, err := st.TimelineShortEvents(ctx, f)
		return len(evs), err
	}
	return -1, densityLoad(ctx, st, padded, densityBin(int(f.To-f.From)))
}

// BenchmarkScaleGraph builds the actor network of the whole case.
func BenchmarkScaleGraph(b *testing.B) {
	st := openScale(b)
	ctx := context.Background()
	var g data.Graph
	b.ResetTimer()
	for range b.N {
		var err error
		if g, err = st.Graph(ctx, data.Filter{}, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(g.Nodes)), "nodes")
	b.ReportMetric(float64(len(g.Edges)), "edges")
}

// BenchmarkScaleNetwork is the network view's whole build: the graph of the
// whole case, then layout and metrics.
func BenchmarkScaleNetwork(b *testing.B) {
	st := openScale(b)
	ctx := context.Background()
	b.ResetTimer()
	for range b.N {
		g, err := st.Graph(ctx, data.Filter{}, nil)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := story.Analyze(ctx, g, story.LayoutOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScaleChart builds each chart kind on the whole case, and renders
// it to PNG at 1200×800.
func BenchmarkScaleChart(b *testing.B) {
	st := openScale(b)
	ctx := context.Background()
	for _, k := range views.ChartKinds {
		b.Run(k.Name, func(b *testing.B) {
			for range b.N {
				if _, err := views.BuildChart(ctx, st, k.Name, data.Filter{}); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(k.Name+"-png", func(b *testing.B) {
			for range b.N {
				p, err := views.BuildChart(ctx, st, k.Name, data.Filter{})
				if err != nil {
					b.Fatal(err)
				}
				c := vgimg.New(1200*vg.Inch/96, 800*vg.Inch/96)
				p.Draw(draw.New(c))
				if _, err := (vgimg.PngCanvas{Canvas: c}).WriteTo(io.Discard); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkScaleRSS opens the case, runs the first frame's queries, the
// whole network and every chart, and reports the process's peak and
// current resident memory (VmHWM, VmRSS) in MB.
func BenchmarkScaleRSS(b *testing.B) {
	st := openScale(b)
	ctx := context.Background()
	for range b.N {
		if err := firstFrame(ctx, st); err != nil {
			b.Fatal(err)
		}
		g, err := st.Graph(ctx, data.Filter{}, nil)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := story.Analyze(ctx, g, story.LayoutOptions{}); err != nil {
			b.Fatal(err)
		}
		for _, k := range views.ChartKinds {
			if _, err := views.BuildChart(ctx, st, k.Name, data.Filter{}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(procStatusMB(b, "VmHWM"), "VmHWM-MB")
	b.ReportMetric(procStatusMB(b, "VmRSS"), "VmRSS-MB")
}

// procStatusMB reads a kB field of /proc/self/status in MB.
func procStatusMB(b *testing.B, field string) float64 {
	raw, err := os.ReadFile("/proc/self/status")
	if err != nil {
		b.Skip("no /proc/self/status:", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	for sc.Scan() {
		name, val, ok := strings.Cut(sc.Text(), ":")
		if ok && name == field {
			kb, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(val), " kB"))
			return float64(kb) / 1024
		}
	}
	b.Fatalf("no %s in /proc/self/status", field)
	return 0
}

// BenchmarkScaleReanalyse re-analyses articles of a copy of the 100k case
// one at a time, as opening a case after an extractor upgrade does
// (reanalyseStale): one op is one article's ReplaceAnalysis.
func BenchmarkScaleReanalyse(b *testing.B) {
	src := scaleCase(b)
	dst := filepath.Join(b.TempDir(), "reanalyse.newsline")
	for _, suffix := range []string{"", "-wal"} {
		if err := copyCaseFile(src+suffix, dst+suffix); err != nil {
			b.Fatal(err)
		}
	}
	st, err := data.Open(dst)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	ids, err := st.StaleArticles(ctx, 1<<30)
	if err != nil || len(ids) == 0 {
		b.Fatal(ids, err)
	}
	b.ResetTimer()
	for i := range b.N {
		a, err := st.Article(ctx, ids[i%len(ids)])
		if err != nil {
			b.Fatal(err)
		}
		if err := replaceAnalysis(ctx, st, a, a.Title, a.Outlet, a.Published); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/article")
}

// copyCaseFile copies a case file (or its WAL, when there is one) to dst.
func copyCaseFile(src, dst string) error {
	in, err := os.Open(src)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
