package app

import (
	"slices"
	"time"

	"newsline/app/extract"
	"newsline/app/ingest"
	"newsline/data"
)

// publishedRange turns a document's publication date into a stored date.
func publishedRange(doc ingest.Document) data.DateRange {
	if doc.Published.IsZero() {
		return data.DateRange{}
	}
	switch doc.PublishedPrecision {
	case "year":
		return data.ParseValue(doc.Published.Format("2006"))
	case "month":
		return data.ParseValue(doc.Published.Format("2006-01"))
	default:
		return data.DayValue(doc.Published)
	}
}

// anchor is the document creation time relative dates are resolved against:
// the publication day, or the zero time when only the month or year is known.
func anchor(pub data.DateRange) time.Time {
	if !pub.Known || pub.Precision != data.PrecisionDay {
		return time.Time{}
	}
	return pub.Start.Time()
}

// analyse runs the extractor over a document and maps the result into the
// store's terms.
func analyse(doc ingest.Document, path string, pub data.DateRange) data.NewArticle {
	a := withoutDateline(extract.Analyze(extract.Doc{Title: doc.Title, Text: doc.Text}, anchor(pub)))
	na := data.NewArticle{Article: data.Article{
		Title:            doc.Title,
		Outlet:           doc.Outlet,
		URL:              doc.URL,
		Author:           doc.Author,
		Published:        pub,
		SourcePath:       path,
		Format:           doc.Format,
		ExtractorVersion: extract.Version,
		Text:             doc.Text,
	}}
	for i, s := range a.Sentences {
		na.Sentences = append(na.Sentences, data.Sentence{Index: i, Start: s.Start, End: s.End})
	}
	for _, t := range a.Timexes {
		na.Timexes = append(na.Timexes, data.NewTimex{Timex: data.Timex{
			Start: t.Start, End: t.End, Text: t.Text, Type: t.Type, Value: t.Value, Mod: t.Mod,
			Date: dateOf(t.Value, t.Mod),
		}, Sentence: t.Sentence})
	}
	for _, ac := range a.Actors {
		na.Actors = append(na.Actors, data.NewActor{Name: ac.Name, Type: ac.Type, Aliases: ac.Aliases})
	}
	for _, m := range a.Mentions {
		na.Mentions = append(na.Mentions, data.NewMention{
			Actor: m.Actor, Sentence: m.Sentence, Start: m.Start, End: m.End, Text: m.Text,
		})
	}
	for _, e := range a.Events {
		na.Events = append(na.Events, newEvent(doc.Text, a, e))
	}
	return na
}

func newEvent(text string, a extract.Analysis, e extract.Event) data.NewEvent {
	mod := ""
	if e.Timex >= 0 && e.Timex < len(a.Timexes) {
		mod = a.Timexes[e.Timex].Mod
	}
	ne := data.NewEvent{
		Type:         e.Type,
		Trigger:      text[e.Trigger.Start:e.Trigger.End],
		TriggerStart: e.Trigger.Start,
		TriggerEnd:   e.Trigger.End,
		Sentence:     e.Sentence,
		Timex:        e.Timex,
		Date:         dateOf(e.Value, mod),
		Planned:      e.Planned,
	}
	for _, ea := range e.Actors {
		ne.Actors = append(ne.Actors, data.NewEventActor{Actor: ea.Actor, Role: ea.Role})
	}
	return ne
}

func dateOf(value, mod string) data.DateRange {
	r := data.ParseValue(value)
	r.Approx = mod == "APPROX"
	return r
}

// withoutDateline drops the mentions inside a's dateline, which say where and
// by whom a report was filed, and the actors left without a mention, so that
// the wire agency and the filing city do not become actors of the story.
func withoutDateline(a extract.Analysis) extract.Analysis {
	d := a.Dateline
	if d.End <= d.Start {
		return a
	}
	mentions := a.Mentions[:0:0]
	used := make([]bool, len(a.Actors))
	for _, m := range a.Mentions {
		if m.Start >= d.Start && m.End <= d.End {
			continue
		}
		mentions = append(mentions, m)
		used[m.Actor] = true
	}
	for _, e := range a.Events {
		for _, ea := range e.Actors {
			used[ea.Actor] = true
		}
	}
	index := make([]int, len(a.Actors))
	var actors []extract.Actor
	for i, ac := range a.Actors {
		index[i] = len(actors)
		if used[i] {
			actors = append(actors, ac)
		}
	}
	for i := range mentions {
		mentions[i].Actor = index[mentions[i].Actor]
	}
	events := make([]extract.Event, len(a.Events))
	for i, e := range a.Events {
		e.Actors = slices.Clone(e.Actors)
		for j := range e.Actors {
			e.Actors[j].Actor = index[e.Actors[j].Actor]
		}
		events[i] = e
	}
	a.Actors, a.Mentions, a.Events = actors, mentions, events
	return a
}
