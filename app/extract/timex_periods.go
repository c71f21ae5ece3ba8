package extract

import "fmt"

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
// year-earlier quarter", "the quarter a year ago".
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
	if j > i && c.is(j, "quarter", "period") && c.seq(j+1, "a", "year") && c.is(j+3, "ago", "earlier") {
		return match{end: j + 4, typ: "DATE", val: shiftYear(c.quarterRef(), -1)}, true
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
	if kind == "Q" && c.reported(v, i, end) {
		c.lastQuarter = v
	}
	return match{end: end, typ: "DATE", val: v}, true
}

// reported reports whether the quarter v at words [i, end) is one results
// are reported for, not one still to come: it is over by the DCT, it "ended",
// or the clause is past ("reported a decline in fourth-quarter earnings").
func (c *scan) reported(v string, i, end int) bool {
	return !c.known() || v <= c.shiftUnit("Q", -1) || c.is(end, "ended") || c.tense(i, end) == tensePast
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
	if y == 0 && (!seasonContext[c.at(j-1).low] || c.is(j+1, "of")) {
		return match{}, false // "the fall of the Soviet Union"
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
