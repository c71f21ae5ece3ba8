package story

import (
	"math"
	"testing"

	"newsline/data"
)

func TestMetricsStar(t *testing.T) {
	// Centre 1 with leaves 2..5: every leaf pair's only shortest path runs
	// through the centre, C(4,2) = 6 pairs.
	g := data.Graph{Nodes: []data.GraphNode{{ID: 1}, {ID: 2}, {ID: 3}, {ID: 4}, {ID: 5}}}
	for i := int64(2); i <= 5; i++ {
		g.Edges = append(g.Edges, data.GraphEdge{A: 1, B: i, Weight: int(i)})
	}
	m := ComputeMetrics(NewNetwork(g))
	c := m.Nodes[1]
	if c.Degree != 4 || c.WeightedDegree != 14 || c.Betweenness != 6 {
		t.Errorf("centre = %+v, want degree 4, weighted 14, betweenness 6", c)
	}
	for i := int64(2); i <= 5; i++ {
		if l := m.Nodes[i]; l.Degree != 1 || l.Betweenness != 0 || l.PageRank >= c.PageRank {
			t.Errorf("leaf %d = %+v, want degree 1, betweenness 0, PageRank below the centre's %v", i, l, c.PageRank)
		}
	}
	var sum float64
	for _, nm := range m.Nodes {
		sum += nm.PageRank
	}
	if math.Abs(sum-1) > 1e-6 {
		t.Errorf("PageRank sums to %v, want 1", sum)
	}
}

func TestMetricsPath(t *testing.T) {
	// Path 1-2-3-4-5: node k lies between (k-1)*(5-k) pairs.
	m := ComputeMetrics(NewNetwork(pathGraph(5)))
	want := map[int64]float64{1: 0, 2: 3, 3: 4, 4: 3, 5: 0}
	for id, b := range want {
		if got := m.Nodes[id].Betweenness; got != b {
			t.Errorf("betweenness of %d = %v, want %v", id, got, b)
		}
	}
	if m.Nodes[3].Degree != 2 || m.Nodes[1].Degree != 1 {
		t.Errorf("degrees = %d, %d, want 2, 1", m.Nodes[3].Degree, m.Nodes[1].Degree)
	}
}

func TestCommunitiesTwoCliques(t *testing.T) {
	n := NewNetwork(twoCliques(5))
	m := ComputeMetrics(n)
	if m.Communities != 2 {
		t.Fatalf("communities = %d, want 2", m.Communities)
	}
	for i := int64(1); i <= 10; i++ {
		want := m.Nodes[1].Community
		if i > 5 {
			want = 1 - want
		}
		if got := m.Nodes[i].Community; got != want {
			t.Errorf("community of %d = %d, want %d", i, got, want)
		}
	}
	if m.Modularity < 0.4 {
		t.Errorf("modularity = %v, want above 0.4", m.Modularity)
	}
	// The bridge ends carry all cross-clique paths: 1 + 4 + 4*5... at least
	// more than any other node.
	if m.Nodes[1].Betweenness <= m.Nodes[2].Betweenness || m.Nodes[6].Betweenness != m.Nodes[1].Betweenness {
		t.Errorf("bridge betweenness = %v, %v, inner %v", m.Nodes[1].Betweenness, m.Nodes[6].Betweenness, m.Nodes[2].Betweenness)
	}
}

func TestMetricsDeterministic(t *testing.T) {
	g := randomGraph(150, 600, 3)
	a, b := ComputeMetrics(NewNetwork(g)), ComputeMetrics(NewNetwork(g))
	for id, x := range a.Nodes {
		y := b.Nodes[id]
		// gonum sums in map order: the last digits may vary, and PageRank
		// stops within its tolerance.
		if math.Abs(x.PageRank-y.PageRank) > 1e-6*x.PageRank || !near(x.Betweenness, y.Betweenness) {
			t.Fatalf("node %d: %+v then %+v", id, x, y)
		}
		if x.Degree != y.Degree || x.WeightedDegree != y.WeightedDegree || x.Community != y.Community {
			t.Fatalf("node %d: %+v then %+v", id, x, y)
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(a)) }

func TestMetricsEmpty(t *testing.T) {
	m := ComputeMetrics(NewNetwork(data.Graph{}))
	if len(m.Nodes) != 0 || m.Communities != 0 {
		t.Errorf("empty metrics = %+v", m)
	}
}
