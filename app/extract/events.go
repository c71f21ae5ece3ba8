package extract

import (
	"slices"
	"strings"
	"sync"
	"time"
)

// triggerLexicon maps folded trigger words to event types.
type triggerLexicon struct {
	types   map[uint64]string
	weapons map[uint64]bool
}

var (
	triggersOnce sync.Once
	triggers     *triggerLexicon
)

// theTriggers returns the embedded trigger lexicon, loading it once.
func theTriggers() *triggerLexicon {
	triggersOnce.Do(func() {
		t := &triggerLexicon{types: map[uint64]string{}}
		lexiconLines(lexiconFS, "lexicon/triggers.txt", func(line string) {
			f := strings.Fields(line)
			for _, w := range f[1:] {
				t.types[foldHash(w)] = f[0]
			}
		})
		t.weapons = lexiconSet(lexiconFS, "lexicon/weapons.txt")
		triggers = t
	})
	return triggers
}

// speechActs are event types dated by the publication date when the clause
// has no date of its own: what someone said is news on the day it is printed.
var speechActs = map[string]bool{"STATEMENT": true, "REPORT": true, "ANNOUNCE": true, "ACCUSE": true,
	"DENY": true, "WARN": true, "CONDEMN": true, "THREATEN": true, "PLEDGE": true}

// reporting are the types that attribute other events to a source.
var reporting = map[string]bool{"STATEMENT": true, "REPORT": true, "ANNOUNCE": true}

// families are event types of which a clause keeps only the first trigger
// ("met ... for talks" is one meeting).
var families = map[string]string{"MEET": "meet", "TALKS": "meet", "HOST": "meet", "VISIT": "move",
	"TRAVEL": "move", "ARRIVE": "move", "DEPART": "move"}

// eventScope is what the event finder sees of one sentence.
type eventScope struct {
	text     string
	sent     int
	span     Span
	words    []nerWord
	mentions []Mention // of this sentence
	timexes  []int     // indexes of this sentence's timexes, by position
	all      []Timex
	dct      time.Time
}

// findEvents finds, for each clause with a trigger word and at least one
// actor, a typed and dated event.
func findEvents(text string, sents []Sentence, timexes []Timex, actors []Actor, mentions []Mention, dct time.Time) []Event {
	order := make([]int, len(timexes))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return timexes[a].Start - timexes[b].Start })
	var events []Event
	var words []nerWord
	mi, ti := 0, 0
	for si, s := range sents {
		sc := eventScope{text: text, sent: si, span: s.Span, all: timexes, dct: dct}
		for mi < len(mentions) && mentions[mi].Start < s.Start {
			mi++
		}
		m0 := mi
		for mi < len(mentions) && mentions[mi].End <= s.End {
			mi++
		}
		sc.mentions = mentions[m0:mi]
		for ti < len(order) && timexes[order[ti]].Start < s.Start {
			ti++
		}
		t0 := ti
		for ti < len(order) && timexes[order[ti]].End <= s.End {
			ti++
		}
		sc.timexes = order[t0:ti]
		if len(sc.mentions) == 0 {
			continue
		}
		words = nerWords(words[:0], text, s.Span)
		sc.words = words
		events = sc.events(events)
	}
	return events
}

// events appends the events of each clause of the sentence.
func (sc *eventScope) events(out []Event) []Event {
	start := 0
	for i, w := range sc.words {
		if c := sc.text[w.Start]; c == ';' {
			out = sc.clauseEvents(out, start, i)
			start = i + 1
		}
	}
	return sc.clauseEvents(out, start, len(sc.words))
}

// trigger is an event word in a clause.
type trigger struct {
	word int
	typ  string
}

// clauseEvents appends the events of words [from, to): one per trigger
// family, plus the first reporting verb's event when its source is named.
func (sc *eventScope) clauseEvents(out []Event, from, to int) []Event {
	if from >= to {
		return out
	}
	clause := Span{sc.words[from].Start, sc.words[to-1].End}
	trigs, reports := sc.triggers(from, to)
	for _, t := range trigs {
		if e, ok := sc.event(t, clause, reports, len(reports) > 0); ok {
			out = append(out, e)
		}
	}
	if len(reports) > 0 {
		t := trigger{reports[0], theTriggers().types[sc.words[reports[0]].key]}
		if e, ok := sc.event(t, clause, reports, len(trigs) > 0); ok {
			out = append(out, e)
		}
	}
	return out
}

// triggers returns the clause's first trigger of each family, except
// reporting verbs, whose positions it returns apart.
func (sc *eventScope) triggers(from, to int) ([]trigger, []int) {
	lex := theTriggers()
	var trigs []trigger
	var reports []int
	weapons := false
	for i := from; i < to; i++ {
		w := sc.words[i]
		weapons = weapons || lex.weapons[w.key]
		typ, ok := lex.types[w.key]
		if !ok || w.flags&fUpper != 0 {
			continue
		}
		if reporting[typ] {
			reports = append(reports, i)
		} else if !slices.ContainsFunc(trigs, func(t trigger) bool { return family(t.typ) == family(typ) }) {
			trigs = append(trigs, trigger{i, typ})
		}
	}
	for k := range trigs {
		if trigs[k].typ == "SUPPLY" && weapons {
			trigs[k].typ = "ARMS_TRANSFER"
		}
	}
	return trigs, reports
}

// family returns the family of an event type (the type itself by default).
func family(typ string) string {
	if f := families[typ]; f != "" {
		return f
	}
	return typ
}

// event builds the event of trigger t in clause, if it has an actor. When
// split is set, a reported event keeps the actors that are not the report's
// source, and a report keeps only its source.
func (sc *eventScope) event(t trigger, clause Span, reports []int, split bool) (Event, bool) {
	tw := sc.words[t.word]
	e := Event{Span: sc.span, Type: t.typ, Trigger: tw.Span, Sentence: sc.sent, Timex: -1}
	e.Actors = sc.roles(tw.Span, clause, reports, split, reporting[t.typ])
	if len(e.Actors) == 0 {
		return e, false
	}
	e.Timex, e.Value = sc.date(tw.Span, clause)
	if e.Value == "" && speechActs[t.typ] && !sc.dct.IsZero() {
		e.Value = sc.dct.Format("2006-01-02")
	}
	e.Planned = sc.planned(t.word) || (e.Timex >= 0 && sc.future(e.Value))
	return e, true
}

// roles returns the clause's actors, source before the trigger and target
// after it; with split, only the report's sources (isReport) or only the
// others.
func (sc *eventScope) roles(trig, clause Span, reports []int, split, isReport bool) []EventActor {
	var out []EventActor
	for _, m := range sc.mentions {
		if m.Start < clause.Start || m.End > clause.End || hasActor(out, m.Actor) {
			continue
		}
		if split && sc.attributes(m, reports) != isReport {
			continue
		}
		role := "target"
		if m.End <= trig.Start {
			role = "source"
		}
		out = append(out, EventActor{Actor: m.Actor, Role: role})
	}
	return out
}

// attributes reports whether mention m names the source of a report: it
// stands within three words before a reporting verb, or right after one at
// the end of a clause ("..., said Peskov.").
func (sc *eventScope) attributes(m Mention, reports []int) bool {
	for _, r := range reports {
		rw := sc.words[r]
		if m.End <= rw.Start && sc.wordsBetween(m.End, rw.Start) <= 3 {
			return true
		}
		if m.Start >= rw.End && sc.wordsBetween(rw.End, m.Start) <= 1 && sc.endsClause(m.End) {
			return true
		}
	}
	return false
}

// endsClause reports whether only punctuation follows pos in the sentence.
func (sc *eventScope) endsClause(pos int) bool {
	for _, w := range sc.words {
		if w.Start >= pos {
			return w.flags&fPunct != 0
		}
	}
	return true
}

// wordsBetween counts the words in [from, to).
func (sc *eventScope) wordsBetween(from, to int) int {
	n := 0
	for _, w := range sc.words {
		if w.Start >= from && w.End <= to {
			n++
		}
	}
	return n
}

// hasActor reports whether list already holds actor a.
func hasActor(list []EventActor, a int) bool {
	return slices.ContainsFunc(list, func(x EventActor) bool { return x.Actor == a })
}

// date returns the DATE or TIME expression of the clause nearest to the
// trigger (after it on a tie), or -1 and "".
func (sc *eventScope) date(trig, clause Span) (int, string) {
	best, bestDist := -1, 0
	for _, ti := range sc.timexes {
		tx := &sc.all[ti]
		if (tx.Type != "DATE" && tx.Type != "TIME") || !isCalendar(tx.Value) ||
			tx.Start < clause.Start || tx.End > clause.End {
			continue
		}
		d := tx.Start - trig.End
		if tx.End <= trig.Start {
			d = trig.Start - tx.End + 1
		}
		if best < 0 || d < bestDist {
			best, bestDist = ti, d
		}
	}
	if best < 0 {
		return -1, ""
	}
	return best, sc.all[best].Value
}

// plannedKeys are words just before a trigger that make it announced or
// expected rather than done: "will travel", "plans to visit".
var plannedKeys = keySet("will would shall 'll plans plan planned planning expected set scheduled due " +
	"intends intend intended aims upcoming going agreed invited hopes hoped wants wanted")

// planned reports whether one of the three words before trigger word i marks
// the event as planned.
func (sc *eventScope) planned(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if plannedKeys[sc.words[k].key] {
			return true
		}
	}
	return false
}

// isCalendar reports whether a TIMEX3 value names a calendar date or
// period ("2023", "2023-09-13", "2023-W37"), not PRESENT_REF and the like.
func isCalendar(v string) bool {
	return len(v) >= 4 && (v[0] >= '0' && v[0] <= '9' || v[0] == 'X')
}

// future reports whether a date value lies after the publication day.
func (sc *eventScope) future(value string) bool {
	if sc.dct.IsZero() || len(value) < 4 || value[0] < '0' || value[0] > '9' ||
		len(value) > 4 && (value[4] != '-' || len(value) < 6 || value[5] < '0' || value[5] > '9') {
		return false
	}
	day := sc.dct.Format("2006-01-02")
	n := min(len(value), len(day))
	return value[:n] > day[:n]
}
