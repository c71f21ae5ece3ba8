package extract

import (
	"fmt"
	"strings"
	"time"
)

// Tense of the clause around a time expression.
const (
	tensePast   = -1
	tenseNone   = 0
	tenseFuture = 1
)

// futureMarkers are words that put a clause in the future.
var futureMarkers = map[string]bool{
	"will": true, "won't": true, "won’t": true, "shall": true, "going": true, "scheduled": true,
	"expected": true, "expects": true, "expect": true, "plans": true, "due": true, "payable": true, "effective": true,
	"expire": true, "expires": true, "takes": true, "begins": true, "starts": true, "opens": true,
	"upcoming": true, "would": true, "planned": true, "planning": true, "intends": true, "hopes": true, "tomorrow": true, "next": true,
}

// pastMarkers are past-tense words that the -ed rule misses.
var pastMarkers = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "met": true, "went": true, "came": true,
	"left": true, "held": true, "began": true, "took": true, "made": true, "gave": true, "saw": true,
	"spoke": true, "fell": true, "rose": true, "won": true, "lost": true, "sent": true, "struck": true,
	"got": true, "found": true, "led": true, "fled": true, "flew": true, "brought": true, "bought": true,
	"sold": true, "paid": true, "became": true, "ran": true, "wrote": true, "hit": true,
	"ago": true, "broke": true, "drew": true, "grew": true, "knew": true, "shot": true, "stood": true,
	"thought": true, "felt": true, "kept": true, "meant": true, "heard": true, "built": true, "fought": true,
}

// passive are words before a participle that make it no past tense: "is
// held", "will be paid".
var passive = map[string]bool{"is": true, "are": true, "be": true, "been": true, "being": true, "'s": true}

// needsTo are future markers only before "to": "plans to visit", not "the
// plans".
var needsTo = map[string]bool{"plans": true, "intends": true, "hopes": true}

// reportingVerbs put a clause in the past.
var reportingVerbs = map[string]bool{
	"said": true, "told": true, "reported": true, "added": true, "stated": true, "announced": true, "asked": true,
}

// notPast are -ed words that are not past-tense verbs.
var notPast = map[string]bool{
	"need": true, "speed": true, "indeed": true, "red": true, "bed": true, "hundred": true,
	"united": true, "based": true, "proposed": true, "advanced": true, "alleged": true, "armed": true,
	"detailed": true, "limited": true, "related": true, "concerned": true, "supposed": true, "fred": true,
}

// tense guesses the tense of the clause around words [i, end): a reporting
// verb just before it ("said on Tuesday"), "by" or "as soon as" (future), a
// verb right next to it, else the nearest auxiliary, reporting or irregular
// verb within a few words, then the nearest -ed verb. The scan does not cross
// into a following clause, and parts of hyphenated words
// ("lower-than-expected") do not count.
func (c *scan) tense(i, end int) int {
	i = c.clockStart(i)
	if reportingVerbs[c.at(i-1).low] || c.is(i-1, "on") && reportingVerbs[c.at(i-2).low] {
		return tensePast
	}
	if c.is(i-1, "as") && c.is(i-3, "as") || c.is(i-1, "by", "until", "till") && !c.pastPerfect(i) && !c.wasAfter(end) {
		return tenseFuture
	}
	weak := tenseNone
	back, fwd := true, true
	// A date that opens the sentence, or restates a fronted phrase before
	// it ("A week later, on 3 August, the White House said"), takes the
	// tense of the clause after its comma.
	fronted := i <= 2 || i <= maxFrontedWords && c.is(i-1, "on", "in") && c.is(i-2, ",")
	for d := 1; d <= maxTenseReach && (back || fwd); d++ {
		if d > 10 && !fronted {
			fwd = false // far back, only a future auxiliary of the clause counts ("will host Kim ... on Thursday")
		}
		// a relative clause's own verb tells its tense: "would match what
		// the Kremlin promised in September"
		back = back && !clauseEdge[c.at(i-d).low] && i-d >= 0 && !relativeOpeners[c.at(i-d+1).low]
		fwd = fwd && (c.at(end-1+d).low != "," || fronted) && !clauseEdge[c.at(end-1+d).low] && !c.opensClause(end-1+d)
		for _, k := range [2]int{i - d, end - 1 + d} {
			if k < i && !back || k >= end && !fwd {
				continue
			}
			w := c.at(k)
			t, strength := c.markerTense(k)
			if c.is(k, "is", "are") && t == tenseNone && weak == tenseNone && !c.is(k+1, "to") {
				if t2, _ := c.markerTense(k + 1); t2 == tenseNone && !strings.HasSuffix(c.at(k+1).low, "ed") {
					return tenseNone // a present clause: "is calling for redemption on Dec. 7"
				}
			}
			switch {
			case d > 10 && (t != tenseFuture || strength < 2 || weak != tenseNone):
			case t == tenseNone, w.hyph || c.at(k+1).hyph, t == tensePast && passive[c.at(k-1).low],
				needsTo[w.low] && !c.is(k+1, "to"), w.low == "next" && c.is(k+1, "to"):
			case strength == 2, d == 1:
				return t
			case weak == tenseNone:
				weak = t
			}
		}
	}
	return weak
}

// relativeOpeners open a relative clause, whose tense the words before it
// do not tell.
var relativeOpeners = map[string]bool{"what": true, "which": true, "who": true, "whom": true, "whose": true}

// maxFrontedWords is the most words before a date restating a fronted
// phrase: "Two days later, on Sept. 5,".
const maxFrontedWords = 8

// maxTenseReach is how many words before a time expression tense looks for
// a future auxiliary of its clause.
const maxTenseReach = 25

// clockStart returns the index of a clock time ending just before the date
// at word i ("9 a.m. EST Tuesday"), whose clause the date shares, or i.
func (c *scan) clockStart(i int) int {
	k := i - btoi(c.is(i-1, ","))
	k -= btoi(timeZones[c.at(k-1).low])
	if _, ok := meridiem[c.at(k-1).low]; ok {
		if _, _, ok := parseClock(c.at(k - 2).low); ok {
			return k - 2
		}
	}
	return i
}

// pastPerfect reports whether "had" comes within a few words of word i in
// the same sentence: "had filed reports by Wednesday", "Until Thursday, they
// had not".
func (c *scan) pastPerfect(i int) bool {
	back, fwd := true, true
	for d := 1; d <= 8; d++ {
		back = back && !clauseEdge[c.at(i-d).low] && c.at(i-d).low != "."
		fwd = fwd && !clauseEdge[c.at(i+d).low] && c.at(i+d).low != "."
		if back && c.is(i-d, "had") || fwd && c.is(i+d, "had") {
			return true
		}
	}
	return false
}

// wasAfter reports whether "was" or "were" follows the expression ending
// at word end within its clause: "By October, North Korean troops were
// arriving" tells the past, not a deadline.
func (c *scan) wasAfter(end int) bool {
	for d := 0; d < 8; d++ {
		w := c.at(end + d).low
		if clauseEdge[w] || w == "." {
			return false
		}
		if w == "was" || w == "were" {
			return true
		}
	}
	return false
}

// clauseEdge are marks a tense scan does not cross; forward it does not
// cross a comma either, except from the start of a sentence ("On Tuesday,
// Kim will ...").
var clauseEdge = map[string]bool{";": true, "\"": true, "“": true, "”": true, "``": true, "''": true}

// forwardEdge are words that open a new clause after a time expression.
var forwardEdge = map[string]bool{
	"that": true, "which": true, "who": true, "where": true, "when": true, "because": true,
	"while": true, "but": true, "and": true, "after": true, "before": true, "as": true,
	"saying": true,
}

// markerTense returns the tense word k marks and how strongly, in context:
// "is to" and "set to" mark a future; a future marker shortly after "had" is past perfect ("had been due to
// expire").
func (c *scan) markerTense(k int) (int, int) {
	if c.is(k, "to") && c.is(k-1, "set", "is", "are") && !c.at(k+1).upper {
		return tenseFuture, 2 // "is to resume", "set to begin"
	}
	if c.is(k, "set") && c.is(k+1, "up") && !c.is(k-1, "to", "will", "would", "can", "could", "should", "must", "may", "might", "and") {
		return tensePast, 1 // "11 countries set up the team in October"
	}
	t, strength := wordTense(c.at(k).low)
	if t != tenseFuture {
		return t, strength
	}
	for d := 1; d <= 4; d++ {
		if c.is(k-d, "had") {
			return tensePast, 2
		}
	}
	return t, strength
}

// opensClause reports whether word k opens a new clause after a time
// expression; "and" between capitalised words is part of a name ("Abortion
// and Reproductive Rights League").
func (c *scan) opensClause(k int) bool {
	if c.is(k, "and") && c.at(k-1).upper && c.at(k+1).upper {
		return false
	}
	return forwardEdge[c.at(k).low]
}

// wordTense returns the tense a word marks and how strongly: 2 for
// auxiliaries, reporting and irregular verbs, 1 for other -ed words.
func wordTense(w string) (int, int) {
	switch {
	case futureMarkers[w], strings.HasSuffix(w, "'ll"), strings.HasSuffix(w, "’ll"):
		return tenseFuture, 2
	case pastMarkers[w], reportingVerbs[w]:
		return tensePast, 2
	case len(w) > 4 && strings.HasSuffix(w, "ed") && !notPast[w]:
		return tensePast, 1
	}
	return tenseNone, 0
}

// known reports whether the DCT is known.
func (c *scan) known() bool { return !c.dct.IsZero() }

// day returns the DCT date moved by n days.
func (c *scan) day(n int) string {
	if !c.known() {
		return "XXXX-XX-XX"
	}
	return c.dct.AddDate(0, 0, n).Format("2006-01-02")
}

// weekdayDate returns the date of weekday wd (1 = Monday) nearest the DCT in
// the direction of tense: the past one for past or no tense, the coming one
// for the future; the DCT itself when it falls on wd.
func (c *scan) weekdayDate(wd, tense int) string {
	if !c.known() {
		return fmt.Sprintf("XXXX-WXX-%d", wd)
	}
	d0 := isoWeekday(c.dct)
	if tense == tenseFuture {
		return c.day((wd - d0 + 7) % 7)
	}
	return c.day(-((d0 - wd + 7) % 7))
}

// isoWeekday returns 1 for Monday through 7 for Sunday.
func isoWeekday(t time.Time) int {
	return (int(t.Weekday())+6)%7 + 1
}

// yearFor returns the year of month m (and day d, 0 when absent) without a
// written year: the DCT year, or the year before or after when that puts the
// date nearer the DCT (news reports the past more than the future). A past
// clause takes the year before for a date more
// than a month after the DCT; a future clause the year after for a date more
// than a month before it.
func (c *scan) yearFor(m, d, tense int) string {
	if !c.known() {
		return "XXXX"
	}
	y := c.dct.Year()
	day := max(d, 1)
	if d == 0 && tense == tensePast {
		day = 28 // a month counts from its end
	}
	off := time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC).Sub(c.dct).Hours() / 24
	switch {
	case tense == tensePast && off > 31, tense == tenseNone && off > 90:
		y--
	case tense == tenseFuture && off < -31, tense == tenseNone && off < -300:
		y++
	}
	return fmt.Sprintf("%04d", y)
}

// shiftUnit returns the value of the DCT moved by n units (D, W, M, Q, Y,
// WE, or a decade as 10 Y), at that unit's granularity.
func (c *scan) shiftUnit(unit string, n int) string {
	if !c.known() {
		return unknownUnit(unit)
	}
	t := c.dct
	switch unit {
	case "D":
		return t.AddDate(0, 0, n).Format("2006-01-02")
	case "W", "WE":
		y, w := t.AddDate(0, 0, 7*n).ISOWeek()
		if unit == "WE" {
			return fmt.Sprintf("%04d-W%02d-WE", y, w)
		}
		return fmt.Sprintf("%04d-W%02d", y, w)
	case "M":
		return firstOfMonth(t).AddDate(0, n, 0).Format("2006-01")
	case "Q":
		q := (int(t.Month())-1)/3 + n + 4*t.Year()
		return fmt.Sprintf("%04d-Q%d", q/4, q%4+1)
	case "DE":
		return fmt.Sprintf("%03d", t.Year()/10+n)
	case "CE":
		return fmt.Sprintf("%02d", t.Year()/100+n)
	}
	return fmt.Sprintf("%04d", t.Year()+n)
}

// firstOfMonth returns the first day of t's month.
func firstOfMonth(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}

// unknownUnit returns the X placeholder value at a unit's granularity.
func unknownUnit(unit string) string {
	switch unit {
	case "D":
		return "XXXX-XX-XX"
	case "W":
		return "XXXX-WXX"
	case "WE":
		return "XXXX-WXX-WE"
	case "M":
		return "XXXX-XX"
	case "Q":
		return "XXXX-QX"
	case "DE":
		return "XXX"
	case "CE":
		return "XX"
	}
	return "XXXX"
}

// duration formats a TIMEX3 duration of n units; n < 0 means unspecified.
func duration(n int, unit string) string {
	if n < 0 {
		return durationQ("X", unit)
	}
	return durationQ(fmt.Sprint(n), unit)
}

// durationQ formats a TIMEX3 duration of the quantity q (digits, a decimal
// or X) of a unit.
func durationQ(q, unit string) string {
	switch unit {
	case "H", "MIN", "S":
		return "PT" + q + unit[:1]
	}
	return "P" + q + unit
}

// shiftDate moves the date value v ("1995-05-22", "1995-05", "1995") by n
// units of D, W, M or Y, when v is precise enough; it returns "" otherwise.
func shiftDate(v, unit string, n int) string {
	need := 0
	switch unit {
	case "D", "W":
		need = len("2006-01-02")
	case "M":
		need = len("2006-01")
	case "Y":
		need = len("2006")
	default:
		return ""
	}
	if len(v) < need {
		return ""
	}
	y, _ := digits(v[:4])
	m, d := 1, 1
	if len(v) >= 7 {
		m, _ = digits(v[5:7])
	}
	if len(v) >= 10 {
		d, _ = digits(v[8:10])
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	switch unit {
	case "D":
		return t.AddDate(0, 0, n).Format("2006-01-02")
	case "W":
		wy, w := t.AddDate(0, 0, 7*n).ISOWeek()
		return fmt.Sprintf("%04d-W%02d", wy, w)
	case "M":
		return t.AddDate(0, n, 0).Format("2006-01")
	}
	return fmt.Sprintf("%04d", y+n)
}
