package extract

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// TimeMLDoc is a TimeML file reduced to what the time-expression and event
// dating measures read: the text of its TEXT element (tags stripped,
// entities decoded), its creation time, its time expressions, and its
// events and event–time links.
type TimeMLDoc struct {
	Name     string
	Text     string
	DCT      time.Time
	Timexes  []TimeMLTimex // in text order, the DCT left out
	dctID    string
	dctValue string
	timexes  map[string]goldTime   // by tid, DCT left out
	events   []goldEvent           // in text order
	links    map[string][]timeLink // by eiid, seen from the event
	instance map[string][]string   // eid → its eiids
	dating   []Span                // text times at-linked to some event
}

// TimeMLTimex is an annotated TIMEX3 of the text.
type TimeMLTimex struct {
	Span
	Type, Value, Mod string
}

// goldTime is an annotated TIMEX3 in the text, for the links.
type goldTime struct {
	Span
	Type, Value string
}

// goldEvent is an annotated EVENT in the text.
type goldEvent struct {
	Span
	ID string
}

// timeLink is a TLINK between an event instance and a time, with the
// relation read from the event's side ("the event IS_INCLUDED in tid").
type timeLink struct {
	Time, Rel string
}

// atRelations are the TLINK relations, from the event's side, meaning the
// event happened at or within the time: a time that dates the event.
var atRelations = map[string]bool{"IS_INCLUDED": true, "DURING": true, "SIMULTANEOUS": true,
	"IDENTITY": true, "BEGINS": true, "ENDS": true}

// inverseRel turns a relation read from the time's side into the event's.
var inverseRel = map[string]string{"INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES",
	"BEFORE": "AFTER", "AFTER": "BEFORE", "IBEFORE": "IAFTER", "IAFTER": "IBEFORE",
	"BEGINS": "BEGUN_BY", "BEGUN_BY": "BEGINS", "ENDS": "ENDED_BY", "ENDED_BY": "ENDS",
	"DURING": "DURING_INV", "DURING_INV": "DURING"}

// ReadTimeMLFile reads the TimeML document at path, named by its path.
func ReadTimeMLFile(path string) (TimeMLDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return TimeMLDoc{}, err
	}
	defer f.Close()
	doc, err := ReadTimeML(f)
	if err != nil {
		return doc, fmt.Errorf("read %s: %w", path, err)
	}
	doc.Name = path
	return doc, nil
}

// ReadTimeML parses a TimeML 1.2 document.
func ReadTimeML(r io.Reader) (TimeMLDoc, error) {
	doc := TimeMLDoc{timexes: map[string]goldTime{}, links: map[string][]timeLink{}, instance: map[string][]string{}}
	var (
		text   strings.Builder
		inText bool
		tid    string
		mod    string
		tx     goldTime
		ev     *goldEvent
	)
	dec := xml.NewDecoder(r)
	dec.Strict = false
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return doc, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch name := t.Name.Local; {
			case name == "TEXT":
				inText = true
			case name == "TIMEX3" && xmlAttr(t, "functionInDocument") == "CREATION_TIME":
				v := xmlAttr(t, "value")
				doc.dctID, doc.dctValue = xmlAttr(t, "tid"), v[:min(10, len(v))]
				doc.DCT, _ = time.Parse("2006-01-02", doc.dctValue)
			case name == "TIMEX3" && inText:
				tid, mod = xmlAttr(t, "tid"), xmlAttr(t, "mod")
				tx = goldTime{Span: Span{Start: text.Len()}, Type: xmlAttr(t, "type"), Value: xmlAttr(t, "value")}
			case name == "EVENT" && inText:
				ev = &goldEvent{Span: Span{Start: text.Len()}, ID: xmlAttr(t, "eid")}
			case name == "MAKEINSTANCE":
				doc.instance[xmlAttr(t, "eventID")] = append(doc.instance[xmlAttr(t, "eventID")], xmlAttr(t, "eiid"))
			case name == "TLINK":
				doc.addLink(t)
			}
		case xml.EndElement:
			switch name := t.Name.Local; {
			case name == "TEXT":
				inText = false
			case name == "TIMEX3" && tid != "":
				tx.End = text.Len()
				doc.timexes[tid] = tx
				if tx.End > tx.Start {
					doc.Timexes = append(doc.Timexes, TimeMLTimex{tx.Span, tx.Type, tx.Value, mod})
				}
				tid = ""
			case name == "EVENT" && ev != nil:
				ev.End = text.Len()
				doc.events = append(doc.events, *ev)
				ev = nil
			}
		case xml.CharData:
			if inText {
				text.Write(t)
			}
		}
	}
	doc.Text = text.String()
	for _, ls := range doc.links {
		for _, l := range ls {
			if tx, ok := doc.timexes[l.Time]; ok && tx.Type != "SET" && atRelations[l.Rel] {
				doc.dating = append(doc.dating, tx.Span)
			}
		}
	}
	return doc, nil
}

// addLink records a TLINK between an event instance and a time.
func (doc *TimeMLDoc) addLink(t xml.StartElement) {
	rel := xmlAttr(t, "relType")
	if ei, tm := xmlAttr(t, "eventInstanceID"), xmlAttr(t, "relatedToTime"); ei != "" && tm != "" {
		doc.links[ei] = append(doc.links[ei], timeLink{tm, rel})
	}
	if tm, ei := xmlAttr(t, "timeID"), xmlAttr(t, "relatedToEventInstance"); ei != "" && tm != "" {
		if inv := inverseRel[rel]; inv != "" {
			rel = inv
		}
		doc.links[ei] = append(doc.links[ei], timeLink{tm, rel})
	}
}

// xmlAttr returns the value of the attribute named name.
func xmlAttr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// DateEval counts how the events Analyze finds at annotated event words are
// dated, against the times TimeML links those events to.
type DateEval struct {
	GoldEvents int // annotated events whose word is one of our triggers
	Compared   int // of those, events Analyze found at the same word
	Judged     int // compared events with a gold date (an at-link to a DATE/TIME or the DCT)
	DateRight  int // judged events whose value equals a gold date's value
	Dated      int // compared events we gave a date
	// Text time expressions: attached by us (Timex ≥ 0) or at-linked in gold.
	Attached, GoldAttached, AttachRight int
	Classes                             map[string]int // error classes, see classify
}

// AttachF1 returns the F1 of attaching text time expressions to events,
// every attachment gold does not confirm counting as wrong.
func (ev DateEval) AttachF1() float64 {
	return NERScore{Gold: ev.GoldAttached, Pred: ev.Attached, Correct: ev.AttachRight}.F1()
}

// judgedWrong are the classes of attached timexes that gold contradicts.
// TimeML links are sparse, so an attachment gold says nothing about ("timex,
// gold has no link") counts neither way in JudgedF1.
var judgedWrong = []string{classWrong, classOtherRel, classDCT, classAnother}

// JudgedF1 returns the F1 of attaching text time expressions to events,
// with precision over the attachments gold confirms or contradicts.
func (ev DateEval) JudgedF1() (p, r, f1 float64) {
	pred := ev.AttachRight
	for _, c := range judgedWrong {
		pred += ev.Classes[c]
	}
	s := NERScore{Gold: ev.GoldAttached, Pred: pred, Correct: ev.AttachRight}
	if pred > 0 {
		p = float64(ev.AttachRight) / float64(pred)
	}
	if ev.GoldAttached > 0 {
		r = float64(ev.AttachRight) / float64(ev.GoldAttached)
	}
	return p, r, s.F1()
}

// Classes of dated events.
const (
	classWrong    = "wrong timex"
	classOtherRel = "timex, gold relates it otherwise (BEFORE, AFTER, ...)"
	classDCT      = "timex, gold has the DCT"
	classAnother  = "timex, gold dates another event with it"
)

// EvalEventDates analyses each document with its creation time and scores
// the dates of the events found at annotated event words; with errs not
// nil, it writes each disagreement there.
func EvalEventDates(docs []TimeMLDoc, errs io.Writer) DateEval {
	ev := DateEval{Classes: map[string]int{}}
	for _, doc := range docs {
		a := Analyze(Doc{Text: doc.Text}, doc.DCT)
		for _, g := range doc.events {
			if _, ok := theTriggers().types[foldHash(doc.Text[g.Start:g.End])]; !ok {
				continue
			}
			ev.GoldEvents++
			e, ok := eventAt(a.Events, g.Span)
			if !ok {
				continue
			}
			class := ev.score(doc, a, g, e)
			ev.Classes[class]++
			if errs != nil && class != "right" && class != "both undated" {
				fmt.Fprintf(errs, "%s\t%s\t%s\n", class, doc.Name, describe(doc, a, g, e))
			}
		}
	}
	return ev
}

// eventAt returns the event whose trigger overlaps span.
func eventAt(events []Event, span Span) (Event, bool) {
	for _, e := range events {
		if e.Trigger.Start < span.End && span.Start < e.Trigger.End {
			return e, true
		}
	}
	return Event{}, false
}

// score counts event e found at gold event g and returns its class.
func (ev *DateEval) score(doc TimeMLDoc, a Analysis, g goldEvent, e Event) string {
	ev.Compared++
	text, values, other := doc.goldDates(g.ID)
	if e.Value != "" {
		ev.Dated++
	}
	if len(values) > 0 {
		ev.Judged++
		if e.Value != "" && values[e.Value] {
			ev.DateRight++
		}
	}
	var ours *Timex
	if e.Timex >= 0 {
		ours = &a.Timexes[e.Timex]
		ev.Attached++
	}
	if len(text) > 0 {
		ev.GoldAttached++
	}
	if ours != nil && overlapsAny(ours.Span, text) {
		ev.AttachRight++
	}
	return classify(ours, e.Value, text, values, other, doc)
}

// classify names how our date compares with the gold dates of doc: text
// holds the spans of the at-linked text times, values all gold date values
// (DCT included), other the spans of text times linked by another relation.
func classify(ours *Timex, value string, text []Span, values map[string]bool, other []Span, doc TimeMLDoc) string {
	switch {
	case ours != nil && overlapsAny(ours.Span, text):
		return "right"
	case ours != nil && len(text) > 0:
		return classWrong
	case ours != nil && overlapsAny(ours.Span, other):
		return classOtherRel
	case ours != nil && values[eventDay(doc.dctValue)]:
		return classDCT
	case ours != nil && overlapsAny(ours.Span, doc.dating):
		return classAnother
	case ours != nil:
		return "timex, gold has no link"
	case value != "" && values[value]:
		return "right" // the DCT, or a timex of the same value
	case len(text) > 0 && value != "":
		return "DCT, gold has a timex"
	case len(text) > 0:
		return "no date, gold has a timex"
	case value != "":
		return "DCT, gold has no at-link"
	case len(values) > 0:
		return "no date, gold has the DCT"
	}
	return "both undated"
}

// goldDates returns the spans of the text times that gold event eid is
// at-linked to (SETs left out: a DURATION such as "last week" may be the
// date our tagger reads), the values of those and of the DCT when it is
// at-linked, and the spans of the text times it is linked to otherwise.
// Values are days, as event dates are (eventDay).
func (doc TimeMLDoc) goldDates(eid string) ([]Span, map[string]bool, []Span) {
	var text, other []Span
	values := map[string]bool{}
	for _, ei := range doc.instance[eid] {
		for _, l := range doc.links[ei] {
			if l.Time == doc.dctID {
				if atRelations[l.Rel] {
					values[eventDay(doc.dctValue)] = true
				}
				continue
			}
			tx, ok := doc.timexes[l.Time]
			switch {
			case !ok || tx.Type == "SET":
			case atRelations[l.Rel]:
				text = append(text, tx.Span)
				values[eventDay(tx.Value)] = true
			default:
				other = append(other, tx.Span)
			}
		}
	}
	return text, values, other
}

// overlapsAny reports whether s overlaps one of spans.
func overlapsAny(s Span, spans []Span) bool {
	for _, o := range spans {
		if s.Start < o.End && o.Start < s.End {
			return true
		}
	}
	return false
}

// describe shows the sentence of an event with its trigger, our timex and
// the gold times marked.
func describe(doc TimeMLDoc, a Analysis, g goldEvent, e Event) string {
	text, values, _ := doc.goldDates(g.ID)
	ours := ""
	if e.Timex >= 0 {
		ours = a.Timexes[e.Timex].Text
	}
	var golds []string
	for _, s := range text {
		golds = append(golds, doc.Text[s.Start:s.End])
	}
	if values[doc.dctValue] {
		golds = append(golds, "DCT")
	}
	sent := strings.Join(strings.Fields(doc.Text[e.Span.Start:e.Span.End]), " ")
	return fmt.Sprintf("[%s] ours=%q (%s) gold=%q\t%s", doc.Text[g.Start:g.End], ours, e.Value, golds, sent)
}
