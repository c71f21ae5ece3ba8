package views

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"newsline/app/story"
	"newsline/data"
	"newsline/views/chart"
)

// Titles of app/story's fixture articles.
const (
	stSummit   = "Putin and Kim hold summit at Vostochny Cosmodrome"
	stReprint  = "Putin, Kim meet at Russian spaceport; Moscow promises satellite help"
	stMonth    = "What the Putin-Kim summit means for Asia"
	stPlan     = "Kim Jong Un expected to travel to Russia to meet Putin, US officials say"
	stShoigu   = "Shoigu joins Kim Jong Un at weapons show as Pyongyang marks war anniversary"
	stMisdate  = "A year of Russian overtures to Pyongyang"
	stPyong24  = "Putin lands in Pyongyang for first visit in 24 years"
	stFixtures = "../app/story/testdata/stories.json"
)

// stFixture is one of app/story's fixture articles: several outlets
// reporting the summit with different precisions, a syndicated copy, a
// conflicting date and a plan with its outcome.
type stFixture struct {
	Title, Outlet, Published, Text string
	Events                         []struct {
		Type, Sentence, Trigger, Date string
		Planned                       bool
		Actors                        [][2]string
	}
}

func (f stFixture) article(t *testing.T) data.NewArticle {
	a := data.NewArticle{Article: data.Article{Title: f.Title, Outlet: f.Outlet, Text: f.Text, Published: data.ParseValue(f.Published)}}
	actors := map[string]int{}
	for _, fe := range f.Events {
		start, trig := strings.Index(f.Text, fe.Sentence), strings.Index(fe.Sentence, fe.Trigger)
		if start < 0 || trig < 0 {
			t.Fatalf("%s: %q not in the text", f.Title, fe.Trigger)
		}
		a.Sentences = append(a.Sentences, data.Sentence{Index: len(a.Sentences), Start: start, End: start + len(fe.Sentence)})
		ev := data.NewEvent{Type: fe.Type, Trigger: fe.Trigger, TriggerStart: start + trig, TriggerEnd: start + trig + len(fe.Trigger),
			Sentence: len(a.Sentences) - 1, Timex: -1, Date: data.ParseValue(fe.Date), Planned: fe.Planned}
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

// stCase opens a temporary case with app/story's fixtures, assembled.
func stCase(t *testing.T) *data.Store {
	t.Helper()
	raw, err := os.ReadFile(filepath.FromSlash(stFixtures))
	if err != nil {
		t.Fatal(err)
	}
	var fs []stFixture
	if err := json.Unmarshal(raw, &fs); err != nil {
		t.Fatal(err)
	}
	st, err := data.Open(filepath.Join(t.TempDir(), "stories.newsline"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for _, f := range fs {
		if _, _, err := st.SaveArticle(context.Background(), f.article(t)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := story.Assemble(context.Background(), st); err != nil {
		t.Fatal(err)
	}
	return st
}

// stEditor is the app's StoryEditor, for tests.
type stEditor struct{ st *data.Store }

func (e stEditor) Split(ctx context.Context, id int64, events []int64) error {
	_, err := story.Split(ctx, e.st, id, events)
	return err
}

func (e stEditor) Merge(ctx context.Context, a, b int64) error {
	_, err := story.Merge(ctx, e.st, a, b)
	return err
}

func (e stEditor) CorrectDate(ctx context.Context, id int64, value string) error {
	_, err := story.CorrectDate(ctx, e.st, id, value)
	return err
}

func (e stEditor) Undo(ctx context.Context) error {
	_, err := story.Undo(ctx, e.st)
	return err
}

// stView builds an editable timeline over the assembled fixtures.
func stView(t *testing.T) (*Timeline, *data.Store, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	st := stCase(t)
	tl := NewTimeline(st, NewFilter())
	tl.SetStoryEditor(stEditor{st})
	tl.Reload()
	tl.pending.Wait()
	w := test.NewTempWindow(t, tl)
	w.Resize(fyne.NewSize(1400, 900))
	return tl, st, w
}

// stStory returns the id of the story event with a source titled title.
func stStory(t *testing.T, st *data.Store, title string) int64 {
	t.Helper()
	evs, err := st.StoryEvents(context.Background(), data.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		for _, s := range e.Sources {
			if s.Title == title {
				return e.ID
			}
		}
	}
	t.Fatalf("no story event from %q", title)
	return 0
}

// stShown returns the article lines of the source cards shown.
func stShown(tl *Timeline) []string {
	var out []string
	for _, c := range tl.details.cards[:len(tl.details.story.Event.Sources)] {
		out = append(out, c.article.Text)
	}
	return out
}

func stHasCard(cards []string, title string) bool {
	for _, c := range cards {
		if strings.HasPrefix(c, title+"\n") {
			return true
		}
	}
	return false
}

func TestTimelineDetailsListEverySource(t *testing.T) {
	tl, st, _ := stView(t)
	summit := stStory(t, st, stSummit)
	i := -1
	for j, m := range tl.chart.marks {
		if m.N == 1 && tl.chart.events[m.First].StoryID == summit {
			i = j
		}
	}
	if i < 0 {
		tl.chart.setWindow(tlDay("2023-09-01"), tlDay("2023-09-30"))
		i = tlMarkIndex(tl.chart, "MEET", "2023-09-13")
	}
	test.TapAt(tl.chart, tlMarkPos(tl.chart, i))
	tl.pending.Wait()
	d := tl.details
	if d.story.Event.ID != summit {
		t.Fatalf("details show story event %d, want the summit %d", d.story.Event.ID, summit)
	}
	cards := stShown(tl)
	for _, title := range []string{stSummit, stReprint, stMonth} {
		if !stHasCard(cards, title) {
			t.Errorf("no source card for %q in %q", title, cards)
		}
	}
	if len(cards) != 5 {
		t.Errorf("%d source cards, want 5", len(cards))
	}
	if !strings.Contains(strings.Join(cards, "\n"), "reprint") {
		t.Error("the syndicated copy is not marked as a reprint")
	}
	if !strings.Contains(d.meta.Text, "4 independent reports") || !strings.Contains(d.meta.Text, "5 articles") {
		t.Errorf("meta %q", d.meta.Text)
	}
	var opened []int64
	tl.OnOpenArticle = func(id int64, _ int) { opened = append(opened, id) }
	for k, src := range d.story.Event.Sources {
		c := d.cards[k]
		if !strings.Contains(c.sentence.String(), src.Sentence) || !strings.HasPrefix(c.date.String(), "Date given: ") {
			t.Errorf("card %d: sentence %q date %q", k, c.sentence.String(), c.date.String())
		}
		test.Tap(c.open)
		if opened[len(opened)-1] != src.ArticleID {
			t.Errorf("card %d opened article %d, want %d", k, opened[len(opened)-1], src.ArticleID)
		}
	}
	if d.flag.Visible() {
		t.Error("the summit is flagged as a conflict")
	}
	if !d.linkRow.Visible() || !strings.Contains(d.link.Text, "Outcome of a plan") {
		t.Errorf("summit link %q visible %v", d.link.Text, d.linkRow.Visible())
	}
	test.Tap(d.linkShow)
	tl.pending.Wait()
	if got := d.story.Event.ID; got != stStory(t, st, stPlan) || !strings.Contains(d.link.Text, "Plan → outcome") {
		t.Errorf("Show plan: story %d, link %q", got, d.link.Text)
	}
}

func TestTimelineConflictFlagged(t *testing.T) {
	tl, st, _ := stView(t)
	shoigu := stStory(t, st, stShoigu)
	var e data.Event
	for _, ev := range tl.chart.events {
		if ev.StoryID == shoigu {
			e = ev
		}
	}
	if !e.Conflict || len(e.DatesReported) != 3 {
		t.Fatalf("Shoigu's visit on the timeline: %+v", e)
	}
	tl.chart.setWindow(tlDay("2023-07-01"), tlDay("2023-08-31"))
	flagged := false
	for _, m := range tl.chart.marks {
		flagged = flagged || m.Flag && tl.chart.events[m.First].StoryID == shoigu
	}
	if !flagged {
		t.Error("the conflicted mark is not flagged")
	}
	lines := strings.Join(hoverLines(tl.chart.events, chart.Mark{First: slicesIndex(tl.chart.events, e.ID), N: 1}, tl.chart.scale()), "|")
	if !strings.Contains(lines, "Date conflict: sources say Jul 2022 · Jul 2023 · 26 Jul 2023") {
		t.Errorf("hover %q", lines)
	}
	legend := false
	for _, o := range tl.legend.Objects {
		legend = legend || strings.Contains(texts(o), "date conflict")
	}
	if !legend {
		t.Error("no date conflict in the legend")
	}
}

func slicesIndex(evs []data.Event, id int64) int {
	for i, e := range evs {
		if e.ID == id {
			return i
		}
	}
	return -1
}

// texts joins the canvas texts under o.
func texts(o fyne.CanvasObject) string {
	switch v := o.(type) {
	case *fyne.Container:
		var out []string
		for _, c := range v.Objects {
			out = append(out, texts(c))
		}
		return strings.Join(out, " ")
	case *canvas.Text:
		return v.Text
	}
	return ""
}

func TestTimelineConflictsPanel(t *testing.T) {
	tl, st, _ := stView(t)
	shoigu := stStory(t, st, stShoigu)
	c := tl.details.conflicts
	if len(c.stories) != 1 || c.stories[0].ID != shoigu || len(c.shows) != 1 {
		t.Fatalf("conflicts panel lists %d story events", len(c.stories))
	}
	if tl.details.tabs.Items[1].Text != "Conflicts (1)" {
		t.Errorf("tab %q", tl.details.tabs.Items[1].Text)
	}
	test.Tap(c.shows[0])
	tl.pending.Wait()
	d := tl.details
	if d.story.Event.ID != shoigu {
		t.Fatalf("Show selected story event %d, want %d", d.story.Event.ID, shoigu)
	}
	if sel := tl.chart.events[slicesIndex(tl.chart.events, tl.chart.selected)]; sel.StoryID != shoigu {
		t.Errorf("the timeline selected story event %d", sel.StoryID)
	}
	if !d.flag.Visible() || !strings.Contains(d.conflict.Text, "Jul 2022 · Jul 2023 · 26 Jul 2023") {
		t.Errorf("conflict banner %q visible %v", d.conflict.Text, d.flag.Visible())
	}
	disagree := 0
	for _, card := range d.cards[:len(d.story.Event.Sources)] {
		if strings.Contains(card.date.String(), "Jul 2022 (disagrees)") {
			disagree++
		}
	}
	if disagree != 1 {
		t.Errorf("%d sources marked as disagreeing, want 1", disagree)
	}
}

func TestTimelineSplitMergeUndo(t *testing.T) {
	tl, st, _ := stView(t)
	summit := stStory(t, st, stSummit)
	tl.selectStory(summit)
	tl.pending.Wait()
	d := tl.details
	if !d.edit.content.Visible() || d.edit.split.Disabled() == false {
		t.Fatalf("curation visible %v, split enabled with nothing ticked %v", d.edit.content.Visible(), !d.edit.split.Disabled())
	}
	for k, src := range d.story.Event.Sources {
		if src.Title == stMonth {
			d.cards[k].pick.SetChecked(true)
		}
	}
	test.Tap(d.edit.split)
	tl.pending.Wait()
	if stStory(t, st, stMonth) == summit || len(d.story.Event.Sources) != 4 || stHasCard(stShown(tl), stMonth) {
		t.Fatalf("after the split: details show %q", stShown(tl))
	}

	pyong := stStory(t, st, stPyong24)
	tl.selectStory(pyong)
	tl.pending.Wait()
	tl.selectStory(summit)
	tl.pending.Wait()
	if len(d.edit.choices) == 0 || d.edit.choices[0].ID != pyong || !strings.HasPrefix(d.edit.with.Options[0], "Previous: ") {
		t.Fatalf("merge choices %+v", d.edit.choices)
	}
	d.edit.with.SetSelectedIndex(0)
	test.Tap(d.edit.merge)
	tl.pending.Wait()
	if stStory(t, st, stPyong24) != stStory(t, st, stSummit) || !stHasCard(stShown(tl), stPyong24) {
		t.Fatalf("after the merge: details show %q", stShown(tl))
	}

	for range 2 {
		test.Tap(d.edit.undo)
		tl.pending.Wait()
	}
	if stStory(t, st, stMonth) != summit || stStory(t, st, stPyong24) == summit || len(d.story.Event.Sources) != 5 {
		t.Errorf("after undoing both: details show %q", stShown(tl))
	}
	test.Tap(d.edit.undo)
	tl.pending.Wait()
	if d.edit.status.Text != "Nothing to undo" {
		t.Errorf("status %q", d.edit.status.Text)
	}
}

func TestTimelineCorrectDate(t *testing.T) {
	tl, st, _ := stView(t)
	shoigu := stStory(t, st, stShoigu)
	tl.selectStory(shoigu)
	tl.pending.Wait()
	d := tl.details
	if !d.story.Event.Conflict {
		t.Fatal("fixture: the Shoigu visit should be in conflict")
	}
	test.Type(d.edit.date, "July 2023")
	if !d.edit.setDate.Disabled() {
		t.Error("Set date is enabled for text that is not a date")
	}
	d.edit.date.SetText("2023-07-25")
	if d.edit.setDate.Disabled() {
		t.Fatal("Set date is disabled for 2023-07-25")
	}
	test.Tap(d.edit.setDate)
	tl.pending.Wait()
	if got := d.story.Event; got.Date.Value != "2023-07-25" || got.Conflict {
		t.Errorf("after setting the date: %s, conflict %v", got.Date.Value, got.Conflict)
	}
	test.Tap(d.edit.undo)
	tl.pending.Wait()
	if got := d.story.Event; !got.Conflict {
		t.Errorf("after undo: %s, conflict %v", got.Date.Value, got.Conflict)
	}
}
