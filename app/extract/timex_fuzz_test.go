package extract

import (
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// checkSpans fails when spans are out of bounds, unsorted, overlapping or
// not on rune boundaries of valid UTF-8 text.
func checkSpans(t *testing.T, text string, spans []Span) {
	t.Helper()
	valid := utf8.ValidString(text)
	prev := 0
	for _, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("span %+v after %d is out of order or bounds (len %d)", s, prev, len(text))
		}
		if valid && (!utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End])) {
			t.Fatalf("span %+v is not on rune boundaries", s)
		}
		prev = s.End
	}
}

// fuzzSeeds are small inputs for the fuzz targets.
var fuzzSeeds = []string{
	"", "Kim arrived on Tuesday. Putin met him Sept. 8, 2023.",
	"WASHINGTON (AP) — The U.S. said... “No.” Mr. Kim left\n\nHeadline\n- bullet",
	"September 10-13, 2023 in the 1990s, about three weeks ago, 10:30 a.m. EST Friday",
	"the third-quarter, 1/2/99, 2023-09-14, nineteen ninety-four, every other week",
	"Jan. Sept.", "\xff\xfe-\x80 May 3", "a.m. p.m. No. ...... ?!", "late", "the",
}

func FuzzSplitSentences(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		sents := splitSentences(text)
		spans := make([]Span, len(sents))
		for i, s := range sents {
			spans[i] = s.Span
			if strings.TrimSpace(text[s.Start:s.End]) != text[s.Start:s.End] {
				t.Fatalf("sentence %q is not trimmed", text[s.Start:s.End])
			}
		}
		checkSpans(t, text, spans)
	})
}

func FuzzFindTimexes(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, int64(0))
		f.Add(s, int64(19615))
	}
	f.Fuzz(func(t *testing.T, text string, days int64) {
		var anchor time.Time
		if days != 0 {
			anchor = time.Unix(0, 0).UTC().AddDate(0, 0, int(days%40000))
		}
		sents := splitSentences(text)
		tx := findTimexes(text, sents, anchor)
		spans := make([]Span, len(tx))
		for i, x := range tx {
			spans[i] = x.Span
			s := sents[x.Sentence]
			if x.Start < s.Start || x.End > s.End || x.Text != text[x.Start:x.End] || x.Value == "" {
				t.Fatalf("timex %+v is outside sentence %+v or malformed", x, s)
			}
		}
		checkSpans(t, text, spans)
	})
}

// TestLongLine checks that a 5 MB line without punctuation is scanned in
// bounded windows: every date in it is found and memory stays near the size
// of the input.
func TestLongLine(t *testing.T) {
	unit := strings.Repeat("the delegation arrived and talks went on ", 25) + "on Sept. 8 "
	text := strings.Repeat(unit, 5<<20/len(unit))
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	sents := splitSentences(text)
	tx := findTimexes(text, sents, dct)
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	if len(sents) != 1 {
		t.Errorf("got %d sentences, want 1", len(sents))
	}
	if want := strings.Count(text, "Sept. 8"); len(tx) < want*99/100 {
		t.Errorf("found %d timexes, want about %d", len(tx), want)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 4*uint64(len(text)) {
		t.Errorf("allocated %d bytes for %d bytes of text", alloc, len(text))
	}
	if elapsed > 20*time.Second {
		t.Errorf("took %v", elapsed)
	}
}
