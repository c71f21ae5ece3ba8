package chart

import (
	"image/color"
	"math"
	"sort"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// maxLabels bounds the labels tried, most important first.
const maxLabels = 300

func labelStyle(size float64) text.Style {
	return text.Style{
		Color:   color.Gray{0x20},
		Font:    sans(size),
		Handler: plot.DefaultTextHandler,
		XAlign:  draw.XLeft,
		YAlign:  draw.YBottom,
	}
}

// labelOrder is the order in which nodes claim label space: the hovered
// node and its neighbours, selected nodes, then by mentions.
func (s *Scene) labelOrder() []int {
	order := make([]int, len(s.Net.Nodes))
	for i := range order {
		order[i] = i
	}
	rank := func(i int) int {
		n := s.Net.Nodes[i]
		switch {
		case n.ID == s.Highlight.Hover:
			return 0
		case s.near[n.ID]:
			return 1
		case s.Highlight.Selected[n.ID]:
			return 2
		}
		return 3
	}
	sort.SliceStable(order, func(a, b int) bool {
		ra, rb := rank(order[a]), rank(order[b])
		if ra != rb {
			return ra < rb
		}
		return s.Net.Nodes[order[a]].Mentions > s.Net.Nodes[order[b]].Mentions
	})
	return order[:min(len(order), maxLabels)]
}

// placeLabels gives each node, in labelOrder, the first of four places
// (right, left, above, below) that stays on the canvas and overlaps no
// placed label and no other node; nodes without room stay unlabelled.
func (s *Scene) placeLabels() {
	discs := make([]vg.Rectangle, len(s.pts))
	for i, p := range s.pts {
		r := s.radii[i]
		discs[i] = vg.Rectangle{Min: vg.Point{X: p.X - r, Y: p.Y - r}, Max: vg.Point{X: p.X + r, Y: p.Y + r}}
	}
	bounds := vg.Rectangle{Max: vg.Point{X: s.Width, Y: s.Height}}
	for k, i := range s.labelOrder() {
		txt := shorten(s.Net.Nodes[i].Name, 30)
		w, h := s.textSty.Width(txt), s.textSty.Height(txt)
		placed := s.placeLabel(i, txt, w, h, bounds, discs)
		if !placed && k < forcedLabels {
			// The most important actors sit in the densest part of the
			// picture: their labels may cover other nodes' discs.
			s.placeLabel(i, txt, w, h, bounds, nil)
		}
	}
}

// forcedLabels is how many of the first nodes in labelOrder are labelled
// even over other nodes when there is no free place.
const forcedLabels = 8

// placeLabel puts node i's label at the first of its spots that fits.
func (s *Scene) placeLabel(i int, txt string, w, h vg.Length, bounds vg.Rectangle, discs []vg.Rectangle) bool {
	for _, at := range s.labelSpots(i, w, h) {
		box := vg.Rectangle{Min: at, Max: vg.Point{X: at.X + w, Y: at.Y + h}}
		if s.labelFits(box, bounds, discs, i) {
			s.labels = append(s.labels, label{node: i, text: txt, at: at, box: box})
			return true
		}
	}
	return false
}

func (s *Scene) labelSpots(i int, w, h vg.Length) []vg.Point {
	p, r := s.pts[i], s.radii[i]
	return []vg.Point{
		{X: p.X + r + 3, Y: p.Y - h/2},
		{X: p.X - r - 3 - w, Y: p.Y - h/2},
		{X: p.X - w/2, Y: p.Y + r + 2},
		{X: p.X - w/2, Y: p.Y - r - 2 - h},
		{X: p.X - w/2, Y: p.Y - h/2},
	}
}

func (s *Scene) labelFits(box, bounds vg.Rectangle, discs []vg.Rectangle, self int) bool {
	if box.Min.X < bounds.Min.X || box.Min.Y < bounds.Min.Y || box.Max.X > bounds.Max.X || box.Max.Y > bounds.Max.Y {
		return false
	}
	for _, l := range s.labels {
		if overlaps(box, l.box) {
			return false
		}
	}
	for j, d := range discs {
		if j != self && overlaps(box, d) {
			return false
		}
	}
	return true
}

// Draw draws the scene on c, whose lower left corner is the scene's origin.
func (s *Scene) Draw(c draw.Canvas) {
	off := c.Min
	at := func(p vg.Point) vg.Point { return vg.Point{X: p.X + off.X, Y: p.Y + off.Y} }
	s.drawEdges(c, at)
	s.drawNodes(c, at)
	s.drawLabels(c, at)
}

// drawEdges strokes the edges, faint ones first so that highlighted ones
// stay on top.
func (s *Scene) drawEdges(c draw.Canvas, at func(vg.Point) vg.Point) {
	edges := append([]NetworkEdge(nil), s.Net.Edges...)
	sort.SliceStable(edges, func(i, j int) bool { return s.edgeColor(edges[i]).A < s.edgeColor(edges[j]).A })
	for _, e := range edges {
		sty := draw.LineStyle{Width: vg.Points(0.6 + 2.4*sqrtRatio(e.Weight, s.maxW)), Color: s.edgeColor(e)}
		a, b := at(s.pts[s.index[e.A]]), at(s.pts[s.index[e.B]])
		c.StrokeLine2(sty, a.X, a.Y, b.X, b.Y)
	}
}

func (s *Scene) edgeColor(e NetworkEdge) color.NRGBA {
	h := s.Highlight.Hover
	switch {
	case s.near != nil && (e.A == h || e.B == h):
		return color.NRGBA{0x30, 0x30, 0x30, 0xe0}
	case s.near != nil:
		return color.NRGBA{0x80, 0x80, 0x80, 0x28}
	}
	return color.NRGBA{0x80, 0x80, 0x80, 0x90}
}

func (s *Scene) drawNodes(c draw.Canvas, at func(vg.Point) vg.Point) {
	outline := draw.LineStyle{Width: vg.Points(1), Color: color.White}
	ring := draw.LineStyle{Width: vg.Points(2.5), Color: color.NRGBA{0x10, 0x10, 0x10, 0xff}}
	for i, n := range s.Net.Nodes {
		fill := color.Color(s.Net.NodeColor(n))
		if s.faded(i) {
			fill = fade(s.Net.NodeColor(n))
		}
		path := circle(at(s.pts[i]), s.radii[i])
		c.SetColor(fill)
		c.Fill(path)
		sty := outline
		if s.Highlight.Selected[n.ID] || n.ID == s.Highlight.Hover {
			sty = ring
		}
		c.SetLineStyle(sty)
		c.Stroke(path)
	}
}

func (s *Scene) drawLabels(c draw.Canvas, at func(vg.Point) vg.Point) {
	for _, l := range s.labels {
		box := vg.Rectangle{Min: at(l.box.Min), Max: at(l.box.Max)}
		c.SetColor(color.NRGBA{0xff, 0xff, 0xff, 0xb0})
		c.Fill(box.Path())
		sty := s.textSty
		if s.faded(l.node) {
			sty.Color = color.Gray{0xa8}
		}
		c.FillText(sty, at(l.at), l.text)
	}
}

func circle(p vg.Point, r vg.Length) vg.Path {
	var path vg.Path
	path.Move(vg.Point{X: p.X + r, Y: p.Y})
	path.Arc(p, r, 0, 2*math.Pi)
	path.Close()
	return path
}

// fade mixes c three quarters of the way to white.
func fade(c color.RGBA) color.RGBA {
	mix := func(v uint8) uint8 { return uint8((int(v) + 3*255) / 4) }
	return color.RGBA{mix(c.R), mix(c.G), mix(c.B), 0xff}
}

func sqrtRatio(w, maxW int) float64 {
	if maxW <= 0 {
		return 0
	}
	r := float64(w) / float64(maxW)
	if r <= 0 {
		return 0
	}
	return math.Sqrt(r)
}
