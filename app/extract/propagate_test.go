package extract

import "testing"

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
