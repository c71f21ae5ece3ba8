package app

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// demoCase imports the demo corpus into a new case and returns its path.
func demoCase(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "demo.newsline")
	if code, _, errs := runCLI(t, "--db", db, "demo"); code != 0 {
		t.Fatalf("demo: exit %d: %s", code, errs)
	}
	return db
}

func TestHeadlessImageExports(t *testing.T) {
	db := demoCase(t)
	dir := t.TempDir()
	magic := map[string]string{".png": "\x89PNG", ".svg": "<?xml", ".pdf": "%PDF"}
	for _, args := range [][]string{
		{"timeline", "--out", "t.png"},
		{"timeline", "--out", "t.svg", "--from", "2023-07", "--to", "2023-10", "--actor", "Kim Jong Un"},
		{"network", "--out", "n.png", "--width", "800", "--height", "600"},
		{"network", "--format", "svg", "--out", "n.svg"},
		{"chart", "mentions", "--out", "c.png"},
		{"chart", "trend", "--out", "c.svg", "--actor", "Vladimir Putin"},
		{"chart", "events", "--out", "c.pdf"},
		{"chart", "outlets", "--out", "o.png"},
	} {
		name := strings.Join(args, " ")
		out := ""
		for i, a := range args {
			if a == "--out" {
				out = filepath.Join(dir, args[i+1])
				args[i+1] = out
			}
		}
		code, _, errs := runCLI(t, append([]string{"--db", db, "export"}, args...)...)
		if code != 0 {
			t.Errorf("export %s: exit %d: %s", name, code, errs)
			continue
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if want := magic[filepath.Ext(out)]; !bytes.HasPrefix(b, []byte(want)) || len(b) < 1000 {
			t.Errorf("export %s: %d bytes starting %q, want %q", name, len(b), b[:min(len(b), 8)], want)
		}
	}
}

func TestHeadlessNetworkDataExports(t *testing.T) {
	db := demoCase(t)
	dir := t.TempDir()
	gexf := filepath.Join(dir, "n.gexf")
	if code, _, errs := runCLI(t, "--db", db, "export", "network", "--out", gexf); code != 0 {
		t.Fatalf("gexf: %s", errs)
	}
	var doc struct {
		XMLName xml.Name
		Nodes   []struct {
			Label string `xml:"label,attr"`
		} `xml:"graph>nodes>node"`
	}
	b, _ := os.ReadFile(gexf)
	if err := xml.Unmarshal(b, &doc); err != nil || doc.XMLName.Local != "gexf" || len(doc.Nodes) < 10 {
		t.Errorf("gexf: %v, root %q, %d nodes", err, doc.XMLName.Local, len(doc.Nodes))
	}

	nodes := filepath.Join(dir, "net.csv")
	code, stdout, errs := runCLI(t, "--db", db, "export", "network", "--format", "csv", "--out", nodes)
	if code != 0 {
		t.Fatalf("csv: %s", errs)
	}
	edges := filepath.Join(dir, "net-edges.csv")
	if !strings.Contains(stdout, edges) {
		t.Errorf("csv export does not name the edges file: %q", stdout)
	}
	for path, col := range map[string]string{nodes: "label", edges: "sentence_ids"} {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil || len(rows) < 5 || !strings.Contains(strings.Join(rows[0], ","), col) {
			t.Errorf("%s: %v, %d rows, header %v", filepath.Base(path), err, len(rows), rows[:min(len(rows), 1)])
		}
	}
}

func TestHeadlessExportErrors(t *testing.T) {
	db := demoCase(t)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"timeline", "--format", "png"}, "--out FILE is required"},
		{[]string{"network", "--out", "x.bmp"}, `unknown format "bmp"`},
		{[]string{"chart", "pies", "--out", filepath.Join(t.TempDir(), "x.png")}, "pies"},
		{[]string{"timeline", "--out", "x.png", "--actor", "Nobody"}, `no actor named "Nobody"`},
		{[]string{"chart", "mentions", "--out", "x.png", "--width", "5"}, "between 100 and 10000"},
	} {
		code, _, errs := runCLI(t, append([]string{"--db", db, "export"}, c.args...)...)
		if code == 0 || !strings.Contains(errs, c.want) {
			t.Errorf("export %v: exit %d, %q; want an error saying %q", c.args, code, errs, c.want)
		}
	}
}
