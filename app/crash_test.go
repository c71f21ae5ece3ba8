package app

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"newsline/app/hostile"
	"newsline/data"
)

// Environment of the child process that TestCrashSafety kills.
const (
	crashDBEnv  = "NEWSLINE_CRASH_DB"
	crashDirEnv = "NEWSLINE_CRASH_DIR"
)

// TestCrashChild is the import TestCrashSafety runs in a child process and
// kills; on its own it does nothing. It reports progress on stdout, one
// "done N" line per file, so that the parent can kill it mid-import.
func TestCrashChild(t *testing.T) {
	db, dir := os.Getenv(crashDBEnv), os.Getenv(crashDirEnv)
	if db == "" || dir == "" {
		t.Skip("run by TestCrashSafety")
	}
	st, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	fmt.Println("open")
	_, err = importAndAssemble(context.Background(), st, []string{dir}, func(done, _ int, _ string) {
		fmt.Printf("done %d\n", done)
	})
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("finished; peak RSS %s\n", peakRSS())
}

// TestCrashSafety imports 1,000 files in a child process, kills it with
// SIGKILL at random moments four times (while reading, while storing, while
// assembling stories), then imports again to completion and checks that the
// case is intact: integrity and foreign keys hold, no article is stored twice,
// and every good file is present exactly once.
func TestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("imports 1,000 files five times")
	}
	dir := filepath.Join(t.TempDir(), "in")
	m, err := hostile.Generate(dir, hostile.Options{Files: 1000, Seed: 11})
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "crash.newsline")
	r := rand.New(rand.NewSource(time.Now().UnixNano()))
	for i := 0; i < 4; i++ {
		// Kill after a random number of files; the last time after all
		// of them, while stories are assembled.
		at := 1 + r.Intn(len(m.Entries))
		if i == 3 {
			at = len(m.Entries)
		}
		killed, output := runAndKill(t, db, dir, at, time.Duration(r.Intn(30))*time.Millisecond)
		t.Logf("run %d: killed after %d files: %v (%s)", i+1, at, killed, output)
	}
	st, err := data.Open(db)
	if err != nil {
		t.Fatalf("reopen after kills: %v", err)
	}
	defer st.Close()
	start := time.Now()
	res, err := importAndAssemble(context.Background(), st, []string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("final import in %v: %d added, %d already there, %d failed",
		time.Since(start), len(res.Added), len(res.Duplicates), len(res.Failed))
	checkIntact(t, db)
	checkGoodPresent(t, db, m, res)
	t.Run("stories", func(t *testing.T) { checkStoriesAssembled(t, db, res) })
}

// checkStoriesAssembled checks that every event was placed in a story event
// once the import is done, including events of articles stored by a run
// killed before it assembled them.
func checkStoriesAssembled(t *testing.T, path string, res ImportResult) {
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	err = db.QueryRow("SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.event_id = e.id)").Scan(&n)
	switch {
	case err != nil:
		t.Fatal(err)
	case n > 0:
		t.Errorf("%d events are in no story event", n)
	}
}

// runAndKill starts the child import and kills it with SIGKILL, after a
// pause, once it has reported at least at files done (after the last file,
// it is assembling stories). It reports whether the child was killed, rather
// than finished first, and its last line of output.
func runAndKill(t *testing.T, db, dir string, at int, pause time.Duration) (bool, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.v")
	cmd.Env = append(os.Environ(), crashDBEnv+"="+db, crashDirEnv+"="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = nil
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	timer := time.AfterFunc(2*time.Minute, func() { cmd.Process.Kill() })
	defer timer.Stop()
	last := ""
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		last = sc.Text()
		if n, _ := strconv.Atoi(strings.TrimPrefix(last, "done ")); n >= at {
			time.Sleep(pause)
			cmd.Process.Signal(syscall.SIGKILL)
			break
		}
	}
	for sc.Scan() {
		last = sc.Text()
	}
	err = cmd.Wait()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return true, last
	}
	if err != nil {
		t.Fatalf("child import failed: %v; last line %q", err, last)
	}
	return false, last
}

// checkIntact runs SQLite's integrity and foreign key checks, the full-text
// index check, and looks for rows that point into another article.
func checkIntact(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var ok string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
		t.Errorf("integrity_check: %q, %v", ok, err)
	}
	rows, err := db.Query("PRAGMA foreign_key_check")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var table, parent string
		var rowid, fk sql.NullInt64
		rows.Scan(&table, &rowid, &parent, &fk)
		t.Errorf("foreign key violation: %s row %v -> %s", table, rowid.Int64, parent)
	}
	rows.Close()
	if _, err := db.Exec("INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)"); err != nil {
		t.Errorf("full-text index: %v", err)
	}
	for _, q := range []string{
		"SELECT count(*) FROM mentions m JOIN sentences s ON s.id = m.sentence_id WHERE s.article_id != m.article_id",
		"SELECT count(*) FROM events e JOIN sentences s ON s.id = e.sentence_id WHERE s.article_id != e.article_id",
		"SELECT count(*) FROM story_events s WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.story_id = s.id)",
		"SELECT count(*) - count(DISTINCT sha256) FROM articles",
	} {
		var n int
		if err := db.QueryRow(q).Scan(&n); err != nil || n != 0 {
			t.Errorf("%s: %d (%v)", q, n, err)
		}
	}
}

// checkGoodPresent checks that every good file is stored exactly once and
// that the case holds nothing else.
func checkGoodPresent(t *testing.T, path string, m hostile.Manifest, res ImportResult) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	stored := map[string]int{}
	rows, err := db.Query("SELECT source_path FROM articles")
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for rows.Next() {
		var p string
		rows.Scan(&p)
		stored[p]++
		total++
	}
	rows.Close()
	for _, e := range m.Select(hostile.Stored) {
		if n := stored[m.Path(e)]; n != 1 {
			t.Errorf("%s (%s): stored %d times", strconv.Quote(e.Name), e.Kind, n)
		}
	}
	if want := len(res.Added) + len(res.Duplicates); total != want {
		t.Errorf("case holds %d articles; %d files were good", total, want)
	}
}
