package data

import (
	"context"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func count(t testing.TB, s *Store, table string) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow("SELECT COUNT(*) FROM " + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestSaveArticleDedupe(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	a := genArticle(1, 40)
	id := mustSave(t, s, a)
	rows := map[string]int{}
	for _, tb := range []string{"sentences", "mentions", "events", "event_actors", "actors", "aliases"} {
		rows[tb] = count(t, s, tb)
	}
	a.Article.Title = "Same text, other title"
	id2, added, err := s.SaveArticle(ctx, a)
	if err != nil || added || id2 != id {
		t.Fatalf("second save = %d %v %v, want %d false nil", id2, added, err, id)
	}
	for tb, n := range rows {
		if got := count(t, s, tb); got != n {
			t.Errorf("%s: %d rows after duplicate, want %d", tb, got, n)
		}
	}
	if rows["sentences"] != 40 || rows["mentions"] != 60 || rows["events"] != 10 {
		t.Errorf("stored %v", rows)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 1 || st.Mentions != 60 || st.Events != 10 || st.FirstEvent != ParseValue("2023-09-13").Start ||
		st.FirstPublished != a.Article.Published.Start {
		t.Errorf("stats = %+v", st)
	}
}

func TestSaveArticleActorsNormalised(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	mk := func(text, name string, aliases ...string) NewArticle {
		return NewArticle{
			Article:   Article{Title: text, Text: text},
			Sentences: []Sentence{{Start: 0, End: len(text)}},
			Actors:    []NewActor{{Name: name, Type: ActorPerson, Aliases: aliases}},
			Mentions:  []NewMention{{Actor: 0, Sentence: 0, Start: 0, End: len(name), Text: name}},
		}
	}
	mustSave(t, s, mk("Kim Jong-un spoke.", "Kim Jong-un", "Kim"))
	mustSave(t, s, mk("Kim Jong Un left.", "Kim Jong Un"))
	mustSave(t, s, mk("kim  jong un. smiled", "kim  jong un."))
	as, err := s.Actors(ctx, ActorQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 1 || as[0].Mentions != 3 || as[0].Articles != 3 || as[0].Name != "Kim Jong-un" ||
		len(as[0].Aliases) != 1 || as[0].Aliases[0] != "Kim" {
		t.Fatalf("actors = %+v", as)
	}
	// An alias resolves too.
	mustSave(t, s, mk("Kim waved.", "Kim"))
	if a, _ := s.Actor(ctx, as[0].ID); a.Mentions != 4 {
		t.Errorf("mentions via alias = %d, want 4", a.Mentions)
	}
}

// TestBatchKeepsLaterAliases saves, in one batch, an article that names Kim
// Jong Un in full only and then one that also calls him "Kim": the later
// article's short form must still become an alias.
func TestBatchKeepsLaterAliases(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	mk := func(text string, aliases ...string) NewArticle {
		const name = "Kim Jong Un"
		return NewArticle{
			Article:   Article{Title: text, Text: text},
			Sentences: []Sentence{{Start: 0, End: len(text)}},
			Actors:    []NewActor{{Name: name, Type: ActorPerson, Aliases: aliases}},
			Mentions:  []NewMention{{Actor: 0, Sentence: 0, Start: 0, End: len(name), Text: name}},
		}
	}
	res, err := s.SaveArticles(ctx, []NewArticle{mk("Kim Jong Un left."), mk("Kim Jong Un arrived. Kim waved.", "Kim")})
	if err != nil || len(res) != 2 {
		t.Fatal(res, err)
	}
	as, err := s.Actors(ctx, ActorQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 1 || len(as[0].Aliases) != 1 || as[0].Aliases[0] != "Kim" {
		t.Fatalf("actors = %+v, want Kim Jong Un with the alias Kim", as)
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"Kim Jong-un":    "kim jong un",
		" Kim  Jong Un ": "kim jong un",
		"U.S.":           "us",
		"St. Petersburg": "st petersburg",
		"O'Brien":        "obrien",
		"Ålesund":        "ålesund",
		"-.-":            "",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSaveArticlesBatch(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	bad := genArticle(3, 5)
	bad.Mentions = append(bad.Mentions, NewMention{Actor: 99, Sentence: 0})
	batch := []NewArticle{genArticle(1, 10), genArticle(2, 10), genArticle(1, 10), bad, genArticle(4, 10)}
	res, err := s.SaveArticles(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	if !res[0].Added || !res[1].Added || res[2].Added || res[2].ID != res[0].ID || res[3].Err == nil || !res[4].Added {
		t.Fatalf("results = %+v", res)
	}
	if !strings.Contains(res[3].Err.Error(), "actor index 99") {
		t.Errorf("bad article error = %v", res[3].Err)
	}
	if n := count(t, s, "articles"); n != 3 {
		t.Errorf("%d articles, want 3", n)
	}
	if n := count(t, s, "sentences"); n != 30 {
		t.Errorf("%d sentences, want 30 (the failed article left nothing)", n)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	res, err = s.SaveArticles(cctx, []NewArticle{genArticle(5, 3)})
	if !errors.Is(err, context.Canceled) || len(res) != 0 {
		t.Errorf("cancelled batch = %v %v", res, err)
	}
}

func TestArticlesListAndGet(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	var ids []int64
	for i := range 3 {
		a := genArticle(uint64(i+1), 4*(i+1))
		a.Article.Title = []string{"b", "a", "c"}[i]
		ids = append(ids, mustSave(t, s, a))
	}
	as, err := s.Articles(ctx, ArticleQuery{Sort: "events", Desc: true, Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 2 || as[0].ID != ids[2] || as[0].Events != 3 || as[1].Events != 2 || as[0].Text != "" {
		t.Errorf("by events = %+v", as)
	}
	as, err = s.Articles(ctx, ArticleQuery{Sort: "title", Offset: 1})
	if err != nil || len(as) != 2 || as[0].Title != "b" || as[1].Title != "c" {
		t.Errorf("by title from 1 = %+v %v", as, err)
	}
	if _, err := s.Articles(ctx, ArticleQuery{Sort: "nonsense"}); err == nil {
		t.Error("unknown sort accepted")
	}
	a, err := s.Article(ctx, ids[0])
	if err != nil || a.Text == "" || a.Published.Precision != PrecisionDay || a.ImportedAt.IsZero() || len(a.SHA256) != 64 {
		t.Errorf("Article = %+v %v", a, err)
	}
	if _, err := s.Article(ctx, 999); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing article: %v", err)
	}
	if n, err := s.ArticleCount(ctx); n != 3 || err != nil {
		t.Errorf("ArticleCount = %d %v", n, err)
	}
}

func TestSentenceText(t *testing.T) {
	s := openTemp(t)
	text := "Ünïcode first. Then Kim met Putin."
	id := mustSave(t, s, NewArticle{
		Article:   Article{Text: text},
		Sentences: []Sentence{{Start: 0, End: 15}, {Start: 16, End: len(text)}},
	})
	var sid int64
	if err := s.db.QueryRow("SELECT id FROM sentences WHERE article_id = ? AND idx = 1", id).Scan(&sid); err != nil {
		t.Fatal(err)
	}
	st, got, err := s.Sentence(context.Background(), sid)
	if err != nil || got != text[16:] || st.Index != 1 || st.ArticleID != id {
		t.Errorf("Sentence = %+v %q %v, want %q", st, got, err, text[16:])
	}
	if _, _, err := s.Sentence(context.Background(), 999); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing sentence: %v", err)
	}
}

func TestDeleteArticleCascades(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	keep := mustSave(t, s, genArticle(1, 8))
	del := mustSave(t, s, genArticle(2, 8))
	if err := s.DeleteArticle(ctx, del); err != nil {
		t.Fatal(err)
	}
	for _, tb := range []string{"sentences", "mentions", "events", "timexes"} {
		var n int
		s.db.QueryRow("SELECT COUNT(*) FROM "+tb+" WHERE article_id = ?", del).Scan(&n)
		if n != 0 {
			t.Errorf("%d %s left", n, tb)
		}
	}
	if n := count(t, s, "event_actors WHERE event_id NOT IN (SELECT id FROM events)"); n != 0 {
		t.Errorf("%d orphan event actors", n)
	}
	hits, err := s.Search(ctx, "Report", 10)
	if err != nil || len(hits) != 1 || hits[0].ArticleID != keep {
		t.Errorf("search after delete = %+v %v", hits, err)
	}
	if err := s.DeleteArticle(ctx, del); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete: %v", err)
	}
	checkFTS(t, s)
}

func TestUpdateMetaAndReplaceAnalysis(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	a := genArticle(1, 8)
	id := mustSave(t, s, a)
	pub := ParseValue("2024-01")
	if err := s.UpdateArticleMeta(ctx, id, "New title", "New outlet", pub); err != nil {
		t.Fatal(err)
	}
	a2 := genArticle(1, 8)
	a2.Events = a2.Events[:1]
	a2.Events[0].Date = ParseValue("2024-01-05")
	if err := s.ReplaceAnalysis(ctx, id, a2); err != nil {
		t.Fatal(err)
	}
	got, err := s.Article(ctx, id)
	if err != nil || got.Title != "New title" || got.Outlet != "New outlet" || got.Published.Value != "2024-01" || got.Events != 1 {
		t.Errorf("after edit = %+v %v", got, err)
	}
	var day int
	s.db.QueryRow("SELECT MIN(day) FROM mentions WHERE article_id = ?", id).Scan(&day)
	if Day(day) != pub.Start {
		t.Errorf("mention day = %d, want %d", day, pub.Start)
	}
	if hits, err := s.Search(ctx, "\"New title\"", 5); err != nil || len(hits) != 1 {
		t.Errorf("search new title = %+v %v", hits, err)
	}
	if hits, _ := s.Search(ctx, "Report", 5); len(hits) != 0 {
		t.Errorf("old title still indexed: %+v", hits)
	}
	checkFTS(t, s)
	if stale, err := s.StaleArticles(ctx, 2); err != nil || len(stale) != 1 || stale[0] != id {
		t.Errorf("StaleArticles(2) = %v %v", stale, err)
	}
	a2.Article.ExtractorVersion = 2
	if err := s.ReplaceAnalysis(ctx, id, a2); err != nil {
		t.Fatal(err)
	}
	if stale, err := s.StaleArticles(ctx, 2); err != nil || len(stale) != 0 {
		t.Errorf("StaleArticles(2) after re-analysis = %v %v", stale, err)
	}
	other := genArticle(2, 8)
	if err := s.ReplaceAnalysis(ctx, id, other); err == nil {
		t.Error("analysis of another text accepted")
	}
}

// TestReadersDuringImport checks that reads never see "database is locked"
// while a long bulk import writes.
func TestReadersDuringImport(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	var done atomic.Bool
	var wg sync.WaitGroup
	var reads atomic.Int64
	errs := make(chan error, 4)
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !done.Load() {
				if _, err := s.Stats(ctx); err != nil {
					errs <- err
					return
				}
				if _, err := s.Search(ctx, "story", 5); err != nil {
					errs <- err
					return
				}
				reads.Add(1)
			}
		}()
	}
	start := time.Now()
	for i := 0; i < 60; i += 10 {
		batch := make([]NewArticle, 10)
		for j := range batch {
			batch[j] = genArticle(uint64(i+j+1), 40)
		}
		if _, err := s.SaveArticles(ctx, batch); err != nil {
			t.Fatal(err)
		}
		mustSave(t, s, genArticle(uint64(1000+i), 40))
	}
	done.Store(true)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("reader: %v", err)
	}
	if reads.Load() == 0 {
		t.Error("no reads ran during the import")
	}
	t.Logf("%d reads during a %v import", reads.Load(), time.Since(start))
}

// checkFTS runs FTS5's integrity check against the articles table.
func checkFTS(t *testing.T, s *Store) {
	t.Helper()
	if _, err := s.db.Exec("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)"); err != nil {
		t.Errorf("search index out of step with articles: %v", err)
	}
}

func TestSaveArticleCancelled(t *testing.T) {
	s := openTemp(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := s.SaveArticle(ctx, genArticle(1, 10)); !errors.Is(err, context.Canceled) {
		t.Errorf("SaveArticle with a cancelled context: %v", err)
	}
	for _, tb := range []string{"articles", "sentences", "actors", "mentions"} {
		if n := count(t, s, tb); n != 0 {
			t.Errorf("%d %s stored", n, tb)
		}
	}
}

func TestActorsQuery(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	for i := range 5 {
		mustSave(t, s, genArticle(uint64(i+1), 20))
	}
	as, err := s.Actors(ctx, ActorQuery{Sort: "mentions", Limit: 3})
	if err != nil || len(as) != 3 {
		t.Fatalf("Actors = %+v %v", as, err)
	}
	for i := 1; i < len(as); i++ {
		if as[i].Mentions > as[i-1].Mentions {
			t.Errorf("not by mentions: %+v", as)
		}
	}
	byName, err := s.Actors(ctx, ActorQuery{Sort: "name"})
	if err != nil || len(byName) != len(genNames) {
		t.Fatalf("by name: %d actors, %v", len(byName), err)
	}
	for i := 1; i < len(byName); i++ {
		if strings.ToLower(byName[i].Name) < strings.ToLower(byName[i-1].Name) {
			t.Errorf("not by name: %q before %q", byName[i-1].Name, byName[i].Name)
		}
	}
	if _, err := s.Actor(ctx, 9999); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing actor: %v", err)
	}
}

func TestDeleteArticleUnlistsItsActors(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	mustSave(t, s, analysed("Kim Jong Un met Vladimir Putin.", kim, putin))
	only := mustSave(t, s, analysed("Sergei Lavrov flew home.", NewActor{Name: "Sergei Lavrov", Type: ActorPerson}))
	if err := s.DeleteArticle(ctx, only); err != nil {
		t.Fatal(err)
	}
	as, err := s.Actors(ctx, ActorQuery{IncludeHidden: true})
	if err != nil || len(as) != 2 {
		t.Fatalf("actors after delete = %+v %v", as, err)
	}
	if st, _ := s.Stats(ctx); st.Actors != 2 {
		t.Errorf("Stats.Actors = %d, want 2", st.Actors)
	}
	// The unlisted actor is still there for a later import.
	mustSave(t, s, analysed("Sergei Lavrov flew back.", NewActor{Name: "Sergei Lavrov", Type: ActorPerson}))
	if n := count(t, s, "actors"); n != 3 {
		t.Errorf("%d actors stored, want 3", n)
	}
}
