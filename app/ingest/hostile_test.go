package ingest

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

func readRaw(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// buildPDF assembles a PDF from numbered object bodies (object i+1 is
// objs[i]) with a correct cross-reference table; object 1 is the catalog.
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

func flateStream(data []byte) string {
	var b bytes.Buffer
	zw := zlib.NewWriter(&b)
	zw.Write(data)
	zw.Close()
	return fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", b.Len(), b.String())
}

const (
	pdfCatalog = "<< /Type /Catalog /Pages 2 0 R >>"
	pdfPages   = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
	pdfPage    = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
	pdfFont    = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
)

func TestReadHostile(t *testing.T) {
	deep := func(open, close string) []byte {
		return []byte("<!DOCTYPE html><html><body>" + strings.Repeat(open, 100000) + "text" + strings.Repeat(close, 100000) + "</body></html>")
	}
	bomb := bytes.Repeat([]byte("(x) Tj "), (maxContent/7)+1000)
	tests := []struct {
		name   string
		data   []byte
		target error // nil: must be read
	}{
		{"nested-div.html", deep("<div>", "</div>"), ErrMalformed},
		{"nested-b.html", deep("<b>", "</b>"), ErrMalformed},
		{"nested-table.html", deep("<table><tr><td>", "</td></tr></table>"), ErrMalformed},
		{"unclosed-div.htm", deep("<div>", ""), ErrMalformed},
		{"stray-end-tags.html", deep("<div></x>", ""), ErrMalformed},
		{"misnested.html", deep("<b><i></b></i><div>", ""), ErrMalformed},
		{"unclosed-p-li.html", deep("<p>para<li>item", ""), nil},
		{"truncated.pdf", buildPDF(pdfCatalog, pdfPages, pdfPage, flateStream([]byte("BT /F1 12 Tf 72 700 Td (Hello) Tj ET")), pdfFont)[:300], ErrMalformed},
		{"garbage-xref.pdf", []byte("%PDF-1.4\n1 0 obj << >> endobj\nstartxref\n99999\n%%EOF\n"), ErrMalformed},
		{"cyclic-pages.pdf", buildPDF(pdfCatalog, "<< /Type /Pages /Kids [2 0 R 2 0 R] /Count 1000000 >>"), ErrNoTextLayer},
		{"bad-stream.pdf", buildPDF(pdfCatalog, pdfPages, pdfPage, "<< /Length 5 /Filter /FlateDecode >>\nstream\nxxxxx\nendstream", pdfFont), ErrMalformed},
		{"bomb.pdf", buildPDF(pdfCatalog, pdfPages, pdfPage, flateStream(bomb), pdfFont), ErrTooLarge},
		{"bomb.docx", docxWith(t, strings.Repeat(" ", maxPart+1)), ErrTooLarge},
		{"lying-bomb.docx", lyingZip(t, strings.Repeat(" ", maxPart+1)), ErrMalformed},
		{"text-bomb.pdf", buildPDF(pdfCatalog, pdfPages, pdfPage, flateStream(textBomb()), pdfFont), ErrTooLarge},
		{"bad.docx", docxWith(t, "<w:document><w:p><w:t>unterminated"), ErrMalformed},
		{"invalid-utf16.txt", []byte("\xff\xfeA\x00\x00\xd8"), nil},
		{"long-line.txt", bytes.Repeat([]byte("word "), 800_000), nil},
		{"too-much-text.txt", bytes.Repeat([]byte("word "), 2_000_000), ErrTooLarge},
		{"wide.html", []byte("<html><body>" + strings.Repeat("<i>x</i>", maxElements+1)), ErrTooLarge},
		{"operand-flood.pdf", buildPDF(pdfCatalog, pdfPages, pdfPage, flateStream(bytes.Repeat([]byte("1 "), maxOperands+1)), pdfFont), ErrMalformed},
		{"operand-flood-array.pdf", buildPDF(pdfCatalog, pdfPages, pdfPage, flateStream([]byte("BT ["+strings.Repeat("(a) -1 ", maxOperands)+"] TJ ET")), pdfFont), ErrMalformed},
		{"big-tj.pdf", buildPDF(pdfCatalog, pdfPages, pdfPage, flateStream([]byte("BT /F1 12 Tf 72 700 Td ["+strings.Repeat("(a) -1 ", 5000)+"] TJ ET")), pdfFont), nil},
		{"cmap-bomb.pdf", buildPDF(pdfCatalog, pdfPages, pdfPage, flateStream([]byte("BT /F1 12 Tf 72 700 Td (Hello) Tj ET")),
			"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>", flateStream(bytes.Repeat([]byte(" "), maxCMap+1))), ErrTooLarge},
		{"docx-text-bomb.docx", docxWith(t, "<w:document xmlns:w=\""+wordNS+"\"><w:body><w:p><w:r><w:t>"+strings.Repeat("x", MaxText+1)+"</w:t></w:r></w:p></w:body></w:document>"), ErrTooLarge},
		{"invalid-utf8.txt", bytes.Repeat([]byte("caf\xe9 \x81\x8d\x8f\x90\x9d "), 1000), nil},
		{"only-bom.txt", []byte("\xef\xbb\xbf  \n"), ErrEmpty},
		{"inner-bom.txt", []byte(" \n\t\r\n \xef\xbb\xbf\n"), ErrEmpty},
		{"punctuation.txt", []byte("... !!! ---\n\n* * *\n"), ErrEmpty},
		{"predictor-bomb.pdf", buildPDF(pdfCatalog, pdfPages, pdfPage, "<< /Length 5 /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 4000000000 >> >>\nstream\nxxxxx\nendstream", pdfFont), ErrTooLarge},
		{"elf.txt", append([]byte("\x7fELF\x02\x01\x01\x00"), make([]byte, 64)...), ErrUnsupported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeTemp(t, tt.name, tt.data)
			start := time.Now()
			_, err := Read(path)
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %v", d)
			}
			if tt.target == nil {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			t.Log(err)
			if !errors.Is(err, tt.target) {
				t.Fatalf("err = %v, want %v", err, tt.target)
			}
			if !strings.HasPrefix(err.Error(), path+": ") {
				t.Errorf("error does not name the file: %v", err)
			}
		})
	}
}

func docxWith(t *testing.T, body string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(body))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// lyingZip stores document.xml with a declared size far below its real one.
func lyingZip(t *testing.T, body string) []byte {
	t.Helper()
	var compressed bytes.Buffer
	fw, err := flate.NewWriter(&compressed, flate.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	fw.Write([]byte(body))
	fw.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate,
		CompressedSize64: uint64(compressed.Len()), UncompressedSize64: 100, CRC32: 1})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(compressed.Bytes())
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// textBomb is a content stream showing more than MaxText bytes of text.
func textBomb() []byte {
	line := "BT /F1 12 Tf 72 700 Td (" + strings.Repeat("x", 1<<20) + ") Tj ET\n"
	return []byte(strings.Repeat(line, MaxText>>20+1))
}

func TestReadPaths(t *testing.T) {
	dir := t.TempDir()
	loop := filepath.Join(dir, "loop.txt")
	if err := os.Symlink(loop, loop); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(52_400_000); err != nil {
		t.Fatal(err)
	}
	f.Close()
	tests := []struct {
		path    string
		target  error
		message string
	}{
		{dir, ErrNotFile, "not a regular file (directory)"},
		{loop, nil, "too many levels of symbolic links"},
		{filepath.Join(dir, "missing.txt"), fs.ErrNotExist, "no such file or directory"},
		{big, ErrTooLarge, "file too large: 50.0 MB, limit 20 MB"},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.path), func(t *testing.T) {
			_, err := Read(tt.path)
			if err == nil || err.Error() != tt.path+": "+tt.message {
				t.Fatalf("err = %v, want %q", err, tt.path+": "+tt.message)
			}
			if tt.target != nil && !errors.Is(err, tt.target) {
				t.Errorf("err = %v, want %v", err, tt.target)
			}
		})
	}
}

func TestReadOddNames(t *testing.T) {
	for _, name := range []string{"two\nlines.bin", "bad\xffutf8.bin"} {
		path := writeTemp(t, name, []byte{0, 1, 2, 3})
		_, err := Read(path)
		if want := strconv.Quote(path) + ": unsupported format (binary data)"; err == nil || err.Error() != want {
			t.Errorf("err = %v, want %s", err, want)
		}
	}
}

func TestReadUnreadable(t *testing.T) {
	path := writeTemp(t, "secret.txt", []byte("Title: Secret\n\nBody."))
	if err := os.Chmod(path, 0); err != nil {
		t.Fatal(err)
	}
	if f, err := os.Open(path); err == nil {
		f.Close()
		t.Skip("running with permission to read mode 000 files (root)")
	}
	_, err := Read(path)
	if !errors.Is(err, fs.ErrPermission) || err.Error() != path+": permission denied" {
		t.Fatalf("err = %v", err)
	}
}

func TestReadContextCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	path := filepath.Join("testdata", "text.pdf")
	_, err := ReadContext(ctx, path)
	if !errors.Is(err, context.Canceled) || !strings.HasPrefix(err.Error(), path+": ") {
		t.Fatalf("err = %v", err)
	}
}
