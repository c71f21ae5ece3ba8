package extract

import (
	"testing"
	"time"
)

func TestDocNamesMissed(t *testing.T) {
	words := func(s string) []nerWord { return nerWords(nil, s, Span{0, len(s)}) }
	d := docNames{}
	first := words("Zaha Hadid studied in Beirut.")
	d.add(first, []nerSpan{{Start: 0, End: 2, Type: "PERSON", Entry: -1}, {Start: 4, End: 5, Type: "GPE", Entry: -1}})
	for _, tc := range []struct {
		text string
		want int // spans added
	}{
		{"Hadid moved to London.", 1},
		{"Later, Mr. Hadid left Beirut.", 2},
		{"The Hadid Prize is new.", 0}, // part of another name
		{"Zaha studied.", 0},           // given names are not propagated
	} {
		ws := words(tc.text)
		gt := theGazetteer().gazTags(nil, ws, nil)
		if got := d.missed(ws, gt, nil); len(got) != tc.want {
			t.Errorf("%q: %d spans %v, want %d", tc.text, len(got), got, tc.want)
		}
	}
}

func TestDocNamesMissedKeepsOrder(t *testing.T) {
	ws := nerWords(nil, "Pw as Pw", Span{0, 8})
	d := docNames{}
	d.add(ws, []nerSpan{{Start: 2, End: 3, Type: "PERSON", Entry: -1}})
	got := d.missed(ws, make([]uint8, len(ws)), []nerSpan{{Start: 2, End: 3, Type: "PERSON", Entry: -1}})
	if len(got) != 2 || got[0].Start != 0 || got[1].Start != 2 {
		t.Errorf("spans %v, want words 0 and 2 in order", got)
	}
}

// TestMissedAfterThe checks that a name the document uses elsewhere is found
// after a sentence's capitalised "The" too.
func TestMissedAfterThe(t *testing.T) {
	text := "Monitors of the MSMT said on Friday that oil flowed. The MSMT exists because Russia vetoed the panel."
	a := Analyze(Doc{Text: text}, time.Date(2025, 10, 22, 0, 0, 0, 0, time.UTC))
	n := 0
	for _, m := range a.Mentions {
		if m.Text == "MSMT" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d mentions of MSMT, want 2: %+v", n, a.Mentions)
	}
}
