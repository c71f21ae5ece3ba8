package extract

// This file dates an event by a duration that counts from another date:
// "three days later", "two days after the summit", "two months after Kim
// traveled".

import (
	"strconv"
	"strings"
)

// countedDuration reads the duration at timex ti when a word of keys follows
// it, as in "three days later" and "two months after": its count and unit
// ("P3D" is 3 and "D") and the index of that word. ok is false for other
// time expressions and for durations that are no whole number of one unit
// ("PT2H", "P1Y6M", "PXD"). The three counters below share it.
func (sc *eventScope) countedDuration(ti int, keys map[uint64]bool) (n int, unit string, next int, ok bool) {
	tx := &sc.all[ti]
	next = sc.wordAt(tx.End)
	if next >= len(sc.words) || !keys[sc.words[next].key] || len(tx.Value) < 3 || tx.Value[0] != 'P' {
		return 0, "", next, false
	}
	n, err := strconv.Atoi(tx.Value[1 : len(tx.Value)-1])
	if err != nil {
		return 0, "", next, false
	}
	return n, tx.Value[len(tx.Value)-1:], next, true
}

// countedFromLast returns the day that the duration at timex ti counts to
// from the last day told before it, when "later" or "earlier" follows it:
// "the Duma voted on Oct. 24 ... Putin signed the law three days later" is
// 2024-10-27. It returns "" for other durations.
func (sc *eventScope) countedFromLast(ti int) string {
	tx := &sc.all[ti]
	if tx.Value == "PXD" {
		return sc.someDaysFromLast(ti)
	}
	n, unit, next, ok := sc.countedDuration(ti, laterKeys)
	days := map[string]int{"D": 1, "W": 7}[unit]
	if !ok || days == 0 {
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

// someDaysFromLast returns the month that "days later" or "a few days
// earlier" at timex ti stays in, counted from the last date told before
// it: "in November 2023 ... Days later, the NIS told lawmakers" is
// 2023-11. From a day near the month's end (or start, counting back) the
// month is unknown, and it returns "".
func (sc *eventScope) someDaysFromLast(ti int) string {
	tx := &sc.all[ti]
	next := sc.wordAt(tx.End)
	if next >= len(sc.words) || !laterKeys[sc.words[next].key] {
		return ""
	}
	anchor := -1
	for k := range sc.all {
		if a := &sc.all[k]; a.End <= tx.Start && a.Type == "DATE" && (len(a.Value) == len("2006-01-02") || len(a.Value) == len("2006-01")) &&
			isCalendar(a.Value) && a.Value[0] != 'X' && (anchor < 0 || a.Start > sc.all[anchor].Start) {
			anchor = k
		}
	}
	if anchor < 0 {
		return ""
	}
	v := sc.all[anchor].Value
	if len(v) == len("2006-01") {
		return v
	}
	day, _ := strconv.Atoi(v[8:])
	if sc.words[next].key == keyEarlier && day <= maxSomeDays || sc.words[next].key != keyEarlier && day > 28-maxSomeDays {
		return ""
	}
	return v[:len("2006-01")]
}

// maxSomeDays is the most days "days later" is taken to count.
const maxSomeDays = 7

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
	n, unit, next, ok := sc.countedDuration(ti, afterBeforeKeys)
	if !ok || n <= 0 || strings.Contains(tx.Value, "T") {
		return ""
	}
	if sc.words[next].key == keyAfterWord {
		n = -n
	}
	v := ""
	if anchor := sc.anchorBefore(ti); anchor >= 0 {
		v = sc.all[anchor].Value
	} else if first := sc.wordAt(tx.Start); first > 0 && comeKeys[sc.words[first-1].key] {
		// "The acknowledgment came two days after Gerasimov said" counts from
		// the day North Korea acknowledged it, told before; "The disclosure
		// came a month after Kim traveled": the news is the day's.
		if v = sc.priorOfNoun(first - 2); v == "" && !sc.dct.IsZero() {
			v = sc.dct.Format("2006-01-02")
		}
	}
	if v == "" {
		return ""
	}
	switch {
	case unit == "W" && len(v) == len("2006-01-02"):
		return shiftDate(v, "D", 7*n)
	case unit == "D" && len(v) == len("2006-01-02"), unit == "M" && len(v) >= len("2006-01"), unit == "Y":
		return shiftDate(v, unit, n)
	case unit == "D" && (len(v) == len("2006-01") || len(v) == len("2006")) && isCalendar(v) && max(n, -n) <= maxDaysInPeriod:
		return v // "In May, Wong imposed sanctions, a day after the United States announced its own": May too
	}
	return ""
}

// maxDaysInPeriod is the most days counted from a month or a year that
// still fall in it as a reader takes it.
const maxDaysInPeriod = 3

// countedFromThat returns the day that "N days before that" or "N weeks
// after that" names, counted from the last day told before it, and the word
// of its "that", or "" and -1: "On Thursday, Putin warned ... Two days
// before that, Blinken told reporters" dates Blinken's words two days before
// Thursday.
func (sc *eventScope) countedFromThat(ti int) (string, int) {
	tx := &sc.all[ti]
	n, unit, next, ok := sc.countedDuration(ti, afterBeforeKeys)
	if !ok || n <= 0 || next+1 >= len(sc.words) || sc.words[next+1].key != keyThat || strings.Contains(tx.Value, "T") {
		return "", -1
	}
	if sc.words[next].key != keyAfterWord {
		n = -n
	}
	v := sc.dayToldBefore(tx.Start)
	switch {
	case v == "":
		return "", -1
	case unit == "W":
		return shiftDate(v, "D", 7*n), next + 1
	case unit == "D", unit == "M":
		return shiftDate(v, unit, n), next + 1
	}
	return "", -1
}

// dayToldBefore returns the last calendar day a time expression told
// before pos, or "".
func (sc *eventScope) dayToldBefore(pos int) string {
	day := ""
	for k := range sc.all {
		if t := &sc.all[k]; t.End <= pos && t.Type == "DATE" && len(t.Value) == len("2006-01-02") && isCalendar(t.Value) {
			day = t.Value
		}
	}
	return day
}

// priorOfNoun returns the day of the last event told before whose trigger
// shares its stem with the event noun at word i ("acknowledgment" and
// "acknowledged"), or "".
func (sc *eventScope) priorOfNoun(i int) string {
	if i < 0 {
		return ""
	}
	noun := strings.ToLower(sc.text[sc.words[i].Start:sc.words[i].End])
	if len(noun) < minStem {
		return ""
	}
	for k := len(sc.prior) - 1; k >= 0; k-- {
		p := &sc.prior[k]
		trig := strings.ToLower(sc.text[p.Trigger.Start:p.Trigger.End])
		if p.Timex >= 0 && len(p.Value) == len("2006-01-02") && len(trig) >= minStem && trig[:minStem] == noun[:minStem] {
			return p.Value
		}
	}
	return ""
}

// minStem is how many first letters an event noun and a verb share to be
// taken as one word ("acknowledg").
const minStem = 6

// anchorBefore returns the calendar date that ends just before the
// duration at timex ti, with at most a comma and a hedge ("just", "some")
// between them, or the focus of a cleft sentence before it ("It was only on
// 28 April that North Korea acknowledged it, two days after"), or the date
// that opens the sentence when a comma sets the duration off ("In May, Wong
// imposed sanctions, a day after"), or then the sentence's only date when it
// is a day ("acknowledged on 28 April that its troops had fought, two days
// after"), or -1.
func (sc *eventScope) anchorBefore(ti int) int {
	tx := &sc.all[ti]
	first := sc.wordAt(tx.Start)
	fronted, only, dates := -1, -1, 0
	for _, ai := range sc.timexes {
		a := &sc.all[ai]
		if a.End > tx.Start {
			continue
		}
		fronted = -1 // the fronted date must be the last one before the duration
		if a.Type != "DATE" || !isCalendar(a.Value) || a.Value[0] == 'X' || len(a.Value) < 4 ||
			strings.Contains(a.Value, "W") {
			continue
		}
		if dates++; len(a.Value) == len("2006-01-02") {
			only = ai
		}
		if sc.cleftFocus(sc.wordAt(a.Start), sc.wordAt(a.End)-1) {
			return ai
		}
		ok := true
		for i := sc.wordAt(a.End); i < first && ok; i++ {
			ok = sc.words[i].key == keyComma || durationHedges[sc.words[i].key]
		}
		if ok {
			return ai
		}
		if start := sc.wordAt(a.Start); start <= 1+sc.opener() && sc.fronted(start) && first > 0 && sc.words[first-1].key == keyComma {
			fronted = ai // "In May, Wong imposed sanctions ..., a day after the United States announced its own"
		}
	}
	if fronted < 0 && dates == 1 && first > 0 && sc.words[first-1].key == keyComma {
		return only // "North Korea first acknowledged on 28 April that its troops had fought, two days after"
	}
	return fronted
}

var (
	afterBeforeKeys = keySet("after before")
	keyBefore       = foldHash("before")
	keyAfterWord    = foldHash("after")
	durationHedges  = keySet("just only some about nearly almost barely exactly roughly around")
)

// comeKeys are the forms of "come" that place the news told before a
// duration and "after": "The visit comes two weeks after", "The disclosure
// came a month after".
var comeKeys = keySet("come comes came")

// commaBetween reports whether a comma lies between words a and b: "two
// days after the vote, Putin signed" closes the phrase before the verb.
func (sc *eventScope) commaBetween(a, b int) bool {
	for i := a + 1; i < b; i++ {
		if sc.words[i].key != keyComma {
			continue
		}
		if k := sc.appositiveEnd(i); k > 0 && k < b {
			i = k // "after Russia's Chief of the General Staff, Valeriy Gerasimov, declared"
			continue
		}
		return true
	}
	return false
}

// appositiveEnd returns the comma that closes a name set off by the comma
// at word i (", Valeriy Gerasimov,"), or -1.
func (sc *eventScope) appositiveEnd(i int) int {
	if i+1 >= len(sc.words) {
		return -1
	}
	m := sc.mentionAt(sc.words[i+1].Start)
	if m < 0 {
		return -1
	}
	k := sc.wordAt(sc.mentions[m].End)
	if k < len(sc.words) && sc.words[k].key == keyComma {
		return k
	}
	return -1
}

// countedFromEvent returns the date that the duration at timex ti counts
// to from an event told of before, when "after" or "before" and an event
// noun follow it and the trigger at word t is not in that phrase: "Kim
// visited a fighter jet factory two days after the summit" is two days after
// the last summit dated before. It returns "" otherwise, and the event
// noun's word.
func (sc *eventScope) countedFromEvent(ti, t int) (string, int) {
	tx := &sc.all[ti]
	n, unit, next, ok := sc.countedDuration(ti, afterBeforeKeys)
	if !ok || next+1 >= len(sc.words) || n <= 0 || strings.Contains(tx.Value, "T") {
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

// hoursFromEvent returns the day of the event that "hours before the
// meeting" or "minutes after the launch" in clause counts from, the last
// one of the noun's family dated to a day before, when the trigger at word
// t is not in that phrase; or "".
func (sc *eventScope) hoursFromEvent(t int, clause Span) string {
	for i := 0; i+2 < len(sc.words); i++ {
		w := sc.words[i]
		if w.Start < clause.Start || w.End > clause.End || !hourKeys[w.key] || !afterBeforeKeys[sc.words[i+1].key] {
			continue
		}
		noun := i + 2
		if (articleKeys[sc.words[noun].key] || possessiveKeys[sc.words[noun].key]) && noun+1 < len(sc.words) {
			noun++
		}
		typ, ok := theTriggers().types[sc.words[noun].key]
		if !ok || t >= i && t <= noun || speechActs[typ] {
			continue
		}
		for k := len(sc.prior) - 1; k >= 0; k-- {
			if p := &sc.prior[k]; family(p.Type) == family(typ) && p.Timex >= 0 && !p.Planned {
				if len(p.Value) == len("2006-01-02") {
					return p.Value
				}
				return ""
			}
		}
	}
	return ""
}

// hourKeys are the units too short to move an event off the day it counts
// from.
var hourKeys = keySet("hours minutes")
