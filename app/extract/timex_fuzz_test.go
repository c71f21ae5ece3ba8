package extract

import (
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"newsline/data"
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

// TIMEX3 values the extractor may write, by type.
var (
	dateValue = `(\d{2,4}|XXXX)(-(\d{2}|XX)(-(\d{2}|XX))?|-W(\d{2}|XX)(-(\d|WE))?|-[QH](\d|X)|-(SP|SU|FA|WI))?`
	timeValue = `T(\d{2}:\d{2}(:\d{2})?|MO|AF|EV|NI|DT)`
	durValue  = `P(\d+(\.\d+)?|X)(Y|M|W|D|Q|DE|CE|WE)|PT(\d+(\.\d+)?|X)[HMS]`
	refValue  = `(PAST|PRESENT|FUTURE)_REF`

	timexValues = map[string]*regexp.Regexp{
		"DATE":     regexp.MustCompile(`^(` + dateValue + `|` + refValue + `)$`),
		"TIME":     regexp.MustCompile(`^(` + dateValue + `)?` + timeValue + `$`),
		"DURATION": regexp.MustCompile(`^` + durValue + `$`),
		"SET":      regexp.MustCompile(`^(` + dateValue + `(` + timeValue + `)?|` + durValue + `)$`),
	}
	calendarDate = regexp.MustCompile(`^\d{3,4}(-(\d{2}(-\d{2})?|W\d{2}|Q\d|SP|SU|FA|WI))?$`)
	timexMods    = map[string]bool{"": true, "APPROX": true, "START": true, "MID": true, "END": true,
		"BEFORE": true, "AFTER": true, "MORE_THAN": true, "LESS_THAN": true, "EQUAL_OR_MORE": true, "EQUAL_OR_LESS": true}
)

// checkTimexValue fails when the value of x is not a well-formed TIMEX3 value
// of its type, or names a date that is not on the calendar (2023-02-30,
// 2021-W53), which the store could not place. Regression inputs are in
// testdata/fuzz/FuzzFindTimexes: days past the end of their month.
func checkTimexValue(t *testing.T, x Timex) {
	t.Helper()
	re, ok := timexValues[x.Type]
	if !ok || !re.MatchString(x.Value) || !timexMods[x.Mod] {
		t.Fatalf("timex %q: type %q, value %q, mod %q is not well-formed", x.Text, x.Type, x.Value, x.Mod)
	}
	day, _, _ := strings.Cut(x.Value, "T")
	if rest, ok := strings.CutPrefix(day, "XXXX"); ok {
		day = "2000" + rest // any year, so a leap year
	}
	if calendarDate.MatchString(day) && !data.ParseValue(day).Known {
		t.Fatalf("timex %q: value %q is not a calendar date", x.Text, x.Value)
	}
}

// FuzzFindTimexes checks that time expressions are sorted, disjoint, on rune
// boundaries and inside their sentence, that their text is the text of their
// span, and that their values are well-formed TIMEX3 values of their type
// and real calendar dates, anchored to a document date or not.
func FuzzFindTimexes(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, int64(0))
		f.Add(s, int64(19615))
	}
	for _, s := range []string{
		"last Monday, next week, the week after, the last week of 2020, this winter, last quarter",
		"Dec. 31, 2020; the following day; two days later; the first half; H2; the 90s; the 21st century",
		"at noon, Tuesday night, 3 p.m., 24:00, every Tuesday morning, monthly, 5,000 years ago, in 9999",
		"the end of the year, New Year's Eve, Christmas, early 2023, up to three hours, 2.5 years",
	} {
		f.Add(s, int64(18627)) // 2021-01-01, a year with 53 ISO weeks before it
		f.Add(s, int64(-39000))
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
			if x.Sentence < 0 || x.Sentence >= len(sents) {
				t.Fatalf("timex %+v: sentence out of range", x)
			}
			s := sents[x.Sentence]
			if x.Start < s.Start || x.End > s.End || x.Text != text[x.Start:x.End] || x.Value == "" {
				t.Fatalf("timex %+v is outside sentence %+v or malformed", x, s)
			}
			if strings.TrimSpace(x.Text) != x.Text {
				t.Fatalf("timex text %q is not trimmed", x.Text)
			}
			checkTimexValue(t, x)
		}
		checkSpans(t, text, spans)
	})
}

// TestLongLine checks that a 5 MB line without punctuation is cut into
// sentences of bounded length: almost every date in it is found and memory
// stays near the size of the input.
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
	if len(sents) < len(text)/maxSentence {
		t.Errorf("got %d sentences, want the line cut into pieces of at most %d bytes", len(sents), maxSentence)
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
