package views

import (
	"bytes"
	"context"
	"image/png"
	"strings"
	"testing"

	"newsline/data"
	"newsline/views/chart"
)

func TestExportOptionsFollowTheView(t *testing.T) {
	tl, f, _ := tlView(t)
	f.Set(data.Filter{EventTypes: []string{"VISIT", "MEET"}})
	tl.pending.Wait()
	tl.chart.setWindow(tlDay("2023-07-01"), tlDay("2023-11-01"))
	opt := tl.ExportOptions(1600, 900)
	if float64(opt.From) != tlDay("2023-07-01") || float64(opt.To) != tlDay("2023-11-01") ||
		opt.Lanes != chart.LanesActors || len(opt.Actors) == 0 || !strings.Contains(opt.Subtitle, "Visit, Meet") {
		t.Errorf("options %+v", opt)
	}
	var buf bytes.Buffer
	if err := chart.WriteTimeline(&buf, "png", tl.chart.events, opt); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(&buf)
	if err != nil || img.Bounds().Dx() != 1600 || img.Bounds().Dy() != 900 {
		t.Fatalf("image %v, %v", img.Bounds(), err)
	}
}

func TestExportTimelineHeadless(t *testing.T) {
	st := tlCase(t)
	var buf bytes.Buffer
	f := data.Filter{From: data.ParseValue("2023-09").Start, To: data.ParseValue("2023-10").Start}
	err := ExportTimeline(context.Background(), st, &buf, "svg", f, chart.TimelineOptions{Lanes: chart.LanesTypes})
	if err != nil {
		t.Fatal(err)
	}
	svg := buf.String()
	for _, want := range []string{"Timeline", "Kim Jong Un met Vladimir Putin", "Sep 2023"} {
		if !strings.Contains(svg, want) {
			t.Errorf("svg lacks %q", want)
		}
	}
	if strings.Contains(svg, "Lavrov") {
		t.Error("svg shows an event outside the window")
	}
}

func TestExportTimelineRefusesTooManyEvents(t *testing.T) {
	defer func(n int) { exportMaxEvents = n }(exportMaxEvents)
	exportMaxEvents = 2
	st := tlCase(t)
	var buf bytes.Buffer
	err := ExportTimeline(context.Background(), st, &buf, "png", data.Filter{}, chart.TimelineOptions{})
	if err == nil || !strings.Contains(err.Error(), "narrow the dates") || buf.Len() != 0 {
		t.Errorf("export of the whole case past the limit: %v, %d bytes written", err, buf.Len())
	}
}
