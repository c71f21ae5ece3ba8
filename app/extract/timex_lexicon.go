package extract

// lexClass is the temporal class of a word.
type lexClass uint8

const (
	lxNone      lexClass = iota
	lxMonth              // n = 1..12
	lxWeekday            // n = 1 (Monday) .. 7 (Sunday)
	lxUnit               // code = duration unit, n = multiplier
	lxNumber             // n = value, -1 for an unspecified quantity
	lxOrdinal            // n = value
	lxPartOfDay          // code = MO, AF, EV, NI, or a clock time for noon
	lxSeason             // code = SP, SU, FA, WI
	lxRef                // code = PRESENT_REF, PAST_REF, FUTURE_REF
	lxDay                // n = days from the DCT: yesterday, today, tomorrow
	lxSet                // code = period of daily, weekly ...
	lxDecade             // n = decade start year: nineties
)

// lexEntry is what the lexicon knows about a word.
type lexEntry struct {
	class lexClass
	n     int
	code  string
}

// timexLexicon maps lower-case words to their temporal class.
var timexLexicon = buildLexicon()

// buildLexicon assembles the lexicon from the word lists below.
func buildLexicon() map[string]lexEntry {
	m := map[string]lexEntry{}
	for i, names := range [][]string{
		{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
		{"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sept", "sep"},
		{"october", "oct"}, {"november", "nov"}, {"december", "dec"},
	} {
		for _, n := range names {
			m[n] = lexEntry{lxMonth, i + 1, ""}
		}
	}
	for i, names := range [][]string{
		{"monday"}, {"tuesday", "tues"}, {"wednesday"}, {"thursday", "thurs"},
		{"friday"}, {"saturday"}, {"sunday"},
	} {
		for _, n := range names {
			m[n] = lexEntry{lxWeekday, i + 1, ""}
		}
	}
	addUnits(m)
	addNumbers(m)
	for w, e := range otherWords {
		m[w] = e
	}
	for _, w := range cueWords {
		if _, ok := m[w]; !ok {
			m[w] = lexEntry{}
		}
	}
	return m
}

// cueWords can start a time expression without a temporal class of their
// own: articles, deictic words, modifiers.
var cueWords = []string{
	"the", "a", "an", "this", "these", "last", "next", "past", "coming", "previous", "following",
	"current", "recent", "latest", "same", "final", "initial", "every", "each", "per", "fiscal",
	"year", "mid", "early", "earlier", "late", "later", "about", "around", "approximately", "roughly",
	"nearly", "almost", "some", "right", "more", "less", "fewer", "at", "no", "up", "'",
	"christmas", "thanksgiving", "new", "that",
}

// units maps a unit word to its TIMEX3 duration code and multiplier.
var units = map[string]lexEntry{
	"second": {lxUnit, 1, "S"}, "minute": {lxUnit, 1, "MIN"}, "hour": {lxUnit, 1, "H"},
	"day": {lxUnit, 1, "D"}, "week": {lxUnit, 1, "W"}, "fortnight": {lxUnit, 2, "W"},
	"month": {lxUnit, 1, "M"}, "quarter": {lxUnit, 1, "Q"}, "year": {lxUnit, 1, "Y"},
	"decade": {lxUnit, 10, "Y"}, "century": {lxUnit, 100, "Y"}, "weekend": {lxUnit, 1, "WE"},
	"centuries": {lxUnit, 100, "Y"}, "millennium": {lxUnit, 1000, "Y"}, "yr": {lxUnit, 1, "Y"},
}

// addUnits adds unit words and their plurals.
func addUnits(m map[string]lexEntry) {
	for w, e := range units {
		m[w] = e
		if w != "centuries" {
			m[w+"s"] = e
		}
	}
}

// numberWords are numbers written as words; -1 is an unspecified quantity.
var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "thousand": 1000, "dozen": 12, "couple": 2,
	"several": -1, "few": -1, "many": -1, "some": -1, "dozens": -1, "hundreds": -1,
	"thousands": -1, "numerous": -1,
}

// ordinalWords are ordinals written as words.
var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30, "twenty-first": 21,
}

// addNumbers adds number and ordinal words.
func addNumbers(m map[string]lexEntry) {
	for w, n := range numberWords {
		m[w] = lexEntry{lxNumber, n, ""}
	}
	for w, n := range ordinalWords {
		if w != "second" {
			m[w] = lexEntry{lxOrdinal, n, ""}
		}
	}
}

// otherWords are parts of the day, seasons, reference words, day words,
// frequency adverbs and decades.
var otherWords = map[string]lexEntry{
	"morning": {lxPartOfDay, 0, "MO"}, "afternoon": {lxPartOfDay, 0, "AF"},
	"evening": {lxPartOfDay, 0, "EV"}, "night": {lxPartOfDay, 0, "NI"},
	"noon": {lxPartOfDay, 0, "12:00"}, "midday": {lxPartOfDay, 0, "12:00"}, "midnight": {lxPartOfDay, 0, "24:00"},
	"spring": {lxSeason, 0, "SP"}, "summer": {lxSeason, 0, "SU"}, "fall": {lxSeason, 0, "FA"},
	"autumn": {lxSeason, 0, "FA"}, "winter": {lxSeason, 0, "WI"},
	"now": {lxRef, 0, "PRESENT_REF"}, "currently": {lxRef, 0, "PRESENT_REF"}, "nowadays": {lxRef, 0, "PRESENT_REF"},
	"recently": {lxRef, 0, "PAST_REF"}, "formerly": {lxRef, 0, "PAST_REF"},
	"lately": {lxRef, 0, "PAST_REF"}, "soon": {lxRef, 0, "FUTURE_REF"},
	"yesterday": {lxDay, -1, ""}, "today": {lxDay, 0, ""}, "tomorrow": {lxDay, 1, ""}, "tonight": {lxDay, 0, ""},
	"daily": {lxSet, 1, "P1D"}, "weekly": {lxSet, 1, "P1W"}, "monthly": {lxSet, 1, "P1M"},
	"annually": {lxSet, 1, "P1Y"}, "yearly": {lxSet, 1, "P1Y"}, "hourly": {lxSet, 1, "PT1H"},
	"nightly": {lxSet, 1, "P1D"}, "biweekly": {lxSet, 1, "P2W"},
	"twenties": {lxDecade, 1920, ""}, "thirties": {lxDecade, 1930, ""}, "forties": {lxDecade, 1940, ""},
	"fifties": {lxDecade, 1950, ""}, "sixties": {lxDecade, 1960, ""}, "seventies": {lxDecade, 1970, ""},
	"eighties": {lxDecade, 1980, ""}, "nineties": {lxDecade, 1990, ""},
}
