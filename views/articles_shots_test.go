package views

import (
	"context"
	"flag"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// shotsDir, when set, makes TestArticlesScreenshots write PNGs of the
// Articles, Actors and import views there, to look at them as a user would:
//
//	go test ./views/ -run Screenshots -articles.shots /tmp/shots
var shotsDir = flag.String("articles.shots", "", "write screenshots of the articles, actors and import views to this folder")

func shoot(t *testing.T, w fyne.Window, name string) {
	t.Helper()
	f, err := os.Create(filepath.Join(*shotsDir, name+".png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, w.Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}

func TestArticlesScreenshots(t *testing.T) {
	if *shotsDir == "" {
		t.Skip("no -articles.shots folder")
	}
	if err := os.MkdirAll(*shotsDir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, dark := range []bool{false, true} {
		suffix := ""
		if dark {
			suffix = "-dark"
		}
		t.Run("articles"+suffix, func(t *testing.T) { shootArticles(t, dark, suffix) })
		t.Run("actors"+suffix, func(t *testing.T) { shootActors(t, dark, suffix) })
	}
	t.Run("import", shootImport)
}

// variantTheme is the default theme forced to one variant.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (v variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return v.Theme.Color(n, v.variant)
}

func applyTheme(t *testing.T, dark bool) {
	v := theme.VariantLight
	if dark {
		v = theme.VariantDark
	}
	test.ApplyTheme(t, variantTheme{theme.DefaultTheme(), v})
}

func shootArticles(t *testing.T, dark bool, suffix string) {
	u := newArticlesUI(t, testArticles...)
	applyTheme(t, dark)
	id := u.view.rows[1].article.ID
	u.view.ShowArticle(id, strings.Index(testArticles[1].text, "Kim told"))
	shoot(t, u.win, "articles-reader"+suffix)
	test.Type(u.view.search, "Kim Jong")
	shoot(t, u.win, "articles-search"+suffix)
	u.view.search.SetText("Putin AND (")
	shoot(t, u.win, "articles-badquery"+suffix)
	u.view.search.SetText("")
	test.Tap(u.view.edit)
	shoot(t, u.win, "articles-edit"+suffix)
	empty := newArticlesUI(t)
	applyTheme(t, dark)
	shoot(t, empty.win, "articles-empty"+suffix)
}

func shootActors(t *testing.T, dark bool, suffix string) {
	u := newActorsUI(t)
	applyTheme(t, dark)
	u.check(t, "Russia", "Kremlin")
	shoot(t, u.win, "actors"+suffix)
	test.Tap(u.view.actions.merge)
	shoot(t, u.win, "actors-merge"+suffix)
	u.answer(t, "Russia", "Merge")
	shoot(t, u.win, "actors-merged"+suffix)
}

func shootImport(t *testing.T) {
	test.NewTempApp(t)
	applyTheme(t, false)
	p := NewImportProgress()
	_, cancel := context.WithCancel(context.Background())
	defer cancel()
	p.Start("Importing", cancel)
	p.Update(4, 11, "04-shoigu-pyongyang.txt")
	w := test.NewWindow(container.NewBorder(nil, p, nil, nil, widget.NewLabel("(views)")))
	defer w.Close()
	w.Resize(fyne.NewSize(1200, 700))
	shoot(t, w, "import-progress")
	ShowImportReport(ImportReport{
		Added:      []string{"/home/analyst/news/01-recognition.txt", "/home/analyst/news/02-artillery-shells.html"},
		Duplicates: []string{"/home/analyst/news/11-summit-reprint.txt"},
		Failed: []ImportFailure{
			{Path: "/home/analyst/news/scan.pdf", Reason: "the PDF has no text layer (a scanned image?)"},
			{Path: "/home/analyst/news/budget.xlsx", Reason: "unsupported format .xlsx"},
		},
	}, w)
	shoot(t, w, "import-report")
}
