package extract

import (
	"fmt"
	"strings"
)

// matchYear matches years (1999, fiscal 1989, 1994 or later) and decades
// (the 1990s, the '90s, the nineties).
func (c *scan) matchYear(i int) (match, bool) {
	j := i
	if c.is(i, "the", "fiscal") {
		j++
	}
	if c.seq(i, "the", "year") {
		j++
	}
	if v, end := c.decadeAt(j); v != "" {
		return match{end: end, typ: "DATE", val: v}, true
	}
	if y, end := c.spokenYear(j); y > 0 {
		return match{end: end, typ: "DATE", val: fmt.Sprint(y)}, true
	}
	y := c.yearAt(j)
	if y < 1900 || c.is(i-1, "$") || c.is(j+1, "%", "percent") || j == i+1 && c.is(i, "the") {
		return match{}, false
	}
	end := j + 1
	if c.seq(end, "and", "beyond") || c.seq(end, "or", "later") || c.seq(end, "or", "earlier") {
		end += 2
	}
	return match{end: end, typ: "DATE", val: fmt.Sprint(y)}, true
}

// decadeAt reads a decade at word j ("1990s", "'90s", "nineties") as its
// TIMEX3 value and the index after it.
func (c *scan) decadeAt(j int) (string, int) {
	w := c.at(j)
	if w.lex.class == lxDecade {
		return fmt.Sprint(w.lex.n / 10), j + 1
	}
	if n, ok := digits(strings.TrimSuffix(w.low, "s")); ok && len(w.low) == 5 && n%10 == 0 && n >= 1000 && n < 2100 {
		return fmt.Sprint(n / 10), j + 1
	}
	next := c.at(j + 1).low
	if w.low == "'" && len(next) == 3 && strings.HasSuffix(next, "0s") && isDigit(next[0]) {
		return "19" + next[:1], j + 2
	}
	return "", j
}

// matchYearPhrase matches "the fiscal year", "the full year", "the year
// ended June 30" (a duration), "year-end", and "the year", "the month" or
// "the week" after "for", "of" or "in".
func (c *scan) matchYearPhrase(i int) (match, bool) {
	if c.seq(i, "year", "end") || c.seq(i, "year", "'s", "end") {
		return c.yearEnd(i, i+2+btoi(c.is(i+1, "'s")))
	}
	if !c.is(i, "the") {
		return match{}, false
	}
	j := i + 1
	if c.is(j, "current", "full", "latest", "fiscal") {
		j++
	}
	if c.is(j, "fiscal") {
		j++
	}
	if j == i+1 && c.is(j, "week", "month") && c.is(i-1, "for", "of", "in") && !c.at(j+1).hyph {
		return match{end: j + 1, typ: "DATE", val: c.shiftUnit(c.at(j).lex.code, 0)}, true
	}
	if !c.is(j, "year") || c.at(j+1).hyph || c.yearAt(j+1) > 0 {
		return match{}, false
	}
	if c.is(j+1, "ended", "ending", "ends") {
		return match{end: j + 1, typ: "DURATION", val: "P1Y"}, true
	}
	if j == i+1 && !c.is(i-1, "for", "of", "in") {
		return match{}, false
	}
	return match{end: j + 1, typ: "DATE", val: c.shiftUnit("Y", 0)}, true
}

// yearEnd values "year-end" ending before word end: the last day of this
// year, or of last year in a past clause. The noun phrases "year end" and
// "year's end" are read like "the end of the year": the year, with mod END.
func (c *scan) yearEnd(i, end int) (match, bool) {
	y := "XXXX"
	if c.known() {
		n := c.dct.Year()
		if c.tense(i, end) == tensePast || c.is(i-1, "since") {
			n--
		}
		y = fmt.Sprintf("%04d", n)
	}
	if !c.at(i + 1).hyph {
		return match{end: end, typ: "DATE", val: y, mod: "END"}, true
	}
	return match{end: end, typ: "DATE", val: y + "-12-31"}, true
}

// matchCentury matches "the 20th century" and "the eleventh century".
func (c *scan) matchCentury(i int) (match, bool) {
	j := i + btoi(c.is(i, "the"))
	n := c.at(j).lex.n
	if c.at(j).lex.class != lxOrdinal {
		n = c.dayAt(j) // "20th"
		if c.at(j).num > 0 {
			n = 0
		}
	}
	if n < 1 || n > 21 || !c.is(j+1, "century") {
		return match{}, false
	}
	return match{end: j + 2, typ: "DATE", val: fmt.Sprintf("%02d", n-1)}, true
}
