package views

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"newsline/data"
)

// articlesUI is the Articles tab in a test window on a real case.
type articlesUI struct {
	st     *data.Store
	filter *Filter
	win    fyne.Window
	view   *Articles
}

func newArticlesUI(t *testing.T, arts ...caseArticle) *articlesUI {
	t.Helper()
	test.NewTempApp(t)
	u := &articlesUI{st: openCase(t, arts...), filter: NewFilter()}
	u.win = test.NewWindow(nil)
	t.Cleanup(u.win.Close)
	u.view = NewArticles(u.st, u.filter, u.win)
	u.win.SetContent(u.view.Object())
	u.win.Resize(fyne.NewSize(1200, 700))
	u.view.Reload()
	return u
}

func (u *articlesUI) titles() []string {
	var out []string
	for _, r := range u.view.rows {
		out = append(out, r.article.Title)
	}
	return out
}

// visibleObjects lists the objects of the open dialog or, when none is
// open, of the window's content. (test.LaidOutObjects leaves a table
// drawing stale cells, so screenshots tap content buttons directly.)
func visibleObjects(w fyne.Window) []fyne.CanvasObject {
	if top := w.Canvas().Overlays().Top(); top != nil {
		return test.LaidOutObjects(top)
	}
	return test.LaidOutObjects(w.Content())
}

// tapButton taps the visible button whose text is label.
func tapButton(t *testing.T, w fyne.Window, label string) {
	t.Helper()
	for _, o := range visibleObjects(w) {
		if b, ok := o.(*widget.Button); ok && b.Text == label && b.Visible() && !b.Disabled() {
			test.Tap(b)
			return
		}
	}
	t.Fatalf("no enabled button %q", label)
}

func TestArticlesListAndSort(t *testing.T) {
	u := newArticlesUI(t, testArticles...)
	want := []string{testArticles[3].title, testArticles[1].title, testArticles[0].title, testArticles[2].title}
	if got := u.titles(); !slices.Equal(got, want) {
		t.Fatalf("newest first: got %q, want %q", got, want)
	}
	tapButton(t, u.win, "Title")
	got := u.titles()
	if !slices.IsSortedFunc(got, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) }) {
		t.Errorf("after tapping Title: %q not sorted by title", got)
	}
	tapButton(t, u.win, "Title ▲")
	if got2 := u.titles(); got2[0] != got[len(got)-1] {
		t.Errorf("tapping Title again should reverse: %q", got2)
	}
	tapButton(t, u.win, "Events")
	if first := u.view.rows[0].article; first.Events != 2 {
		t.Errorf("most events first: got %q with %d", first.Title, first.Events)
	}
}

// TestArticlesListLimit lists part of a case larger than listLimit, says
// so, and lets the header sort in the store so that the other end shows.
func TestArticlesListLimit(t *testing.T) {
	defer func(n int) { listLimit = n }(listLimit)
	listLimit = 2
	u := newArticlesUI(t, testArticles...)
	want := []string{testArticles[3].title, testArticles[1].title}
	if got := u.titles(); !slices.Equal(got, want) {
		t.Fatalf("newest two: got %q, want %q", got, want)
	}
	if !strings.Contains(u.view.message.Text, "first 2 of 4 articles") {
		t.Errorf("message %q", u.view.message.Text)
	}
	tapButton(t, u.win, "Published ▼")
	want = []string{testArticles[2].title, testArticles[0].title}
	if got := u.titles(); !slices.Equal(got, want) {
		t.Errorf("oldest two after sorting the other way: got %q, want %q", got, want)
	}
	u.view.search.SetText(strings.Fields(testArticles[2].title)[0])
	if len(u.view.rows) == 0 || strings.Contains(u.view.message.Text, "first 2") {
		t.Errorf("a search lists its matches: %d rows, message %q", len(u.view.rows), u.view.message.Text)
	}
}

func TestArticlesSearchNarrows(t *testing.T) {
	u := newArticlesUI(t, testArticles...)
	test.Type(u.view.search, "Lavrov")
	if got := u.titles(); len(got) != 2 {
		t.Fatalf("search Lavrov: got %q, want the two articles naming him", got)
	}
	if u.view.message.Text != "2 articles match" {
		t.Errorf("message %q", u.view.message.Text)
	}
	if u.view.columns()[1].col != colMatch {
		t.Fatal("the Match column should show while searching")
	}
	segs := snippetSegments(u.view.rows[0].snippet)
	if !slices.ContainsFunc(segs, func(s widget.RichTextSegment) bool {
		ts, ok := s.(*widget.TextSegment)
		return ok && ts.Style.TextStyle.Bold && ts.Text == "Lavrov"
	}) {
		t.Errorf("snippet %q should show Lavrov in bold", u.view.rows[0].snippet)
	}
	u.view.search.SetText("")
	if got := u.titles(); len(got) != 4 {
		t.Errorf("clearing the search should list all, got %q", got)
	}
}

func TestArticlesBadQuery(t *testing.T) {
	u := newArticlesUI(t, testArticles...)
	test.Type(u.view.search, `"Kim Jong`)
	msg := u.view.message.Text
	if !strings.Contains(msg, "quotation mark") || strings.Contains(strings.ToLower(msg), "fts5") ||
		strings.Contains(strings.ToLower(msg), "sql") {
		t.Errorf("message %q should explain the unclosed quote without SQL", msg)
	}
	if len(u.view.rows) != 0 || !u.view.message.Visible() {
		t.Errorf("a bad query lists nothing and shows the message")
	}
	test.Type(u.view.search, `"`)
	if len(u.view.rows) != 3 {
		t.Errorf("closing the quote should find the articles, got %q", u.titles())
	}
}

func TestArticlesSelectShowsText(t *testing.T) {
	u := newArticlesUI(t, testArticles...)
	u.view.table.Select(widget.TableCellID{Row: 1, Col: colTitle}) // the summit
	r := u.view.reader
	if r.title.Text != testArticles[1].title {
		t.Fatalf("reader title %q", r.title.Text)
	}
	text := readerText(r)
	if !strings.Contains(text, "Putin said Russia would help North Korea build satellites.") {
		t.Errorf("reader text %q", text)
	}
	if !strings.Contains(text, "Wednesday [2023-09-13]") {
		t.Errorf("dates should show their resolved value: %q", text)
	}
	if !tapActor(r, "Vladimir Putin") {
		t.Fatal("no mention of Vladimir Putin")
	}
	putin := actorNamed(t, u.st, "Vladimir Putin")
	if got := u.filter.Get().ActorIDs; !slices.Equal(got, []int64{putin.ID}) {
		t.Errorf("tapping Putin: filter actors %v, want [%d]", got, putin.ID)
	}
}

func TestArticlesShowArticleAtOffset(t *testing.T) {
	u := newArticlesUI(t, testArticles...)
	u.win.Resize(fyne.NewSize(1000, 260))
	id := u.view.rows[1].article.ID
	sentence := "Kim invited Putin to visit Pyongyang, and Putin accepted, KCNA said on Thursday."
	u.view.ShowArticle(id, strings.Index(testArticles[1].text, "invited"))
	var bold []string
	for _, p := range u.view.reader.box.Objects {
		bold = append(bold, boldText(p)...)
	}
	got := strings.Join(bold, "")
	if got != sentence {
		t.Errorf("bold text %q should be the sentence %q", got, sentence)
	}
	if u.view.reader.scroll.Offset.Y <= 0 {
		t.Error("the reader should scroll down to the last paragraph")
	}
	if u.view.reader.title.Text != testArticles[1].title || u.view.rows[1].article.ID != id {
		t.Error("selecting the shown article's row should not reopen it at the top")
	}
}

func TestArticlesEdit(t *testing.T) {
	u := newArticlesUI(t, testArticles...)
	var gotID int64
	var got []string
	u.view.OnEditArticle = func(id int64, title, outlet, published string) error {
		gotID, got = id, []string{title, outlet, published}
		return u.st.UpdateArticleMeta(context.Background(), id, title, outlet, data.ParseValue(published))
	}
	id := u.view.rows[0].article.ID
	u.view.ShowArticle(id, -1)
	tapButton(t, u.win, "Edit…")
	entries := dialogEntries(u.win)
	if len(entries) != 3 || entries[0].Text != testArticles[3].title {
		t.Fatalf("edit form entries %d", len(entries))
	}
	entries[0].SetText("Lavrov visits North Korea")
	entries[2].SetText("2023-10-19")
	tapButton(t, u.win, "Save")
	if gotID != id || !slices.Equal(got, []string{"Lavrov visits North Korea", "TASS", "2023-10-19"}) {
		t.Fatalf("OnEditArticle got %d %q", gotID, got)
	}
	if u.view.reader.title.Text != "Lavrov visits North Korea" || !slices.Contains(u.titles(), "Lavrov visits North Korea") {
		t.Errorf("the list and reader should show the new title")
	}
}

func TestArticlesFollowFilterText(t *testing.T) {
	u := newArticlesUI(t, testArticles...)
	u.filter.Update(func(f *data.Filter) { f.Text = "Shoigu" })
	if u.view.search.Text != "Shoigu" || len(u.view.rows) != 1 {
		t.Errorf("filter text Shoigu: search %q, %d rows", u.view.search.Text, len(u.view.rows))
	}
}

func TestArticlesEditRejectsBadDate(t *testing.T) {
	for _, s := range []string{"", "2023", "2023-09", "2023-09-13"} {
		if err := validatePublished(s); err != nil {
			t.Errorf("%q: %v", s, err)
		}
	}
	for _, s := range []string{"yesterday", "2023-13-01", "2023-W37", "PAST_REF"} {
		if validatePublished(s) == nil {
			t.Errorf("%q should be refused", s)
		}
	}
}

func TestArticlesEditError(t *testing.T) {
	u := newArticlesUI(t, testArticles...)
	u.view.OnEditArticle = func(int64, string, string, string) error { return errors.New("disk full") }
	u.view.ShowArticle(u.view.rows[0].article.ID, -1)
	tapButton(t, u.win, "Edit…")
	tapButton(t, u.win, "Save")
	if !overlayShows(u.win, "disk full") {
		t.Error("a failed save should show its error")
	}
}

func TestArticlesDelete(t *testing.T) {
	u := newArticlesUI(t, testArticles...)
	changed := 0
	u.view.OnChanged = func() { changed++ }
	id := u.view.rows[0].article.ID
	u.view.table.Select(widget.TableCellID{Row: 0, Col: colTitle})
	tapButton(t, u.win, "Delete…")
	tapButton(t, u.win, "Yes")
	if len(u.view.rows) != 3 || slices.Contains(u.titles(), testArticles[3].title) || changed != 1 {
		t.Fatalf("after delete: %q, changed %d", u.titles(), changed)
	}
	if _, err := u.st.Article(context.Background(), id); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("article still stored: %v", err)
	}
	if u.view.reader.title.Text != "" || !u.view.del.Disabled() {
		t.Error("the reader should close")
	}
}

func TestArticlesEmptyState(t *testing.T) {
	u := newArticlesUI(t)
	if !u.view.empty.Visible() || u.view.main.Visible() {
		t.Fatal("an empty case shows the empty state")
	}
	imported, demo := 0, 0
	u.view.OnImport = func() { imported++ }
	u.view.OnOpenDemo = func() { demo++ }
	tapButton(t, u.win, "Import files…")
	tapButton(t, u.win, "Open demo case")
	if imported != 1 || demo != 1 {
		t.Errorf("buttons: import %d, demo %d", imported, demo)
	}
	if _, _, err := u.st.SaveArticle(context.Background(), testArticles[0].build()); err != nil {
		t.Fatal(err)
	}
	u.view.Reload()
	if u.view.empty.Visible() || len(u.view.rows) != 1 {
		t.Error("after an import the list shows")
	}
}

// readerText is the text the reader shows.
func readerText(r *reader) string {
	var b strings.Builder
	for _, p := range r.box.Objects {
		for _, o := range test.LaidOutObjects(p) {
			if f, ok := o.(*flowText); ok {
				b.WriteString(f.String() + "\n")
			}
		}
	}
	return b.String()
}

// tapActor taps the first word of the mention named name in the reader, at
// its place on screen; it reports whether it found it.
func tapActor(r *reader, name string) bool {
	first := strings.Fields(name)[0]
	for _, p := range r.box.Objects {
		for _, o := range test.LaidOutObjects(p) {
			f, ok := o.(*flowText)
			if !ok {
				continue
			}
			for i, t := range f.tokens {
				if t.kind == tokenActor && strings.TrimSpace(t.text) == first {
					test.TapAt(f, f.boxes[i].AddXY(2, 2))
					return true
				}
			}
		}
	}
	return false
}

func boldText(o fyne.CanvasObject) []string {
	var out []string
	for _, x := range test.LaidOutObjects(o) {
		if f, ok := x.(*flowText); ok {
			for _, t := range f.tokens {
				if t.bold {
					out = append(out, t.text)
				}
			}
		}
	}
	return out
}

func dialogEntries(w fyne.Window) []*widget.Entry {
	var out []*widget.Entry
	for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
		if e, ok := o.(*widget.Entry); ok {
			out = append(out, e)
		}
	}
	return out
}

func overlayShows(w fyne.Window, text string) bool {
	top := w.Canvas().Overlays().Top()
	if top == nil {
		return false
	}
	for _, o := range test.LaidOutObjects(top) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, text) {
			return true
		}
	}
	return false
}

func actorNamed(t *testing.T, st *data.Store, name string) data.Actor {
	t.Helper()
	as, err := st.Actors(context.Background(), data.ActorQuery{IncludeHidden: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range as {
		if a.Name == name {
			return a
		}
	}
	t.Fatalf("no actor %q", name)
	return data.Actor{}
}
