package app

import (
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"newsline/data"
)

func (u *ui) menu() *fyne.MainMenu {
	newCase := fyne.NewMenuItem("New case…", u.onNewCase)
	newCase.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault}
	openCase := fyne.NewMenuItem("Open case…", u.onOpenCase)
	openCase.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault}
	recent := fyne.NewMenuItem("Recent cases", nil)
	for _, p := range u.app.Preferences().StringList(prefRecentCases) {
		recent.ChildMenu = appendItem(recent.ChildMenu, fyne.NewMenuItem(p, func() { u.openCase(p) }))
	}
	if recent.ChildMenu == nil {
		recent.Disabled = true
	}
	importFiles := fyne.NewMenuItem("Import files…", u.onImportFiles)
	importFiles.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyI, Modifier: fyne.KeyModifierShortcutDefault}
	importFolder := fyne.NewMenuItem("Import folder…", u.onImportFolder)
	demo := fyne.NewMenuItem("Open demo case", u.onOpenDemo)
	file := fyne.NewMenu("File", newCase, openCase, recent, fyne.NewMenuItemSeparator(),
		importFiles, importFolder, demo, fyne.NewMenuItemSeparator())
	if u.views != nil {
		file.Items = append(file.Items, u.views.exportItems()...)
	}
	undo := fyne.NewMenuItem("Undo curation", u.onUndo)
	undo.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault}
	redo := fyne.NewMenuItem("Redo curation", u.onRedo)
	redo.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	edit := fyne.NewMenu("Edit", undo, redo)
	about := fyne.NewMenuItem("About Newsline", u.onAbout)
	help := fyne.NewMenu("Help", about)
	return fyne.NewMainMenu(file, edit, help)
}

func appendItem(m *fyne.Menu, it *fyne.MenuItem) *fyne.Menu {
	if m == nil {
		return fyne.NewMenu("", it)
	}
	m.Items = append(m.Items, it)
	return m
}

// addShortcuts binds the menu shortcuts on the canvas too, so that they work
// where the platform does not route menu accelerators.
func (u *ui) addShortcuts() {
	c := u.win.Canvas()
	mod := fyne.KeyModifierShortcutDefault
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: mod}, func(fyne.Shortcut) { u.onUndo() })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: mod | fyne.KeyModifierShift}, func(fyne.Shortcut) { u.onRedo() })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyI, Modifier: mod}, func(fyne.Shortcut) { u.onImportFiles() })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: mod}, func(fyne.Shortcut) { u.onOpenCase() })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: mod}, func(fyne.Shortcut) { u.onNewCase() })
}

var caseFilter = storage.NewExtensionFileFilter([]string{".newsline"})

func (u *ui) onNewCase() {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		path := w.URI().Path()
		w.Close()
		if filepath.Ext(path) != ".newsline" {
			path += ".newsline"
		}
		u.openCase(path)
	}, u.win)
	d.SetFileName("story.newsline")
	d.SetFilter(caseFilter)
	d.Show()
}

func (u *ui) onOpenCase() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		u.openCase(path)
	}, u.win)
	d.SetFilter(caseFilter)
	d.Show()
}

func (u *ui) onImportFiles() {
	dialog.ShowFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		u.importPaths([]string{path})
	}, u.win)
}

func (u *ui) onImportFolder() {
	dialog.ShowFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil || l == nil {
			return
		}
		u.importPaths([]string{l.Path()})
	}, u.win)
}

// onOpenDemo opens (creating it if needed) the demo case and imports the demo
// corpus into it.
func (u *ui) onOpenDemo() {
	def, err := data.DefaultPath()
	if err != nil {
		dialog.ShowError(err, u.win)
		return
	}
	dir, err := writeDemo()
	if err != nil {
		dialog.ShowError(err, u.win)
		return
	}
	u.openCase(filepath.Join(filepath.Dir(def), "demo.newsline"))
	u.importPaths([]string{dir})
}

func (u *ui) onAbout() {
	text := fmt.Sprintf("Newsline %s\n\nFollow a story through the news: dated events, actors and their links, "+
		"each traced to its source sentence. Everything stays on this computer.\n\n"+
		"The named-entity tagger was trained on the Groningen Meaning Bank, GUM and the Broad Twitter Corpus; "+
		"see the NOTICE file for their terms.", Version)
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom("About Newsline", "Close", l, u.win)
	d.Resize(fyne.NewSize(460, 260))
	d.Show()
}
