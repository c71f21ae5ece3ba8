package views

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"newsline/data"
	"newsline/views/chart"
)

// benchEvents returns n events over thirty years, a fifth of them with
// month precision, each with two of twenty actors, in start order.
func benchEvents(n int) []data.Event {
	r := rand.New(rand.NewPCG(1, 2))
	first := data.ParseValue("1995").Start
	evs := make([]data.Event, n)
	for i := range evs {
		start := first + data.Day(r.IntN(30*365))
		d := data.DateRange{Known: true, Start: start, End: start + 1, Precision: data.PrecisionDay}
		if i%5 == 0 {
			d.End, d.Precision = start+30, data.PrecisionMonth
		}
		a, b := int64(1+r.IntN(20)), int64(1+r.IntN(20))
		evs[i] = data.Event{ID: int64(i + 1), Type: []string{"MEET", "VISIT", "ARMS_TRANSFER", "STATEMENT"}[i%4],
			Trigger: "met", Date: d, Sources: 1 + i%3, Actors: []data.EventActor{
				{ActorID: a, Name: fmt.Sprint("Actor ", a), Role: data.RoleSource},
				{ActorID: b, Name: fmt.Sprint("Actor ", b), Role: data.RoleTarget}}}
	}
	slices.SortStableFunc(evs, func(a, b data.Event) int { return int(a.Date.Start - b.Date.Start) })
	return evs
}

// BenchmarkTimelineRedraw measures one redraw (layout of the visible marks
// and labels, and updating the pooled canvas objects) of a 1200×700
// timeline holding 100k events in nine actor lanes.
func BenchmarkTimelineRedraw(b *testing.B) {
	test.NewTempApp(b)
	evs := benchEvents(100_000)
	var actors []chart.LaneActor
	for i := range 8 {
		actors = append(actors, chart.LaneActor{ID: int64(i + 1), Name: fmt.Sprint("Actor ", i+1)})
	}
	lanes, members := chart.TimelineLanes(evs, chart.LanesActors, actors)
	for _, w := range []struct {
		name     string
		from, to string
	}{{"30years", "1995-01-01", "2025-01-01"}, {"1year", "2010-01-01", "2011-01-01"}, {"1month", "2010-03-01", "2010-04-01"}} {
		b.Run(w.name, func(b *testing.B) {
			c := newTimelineChart()
			c.setData(evs, lanes, members)
			test.NewTempWindow(b, c).Resize(fyne.NewSize(1200, 700))
			c.from, c.to = float64(data.ParseValue(w.from).Start), float64(data.ParseValue(w.to).Start)
			r := test.WidgetRenderer(c)
			marks := 0
			for b.Loop() {
				r.Refresh()
				marks = len(c.marks)
			}
			b.ReportMetric(float64(marks), "marks")
		})
	}
}
