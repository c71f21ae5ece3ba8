package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Precisions of Document.PublishedPrecision.
const (
	PrecisionDay   = "day"
	PrecisionMonth = "month"
	PrecisionYear  = "year"
)

var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekday = regexp.MustCompile(`(?i)^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+`)

var (
	reISO = regexp.MustCompile(`^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?(?:[T ]\d|$)`)
	reDMY = regexp.MustCompile(`^(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]+)\.?,?\s+(\d{4})$`)
	reMDY = regexp.MustCompile(`^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$`)
	reMY  = regexp.MustCompile(`^([A-Za-z]+)\.?,?\s+(\d{4})$`)
	reY   = regexp.MustCompile(`^(\d{4})$`)
)

// stampLayouts are full timestamps whose time and zone are kept.
var stampLayouts = []string{
	time.RFC3339Nano, time.RFC3339, time.RFC1123Z, time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"2006-01-02T15:04:05-0700", "2006-01-02T15:04:05.000-0700",
	time.RFC822Z, time.RFC822,
}

// parseDate reads a publication date written in one of the common ways and
// returns it with its precision (day, month or year).
func parseDate(s string) (time.Time, string, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 4 || len(s) > 64 {
		return time.Time{}, "", false
	}
	for _, layout := range stampLayouts {
		if t, err := time.Parse(layout, s); err == nil && plausibleYear(t.Year()) {
			return t, PrecisionDay, true
		}
	}
	if m := reISO.FindStringSubmatch(s); m != nil {
		return ymd(m[1], m[2], m[3])
	}
	return parseWords(weekday.ReplaceAllString(s, ""))
}

// parseWords parses dates with month names, and bare years.
func parseWords(s string) (time.Time, string, bool) {
	if m := reDMY.FindStringSubmatch(s); m != nil {
		return named(m[3], m[2], m[1])
	}
	if m := reMDY.FindStringSubmatch(s); m != nil {
		return named(m[3], m[1], m[2])
	}
	if m := reMY.FindStringSubmatch(s); m != nil {
		return named(m[2], m[1], "")
	}
	if m := reY.FindStringSubmatch(s); m != nil {
		return ymd(m[1], "", "")
	}
	return time.Time{}, "", false
}

func named(year, month, day string) (time.Time, string, bool) {
	mo, ok := months[strings.ToLower(month)]
	if !ok {
		return time.Time{}, "", false
	}
	return ymd(year, strconv.Itoa(int(mo)), day)
}

// ymd builds a UTC date from decimal strings; month and day may be empty.
func ymd(year, month, day string) (time.Time, string, bool) {
	y, _ := strconv.Atoi(year)
	if !plausibleYear(y) {
		return time.Time{}, "", false
	}
	if month == "" {
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), PrecisionYear, true
	}
	m, _ := strconv.Atoi(month)
	if m < 1 || m > 12 {
		return time.Time{}, "", false
	}
	if day == "" {
		return time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC), PrecisionMonth, true
	}
	d, _ := strconv.Atoi(day)
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if d < 1 || t.Day() != d {
		return time.Time{}, "", false
	}
	return t, PrecisionDay, true
}

func plausibleYear(y int) bool {
	return y >= 1800 && y <= 2200
}

// Classes of the words that may stand next to a date on a date line.
const (
	wordOther = iota
	wordWeekday
	wordPublished // a label of the publication date
	wordUpdated   // a label of the update date
	wordZone
	wordMeridiem
	wordUnit  // "5 min read", "2 years ago"
	wordFirst // "first published", "last updated"
)

var wordClasses = func() map[string]int {
	m := map[string]int{}
	add := func(class int, words string) {
		for w := range strings.FieldsSeq(words) {
			m[w] = class
		}
	}
	add(wordWeekday, "monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri saturday sat sunday sun")
	add(wordPublished, "published posted written created issued released uploaded originally date dated publication pubdate")
	add(wordUpdated, "updated modified edited revised upd")
	add(wordZone, "gmt utc z et ct mt pt edt est cdt cst mdt mst pdt pst akst akdt hst bst ist cet cest eet eest wet west msk"+
		" kst jst hkt sgt pht ict wib aest aedt awst acst nzst nzdt sast gst pkt local time")
	add(wordMeridiem, "am pm a p m")
	add(wordUnit, "min mins minute minutes hour hours hr hrs h day days week weeks month months year years ago read")
	add(wordFirst, "first last")
	return m
}()

// wordClass returns the class of a word.
func wordClass(w string) int {
	if len(w) > 12 {
		return wordOther
	}
	return wordClasses[strings.ToLower(w)]
}

// monthOf returns the month named by a word, or 0.
func monthOf(w string) int {
	if len(w) > 9 {
		return 0
	}
	return int(months[strings.ToLower(w)])
}

// matchDate matches a date at toks[i]: "19 June 2024", "Dec 5th 2024",
// "June 19, 2024", "Sep.14,2023", "June 2024", "2024-06-19", "19.06.2024",
// "28/03/2024", or one without a year ("Oct. 19", "20 June"). It returns the
// date and the index after it.
func matchDate(toks []token, i int) (calDate, int, bool) {
	var d calDate
	end := i + 1
	switch t := toks[i]; t.kind {
	case tNumSep:
		d = numericDate(t.text)
	case tNum:
		d, end = dayMonth(toks, i)
	case tWord:
		d, end = monthDay(toks, i)
	}
	if d.m == 0 || !validDate(d) {
		return calDate{}, i, false
	}
	return d, end, true
}

// dayMonth matches a day, a month name and an optional year.
func dayMonth(toks []token, i int) (calDate, int) {
	day := dayNumber(toks[i].text)
	j := skipHyphen(toks, skipOrdinal(toks, i+1))
	if day == 0 || j >= len(toks) || monthOf(toks[j].text) == 0 {
		return calDate{}, i
	}
	d := calDate{m: monthOf(toks[j].text), d: day}
	j = skipHyphen(toks, skip(toks, j+1, "."))
	j = skip(toks, j, ",")
	if y, ok := yearAt(toks, j); ok {
		d.y, j = y, j+1
	}
	return d, j
}

// monthDay matches a month name and a day with an optional year, or a
// month and a year.
func monthDay(toks []token, i int) (calDate, int) {
	m := monthOf(toks[i].text)
	if m == 0 {
		return calDate{}, i
	}
	j := skip(toks, i+1, ".")
	if y, ok := yearAt(toks, j); ok {
		return calDate{y: y, m: m}, j + 1
	}
	if j >= len(toks) || toks[j].kind != tNum || dayNumber(toks[j].text) == 0 {
		return calDate{}, i
	}
	d := calDate{m: m, d: dayNumber(toks[j].text)}
	j = skipOrdinal(toks, j+1)
	k := skip(toks, j, ",")
	if y, ok := yearAt(toks, k); ok {
		d.y, j = y, k+1
	}
	return d, j
}

// dayNumber returns a day of the month written with one or two digits, or 0.
func dayNumber(s string) int {
	if n := atoi(s); len(s) <= 2 && n >= 1 && n <= 31 {
		return n
	}
	return 0
}

// yearAt returns the four-digit year at toks[j], which may run into a
// time as in pasted Reuters pages ("November 30, 20249:47 AM").
func yearAt(toks []token, j int) (int, bool) {
	if j >= len(toks) || len(toks[j].text) < 4 {
		return 0, false
	}
	t := toks[j]
	if !(t.kind == tNum && len(t.text) == 4 || t.kind == tNumSep && isClock(t.text[4:])) {
		return 0, false
	}
	y := atoi(t.text[:4])
	return y, plausibleYear(y)
}

// skipOrdinal skips an ordinal suffix ("5th") and a period after a day.
func skipOrdinal(toks []token, j int) int {
	if j < len(toks) && !toks[j].space {
		switch strings.ToLower(toks[j].text) {
		case "st", "nd", "rd", "th":
			j++
		}
	}
	return skip(toks, j, ".")
}

// skipHyphen skips a hyphen that joins the parts of a date ("19-Jun-2024").
func skipHyphen(toks []token, j int) int {
	if j+1 < len(toks) && toks[j].text == "-" && !toks[j].space && !toks[j+1].space {
		return j + 1
	}
	return j
}

// skip skips the token at j if it is the punctuation mark p.
func skip(toks []token, j int, p string) int {
	if j < len(toks) && toks[j].text == p {
		return j + 1
	}
	return j
}

// numericDate reads a date in digits: year first ("2024-06-19",
// "2024.06.19"), day first with dots ("19.06.2024"), or with slashes or
// hyphens when the order is unambiguous ("28/03/2024", "03/28/2024").
func numericDate(s string) calDate {
	sep := s[strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' })]
	parts := strings.Split(s, string(sep))
	if sep == ':' || len(parts) != 3 {
		return calDate{}
	}
	a, b, c := atoi(parts[0]), atoi(parts[1]), atoi(parts[2])
	switch {
	case len(parts[0]) == 4 && len(parts[1]) <= 2 && len(parts[2]) <= 2:
		return calDate{a, b, c}
	case len(parts[0]) > 2 || len(parts[1]) > 2:
		return calDate{}
	case len(parts[2]) == 2:
		return shortYearDate(a, b, c)
	case len(parts[2]) != 4:
		return calDate{}
	case sep == '.' || a > 12 || a == b:
		return calDate{c, b, a}
	case b > 12:
		return calDate{c, a, b}
	}
	return calDate{} // "06/11/2024" may be June or November
}

// shortYearDate reads a date with a two-digit year, which must have only
// one reading as day-month-year, month-day-year or year-month-day
// ("06/19/24"; not "19/06/24", which may be 2019-06-24).
func shortYearDate(a, b, c int) calDate {
	var got calDate
	n := 0
	for _, d := range [...]calDate{{fullYear(c), b, a}, {fullYear(c), a, b}, {fullYear(a), b, c}} {
		if d.d > 0 && validDate(d) && d != got {
			got, n = d, n+1
		}
	}
	if n != 1 {
		return calDate{}
	}
	return got
}

// fullYear expands a two-digit year: 70-99 are 1970-1999.
func fullYear(y int) int {
	if y >= 70 {
		return 1900 + y
	}
	return 2000 + y
}

// matchTime matches a time of day at toks[i] ("16:30", "08.47", "7pm",
// "4:52 PM", "6:51 a.m.", "1042 GMT") and returns the index after it.
func matchTime(toks []token, i int) (int, bool) {
	t := toks[i]
	switch t.kind {
	case tNumSep:
		if !isClock(t.text) {
			return i, false
		}
		return i + 1, true
	case tNum:
		if i+1 == len(toks) {
			break
		}
		w := strings.ToLower(toks[i+1].text)
		if h := atoi(t.text); len(t.text) <= 2 && h >= 1 && h <= 12 && (w == "am" || w == "pm" || w == "a" || w == "p") {
			return i + 1, true
		}
		if len(t.text) == 4 && wordClass(w) == wordZone && isClock(t.text[:2]+":"+t.text[2:]) {
			return i + 1, true // "1042 GMT"
		}
	}
	return i, false
}

// isClock reports whether s is "h:mm", "hh:mm:ss" or "hh.mm".
func isClock(s string) bool {
	i := strings.IndexAny(s, ":.")
	if i < 1 || i > 2 {
		return false
	}
	h, rest := atoi(s[:i]), s[i+1:]
	if s[i] == ':' && len(rest) == 5 && rest[2] == ':' {
		if sec := atoi(rest[3:]); sec < 0 || sec > 59 {
			return false
		}
		rest = rest[:2]
	}
	m := atoi(rest)
	return len(rest) == 2 && h >= 0 && h <= 24 && m >= 0 && m < 60
}
