package ingest

import (
	"context"
	"fmt"
	"strings"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// maxNesting bounds how deeply elements may nest in an HTML file. The HTML
// parser copes with any depth, but readability and tree rendering recurse.
const maxNesting = 1000

// maxElements bounds the elements of an HTML file. A long news page has a
// few thousand; 300,000 take the parser some 60 MB and readability about a
// second, a million would take hundreds of MB and a minute.
const maxElements = 300_000

var htmlMarkers = []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article"}

// isHTML reports whether text is HTML: it starts with markup and either has
// an HTML extension or names an HTML element near the top.
func isHTML(text, ext string) bool {
	t := strings.TrimLeft(text, " \t\r\n\f")
	if !strings.HasPrefix(t, "<") {
		return false
	}
	if ext == ".html" || ext == ".htm" || ext == ".xhtml" {
		return true
	}
	head := strings.ToLower(t[:min(len(t), 1024)])
	for _, m := range htmlMarkers {
		if strings.Contains(head, m) {
			return true
		}
	}
	return false
}

// htmlSource returns HTML as UTF-8, honouring a declared charset when the
// bytes are neither UTF-8 nor UTF-16.
func htmlSource(data []byte, d decoded) string {
	if d.offset >= 0 || hasUTF16BOM(data) {
		return d.text
	}
	enc, _, _ := charset.DetermineEncoding(data, "text/html")
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return d.text
	}
	// UTF-8, declared or guessed, passes invalid bytes through (a truncated
	// last character).
	return strings.ToValidUTF8(string(out), "\uFFFD")
}

// readHTML extracts the main article text and metadata from an HTML page.
func readHTML(ctx context.Context, src string) (Document, error) {
	depth, elements := nesting(src)
	if depth > maxNesting {
		return Document{}, fmt.Errorf("%w HTML: elements nested %d deep, limit %d", ErrMalformed, depth, maxNesting)
	}
	if elements > maxElements {
		return Document{}, fmt.Errorf("%w: HTML with more than %d elements", ErrTooLarge, maxElements)
	}
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return Document{}, fmt.Errorf("%w HTML: %w", ErrMalformed, err)
	}
	if depth := treeDepth(root); depth > maxNesting {
		return Document{}, fmt.Errorf("%w HTML: elements nested %d deep, limit %d", ErrMalformed, depth, maxNesting)
	}
	meta := pageMeta(root)
	if err := ctx.Err(); err != nil {
		return Document{}, err
	}
	published, precision, dated := meta.date()
	var page string // the whole page's text, for a date line when the metadata has none
	if !dated {
		page = blockText(root)
	}
	parser := readability.NewParser()
	article, err := parser.ParseAndMutate(root, nil)
	if err != nil {
		return Document{}, fmt.Errorf("%w HTML: %w", ErrMalformed, err)
	}
	dropCaptions(article.Node)
	text := withoutBoilerplate(blockText(article.Node))
	if text == "" {
		text = blockText(root)
	}
	if text == "" {
		return Document{}, fmt.Errorf("%w (no readable text in the HTML)", ErrEmpty)
	}
	doc := meta.document(article)
	doc.Text = text
	if dated {
		doc.Published, doc.PublishedPrecision = published, precision
	} else {
		doc.Published, doc.PublishedPrecision, _ = dateline(page)
	}
	return doc, nil
}

// voidElements never have children, so their start tags do not nest.
var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true, atom.Param: true,
}

// selfClosing elements are closed implicitly by the next sibling of their
// kind, so unclosed ones do not nest either.
var selfClosing = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Option: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Rt: true, atom.Rp: true,
}

// nesting returns the deepest element nesting in src and the number of
// elements, found with the tokenizer alone (no tree), stopping as soon as
// either passes its limit. An end tag closes the innermost open element of
// its name and the ones inside it, and is ignored when no such element is
// open, roughly as the parser does.
func nesting(src string) (deepest, elements int) {
	z := html.NewTokenizer(strings.NewReader(src))
	var open []string
	for deepest <= maxNesting && elements <= maxElements {
		switch z.Next() {
		case html.ErrorToken:
			return deepest, elements
		case html.SelfClosingTagToken:
			elements++
		case html.StartTagToken:
			elements++
			name, _ := z.TagName()
			if a := atom.Lookup(name); !voidElements[a] && !selfClosing[a] {
				open = append(open, string(name))
				deepest = max(deepest, len(open))
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			open = closeElement(open, string(name))
		}
	}
	return deepest, elements
}

// closeElement pops the innermost open element called name and those inside
// it. It looks at most 64 levels deep, keeping the scan linear; treeDepth
// checks the parsed tree in case that guess is wrong.
func closeElement(open []string, name string) []string {
	for i := len(open) - 1; i >= 0 && i >= len(open)-64; i-- {
		if open[i] == name {
			return open[:i]
		}
	}
	return open
}

// treeDepth returns the depth of the parsed tree.
func treeDepth(root *html.Node) int {
	depth, deepest := 0, 0
	walk(root, func(*html.Node) bool {
		depth++
		deepest = max(deepest, depth)
		return true
	}, func(*html.Node) { depth-- })
	return deepest
}
