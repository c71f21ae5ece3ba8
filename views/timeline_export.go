package views

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"newsline/data"
	"newsline/views/chart"
)

// exportMaxEvents is the most events a timeline image draws.
var exportMaxEvents = 20_000

// errTooManyToDraw refuses an image of more events than exportMaxEvents.
var errTooManyToDraw = fmt.Errorf("more than %s events under this filter: narrow the dates (--from, --to), event types or actors to draw them one by one", thousands(exportMaxEvents))

// exportSizes are the image sizes the export dialog offers.
var exportSizes = []string{"1280 × 720", "1600 × 900", "1920 × 1080", "2560 × 1440", "3840 × 2160"}

// ExportTimeline queries the events under f and writes the timeline image
// (format "png" or "svg") to w. opt.From and opt.To default to f's window,
// and to the events' extent when f has none; opt.Actors defaults to the
// lanes the view would show. It is what `newsline export timeline` runs.
func ExportTimeline(ctx context.Context, st TimelineStore, w io.Writer, format string, f data.Filter, opt chart.TimelineOptions) error {
	// An image draws every event: no level of detail here, so a filter
	// holding too many for a picture (and for memory) is refused.
	n, err := st.CountEvents(ctx, f, exportMaxEvents)
	if err != nil {
		return fmt.Errorf("export timeline: %w", err)
	}
	if n > exportMaxEvents {
		return fmt.Errorf("export timeline: %w", errTooManyToDraw)
	}
	res := timelineData{filter: f}
	if res.events, res.err = st.TimelineEvents(ctx, f); res.err == nil && opt.Lanes == chart.LanesActors {
		res.actors, res.err = laneActorsFor(ctx, st, f, res.events)
	}
	if res.err != nil {
		return fmt.Errorf("export timeline: %w", res.err)
	}
	if opt.From == 0 && opt.To == 0 {
		opt.From, opt.To = f.From, f.To
	}
	if opt.Actors == nil {
		opt.Actors = res.actors
	}
	if opt.Title == "" {
		opt.Title = "Timeline"
	}
	if opt.Subtitle == "" {
		opt.Subtitle = describeFilter(f, len(res.events))
	}
	return chart.WriteTimeline(w, format, res.events, opt)
}

// describeFilter says in words what a filtered timeline shows.
func describeFilter(f data.Filter, n int) string {
	parts := []string{plural(n, "event")}
	if len(f.EventTypes) > 0 {
		var ts []string
		for _, t := range f.EventTypes {
			ts = append(ts, chart.TypeName(t))
		}
		parts = append(parts, strings.Join(ts, ", "))
	}
	if f.Text != "" {
		parts = append(parts, fmt.Sprintf("matching %q", f.Text))
	}
	if f.MinSources > 1 {
		parts = append(parts, fmt.Sprintf("%d+ sources", f.MinSources))
	}
	return strings.Join(parts, " · ")
}

// ExportOptions returns the options that draw what the view shows: its
// window, lane mode and lane actors, at width × height pixels.
func (t *Timeline) ExportOptions(width, height int) chart.TimelineOptions {
	return chart.TimelineOptions{
		Title:    "Timeline",
		Subtitle: describeFilter(t.shown, len(t.chart.events)),
		From:     data.Day(t.chart.from),
		To:       data.Day(t.chart.to + 0.999),
		Lanes:    t.mode,
		Actors:   t.actors,
		Width:    width,
		Height:   height,
	}
}

// ShowExportDialog asks for an image size, then a PNG or SVG file, and
// writes the timeline as shown (filter, window, lanes) to it.
func (t *Timeline) ShowExportDialog(win fyne.Window) {
	if t.chart.dense != nil {
		dialog.ShowInformation("Export timeline", "At this zoom the timeline draws counts of events, not the events. "+
			"Zoom in, or narrow the filter, until single events show, then export.", win)
		return
	}
	size := widget.NewSelect(exportSizes, nil)
	size.SetSelected(exportSizes[1])
	title := widget.NewEntry()
	title.SetText("Timeline")
	form := []*widget.FormItem{widget.NewFormItem("Title", title), widget.NewFormItem("Size", size)}
	dialog.ShowForm("Export timeline", "Choose file…", "Cancel", form, func(ok bool) {
		if !ok {
			return
		}
		var w, h int
		fmt.Sscanf(size.Selected, "%d × %d", &w, &h)
		opt := t.ExportOptions(w, h)
		opt.Title = title.Text
		t.saveExport(win, opt)
	}, win)
}

// saveExport asks where to save and writes the image there in the
// background.
func (t *Timeline) saveExport(win fyne.Window, opt chart.TimelineOptions) {
	events := t.chart.events
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil || wc == nil {
			return
		}
		format := strings.TrimPrefix(strings.ToLower(filepath.Ext(wc.URI().Path())), ".")
		if format != "svg" {
			format = "png"
		}
		go func() {
			err := chart.WriteTimeline(wc, format, events, opt)
			if cerr := wc.Close(); err == nil {
				err = cerr
			}
			fyne.Do(func() {
				if err != nil {
					dialog.ShowError(err, win)
				}
			})
		}()
	}, win)
	d.SetFileName("timeline.png")
	d.SetFilter(storage.NewExtensionFileFilter([]string{".png", ".svg"}))
	d.Show()
}
