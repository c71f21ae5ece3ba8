package ingest

import (
	"strings"
	"testing"
	"time"
)

func TestReadText(t *testing.T) {
	tests := []struct {
		name, in               string
		markdown               bool
		title, published, prec string
		outlet, author, url    string
		text                   string
	}{
		{name: "header case-insensitive", in: "TITLE: Summit\npublished: 2023-09-13\nOutlet: Wire\nauthor: A. B.\n\nBody.",
			title: "Summit", published: "2023-09-13", prec: "day", outlet: "Wire", author: "A. B.", text: "Body."},
		{name: "header without blank line", in: "Title: T\nDate: 2023\nBody starts here.", title: "T",
			published: "2023-01-01", prec: "year", text: "Body starts here."},
		{name: "header date with time", in: "Title: T\nPublished: 27 Jul. 2023, 17:48 KST\n\nBody.", title: "T",
			published: "2023-07-27", prec: "day", text: "Body."},
		{name: "first date line of a pasted page", in: "Kim tours arms fair\nBy Jon Smith\nUpdated 3:15 PM EDT, Wed July 26, 2023\n" +
			"PYONGYANG, July 25 (Reuters) - Kim Jong Un showed Russia's defence minister new missiles, state media said.",
			title: "Kim tours arms fair", published: "2023-07-25", prec: "day",
			text: "Kim tours arms fair\nBy Jon Smith\nUpdated 3:15 PM EDT, Wed July 26, 2023\n" +
				"PYONGYANG, July 25 (Reuters) - Kim Jong Un showed Russia's defence minister new missiles, state media said."},
		{name: "prose date", in: "Kim tours arms fair\n\nOn July 26, 2023, Kim showed Shoigu new missiles.", title: "Kim tours arms fair",
			text: "Kim tours arms fair\n\nOn July 26, 2023, Kim showed Shoigu new missiles."},
		{name: "markdown date line", in: "# Kim tours arms fair\n\n*Published 26 July 2023*\n\nBody.", markdown: true,
			title: "Kim tours arms fair", published: "2023-07-26", prec: "day", text: "# Kim tours arms fair\n\n*Published 26 July 2023*\n\nBody."},
		{name: "unparsable header date", in: "Title: T\nDate: soon\n\nBody.", title: "T", text: "Body."},
		{name: "CRLF", in: "Title: T\r\nURL: https://x.example/a\r\n\r\nLine one.\r\nLine two.\r\n", title: "T",
			url: "https://x.example/a", text: "Line one.\nLine two."},
		{name: "not a header", in: "Note: this is the body.\nMore.", title: "Note: this is the body.",
			text: "Note: this is the body.\nMore."},
		{name: "front matter", in: "---\ntitle: \"Kim in Russia\"\ndate: 2023-09-12\nlayout: post\n---\n\nBody.", markdown: true,
			title: "Kim in Russia", published: "2023-09-12", prec: "day", text: "Body."},
		{name: "markdown heading", in: "# Heading #\n\nBody.", markdown: true, title: "Heading", text: "# Heading #\n\nBody."},
		{name: "date line", in: "Summit ends\nSeptember 13, 2023\n\nBody.", title: "Summit ends",
			published: "2023-09-13", prec: "day", text: "Summit ends\nSeptember 13, 2023\n\nBody."},
		{name: "posted on", in: "Posted on: 13 Sep 2023\n\nBody text.", published: "2023-09-13", prec: "day",
			text: "Posted on: 13 Sep 2023\n\nBody text."},
		{name: "dateline en dash and agency", in: "SEOUL (Reuters), 13 September 2023 – North Korea said.", published: "2023-09-13",
			prec: "day", text: "SEOUL (Reuters), 13 September 2023 – North Korea said."},
		{name: "no year-only dateline", in: "LONDON, 2023 — Something happened.", title: "LONDON, 2023 — Something happened.", text: "LONDON, 2023 — Something happened."},
		{name: "long first line no title", in: strings.Repeat("word ", 40), text: strings.TrimSpace(strings.Repeat("word ", 40))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := decodeText([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := readText(d, tt.markdown)
			if err != nil {
				t.Fatal(err)
			}
			pub := ""
			if !doc.Published.IsZero() {
				pub = doc.Published.Format(time.DateOnly)
			}
			got := []string{doc.Title, pub, doc.PublishedPrecision, doc.Outlet, doc.Author, doc.URL, doc.Text}
			want := []string{tt.title, tt.published, tt.prec, tt.outlet, tt.author, tt.url, tt.text}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("field %d = %q, want %q", i, got[i], want[i])
				}
			}
		})
	}
}

func TestSniff(t *testing.T) {
	tests := map[string]string{
		"%PDF-1.7\n":                      "pdf",
		"PK\x03\x04rest":                  "zip",
		"MZ Corp announced a merger.":     "text",
		"MZ\x90\x00\x03\x00\x00\x00":      "executable",
		"GIF89a\x01\x00\x01\x00\x00\x00":  "GIF image",
		"RIFF\x00\x00\x00\x00WEBPVP8 ":    "WebP image",
		"caf\xe9 cr\xe8me":                "text",
		"\xff\xfeh\x00i\x00":              "text",
		"a\x01b\x02c\x03d\x04e\x05":       "binary data",
		"SQLite format 3\x00\x10\x00\x01": "SQLite database",
	}
	for in, want := range tests {
		if got := sniff([]byte(in)); got != want {
			t.Errorf("sniff(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsHTML(t *testing.T) {
	tests := []struct {
		text, ext string
		want      bool
	}{
		{"<!DOCTYPE html><p>x", ".txt", true},
		{"  \n<html><body>x", "", true},
		{"<div>fragment</div>", ".htm", true},
		{"<div>fragment</div>", ".txt", false},
		{"Title: <b>", ".html", false},
		{"<3 Pyongyang", ".md", false},
	}
	for _, tt := range tests {
		if got := isHTML(tt.text, tt.ext); got != tt.want {
			t.Errorf("isHTML(%q, %q) = %v", tt.text, tt.ext, got)
		}
	}
}
