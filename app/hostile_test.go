package app

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"newsline/app/hostile"
	"newsline/data"
)

// TestImportHostile imports 1,000 hostile files, among them a 50 MB text, a
// 10 MB line and 2 GB decompression bombs, through the real pipeline. The
// import must finish without a panic or a hang, name every failure with its
// path and a one-line reason, and store every good article.
func TestImportHostile(t *testing.T) {
	if testing.Short() {
		t.Skip("generates 120 MB of hostile files")
	}
	dir := filepath.Join(t.TempDir(), "in")
	start := time.Now()
	m, err := hostile.Generate(dir, hostile.Options{Files: 1000, Seed: 9, Huge: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("generated %d files in %v", len(m.Entries), time.Since(start))
	st, err := data.Open(filepath.Join(t.TempDir(), "hostile.newsline"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()

	start = time.Now()
	goroutines := runtime.NumGoroutine()
	res := importWithWatchdog(t, st, dir, 2*time.Minute)
	t.Logf("imported in %v: %d added, %d duplicates, %d failed; peak RSS %s",
		time.Since(start), len(res.Added), len(res.Duplicates), len(res.Failed), peakRSS())
	checkOutcomes(t, m, res)
	checkNoLeftovers(t, goroutines)
	n, err := st.ArticleCount(context.Background())
	if err != nil || n != len(res.Added) {
		t.Errorf("case holds %d articles (%v), import added %d", n, err, len(res.Added))
	}
}

// importWithWatchdog runs Import and fails the test, with a goroutine dump
// and the last file handled, when it has not finished within limit.
func importWithWatchdog(t *testing.T, st *data.Store, dir string, limit time.Duration) ImportResult {
	t.Helper()
	var last atomic.Value
	last.Store("")
	done := make(chan struct{})
	var res ImportResult
	var err error
	go func() {
		defer close(done)
		res, err = Import(context.Background(), st, []string{dir}, func(_, _ int, cur string) { last.Store(cur) })
	}()
	select {
	case <-done:
	case <-time.After(limit):
		pprof.Lookup("goroutine").WriteTo(os.Stderr, 1)
		t.Fatalf("import hangs: not done after %v; last file handled %q", limit, last.Load())
	}
	if err != nil || res.Cancelled {
		t.Fatalf("import: %v (cancelled %v)", err, res.Cancelled)
	}
	return res
}

// checkOutcomes matches what the import did with every file against what
// the manifest expects.
func checkOutcomes(t *testing.T, m hostile.Manifest, res ImportResult) {
	t.Helper()
	outcome := map[string]string{}
	for _, p := range res.Added {
		outcome[p] = "stored"
	}
	for _, p := range res.Duplicates {
		outcome[p] = "duplicate"
	}
	for _, f := range res.Failed {
		if f.Path == "" || strings.TrimSpace(f.Reason) == "" || strings.ContainsAny(f.Reason, "\n\r") {
			t.Errorf("failure without a path or a one-line reason: %q: %q", f.Path, f.Reason)
		}
		if strings.Contains(f.Reason, f.Path) || strings.Contains(f.Reason, strconv.Quote(f.Path)) {
			t.Errorf("%q: the reason repeats the path: %s", f.Path, f.Reason)
		}
		if strings.Contains(f.Reason, "internal error") || strings.Contains(f.Reason, "panic") {
			t.Errorf("%q: crashed a reader: %s", f.Path, f.Reason)
		}
		outcome[f.Path] = f.Reason
	}
	kinds := map[string]int{}
	for _, e := range m.Entries {
		path := m.Path(e)
		got, ok := outcome[path]
		switch {
		case !ok:
			t.Errorf("%s (%s): not reported by the import", strconv.Quote(e.Name), e.Kind)
		case e.Expect == hostile.Stored && got != "stored":
			t.Errorf("%s (%s, %s): want stored, got %s", strconv.Quote(e.Name), e.Kind, e.Why, got)
		case e.Expect == hostile.Refused && (got == "stored" || got == "duplicate"):
			t.Errorf("%s (%s, %s): want refused, got %s", strconv.Quote(e.Name), e.Kind, e.Why, got)
		}
		if e.Expect != hostile.Stored && kinds[e.Kind] == 0 {
			t.Logf("%-22s %s", e.Kind, got)
		}
		kinds[e.Kind]++
	}
	if len(outcome) != len(m.Entries) {
		t.Errorf("the import reported %d files, the folder holds %d", len(outcome), len(m.Entries))
	}
}

// peakRSS is this process's peak resident set size, from /proc.
func peakRSS() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}

// checkNoLeftovers fails when readers abandoned after a timeout are still
// running some seconds after the import: they would pile up over imports.
func checkNoLeftovers(t *testing.T, before int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before+2 {
		if time.Now().After(deadline) {
			pprof.Lookup("goroutine").WriteTo(os.Stderr, 1)
			t.Errorf("%d goroutines still running after the import, %d before", runtime.NumGoroutine(), before)
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
}
