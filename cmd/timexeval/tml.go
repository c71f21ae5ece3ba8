package main

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// goldTimex is one annotated TIMEX3 with byte offsets into the document text.
type goldTimex struct {
	Start, End int
	Type       string
	Value      string
	Mod        string
}

// document is a TimeML file reduced to its text, creation time and timexes.
type document struct {
	Name    string
	Text    string
	DCT     time.Time
	Timexes []goldTimex
}

// readTML parses a TimeML file: the text is the content of the TEXT element
// with tags stripped and entities decoded, and the DCT comes from the
// CREATION_TIME timex.
func readTML(path string) (document, error) {
	f, err := os.Open(path)
	if err != nil {
		return document{}, err
	}
	defer f.Close()
	doc, err := parseTML(f)
	if err != nil {
		return document{}, fmt.Errorf("read %s: %w", path, err)
	}
	doc.Name = path
	return doc, nil
}

// parseTML reads a TimeML document from r.
func parseTML(r io.Reader) (document, error) {
	var (
		doc    document
		text   strings.Builder
		inText bool
		open   *goldTimex
	)
	dec := xml.NewDecoder(r)
	dec.Strict = false
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return doc, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case t.Name.Local == "TEXT":
				inText = true
			case t.Name.Local == "TIMEX3" && attr(t, "functionInDocument") == "CREATION_TIME":
				doc.DCT, _ = time.Parse("2006-01-02", firstN(attr(t, "value"), 10))
			case t.Name.Local == "TIMEX3" && inText:
				open = &goldTimex{Start: text.Len(), Type: attr(t, "type"), Value: attr(t, "value"), Mod: attr(t, "mod")}
			}
		case xml.EndElement:
			switch {
			case t.Name.Local == "TEXT":
				inText = false
			case t.Name.Local == "TIMEX3" && open != nil:
				open.End = text.Len()
				if open.End > open.Start {
					doc.Timexes = append(doc.Timexes, *open)
				}
				open = nil
			}
		case xml.CharData:
			if inText {
				text.Write(t)
			}
		}
	}
	doc.Text = text.String()
	return doc, nil
}

// attr returns the value of the attribute named name.
func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// firstN returns the first n bytes of s.
func firstN(s string, n int) string {
	return s[:min(n, len(s))]
}
