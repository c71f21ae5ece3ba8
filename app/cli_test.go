package app

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsline/data"
)

// writeFiles creates files under dir from name → content.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(append([]string{"newsline"}, args...), &out, &errb)
	return code, out.String(), errb.String()
}

func TestImportFolderReportsFailuresAndStoresGoodFiles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"good/a.txt":       "Title: Shoigu in Pyongyang\nPublished: 2023-07-27\n\nSergei Shoigu arrived in Pyongyang on Tuesday.\n",
		"good/sub/b.md":    "# Summit\n\nVladimir Putin met Kim Jong Un on Wednesday at the Vostochny Cosmodrome.\n",
		"bad/empty.txt":    "",
		"bad/junk.txt":     "\x00\x01\x02\x03\xff\xfe\x00binary",
		"bad/picture.html": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
	})
	db := filepath.Join(t.TempDir(), "case.newsline")

	code, out, errOut := runCLI(t, "--db", db, "import", dir)
	if code != 1 {
		t.Fatalf("exit code = %d, want 1 (some files failed)\nstdout: %s\nstderr: %s", code, out, errOut)
	}
	if !strings.Contains(out, "imported 2, already in case 0, failed 3") {
		t.Errorf("summary = %q", out)
	}
	for _, name := range []string{"empty.txt", "junk.txt", "picture.html"} {
		if !strings.Contains(errOut, filepath.Join(dir, "bad", name)+": ") {
			t.Errorf("stderr does not name %s with a reason:\n%s", name, errOut)
		}
	}

	// Importing the good files again stores nothing and succeeds.
	code, out, _ = runCLI(t, "--db", db, "import", filepath.Join(dir, "good"))
	if code != 0 || !strings.Contains(out, "imported 0, already in case 2, failed 0") {
		t.Fatalf("re-import: code %d, out %q", code, out)
	}

	st, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if s.Articles != 2 {
		t.Errorf("articles in case = %d, want 2", s.Articles)
	}
}

func TestStatsAndVersion(t *testing.T) {
	db := filepath.Join(t.TempDir(), "case.newsline")
	code, out, errOut := runCLI(t, "--db", db, "stats")
	if code != 0 || !strings.Contains(out, "articles: 0") {
		t.Fatalf("stats on a new case: code %d, out %q, err %q", code, out, errOut)
	}
	code, out, _ = runCLI(t, "version")
	if code != 0 || !strings.HasPrefix(out, "newsline "+Version) {
		t.Fatalf("version: %d %q", code, out)
	}
}

func TestFyneAppTomlVersionMatches(t *testing.T) {
	b, err := os.ReadFile("../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `Version = "`+Version+`"`) {
		t.Errorf("FyneApp.toml does not carry version %s", Version)
	}
}

func TestNoDisplayExplainsAndExits2(t *testing.T) {
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	code, _, errOut := runCLI(t, "--db", filepath.Join(t.TempDir(), "x.newsline"))
	if code != 2 || strings.Count(strings.TrimSpace(errOut), "\n") != 0 || !strings.Contains(errOut, "no display") {
		t.Fatalf("code %d, stderr %q", code, errOut)
	}
}

func TestExtractJSONContract(t *testing.T) {
	dir := t.TempDir()
	text := "Kim Jong Un met Sergei Shoigu in Pyongyang on Wednesday.\n"
	writeFiles(t, dir, map[string]string{"a.txt": text})
	code, out, errOut := runCLI(t, "extract", "--dct", "2023-07-27", "--format", "json", filepath.Join(dir, "a.txt"))
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	var got []struct {
		File      string `json:"file"`
		Published string `json:"published"`
		Timexes   []struct {
			Start, End  int
			Text, Value string
		} `json:"timexes"`
		Actors []struct {
			Name     string                     `json:"name"`
			Mentions []struct{ Start, End int } `json:"mentions"`
		} `json:"actors"`
		Events []json.RawMessage `json:"events"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not the JSON contract: %v\n%s", err, out)
	}
	if len(got) != 1 || got[0].Published != "2023-07-27" || got[0].Events == nil || got[0].Actors == nil {
		t.Fatalf("got %+v", got)
	}
	for _, tx := range got[0].Timexes {
		if text[tx.Start:tx.End] != tx.Text {
			t.Errorf("timex offsets %d..%d do not index the file: %q vs %q", tx.Start, tx.End, text[tx.Start:tx.End], tx.Text)
		}
	}
}

func TestDemoImportsEveryArticle(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	db := filepath.Join(t.TempDir(), "demo.newsline")
	code, out, errOut := runCLI(t, "--db", db, "demo")
	if code != 0 {
		t.Fatalf("demo: code %d\n%s\n%s", code, out, errOut)
	}
	if !strings.Contains(out, "failed 0") {
		t.Fatalf("demo output %q", out)
	}
}
