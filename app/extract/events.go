package extract

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// triggerLexicon maps folded trigger words to event types.
type triggerLexicon struct {
	types   map[uint64]string
	objects map[uint64]string // what is supplied → the event type
}

var (
	triggersOnce sync.Once
	triggers     *triggerLexicon
)

// theTriggers returns the embedded trigger lexicon, loading it once.
func theTriggers() *triggerLexicon {
	triggersOnce.Do(func() {
		triggers = &triggerLexicon{types: typedWords("lexicon/triggers.txt"), objects: typedWords("lexicon/objects.txt")}
	})
	return triggers
}

// typedWords reads lines of a type followed by its words.
func typedWords(name string) map[uint64]string {
	m := map[uint64]string{}
	lexiconLines(lexiconFS, name, func(line string) {
		f := strings.Fields(line)
		for _, w := range f[1:] {
			m[foldHash(w)] = f[0]
		}
	})
	return m
}

// speechActs are the types of what someone says. When the clause has no
// date of its own, one takes the publication date (what someone said is
// news on the day it is printed), but a reporting one the day of a dated
// speech act in the sentence before, when there is one. carryDates leaves
// them alone.
var speechActs = map[string]bool{"STATEMENT": true, "REPORT": true, "ANNOUNCE": true, "ACCUSE": true,
	"DENY": true, "WARN": true, "URGE": true, "CONDEMN": true, "THREATEN": true, "PLEDGE": true}

// reporting are the types that attribute other events to a source.
var reporting = map[string]bool{"STATEMENT": true, "REPORT": true, "ANNOUNCE": true}

// families are event types of which a clause keeps only the first trigger
// ("met ... for talks" is one meeting).
var families = map[string]string{"MEET": "meet", "TALKS": "meet", "HOST": "meet", "VISIT": "move",
	"TRAVEL": "move", "ARRIVE": "move", "DEPART": "move", "TEST": "launch", "LAUNCH": "launch"}

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
	pairs    pairMemory // the pairs named before this sentence
	actors   []Actor
	said     string  // the day of the dated speech act in the sentence before, in the same paragraph
	prior    []Event // the events of the sentences before
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
	said := ""
	for si, s := range sents {
		if si > 0 && strings.Contains(text[sents[si-1].End:s.Start], "\n") {
			said = "" // a new paragraph
		}
		sc := eventScope{text: text, sent: si, span: s.Span, all: timexes, dct: dct, pairs: pairs, actors: actors, said: said}
		sc.mentions = clauseMentions(mentions, s.Span)
		named := sc.mentions
		if len(sc.mentions) == 0 && !mayNamePair(text[s.Start:s.End]) && !mayNameGroup(text[s.Start:s.End]) {
			said = "" // the speech act is no longer in the sentence before
			continue
		}
		sc.timexes = clauseTimexes(order, timexes, s.Span)
		words = nerWords(words[:0], text, s.Span)
		sc.words = words
		sc.mentions = sc.withGroups(sc.mentions)
		if end := datelineEnd(text, words); end > 0 {
			for len(sc.mentions) > 0 && sc.mentions[0].Start < end {
				sc.mentions = sc.mentions[1:]
			}
		}
		n := len(events)
		sc.prior = events
		events = sc.events(events)
		pairs.update(sc.firstTwoTold(named, events[n:]), named, actors)
		said = lastSaid(events[n:])
	}
	carryDates(text, events, sentenceDays(timexes, len(sents)))
	return events
}

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

// pastVerb reports whether a trigger word is a verb in the past tense: a
// new happening, unlike a noun such as "sanctions" or "talks".
func pastVerb(w string) bool {
	return strings.HasSuffix(w, "ed") || pastForms[strings.ToLower(w)]
}

var pastForms = map[string]bool{"met": true, "sent": true, "left": true, "flew": true, "struck": true, "shot": true}

// carrySentences is how many sentences back an undated event looks for a
// dated one of its family.
const carrySentences = 2

// carryDates dates an undated event that happened (not a plan, not a speech
// act, not one told in the pluperfect) by the last event of its family dated
// by its own time expression in the two sentences before: "Russia on Thursday vetoed the renewal ...
// Thirteen members voted in favour ... China abstained." Within a sentence
// an undated event is undated for a reason ("arrived on Wednesday, a month
// after Kim travelled to Russia").
func carryDates(text string, events []Event, days []string) {
	for i := range events {
		e := &events[i]
		if e.Value != "" || e.Planned || speechActs[e.Type] || !pastVerb(text[e.Trigger.Start:e.Trigger.End]) ||
			pluperfect(text, e.Trigger.Start) {
			continue // but not "the yardstick of sanctions", nor "the two sides had discussed"
		}
		if e.Sentence > 0 && days[e.Sentence-1] != "" && thenBefore(text, e) {
			e.Value = days[e.Sentence-1] // "The next day in Vladivostok, ... Kim then inspected"
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

// lastSaid returns the day of the last speech act of a sentence's events
// that its own time expression dates, or "".
func lastSaid(es []Event) string {
	for i := len(es) - 1; i >= 0; i-- {
		if e := es[i]; speechActs[e.Type] {
			if e.Timex >= 0 && len(e.Value) == len("2006-01-02") {
				return e.Value
			}
			return ""
		}
	}
	return ""
}

// mayNameGroup reports whether a sentence without names may name a group
// of a country's people ("Russian forces launched a missile").
func mayNameGroup(s string) bool {
	for _, w := range groupNounList {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// withGroups returns the sentence's mentions ms with, added in order, the
// nationality words that open a group of a country's people ("Russian
// forces", "North Korean troops", "the Ukrainian side") taken for the
// country, when the document names it: "Russian forces launched a missile"
// is an act of Russia. ms is not changed.
func (sc *eventScope) withGroups(ms []Mention) []Mention {
	var out []Mention
	g := theGazetteer()
	for i, w := range sc.words {
		if !g.demonyms[w.key] || w.flags&fUpper == 0 || !sc.opensGroup(i) || insideAny(ms, w.Start) {
			continue
		}
		start := w.Start
		if i > 0 && northSouth[sc.words[i-1].key] && sc.words[i-1].End+1 == w.Start {
			start = sc.words[i-1].Start // "North Korean"
		}
		a := countryOf(sc.actors, sc.text[start:w.End])
		if a < 0 {
			continue
		}
		if out == nil {
			out = append(make([]Mention, 0, len(ms)+2), ms...)
		}
		out = append(out, Mention{Span: Span{start, w.End}, Text: sc.text[start:w.End], Sentence: sc.sent, Actor: a})
	}
	if out == nil {
		return ms
	}
	slices.SortStableFunc(out, func(a, b Mention) int { return a.Start - b.Start })
	return out
}

// opensGroup reports whether the nationality word at i comes before a noun
// for a country's forces or officials, with at most one word between
// ("Ukrainian special forces").
func (sc *eventScope) opensGroup(i int) bool {
	for k := i + 1; k < len(sc.words) && k <= i+2; k++ {
		if groupNouns[sc.words[k].key] {
			return true
		}
		if sc.words[k].flags&fPunct != 0 {
			return false
		}
	}
	return false
}

// insideAny reports whether pos lies inside one of the mentions ms
// ("Russian" in "Russian Defence Ministry").
func insideAny(ms []Mention, pos int) bool {
	for _, m := range ms {
		if m.Start <= pos && pos < m.End {
			return true
		}
	}
	return false
}

// countryOf returns the index of the country (a GPE actor) that the
// nationality adjective names, or -1: "Russian" names Russia, "Ukrainian"
// Ukraine, "North Korean" North Korea, "American" the United States. The
// adjective and the name must share all of the name but its last letter,
// and what is left of the adjective must be a demonym ending; of several
// names the longest shared one wins ("Nigerian" names Nigeria, not Niger).
func countryOf(actors []Actor, adj string) int {
	adj = strings.ToLower(strings.TrimSuffix(adj, "s"))
	if c, ok := demonymCountries[adj]; ok {
		adj = c
	}
	best, bestLen := -1, 0
	for i, a := range actors {
		if a.Type != "GPE" {
			continue
		}
		name := a.Name // compared a byte at a time in lower case, not lowered for every nationality word
		n := 0
		for n < len(name) && n < len(adj) && lowerByte(name[n]) == adj[n] {
			n++
		}
		if n >= 4 && n >= len(name)-1 && !strings.Contains(name[n:], " ") && demonymEndings[adj[n:]] && n > bestLen {
			best, bestLen = i, n
		}
	}
	return best
}

var (
	northSouth       = keySet("north south")
	groupNounList    = strings.Fields("forces troops soldiers military army navy officials government authorities units personnel side diplomats")
	groupNouns       = keySet(strings.Join(groupNounList, " "))
	demonymCountries = map[string]string{"american": "united states", "british": "united kingdom", "briton": "united kingdom"}
	// demonymEndings are what a nationality adjective adds to the part it
	// shares with its country's name ("Russia-n", "Ukrain-ian", "Chin-ese").
	demonymEndings = map[string]bool{"": true, "n": true, "an": true, "ian": true, "ean": true, "ese": true, "lese": true,
		"ien": true, "i": true, "ish": true, "ic": true, "ine": true, "ite": true, "er": true}
)

// maxDateline is the most words a dateline takes.
const maxDateline = 20

// datelineEnd returns where a leading dateline such as "SEOUL, Nov 5
// (Reuters) -" ends, or 0: its place and agency are not the event's actors.
func datelineEnd(text string, ws []nerWord) int {
	if len(ws) == 0 || ws[0].flags&(fAllCap|fDigit) != fAllCap {
		return 0
	}
	for _, w := range ws[1:min(len(ws), maxDateline)] {
		switch text[w.Start:w.End] {
		case "-", "--", "—", "–":
			// A hyphen inside a place name ("KOMSOMOLSK-ON-AMUR") is not
			// the dash that ends the dateline.
			if w.Start > 0 && text[w.Start-1] == ' ' {
				return w.End
			}
		}
	}
	return 0
}

// findDateline returns the span of the dateline opening one of the first
// sentences of text (a headline or header lines may come before it), or
// an empty span.
func findDateline(text string, sents []Sentence) Span {
	var ws []nerWord
	for _, s := range sents[:min(len(sents), 8)] {
		ws = nerWords(ws[:0], text, s.Span)
		if end := datelineEnd(text, ws); end > 0 {
			return Span{Start: ws[0].Start, End: end}
		}
	}
	return Span{}
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
	whole := *sc
	defer func() { *sc = whole }()
	sc.mentions = clauseMentions(sc.mentions, clause)
	sc.timexes = clauseTimexes(sc.timexes, sc.all, clause)
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

// triggers returns the clause's first trigger of each family, except
// reporting verbs, whose positions it returns apart.
func (sc *eventScope) triggers(from, to int) ([]trigger, []int) {
	lex := theTriggers()
	var trigs []trigger
	var reports []int
	object := ""
	for i := from; i < to; i++ {
		w := sc.words[i]
		if object == "" {
			object = lex.objects[w.key]
		}
		typ, ok := lex.types[w.key]
		if !ok && callKeys[w.key] && i+1 < to && callOnKeys[sc.words[i+1].key] {
			typ, ok = "URGE", true // "called on Beijing to", "calls for restraint"
		}
		if !ok && sc.takesEffect(i, from) {
			typ, ok = "SIGN", true // "the treaty came into force on Wednesday"
		}
		if !ok && passKeys[w.key] && sc.nearLaw(i, from, to) {
			typ, ok = "VOTE", true // "the law, which the State Duma passed on October 24"
		}
		if !ok && testKeys[w.key] {
			typ, ok = "TEST", true // a LAUNCH when a weapon is named, below
		}
		if !ok && receiveKeys[w.key] && sc.receivesVisitor(i, to) {
			typ, ok = "MEET", true // "Kim received Lavrov in Wonsan", "was received by Mr Putin"
		}
		if !ok && goKeys[w.key] && sc.goesToPlace(i, to) {
			typ, ok = "TRAVEL", true // "since Xi Jinping went to Pyongyang in June 2019"
		}
		if !ok && sc.byPhone(i, from, to) {
			typ, ok = "TALKS", true // "held a phone call with Zelensky", "spoke by phone"
		}
		if !ok || w.flags&fUpper != 0 || i+1 < to && modifiedHeads[sc.words[i+1].key] && !strings.HasSuffix(sc.text[w.Start:w.End], "ed") {
			continue
		}
		if reporting[typ] && sc.reducedPassive(i, from, to) {
			continue // "lawmakers briefed by the NIS said", "footage released by the ministry"
		}
		if w.key == keyReleased && sc.releasesPeople(i, to) {
			continue // "released two prisoners" is no announcement
		}
		if typ == "ARRIVE" && i+2 < to && sc.words[i+1].key == keyInto && sc.words[i+2].key == keyForce {
			continue // "entered into force" is the treaty's, below
		}
		if typ == "ARRIVE" && w.key == keyReached {
			if typ = sc.reachedWhat(i, from, to); typ == "" {
				continue
			}
		}
		if reporting[typ] {
			reports = append(reports, i)
		} else if k := slices.IndexFunc(trigs, func(t trigger) bool { return family(t.typ) == family(typ) }); k < 0 ||
			sc.subordinateBetween(trigs[k].word, i) || sc.firstSince(i) >= 0 {
			trigs = append(trigs, trigger{i, typ})
		} else if trigs[k].typ == "TEST" && typ == "LAUNCH" {
			trigs[k].typ = typ // "a test launch" is one launch, weapon named or not
		}
	}
	for k := range trigs {
		if trigs[k].typ == "SUPPLY" && object != "" {
			trigs[k].typ = object
		}
	}
	trigs = slices.DeleteFunc(trigs, func(t trigger) bool { return t.typ == "TEST" && object != "ARMS_TRANSFER" })
	for k := range trigs {
		if trigs[k].typ == "TEST" {
			trigs[k].typ = "LAUNCH" // "oversaw the test of a new missile"
		}
	}
	return trigs, reports
}

// reducedPassive reports whether the reporting word at i is a participle
// that describes the noun before it, "by" following and no form of "be"
// before it: "lawmakers briefed by the NIS", not "was reported by KCNA".
func (sc *eventScope) reducedPassive(i, from, to int) bool {
	return i+1 < to && i > from && sc.words[i+1].key == keyBy && !beKeys[sc.words[i-1].key] &&
		strings.HasSuffix(sc.text[sc.words[i].Start:sc.words[i].End], "ed")
}

var beKeys = keySet("be is are was were been being has have had")

// releasesPeople reports whether "released" at word i sets people free
// rather than making something public: a person or a word for captives
// follows within three words ("released two prisoners", "released Jang"),
// or "from" ("released from custody").
func (sc *eventScope) releasesPeople(i, to int) bool {
	for k := i + 1; k < to && k <= i+3; k++ {
		w := sc.words[k]
		if m := sc.mentionAt(w.Start); m >= 0 {
			return sc.actors[sc.mentions[m].Actor].Type == "PERSON"
		}
		if captiveNouns[w.key] || w.key == keyFrom {
			return true
		}
	}
	return false
}

var (
	keyReleased  = foldHash("released")
	keyFrom      = foldHash("from")
	captiveNouns = keySet("prisoner prisoners hostage hostages detainee detainees captive captives soldier soldiers " +
		"pows pow citizen citizens crew sailors")
)

// maxReachedObject is the most words between "reached" and the noun that
// makes it an agreement ("reached a new deal").
const maxReachedObject = 3

// reachedWhat returns the type of "reached" at word i of the clause [from,
// to): an arrival at a place ("reached the Kursk region"), an
// agreement next to an agreement noun ("reached a deal", "the agreements
// reached by Putin"), or none ("reached out to", "reached 900 kilometers").
func (sc *eventScope) reachedWhat(i, from, to int) string {
	if i+1 >= to || sc.words[i+1].key == keyOut || sc.words[i+1].flags&fDigit != 0 {
		return ""
	}
	if sc.anyKey(max(from, i-2), min(to, i+maxReachedObject+1), agreementNouns) {
		return "AGREE" // "reached a deal", "the agreements reached by Putin and Kim"
	}
	return "ARRIVE"
}

var (
	keyReached     = foldHash("reached")
	keyOut         = foldHash("out")
	agreementNouns = keySet("agreement agreements deal deals consensus understanding accord accords compromise settlement truce ceasefire")
)

// takesEffect reports whether word i ends "came into force" or "took
// effect" said of a treaty or a law named earlier in the clause that starts
// at word from: the day a treaty takes effect is a step of its signing
// ("the treaty between Russia and North Korea came into force on
// Wednesday"), unlike the day sanctions do.
func (sc *eventScope) takesEffect(i, from int) bool {
	w := sc.words[i]
	switch {
	case w.key == keyForce && i-2 >= from && sc.words[i-1].key == keyInto && enterKeys[sc.words[i-2].key]:
	case w.key == keyEffect && i-1 >= from && takeKeys[sc.words[i-1].key]:
	default:
		return false
	}
	return sc.anyKey(from, i, treatyNouns)
}

var (
	keyForce, keyInto, keyEffect = foldHash("force"), foldHash("into"), foldHash("effect")
	enterKeys                    = keySet("come comes came coming enter enters entered entering")
	takeKeys                     = keySet("take takes took taken taking")
	treatyNouns                  = keySet("treaty treaties pact pacts agreement agreements accord accords " +
		"convention protocol law laws")
)

// maxLawDistance is the most words between "passed" and the law it passed.
const maxLawDistance = 6

// nearLaw reports whether a word naming a law or a resolution lies within
// maxLawDistance words of word i in the clause [from, to), so that "passed"
// there is a vote ("passed the bill", "the law on ratification, which the
// State Duma passed"), not a movement ("passed through Khasan") or a death.
func (sc *eventScope) nearLaw(i, from, to int) bool {
	return sc.anyKey(max(from, i-maxLawDistance), min(to, i+maxLawDistance+1), lawNouns)
}

// anyKey reports whether one of the words [lo, hi) is in keys.
func (sc *eventScope) anyKey(lo, hi int, keys map[uint64]bool) bool {
	for k := lo; k < hi; k++ {
		if keys[sc.words[k].key] {
			return true
		}
	}
	return false
}

var (
	passKeys = keySet("pass passes passed adopt adopts adopted")
	lawNouns = keySet("law laws bill bills resolution resolutions legislation measure amendment amendments " +
		"ratification motion budget")
)

// maxReceiveObject is the most words between "received" and the person
// or delegation received.
const maxReceiveObject = 5

// receivesVisitor reports whether "received" at word i of a clause that
// ends before word to takes a person or a delegation, directly or after
// "by", so that it is a meeting ("Kim received Russian Foreign Minister
// Sergei Lavrov", "received a visiting delegation", "she was received by
// Mr Putin"), not a delivery ("received a letter", "received weapons").
func (sc *eventScope) receivesVisitor(i, to int) bool {
	g := theGazetteer()
	for k := i + 1; k < to && k <= i+maxReceiveObject; k++ {
		w := sc.words[k]
		if m := sc.mentionAt(w.Start); m >= 0 {
			end := sc.mentions[m].End
			possessive := strings.HasPrefix(sc.text[end:], "'s") || strings.HasPrefix(sc.text[end:], "’s")
			return sc.actors[sc.mentions[m].Actor].Type == "PERSON" && !possessive // not "received Putin's letter"
		}
		switch {
		case w.key == keyHer && sc.herObject(k, to):
			return true // "welcomed her in the Kremlin", not "welcomed her decision"
		case visitorNouns[w.key]:
			return true
		case k == i+1 && w.key == keyBy, receiveSkips[w.key], w.flags&fUpper != 0 && (g.titles[w.key] || g.demonyms[w.key]):
		default:
			return false
		}
	}
	return false
}

// herObject reports whether "her" at word k of a clause that ends before
// word to is an object rather than a possessive: the clause ends after it,
// or punctuation, a preposition or a time expression follows.
func (sc *eventScope) herObject(k, to int) bool {
	if k+1 >= to {
		return true
	}
	next := sc.words[k+1]
	return next.flags&fPunct != 0 || objectFollowers[next.key] || sc.inTimex(next.Span)
}

var (
	keyHer          = foldHash("her")
	objectFollowers = keySet("at in on to into from with for during after before by as since until outside inside near")
)

// mentionAt returns the index of the sentence mention that starts at pos,
// or -1.
func (sc *eventScope) mentionAt(pos int) int {
	k, ok := slices.BinarySearchFunc(sc.mentions, pos, func(m Mention, p int) int { return m.Start - p })
	if !ok {
		return -1
	}
	return k
}

// byPhone reports whether word i of the clause [from, to) is a call by
// telephone or a conversation: "call" or "conversation" after "phone" or
// "telephone", "spoke" or "talked" with "by phone", "over the phone" or "on
// the telephone" right after it, or with a person ("spoke with Cho
// Tae-yul", not "spoke to reporters").
func (sc *eventScope) byPhone(i, from, to int) bool {
	w := sc.words[i]
	if callNouns[w.key] {
		return i > from && phoneKeys[sc.words[i-1].key]
	}
	if !speakKeys[w.key] {
		return false
	}
	if i+1 < to && withToKeys[sc.words[i+1].key] {
		return sc.receivesVisitor(i+1, to) // "spoke with Foreign Minister Cho Tae-yul"
	}
	for k := i + 1; k < to && k <= i+3; k++ {
		if phoneKeys[sc.words[k].key] {
			return true
		}
		if !phonePrepositions[sc.words[k].key] {
			return false
		}
	}
	return false
}

var (
	callNouns         = keySet("call calls conversation conversations")
	phoneKeys         = keySet("phone telephone")
	speakKeys         = keySet("speak speaks spoke speaking talk talked talking")
	phonePrepositions = keySet("by over on the")
	withToKeys        = keySet("with to")
)

var (
	receiveKeys  = keySet("receive receives received receiving greet greets greeted greeting welcome welcomes welcomed welcoming")
	receiveSkips = keySet("a an the visiting mr mr. mrs mrs. ms ms. dr dr. his her their")
	visitorNouns = keySet("delegation delegations envoy envoys visitor visitors guest guests delegates him") // and "her", as herObject says
)

// testKeys make a TEST trigger, a LAUNCH when the clause's first word for a
// thing supplied is a weapon ("tested a hypersonic missile") or a launch
// word follows in the clause ("a test launch"), and no event otherwise ("a
// test of the alliance").
var testKeys = keySet("test tests tested testing")

// goKeys are the forms of "go", a journey only when a place follows "to".
var goKeys = keySet("go goes went going")

// goesToPlace reports whether "to" and the name of a country, city or
// place follow the form of "go" at word i: "went to Pyongyang", not "went
// to war" nor "went on to say".
func (sc *eventScope) goesToPlace(i, to int) bool {
	if i+2 >= to || sc.words[i+1].key != keyTo {
		return false
	}
	m := sc.mentionAt(sc.words[i+2].Start)
	if m < 0 {
		return false
	}
	typ := sc.actors[sc.mentions[m].Actor].Type
	return typ == "GPE" || typ == "LOC"
}

// callKeys with a following callOnKeys word make an URGE trigger.
var callKeys, callOnKeys = keySet("call calls called calling"), keySet("on upon for")

// subordinateBetween reports whether a subordinate clause opens between
// words a and b, so that a trigger at b of the same family as one at a is
// another event: "The visit comes weeks after Shoigu traveled to Pyongyang
// in June".
func (sc *eventScope) subordinateBetween(a, b int) bool {
	for i := a + 1; i < b; i++ {
		if w := sc.words[i]; subordinators[w.key] && !sc.inTimex(w.Span) {
			return true
		}
	}
	return false
}

// modifiedHeads are nouns that a trigger word before them only describes:
// a "launch site", "supply lines" or "attack drones" are no events (but
// "discussed aircraft" is one: a past form is a verb).
var modifiedHeads = keySet("site sites pad pads facility facilities vehicle vehicles venue room hall complex " +
	"centre center chain chains line lines route routes corridor window ship ships base bases " +
	"helicopter helicopters drone drones submarine submarines aircraft craft")

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
	if sc.preceded(t.word, negationKeys) {
		return Event{}, false // "did not meet", "no agreements were signed"
	}
	tw := sc.words[t.word]
	e := Event{Span: sc.span, Type: t.typ, Trigger: tw.Span, Sentence: sc.sent, Timex: -1}
	e.Actors = sc.roles(tw.Span, clause, reports, split, reporting[t.typ])
	if pair := sc.pairBefore(t.word, clause); pair != nil {
		e.Actors = withSources(e.Actors, pair)
	}
	if len(e.Actors) == 0 {
		return e, false
	}
	e.Timex, e.Value = sc.date(t.word, clause)
	e.Value = eventDay(e.Value)
	if e.Value == "" && reporting[t.typ] && sc.said != "" {
		e.Value = sc.said // "Zelensky said on Monday that ... The H.U.R. said that ..."
	} else if e.Value == "" && speechActs[t.typ] && !sc.dct.IsZero() {
		e.Value = sc.dct.Format("2006-01-02")
	}
	e.Planned = sc.preceded(t.word, plannedKeys) || sc.plannedLightVerb(t.word) || sc.purposeOfPlan(t.word, clause) ||
		(e.Timex >= 0 && sc.future(e.Value))
	return e, true
}

// eventDay drops the time of day from a date value: an event happened on
// 2023-09-10, whether its time expression said "Sunday evening"
// (2023-09-10TEV) or "at 14:00 on Sunday" (2023-09-10T14:00).
func eventDay(v string) string {
	if i := strings.IndexByte(v, 'T'); i == len("2006-01-02") {
		return v[:i]
	}
	return v
}

// pairMemory holds the last two persons and the last two countries or
// cities named together in one sentence, which "the two leaders" and "the
// two countries" in a later sentence refer to.
type pairMemory struct {
	persons, places []int
}

// update remembers the pairs of a sentence's mentions: its first two
// distinct persons but for those who tell its events (in "Putin spoke with
// Kim and told him of his summit with Trump", "the two leaders" are Putin
// and Kim; in "Putin and Kim signed a treaty, Ushakov said", not Ushakov),
// and its last two distinct countries or cities.
func (p *pairMemory) update(persons []int, ms []Mention, actors []Actor) {
	if persons != nil {
		p.persons = persons
	}
	if places := lastTwo(ms, actors, "GPE"); places != nil {
		p.places = places
	}
}

// firstTwoTold returns the first two distinct persons named in ms, the
// sentence's mentions, in text order, leaving out those named in a relative
// clause ("Belousov, who replaced Sergei Shoigu in May, was met by No Kwang
// Chol") and the sources of reports that tell the sentence's other events
// without taking part in them, or nil when there are fewer.
func (sc *eventScope) firstTwoTold(ms []Mention, events []Event) []int {
	first := -1
	for _, m := range ms {
		a := m.Actor
		if sc.actors[a].Type != "PERSON" || a == first || sc.tells(events, a) || sc.relativeMention(m) {
			continue
		}
		if first >= 0 {
			return []int{first, a}
		}
		first = a
	}
	return nil
}

// relativeMention reports whether mention m lies in a relative clause set
// off by commas: "Belousov, who replaced Sergei Shoigu in May, arrived".
func (sc *eventScope) relativeMention(m Mention) bool {
	i := sc.wordAt(m.Start)
	for c := i + 1; c < len(sc.words); c++ {
		if sc.words[c].key == keyComma {
			return sc.inRelative(i, c+1)
		}
	}
	return false
}

// tells reports whether actor a is the source of a report that frames the
// sentence's other events, and no actor of theirs: the report comes before
// them all ("Ushakov said Putin and Kim signed a treaty") or after them all
// and a comma (", Ushakov said"), but not Kim in "spoke with Kim and told
// him".
func (sc *eventScope) tells(events []Event, a int) bool {
	first, last := len(sc.text), -1
	for _, e := range events {
		if !reporting[e.Type] {
			if slices.ContainsFunc(e.Actors, func(x EventActor) bool { return x.Actor == a }) {
				return false
			}
			first, last = min(first, e.Trigger.Start), max(last, e.Trigger.End)
		}
	}
	if last < 0 {
		return false
	}
	for _, e := range events {
		if !reporting[e.Type] || !slices.ContainsFunc(e.Actors, func(x EventActor) bool { return x.Actor == a && x.Role == "source" }) {
			continue
		}
		if e.Trigger.End <= first || e.Trigger.Start >= last && strings.Contains(sc.text[last:e.Trigger.Start], ",") {
			return true
		}
	}
	return false
}

// lastTwo returns the last two distinct actors of type typ named in ms, in
// text order, or nil when there are fewer.
func lastTwo(ms []Mention, actors []Actor, typ string) []int {
	last := -1
	for i := len(ms) - 1; i >= 0; i-- {
		a := ms[i].Actor
		switch {
		case actors[a].Type != typ || a == last:
		case last < 0:
			last = a
		default:
			return []int{a, last}
		}
	}
	return nil
}

// mayNamePair reports whether a sentence may refer to a pair named before.
func mayNamePair(s string) bool {
	return strings.Contains(s, "two ") || strings.Contains(s, "oth ")
}

// pairNouns are the nouns of "the two leaders" that refer to two persons
// (true) or two countries (false).
var pairNouns = map[uint64]bool{
	foldHash("leaders"): true, foldHash("men"): true, foldHash("women"): true, foldHash("presidents"): true,
	foldHash("ministers"): true, foldHash("heads"): true, foldHash("diplomats"): true,
	foldHash("countries"): false, foldHash("nations"): false, foldHash("governments"): false,
	foldHash("neighbours"): false, foldHash("neighbors"): false, foldHash("states"): false,
}

var keyTwo, keyBoth = foldHash("two"), foldHash("both")

// pairBefore returns the pair that "the two leaders" or "both countries"
// before the trigger at word trig in clause refers to, or nil.
func (sc *eventScope) pairBefore(trig int, clause Span) []int {
	for i := trig - 1; i > 0 && sc.words[i-1].Start >= clause.Start; i-- {
		persons, ok := pairNouns[sc.words[i].key]
		if k := sc.words[i-1].key; !ok || k != keyTwo && k != keyBoth {
			continue
		}
		if persons {
			return sc.pairs.persons
		}
		return sc.pairs.places
	}
	return nil
}

// withSources returns roles with the actors of pair first, as sources.
func withSources(roles []EventActor, pair []int) []EventActor {
	out := make([]EventActor, 0, len(pair)+len(roles))
	for _, a := range pair {
		out = append(out, EventActor{Actor: a, Role: "source"})
	}
	for _, r := range roles {
		if !hasActor(out, r.Actor) && len(out) < maxEventActors {
			out = append(out, r)
		}
	}
	return out
}

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

// maxEventActors bounds the actors of one event.
const maxEventActors = 12

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
		if out = append(out, EventActor{Actor: m.Actor, Role: role}); len(out) == maxEventActors {
			break
		}
	}
	return out
}

// attributes reports whether mention m names the source of a report: it
// ends within three words before a reporting verb, or follows one at the end
// of a clause ("..., said Peskov.").
func (sc *eventScope) attributes(m Mention, reports []int) bool {
	first := sc.wordAt(m.Start)
	end := sc.wordAt(m.End) // the word after the mention
	k, _ := slices.BinarySearch(reports, end)
	if k < len(reports) && reports[k]-end <= 3 {
		return !sc.inRelative(first, reports[k])
	}
	if k < len(reports) && sc.relativeUntil(end, reports[k]) {
		return true // "Denis Manturov, who accompanied Kim, said"
	}
	if k > 0 && first-reports[k-1] <= 2 && first > reports[k-1] {
		return end == len(sc.words) || sc.words[end].flags&fPunct != 0
	}
	return false
}

// maxRelative is the longest relative clause, in words, set off by commas
// between a report's source and its verb.
const maxRelative = 15

// relativeUntil reports whether the words from i up to the reporting verb at
// r are a relative clause set off by commas: ", who accompanied Kim,".
func (sc *eventScope) relativeUntil(i, r int) bool {
	if r-i > maxRelative || i+1 >= r || sc.words[i].key != keyComma || !relativeKeys[sc.words[i+1].key] ||
		sc.words[r-1].key != keyComma {
		return false
	}
	for _, w := range sc.words[i+1 : r-1] {
		if w.key == keyComma {
			return false
		}
	}
	return true
}

// inRelative reports whether word i lies in a relative clause that ends
// just before the reporting verb at r, so that it is not the verb's
// subject.
func (sc *eventScope) inRelative(i, r int) bool {
	for j := i - 1; j >= 0 && r-j <= maxRelative; j-- {
		if sc.words[j].key == keyComma {
			return sc.relativeUntil(j, r)
		}
	}
	return false
}

// openingPrepositions follow the participle that opens a sentence before a
// speech act: "Speaking in", "Asked about", "Writing on".
var openingPrepositions = keySet("about in at to on after during with by from for alongside before at")

var (
	keyOn        = foldHash("on")
	keyComma     = foldHash(",")
	relativeKeys = keySet("who which whose whom")
)

// wordAt returns the index of the first word starting at or after pos.
func (sc *eventScope) wordAt(pos int) int {
	i, _ := slices.BinarySearchFunc(sc.words, pos, func(w nerWord, p int) int { return w.Start - p })
	return i
}

// hasActor reports whether list already holds actor a.
func hasActor(list []EventActor, a int) bool {
	return slices.ContainsFunc(list, func(x EventActor) bool { return x.Actor == a })
}

// date returns the DATE or TIME expression of the clause that dates the
// trigger at word t, or -1 and "": the nearest one (after the trigger on a
// tie) not separated from it by another clause or another speech act, and
// for a speech act one attached to the verb rather than to what is said.
// After "first ... since" only a date after the since date counts ("their
// first meeting since April 2019 was held on Sept. 13, 2023"); without one
// the since date dates the earlier event the trigger then names.
func (sc *eventScope) date(t int, clause Span) (int, string) {
	since := sc.firstSince(t)
	trig := sc.words[t].Span
	speech := speechActs[theTriggers().types[sc.words[t].key]]
	best, bestDist, bestValue := -1, 0, ""
	var cands []dateCandidate
	from := t // where the words between the trigger and a later date start
	if since >= 0 {
		from = sc.wordAt(sc.all[since].End) - 1
	}
	for _, ti := range sc.timexes {
		tx := &sc.all[ti]
		if since >= 0 && tx.Start < sc.all[since].End {
			continue // "held a summit on Wednesday, their first meeting since April 2019" dates the summit
		}
		value := tx.Value
		first, last := sc.wordAt(tx.Start), sc.wordAt(tx.End)-1
		described := first > t && sc.describedDate(t, first)
		if tx.Type == "DURATION" {
			value = sc.countedFromLast(ti)
			if value == "" {
				var noun int
				if value, noun = sc.countedFromEvent(ti, t); value != "" && t > noun {
					last = noun // "Two days after the meeting, Kim visited"
				}
			}
			if value == "" {
				if value = sc.countedFromAnchor(ti); value != "" {
					if t <= last+1 || sc.commaBetween(last+1, t) {
						continue // "met in November 2023, two months after": not the meeting's date
					}
					last++ // "after" opens the clause that the duration dates
				}
			}
		}
		if (tx.Type != "DATE" && tx.Type != "TIME" && value == "") || !isCalendar(value) ||
			tx.Start < clause.Start || tx.End > clause.End || sc.endsRange(ti) {
			continue
		}
		if last < t && (sc.separated(last, t, true) || sc.relativeBefore(first, last, t)) ||
			first > t && !described && sc.separated(from, first, false) || speech && !sc.reportReaches(t, first, last) {
			continue
		}
		d := tx.Start - trig.End
		if described {
			d = 0 // "the launch, which took place on Oct. 31"
		}
		if tx.End <= trig.Start {
			d = trig.Start - tx.End + 1
			if sc.otherVerbs(first, last, t, clause) {
				d += len(sc.text) // any time expression after the trigger is nearer
			}
		}
		cands = append(cands, dateCandidate{ti, d, value})
		if best < 0 || d < bestDist {
			best, bestDist, bestValue = ti, d, value
		}
	}
	for _, c := range cands {
		if within(c.value, bestValue) {
			best, bestDist, bestValue = c.timex, c.dist, c.value
		}
	}
	if best < 0 && since >= 0 {
		return since, sc.all[since].Value // "their first meeting since April 2019": the one before
	}
	return best, bestValue
}

// maxSinceGap is the most words, a name counting as one, between "first
// visit" and the "since" that dates the visit before it.
const maxSinceGap = 4

// firstSince returns the date of the earlier event that the trigger at
// word t, after "first", counts from: in "their first meeting since April
// 2019 in Vladivostok" and "Putin's first trip to North Korea since July
// 2000" the last meeting and trip were then. It returns -1 unless a DATE
// opens right after "since".
func (sc *eventScope) firstSince(t int) int {
	if t == 0 || sc.words[t-1].key != keyFirst {
		return -1
	}
	for i := t + 1; i < len(sc.words) && sc.gap(t, i) <= maxSinceGap; i++ {
		if sc.words[i].key != keySince {
			continue
		}
		if i+1 < len(sc.words) {
			for _, ti := range sc.timexes {
				if tx := &sc.all[ti]; tx.Start == sc.words[i+1].Start && tx.Type == "DATE" && isCalendar(tx.Value) && tx.Value[0] != 'X' {
					return ti
				}
			}
		}
		return -1
	}
	return -1
}

var keyFirst, keySince = foldHash("first"), foldHash("since")

// describedDate reports whether the time expression at word first after
// the trigger at word t is told in a relative clause about the event: "the
// launch, which took place on Oct. 31", "the summit that was held in
// Vladivostok in April 2019".
func (sc *eventScope) describedDate(t, first int) bool {
	if first >= len(sc.words) {
		return false
	}
	i := t + 1
	if i < first && sc.words[i].key == keyComma {
		i++
	}
	if i+1 >= first || !describingKeys[sc.words[i].key] {
		return false
	}
	i++
	switch {
	case placeKeys[sc.words[i].key] && sc.words[i+1].key == keyPlace, heldKeys[sc.words[i].key] && sc.words[i+1].key == keyHeld:
		i++
	case !happenedKeys[sc.words[i].key]:
		return false
	}
	return sc.gap(i, first) <= maxReportGap && !sc.triggerBetween(i, first)
}

var (
	describingKeys = keySet("which that")
	placeKeys      = keySet("took take takes")
	heldKeys       = keySet("was were is")
	happenedKeys   = keySet("happened occurred")
	keyPlace       = foldHash("place")
	keyHeld        = foldHash("held")
)

// dateCandidate is a time expression that may date an event, with its
// distance from the trigger.
type dateCandidate struct {
	timex int
	dist  int
	value string
}

// within reports whether date value v names a part of the period w: a day of
// its month or year ("2025-06-17" within "2025"). The clause's most precise
// date dates the event, however near a coarser one that contains it: "On 17
// June 2025, Shoigu visited Pyongyang for the third time that year".
func within(v, w string) bool {
	return len(v) > len(w) && strings.HasPrefix(v, w) && v[len(w)] == '-'
}

// otherVerbs reports whether the time expression at words [first, last]
// before the trigger at word t belongs to an earlier verb of the clause that
// "and" or "but" joins to the trigger's: in "Choe visited Moscow last week
// and held talks with Lavrov on Friday" the talks are on Friday.
func (sc *eventScope) otherVerbs(first, last, t int, clause Span) bool {
	joined := false
	for i := last + 1; i < t; i++ {
		joined = joined || coordinators[sc.words[i].key]
	}
	if !joined {
		return false
	}
	lex := theTriggers()
	for i := sc.wordAt(clause.Start); i < first; i++ {
		if _, ok := lex.types[sc.words[i].key]; ok && sc.words[i].flags&fUpper == 0 && (i == 0 || !articleKeys[sc.words[i-1].key]) {
			return true
		}
	}
	return false
}

// endsRange reports whether timex ti closes a range of dates that another
// timex opens ("April 8-9", "from March 25 to 27", "between Sept. 7 and
// Oct. 1"): an event over the range is dated by its first day.
func (sc *eventScope) endsRange(ti int) bool {
	tx := &sc.all[ti]
	for _, oi := range sc.timexes {
		o := &sc.all[oi]
		if o.End <= tx.Start && o.Type == "DATE" && rangeJoints[strings.TrimSpace(sc.text[o.End:tx.Start])] {
			return true
		}
	}
	return false
}

// rangeJoints join the first and last dates of a range.
var rangeJoints = map[string]bool{"-": true, "–": true, "—": true, "to": true, "and": true, "through": true, "until": true}

// countedFromLast returns the day that the duration at timex ti counts to
// from the last day told before it, when "later" or "earlier" follows it:
// "the Duma voted on Oct. 24 ... Putin signed the law three days later" is
// 2024-10-27. It returns "" for other durations.
func (sc *eventScope) countedFromLast(ti int) string {
	tx := &sc.all[ti]
	next := sc.wordAt(tx.End)
	if next >= len(sc.words) || !laterKeys[sc.words[next].key] || len(tx.Value) < 3 || tx.Value[0] != 'P' {
		return ""
	}
	n, err := strconv.Atoi(tx.Value[1 : len(tx.Value)-1])
	days := map[byte]int{'D': 1, 'W': 7}[tx.Value[len(tx.Value)-1]]
	if err != nil || days == 0 {
		return ""
	}
	if sc.words[next].key == keyEarlier {
		days = -days
	}
	anchor := -1
	for k := range sc.all {
		if a := &sc.all[k]; a.End <= tx.Start && a.Type == "DATE" && len(a.Value) == len("2006-01-02") &&
			isCalendar(a.Value) && a.Value[0] != 'X' && (anchor < 0 || a.Start > sc.all[anchor].Start) {
			anchor = k
		}
	}
	if anchor < 0 {
		return ""
	}
	return shiftDate(sc.all[anchor].Value, "D", n*days)
}

var (
	laterKeys  = keySet("later earlier")
	keyEarlier = foldHash("earlier")
)

// countedFromAnchor returns the date that the duration at timex ti counts
// back (before "after") or on (before "before") from the date told just
// before it: in "Kim ratified the pact on Nov. 11, two days after Putin
// signed a law" the signing is 2024-11-09, in "The commission met in
// November 2023, two months after Kim traveled to Vostochny" the journey is
// 2023-09. The result is no more precise than the anchor and the unit
// allow; it returns "" for other durations.
func (sc *eventScope) countedFromAnchor(ti int) string {
	tx := &sc.all[ti]
	next := sc.wordAt(tx.End)
	if next >= len(sc.words) || !afterBeforeKeys[sc.words[next].key] || len(tx.Value) < 3 || tx.Value[0] != 'P' {
		return ""
	}
	n, err := strconv.Atoi(tx.Value[1 : len(tx.Value)-1])
	unit := tx.Value[len(tx.Value)-1:]
	if err != nil || n <= 0 || strings.Contains(tx.Value, "T") {
		return ""
	}
	if sc.words[next].key == keyAfterWord {
		n = -n
	}
	v := ""
	if anchor := sc.anchorBefore(ti); anchor >= 0 {
		v = sc.all[anchor].Value
	} else if first := sc.wordAt(tx.Start); first > 0 && comeKeys[sc.words[first-1].key] && !sc.dct.IsZero() {
		v = sc.dct.Format("2006-01-02") // "The disclosure came a month after Kim traveled": the news is the day's
	} else {
		return ""
	}
	switch {
	case unit == "W" && len(v) == len("2006-01-02"):
		return shiftDate(v, "D", 7*n)
	case unit == "D" && len(v) == len("2006-01-02"), unit == "M" && len(v) >= len("2006-01"), unit == "Y":
		return shiftDate(v, unit, n)
	}
	return ""
}

// commaBetween reports whether a comma lies between words a and b: "two
// days after the vote, Putin signed" closes the phrase before the verb.
func (sc *eventScope) commaBetween(a, b int) bool {
	for i := a + 1; i < b; i++ {
		if sc.words[i].key == keyComma {
			return true
		}
	}
	return false
}

// countedFromEvent returns the date that the duration at timex ti counts
// to from an event told of before, when "after" or "before" and an event
// noun follow it and the trigger at word t is not in that phrase: "Kim
// visited a fighter jet factory two days after the summit" is two days after
// the last summit dated before. It returns "" otherwise, and the event
// noun's word.
func (sc *eventScope) countedFromEvent(ti, t int) (string, int) {
	tx := &sc.all[ti]
	next := sc.wordAt(tx.End)
	if next+1 >= len(sc.words) || !afterBeforeKeys[sc.words[next].key] || len(tx.Value) < 3 || tx.Value[0] != 'P' {
		return "", 0
	}
	noun := next + 1
	if m := sc.mentionAt(sc.words[noun].Start); m >= 0 {
		if after := sc.wordAt(sc.mentions[m].End); after+1 < len(sc.words) && possessiveKeys[sc.words[after].key] {
			noun = after // "after Putin's visit"
		}
	}
	if (articleKeys[sc.words[noun].key] || possessiveKeys[sc.words[noun].key]) && noun+1 < len(sc.words) {
		noun++
	}
	typ, ok := theTriggers().types[sc.words[noun].key]
	if !ok || t >= next && t <= noun || speechActs[typ] {
		return "", 0
	}
	n, err := strconv.Atoi(tx.Value[1 : len(tx.Value)-1])
	unit := tx.Value[len(tx.Value)-1:]
	if err != nil || n <= 0 || strings.Contains(tx.Value, "T") {
		return "", 0
	}
	if sc.words[next].key == keyAfterWord {
		n = -n
	}
	for k := len(sc.prior) - 1; k >= 0; k-- {
		p := &sc.prior[k]
		if family(p.Type) != family(typ) || p.Timex < 0 || p.Planned {
			continue
		}
		switch v := p.Value; {
		case unit == "W" && len(v) == len("2006-01-02"):
			return shiftDate(v, "D", -7*n), noun
		case unit == "D" && len(v) == len("2006-01-02"), unit == "M" && len(v) >= len("2006-01"):
			return shiftDate(v, unit, -n), noun
		}
		return "", 0
	}
	return "", 0
}

var possessiveKeys = keySet("'s ’s")

// comeKeys are the forms of "come" that place the news told before a
// duration and "after": "The visit comes two weeks after", "The disclosure
// came a month after".
var comeKeys = keySet("come comes came")

// anchorBefore returns the calendar date that ends just before the
// duration at timex ti, with at most a comma and a hedge ("just", "some")
// between them, or -1.
func (sc *eventScope) anchorBefore(ti int) int {
	tx := &sc.all[ti]
	first := sc.wordAt(tx.Start)
	for _, ai := range sc.timexes {
		a := &sc.all[ai]
		if a.End > tx.Start || a.Type != "DATE" || !isCalendar(a.Value) || a.Value[0] == 'X' || len(a.Value) < 4 ||
			strings.Contains(a.Value, "W") {
			continue
		}
		ok := true
		for i := sc.wordAt(a.End); i < first && ok; i++ {
			ok = sc.words[i].key == keyComma || durationHedges[sc.words[i].key]
		}
		if ok {
			return ai
		}
	}
	return -1
}

var (
	afterBeforeKeys = keySet("after before")
	keyAfterWord    = foldHash("after")
	durationHedges  = keySet("just only some about nearly almost barely exactly roughly around")
)

// separated reports whether words a < b lie in different clauses, so that
// a time expression at one does not date an event at the other. Between
// them lies a quotation mark, a word opening a subordinate clause ("that",
// "who", "when", "after" ...), a speech act verb, which takes the time
// expression nearer to it ("accused ..., and Washington warned last week"),
// or, when the time expression comes second, ", and" or ", but" followed by
// a new subject (a time expression fronted before the comma covers both).
func (sc *eventScope) separated(a, b int, timexFirst bool) bool {
	lex := theTriggers()
	for i := a + 1; i < b; i++ {
		w := sc.words[i]
		if sc.inTimex(w.Span) {
			continue
		}
		if sc.isQuote(i) {
			if j := sc.scareQuoteEnd(i, b); j > 0 {
				i = j
				continue // "recognized the "people's republics" of Donetsk and Luhansk in July 2022"
			}
			return true
		}
		if subordinators[w.key] && !(timexFirst && w.key == keyWhen && sc.whenAfter(a, i)) {
			return true // but "in July 2000, when he met Kim Jong Il" is dated by it
		}
		if typ, ok := lex.types[w.key]; ok && speechActs[typ] && w.flags&fUpper == 0 && !articleKeys[sc.words[i-1].key] &&
			!vehicleNouns[w.key] && !(vehicleParticiples[w.key] && vehicleNouns[sc.words[i-1].key]) {
			return true // but "said in a statement on Tuesday", "in a joint statement released on Tuesday"
		}
		if !timexFirst && w.key == keyComma && i+2 < b && coordinators[sc.words[i+1].key] {
			if _, ok := lex.types[sc.words[i+2].key]; !ok {
				return true // but ", and signed" shares the subject
			}
		}
	}
	return false
}

// whenAfter reports whether the "when" at word i opens a clause about the
// time expression that ends at word a: it follows the time expression's
// comma, and the time expression ends a phrase rather than opening the
// sentence ("since July 2000, when he met Kim Jong Il", but not "On Friday,
// when Albright cut her vacation short, the State Department said").
func (sc *eventScope) whenAfter(a, i int) bool {
	if i != a+2 || sc.words[a+1].key != keyComma {
		return false
	}
	for _, ti := range sc.timexes {
		if tx := &sc.all[ti]; tx.Start <= sc.words[a].Start && sc.words[a].End <= tx.End {
			return !sc.fronted(sc.wordAt(tx.Start))
		}
	}
	return false
}

var keyWhen = foldHash("when")

// relativeBefore reports whether the time expression at words [first,
// last] lies in a relative clause set off by commas that closes before the
// trigger at word t: "Kim, who visited Moscow in 2019, met Putin".
func (sc *eventScope) relativeBefore(first, last, t int) bool {
	for c := last + 1; c < t; c++ {
		if sc.words[c].key == keyComma {
			return sc.inRelative(first, c+1)
		}
	}
	return false
}

// maxScareQuote is the most words inside quotation marks that name or
// mock something rather than quote speech.
const maxScareQuote = 5

// scareQuoteEnd returns the closing quotation mark, before word b, of a
// short quoted name that the quotation mark at word i opens ("the
// "people's republics" of Donetsk"), or 0 when the quotation holds
// punctuation or an event word, as quoted speech does, or is long.
func (sc *eventScope) scareQuoteEnd(i, b int) int {
	open := i + 1
	if open < b && sc.isQuote(open) && sc.words[i].End == sc.words[open].Start {
		open++ // the second half of ``
	}
	for j := open; j < b && j <= open+maxScareQuote; j++ {
		if sc.isQuote(j) {
			if j == open {
				return 0
			}
			if j+1 < b && sc.isQuote(j+1) && sc.words[j].End == sc.words[j+1].Start {
				j++ // the second half of ''
			}
			return j
		}
		if _, ok := theTriggers().types[sc.words[j].key]; ok || sc.words[j].flags&fPunct != 0 {
			return 0 // quoted words of a verb: "strongly condemns"
		}
	}
	return 0
}

// isQuote reports whether word i is a quotation mark: ", “, ”, « or », or
// one half of “ or ”.
func (sc *eventScope) isQuote(i int) bool {
	word := sc.text[sc.words[i].Start:sc.words[i].End]
	if word != "`" && word != "'" {
		return quoteMarks[word]
	}
	same := func(k int) bool { return sc.text[sc.words[k].Start:sc.words[k].End] == word }
	return i > 0 && sc.words[i-1].End == sc.words[i].Start && same(i-1) ||
		i+1 < len(sc.words) && sc.words[i+1].Start == sc.words[i].End && same(i+1)
}

// maxReportGap is the most words between a speech act verb and a time
// expression after it that dates the act: "said in a statement on Tuesday".
const maxReportGap = 4

// reportReaches reports whether the time expression at words [first, last]
// dates the speech act at word t rather than what is said: one shortly
// after the verb ("said on Tuesday that"), one fronted at the start of the
// clause ("On Tuesday, Kim said"), or one before the verb with no comma
// between ("Kim on Tuesday said"), but not one in a report that the verb
// follows ("Kim met Putin on Tuesday, the Kremlin said").
func (sc *eventScope) reportReaches(t, first, last int) bool {
	if first > t {
		return sc.gap(t, first) <= maxReportGap && !sc.triggerBetween(t, first) || sc.throughVehicle(t, first) ||
			sc.beforeContent(t, first, last)
	}
	if sc.fronted(first) {
		return true
	}
	for i := last + 1; i < t; i++ {
		if sc.words[i].key == keyComma {
			return sc.participialOpening(i) || sc.prepositionalOpening(i, t)
		}
	}
	return true
}

// maxAddresseeGap is the most words, a name counting as one, between a
// speech act verb that takes an addressee and a time expression that
// "that" follows.
const maxAddresseeGap = 8

// beforeContent reports whether the time expression at words [first, last]
// after the speech act at word t closes the words about the act, "that"
// opening what is said right after it: the act's addressee or a phrase
// opened by a preposition comes between, with no event word or modal
// ("told lawmakers of the National Assembly's intelligence committee last
// Wednesday that", "said at a regular press briefing on Tuesday that"), but
// not a clause of what is said ("said management would recommend to its
// board today that", "said it expects to post sales in the current fiscal
// year that").
func (sc *eventScope) beforeContent(t, first, last int) bool {
	if last+1 >= len(sc.words) || sc.words[last+1].key != keyThatWord || sc.gap(t, first) > maxAddresseeGap ||
		sc.triggerBetween(t, first) || !addresseeVerbs[sc.words[t].key] && !openingPrepositions[sc.words[t+1].key] {
		return false
	}
	for _, w := range sc.words[t+1 : first] {
		if modalKeys[w.key] {
			return false
		}
	}
	return true
}

var (
	addresseeVerbs = keySet("tell tells told telling brief briefs briefed briefing inform informs informed " +
		"warn warns warned warning assure assures assured")
	modalKeys   = keySet("will would could can may might should must shall")
	keyThatWord = foldHash("that")
)

// throughVehicle reports whether the words between the speech act at word
// t and the time expression at word first name what carried the words and
// who published it, so that the date is the speech act's: "said in a
// statement carried by the Korean Central News Agency on Monday", "told The
// War Zone in an interview published on November 11".
func (sc *eventScope) throughVehicle(t, first int) bool {
	if first >= len(sc.words) {
		return false // the words up to first are read, and the one at first after "by"
	}
	i := t + 1
	for n := 0; i < first && !vehiclePrepositions[sc.words[i].key]; i++ {
		if k := sc.words[i].key; k == keyOpen && i+2 < first && sc.words[i+2].key == keyClose {
			i += 2 // an abbreviation: "The War Zone (TWZ)"
			continue
		}
		if sc.insideMention(sc.words[i].Start) {
			continue
		}
		if n++; n > maxReportGap {
			return false // the addressee: "reporters", "The War Zone"
		}
	}
	if i++; i < first && articleKeys[sc.words[i].key] {
		i++
	}
	for n := 0; i < first && !vehicleNouns[sc.words[i].key]; i++ {
		if n++; n > 2 {
			return false // "in a televised address", "in a rare statement"
		}
	}
	if i++; i < first && vehicleParticiples[sc.words[i].key] {
		i++
	}
	if i < first && sc.words[i].key == keyBy {
		if i++; i < first && articleKeys[sc.words[i].key] {
			i++
		}
		if m := sc.mentionAt(sc.words[i].Start); m >= 0 {
			i = sc.wordAt(sc.mentions[m].End)
		} else {
			i++
		}
	}
	if i < first && sc.words[i].key == keyOn {
		i++
	}
	return i == first
}

var (
	vehiclePrepositions = keySet("in through via during")
	vehicleNouns        = keySet("statement statements interview interviews post posts message messages address " +
		"speech article video broadcast letter communique commentary editorial briefing conference")
	vehicleParticiples = keySet("carried released published posted aired broadcast issued delivered run")
)

// maxSubjectGap is the most words, a name counting as one and an article
// as none, between the comma that closes an opening phrase and the speech
// act verb.
const maxSubjectGap = 3

// subjectGap counts the words of the subject between the comma at word c
// and the verb at word t as gap does, but for articles: "a North Korean
// delegate" is three words, as "North Korea's delegate" is.
func (sc *eventScope) subjectGap(c, t int) int {
	n := sc.gap(c, t)
	for _, w := range sc.words[c+1 : t] {
		if articleKeys[w.key] && n > 0 {
			n--
		}
	}
	return n
}

// prepositionalOpening reports whether the sentence opens with a
// prepositional phrase that ends at its first comma, word c, and the speech
// act at word t follows with only its subject between: the phrase's time
// expression dates the act ("At the meeting on Saturday, Kim said"; "In a
// statement on Tuesday, the ministry said"), unlike a report's ("Kim met
// Putin on Tuesday, the Kremlin said").
func (sc *eventScope) prepositionalOpening(c, t int) bool {
	o := sc.opener()
	w := sc.words[o]
	if o == 0 && w.flags&fUpper == 0 || !openingPrepositions[w.key] || sc.subjectGap(c, t) > maxSubjectGap || c <= o {
		return false
	}
	for k := o + 1; k < c; k++ {
		if sc.words[k].key == keyComma || sc.gerund(k) {
			return false // "After touring Dar es Salaam Thursday and meeting police Friday, the chief said"
		}
	}
	for _, w := range sc.words[c+1 : t] {
		if w.key == keyComma {
			return false
		}
	}
	return true
}

// gerund reports whether word k is an event verb in -ing that opens a
// clause of its own ("after meeting police leaders Friday") rather than a
// noun after an article ("at the meeting on Saturday").
func (sc *eventScope) gerund(k int) bool {
	w := sc.words[k]
	if _, ok := theTriggers().types[w.key]; !ok || k == 0 || articleKeys[sc.words[k-1].key] {
		return false
	}
	return strings.HasSuffix(strings.ToLower(sc.text[w.Start:w.End]), "ing")
}

// gap counts the words between a verb at t and a time expression at first
// after it, a name counting as one word, and "on" before the time
// expression and a title before a name ("Deputy U.S. Ambassador Robert
// Wood") as none: "told broadcaster KBS on Monday" is two, "warned at the
// U.N. General Assembly last month" three.
func (sc *eventScope) gap(t, first int) int {
	n := 0
	titles := theGazetteer().titles
	for i := t + 1; i < first; i++ {
		w := sc.words[i]
		if i == first-1 && w.key == keyOn || sc.insideMention(w.Start) ||
			w.flags&fUpper != 0 && titles[w.key] {
			continue
		}
		n++
	}
	return n
}

// triggerBetween reports whether an event verb lies between words a and b:
// a time expression after it dates that event ("said Sytenko left
// Tuesday"), but not one after a noun ("said in a statement on Tuesday").
func (sc *eventScope) triggerBetween(a, b int) bool {
	lex := theTriggers()
	for i := a + 1; i < b; i++ {
		w := sc.words[i]
		if _, ok := lex.types[w.key]; ok && w.flags&fUpper == 0 && !articleKeys[sc.words[i-1].key] {
			return true
		}
	}
	return false
}

// insideMention reports whether pos is inside a mention but not at its
// start.
func (sc *eventScope) insideMention(pos int) bool {
	k, _ := slices.BinarySearchFunc(sc.mentions, pos, func(m Mention, p int) int { return m.Start - p })
	return k > 0 && sc.mentions[k-1].End > pos
}

// participialOpening reports whether the sentence opens with a participle
// phrase that ends at the comma at word c and holds no event word: its time
// expression dates the speech act after it ("Asked about it last month,
// Putin said"; "Speaking in Washington last Thursday, Blinken said"), unlike
// a report's ("Kim met Putin on Tuesday, the Kremlin said").
func (sc *eventScope) participialOpening(c int) bool {
	w := sc.words[0]
	first := strings.ToLower(sc.text[w.Start:w.End])
	if w.flags&fUpper == 0 || len(first) < 5 || !strings.HasSuffix(first, "ing") && !strings.HasSuffix(first, "ed") ||
		len(sc.words) < 2 || !openingPrepositions[sc.words[1].key] {
		return false // "Suspected bombs exploded Friday, witnesses said"
	}
	lex := theTriggers()
	for _, w := range sc.words[:c] {
		if _, ok := lex.types[w.key]; ok || w.key == keyComma {
			return false
		}
	}
	return true
}

// fronted reports whether word i opens the sentence or follows a
// punctuation mark, but for one word ("On Tuesday, ...").
func (sc *eventScope) fronted(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if sc.words[k].flags&fPunct != 0 {
			return true
		}
	}
	return i <= 1+sc.opener()
}

// opener returns 1 when the sentence opens with a conjunction that joins it
// to the one before ("But on Friday, Kim Jong Gyu said"), which the phrase
// after it opens as if it came first, and 0 otherwise.
func (sc *eventScope) opener() int {
	if len(sc.words) > 1 && sc.words[0].flags&fUpper != 0 && openingConjunctions[sc.words[0].key] {
		return 1
	}
	return 0
}

var openingConjunctions = keySet("but and yet then")

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

var (
	quoteMarks    = map[string]bool{"\"": true, "“": true, "”": true, "«": true, "»": true}
	subordinators = keySet("that who which whom whose where when while whereas because although though " +
		"if unless since until after before follows followed precedes preceded")
	articleKeys  = keySet("a an the its his her their this")
	coordinators = keySet("and but")
)

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

// negationKeys are words just before a trigger that deny the event.
var negationKeys = keySet("not no never without neither nor cannot didn't doesn't don't won't wouldn't " +
	"hasn't haven't hadn't isn't wasn't weren't can't didn’t doesn’t don’t won’t wouldn’t hasn’t haven’t " +
	"hadn’t isn’t wasn’t weren’t can’t")

// preceded reports whether one of the three words before word i is in keys.
func (sc *eventScope) preceded(i int, keys map[uint64]bool) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if keys[sc.words[k].key] {
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
