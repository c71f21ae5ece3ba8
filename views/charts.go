package views

import (
	"context"
	"fmt"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
	"gonum.org/v1/plot"

	"newsline/data"
	"newsline/views/chart"
)

// ChartStore is what the charts read from the case.
type ChartStore interface {
	TopActors(ctx context.Context, f data.Filter, n int) ([]data.ActorCount, error)
	OutletCounts(ctx context.Context, f data.Filter, n int) ([]data.ActorCount, error)
	MentionSeries(ctx context.Context, f data.Filter, ids []int64, bin data.Bin) ([]data.Series, error)
	EventSeries(ctx context.Context, f data.Filter, bin data.Bin) ([]data.Series, error)
}

// ChartKinds are the charts by their command-line names, with their titles
// in the chart picker.
var ChartKinds = []struct{ Name, Title string }{
	{"mentions", "Most mentioned actors"},
	{"trend", "Mentions over time"},
	{"events", "Events by type"},
	{"outlets", "Outlets per actor"},
}

// Chart sizes: bars shown, and lines drawn when no actor is selected.
const (
	chartBars  = 15
	trendLines = 5
)

// BuildChart queries store and builds the chart kind (mentions, trend,
// events or outlets) under f. The trend shows f's actors, or the most
// mentioned ones, by week when that gives few enough bins, else by month.
func BuildChart(ctx context.Context, store ChartStore, kind string, f data.Filter) (*plot.Plot, error) {
	span := spanText(f)
	switch kind {
	case "mentions":
		counts, err := store.TopActors(ctx, f, chartBars)
		return chart.TopActors(counts, span), err
	case "outlets":
		counts, err := store.OutletCounts(ctx, f, chartBars)
		return chart.Outlets(counts, span), err
	case "trend":
		return buildTrend(ctx, store, f, span)
	case "events":
		series, bin, err := binned(func(b data.Bin) ([]data.Series, error) { return store.EventSeries(ctx, f, b) })
		if f.From == 0 && f.To == 0 {
			var left int
			if series, left = trimStray(series); left > 0 {
				span = plural(left, "stray event") + " far from the rest not shown"
			}
		}
		if len(series) > 0 && series[0].Reports {
			const note = "every report counted, not story events"
			if span != "" {
				span += "; "
			}
			span += note
		}
		return chart.EventsByType(series, bin, span), err
	}
	return nil, fmt.Errorf("unknown chart %q (want mentions, trend, events or outlets)", kind)
}

func buildTrend(ctx context.Context, store ChartStore, f data.Filter, span string) (*plot.Plot, error) {
	ids := f.ActorIDs
	if len(ids) == 0 {
		top, err := store.TopActors(ctx, f, trendLines)
		if err != nil {
			return nil, err
		}
		for _, a := range top {
			ids = append(ids, a.ID)
		}
	}
	series, bin, err := binned(func(b data.Bin) ([]data.Series, error) { return store.MentionSeries(ctx, f, ids, b) })
	return chart.MentionTrend(series, bin, span), err
}

// trimStray drops the bins at either end of series (which share one run of
// bins) that hold a few stray events far from the rest (a background
// mention of a summit years before the story), as the timeline's fit does:
// at most 5 % of the events, separated from the rest by empty bins longer
// than half of what remains. It returns the series and the events left out.
func trimStray(series []data.Series) ([]data.Series, int) {
	if len(series) == 0 {
		return series, 0
	}
	n := len(series[0].Bins)
	totals := make([]int, n)
	all := 0
	for _, s := range series {
		for i, b := range s.Bins {
			totals[i] += b.Count
			all += b.Count
		}
	}
	var used []int
	for i, t := range totals {
		if t > 0 {
			used = append(used, i)
		}
	}
	lo, hi, cut, limit := 0, n, 0, all/20
	// Walk the occupied bins from each end while what is cut stays small.
	for k, head := 0, 0; k+1 < len(used); k++ {
		head += totals[used[k]]
		if head > limit {
			break
		}
		if gap := used[k+1] - used[k]; 2*gap > used[len(used)-1]-used[k+1] {
			lo, cut = used[k+1], head
		}
	}
	for k, tail := len(used)-1, 0; k > 0; k-- {
		tail += totals[used[k]]
		if cut+tail > limit || used[k-1] < lo {
			break
		}
		if gap := used[k] - used[k-1]; 2*gap > used[k-1]-lo {
			hi = used[k-1] + 1
			cut += tail
			break
		}
	}
	if lo == 0 && hi == n {
		return series, 0
	}
	out := make([]data.Series, len(series))
	for i, s := range series {
		s.Bins = s.Bins[lo:hi]
		out[i] = s
	}
	return out, cut
}

// binned queries by month, and again by week when months give fewer than
// seven bins.
func binned(query func(data.Bin) ([]data.Series, error)) ([]data.Series, data.Bin, error) {
	series, err := query(data.BinMonth)
	if err != nil || len(series) == 0 || len(series[0].Bins) >= 7 {
		return series, data.BinMonth, err
	}
	weekly, err := query(data.BinWeek)
	return weekly, data.BinWeek, err
}

// spanText describes f's time window for chart titles.
func spanText(f data.Filter) string {
	const layout = "2 Jan 2006"
	switch {
	case f.From != 0 && f.To != 0:
		return f.From.Time().Format(layout) + " – " + (f.To - 1).Time().Format(layout)
	case f.From != 0:
		return "from " + f.From.Time().Format(layout)
	case f.To != 0:
		return "until " + (f.To - 1).Time().Format(layout)
	}
	return ""
}

// Charts is the charts view: a picker and the chosen chart, drawn at the
// window's scale, rebuilt off the UI goroutine when the filter changes and
// redrawn when resized.
type Charts struct {
	widget.BaseWidget

	store  ChartStore
	filter *Filter
	picker *widget.Select
	image  *chartImage
	status *widget.Label

	mu      sync.Mutex
	kind    string
	gen     int
	cancel  context.CancelFunc
	pending sync.WaitGroup // chart builds in flight
	stop    func()         // stops following the filter
}

// NewCharts returns the charts view over store following filter.
func NewCharts(store ChartStore, filter *Filter) *Charts {
	c := &Charts{store: store, filter: filter, kind: ChartKinds[0].Name, image: newChartImage(), status: widget.NewLabel("")}
	var titles []string
	for _, k := range ChartKinds {
		titles = append(titles, k.Title)
	}
	c.picker = widget.NewSelect(titles, nil)
	c.picker.SetSelectedIndex(0) // without loading: the window calls Reload once it has laid the view out
	c.picker.OnChanged = c.onPick
	c.ExtendBaseWidget(c)
	c.stop = filter.Listen(func(data.Filter) { c.Reload() })
	return c
}

// Close stops following the filter and cancels a build in flight, for when
// the case closes.
func (c *Charts) Close() {
	c.stop()
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.cancel != nil {
		c.cancel()
	}
}

// CreateRenderer implements fyne.Widget.
func (c *Charts) CreateRenderer() fyne.WidgetRenderer {
	top := container.NewBorder(nil, nil, widget.NewLabel("Chart"), nil, c.picker)
	return widget.NewSimpleRenderer(container.NewBorder(top, c.status, nil, nil, c.image))
}

func (c *Charts) onPick(title string) {
	for _, k := range ChartKinds {
		if k.Title == title {
			c.mu.Lock()
			c.kind = k.Name
			c.mu.Unlock()
		}
	}
	c.Reload()
}

// Kind returns the command-line name of the chart shown.
func (c *Charts) Kind() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.kind
}

// Reload rebuilds the chart shown for the current filter off the UI
// goroutine.
func (c *Charts) Reload() {
	f := c.filter.Get()
	c.mu.Lock()
	if c.cancel != nil {
		c.cancel()
	}
	ctx, cancel := context.WithCancel(context.Background())
	c.cancel = cancel
	c.gen++
	gen, kind := c.gen, c.kind
	c.mu.Unlock()
	c.pending.Add(1)
	go func() {
		p, err := BuildChart(ctx, c.store, kind, f)
		if ctx.Err() != nil {
			c.pending.Done()
			return
		}
		fyne.Do(func() {
			c.built(gen, p, err)
			c.pending.Done()
		})
	}()
}

func (c *Charts) built(gen int, p *plot.Plot, err error) {
	c.mu.Lock()
	stale := gen != c.gen
	c.mu.Unlock()
	if stale {
		return
	}
	if err != nil {
		c.status.SetText("Could not build the chart: " + err.Error())
		return
	}
	c.status.SetText("")
	c.image.setPlot(p)
}

// Plot returns the chart shown, nil before the first one is built.
func (c *Charts) Plot() *plot.Plot { return c.image.currentPlot() }
