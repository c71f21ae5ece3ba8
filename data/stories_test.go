package data

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// storyArticle is an article whose one sentence holds one event by the
// given persons.
func storyArticle(title, outlet, published, text, sentence, typ, date string, persons ...string) NewArticle {
	start := strings.Index(text, sentence)
	a := NewArticle{
		Article:   Article{Title: title, Outlet: outlet, Published: ParseValue(published), Text: text},
		Sentences: []Sentence{{Start: start, End: start + len(sentence)}},
	}
	ev := NewEvent{Type: typ, Trigger: sentence[:3], TriggerStart: start, TriggerEnd: start + 3, Timex: -1, Date: ParseValue(date)}
	for i, p := range persons {
		a.Actors = append(a.Actors, NewActor{Name: p, Type: ActorPerson})
		ev.Actors = append(ev.Actors, NewEventActor{Actor: i})
	}
	a.Events = []NewEvent{ev}
	return a
}

// storyCase saves three articles, two of them copies of one story, and
// stores two story events over them: A (articles 1 and 2, dated), B (article
// 3, planned, linked to A).
func storyCase(t *testing.T) (*Store, [3]int64) {
	t.Helper()
	ctx := context.Background()
	s, err := Open(filepath.Join(t.TempDir(), "case.newsline"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	arts := []NewArticle{
		storyArticle("Summit", "Pacific Wire", "2023-09-14", "Séoul — Putin met Kim at Vostochny.", "Putin met Kim at Vostochny.", "MEET", "2023-09-13", "Putin", "Kim"),
		storyArticle("Summit talks", "Harbour Times", "2023-09-15", "Putin held talks with Kim on Wednesday.", "Putin held talks with Kim on Wednesday.", "TALKS", "2023-09-13", "Putin", "Kim"),
		storyArticle("Plan", "Capitol Ledger", "2023-09-05", "Kim will meet Putin this month.", "Kim will meet Putin this month.", "MEET", "2023-09", "Kim", "Putin"),
	}
	var ids [3]int64
	for i, a := range arts {
		if ids[i], _, err = s.SaveArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	st, err := s.StoryState(ctx)
	if err != nil || len(st.Members) != 3 {
		t.Fatalf("story state: %d members, %v", len(st.Members), err)
	}
	m := st.Members
	changes := StoryChanges{
		Save: []StoryRecord{
			{Type: "MEET", Date: ParseValue("2023-09-13"), DatesReported: []string{"2023-09-13"}, Reports: 2, Outlets: 2, Articles: 2,
				Members: []int64{m[0].EventID, m[1].EventID}},
			{Type: "MEET", Date: ParseValue("2023-09"), Planned: true, Reports: 1, Outlets: 1, Articles: 1, Members: []int64{m[2].EventID}},
		},
		Links: []StoryLink{{PlanEvent: m[2].EventID, OutcomeEvent: m[0].EventID}},
	}
	if err := s.SaveStories(ctx, changes); err != nil {
		t.Fatal(err)
	}
	return s, ids
}

func TestStoryEventsQuery(t *testing.T) {
	s, ids := storyCase(t)
	all, err := s.StoryEvents(context.Background(), Filter{})
	if err != nil || len(all) != 2 {
		t.Fatalf("story events: %d, %v", len(all), err)
	}
	plan, summit := all[0], all[1] // 2023-09 starts before 2023-09-13
	if summit.Reports != 2 || len(summit.Sources) != 2 || len(summit.Actors) != 2 || summit.Plan != plan.ID || plan.Outcome != summit.ID {
		t.Errorf("summit %+v\nplan %+v", summit, plan)
	}
	src := summit.Sources[0]
	if src.ArticleID != ids[0] || src.Sentence != "Putin met Kim at Vostochny." || src.Offset != len("Séoul — ") || src.Date.Value != "2023-09-13" {
		t.Errorf("first source %+v", src)
	}
	putin := summit.Actors[0].ActorID
	if summit.Actors[0].Name != "Putin" {
		putin = summit.Actors[1].ActorID
	}
	day := DayOf(ParseValue("2023-09-13").Start.Time())
	for _, tc := range []struct {
		name string
		f    Filter
		want []int64
	}{
		{"window on the summit", Filter{From: day, To: day + 1}, []int64{plan.ID, summit.ID}},
		{"window after", Filter{From: day + 30}, nil},
		{"window before the summit", Filter{To: day}, []int64{plan.ID}},
		{"min sources", Filter{MinSources: 2}, []int64{summit.ID}},
		{"types", Filter{EventTypes: []string{"TALKS"}}, nil},
		{"actor", Filter{ActorIDs: []int64{putin}}, []int64{plan.ID, summit.ID}},
		{"text", Filter{Text: "talks"}, []int64{summit.ID}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs, err := s.StoryEvents(context.Background(), tc.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []int64
			for _, e := range evs {
				got = append(got, e.ID)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestStoryTimelineEvents(t *testing.T) {
	s, ids := storyCase(t)
	evs, err := s.StoryTimelineEvents(context.Background(), Filter{MinSources: 2})
	if err != nil || len(evs) != 1 {
		t.Fatalf("timeline: %d events, %v", len(evs), err)
	}
	e := evs[0]
	if e.Sources != 2 || e.ArticleID != ids[0] || e.Trigger != "Put" || e.TriggerStart != len("Séoul — ") ||
		e.Date.Value != "2023-09-13" || len(e.Actors) != 2 {
		t.Errorf("timeline event %+v", e)
	}
	one, err := s.StoryEvent(context.Background(), e.ID)
	if err != nil || one.ID != e.ID || len(one.Sources) != 2 {
		t.Errorf("story event %d: %+v, %v", e.ID, one, err)
	}
	if _, err := s.StoryEvent(context.Background(), 999); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing story event: %v", err)
	}
}

func TestStoryDecisions(t *testing.T) {
	ctx := context.Background()
	s, _ := storyCase(t)
	if _, err := s.UndoStoryDecision(ctx); !errors.Is(err, ErrNotFound) {
		t.Errorf("undo without decisions: %v", err)
	}
	evs, _ := s.StoryEvents(ctx, Filter{})
	summit := evs[1]
	if err := s.SplitStoryEvent(ctx, summit.ID, []int64{summit.Sources[0].EventID, summit.Sources[1].EventID}); err == nil {
		t.Error("split of every source succeeded")
	}
	if err := s.MergeStoryEvents(ctx, summit.ID, summit.ID); err == nil {
		t.Error("merge with itself succeeded")
	}
	if err := s.SplitStoryEvent(ctx, summit.ID, []int64{summit.Sources[1].EventID}); err != nil {
		t.Fatal(err)
	}
	st, err := s.StoryState(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := [2][]int64{{summit.Sources[0].EventID}, {summit.Sources[1].EventID}}
	if len(st.Decisions) != 1 || st.Decisions[0].Action != StorySplit || !slices.Equal(st.Decisions[0].Sides[1], want[1]) {
		t.Errorf("decisions %+v", st.Decisions)
	}
	if !st.Members[0].Dirty || !st.Members[1].Dirty || st.Members[2].Dirty {
		t.Errorf("dirty flags %v %v %v", st.Members[0].Dirty, st.Members[1].Dirty, st.Members[2].Dirty)
	}
	if _, err := s.UndoStoryDecision(ctx); err != nil {
		t.Fatal(err)
	}
	if st, _ := s.StoryState(ctx); len(st.Decisions) != 0 {
		t.Errorf("decisions after undo: %+v", st.Decisions)
	}
}

func TestSyndicationGroups(t *testing.T) {
	ctx := context.Background()
	s, ids := storyCase(t)
	pending, err := s.PendingSyndication(ctx)
	if err != nil || len(pending) != 3 || pending[0].Text == "" {
		t.Fatalf("pending %d, %v", len(pending), err)
	}
	first := []SyndicationResult{{ids[2], []int64{7, 8}, nil}, {ids[1], []int64{5, 6}, nil}}
	if err := s.SaveSyndication(ctx, first); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveSyndication(ctx, []SyndicationResult{{ids[0], []int64{1, 6}, []int64{ids[1], ids[2]}}}); err != nil {
		t.Fatal(err)
	}
	cands, err := s.SyndicationCandidates(ctx, [][]int64{{5, 99}, {99, 6}, nil})
	if err != nil || len(cands) != 3 {
		t.Fatalf("candidates: %d, %v", len(cands), err)
	}
	if c := cands[0]; len(c) != 1 || c[0].ID != ids[1] || c[0].Group != ids[0] {
		t.Errorf("candidates of band 0 hash 5: %+v", c)
	}
	if len(cands[1]) != 2 || cands[2] != nil {
		t.Errorf("candidates of band 1 hash 6: %+v; of nothing: %+v", cands[1], cands[2])
	}
	st, err := s.StoryState(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range st.Members {
		if m.Group != ids[0] {
			t.Errorf("article %d in group %d, want %d", m.ArticleID, m.Group, ids[0])
		}
	}
	if pending, _ := s.PendingSyndication(ctx); len(pending) != 0 {
		t.Errorf("still pending: %d", len(pending))
	}
}
