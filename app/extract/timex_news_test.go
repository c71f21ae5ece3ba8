package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// markedTimex is a time expression marked in a fixture as [text|VALUE].
type markedTimex struct {
	Span
	value string
}

// readMarked reads a fixture: a "DCT YYYY-MM-DD" line, a blank line, then
// text with its time expressions marked as [text|VALUE].
func readMarked(t *testing.T, path string) (string, time.Time, []markedTimex) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	head, body, _ := strings.Cut(string(data), "\n\n")
	dct, err := time.Parse("2006-01-02", strings.TrimPrefix(head, "DCT "))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var text strings.Builder
	var marks []markedTimex
	for {
		open := strings.IndexByte(body, '[')
		if open < 0 {
			break
		}
		inner, rest, ok := strings.Cut(body[open+1:], "]")
		span, value, bar := strings.Cut(inner, "|")
		if !ok || !bar {
			t.Fatalf("%s: bad mark near %q", path, body[open:min(len(body), open+30)])
		}
		text.WriteString(body[:open])
		marks = append(marks, markedTimex{Span{text.Len(), text.Len() + len(span)}, value})
		text.WriteString(span)
		body = rest
	}
	text.WriteString(body)
	return text.String(), dct, marks
}

// TestTimexNews measures value recall and precision on hand-marked articles
// about the Russia–North Korea story: a marked timex counts when a found one
// overlaps it with the same value.
func TestTimexNews(t *testing.T) {
	paths, err := filepath.Glob("testdata/timex/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatal("no timex fixtures")
	}
	var gold, found, right int
	for _, p := range paths {
		text, dct, marks := readMarked(t, p)
		got := findTimexes(text, splitSentences(text), dct)
		gold += len(marks)
		found += len(got)
		for _, x := range got {
			if !overlapsMark(marks, x.Span) {
				t.Logf("%s: extra %q %s %s", filepath.Base(p), x.Text, x.Type, x.Value)
			}
		}
		for _, m := range marks {
			if x, ok := overlapping(got, m.Span); ok && x.Value == m.value {
				right++
			} else {
				t.Logf("%s: %q want %s, got %+v", filepath.Base(p), text[m.Start:m.End], m.value, x)
			}
		}
	}
	recall, precision := float64(right)/float64(gold), float64(right)/float64(max(found, 1))
	t.Logf("value recall %.3f, precision %.3f (%d marked, %d found, %d right)", recall, precision, gold, found, right)
	if recall < 0.9 || precision < 0.85 {
		t.Errorf("value recall %.3f or precision %.3f below 0.9 / 0.85", recall, precision)
	}
}

// overlapping returns the first timex overlapping s.
func overlapping(tx []Timex, s Span) (Timex, bool) {
	for _, x := range tx {
		if x.Start < s.End && s.Start < x.End {
			return x, true
		}
	}
	return Timex{}, false
}

// overlapsMark reports whether s overlaps a marked timex.
func overlapsMark(marks []markedTimex, s Span) bool {
	for _, m := range marks {
		if m.Start < s.End && s.Start < m.End {
			return true
		}
	}
	return false
}
