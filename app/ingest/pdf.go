package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ledongthuc/pdf"
)

const (
	// maxPages bounds the page tree walk, so a cyclic tree cannot hang it.
	maxPages = 10000
	// maxContent bounds the decompressed content streams of one PDF.
	maxContent = 32 << 20
)

// errTextLimit stops interpretation once MaxText bytes were extracted.
var errTextLimit = fmt.Errorf("%w: text extracted from the PDF exceeds %d MB", ErrTooLarge, MaxText>>20)

// readPDF extracts the text layer of a PDF in page order.
func readPDF(ctx context.Context, data []byte) (doc Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = Document{}, fmt.Errorf("%w PDF: %v", ErrMalformed, r)
		}
	}()
	if err := checkColumns(data); err != nil {
		return Document{}, err
	}
	r, err := pdf.NewReader(bytes.NewReader(pdfHeader(data)), int64(len(data)))
	if errors.Is(err, pdf.ErrInvalidPassword) {
		return Document{}, fmt.Errorf("%w (encrypted PDF)", ErrUnsupported)
	}
	if err != nil {
		return Document{}, fmt.Errorf("%w PDF: %w", ErrMalformed, err)
	}
	pages := collectPages(r.Trailer().Key("Root").Key("Pages"))
	var out pdfText
	budget := int64(maxContent)
	for _, p := range pages {
		if err := ctx.Err(); err != nil {
			return Document{}, err
		}
		if err := checkContent(p, &budget); err != nil {
			return Document{}, err
		}
		if err := out.page(p); err != nil {
			return Document{}, err
		}
	}
	text := out.String()
	if text == "" {
		return Document{}, ErrNoTextLayer
	}
	return Document{Format: "pdf", Text: text, Title: pdfTitle(r, text)}, nil
}

// pdfHeader lets PDF 2.0 files through the library's 1.x header check.
func pdfHeader(data []byte) []byte {
	if len(data) > 8 && bytes.HasPrefix(data, []byte("%PDF-2.")) {
		fixed := bytes.Clone(data)
		copy(fixed[5:8], "1.7")
		return fixed
	}
	return data
}

// collectPages walks the page tree depth first, in page order, taking at
// most maxPages nodes onto its stack so that cycles and bogus counts cannot
// hang it or exhaust memory.
func collectPages(root pdf.Value) []pdf.Page {
	var pages []pdf.Page
	stack := []pdf.Value{root}
	for pushed := 1; len(stack) > 0; {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch n.Key("Type").Name() {
		case "Page":
			pages = append(pages, pdf.Page{V: n})
		case "Pages":
			kids := n.Key("Kids")
			k := min(kids.Len(), maxPages-pushed)
			for i := k - 1; i >= 0; i-- {
				stack = append(stack, kids.Index(i))
			}
			pushed += k
		}
	}
	return pages
}

// checkContent checks a page's content streams (see checkStream), charging
// their size to budget.
func checkContent(p pdf.Page, budget *int64) error {
	contents := p.V.Key("Contents")
	streams := []pdf.Value{contents}
	if contents.Kind() == pdf.Array {
		streams = streams[:0]
		for i := 0; i < contents.Len() && i < maxPages; i++ {
			streams = append(streams, contents.Index(i))
		}
	}
	for _, s := range streams {
		if err := checkStream(s, budget, fmt.Sprintf("content (limit %d MB)", maxContent>>20)); err != nil {
			return err
		}
	}
	return nil
}

// pdfTitle is the document information title, or the first short line.
func pdfTitle(r *pdf.Reader, text string) string {
	if t := strings.TrimSpace(r.Trailer().Key("Info").Key("Title").Text()); t != "" {
		return t
	}
	line, _, _ := strings.Cut(text, "\n")
	if len(line) <= 120 {
		return line
	}
	return ""
}
