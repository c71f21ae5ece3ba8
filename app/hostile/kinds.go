package hostile

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// goodMakers write articles that must be stored.
var goodMakers = []maker{
	goodText, goodText, goodText, goodMarkdown, goodHTML, goodScriptHTML, goodPDF, goodDOCX,
	goodLatin1, goodUTF16, goodNewlineName, goodBadUTF8Name, goodControlChars,
}

// badMakers write small files that must be refused, or are extreme enough
// that refusing them is acceptable.
var badMakers = []maker{
	junk, empty, blank, zeroByteAs(".pdf"), zeroByteAs(".docx"), zeroByteAs(".html"),
	nestedHTML, scriptsOnlyHTML, truncatedPDF, garbagePDF, flippedPDF, imageOnlyPDF,
	junkZip, notWordZip, malformedDOCX, gzipAsText, pngAsText, symlinkLoop, danglingLink,
	fifo, unreadable, badNewlineName, badUTF8Name,
}

// onceMakers write one file of each rarer kind.
var onceMakers = []maker{
	pdfStackBomb, pdfPredictorBomb, wideHTML, bigTextDOCX, deepDOCX, dirLoop, ancientPDF,
	pdfManyPages,
}

// hugeMakers write the expensive files (see Options.Huge).
var hugeMakers = []maker{text50MB, line10MB, pdfFlateBomb, docxZipBomb, docxLyingBomb}

func goodText(g *gen) error {
	a := g.article()
	return g.write(g.name("article", ".txt"), "text", Stored, "a plain text article", []byte(a.File()))
}

func goodMarkdown(g *gen) error {
	a := g.article()
	md := fmt.Sprintf("# %s\n\n*%s, %s*\n\n%s", a.Title, a.Outlet, a.Published.Format("2 January 2006"), a.Body)
	return g.write(g.name("article", ".md"), "markdown", Stored, "a Markdown article", []byte(md))
}

func goodHTML(g *gen) error {
	return g.write(g.name("page", ".html"), "html", Stored, "a news web page", htmlPage(g.article(), nil))
}

// goodScriptHTML is an article drowned in scripts, iframes and ads.
func goodScriptHTML(g *gen) error {
	noise := func(i int) string {
		return strings.Repeat(fmt.Sprintf(`<script>var ad%d = "<p>not text</p>"; for (;;) { track(%d); }</script>`+
			`<iframe src="https://ads.example/%d"></iframe><noscript>Enable JavaScript</noscript>`+
			`<div class="ad"><script src="x.js"></script></div>`, i, i, i)+"\n", 50)
	}
	return g.write(g.name("scripts", ".html"), "html-scripts", Stored,
		"an article among hundreds of scripts and iframes", htmlPage(g.article(), noise))
}

func goodPDF(g *gen) error {
	return g.write(g.name("article", ".pdf"), "pdf", Stored, "a PDF with a text layer", articlePDF(g.article()))
}

func goodDOCX(g *gen) error {
	data, err := articleDOCX(g.article())
	if err != nil {
		return err
	}
	return g.write(g.name("article", ".docx"), "docx", Stored, "a Word document", data)
}

// goodLatin1 is an article whose accented letters are Latin-1 bytes, which
// are invalid UTF-8.
func goodLatin1(g *gen) error {
	text := strings.ReplaceAll(g.article().File(), " in ", " in caf\xe9 \x93quoted\x94 ")
	return g.write(g.name("latin1", ".txt"), "invalid-utf8", Stored,
		"an article in Windows-1252 (invalid UTF-8)", []byte(text))
}

func goodUTF16(g *gen) error {
	text := g.article().File()
	out := []byte{0xff, 0xfe}
	for _, r := range text {
		out = append(out, byte(r), byte(r>>8))
	}
	return g.write(g.name("utf16", ".txt"), "utf16", Stored, "an article in UTF-16 with a BOM", out)
}

func goodNewlineName(g *gen) error {
	return g.write(g.name("new\nline", ".txt"), "name-newline", Stored,
		"a good article whose name holds a newline", []byte(g.article().File()))
}

func goodBadUTF8Name(g *gen) error {
	return g.write(g.name("bad\xff\xfename", ".txt"), "name-invalid-utf8", Stored,
		"a good article whose name is invalid UTF-8", []byte(g.article().File()))
}

// goodControlChars is an article sprinkled with a few control characters.
func goodControlChars(g *gen) error {
	text := strings.Replace(g.article().File(), ". ", ".\x1b[0m \x0b", 3)
	return g.write(g.name("controls", ".txt"), "control-chars", Stored,
		"an article with stray control characters", []byte(text))
}

func junk(g *gen) error {
	data := make([]byte, 1+g.r.Intn(64<<10))
	g.r.Read(data)
	data[0] = 0 // binary for sure
	ext := []string{".txt", ".bin", ".html", ".md", ""}[g.r.Intn(5)]
	return g.write(g.name("junk", ext), "junk", Refused, "random binary bytes", data)
}

func empty(g *gen) error {
	return g.write(g.name("empty", ".txt"), "empty", Refused, "zero bytes", nil)
}

func blank(g *gen) error {
	return g.write(g.name("blank", ".txt"), "blank", Refused, "only whitespace", []byte(" \n\t\r\n \xef\xbb\xbf\n"))
}

func zeroByteAs(ext string) maker {
	return func(g *gen) error {
		return g.write(g.name("zero", ext), "zero"+ext, Refused, "zero bytes named "+ext, nil)
	}
}

// nestedHTML nests elements 100,000 deep.
func nestedHTML(g *gen) error {
	tags := []string{"div", "b", "span", "blockquote", "font"}
	tag := tags[g.r.Intn(len(tags))]
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html><html><body>")
	b.WriteString(strings.Repeat("<"+tag+">", 100000))
	b.WriteString("deep text")
	if g.r.Intn(2) == 0 {
		b.WriteString(strings.Repeat("</"+tag+">", 100000))
	}
	b.WriteString("</body></html>")
	return g.write(g.name("nested", ".html"), "html-nested", Refused, "<"+tag+"> nested 100,000 deep", b.Bytes())
}

func scriptsOnlyHTML(g *gen) error {
	page := "<!DOCTYPE html><html><head><title></title></head><body>" +
		strings.Repeat(`<script>document.write("<p>hidden</p>")</script><iframe src="https://x.example/"></iframe>`, 2000) +
		"</body></html>"
	return g.write(g.name("scripts-only", ".html"), "html-scripts-only", Refused,
		"scripts and iframes with no readable text", []byte(page))
}

func truncatedPDF(g *gen) error {
	data := articlePDF(g.article())
	data = data[:8+g.r.Intn(len(data)*3/4)]
	return g.write(g.name("truncated", ".pdf"), "pdf-truncated", Refused, "a PDF cut short (no cross-reference table)", data)
}

func garbagePDF(g *gen) error {
	data := make([]byte, 256+g.r.Intn(8192))
	g.r.Read(data)
	data = append([]byte("%PDF-1.7\n"), data...)
	return g.write(g.name("garbage", ".pdf"), "pdf-garbage", Refused, "a PDF header followed by random bytes", data)
}

// flippedPDF is a good PDF with a few random bytes changed: it may still
// be readable.
func flippedPDF(g *gen) error {
	data := articlePDF(g.article())
	for i := 0; i < 1+g.r.Intn(8); i++ {
		data[9+g.r.Intn(len(data)-9)] = byte(g.r.Intn(256))
	}
	return g.write(g.name("flipped", ".pdf"), "pdf-flipped", Either, "a PDF with random bytes changed", data)
}

func imageOnlyPDF(g *gen) error {
	data := pdfWith(stream([]byte("q 612 0 0 792 0 0 cm /Im1 Do Q")))
	return g.write(g.name("scanned", ".pdf"), "pdf-no-text", Refused, "a PDF without a text layer", data)
}

func junkZip(g *gen) error {
	data := make([]byte, 64+g.r.Intn(4096))
	g.r.Read(data)
	copy(data, "PK\x03\x04")
	return g.write(g.name("junk", ".docx"), "zip-garbage", Refused, "a zip signature followed by random bytes", data)
}

func notWordZip(g *gen) error {
	data, err := zipOf(map[string]string{"readme.txt": "not a Word document"})
	if err != nil {
		return err
	}
	return g.write(g.name("notword", ".docx"), "zip-not-word", Refused, "a zip archive without word/document.xml", data)
}

func malformedDOCX(g *gen) error {
	data, err := zipOf(map[string]string{"word/document.xml": documentXML(wordPara("unterminated"))[:120]})
	if err != nil {
		return err
	}
	return g.write(g.name("malformed", ".docx"), "docx-malformed", Refused, "a Word document with broken XML", data)
}

func gzipAsText(g *gen) error {
	return g.write(g.name("archive", ".txt"), "gzip", Refused, "a gzip archive named .txt",
		[]byte("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\x01\x00\x00\xff\xff"))
}

func pngAsText(g *gen) error {
	data := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 512)...)
	return g.write(g.name("photo", ".txt"), "png", Refused, "a PNG image named .txt", data)
}

// link records a symbolic link named name pointing at target.
func (g *gen) link(target, name, kind, why string) error {
	if err := os.Symlink(target, filepath.Join(g.dir, name)); err != nil {
		return err
	}
	g.add(Entry{Name: name, Kind: kind, Expect: Refused, Why: why})
	return nil
}

// symlinkLoop makes two links pointing at each other.
func symlinkLoop(g *gen) error {
	a, b := g.name("loop-a", ".txt"), g.name("loop-b", ".txt")
	if err := g.link(b, a, "symlink-loop", "a symbolic link loop"); err != nil {
		return err
	}
	return g.link(a, b, "symlink-loop", "a symbolic link loop")
}

func danglingLink(g *gen) error {
	return g.link("does-not-exist.txt", g.name("dangling", ".txt"), "symlink-dangling", "a link to a missing file")
}

// dirLoop is a link to its own folder; imports must not follow it forever.
func dirLoop(g *gen) error {
	return g.link(".", g.name("dirloop", ""), "symlink-dir-loop", "a link to the folder itself")
}

func fifo(g *gen) error {
	name := g.name("fifo", ".txt")
	if err := syscall.Mkfifo(filepath.Join(g.dir, name), 0o644); err != nil {
		return err
	}
	g.add(Entry{Name: name, Kind: "fifo", Expect: Refused, Why: "a named pipe (reading it would block)"})
	return nil
}

// unreadable is a good article with mode 000. Root reads it anyway, so
// then it must be stored.
func unreadable(g *gen) error {
	name := g.name("secret", ".txt")
	if err := g.write(name, "unreadable", Refused, "mode 000 (permission denied)", []byte(g.article().File())); err != nil {
		return err
	}
	if os.Geteuid() == 0 {
		e := &g.m.Entries[len(g.m.Entries)-1]
		e.Expect, e.Why = Stored, "mode 000, but root may read it"
	}
	return os.Chmod(filepath.Join(g.dir, name), 0)
}

func badNewlineName(g *gen) error {
	return g.write(g.name("junk\nwith\nnewlines", ".txt"), "name-newline-junk", Refused,
		"binary bytes under a name with newlines", []byte{0, 1, 2, 3, 0xff})
}

func badUTF8Name(g *gen) error {
	return g.write(g.name("junk\xc3\x28\x80", ".pdf"), "name-invalid-utf8-junk", Refused,
		"a zero-byte file under an invalid UTF-8 name", nil)
}

// pdfStackBomb is a content stream of millions of operands without an
// operator, which piles them up on the interpreter's stack.
func pdfStackBomb(g *gen) error {
	data := pdfWith(stream(bytes.Repeat([]byte("1 "), 4<<20)))
	return g.write(g.name("stack-bomb", ".pdf"), "pdf-stack-bomb", Refused,
		"4 million operands without an operator", data)
}

// pdfPredictorBomb declares a PNG predictor with four billion columns,
// which a naive reader allocates.
func pdfPredictorBomb(g *gen) error {
	content := rawStream(zlibBytes([]byte("BT /F1 12 Tf 72 700 Td (Hello) Tj ET")), "/Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 4000000000 >>")
	return g.write(g.name("predictor-bomb", ".pdf"), "pdf-predictor-bomb", Refused,
		"a stream whose predictor declares 4e9 columns", pdfWith(content))
}

// wideHTML has a million sibling elements: not deep, but a big tree.
func wideHTML(g *gen) error {
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html><html><body><article>")
	b.WriteString(strings.Repeat("<p>x</p><i></i>", 1<<19))
	b.WriteString("</article></body></html>")
	return g.write(g.name("wide", ".html"), "html-wide", Either, "a million sibling elements", b.Bytes())
}

// bigTextDOCX holds 10 MB of text that compresses well: within the part
// limit (64 MB), beyond the text limit (4 MB).
func bigTextDOCX(g *gen) error {
	para := wordPara(strings.Repeat("Officials met in Seoul on Monday. ", 100))
	data, err := zipOf(map[string]string{"word/document.xml": documentXML(strings.Repeat(para, 3000))})
	if err != nil {
		return err
	}
	return g.write(g.name("bigtext", ".docx"), "docx-big-text", Either, "10 MB of text in a small Word document", data)
}

// deepDOCX nests XML elements 100,000 deep in document.xml.
func deepDOCX(g *gen) error {
	body := strings.Repeat("<w:p>", 100000) + "<w:r><w:t>deep</w:t></w:r>" + strings.Repeat("</w:p>", 100000)
	data, err := zipOf(map[string]string{"word/document.xml": documentXML(body)})
	if err != nil {
		return err
	}
	return g.write(g.name("deep", ".docx"), "docx-deep", Either, "XML nested 100,000 deep", data)
}

// ancientPDF is a good PDF with a 2.0 header.
func ancientPDF(g *gen) error {
	data := articlePDF(g.article())
	copy(data, "%PDF-2.0")
	return g.write(g.name("pdf20", ".pdf"), "pdf-2.0", Stored, "a PDF 2.0 article", data)
}

// pdfManyPages has 50,000 empty pages.
func pdfManyPages(g *gen) error {
	const n = 50000
	kids := strings.Repeat("3 0 R ", n)
	data := buildPDF(pdfCatalog, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", kids, n),
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>")
	return g.write(g.name("pages", ".pdf"), "pdf-many-pages", Refused, "50,000 pages without text", data)
}

// text50MB is a 50 MB plain text file of article paragraphs.
func text50MB(g *gen) error {
	a := g.article()
	return g.write(g.name("huge", ".txt"), "text-50mb", Either, "50 MB of text (over the size limit)",
		repeatTo([]byte(a.File()+"\n\n"), 50<<20))
}

// line10MB is a single 10 MB line of words.
func line10MB(g *gen) error {
	return g.write(g.name("longline", ".txt"), "line-10mb", Either, "one 10 MB line",
		repeatTo([]byte("Putin met Kim in Vladivostok on Monday and "), 10<<20))
}

func repeatTo(unit []byte, size int) []byte {
	return bytes.Repeat(unit, size/len(unit)+1)[:size]
}

func pdfFlateBomb(g *gen) error {
	data := pdfWith(rawStream(zlibBomb(), "/Filter /FlateDecode"))
	return g.write(g.name("flate-bomb", ".pdf"), "pdf-flate-bomb", Refused,
		fmt.Sprintf("a content stream that inflates to %d GB", bombSize>>30), data)
}

func docxZipBomb(g *gen) error {
	data, err := zipBomb(false)
	if err != nil {
		return err
	}
	return g.write(g.name("zip-bomb", ".docx"), "docx-zip-bomb", Refused,
		fmt.Sprintf("document.xml inflates to %d GB", bombSize>>30), data)
}

func docxLyingBomb(g *gen) error {
	data, err := zipBomb(true)
	if err != nil {
		return err
	}
	return g.write(g.name("lying-bomb", ".docx"), "docx-lying-bomb", Refused,
		fmt.Sprintf("document.xml inflates to %d GB but declares 4 KB", bombSize>>30), data)
}
