package extract

import (
	"fmt"
	"strings"
	"time"
)

// timeZones are zone abbreviations that may follow a clock time.
var timeZones = map[string]bool{
	"est": true, "edt": true, "cst": true, "cdt": true, "mst": true, "mdt": true, "pst": true,
	"pdt": true, "gmt": true, "utc": true, "bst": true, "cet": true, "cest": true, "msk": true,
	"kst": true, "jst": true, "et": true, "pt": true, "ct": true,
}

// meridiem maps "a.m." and kin to the hours added.
var meridiem = map[string]int{"a.m.": 0, "a.m": 0, "am": 0, "p.m.": 12, "p.m": 12, "pm": 12}

// matchClock matches clock times ("10:30 a.m.", "3 p.m. EST", "noon",
// "14:30 GMT"), with a date after them ("10 p.m. Wednesday", "10:44 pm
// local time on May 27").
func (c *scan) matchClock(i int) (match, bool) {
	hm, end, ok := c.clockAt(i)
	if !ok {
		return match{}, false
	}
	if timeZones[c.at(end).low] && c.at(end).upper {
		end++
	}
	date := c.day(0)
	if c.lastDay != "" && c.sent-c.lastDaySent <= 1 {
		date = c.lastDay // "At 7:10 a.m. yesterday, ... The missile fell at 8:37 a.m."
	}
	k := end
	if c.is(k, ",") {
		k++
	}
	if c.is(k, "local") && c.is(k+1, "time") {
		k += 2 // "at 10:44 pm local time on May 27"
	}
	if c.is(k, "on") {
		k++
	}
	dated := true
	if d, dend, ok := c.dateAt(k); ok {
		date, end = d, dend
	} else if d, ok := c.dateAfterAside(end); ok {
		date = d
	} else {
		dated = false
	}
	return match{end: end, typ: "TIME", val: date + "T" + hm, dated: dated}, true
}

// dateAfterAside reads the day after a short aside in parentheses at word
// i, such as the time in another zone: "10:35 a.m. (0735 GMT) Friday". The
// day gives the clock time its date but stays an expression of its own.
func (c *scan) dateAfterAside(i int) (string, bool) {
	if !c.is(i, "(") {
		return "", false
	}
	for k := i + 1; k <= i+5; k++ {
		if c.is(k, ")") {
			d, _, ok := c.dateAt(k + 1)
			return d, ok
		}
	}
	return "", false
}

// clockAt reads a clock time at word i as "HH:MM".
func (c *scan) clockAt(i int) (string, int, bool) {
	w := c.at(i)
	if w.lex.class == lxPartOfDay && isClock(w) && !c.is(i-1, "high") {
		return w.lex.code, i + 1, true
	}
	h, m, ok := parseClock(w.low)
	if !ok {
		return "", i, false
	}
	if add, ok := meridiem[c.at(i+1).low]; ok && h >= 1 && h <= 12 {
		h = h%12 + add
		return fmt.Sprintf("%02d:%02d", h, m), i + 2, true
	}
	if strings.IndexByte(w.low, ':') > 0 && h <= 23 && timeZones[c.at(i+1).low] {
		return fmt.Sprintf("%02d:%02d", h, m), i + 1, true
	}
	return "", i, false
}

// parseClock parses "10" or "10:30".
func parseClock(s string) (h, m int, ok bool) {
	hs, ms, colon := strings.Cut(s, ":")
	h, ok = digits(hs)
	if !ok || len(hs) > 2 || h > 23 {
		return 0, 0, false
	}
	if !colon {
		return h, 0, true
	}
	m, ok = digits(ms)
	return h, m, ok && len(ms) == 2 && m < 60
}

// dateAt reads a day at word i (a weekday, yesterday, a month and day) and
// returns its full-date value.
func (c *scan) dateAt(i int) (string, int, bool) {
	var m match
	ok := false
	switch w := c.at(i); w.lex.class {
	case lxWeekday:
		m, ok = c.matchWeekday(i)
	case lxDay:
		m, ok = c.matchDay(i)
	case lxMonth:
		m, ok = c.matchMonth(i)
	}
	if !ok || m.typ != "DATE" || strings.Count(m.val, "-") != 2 || m.tail != nil {
		return "", i, false
	}
	return m.val, m.end, true
}

// matchNumeric matches numeric dates: 2023-09-14 and 9/14/2023.
func (c *scan) matchNumeric(i int) (match, bool) {
	if y := c.yearAt(i); y > 0 {
		m, d := c.at(i+1), c.at(i+2)
		if m.hyph && d.hyph && len(m.low) == 2 && len(d.low) == 2 && validDate(m.num, d.num) {
			return match{end: i + 3, typ: "DATE", val: fmt.Sprintf("%04d-%02d-%02d", y, m.num, d.num)}, true
		}
		return match{}, false
	}
	m, d := c.at(i), c.at(i+2)
	if !c.is(i+1, "/") || !c.is(i+3, "/") || !validDate(m.num, d.num) && !validDate(d.num, m.num) {
		return match{}, false
	}
	y := c.at(i + 4)
	switch {
	case len(y.low) == 4 && y.num > 0:
	case len(y.low) == 2 && y.num >= 0:
		y.num += 1900
		if y.num < 1950 {
			y.num += 100
		}
	default:
		return match{}, false
	}
	month, day := m.num, d.num
	if !validDate(month, day) || validDate(day, month) && c.nearerDayFirst(y.num, month, day) {
		month, day = day, month // "28/04/2025"; "10/05/2025" published on 10 May
	}
	return match{end: i + 5, typ: "DATE", val: fmt.Sprintf("%04d-%02d-%02d", y.num, month, day)}, true
}

// nearerDayFirst reports whether the day-first reading of a date in
// figures whose first two numbers may each be the month lies nearer the
// DCT than the month-first one: news dates its own pages and the days
// around them. With no DCT the month comes first, as in American text.
func (c *scan) nearerDayFirst(y, a, b int) bool {
	if c.dct.IsZero() {
		return false
	}
	dist := func(m, d int) time.Duration {
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		return max(t.Sub(c.dct), c.dct.Sub(t))
	}
	return dist(b, a) < dist(a, b)
}

// validDate reports whether m and d can be a month and a day.
func validDate(m, d int) bool { return m >= 1 && m <= 12 && d >= 1 && d <= 31 }
