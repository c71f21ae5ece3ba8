package story

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"newsline/data"
)

// fixture is a test article: the events an extractor would find in it.
type fixture struct {
	Title     string         `json:"title"`
	Outlet    string         `json:"outlet"`
	Published string         `json:"published"`
	Text      string         `json:"text"`
	Events    []fixtureEvent `json:"events"`
}

type fixtureEvent struct {
	Type     string      `json:"type"`
	Sentence string      `json:"sentence"` // a substring of the text, stored as the event's sentence
	Trigger  string      `json:"trigger"`
	Date     string      `json:"date"`
	Planned  bool        `json:"planned"`
	Actors   [][2]string `json:"actors"` // name, type
}

func loadFixtures(t testing.TB) []fixture {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "stories.json"))
	if err != nil {
		t.Fatal(err)
	}
	var fs []fixture
	if err := json.Unmarshal(raw, &fs); err != nil {
		t.Fatal(err)
	}
	return fs
}

// article maps a fixture to what the import pipeline would store.
func (f fixture) article(t testing.TB) data.NewArticle {
	t.Helper()
	a := data.NewArticle{Article: data.Article{Title: f.Title, Outlet: f.Outlet, Text: f.Text,
		Published: data.ParseValue(f.Published)}}
	actors := map[string]int{}
	for _, fe := range f.Events {
		start := strings.Index(f.Text, fe.Sentence)
		trig := strings.Index(fe.Sentence, fe.Trigger)
		if start < 0 || trig < 0 {
			t.Fatalf("%s: sentence or trigger %q not in the text", f.Title, fe.Trigger)
		}
		a.Sentences = append(a.Sentences, data.Sentence{Index: len(a.Sentences), Start: start, End: start + len(fe.Sentence)})
		ev := data.NewEvent{Type: fe.Type, Trigger: fe.Trigger, TriggerStart: start + trig,
			TriggerEnd: start + trig + len(fe.Trigger), Sentence: len(a.Sentences) - 1, Timex: -1,
			Date: data.ParseValue(fe.Date), Planned: fe.Planned}
		for _, na := range fe.Actors {
			i, ok := actors[na[0]]
			if !ok {
				i = len(a.Actors)
				actors[na[0]] = i
				a.Actors = append(a.Actors, data.NewActor{Name: na[0], Type: na[1]})
			}
			ev.Actors = append(ev.Actors, data.NewEventActor{Actor: i})
		}
		a.Events = append(a.Events, ev)
	}
	return a
}

func openCase(t testing.TB) *data.Store {
	t.Helper()
	st, err := data.Open(filepath.Join(t.TempDir(), "case.newsline"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func save(t testing.TB, st *data.Store, fs []fixture) {
	t.Helper()
	for _, f := range fs {
		if _, _, err := st.SaveArticle(context.Background(), f.article(t)); err != nil {
			t.Fatal(err)
		}
	}
}

func assembleAll(t testing.TB, st *data.Store) Stats {
	t.Helper()
	stats, err := Assemble(context.Background(), st)
	if err != nil {
		t.Fatal(err)
	}
	return stats
}

func storyEvents(t testing.TB, st *data.Store, f data.Filter) []data.StoryEvent {
	t.Helper()
	evs, err := st.StoryEvents(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	return evs
}

// byTitle finds the story event with a source from the article titled title.
func byTitle(t testing.TB, evs []data.StoryEvent, title string) data.StoryEvent {
	t.Helper()
	for _, e := range evs {
		for _, s := range e.Sources {
			if s.Title == title {
				return e
			}
		}
	}
	t.Fatalf("no story event from %q", title)
	return data.StoryEvent{}
}

// partition describes story events by their sources' titles, independent
// of ids and import order.
func partition(evs []data.StoryEvent) []string {
	var out []string
	for _, e := range evs {
		var titles []string
		for _, s := range e.Sources {
			titles = append(titles, s.Title)
		}
		sort.Strings(titles)
		out = append(out, strings.Join(titles, " + "))
	}
	sort.Strings(out)
	return out
}

const (
	summit    = "Putin and Kim hold summit at Vostochny Cosmodrome"
	reprint   = "Putin, Kim meet at Russian spaceport; Moscow promises satellite help"
	plan      = "Kim Jong Un expected to travel to Russia to meet Putin, US officials say"
	shoigu    = "Shoigu joins Kim Jong Un at weapons show as Pyongyang marks war anniversary"
	misdate   = "A year of Russian overtures to Pyongyang"
	pyong24   = "Putin lands in Pyongyang for first visit in 24 years"
	profile   = "Profile: the Kremlin's unlikely friendship"
	monthOnly = "What the Putin-Kim summit means for Asia"
)

func TestAssembleStories(t *testing.T) {
	st := openCase(t)
	save(t, st, loadFixtures(t))
	stats := assembleAll(t, st)
	if stats.Events != 12 || stats.Stories != 6 || stats.Conflicts != 1 || stats.Links != 1 {
		t.Errorf("stats = %+v, want 12 events in 6 story events, 1 conflict, 1 link", stats)
	}
	evs := storyEvents(t, st, data.Filter{})
	s := byTitle(t, evs, summit)
	t.Run("summit", func(t *testing.T) {
		if len(s.Sources) != 5 || s.Articles != 5 || s.Reports != 4 || s.Outlets != 4 {
			t.Errorf("sources %d articles %d reports %d outlets %d, want 5 5 4 4", len(s.Sources), s.Articles, s.Reports, s.Outlets)
		}
		if s.Date.Value != "2023-09-13" || s.Type != "MEET" || s.Conflict || s.Planned {
			t.Errorf("summit = %s %s conflict %v planned %v", s.Type, s.Date.Value, s.Conflict, s.Planned)
		}
		want := []string{"2023-09", "2023-09-13", "2023-09-14"}
		if !slices.Equal(s.DatesReported, want) {
			t.Errorf("dates reported %v, want %v", s.DatesReported, want)
		}
		if byTitle(t, evs, monthOnly).ID != s.ID {
			t.Error("the month-only report is not part of the summit")
		}
	})
	t.Run("plan", func(t *testing.T) {
		p := byTitle(t, evs, plan)
		if !p.Planned || p.ID == s.ID || p.Outcome != s.ID || s.Plan != p.ID || p.Conflict {
			t.Errorf("plan %+v, summit id %d plan %d", p, s.ID, s.Plan)
		}
	})
	t.Run("conflict", func(t *testing.T) {
		c := byTitle(t, evs, shoigu)
		want := []string{"2022-07", "2023-07", "2023-07-26"}
		if !c.Conflict || c.Date.Value != "2023-07-26" || !slices.Equal(c.DatesReported, want) || byTitle(t, evs, misdate).ID != c.ID {
			t.Errorf("shoigu: conflict %v date %s dates %v", c.Conflict, c.Date.Value, c.DatesReported)
		}
		if c.Reports != 3 || c.Outlets != 3 {
			t.Errorf("shoigu: reports %d outlets %d, want 3 3", c.Reports, c.Outlets)
		}
	})
	t.Run("apart", func(t *testing.T) {
		if byTitle(t, evs, pyong24).ID == s.ID {
			t.Error("the 2024 summit joined the 2023 one")
		}
		if u := byTitle(t, evs, profile); len(u.Sources) != 1 || u.Date.Known {
			t.Errorf("the undated, ambiguous report joined a story event: %+v", u)
		}
	})
}

func TestAssembleIncremental(t *testing.T) {
	fs := loadFixtures(t)
	whole := openCase(t)
	save(t, whole, fs)
	assembleAll(t, whole)
	want := partition(storyEvents(t, whole, data.Filter{}))

	st := openCase(t)
	save(t, st, fs[:1])
	assembleAll(t, st)
	first := storyEvents(t, st, data.Filter{})[0].ID
	save(t, st, fs[1:6])
	assembleAll(t, st)
	save(t, st, fs[6:])
	stats := assembleAll(t, st)
	got := storyEvents(t, st, data.Filter{})
	if !slices.Equal(partition(got), want) {
		t.Errorf("incremental:\n%s\nwhole:\n%s", strings.Join(partition(got), "\n"), strings.Join(want, "\n"))
	}
	if id := byTitle(t, got, summit).ID; id != first {
		t.Errorf("the summit story event changed id from %d to %d as it grew", first, id)
	}
	if stats.Reassembled >= stats.Events {
		t.Errorf("reassembled %d of %d events; the summit's neighbourhood should stay", stats.Reassembled, stats.Events)
	}
	again := assembleAll(t, st)
	if again.Reassembled != 0 || again.Saved != 0 || again.Deleted != 0 {
		t.Errorf("a second assembly changed things: %+v", again)
	}
}

func TestAssembleOrderIndependent(t *testing.T) {
	fs := loadFixtures(t)
	var want []string
	for _, order := range [][]int{{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, {11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0},
		{8, 2, 5, 11, 0, 7, 3, 10, 1, 6, 9, 4}} {
		st := openCase(t)
		for _, i := range order {
			save(t, st, fs[i:i+1])
			assembleAll(t, st)
		}
		got := partition(storyEvents(t, st, data.Filter{}))
		if want == nil {
			want = got
		} else if !slices.Equal(got, want) {
			t.Errorf("order %v:\n%s\nwant:\n%s", order, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}
