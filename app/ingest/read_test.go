package ingest

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// want is what a fixture must read as; empty fields are not checked.
type want struct {
	format, title, outlet, url, author string
	published                          string // 2006-01-02 in the source's zone
	precision                          string
	textHas, textLacks                 []string
	textStarts                         string
}

func TestReadFixtures(t *testing.T) {
	tests := map[string]want{
		"published_time.html": {format: "html", title: "Kim meets Putin at Russian spaceport", outlet: "Harbour Times",
			url: "https://harbour.example/world/kim-putin", author: "Mina Park", published: "2023-09-13", precision: "day",
			textHas: []string{"Seoul.\n\nThe two leaders"}, textLacks: []string{"Copyright", "Sport"}},
		"jsonld_graph.html": {format: "html", title: "Lavrov arrives in Pyongyang for two-day visit", outlet: "Eastern Wire",
			url: "https://wire.example/lavrov-pyongyang", author: "Ivan Sokolov, Ji-woo Han", published: "2023-10-18", precision: "day"},
		"time_element.html": {format: "html", published: "2023-09-12", precision: "day", author: "Olga Petrova, 12 September 2023"},
		"meta_date.html":    {format: "html", title: "White House says shells shipped covertly", published: "2022-11-02", precision: "day"},
		"month_only.html":   {format: "html", published: "2022-12-01", precision: "month"},
		"body_date.html":    {format: "html", published: "2024-06-19", precision: "day"},
		"dated.pdf":         {format: "pdf", published: "2023-09-13", precision: "day"},
		"scripts.html": {format: "html", title: "Shoigu in Pyongyang", textStarts: "Shoigu attends armistice parade\n\nKim Jong Un",
			textLacks: []string{"PAYLOAD", "secret-style", "alert", "{"}},
		"header.txt": {format: "txt", title: "White House says North Korea delivered rockets to Wagner", outlet: "Capitol Ledger",
			url: "https://ledger.example/wagner-rockets", author: "Sam Ortiz", published: "2022-12-22", precision: "day",
			textStarts: "North Korea delivered", textLacks: []string{"Title:", "By:"}},
		"month_header.txt": {format: "txt", published: "2023-09-01", precision: "month", textStarts: "A month-only"},
		"article.md": {format: "md", title: "Kim tours aircraft plant in Komsomolsk-on-Amur",
			textStarts: "# Kim tours aircraft plant"},
		"dateline.txt":   {format: "txt", title: "", published: "2023-09-13", precision: "day", textStarts: "VLADIVOSTOK, Russia"},
		"title_line.txt": {format: "txt", title: "Seoul Notes", textStarts: "Seoul Notes\n\n", precision: ""},
		"cp1252.txt": {format: "txt", title: "Pyongyang recognises breakaway regions", published: "2022-07-13",
			textHas: []string{"“Ukraine cut ties,”", "café owner’s"}},
		"utf16le.txt": {format: "txt", title: "Pyongyang recognises breakaway regions", published: "2022-07-13",
			textHas: []string{"“Ukraine cut ties,”", "café owner’s"}},
		"utf16be.txt": {format: "txt", title: "Pyongyang recognises breakaway regions", published: "2022-07-13",
			textHas: []string{"“Ukraine cut ties,”", "café owner’s"}},
		"bom.txt": {format: "txt", textStarts: "North Korea recognised"},
		"text.pdf": {format: "pdf", title: "Kim and Putin meet at Vostochny",
			textHas: []string{"Vostochny\n\nKim Jong Un met", "The two leaders toured", "afterwards.\n\nWashington warned",
				"resolutions.\n\nThe North Korean leader travelled on to Komsomolsk-on-Amur"}},
		"article.docx": {format: "docx", title: "Lavrov in Pyongyang", author: "Anna Volkova", published: "2023-10-18", precision: "day",
			textStarts: "Lavrov arrives in Pyongyang\n\nRussian Foreign Minister Sergei Lavrov arrived in Pyongyang on Wednesday.\n\nDate:\t18 October 2023\nSecond line & more.\n\nCell text",
			textLacks:  []string{"deleted"}},
	}
	for name, w := range tests {
		t.Run(name, func(t *testing.T) {
			doc, err := Read(filepath.Join("testdata", name))
			if err != nil {
				t.Fatal(err)
			}
			check(t, doc, w)
		})
	}
}

func check(t *testing.T, doc Document, w want) {
	t.Helper()
	fields := []struct{ name, got, want string }{
		{"format", doc.Format, w.format}, {"title", doc.Title, w.title}, {"outlet", doc.Outlet, w.outlet},
		{"url", doc.URL, w.url}, {"author", doc.Author, w.author}, {"precision", doc.PublishedPrecision, w.precision},
	}
	for _, f := range fields {
		if f.want != "" && f.got != f.want {
			t.Errorf("%s = %q, want %q", f.name, f.got, f.want)
		}
	}
	if w.published != "" && doc.Published.Format(time.DateOnly) != w.published {
		t.Errorf("published = %v, want %s", doc.Published, w.published)
	}
	if !strings.HasPrefix(doc.Text, w.textStarts) {
		t.Errorf("text starts %q, want %q", doc.Text[:min(len(doc.Text), 80)], w.textStarts)
	}
	for _, s := range w.textHas {
		if !strings.Contains(doc.Text, s) {
			t.Errorf("text lacks %q:\n%s", s, doc.Text)
		}
	}
	for _, s := range w.textLacks {
		if strings.Contains(doc.Text, s) {
			t.Errorf("text has %q:\n%s", s, doc.Text)
		}
	}
}

func TestReadRefuses(t *testing.T) {
	tests := []struct {
		file    string
		target  error
		message string
	}{
		{"junk.bin", ErrUnsupported, "unsupported format (binary data)"},
		{"photo.txt", ErrUnsupported, "unsupported format (PNG image)"},
		{"notword.zip", ErrUnsupported, "unsupported format (zip archive that is not a Word document)"},
		{"empty.txt", ErrEmpty, "empty file"},
		{"blank.txt", ErrEmpty, "empty file"},
		{"scanned.pdf", ErrNoTextLayer, "no text layer (scanned?)"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", tt.file)
			_, err := Read(path)
			if !errors.Is(err, tt.target) {
				t.Fatalf("err = %v, want %v", err, tt.target)
			}
			if want := path + ": " + tt.message; err.Error() != want {
				t.Errorf("err = %q, want %q", err, want)
			}
		})
	}
}

func TestBodyOffset(t *testing.T) {
	for _, name := range []string{"header.txt", "bom.txt", "month_header.txt", "dateline.txt"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("testdata", name)
			doc, err := Read(path)
			if err != nil {
				t.Fatal(err)
			}
			raw := readRaw(t, path)
			if got := raw[doc.BodyOffset : doc.BodyOffset+len(doc.Text)]; got != doc.Text {
				t.Errorf("file[%d:] = %q, want Text %q", doc.BodyOffset, got, doc.Text)
			}
		})
	}
}
