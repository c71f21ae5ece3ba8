package views

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"newsline/data"
	"newsline/views/chart"
)

// TimelineStore is what the timeline reads from the case.
type TimelineStore interface {
	TimelineEvents(ctx context.Context, f data.Filter) ([]data.Event, error)
	FirstUndatedEvents(ctx context.Context, f data.Filter, n int) ([]data.Event, int, error)
	CountEvents(ctx context.Context, f data.Filter, limit int) (int, error)
	CountShortEvents(ctx context.Context, f data.Filter, limit int) (int, error)
	CountLongEvents(ctx context.Context, f data.Filter, limit int) (int, error)
	TimelineShortEvents(ctx context.Context, f data.Filter) ([]data.Event, error)
	EventExtent(ctx context.Context, f data.Filter) (from, to data.Day, ok bool, err error)
	TypeDensity(ctx context.Context, f data.Filter, bin int) ([]data.DensityCount, error)
	ActorDensity(ctx context.Context, f data.Filter, actors []int64) ([]data.DensityCount, error)
	TopActors(ctx context.Context, f data.Filter, n int) ([]data.ActorCount, error)
	EventDetail(ctx context.Context, id int64) (data.EventDetail, error)
	StoryDetail(ctx context.Context, id int64) (data.StoryDetail, error)
	ConflictStories(ctx context.Context) ([]data.StoryEvent, error)
}

// laneActors is how many of the most mentioned actors get a lane.
const laneActors = 8

// Lane selector choices, in the order of chart.LaneMode.
var laneChoices = []string{"One lane", "By actor", "By event type"}

// Timeline is the event timeline view: events in lanes over a zoomable time
// axis, a legend, a details panel with the source sentence of the selected
// event, and the undated events. It follows and sets the shared Filter.
type Timeline struct {
	widget.BaseWidget

	// OnOpenArticle is called by the details panel's "Open article" button
	// with the article and the byte offset of the event's sentence in it.
	OnOpenArticle func(articleID int64, offset int)

	store   TimelineStore
	filter  *Filter
	chart   *timelineChart
	details *timelineDetails
	lanes   *widget.Select
	legend  *fyne.Container
	status  *widget.Label
	empty   *fyne.Container // says what to do when there is nothing to show
	content fyne.CanvasObject

	mode      chart.LaneMode
	actors    []chart.LaneActor // lane actors of the last load
	shown     data.Filter       // the filter of the events shown
	fitted    bool              // the window has been fitted to loaded events
	loaded    viewWindow        // the window loaded for, when partial or dense
	partial   bool              // the events shown are those of loaded only
	applying  bool              // apply is placing the window: no reload for it
	viewTimer *time.Timer       // a pending reload for a zoom or pan
	gen       int               // load generation; older results are dropped
	cancel    context.CancelFunc
	pending   sync.WaitGroup // loads in flight
	stop      func()         // stops following the filter

	editor    StoryEditor // splits and merges story events; nil when read-only
	selEvent  int64       // the event whose details are shown
	selStory  int64       // its story event, 0 when none
	prevStory mergeChoice // the story event shown before, offered for a merge
}

// NewTimeline returns a timeline over store following filter. It loads on
// Reload, which the window calls once it has laid the view out, and again
// whenever the filter changes.
func NewTimeline(store TimelineStore, filter *Filter) *Timeline {
	t := &Timeline{store: store, filter: filter, chart: newTimelineChart(), details: newTimelineDetails(),
		status: widget.NewLabel("Loading…"), mode: chart.LanesActors}
	t.chart.onSelect = t.selectEvent
	t.chart.onView = t.viewChanged
	t.chart.onRange = func(from, to data.Day) {
		t.filter.Update(func(f *data.Filter) { f.From, f.To = from, to })
	}
	t.details.onOpen = func(id int64, off int) {
		if t.OnOpenArticle != nil {
			t.OnOpenArticle(id, off)
		}
	}
	t.details.onUndated = t.selectEvent
	t.wireStories()
	t.buildUI()
	t.ExtendBaseWidget(t)
	t.stop = filter.Listen(func(data.Filter) { t.Reload() })
	return t
}

// Close stops following the filter and cancels a load in flight, for when
// the case closes.
func (t *Timeline) Close() {
	t.stop()
	if t.cancel != nil {
		t.cancel()
	}
	if t.viewTimer != nil {
		t.viewTimer.Stop()
	}
}

func (t *Timeline) buildUI() {
	t.lanes = widget.NewSelect(laneChoices, func(s string) {
		for i, c := range laneChoices {
			if c == s && chart.LaneMode(i) != t.mode {
				t.mode = chart.LaneMode(i)
				t.Reload()
			}
		}
	})
	t.lanes.SetSelected(laneChoices[t.mode])
	fit := widget.NewButton("Fit", t.chart.fit)
	t.legend = container.NewHBox()
	bar := container.NewBorder(nil, nil, container.NewHBox(widget.NewLabel("Lanes"),
		container.NewGridWrap(fyne.NewSize(150, t.lanes.MinSize().Height), t.lanes), fit), t.status,
		container.NewHScroll(t.legend))
	t.empty = container.NewCenter(widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true}))
	t.empty.Hide()
	split := container.NewHSplit(container.NewStack(t.chart, t.empty), t.details.content)
	split.Offset = 0.74
	t.content = container.NewBorder(bar, nil, nil, nil, split)
}

// showEmpty says why the chart is empty, or hides the message.
func (t *Timeline) showEmpty(res timelineData) {
	msg := ""
	switch {
	case len(res.events) > 0, res.dense != nil && res.dense.total > 0:
	case res.filter.IsZero() && len(res.undated) == 0:
		msg = "No events yet.\nDrop articles anywhere on the window, or use File ▸ Import… or File ▸ Open demo case."
	case res.filter.IsZero():
		msg = "None of the events found has a date: they are listed on the right."
	default:
		msg = "No dated event matches the filter."
	}
	t.empty.Objects[0].(*widget.Label).SetText(msg)
	if msg == "" {
		t.empty.Hide()
	} else {
		t.empty.Show()
	}
}

// CreateRenderer lays out the toolbar, the chart and the side panel.
func (t *Timeline) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(t.content)
}

// timelineData is one load's result.
type timelineData struct {
	filter    data.Filter
	events    []data.Event
	dense     *densityData // instead of events when the window holds too many
	extent    viewWindow   // where the case's events start, for a dense first load
	loaded    viewWindow   // the window loaded for; none for the whole filter
	partial   bool         // events are those of loaded only
	longN     int          // month/year events overlapping loaded, not among events
	byView    bool         // loaded for the chart's window, not the filter's
	undated   []data.Event
	undatedN  int // undated events in all
	actors    []chart.LaneActor
	conflicts []data.StoryEvent
	err       error
}

// Reload queries the store again in the background (after an import, or
// when the filter or the lane mode changes) and shows the result.
func (t *Timeline) Reload() {
	if t.cancel != nil {
		t.cancel()
	}
	ctx, cancel := context.WithCancel(context.Background())
	t.cancel = cancel
	t.gen++
	gen, f, mode, view, px := t.gen, t.filter.Get(), t.mode, t.currentView(), t.chart.scale().Width
	t.pending.Add(1)
	go func() {
		defer t.pending.Done()
		res := loadTimeline(ctx, t.store, f, mode, view, px)
		fyne.Do(func() {
			if gen == t.gen && ctx.Err() == nil {
				t.apply(res)
			}
		})
	}()
}

// loadTimeline runs the queries of one load: for the chart's window view
// (none for the whole filter), px wide.
func loadTimeline(ctx context.Context, st TimelineStore, f data.Filter, mode chart.LaneMode, view viewWindow, px float64) timelineData {
	res := timelineData{filter: f, byView: view.set()}
	if res.err = loadDated(ctx, st, &res, mode, view, px); res.err != nil {
		return res
	}
	if res.undated, res.undatedN, res.err = st.FirstUndatedEvents(ctx, f, undatedCap); res.err != nil {
		return res
	}
	if res.conflicts, res.err = st.ConflictStories(ctx); res.err != nil {
		return res
	}
	if mode == chart.LanesActors && res.dense == nil {
		res.actors, res.err = laneActorsFor(ctx, st, f, res.events)
	}
	return res
}

// laneActorsFor returns the filter's selected actors, or else the actors
// taking part in the most events shown (ties go to the most mentioned), so
// that no lane is empty.
func laneActorsFor(ctx context.Context, st TimelineStore, f data.Filter, events []data.Event) ([]chart.LaneActor, error) {
	names := map[int64]string{}
	count := map[int64]int{}
	for _, e := range events {
		for _, a := range e.Actors {
			names[a.ActorID] = a.Name
			count[a.ActorID]++
		}
	}
	if len(f.ActorIDs) > 0 {
		var las []chart.LaneActor
		for _, id := range f.ActorIDs {
			if n, ok := names[id]; ok {
				las = append(las, chart.LaneActor{ID: id, Name: n})
			}
		}
		return las, nil
	}
	top, err := st.TopActors(ctx, f, 4*laneActors)
	if err != nil {
		return nil, err
	}
	rank := map[int64]int{}
	for i, a := range top {
		rank[a.ID] = i
	}
	ids := make([]int64, 0, len(count))
	for id := range count {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		a, b := ids[i], ids[j]
		if count[a] != count[b] {
			return count[a] > count[b]
		}
		ra, oka := rank[a]
		rb, okb := rank[b]
		if oka != okb {
			return oka
		}
		if ra != rb {
			return ra < rb
		}
		return names[a] < names[b]
	})
	if len(ids) > laneActors {
		ids = ids[:laneActors]
	}
	las := make([]chart.LaneActor, len(ids))
	for i, id := range ids {
		las[i] = chart.LaneActor{ID: id, Name: names[id]}
	}
	return las, nil
}

// apply shows a load's result; it runs on the UI goroutine.
func (t *Timeline) apply(res timelineData) {
	if res.err != nil {
		t.status.SetText(loadError(res.err))
		return
	}
	cleared := (t.shown.From != 0 || t.shown.To != 0) && res.filter.From == 0 && res.filter.To == 0
	t.shown, t.actors = res.filter, res.actors
	t.loaded, t.partial = res.loaded, res.partial
	if res.extent.set() {
		t.chart.extent = res.extent
	} else if !res.byView {
		t.chart.extent = viewWindow{}
	}
	status := fmt.Sprintf("%s · %s undated", plural(len(res.events), "event"), thousands(res.undatedN))
	if res.longN > 0 {
		status = fmt.Sprintf("%s + %s month/year · %s undated",
			plural(len(res.events), "event"), thousands(res.longN), thousands(res.undatedN))
	}
	if res.dense != nil {
		t.chart.setDensity(res.dense)
		t.setLegendTypes(res.dense.types, false)
		status = densityStatus(res.dense, res.undatedN)
	} else {
		lanes, members := chart.TimelineLanes(res.events, t.mode, res.actors)
		t.chart.setData(res.events, lanes, members)
		t.setLegend(res.events)
	}
	t.details.setUndated(res.undated, res.undatedN)
	t.details.setConflicts(res.conflicts)
	t.syncSelection()
	t.showEmpty(res)
	t.status.SetText(status)
	if res.byView {
		t.viewChanged(t.chart.from, t.chart.to) // the window moved on since
		return
	}
	t.placeWindow(res, cleared)
}

// placeWindow shows the filter's window, or fits the first load (or one
// after the filter's window was cleared) to what was loaded.
func (t *Timeline) placeWindow(res timelineData, cleared bool) {
	t.applying = true
	defer func() { t.applying = false }()
	switch {
	case res.filter.From != 0 && res.filter.To != 0:
		t.chart.setWindow(float64(res.filter.From), float64(res.filter.To))
	case cleared || !t.fitted && (len(res.events) > 0 || res.dense != nil):
		t.chart.fit()
		t.fitted = true
	}
	if res.dense != nil {
		t.loaded = viewWindow{t.chart.from, t.chart.to} // the density loaded serves it
	}
}

// loadError says briefly why a load failed.
func loadError(err error) string {
	if errors.Is(err, data.ErrBadQuery) {
		return "Search not understood"
	}
	return "Could not load events"
}

// selectEvent loads and shows the detail of e with every source of its
// story event.
func (t *Timeline) selectEvent(e data.Event) {
	t.details.edit.status.SetText("")
	t.loadDetail(e.ID)
}
