package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var sentinels = []error{ErrUnsupported, ErrTooLarge, ErrEmpty, ErrNoTextLayer, ErrMalformed}

// FuzzRead writes each input under every supported extension and checks
// that reading never panics, that errors name the file and wrap a sentinel,
// and that documents hold valid, non-empty text.
func FuzzRead(f *testing.F) {
	for _, name := range []string{"header.txt", "article.md", "scripts.html", "text.pdf", "article.docx", "utf16le.txt", "cp1252.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, ext := range []string{".txt", ".md", ".html", ".pdf", ".docx", ".bin"} {
			path := filepath.Join(dir, "input"+ext)
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			doc, err := Read(path)
			if d := time.Since(start); d > 10*time.Second {
				t.Fatalf("reading %s took %v", ext, d)
			}
			if err != nil {
				checkError(t, path, err)
				continue
			}
			checkDocument(t, doc)
		}
	})
}

func checkError(t *testing.T, path string, err error) {
	t.Helper()
	if !strings.HasPrefix(err.Error(), path+": ") {
		t.Fatalf("error does not name the file: %v", err)
	}
	for _, s := range sentinels {
		if errors.Is(err, s) {
			return
		}
	}
	t.Fatalf("error wraps no sentinel: %v", err)
}

func checkDocument(t *testing.T, doc Document) {
	t.Helper()
	if strings.TrimSpace(doc.Text) == "" || !utf8.ValidString(doc.Text) || !utf8.ValidString(doc.Title) {
		t.Fatalf("bad text %q, title %q", doc.Text, doc.Title)
	}
	if doc.Published.IsZero() != (doc.PublishedPrecision == "") {
		t.Fatalf("published %v with precision %q", doc.Published, doc.PublishedPrecision)
	}
	switch doc.Format {
	case "txt", "md", "html", "pdf", "docx":
	default:
		t.Fatalf("format %q", doc.Format)
	}
}
