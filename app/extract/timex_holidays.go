package extract

import (
	"fmt"
	"time"
)

// matchHoliday matches fixed holidays: Christmas (Day, Eve), New Year's Day
// and Eve, Thanksgiving (Day), with "last", "next" or "this" before them.
func (c *scan) matchHoliday(i int) (match, bool) {
	shift, j := 0, i
	if sh, ok := deixis[c.at(i).low]; ok {
		shift, j = sh, i+1
	}
	m, d, end := c.holidayAt(j)
	if m == 0 {
		return match{}, false
	}
	y := c.holidayYear(m, d, shift, i, end)
	if y == 0 {
		return match{end: end, typ: "DATE", val: fmt.Sprintf("XXXX-%02d-%02d", m, d)}, true
	}
	if d == 0 {
		d = thanksgiving(y)
	}
	return match{end: end, typ: "DATE", val: fmt.Sprintf("%04d-%02d-%02d", y, m, d)}, true
}

// holidayAt reads a holiday name at word j: its month, day (0 for
// Thanksgiving, which moves) and the index after it.
func (c *scan) holidayAt(j int) (m, d, end int) {
	w := c.at(j)
	if !w.upper {
		return 0, 0, j
	}
	switch {
	case w.low == "christmas" && c.is(j+1, "eve"):
		return 12, 24, j + 2
	case w.low == "christmas":
		return 12, 25, j + 1 + btoi(c.is(j+1, "day"))
	case w.low == "thanksgiving":
		return 11, 0, j + 1 + btoi(c.is(j+1, "day"))
	case c.seq(j, "new", "year", "'s", "day"):
		return 1, 1, j + 4
	case c.seq(j, "new", "year", "'s", "eve"):
		return 12, 31, j + 4
	}
	return 0, 0, j
}

// holidayYear returns the year of a holiday on month m, day d (0: late in
// the month), or 0 when the DCT is unknown.
func (c *scan) holidayYear(m, d, shift, i, end int) int {
	if !c.known() {
		return 0
	}
	y := c.dct.Year()
	after := m > int(c.dct.Month()) || m == int(c.dct.Month()) && max(d, 22) > c.dct.Day()
	switch {
	case shift < 0 && after:
		return y - 1
	case shift > 0 && !after:
		return y + 1
	case shift == 0:
		y, _ = digits(c.yearFor(m, max(d, 22), c.tense(i, end)))
	}
	return y
}

// thanksgiving returns the day in November of the fourth Thursday of year y.
func thanksgiving(y int) int {
	first := time.Date(y, time.November, 1, 0, 0, 0, 0, time.UTC).Weekday()
	return 1 + (int(time.Thursday)-int(first)+7)%7 + 21
}
