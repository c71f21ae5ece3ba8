package story

import (
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"image/color"
	"io"
	"math"
	"strconv"
	"strings"
)

// ColorFunc gives the colour of an actor in exports; nil leaves colours out.
type ColorFunc func(id int64) color.Color

// GEXF 1.3 document, as Gephi reads it.
type gexfDoc struct {
	XMLName        xml.Name  `xml:"gexf"`
	XMLNS          string    `xml:"xmlns,attr"`
	XMLNSViz       string    `xml:"xmlns:viz,attr"`
	XMLNSXSI       string    `xml:"xmlns:xsi,attr"`
	SchemaLocation string    `xml:"xsi:schemaLocation,attr"`
	Version        string    `xml:"version,attr"`
	Meta           gexfMeta  `xml:"meta"`
	Graph          gexfGraph `xml:"graph"`
}

type gexfMeta struct {
	Creator     string `xml:"creator"`
	Description string `xml:"description"`
}

type gexfGraph struct {
	DefaultEdgeType string         `xml:"defaultedgetype,attr"`
	Mode            string         `xml:"mode,attr"`
	Attributes      []gexfAttrDecl `xml:"attributes"`
	Nodes           []gexfNode     `xml:"nodes>node"`
	Edges           []gexfEdge     `xml:"edges>edge"`
}

type gexfAttrDecl struct {
	Class string     `xml:"class,attr"`
	Mode  string     `xml:"mode,attr"`
	Attrs []gexfAttr `xml:"attribute"`
}

type gexfAttr struct {
	ID    string `xml:"id,attr"`
	Title string `xml:"title,attr"`
	Type  string `xml:"type,attr"`
}

type gexfValue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

type gexfNode struct {
	ID       string      `xml:"id,attr"`
	Label    string      `xml:"label,attr"`
	Values   []gexfValue `xml:"attvalues>attvalue"`
	Size     *gexfSize   `xml:"viz:size"`
	Position *gexfPos    `xml:"viz:position"`
	Color    *gexfColor  `xml:"viz:color"`
}

type gexfSize struct {
	Value float64 `xml:"value,attr"`
}

type gexfPos struct {
	X float64 `xml:"x,attr"`
	Y float64 `xml:"y,attr"`
	Z float64 `xml:"z,attr"`
}

type gexfColor struct {
	R uint8 `xml:"r,attr"`
	G uint8 `xml:"g,attr"`
	B uint8 `xml:"b,attr"`
}

type gexfEdge struct {
	ID     string      `xml:"id,attr"`
	Source string      `xml:"source,attr"`
	Target string      `xml:"target,attr"`
	Weight float64     `xml:"weight,attr"`
	Values []gexfValue `xml:"attvalues>attvalue"`
}

// nodeAttrs are the node attributes of the GEXF and GraphML exports.
var nodeAttrs = []gexfAttr{
	{"type", "type", "string"},
	{"mentions", "mentions", "integer"},
	{"community", "community", "integer"},
	{"degree", "degree", "integer"},
	{"weighted_degree", "weighted degree", "double"},
	{"betweenness", "betweenness", "double"},
	{"pagerank", "pagerank", "double"},
}

// WriteGEXF writes a as a GEXF 1.3 file (http://gexf.net/1.3) that Gephi
// opens: node attributes type, mentions, community and the centralities,
// edge weights and the ids of their sentences, and viz position, size and
// colour.
func WriteGEXF(w io.Writer, a *Analysis, colorOf ColorFunc) error {
	doc := gexfDoc{
		XMLNS: "http://gexf.net/1.3", XMLNSViz: "http://gexf.net/1.3/viz",
		XMLNSXSI:       "http://www.w3.org/2001/XMLSchema-instance",
		SchemaLocation: "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
		Version:        "1.3",
		Meta:           gexfMeta{Creator: "Newsline", Description: "Actor co-occurrence network"},
		Graph: gexfGraph{DefaultEdgeType: "undirected", Mode: "static", Attributes: []gexfAttrDecl{
			{Class: "node", Mode: "static", Attrs: nodeAttrs},
			{Class: "edge", Mode: "static", Attrs: []gexfAttr{{"sentences", "sentences", "string"}}},
		}},
	}
	for _, node := range a.Network.Nodes {
		doc.Graph.Nodes = append(doc.Graph.Nodes, a.gexfNode(node.ID, colorOf))
	}
	for i, e := range a.Network.Edges {
		doc.Graph.Edges = append(doc.Graph.Edges, gexfEdge{
			ID: strconv.Itoa(i), Source: id(e.A), Target: id(e.B), Weight: float64(e.Weight),
			Values: []gexfValue{{"sentences", joinIDs(e.Sentences)}},
		})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("write gexf: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write gexf: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}

func (a *Analysis) gexfNode(nid int64, colorOf ColorFunc) gexfNode {
	node, _ := a.Network.Node(nid)
	vals := a.attrValues(nid)
	out := gexfNode{ID: id(nid), Label: node.Name, Size: &gexfSize{Value: NodeSize(node.Mentions)}}
	for i, attr := range nodeAttrs {
		out.Values = append(out.Values, gexfValue{attr.ID, vals[i]})
	}
	if p, ok := a.Positions[nid]; ok {
		out.Position = &gexfPos{X: round(p.X), Y: round(p.Y)}
	}
	if colorOf != nil {
		r, g, b, _ := colorOf(nid).RGBA()
		out.Color = &gexfColor{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8)}
	}
	return out
}

// attrValues formats the values of nodeAttrs for actor nid.
func (a *Analysis) attrValues(nid int64) []string {
	node, _ := a.Network.Node(nid)
	m := a.Metrics.Nodes[nid]
	return []string{
		node.Type, strconv.Itoa(node.Mentions), strconv.Itoa(m.Community), strconv.Itoa(m.Degree),
		num(m.WeightedDegree), num(m.Betweenness), num(m.PageRank),
	}
}

// NodeSize is the drawn size of an actor with the given mentions: its area
// grows with the mentions.
func NodeSize(mentions int) float64 { return round(4 + 2*math.Sqrt(float64(mentions))) }

func id(n int64) string       { return strconv.FormatInt(n, 10) }
func num(f float64) string    { return strconv.FormatFloat(f, 'g', 8, 64) }
func round(f float64) float64 { return math.Round(f*1000) / 1000 }

func joinIDs(ids []int64) string {
	s := make([]string, len(ids))
	for i, n := range ids {
		s[i] = id(n)
	}
	return strings.Join(s, " ")
}

// WriteNodesCSV writes one row per actor: id, label, type, mentions,
// community, degree, weighted degree, betweenness, PageRank, x, y.
func WriteNodesCSV(w io.Writer, a *Analysis) error {
	cw := csv.NewWriter(w)
	head := []string{"id", "label"}
	for _, attr := range nodeAttrs {
		head = append(head, attr.ID)
	}
	cw.Write(append(head, "x", "y"))
	for _, node := range a.Network.Nodes {
		p := a.Positions[node.ID]
		row := append([]string{id(node.ID), node.Name}, a.attrValues(node.ID)...)
		cw.Write(append(row, num(round(p.X)), num(round(p.Y))))
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write nodes csv: %w", err)
	}
	return nil
}

// WriteEdgesCSV writes one row per edge: source and target ids and labels,
// weight, and the ids of the sentences behind the edge, space-separated.
func WriteEdgesCSV(w io.Writer, a *Analysis) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"source", "target", "source_label", "target_label", "weight", "sentence_ids"})
	for _, e := range a.Network.Edges {
		s, _ := a.Network.Node(e.A)
		t, _ := a.Network.Node(e.B)
		cw.Write([]string{id(e.A), id(e.B), s.Name, t.Name, strconv.Itoa(e.Weight), joinIDs(e.Sentences)})
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write edges csv: %w", err)
	}
	return nil
}
