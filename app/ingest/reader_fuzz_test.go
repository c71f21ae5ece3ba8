package ingest

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// The per-format fuzz targets call the byte-level readers directly, so that a
// panic is not hidden by readFile's recover, and check what every reader
// promises: an error wraps a sentinel, a document has trimmed, valid text,
// a sane date and the format of the reader, and reading is deterministic.

// fuzzSeedFiles adds the named testdata files to f.
func fuzzSeedFiles(f *testing.F, names ...string) {
	f.Helper()
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

// readTimed runs read, failing t when it takes unreasonably long.
func readTimed(t *testing.T, read func() (Document, error)) (Document, error) {
	t.Helper()
	start := time.Now()
	doc, err := read()
	if d := time.Since(start); d > 10*time.Second {
		t.Fatalf("reading took %v", d)
	}
	return doc, err
}

// checkRead checks the result of a reader: the error wraps a sentinel, or
// the document is well formed and of the given format.
func checkRead(t *testing.T, format string, doc Document, err error) bool {
	t.Helper()
	if err != nil {
		if !slicesContainsErr(err) {
			t.Fatalf("error wraps no sentinel: %v", err)
		}
		if doc != (Document{}) {
			t.Fatalf("error %v with a document %+v", err, doc)
		}
		return false
	}
	checkDocument(t, doc)
	if doc.Format != format {
		t.Fatalf("format %q, want %q", doc.Format, format)
	}
	if doc.Text != strings.TrimSpace(doc.Text) {
		t.Fatalf("text is not trimmed: %q", doc.Text)
	}
	switch doc.PublishedPrecision {
	case "", PrecisionDay, PrecisionMonth, PrecisionYear:
	default:
		t.Fatalf("precision %q", doc.PublishedPrecision)
	}
	if !doc.Published.IsZero() && !plausibleYear(doc.Published.Year()) {
		t.Fatalf("published %v", doc.Published)
	}
	for _, s := range []string{doc.Outlet, doc.URL, doc.Author} {
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 in %q", s)
		}
	}
	return true
}

// sameDocument checks that reading twice gave the same document.
func sameDocument(t *testing.T, a, b Document) {
	t.Helper()
	if !a.Published.Equal(b.Published) || a.Published.Format(time.RFC3339) != b.Published.Format(time.RFC3339) {
		t.Fatalf("reading twice gave dates %v and %v", a.Published, b.Published)
	}
	a.Published, b.Published = time.Time{}, time.Time{}
	if a != b {
		t.Fatalf("reading twice differs: %+v, %+v", a, b)
	}
}

func slicesContainsErr(err error) bool {
	for _, s := range sentinels {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}

// FuzzReadText reads bytes as a .txt and as a .md file. Besides the common
// checks: plain UTF-8 input without CR yields Text as the slice of the file
// at BodyOffset, and header titles are single lines.
func FuzzReadText(f *testing.F) {
	fuzzSeedFiles(f, "header.txt", "article.md", "bom.txt", "cp1252.txt", "dateline.txt",
		"month_header.txt", "title_line.txt", "utf16le.txt", "utf16be.txt", "photo.txt")
	for _, s := range []string{
		"---\ntitle: \"A\"\ndate: 2023-09-13\n---\n\n# Head\n\nBody.",
		"Title: x\nDate: Sept. 13, 2023\nSource: AP\n\n\u00a0\nBody", "Date: 2023-02-29\n\nText",
		"Published on: Wed, 13 Sep 2023 10:00:00 +0300\nBody", "\xef\xbb\xbf\r\nTitle: t\r\n\r\nx\r",
		"<p>not html</p>", "# \n#\n", "By: \v\n\nx",
	} {
		f.Add([]byte(s))
	}
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, ext := range []string{".txt", ".md"} {
			format := strings.TrimPrefix(ext, ".")
			doc, err := readTimed(t, func() (Document, error) { return readTextual(ctx, data, ext) })
			if d, _ := decodeText(data); err == nil && isHTML(d.text, ext) {
				format = "html"
			}
			if !checkRead(t, format, doc, err) {
				continue
			}
			if format != "html" && strings.Contains(doc.Title, "\n") {
				t.Fatalf("title %q has a line break", doc.Title)
			}
			plain := utf8.Valid(data) && !bytes.ContainsRune(data, '\r') && format != "html"
			if (plain || doc.BodyOffset != 0) && (doc.BodyOffset+len(doc.Text) > len(data) ||
				string(data[doc.BodyOffset:doc.BodyOffset+len(doc.Text)]) != doc.Text) {
				t.Fatalf("text %q is not the file at %d", doc.Text, doc.BodyOffset)
			}
			again, _ := readTextual(ctx, data, ext)
			sameDocument(t, doc, again)
		}
	})
}

// FuzzReadHTML reads bytes as an .html file.
func FuzzReadHTML(f *testing.F) {
	fuzzSeedFiles(f, "scripts.html", "jsonld_graph.html", "meta_date.html", "month_only.html",
		"published_time.html", "time_element.html")
	for _, s := range []string{
		"<p>x", "<html><head><title>T\n</title><meta property=\"article:published_time\" content=\"2023-09-13T10:00:00Z\"></head><body><article><p>Body.</p></article></body></html>",
		"<meta charset=\"windows-1251\"><p>\xcf\xf0\xe8</p>", "<table><tr><td>a<td>b</table><pre>x\n y</pre>",
		"<script type=\"application/ld+json\">{\"@graph\":[{\"datePublished\":\"2023\"}]}</script><p>t</p>",
	} {
		f.Add([]byte(s))
	}
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := readTimed(t, func() (Document, error) { return readTextual(ctx, data, ".html") })
		d, _ := decodeText(data)
		format := "txt"
		if isHTML(d.text, ".html") {
			format = "html"
		}
		if !checkRead(t, format, doc, err) {
			return
		}
		again, _ := readTextual(ctx, data, ".html")
		sameDocument(t, doc, again)
	})
}

// fuzzPDF wraps a content stream into a one-page PDF with a Helvetica font.
func fuzzPDF(content string) []byte {
	return buildPDF(pdfCatalog, pdfPages, pdfPage, flateStream([]byte(content)), pdfFont)
}

// FuzzReadPDF reads raw bytes as a PDF, and a PDF built around a fuzzed
// content stream, so that the text layer interpreter sees arbitrary operators.
func FuzzReadPDF(f *testing.F) {
	for _, name := range []string{"text.pdf", "scanned.pdf"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, "")
	}
	for _, c := range []string{
		"BT /F1 12 Tf 72 700 Td (Hello) Tj ET",
		"BT /F1 12 Tf 72 700 Td (Title) Tj 0 -40 Td [(Wor) -200 (ld)] TJ T* (next) ' 1 2 (x) \" ET",
		"BT /F2 9 Tf 1 0 0 1 72 600 Tm <48656c6c6f> Tj 0 -14 TD (\\(a\\) \\101) Tj ET",
		"q 1 0 0 1 0 0 cm BT (no font) Tj ET Q", "BT /F1 12 Tf (\x00\xff\r\n) Tj ET", "BT ET ET Tj TJ",
	} {
		f.Add(fuzzPDF(c), c)
	}
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, data []byte, content string) {
		doc, err := readTimed(t, func() (Document, error) { return readPDF(ctx, data) })
		checkRead(t, "pdf", doc, err)
		if len(content) > 1<<16 {
			return
		}
		built := fuzzPDF(content)
		doc, err = readTimed(t, func() (Document, error) { return readPDF(ctx, built) })
		if errors.Is(err, ErrMalformed) && strings.Contains(err.Error(), "runtime error") {
			t.Fatalf("reader panic on a well-formed PDF: %v", err)
		}
		if checkRead(t, "pdf", doc, err) && strings.Contains(doc.Title, "\n") {
			t.Fatalf("title %q has a line break", doc.Title)
		}
	})
}

// fuzzDOCX zips a document part and, when not empty, a core properties part.
func fuzzDOCX(t testing.TB, body, core string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	parts := [][2]string{{"word/document.xml", body}, {"docProps/core.xml", core}}
	for _, p := range parts {
		if p[0] == "docProps/core.xml" && core == "" {
			continue
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p[0], Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(p[1]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// FuzzReadDOCX reads a Word document built from a fuzzed document.xml and
// core.xml. Besides the common checks, a title taken from the text is its
// first paragraph.
func FuzzReadDOCX(f *testing.F) {
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	for _, s := range [][2]string{
		{`<w:document ` + ns + `><w:body><w:p><w:r><w:t>Kim visits Russia</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Body </w:t><w:tab/><w:t>text.</w:t><w:br/></w:r></w:p></w:body></w:document>`,
			`<cp:coreProperties xmlns:cp="x" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>T</dc:title><dc:creator>A</dc:creator><dcterms:created>2023-09-13T00:00:00Z</dcterms:created></cp:coreProperties>`},
		{`<w:document ` + ns + `><w:p><w:t>a</w:t></w:p><w:p/><w:p><w:t>&amp;&#x1F600;&lt;</w:t></w:p>`, ""},
		{`<document><p><t>no namespace</t></p></document>`, `<x><title>` + "\x01" + `</title></x>`},
		{`<w:document ` + ns + `><w:p><w:t>unterminated`, ""},
	} {
		f.Add(s[0], s[1])
	}
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, body, core string) {
		data := fuzzDOCX(t, body, core)
		doc, err := readTimed(t, func() (Document, error) { return readDOCX(ctx, data) })
		if !checkRead(t, "docx", doc, err) {
			return
		}
		again, _ := readDOCX(ctx, data)
		sameDocument(t, doc, again)
	})
}
