package extract

import (
	"strconv"
	"strings"
	"time"
)

// maxWindow caps the bytes of a sentence scanned at once for time
// expressions, so that a huge unpunctuated input stays bounded in memory.
const maxWindow = 4096

// word is a token, or a hyphen-separated part of one, prepared for matching.
type word struct {
	Span
	low   string   // the text in ASCII lower case
	lex   lexEntry // temporal class
	num   int      // value of an all-digit word, -1 otherwise
	cue   bool     // may start a time expression
	hyph  bool     // joined to the previous word by a hyphen
	upper bool     // starts with an upper-case letter
}

// match is a time expression found at a word index.
type match struct {
	end           int // index of the word after the match
	typ, val, mod string
	tail          *match // the second date of a range ("10-13"), starting at tailStart
	tailStart     int
	dated         bool // a clock time whose day the text names ("7:10 a.m. yesterday")
}

// scan holds the state of one findTimexes call.
type scan struct {
	text, low    string
	dct          time.Time
	ws           []word
	toks         []Token
	sent         int
	lastQuarter  string // the last quarter mentioned ("1989-Q3"), for "the quarter"
	lastDate     string // the last date mentioned, for "the following month"
	lastDateSent int    // the sentence of lastDate
	lastDateEnd  int    // the word after lastDate's expression
	lastDay      string // the last day mentioned, for "the following day"
	lastDaySent  int    // the sentence of lastDay
	lastPastDay  string // the last day mentioned that is not after the DCT
	lastYear     string // the year of the last date mentioned, "since" dates too, for "that year"
}

// findTimexes finds TIMEX3 time expressions in the sentences of text and
// normalises their values against the document creation time dct (unknown
// when zero). Results are sorted and do not overlap.
func findTimexes(text string, sents []Sentence, dct time.Time) []Timex {
	if !dct.IsZero() {
		dct = time.Date(dct.Year(), dct.Month(), dct.Day(), 0, 0, 0, 0, time.UTC)
	}
	c := scan{text: text, low: lowerASCII(text), dct: dct}
	var out []Timex
	for si, s := range sents {
		c.sent = si
		s.Span = clampSpan(text, s.Span)
		for start := s.Start; start < s.End; {
			end := windowEnd(text, start, s.End)
			c.ws = c.words(Span{start, end}, c.ws[:0])
			out = c.scanWords(out)
			start = end
		}
	}
	return out
}

// windowEnd returns the end of the scanning window starting at start: the
// sentence end, or a space near maxWindow bytes on.
func windowEnd(text string, start, end int) int {
	if end-start <= maxWindow {
		return end
	}
	cut := start + maxWindow
	if sp := strings.LastIndexByte(text[start:cut], ' '); sp > 0 {
		return start + sp + 1
	}
	for cut < end && text[cut]&0xC0 == 0x80 {
		cut++
	}
	return cut
}

// lowerASCII returns text with ASCII letters in lower case; byte offsets are
// unchanged.
func lowerASCII(text string) string {
	b := []byte(text)
	for i, x := range b {
		b[i] = lowerByte(x)
	}
	return string(b)
}

// words splits the span into words for matching.
func (c *scan) words(s Span, ws []word) []word {
	c.toks = appendTokens(c.toks[:0], c.text, s)
	for _, t := range c.toks {
		if c.text[t.Start] == '-' || strings.IndexByte(c.text[t.Start:t.End], '-') < 0 {
			ws = append(ws, c.newWord(t.Start, t.End, false))
			continue
		}
		start := t.Start
		for k := t.Start; k <= t.End; k++ {
			if k < t.End && (c.text[k] != '-' || k == start) {
				continue
			}
			if k > start {
				ws = append(ws, c.newWord(start, k, start > t.Start))
			}
			start = k + 1
		}
	}
	return ws
}

// newWord prepares the word text[start:end].
func (c *scan) newWord(start, end int, hyph bool) word {
	w := word{Span: Span{start, end}, low: c.low[start:end], hyph: hyph, num: -1}
	w.upper = c.text[start] >= 'A' && c.text[start] <= 'Z'
	w.lex, w.cue = timexLexicon[w.low]
	if n, ok := digits(w.low); ok {
		w.num = n
	}
	w.cue = w.cue || isDigit(w.low[0])
	return w
}

// digits parses an all-digit word of at most 9 digits.
func digits(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// scanWords appends the time expressions in c.ws to out.
func (c *scan) scanWords(out []Timex) []Timex {
	for i := 0; i < len(c.ws); {
		if !c.ws[i].cue {
			i++
			continue
		}
		m, ok := c.longest(i)
		if !ok {
			i++
			continue
		}
		out = append(out, c.timex(i, m))
		if m.tail != nil {
			out = append(out, c.timex(m.tailStart, *m.tail))
		}
		i = max(m.end, m.tail.endOr(0))
	}
	return out
}

// endOr returns m.end, or def when m is nil.
func (m *match) endOr(def int) int {
	if m == nil {
		return def
	}
	return m.end
}

// timex turns the match at word i into a Timex.
func (c *scan) timex(i int, m match) Timex {
	s := Span{c.ws[i].Start, c.ws[m.end-1].End}
	if m.typ == "DATE" && (digitDate(m.val) || len(m.val) > 5 && digitDate(m.val[:4]) && m.val[4] == '-') {
		c.lastYear = m.val[:4] // "his first visit since January 2019 ... in June that year", "the summer of 2023 ... in July that year"
	}
	if m.typ == "DATE" && digitDate(m.val) && !(i > 0 && c.is(i-1, "since") && len(m.val) < len("2006-01-02") && !c.seq(m.end, ",", "when")) {
		// "Since October" opens a stretch of time, no date a later "the
		// same day" or "the following month" counts from; but "since late
		// July 2023, when Shoigu travelled to Pyongyang" tells an event's
		c.lastDate, c.lastDateSent, c.lastDateEnd = m.val, c.sent, m.end
		if len(m.val) == len("2006-01-02") {
			c.lastDay, c.lastDaySent = m.val, c.sent
			if c.dct.IsZero() || m.val <= c.dct.Format("2006-01-02") {
				c.lastPastDay = m.val
			}
		}
	}
	if m.typ == "DURATION" && len(c.lastDate) == len("2006-01-02") && c.is(m.end, "later", "earlier") {
		c.countOn(m.val, c.is(m.end, "earlier"))
	}
	if m.typ == "TIME" && (m.dated || partOfDay(m.val)) && len(m.val) > len("2006-01-02") && isDigit(m.val[0]) {
		c.lastDay, c.lastDaySent = m.val[:len("2006-01-02")], c.sent         // "at 7:10 a.m. yesterday"
		c.lastDate, c.lastDateSent, c.lastDateEnd = c.lastDay, c.sent, m.end // "lodged a protest on Tuesday night ... said the same day"
	}
	if c.is(i, "the") && reportingSpan(m) {
		c.lastQuarter = "" // "the nine months": a year ago is now the year before
	}
	return Timex{Span: s, Text: c.text[s.Start:s.End], Type: m.typ, Value: m.val, Mod: m.mod, Sentence: c.sent}
}

// partOfDay reports whether a TIME value is a part of a named day:
// "2023-11-21TNI" for "Tuesday night".
func partOfDay(v string) bool {
	_, part, ok := strings.Cut(v, "T")
	return ok && (part == "MO" || part == "AF" || part == "EV" || part == "NI" || part == "DT")
}

// countOn moves the last day told by a duration in days or weeks that
// "later" or "earlier" follows, so that "the same day" after it names the
// day it counts to: "On 26 April, Gerasimov reported ... Two days later,
// North Korea confirmed it. The Kremlin released a statement the same day".
func (c *scan) countOn(period string, back bool) {
	unit := period[len(period)-1:]
	n, err := strconv.Atoi(strings.TrimPrefix(period[:len(period)-1], "P"))
	if err != nil || unit != "D" && unit != "W" || n <= 0 {
		return
	}
	if unit == "W" {
		n *= 7
	}
	if back {
		n = -n
	}
	c.lastDate = shiftDate(c.lastDate, "D", n)
	c.lastDay, c.lastDaySent = c.lastDate, c.sent
}

// digitDate reports whether v is a year, a month or a day in digits
// ("2024", "2024-01", "2024-01-02"), a date that later ones count from; a
// quarter or a season such as "2024-Q1" is none.
func digitDate(v string) bool {
	if len(v) != 4 && len(v) != 7 && len(v) != 10 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if i == 4 || i == 7 {
			if v[i] != '-' {
				return false
			}
		} else if !isDigit(v[i]) {
			return false
		}
	}
	return true
}

// reportingSpan reports whether m is a span of several months longer than a
// quarter, as results are reported for ("the first nine months").
func reportingSpan(m match) bool {
	if m.typ != "DURATION" || len(m.val) < 3 || m.val[0] != 'P' || m.val[len(m.val)-1] != 'M' {
		return false
	}
	n, ok := digits(m.val[1 : len(m.val)-1])
	return ok && n > 3 && n < 12
}

// longest returns the longest match at word i, with or without a leading
// modifier ("about", "early", "the end of").
func (c *scan) longest(i int) (match, bool) {
	best, ok := c.core(i)
	if k, mod := c.modifier(i); k > 0 {
		if m, mok := c.core(i + k); mok && c.modFits(mod, k, i, m) && (!ok || m.end > best.end) {
			m.mod = mod
			best, ok = m, true
		}
	}
	return best, ok
}

// core returns the longest expression without modifier starting at word i.
func (c *scan) core(i int) (match, bool) {
	var best match
	found := false
	for _, f := range matchers {
		if m, ok := f(c, i); ok && (!found || m.end > best.end) && onCalendar(m) {
			best, found = m, true
		}
	}
	return best, found
}

// onCalendar reports whether the days that m and its range tail name exist:
// "Feb. 30" and "April 31, 2023" are no dates.
func onCalendar(m match) bool {
	for x := &m; x != nil; x = x.tail {
		v := x.val
		if len(v) < 10 || v[4] != '-' || v[7] != '-' {
			continue
		}
		mo, okm := digits(v[5:7])
		d, okd := digits(v[8:10])
		if !okm || !okd {
			continue
		}
		y, ok := digits(v[:4])
		if !ok {
			y = 2000 // XXXX: any year, so a leap year
		}
		if t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC); int(t.Month()) != mo || t.Day() != d {
			return false
		}
	}
	return true
}

// at returns word i, or an empty word when i is out of range.
func (c *scan) at(i int) word {
	if i < 0 || i >= len(c.ws) {
		return word{num: -1}
	}
	return c.ws[i]
}

// is reports whether word i is one of the given lower-case words.
func (c *scan) is(i int, words ...string) bool {
	low := c.at(i).low
	for _, w := range words {
		if low == w {
			return true
		}
	}
	return false
}
