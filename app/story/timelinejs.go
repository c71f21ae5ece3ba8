package story

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"

	"newsline/data"
)

// TimelineJS's JSON format (https://timeline.knightlab.com/docs/json-format.html).
type tlDocument struct {
	Title  tlSlide   `json:"title"`
	Events []tlSlide `json:"events"`
}

type tlSlide struct {
	StartDate *tlDate `json:"start_date,omitempty"`
	Text      tlText  `json:"text"`
	Group     string  `json:"group,omitempty"`
	UniqueID  string  `json:"unique_id,omitempty"`
}

type tlDate struct {
	Year    string `json:"year"`
	Month   string `json:"month,omitempty"`
	Day     string `json:"day,omitempty"`
	Display string `json:"display_date,omitempty"`
}

type tlText struct {
	Headline string `json:"headline"`
	Text     string `json:"text,omitempty"`
}

// WriteTimelineJS writes the dated story events as a TimelineJS timeline:
// one slide per story event, grouped by type, dated as precisely as its
// sources agree (year, month or day), with its sources as HTML-escaped text.
func WriteTimelineJS(w io.Writer, title string, events []data.StoryEvent) error {
	doc := tlDocument{Title: tlSlide{Text: tlText{Headline: html.EscapeString(title)}}, Events: []tlSlide{}}
	for _, e := range events {
		if !e.Date.Known {
			continue
		}
		doc.Events = append(doc.Events, tlSlide{StartDate: slideDate(e.Date), Group: e.Type,
			UniqueID: "story-" + strconv.FormatInt(e.ID, 10),
			Text:     tlText{Headline: html.EscapeString(headline(e)), Text: slideText(e)}})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("export timelinejs: %w", err)
	}
	return nil
}

// slideDate gives as much of d's start as its precision knows.
func slideDate(d data.DateRange) *tlDate {
	t := d.Start.Time()
	sd := &tlDate{Year: strconv.Itoa(t.Year())}
	switch d.Precision {
	case data.PrecisionDay, data.PrecisionWeek:
		sd.Day = strconv.Itoa(t.Day())
		fallthrough
	case data.PrecisionMonth, data.PrecisionQuarter, data.PrecisionSeason:
		sd.Month = strconv.Itoa(int(t.Month()))
	}
	if d.Precision != data.PrecisionDay {
		sd.Display = d.Value
	}
	return sd
}

func headline(e data.StoryEvent) string {
	h := e.Type
	if names := actorNames(e); len(names) > 0 {
		h += ": " + strings.Join(names, ", ")
	}
	if e.Planned {
		h += " (planned)"
	}
	return h
}

// slideText lists the counts, any date conflict and every source sentence.
func slideText(e data.StoryEvent) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<p>%d independent report(s) from %d outlet(s).</p>", e.Reports, e.Outlets)
	if e.Conflict {
		fmt.Fprintf(&b, "<p><b>Date conflict:</b> sources report %s.</p>",
			html.EscapeString(strings.Join(e.DatesReported, ", ")))
	}
	b.WriteString("<ul>")
	for _, s := range e.Sources {
		fmt.Fprintf(&b, "<li><b>%s</b>, %s (%s): “%s”</li>", html.EscapeString(s.Outlet),
			html.EscapeString(s.Published), html.EscapeString(s.Title), html.EscapeString(s.Sentence))
	}
	b.WriteString("</ul>")
	return b.String()
}
