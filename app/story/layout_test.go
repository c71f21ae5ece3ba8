package story

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/graph/layout"
)

func TestLayoutDeterministicAndFinite(t *testing.T) {
	n := NewNetwork(randomGraph(300, 1200, 7))
	a, err := Layout(context.Background(), n, LayoutOptions{})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Layout(context.Background(), n, LayoutOptions{})
	for id, p := range a {
		if math.IsNaN(p.X+p.Y) || math.IsInf(p.X+p.Y, 0) {
			t.Fatalf("node %d at %v", id, p)
		}
		if b[id] != p {
			t.Fatalf("node %d at %v then %v", id, p, b[id])
		}
	}
	if len(a) != 300 {
		t.Errorf("%d positions, want 300", len(a))
	}
}

func TestLayoutPinnedAndWarmStart(t *testing.T) {
	n := NewNetwork(randomGraph(100, 300, 9))
	first, _ := Layout(context.Background(), n, LayoutOptions{})
	pin := first[5]
	pin.X += 40
	prev := map[int64]Point{}
	for id, p := range first {
		prev[id] = p
	}
	prev[5] = pin
	var calls int
	next, err := Layout(context.Background(), n, LayoutOptions{
		Previous: prev, Pinned: map[int64]bool{5: true},
		Progress: func(float64) { calls++ },
	})
	if err != nil {
		t.Fatal(err)
	}
	if next[5] != pin {
		t.Errorf("pinned node moved from %v to %v", pin, next[5])
	}
	if calls != 6 {
		t.Errorf("%d progress calls for a warm start, want 6 (60 iterations)", calls)
	}
	if d := meanShift(first, next); d > 0.2*spread(first) {
		t.Errorf("warm start moved nodes by %.1f on average, spread %.1f", d, spread(first))
	}
}

func TestLayoutCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Layout(ctx, NewNetwork(randomGraph(50, 100, 1)), LayoutOptions{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

// TestLayoutBeatsEades compares with gonum's EadesR2 on two cliques joined
// by one edge: the distance between the clique centres over the mean
// distance of a node to its own centre should be larger (communities read
// apart). EadesR2 gets its best result over stable rates; at the rate
// PERF-NOTES advises, 0.01, it diverges on this weighted graph.
func TestLayoutBeatsEades(t *testing.T) {
	n := NewNetwork(twoCliques(20))
	ours, _ := Layout(context.Background(), n, LayoutOptions{})
	so := separation(ours, 20)
	best := 0.0
	for _, rate := range []float64{0.01, 0.003, 0.001, 0.0003} {
		st := separation(eades(n, rate), 20)
		t.Logf("rate %v: EadesR2 separation %.2f", rate, st)
		if !math.IsNaN(st) {
			best = math.Max(best, st)
		}
	}
	t.Logf("ForceAtlas2-style separation %.2f, best EadesR2 %.2f", so, best)
	if so <= best {
		t.Errorf("separation %.2f not better than EadesR2's %.2f", so, best)
	}
}

func eades(n *Network, rate float64) map[int64]Point {
	e := layout.EadesR2{Repulsion: 1, Rate: rate, Updates: 200, Theta: 0.2, Src: rand.NewPCG(1, 2)}
	opt := layout.NewOptimizerR2(n.G, e.Update)
	for opt.Update() {
	}
	out := map[int64]Point{}
	for _, node := range n.Nodes {
		c := opt.Coord2(node.ID)
		out[node.ID] = Point{c.X, c.Y}
	}
	return out
}

func separation(pos map[int64]Point, k int) float64 {
	var c [2]Point
	for id, p := range pos {
		i := 0
		if id > int64(k) {
			i = 1
		}
		c[i].X += p.X / float64(k)
		c[i].Y += p.Y / float64(k)
	}
	var within float64
	for id, p := range pos {
		i := 0
		if id > int64(k) {
			i = 1
		}
		within += math.Hypot(p.X-c[i].X, p.Y-c[i].Y) / float64(2*k)
	}
	return math.Hypot(c[0].X-c[1].X, c[0].Y-c[1].Y) / within
}

func meanShift(a, b map[int64]Point) float64 {
	var s float64
	for id, p := range a {
		s += math.Hypot(p.X-b[id].X, p.Y-b[id].Y)
	}
	return s / float64(len(a))
}

func spread(pos map[int64]Point) float64 {
	minX, maxX := math.Inf(1), math.Inf(-1)
	for _, p := range pos {
		minX, maxX = math.Min(minX, p.X), math.Max(maxX, p.X)
	}
	return maxX - minX
}

// BenchmarkBuildLayout1k10k is the speed goal: build the network of 1,000
// actors and 10,000 edges and lay it out from scratch in under 1 s.
func BenchmarkBuildLayout1k10k(b *testing.B) {
	g := randomGraph(1000, 10000, 42)
	for b.Loop() {
		n := NewNetwork(g)
		if _, err := Layout(context.Background(), n, LayoutOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMetrics1k10k(b *testing.B) {
	n := NewNetwork(randomGraph(1000, 10000, 42))
	for b.Loop() {
		ComputeMetrics(n)
	}
}
