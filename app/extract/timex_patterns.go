package extract

import (
	"fmt"
	"strings"
)

// matchers are the core time-expression patterns; each returns the match
// starting at a word index.
var matchers = []func(*scan, int) (match, bool){
	(*scan).matchRef, (*scan).matchDay, (*scan).matchWeekday, (*scan).matchMonth,
	(*scan).matchDayMonth, (*scan).matchYear, (*scan).matchRelative, (*scan).matchDuration,
	(*scan).matchQuarter, (*scan).matchSeason, (*scan).matchSet, (*scan).matchClock,
	(*scan).matchNumeric,
}

// modifiers are the words before an expression that set its mod, longest
// first.
var modifiers = []struct {
	words []string
	mod   string
}{
	{[]string{"the", "end", "of"}, "END"}, {[]string{"the", "close", "of"}, "END"},
	{[]string{"the", "beginning", "of"}, "START"}, {[]string{"the", "start", "of"}, "START"},
	{[]string{"the", "middle", "of"}, "MID"}, {[]string{"the", "early"}, "START"},
	{[]string{"the", "late"}, "END"}, {[]string{"the", "mid"}, "MID"},
	{[]string{"more", "than"}, "MORE_THAN"}, {[]string{"less", "than"}, "LESS_THAN"},
	{[]string{"fewer", "than"}, "LESS_THAN"}, {[]string{"at", "least"}, "EQUAL_OR_MORE"},
	{[]string{"no", "more", "than"}, "EQUAL_OR_LESS"}, {[]string{"up", "to"}, "EQUAL_OR_LESS"},
	{[]string{"about"}, "APPROX"}, {[]string{"around"}, "APPROX"}, {[]string{"approximately"}, "APPROX"},
	{[]string{"roughly"}, "APPROX"}, {[]string{"nearly"}, "APPROX"}, {[]string{"almost"}, "APPROX"},
	{[]string{"some"}, "APPROX"}, {[]string{"right"}, "APPROX"},
	{[]string{"early"}, "START"}, {[]string{"earlier"}, "START"}, {[]string{"late"}, "END"},
	{[]string{"later"}, "END"}, {[]string{"mid"}, "MID"},
}

// modifier returns the number of words of the modifier at word i and its mod.
func (c *scan) modifier(i int) (int, string) {
	for _, m := range modifiers {
		if c.seq(i, m.words...) {
			return len(m.words), m.mod
		}
	}
	return 0, ""
}

// modFits reports whether a modifier applies to a match of its type; a
// modifier such as "about" does not take an expression starting with "the".
func (c *scan) modFits(mod string, k, i int, m match) bool {
	if c.is(i+k, "the") && !c.is(i+k-1, "of") {
		return false
	}
	switch mod {
	case "APPROX":
		return m.typ != "SET"
	case "START", "MID", "END":
		return m.typ == "DATE" || m.typ == "TIME"
	}
	return m.typ == "DURATION"
}

// seq reports whether the words from i are the given lower-case words.
func (c *scan) seq(i int, words ...string) bool {
	for k, w := range words {
		if c.at(i+k).low != w {
			return false
		}
	}
	return true
}

// matchRef matches reference words: now, recently, soon, the future.
func (c *scan) matchRef(i int) (match, bool) {
	w := c.at(i)
	switch {
	case w.lex.class == lxRef && !(w.low == "soon" && c.is(i-1, "as")):
		return match{end: i + 1, typ: "DATE", val: w.lex.code}, true
	case w.low == "the" && c.is(i+1, "future"):
		return match{end: i + 2, typ: "DATE", val: "FUTURE_REF"}, true
	case w.low == "the" && c.is(i+1, "near", "distant", "foreseeable", "immediate") && c.is(i+2, "future"):
		return match{end: i + 3, typ: "DATE", val: "FUTURE_REF"}, true
	case w.low == "the" && c.is(i+1, "past", "present") && c.at(i+2).lex.class == lxNone && c.at(i+2).num < 0:
		return match{end: i + 2, typ: "DATE", val: strings.ToUpper(c.at(i+1).low) + "_REF"}, true
	case w.low == "these" && c.is(i+1, "days"):
		return match{end: i + 2, typ: "DATE", val: "PRESENT_REF"}, true
	case w.low == "recent" && c.is(i+1, "years", "months", "weeks", "days", "decades"):
		return match{end: i + 2, typ: "DATE", val: "PAST_REF"}, true
	}
	return match{}, false
}

// matchDay matches yesterday, today, tomorrow, tonight, this morning and
// last night, with a following part of the day.
func (c *scan) matchDay(i int) (match, bool) {
	w := c.at(i)
	n, end := 0, i+1
	switch {
	case w.lex.class == lxDay:
		n = w.lex.n
	case w.low == "this" && c.at(i+1).lex.class == lxPartOfDay && !isClock(c.at(i+1)):
		return match{end: i + 2, typ: "TIME", val: c.day(0) + "T" + c.at(i+1).lex.code}, true
	case w.low == "last" && c.is(i+1, "night"):
		return match{end: i + 2, typ: "TIME", val: c.day(-1) + "TNI"}, true
	case w.lex.class == lxPartOfDay && !isClock(w) && c.at(i+1).lex.class == lxDay:
		return match{end: i + 2, typ: "TIME", val: c.day(c.at(i+1).lex.n) + "T" + w.lex.code}, true
	default:
		return match{}, false
	}
	if p := c.at(end); p.lex.class == lxPartOfDay && !isClock(p) {
		return match{end: end + 1, typ: "TIME", val: c.day(n) + "T" + p.lex.code}, true
	}
	return match{end: end, typ: "DATE", val: c.day(n)}, true
}

// isClock reports whether a part-of-day word is a clock time (noon).
func isClock(w word) bool { return strings.IndexByte(w.lex.code, ':') >= 0 }

// matchWeekday matches a weekday, with a part of the day or a date after it.
func (c *scan) matchWeekday(i int) (match, bool) {
	w := c.at(i)
	if w.lex.class != lxWeekday || !w.upper {
		return match{}, false
	}
	next := c.at(i + 1)
	if next.upper && next.lex.class == lxNone && next.low != "." {
		return match{}, false // Sunday Times
	}
	if m, ok := c.matchMonth(i + 1 + btoi(c.is(i+1, ","))); ok && strings.Count(m.val, "-") == 2 {
		return m, true
	}
	if next.lex.class == lxPartOfDay && !isClock(next) {
		if strings.HasSuffix(next.low, "s") {
			return match{end: i + 2, typ: "SET", val: fmt.Sprintf("XXXX-WXX-%dT%s", w.lex.n, next.lex.code)}, true
		}
		d := c.weekdayDate(w.lex.n, c.tense(i, i+2))
		return match{end: i + 2, typ: "TIME", val: d + "T" + next.lex.code}, true
	}
	return match{end: i + 1, typ: "DATE", val: c.weekdayDate(w.lex.n, c.tense(i, i+1))}, true
}

// monthAt returns the month at word i and the index after it (and after the
// period of an abbreviation), or 0.
func (c *scan) monthAt(i int) (int, int) {
	w := c.at(i)
	if w.lex.class != lxMonth || !w.upper {
		return 0, i
	}
	next := c.at(i + 1)
	if len(w.low) <= 4 && w.low != "may" && w.low != "june" && w.low != "july" {
		if next.low == "." {
			return w.lex.n, i + 2
		}
		if next.num < 0 {
			return 0, i
		}
	}
	if (w.low == "may" || w.low == "march") && next.num < 0 && !monthContext(c.at(i-1).low) {
		return 0, i
	}
	return w.lex.n, i + 1
}

// monthContext reports whether a word before "May" or "March" shows it is
// the month.
func monthContext(prev string) bool {
	switch prev {
	case "in", "since", "until", "by", "of", "early", "late", "mid", "last", "next", "this",
		"during", "before", "after", "from", "through", "till", "end", "and":
		return true
	}
	return false
}

// dayAt returns the day of the month written at word i ("8", "8th"), or 0.
func (c *scan) dayAt(i int) int {
	w := c.at(i)
	d := w.num
	if d < 0 && len(w.low) >= 3 {
		switch w.low[len(w.low)-2:] {
		case "st", "nd", "rd", "th":
			d, _ = digits(w.low[:len(w.low)-2])
		}
	}
	if d < 1 || d > 31 {
		return 0
	}
	return d
}

// yearAt returns the four-digit year at word i, or 0.
func (c *scan) yearAt(i int) int {
	w := c.at(i)
	if len(w.low) == 4 && w.num >= 1000 && w.num <= 2099 {
		return w.num
	}
	return 0
}

// spokenYear reads a year in words at word i ("nineteen ninety-four", "two
// thousand one") and returns it with the index after it, or 0.
func (c *scan) spokenYear(i int) (int, int) {
	switch {
	case c.is(i, "nineteen"):
		tens := c.at(i + 1).lex
		if tens.class != lxNumber || tens.n < 10 || tens.n > 90 || tens.n%10 != 0 && tens.n > 19 {
			return 0, i
		}
		y, k := 1900+tens.n, i+2
		if u := c.at(k).lex; u.class == lxNumber && u.n > 0 && u.n < 10 && tens.n >= 20 {
			y, k = y+u.n, k+1
		}
		return y, k
	case c.seq(i, "two", "thousand"):
		y, k := 2000, i+2
		if c.is(k, "and") {
			k++
		}
		if u := c.at(k).lex; u.class == lxNumber && u.n > 0 && u.n < 20 {
			return y + u.n, k + 1
		}
		return y, i + 2
	}
	return 0, i
}

// yearAfter returns a year following at word i, alone or after a comma or
// "of", and the index after it.
func (c *scan) yearAfter(i int) (int, int) {
	if c.is(i, ",", "of") {
		if y, end := c.yearAfter(i + 1); y > 0 {
			return y, end
		}
	}
	if y := c.yearAt(i); y > 0 {
		return y, i + 1
	}
	if y, end := c.spokenYear(i); y > 0 {
		return y, end
	}
	if shift, ok := deixis[c.at(i).low]; ok && c.is(i+1, "year") && c.known() {
		return c.dct.Year() + shift, i + 2
	}
	return 0, i
}

// matchMonth matches "Sept. 8", "September 8, 2023", "September 2023",
// "September" and the range "September 10-13, 2023".
func (c *scan) matchMonth(i int) (match, bool) {
	m, j := c.monthAt(i)
	if m == 0 {
		return match{}, false
	}
	d := c.dayAt(j)
	if d == 0 {
		y, end := c.yearAfter(j)
		return match{end: end, typ: "DATE", val: c.monthValue(y, m, 0, i, end)}, true
	}
	if d2 := c.dayAt(j + 1); d2 > d && c.at(j+1).hyph {
		y, end := c.yearAfter(j + 2)
		tail := &match{end: end, typ: "DATE", val: c.monthValue(y, m, d2, i, end)}
		return match{end: j + 1, typ: "DATE", val: c.monthValue(y, m, d, i, end), tail: tail, tailStart: j + 1}, true
	}
	y, end := c.yearAfter(j + 1)
	return match{end: end, typ: "DATE", val: c.monthValue(y, m, d, i, end)}, true
}

// matchDayMonth matches "8 September 2023" and "8th of September".
func (c *scan) matchDayMonth(i int) (match, bool) {
	d := c.dayAt(i)
	if d == 0 {
		return match{}, false
	}
	j := i + 1
	if c.is(j, "of") {
		j++
	}
	m, k := c.monthAt(j)
	if m == 0 {
		return match{}, false
	}
	y, end := c.yearAfter(k)
	return match{end: end, typ: "DATE", val: c.monthValue(y, m, d, i, end)}, true
}

// monthValue formats year y (0 when not written), month m and day d (0 when
// not written) for the expression at words [i, end).
func (c *scan) monthValue(y, m, d, i, end int) string {
	ys := fmt.Sprintf("%04d", y)
	if y == 0 {
		ys = c.yearFor(m, d, c.tense(i, end))
	}
	if d == 0 {
		return fmt.Sprintf("%s-%02d", ys, m)
	}
	return fmt.Sprintf("%s-%02d-%02d", ys, m, d)
}

// matchYear matches years (1999, fiscal 1989) and decades (the 1990s, the
// nineties).
func (c *scan) matchYear(i int) (match, bool) {
	j := i
	if c.is(i, "the", "fiscal") {
		j++
	}
	w := c.at(j)
	if w.lex.class == lxDecade {
		return match{end: j + 1, typ: "DATE", val: fmt.Sprint(w.lex.n / 10)}, true
	}
	if n, ok := digits(strings.TrimSuffix(w.low, "s")); ok && len(w.low) == 5 && n%10 == 0 && n >= 1000 && n < 2100 {
		return match{end: j + 1, typ: "DATE", val: fmt.Sprint(n / 10)}, true
	}
	if c.is(j, "'") && len(c.at(j+1).low) == 3 && strings.HasSuffix(c.at(j+1).low, "0s") && c.at(j + 1).low[0] >= '0' && c.at(j + 1).low[0] <= '9' {
		return match{end: j + 2, typ: "DATE", val: "19" + c.at(j + 1).low[:1]}, true
	}
	if y, end := c.spokenYear(j); y > 0 {
		return match{end: end, typ: "DATE", val: fmt.Sprint(y)}, true
	}
	y := c.yearAt(j)
	if y < 1900 || c.is(i-1, "$") || c.is(j+1, "%", "percent") || j > i && c.is(i, "the") {
		return match{}, false
	}
	return match{end: j + 1, typ: "DATE", val: fmt.Sprint(y)}, true
}

// deixis maps "last", "this", "next" and their kin to a shift.
var deixis = map[string]int{
	"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1, "following": 1,
}

// matchRelative matches "last week", "this year", "next Tuesday", "the past
// year", "last summer" and "the weekend".
func (c *scan) matchRelative(i int) (match, bool) {
	j := i
	if c.is(i, "the") {
		j++
	}
	shift, ok := deixis[c.at(j).low]
	if c.at(j).upper && c.at(j+1).upper && i > 0 && c.at(i-1).lex.class == lxNone && isASCIILetter(c.at(i - 1).low[0]) {
		return match{}, false // a title: ABC's "This Week"
	}
	if c.is(j, "this") && c.is(j+1, "past", "coming") {
		j++
	}
	if !ok {
		if j > i && c.is(j, "weekend") {
			return c.weekend(i, j)
		}
		return match{}, false
	}
	x := c.at(j + 1)
	end := j + 2
	switch x.lex.class {
	case lxUnit:
		if x.lex.code == "D" || x.lex.code == "H" || x.lex.code == "MIN" || x.lex.code == "S" || strings.HasSuffix(x.low, "s") {
			return match{}, false
		}
		return match{end: end, typ: "DATE", val: c.shiftUnit(unitCode(x.lex), shift)}, true
	case lxWeekday:
		return match{end: end, typ: "DATE", val: c.relativeWeekday(x.lex.n, shift, i, end)}, true
	case lxMonth:
		return match{end: end, typ: "DATE", val: c.relativeMonth(x.lex.n, shift, i, end)}, true
	case lxSeason:
		return match{end: end, typ: "DATE", val: c.seasonValue(0, x.lex.code, shift)}, true
	}
	return match{}, false
}

// unitCode returns the shift unit of a unit word: decades and centuries get
// their own.
func unitCode(e lexEntry) string {
	switch {
	case e.code == "Y" && e.n == 10:
		return "DE"
	case e.code == "Y" && e.n == 100:
		return "CE"
	}
	return e.code
}

// weekend values "the weekend": the past one unless the clause is future.
func (c *scan) weekend(i, j int) (match, bool) {
	shift := 0
	if c.known() && isoWeekday(c.dct) < 6 && c.tense(i, j+1) != tenseFuture {
		shift = -1
	}
	return match{end: j + 1, typ: "DATE", val: c.shiftUnit("WE", shift)}, true
}

// relativeWeekday values "last Tuesday", "this Tuesday", "next Tuesday".
func (c *scan) relativeWeekday(wd, shift, i, end int) string {
	if !c.known() {
		return fmt.Sprintf("XXXX-WXX-%d", wd)
	}
	d0 := isoWeekday(c.dct)
	switch shift {
	case -1:
		return c.day(-((d0-wd+6)%7 + 1))
	case 1:
		return c.day((wd-d0+6)%7 + 1)
	}
	return c.weekdayDate(wd, c.tense(i, end))
}

// relativeMonth values "last February", "this May", "next January".
func (c *scan) relativeMonth(m, shift, i, end int) string {
	if shift == 0 || !c.known() {
		return c.monthValue(0, m, 0, i, end)
	}
	y, dm := c.dct.Year(), int(c.dct.Month())
	if shift < 0 && m >= dm {
		y--
	}
	if shift > 0 && m <= dm {
		y++
	}
	return fmt.Sprintf("%04d-%02d", y, m)
}

// seasonValue values a season of year y (0: the DCT year moved by shift).
func (c *scan) seasonValue(y int, code string, shift int) string {
	if y > 0 {
		return fmt.Sprintf("%04d-%s", y, code)
	}
	if !c.known() {
		return "XXXX-" + code
	}
	y, m := c.dct.Year(), int(c.dct.Month())
	switch {
	case shift < 0 && seasonStart(code)+3 > m:
		y--
	case shift > 0 && seasonStart(code) <= m:
		y++
	}
	return fmt.Sprintf("%04d-%s", y, code)
}

// seasonStart returns the month a season starts in.
func seasonStart(code string) int {
	switch code {
	case "SP":
		return 3
	case "SU":
		return 6
	case "FA":
		return 9
	}
	return 12
}
