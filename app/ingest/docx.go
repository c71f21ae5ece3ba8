package ingest

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

const wordNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

// maxPart bounds the uncompressed size of one part of a DOCX archive.
const maxPart = 64 << 20

// readDOCX reads the paragraphs of a Word document and its core properties.
func readDOCX(ctx context.Context, data []byte) (Document, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return Document{}, fmt.Errorf("%w zip archive: %w", ErrMalformed, err)
	}
	body := zipEntry(zr, "word/document.xml")
	if body == nil {
		return Document{}, fmt.Errorf("%w (zip archive that is not a Word document)", ErrUnsupported)
	}
	paras, err := docxParagraphs(ctx, body)
	if err != nil {
		return Document{}, err
	}
	text := strings.Join(paras, "\n\n")
	if strings.TrimSpace(text) == "" {
		return Document{}, fmt.Errorf("%w (Word document without text)", ErrEmpty)
	}
	doc := Document{Format: "docx", Text: text}
	if core := zipEntry(zr, "docProps/core.xml"); core != nil {
		if err := docxCore(core, &doc); err != nil {
			return Document{}, err
		}
	}
	if doc.Title == "" && utf8.RuneCountInString(paras[0]) <= 120 {
		doc.Title = paras[0]
	}
	return doc, nil
}

func zipEntry(zr *zip.Reader, name string) *zip.File {
	for _, f := range zr.File {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// openPart opens an archive entry, refusing entries that declare a size
// above maxPart; the reader also stops at maxPart whatever was declared.
func openPart(f *zip.File) (io.ReadCloser, error) {
	if f.UncompressedSize64 > maxPart {
		return nil, partTooLarge(f.Name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%w DOCX: %s: %w", ErrMalformed, f.Name, err)
	}
	return struct {
		io.Reader
		io.Closer
	}{&limitedPart{r: rc, left: maxPart, name: f.Name}, rc}, nil
}

func partTooLarge(name string) error {
	return fmt.Errorf("%w: %s expands to more than %d MB (zip bomb?)", ErrTooLarge, name, maxPart>>20)
}

// limitedPart fails, rather than stops quietly, past its limit.
type limitedPart struct {
	r    io.Reader
	left int64
	name string
}

func (l *limitedPart) Read(p []byte) (int, error) {
	if l.left <= 0 {
		return 0, partTooLarge(l.name)
	}
	n, err := io.LimitReader(l.r, l.left).Read(p)
	l.left -= int64(n)
	return n, err
}

// docxParagraphs returns the non-empty paragraphs (w:p) of document.xml in
// order, with w:tab as a tab and w:br as a line break.
func docxParagraphs(ctx context.Context, f *zip.File) ([]string, error) {
	rc, err := openPart(f)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	dec := xml.NewDecoder(rc)
	var paras []string
	var cur strings.Builder
	inText := false
	size := 0 // text bytes so far
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return appendPara(paras, cur.String()), nil
		}
		if err != nil {
			return nil, xmlError(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			inText = wordElement(t.Name, "t")
			if wordElement(t.Name, "tab") {
				cur.WriteByte('\t')
			} else if wordElement(t.Name, "br") || wordElement(t.Name, "cr") {
				cur.WriteByte('\n')
			}
		case xml.EndElement:
			inText = false
			if wordElement(t.Name, "p") {
				paras = appendPara(paras, cur.String())
				cur.Reset()
				if err := ctx.Err(); err != nil {
					return nil, err
				}
			}
		case xml.CharData:
			if inText {
				cur.Write(t)
				if size += len(t); size > MaxText {
					return nil, fmt.Errorf("%w: text in the Word document exceeds %d MB", ErrTooLarge, MaxText>>20)
				}
			}
		}
	}
}

// wordElement matches a WordprocessingML element by its local name.
func wordElement(n xml.Name, local string) bool {
	return n.Local == local && n.Space == wordNS
}

func xmlError(err error) error {
	if errors.Is(err, ErrTooLarge) {
		return err
	}
	return fmt.Errorf("%w DOCX XML: %w", ErrMalformed, err)
}

// docxCore reads the title, author and creation date from docProps/core.xml.
func docxCore(f *zip.File, doc *Document) error {
	rc, err := openPart(f)
	if err != nil {
		return err
	}
	defer rc.Close()
	dec := xml.NewDecoder(rc)
	var field string
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return xmlError(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			field = t.Name.Local
		case xml.EndElement:
			field = ""
		case xml.CharData:
			setCore(doc, field, strings.TrimSpace(string(t)))
		}
	}
}

func setCore(doc *Document, field, value string) {
	switch {
	case value == "":
	case field == "title" && doc.Title == "":
		doc.Title = value
	case field == "creator" && doc.Author == "":
		doc.Author = value
	case field == "created" && doc.Published.IsZero():
		doc.Published, doc.PublishedPrecision, _ = parseDate(value)
	}
}
