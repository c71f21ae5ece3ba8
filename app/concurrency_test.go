package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"newsline/app/corpus"
	"newsline/data"
)

// viewQueries are the reads the views make, as the UI does while an import
// runs: timeline, story events, network, charts, articles, actors, search.
func viewQueries(ctx context.Context, st *data.Store, i int) []func() error {
	week := data.DayOf(time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC))
	f := data.Filter{From: week + data.Day(i%500), To: week + data.Day(i%500) + 365}
	text := data.Filter{Text: "Putin OR Seoul"}
	return []func() error{
		func() error { _, err := st.TimelineEvents(ctx, f); return err },
		func() error { _, err := st.StoryTimelineEvents(ctx, f); return err },
		func() error { _, err := st.StoryEvents(ctx, text); return err },
		func() error { _, err := st.Graph(ctx, f, nil); return err },
		func() error { _, err := st.TopActors(ctx, f, 20); return err },
		func() error { _, err := st.EventSeries(ctx, data.Filter{}, data.BinWeek); return err },
		func() error { _, err := st.Articles(ctx, data.ArticleQuery{Limit: 100, Offset: i % 300}); return err },
		func() error { _, err := st.Actors(ctx, data.ActorQuery{Limit: 50}); return err },
		func() error { _, err := st.Search(ctx, "Kim", 20); return err },
		func() error { _, err := st.Stats(ctx); return err },
	}
}

// TestReadWhileImporting runs the views' queries in a loop on two
// goroutines, as a UI refreshing its views would, while an import (with
// story assembly) writes 300 articles. SQLite in WAL mode lets readers go on
// beside the writer, and the store serialises its writers, so no query may
// fail, least of all with "database is locked" (SQLITE_BUSY).
func TestReadWhileImporting(t *testing.T) {
	if testing.Short() {
		t.Skip("imports 300 articles")
	}
	dir := filepath.Join(t.TempDir(), "in")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, a := range corpus.Generate(corpus.Options{Articles: 300, Seed: 5, ReprintPct: 10}) {
		if err := os.WriteFile(filepath.Join(dir, a.Name), []byte(a.File()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	st, err := data.Open(filepath.Join(t.TempDir(), "concurrent.newsline"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx, stop := context.WithCancel(context.Background())
	var queries atomic.Int64
	var mu sync.Mutex
	var failures []string
	var wg sync.WaitGroup
	for r := 0; r < 2; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := r; ctx.Err() == nil; i += 2 {
				for j, q := range viewQueries(context.Background(), st, i) {
					if err := q(); err != nil {
						mu.Lock()
						failures = append(failures, fmt.Sprintf("query %d: %v", j, err))
						mu.Unlock()
					}
					queries.Add(1)
				}
				time.Sleep(50 * time.Millisecond)
			}
		}()
	}
	start := time.Now()
	res, err := importAndAssemble(context.Background(), st, []string{dir}, nil)
	elapsed := time.Since(start)
	stop()
	wg.Wait()
	if err != nil || len(res.Failed) > 0 || len(res.Added)+len(res.Duplicates) != 300 {
		t.Fatalf("import: %v; added %d, failed %v", err, len(res.Added), res.Failed)
	}
	t.Logf("import of 300 articles in %v beside %d view queries", elapsed, queries.Load())
	for i, f := range failures {
		if i == 10 {
			t.Errorf("... and %d more", len(failures)-10)
			break
		}
		locked := strings.Contains(f, "locked") || strings.Contains(f, "SQLITE_BUSY")
		t.Errorf("%s (locked: %v)", f, locked)
	}
	if queries.Load() < 50 {
		t.Errorf("only %d queries ran during the import: readers were starved", queries.Load())
	}
}
