package extract

import (
	"fmt"
	"strings"
)

// number reads a quantity at word i, or a range of two ("two to three
// weeks", read as unspecified). n is -1 for an unspecified quantity and q its
// TIMEX3 form; next is the index after it.
func (c *scan) number(i int) (n int, q string, next int, ok bool) {
	n, q, next, ok = c.quantity(i)
	if ok && c.is(next, "to", "or", "-") {
		if m, _, k, ok2 := c.quantity(next + 1); ok2 && m > n && c.at(k).lex.class == lxUnit {
			return -1, "X", k, true
		}
	}
	return n, q, next, ok
}

// quantity reads one quantity at word i: digits, a decimal, words ("twenty
// four", "two thousand", "a couple of", "several").
func (c *scan) quantity(i int) (n int, q string, next int, ok bool) {
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
	return c.multiplied(n, next)
}

// multiplied applies "hundred" and "thousand" after a quantity n ending
// before word next.
func (c *scan) multiplied(n, next int) (int, string, int, bool) {
	for c.is(next, "hundred", "thousand") && n > 0 {
		n, next = n*c.at(next).lex.n, next+1
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
		return c.multiplied(1, i+1)
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
	if m, ok := c.halfDuration(j); ok {
		return m, true
	}
	n, q, k, ok := c.number(j)
	if !ok && c.is(j, "an", "a") && c.is(j+1, "additional", "extra") {
		n, q, k, ok = 1, "1", j+1, true
	}
	if ok && c.is(k, "more", "additional", "extra", "further") {
		k++
	}
	u := c.at(k)
	if !ok {
		return c.bareUnits(i, j)
	}
	if u.lex.class != lxUnit || u.upper && k > 0 || c.at(k+1).hyph || c.is(k+1, "old") || (n == 1 && q == "1" && strings.HasSuffix(u.low, "s") && u.low != "centuries") {
		return match{}, false
	}
	if u.lex.code == "Q" && c.is(k+1, "of") && (u.hyph || q == "1") {
		return match{}, false // a fraction: "three-quarters of its food", "a quarter of the market"
	}
	if next := c.at(k + 1).low; u.low == "second" && next != "" && isASCIILetter(next[0]) &&
		!c.is(k+1, "later", "ago", "earlier", "after", "before") {
		return match{}, false // "a second summit"
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

// halfDuration matches "5 1/2 hours" and "2 1/2 years" at word j.
func (c *scan) halfDuration(j int) (match, bool) {
	n, u := c.at(j).num, c.at(j+4)
	if n < 1 || len(c.at(j).low) > 3 || !c.seq(j+1, "1", "/", "2") || u.lex.class != lxUnit || u.lex.n != 1 {
		return match{}, false
	}
	half := map[string]string{"Y": "6M", "M": "15D", "D": "T12H", "H": "30M", "MIN": "30S"}[u.lex.code]
	if half == "" {
		return match{end: j + 5, typ: "DURATION", val: durationQ(fmt.Sprintf("%d.5", n), u.lex.code)}, true
	}
	return match{end: j + 5, typ: "DURATION", val: duration(n, u.lex.code) + half}, true
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

// bareUnits matches "years" in "for years", "coming weeks" and "days
// later" as unspecified durations.
func (c *scan) bareUnits(i, j int) (match, bool) {
	u := c.at(j)
	if u.lex.class != lxUnit || !strings.HasSuffix(u.low, "s") || u.low == "seconds" {
		return match{}, false
	}
	after := c.is(i-1, "the") && c.is(j+1, "before", "after", "leading", "that", "ahead")
	if !(j == i && (c.is(i-1, "for", "within") || after || c.is(j+1, "later", "earlier")) || j == i+1 && spanWords[c.at(i).low] && c.at(i).low != "first") {
		return match{}, false
	}
	return match{end: j + 1, typ: "DURATION", val: duration(-1, u.lex.code)}, true
}

// counted matches a quantity of units followed by "ago", "earlier",
// "later" or "from now": a date counted from the DCT; "ago today" counts
// it to the day, and years "ago this month" to the month.
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
	if c.seq(k, "ago", "today") && n > 0 && !c.dct.IsZero() {
		// "One year ago today, Kim signed the treaty": that day
		if y, m, d, ok := unitShift(code, -n); ok {
			return match{end: k + 2, typ: "DATE", val: c.dct.AddDate(y, m, d).Format("2006-01-02")}, true
		}
	}
	if c.seq(k, "ago", "this", "month") && code == "Y" && n > 0 && !c.dct.IsZero() {
		// "Two years ago this month, Kim crossed into Russia": that month
		return match{end: k + 3, typ: "DATE", val: c.dct.AddDate(-n, 0, 0).Format("2006-01")}, true
	}
	if c.is(k, "later", "earlier") && (code == "D" || code == "W" || code == "H" || code == "MIN" || code == "S") {
		return match{}, false // "three days later": a duration from an event told of
	}
	told := "" // the last date told, shifted, when it is precise enough: not "a month later" after "in 2023"
	if c.is(k, "later", "earlier") && c.lastDate != "" && narrativeUnit(code, n, sign) {
		told = shiftDate(c.lastDate, code, sign*n)
	}
	switch {
	case n < 0 && sign < 0:
		return match{end: end, typ: "DATE", val: "PAST_REF"}, true
	case n < 0:
		return match{end: end, typ: "DATE", val: "FUTURE_REF"}, true
	case told != "":
		return match{end: end, typ: "DATE", val: told}, true
	case c.is(k, "later") && c.lastDate == "" && (code == "M" || code == "Y"):
		// "Two months later, Kim met Putin" with no date told before it: a
		// span of time from something undated, no date after the DCT
		return match{end: end, typ: "DURATION", val: duration(n, code)}, true
	case code == "H" || code == "MIN" || code == "S":
		return match{end: end, typ: "DATE", val: c.day(0)}, true
	case code == "Y" && n == 1 && c.lastQuarter != "":
		return match{end: end, typ: "DATE", val: shiftYear(c.lastQuarter, -1)}, true
	case code == "DE" || code == "CE":
		return match{end: end, typ: "DATE", val: c.shiftUnit("Y", sign*n*u.lex.n)}, true
	}
	return match{end: end, typ: "DATE", val: c.shiftUnit(code, sign*n)}, true
}

// unitShift returns the years, months and days of n units of code (Y, M,
// W or D), or false for another unit.
func unitShift(code string, n int) (y, m, d int, ok bool) {
	switch code {
	case "Y":
		return n, 0, 0, true
	case "M":
		return 0, n, 0, true
	case "W":
		return 0, 0, 7 * n, true
	case "D":
		return 0, 0, n, true
	}
	return 0, 0, 0, false
}

// narrativeUnit reports whether n units "later" or "earlier" count from the
// last date told rather than from the DCT: months always ("Lavrov visited
// on Oct. 28; Choe went to Moscow a month later" is 2024-11), years but for
// "a year earlier", which in a results report compares with the same period
// of the year before the DCT.
func narrativeUnit(code string, n, sign int) bool {
	return code == "M" || code == "Y" && !(n == 1 && sign < 0)
}
