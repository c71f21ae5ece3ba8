package app

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"testing"

	"newsline/app/extract"
	"newsline/app/story"
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

func TestCurationSurvivesReanalysis(t *testing.T) {
	db := demoCase(t)
	ctx := context.Background()
	st, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	id := map[string]int64{}
	actors, err := st.Actors(ctx, data.ActorQuery{IncludeHidden: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range actors {
		id[a.Name] = a.ID
	}
	for _, name := range []string{"Kim Jong Un", "Pyongyang", "Washington", "United States"} {
		if id[name] == 0 {
			t.Fatalf("demo case lacks %q", name)
		}
	}
	if err := st.RenameActor(ctx, id["Kim Jong Un"], "Kim Jong-un (DPRK leader)"); err != nil {
		t.Fatal(err)
	}
	if err := st.HideActor(ctx, id["Pyongyang"], true); err != nil {
		t.Fatal(err)
	}
	if err := st.MergeActors(ctx, id["United States"], []int64{id["Washington"]}); err != nil {
		t.Fatal(err)
	}
	st.Close()

	reanalyseByCLI(t, db)

	st, err = data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	visible, err := st.Actors(ctx, data.ActorQuery{})
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]data.Actor{}
	for _, a := range visible {
		names[a.Name] = a
	}
	if _, ok := names["Kim Jong-un (DPRK leader)"]; !ok {
		t.Error("the rename did not survive re-analysis")
	}
	if _, ok := names["Kim Jong Un"]; ok {
		t.Error("the extracted name came back after re-analysis")
	}
	if _, ok := names["Pyongyang"]; ok {
		t.Error("the hidden actor came back after re-analysis")
	}
	if _, ok := names["Washington"]; ok {
		t.Error("the merged actor came back after re-analysis")
	}
	if us := names["United States"]; us.Mentions == 0 {
		t.Error("the merge target has no mentions after re-analysis")
	}
}

func TestStorySplitSurvivesReanalysis(t *testing.T) {
	db := demoCase(t)
	ctx := context.Background()
	st, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	// The summit: the story event with the most sources.
	events, err := st.StoryEvents(ctx, data.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	summit := slices.MaxFunc(events, func(a, b data.StoryEvent) int { return len(a.Sources) - len(b.Sources) })
	if len(summit.Sources) < 3 {
		t.Fatalf("no story event with several sources: %+v", summit)
	}
	off := summit.Sources[len(summit.Sources)-1]
	if _, err := story.Split(ctx, st, summit.ID, []int64{off.EventID}); err != nil {
		t.Fatal(err)
	}
	apart := func(st *data.Store) bool {
		t.Helper()
		evs, err := st.StoryEvents(ctx, data.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range evs {
			for _, s := range e.Sources {
				if s.ArticleID == off.ArticleID && s.TriggerAt == off.TriggerAt {
					return len(e.Sources) == 1
				}
			}
		}
		t.Fatal("the split-off source is gone")
		return false
	}
	if !apart(st) {
		t.Fatal("the split did not take")
	}
	st.Close()

	reanalyseByCLI(t, db)
	st, err = data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if !apart(st) {
		t.Error("the split was lost when the articles were analysed again")
	}
}

// reanalyseByCLI marks every article of case db as analysed by the previous
// extractor and runs a CLI command, which analyses them again first.
func reanalyseByCLI(t *testing.T, db string) {
	t.Helper()
	raw, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if _, err := raw.Exec(`UPDATE articles SET extractor_version = ?`, extract.Version-1); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := runCLI(t, "--db", db, "stats"); code != 0 || !strings.Contains(errs, "re-analysed") {
		t.Fatalf("stats: exit %d, %q", code, errs)
	}
}
