package story

import (
	"math"

	"gonum.org/v1/gonum/spatial/r2"
)

// bhTree is a Barnes-Hut quadtree over weighted bodies for the layout's
// repulsion. gonum's spatial/barneshut divides a leaf's centre by its mass
// (v0.17.0), which misplaces bodies whose mass is not 1, and ForceAtlas2
// weights repulsion by degree, hence this small tree.
type bhTree struct {
	cells []bhCell
	pos   []r2.Vec
	mass  []float64
}

// bhCell is a square cell of the tree.
type bhCell struct {
	cx, cy, half float64 // centre and half side of the square
	x, y, mass   float64 // centre of mass (a mass-weighted sum until finish) and total mass
	n            int     // number of bodies inside
	body         int     // the only body of a leaf, or -1
	child        [4]int  // indexes of the sub-cells, 0 when absent
}

// bhMaxDepth stops splitting bodies that are closer than float precision
// can tell apart; such bodies share one aggregate leaf.
const bhMaxDepth = 48

func newBHTree(pos []r2.Vec, mass []float64) *bhTree {
	t := &bhTree{pos: pos, mass: mass, cells: make([]bhCell, 1, 2*len(pos)+1)}
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range pos {
		minX, maxX = math.Min(minX, p.X), math.Max(maxX, p.X)
		minY, maxY = math.Min(minY, p.Y), math.Max(maxY, p.Y)
	}
	half := math.Max(maxX-minX, maxY-minY)/2 + 1e-9
	t.cells[0] = bhCell{cx: (minX + maxX) / 2, cy: (minY + maxY) / 2, half: half, body: -1}
	for i := range pos {
		t.insert(0, i, 0)
	}
	for i := range t.cells {
		if c := &t.cells[i]; c.mass > 0 {
			c.x, c.y = c.x/c.mass, c.y/c.mass
		}
	}
	return t
}

func (t *bhTree) insert(c, i, depth int) {
	p, m := t.pos[i], t.mass[i]
	cell := &t.cells[c]
	cell.x, cell.y, cell.mass = cell.x+m*p.X, cell.y+m*p.Y, cell.mass+m
	cell.n++
	switch {
	case cell.n == 1:
		cell.body = i
		return
	case depth >= bhMaxDepth:
		cell.body = -1
		return
	}
	if b := cell.body; b >= 0 {
		cell.body = -1
		t.push(c, b, depth)
	}
	t.push(c, i, depth)
}

// push inserts body i into the sub-cell of c that holds its position.
func (t *bhTree) push(c, i, depth int) {
	parent := t.cells[c]
	p := t.pos[i]
	q, cx, cy, half := 0, parent.cx-parent.half/2, parent.cy-parent.half/2, parent.half/2
	if p.X >= parent.cx {
		q, cx = q+1, parent.cx+half
	}
	if p.Y >= parent.cy {
		q, cy = q+2, parent.cy+half
	}
	k := parent.child[q]
	if k == 0 {
		k = len(t.cells)
		t.cells = append(t.cells, bhCell{cx: cx, cy: cy, half: half, body: -1})
		t.cells[c].child[q] = k
	}
	t.insert(k, i, depth+1)
}

// repulsion returns the force pushing body i away from all others:
// kr·mᵢ·mⱼ/d for each, cells far enough (side/distance < theta, body
// outside) taken as one body at their centre of mass.
func (t *bhTree) repulsion(i int, theta, kr float64, stack []int) r2.Vec {
	p, mi := t.pos[i], t.mass[i]
	var f r2.Vec
	stack = append(stack[:0], 0)
	for len(stack) > 0 {
		c := &t.cells[stack[len(stack)-1]]
		stack = stack[:len(stack)-1]
		if c.n == 0 || c.body == i {
			continue
		}
		dx, dy := p.X-c.x, p.Y-c.y
		d2 := dx*dx + dy*dy
		inside := math.Abs(p.X-c.cx) <= c.half && math.Abs(p.Y-c.cy) <= c.half
		leaf := c.child == [4]int{}
		if leaf || (!inside && 4*c.half*c.half < theta*theta*d2) {
			if d2 > 0 {
				s := kr * mi * c.mass / d2
				f.X, f.Y = f.X+dx*s, f.Y+dy*s
			}
			continue
		}
		for _, k := range c.child {
			if k != 0 {
				stack = append(stack, k)
			}
		}
	}
	return f
}
