package chart

import (
	"fmt"
	"image"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// NetworkNode is an actor of a laid-out network with its metrics.
type NetworkNode struct {
	ID             int64
	Name           string
	Type           string
	Mentions       int
	Community      int
	X, Y           float64 // layout position, any scale
	Degree         int
	WeightedDegree float64
	Betweenness    float64
	PageRank       float64
}

// NetworkEdge links actors A and B; Weight counts the sentences behind it.
type NetworkEdge struct {
	A, B   int64
	Weight int
}

// ColorBy chooses what node colours show.
type ColorBy int

// Node colourings.
const (
	ByType      ColorBy = iota // actor type
	ByCommunity                // Louvain community
)

// Network is a laid-out actor network ready to draw.
type Network struct {
	Nodes   []NetworkNode
	Edges   []NetworkEdge
	ColorBy ColorBy
}

// NodeColor is the fill colour of node n.
func (net Network) NodeColor(n NetworkNode) color.RGBA {
	if net.ColorBy == ByCommunity {
		return SeriesColor(n.Community)
	}
	return ActorColor(n.Type)
}

// legend adds the node colours in use to l.
func (net Network) legend(l *plot.Legend) {
	if net.ColorBy == ByCommunity {
		count := map[int]int{}
		maxC := -1
		for _, n := range net.Nodes {
			count[n.Community]++
			maxC = max(maxC, n.Community)
		}
		for c := 0; c <= min(maxC, 9); c++ {
			l.Add(fmt.Sprintf("Community %d (%d)", c+1, count[c]), swatch{SeriesColor(c)})
		}
		return
	}
	seen := map[string]bool{}
	for _, n := range net.Nodes {
		seen[n.Type] = true
	}
	for _, t := range ActorTypes {
		if seen[t] {
			l.Add(ActorTypeName(t), swatch{ActorColor(t)})
		}
	}
}

// NetworkPlot draws net as a picture for export: edges as lines thicker
// with weight, nodes as discs sized by mentions and coloured by type or
// community, labels that do not collide, a title and a legend.
func NetworkPlot(net Network, title string) *plot.Plot {
	p := newPlot(title, "", "")
	p.HideAxes()
	if len(net.Nodes) == 0 {
		p.Add(message("No actors under this filter"))
		return p
	}
	p.Add(networkPlotter{net: net})
	net.legend(&p.Legend)
	return p
}

// networkPlotter draws a Scene filling the plot's data area.
type networkPlotter struct{ net Network }

// Plot implements plot.Plotter.
func (np networkPlotter) Plot(c draw.Canvas, _ *plot.Plot) {
	s := NewScene(np.net, c.Max.X-c.Min.X, c.Max.Y-c.Min.Y, Viewport{Zoom: 1}, Highlight{})
	s.Draw(c)
}

// Viewport is the zoom and pan applied on top of fitting the layout to the
// canvas: a point goes from its fitted place p to centre + (p-centre)·Zoom
// + Pan.
type Viewport struct {
	Zoom float64
	Pan  vg.Point
}

// Highlight marks a hovered node, whose neighbours stay bright while the
// rest fades, and selected nodes drawn with a ring.
type Highlight struct {
	Hover    int64 // 0 for none
	Selected map[int64]bool
}

// label is a placed node label.
type label struct {
	node int
	text string
	at   vg.Point // left baseline of the text
	box  vg.Rectangle
}

// Scene is a network placed on a canvas of a given size: node centres,
// radii and label boxes, shared by drawing and hit tests. Coordinates are
// points from the canvas' lower left corner.
type Scene struct {
	Net       Network
	Width     vg.Length
	Height    vg.Length
	View      Viewport
	Highlight Highlight

	pts     []vg.Point
	radii   []vg.Length
	index   map[int64]int
	near    map[int64]bool // the hovered node and its neighbours
	labels  []label
	maxW    int
	fit     func(x, y float64) vg.Point
	unfit   func(p vg.Point) (float64, float64)
	textSty text.Style
}

// NewScene places net on a width × height canvas.
func NewScene(net Network, width, height vg.Length, view Viewport, hl Highlight) *Scene {
	if view.Zoom <= 0 {
		view.Zoom = 1
	}
	s := &Scene{Net: net, Width: width, Height: height, View: view, Highlight: hl, index: map[int64]int{}, textSty: labelStyle(9)}
	s.fitTransform()
	maxM := 1
	for _, n := range net.Nodes {
		maxM = max(maxM, n.Mentions)
	}
	for i, n := range net.Nodes {
		s.index[n.ID] = i
		s.pts = append(s.pts, s.fit(n.X, n.Y))
		s.radii = append(s.radii, NodeRadius(n.Mentions, maxM))
	}
	for _, e := range net.Edges {
		s.maxW = max(s.maxW, e.Weight)
	}
	s.markNear()
	s.placeLabels()
	return s
}

// NodeRadius is the radius of a node with m mentions when the most
// mentioned has maxM: its area grows with its mentions.
func NodeRadius(m, maxM int) vg.Length {
	return vg.Points(3 + 13*math.Sqrt(float64(max(m, 0))/float64(max(maxM, 1))))
}

// fitTransform fits the layout's bounds into the canvas less a margin,
// keeping its aspect ratio, then applies the viewport.
func (s *Scene) fitTransform() {
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, n := range s.Net.Nodes {
		minX, maxX = math.Min(minX, n.X), math.Max(maxX, n.X)
		minY, maxY = math.Min(minY, n.Y), math.Max(maxY, n.Y)
	}
	margin := vg.Points(24)
	dx, dy := math.Max(maxX-minX, 1e-9), math.Max(maxY-minY, 1e-9)
	scale := math.Min(float64(s.Width-2*margin)/dx, float64(s.Height-2*margin)/dy)
	if len(s.Net.Nodes) < 2 || scale <= 0 || math.IsInf(scale, 0) {
		scale = 1
	}
	cx, cy := (minX+maxX)/2, (minY+maxY)/2
	z, pan := s.View.Zoom, s.View.Pan
	s.fit = func(x, y float64) vg.Point {
		return vg.Point{
			X: s.Width/2 + vg.Length((x-cx)*scale*z) + pan.X,
			Y: s.Height/2 + vg.Length((y-cy)*scale*z) + pan.Y,
		}
	}
	s.unfit = func(p vg.Point) (float64, float64) {
		return cx + float64(p.X-s.Width/2-pan.X)/(scale*z), cy + float64(p.Y-s.Height/2-pan.Y)/(scale*z)
	}
}

// ToLayout converts a canvas point to layout coordinates, for dragging.
func (s *Scene) ToLayout(p vg.Point) (x, y float64) { return s.unfit(p) }

// Point returns the canvas centre of node id.
func (s *Scene) Point(id int64) (vg.Point, bool) {
	i, ok := s.index[id]
	if !ok {
		return vg.Point{}, false
	}
	return s.pts[i], true
}

func (s *Scene) markNear() {
	h := s.Highlight.Hover
	if _, ok := s.index[h]; !ok {
		return
	}
	s.near = map[int64]bool{h: true}
	for _, e := range s.Net.Edges {
		if e.A == h {
			s.near[e.B] = true
		}
		if e.B == h {
			s.near[e.A] = true
		}
	}
}

// faded reports whether node i is dimmed by the hover highlight.
func (s *Scene) faded(i int) bool { return s.near != nil && !s.near[s.Net.Nodes[i].ID] }

// NodeAt returns the node under p, the topmost (last drawn) first.
func (s *Scene) NodeAt(p vg.Point) (int64, bool) {
	for i := len(s.pts) - 1; i >= 0; i-- {
		r := s.radii[i] + 2
		if dx, dy := p.X-s.pts[i].X, p.Y-s.pts[i].Y; dx*dx+dy*dy <= r*r {
			return s.Net.Nodes[i].ID, true
		}
	}
	for _, l := range s.labels {
		if inRect(p, l.box) {
			return s.Net.Nodes[l.node].ID, true
		}
	}
	return 0, false
}

// EdgeAt returns the edge passing within tol of p, the nearest first.
func (s *Scene) EdgeAt(p vg.Point, tol vg.Length) (NetworkEdge, bool) {
	best, bestD := -1, float64(tol)
	for k, e := range s.Net.Edges {
		a, b := s.pts[s.index[e.A]], s.pts[s.index[e.B]]
		if d := segmentDistance(p, a, b); d <= bestD {
			best, bestD = k, d
		}
	}
	if best < 0 {
		return NetworkEdge{}, false
	}
	return s.Net.Edges[best], true
}

func segmentDistance(p, a, b vg.Point) float64 {
	abx, aby := float64(b.X-a.X), float64(b.Y-a.Y)
	apx, apy := float64(p.X-a.X), float64(p.Y-a.Y)
	t := 0.0
	if l2 := abx*abx + aby*aby; l2 > 0 {
		t = math.Max(0, math.Min(1, (apx*abx+apy*aby)/l2))
	}
	return math.Hypot(apx-t*abx, apy-t*aby)
}

func inRect(p vg.Point, r vg.Rectangle) bool {
	return p.X >= r.Min.X && p.X <= r.Max.X && p.Y >= r.Min.Y && p.Y <= r.Max.Y
}

func overlaps(a, b vg.Rectangle) bool {
	return a.Min.X < b.Max.X && b.Min.X < a.Max.X && a.Min.Y < b.Max.Y && b.Min.Y < a.Max.Y
}

// RenderScene draws s on white into an RGBA image at scale pixels per
// point, for the screen.
func RenderScene(s *Scene, scale float64) *image.RGBA {
	c := imageCanvas(s.Width, s.Height, scale)
	s.Draw(draw.New(c))
	return c.Image().(*image.RGBA)
}
