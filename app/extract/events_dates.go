package extract

// This file dates an event by a time expression of its clause: the nearest
// one that no clause boundary or other speech act keeps from the trigger,
// the most precise of those that contain each other, a range by its first
// day, and after "first ... since" one later than the since date.

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
)

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
	// A summons is done, not said: a date after its object is its own
	// ("summoned Russia's ambassador, Georgy Zinoviev, on Monday").
	speech := speechActs[theTriggers().types[sc.words[t].key]] && !summonKeys[sc.words[t].key]
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
				var that int
				if value, that = sc.countedFromThat(ti); value != "" {
					last = that // "Two days before that, Blinken told"
				}
			}
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
			tx.Start < clause.Start || tx.End > clause.End || sc.endsRange(ti) ||
			since < 0 && first > t+1 && sc.words[first-1].key == keySince && sc.firstSinceWords(t, first-1) {
			continue // "addressed the council for the first time since 2017" speaks now
		}
		if first == t+1 && last+1 < len(sc.words) && sc.words[last+1].key == keyAs {
			continue // "described 2023 as the most dangerous year": the year is what was described
		}
		if t < first && sc.attributiveYear(first, last) {
			continue // "suspended part of the 2018 military agreement": the agreement's year, not the suspension's
		}
		if a := sc.asideOf(first); a >= 0 && (t < sc.asides[a].from || t > sc.asides[a].to) {
			continue // "On 29 May, the team — set up in October 2024 after Russia vetoed ... in March — published its first report"
		}
		cleft := last < t && (sc.cleftFocus(first, last) && !sc.separated(last+1, t, true) ||
			speech && sc.fronted(first) && sc.overAppositive(last, t) || sc.fronted(first) && sc.inFrontedSubordinate(last, t))
		if last < t && !cleft && (sc.separated(last, t, true) || sc.relativeBefore(first, last, t) || sc.newClauseBefore(last, t)) ||
			first > t && !described && sc.separated(from, first, false) || speech && !sc.reportReaches(t, first, last) {
			continue
		}
		d := tx.Start - trig.End
		if described || speech && first > t && sc.gap(t, first) <= maxAttachedGap && !sc.triggerBetween(t, first) ||
			first > t && sc.nounOfPhrase(t, first) {
			d = 0 // "the launch, which took place on Oct. 31"; "told reporters Wednesday" over an aside before it
		}
		if tx.End <= trig.Start {
			d = trig.Start - tx.End + 1
			if sc.otherVerbs(first, last, t, clause) {
				d += len(sc.text) // any time expression after the trigger is nearer
			}
		}
		told := tx.Type != "DURATION" && first > t && !sc.commaBetween(t, first) && !sc.triggerBetween(t, first)
		cands = append(cands, dateCandidate{ti, d, value, told})
		if best < 0 || d < bestDist {
			best, bestDist, bestValue = ti, d, value
		}
	}
	counted := best >= 0 && sc.all[best].Type == "DURATION"
	for _, c := range cands {
		if within(c.value, bestValue) && !sc.coordinatedVerbBetween(t, sc.wordAt(sc.all[c.timex].Start)) ||
			counted && c.told && len(c.value) >= len(bestValue) {
			// a date told after the trigger over one counted from a
			// duration: "comes about a week after Lee's summit with Trump
			// in Washington on Aug. 25"
			best, bestDist, bestValue, counted = c.timex, c.dist, c.value, false
		}
	}
	if best >= 0 && len(bestValue) == len("2006-01-02") {
		bestValue = sc.rangeStart(best, bestValue)
	}
	if best < 0 && since >= 0 && firstBefore(sc.text, trig.Start) {
		// "their first meeting since April 2019": the one before; but one
		// who "addressed the council for the first time since 2017" speaks now
		return since, sc.all[since].Value
	}
	return best, bestValue
}

// rangeStart returns the day that opens a range of days whose last one the
// time expression ti tells with its month ("visited Wonsan from 11 to 13
// July" began on 11 July), or v, the value of ti.
func (sc *eventScope) rangeStart(ti int, v string) string {
	first := sc.wordAt(sc.all[ti].Start)
	if first < 3 || sc.words[first-1].key != keyTo || sc.words[first-3].key != keyFrom {
		return v
	}
	w := sc.text[sc.words[first-2].Start:sc.words[first-2].End]
	day, ok := digits(w)
	last, _ := digits(v[8:])
	if !ok || len(w) > 2 || day < 1 || day >= last {
		return v
	}
	return fmt.Sprintf("%s-%02d", v[:7], day)
}

// attributiveYear reports whether the time expression at words [first,
// last] is a bare year between a determiner and the noun it modifies: "the
// 2018 inter-Korean military agreement", "its 2024 treaty".
func (sc *eventScope) attributiveYear(first, last int) bool {
	w := &sc.words[first]
	if first != last || first == 0 || last+1 >= len(sc.words) || w.End-w.Start != 4 || w.flags&fDigit == 0 ||
		!determinerKeys[sc.words[first-1].key] {
		return false
	}
	next := &sc.words[last+1]
	return next.flags&fAlpha != 0 && !yearFollowers[next.key]
}

var (
	determinerKeys = keySet("the a an its their his her this that our")
	yearFollowers  = keySet("and or to after before when as in on at by with")
)

// inFrontedSubordinate reports whether the trigger at word t lies in a
// clause of time opening after the comma that closes a fronted date ending
// at word last, or in the main clause right after it: "On Monday, when the
// Kremlin announced the visit, Ushakov said", "On June 17, after meeting
// Kim in Pyongyang, Shoigu announced", "On May 9, when Kim paid his first
// visit to the embassy, Matsegora greeted him". The clause's event took
// place on that day too.
func (sc *eventScope) inFrontedSubordinate(last, t int) bool {
	k := last + 1
	if k+1 >= t || sc.words[k].key != keyComma || !frontedSubordinators[sc.words[k+1].key] {
		return false
	}
	for j := k + 2; j < t; j++ {
		if sc.words[j].key == keyComma {
			return sc.subjectGap(j, t) <= maxSubjectGap && !sc.commaBetween(j, t)
		}
	}
	return true
}

// frontedSubordinators open a clause of time after a fronted date.
var frontedSubordinators = keySet("when while after")

// coordinatedVerbBetween reports whether "and" and a verb of its own stand
// between words a and b (in either order): a more precise date after it
// dates the other verb ("held talks with Lavrov in January and was
// received by Putin on January 16").
func (sc *eventScope) coordinatedVerbBetween(a, b int) bool {
	a, b = min(a, b), max(a, b)
	for k := a + 1; k+1 < b; k++ {
		if next := sc.words[k+1]; sc.words[k].key == keyAnd &&
			(beKeys[next.key] || next.flags&fUpper == 0 && pastVerb(sc.text[next.Start:next.End])) {
			return true
		}
	}
	return false
}

// wordRange is a range of words from one index to another, both included.
type wordRange struct{ from, to int }

// dashAsides returns the ranges that pairs of spaced dashes enclose in
// the sentence ws, in order: "the team — the group of 11 states set up in
// October 2024 — published". A last dash without a partner opens none.
func dashAsides(text string, ws []nerWord) []wordRange {
	var out []wordRange
	open := -1
	for i, w := range ws {
		if d := text[w.Start:w.End]; d != "—" && d != "–" && d != "--" || w.Start == 0 || text[w.Start-1] != ' ' {
			continue
		}
		if open < 0 {
			open = i
		} else {
			out, open = append(out, wordRange{open, i}), -1
		}
	}
	return out
}

// asideOf returns the index of the dash aside that holds word i, or -1.
func (sc *eventScope) asideOf(i int) int {
	k, _ := slices.BinarySearchFunc(sc.asides, i, func(r wordRange, i int) int { return r.from - i })
	if k > 0 && sc.asides[k-1].to > i {
		return k - 1
	}
	return -1
}

// nounOfPhrase reports whether the event noun at word t and the time
// expression at word first are joined by the noun's own "of" phrase and a
// preposition, so that the date is the noun's: "his brief declaration of
// martial law in December" (over "removed him from office in April" before
// it).
func (sc *eventScope) nounOfPhrase(t, first int) bool {
	if t+1 >= first || sc.words[t+1].key != keyOf || strings.HasSuffix(sc.text[sc.words[t].Start:sc.words[t].End], "ed") ||
		first-t > maxNounOfPhrase || !ofDatePrepositions[sc.words[first-1].key] {
		return false
	}
	for _, w := range sc.words[t+2 : first-1] {
		if w.flags&fPunct != 0 || subordinators[w.key] {
			return false
		}
	}
	return !sc.triggerBetween(t, first)
}

// maxNounOfPhrase bounds the words from an event noun to a date that closes
// its "of" phrase.
const maxNounOfPhrase = 6

// ofDatePrepositions open the date that closes an event noun's "of" phrase.
var ofDatePrepositions = keySet("in on during")

// maxAttachedGap is the most words between a speech verb and a time
// expression after it that is the verb's own, over any before it: "told
// reporters Wednesday", but not "announced a three-day ceasefire from May
// 8" after "on Monday the Kremlin".
const maxAttachedGap = 2

// dateCandidate is a time expression that may date an event, with its
// distance from the trigger.
type dateCandidate struct {
	timex int
	dist  int
	value string
	told  bool // a date told right after the trigger, not counted from a duration
}

// within reports whether date value v names a part of the period w: a day of
// its month, week or year ("2025-06-17" within "2025"). The clause's most precise
// date dates the event, however near a coarser one that contains it: "On 17
// June 2025, Shoigu visited Pyongyang for the third time that year".
func within(v, w string) bool {
	if len(w) == len("2006-W01") && w[5] == 'W' && len(v) == len("2006-01-02") {
		d, err := time.Parse("2006-01-02", v)
		y, wk := d.ISOWeek()
		return err == nil && fmt.Sprintf("%04d-W%02d", y, wk) == w // "a week ago, on 28 October"
	}
	return len(v) > len(w) && strings.HasPrefix(v, w) && v[len(w)] == '-'
}

// isCalendar reports whether a TIMEX3 value names a calendar date or
// period ("2023", "2023-09-13", "2023-W37"), not PRESENT_REF and the like.
func isCalendar(v string) bool {
	return len(v) >= 4 && (v[0] >= '0' && v[0] <= '9' || v[0] == 'X')
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

// firstSinceWords reports whether "first" stands a few words before the
// "since" at word i, after the trigger at word t: one who "addressed the
// council for the first time since 2017" did so before, in 2017, and now.
func (sc *eventScope) firstSinceWords(t, i int) bool {
	for k := i - 1; k > t && k >= i-maxSinceGap; k-- {
		if sc.words[k].key == keyFirst {
			return true
		}
	}
	return false
}

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

// demonstrative reports whether "that" at word i points at a singular
// noun rather than opening a clause, which would want an article before it:
// "signed the law ratifying that treaty in November".
func (sc *eventScope) demonstrative(i int) bool {
	return sc.words[i].key == keyThat && i+1 < len(sc.words) && demonstratedNouns[sc.words[i+1].key]
}

// demonstratedNouns are singular nouns that "that" points at in news.
var demonstratedNouns = keySet("treaty pact agreement accord deal law decree resolution document declaration " +
	"visit trip meeting summit session conference")

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

// separated reports whether words a < b lie in different clauses, so that
// a time expression at one does not date an event at the other. Between
// them lies a quotation mark, a word opening a subordinate clause ("that",
// "who", "when", "after" ...), a speech act verb, which takes the time
// expression nearer to it ("accused ..., and Washington warned last week"),
// or, when the time expression comes second, ", and" or ", but" followed by
// a new subject (a time expression fronted before the comma covers both).
func (sc *eventScope) separated(a, b int, timexFirst bool) bool {
	lex := theTriggers()
	if timexFirst && sc.fronted(sc.firstOfTimexBefore(a)) {
		for i := b - 1; i > a+1; i-- {
			if contrastKeys[sc.words[i].key] && sc.words[i-1].key == keyComma {
				a = i // "On Tuesday, Zelensky told the assembly ..., while Biden said": the fronted day dates both
				break
			}
		}
		if sc.coordinateClause(a, b) {
			a = sc.coordinatorBefore(a, b) // "Two days later, North Korea confirmed ..., and Putin thanked Kim"
		}
	}
	for i := a + 1; i < b; i++ {
		w := sc.words[i]
		if sc.inTimex(w.Span) {
			continue
		}
		if k := sc.asideOf(i + 1); k >= 0 && sc.asides[k].from == i && sc.asides[k].to < b {
			i = sc.asides[k].to // an aside between dashes leaves the clause whole
			continue
		}
		if sc.isQuote(i) {
			if j := sc.scareQuoteEnd(i, b); j > 0 {
				i = j
				continue // "recognized the "people's republics" of Donetsk and Luhansk in July 2022"
			}
			return true
		}
		if w.key == keySince && !timexFirst && i == b-1 {
			continue // "has shipped 6,700 containers to Russia since July last year" began then
		}
		if j := sc.relativeAside(i, b); !timexFirst && j > 0 {
			i = j // "signed the treaty, which includes a defence clause, in Pyongyang on June 19"
			continue
		}
		if subordinators[w.key] && !(timexFirst && w.key == keyWhen && sc.whenAfter(a, i)) && !sc.demonstrative(i) && !sc.adverbial(i) &&
			!(timexFirst && (sc.fronted(sc.firstOfTimexBefore(a)) || sc.closesOpening(a)) && adverbialKeys[w.key] && sc.commaBetween(i, b)) {
			// but "in July 2000, when he met Kim Jong Il" is dated by it, and
			// "On 24 October, after talks in Seoul with Andrzej Duda, Yoon
			// said" by the fronted date
			return true
		}
		if typ, ok := lex.types[w.key]; ok && speechActs[typ] && w.flags&fUpper == 0 && !articleKeys[sc.words[i-1].key] &&
			!vehicleNouns[w.key] && !(vehicleParticiples[w.key] && sc.vehicleBefore(i)) && !sc.modifiedReportNoun(i) {
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

// relativeAside returns the comma closing a relative clause that opens
// at word i after a comma and closes before word b, or 0: the words after
// it go on with the clause the relative one interrupts.
func (sc *eventScope) relativeAside(i, b int) int {
	if i == 0 || !relativeKeys[sc.words[i].key] || sc.words[i-1].key != keyComma {
		return 0
	}
	for j := i + 1; j < b; j++ {
		switch {
		case sc.words[j].key == keyComma:
			return j
		case sc.words[j].flags&(fAlpha|fDigit) == 0 || relativeKeys[sc.words[j].key]:
			return 0 // a quote, dash or bracket, or another relative clause
		}
	}
	return 0
}

// contrastKeys join a clause that shares a fronted date after a comma.
var contrastKeys = keySet("while whereas")

// maxReportModifiers bounds the words between a determiner and the report
// noun they modify.
const maxReportModifiers = 2

// modifiedReportNoun reports whether word i is a report noun after a
// determiner and its modifiers, a thing rather than a speech act: "said
// in its annual report, published in March", "in its most recent report".
func (sc *eventScope) modifiedReportNoun(i int) bool {
	if !reportNouns[sc.words[i].key] {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-1-maxReportModifiers; k-- {
		w := sc.words[k]
		if articleKeys[w.key] {
			return true
		}
		if w.flags&fPunct != 0 {
			return false
		}
	}
	return false
}

// vehicleBefore reports whether the participle at word i describes the
// vehicle or report noun before it, a comma between or not: "a statement
// released on Tuesday", "its first report, released on May 29".
func (sc *eventScope) vehicleBefore(i int) bool {
	if i >= 2 && sc.words[i-1].key == keyComma {
		i--
	}
	return vehicleNouns[sc.words[i-1].key] || reportNouns[sc.words[i-1].key]
}

// adverbial reports whether "before" or "after" at word i stands alone
// before a comma or the end of the sentence, an adverb that opens no clause:
// "captured a soldier once before, on December 26".
func (sc *eventScope) adverbial(i int) bool {
	k := sc.words[i].key
	return (k == keyBefore || k == keyAfterWord) && (i+1 == len(sc.words) || sc.words[i+1].key == keyComma)
}

// firstOfTimexBefore returns the first word of the time expression that
// ends at word last.
func (sc *eventScope) firstOfTimexBefore(last int) int {
	for _, ti := range sc.timexes {
		if tx := &sc.all[ti]; sc.wordAt(tx.End)-1 == last {
			return sc.wordAt(tx.Start)
		}
	}
	return last
}

// adverbialKeys open a phrase that can stand between a fronted date and its
// clause's subject.
var adverbialKeys = keySet("after before while following during since")

// closesOpening reports whether the time expression ending at word a closes
// the phrase that opens the sentence, a comma right after it and none
// before: "Speaking at a regular news conference on Thursday, before the
// talks were held, Guo Jiakun said".
func (sc *eventScope) closesOpening(a int) bool {
	if a+1 >= len(sc.words) || sc.words[a+1].key != keyComma || len(sc.words) < 2 {
		return false
	}
	for _, w := range sc.words[:a] {
		if w.key == keyComma {
			return false
		}
	}
	o := sc.opener()
	w := sc.words[o]
	return w.flags&fUpper != 0 && (openingPrepositions[w.key] || o+1 < len(sc.words) && openingPrepositions[sc.words[o+1].key] &&
		strings.HasSuffix(strings.ToLower(sc.text[w.Start:w.End]), "ing"))
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
			return sc.inRelative(first, c+1) || sc.inParticipleAside(first, c, t)
		}
	}
	return false
}

// maxParticipleAside bounds the words of an aside opened by a past
// participle.
const maxParticipleAside = 24

// inParticipleAside reports whether word first lies in an aside that a
// comma and a past participle open after an actor's name and the comma at
// word c closes right before the verb at t: "The team, set up after Russia
// shut down the panel last year, published its first report" did not
// publish last year. An aside on an event or a document dates it, and what
// it did: "The ceremony, held this week, conferred", "Its first report,
// released on May 29, accused".
func (sc *eventScope) inParticipleAside(first, c, t int) bool {
	if t-c > 2 {
		return false
	}
	for j := first - 1; j > 0 && c-j <= maxParticipleAside; j-- {
		if sc.words[j].key != keyComma {
			continue
		}
		w, end := sc.words[j+1], sc.words[j-1].End
		if sc.words[j-1].key == keyClose && j > 1 {
			end = sc.words[j-2].End // "the Multilateral Sanctions Monitoring Team (MSMT),"
		}
		word := sc.text[w.Start:w.End]
		if w.flags&fUpper != 0 || !strings.HasSuffix(word, "ed") && !irregularParticiples[w.key] || sc.mentionEndingAt(end) < 0 {
			return false
		}
		for k := j - 1; k >= 0 && sc.words[k].key != keyComma; k-- {
			if _, ok := theTriggers().types[sc.words[k].key]; ok && sc.words[k].flags&fUpper == 0 {
				return false // "A statement by the Central Military Commission of the Workers' Party of Korea, carried by KCNA on Monday, said"
			}
		}
		return true
	}
	return false
}

// irregularParticiples are past participles that open asides and do not
// end in -ed.
var irregularParticiples = keySet("set led made built known held run born chosen given taken seen written sent put brought " +
	"kept begun shown won struck found")

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

// quoteMarks are the quotation marks that are words of their own.
var quoteMarks = map[string]bool{"\"": true, "“": true, "”": true, "«": true, "»": true}

// cleftFocus reports whether the time expression at words [first, last] is
// the focus of a cleft sentence, which dates the clause after its "that":
// "It was only on 28 April that North Korea acknowledged the deployment".
func (sc *eventScope) cleftFocus(first, last int) bool {
	if last+1 >= len(sc.words) || sc.words[last+1].key != keyThat {
		return false
	}
	for k := first - 1; k >= 1 && k >= first-4; k-- {
		if sc.words[k-1].key == keyIt && beKeys[sc.words[k].key] {
			return true
		}
	}
	return false
}

var (
	keyThat, keyIt = foldHash("that"), foldHash("it")
	summonKeys     = keySet("summon summons summoned summoning")
)

// opensSentence reports whether the time expression starting at word first
// opens the sentence (after a joining conjunction, or after "On"/"In") and
// a comma closes it.
func (sc *eventScope) opensSentence(first int) bool {
	o := sc.opener()
	if first > o+1 || first == o+1 && !datePreps[sc.words[o].key] {
		return false
	}
	for i := first; i < len(sc.words) && i <= first+maxFrontedDateWords; i++ {
		if sc.words[i].key == keyComma {
			return true
		}
	}
	return false
}

// maxFrontedDateWords bounds the words of a date that opens a sentence.
const maxFrontedDateWords = 6

// newClauseBefore reports whether the trigger at word t opens a clause of
// its own after word last, with its own subject after a comma and a
// coordinator, the clause before having a verb of its own: in "Trump and
// Putin spoke on 12 February, and Marco Rubio met Sergei Lavrov on 18
// February" the first date is not the meeting's (but in "In June, Russia,
// China and Iran signed" it is the signing's).
func (sc *eventScope) newClauseBefore(last, t int) bool {
	c := sc.coordinatorBefore(last, t)
	if c <= 0 || sc.words[c-1].key != keyComma || sc.opensSentence(sc.firstOfTimexBefore(last)) {
		return false // but a date that opens the sentence dates each clause: "Two days later, North Korea confirmed it, and Putin thanked Kim"
	}
	for _, w := range sc.words[:c] {
		if w.flags&fUpper == 0 {
			if tense, _ := wordTense(strings.ToLower(sc.text[w.Start:w.End])); tense != tenseNone {
				return true
			}
		}
	}
	return false
}

// overAppositive reports whether the words from a fronted time expression
// ending at word last to the speech verb at t are only a comma, the
// subject's name and an appositive set off by commas: "In May, the
// Multilateral Sanctions Monitoring Team, set up by 11 countries after
// Russia vetoed the panel's renewal, reported".
func (sc *eventScope) overAppositive(last, t int) bool {
	k := last + 1
	if k >= t || sc.words[k].key != keyComma || sc.words[t-1].key != keyComma {
		return false
	}
	k++
	if k < t && articleKeys[sc.words[k].key] {
		k++
	}
	m := sc.mentionAt(sc.words[min(k, t-1)].Start)
	if m < 0 {
		return false
	}
	k = sc.wordAt(sc.mentions[m].End)
	if k >= t-1 || sc.words[k].key != keyComma {
		return false
	}
	for j := k + 1; j < t-1; j++ {
		if sc.words[j].key == keyComma {
			return false
		}
	}
	return true
}

// repeats appends to out, whose last event is dated by one of the clause's
// time expressions, an occurrence of the event on each date joined to that
// one as a list rather than a range: "fired them on Dec. 30 and again on
// Jan. 2", "failed attempts on May 31 and Aug. 24", "visited in 2019 and
// 2023". "Between May 1 and May 5" and "on Monday and Tuesday" are ranges,
// dated by their first day alone.
func (sc *eventScope) repeats(out []Event) []Event {
	e := out[len(out)-1]
	if e.Timex < 0 || sc.opensRange(e.Timex) {
		return out
	}
	k := slices.Index(sc.timexes, e.Timex)
	for prev := e.Timex; k >= 0 && k+1 < len(sc.timexes); k++ {
		next := sc.timexes[k+1]
		gap := strings.ToLower(sc.text[sc.all[prev].End:sc.all[next].Start])
		m := listJoint.FindStringSubmatch(gap)
		v, w := eventDate(sc.all[prev].Value), eventDate(sc.all[next].Value)
		if m == nil || sc.all[next].Type != "DATE" || !isCalendar(w) || len(v) != len(w) || v == w ||
			m[1] == "" && m[2] == "" && consecutive(v, w) || e.Trigger.End <= sc.all[e.Timex].Start && sc.opensClause(next) {
			break
		}
		r := e
		r.Timex, r.Value = next, w
		r.Actors = slices.Clone(e.Actors)
		out = append(out, r)
		prev = next
	}
	return out
}

// opensClause reports whether a subject or a verb follows timex ti, so
// that it dates a clause of its own: "signed the treaty in June, and in
// October North Korea sent troops".
func (sc *eventScope) opensClause(ti int) bool {
	i := sc.wordAt(sc.all[ti].End)
	if i < len(sc.words) && sc.text[sc.words[i].Start] == ',' {
		i++
	}
	if i >= len(sc.words) || sc.inTimex(sc.words[i].Span) {
		return false // "and again on June 4, the same day Lee was sworn in"
	}
	_, trig := theTriggers().types[sc.words[i].key]
	return trig || subjectKeys[sc.words[i].key] || sc.mentionAt(sc.words[i].Start) >= 0
}

// subjectKeys open a clause's subject.
var subjectKeys = keySet("he she they it we i the a an its their his her this these those")

// listJoint matches the words between two dates of a list: "and", "and
// again on", ", and in". Its groups are the adverb and the preposition that
// mark a second occurrence even of the next day.
var listJoint = regexp.MustCompile(`^,? *and +(again +|then +|later +|once more +)?((?:on|in) +)?$`)

// opensRange reports whether timex ti follows "between" or "from", so that
// the date after it closes a range.
func (sc *eventScope) opensRange(ti int) bool {
	before := strings.ToLower(strings.TrimRight(sc.text[max(0, sc.all[ti].Start-8):sc.all[ti].Start], " "))
	return strings.HasSuffix(before, "between") || strings.HasSuffix(before, "from")
}

// consecutive reports whether the day, month or year value w comes right
// after v: "on Monday and Tuesday" is one two-day event.
func consecutive(v, w string) bool {
	layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}[len(v)]
	a, errA := time.Parse(layout, v)
	b, errB := time.Parse(layout, w)
	if layout == "" || errA != nil || errB != nil {
		return false
	}
	switch len(v) {
	case 4:
		return b.Year() == a.Year()+1
	case 7:
		return b.Equal(a.AddDate(0, 1, 0))
	}
	return b.Equal(a.AddDate(0, 0, 1))
}

var keyAs = foldHash("as")
