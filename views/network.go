package views

import (
	"context"
	"fmt"
	"io"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
	"gonum.org/v1/plot/vg"

	"newsline/data"
	"newsline/views/chart"
)

// NetworkStore is what the network view reads from the case.
type NetworkStore interface {
	Graph(ctx context.Context, f data.Filter, types []string) (data.Graph, error)
	EdgeSentences(ctx context.Context, a, b int64, f data.Filter) ([]data.EdgeSentence, error)
}

// NetworkRequest asks a NetworkAnalyzer to lay out and measure a graph.
type NetworkRequest struct {
	Graph    data.Graph
	Previous map[int64][2]float64 // positions on screen before, to start from
	Pinned   map[int64]bool       // nodes the user placed
	Progress func(done float64)   // layout progress, 0 to 1, from any goroutine
}

// NetworkAnalyzer lays out a graph and computes its metrics. The app
// passes one built on app/story, which views do not import.
type NetworkAnalyzer func(ctx context.Context, req NetworkRequest) (chart.Network, error)

// Network is the actor network view: the graph, a toolbar (minimum edge
// weight, actor types, colouring), a sortable metrics table and the
// sentences behind a tapped edge. Tapping an actor sets the shared
// Filter's actors, so the timeline and charts follow.
type Network struct {
	widget.BaseWidget

	// OnOpenArticle is called by a linking sentence's "Open article"
	// button with the article and the byte offset of the sentence.
	OnOpenArticle func(articleID int64, offset int)

	store   NetworkStore
	analyze NetworkAnalyzer
	filter  *Filter

	canvas   *networkCanvas
	metrics  *metricsTable
	links    *linksPanel
	side     *container.AppTabs
	progress *widget.ProgressBar
	status   *widget.Label
	minW     *widget.Slider
	types    *widget.CheckGroup
	colorBy  *widget.RadioGroup
	content  fyne.CanvasObject

	mu      sync.Mutex
	full    chart.Network // the analysed network, before weight and type cuts
	pinned  map[int64]bool
	shown   data.Filter // filter of the network shown
	gen     int
	cancel  context.CancelFunc
	pending sync.WaitGroup // loads and edge queries in flight
	stop    func()         // stops following the filter
}

// NewNetwork returns a network view over store, analysed by analyze and
// following filter. Reload loads it; it loads again when the filter changes.
func NewNetwork(store NetworkStore, analyze NetworkAnalyzer, filter *Filter) *Network {
	n := &Network{store: store, analyze: analyze, filter: filter, pinned: map[int64]bool{}}
	n.buildUI()
	n.ExtendBaseWidget(n)
	n.stop = filter.Listen(func(data.Filter) { n.Reload() })
	return n
}

// Close stops following the filter and cancels a load in flight, for when
// the case closes.
func (n *Network) Close() {
	n.stop()
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.cancel != nil {
		n.cancel()
	}
}

// CreateRenderer implements fyne.Widget.
func (n *Network) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(n.content)
}

func (n *Network) buildUI() {
	n.canvas = newNetworkCanvas()
	n.canvas.onNode = n.onNode
	n.canvas.onEdge = n.onEdge
	n.canvas.onHover = n.onHover
	n.canvas.onPin = n.pin
	n.metrics = newMetricsTable(n.onNode)
	n.links = newLinksPanel(func(id int64, off int) {
		if n.OnOpenArticle != nil {
			n.OnOpenArticle(id, off)
		}
	})
	n.side = container.NewAppTabs(
		container.NewTabItem("Metrics", n.metrics.table),
		container.NewTabItem("Links", n.links.content),
	)
	n.progress = widget.NewProgressBar()
	n.progress.Hide()
	n.status = widget.NewLabel("")
	n.status.Truncation = fyne.TextTruncateEllipsis
	split := container.NewHSplit(n.canvas, n.side)
	split.Offset = 0.58
	bottom := container.NewBorder(nil, nil, nil, n.progress, n.status)
	n.content = container.NewBorder(n.toolbar(), bottom, nil, nil, split)
}

func (n *Network) toolbar() fyne.CanvasObject {
	n.minW = widget.NewSlider(1, 10)
	n.minW.Step = 1
	minLabel := widget.NewLabel("Min. sentences per link: 1")
	n.minW.OnChanged = func(v float64) {
		minLabel.SetText(fmt.Sprintf("Min. sentences per link: %d", int(v)))
		n.showCut()
	}
	var names []string
	for _, t := range chart.ActorTypes {
		names = append(names, chart.ActorTypeName(t))
	}
	n.types = widget.NewCheckGroup(names, func([]string) { n.showCut() })
	n.types.Horizontal = true
	n.types.SetSelected(names)
	n.colorBy = widget.NewRadioGroup([]string{"Type", "Community"}, func(string) { n.showCut() })
	n.colorBy.Horizontal = true
	n.colorBy.SetSelected("Type")
	fit := widget.NewButton("Fit", n.canvas.resetView)
	all := widget.NewButton("All actors", func() {
		n.filter.Update(func(f *data.Filter) { f.ActorIDs = nil })
	})
	weight := container.NewBorder(nil, nil, minLabel, nil, n.minW)
	colour := container.NewHBox(widget.NewLabel("Colour by"), n.colorBy)
	return container.NewVBox(
		container.NewBorder(nil, nil, nil, container.NewHBox(fit, all), n.types),
		container.NewBorder(nil, nil, nil, colour, weight),
	)
}

// Reload queries and lays out the network for the current filter, off the
// UI goroutine, starting from the positions shown now.
func (n *Network) Reload() {
	f := n.filter.Get()
	n.mu.Lock()
	if n.cancel != nil {
		n.cancel()
	}
	ctx, cancel := context.WithCancel(context.Background())
	n.cancel = cancel
	n.gen++
	gen := n.gen
	req := NetworkRequest{Previous: positions(n.full), Pinned: copyPinned(n.pinned)}
	n.mu.Unlock()
	n.progress.SetValue(0)
	n.progress.Show()
	n.status.SetText("Laying out the network…")
	req.Progress = func(v float64) { fyne.Do(func() { n.setProgress(gen, v) }) }
	n.pending.Add(1)
	go n.load(ctx, gen, f, req)
}

func (n *Network) load(ctx context.Context, gen int, f data.Filter, req NetworkRequest) {
	g, err := n.store.Graph(ctx, f, nil)
	var net chart.Network
	if err == nil {
		req.Graph = g
		net, err = n.analyze(ctx, req)
	}
	if ctx.Err() != nil {
		n.pending.Done()
		return
	}
	fyne.Do(func() {
		n.loaded(gen, f, net, err)
		n.pending.Done()
	})
}

func (n *Network) setProgress(gen int, v float64) {
	n.mu.Lock()
	current := gen == n.gen
	n.mu.Unlock()
	if current {
		n.progress.SetValue(v)
	}
}

// loaded shows a finished load unless a newer one started since.
func (n *Network) loaded(gen int, f data.Filter, net chart.Network, err error) {
	n.mu.Lock()
	if gen != n.gen {
		n.mu.Unlock()
		return
	}
	n.full, n.shown = net, f
	n.mu.Unlock()
	n.progress.Hide()
	if err != nil {
		n.status.SetText("Could not build the network: " + err.Error())
		return
	}
	n.showCut()
	n.setSelection(f.ActorIDs)
}

// showCut shows the analysed network less the edges under the minimum
// weight and the actors of unticked types.
func (n *Network) showCut() {
	if n.canvas == nil || n.colorBy == nil {
		return
	}
	n.mu.Lock()
	full := n.full
	n.mu.Unlock()
	net := cutNetwork(full, int(n.minW.Value), n.selectedTypes())
	if n.colorBy.Selected == "Community" {
		net.ColorBy = chart.ByCommunity
	}
	n.canvas.setNetwork(net)
	n.metrics.setNodes(net.Nodes)
	n.status.SetText(fmt.Sprintf("%d actors, %d links. Tap an actor to follow it everywhere; tap a link to read its sentences.",
		len(net.Nodes), len(net.Edges)))
}

func (n *Network) selectedTypes() map[string]bool {
	on := map[string]bool{}
	for _, name := range n.types.Selected {
		for _, t := range chart.ActorTypes {
			if chart.ActorTypeName(t) == name {
				on[t] = true
			}
		}
	}
	return on
}

// cutNetwork keeps edges of at least minW and nodes of the given types;
// types not in chart.ActorTypes are always kept.
func cutNetwork(full chart.Network, minW int, types map[string]bool) chart.Network {
	known := map[string]bool{}
	for _, t := range chart.ActorTypes {
		known[t] = true
	}
	out := chart.Network{ColorBy: full.ColorBy}
	keep := map[int64]bool{}
	for _, nd := range full.Nodes {
		if types[nd.Type] || !known[nd.Type] {
			out.Nodes = append(out.Nodes, nd)
			keep[nd.ID] = true
		}
	}
	for _, e := range full.Edges {
		if e.Weight >= minW && keep[e.A] && keep[e.B] {
			out.Edges = append(out.Edges, e)
		}
	}
	return out
}

func positions(net chart.Network) map[int64][2]float64 {
	out := make(map[int64][2]float64, len(net.Nodes))
	for _, nd := range net.Nodes {
		out[nd.ID] = [2]float64{nd.X, nd.Y}
	}
	return out
}

func copyPinned(m map[int64]bool) map[int64]bool {
	out := make(map[int64]bool, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// pin keeps actor id where the user dragged it, in this and later layouts.
func (n *Network) pin(id int64, x, y float64) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.pinned[id] = true
	for i := range n.full.Nodes {
		if n.full.Nodes[i].ID == id {
			n.full.Nodes[i].X, n.full.Nodes[i].Y = x, y
		}
	}
}

// onNode makes the tapped actor the filter's only actor.
func (n *Network) onNode(id int64) {
	n.filter.Update(func(f *data.Filter) { f.ActorIDs = []int64{id} })
}

func (n *Network) setSelection(ids []int64) {
	sel := map[int64]bool{}
	for _, id := range ids {
		sel[id] = true
	}
	hl := n.canvas.hl
	hl.Selected = sel
	n.canvas.setHighlight(hl)
}

// onHover highlights the hovered actor's neighbours and shows its counts.
func (n *Network) onHover(id int64) {
	hl := n.canvas.hl
	hl.Hover = id
	n.canvas.setHighlight(hl)
	for _, nd := range n.canvas.net.Nodes {
		if nd.ID == id {
			n.status.SetText(fmt.Sprintf("%s: %d mentions, linked to %d actors by %.0f sentences",
				nd.Name, nd.Mentions, nd.Degree, nd.WeightedDegree))
		}
	}
}

// onEdge lists the sentences linking the two actors of e.
func (n *Network) onEdge(e chart.NetworkEdge) {
	n.mu.Lock()
	f := n.shown
	n.mu.Unlock()
	names := map[int64]string{}
	for _, nd := range n.canvas.net.Nodes {
		names[nd.ID] = nd.Name
	}
	n.links.loading(names[e.A], names[e.B])
	n.side.SelectIndex(1)
	n.pending.Add(1)
	go func() {
		ss, err := n.store.EdgeSentences(context.Background(), e.A, e.B, f)
		fyne.Do(func() {
			n.links.show(names[e.A], names[e.B], ss, err)
			n.pending.Done()
		})
	}()
}

// Shown returns the network as shown, after the weight and type cuts.
func (n *Network) Shown() chart.Network { return n.canvas.net }

// Export writes the network as shown to w as png or svg (or pdf) at width
// × height points, with a title.
func (n *Network) Export(w io.Writer, format string, width, height vg.Length) error {
	return chart.Write(w, chart.NetworkPlot(n.Shown(), "Actor network"), format, width, height)
}
