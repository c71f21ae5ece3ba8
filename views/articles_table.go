package views

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsline/data"
)

// Columns of the article table; colMatch shows only while searching.
const (
	colTitle = iota
	colOutlet
	colPublished
	colEvents
	colMatch
)

var articleColumns = []string{"Title", "Outlet", "Published", "Events", "Match"}

// tableColumn is a column shown and its width.
type tableColumn struct {
	col   int
	width float32
}

// listColumns and searchColumns are the columns shown, in order, when
// listing and when searching.
var (
	listColumns   = []tableColumn{{colTitle, 360}, {colOutlet, 110}, {colPublished, 100}, {colEvents, 64}}
	searchColumns = []tableColumn{{colTitle, 210}, {colMatch, 360}, {colPublished, 100}}
)

func (v *Articles) newTable() *widget.Table {
	t := widget.NewTableWithHeaders(
		func() (int, int) { return len(v.rows), len(v.columns()) },
		func() fyne.CanvasObject {
			rt := widget.NewRichText()
			rt.Truncation = fyne.TextTruncateEllipsis
			return rt
		},
		v.updateCell,
	)
	t.ShowHeaderColumn = false
	t.CreateHeader = func() fyne.CanvasObject {
		b := widget.NewButton("", nil)
		b.Importance = widget.LowImportance
		b.Alignment = widget.ButtonAlignLeading
		return b
	}
	t.UpdateHeader = v.updateHeader
	t.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(v.rows) && v.rows[id.Row].article.ID != v.current {
			v.ShowArticle(v.rows[id.Row].article.ID, -1)
		}
	}
	return t
}

// columns returns the columns shown: the search snippet replaces the outlet
// and event count while searching.
func (v *Articles) columns() []tableColumn {
	if v.search != nil && strings.TrimSpace(v.search.Text) != "" {
		return searchColumns
	}
	return listColumns
}

// setColumnWidths sizes the columns shown.
func (v *Articles) setColumnWidths() {
	for i, c := range v.columns() {
		v.table.SetColumnWidth(i, c.width)
	}
}

func (v *Articles) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	rt := o.(*widget.RichText)
	if id.Row >= len(v.rows) {
		rt.Segments = nil
		rt.Refresh()
		return
	}
	r := v.rows[id.Row]
	col := v.columns()[id.Col].col
	if col == colMatch {
		rt.Segments = snippetSegments(r.snippet)
	} else {
		rt.Segments = []widget.RichTextSegment{&widget.TextSegment{
			Text: articleCell(r, col), Style: widget.RichTextStyleInline,
		}}
	}
	rt.Refresh()
}

func articleCell(r articleRow, col int) string {
	a := r.article
	switch col {
	case colTitle:
		return a.Title
	case colOutlet:
		return a.Outlet
	case colPublished:
		return a.Published.Value
	case colEvents:
		return strconv.Itoa(a.Events)
	}
	return ""
}

func (v *Articles) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	b := o.(*widget.Button)
	if id.Col < 0 || id.Col >= len(v.columns()) {
		return
	}
	col := v.columns()[id.Col].col
	text := articleColumns[col]
	if col == v.sortCol && !v.byRelevance() {
		text += sortArrow(v.sortAsc)
	}
	b.SetText(text)
	b.OnTapped = func() { v.sortBy(col) }
}

func sortArrow(asc bool) string {
	if asc {
		return " ▲"
	}
	return " ▼"
}

// sortBy sorts by col, flipping the direction when it already sorts by col.
func (v *Articles) sortBy(col int) {
	if col == colMatch {
		return
	}
	if v.sortCol == col && !v.byRelevance() {
		v.sortAsc = !v.sortAsc
	} else {
		v.sortCol, v.sortAsc = col, col != colPublished && col != colEvents
	}
	v.relevance = false
	if v.total > 0 {
		v.Reload() // the list holds only part of the case: the store sorts
		return
	}
	v.sortRows()
	v.table.Refresh()
}

// snippetSegments renders a search snippet, bold between the store's
// highlight markers.
func snippetSegments(s string) []widget.RichTextSegment {
	s = strings.Join(strings.Fields(s), " ")
	var segs []widget.RichTextSegment
	bold := false
	for s != "" {
		mark := data.HighlightStart
		if bold {
			mark = data.HighlightEnd
		}
		i := strings.Index(s, mark)
		if i < 0 {
			i = len(s)
		}
		if i > 0 {
			segs = append(segs, &widget.TextSegment{Text: s[:i], Style: widget.RichTextStyle{
				Inline: true, TextStyle: fyne.TextStyle{Bold: bold}, ColorName: boldColor(bold),
			}})
		}
		s = s[min(i+len(mark), len(s)):]
		bold = !bold
	}
	return segs
}

func boldColor(bold bool) fyne.ThemeColorName {
	if bold {
		return theme.ColorNamePrimary
	}
	return theme.ColorNameForeground
}
