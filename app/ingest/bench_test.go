package ingest

import (
	"path/filepath"
	"testing"
)

func benchmarkRead(b *testing.B, name string) {
	path := filepath.Join("testdata", name)
	b.ReportAllocs()
	for b.Loop() {
		doc, err := Read(path)
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(len(doc.Text)))
	}
}

// BenchmarkReadHTML reads a news page through readability and the metadata
// scan.
func BenchmarkReadHTML(b *testing.B) { benchmarkRead(b, "published_time.html") }

// BenchmarkReadText reads a text file with a header block.
func BenchmarkReadText(b *testing.B) { benchmarkRead(b, "header.txt") }

// BenchmarkReadPDF reads a two-page PDF.
func BenchmarkReadPDF(b *testing.B) { benchmarkRead(b, "text.pdf") }

// BenchmarkReadDOCX reads a small Word document.
func BenchmarkReadDOCX(b *testing.B) { benchmarkRead(b, "article.docx") }
