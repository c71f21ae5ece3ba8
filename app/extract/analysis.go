// Package extract finds sentences, time expressions, actors and events in a
// news article. It is pure Go, offline and deterministic: every span is a
// UTF-8 byte offset into the text it was given.
package extract

import "time"

// Version identifies the extractor's behaviour; the store re-analyses articles
// written by an older version.
const Version = 5

// Span is a half-open byte range [Start, End) of the text.
type Span struct {
	Start int
	End   int
}

// Token is one word, number or punctuation mark.
type Token struct {
	Span
}

// Sentence is a sentence of the text.
type Sentence struct {
	Span
}

// Timex is a TIMEX3 time expression.
type Timex struct {
	Span
	Text  string
	Type  string // DATE, TIME, DURATION, SET
	Value string // TIMEX3 value: 2023-09-13, 2023-09, 2023-W37, 199, P3D, PAST_REF, XXXX-09-08
	Mod   string // APPROX, START, MID, END, BEFORE, AFTER or ""
	// Sentence is the index of the sentence holding the expression.
	Sentence int
}

// Mention is one occurrence of an actor.
type Mention struct {
	Span
	Text     string
	Sentence int // index into Analysis.Sentences
	Actor    int // index into Analysis.Actors
}

// Actor is a person, organisation or place with the forms it was named by.
type Actor struct {
	Name    string   // canonical name: the longest, most complete form
	Type    string   // PERSON, ORG, GPE, LOC
	Aliases []string // other forms seen in the document (not including Name)
}

// EventActor is an actor's part in an event.
type EventActor struct {
	Actor int    // index into Analysis.Actors
	Role  string // source, target or ""
}

// Event is a happening in one clause: a trigger, its actors and its date.
type Event struct {
	Span                  // the sentence span
	Type     string       // MEET, VISIT, TRAVEL, ARRIVE, STATEMENT, ...
	Trigger  Span         // the trigger word
	Sentence int          // index into Analysis.Sentences
	Timex    int          // index into Analysis.Timexes, or -1 when dated otherwise
	Value    string       // TIMEX3 date value of the event, "" when undated
	Planned  bool         // announced or expected, not yet happened
	Actors   []EventActor // at least one
}

// Analysis is everything found in one document.
type Analysis struct {
	Sentences []Sentence
	Timexes   []Timex
	Actors    []Actor
	Mentions  []Mention
	Events    []Event
	// Dateline is the span of a leading dateline ("SEOUL, July 14 (AP) —"),
	// empty when the text has none. Its mentions name where the report was
	// filed and by whom, not who took part in the story.
	Dateline Span
}

// Doc is the part of a document the extractor reads.
type Doc struct {
	Title string
	Text  string
}

// Analyze analyses doc.Text. dct is the document creation time (publication
// date) that relative expressions are anchored to; the zero time means unknown,
// and relative values then use TimeML's X placeholders.
func Analyze(doc Doc, dct time.Time) Analysis {
	var a Analysis
	a.Sentences = splitSentences(doc.Text)
	a.Timexes = findTimexes(doc.Text, a.Sentences, dct)
	a.Actors, a.Mentions = findActors(withoutFurniture(doc.Text), a.Sentences)
	a.Events = findEvents(doc.Text, a.Sentences, a.Timexes, a.Actors, a.Mentions, dct)
	a.Actors, a.Mentions = possessiveOwners(theGazetteer(), doc.Text, a.Actors, a.Mentions)
	a.Dateline = findDateline(doc.Text, a.Sentences)
	return a
}
