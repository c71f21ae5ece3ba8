package app

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"newsline/app/story"
	"newsline/data"
)

// BenchmarkScaleStories assembles the story events of the cached 100k case
// (built by the scale benchmarks; skipped when absent) from scratch, as the
// first assembly after importing it: syndication, then event coreference,
// then the save; then assembles again with nothing new (the least that
// each later import pays). The cached case is never changed: each iteration works on
// a copy in os.TempDir() (NEWSLINE_STORY_CASE names another scratch path).
// It reports the wall time of each phase, the story events made and the
// process's peak resident memory (VmHWM) in MB.
func BenchmarkScaleStories(b *testing.B) {
	src := scaleCasePath(scaleArticles())
	if _, err := os.Stat(src); err != nil {
		b.Skip("no cached scale case:", err)
	}
	scratch := os.Getenv("NEWSLINE_STORY_CASE")
	if scratch == "" {
		scratch = filepath.Join(os.TempDir(), "newsline-story-bench.newsline")
	}
	ctx := context.Background()
	var stats story.Stats
	var syndicate, assemble, again time.Duration
	for range b.N {
		b.StopTimer()
		if err := copyCase(src, scratch); err != nil {
			b.Fatal(err)
		}
		st, err := data.Open(scratch)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		t0 := time.Now()
		if err := story.Syndicate(ctx, st); err != nil {
			b.Fatal(err)
		}
		syndicate = time.Since(t0)
		t0 = time.Now()
		if stats, err = story.Assemble(ctx, st); err != nil {
			b.Fatal(err)
		}
		assemble = time.Since(t0)
		// What every later assembly costs, with nothing new to place.
		t0 = time.Now()
		if _, err = story.Assemble(ctx, st); err != nil {
			b.Fatal(err)
		}
		again = time.Since(t0)
		b.StopTimer()
		st.Close()
		removeCase(scratch)
		b.StartTimer()
	}
	b.Logf("%+v; syndication %s, assembly %s, again with nothing new %s", stats, syndicate.Round(time.Millisecond),
		assemble.Round(time.Millisecond), again.Round(time.Millisecond))
	b.ReportMetric(float64(syndicate.Milliseconds()), "syndicate-ms")
	b.ReportMetric(float64(assemble.Milliseconds()), "assemble-ms")
	b.ReportMetric(float64(again.Milliseconds()), "again-ms")
	b.ReportMetric(float64(stats.Events), "events")
	b.ReportMetric(float64(stats.Stories), "stories")
	b.ReportMetric(procStatusMB(b, "VmHWM"), "VmHWM-MB")
}

// scaleCasePath is where the scale benchmarks cache a case of n articles.
func scaleCasePath(n int) string {
	return filepath.Join(os.TempDir(), fmt.Sprintf("newsline-scale-%d-v%d.newsline", n, scaleCaseVersion))
}

// copyCase copies the case file src (and its WAL, if any) to dst.
func copyCase(src, dst string) error {
	removeCase(dst)
	for _, suffix := range []string{"", "-wal"} {
		in, err := os.Open(src + suffix)
		if os.IsNotExist(err) && suffix != "" {
			continue
		}
		if err != nil {
			return err
		}
		out, err := os.Create(dst + suffix)
		if err != nil {
			in.Close()
			return err
		}
		_, err = io.Copy(out, in)
		in.Close()
		if cerr := out.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func removeCase(path string) {
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(path + suffix)
	}
}
