package story

import (
	"context"
	"sort"

	"gonum.org/v1/gonum/graph/simple"

	"newsline/data"
)

// Network is an actor graph: the store's nodes and edges and the same
// graph as a gonum weighted undirected graph whose node ids are actor ids.
type Network struct {
	Nodes []data.GraphNode // ascending id
	Edges []data.GraphEdge // ascending (A, B)
	G     *simple.WeightedUndirectedGraph
	index map[int64]int
}

// NewNetwork builds the gonum graph of g. Edges whose endpoints are not
// among g's nodes, self loops and non-positive weights are dropped.
func NewNetwork(g data.Graph) *Network {
	n := &Network{
		G:     simple.NewWeightedUndirectedGraph(0, 0),
		index: make(map[int64]int, len(g.Nodes)),
	}
	n.Nodes = append(n.Nodes, g.Nodes...)
	sort.Slice(n.Nodes, func(i, j int) bool { return n.Nodes[i].ID < n.Nodes[j].ID })
	for i, node := range n.Nodes {
		n.index[node.ID] = i
		n.G.AddNode(simple.Node(node.ID))
	}
	for _, e := range g.Edges {
		_, okA := n.index[e.A]
		_, okB := n.index[e.B]
		if !okA || !okB || e.A == e.B || e.Weight <= 0 {
			continue
		}
		n.Edges = append(n.Edges, e)
		n.G.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(e.A), T: simple.Node(e.B), W: float64(e.Weight)})
	}
	return n
}

// Node returns the node with the given actor id.
func (n *Network) Node(id int64) (data.GraphNode, bool) {
	i, ok := n.index[id]
	if !ok {
		return data.GraphNode{}, false
	}
	return n.Nodes[i], true
}

// Subset returns the network of the edges of at least minWeight between
// actors whose type is in types (all types when types is nil). Nodes left
// without edges are kept, so that a rarely linked actor stays visible.
func (n *Network) Subset(minWeight int, types map[string]bool) *Network {
	var g data.Graph
	for _, node := range n.Nodes {
		if types == nil || types[node.Type] {
			g.Nodes = append(g.Nodes, node)
		}
	}
	for _, e := range n.Edges {
		if e.Weight >= minWeight {
			g.Edges = append(g.Edges, e)
		}
	}
	return NewNetwork(g)
}

// Neighbours returns the ids of the actors linked to id, ascending.
func (n *Network) Neighbours(id int64) []int64 {
	var out []int64
	it := n.G.From(id)
	for it.Next() {
		out = append(out, it.Node().ID())
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// seed derives a deterministic random seed from the sorted node ids, so
// that the same case always gives the same layout and communities.
func (n *Network) seed() uint64 {
	h := uint64(14695981039346656037)
	for _, node := range n.Nodes {
		h ^= uint64(node.ID)
		h *= 1099511628211
	}
	return h
}

// Analysis is a network with its metrics and layout, ready to show or
// export.
type Analysis struct {
	Network   *Network
	Metrics   Metrics
	Positions map[int64]Point
}

// Analyze builds the network of g, lays it out and computes its metrics.
// Progress, if set in opt, reports the layout's progress.
func Analyze(ctx context.Context, g data.Graph, opt LayoutOptions) (*Analysis, error) {
	n := NewNetwork(g)
	pos, err := Layout(ctx, n, opt)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return &Analysis{Network: n, Metrics: ComputeMetrics(n), Positions: pos}, nil
}
