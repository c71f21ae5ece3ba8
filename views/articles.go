package views

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsline/data"
)

// ArticleStore is what the Articles tab needs from the case.
type ArticleStore interface {
	Articles(ctx context.Context, q data.ArticleQuery) ([]data.Article, error)
	ArticleCount(ctx context.Context) (int, error)
	Article(ctx context.Context, id int64) (data.Article, error)
	Search(ctx context.Context, query string, limit int) ([]data.SearchHit, error)
	DeleteArticle(ctx context.Context, id int64) error
	ArticleSpans(ctx context.Context, id int64) (data.Spans, error)
}

// searchLimit caps the number of search results listed.
const searchLimit = 500

// listLimit caps the articles listed without a search, so that a case of
// 100,000 articles lists as fast and small as one of a thousand; the header
// sorts in the store, so any end of any order is reachable.
var listLimit = 1000

// articleRow is one line of the article table.
type articleRow struct {
	article data.Article
	snippet string // search snippet with highlight markers, "" when not searching
}

// Articles is the Articles tab: a sortable table of the case's articles, a
// full-text search box and a reader with an edit form and delete.
type Articles struct {
	store  ArticleStore
	filter *Filter
	win    fyne.Window

	// OnEditArticle saves new metadata for article id and re-analyses it; the
	// published string is a date such as 2023-09-13, 2023-09 or 2023, or "".
	OnEditArticle func(id int64, title, outlet, published string) error
	// OnImport asks for files to import (empty state button).
	OnImport func()
	// OnOpenDemo opens the demo case (empty state button).
	OnOpenDemo func()
	// OnChanged is told that articles were edited or deleted, so that other
	// views can reload.
	OnChanged func()

	rows    []articleRow
	total   int // articles in the case when the list holds only listLimit of them, else 0
	sortCol int
	sortAsc bool
	// relevance keeps search results in the store's order until a header
	// is tapped.
	relevance bool
	current   int64 // article in the reader, 0 for none

	left    *fyne.Container // search, message and table
	search  *widget.Entry
	message *widget.Label
	table   *widget.Table
	reader  *reader
	edit    *widget.Button
	del     *widget.Button
	empty   fyne.CanvasObject
	main    fyne.CanvasObject
	obj     fyne.CanvasObject
	stop    func() // stops following the filter
}

// NewArticles builds the Articles tab on st. Tapping an actor in the reader
// sets filter's actors to it; dialogs open on win.
func NewArticles(st ArticleStore, filter *Filter, win fyne.Window) *Articles {
	v := &Articles{store: st, filter: filter, win: win, sortCol: colPublished}
	v.buildUI()
	v.stop = filter.Listen(v.onFilter)
	return v
}

// Close stops following the filter, for when the case closes.
func (v *Articles) Close() { v.stop() }

// Object returns the tab's content.
func (v *Articles) Object() fyne.CanvasObject { return v.obj }

func (v *Articles) buildUI() {
	v.search = widget.NewEntry()
	v.search.SetPlaceHolder("Search articles (words, \"exact phrase\", prefix*, AND, OR, NOT)")
	v.search.OnChanged = func(string) {
		v.relevance = true
		v.Reload()
	}
	v.message = widget.NewLabel("")
	v.message.Wrapping = fyne.TextWrapWord
	v.table = v.newTable()
	v.reader = newReader(v.onActor)
	v.edit = widget.NewButtonWithIcon("Edit…", theme.DocumentCreateIcon(), v.onEdit)
	v.del = widget.NewButtonWithIcon("Delete…", theme.DeleteIcon(), v.onDelete)
	v.edit.Disable()
	v.del.Disable()
	v.left = container.NewBorder(container.NewVBox(v.search, v.message), nil, nil, nil, v.table)
	right := container.NewBorder(container.NewHBox(layout.NewSpacer(), v.edit, v.del), nil, nil, nil, v.reader.obj)
	split := container.NewHSplit(v.left, right)
	split.Offset = 0.55
	v.main = split
	v.empty = v.emptyState()
	v.obj = container.NewStack(v.main, v.empty)
	v.empty.Hide()
}

func (v *Articles) emptyState() fyne.CanvasObject {
	msg := widget.NewLabelWithStyle("Drop articles here or use File ▸ Import…", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	hint := widget.NewLabelWithStyle("Text, Markdown, HTML, PDF and Word files; folders too.", fyne.TextAlignCenter, fyne.TextStyle{})
	imp := widget.NewButtonWithIcon("Import files…", theme.FolderOpenIcon(), func() { call(v.OnImport) })
	imp.Importance = widget.HighImportance
	demo := widget.NewButtonWithIcon("Open demo case", theme.DocumentIcon(), func() { call(v.OnOpenDemo) })
	buttons := container.NewCenter(container.NewHBox(imp, demo))
	return container.NewCenter(container.NewVBox(msg, hint, buttons))
}

func call(fn func()) {
	if fn != nil {
		fn()
	}
}

// Reload lists the articles again (after an import, an edit or a new case),
// applying the search box.
func (v *Articles) Reload() {
	rows, err := v.load(strings.TrimSpace(v.search.Text))
	switch {
	case errors.Is(err, data.ErrBadQuery):
		v.showMessage(badQueryReason(err), widget.WarningImportance)
		rows = nil
	case err != nil:
		v.showMessage("Could not list articles: "+err.Error(), widget.DangerImportance)
		rows = nil
	case v.search.Text != "":
		v.showMessage(fmt.Sprintf("%s match", countOf(len(rows), "article", "articles")), widget.MediumImportance)
	case v.total > 0:
		v.showMessage(fmt.Sprintf("Showing the first %s of %s in this order: search, or sort by another column, to find others.",
			thousands(listLimit), countOf(v.total, "article", "articles")), widget.MediumImportance)
	default:
		v.showMessage("", widget.MediumImportance)
	}
	v.rows = rows
	v.sortRows()
	v.setColumnWidths()
	v.table.Refresh()
	v.updateEmpty()
	if v.current != 0 && !v.listed(v.current) && v.search.Text == "" && v.total == 0 {
		v.closeReader() // deleted
	}
}

func (v *Articles) load(query string) ([]articleRow, error) {
	ctx := context.Background()
	v.total = 0
	if query == "" {
		as, err := v.store.Articles(ctx, data.ArticleQuery{Sort: sortNames[v.sortCol], Desc: !v.sortAsc, Limit: listLimit + 1})
		if err != nil {
			return nil, err
		}
		if len(as) > listLimit {
			as = as[:listLimit]
			if v.total, err = v.store.ArticleCount(ctx); err != nil {
				return nil, err
			}
		}
		rows := make([]articleRow, len(as))
		for i, a := range as {
			rows[i] = articleRow{article: a}
		}
		return rows, nil
	}
	hits, err := v.store.Search(ctx, query, searchLimit)
	if err != nil || len(hits) == 0 {
		return nil, err
	}
	ids := make([]int64, len(hits))
	for i, h := range hits {
		ids[i] = h.ArticleID
	}
	as, err := v.store.Articles(ctx, data.ArticleQuery{IDs: ids})
	if err != nil {
		return nil, err
	}
	byID := make(map[int64]data.Article, len(as))
	for _, a := range as {
		byID[a.ID] = a
	}
	rows := make([]articleRow, 0, len(hits))
	for _, h := range hits {
		if a, ok := byID[h.ArticleID]; ok {
			rows = append(rows, articleRow{article: a, snippet: h.Snippet})
		}
	}
	return rows, nil
}

// sortNames are the store's names of the columns' orders.
var sortNames = map[int]string{colPublished: "published", colTitle: "title", colOutlet: "outlet", colEvents: "events"}

// badQueryReason is the part of a search error that tells the user what to
// change.
func badQueryReason(err error) string {
	msg := err.Error()
	if i := strings.LastIndex(msg, data.ErrBadQuery.Error()+": "); i >= 0 {
		msg = msg[i+len(data.ErrBadQuery.Error())+2:]
	}
	return "Cannot search for that: " + msg + "."
}

func (v *Articles) showMessage(text string, imp widget.Importance) {
	v.message.Importance = imp
	v.message.SetText(text)
	if text == "" {
		v.message.Hide()
	} else {
		v.message.Show()
	}
	v.left.Refresh()
}

func (v *Articles) updateEmpty() {
	if len(v.rows) == 0 && v.search.Text == "" {
		v.main.Hide()
		v.empty.Show()
		return
	}
	v.empty.Hide()
	v.main.Show()
}

func (v *Articles) listed(id int64) bool {
	return slices.ContainsFunc(v.rows, func(r articleRow) bool { return r.article.ID == id })
}

// ShowArticle opens article id in the reader, scrolled to the sentence that
// holds byte offset (a negative offset opens it at the top).
func (v *Articles) ShowArticle(id int64, offset int) {
	ctx := context.Background()
	a, err := v.store.Article(ctx, id)
	if err != nil {
		v.showError(err)
		return
	}
	sp, err := v.store.ArticleSpans(ctx, id)
	if err != nil {
		v.showError(err)
		return
	}
	v.current = id
	v.reader.show(a, sp, offset)
	v.edit.Enable()
	v.del.Enable()
	v.selectRow(id)
}

// selectRow marks the row of article id, if it is listed.
func (v *Articles) selectRow(id int64) {
	i := slices.IndexFunc(v.rows, func(r articleRow) bool { return r.article.ID == id })
	if i < 0 {
		v.table.UnselectAll()
		return
	}
	cell := widget.TableCellID{Row: i, Col: 0}
	v.table.Select(cell) // OnSelected skips the article already shown
	v.table.ScrollTo(cell)
}

func (v *Articles) closeReader() {
	v.current = 0
	v.reader.clear()
	v.edit.Disable()
	v.del.Disable()
}

func (v *Articles) showError(err error) {
	if v.win != nil {
		dialog.ShowError(err, v.win)
		return
	}
	v.showMessage(err.Error(), widget.DangerImportance)
}

// onFilter adopts the shared filter's search text, so that a search typed
// in the filter bar lists the matching articles here too.
func (v *Articles) onFilter(f data.Filter) {
	if f.Text != v.search.Text {
		v.search.SetText(f.Text)
	}
}

// onActor makes the tapped actor the shared filter's actor.
func (v *Articles) onActor(id int64) {
	v.filter.Update(func(f *data.Filter) { f.ActorIDs = []int64{id} })
}

// byRelevance reports whether the rows keep the search's relevance order.
func (v *Articles) byRelevance() bool {
	return v.relevance && strings.TrimSpace(v.search.Text) != ""
}

// sortRows orders the rows by the chosen column, unless they are search
// results in relevance order.
func (v *Articles) sortRows() {
	if v.byRelevance() {
		return
	}
	slices.SortStableFunc(v.rows, func(x, y articleRow) int {
		c := compareArticles(x.article, y.article, v.sortCol)
		if !v.sortAsc {
			c = -c
		}
		return c
	})
}

func compareArticles(a, b data.Article, col int) int {
	switch col {
	case colTitle:
		return cmp.Compare(strings.ToLower(a.Title), strings.ToLower(b.Title))
	case colOutlet:
		return cmp.Compare(strings.ToLower(a.Outlet), strings.ToLower(b.Outlet))
	case colEvents:
		return cmp.Compare(a.Events, b.Events)
	}
	return cmp.Or(cmp.Compare(a.Published.Start, b.Published.Start), cmp.Compare(a.ID, b.ID))
}
