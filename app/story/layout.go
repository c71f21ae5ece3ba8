package story

import (
	"context"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"

	"gonum.org/v1/gonum/spatial/r2"
)

// Point is a position in the layout plane.
type Point struct{ X, Y float64 }

// LayoutOptions tune Layout.
type LayoutOptions struct {
	// Iterations bounds the work; 0 means 200 from scratch and 60 when
	// most nodes start from a Previous position.
	Iterations int
	// Previous positions to start from, typically the layout shown before
	// the filter changed. New nodes start next to a placed neighbour.
	Previous map[int64]Point
	// Pinned nodes keep their Previous position.
	Pinned map[int64]bool
	// Progress, when set, is called from the layout goroutine with the
	// fraction done.
	Progress func(done float64)
}

// Layout places the nodes of n with a ForceAtlas2-style force-directed
// layout: degree-weighted repulsion approximated with gonum's Barnes-Hut
// plane, attraction linear in distance and logarithmic in edge weight,
// gravity to the centre and ForceAtlas2's adaptive speed. Unlike gonum's
// EadesR2 it can start from previous positions and pin nodes, and it does
// not diverge on large graphs (see PERF-NOTES). The start is seeded from
// the node ids: the same network always gets the same picture. It stops
// early with ctx's error when ctx is cancelled.
func Layout(ctx context.Context, n *Network, opt LayoutOptions) (map[int64]Point, error) {
	l := newForceLayout(n, opt)
	iters := opt.Iterations
	if iters <= 0 {
		iters = 200
		if l.warm {
			iters = 60
		}
	}
	for it := 0; it < iters; it++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		l.step()
		if opt.Progress != nil && (it%10 == 9 || it == iters-1) {
			opt.Progress(float64(it+1) / float64(iters))
		}
	}
	l.tuck()
	return l.positions(), nil
}

// tuck brings nodes that repulsion pushed far out (isolated actors and
// small components, which ForceAtlas2's gravity holds only weakly) back to
// just outside the bulk of the graph, on the same bearing, so that they do
// not squeeze the picture into a corner. Pinned nodes stay put.
func (l *forceLayout) tuck() {
	if len(l.pos) < 4 {
		return
	}
	var c r2.Vec
	for _, p := range l.pos {
		c = r2.Add(c, p)
	}
	c = scaled(c, 1/float64(len(l.pos)))
	radii := make([]float64, len(l.pos))
	for i, p := range l.pos {
		radii[i] = norm(r2.Sub(p, c))
	}
	sorted := append([]float64(nil), radii...)
	slices.Sort(sorted)
	limit := 1.15 * sorted[len(sorted)*9/10]
	for i, r := range radii {
		if r > limit && !l.pinned[i] {
			l.pos[i] = r2.Add(c, scaled(r2.Sub(l.pos[i], c), limit/r))
		}
	}
}

// Layout constants, after ForceAtlas2 (Jacomy et al. 2014).
const (
	faTheta     = 1.2 // Barnes-Hut accuracy
	faGravity   = 1.0
	faTolerance = 1.0  // jitter tolerance
	faMaxStep   = 50.0 // safety bound on one node's move per step
)

func isFinite(v r2.Vec) bool            { return !math.IsNaN(v.X+v.Y) && !math.IsInf(v.X+v.Y, 0) }
func logWeight(w int) float64           { return 1 + math.Log(float64(w)) }
func sqr(v r2.Vec) float64              { return v.X*v.X + v.Y*v.Y }
func norm(v r2.Vec) float64             { return math.Sqrt(sqr(v)) }
func scaled(v r2.Vec, f float64) r2.Vec { return r2.Vec{X: v.X * f, Y: v.Y * f} }

type faEdge struct {
	i, j int
	w    float64
}

// forceLayout is the state of one layout run.
type forceLayout struct {
	ids                    []int64
	pos                    []r2.Vec
	mass                   []float64 // degree + 1
	pinned                 []bool
	edges                  []faEdge
	force, prev            []r2.Vec
	scaling                float64
	speed, speedEfficiency float64
	rnd                    *rand.Rand
	warm                   bool
}

func newForceLayout(n *Network, opt LayoutOptions) *forceLayout {
	k := len(n.Nodes)
	l := &forceLayout{
		scaling: 2, speed: 1, speedEfficiency: 1,
		rnd:   rand.New(rand.NewPCG(n.seed(), 0x6c61796f7574)),
		pos:   make([]r2.Vec, k),
		mass:  make([]float64, k),
		force: make([]r2.Vec, k),
		prev:  make([]r2.Vec, k),
	}
	if k < 100 {
		l.scaling = 10 // small graphs need more room, as in Gephi
	}
	index := make(map[int64]int, k)
	for i, node := range n.Nodes {
		index[node.ID] = i
		l.ids = append(l.ids, node.ID)
		l.mass[i] = 1
	}
	for _, e := range n.Edges {
		i, j := index[e.A], index[e.B]
		l.edges = append(l.edges, faEdge{i: i, j: j, w: logWeight(e.Weight)})
		l.mass[i]++
		l.mass[j]++
	}
	l.place(n, opt, index)
	return l
}

// place sets the start positions: previous ones where known, next to a
// placed neighbour for new nodes, otherwise seeded random in a square that
// grows with the number of nodes.
func (l *forceLayout) place(n *Network, opt LayoutOptions, index map[int64]int) {
	placed := make([]bool, len(l.ids))
	known := 0
	for i, id := range l.ids {
		if p, ok := opt.Previous[id]; ok && isFinite(r2.Vec{X: p.X, Y: p.Y}) {
			l.pos[i], placed[i] = r2.Vec{X: p.X, Y: p.Y}, true
			known++
		}
	}
	l.warm = known > 0 && known*5 >= len(l.ids)*4
	l.pinned = make([]bool, len(l.ids))
	for i, id := range l.ids {
		l.pinned[i] = placed[i] && opt.Pinned[id]
	}
	side := 10 * math.Sqrt(float64(len(l.ids))+1)
	for i, id := range l.ids {
		if placed[i] {
			continue
		}
		l.pos[i] = r2.Vec{X: (l.rnd.Float64() - 0.5) * side, Y: (l.rnd.Float64() - 0.5) * side}
		for _, nb := range n.Neighbours(id) {
			if j := index[nb]; placed[j] {
				l.pos[i] = r2.Add(l.pos[j], l.jitter(1))
				break
			}
		}
	}
}

func (l *forceLayout) jitter(size float64) r2.Vec {
	return r2.Vec{X: (l.rnd.Float64() - 0.5) * size, Y: (l.rnd.Float64() - 0.5) * size}
}

// step computes the forces and moves every free node once.
func (l *forceLayout) step() {
	l.separate()
	copy(l.prev, l.force)
	l.repulse()
	l.attract()
	l.gravitate()
	l.move()
}

// separate nudges nodes sitting exactly on top of each other, which no
// force could pull apart, and resets any non-finite position.
func (l *forceLayout) separate() {
	seen := make(map[r2.Vec]bool, len(l.pos))
	for i := range l.pos {
		if !isFinite(l.pos[i]) {
			l.pos[i] = l.jitter(1)
		}
		for seen[l.pos[i]] {
			l.pos[i] = r2.Add(l.pos[i], l.jitter(1e-3))
		}
		seen[l.pos[i]] = true
	}
}

// repulse sets each force to the degree-weighted repulsion of all other
// nodes, spread over the available cores.
func (l *forceLayout) repulse() {
	tree := newBHTree(l.pos, l.mass)
	workers := min(runtime.GOMAXPROCS(0), 1+len(l.pos)/200)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			stack := make([]int, 0, 64)
			for i := w; i < len(l.pos); i += workers {
				l.force[i] = tree.repulsion(i, faTheta, l.scaling, stack)
			}
		}(w)
	}
	wg.Wait()
}

func (l *forceLayout) attract() {
	for _, e := range l.edges {
		f := scaled(r2.Sub(l.pos[e.j], l.pos[e.i]), e.w)
		l.force[e.i] = r2.Add(l.force[e.i], f)
		l.force[e.j] = r2.Sub(l.force[e.j], f)
	}
}

func (l *forceLayout) gravitate() {
	for i, p := range l.pos {
		if d := norm(p); d > 0 {
			l.force[i] = r2.Sub(l.force[i], scaled(p, faGravity*l.mass[i]/d))
		}
	}
}

// move adapts the global speed as ForceAtlas2 does (swinging against
// traction) and moves each free node by its force times its own speed.
func (l *forceLayout) move() {
	var swing, traction float64
	for i, m := range l.mass {
		if !isFinite(l.force[i]) {
			l.force[i] = r2.Vec{}
		}
		swing += m * norm(r2.Sub(l.force[i], l.prev[i]))
		traction += m * norm(r2.Add(l.force[i], l.prev[i])) / 2
	}
	l.adaptSpeed(swing, traction)
	for i, m := range l.mass {
		if l.pinned[i] {
			continue
		}
		s := m * norm(r2.Sub(l.force[i], l.prev[i]))
		d := scaled(l.force[i], l.speed/(1+math.Sqrt(l.speed*s)))
		if dn := norm(d); dn > faMaxStep {
			d = scaled(d, faMaxStep/dn)
		}
		if next := r2.Add(l.pos[i], d); isFinite(next) {
			l.pos[i] = next
		}
	}
}

func (l *forceLayout) adaptSpeed(swing, traction float64) {
	if swing <= 0 || traction <= 0 {
		return
	}
	n := float64(len(l.pos))
	estimated := 0.05 * math.Sqrt(n)
	jt := faTolerance * math.Max(math.Sqrt(estimated), math.Min(10, estimated*traction/(n*n)))
	if swing/traction > 2 {
		if l.speedEfficiency > 0.05 {
			l.speedEfficiency *= 0.5
		}
		jt = math.Max(jt, faTolerance)
	}
	target := jt * l.speedEfficiency * traction / swing
	if swing > jt*traction {
		if l.speedEfficiency > 0.05 {
			l.speedEfficiency *= 0.7
		}
	} else if l.speed < 1000 {
		l.speedEfficiency *= 1.3
	}
	l.speed += math.Min(target-l.speed, 0.5*l.speed)
}

func (l *forceLayout) positions() map[int64]Point {
	out := make(map[int64]Point, len(l.ids))
	for i, id := range l.ids {
		out[id] = Point{X: l.pos[i].X, Y: l.pos[i].Y}
	}
	return out
}
