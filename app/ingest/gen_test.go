package ingest

import (
	"archive/zip"
	"bytes"
	"flag"
	"image"
	"image/color"
	"image/png"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

var update = flag.Bool("update", false, "regenerate the binary fixtures in testdata")

const fixtureText = "North Korea recognised the two breakaway regions on Wednesday. “Ukraine cut ties,” the ministry said, citing the café owner’s remarks."

// TestGenerateFixtures writes the binary and encoded fixtures with -update.
func TestGenerateFixtures(t *testing.T) {
	if !*update {
		t.Skip("run with -update to regenerate testdata")
	}
	fixtures := map[string][]byte{
		"cp1252.txt":  encode(t, charmap.Windows1252.NewEncoder().Bytes),
		"utf16le.txt": encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes),
		"utf16be.txt": encode(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes),
		"bom.txt":     append([]byte("\xef\xbb\xbf"), fixtureText...),
		"junk.bin":    junk(),
		"empty.txt":   nil,
		"blank.txt":   []byte(" \n\t\r\n  \n"),
		"photo.txt":   pngBytes(t),
		"text.pdf":    textPDF(t),
		"dated.pdf":   datedPDF(t),
		"scanned.pdf": scannedPDF(t),
		"article.docx": zipOf(t, map[string]string{
			"[Content_Types].xml": contentTypes,
			"word/document.xml":   documentXML,
			"docProps/core.xml":   coreXML,
		}),
		"notword.zip": zipOf(t, map[string]string{"readme.txt": "not a Word document"}),
	}
	for name, data := range fixtures {
		if err := os.WriteFile(filepath.Join("testdata", name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func encode(t *testing.T, enc func([]byte) ([]byte, error)) []byte {
	t.Helper()
	out, err := enc([]byte("Title: Pyongyang recognises breakaway regions\nDate: 13 July 2022\n\n" + fixtureText + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func junk() []byte {
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, 4096)
	for i := range b {
		b[i] = byte(r.UintN(256))
	}
	return b
}

func pngBytes(t *testing.T) []byte {
	t.Helper()
	img := image.NewGray(image.Rect(0, 0, 64, 32))
	for x := range 64 {
		img.Set(x, x/2, color.Gray{Y: 200})
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func newPDF() *fpdf.Fpdf {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetCreationDate(time.Date(2023, 9, 13, 0, 0, 0, 0, time.UTC))
	pdf.SetModificationDate(time.Date(2023, 9, 13, 0, 0, 0, 0, time.UTC))
	pdf.SetCatalogSort(true)
	return pdf
}

func textPDF(t *testing.T) []byte {
	t.Helper()
	pdf := newPDF()
	pdf.AddPage()
	pdf.SetFont("Helvetica", "B", 18)
	pdf.Cell(0, 10, "Kim and Putin meet at Vostochny")
	pdf.Ln(16)
	pdf.SetFont("Helvetica", "", 11)
	pdf.MultiCell(0, 5, pdfParagraphs[0], "", "L", false)
	pdf.Ln(6)
	pdf.MultiCell(0, 5, pdfParagraphs[1], "", "L", false)
	pdf.AddPage()
	pdf.MultiCell(0, 5, pdfParagraphs[2], "", "L", false)
	return output(t, pdf)
}

// datedPDF is a report whose date is printed under its title.
func datedPDF(t *testing.T) []byte {
	t.Helper()
	pdf := newPDF() // the reader takes no date from a PDF's metadata
	pdf.AddPage()
	pdf.SetFont("Helvetica", "B", 18)
	pdf.Cell(0, 10, "Kim and Putin meet at Vostochny")
	pdf.Ln(12)
	pdf.SetFont("Helvetica", "", 11)
	pdf.Cell(0, 5, "Published 13 September 2023")
	pdf.Ln(10)
	pdf.MultiCell(0, 5, pdfParagraphs[0], "", "L", false)
	return output(t, pdf)
}

var pdfParagraphs = []string{
	"Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome on Wednesday, the Kremlin said. The two leaders toured the launch site and then held talks that lasted several hours, officials on both sides said afterwards.",
	"Washington warned that any arms deal would breach United Nations resolutions.",
	"The North Korean leader travelled on to Komsomolsk-on-Amur later in the week.",
}

func scannedPDF(t *testing.T) []byte {
	t.Helper()
	pdf := newPDF()
	pdf.AddPage()
	opts := fpdf.ImageOptions{ImageType: "PNG"}
	pdf.RegisterImageOptionsReader("scan", opts, bytes.NewReader(pngBytes(t)))
	pdf.ImageOptions("scan", 10, 10, 190, 95, false, opts, 0, "")
	return output(t, pdf)
}

func output(t *testing.T, pdf *fpdf.Fpdf) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func zipOf(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "word/document.xml", "docProps/core.xml", "readme.txt"} {
		content, ok := files[name]
		if !ok {
			continue
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: time.Date(2023, 9, 13, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(content)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`

const documentXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Lavrov arrives in Pyongyang</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Russian Foreign Minister Sergei Lavrov </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>arrived</w:t></w:r><w:r><w:t xml:space="preserve"> in Pyongyang on Wednesday.</w:t></w:r></w:p>
<w:p/>
<w:p><w:r><w:t>Date:</w:t><w:tab/><w:t>18 October 2023</w:t><w:br/><w:t>Second line &amp; more.</w:t></w:r></w:p>
<w:p><w:r><w:delText>deleted words</w:delText></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell text</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
</w:body></w:document>`

const coreXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Lavrov in Pyongyang</dc:title><dc:creator>Anna Volkova</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2023-10-18T09:00:00Z</dcterms:created></cp:coreProperties>`
