package chart

import (
	"math"
	"strconv"
	"time"

	"gonum.org/v1/plot"

	"newsline/data"
)

// dateTicker labels an axis of data.Day values with dates formatted for
// the span: days ("13 Sep"), months ("Sep", with the year at January and
// on the first tick) or years.
type dateTicker struct{}

// dateStep is a tick spacing.
type dateStep struct {
	days, months, years int
}

var dateSteps = []dateStep{
	{days: 1}, {days: 2}, {days: 7}, {days: 14},
	{months: 1}, {months: 2}, {months: 3}, {months: 6},
	{years: 1}, {years: 2}, {years: 5}, {years: 10}, {years: 25}, {years: 50},
}

// Ticks implements plot.Ticker with at most eight labelled ticks.
func (dateTicker) Ticks(lo, hi float64) []plot.Tick {
	span := hi - lo
	st := dateSteps[len(dateSteps)-1]
	for _, s := range dateSteps {
		if span/s.approxDays() <= 7 {
			st = s
			break
		}
	}
	var ticks []plot.Tick
	prevYear := 0
	for t := st.first(data.Day(math.Floor(lo)).Time()); float64(data.DayOf(t)) <= hi; t = st.next(t) {
		d := float64(data.DayOf(t))
		if d < lo {
			continue
		}
		ticks = append(ticks, plot.Tick{Value: d, Label: st.label(t, prevYear)})
		prevYear = t.Year()
	}
	return ticks
}

func (s dateStep) approxDays() float64 {
	return float64(s.days) + 30.44*float64(s.months) + 365.25*float64(s.years)
}

// first is the first tick time at or after t.
func (s dateStep) first(t time.Time) time.Time {
	switch {
	case s.years > 0:
		y := (t.Year() + s.years - 1) / s.years * s.years
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	case s.months > 0:
		m := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
		if m.Before(t) {
			m = m.AddDate(0, 1, 0)
		}
		for (int(m.Month())-1)%s.months != 0 {
			m = m.AddDate(0, 1, 0)
		}
		return m
	case s.days >= 7:
		return t.AddDate(0, 0, (8-int(t.Weekday()))%7) // Monday
	}
	return t
}

func (s dateStep) next(t time.Time) time.Time { return t.AddDate(s.years, s.months, s.days) }

// label formats t for this step; the year is added when it changes.
func (s dateStep) label(t time.Time, prevYear int) string {
	switch {
	case s.years > 0:
		return strconv.Itoa(t.Year())
	case s.months > 0 && t.Year() != prevYear:
		return t.Format("Jan 2006")
	case s.months > 0:
		return t.Format("Jan")
	case t.Year() != prevYear:
		return t.Format("2 Jan 2006")
	}
	return t.Format("2 Jan")
}

// countTicker puts ticks on whole counts: 1, 2 or 5 times a power of ten,
// about five of them, never at fractions.
type countTicker struct{}

// Ticks implements plot.Ticker.
func (countTicker) Ticks(lo, hi float64) []plot.Tick {
	step := niceStep((hi - lo) / 5)
	var ticks []plot.Tick
	for v := math.Ceil(lo/step) * step; v <= hi+1e-9; v += step {
		ticks = append(ticks, plot.Tick{Value: v, Label: strconv.FormatFloat(v, 'f', -1, 64)})
		for m := 1; m < 5 && step >= 5; m++ {
			if minor := v + step*float64(m)/5; minor < hi {
				ticks = append(ticks, plot.Tick{Value: minor})
			}
		}
	}
	return ticks
}

// niceStep rounds raw up to 1, 2 or 5 times a power of ten, at least 1.
func niceStep(raw float64) float64 {
	if raw <= 1 {
		return 1
	}
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if raw <= m*mag {
			return m * mag
		}
	}
	return 10 * mag
}
