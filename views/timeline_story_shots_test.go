package views

import (
	"os"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// TestTimelineStoryScreenshots writes, with -timeline.shots, PNGs of the
// timeline over assembled story events: the conflicted event selected with
// the Conflicts tab open, and the summit with its sources and plan link.
func TestTimelineStoryScreenshots(t *testing.T) {
	if *tlShots == "" {
		t.Skip("no -timeline.shots folder")
	}
	if err := os.MkdirAll(*tlShots, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		name := map[fyne.ThemeVariant]string{theme.VariantLight: "light", theme.VariantDark: "dark"}[v]
		t.Run(name, func(t *testing.T) {
			test.NewTempApp(t)
			test.ApplyTheme(t, tlVariant{theme.DefaultTheme(), v})
			st := stCase(t)
			tl := NewTimeline(st, NewFilter())
			tl.SetStoryEditor(stEditor{st})
			tl.Reload()
			tl.pending.Wait()
			w := test.NewTempWindow(t, tl)
			w.Resize(fyne.NewSize(1400, 860))
			tl.chart.fit()
			tl.details.tabs.SelectIndex(1)
			tl.selectStory(stStory(t, st, stShoigu))
			tl.pending.Wait()
			tl.chart.hover = tl.chart.markAt(tlMarkPos(tl.chart, tlMarkIndex(tl.chart, "VISIT", "2023-07-26")))
			tl.chart.pointer = fyne.NewPos(300, 120)
			tl.chart.Refresh()
			tlShoot(t, w, "story-"+name+"-1-conflict")
			tl.chart.hover = -1
			tl.selectStory(stStory(t, st, stSummit))
			tl.pending.Wait()
			tlShoot(t, w, "story-"+name+"-2-summit")
		})
	}
}
