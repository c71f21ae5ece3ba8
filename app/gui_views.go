package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsline/data"
	"newsline/views"
)

// caseViews are the views of one open case, all following the shared filter.
type caseViews struct {
	u         *ui
	timeline  *views.Timeline
	filterBar *views.FilterBar
	articles  *views.Articles
	actors    *views.Actors
	items     []*container.TabItem
}

func newCaseViews(u *ui, st *data.Store) *caseViews {
	v := &caseViews{u: u}
	v.timeline = views.NewTimeline(st, u.filter)
	v.filterBar = views.NewFilterBar(st, u.filter)
	v.articles = views.NewArticles(st, u.filter, u.win)
	v.actors = views.NewActors(st, u.filter, u.win)

	openArticle := func(id int64, offset int) {
		v.articles.ShowArticle(id, offset)
		u.tabs.Select(v.items[3])
	}
	v.timeline.OnOpenArticle = openArticle
	v.articles.OnImport = u.onImportFiles
	v.articles.OnOpenDemo = u.onOpenDemo
	v.articles.OnEditArticle = u.editArticle
	v.articles.OnChanged = v.reload

	v.items = []*container.TabItem{
		container.NewTabItemWithIcon("Timeline", theme.HistoryIcon(), v.timeline),
		container.NewTabItemWithIcon("Network", theme.GridIcon(), pending("The actor network will appear here.")),
		container.NewTabItemWithIcon("Charts", theme.InfoIcon(), pending("Charts of mention counts will appear here.")),
		container.NewTabItemWithIcon("Articles", theme.DocumentIcon(), v.articles.Object()),
		container.NewTabItemWithIcon("Actors", theme.AccountIcon(), v.actors.Object()),
	}
	return v
}

func pending(text string) fyne.CanvasObject {
	return container.NewCenter(widget.NewLabel(text))
}

// tabs returns the tab items, with the filter bar above the views that follow it.
func (v *caseViews) tabs() []*container.TabItem {
	v.items[0].Content = container.NewBorder(v.filterBar, nil, nil, nil, v.timeline)
	return v.items
}

// reload refreshes every view from the case (after an import or an edit).
func (v *caseViews) reload() {
	v.timeline.Reload()
	v.filterBar.Reload()
	v.articles.Reload()
	v.actors.Reload()
}

// exportItems are the File menu's export entries.
func (v *caseViews) exportItems() []*fyne.MenuItem {
	return nil
}
