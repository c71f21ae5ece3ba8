package views

import (
	"image"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
	"gonum.org/v1/plot/vg"

	"newsline/views/chart"
)

// networkCanvas draws a laid-out network and turns pointer input into
// zoom (scroll), pan (drag the background), pinning (drag a node), hover
// highlights and taps on nodes and edges.
type networkCanvas struct {
	widget.BaseWidget

	onNode  func(id int64)               // a node was tapped
	onEdge  func(e chart.NetworkEdge)    // an edge was tapped
	onHover func(id int64)               // the pointer entered a node (0: left it)
	onPin   func(id int64, x, y float64) // a node was dragged to layout (x, y)

	net    chart.Network
	view   chart.Viewport
	hl     chart.Highlight
	scene  *chart.Scene
	raster *canvas.Raster

	drag     int64 // the node being dragged, -1 while panning, 0 when idle
	dragging bool
}

func newNetworkCanvas() *networkCanvas {
	c := &networkCanvas{view: chart.Viewport{Zoom: 1}}
	c.raster = canvas.NewRaster(c.render)
	c.ExtendBaseWidget(c)
	return c
}

// CreateRenderer implements fyne.Widget.
func (c *networkCanvas) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(c.raster)
}

// MinSize implements fyne.Widget.
func (c *networkCanvas) MinSize() fyne.Size { return fyne.NewSize(300, 240) }

// setNetwork shows net, keeping zoom and pan.
func (c *networkCanvas) setNetwork(net chart.Network) {
	c.net = net
	c.scene = nil
	c.raster.Refresh()
}

// setHighlight changes the hover and selection marks.
func (c *networkCanvas) setHighlight(hl chart.Highlight) {
	c.hl = hl
	c.scene = nil
	c.raster.Refresh()
}

// resetView fits the whole network again.
func (c *networkCanvas) resetView() {
	c.view = chart.Viewport{Zoom: 1}
	c.scene = nil
	c.raster.Refresh()
}

// currentScene returns the scene for the widget's size, rebuilt when the
// network, view, highlight or size changed.
func (c *networkCanvas) currentScene() *chart.Scene {
	size := c.Size()
	w, h := vg.Length(size.Width*unitPoints), vg.Length(size.Height*unitPoints)
	if c.scene == nil || c.scene.Width != w || c.scene.Height != h {
		c.scene = chart.NewScene(c.net, w, h, c.view, c.hl)
	}
	return c.scene
}

// render is the raster's generator: the scene at the pixel size asked.
func (c *networkCanvas) render(w, h int) image.Image {
	size := c.Size()
	if size.Width <= 0 || w <= 0 {
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	return chart.RenderScene(c.currentScene(), float64(w)/float64(size.Width*unitPoints))
}

// unitPoints is the size of a Fyne unit in points: charts are drawn at
// 96 units per inch, so that their type matches the interface's.
const unitPoints = 0.75

// point converts a widget position to scene coordinates (y up).
func (c *networkCanvas) point(p fyne.Position) vg.Point {
	return vg.Point{X: vg.Length(p.X * unitPoints), Y: vg.Length((c.Size().Height - p.Y) * unitPoints)}
}

// Tapped selects the node under the pointer, or else lists the sentences
// of the edge under it.
func (c *networkCanvas) Tapped(ev *fyne.PointEvent) {
	s := c.currentScene()
	pt := c.point(ev.Position)
	if id, ok := s.NodeAt(pt); ok {
		if c.onNode != nil {
			c.onNode(id)
		}
		return
	}
	if e, ok := s.EdgeAt(pt, 4); ok && c.onEdge != nil {
		c.onEdge(e)
	}
}

// Scrolled zooms around the pointer.
func (c *networkCanvas) Scrolled(ev *fyne.ScrollEvent) {
	factor := math.Exp(float64(ev.Scrolled.DY) / 200)
	z := math.Max(0.2, math.Min(20, c.view.Zoom*factor))
	factor = z / c.view.Zoom
	size := c.Size()
	p := c.point(ev.Position)
	cx, cy := vg.Length(size.Width*unitPoints/2), vg.Length(size.Height*unitPoints/2)
	// Keep the point under the pointer in place.
	c.view.Pan.X = p.X - cx - (p.X-cx-c.view.Pan.X)*vg.Length(factor)
	c.view.Pan.Y = p.Y - cy - (p.Y-cy-c.view.Pan.Y)*vg.Length(factor)
	c.view.Zoom = z
	c.scene = nil
	c.raster.Refresh()
}

// Dragged pans the view, or moves and pins the node the drag began on.
func (c *networkCanvas) Dragged(ev *fyne.DragEvent) {
	if !c.dragging {
		c.dragging = true
		start := ev.Position.Subtract(ev.Dragged)
		c.drag = -1
		if id, ok := c.currentScene().NodeAt(c.point(start)); ok {
			c.drag = id
		}
	}
	if c.drag > 0 {
		c.moveNode(c.drag, ev.Position)
		return
	}
	c.view.Pan.X += vg.Length(ev.Dragged.DX * unitPoints)
	c.view.Pan.Y -= vg.Length(ev.Dragged.DY * unitPoints)
	c.scene = nil
	c.raster.Refresh()
}

// DragEnd ends a pan or a node move.
func (c *networkCanvas) DragEnd() { c.dragging, c.drag = false, 0 }

func (c *networkCanvas) moveNode(id int64, pos fyne.Position) {
	x, y := c.currentScene().ToLayout(c.point(pos))
	for i := range c.net.Nodes {
		if c.net.Nodes[i].ID == id {
			c.net.Nodes[i].X, c.net.Nodes[i].Y = x, y
		}
	}
	if c.onPin != nil {
		c.onPin(id, x, y)
	}
	c.scene = nil
	c.raster.Refresh()
}

// MouseIn implements desktop.Hoverable.
func (c *networkCanvas) MouseIn(ev *desktop.MouseEvent) { c.MouseMoved(ev) }

// MouseMoved highlights the node under the pointer and its neighbours.
func (c *networkCanvas) MouseMoved(ev *desktop.MouseEvent) {
	id, _ := c.currentScene().NodeAt(c.point(ev.Position))
	if id == c.hl.Hover {
		return
	}
	if c.onHover != nil {
		c.onHover(id)
	}
}

// MouseOut implements desktop.Hoverable.
func (c *networkCanvas) MouseOut() {
	if c.hl.Hover != 0 && c.onHover != nil {
		c.onHover(0)
	}
}
