package data

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// calendarValue matches the TIMEX3 date values that ParseValue places on the
// calendar; a time suffix after the day is cut before matching.
var calendarValue = regexp.MustCompile(`^(\d{3,4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})|-Q(\d)|-(SP|SU|FA|WI))?$`)

// wantRange is an independent reading of value: the interval it covers and
// its precision, or ok false when it is not a valid calendar value.
func wantRange(value string) (start, end time.Time, p Precision, ok bool) {
	v := value
	if i := strings.IndexByte(v, 'T'); i >= 4 {
		v = v[:i]
	}
	m := calendarValue.FindStringSubmatch(v)
	if m == nil {
		return
	}
	y, _ := strconv.Atoi(m[1])
	num := func(s string) int { n, _ := strconv.Atoi(s); return n }
	date := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	switch {
	case len(m[1]) == 3:
		return date(y*10, 1, 1), date(y*10+10, 1, 1), PrecisionDecade, m[0] == m[1]
	case m[0] == m[1]:
		return date(y, 1, 1), date(y+1, 1, 1), PrecisionYear, true
	case m[3] != "":
		start = date(y, num(m[2]), num(m[3]))
		return start, start.AddDate(0, 0, 1), PrecisionDay, start.Format("2006-01-02") == v
	case m[2] != "":
		start = date(y, num(m[2]), 1)
		return start, start.AddDate(0, 1, 0), PrecisionMonth, start.Format("2006-01") == v
	case m[4] != "":
		w := num(m[4])
		// The Monday of week w counted from the week holding January 4th.
		for start = date(y, 1, 4); start.Weekday() != time.Monday; start = start.AddDate(0, 0, -1) {
		}
		start = start.AddDate(0, 0, 7*(w-1))
		wy, ww := start.ISOWeek()
		return start, start.AddDate(0, 0, 7), PrecisionWeek, w >= 1 && wy == y && ww == w
	case m[5] != "":
		q := num(m[5])
		start = date(y, 3*q-2, 1)
		return start, start.AddDate(0, 3, 0), PrecisionQuarter, q >= 1 && q <= 4
	default:
		start = date(y, map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m[6]], 1)
		return start, start.AddDate(0, 3, 0), PrecisionSeason, true
	}
}

// FuzzParseValue checks ParseValue against an independent reading: a value
// is on the calendar exactly when it is a well-formed, valid TIMEX3 date,
// and then its interval and precision are the ones the value names. The
// value is always kept. Regression inputs are in testdata/fuzz/FuzzParseValue:
// winter seasons, week 53 of a year with 52 weeks, signed numbers, a quarter
// of two digits and years before 1000.
func FuzzParseValue(f *testing.F) {
	for _, s := range []string{
		"2023-09-13", "2023-09-12TMO", "2023-09-12T14:00", "2023-09", "2023", "199", "20", "2023-Q3",
		"2023-SU", "2023-W37", "2020-W53", "2021-W01", "2023-H1", "PAST_REF", "XXXX-09-08",
		"XXXX-WXX-1", "P3D", "PT2H", "2023-13", "2023-02-29", "2024-02-29", "0000", "2023-9-13",
		"2023-09-1 ", "2023T", "T10:00", "2023-W37-WE", "0999-W01", "0999-02",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, value string) {
		r := ParseValue(value)
		if r.Value != value {
			t.Fatalf("value %q became %q", value, r.Value)
		}
		start, end, p, ok := wantRange(value)
		if r.Known != ok {
			t.Fatalf("ParseValue(%q) known = %v, want %v (%+v)", value, r.Known, ok, r)
		}
		if !ok {
			if r.Precision != PrecisionNone || r.Start != 0 || r.End != 0 {
				t.Fatalf("ParseValue(%q) = %+v for an unknown date", value, r)
			}
			return
		}
		if r.Precision != p || r.Start != DayOf(start) || r.End != DayOf(end) || r.Start >= r.End {
			t.Fatalf("ParseValue(%q) = %s..%s %s, want %s..%s %s", value, r.Start.Time().Format(time.DateOnly),
				r.End.Time().Format(time.DateOnly), r.Precision, start.Format(time.DateOnly), end.Format(time.DateOnly), p)
		}
	})
}
