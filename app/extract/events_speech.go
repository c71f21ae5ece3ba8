package extract

// This file tells whether a time expression dates a speech act or what is
// said: "said on Tuesday that", "In a statement on Tuesday, the ministry
// said", but not "Kim met Putin on Tuesday, the Kremlin said".

import "strings"

// maxReportGap is the most words between a speech act verb and a time
// expression after it that dates the act: "said in a statement on Tuesday".
const maxReportGap = 5

// reportReaches reports whether the time expression at words [first, last]
// dates the speech act at word t rather than what is said: one shortly
// after the verb ("said on Tuesday that"), one fronted at the start of the
// clause ("On Tuesday, Kim said"), or one before the verb with no comma
// between ("Kim on Tuesday said"), but not one in a report that the verb
// follows ("Kim met Putin on Tuesday, the Kremlin said").
func (sc *eventScope) reportReaches(t, first, last int) bool {
	if first > t {
		return sc.gap(t, first) <= maxReportGap && !sc.triggerBetween(t, first) && !sc.complementBetween(t, first) &&
			!(first > t+1 && nounLinkKeys[sc.words[first-1].key]) || sc.throughVehicle(t, first) ||
			sc.beforeContent(t, first, last) || sc.publishedAfter(t, first) || sc.accusedOf(t, first) || sc.announcedThing(t, first) ||
			sc.saidInPublished(t, first)
	}
	if sc.fronted(first) {
		return true
	}
	for i := last + 1; i < t; i++ {
		if sc.words[i].key == keyComma {
			return sc.participialOpening(i) || sc.prepositionalOpening(i, t) || sc.participleAfterSubject(first, i, t) ||
				i == last+1 && i+1 < t && sc.words[i+1].key == keyWhen // "came on Nov. 16, when the Financial Times reported"
		}
	}
	return true
}

// nounLinkKeys are prepositions that tie a year or date to the noun
// before it, in what is said rather than when: "said the contrast with
// 2018 was striking".
var nounLinkKeys = keySet("with of than from between versus")

// maxAnnouncedGap bounds the words of the thing announced between the
// announcement and the time expression closing its clause.
const maxAnnouncedGap = 12

// announcedThing reports whether the time expression at word first closes
// the clause of an announcement whose object is a thing, not a clause of
// what was said: "The United States, the United Kingdom and Canada
// announced their own designations targeting the same supply lines earlier
// this month", "announced new sanctions on Russian shipping firms on
// Friday". No comma, quotation, finite verb or word of a clause stands
// between them.
func (sc *eventScope) announcedThing(t, first int) bool {
	if theTriggers().types[sc.words[t].key] != "ANNOUNCE" || first-t-1 > maxAnnouncedGap || sc.complementBetween(t, first) {
		return false
	}
	for i := t + 1; i < first; i++ {
		w := sc.words[i]
		if w.flags&fPunct != 0 || subordinators[w.key] || modalKeys[w.key] || beKeys[w.key] ||
			w.flags&fUpper == 0 && strings.HasSuffix(sc.text[w.Start:w.End], "ed") {
			return false
		}
	}
	return true
}

// accusedOf reports whether the time expression at word first closes an
// accusation's "of" phrase with a gerund and no clause or event word in it,
// so that it dates the accusation: "Washington first accused North Korea of
// arming the mercenary group on 22 December".
func (sc *eventScope) accusedOf(t, first int) bool {
	if theTriggers().types[sc.words[t].key] != "ACCUSE" || sc.gap(t, first) > maxAccusationGap || sc.triggerBetween(t, first) {
		return false
	}
	of := -1
	for i := t + 1; i < first; i++ {
		w := sc.words[i]
		if w.flags&fPunct != 0 || subordinators[w.key] {
			return false
		}
		if of < 0 && w.key == keyOf && i+1 < first &&
			strings.HasSuffix(strings.ToLower(sc.text[sc.words[i+1].Start:sc.words[i+1].End]), "ing") {
			of = i
		}
	}
	return of >= 0
}

// maxAccusationGap is the most words, a name counting as one, between an
// accusation and the time expression that closes its "of" phrase.
const maxAccusationGap = 10

// publishedAfter reports whether a participle of publishing set off by a
// comma after the reporting noun at word t leads to the time expression at
// word first: "In its first report, released on May 29, the team said".
func (sc *eventScope) publishedAfter(t, first int) bool {
	w := sc.words[t]
	if w.flags&fUpper != 0 || !reportNouns[w.key] && !vehicleNouns[w.key] || t+2 >= first ||
		sc.words[t+1].key != keyComma || !vehicleParticiples[sc.words[t+2].key] {
		return false
	}
	i := t + 3
	if i < first && (sc.words[i].key == keyOn || sc.words[i].key == keyIn) {
		i++ // "released on May 29", "published in March"
	}
	return i == first
}

// maxVehicleWords bounds the words between "in" and the report or
// statement that a speech act is made in: "in its most recent annual report".
const maxVehicleWords = 4

// saidInPublished reports whether the speech act at word t is made "in" a
// report or statement whose publishing participle, set off by a comma,
// leads to the time expression at word first: "The panel said in its
// annual report, published in March, that ...".
func (sc *eventScope) saidInPublished(t, first int) bool {
	if t+2 >= first || sc.words[t+1].key != keyIn {
		return false
	}
	for r := t + 2; r < first && r <= t+2+maxVehicleWords; r++ {
		if reportNouns[sc.words[r].key] || vehicleNouns[sc.words[r].key] {
			return sc.publishedAfter(r, first)
		}
	}
	return false
}

// complementBetween reports whether what is said opens between the speech
// act at word t and word first, without "that": a subject pronoun or a
// finite auxiliary ("said they were taken prisoner on Jan. 9", "said it had
// struck on Monday").
func (sc *eventScope) complementBetween(t, first int) bool {
	for i := t + 1; i < first; i++ {
		if complementKeys[sc.words[i].key] {
			return true
		}
	}
	return false
}

// complementKeys open a clause of what is said: subject pronouns and finite
// auxiliaries.
var complementKeys = keySet("he she they we i was were had has have is are would will could")

// participleAfterSubject reports whether the time expression starting at
// word first lies in a participle or prepositional phrase set off by commas
// between the speech act's subject and its verb at t, the comma at c closing
// it: "Kim Jong Un, visiting a weapons exhibition in Pyongyang on Thursday,
// said"; "A statement by the commission, carried by KCNA on Monday, said";
// "South Korea, the U.S. and Japan, in a joint statement on October 26,
// condemned"; "Its first report, released on May 29, accused".
func (sc *eventScope) participleAfterSubject(first, c, t int) bool {
	if c != t-1 && !(c == t-2 && (strings.HasSuffix(sc.text[sc.words[t-1].Start:sc.words[t-1].End], "ly") || speechAdverbs[sc.words[t-1].key])) {
		return false // but ", strongly condemned", ", also condemned"
	}
	for p := first - 1; p >= 1; p-- {
		if sc.words[p].key != keyComma {
			continue
		}
		w := sc.words[p+1]
		word := strings.ToLower(sc.text[w.Start:w.End])
		end := sc.words[p-1].End
		opens := len(word) > 4 && (strings.HasSuffix(word, "ing") || strings.HasSuffix(word, "ed")) || // "carried by KCNA on Monday"
			openingPrepositions[w.key] // "in a joint statement on October 26"
		head := sc.words[p-1]
		if p >= 2 && head.flags&(fUpper|fPunct|fDigit) == 0 && subjectHeads[head.key] {
			end = sc.words[p-2].End // "The G7 leaders, in their statement issued on February 24, also condemned"
		}
		return w.flags&fUpper == 0 && opens && (sc.mentionEndingAt(end) >= 0 || reportNouns[head.key]) // "Its first report, released on May 29, accused"
	}
	return false
}

// speechAdverbs stand between a speech act's subject and its verb like an
// adverb in -ly does.
var speechAdverbs = keySet("also again then further")

// subjectHeads are the nouns after a name that make the name and the noun
// a speech act's subject: "the G7 leaders", "the Kremlin spokesman".
var subjectHeads = keySet("leader leaders spokesman spokeswoman spokesperson minister ministers officials official " +
	"government governments ministry envoy envoys delegation lawmakers diplomats")

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
// statement on Tuesday, the ministry said"; "After meeting Kim in Pyongyang
// on June 17, Shoigu said"), unlike a report's ("Kim met Putin on Tuesday,
// the Kremlin said") or one of several steps before it ("After touring the
// city Thursday and meeting police Friday, the chief said").
func (sc *eventScope) prepositionalOpening(c, t int) bool {
	o := sc.opener()
	w := sc.words[o]
	head := t
	if v := sc.coordinatedHead(c, t); v >= 0 {
		head = v // "In a televised address on Saturday, Putin called it treason and vowed"
	}
	if o == 0 && w.flags&fUpper == 0 || !openingPrepositions[w.key] || sc.subjectGap(c, head) > maxSubjectGap || c <= o {
		return false
	}
	gerunds := 0
	for k := o + 1; k < c; k++ {
		if sc.words[k].key == keyComma && !sc.placeComma(k) {
			return false
		}
		if w := strings.ToLower(sc.text[sc.words[k].Start:sc.words[k].End]); len(w) > 4 && strings.HasSuffix(w, "ing") &&
			!articleKeys[sc.words[k-1].key] && sc.words[k].flags&fUpper == 0 {
			gerunds++ // "touring ... and meeting", not "at the meeting"
		}
	}
	if gerunds > 1 {
		return false // "After touring Dar es Salaam Thursday and meeting police Friday, the chief said"
	}
	for _, w := range sc.words[c+1 : t] {
		if w.key == keyComma {
			return false
		}
	}
	return true
}

// maxCoordinatedVerbGap bounds the words between the first verb of a
// clause and a trigger joined to it by "and".
const maxCoordinatedVerbGap = 12

// coordinatedHead returns the first verb of the clause that starts after
// the comma at word c when the trigger at word t is joined to it by "and"
// with no comma between ("Putin called the uprising treason and vowed",
// "Kim offered full support and said"), or -1.
func (sc *eventScope) coordinatedHead(c, t int) int {
	and := t - 1
	if and > c && sc.words[and].key == keyAlso {
		and--
	}
	if and <= c+1 || sc.words[and].key != keyAnd {
		return -1
	}
	for v := c + 2; v < and; v++ {
		w := sc.words[v]
		if w.key == keyComma {
			return -1
		}
		if w.flags&fUpper == 0 && pastVerb(sc.text[w.Start:w.End]) && !sc.insideMention(w.Start) {
			if sc.gap(v, t) > maxCoordinatedVerbGap {
				return -1
			}
			return v
		}
	}
	return -1
}

var keyAlso = foldHash("also")

// placeComma reports whether the comma at word k lies inside a name
// ("in Washington, D.C. on April 10") or joins a place to the country it
// lies in ("in Vladivostok, Russia, on Tuesday").
func (sc *eventScope) placeComma(k int) bool {
	if sc.insideMention(sc.words[k].Start) {
		return true
	}
	if k == 0 || k+1 >= len(sc.words) {
		return false
	}
	before := sc.mentionEndingAt(sc.words[k-1].End)
	after := sc.mentionAt(sc.words[k+1].Start)
	return before >= 0 && after >= 0 && placeTypes[sc.actors[sc.mentions[before].Actor].Type] &&
		placeTypes[sc.actors[sc.mentions[after].Actor].Type]
}

// placeTypes are the actor types of places.
var placeTypes = map[string]bool{"GPE": true, "LOC": true}

// openingPrepositions follow the participle that opens a sentence before a
// speech act: "Speaking in", "Asked about", "Writing on".
var openingPrepositions = keySet("about in at to on after during with by from for alongside before at")

// participialOpening reports whether the sentence opens with a participle
// phrase that ends at the comma at word c and holds no event word: its time
// expression dates the speech act after it ("Asked about it last month,
// Putin said"; "Speaking in Washington last Thursday, Blinken said"), unlike
// a report's ("Kim met Putin on Tuesday, the Kremlin said"). Event words
// in the question asked count for nothing: "Asked on Thursday whether the
// question had been discussed, Guo said".
func (sc *eventScope) participialOpening(c int) bool {
	w := sc.words[0]
	first := strings.ToLower(sc.text[w.Start:w.End])
	if w.flags&fUpper == 0 || len(first) < 5 || !strings.HasSuffix(first, "ing") && !strings.HasSuffix(first, "ed") || len(sc.words) < 2 ||
		!openingPrepositions[sc.words[1].key] && !(strings.HasSuffix(first, "ing") && articleKeys[sc.words[1].key]) {
		return false // "Suspected bombs exploded Friday, witnesses said"; but "Addressing the gathering on Thursday, Putin promised"
	}
	lex := theTriggers()
	question := false
	for k, w := range sc.words[:c] {
		if k == 0 && articleKeys[sc.words[1].key] {
			continue // the participle that takes the object is no event of its own
		}
		if w.key == keyComma {
			return false
		}
		question = question || questionKeys[w.key] // "Asked on Thursday whether the question had been discussed, Guo said"
		if _, ok := lex.types[w.key]; ok && !question && (k == 0 || !articleKeys[sc.words[k-1].key]) {
			return false // but "Speaking to reporters after the meeting on Friday, Iwaya said"
		}
	}
	return true
}

// questionKeys open the question of an "Asked ..." opening, whose event
// words were asked about, not done.
var questionKeys = keySet("whether if why how")

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
		if i+3 < first && w.key == keyFor && sc.words[i+2].key == keyFirst && sc.words[i+3].key == keyTime {
			i += 3 // "acknowledged the deployment for the first time in late April"
			continue
		}
		if i == first-1 && w.key == keyOn || sc.insideMention(w.Start) ||
			w.flags&fUpper != 0 && titles[w.key] {
			continue
		}
		n++
	}
	return n
}

var (
	keyOn   = foldHash("on")
	keyFor  = foldHash("for")
	keyTime = foldHash("time")
)

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
// to the one before ("But on Friday, Kim Jong Gyu said") or an adverb
// placing it before or after that one's ("Earlier on Monday, Ushakov told
// reporters"), which the phrase after it opens as if it came first, and 0
// otherwise.
func (sc *eventScope) opener() int {
	if len(sc.words) > 1 && sc.words[0].flags&fUpper != 0 && openingConjunctions[sc.words[0].key] {
		return 1
	}
	return 0
}

var openingConjunctions = keySet("but and yet then earlier later separately")
