package extract

import (
	"cmp"
	"fmt"
	"strings"
	"time"
)

// matchers are the core time-expression patterns; each returns the match
// starting at a word index.
var matchers = []func(*scan, int) (match, bool){
	(*scan).matchRef, (*scan).matchDay, (*scan).matchWeekday, (*scan).matchMonth,
	(*scan).matchDayMonth, (*scan).matchYear, (*scan).matchRelative, (*scan).matchDuration,
	(*scan).matchQuarter, (*scan).matchSeason, (*scan).matchSet, (*scan).matchClock,
	(*scan).matchNumeric, (*scan).matchHoliday, (*scan).matchYearPhrase, (*scan).matchCentury,
	(*scan).matchOrdinalDay,
}

// matchOrdinalDay matches "the 28th" after "on" (or "since", "until",
// "by", or a part of the day's "of": "on the afternoon of the 1st"), a day
// of the month that Korean and Japanese news gives without its month: the
// month of the DCT, or the month before when the day is still to come in a
// past clause ("said on the 28th" written on the 2nd), or the month after
// when it is past in a future clause.
func (c *scan) matchOrdinalDay(i int) (match, bool) {
	if !c.is(i, "the") || !c.is(i-1, "on", "since", "until", "by") && !(c.is(i-1, "of") && c.at(i-2).lex.class == lxPartOfDay) {
		return match{}, false
	}
	w := c.at(i + 1)
	d := c.dayAt(i + 1)
	if d == 0 || w.num >= 0 || !c.known() {
		return match{}, false // "the 28th", not "the 28"
	}
	months, end := 0, i+2
	if c.is(i+2, "of") && c.is(i+3, "last", "this", "next") && c.is(i+4, "month") {
		// "on the 28th of last month"
		months, end = map[string]int{"last": -1, "this": 0, "next": 1}[c.at(i+3).low], i+5
		first := time.Date(c.dct.Year(), c.dct.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, months, 0)
		return match{end: end, typ: "DATE", val: fmt.Sprintf("%s-%02d", first.Format("2006-01"), d)}, true
	}
	if next := c.at(i + 2); next.low != "" && isASCIILetter(next.low[0]) && !ordinalDayFollowers[next.low] {
		return match{}, false // "on the 80th anniversary", "the 28th of April"
	}
	switch t := c.tense(i, i+2); {
	case t == tenseFuture && d < c.dct.Day():
		months = 1
	case t != tenseFuture && d > c.dct.Day():
		months = -1
	}
	first := time.Date(c.dct.Year(), c.dct.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, months, 0)
	return match{end: end, typ: "DATE", val: fmt.Sprintf("%s-%02d", first.Format("2006-01"), d)}, true
}

// ordinalDayFollowers are the words that may follow "on the 28th" in a
// clause: "on the 28th that", "on the 26th and".
var ordinalDayFollowers = map[string]bool{"that": true, "when": true, "and": true, "at": true, "in": true,
	"after": true, "before": true, "to": true, "as": true, "with": true, "by": true, "but": true, "while": true,
	"for": true, "aboard": true}

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

// modifierStarts are the first words of modifiers.
var modifierStarts = func() map[string]bool {
	m := map[string]bool{}
	for _, mod := range modifiers {
		m[mod.words[0]] = true
	}
	return m
}()

// modifier returns the number of words of the modifier at word i and its mod.
func (c *scan) modifier(i int) (int, string) {
	if !modifierStarts[c.at(i).low] {
		return 0, ""
	}
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

// matchRef matches reference words: now, recently, soon, the future, the
// near term, a later date.
func (c *scan) matchRef(i int) (match, bool) {
	w := c.at(i)
	switch {
	case w.lex.class == lxRef && c.refFits(i):
		return match{end: i + 1, typ: "DATE", val: w.lex.code}, true
	case w.low == "the" && c.is(i+1, "future"):
		return match{end: i + 2, typ: "DATE", val: "FUTURE_REF"}, true
	case w.low == "the" && c.is(i+1, "near", "distant", "foreseeable", "immediate") && c.is(i+2, "future"),
		w.low == "the" && c.is(i+1, "near", "short") && c.is(i+2, "term") && !c.at(i+2).hyph,
		w.low == "a" && c.seq(i+1, "later", "date"):
		return match{end: i + 3, typ: "DATE", val: "FUTURE_REF"}, true
	case w.low == "the" && c.is(i+1, "past", "present") && c.at(i+2).lex.class == lxNone && c.at(i+2).num < 0:
		return match{end: i + 2, typ: "DATE", val: strings.ToUpper(c.at(i+1).low) + "_REF"}, true
	case w.low == "these" && c.is(i+1, "days"):
		return match{end: i + 2, typ: "DATE", val: "PRESENT_REF"}, true
	}
	return match{}, false
}

// refFits reports whether the reference word at i refers to the time of
// writing. "Soon" does not in "as soon as", before "after" or "before" (a
// time near an event) or in a past clause ("was soon released", but "told
// him they may soon seek"); nor does
// "now" as a discourse marker opening a sentence ("Now, he says, ...").
func (c *scan) refFits(i int) bool {
	switch c.at(i).low {
	case "soon":
		past := c.tense(i, i+1) == tensePast && !c.is(i-1, "will", "would", "may", "might", "could", "can", "should", "to")
		return !c.is(i-1, "as") && !c.is(i+1, "after", "before") && !past
	case "now":
		return !(c.is(i+1, ",") && (i == 0 || c.is(i-1, "\"", "``", "'")))
	}
	return true
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
	if c.seq(i, "that", "year") && !c.at(i+2).hyph && c.lastYear != "" {
		return match{end: i + 2, typ: "DATE", val: c.lastYear}, true // the year of the last date told
	}
	if day := c.dayTold(); j > i && c.seq(j, "same", "day") && day != "" {
		return match{end: j + 2, typ: "DATE", val: day}, true // the day of the last day told
	}
	if m, ok := c.matchAnaphoric(i, j); ok {
		return m, true
	}
	shift, ok := deixis[c.at(j).low]
	if c.at(j).upper && c.at(j+1).upper && i > 0 && (c.at(i-1).lex.class == lxNone && isASCIILetter(c.at(i - 1).low[0]) || clauseEdge[c.at(i-1).low] && c.at(j+1).lex.class == lxUnit) {
		return match{}, false // a title: ABC's "This Week"
	}
	if c.is(j, "this") && c.is(j+1, "past", "coming") {
		j++
		shift = deixis[c.at(j).low] // "this coming Sunday", "this past week"
	}
	if !ok {
		if j > i && c.is(j, "weekend") {
			return c.weekend(i, j)
		}
		return match{}, false
	}
	x := c.at(j + 1)
	end := j + 2
	if j > i && x.lex.class == lxUnit && c.is(j, "following", "next", "previous") {
		from := c.lastDate
		if x.lex.code == "D" && len(from) < len(c.lastDay) {
			from = c.lastDay // "on Wednesday ... since 2011 ... the previous day"
		}
		if v := shiftDate(from, x.lex.code, shift); v != "" {
			return match{end: end, typ: "DATE", val: v}, true
		}
	}
	if j > i && x.lex.class == lxWeekday && c.is(j, "following", "previous") && len(c.lastDate) == 10 {
		return match{end: end, typ: "DATE", val: weekdayFrom(c.lastDate, x.lex.n, shift)}, true
	}
	switch x.lex.class {
	case lxUnit:
		if x.lex.code == "D" || x.lex.code == "H" || x.lex.code == "MIN" || x.lex.code == "S" || strings.HasSuffix(x.low, "s") {
			return match{}, false
		}
		return match{end: end, typ: "DATE", val: c.shiftUnit(unitCode(x.lex), shift)}, true
	case lxWeekday:
		return match{end: end, typ: "DATE", val: c.relativeWeekday(x.lex.n, shift, i, end)}, true
	case lxMonth:
		m, k := c.monthAt(j + 1)
		if d := c.dayAt(k); m > 0 && d > 0 && c.yearAt(k+1) == 0 {
			return match{end: k + 1, typ: "DATE", val: c.relativeMonth(m, d, shift, i, k+1)}, true // "last Oct. 23"
		}
		return match{end: end, typ: "DATE", val: c.relativeMonth(x.lex.n, 0, shift, i, end)}, true
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
		back := (d0-wd+6)%7 + 1
		if back == 1 {
			back += 7 // "last Thursday" written on a Friday is the week before: yesterday would be "on Thursday"
		}
		return c.day(-back)
	case 1:
		return c.day((wd-d0+6)%7 + 1)
	}
	return c.weekdayDate(wd, c.tense(i, end))
}

// weekdayFrom returns the date of weekday wd (1 = Monday) after the date v
// ("2006-01-02") for shift 1, or before it for shift -1: "the following
// Monday", "the previous Friday".
func weekdayFrom(v string, wd, shift int) string {
	t, err := time.Parse("2006-01-02", v)
	if err != nil {
		return v
	}
	d0 := isoWeekday(t)
	if shift > 0 {
		return t.AddDate(0, 0, (wd-d0+6)%7+1).Format("2006-01-02")
	}
	return t.AddDate(0, 0, -((d0-wd+6)%7 + 1)).Format("2006-01-02")
}

// relativeMonth values "last February", "this May", "next January", and
// with a day d (0 when absent) "last Oct. 23".
func (c *scan) relativeMonth(m, d, shift, i, end int) string {
	if shift == 0 || !c.known() {
		return c.monthValue(0, m, d, i, end)
	}
	y, at, now := c.dct.Year(), 100*m+d, 100*int(c.dct.Month())
	if d > 0 {
		now += c.dct.Day()
	}
	if shift < 0 && (at >= now || d == 0 && now-at <= 100*maxLastMonthGap) {
		y-- // "last June" told in August is the June a year before: this year's would be "in June"
	}
	if shift > 0 && at <= now {
		y++
	}
	if d > 0 {
		return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	}
	return fmt.Sprintf("%04d-%02d", y, m)
}

// maxLastMonthGap is the most months a month named with "last" may lie
// before the DCT's and still be the previous year's: one or two months back
// in the same year are "last month" or "in June", not "last June".
const maxLastMonthGap = 2

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

// matchAnaphoric matches a time expression that names the last day or month
// told again or counts from it: "that day", "that same day", "that
// evening", "the next morning", "the following evening" (the day, as
// TimeBank values them), "that month", "the same month", "the same year",
// "the day after" or "the day before" with nothing after them ("The day
// after, he met Kim"), and "hours later" and "earlier in the day" (the
// same day, or the report's when no day was told). Word j is i, or
// i+1 after "the".
func (c *scan) matchAnaphoric(i, j int) (match, bool) {
	k := j
	if c.is(i, "that") && c.is(i+1, "same") {
		k = i + 1 // "that same day"
	}
	that := c.is(i, "that") || k > i && c.is(k, "same")
	next := c.at(k + 1)
	if next.hyph {
		return match{}, false
	}
	// "The day before" counts from the day told (dayTold): after "in July
	// 2023" alone, it is no day counted from an older one.
	month := len(c.lastDate) >= len("2006-01")
	switch {
	case that && c.is(k+1, "day") && c.dayTold() != "":
		return match{end: k + 2, typ: "DATE", val: c.pastDayTold(i, k+2)}, true
	case that && c.is(k+1, "month") && month:
		return match{end: k + 2, typ: "DATE", val: c.lastDate[:7]}, true
	case that && c.is(k+1, "week") && !c.is(k+2, "as") && c.dayTold() != "":
		// "On Monday, Kim visited the plant. The same week, ...", but not
		// "came the same week as the Treasury imposed sanctions"
		if d, err := time.Parse("2006-01-02", c.pastDayTold(i, k+2)); err == nil {
			y, w := d.ISOWeek()
			return match{end: k + 2, typ: "DATE", val: fmt.Sprintf("%d-W%02d", y, w)}, true
		}
	case k > i && c.is(k, "same") && c.is(k+1, "year") && len(c.lastDate) >= 4:
		return match{end: k + 2, typ: "DATE", val: c.lastDate[:4]}, true
	case c.is(i, "that") && next.lex.class == lxPartOfDay && !isClock(next) && c.dayTold() != "":
		return match{end: i + 2, typ: "DATE", val: c.dayTold()}, true
	case j > i && c.is(j, "next", "following") && next.lex.class == lxPartOfDay && !isClock(next) && c.dayTold() != "":
		// "On November 21, ... on its third attempt this year ... announced
		// the next morning": a year told in passing leaves the day
		return match{end: j + 2, typ: "DATE", val: shiftDate(c.dayTold(), "D", 1)}, true
	case j == i && c.is(i, "earlier", "later") && c.seq(i+1, "in", "the", "day") && (c.dayTold() != "" || !c.dct.IsZero()):
		// "Earlier in the day, the two leaders watched the parade": the day
		// told last, or the day of the report
		return match{end: i + 4, typ: "DATE", val: cmp.Or(c.pastDayTold(i, i+4), c.dct.Format("2006-01-02"))}, true
	case j == i && c.is(i, "hours", "minutes") && c.is(i+1, "later") && c.dayTold() != "":
		return match{end: i + 2, typ: "DATE", val: c.dayTold()}, true // "Hours later, Putin warned": the same day
	case j > i && c.is(j, "day") && c.is(j+1, "after", "before") && c.dayTold() != "" &&
		(clauseEnd(c.at(j+2).low) || c.is(j+2, "for", "to", "in", "at", "with", "and", "from", "when")):
		// "had arrived the day before for talks", not "the day before the
		// vote"; a month told in passing after the day leaves it ("visited
		// the campus on Sunday, where he met Putin in April 2019. The day
		// before, ...")
		n := -1
		if c.is(j+1, "after") {
			n = 1
		}
		return match{end: j + 2, typ: "DATE", val: shiftDate(c.dayTold(), "D", n)}, true
	}
	return match{}, false
}

// dayTold returns the day that "that day" and "the same day" name: the last
// date told when it is a day, else the last day told before it when the
// month or year named since holds it or lies after it ("told lawmakers on
// Wednesday that 10,000 would arrive by December. The same day, Austin
// said"), and "" when that month or year goes back before it ("killed last
// October ... crossed out that same day" is a day of October). A month or
// year told after the day in the same sentence is background to it, for a
// later sentence: "Putin replied on Thursday and pointed to the treaty he
// signed in June. On the same day, the State Duma voted" is Thursday.
func (c *scan) dayTold() string {
	if len(c.lastDate) == len("2006-01-02") {
		return c.lastDate
	}
	if n := len(c.lastDate); n > 0 && len(c.lastDay) > n && (c.lastDay[:n] <= c.lastDate || n == len("2006") && c.lastDate < c.lastDay[:n] ||
		c.lastDateSent == c.lastDaySent && c.sent > c.lastDateSent) {
		return c.lastDay // a year told in passing ("fell in 1945") leaves the day
	}
	return ""
}

// pastDayTold returns dayTold, but in a clause not in the future the last
// day told that is not after the DCT, when dayTold is after it: "the panel
// will be disbanded when its mandate expires on April 30. ... Miller said
// in a statement later in the day" is the day of the vote told before.
func (c *scan) pastDayTold(i, end int) string {
	d := c.dayTold()
	if c.dct.IsZero() || d <= c.dct.Format("2006-01-02") || c.lastPastDay == "" || c.tense(i, end) == tenseFuture {
		return d
	}
	return c.lastPastDay
}

// clauseEnd reports whether a word is punctuation that ends a phrase, or
// the end of the text.
func clauseEnd(w string) bool {
	return w == "" || w == "," || w == "." || w == ";"
}
