package app

import (
	"context"
	"image/color"

	"newsline/app/story"
	"newsline/data"
	"newsline/views"
	"newsline/views/chart"
)

// analyzeNetwork is the app's views.NetworkAnalyzer: app/story's layout and
// metrics over the requested graph, as the chart package's nodes and edges.
func analyzeNetwork(ctx context.Context, req views.NetworkRequest) (chart.Network, error) {
	prev := make(map[int64]story.Point, len(req.Previous))
	for id, p := range req.Previous {
		prev[id] = story.Point{X: p[0], Y: p[1]}
	}
	a, err := story.Analyze(ctx, req.Graph, story.LayoutOptions{Previous: prev, Pinned: req.Pinned, Progress: req.Progress})
	if err != nil {
		return chart.Network{}, err
	}
	return chartNetwork(a), nil
}

// chartNetwork converts an analysed network to the chart package's form.
func chartNetwork(a *story.Analysis) chart.Network {
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
	return net
}

// analyzeCase builds and analyses the network of the case under f, for the
// headless exports.
func analyzeCase(ctx context.Context, st *data.Store, f data.Filter) (*story.Analysis, error) {
	g, err := st.Graph(ctx, f, nil)
	if err != nil {
		return nil, err
	}
	return story.Analyze(ctx, g, story.LayoutOptions{})
}

// typeColors colours exported nodes by actor type, as the view does.
func typeColors(a *story.Analysis) story.ColorFunc {
	types := make(map[int64]string, len(a.Network.Nodes))
	for _, n := range a.Network.Nodes {
		types[n.ID] = n.Type
	}
	return func(id int64) color.Color { return chart.ActorColor(types[id]) }
}
