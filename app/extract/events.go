package extract

// This file finds the events of a text sentence by sentence and clause by
// clause, and builds each from its trigger: its actors, its date and
// whether it is planned or denied. The other events_*.go files hold the
// rules of each step: triggers, mentions, actors, dates, durations, speech
// acts, and the dates carried from sentence to sentence.

import (
	"cmp"
	"slices"
	"strings"
	"time"
)

// eventScope is what the event finder sees of one sentence.
type eventScope struct {
	text     string
	sent     int
	span     Span
	words    []nerWord
	mentions []Mention // of this sentence
	doc      []Mention // of the whole text, in text order
	timexes  []int     // indexes of this sentence's timexes, by position
	all      []Timex
	dct      time.Time
	pairs    pairMemory // the pairs named before this sentence
	actors   []Actor
	said     string         // the day of the dated speech act in the sentence before, in the same paragraph
	prior    []Event        // the events of the sentences before
	spoke    map[int]spoken // the day each source last spoke on, by its own time expression
	// speaker is 1 + the actor whose transcript turn holds the sentence,
	// or 0.
	speaker int
	// saidDay is the day of a dated report of this sentence whose source
	// is no name ("a senior presidential official said Friday"): it makes
	// no event, but dates the reports of the next sentence as said does.
	saidDay string
	// opening is the date that opens the sentence before a comma ("On
	// March 28, Russia vetoed ...; China abstained"), for the clauses after
	// a semicolon or colon, which it dates too.
	opening string
	// trailDay is the day of a trailing attribution in the clause (",
	// KCNA reported on Sunday"), which dates its undated speech acts.
	trailDay string
	// asides are the word ranges between pairs of spaced dashes.
	asides []wordRange
	prev   Span // the sentence before, or none
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
	var pairs pairMemory
	said, anon := "", "" // the day of the last sentence's dated report, and of one whose source is no name
	spoke := map[int]spoken{}
	turns, nextTurn := transcriptTurns(text, mentions, actors), 0
	for si, s := range sents {
		for ; nextTurn < len(turns) && turns[nextTurn].label.Start < s.End; nextTurn++ {
			if t := turns[nextTurn]; t.label.Start >= s.Start {
				events = append(events, turnStatement(t, si, s.Span, dct))
			}
		}
		speaker := speakerAt(turns, s.Start)
		if si > 0 && strings.Contains(text[sents[si-1].End:s.Start], "\n") {
			said = "" // a new paragraph, though the lead's "an official said Friday" reaches into the next
		}
		sc := eventScope{text: text, sent: si, span: s.Span, all: timexes, dct: dct, pairs: pairs, actors: actors,
			said: cmp.Or(said, anon), doc: mentions, spoke: spoke, speaker: speaker + 1}
		anon = ""
		sc.mentions = clauseMentions(mentions, s.Span)
		named := sc.mentions
		if len(sc.mentions) == 0 && !mayNamePair(text[s.Start:s.End]) && !mayNameGroup(text[s.Start:s.End]) && !mayNameBody(text[s.Start:s.End]) && !mayNameRole(text[s.Start:s.End]) &&
			(pairs.person == 0 || !mayNamePronoun(text[s.Start:s.End])) && (speaker < 0 || !mayNameFirstPerson(text[s.Start:s.End])) {
			said = "" // the speech act is no longer in the sentence before
			continue
		}
		sc.timexes = clauseTimexes(order, timexes, s.Span)
		words = nerWords(words[:0], text, s.Span)
		sc.words = words
		sc.asides = dashAsides(text, words)
		if si > 0 {
			sc.prev = sents[si-1].Span
		}
		sc.mentions = sc.withRoles(sc.withBodies(sc.withGroups(sc.mentions)))
		if end := datelineEnd(text, words); end > 0 {
			for len(sc.mentions) > 0 && sc.mentions[0].Start < end {
				sc.mentions = sc.mentions[1:]
			}
		}
		n := len(events)
		sc.prior = events
		events = sc.events(events)
		pairs.update(sc.firstTwoTold(named, events[n:]), named, actors)
		said, anon = lastSaid(events[n:], dct.Format("2006-01-02")), sc.saidDay
		for _, e := range events[n:] {
			if !reporting[e.Type] || e.Timex < 0 || len(e.Value) != len("2006-01-02") {
				continue
			}
			for _, a := range e.Actors {
				if a.Role == "source" && speakerTypes[actors[a.Actor].Type] {
					spoke[a.Actor] = spoken{e.Value, si}
				}
			}
		}
	}
	carryDates(text, events, sentenceDays(timexes, len(sents)))
	return events
}

// events appends the events of each clause of the sentence: the parts
// that semicolons and colons set apart ("Russia began firing them at the
// turn of 2024: in January, prosecutors said ...").
func (sc *eventScope) events(out []Event) []Event {
	start := 0
	defer func() { sc.opening = "" }()
	sc.opening = sc.whenDate()
	for i, w := range sc.words {
		if c := sc.text[w.Start]; c == ';' || c == ':' {
			out = sc.clauseEvents(out, start, i)
			if start == 0 {
				sc.opening = sc.openingDate(i)
			}
			start = i + 1
		}
	}
	return sc.clauseEvents(out, start, len(sc.words))
}

// openingDate returns the day, month or year of a date that opens the
// sentence and a comma closes, before word to ("On March 28, Russia
// vetoed", "Two days later, Pyongyang acknowledged"), or "".
func (sc *eventScope) openingDate(to int) string {
	for _, ti := range sc.timexes {
		tx := &sc.all[ti]
		first, last := sc.wordAt(tx.Start), sc.wordAt(tx.End)-1
		if tx.Type == "DURATION" && last+1 < to && laterKeys[sc.words[last+1].key] {
			last++ // "Two days later,"
		}
		if last+1 >= to || first > 1+sc.opener() {
			break
		}
		if sc.words[last+1].key != keyComma {
			continue
		}
		if tx.Type == "DATE" && isCalendar(tx.Value) {
			return eventDate(tx.Value)
		}
		if v := sc.countedFromLast(ti); tx.Type == "DURATION" && v != "" {
			return v // "Two days later, Pyongyang acknowledged it: the commission said"
		}
	}
	return ""
}

// whenDate returns the day, month or year of a date inside the "When"
// clause that opens the sentence, before its comma, or "": "When Kim
// stepped on to the rostrum on Wednesday, Min Aung Hlaing was among the
// guests who attended" dates the attending too.
func (sc *eventScope) whenDate() string {
	start := 0
	if k := datelineDash(sc.text, sc.words, maxDatelineWords); k > 0 {
		start = k + 1 // after a dateline: "Mizzima – When Kim ..."
	}
	if start >= len(sc.words) || sc.words[start].key != keyWhen {
		return ""
	}
	comma := -1
	for i := start; i < len(sc.words); i++ {
		if sc.words[i].key == keyComma {
			comma = i
			break
		}
	}
	for _, ti := range sc.timexes {
		tx := &sc.all[ti]
		if comma < 0 || sc.wordAt(tx.End)-1 >= comma {
			break
		}
		if tx.Type == "DATE" && isCalendar(tx.Value) {
			return eventDate(tx.Value)
		}
	}
	return ""
}

// maxDatelineWords bounds the dateline before a sentence's first words.
const maxDatelineWords = 6

// clauseEvents appends the events of words [from, to): one per trigger
// family, plus the first reporting verb's event when its source is named,
// and that of each later one after a temporal conjunction.
func (sc *eventScope) clauseEvents(out []Event, from, to int) []Event {
	if from >= to {
		return out
	}
	clause := Span{sc.words[from].Start, sc.words[to-1].End}
	whole := *sc
	defer func() { day := sc.saidDay; *sc = whole; sc.saidDay = day }()
	sc.mentions = clauseMentions(sc.mentions, clause)
	sc.timexes = clauseTimexes(sc.timexes, sc.all, clause)
	trigs, reports := sc.triggers(from, to)
	trail := -1 // "Kim told him that ..., KCNA reported the following day"
	if n := len(reports); n > 0 && sc.trailingAttribution(reports[n-1], to) {
		trail = reports[n-1]
		if _, v := sc.date(trail, clause); len(v) == len("2006-01-02") {
			sc.trailDay = v // what the report tells was said by the day it was reported
		}
	}
	for _, t := range trigs {
		if e, ok := sc.event(t, clause, reports, len(reports) > 0); ok {
			out = sc.repeats(append(out, e))
		}
	}
	told := reports[:min(len(reports), 1)]
	if len(reports) > 1 && sc.subjectNoun(reports[0], from) && !sc.subordinateBetween(reports[0], reports[1]) {
		told = reports[1:2] // "A statement by the commission, carried by KCNA on Monday, said": the verb tells
	}
	for k := 1; k < len(reports); k++ {
		if sc.conjunctionBetween(reports[k-1], reports[k], temporalKeys) || sc.coordinateClause(reports[k-1], reports[k]) {
			// a report after a temporal conjunction, or a coordinator and a
			// subject of its own, is a report of its own ("acknowledged the
			// deployment, two days after Gerasimov announced"; "Zelensky said
			// ..., and the NIS told lawmakers on Monday")
			told = append(told[:len(told):len(told)], reports[k])
		}
	}
	for _, r := range told {
		// the events before a report include its own sentence's: "held
		// talks with Cho on Tuesday, who said after the meeting"
		sc.prior = out
		t := trigger{r, cmp.Or(theTriggers().types[sc.words[r].key], "STATEMENT")} // "wrote on Telegram" is no lexicon word
		own, split := reports, len(trigs) > 0
		if len(told) > 1 {
			own, split = []int{r}, true // each report keeps the sources that tell it
		}
		if e, ok := sc.event(t, clause, own, split); ok {
			out = sc.repeats(append(out, e))
		} else if ti, v := sc.date(r, clause); ti >= 0 && len(eventDay(v)) == len("2006-01-02") {
			sc.saidDay = eventDay(v)
		}
	}
	if trail >= 0 && len(reports) > 1 && !slices.Contains(told, trail) {
		// the agency's report is one of its own, with its own date
		sc.trailDay = ""
		t := trigger{trail, cmp.Or(theTriggers().types[sc.words[trail].key], "STATEMENT")}
		if e, ok := sc.event(t, clause, []int{trail}, true); ok {
			out = sc.repeats(append(out, e))
		}
	}
	return out
}

// trailingAttribution reports whether the reporting verb at word r closes
// the clause [.., to) after a comma and its source's name, with at most a
// time expression after it: ", KCNA reported the following day".
func (sc *eventScope) trailingAttribution(r, to int) bool {
	if r < 2 {
		return false
	}
	m := sc.mentionEndingAt(sc.words[r-1].End)
	if m < 0 {
		return false
	}
	comma := sc.wordAt(sc.mentions[m].Start) - 1
	for ; comma >= 0 && sc.words[comma].key != keyComma; comma-- {
		if w := sc.words[comma]; r-comma > maxAttributionWords || w.flags&fPunct != 0 && w.key != keyPossessive {
			return false // but "the North's official Korean Central News Agency reported"
		}
		if _, ok := theTriggers().types[sc.words[comma].key]; ok {
			return false
		}
	}
	if comma < 0 {
		return false
	}
	for i := r + 1; i < to; i++ {
		w := sc.words[i]
		if w.flags&fPunct == 0 && !sc.inTimex(w.Span) && !(w.key == keyOn && i+1 < to && sc.inTimex(sc.words[i+1].Span)) {
			return false
		}
	}
	return true
}

// maxAttributionWords bounds the words from the comma before a trailing
// attribution to its reporting verb.
const maxAttributionWords = 10

// coordinateClause reports whether the report at word i follows a comma, a
// coordinator and a subject of its own after the report at a: "Zelensky
// said ..., and the NIS told lawmakers", not "that Choe and Lavrov had
// briefed".
func (sc *eventScope) coordinateClause(a, i int) bool {
	c := sc.coordinatorBefore(a, i)
	return c > a+1 && sc.words[c-1].key == keyComma
}

// subjectNoun reports whether the reporting word at r is a noun opening
// the clause [from, ...) after an article, the subject of a reporting verb
// after it with no clause of its own between: "A statement by the
// commission ... said", not "The statement echoed one ..., which said".
func (sc *eventScope) subjectNoun(r, from int) bool {
	if r <= from || r > from+maxSubjectModifiers+1 || !articleKeys[sc.words[from].key] ||
		strings.HasSuffix(sc.text[sc.words[r].Start:sc.words[r].End], "ed") {
		return false
	}
	if r == from+1 {
		return true // "A statement by the commission ... said"
	}
	if !reportNouns[sc.words[r].key] {
		return false // "The ministry said"
	}
	for _, w := range sc.words[from+1 : r] {
		if w.flags&(fPunct|fUpper) != 0 && w.key != keyHyphen || sc.mentionAt(w.Start) >= 0 {
			return false // "The report, which ... said" has a clause of its own
		}
	}
	return true // "The 29-page report was released"
}

// reportNouns are the reporting nouns that modifiers can stand before.
var reportNouns = keySet("report statement announcement declaration communique readout assessment")

// maxSubjectModifiers is the most words between the article and a reporting
// noun that opens its clause: "The 29-page report", "A new joint statement".
const maxSubjectModifiers = 3

// temporalKeys are the conjunctions that open a clause about another time.
var temporalKeys = keySet("after before when while since until")

// clauseMentions returns the mentions starting inside clause (a clause or a
// sentence); ms is in text order.
func clauseMentions(ms []Mention, clause Span) []Mention {
	i, _ := slices.BinarySearchFunc(ms, clause.Start, func(m Mention, p int) int { return m.Start - p })
	j, _ := slices.BinarySearchFunc(ms, clause.End, func(m Mention, p int) int { return m.Start - p })
	return ms[i:j]
}

// clauseTimexes returns the indexes (ordered by position) of the time
// expressions starting inside clause.
func clauseTimexes(idx []int, all []Timex, clause Span) []int {
	cmp := func(ti int, p int) int { return all[ti].Start - p }
	i, _ := slices.BinarySearchFunc(idx, clause.Start, cmp)
	j, _ := slices.BinarySearchFunc(idx, clause.End, cmp)
	return idx[i:j]
}

// event builds the event of trigger t in clause, if it has an actor. When
// split is set, a reported event keeps the actors that are not the report's
// source, and a report keeps only its source.
func (sc *eventScope) event(t trigger, clause Span, reports []int, split bool) (Event, bool) {
	if sc.preceded(t.word, negationKeys) {
		return Event{}, false // "did not meet", "no agreements were signed"
	}
	tw := sc.words[t.word]
	e := Event{Span: sc.span, Type: t.typ, Trigger: tw.Span, Sentence: sc.sent, Timex: -1}
	e.Actors = sc.roles(tw.Span, clause, reports, split, reporting[t.typ])
	if pair := sc.pairBefore(t.word, clause); pair != nil {
		e.Actors = withSources(e.Actors, pair)
	}
	if p := sc.pronounSubject(t.word); p >= 0 &&
		!slices.ContainsFunc(e.Actors, func(ea EventActor) bool { return ea.Actor == p }) {
		// "Kim Jong Un ... On May 10, he oversaw the launch"
		e.Actors = append([]EventActor{{Actor: p, Role: "source"}}, e.Actors...)
	}
	if o := sc.itsOwner(t.word); o >= 0 && !slices.ContainsFunc(e.Actors, func(ea EventActor) bool { return ea.Actor == o }) {
		e.Actors = append([]EventActor{{Actor: o, Role: "source"}}, e.Actors...) // "Its first report, in May, found"
	}
	if len(e.Actors) == 0 {
		return e, false
	}
	e.Timex, e.Value = sc.date(t.word, clause)
	e.Value = eventDate(e.Value)
	if e.Value == "" {
		e.Value = sc.hoursFromEvent(t.word, clause) // "Hours before the meeting, North Korea fired"
	}
	if e.Value == "" && (speechActs[t.typ] || t.typ == "ATTEND") {
		e.Value = sc.occasionDay(clause) // "In a speech at the ceremony, Kim said"
	}
	if e.Value == "" {
		e.Value = sc.thatTime() // "At the time, the Foreign Ministry called the veto irresponsible"
	}
	if e.Value == "" && !sc.preceded(t.word, plannedKeys) {
		e.Value = sc.afterwardsDay() // "Shoigu met Kim on June 17. Afterwards he announced"
	}
	if e.Value == "" && !sc.preceded(t.word, plannedKeys) {
		e.Value = sc.opening // "On March 28, Russia vetoed the resolution; China abstained"
	}
	if e.Value == "" && reporting[t.typ] {
		e.Value = sc.saidAtTheTime(t.word) // "Washington sanctioned them on May 16, the Treasury said at the time"
	}
	if e.Value == "" && reporting[t.typ] && sc.said != "" && !presentForm(sc.text[tw.Start:tw.End]) {
		e.Value = sc.said // "Zelensky said on Monday that ... The H.U.R. said that ..."
	} else if day := sc.spokeBefore(e); e.Value == "" && reporting[t.typ] && day != "" {
		e.Value = day // "Yoon said Thursday that ... Speaking at a press conference, Yoon said"
	} else if e.Value == "" && speechActs[t.typ] && sc.trailDay != "" {
		e.Value = sc.trailDay // "North Korea has condemned ..., KCNA reported on Sunday"
	} else if e.Value == "" && (speechActs[t.typ] || t.typ == "PRAISE") && !sc.dct.IsZero() {
		// Thanks and praise are news on the day they are printed, as what
		// is said is; what follows "thanked" is who, not what, so the speech
		// acts' date rules stay off them.
		e.Value = sc.dct.Format("2006-01-02")
	}
	e.Planned = sc.preceded(t.word, plannedKeys) || sc.plannedLightVerb(t.word) || sc.purposeOfPlan(t.word, clause) ||
		(e.Timex >= 0 && sc.future(e.Value))
	return e, true
}

// occasionDay returns the day of the occasion that the clause names with
// "at the ceremony", "after the talks", "following the meeting" or "the
// same press conference", when an event dated to a day in
// one of the sentences just before names it too ("Kim attended a ceremony
// in Pyongyang on Thursday ... In a speech at the ceremony, Kim said"), or "".
func (sc *eventScope) occasionDay(clause Span) string {
	for i := 1; i+1 < len(sc.words); i++ {
		w := sc.words[i]
		if w.Start < clause.Start || w.End > clause.End || !articleKeys[w.key] {
			continue
		}
		n := i + 1 // the occasion's noun
		if w.key == keyThe && sc.words[n].key == keySame && n+1 < len(sc.words) {
			n++ // "Duda told the same press conference"
			if n+1 < len(sc.words) && !occasionNouns[sc.words[n].key] {
				n++
			}
		} else if !occasionPreps[sc.words[i-1].key] && !(w.key == keyThe && bodyOccasions[sc.words[n].key]) {
			continue // but "told the council", "dismissed the session": the body met on the day told before
		}
		if !occasionNouns[sc.words[n].key] {
			continue
		}
		noun := strings.ToLower(sc.text[sc.words[n].Start:sc.words[n].End])
		typ, isEvent := theTriggers().types[sc.words[n].key]
		for k := len(sc.prior) - 1; k >= 0 && sc.prior[k].Sentence >= sc.sent-maxOccasionSentences; k-- {
			p := &sc.prior[k]
			told := p.Span // the sentence telling it; the trigger alone in the clause's own sentence
			if p.Sentence == sc.sent {
				told = p.Trigger
			}
			// a gathering or what was said there, not a background event
			// the sentence tells ("The session was called to mark 1,000
			// days since Russia launched its invasion on 24 February 2022")
			there := speechActs[p.Type] || family(p.Type) == "meet" || family(p.Type) == "attend"
			if p.Timex >= 0 && len(p.Value) == len("2006-01-02") &&
				(there && strings.Contains(strings.ToLower(sc.text[told.Start:told.End]), noun) || isEvent && family(p.Type) == family(typ) ||
					there && bodyOccasions[sc.words[n].key] && sc.namesBodyOccasion(told)) {
				return p.Value // "held talks with Lavrov on January 16 ... Following the meeting, Peskov said"
			}
		}
	}
	return ""
}

// maxOccasionSentences is how many sentences back occasionDay looks.
const maxOccasionSentences = 8

var (
	occasionPreps = keySet("at after following during")
	// bodyOccasions are the occasions "the" alone refers back to, each
	// another name of the others: "told the council on Monday ... told the
	// meeting".
	bodyOccasionList = strings.Fields("council session meeting")
	bodyOccasions    = keySet(strings.Join(bodyOccasionList, " "))
	keySame          = foldHash("same")
	occasionNouns    = keySet("ceremony meeting summit talks parade rally conference briefing forum banquet reception council " +
		"exhibition event session hearing funeral celebration")
)

// eventDay drops the time of day from a date value: an event happened on
// 2023-09-10, whether its time expression said "Sunday evening"
// (2023-09-10TEV) or "at 14:00 on Sunday" (2023-09-10T14:00). An event
// "over the weekend" (2024-W50-WE) happened in that week.
func eventDay(v string) string {
	if i := strings.IndexByte(v, 'T'); i == len("2006-01-02") {
		return v[:i]
	}
	if w, ok := strings.CutSuffix(v, "-WE"); ok && len(w) == len("2006-W01") {
		return w
	}
	return v
}

// eventDate is the date an event takes from a time expression's value:
// its day, and no date for a value with unknown digits.
func eventDate(v string) string {
	v = eventDay(v)
	if strings.Contains(v, "X") {
		return "" // "which the occupiers launch every night": no date an event can take
	}
	return v
}

// negationKeys are words just before a trigger that deny the event.
var negationKeys = keySet("not no never without neither nor cannot didn't doesn't don't won't wouldn't " +
	"hasn't haven't hadn't isn't wasn't weren't can't didn’t doesn’t don’t won’t wouldn’t hasn’t haven’t " +
	"hadn’t isn’t wasn’t weren’t can’t")

// plannedKeys are words just before a trigger that make it announced or
// expected rather than done: "will travel", "plans to visit".
var plannedKeys = keySet("will would shall 'll plans plan planned planning expected set scheduled due " +
	"intends intend intended aims upcoming going agreed invited hopes hoped wants wanted")

// plannedLightVerb reports whether the event noun at word i is the object
// of a light verb that a plan word comes before: "will pay a state visit",
// "plans to hold talks", "is expected to make a trip".
func (sc *eventScope) plannedLightVerb(i int) bool {
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		if lightVerbs[sc.words[k].key] {
			return sc.preceded(k, plannedKeys)
		}
	}
	return false
}

var lightVerbs = keySet("pay make hold conduct undertake")

// maxPurposeGap is how far back from a purpose infinitive ("to meet") the
// plan word it serves may be.
const maxPurposeGap = 10

// purposeOfPlan reports whether word i is an infinitive of purpose ("to
// meet") serving a plan earlier in the clause: "Kim plans to travel to
// Russia this month to meet Putin" announces the meeting too.
func (sc *eventScope) purposeOfPlan(i int, clause Span) bool {
	if i == 0 || sc.words[i-1].key != keyTo {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-maxPurposeGap && sc.words[k].Start >= clause.Start; k-- {
		if plannedKeys[sc.words[k].key] {
			return true
		}
	}
	return false
}

var keyTo = foldHash("to")

// preceded reports whether one of the three words before word i is in keys.
func (sc *eventScope) preceded(i int, keys map[uint64]bool) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if keys[sc.words[k].key] {
			return true
		}
	}
	return false
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

// wordAt returns the index of the first word starting at or after pos.
func (sc *eventScope) wordAt(pos int) int {
	i, _ := slices.BinarySearchFunc(sc.words, pos, func(w nerWord, p int) int { return w.Start - p })
	return i
}

// mentionAt returns the index of the sentence mention that starts at pos,
// or -1.
func (sc *eventScope) mentionAt(pos int) int {
	k, ok := slices.BinarySearchFunc(sc.mentions, pos, func(m Mention, p int) int { return m.Start - p })
	if !ok {
		return -1
	}
	return k
}

// mentionEndingAt returns the index of the mention that ends at pos, or -1.
func (sc *eventScope) mentionEndingAt(pos int) int {
	k, _ := slices.BinarySearchFunc(sc.mentions, pos, func(m Mention, p int) int { return m.Start - p })
	for k--; k >= 0 && sc.mentions[k].End >= pos; k-- {
		if sc.mentions[k].End == pos {
			return k
		}
	}
	return -1
}

// insideMention reports whether pos is inside a mention but not at its
// start.
func (sc *eventScope) insideMention(pos int) bool {
	k, _ := slices.BinarySearchFunc(sc.mentions, pos, func(m Mention, p int) int { return m.Start - p })
	return k > 0 && sc.mentions[k-1].End > pos
}

// inTimex reports whether span lies inside one of the sentence's time
// expressions ("that" in "that day").
func (sc *eventScope) inTimex(s Span) bool {
	for _, ti := range sc.timexes {
		if tx := &sc.all[ti]; tx.Start <= s.Start && s.End <= tx.End {
			return true
		}
	}
	return false
}

// Words that the rules of several files look for.
var (
	keyComma      = foldHash(",")
	subordinators = keySet("that who which whom whose where when while whereas because although though " +
		"if unless since until after before follows followed precedes preceded")
	articleKeys  = keySet("a an the its his her their this")
	coordinators = keySet("and but")
)

// spoken is the day a source spoke on and the sentence that told it.
type spoken struct {
	day  string
	sent int
}

// speakerTypes are the actor types whose reports spokeBefore dates: a
// place before a speech verb is mostly where it was said ("in Seoul").
var speakerTypes = map[string]bool{"PERSON": true, "ORG": true}

// maxSpokeSentences is how many sentences a source's dated report dates
// its later undated ones.
const maxSpokeSentences = 8

// spokeBefore returns the day the source of report e spoke on in a report
// dated by its own time expression a few sentences before, or "": news
// quotes a speaker again from the same occasion ("Yoon said Thursday
// that ... Speaking at a joint press conference, Yoon said").
func (sc *eventScope) spokeBefore(e Event) string {
	if sc.inTemporalClause(sc.wordAt(e.Trigger.Start)) {
		return "" // "after a delegation that included NIS officials briefed the alliance"
	}
	for _, a := range e.Actors {
		if s, ok := sc.spoke[a.Actor]; ok && a.Role == "source" && sc.sent-s.sent <= maxSpokeSentences {
			return s.day
		}
	}
	return ""
}

// inTemporalClause reports whether a temporal conjunction stands between
// the last comma before word t and t: the word's clause is about another
// time ("..., after a delegation that included NIS officials briefed").
func (sc *eventScope) inTemporalClause(t int) bool {
	k := t - 1
	for k >= 0 && sc.words[k].key != keyComma {
		k--
	}
	return sc.anyKey(k+1, t, temporalKeys)
}

// thatTime returns the date of the last event dated by its own time
// expression in the two sentences before, when the sentence opens with "At
// the time" or "At that time", or "".
func (sc *eventScope) thatTime() string {
	if len(sc.words) < 3 || sc.words[0].key != keyAt || !thatKeys[sc.words[1].key] || sc.words[2].key != keyTime {
		return ""
	}
	for k := len(sc.prior) - 1; k >= 0 && sc.prior[k].Sentence >= sc.sent-maxThatTimeSentences; k-- {
		if p := &sc.prior[k]; p.Timex >= 0 {
			return p.Value
		}
	}
	return ""
}

// afterwardsDay returns, for a sentence that opens with "Afterwards" or
// "Shortly after that", or has "afterwards" in it, the day of the last event of the sentence before
// it that its own time expression dates to a day: what follows took place
// the same day ("Shoigu met Kim in Pyongyang on June 17. Afterwards he
// announced that ..."). Else "".
func (sc *eventScope) afterwardsDay() string {
	k := 0
	if len(sc.words) > 2 && soonKeys[sc.words[0].key] {
		k = 1 // "Shortly afterwards", "Soon after that"
	}
	if len(sc.words) <= k+2 {
		return ""
	}
	switch w := sc.words[k].key; {
	case afterwardKeys[w]:
	case w == keyAfterWord && sc.words[k+1].key == keyThat:
	case !slices.ContainsFunc(sc.words[1:], func(w nerWord) bool { return afterwardKeys[w.key] }):
		return "" // "Putin and Kim held talks afterwards"
	}
	for j := len(sc.prior) - 1; j >= 0 && sc.prior[j].Sentence >= sc.sent-1; j-- {
		if p := &sc.prior[j]; p.Sentence == sc.sent-1 && p.Timex >= 0 && len(p.Value) == len("2006-01-02") {
			return p.Value
		}
	}
	return ""
}

var (
	afterwardKeys = keySet("afterwards afterward")
	soonKeys      = keySet("shortly soon")
	keyThen       = foldHash("then")
)

// saidAtTheTime returns, for a report at word t followed by "at the
// time" or "then", the day of the last calendar date of its sentence before it: the
// report was made when what it tells happened ("sanctioned two Russians on
// May 16, the U.S. Treasury Department said at the time"). With no date
// before it in its sentence, it is the day of the last event of the
// sentence before that its own time expression dates ("displayed the
// missile's remains last Saturday. ... spokesman Dmytro Chubenko said at
// the time"). Else "".
func (sc *eventScope) saidAtTheTime(t int) string {
	then := t+1 < len(sc.words) && sc.words[t+1].key == keyThen // "Mishustin said then that"
	if !then && (t+3 >= len(sc.words) || sc.words[t+1].key != keyAt || sc.words[t+2].key != keyThe || sc.words[t+3].key != keyTime) {
		return ""
	}
	v := ""
	for _, ti := range sc.timexes {
		if tx := &sc.all[ti]; tx.End <= sc.words[t].Start && tx.Type == "DATE" && isCalendar(tx.Value) && len(eventDate(tx.Value)) > len(v) {
			v = eventDate(tx.Value) // the most precise: "left Moscow on June 17, the first since ... in 2020, Russian Railways said at the time"
		}
	}
	for k := len(sc.prior) - 1; v == "" && k >= 0 && sc.prior[k].Sentence >= sc.sent-1; k-- {
		if e := sc.prior[k]; e.Sentence == sc.sent-1 && e.Timex >= 0 && isCalendar(e.Value) {
			v = e.Value
		}
	}
	if v == "" && then {
		for i := range sc.all {
			if tx := &sc.all[i]; tx.Start >= sc.prev.Start && tx.End <= sc.prev.End && tx.Type == "DATE" && len(tx.Value) == len("2006-01-02") {
				v = tx.Value // "The bridge was launched on April 30. Mishustin said then"
			}
		}
	}
	return v
}

// maxThatTimeSentences is how many sentences back "at the time" looks.
const maxThatTimeSentences = 2

var (
	keyAt    = foldHash("at")
	thatKeys = keySet("the that")
)

// presentForm reports whether a trigger is a verb in the present tense
// ("says", "estimates"): what it tells holds now, on the publication day,
// whatever day the sentence before told of.
func presentForm(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// namesBodyOccasion reports whether the text of span names a body's
// meeting by one of bodyOccasionList.
func (sc *eventScope) namesBodyOccasion(span Span) bool {
	lower := strings.ToLower(sc.text[span.Start:span.End])
	for _, w := range bodyOccasionList {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}
