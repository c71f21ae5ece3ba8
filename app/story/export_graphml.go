package story

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
)

type graphmlDoc struct {
	XMLName xml.Name     `xml:"graphml"`
	XMLNS   string       `xml:"xmlns,attr"`
	Keys    []graphmlKey `xml:"key"`
	Graph   graphmlGraph `xml:"graph"`
}

type graphmlKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
}

type graphmlGraph struct {
	ID          string        `xml:"id,attr"`
	EdgeDefault string        `xml:"edgedefault,attr"`
	Nodes       []graphmlNode `xml:"node"`
	Edges       []graphmlEdge `xml:"edge"`
}

type graphmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

type graphmlNode struct {
	ID   string        `xml:"id,attr"`
	Data []graphmlData `xml:"data"`
}

type graphmlEdge struct {
	ID     string        `xml:"id,attr"`
	Source string        `xml:"source,attr"`
	Target string        `xml:"target,attr"`
	Data   []graphmlData `xml:"data"`
}

// graphmlTypes maps GEXF attribute types to GraphML's.
var graphmlTypes = map[string]string{"string": "string", "integer": "int", "double": "double"}

// WriteGraphML writes a as GraphML: node label, the attributes of the GEXF
// export and the layout position; edge weight and sentence ids.
func WriteGraphML(w io.Writer, a *Analysis) error {
	doc := graphmlDoc{XMLNS: "http://graphml.graphdrawing.org/xmlns"}
	doc.Keys = append(doc.Keys, graphmlKey{"label", "node", "label", "string"})
	for _, attr := range nodeAttrs {
		doc.Keys = append(doc.Keys, graphmlKey{attr.ID, "node", attr.ID, graphmlTypes[attr.Type]})
	}
	doc.Keys = append(doc.Keys, graphmlKey{"x", "node", "x", "double"}, graphmlKey{"y", "node", "y", "double"},
		graphmlKey{"weight", "edge", "weight", "double"}, graphmlKey{"sentences", "edge", "sentences", "string"})
	doc.Graph = graphmlGraph{ID: "actors", EdgeDefault: "undirected"}
	for _, node := range a.Network.Nodes {
		gn := graphmlNode{ID: "n" + id(node.ID), Data: []graphmlData{{"label", node.Name}}}
		for i, v := range a.attrValues(node.ID) {
			gn.Data = append(gn.Data, graphmlData{nodeAttrs[i].ID, v})
		}
		p := a.Positions[node.ID]
		gn.Data = append(gn.Data, graphmlData{"x", num(round(p.X))}, graphmlData{"y", num(round(p.Y))})
		doc.Graph.Nodes = append(doc.Graph.Nodes, gn)
	}
	for i, e := range a.Network.Edges {
		doc.Graph.Edges = append(doc.Graph.Edges, graphmlEdge{
			ID: "e" + strconv.Itoa(i), Source: "n" + id(e.A), Target: "n" + id(e.B),
			Data: []graphmlData{{"weight", strconv.Itoa(e.Weight)}, {"sentences", joinIDs(e.Sentences)}},
		})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("write graphml: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write graphml: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}
