package ingest

import (
	"encoding/json"
	"regexp"
	"strings"
	"time"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// meta is the metadata found in a page's markup before readability runs.
type meta struct {
	props     map[string]string // meta property/name/itemprop → content, first wins
	title     string
	canonical string
	timeAttr  string // datetime of the first <time>
	ld        linkedData
}

// linkedData holds the fields read from JSON-LD.
type linkedData struct {
	headline, published, publisher, author, url string
}

var byPrefix = regexp.MustCompile(`(?i)^\s*by\s+`)

// dateKeys are the meta keys that carry a publication date, best first.
var dateKeys = []string{
	"article:published_time", "datepublished", "og:published_time", "date", "pubdate",
	"publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.issued",
	"dcterms.created", "sailthru.date", "parsely-pub-date",
}

// pageMeta collects metadata from the document tree.
func pageMeta(root *html.Node) meta {
	m := meta{props: map[string]string{}}
	walk(root, func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			m.element(n)
		}
		return n.DataAtom != atom.Script && n.DataAtom != atom.Style
	}, func(*html.Node) {})
	return m
}

func (m *meta) element(n *html.Node) {
	switch n.DataAtom {
	case atom.Meta:
		key := firstAttr(n, "property", "name", "itemprop")
		if content := strings.TrimSpace(attr(n, "content")); key != "" && content != "" {
			m.setProp(strings.ToLower(key), content)
		}
	case atom.Link:
		if m.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
			m.canonical = strings.TrimSpace(attr(n, "href"))
		}
	case atom.Title:
		if m.title == "" && n.FirstChild != nil {
			m.title = strings.Join(strings.Fields(n.FirstChild.Data), " ")
		}
	case atom.Time:
		dt := strings.TrimSpace(attr(n, "datetime"))
		if strings.EqualFold(attr(n, "itemprop"), "datePublished") || hasAttr(n, "pubdate") {
			m.setProp("datepublished", dt)
		}
		if m.timeAttr == "" {
			m.timeAttr = dt
		}
	case atom.Script:
		if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
			m.ld.merge(parseLinkedData(n.FirstChild.Data))
		}
	}
}

func (m *meta) setProp(key, value string) {
	if _, ok := m.props[key]; !ok && value != "" {
		m.props[key] = value
	}
}

// document fills a Document from the markup's metadata, falling back on
// what readability found; readHTML adds the date (see date).
func (m *meta) document(a readability.Article) Document {
	doc := Document{Format: "html"}
	doc.Title = first(m.props["og:title"], m.ld.headline, a.Title(), m.title)
	doc.Outlet = first(m.props["og:site_name"], m.ld.publisher, a.SiteName())
	doc.URL = first(m.canonical, m.props["og:url"], m.ld.url)
	author := m.props["article:author"]
	if strings.Contains(author, "://") {
		author = ""
	}
	doc.Author = first(m.props["author"], m.ld.author, author, byPrefix.ReplaceAllString(a.Byline(), ""))
	return doc
}

// date returns the publication date the metadata gives, best key first.
func (m *meta) date() (time.Time, string, bool) {
	candidates := []string{m.props["article:published_time"], m.ld.published}
	for _, k := range dateKeys[1:] {
		candidates = append(candidates, m.props[k])
	}
	for _, c := range append(candidates, m.timeAttr) {
		if t, p, ok := parseDate(c); ok {
			return t, p, true
		}
	}
	return time.Time{}, "", false
}

// parseLinkedData reads one JSON-LD block: an object, an array of objects,
// or an object with an @graph array. The first object with a datePublished
// or headline wins.
func parseLinkedData(src string) linkedData {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(src)), &v) != nil {
		return linkedData{}
	}
	queue := []any{v}
	for len(queue) > 0 {
		item := queue[0]
		queue = queue[1:]
		switch x := item.(type) {
		case []any:
			queue = append(queue, x...)
		case map[string]any:
			if g, ok := x["@graph"].([]any); ok {
				queue = append(queue, g...)
			}
			if x["datePublished"] != nil || x["headline"] != nil {
				return linkedDataFrom(x)
			}
		}
	}
	return linkedData{}
}

func linkedDataFrom(x map[string]any) linkedData {
	return linkedData{
		headline:  str(x["headline"]),
		published: str(x["datePublished"]),
		publisher: name(x["publisher"]),
		author:    name(x["author"]),
		url:       first(str(x["url"]), str(x["mainEntityOfPage"])),
	}
}

func (l *linkedData) merge(o linkedData) {
	l.headline = first(l.headline, o.headline)
	l.published = first(l.published, o.published)
	l.publisher = first(l.publisher, o.publisher)
	l.author = first(l.author, o.author)
	l.url = first(l.url, o.url)
}

// name reads a schema.org Person or Organization: a string, an object with
// a name, or a list of these joined with commas.
func name(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		return str(x["name"])
	case []any:
		var names []string
		for _, e := range x {
			if n := name(e); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

func str(v any) string {
	s, _ := v.(string)
	return strings.TrimSpace(s)
}

func first(values ...string) string {
	for _, v := range values {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func firstAttr(n *html.Node, keys ...string) string {
	for _, k := range keys {
		if v := attr(n, k); v != "" {
			return v
		}
	}
	return ""
}

func hasToken(list, token string) bool {
	for _, t := range strings.Fields(list) {
		if strings.EqualFold(t, token) {
			return true
		}
	}
	return false
}
