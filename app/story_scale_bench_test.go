package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"newsline/app/corpus"
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

// BenchmarkScaleStoryUpdates measures what a user of an assembled 100k case
// waits for: importing 20 new articles and assembling them (incremental),
// and splitting a story event and undoing it. It works on a copy of an
// assembled copy of the cached case, kept at NEWSLINE_STORY_ASSEMBLED
// (default os.TempDir()/newsline-story-assembled.newsline) and assembled
// once when absent: run "-bench ScaleStoryUpdates/assemble" first, alone, so
// that each sub-benchmark's peak memory (VmHWM, per process) is its own.
func BenchmarkScaleStoryUpdates(b *testing.B) {
	src := scaleCasePath(scaleArticles())
	if _, err := os.Stat(src); err != nil {
		b.Skip("no cached scale case:", err)
	}
	assembled := os.Getenv("NEWSLINE_STORY_ASSEMBLED")
	if assembled == "" {
		assembled = filepath.Join(os.TempDir(), "newsline-story-assembled.newsline")
	}
	ctx := context.Background()
	b.Run("assemble", func(b *testing.B) {
		for range b.N {
			if _, err := os.Stat(assembled); err == nil {
				b.Skip("assembled case exists:", assembled)
			}
			st := scratchCase(b, src, assembled+".building")
			t0 := time.Now()
			stats, err := story.Assemble(ctx, st)
			if err != nil {
				b.Fatal(err)
			}
			b.Logf("full assembly %s: %+v", time.Since(t0).Round(time.Millisecond), stats)
			if err := st.Close(); err != nil {
				b.Fatal(err)
			}
			if err := os.Rename(assembled+".building", assembled); err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(procStatusMB(b, "VmHWM"), "VmHWM-MB")
		}
	})
	b.Run("import20", func(b *testing.B) {
		dir := b.TempDir()
		for _, a := range corpus.Generate(corpus.Options{Articles: 20, Seed: 2}) {
			if err := os.WriteFile(filepath.Join(dir, a.Name), []byte(a.File()), 0o644); err != nil {
				b.Fatal(err)
			}
		}
		for range b.N {
			st := scratchCase(b, assembled, filepath.Join(os.TempDir(), "newsline-story-update.newsline"))
			t0 := time.Now()
			res, err := Import(ctx, st, []string{dir}, nil)
			if err != nil {
				b.Fatal(err)
			}
			imported := time.Since(t0)
			t0 = time.Now()
			stats, err := story.Assemble(ctx, st)
			if err != nil {
				b.Fatal(err)
			}
			b.Logf("import of %d articles %s, assembly %s: %+v", len(res.Added), imported.Round(time.Millisecond),
				time.Since(t0).Round(time.Millisecond), stats)
			b.ReportMetric(float64(time.Since(t0).Milliseconds()), "assemble-ms")
		}
		b.ReportMetric(procStatusMB(b, "VmHWM"), "VmHWM-MB")
	})
	b.Run("split", func(b *testing.B) {
		for range b.N {
			st := scratchCase(b, assembled, filepath.Join(os.TempDir(), "newsline-story-update.newsline"))
			ev := splittable(ctx, b, st)
			t0 := time.Now()
			stats, err := story.Split(ctx, st, ev.ID, []int64{ev.Sources[0].EventID})
			if err != nil {
				b.Fatal(err)
			}
			split := time.Since(t0)
			t0 = time.Now()
			undo, err := story.Undo(ctx, st)
			if err != nil {
				b.Fatal(err)
			}
			b.Logf("split of story event %d (%d sources) %s: %+v; undo %s: %+v", ev.ID, len(ev.Sources),
				split.Round(time.Millisecond), stats, time.Since(t0).Round(time.Millisecond), undo)
			b.ReportMetric(float64(split.Milliseconds()), "split-ms")
		}
		b.ReportMetric(procStatusMB(b, "VmHWM"), "VmHWM-MB")
	})
}

// scratchCase copies the case src to dst and opens it; it is closed and
// removed when b ends.
func scratchCase(b *testing.B, src, dst string) *data.Store {
	b.Helper()
	if err := copyCase(src, dst); err != nil {
		b.Fatal(err)
	}
	st, err := data.Open(dst)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		st.Close()
		removeCase(dst)
	})
	return st
}

// splittable returns a story event of the case with several sources.
func splittable(ctx context.Context, b *testing.B, st *data.Store) data.StoryEvent {
	b.Helper()
	for id := int64(1); id < 10_000; id++ {
		ev, err := st.StoryEvent(ctx, id)
		if errors.Is(err, data.ErrNotFound) {
			continue
		}
		if err != nil {
			b.Fatal(err)
		}
		if len(ev.Sources) >= 3 {
			return ev
		}
	}
	b.Fatal("no story event with 3 sources")
	return data.StoryEvent{}
}
