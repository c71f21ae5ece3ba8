package views

import (
	"fmt"
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"newsline/data"
	"newsline/views/chart"
)

// drawHover draws the card describing the hovered mark next to the pointer.
func (r *timelineRenderer) drawHover(s chart.Scale) {
	c, l := r.c, &r.overlay
	var lines []string
	switch {
	case c.brushing || c.hover < 0:
		return
	case c.dense != nil:
		lines = c.densityLines(c.hover)
	case c.hover < len(c.marks):
		lines = hoverLines(c.events, c.marks[c.hover], s)
	}
	if len(lines) == 0 {
		return
	}
	size := theme.TextSize() - 1
	w, lh := 0.0, float64(size)*1.45
	for _, ln := range lines {
		w = math.Max(w, float64(fyne.MeasureText(ln, size, fyne.TextStyle{Bold: ln == lines[0]}).Width))
	}
	w, h := w+16, lh*float64(len(lines))+10
	x, y := float64(c.pointer.X)+14, float64(c.pointer.Y)+14
	x = math.Max(math.Min(x, float64(c.Size().Width)-w-2), 2)
	if y+h > float64(c.Size().Height)-2 {
		y = float64(c.pointer.Y) - h - 8
	}
	bg := l.rect(x, y, w, h, themeColor(theme.ColorNameOverlayBackground))
	bg.StrokeColor, bg.StrokeWidth, bg.CornerRadius = fade(themeColor(theme.ColorNameForeground), 0.3), 1, 4
	for i, ln := range lines {
		col := themeColor(theme.ColorNameForeground)
		if strings.HasPrefix(ln, conflictLine) {
			col = chart.ConflictColor
		}
		l.text(ln, x+8, y+5+float64(i)*lh, col, size, i == 0)
	}
}

// hoverLines describes a mark: an event's date, type, actors and sources,
// or a cluster's count and time range.
func hoverLines(events []data.Event, m chart.Mark, s chart.Scale) []string {
	if m.Kind == chart.MarkCluster {
		from := data.Day(math.Floor(s.Day(m.X0)))
		to := data.Day(math.Floor(s.Day(m.X1)))
		lines := []string{
			fmt.Sprintf("%d events", m.N),
			formatDay(from) + " – " + formatDay(to),
		}
		if m.Flag {
			lines = append(lines, conflictLine+"some of them")
		}
		return append(lines, "Click or zoom in to expand")
	}
	e := events[m.First]
	lines := []string{chart.EventLabel(e), formatDate(e.Date, e.Planned), "Type: " + chart.TypeName(e.Type)}
	if len(e.Actors) > 0 {
		lines = append(lines, "Actors: "+actorNames(e.Actors, 4))
	}
	lines = append(lines, plural(e.Sources, "source"))
	if e.Conflict {
		lines = append(lines, conflictLine+"sources say "+reportedDates(e.DatesReported))
	}
	return append(lines, linkLines(events, e)...)
}

// conflictLine starts the hover line of a date conflict, drawn in red.
const conflictLine = "Date conflict: "

// reportedDates lists TIMEX3 values as readable dates: "Jul 2022 · 26 Jul 2023".
func reportedDates(values []string) string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = formatDate(data.ParseValue(v), false)
	}
	return strings.Join(out, " · ")
}

// linkLines describe e's plan → outcome link, naming the linked event when
// it is among events.
func linkLines(events []data.Event, e data.Event) []string {
	name := func(story int64) string {
		for _, o := range events {
			if o.StoryID == story {
				return ": " + chart.EventLabel(o) + ", " + formatDate(o.Date, false)
			}
		}
		return ""
	}
	var lines []string
	if e.Outcome != 0 {
		lines = append(lines, "Came about"+name(e.Outcome))
	}
	if e.Plan != 0 {
		lines = append(lines, "Announced beforehand"+name(e.Plan))
	}
	return lines
}

func actorNames(as []data.EventActor, max int) string {
	var names []string
	for i, a := range as {
		if i == max {
			names = append(names, fmt.Sprintf("+%d more", len(as)-max))
			break
		}
		names = append(names, a.Name)
	}
	return strings.Join(names, ", ")
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func formatDay(d data.Day) string { return d.Time().Format("2 Jan 2006") }

// formatDate writes a date as precisely as it is known: "13 Sep 2023",
// "Sep 2023", "Q3 2023", "2023", "about Sep 2023", with "(planned)" for an
// announced event.
func formatDate(d data.DateRange, planned bool) string {
	if !d.Known {
		return "undated"
	}
	t := d.Start.Time()
	var s string
	switch d.Precision {
	case data.PrecisionDay:
		s = t.Format("2 Jan 2006")
	case data.PrecisionWeek:
		s = "week of " + t.Format("2 Jan 2006")
	case data.PrecisionMonth:
		s = t.Format("Jan 2006")
	case data.PrecisionQuarter:
		s = fmt.Sprintf("Q%d %d", (int(t.Month())+2)/3, t.Year())
	case data.PrecisionSeason:
		s = t.Format("Jan") + "–" + (d.End - 1).Time().Format("Jan 2006")
	case data.PrecisionYear:
		s = t.Format("2006")
	case data.PrecisionDecade:
		s = t.Format("2006") + "s"
	default:
		s = formatDay(d.Start) + " – " + formatDay(d.End-1)
	}
	if d.Approx {
		s = "about " + s
	}
	if planned {
		s += " (planned)"
	}
	return s
}
