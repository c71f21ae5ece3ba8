package app

import (
	"context"
	"database/sql"
	"strings"
	"testing"

	"newsline/app/extract"
	"newsline/data"
)

func TestOlderExtractorsArticlesAreReanalysed(t *testing.T) {
	db := demoCase(t)
	ctx := context.Background()
	before := exportEventsJSON(t, db)

	// Mark the case as analysed by an older extractor, with its events gone.
	raw, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`PRAGMA foreign_keys = ON; DELETE FROM events; UPDATE articles SET extractor_version = ?`, extract.Version-1); err != nil {
		t.Fatal(err)
	}
	raw.Close()

	// Any command brings it up to date first.
	code, _, errs := runCLI(t, "--db", db, "stats")
	if code != 0 || !strings.Contains(errs, "re-analysed 11 articles") {
		t.Fatalf("stats: exit %d, %q", code, errs)
	}
	st, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	stale, err := st.StaleArticles(ctx, extract.Version)
	st.Close()
	if err != nil || len(stale) != 0 {
		t.Errorf("still stale: %v %v", stale, err)
	}
	if after := exportEventsJSON(t, db); after != before {
		t.Errorf("story events after re-analysis differ from a fresh import:\n%.400s\n---\n%.400s", after, before)
	}
}

func exportEventsJSON(t *testing.T, db string) string {
	t.Helper()
	code, out, errs := runCLI(t, "--db", db, "export", "events", "--format", "json")
	if code != 0 {
		t.Fatalf("export events: %s", errs)
	}
	return out
}
