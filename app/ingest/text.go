package ingest

import (
	"bytes"
	"context"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// decoded is a file's content as UTF-8.
type decoded struct {
	text string
	// offset is where text starts in the file when text is an unchanged
	// slice of the file (valid UTF-8, possibly after a BOM); -1 otherwise.
	offset int
}

// decodeText converts text in UTF-8 (with or without BOM), UTF-16 with BOM or
// Windows-1252 to UTF-8.
func decodeText(data []byte) (decoded, error) {
	if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) && utf8.Valid(data[3:]) {
		return decoded{string(data[3:]), 3}, nil
	}
	if hasUTF16BOM(data) {
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return decoded{}, fmt.Errorf("%w UTF-16 text: %w", ErrMalformed, err)
		}
		return decoded{string(out), -1}, nil
	}
	if utf8.Valid(data) {
		return decoded{string(data), 0}, nil
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return decoded{}, fmt.Errorf("%w Windows-1252 text: %w", ErrMalformed, err)
	}
	return decoded{string(out), -1}, nil
}

// readTextual reads content that sniffed as text: HTML, Markdown or plain text.
func readTextual(ctx context.Context, data []byte, ext string) (Document, error) {
	d, err := decodeText(data)
	if err != nil {
		return Document{}, err
	}
	if strings.TrimSpace(d.text) == "" {
		return Document{}, ErrEmpty
	}
	if isHTML(d.text, ext) {
		return readHTML(ctx, htmlSource(data, d))
	}
	return readText(d, ext == ".md" || ext == ".markdown")
}

// readText reads plain text or Markdown with an optional header block.
func readText(d decoded, markdown bool) (Document, error) {
	doc := Document{Format: "txt"}
	if markdown {
		doc.Format = "md"
	}
	text, offset := d.text, d.offset
	if strings.ContainsRune(text, '\r') {
		text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
		offset = -1
	}
	n := frontMatter(text, &doc)
	if n == 0 {
		n = header(text, &doc)
	}
	rest := text[n:]
	trimmed := strings.TrimSpace(rest)
	if trimmed == "" {
		return Document{}, fmt.Errorf("%w (header without text)", ErrEmpty)
	}
	n += strings.Index(rest, trimmed) // the length of the leading space
	doc.Text = trimmed
	if offset >= 0 {
		doc.BodyOffset = offset + n
	}
	fillFromBody(&doc, markdown)
	return doc, nil
}

// fillFromBody fills the title and date that no header gave from the body.
func fillFromBody(doc *Document, markdown bool) {
	if doc.Published.IsZero() {
		doc.Published, doc.PublishedPrecision, _ = dateline(doc.Text)
	}
	first, _, _ := strings.Cut(doc.Text, "\n")
	first = strings.TrimSpace(first)
	if doc.Title == "" && markdown && strings.HasPrefix(first, "# ") {
		doc.Title = strings.TrimSpace(strings.TrimRight(first[2:], "#"))
	}
	if doc.Title == "" && len(first) <= 4*120 && utf8.RuneCountInString(first) <= 120 {
		if !isDateLine(first) {
			doc.Title = strings.TrimLeft(first, "# ")
		}
	}
}

// maxHeaderLine bounds the length of a header line, so that a file made of
// one long line is not scanned by the header pattern.
const maxHeaderLine = 2048

var headerLine = regexp.MustCompile(`^[ \t]*([A-Za-z]+)[ \t]*:[ \t]*(.*?)[ \t]*$`)

// header parses a leading block of "Key: value" lines into doc and returns
// the number of bytes it takes, including the blank line after it.
func header(text string, doc *Document) int {
	n := 0
	for n < len(text) {
		line, rest, _ := strings.Cut(text[n:], "\n")
		var m []string
		if len(line) <= maxHeaderLine {
			m = headerLine.FindStringSubmatch(line)
		}
		if m == nil || !setField(doc, m[1], m[2]) {
			if n > 0 && strings.TrimSpace(line) == "" {
				n += len(line) + 1
			}
			break
		}
		n = len(text) - len(rest)
	}
	return min(n, len(text))
}

// frontMatter parses a Markdown front matter block delimited by "---" lines.
func frontMatter(text string, doc *Document) int {
	if !strings.HasPrefix(text, "---\n") {
		return 0
	}
	end := strings.Index(text[4:], "\n---")
	if end < 0 {
		return 0
	}
	for line := range strings.SplitSeq(text[4:4+end], "\n") {
		if m := headerLine.FindStringSubmatch(line); m != nil {
			setField(doc, m[1], strings.Trim(m[2], `"'`))
		}
	}
	n := 4 + end + len("\n---")
	if _, rest, ok := strings.Cut(text[n:], "\n"); ok {
		return len(text) - len(rest)
	}
	return len(text)
}

// setField stores a header value in doc; it reports whether key is known.
func setField(doc *Document, key, value string) bool {
	switch strings.ToLower(key) {
	case "title", "headline":
		doc.Title = value
	case "date", "published":
		var ok bool
		if doc.Published, doc.PublishedPrecision, ok = parseDate(value); !ok {
			doc.Published, doc.PublishedPrecision, _ = lineDate(value)
		}
	case "source", "outlet":
		doc.Outlet = value
	case "url":
		doc.URL = value
	case "author", "by":
		doc.Author = value
	default:
		return false
	}
	return true
}
