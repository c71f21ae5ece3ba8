package data

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ParseValue turns a TIMEX3 date value into the interval it covers:
// 2023-09-13 (day), 2023-W37 (week), 2023-09 (month), 2023-Q3 (quarter),
// 2023-SU (season), 2023 (year), 199 (decade). A time suffix
// (2023-09-12TMO, 2023-09-12T14:00) keeps the day. Values that are not on the
// calendar (PAST_REF, XXXX-09-08, P3D) give a DateRange with Known false and
// the value kept.
func ParseValue(value string) DateRange {
	r := DateRange{Value: value}
	v := value
	if i := strings.IndexByte(v, 'T'); i >= 0 && i >= 4 {
		v = v[:i]
	}
	if strings.ContainsAny(v, "X") || len(v) < 3 {
		return r
	}
	year, ok := digits(v[:min(4, len(v))])
	if !ok {
		return r
	}
	switch {
	case len(v) == 3: // decade: 199
		start := time.Date(year*10, 1, 1, 0, 0, 0, 0, time.UTC)
		return known(r, start, start.AddDate(10, 0, 0), PrecisionDecade)
	case len(v) == 4:
		start := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
		return known(r, start, start.AddDate(1, 0, 0), PrecisionYear)
	case len(v) < 7 || v[4] != '-':
		return r
	}
	return parseSubYear(r, year, v[5:])
}

func parseSubYear(r DateRange, year int, rest string) DateRange {
	jan1 := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
	switch {
	case rest == "SP" || rest == "SU" || rest == "FA" || rest == "WI":
		month := map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[rest]
		start := jan1.AddDate(0, month-1, 0)
		return known(r, start, start.AddDate(0, 3, 0), PrecisionSeason)
	case rest[0] == 'W':
		w, ok := digits(rest[1:])
		if !ok || len(rest) != 3 || w < 1 {
			return r
		}
		start := isoWeekStart(year, w)
		if wy, ww := start.ISOWeek(); wy != year || ww != w {
			return r // week 53 of a year with 52
		}
		return known(r, start, start.AddDate(0, 0, 7), PrecisionWeek)
	case rest[0] == 'Q':
		q, ok := digits(rest[1:])
		if !ok || len(rest) != 2 || q < 1 || q > 4 {
			return r
		}
		start := jan1.AddDate(0, 3*(q-1), 0)
		return known(r, start, start.AddDate(0, 3, 0), PrecisionQuarter)
	case len(rest) == 2:
		m, ok := digits(rest)
		if !ok || m < 1 || m > 12 {
			return r
		}
		start := jan1.AddDate(0, m-1, 0)
		return known(r, start, start.AddDate(0, 1, 0), PrecisionMonth)
	case len(rest) == 5 && rest[2] == '-':
		t, err := time.Parse("2006-01-02", fmt.Sprintf("%04d-%s", year, rest))
		if err != nil {
			return r
		}
		return known(r, t, t.AddDate(0, 0, 1), PrecisionDay)
	}
	return r
}

// digits returns the value of s when it is a non-empty run of ASCII digits
// (strconv.Atoi would also take a sign).
func digits(s string) (int, bool) {
	if s == "" || strings.Trim(s, "0123456789") != "" {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

func known(r DateRange, start, end time.Time, p Precision) DateRange {
	r.Known = true
	r.Start = DayOf(start)
	r.End = DayOf(end)
	r.Precision = p
	return r
}

// isoWeekStart returns the Monday of ISO week w of year.
func isoWeekStart(year, w int) time.Time {
	jan4 := time.Date(year, 1, 4, 0, 0, 0, 0, time.UTC)
	offset := (int(jan4.Weekday()) + 6) % 7 // days since Monday
	return jan4.AddDate(0, 0, -offset+7*(w-1))
}

// DayValue is the TIMEX3 value of a single day.
func DayValue(t time.Time) DateRange {
	return ParseValue(t.Format("2006-01-02"))
}
