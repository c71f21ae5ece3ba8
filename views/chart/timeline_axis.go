package chart

import (
	"math"
	"time"

	"newsline/data"
)

// Scale maps days (fractional, since 1970-01-01) to horizontal pixels: From
// is drawn at Left and To at Left+Width.
type Scale struct {
	From, To    float64
	Left, Width float64
}

// X returns the pixel position of day.
func (s Scale) X(day float64) float64 {
	return s.Left + (day-s.From)*s.Width/(s.To-s.From)
}

// Day returns the day at pixel position x.
func (s Scale) Day(x float64) float64 {
	return s.From + (x-s.Left)*(s.To-s.From)/s.Width
}

// PxPerDay returns the width of one day in pixels.
func (s Scale) PxPerDay() float64 { return s.Width / (s.To - s.From) }

// Tick is a mark on the time axis. A major tick also starts a new context
// unit (the month of day ticks, the year of month ticks), labelled in Major.
type Tick struct {
	Day   data.Day
	X     float64
	Label string
	Major string // "" for minor ticks
}

// tickUnit is the calendar unit of a tick level.
type tickUnit int

const (
	unitDay tickUnit = iota
	unitWeek
	unitMonth
	unitYear
)

// tickLevel is one step of the axis: every n units, labelled with layout.
type tickLevel struct {
	unit   tickUnit
	n      int
	layout string // time layout of the minor labels
	sample string // the widest label, for measuring
}

// tickLevels run from finest to coarsest.
var tickLevels = []tickLevel{
	{unitDay, 1, "Mon 2", "Wed 28"},
	{unitDay, 1, "2", "28"},
	{unitDay, 2, "2", "28"},
	{unitWeek, 1, "2", "28"},
	{unitMonth, 1, "Jan", "May"},
	{unitMonth, 3, "Jan", "May"},
	{unitMonth, 6, "Jan", "May"},
	{unitYear, 1, "2006", "2000"},
	{unitYear, 2, "2006", "2000"},
	{unitYear, 5, "2006", "2000"},
	{unitYear, 10, "2006", "2000"},
	{unitYear, 20, "2006", "2000"},
	{unitYear, 50, "2006", "2000"},
	{unitYear, 100, "2006", "2000"},
}

// days returns the approximate length of the level's step in days.
func (l tickLevel) days() float64 {
	switch l.unit {
	case unitDay:
		return float64(l.n)
	case unitWeek:
		return 7 * float64(l.n)
	case unitMonth:
		return 28 * float64(l.n)
	}
	return 365 * float64(l.n)
}

// TickLevel names the unit of the ticks Ticks chooses for s: "day", "week",
// "month" or "year".
func TickLevel(s Scale, measure func(string) float64) string {
	return [...]string{"day", "week", "month", "year"}[chooseLevel(s, measure).unit]
}

// chooseLevel returns the finest level whose labels fit between its ticks.
func chooseLevel(s Scale, measure func(string) float64) tickLevel {
	ppd := s.PxPerDay()
	for _, l := range tickLevels {
		if l.days()*ppd >= measure(l.sample)+16 {
			return l
		}
	}
	return tickLevels[len(tickLevels)-1]
}

// Ticks returns the axis ticks for s, with labels that fit between them:
// minor ticks at the finest readable calendar step and major ticks (with the
// month or year as context) where that context changes.
func Ticks(s Scale, measure func(string) float64) []Tick {
	l := chooseLevel(s, measure)
	var ticks []Tick
	t := floorTo(data.Day(math.Floor(s.From)).Time(), l)
	end := data.Day(math.Ceil(s.To)).Time()
	for ; !t.After(end); t = step(t, l) {
		d := data.DayOf(t)
		tk := Tick{Day: d, X: s.X(float64(d)), Label: t.Format(l.layout)}
		if ctx := majorLayout(l); ctx != "" && isMajor(t, l) {
			tk.Major = t.Format(ctx)
		}
		ticks = append(ticks, tk)
	}
	return ticks
}

// Context returns the label of the major unit holding day, for pinning at the
// left edge of the axis ("" at year levels, which need no context).
func Context(s Scale, measure func(string) float64, day float64) string {
	l := chooseLevel(s, measure)
	ctx := majorLayout(l)
	if ctx == "" {
		return ""
	}
	return data.Day(math.Floor(day)).Time().Format(ctx)
}

func majorLayout(l tickLevel) string {
	switch l.unit {
	case unitDay, unitWeek:
		return "Jan 2006"
	case unitMonth:
		return "2006"
	}
	return ""
}

// isMajor reports whether a tick at t starts a new context unit.
func isMajor(t time.Time, l tickLevel) bool {
	if l.unit == unitMonth {
		return t.Month() == time.January
	}
	return t.Day() <= 7 && (l.unit == unitWeek || t.Day() == 1)
}

func floorTo(t time.Time, l tickLevel) time.Time {
	y, m, d := t.Date()
	switch l.unit {
	case unitDay:
		day := data.DayOf(t)
		return data.Day(floorDiv(int(day), l.n) * l.n).Time()
	case unitWeek:
		back := (int(t.Weekday()) + 6) % 7 // days since Monday
		return time.Date(y, m, d-back, 0, 0, 0, 0, time.UTC)
	case unitMonth:
		mi := (int(m) - 1) / l.n * l.n
		return time.Date(y, time.Month(mi+1), 1, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(floorDiv(y, l.n)*l.n, time.January, 1, 0, 0, 0, 0, time.UTC)
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

func step(t time.Time, l tickLevel) time.Time {
	switch l.unit {
	case unitDay:
		return t.AddDate(0, 0, l.n)
	case unitWeek:
		return t.AddDate(0, 0, 7*l.n)
	case unitMonth:
		return t.AddDate(0, l.n, 0)
	}
	return t.AddDate(l.n, 0, 0)
}
