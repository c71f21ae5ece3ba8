package story

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"newsline/data"
)

// Export formats of WriteEvents.
const (
	FormatJSON = "json"
	FormatCSV  = "csv"
)

// exportEvent is a story event as `newsline export events` writes it.
type exportEvent struct {
	ID            int64          `json:"id"`
	Date          string         `json:"date"`
	Type          string         `json:"type"`
	Actors        []string       `json:"actors"`
	Planned       bool           `json:"planned"`
	Sources       []exportSource `json:"sources"`
	Conflict      bool           `json:"conflict"`
	DatesReported []string       `json:"dates_reported"`
	Reports       int            `json:"reports"`
	Outlets       int            `json:"outlets"`
	Outcome       int64          `json:"outcome,omitempty"`
	Plan          int64          `json:"plan,omitempty"`
}

type exportSource struct {
	Article   string `json:"article"`
	ArticleID int64  `json:"article_id"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Date      string `json:"date"`
	Sentence  string `json:"sentence"`
}

// WriteEvents writes story events as a JSON array (FormatJSON) or as CSV
// with one row per source (FormatCSV).
func WriteEvents(w io.Writer, format string, events []data.StoryEvent) error {
	switch format {
	case FormatJSON:
		return writeJSON(w, events)
	case FormatCSV:
		return writeCSV(w, events)
	}
	return fmt.Errorf("export events: unknown format %q (want json or csv)", format)
}

func writeJSON(w io.Writer, events []data.StoryEvent) error {
	out := make([]exportEvent, len(events))
	for i, e := range events {
		out[i] = exportEvent{ID: e.ID, Date: e.Date.Value, Type: e.Type, Actors: actorNames(e), Planned: e.Planned,
			Conflict: e.Conflict, DatesReported: nonNil(e.DatesReported), Reports: e.Reports, Outlets: e.Outlets,
			Outcome: e.Outcome, Plan: e.Plan, Sources: make([]exportSource, len(e.Sources))}
		for j, s := range e.Sources {
			out[i].Sources[j] = exportSource{Article: s.Title, ArticleID: s.ArticleID, Outlet: s.Outlet,
				Published: s.Published, Date: s.Date.Value, Sentence: s.Sentence}
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("export events: %w", err)
	}
	return nil
}

var csvHeader = []string{"id", "date", "type", "actors", "planned", "conflict", "dates_reported", "reports",
	"outlets", "article_id", "article", "outlet", "published", "source_date", "sentence"}

func writeCSV(w io.Writer, events []data.StoryEvent) error {
	cw := csv.NewWriter(w)
	cw.Write(csvHeader)
	for _, e := range events {
		head := []string{strconv.FormatInt(e.ID, 10), e.Date.Value, e.Type, strings.Join(actorNames(e), "; "),
			strconv.FormatBool(e.Planned), strconv.FormatBool(e.Conflict), strings.Join(e.DatesReported, "; "),
			strconv.Itoa(e.Reports), strconv.Itoa(e.Outlets)}
		for _, s := range e.Sources {
			cw.Write(append(head[:len(head):len(head)], strconv.FormatInt(s.ArticleID, 10), s.Title, s.Outlet,
				s.Published, s.Date.Value, s.Sentence))
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("export events: %w", err)
	}
	return nil
}

func actorNames(e data.StoryEvent) []string {
	names := make([]string, len(e.Actors))
	for i, a := range e.Actors {
		names[i] = a.Name
	}
	return names
}

func nonNil(ss []string) []string {
	if ss == nil {
		return []string{}
	}
	return ss
}
