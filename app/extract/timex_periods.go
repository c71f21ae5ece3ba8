package extract

import (
	"fmt"
	"strings"
)

// number reads a quantity at word i: digits, a decimal, words ("twenty
// four", "a couple of", "several"). n is -1 for an unspecified quantity and
// q its TIMEX3 form; next is the index after it.
func (c *scan) number(i int) (n int, q string, next int, ok bool) {
	w := c.at(i)
	switch {
	case w.num >= 0 && len(w.low) <= 3:
		return w.num, w.low, i + 1, true
	case isDecimal(w.low):
		return 0, w.low, i + 1, true
	case w.low == "a" || w.low == "an":
		return c.articleNumber(i)
	case w.lex.class == lxNumber:
		n, next = w.lex.n, i+1
		if t := c.at(next); t.lex.class == lxNumber && n >= 20 && n%10 == 0 && t.lex.n > 0 && t.lex.n < 10 {
			n, next = n+t.lex.n, next+1
		}
		if n < 0 && c.is(next, "of") || w.low == "couple" && c.is(next, "of") {
			next++
		}
	default:
		return 0, "", i, false
	}
	return c.numberTail(n, next)
}

// numberTail reads what may follow a quantity n ending before word next:
// "hundred", "thousand", and a second number of a range ("two to three").
func (c *scan) numberTail(n, next int) (int, string, int, bool) {
	for c.is(next, "hundred", "thousand") && n > 0 {
		n, next = n*c.at(next).lex.n, next+1
	}
	if c.is(next, "to", "or", "-") {
		if m, _, k, ok := c.number(next + 1); ok && m > n && c.at(k).lex.class == lxUnit {
			n, next = -1, k
		}
	}
	if n < 0 {
		return n, "X", next, true
	}
	return n, fmt.Sprint(n), next, true
}

// articleNumber reads "a", "a few", "a couple of", "a dozen" at word i.
func (c *scan) articleNumber(i int) (int, string, int, bool) {
	switch {
	case c.is(i+1, "few"):
		return -1, "X", i + 2, true
	case c.seq(i+1, "couple", "of"):
		return 2, "2", i + 3, true
	case c.is(i+1, "dozen"):
		return 12, "12", i + 2, true
	case c.is(i+1, "hundred", "thousand"):
		return c.numberTail(1, i+1)
	}
	return 1, "1", i + 1, true
}

// isDecimal reports whether s is a decimal number such as "1.5".
func isDecimal(s string) bool {
	dot := strings.IndexByte(s, '.')
	if dot <= 0 || dot == len(s)-1 {
		return false
	}
	_, ok1 := digits(s[:dot])
	_, ok2 := digits(s[dot+1:])
	return ok1 && ok2
}

// spanWords are words that open a duration: "the first nine months", "the
// past three years".
var spanWords = map[string]bool{
	"first": true, "last": true, "past": true, "next": true, "coming": true, "previous": true,
	"following": true, "latest": true, "final": true, "same": true, "initial": true, "recent": true,
}

// durationContext are words before "a week" that show it is a duration,
// not a rate ("$5 a year").
var durationContext = map[string]bool{
	"for": true, "within": true, "in": true, "about": true, "around": true, "over": true, "than": true,
	"after": true, "before": true, "nearly": true, "almost": true, "least": true, "only": true,
	"just": true, "of": true, "to": true, "by": true, "during": true, "some": true, "once": true,
	"twice": true, "times": true, "take": true, "takes": true, "took": true, "lasted": true,
	"last": true, "spent": true, "spend": true, "roughly": true, "barely": true, "up": true,
}

// matchDuration matches durations ("three days", "the past three years",
// "two-week") and dates counted from the DCT ("two days ago", "a year
// earlier").
func (c *scan) matchDuration(i int) (match, bool) {
	j := i
	if c.is(j, "the") {
		j++
	}
	if spanWords[c.at(j).low] {
		j++
	}
	n, q, k, ok := c.number(j)
	u := c.at(k)
	if !ok {
		return c.bareUnits(i, j)
	}
	if u.lex.class != lxUnit || c.at(k+1).hyph || c.is(k+1, "old") || (n == 1 && q == "1" && strings.HasSuffix(u.low, "s") && u.low != "centuries") {
		return match{}, false
	}
	if c.is(j, "a", "an") && j == i && !durationContext[c.at(i-1).low] && !c.is(k+1, "ago", "earlier", "later", "ahead", "before", "after") {
		return match{}, false // "$5 a year", "four flights a week"
	}
	if c.at(j).low == "a" && c.is(j-1, "twice", "once", "times") {
		return match{end: k + 1, typ: "SET", val: duration(1, u.lex.code)}, true
	}
	end := k + 1
	if c.seq(end, "or", "so") || c.is(end, "or") && c.at(end+1).lex.class == lxNumber {
		end += 2
	}
	if j == i {
		if m, ok := c.counted(i, n, u, end); ok {
			return m, true
		}
	}
	if c.is(i, "the") && j == i+1 && (u.hyph || n > 1 && !strings.HasSuffix(u.low, "s")) {
		return match{}, false // "the two-week crisis": the duration starts after "the"
	}
	return match{end: end, typ: "DURATION", val: durationOf(n, q, u.lex)}, true
}

// durationOf formats n (written q) units of the unit entry e.
func durationOf(n int, q string, e lexEntry) string {
	switch {
	case n >= 0 && q != fmt.Sprint(n):
		return durationQ(q, e.code) // a decimal
	case n < 0:
		return duration(n, e.code)
	}
	return duration(n*e.n, e.code)
}

// bareUnits matches "years" in "for years" as an unspecified duration.
func (c *scan) bareUnits(i, j int) (match, bool) {
	u := c.at(j)
	if j != i || u.lex.class != lxUnit || !strings.HasSuffix(u.low, "s") || !c.is(i-1, "for") {
		return match{}, false
	}
	return match{end: j + 1, typ: "DURATION", val: duration(-1, u.lex.code)}, true
}

// counted matches a quantity of units followed by "ago", "earlier",
// "later" or "from now": a date counted from the DCT.
func (c *scan) counted(i, n int, u word, k int) (match, bool) {
	sign, end := 0, k+1
	switch {
	case c.is(k, "ago", "earlier"):
		sign = -1
	case c.is(k, "later", "hence"):
		sign = 1
	case c.seq(k, "from", "now"):
		sign, end = 1, k+2
	default:
		return match{}, false
	}
	code := unitCode(u.lex)
	switch {
	case n < 0 && sign < 0:
		return match{end: end, typ: "DATE", val: "PAST_REF"}, true
	case n < 0:
		return match{end: end, typ: "DATE", val: "FUTURE_REF"}, true
	case code == "H" || code == "MIN" || code == "S":
		return match{end: end, typ: "DATE", val: c.day(0)}, true
	case code == "Y" && n == 1 && c.lastQuarter != "":
		return match{end: end, typ: "DATE", val: shiftYear(c.lastQuarter, -1)}, true
	case code == "DE" || code == "CE":
		return match{end: end, typ: "DATE", val: c.shiftUnit("Y", sign*n*u.lex.n)}, true
	}
	return match{end: end, typ: "DATE", val: c.shiftUnit(code, sign*n)}, true
}

// shiftYear moves the year of a value such as "1989-Q3" by n.
func shiftYear(v string, n int) string {
	y, ok := digits(v[:min(4, len(v))])
	if !ok || len(v) < 4 {
		return v
	}
	return fmt.Sprintf("%04d", y+n) + v[4:]
}

// matchQuarter matches quarters and halves: "the third quarter",
// "third-quarter", "the first half of 1990", "the latest quarter", "the
// year-earlier quarter".
func (c *scan) matchQuarter(i int) (match, bool) {
	j := i
	if c.is(j, "the") {
		j++
	}
	if c.seq(j, "year", "earlier") || c.seq(j, "year", "ago") {
		end := j + 2
		if c.at(end).lex.class == lxOrdinal && c.is(end+1, "quarter") {
			end++
		}
		if !c.is(end, "quarter", "period") && j > i {
			return match{}, false
		}
		return match{end: end + btoi(c.is(end, "quarter", "period")), typ: "DATE", val: shiftYear(c.quarterRef(), -1)}, true
	}
	if shift, ok := deixis[c.at(i).low]; ok && c.seq(i+1, "year", "'s") {
		return c.ownQuarter(i, shift)
	}
	if j > i && c.is(j, "latest", "recent", "same") && c.is(j+1, "quarter", "period") ||
		j > i && c.is(j, "quarter") && !c.at(j+1).hyph {
		end := j + 1 + btoi(!c.is(j, "quarter"))
		return match{end: end, typ: "DATE", val: c.quarterRef()}, true
	}
	if c.is(j, "current") && c.is(j+1, "quarter") {
		c.lastQuarter = c.shiftUnit("Q", 0)
		return match{end: j + 2, typ: "DATE", val: c.lastQuarter}, true
	}
	if y := c.yearAt(j); y > 0 && j > i {
		return c.yearQuarter(y, j+1)
	}
	return c.ordinalQuarter(i, j)
}

// ownQuarter matches "this year's third quarter" and "last year's quarter"
// at word i, where the year is shifted from the DCT by shift.
func (c *scan) ownQuarter(i, shift int) (match, bool) {
	k, q := i+3, 0
	if c.at(k).lex.class == lxOrdinal || c.is(k, "second") {
		q = max(c.at(k).lex.n, 2*btoi(c.is(k, "second")))
		k++
	}
	if !c.is(k, "quarter") || q > 4 || !c.known() {
		return match{}, false
	}
	y := c.dct.Year() + shift
	if q == 0 {
		return match{end: k + 1, typ: "DATE", val: fmt.Sprint(y) + c.quarterRef()[4:]}, true
	}
	return match{end: k + 1, typ: "DATE", val: fmt.Sprintf("%04d-Q%d", y, q)}, true
}

// btoi returns 1 for true.
func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// quarterRef returns the quarter last mentioned, or the last full quarter.
func (c *scan) quarterRef() string {
	if c.lastQuarter != "" {
		return c.lastQuarter
	}
	return c.shiftUnit("Q", -1)
}

// ordinalQuarter matches "the third quarter (of 1989)" and "the first half".
func (c *scan) ordinalQuarter(i, j int) (match, bool) {
	q := c.at(j).lex.n
	if c.at(j).lex.class != lxOrdinal && !c.is(j, "second") {
		return match{}, false
	}
	if c.is(j, "second") {
		q = 2
	}
	kind := "Q"
	switch {
	case c.is(j+1, "quarter") && q <= 4:
	case c.is(j+1, "half") && q <= 2:
		kind = "H"
	default:
		return match{}, false
	}
	end := j + 2
	if c.is(end, "of") && c.is(end+1, "fiscal") {
		end++
	}
	y, end := c.yearAfter(end)
	v := c.periodValue(y, kind, q, i, end)
	if kind == "Q" {
		c.lastQuarter = v
	}
	return match{end: end, typ: "DATE", val: v}, true
}

// yearQuarter matches "the 1988 quarter", "the 1988 second quarter" and
// "the 1989 period" from the word after the year y.
func (c *scan) yearQuarter(y, k int) (match, bool) {
	q := 0
	if c.at(k).lex.class == lxOrdinal || c.is(k, "second") {
		q = max(c.at(k).lex.n, 2*btoi(c.is(k, "second")))
		k++
	}
	if !c.is(k, "quarter", "period") || q > 4 {
		return match{}, false
	}
	if q == 0 && c.lastQuarter != "" {
		return match{end: k + 1, typ: "DATE", val: fmt.Sprint(y) + c.lastQuarter[4:]}, true
	}
	if q == 0 {
		return match{end: k + 1, typ: "DATE", val: fmt.Sprint(y)}, true
	}
	return match{end: k + 1, typ: "DATE", val: fmt.Sprintf("%04d-Q%d", y, q)}, true
}

// periodValue formats quarter or half q of year y (0: from the DCT, the
// year before for a past clause about a later period).
func (c *scan) periodValue(y int, kind string, q, i, end int) string {
	if y == 0 && !c.known() {
		return fmt.Sprintf("XXXX-%s%d", kind, q)
	}
	if y == 0 {
		y = c.dct.Year()
		cur := (int(c.dct.Month())-1)/3 + 1
		if kind == "H" {
			cur = (cur + 1) / 2
		}
		if q > cur && c.tense(i, end) == tensePast {
			y--
		}
	}
	return fmt.Sprintf("%04d-%s%d", y, kind, q)
}

// seasonContext are words before a season that show it is one.
var seasonContext = map[string]bool{
	"the": true, "in": true, "this": true, "last": true, "next": true, "early": true, "late": true,
	"during": true, "since": true, "until": true, "by": true, "mid": true, "through": true,
}

// matchSeason matches "summer", "the fall of 1998", "spring 2024".
func (c *scan) matchSeason(i int) (match, bool) {
	j := i
	if c.is(j, "the") {
		j++
	}
	w := c.at(j)
	if w.lex.class != lxSeason {
		return match{}, false
	}
	y, end := c.yearAfter(j + 1)
	if y == 0 && !seasonContext[c.at(j-1).low] {
		return match{}, false
	}
	if y == 0 && c.known() && c.tense(i, end) == tensePast && seasonStart(w.lex.code) > int(c.dct.Month()) {
		y = c.dct.Year() - 1
	}
	return match{end: end, typ: "DATE", val: c.seasonValue(y, w.lex.code, 0)}, true
}

// matchSet matches frequencies: "daily", "every week", "each Tuesday",
// "every other month", "per year".
func (c *scan) matchSet(i int) (match, bool) {
	w := c.at(i)
	if w.lex.class == lxSet {
		return match{end: i + 1, typ: "SET", val: w.lex.code}, true
	}
	if !c.is(i, "every", "each", "per") {
		return match{}, false
	}
	j, mult := i+1, 1
	if c.is(j, "other") {
		j, mult = j+1, 2
	}
	n, _, k, ok := c.number(j)
	if !ok || n < 1 {
		n, k = 1, j
	}
	u := c.at(k)
	switch u.lex.class {
	case lxUnit:
		return match{end: k + 1, typ: "SET", val: duration(n*mult*u.lex.n, u.lex.code)}, true
	case lxWeekday:
		return match{end: k + 1, typ: "SET", val: fmt.Sprintf("XXXX-WXX-%d", u.lex.n)}, true
	case lxPartOfDay:
		return match{end: k + 1, typ: "SET", val: "XXXX-XX-XXT" + u.lex.code}, true
	case lxMonth:
		return match{end: k + 1, typ: "SET", val: fmt.Sprintf("XXXX-%02d", u.lex.n)}, true
	}
	return match{}, false
}
