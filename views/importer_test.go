package views

import (
	"context"
	"strings"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestImportProgress(t *testing.T) {
	test.NewTempApp(t)
	p := NewImportProgress()
	w := test.NewWindow(p)
	defer w.Close()
	w.Resize(fyne.NewSize(800, 120))
	if p.Visible() {
		t.Fatal("hidden while no import runs")
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	p.Start("Importing", cancel)
	if !p.Visible() || p.count.Text != "Importing…" {
		t.Fatalf("started: visible %v, %q", p.Visible(), p.count.Text)
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // as the import pipeline does
		defer wg.Done()
		p.Update(3, 12, "04-shoigu-pyongyang.txt")
	}()
	wg.Wait()
	if p.count.Text != "Importing 3 of 12" || p.current.Text != "04-shoigu-pyongyang.txt" || p.bar.Value != 0.25 {
		t.Errorf("progress %q %q %v", p.count.Text, p.current.Text, p.bar.Value)
	}
	test.Tap(p.stop)
	if ctx.Err() == nil {
		t.Fatal("Cancel should cancel the import's context")
	}
	if !p.stop.Disabled() || p.stop.Text != "Cancelling…" {
		t.Errorf("after cancel the button shows %q", p.stop.Text)
	}
	p.Finish()
	if p.Visible() {
		t.Error("finished: hidden")
	}
}

func TestImportReport(t *testing.T) {
	r := ImportReport{
		Added:      []string{"/news/01-recognition.txt", "/news/02-artillery-shells.html"},
		Duplicates: []string{"/news/11-summit-reprint.txt"},
		Failed: []ImportFailure{
			{Path: "/news/scan.pdf", Reason: "the PDF has no text layer (a scanned image?)"},
			{Path: "/news/notes.xlsx", Reason: "unsupported format .xlsx"},
		},
	}
	if got := r.Summary(); got != "Imported 2 articles · 1 already in the case · 2 failed" {
		t.Errorf("summary %q", got)
	}
	test.NewTempApp(t)
	w := test.NewWindow(widget.NewLabel(""))
	defer w.Close()
	w.Resize(fyne.NewSize(900, 600))
	ShowImportReport(r, w)
	var body *widget.Label
	for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
		if l, ok := o.(*widget.Label); ok && l.Selectable {
			body = l
		}
	}
	if body == nil {
		t.Fatal("the report should be a selectable label")
	}
	for _, want := range []string{
		"Failed (2)", "/news/scan.pdf — the PDF has no text layer", "/news/notes.xlsx — unsupported format .xlsx",
		"Added (2)", "/news/01-recognition.txt", "Already in the case (1)", "/news/11-summit-reprint.txt",
	} {
		if !strings.Contains(body.Text, want) {
			t.Errorf("report lacks %q:\n%s", want, body.Text)
		}
	}
}

func TestImportReportCancelled(t *testing.T) {
	r := ImportReport{Added: []string{"/news/a.txt"}, Cancelled: true}
	if got := r.Summary(); got != "Imported 1 article · cancelled" {
		t.Errorf("summary %q", got)
	}
	if !strings.Contains(r.Text(), "finished before that are stored") {
		t.Errorf("a cancelled report says what was kept:\n%s", r.Text())
	}
}
