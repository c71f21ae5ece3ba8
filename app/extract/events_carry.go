package extract

// This file dates an undated event by the sentences before it: a past
// event of the same family, "then" after a dated sentence, and a report
// after a dated speech act.

import "strings"

// carrySentences is how many sentences back an undated event looks for a
// dated one of its family.
const carrySentences = 2

// carryDates dates an undated event that happened (not a plan, not a speech
// act, not one told in the pluperfect; a past verb or a noun after "the")
// by the day of the sentence before when "then" leads it or that sentence
// tells no event (it sets the scene: "The next day in Hanoi, ..."), else
// by the last event of its family dated by its own time expression in the
// two sentences before: "Russia on Thursday vetoed the renewal ...
// Thirteen members voted in favour ... China abstained." Within a sentence
// an undated event is undated for a reason ("arrived on Wednesday, a month
// after Kim travelled to Russia").
func carryDates(text string, events []Event, days []string) {
	told := make([]bool, len(days)) // the sentences that tell an event
	for _, e := range events {
		if e.Sentence < len(told) {
			told[e.Sentence] = true
		}
	}
	for i := range events {
		e := &events[i]
		if e.Value != "" || e.Planned || speechActs[e.Type] ||
			!pastVerb(text[e.Trigger.Start:e.Trigger.End]) && !definite(text, e.Trigger.Start) && !lightPast(text, e.Trigger.Start) ||
			pluperfect(text, e.Trigger.Start) || perfect(text, e.Trigger.Start) {
			continue // but not "the yardstick of sanctions", nor "the two sides had discussed"
		}
		if v := whereDay(text, events[:i], e); v != "" {
			e.Value = v // "visited Pyongyang in June, where they signed the treaty"
			continue
		}
		if e.Sentence > 0 && days[e.Sentence-1] != "" && (thenBefore(text, e) || !told[e.Sentence-1]) {
			// "The next day in Vladivostok, ... Kim then inspected"; "The
			// next day in Hanoi, the tone was different. Putin held talks"
			e.Value = days[e.Sentence-1]
			continue
		}
		for k := i - 1; k >= 0 && events[k].Sentence >= e.Sentence-carrySentences; k-- {
			if p := &events[k]; p.Sentence < e.Sentence && p.Timex >= 0 && family(p.Type) == family(e.Type) && !p.Planned && isCalendar(p.Value) &&
				!firstBefore(text, p.Trigger.Start) {
				e.Value = p.Value
				break
			}
		}
	}
}

// whereDay returns the date of the event told just before ", where" in the
// sentence of e when the trigger of e follows it in the same clause ("paid
// a state visit to Pyongyang last June, where we signed the treaty"), or "".
func whereDay(text string, before []Event, e *Event) string {
	k := strings.LastIndex(text[e.Span.Start:e.Trigger.Start], ", where ")
	if k < 0 {
		return ""
	}
	at := e.Span.Start + k
	if strings.ContainsAny(text[at+len(", where "):e.Trigger.Start], ",;:\"“”") {
		return ""
	}
	for j := len(before) - 1; j >= 0 && before[j].Sentence == e.Sentence; j-- {
		if p := &before[j]; p.Trigger.End <= at {
			if p.Value == "" || p.Planned {
				return ""
			}
			return p.Value
		}
	}
	return ""
}

// sentenceDays returns, for each of n sentences, the last calendar day its
// time expressions name, or "".
func sentenceDays(timexes []Timex, n int) []string {
	days := make([]string, n)
	for _, t := range timexes {
		if t.Type == "DATE" && len(t.Value) == len("2006-01-02") && isCalendar(t.Value) && t.Sentence < n {
			days[t.Sentence] = t.Value
		}
	}
	return days
}

// thenBefore reports whether "then" stands right before the trigger of e,
// or after its subject at most maxThenGap bytes before it: "Kim then
// inspected", "then toured".
func thenBefore(text string, e *Event) bool {
	from := max(0, e.Trigger.Start-maxThenGap)
	k := strings.LastIndex(text[from:e.Trigger.Start], "then ")
	if k < 0 {
		return false
	}
	k += from
	return (k == 0 || !isASCIILetter(text[k-1])) && strings.TrimSpace(text[k+len("then "):e.Trigger.Start]) == ""
}

// maxThenGap bounds how far before a trigger "then" is looked for.
const maxThenGap = 8

// firstBefore reports whether the text before the trigger at pos ends in
// "first", with or without a "since" after the trigger: "their first meeting
// since April 2019" or "their first summit" is no event whose date the next
// sentences carry on (see carryDates).
func firstBefore(text string, pos int) bool {
	return strings.HasSuffix(strings.TrimRight(text[:pos], " "), "first")
}

// pluperfect reports whether "had" comes one or two words before the
// trigger at pos ("had discussed", "had already met"): the event lies
// before the time the sentences around it tell of.
func pluperfect(text string, pos int) bool {
	before := strings.Fields(text[max(0, pos-24):pos])
	for i := len(before) - 1; i >= 0 && i >= len(before)-2; i-- {
		if strings.EqualFold(before[i], "had") {
			return true
		}
	}
	return false
}

// definite reports whether "the", "that" or "this" stands right before the
// trigger at pos: "Kim oversaw the launch" tells again of a launch the
// sentences before dated.
func definite(text string, pos int) bool {
	before := strings.Fields(text[max(0, pos-8):pos])
	if len(before) == 0 {
		return false
	}
	switch strings.ToLower(before[len(before)-1]) {
	case "the", "that", "this":
		return true
	}
	return false
}

// lightPast reports whether a past light verb stands one or two words
// before the noun trigger at pos: "held talks", "paid a visit", "held a
// summit" tell an event that happened.
func lightPast(text string, pos int) bool {
	before := strings.Fields(text[max(0, pos-24):pos])
	for i := len(before) - 1; i >= 0 && i >= len(before)-2; i-- {
		switch strings.ToLower(before[i]) {
		case "held", "paid", "conducted", "staged", "made":
			return true
		}
	}
	return false
}

// perfect reports whether "has" or "have" stands right before the trigger
// at pos ("Putin has signed the law"): news of the day, not a step of the
// story the sentences before tell.
func perfect(text string, pos int) bool {
	before := strings.Fields(text[max(0, pos-12):pos])
	return len(before) > 0 && (strings.EqualFold(before[len(before)-1], "has") || strings.EqualFold(before[len(before)-1], "have"))
}

// pastVerb reports whether a trigger word is a verb in the past tense: a
// new happening, unlike a noun such as "sanctions" or "talks".
func pastVerb(w string) bool {
	return strings.HasSuffix(w, "ed") || pastForms[strings.ToLower(w)]
}

var pastForms = map[string]bool{"met": true, "sent": true, "left": true, "flew": true, "struck": true, "shot": true, "laid": true, "held": true,
	"spoke": true, "went": true, "came": true, "took": true, "gave": true, "wrote": true, "fought": true, "led": true, "paid": true,
	"began": true, "hit": true, "won": true, "rode": true}

// lastSaid returns the day of the last speech act of a sentence's events
// that its own time expression or its occasion dates (any day but the DCT,
// which the acts after it get anyway), or "".
func lastSaid(es []Event, dct string) string {
	for i := len(es) - 1; i >= 0; i-- {
		if e := es[i]; speechActs[e.Type] {
			if (e.Timex >= 0 || e.Value != dct) && len(e.Value) == len("2006-01-02") {
				return e.Value // by its own time expression, or by the occasion it was said at
			}
			return ""
		}
	}
	return ""
}
