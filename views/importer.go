package views

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsline/data"
)

// ImportFailure is a file that could not be imported, and why.
type ImportFailure struct {
	Path   string
	Reason string
}

// ImportReport is what an import did with every file: the app maps its
// import result to it for the report dialog.
type ImportReport struct {
	Added      []string
	Duplicates []string // already in the case
	Failed     []ImportFailure
	Cancelled  bool
}

// Summary is a one-line account of the report, such as
// "Imported 3 articles · 1 already in the case · 2 failed".
func (r ImportReport) Summary() string {
	s := fmt.Sprintf("Imported %s", countOf(len(r.Added), "article", "articles"))
	if n := len(r.Duplicates); n > 0 {
		s += fmt.Sprintf(" · %d already in the case", n)
	}
	if n := len(r.Failed); n > 0 {
		s += fmt.Sprintf(" · %d failed", n)
	}
	if r.Cancelled {
		s += " · cancelled"
	}
	return s
}

// Text is the full report as plain text: every added, duplicate and failed
// file, one a line.
func (r ImportReport) Text() string {
	var b strings.Builder
	b.WriteString(r.Summary() + "\n")
	if r.Cancelled {
		b.WriteString("\nThe import was cancelled: the articles finished before that are stored, the rest were not imported.\n")
	}
	section := func(title string, lines []string) {
		if len(lines) == 0 {
			return
		}
		fmt.Fprintf(&b, "\n%s (%d)\n", title, len(lines))
		for _, l := range lines {
			b.WriteString("  " + l + "\n")
		}
	}
	failed := make([]string, len(r.Failed))
	for i, f := range r.Failed {
		failed[i] = f.Path + " — " + f.Reason
	}
	section("Failed", failed)
	section("Added", r.Added)
	section("Already in the case", r.Duplicates)
	return b.String()
}

func countOf(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return thousands(n) + " " + many
}

// CaseSummary is the status line of an open case: what it holds and how to
// add to it.
func CaseSummary(s data.Stats) string {
	if s.Articles == 0 {
		return "Empty case: drop articles (HTML, PDF, DOCX, text) on the window, or use File ▸ Import files…"
	}
	return fmt.Sprintf("%s · %s · %s. Drop more articles on the window to add them.",
		countOf(s.Articles, "article", "articles"), countOf(s.Events, "event", "events"), countOf(s.Actors, "actor", "actors"))
}

// newImportReportView is the scrollable, selectable body of the report dialog.
func newImportReportView(r ImportReport) fyne.CanvasObject {
	body := widget.NewLabel(r.Text())
	body.Selectable = true
	body.Wrapping = fyne.TextWrapWord
	return container.NewVScroll(body)
}

// ShowImportReport shows the report of a finished import in a dialog on w.
func ShowImportReport(r ImportReport, w fyne.Window) {
	title := "Import finished"
	if r.Cancelled {
		title = "Import cancelled"
	}
	d := dialog.NewCustom(title, "Close", newImportReportView(r), w)
	d.Resize(fyne.NewSize(640, 420))
	d.Show()
}

// ImportProgress is the panel shown while an import (or a re-analysis) runs:
// how many files of how many are done, the current file, a progress bar and
// a Cancel button. It is hidden when no work runs.
type ImportProgress struct {
	widget.BaseWidget
	verb    string // "Importing", "Re-analysing"
	count   *widget.Label
	current *widget.Label
	bar     *widget.ProgressBar
	stop    *widget.Button
	cancel  context.CancelFunc
}

// NewImportProgress returns a hidden progress panel.
func NewImportProgress() *ImportProgress {
	p := &ImportProgress{
		count:   widget.NewLabel(""),
		current: widget.NewLabel(""),
		bar:     widget.NewProgressBar(),
	}
	p.current.Truncation = fyne.TextTruncateEllipsis
	p.stop = widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), p.onCancel)
	p.ExtendBaseWidget(p)
	p.Hide()
	return p
}

// CreateRenderer implements fyne.Widget.
func (p *ImportProgress) CreateRenderer() fyne.WidgetRenderer {
	left := container.NewHBox(p.count)
	row := container.NewBorder(nil, nil, left, p.stop, p.current)
	return widget.NewSimpleRenderer(container.NewVBox(row, p.bar))
}

// Start shows the panel for new work that verb names ("Importing");
// Cancel calls cancel. Call it on the UI goroutine.
func (p *ImportProgress) Start(verb string, cancel context.CancelFunc) {
	p.cancel = cancel
	p.verb = verb
	p.count.SetText(verb + "…")
	p.current.SetText("")
	p.bar.SetValue(0)
	p.stop.SetText("Cancel")
	p.stop.Enable()
	p.Show()
}

// Update shows that done of total items are handled, current (a file name
// or a title) last. It may be called from any goroutine: it reaches the
// widgets through fyne.Do.
func (p *ImportProgress) Update(done, total int, current string) {
	fyne.Do(func() { p.update(done, total, current) })
}

func (p *ImportProgress) update(done, total int, current string) {
	p.count.SetText(fmt.Sprintf("%s %s of %s", p.verb, thousands(done), thousands(total)))
	p.current.SetText(current)
	if total > 0 {
		p.bar.SetValue(float64(done) / float64(total))
	}
}

// Finish hides the panel. It may be called from any goroutine.
func (p *ImportProgress) Finish() {
	fyne.Do(func() {
		p.cancel = nil
		p.Hide()
	})
}

func (p *ImportProgress) onCancel() {
	if p.cancel == nil {
		return
	}
	p.cancel()
	p.stop.SetText("Cancelling…")
	p.stop.Disable()
}
