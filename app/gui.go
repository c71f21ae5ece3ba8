package app

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"newsline/assets"
	"newsline/data"
	"newsline/views"
)

// Preference keys.
const (
	prefLastCase    = "lastCase"
	prefRecentCases = "recentCases"
	prefWidth       = "windowWidth"
	prefHeight      = "windowHeight"
)

// runGUI opens the window on the case at path (or the last or default case)
// and returns when it closes.
func runGUI(path string, stderr io.Writer) int {
	if !haveDisplay() {
		fmt.Fprintf(stderr, "newsline: %v\n", errNoDisplay)
		return 2
	}
	a := fyneapp.NewWithID("org.newsline.app")
	a.SetIcon(assets.Icon)
	w := a.NewWindow("Newsline")
	u := newUI(a, w)
	u.build()
	if last := a.Preferences().String(prefLastCase); path == "" && fileExists(last) {
		path = last
	}
	// A case named on the command line is created when it does not exist;
	// a remembered one that has gone gives way to the default case.
	if path == "" {
		def, err := data.DefaultPath()
		if err != nil {
			fmt.Fprintf(stderr, "newsline: %v\n", err)
			return 1
		}
		path = def
	}
	u.openCase(path)
	w.ShowAndRun()
	u.closeCase()
	return 0
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// ui is the main window: the open case, the shared filter and the views.
type ui struct {
	app    fyne.App
	win    fyne.Window
	filter *views.Filter

	mu     sync.Mutex
	store  *data.Store
	cancel context.CancelFunc // of the running import, nil when idle

	tabs       *container.AppTabs
	filterSlot *fyne.Container // the open case's filter bar, above the tabs
	status     *widget.Label
	progress   *views.ImportProgress
	views      *caseViews
}

func newUI(a fyne.App, w fyne.Window) *ui {
	return &ui{app: a, win: w, filter: views.NewFilter(), status: widget.NewLabel("")}
}

func (u *ui) build() {
	p := u.app.Preferences()
	width := float32(p.FloatWithFallback(prefWidth, 1280))
	height := float32(p.FloatWithFallback(prefHeight, 800))
	u.win.Resize(fyne.NewSize(width, height))
	u.win.SetMaster()
	u.win.SetOnDropped(u.onDropped)
	u.win.SetCloseIntercept(func() {
		size := u.win.Canvas().Size()
		p.SetFloat(prefWidth, float64(size.Width))
		p.SetFloat(prefHeight, float64(size.Height))
		u.win.Close()
	})
	u.progress = views.NewImportProgress()
	u.win.SetMainMenu(u.menu())
	u.addShortcuts()
	u.tabs = container.NewAppTabs()
	u.tabs.OnSelected = func(item *container.TabItem) {
		if u.views != nil {
			u.views.selected(item)
		}
	}
	u.filterSlot = container.NewStack()
	u.win.SetContent(container.NewBorder(u.filterSlot, container.NewVBox(u.progress, u.status), nil, nil, u.tabs))
}

// onDropped imports files and folders dropped anywhere on the window.
func (u *ui) onDropped(_ fyne.Position, uris []fyne.URI) {
	var paths []string
	for _, uri := range uris {
		if uri.Scheme() == "file" {
			paths = append(paths, uri.Path())
		}
	}
	if len(paths) > 0 {
		u.importPaths(paths)
	}
}

// openCase closes the current case and opens the one at path.
func (u *ui) openCase(path string) {
	st, err := data.Open(path)
	if err != nil {
		dialog.ShowError(fmt.Errorf("open case %s: %w", path, err), u.win)
		return
	}
	u.closeCase()
	u.mu.Lock()
	u.store = st
	u.mu.Unlock()
	u.rememberCase(path)
	u.win.SetTitle("Newsline — " + strings.TrimSuffix(filepath.Base(path), ".newsline"))
	u.filter.Set(data.Filter{})
	if u.views != nil {
		u.views.close()
	}
	u.views = newCaseViews(u, st)
	u.tabs.SetItems(u.views.items)
	u.filterSlot.Objects = []fyne.CanvasObject{u.views.filterBar}
	u.filterSlot.Refresh()
	u.win.SetMainMenu(u.menu())
	u.views.reload()
	u.status.SetText("")
	go u.showCaseSummary(st)
	u.reanalyseCase(st)
}

// showCaseSummary shows the case's span of event dates in the filter bar
// and says in the status line what the case holds, unless something else
// has been said there since it opened.
func (u *ui) showCaseSummary(st *data.Store) {
	s, err := st.Stats(context.Background())
	if err != nil {
		return // the case was closed meanwhile
	}
	text := views.CaseSummary(s)
	fyne.Do(func() {
		if u.store != st {
			return
		}
		u.views.filterBar.SetDateHints(s.FirstEvent, s.LastEvent)
		if u.status.Text == "" {
			u.status.SetText(text)
		}
	})
}

func (u *ui) closeCase() {
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.cancel != nil {
		u.cancel()
	}
	if u.store != nil {
		u.store.Close()
		u.store = nil
	}
}

func (u *ui) rememberCase(path string) {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	p := u.app.Preferences()
	p.SetString(prefLastCase, abs)
	recent := []string{abs}
	for _, r := range p.StringList(prefRecentCases) {
		if r != abs && len(recent) < 8 {
			recent = append(recent, r)
		}
	}
	p.SetStringList(prefRecentCases, recent)
}
