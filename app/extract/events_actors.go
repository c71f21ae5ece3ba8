package extract

// This file gives an event its actors: their roles, the source of a
// report, and the pair that "the two leaders" or "both countries" refer to.

import (
	"slices"
	"strings"
)

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
		if split && sc.attributes(m, reports) != isReport && !(!isReport && sc.betweenSourceAndReport(m, trig, reports)) {
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

// betweenSourceAndReport reports whether the trigger at trig stands between
// the mention m and the reporting verb after it, in a phrase about the
// source that is the trigger's subject too: "Boris Pistorius, who was sworn
// in on Thursday, told reporters".
func (sc *eventScope) betweenSourceAndReport(m Mention, trig Span, reports []int) bool {
	end, t := sc.wordAt(m.End), sc.wordAt(trig.Start)
	k, _ := slices.BinarySearch(reports, end)
	return k < len(reports) && end <= t && t < reports[k]
}

// hasActor reports whether list already holds actor a.
func hasActor(list []EventActor, a int) bool {
	return slices.ContainsFunc(list, func(x EventActor) bool { return x.Actor == a })
}

// attributes reports whether mention m names the source of a report: it
// ends within three words before a reporting verb, or follows one at the end
// of a clause ("..., said Peskov.").
func (sc *eventScope) attributes(m Mention, reports []int) bool {
	first := sc.wordAt(m.Start)
	end := sc.wordAt(m.End) // the word after the mention
	k, _ := slices.BinarySearch(reports, end)
	if k < len(reports) && sc.whoBefore(reports[k]) {
		// "Sergei Shoigu, the secretary of Russia's Security Council, who
		// announced": "who" tells of a person, over an appositive
		person := sc.actors[m.Actor].Type == "PERSON"
		return person && (reports[k]-end <= 3 || sc.appositiveUntil(end, reports[k]-1))
	}
	if k < len(reports) && (reports[k]-end <= 3 || sc.ofPhraseUntil(end, reports[k])) {
		return !sc.inRelative(first, reports[k])
	}
	if k < len(reports) && (sc.relativeUntil(end, reports[k]) || sc.namesUntil(end, reports[k]) ||
		(k == 0 || reports[k-1] < end) && sc.appositiveUntil(end, reports[k])) {
		return true // "Denis Manturov, who accompanied Kim, said"; "Lee Sung-jun, spokesman for the JCS, told"
	}
	if k > 0 && first-reports[k-1] <= 2 && first > reports[k-1] {
		return end == len(sc.words) || sc.words[end].flags&fPunct != 0
	}
	return k > 0 && sc.passiveAgent(reports[k-1], first)
}

// whoBefore reports whether the reporting verb at word r opens a relative
// clause after a comma and "who".
func (sc *eventScope) whoBefore(r int) bool {
	return r >= 2 && sc.words[r-1].key == keyWho && sc.words[r-2].key == keyComma
}

var keyWho = foldHash("who")

// passiveAgent reports whether the mention at word m is the agent of the
// passive reporting verb at r: "was announced on 6 October by the United
// Russia press service", a few words after it past "by" (and "the"). A
// participle right after a report noun is passive too: "a report released
// in May by the Multilateral Sanctions Monitoring Team".
func (sc *eventScope) passiveAgent(r, m int) bool {
	if r == 0 || m-r > maxAgentGap || !beKeys[sc.words[r-1].key] && !(reportNouns[sc.words[r-1].key] || vehicleNouns[sc.words[r-1].key] || dataNouns[sc.words[r-1].key]) {
		return false
	}
	b := m - 1
	if b > r && sc.words[b].key == keyThe {
		b--
	}
	if b <= r || sc.words[b].key != keyBy {
		return false
	}
	for _, w := range sc.words[r+1 : b] {
		if w.flags&fPunct != 0 {
			return false
		}
	}
	return true
}

// maxAgentGap bounds the words from a passive reporting verb to its agent.
const maxAgentGap = 8

// dataNouns are what a body publishes besides reports and statements.
var dataNouns = keySet("data figures findings images footage photos video")

// ofPhraseUntil reports whether the words from i up to the reporting verb
// at r are a short "of" phrase that ends the source's name: "the Central
// Military Commission of the ruling party said".
func (sc *eventScope) ofPhraseUntil(i, r int) bool {
	if r-i > maxOfPhrase || i >= r || sc.words[i].key != keyOf {
		return false
	}
	for _, w := range sc.words[i:r] {
		if w.flags&fPunct != 0 {
			return false
		}
	}
	return !sc.triggerBetween(i, r)
}

// maxOfPhrase is the longest "of" phrase between a source and its verb.
const maxOfPhrase = 5

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

var relativeKeys = keySet("who which whose whom")

// namesUntil reports whether the words from i up to the reporting verb at r
// continue a list of names that are its subject: ", China and Iran" in
// "Russia, China and Iran said".
func (sc *eventScope) namesUntil(i, r int) bool {
	if r-i > maxRelative || sc.words[i].key != keyComma {
		return false
	}
	for _, w := range sc.words[i:r] {
		if w.key != keyComma && !coordinators[w.key] && sc.mentionAt(w.Start) < 0 && !sc.insideMention(w.Start) {
			return false
		}
	}
	return true
}

// wordsOf counts the words [from, to), a name counting as one.
func (sc *eventScope) wordsOf(from, to int) int {
	n := 0
	for k := from; k < to; k++ {
		if !sc.insideMention(sc.words[k].Start) {
			n++
		}
	}
	return n
}

// bracketKeys are the brackets an appositive may hold ("(KCNA)").
var bracketKeys = keySet("( )")

// maxAppositive is the longest appositive, in words, set off by commas
// between a report's source and its verb.
const maxAppositive = 22

// appositiveUntil reports whether the words from i up to the reporting verb
// at r are an appositive set off by commas that describes the name before
// it: ", a spokeswoman for the White House National Security Council,",
// ", President Yoon Suk Yeol's national security adviser,". It holds a
// lower-case word, and no comma or quote.
func (sc *eventScope) appositiveUntil(i, r int) bool {
	if i+1 >= r-1 || sc.words[i].key != keyComma || sc.words[r-1].key != keyComma || sc.wordsOf(i+1, r-1) > maxAppositive {
		return false
	}
	lower := false
	for _, w := range sc.words[i+1 : r-1] {
		if w.key == keyComma || w.flags&fPunct != 0 && !possessiveKeys[w.key] && !bracketKeys[w.key] {
			return false // but "carried by the Korean Central News Agency (KCNA) on Monday"
		}
		lower = lower || w.flags&(fUpper|fDigit|fPunct) == 0 && !articleKeys[w.key]
	}
	return lower
}

// pairMemory holds the last two persons and the last two countries or
// cities named together in one sentence, which "the two leaders" and "the
// two countries" in a later sentence refer to, and the first person of the
// last sentence that named one, whom "he" or "she" opening a later clause
// refers to.
type pairMemory struct {
	persons, places []int
	person          int // the actor, plus one; 0 when none
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
	for _, m := range ms {
		if actors[m.Actor].Type == "PERSON" {
			p.person = m.Actor + 1
			break
		}
	}
}

// pronounSubject returns the person that "he", "she" or "his" as the
// subject of the trigger at word t stands for, right before it or before
// one adverb ("he also visited", "his first visit"), or -1: the first
// person named before it in the sentence, its likely subject ("Rutte said
// he would speak with Zelensky"), else the first person of the last
// sentence that named one. A host is no event of "his".
func (sc *eventScope) pronounSubject(t int) int {
	tw := sc.text[sc.words[t].Start:sc.words[t].End]
	noun := !strings.HasSuffix(tw, "ed") && !strings.HasPrefix(strings.ToLower(tw), "host")
	reach := t - 2
	for k := t - 1; k >= 0 && k >= reach; k-- {
		if auxSkips[sc.words[k].key] {
			reach-- // "he had also been there"
			continue
		}
		if sc.speaker > 0 && firstPersonKeys[sc.words[k].key] {
			return sc.speaker - 1 // "Last June, I paid a state visit to Pyongyang", in Putin's turn
		}
		// "his office announced": a person's own office speaks for them
		own := k == t-2 && sc.words[k].key == keyHis && ownOffices[sc.words[t-1].key]
		if personPronouns[sc.words[k].key] || (noun || own) && sc.words[k].key == keyHis {
			for _, m := range sc.mentions {
				if m.End > sc.words[k].Start {
					break
				}
				if sc.actors[m.Actor].Type == "PERSON" {
					return m.Actor
				}
			}
			return sc.pairs.person - 1
		}
		if sc.words[k].flags&(fUpper|fPunct|fDigit) != 0 {
			return -1
		}
	}
	return -1
}

var (
	ownOffices     = keySet("office spokesman spokeswoman spokesperson aides government ministry")
	personPronouns = keySet("he she")
	auxSkips       = keySet("had has have also already")
	keyHis         = foldHash("his")
)

// itsOwner returns the organisation that "its" right before the noun
// trigger at word t, or one word before it, stands for ("Its first report,
// in May, found"): the first one named in the nearest of the sentence
// (before "its") and the three before that names one, or -1.
func (sc *eventScope) itsOwner(t int) int {
	k := t - 1
	if k > 0 && sc.words[k].key != keyIts {
		k--
	}
	if k < 0 || sc.words[k].key != keyIts || strings.HasSuffix(sc.text[sc.words[t].Start:sc.words[t].End], "ed") {
		return -1
	}
	end, _ := slices.BinarySearchFunc(sc.doc, sc.words[k].Start, func(m Mention, p int) int { return m.Start - p })
	owner := -1
	for j := end - 1; j >= 0 && sc.doc[j].Sentence >= sc.sent-maxItsSentences; j-- {
		if owner >= 0 && sc.doc[j].Sentence != sc.doc[owner].Sentence {
			break // the first of the nearest sentence that names one: its subject, likely
		}
		if sc.actors[sc.doc[j].Actor].Type == "ORG" {
			owner = j
		}
	}
	if owner < 0 {
		return -1
	}
	return sc.doc[owner].Actor
}

var keyIts = foldHash("its")

// maxItsSentences is how many sentences back "its" looks for its owner.
const maxItsSentences = 3

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

// mayNamePronoun reports whether sentence s may have "he" or "she" as a
// subject (see pronounSubject), a cheap test before its words are read.
func mayNamePronoun(s string) bool {
	for _, p := range [...]string{"he ", "she ", "He ", "She ", "his ", "His "} {
		for i := 0; ; {
			k := strings.Index(s[i:], p)
			if k < 0 {
				break
			}
			if k += i; k == 0 || !isASCIILetter(s[k-1]) {
				return true // a word of its own, not the end of "the "
			}
			i = k + 1
		}
	}
	return false
}

// pairNouns are the nouns of "the two leaders" that refer to two persons
// (true) or two countries (false).
var pairNouns = map[uint64]bool{
	foldHash("leaders"): true, foldHash("men"): true, foldHash("women"): true, foldHash("presidents"): true,
	foldHash("ministers"): true, foldHash("heads"): true, foldHash("diplomats"): true,
	foldHash("countries"): false, foldHash("nations"): false, foldHash("governments"): false,
	foldHash("neighbours"): false, foldHash("neighbors"): false, foldHash("states"): false, foldHash("sides"): false,
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
