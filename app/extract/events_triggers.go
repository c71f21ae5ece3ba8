package extract

// This file finds a clause's trigger words and their event types: the
// lexicon, and the rules that tell an event word from the same word in
// another sense ("reached a deal", "received Lavrov", "spoke by phone").

import (
	"slices"
	"strings"
	"sync"
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
	"DENY": true, "WARN": true, "URGE": true, "CONDEMN": true, "THREATEN": true, "PLEDGE": true, "CLAIM": true}

// reporting are the types that attribute other events to a source.
var reporting = map[string]bool{"STATEMENT": true, "REPORT": true, "ANNOUNCE": true}

// families are event types of which a clause keeps only the first trigger
// ("met ... for talks" is one meeting).
var families = map[string]string{"MEET": "meet", "TALKS": "meet", "HOST": "meet", "VISIT": "move",
	"TRAVEL": "move", "ARRIVE": "move", "DEPART": "move", "TEST": "launch", "LAUNCH": "launch",
	"ATTEND": "attend", "CEREMONY": "attend"}

// family returns the family of an event type (the type itself by default).
func family(typ string) string {
	if f := families[typ]; f != "" {
		return f
	}
	return typ
}

// trigger is an event word in a clause.
type trigger struct {
	word int
	typ  string
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
		if typ == "ESTABLISH" && i+1 < to && (tieNouns[sc.words[i+1].key] || i+2 < to && tieNouns[sc.words[i+2].key]) {
			typ = "RECOGNIZE" // "after Moscow established diplomatic relations with Seoul in 1990"
		}
		effect := false
		if !ok && sc.takesEffect(i, from) {
			typ, ok, effect = "SIGN", true, true // "the treaty came into force on Wednesday"
		}
		if ok && typ == "WARN" && i > from && sc.words[i-1].key == keyEarly {
			continue // an "early warning" aircraft or system is no warning
		}
		if !ok {
			typ, ok = sc.phraseType(i, from, to, trigs)
		}
		if !ok || w.flags&fUpper != 0 && !sc.openingParticiple(i, from) ||
			i+1 < to && modifiedHeads[sc.words[i+1].key] && !strings.HasSuffix(sc.text[w.Start:w.End], "ed") {
			continue
		}
		if reporting[typ] && sc.reducedPassive(i, from, to) {
			continue // "lawmakers briefed by the NIS said", "footage released by the ministry"
		}
		if reporting[typ] && i >= from+2 && articleKeys[sc.words[i-1].key] && topicPreps[sc.words[i-2].key] &&
			!pastVerb(sc.text[w.Start:w.End]) {
			continue // "Asked about the reports, Putin said": what is asked about reports nothing
		}
		if w.key == keyOffensive && i+1 < to && sc.words[i+1].flags&(fUpper|fPunct|fDigit) == 0 && !objectFollowers[sc.words[i+1].key] &&
			sc.words[i+1].key != keyLast {
			continue // "offensive weapons" is no offensive; "an offensive in August", "a cross-border offensive last August" are
		}
		if w.key == keyReleased && sc.releasesPeople(i, to) {
			continue // "released two prisoners" is no announcement
		}
		if w.key == keyAdded && !sc.addsWords(i, to) {
			continue // "the State Department added three more targets"
		}
		if i > from && i+1 < to && sc.text[sc.words[i-1].Start] == '(' && sc.text[sc.words[i+1].Start] == ')' {
			continue // a caption's "Sergei Lavrov (left) meets Kim Jong Un"
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
			sc.subordinateBetween(trigs[k].word, i) || sc.firstSince(i) >= 0 || effect || sc.coordinateSubject(trigs[k].word, i) ||
			sc.coordinateDated(trigs[k].word, i, to) {
			// taking effect is a step of its own after the signing ("the pact
			// that Putin and Kim signed in June took effect on Wednesday")
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
	trigs = slices.DeleteFunc(trigs, func(t trigger) bool {
		// a ceremony named in a clause that tells a speech act is where it
		// was given ("In a speech at the ceremony, Kim said"), no event apart
		return t.typ == "TEST" && object != "ARMS_TRANSFER" ||
			t.typ == "CEREMONY" && len(reports) > 0 && !strings.HasSuffix(sc.text[sc.words[t.word].Start:sc.words[t.word].End], "ed") &&
				sc.words[t.word].key != keySworn // "who was sworn in on Thursday, told reporters" is a verb
	})
	for k := range trigs {
		if trigs[k].typ == "TEST" {
			trigs[k].typ = "LAUNCH" // "oversaw the test of a new missile"
		}
	}
	return trigs, reports
}

// modifiedHeads are nouns that a trigger word before them only describes:
// a "launch site", "supply lines" or "attack drones" are no events (but
// "discussed aircraft" is one: a past form is a verb).
var modifiedHeads = keySet("site sites pad pads facility facilities vehicle vehicles venue room hall complex " +
	"centre center chain chains line lines route routes corridor window ship ships base bases " +
	"helicopter helicopters drone drones submarine submarines aircraft craft")

// subordinateBetween reports whether a subordinate clause opens between
// words a and b, so that a trigger at b of the same family as one at a is
// another event: "The visit comes weeks after Shoigu traveled to Pyongyang
// in June".
func (sc *eventScope) subordinateBetween(a, b int) bool {
	return sc.conjunctionBetween(a, b, subordinators)
}

// conjunctionBetween reports whether one of keys stands between words a and
// b outside a time expression ("that" in "that day" opens no clause).
func (sc *eventScope) conjunctionBetween(a, b int, keys map[uint64]bool) bool {
	for i := a + 1; i < b; i++ {
		if w := sc.words[i]; keys[w.key] && !sc.inTimex(w.Span) {
			return true
		}
	}
	return false
}

// openingParticiple reports whether the capitalised trigger at word i is a
// participle opening its clause, not a name: "Received by Kim Jong Un on
// Friday, Shoigu passed on Putin's greetings", "Visiting the ministry last
// Saturday, Kim pledged".
func (sc *eventScope) openingParticiple(i, from int) bool {
	w := sc.words[i]
	low := strings.ToLower(sc.text[w.Start:w.End])
	return i == from && w.flags&fAllCap == 0 && (strings.HasSuffix(low, "ed") || strings.HasSuffix(low, "ing")) &&
		sc.mentionAt(w.Start) < 0 && !sc.insideMention(w.Start)
}

// coordinateSubject reports whether the trigger at word i follows a
// coordinator and a subject of its own after the trigger at a: "Putin signed
// a law on Nov. 9, and Kim signed a decree two days later" tells two
// signings.
func (sc *eventScope) coordinateSubject(a, i int) bool {
	return sc.coordinatorBefore(a, i) > a
}

// beforeAuxiliaries returns the word before the trigger at word i, past
// up to two forms of "be" or "have" ("was received", "has been sent"), not
// going back to word a.
func (sc *eventScope) beforeAuxiliaries(a, i int) int {
	j := i - 1
	for n := 0; n < 2 && j > a && beKeys[sc.words[j].key]; n++ {
		j--
	}
	return j
}

// coordinatorBefore returns the coordinator that opens the subject of the
// trigger at word i, after word a, or -1.
func (sc *eventScope) coordinatorBefore(a, i int) int {
	j := sc.beforeAuxiliaries(a, i) // "and she was received by Putin"
	if j > a+3 && sc.words[j].key == keyClose && sc.words[j-2].key == keyOpen {
		j -= 3 // "and the Korean Central News Agency (KCNA) confirmed"
	}
	if j > a && subjectPronouns[sc.words[j].key] {
		j--
	} else {
		for j > a && sc.insideMention(sc.words[j].Start) {
			j--
		}
		if j <= a || sc.mentionAt(sc.words[j].Start) < 0 {
			return -1
		}
		j--
		// a title before the name: "and US Secretary of State Marco Rubio met"
		for n := 0; n < maxTitleWords && j > a && (sc.words[j].flags&fUpper != 0 || sc.words[j].key == keyOf); n++ {
			j--
		}
		if j > a+1 && sc.words[j].key == keyPossessive && sc.mentionEndingAt(sc.words[j-1].End) >= 0 {
			// an owner before the subject: "and South Korea's National
			// Intelligence Service told lawmakers"
			for j--; j > a && sc.insideMention(sc.words[j].Start); j-- {
			}
			j--
		}
		if j > a+1 && subjectAdjectives[sc.words[j].key] && sc.words[j-1].key == keyThe {
			j-- // "and the official Korean Central News Agency confirmed"
		}
		if j > a && sc.words[j].key == keyThe && pastVerb(sc.text[sc.words[i].Start:sc.words[i].End]) {
			j-- // "and the Federation Council followed", not "and the Birmingham assault"
		}
	}
	// a date before the subject: "and on 4 November she was received"
	for j > a && (sc.inTimex(sc.words[j].Span) || datePreps[sc.words[j].key] && j+1 < i && sc.inTimex(sc.words[j+1].Span) ||
		countWords[sc.words[j].key] && sc.inTimex(sc.words[j-1].Span)) {
		j-- // "and two days later Russia's Defense Ministry said"
	}
	if j > a && coordinators[sc.words[j].key] {
		return j
	}
	return -1
}

// subjectAdjectives describe a body named as the subject after "and the".
var subjectAdjectives = keySet("official state ruling")

var (
	datePreps  = keySet("on in at by")
	countWords = keySet("later earlier ago")
)

// coordinateDated reports whether the trigger at word i is a verb joined by
// "and" to the one at word a, or by a comma and a named subject of its own,
// each with a time expression of its own: "sent 11,000 troops in October
// last year, and sent about 3,000 more early this year" tells two
// deployments, "the State Duma voted it through on Oct. 24, the Federation
// Council approved it on Nov. 6" two votes.
func (sc *eventScope) coordinateDated(a, i, to int) bool {
	and := -1
	k := sc.beforeAuxiliaries(a, i) // "held talks with Lavrov in January and was received by Putin on January 16"
	switch {
	case k > a && sc.words[k].key == keyAnd && pastVerb(sc.text[sc.words[i].Start:sc.words[i].End]):
		and = k // "sent 11,000 troops in October, and sent 3,000 more this year"
	case sc.namedSubjectAfterComma(a, i) > a:
		and = sc.namedSubjectAfterComma(a, i)
	default:
		// ", and delegations from Russia and the United States held talks
		// in Riyadh on Monday": a clause of its own after a comma
		for k := i - 1; k > a+1 && k >= i-maxCoordinateGap; k-- {
			if sc.words[k].key == keyAnd && sc.words[k-1].key == keyComma {
				and = k
				break
			}
		}
	}
	if and < 0 {
		return false
	}
	before, after := false, false
	for _, ti := range sc.timexes {
		tx := &sc.all[ti]
		before = before || tx.Start > sc.words[a].End && tx.End <= sc.words[and].Start
		after = after || tx.Start > sc.words[i].End && tx.End <= sc.words[to-1].End
	}
	return before && after
}

// maxCoordinateGap bounds the words from ", and" to the trigger of the
// clause it opens.
const maxCoordinateGap = 12

// namedSubjectAfterComma returns the comma, after word a, right before the
// named subject of the trigger at word i ("..., the Federation Council
// approved"), or -1.
func (sc *eventScope) namedSubjectAfterComma(a, i int) int {
	j := sc.beforeAuxiliaries(a, i)
	if j <= a || !sc.insideMention(sc.words[j].Start) && sc.mentionAt(sc.words[j].Start) < 0 {
		return -1
	}
	for j > a && (sc.insideMention(sc.words[j].Start) || sc.mentionAt(sc.words[j].Start) >= 0) {
		j--
	}
	if j > a && sc.words[j].key == keyThe {
		j--
	}
	if j > a+1 && sc.words[j].key == keyComma {
		return j
	}
	return -1
}

// maxTitleWords bounds the words of a title before a name.
const maxTitleWords = 5

var (
	subjectPronouns = keySet("he she they we it")
	keyOf           = foldHash("of")
)

// reducedPassive reports whether the reporting word at i is a participle
// that describes the noun before it, "by" following and no form of "be"
// before it: "lawmakers briefed by the NIS", not "was reported by KCNA".
func (sc *eventScope) reducedPassive(i, from, to int) bool {
	return i+1 < to && i > from && sc.words[i+1].key == keyBy && !beKeys[sc.words[i-1].key] &&
		strings.HasSuffix(sc.text[sc.words[i].Start:sc.words[i].End], "ed")
}

var beKeys = keySet("be is are was were been being has have had")

// topicPreps put the report noun after them and an article in a phrase
// about it ("asked about the reports", "questions over the statement").
var topicPreps = keySet("about over regarding concerning")

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
	keySworn     = foldHash("sworn")
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

// addsWords reports whether "added" at word i tells what someone said: it
// ends the clause ("he added."), or "that", a quote or a comma follows it,
// or a time expression and then "that" ("added on Saturday that").
func (sc *eventScope) addsWords(i, to int) bool {
	k := i + 1
	for k < to && (sc.inTimex(sc.words[k].Span) || sc.words[k].key == keyOn && k+1 < to && sc.inTimex(sc.words[k+1].Span)) {
		k++
	}
	if k >= to {
		return true
	}
	w := sc.words[k]
	return w.key == keyThat || k == i+1 && (w.flags&fPunct != 0 || sc.isQuote(k))
}

var keyAdded = foldHash("added")

var keyOffensive, keyLast = foldHash("offensive"), foldHash("last")
