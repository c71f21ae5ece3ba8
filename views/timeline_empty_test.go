package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"newsline/data"
)

func TestTimelineEmptyStates(t *testing.T) {
	test.NewTempApp(t)
	filter := NewFilter()
	tl := NewTimeline(openCase(t), filter)
	defer tl.Close()
	tl.Reload()
	tl.pending.Wait() // the test driver lays out on this goroutine
	w := test.NewWindow(tl)
	defer w.Close()
	w.Resize(fyne.NewSize(1000, 600))
	msg := func() string { return tl.empty.Objects[0].(*widget.Label).Text }
	if !tl.empty.Visible() || !strings.Contains(msg(), "Drop articles") {
		t.Errorf("empty case: visible %v, %q", tl.empty.Visible(), msg())
	}

	filter.Update(func(f *data.Filter) { f.Text = "Shoigu" })
	tl.pending.Wait()
	if !tl.empty.Visible() || !strings.Contains(msg(), "matches the filter") {
		t.Errorf("filtered empty case: %q", msg())
	}

	full := NewTimeline(openCase(t, testArticles...), NewFilter())
	defer full.Close()
	full.Reload()
	full.pending.Wait()
	if full.empty.Visible() {
		t.Errorf("case with events says %q", full.empty.Objects[0].(*widget.Label).Text)
	}
}
