package app

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"

	"newsline/app/story"
	"newsline/data"
	"newsline/views"
)

// caseViews are the views of one open case, all following the shared filter.
type caseViews struct {
	u         *ui
	st        *data.Store
	timeline  *views.Timeline
	network   *views.Network
	charts    *views.Charts
	filterBar *views.FilterBar
	articles  *views.Articles
	actors    *views.Actors
	items     []*container.TabItem
	// stale marks the Articles and Actors tabs for a reload when next
	// shown: their lists read the whole case, which a large case should
	// not pay for on open or after each import unless they are looked at.
	stale map[int]bool
}

// Tab positions.
const (
	tabTimeline = iota
	tabNetwork
	tabCharts
	tabArticles
	tabActors
)

func newCaseViews(u *ui, st *data.Store) *caseViews {
	v := &caseViews{u: u, st: st, stale: map[int]bool{}}
	v.timeline = views.NewTimeline(st, u.filter)
	v.timeline.SetStoryEditor(storyEditor{st})
	v.network = views.NewNetwork(st, analyzeNetwork, u.filter)
	v.charts = views.NewCharts(st, u.filter)
	v.filterBar = views.NewFilterBar(st, u.filter)
	v.articles = views.NewArticles(st, u.filter, u.win)
	v.actors = views.NewActors(st, u.filter, u.win)

	openArticle := func(id int64, offset int) {
		u.tabs.Select(v.items[tabArticles])
		v.articles.ShowArticle(id, offset)
	}
	v.timeline.OnOpenArticle = openArticle
	v.network.OnOpenArticle = openArticle
	v.articles.OnImport = u.onImportFiles
	v.articles.OnOpenDemo = u.onOpenDemo
	v.articles.OnEditArticle = u.editArticle
	v.articles.OnChanged = v.restory
	v.actors.OnChanged = v.restory

	v.items = []*container.TabItem{
		tabTimeline: container.NewTabItemWithIcon("Timeline", theme.HistoryIcon(), v.timeline),
		tabNetwork:  container.NewTabItemWithIcon("Network", theme.GridIcon(), v.network),
		tabCharts:   container.NewTabItemWithIcon("Charts", theme.InfoIcon(), v.charts),
		tabArticles: container.NewTabItemWithIcon("Articles", theme.DocumentIcon(), v.articles.Object()),
		tabActors:   container.NewTabItemWithIcon("Actors", theme.AccountIcon(), v.actors.Object()),
	}
	return v
}

// reload refreshes every view from the case (after an import or an edit):
// the ones that load in the background at once, the Articles and Actors
// lists when they are shown.
func (v *caseViews) reload() {
	v.timeline.Reload()
	v.network.Reload()
	v.charts.Reload()
	v.filterBar.Reload()
	v.stale[tabArticles], v.stale[tabActors] = true, true
	v.selected(v.u.tabs.Selected())
}

// selected reloads a list tab that went stale while hidden.
func (v *caseViews) selected(item *container.TabItem) {
	switch {
	case item == v.items[tabArticles] && v.stale[tabArticles]:
		v.stale[tabArticles] = false
		v.articles.Reload()
	case item == v.items[tabActors] && v.stale[tabActors]:
		v.stale[tabActors] = false
		v.actors.Reload()
	}
}

// restory assembles the story events again after curation, an edit or a
// delete changed which events may be one, off the UI goroutine, then
// reloads the views.
func (v *caseViews) restory() {
	v.u.status.SetText("Updating story events…")
	go func() {
		_, err := story.Reassemble(context.Background(), v.st)
		fyne.Do(func() {
			if err != nil {
				dialog.ShowError(err, v.u.win)
			}
			v.u.status.SetText("")
			v.reload()
		})
	}()
}

// close stops the views following the filter, for when the case closes.
func (v *caseViews) close() {
	v.timeline.Close()
	v.network.Close()
	v.charts.Close()
	v.filterBar.Close()
	v.articles.Close()
}

// exportItems are the File menu's export entries.
func (v *caseViews) exportItems() []*fyne.MenuItem {
	show := func(tab int, export func(fyne.Window)) func() {
		return func() {
			v.u.tabs.Select(v.items[tab])
			export(v.u.win)
		}
	}
	return []*fyne.MenuItem{
		fyne.NewMenuItem("Export timeline…", show(tabTimeline, v.timeline.ShowExportDialog)),
		fyne.NewMenuItem("Export network image…", show(tabNetwork, v.network.ShowExportDialog)),
		fyne.NewMenuItem("Export network data…", func() { v.u.exportNetworkData(v.st) }),
		fyne.NewMenuItem("Export chart…", show(tabCharts, v.charts.ShowExportDialog)),
	}
}
