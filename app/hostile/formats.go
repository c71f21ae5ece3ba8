package hostile

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"html"
	"io"
	"maps"
	"slices"
	"strings"
	"sync"

	"newsline/app/corpus"
)

// paragraphs splits an article body into its non-empty paragraphs.
func paragraphs(a corpus.Article) []string {
	var out []string
	for _, p := range strings.Split(a.Body, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// htmlPage renders an article as a news web page; noise is inserted
// between paragraphs (scripts, iframes, ads).
func htmlPage(a corpus.Article, noise func(i int) string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title>\n", html.EscapeString(a.Title))
	fmt.Fprintf(&b, "<meta property=\"og:site_name\" content=\"%s\">\n", html.EscapeString(a.Outlet))
	fmt.Fprintf(&b, "<meta property=\"article:published_time\" content=\"%s\">\n", a.Published.Format("2006-01-02"))
	b.WriteString("</head><body><article>\n")
	fmt.Fprintf(&b, "<h1>%s</h1>\n", html.EscapeString(a.Title))
	for i, p := range paragraphs(a) {
		if noise != nil {
			b.WriteString(noise(i))
		}
		fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p))
	}
	b.WriteString("</article></body></html>\n")
	return []byte(b.String())
}

// buildPDF assembles a PDF from object bodies (object i+1 is objs[i],
// object 1 the catalog) with a correct cross-reference table.
func buildPDF(objs ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

const (
	pdfCatalog = "<< /Type /Catalog /Pages 2 0 R >>"
	pdfPages   = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
	pdfPage    = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
	pdfFont    = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
)

// pdfWith builds a one-page PDF whose content stream object is content.
func pdfWith(content string) []byte {
	return buildPDF(pdfCatalog, pdfPages, pdfPage, content, pdfFont)
}

// stream is a PDF stream object holding data compressed with FlateDecode.
func stream(data []byte) string {
	return rawStream(zlibBytes(data), "/Filter /FlateDecode")
}

func zlibBytes(data []byte) []byte {
	var b bytes.Buffer
	zw := zlib.NewWriter(&b)
	zw.Write(data)
	zw.Close()
	return b.Bytes()
}

func rawStream(data []byte, dict string) string {
	return fmt.Sprintf("<< /Length %d %s >>\nstream\n%s\nendstream", len(data), dict, data)
}

// articlePDF renders an article as a PDF text layer, one line per
// paragraph (the reader does not wrap).
func articlePDF(a corpus.Article) []byte {
	var c strings.Builder
	c.WriteString("BT /F1 11 Tf 14 TL 72 740 Td\n")
	fmt.Fprintf(&c, "(%s) Tj T* T*\n", pdfString(a.Title))
	for _, p := range paragraphs(a) {
		fmt.Fprintf(&c, "(%s) Tj T* T*\n", pdfString(p))
	}
	c.WriteString("ET\n")
	return pdfWith(stream([]byte(c.String())))
}

var pdfEscaper = strings.NewReplacer(`\`, `\\`, `(`, `\(`, `)`, `\)`)

func pdfString(s string) string { return pdfEscaper.Replace(s) }

const wordNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

// documentXML wraps WordprocessingML body content in a document element.
func documentXML(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:document xmlns:w="` + wordNS + `"><w:body>` + body + `</w:body></w:document>`
}

func wordPara(text string) string {
	return "<w:p><w:r><w:t xml:space=\"preserve\">" + html.EscapeString(text) + "</w:t></w:r></w:p>"
}

// articleDOCX renders an article as a Word document with core properties.
func articleDOCX(a corpus.Article) ([]byte, error) {
	var body strings.Builder
	body.WriteString(wordPara(a.Title))
	for _, p := range paragraphs(a) {
		body.WriteString(wordPara(p))
	}
	core := `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties ` +
		`xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">` +
		"<dc:title>" + html.EscapeString(a.Title) + "</dc:title>" +
		"<dcterms:created>" + a.Published.Format("2006-01-02T15:04:05Z") + "</dcterms:created></cp:coreProperties>"
	return zipOf(map[string]string{
		"[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"word/document.xml":   documentXML(body.String()),
		"docProps/core.xml":   core,
	})
}

// zipOf returns a zip archive of the given entries, in name order.
func zipOf(entries map[string]string) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range slices.Sorted(maps.Keys(entries)) {
		w, err := zw.Create(name)
		if err != nil {
			return nil, err
		}
		if _, err := io.WriteString(w, entries[name]); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// bombSize is how much a decompression bomb expands to.
const bombSize = 2 << 30

// bomb is raw DEFLATE data that expands to bombSize spaces, with the
// checksums of the expansion; computed once and shared. Compressing 2 GB
// would take seconds, so one megabyte is compressed and its steady-state
// block (which only refers back to earlier spaces) repeated.
var bomb = sync.OnceValue(func() (b struct {
	deflate      []byte
	adler, crc32 uint32
}) {
	const chunk = 1 << 20
	spaces := bytes.Repeat([]byte(" "), chunk)
	var out bytes.Buffer
	fw, _ := flate.NewWriter(&out, flate.BestCompression)
	fw.Write(spaces)
	fw.Flush()
	first := bytes.Clone(out.Bytes())
	out.Reset()
	fw.Write(spaces)
	fw.Flush()
	steady := bytes.Clone(out.Bytes())
	out.Reset()
	fw.Close()
	b.deflate = append(first, bytes.Repeat(steady, bombSize/chunk-1)...)
	b.deflate = append(b.deflate, out.Bytes()...)
	cr := crc32.NewIEEE()
	for n := 0; n < bombSize; n += chunk {
		cr.Write(spaces)
	}
	b.adler, b.crc32 = adlerOfSpaces(bombSize), cr.Sum32()
	return b
})

// adlerOfSpaces is the Adler-32 checksum of n spaces, in closed form:
// A = 1 + n*c and B = n + c*n*(n+1)/2, both modulo 65521.
func adlerOfSpaces(n uint64) uint32 {
	const mod, c = 65521, ' '
	a := (1 + n%mod*c) % mod
	t := n % (2 * mod) * ((n + 1) % (2 * mod)) / 2 % mod
	bsum := (n%mod + c*t) % mod
	return uint32(bsum<<16 | a)
}

// zlibBomb wraps the bomb in a zlib header and trailer, as PDF FlateDecode
// streams expect.
func zlibBomb() []byte {
	b := bomb()
	out := append([]byte{0x78, 0x01}, b.deflate...)
	return binary.BigEndian.AppendUint32(out, b.adler)
}

// zipBomb is a DOCX whose word/document.xml expands to bombSize bytes; when
// lie is set the archive declares a small uncompressed size.
func zipBomb(lie bool) ([]byte, error) {
	b := bomb()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	size := uint64(bombSize)
	if lie {
		size = 4096
	}
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate,
		CompressedSize64: uint64(len(b.deflate)), UncompressedSize64: size, CRC32: b.crc32})
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(b.deflate); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
