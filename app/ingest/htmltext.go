package ingest

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockElements end the paragraph before and after them.
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Caption: true, atom.Dd: true, atom.Details: true, atom.Div: true, atom.Dl: true,
	atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true,
	atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true, atom.Hr: true,
	atom.Li: true, atom.Main: true, atom.Nav: true, atom.Ol: true, atom.P: true,
	atom.Pre: true, atom.Section: true, atom.Summary: true, atom.Table: true,
	atom.Tr: true, atom.Ul: true,
}

// hiddenElements never contribute text.
var hiddenElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Object: true, atom.Svg: true, atom.Math: true,
	atom.Head: true, atom.Select: true, atom.Textarea: true, atom.Button: true,
}

// paragraphs collects text into paragraphs with whitespace collapsed.
type paragraphs struct {
	done  []string
	cur   strings.Builder
	space bool
}

func (p *paragraphs) text(s string) {
	if s == "" {
		return
	}
	if unicode.IsSpace(rune(s[0])) {
		p.space = true
	}
	for _, w := range strings.Fields(s) {
		if p.space && p.cur.Len() > 0 {
			p.cur.WriteByte(' ')
		}
		p.cur.WriteString(w)
		p.space = true
	}
	p.space = unicode.IsSpace(rune(s[len(s)-1]))
}

func (p *paragraphs) lineBreak() {
	if p.cur.Len() > 0 {
		p.cur.WriteByte('\n')
	}
	p.space = false
}

func (p *paragraphs) flush() {
	if s := strings.TrimSpace(p.cur.String()); s != "" {
		p.done = append(p.done, s)
	}
	p.cur.Reset()
	p.space = false
}

// blockText renders the text under root with block elements as paragraphs
// separated by blank lines. It walks the tree without recursion.
func blockText(root *html.Node) string {
	if root == nil {
		return ""
	}
	var p paragraphs
	enter := func(n *html.Node) bool {
		switch {
		case n.Type == html.TextNode:
			p.text(n.Data)
			return false
		case n.Type == html.DocumentNode:
			return true
		case n.Type != html.ElementNode:
			return false
		}
		switch a := elementAtom(n); {
		case hiddenElements[a]:
			return false
		case a == atom.Br:
			p.lineBreak()
		case a == atom.Td || a == atom.Th:
			p.space = true
		case blockElements[a]:
			p.flush()
		}
		return true
	}
	exit := func(n *html.Node) {
		if n.Type == html.ElementNode && blockElements[elementAtom(n)] {
			p.flush()
		}
	}
	walk(root, enter, exit)
	p.flush()
	return strings.Join(p.done, "\n\n")
}

// elementAtom returns the atom of an element's tag. Readability builds the
// elements it converts (a div holding only text becomes a p) by name alone,
// without the atom the parser sets.
func elementAtom(n *html.Node) atom.Atom {
	if n.DataAtom == 0 {
		return atom.Lookup([]byte(n.Data))
	}
	return n.DataAtom
}

// walk visits the tree under root in document order without recursion,
// calling enter on the way down (descending only when it returns true) and
// exit on the way up.
func walk(root *html.Node, enter func(*html.Node) bool, exit func(*html.Node)) {
	n := root
	for {
		if enter(n) && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for {
			exit(n)
			if n == root {
				return
			}
			if n.NextSibling != nil {
				n = n.NextSibling
				break
			}
			n = n.Parent
		}
	}
}
