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
