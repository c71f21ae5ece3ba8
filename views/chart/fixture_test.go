package chart

import (
	"math"

	"newsline/data"
)

// day parses a TIMEX3 date for fixtures.
func day(v string) data.Day { return data.ParseValue(v).Start }

// demoCounts are mention counts of the demo story's actors.
var demoCounts = []data.ActorCount{
	{ID: 1, Name: "Kim Jong Un", Type: "PERSON", Count: 142},
	{ID: 2, Name: "Vladimir Putin", Type: "PERSON", Count: 131},
	{ID: 6, Name: "Russia", Type: "GPE", Count: 97},
	{ID: 5, Name: "North Korea", Type: "GPE", Count: 88},
	{ID: 3, Name: "Sergei Shoigu", Type: "PERSON", Count: 41},
	{ID: 7, Name: "Vostochny Cosmodrome", Type: "LOC", Count: 33},
	{ID: 8, Name: "United States", Type: "GPE", Count: 30},
	{ID: 4, Name: "Sergei Lavrov", Type: "PERSON", Count: 22},
	{ID: 9, Name: "Wagner Group", Type: "ORG", Count: 17},
	{ID: 10, Name: "White House", Type: "ORG", Count: 15},
	{ID: 11, Name: "John Kirby", Type: "PERSON", Count: 12},
	{ID: 12, Name: "Pyongyang", Type: "GPE", Count: 9},
}

// demoSeries returns weekly or monthly series between July and October
// 2023 for three actors, or for event types when types is set.
func demoSeries(bin data.Bin, labels []string) []data.Series {
	var out []data.Series
	for k, l := range labels {
		s := data.Series{ActorID: int64(k + 1), Label: l}
		i := 0
		for d := bin.Start(day("2023-07-03")); d < day("2023-10-30"); d = bin.Next(d) {
			peak := math.Exp(-math.Pow(float64(d-day("2023-09-13"))/20, 2))
			n := int(float64(30-8*k)*peak) + (i*7+k*3)%5
			s.Bins = append(s.Bins, data.BinCount{Start: d, Count: n})
			i++
		}
		out = append(out, s)
	}
	return out
}

var demoActors = []string{"Kim Jong Un", "Vladimir Putin", "Sergei Shoigu"}

var demoEventTypes = []string{"MEET", "VISIT", "TRAVEL", "STATEMENT", "TRANSFER"}

// demoNetwork is the demo story's actor network with a hand-made layout.
func demoNetwork(by ColorBy) Network {
	type n struct {
		name, typ string
		m, comm   int
		x, y      float64
	}
	nodes := []n{
		{"Kim Jong Un", "PERSON", 142, 0, 0, 0}, {"Vladimir Putin", "PERSON", 131, 0, 40, 5},
		{"Russia", "GPE", 97, 1, 60, -30}, {"North Korea", "GPE", 88, 0, -30, -25},
		{"Sergei Shoigu", "PERSON", 41, 1, 30, -50}, {"Vostochny Cosmodrome", "LOC", 33, 0, 20, 30},
		{"United States", "GPE", 30, 2, -60, 40}, {"Sergei Lavrov", "PERSON", 22, 1, 75, 10},
		{"Wagner Group", "ORG", 17, 1, 90, -40}, {"White House", "ORG", 15, 2, -80, 20},
		{"John Kirby", "PERSON", 12, 2, -75, 60}, {"Pyongyang", "GPE", 9, 0, -10, -55},
		{"Ukraine", "GPE", 25, 1, 95, -10},
	}
	net := Network{ColorBy: by}
	for i, v := range nodes {
		net.Nodes = append(net.Nodes, NetworkNode{ID: int64(i + 1), Name: v.name, Type: v.typ, Mentions: v.m, Community: v.comm, X: v.x, Y: v.y})
	}
	edges := [][3]int{{1, 2, 40}, {1, 4, 25}, {2, 3, 30}, {1, 6, 12}, {2, 6, 12}, {2, 5, 9}, {5, 4, 6},
		{5, 12, 5}, {3, 9, 7}, {3, 13, 14}, {2, 8, 8}, {8, 4, 3}, {7, 10, 9}, {10, 11, 8}, {7, 4, 6},
		{11, 1, 4}, {7, 3, 5}, {9, 13, 6}, {12, 1, 3}}
	for _, e := range edges {
		net.Edges = append(net.Edges, NetworkEdge{A: int64(e[0]), B: int64(e[1]), Weight: e[2]})
	}
	return net
}
