package views

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"gonum.org/v1/plot/vg"

	"newsline/app/story"
	"newsline/data"
	"newsline/views/chart"
)

// storyAnalyzer is the app's NetworkAnalyzer: app/story's layout and
// metrics, as chart nodes.
func storyAnalyzer(ctx context.Context, req NetworkRequest) (chart.Network, error) {
	prev := map[int64]story.Point{}
	for id, p := range req.Previous {
		prev[id] = story.Point{X: p[0], Y: p[1]}
	}
	a, err := story.Analyze(ctx, req.Graph, story.LayoutOptions{Previous: prev, Pinned: req.Pinned, Progress: req.Progress})
	if err != nil {
		return chart.Network{}, err
	}
	var net chart.Network
	for _, n := range a.Network.Nodes {
		m, p := a.Metrics.Nodes[n.ID], a.Positions[n.ID]
		net.Nodes = append(net.Nodes, chart.NetworkNode{ID: n.ID, Name: n.Name, Type: n.Type, Mentions: n.Mentions,
			Community: m.Community, X: p.X, Y: p.Y, Degree: m.Degree, WeightedDegree: m.WeightedDegree,
			Betweenness: m.Betweenness, PageRank: m.PageRank})
	}
	for _, e := range a.Network.Edges {
		net.Edges = append(net.Edges, chart.NetworkEdge{A: e.A, B: e.B, Weight: e.Weight})
	}
	return net, nil
}

// networkUI is a network view over the test case in a 1200×700 window.
type networkUI struct {
	st     *data.Store
	filter *Filter
	view   *Network
	win    fyne.Window
}

func newNetworkUI(t *testing.T) *networkUI {
	t.Helper()
	test.NewTempApp(t)
	u := &networkUI{st: openCase(t, testArticles...), filter: NewFilter()}
	u.view = NewNetwork(u.st, storyAnalyzer, u.filter)
	u.view.Reload()
	u.view.pending.Wait() // the test driver lays out on this goroutine
	u.win = test.NewWindow(u.view)
	u.win.Resize(fyne.NewSize(1200, 700))
	t.Cleanup(u.win.Close)
	u.waitLoaded(t)
	return u
}

// waitFor polls cond on the UI goroutine for up to five seconds.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		ok := false
		fyne.DoAndWait(func() { ok = cond() })
		if ok {
			return
		}
	}
	t.Fatalf("timed out waiting for %s", what)
}

// waitLoaded waits for the loads and queries in flight; fyne.Do runs at
// once on the calling goroutine under the test driver.
func (u *networkUI) waitLoaded(t *testing.T) {
	t.Helper()
	u.view.pending.Wait()
	if len(u.view.Shown().Nodes) == 0 {
		t.Fatal("no network loaded")
	}
}

func (u *networkUI) actor(t *testing.T, name string) int64 {
	t.Helper()
	for _, n := range u.view.full.Nodes {
		if n.Name == name {
			return n.ID
		}
	}
	t.Fatalf("no actor %s", name)
	return 0
}

// position converts a scene point to a position in the canvas widget.
func (u *networkUI) position(p vg.Point) fyne.Position {
	h := u.view.canvas.Size().Height
	return fyne.NewPos(float32(p.X)/unitPoints, h-float32(p.Y)/unitPoints)
}

func (u *networkUI) nodePos(t *testing.T, id int64) fyne.Position {
	t.Helper()
	p, ok := u.view.canvas.currentScene().Point(id)
	if !ok {
		t.Fatalf("actor %d not drawn", id)
	}
	return u.position(p)
}

func TestNetworkTapActorSetsFilter(t *testing.T) {
	u := newNetworkUI(t)
	kim := u.actor(t, "Kim Jong Un")
	test.TapAt(u.view.canvas, u.nodePos(t, kim))
	if got := u.filter.Get().ActorIDs; !slices.Equal(got, []int64{kim}) {
		t.Fatalf("filter actors = %v, want [%d]", got, kim)
	}
	u.waitLoaded(t)
	g, err := u.st.Graph(context.Background(), data.Filter{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[int64]bool{kim: true}
	for _, e := range g.Edges {
		if e.A == kim || e.B == kim {
			want[e.A], want[e.B] = true, true
		}
	}
	got := u.view.Shown().Nodes
	if len(got) != len(want) || len(got) >= len(g.Nodes) {
		t.Errorf("focused network has %d actors, want Kim and his %d neighbours of %d", len(got), len(want)-1, len(g.Nodes))
	}
	if !u.view.canvas.hl.Selected[kim] {
		t.Error("Kim is not marked selected")
	}
}

func TestNetworkTapEdgeListsSentences(t *testing.T) {
	u := newNetworkUI(t)
	kim, putin := u.actor(t, "Kim Jong Un"), u.actor(t, "Vladimir Putin")
	var opened []int64
	var offsets []int
	u.view.OnOpenArticle = func(id int64, off int) { opened, offsets = append(opened, id), append(offsets, off) }
	test.TapAt(u.view.canvas, u.edgePos(t, kim, putin))
	want, err := u.st.EdgeSentences(context.Background(), kim, putin, data.Filter{})
	if err != nil || len(want) < 2 {
		t.Fatalf("Kim and Putin share %d sentences (%v); the case should have several", len(want), err)
	}
	u.waitLoaded(t)
	if len(u.view.links.list.Objects) != len(want) {
		t.Fatalf("%d sentences listed, want %d", len(u.view.links.list.Objects), len(want))
	}
	if title := u.view.links.title.Text; !strings.Contains(title, "Kim Jong Un") || !strings.Contains(title, "Vladimir Putin") {
		t.Errorf("links title = %q", title)
	}
	if u.view.side.SelectedIndex() != 1 {
		t.Error("the Links tab is not shown")
	}
	card := u.view.links.list.Objects[0].(*fyne.Container)
	if text := card.Objects[1].(*widget.Label).Text; text != want[0].Text {
		t.Errorf("first sentence = %q, want %q", text, want[0].Text)
	}
	test.Tap(card.Objects[2].(*fyne.Container).Objects[0].(*widget.Button))
	if len(opened) != 1 || opened[0] != want[0].ArticleID || offsets[0] != want[0].Offset {
		t.Errorf("opened %v at %v, want article %d at %d", opened, offsets, want[0].ArticleID, want[0].Offset)
	}
}

// edgePos finds a point on the edge a–b clear of nodes and labels.
func (u *networkUI) edgePos(t *testing.T, a, b int64) fyne.Position {
	t.Helper()
	s := u.view.canvas.currentScene()
	pa, _ := s.Point(a)
	pb, _ := s.Point(b)
	for f := 0.5; f > 0.05; f -= 0.05 {
		for _, g := range []float64{f, 1 - f} {
			p := vg.Point{X: pa.X + vg.Length(g)*(pb.X-pa.X), Y: pa.Y + vg.Length(g)*(pb.Y-pa.Y)}
			if _, onNode := s.NodeAt(p); onNode {
				continue
			}
			if e, ok := s.EdgeAt(p, 4); ok && min(e.A, e.B) == min(a, b) && max(e.A, e.B) == max(a, b) {
				return u.position(p)
			}
		}
	}
	t.Fatal("no clear point on the edge")
	return fyne.Position{}
}

func TestNetworkHoverShowsCounts(t *testing.T) {
	u := newNetworkUI(t)
	kim := u.actor(t, "Kim Jong Un")
	test.MoveMouse(u.win.Canvas(), u.view.canvas.Position().Add(u.nodePos(t, kim)).Add(u.canvasOffset()))
	if u.view.canvas.hl.Hover != kim {
		t.Fatalf("hover = %d, want Kim %d", u.view.canvas.hl.Hover, kim)
	}
	if s := u.view.status.Text; !strings.HasPrefix(s, "Kim Jong Un: ") || !strings.Contains(s, "mentions") {
		t.Errorf("status = %q", s)
	}
}

// canvasOffset is the canvas widget's position in the window, less its
// own position within its parent.
func (u *networkUI) canvasOffset() fyne.Position {
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(u.view.canvas)
	return abs.Subtract(u.view.canvas.Position())
}

func TestNetworkCutsAndColours(t *testing.T) {
	u := newNetworkUI(t)
	u.view.minW.SetValue(2)
	for _, e := range u.view.Shown().Edges {
		if e.Weight < 2 {
			t.Errorf("edge %d-%d of weight %d shown above the minimum 2", e.A, e.B, e.Weight)
		}
	}
	u.view.types.SetSelected([]string{"Person", "Organisation", "Country or city"})
	for _, n := range u.view.Shown().Nodes {
		if n.Type == data.ActorLoc {
			t.Errorf("place %s shown with places unticked", n.Name)
		}
	}
	u.view.colorBy.SetSelected("Community")
	if u.view.Shown().ColorBy != chart.ByCommunity {
		t.Error("colouring did not switch to communities")
	}
}

func TestNetworkZoomPanAndPin(t *testing.T) {
	u := newNetworkUI(t)
	c := u.view.canvas
	c.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(200, 200)}, Scrolled: fyne.NewDelta(0, 100)})
	if c.view.Zoom <= 1 {
		t.Errorf("zoom after scrolling up = %v", c.view.Zoom)
	}
	kim := u.actor(t, "Kim Jong Un")
	start := u.nodePos(t, kim)
	c.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: start.Add(fyne.NewPos(30, 0))}, Dragged: fyne.NewDelta(30, 0)})
	c.DragEnd()
	if !u.view.pinned[kim] {
		t.Error("dragging Kim did not pin him")
	}
	if got, want := positions(u.view.full)[kim], positions(u.view.Shown())[kim]; got != want {
		t.Errorf("the next layout would start Kim at %v, not where he was dropped, %v", got, want)
	}
	if moved := u.nodePos(t, kim); abs32(moved.X-start.X-30) > 1 {
		t.Errorf("Kim moved from %v to %v, want 30 units right", start, moved)
	}
	pan := c.view.Pan
	c.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(5, 5)}, Dragged: fyne.NewDelta(20, 10)})
	c.DragEnd()
	if c.view.Pan == pan {
		t.Error("dragging the background did not pan")
	}
}

func abs32(f float32) float32 { return max(f, -f) }

func TestMetricsTableSorts(t *testing.T) {
	u := newNetworkUI(t)
	m := u.view.metrics
	for col := range metricColumns {
		m.sort(col)
		for i := 1; i < len(m.nodes); i++ {
			if metricColumns[col].less(m.nodes[i], m.nodes[i-1]) {
				t.Errorf("%s: row %d (%s) should come before row %d (%s)", metricColumns[col].title, i, m.nodes[i].Name, i-1, m.nodes[i-1].Name)
			}
		}
	}
	m.sort(3)
	if m.nodes[0].Betweenness < m.nodes[len(m.nodes)-1].Betweenness {
		t.Error("betweenness is not sorted largest first")
	}
}
