package story

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/xml"
	"flag"
	"fmt"
	"image/color"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"newsline/data"
)

// demoAnalysis is a small, realistic network laid out and measured.
func demoAnalysis(t testing.TB) *Analysis {
	t.Helper()
	g := data.Graph{Nodes: []data.GraphNode{
		{ID: 1, Name: "Kim Jong Un", Type: data.ActorPerson, Mentions: 40},
		{ID: 2, Name: "Vladimir Putin", Type: data.ActorPerson, Mentions: 35},
		{ID: 3, Name: "Sergei Shoigu", Type: data.ActorPerson, Mentions: 12},
		{ID: 4, Name: "Vostochny Cosmodrome", Type: data.ActorLoc, Mentions: 9},
		{ID: 5, Name: "White House & \"Kirby\" <spokesman>", Type: data.ActorOrg, Mentions: 6},
		{ID: 6, Name: "Ukraine", Type: data.ActorGPE, Mentions: 15},
	}, Edges: []data.GraphEdge{
		{A: 1, B: 2, Weight: 3, Sentences: []int64{10, 11, 12}},
		{A: 1, B: 3, Weight: 1, Sentences: []int64{20}},
		{A: 1, B: 4, Weight: 2, Sentences: []int64{10, 13}},
		{A: 2, B: 4, Weight: 2, Sentences: []int64{10, 14}},
		{A: 2, B: 6, Weight: 1, Sentences: []int64{30}},
		{A: 5, B: 6, Weight: 1, Sentences: []int64{31}},
	}}
	a, err := Analyze(context.Background(), g, LayoutOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func grey(int64) color.Color { return color.RGBA{0x80, 0x40, 0x20, 0xff} }

func TestGEXFValid(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteGEXF(&buf, demoAnalysis(t), grey); err != nil {
		t.Fatal(err)
	}
	if err := checkGEXF(buf.Bytes()); err != nil {
		t.Fatalf("structure: %v\n%s", err, buf.String())
	}
	if err := xmllintGEXF(t, buf.Bytes()); err != nil {
		t.Error(err)
	}
}

// TestGEXFChecksCatchErrors makes sure the structural check fails on
// broken documents.
func TestGEXFChecksCatchErrors(t *testing.T) {
	var buf bytes.Buffer
	WriteGEXF(&buf, demoAnalysis(t), grey)
	good := buf.String()
	broken := map[string]string{
		"dangling edge":   strings.Replace(good, `target="2"`, `target="99"`, 1),
		"duplicate node":  strings.Replace(good, `<node id="2"`, `<node id="1"`, 1),
		"bad integer":     strings.Replace(good, `for="mentions" value="40"`, `for="mentions" value="many"`, 1),
		"wrong namespace": strings.Replace(good, `xmlns="http://gexf.net/1.3"`, `xmlns="http://www.gexf.net/1.2draft"`, 1),
		"bad weight":      strings.Replace(good, `weight="3"`, `weight="three"`, 1),
	}
	for name, doc := range broken {
		if doc == good {
			t.Fatalf("%s: replacement did not apply", name)
		}
		if err := checkGEXF([]byte(doc)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if err := xmllintGEXF(t, []byte(broken["dangling edge"])); err == nil {
		t.Error("xmllint accepted a dangling edge")
	}
}

// xmllintGEXF validates doc against the GEXF 1.3 schema subset in
// testdata when xmllint (Debian libxml2-utils) is installed.
func xmllintGEXF(t *testing.T, doc []byte) error {
	t.Helper()
	if _, err := exec.LookPath("xmllint"); err != nil {
		t.Skip("xmllint not installed (apt-get install libxml2-utils)")
	}
	path := filepath.Join(t.TempDir(), "network.gexf")
	if err := os.WriteFile(path, doc, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("xmllint", "--noout", "--schema", "testdata/gexf13.xsd", path).CombinedOutput()
	if err != nil {
		return fmt.Errorf("xmllint: %v\n%s", err, out)
	}
	return nil
}

// gexfCheck is the parsed form for the structural check.
type gexfCheck struct {
	XMLName xml.Name `xml:"http://gexf.net/1.3 gexf"`
	Version string   `xml:"version,attr"`
	Graph   *struct {
		Attributes []struct {
			Class string `xml:"class,attr"`
			Attrs []struct {
				ID   string `xml:"id,attr"`
				Type string `xml:"type,attr"`
			} `xml:"attribute"`
		} `xml:"attributes"`
		Nodes []struct {
			ID     string      `xml:"id,attr"`
			Label  string      `xml:"label,attr"`
			Values []gexfValue `xml:"attvalues>attvalue"`
			Pos    *struct {
				X string `xml:"x,attr"`
				Y string `xml:"y,attr"`
			} `xml:"http://gexf.net/1.3/viz position"`
			Size *struct {
				Value string `xml:"value,attr"`
			} `xml:"http://gexf.net/1.3/viz size"`
		} `xml:"nodes>node"`
		Edges []struct {
			ID     string `xml:"id,attr"`
			Source string `xml:"source,attr"`
			Target string `xml:"target,attr"`
			Weight string `xml:"weight,attr"`
		} `xml:"edges>edge"`
	} `xml:"graph"`
}

// checkGEXF checks what Gephi relies on: namespace and version, a graph,
// unique node ids, edge endpoints that exist, attribute values that parse
// as their declared types, numeric weights and viz values.
func checkGEXF(doc []byte) error {
	var g gexfCheck
	if err := xml.Unmarshal(doc, &g); err != nil {
		return err
	}
	if g.Version != "1.3" || g.Graph == nil {
		return errorf("version %q, graph present %v", g.Version, g.Graph != nil)
	}
	types := map[string]string{}
	for _, decl := range g.Graph.Attributes {
		if decl.Class == "node" {
			for _, a := range decl.Attrs {
				types[a.ID] = a.Type
			}
		}
	}
	ids := map[string]bool{}
	for _, n := range g.Graph.Nodes {
		if n.ID == "" || ids[n.ID] {
			return errorf("node id %q empty or repeated", n.ID)
		}
		ids[n.ID] = true
		for _, v := range n.Values {
			if err := checkValue(types[v.For], v.Value); err != nil {
				return errorf("node %s attribute %s: %v", n.ID, v.For, err)
			}
		}
		if n.Pos == nil || n.Size == nil {
			return errorf("node %s lacks viz position or size", n.ID)
		}
		for _, f := range []string{n.Pos.X, n.Pos.Y, n.Size.Value} {
			if _, err := strconv.ParseFloat(f, 64); err != nil {
				return errorf("node %s viz: %v", n.ID, err)
			}
		}
	}
	edges := map[string]bool{}
	for _, e := range g.Graph.Edges {
		if !ids[e.Source] || !ids[e.Target] || edges[e.ID] {
			return errorf("edge %s: %s-%s dangling or id repeated", e.ID, e.Source, e.Target)
		}
		edges[e.ID] = true
		if _, err := strconv.ParseFloat(e.Weight, 64); err != nil {
			return errorf("edge %s weight: %v", e.ID, err)
		}
	}
	return nil
}

func checkValue(typ, v string) error {
	var err error
	switch typ {
	case "integer", "long":
		_, err = strconv.ParseInt(v, 10, 64)
	case "double", "float":
		_, err = strconv.ParseFloat(v, 64)
	case "string":
	default:
		err = errorf("undeclared attribute type %q", typ)
	}
	return err
}

var updateExports = flag.Bool("update-exports", false, "print the exports of the demo network")

func TestCSVExports(t *testing.T) {
	a := demoAnalysis(t)
	var nodes, edges bytes.Buffer
	if err := WriteNodesCSV(&nodes, a); err != nil {
		t.Fatal(err)
	}
	if err := WriteEdgesCSV(&edges, a); err != nil {
		t.Fatal(err)
	}
	nrows, err := csv.NewReader(&nodes).ReadAll()
	if err != nil || len(nrows) != 7 || nrows[0][0] != "id" || nrows[5][1] != `White House & "Kirby" <spokesman>` {
		t.Fatalf("nodes csv: %v %q", err, nrows)
	}
	erows, err := csv.NewReader(&edges).ReadAll()
	if err != nil || len(erows) != 7 {
		t.Fatalf("edges csv: %v %q", err, erows)
	}
	if got := erows[1]; got[0] != "1" || got[1] != "2" || got[4] != "3" || got[5] != "10 11 12" {
		t.Errorf("first edge row = %q", got)
	}
	if *updateExports {
		t.Logf("%s\n%s", nodes.String(), edges.String())
	}
}

func TestGraphML(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteGraphML(&buf, demoAnalysis(t)); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Keys  []graphmlKey `xml:"key"`
		Nodes []struct {
			ID   string        `xml:"id,attr"`
			Data []graphmlData `xml:"data"`
		} `xml:"graph>node"`
		Edges []graphmlEdge `xml:"graph>edge"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	keys := map[string]bool{}
	for _, k := range doc.Keys {
		keys[k.ID] = true
	}
	nodes := map[string]bool{}
	for _, n := range doc.Nodes {
		nodes[n.ID] = true
		for _, d := range n.Data {
			if !keys[d.Key] {
				t.Errorf("node %s: undeclared key %s", n.ID, d.Key)
			}
		}
	}
	if len(nodes) != 6 || len(doc.Edges) != 6 {
		t.Fatalf("%d nodes, %d edges", len(nodes), len(doc.Edges))
	}
	for _, e := range doc.Edges {
		if !nodes[e.Source] || !nodes[e.Target] {
			t.Errorf("edge %s dangles", e.ID)
		}
	}
}

func errorf(format string, args ...any) error { return fmt.Errorf(format, args...) }
