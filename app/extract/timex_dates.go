package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// matchDay matches yesterday, today, tomorrow, tonight, this morning and
// last night, with a following part of the day.
func (c *scan) matchDay(i int) (match, bool) {
	w := c.at(i)
	if c.is(i-1, "high") {
		return match{}, false
	}
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

// datePrepositions are the words before a weekday that make it a date even
// when a capitalised word follows it.
var datePrepositions = []string{"on", "since", "until", "till", "by", "from", "before", "after"}

// isClock reports whether a part-of-day word is a clock time (noon).
func isClock(w word) bool { return strings.IndexByte(w.lex.code, ':') >= 0 }

// matchWeekday matches a weekday, with a part of the day or a date after it.
func (c *scan) matchWeekday(i int) (match, bool) {
	w := c.at(i)
	if w.lex.class != lxWeekday || !w.upper {
		return match{}, false
	}
	next := c.at(i + 1)
	if next.upper && next.lex.class == lxNone && next.low != "." && !c.is(i-1, datePrepositions...) {
		return match{}, false // Sunday Times, but "on Wednesday Shoigu held talks"
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
	tense := tenseNone
	if !c.is(i+1, "'s", "’s") {
		tense = c.tense(i, i+1) // "Tuesday's ruling" takes no tense from the clause
	}
	return match{end: i + 1, typ: "DATE", val: c.weekdayDate(w.lex.n, tense)}, true
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
	if (w.low == "may" || w.low == "march") && next.num < 0 && !monthContext(c.at(i-1).low) && c.dayAt(i-1) == 0 {
		return 0, i
	}
	return w.lex.n, i + 1
}

// monthContext reports whether a word before "May" or "March" shows it is
// the month.
func monthContext(prev string) bool {
	switch prev {
	case "in", "since", "until", "by", "of", "early", "late", "mid", "last", "next", "this",
		"during", "before", "after", "from", "through", "till", "end", "and", "the":
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
// "of", and the index after it; "that year" is the year of the last date
// told ("in September of that year").
func (c *scan) yearAfter(i int) (int, int) {
	if c.is(i, ",", "of") && (c.yearAt(i+1) > 0 || c.at(i+1).lex.class == lxNumber || deixis[c.at(i+1).low] != 0 ||
		c.is(i+1, "this") || c.seq(i+1, "that", "year")) {
		i++
	}
	if c.seq(i, "that", "year") && c.lastYear != "" {
		if y, err := strconv.Atoi(c.lastYear); err == nil {
			return y, i + 2
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
	if k := c.rangeDay(j); k > 0 {
		d2 := c.dayAt(k)
		y, end := c.yearAfter(k + 1)
		tail := &match{end: end, typ: "DATE", val: c.monthValue(y, m, d2, i, end)}
		return match{end: j + 1, typ: "DATE", val: c.monthValue(y, m, d, i, end), tail: tail, tailStart: k}, true
	}
	y, end := c.yearAfter(j + 1)
	return match{end: end, typ: "DATE", val: c.monthValue(y, m, d, i, end)}, true
}

// rangeDay returns the index of the second day of a range after the day at
// word j ("10-13", "24 and 25", "10 to 13"), or 0.
func (c *scan) rangeDay(j int) int {
	d := c.dayAt(j)
	switch {
	case c.at(j+1).hyph && c.dayAt(j+1) > d:
		return j + 1
	case c.is(j+1, "and", "to", "through") && c.dayAt(j+2) > d && c.at(j+3).lex.class != lxUnit &&
		c.at(j+3).lex.class != lxMonth && !isNounAfterNumber(c.at(j+3)):
		return j + 2
	}
	return 0
}

// isNounAfterNumber reports whether w reads as a counted noun ("25 people"):
// a lower-case word that is not a function word.
func isNounAfterNumber(w word) bool {
	if w.low == "" || !isASCIILetter(w.low[0]) || w.upper {
		return false
	}
	switch w.low {
	case "in", "at", "on", "and", "of", "for", "to", "with", "by", "when", "as", "but", "the":
		return false
	}
	return true
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
// not written) for the expression at words [i, end). A day without a year
// lies within about a year of the DCT; in the month of a date the same
// sentence told before it, it takes that date's year when it is the year
// before or after ("in January 2024, ... a missile which struck Kharkiv on
// January 2", told in April 2025; but "the treaty signed in June 2024. On 17
// June, Shoigu said", told in August 2025, is this June), or when the day
// would lie months from the DCT in the year guessed ("in April 2019,
// arriving in Vladivostok by train on April 24", told in September 2025).
// A month after "that" is in the year last told ("in July 2023 ... That
// September"), and a day of the month told earlier in the sentence that
// the DCT would put in the future keeps the earlier year ("in September
// 2023 ... met Putin on Sept. 13", told in July 2025).
func (c *scan) monthValue(y, m, d, i, end int) string {
	ys := fmt.Sprintf("%04d", y)
	if y == 0 && c.is(i-1, "that") && c.lastYear != "" && !reportingVerbs[c.at(i-2).low] {
		ys = c.lastYear // "in July 2023 ... That September, Kim travelled"
	} else if y == 0 {
		ys = c.yearFor(m, d, c.tense(i, end))
		if d > 0 && c.sent-c.lastDateSent <= 1 && len(c.lastDate) >= len("2006-01") && c.lastDate[5:7] == fmt.Sprintf("%02d", m) {
			told, err1 := strconv.Atoi(c.lastDate[:4])
			guess, err2 := strconv.Atoi(ys)
			if err1 == nil && err2 == nil && (c.lastDateSent == c.sent && (told == guess-1 || told == guess+1 || c.farFromDCT(guess, m, d) || c.restatesLast(i) ||
				told < guess && c.afterDCT(guess, m, d)) ||
				c.lastDateSent < c.sent && (len(c.lastDate) == len("2006-01-02") || c.farFromDCT(guess, m, d))) {
				ys = c.lastDate[:4] // "left on Sept. 10, 2023 ... He met Putin on Sept. 13"
			}
		} else if d > 0 && c.lastDateSent == c.sent && len(c.lastDate) >= len("2006-01") {
			if near := c.nearTold(ys, m, d); near != "" {
				ys = near // "went in late July 2024, weeks after Putin and Kim signed a treaty on June 19", told in December 2025
			}
		}
	}
	if d == 0 {
		return fmt.Sprintf("%s-%02d", ys, m)
	}
	return fmt.Sprintf("%s-%02d-%02d", ys, m, d)
}

// restatesLast reports whether the expression at word i restates the date
// told right before it, after a comma and "on": "Two months later, on
// September 13, Kim met Putin" is the September two months after the date
// told before, whatever year the DCT suggests.
func (c *scan) restatesLast(i int) bool {
	k := c.lastDateEnd
	if !c.is(k, ",") {
		return false
	}
	k++
	if c.is(k, "on") {
		k++
	}
	return k == i
}

// maxToldMonths is how many months a day without a year may lie from a
// date the same sentence told before it to take that date's year.
const maxToldMonths = 2

// nearTold returns the year, other than ys, in which the day d of month m,
// guessed in year ys far from the DCT, lies within maxToldMonths of the
// date the sentence told before it, or "": the told date's year, or the
// year before or after it across New Year ("On 4 January 2024, Kirby said
// Russia had fired them on 30 December and 2 January", told in May 2025).
func (c *scan) nearTold(ys string, m, d int) string {
	guess, err1 := strconv.Atoi(ys)
	told, err2 := strconv.Atoi(c.lastDate[:4])
	tm, err3 := strconv.Atoi(c.lastDate[5:7])
	if err1 != nil || err2 != nil || err3 != nil || !c.farFromDCT(guess, m, d) {
		return ""
	}
	at := time.Date(told, time.Month(tm), 15, 0, 0, 0, 0, time.UTC)
	for _, y := range [...]int{told, told - 1, told + 1} {
		months := time.Date(y, time.Month(m), 15, 0, 0, 0, 0, time.UTC).Sub(at).Hours() / 24 / 30.4
		if y != guess && months <= maxToldMonths && months >= -maxToldMonths {
			return strconv.Itoa(y)
		}
	}
	return ""
}

// afterDCT reports whether day d of month m in year y lies after the DCT:
// "in September 2023 ... met Putin on Sept. 13", told in July 2025, is no
// day to come.
func (c *scan) afterDCT(y, m, d int) bool {
	return !c.dct.IsZero() && time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).After(c.dct)
}

// farFromDCT reports whether day d of month m in year y lies more than
// two months from the DCT: a date in the narrative of an earlier month
// ("in September 2023 ... on September 13") rather than recent news ("in
// September 2022 ... On Sept. 2, Shoigu spoke", written in mid-September).
func (c *scan) farFromDCT(y, m, d int) bool {
	days := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Sub(c.dct).Hours() / 24
	return days > 60 || days < -60
}
