package story

import (
	"math/rand/v2"
	"testing"

	"newsline/data"
)

// randomGraph returns n actors and m distinct random edges, seeded.
func randomGraph(n, m int, seed uint64) data.Graph {
	rnd := rand.New(rand.NewPCG(seed, 1))
	types := []string{data.ActorPerson, data.ActorOrg, data.ActorGPE, data.ActorLoc}
	var g data.Graph
	for i := 1; i <= n; i++ {
		g.Nodes = append(g.Nodes, data.GraphNode{ID: int64(i), Name: "actor", Type: types[i%4], Mentions: 1 + rnd.IntN(50)})
	}
	seen := map[[2]int64]bool{}
	for len(g.Edges) < m {
		a, b := int64(1+rnd.IntN(n)), int64(1+rnd.IntN(n))
		if a == b {
			continue
		}
		a, b = min(a, b), max(a, b)
		if seen[[2]int64{a, b}] {
			continue
		}
		seen[[2]int64{a, b}] = true
		w := 1 + rnd.IntN(5)
		g.Edges = append(g.Edges, data.GraphEdge{A: a, B: b, Weight: w, Sentences: []int64{int64(len(g.Edges))}})
	}
	return g
}

// pathGraph is 1-2-3-...-n with unit weights.
func pathGraph(n int) data.Graph {
	var g data.Graph
	for i := 1; i <= n; i++ {
		g.Nodes = append(g.Nodes, data.GraphNode{ID: int64(i), Type: data.ActorPerson, Mentions: 1})
		if i > 1 {
			g.Edges = append(g.Edges, data.GraphEdge{A: int64(i - 1), B: int64(i), Weight: 1})
		}
	}
	return g
}

// twoCliques is two k-cliques, ids 1..k and k+1..2k, joined by edge 1-(k+1).
func twoCliques(k int) data.Graph {
	var g data.Graph
	for i := 1; i <= 2*k; i++ {
		g.Nodes = append(g.Nodes, data.GraphNode{ID: int64(i), Type: data.ActorOrg, Mentions: 2})
	}
	for c := 0; c < 2; c++ {
		for i := 1; i <= k; i++ {
			for j := i + 1; j <= k; j++ {
				g.Edges = append(g.Edges, data.GraphEdge{A: int64(c*k + i), B: int64(c*k + j), Weight: 3})
			}
		}
	}
	g.Edges = append(g.Edges, data.GraphEdge{A: 1, B: int64(k + 1), Weight: 1})
	return g
}

func TestNewNetworkDropsDanglingEdges(t *testing.T) {
	g := pathGraph(3)
	g.Edges = append(g.Edges, data.GraphEdge{A: 3, B: 99, Weight: 1}, data.GraphEdge{A: 2, B: 2, Weight: 1})
	n := NewNetwork(g)
	if len(n.Edges) != 2 || n.G.Edges().Len() != 2 {
		t.Fatalf("edges = %d (gonum %d), want 2", len(n.Edges), n.G.Edges().Len())
	}
	if got := n.Neighbours(2); len(got) != 2 || got[0] != 1 || got[1] != 3 {
		t.Errorf("neighbours of 2 = %v, want [1 3]", got)
	}
}

func TestSubset(t *testing.T) {
	g := pathGraph(4)
	g.Edges[1].Weight = 5
	g.Nodes[3].Type = data.ActorGPE
	n := NewNetwork(g).Subset(2, map[string]bool{data.ActorPerson: true})
	if len(n.Nodes) != 3 || len(n.Edges) != 1 || n.Edges[0].A != 2 {
		t.Errorf("subset = %d nodes %v edges, want 3 nodes and edge 2-3", len(n.Nodes), n.Edges)
	}
}
