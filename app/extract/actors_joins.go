package extract

// Joins of adjacent name spans that together make one name: bodies with their
// field or place, regnal numbers, initials, patronymics and hyphenated given names.

import (
	"regexp"
	"slices"
	"strings"
)

// facilityHeads are lower-case nouns that make a place's name the name of
// a part of it or a site in it: "Brovary district", "Knevichi airfield",
// "Lefortovo prison".
var facilityHeads = map[uint64]string{
	foldHash("district"): "GPE", foldHash("airfield"): "LOC", foldHash("airbase"): "LOC", foldHash("prison"): "LOC",
	foldHash("airport"): "LOC",
}

var keyAirport = foldHash("airport")

// maxAirportWords bounds the name of an airport before its lower-case head.
const maxAirportWords = 3

// withFacilityHead extends a one-word place or tagged name (the tagger may
// take an unknown one for a person) over a facility noun written right
// after it in lower case, as the name of that district or site: "the
// Sviatoshynskyi district of Kyiv" names the district. An airport may be
// named after a person in full: "Halim Perdanakusuma airport".
func withFacilityHead(ws []nerWord, spans []nerSpan) []nerSpan {
	for k, sp := range spans {
		if sp.End >= len(ws) || sp.End-sp.Start != 1 && !(ws[sp.End].key == keyAirport && sp.Entry < 0 && sp.End-sp.Start <= maxAirportWords) ||
			sp.Type == "PERSON" && sp.Entry >= 0 || ws[sp.End].flags&fUpper != 0 ||
			k+1 < len(spans) && spans[k+1].Start == sp.End {
			continue
		}
		if typ, ok := facilityHeads[ws[sp.End].key]; ok {
			spans[k] = nerSpan{Start: sp.Start, End: sp.End + 1, Type: typ, Entry: -1, Probs: sp.Probs}
		}
	}
	return spans
}

// joinOrgOf joins a tagged organisation that ends in a body word and the
// place after its "of" (and "the") into one organisation: "the National
// Library of the Netherlands", "the Supreme Court of Hawaii" name one body.
// A listed body keeps its own name ("the Security Service of Ukraine" is
// listed whole; "the Foreign Ministry of Russia" stays two).
func joinOrgOf(ws []nerWord, spans []nerSpan) []nerSpan {
	out := spans[:0]
	for _, sp := range spans {
		if n := len(out); n > 0 && (sp.Type == "GPE" || sp.Type == "LOC") && out[n-1].Type == "ORG" && out[n-1].Entry < 0 &&
			theHints().words[ws[out[n-1].End-1].key]&lexOrgWord != 0 && !firmWords[ws[out[n-1].End-1].key] && ofTheBetween(ws, out[n-1].End, sp.Start) {
			out[n-1] = nerSpan{Start: out[n-1].Start, End: sp.End, Type: "ORG", Entry: -1, Probs: out[n-1].Probs}
			continue
		}
		out = append(out, sp)
	}
	return out
}

// firmWords end the names of companies (companyForms and the words of
// their kind), after which "of" and a place tell where the company is, not
// which one it is: "Data Basics Corporation of New York".
var firmWords = func() map[uint64]bool {
	m := keySet("Corporation Company Co Incorporated Limited Holding Holdings Group Enterprises Industries")
	for k := range companyForms {
		m[k] = true
	}
	return m
}()

// ofTheBetween reports whether the words [a, b) are "of" or "of the".
func ofTheBetween(ws []nerWord, a, b int) bool {
	return b-a == 1 && ws[a].key == keyOf || b-a == 2 && ws[a].key == keyOf && ws[a+1].key == keyThe
}

// joinPatronymic extends a person's name that starts at the family name
// over the given name and patronymic before it, which no span holds:
// "Sergei Kuzhugetovich Shoigu" when only "Shoigu" was found.
func joinPatronymic(ws []nerWord, spans []nerSpan) []nerSpan {
	for k := range spans {
		sp := &spans[k]
		if sp.Type != "PERSON" || sp.Start < 2 || k > 0 && spans[k-1].End > sp.Start-2 {
			continue
		}
		given, patronymic := ws[sp.Start-2], ws[sp.Start-1]
		if patronymic.flags&fCap != 0 && patronymicEnds[patronymic.suf4] && given.flags&fCap != 0 && given.flags&fAllCap == 0 {
			sp.Start -= 2
		}
	}
	return spans
}

// maxOrgAndWords bounds the capitalised words after "and" that finish an
// organisation's name.
const maxOrgAndWords = 3

// joinOrgAnd extends an unlisted organisation named with "of" over "and"
// and the capitalised words after it that no other name starts in: "the
// Ministry of Science and Higher Education", not "the Ministry of Defence
// and Russia" nor "and President Putin".
func joinOrgAnd(ws []nerWord, gaz []uint8, spans []nerSpan) []nerSpan {
	for k := range spans {
		sp := &spans[k]
		a := sp.End
		if sp.Type != "ORG" || sp.Entry >= 0 || a+1 >= len(ws) || ws[a].key != keyAnd || !hasWord(ws[sp.Start:sp.End], keyOf) ||
			k+1 < len(spans) && spans[k+1].Start <= a+1 {
			continue
		}
		end := a + 1
		for end < len(ws) && end-a-1 < maxOrgAndWords && ws[end].flags&fUpper != 0 && gaz[end] != gazTitle &&
			(k+1 >= len(spans) || end < spans[k+1].Start) {
			end++
		}
		if end > a+1 && (end == len(ws) || ws[end].flags&fUpper == 0) {
			sp.End = end
		}
	}
	return spans
}

// maxOrgForWords bounds the words after "for" that finish an
// organisation's name.
const maxOrgForWords = 6

// joinOrgFor extends an unlisted organisation ending in a body word over
// "for" and the capitalised name of its field after it, which may hold
// "and", "of" or "the" between capitalised words: "the Italian Institute
// for International Political Studies", "the Belfer Center for Science and
// International Affairs", "the Ministry for the Development of the Far
// East". Names found inside the field are part of it.
func joinOrgFor(ws []nerWord, spans []nerSpan) []nerSpan {
	out := spans[:0]
	joined := 0
	for _, sp := range spans {
		if sp.Start < joined {
			continue
		}
		if sp.Type == "ORG" && sp.Entry < 0 && sp.End+1 < len(ws) && ws[sp.End].key == keyFor &&
			theHints().words[ws[sp.End-1].key]&lexOrgWord != 0 {
			end := sp.End + 1
			for j := end; j < len(ws) && j-sp.End <= maxOrgForWords; j++ {
				if ws[j].flags&fUpper != 0 {
					end = j + 1
					continue
				}
				k := j
				for k < len(ws) && (ws[k].key == keyAnd || ws[k].key == keyOf || ws[k].key == keyThe) {
					k++
				}
				if k == j || k >= len(ws) || ws[k].flags&fUpper == 0 || theHints().words[ws[k].key]&lexOrgWord != 0 {
					break // "the Center for Korean Studies of the Institute of ..." names two bodies
				}
				j = k - 1
			}
			if end > sp.End+1 && !(end < len(ws) && currencyKeys[ws[end].key] && ws[end].Start == ws[end-1].End) {
				sp.End, joined = end, end // not "Cetus Corporation for US$300 million"
			}
		}
		out = append(out, sp)
	}
	return out
}

// currencyKeys are currency signs, which a country's code may stand before:
// "US$", "HK$".
var currencyKeys = keySet("$ € £ ¥ ₩ ₽")

// hasWord reports whether a word of ws has the key.
func hasWord(ws []nerWord, key uint64) bool {
	return slices.ContainsFunc(ws, func(w nerWord) bool { return w.key == key })
}

// withOrdinal extends an organisation over the ordinal that numbers it
// ("11th Airborne Assault Brigade", "1st Guards Tank Army").
func withOrdinal(ws []nerWord, spans []nerSpan) []nerSpan {
	for k, sp := range spans {
		if sp.Type == "ORG" && sp.Start > 0 && isOrdinal(ws[sp.Start-1]) && (k == 0 || spans[k-1].End < sp.Start) {
			spans[k].Start--
			spans[k].Entry = -1
		}
	}
	return spans
}

// isOrdinal reports whether w is a numeral ordinal such as "11th" or "3rd".
func isOrdinal(w nerWord) bool {
	return w.flags&fDigit != 0 && w.flags&fAlpha != 0 && w.flags&fUpper == 0 && ordinalSuffixKeys[w.suf2]
}

var ordinalSuffixKeys = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, s := range []string{"st", "nd", "rd", "th"} {
		m[suffixFNV([4]rune{rune(s[0]), rune(s[1])}, 2, 2)] = true
	}
	return m
}()

// joinOfficeOf joins a tagged name and a lone body word after its "'s" into
// one organisation ("Kharkiv Oblast Prosecutor's Office"): a body word alone
// ("Office", "Council") names nothing. A title in capitals before the "'s"
// joins it too: "the Prime Minister's Office".
func joinOfficeOf(ws []nerWord, gaz []uint8, spans []nerSpan) []nerSpan {
	out := spans[:0]
	for _, sp := range spans {
		lone := sp.End-sp.Start == 1 && sp.Entry < 0 && sp.Start > 0 && ws[sp.Start-1].key == keyPossessive &&
			theHints().words[ws[sp.Start].key]&lexOrgWord != 0
		if n := len(out); lone && n > 0 && out[n-1].Entry < 0 && out[n-1].End+1 == sp.Start {
			out[n-1] = nerSpan{Start: out[n-1].Start, End: sp.End, Type: "ORG", Entry: -1}
			continue
		}
		if lone {
			start := sp.Start - 1
			for start > 0 && gaz[start-1] == gazTitle && ws[start-1].flags&fUpper != 0 && (len(out) == 0 || out[len(out)-1].End < start) {
				start--
			}
			if start < sp.Start-1 {
				sp = nerSpan{Start: start, End: sp.End, Type: "ORG", Entry: -1}
			}
		}
		out = append(out, sp)
	}
	return out
}

var keyPossessive = foldHash("'s")

// joinPlaceOf joins an unlisted person's or saint's name and the unlisted place named
// after its "'s", when the place's last word is a kind of place, into one
// place: "St. Michael's Bridge", "Saint Bavo's Cathedral" are named after
// someone, not someone's. A place's name and a listed name keep their own:
// "Mecca's Grand Mosque", "Russia's Vostochny Cosmodrome" are two. A
// saint's "St" found apart from the name after its dot joins that name.
func joinPlaceOf(ws []nerWord, spans []nerSpan) []nerSpan {
	out := spans[:0]
	for _, sp := range spans {
		if n := len(out); n > 0 && out[n-1].End-out[n-1].Start == 1 && saintKeys[ws[out[n-1].Start].key] && out[n-1].End+1 == sp.Start &&
			ws[sp.Start-1].key == keyDot && sp.Entry < 0 {
			out[n-1] = nerSpan{Start: out[n-1].Start, End: sp.End, Type: sp.Type, Entry: -1, Probs: sp.Probs} // "St" "." "Peter"
			continue
		}
		if n := len(out); n > 0 && sp.Entry < 0 && out[n-1].Entry < 0 && (out[n-1].Type == "PERSON" || saintKeys[ws[out[n-1].Start].key]) && out[n-1].End+1 == sp.Start &&
			(ws[sp.Start-1].key == keyPossessive || ws[sp.Start-1].key == keyApostrophe && ws[sp.Start-2].End == ws[sp.Start-1].Start) &&
			(featureKeys[ws[sp.End-1].key] || placeHeads[ws[sp.End-1].key]) {
			out[n-1] = nerSpan{Start: out[n-1].Start, End: sp.End, Type: placeType(ws[sp.End-1].key), Entry: -1, Probs: typeProbs{typPlace: 1}}
			continue
		}
		if n := len(out); n > 0 && sp.Entry < 0 && out[n-1].Entry < 0 && out[n-1].Type == "PERSON" && sp.Type != "PERSON" && out[n-1].End+1 == sp.Start &&
			ws[sp.Start-1].key == keyPossessive && theHints().words[ws[sp.End-1].key]&(lexLocWord|lexOrgWord) != 0 && sp.End-sp.Start >= 1 {
			typ, probs := "ORG", typeProbs{typOrg: 1} // "Monroe's Uptown House", "Macy's Department Store"
			if theHints().words[ws[sp.End-1].key]&lexOrgWord == 0 {
				typ, probs = placeType(ws[sp.End-1].key), typeProbs{typPlace: 1}
			}
			out[n-1] = nerSpan{Start: out[n-1].Start, End: sp.End, Type: typ, Entry: -1, Probs: probs}
			continue
		}
		out = append(out, sp)
	}
	for k, sp := range out {
		if w := sp.End + 1; w < len(ws) && sp.Entry < 0 && (sp.Type == "PERSON" || saintKeys[ws[sp.Start].key]) && possessiveWord(ws, sp.End) &&
			(k+1 == len(out) || out[k+1].Start > w) && loneKindOfPlace(ws, w) {
			out[k] = nerSpan{Start: sp.Start, End: w + 1, Type: placeType(ws[w].key), Entry: -1, Probs: typeProbs{typPlace: 1}}
		}
	}
	return out
}

// possessiveWord reports whether word i is a possessive "'s", or an
// apostrophe written right after the word before it ("Saint Nicholas'").
func possessiveWord(ws []nerWord, i int) bool {
	return i < len(ws) && i > 0 && (ws[i].key == keyPossessive || ws[i].key == keyApostrophe && ws[i-1].End == ws[i].Start)
}

// loneKindOfPlace reports whether word i is a capitalised kind of place
// that no other capitalised word follows, which names a place after the
// name before its "'s": "St. Peter's Abbey", "Saint Nicholas' Church".
func loneKindOfPlace(ws []nerWord, i int) bool {
	w := ws[i]
	return w.flags&fCap != 0 && (placeHeads[w.key] || w.key == keyChurch || theHints().words[w.key]&lexLocWord != 0) &&
		(i+1 == len(ws) || ws[i+1].flags&fUpper == 0)
}

var (
	keyApostrophe = foldHash("'")
	saintKeys     = keySet("saint st sainte san santa sankt sint")
)

// joinRegnal extends an unlisted person's name over the regnal number or
// the epithet written after it: "William I", "Sancho Garcés I",
// "Henry VIII", "Sancho the Great", "William the Silent", but not the
// pronoun: "Kim I'm sure". A numeral's full stop ends the name ("García
// Sánchez I. The kingdom"). An epithet is one of epithets and ends the
// name: "the Order of Lenin" after a name is none.
func joinRegnal(ws []nerWord, spans []nerSpan) []nerSpan {
	for k, sp := range spans {
		if sp.Type != "PERSON" || sp.Entry >= 0 {
			continue
		}
		for j := sp.Start + 1; j+1 < sp.End; j++ {
			if isRoman(ws[j]) && ws[j+1].key == keyDot {
				spans[k].End, sp.End = j+1, j+1 // "García Sánchez I. The kingdom"
				break
			}
		}
		e := sp.End
		if e >= len(ws) || k+1 < len(spans) && spans[k+1].Start <= e+1 {
			continue
		}
		w := ws[e]
		if isRoman(w) {
			if w.key != keyRomanOne || (e+1 == len(ws) || !pronounFollowers[ws[e+1].key]) && (sp.Start == 0 || !courtesyTitles[ws[sp.Start-1].key]) {
				spans[k].End, spans[k].Probs = e+1, typeProbs{typPerson: 1}
			}
			continue
		}
		if w.key == keyThe && e+1 < len(ws) && ws[e+1].flags&fCap != 0 && epithets[ws[e+1].key] &&
			(e+2 == len(ws) || ws[e+2].flags&fUpper == 0 && ws[e+2].key != keyOf) {
			spans[k].End, spans[k].Probs = e+2, typeProbs{typPerson: 1}
		}
	}
	return spans
}

// isRoman reports whether w is a Roman numeral up to XX in capitals.
func isRoman(w nerWord) bool {
	return romanKeys[w.key] && (w.flags&fAllCap != 0 || w.End-w.Start == 1 && w.flags&fCap != 0)
}

var (
	romanKeys = keySet("I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX")
	// epithets are the bynames of rulers ("Sancho the Great"), not nouns:
	// "signed with Kim the Treaty on ..." names no Kim the Treaty.
	epithets = keySet("Great Good Bold Fair Wise Pious Silent Younger Elder Conqueror Confessor Magnificent Terrible " +
		"Lionheart Catholic Battler Fat Bald Red Just Brave Lame Mad Simple Strong Hardy Unready Navigator Liberator " +
		"Lawgiver Builder Chaste Cruel Tall Black White Noble Victorious Illustrious Peaceful Saint Apostate Deacon")
	keyRomanOne = foldHash("I")
	// pronounFollowers make an "I" after a name the pronoun: "Kim I'm sure",
	// and so does a courtesy title before the name: "Mr. Collins I know".
	pronounFollowers = keySet("'m am 've 'd 'll think believe know mean guess")
	courtesyTitles   = keySet("mr mrs ms miss dr prof")
)

// joinHyphenGiven extends a person's span over the first part of a
// hyphenated given name that the tokenizer split off ("Leif-Eric Easley",
// "Jean-Pierre"): a capitalised word and a hyphen written together before
// the span, outside any other span, either part a known given name, the
// person not one the gazetteer knows ("Kim-Putin summit" is two persons).
func joinHyphenGiven(ws []nerWord, gt []uint8, spans []nerSpan) []nerSpan {
	for k, sp := range spans {
		i := sp.Start
		if sp.Type != "PERSON" || sp.Entry >= 0 || i < 2 || ws[i-1].key != keyHyphen || ws[i-2].End != ws[i-1].Start ||
			ws[i-1].End != ws[i].Start || ws[i-2].flags&fCap == 0 || ws[i-2].flags&fAlpha == 0 ||
			gt[i-2] != gazFirstName && gt[i] != gazFirstName || k > 0 && spans[k-1].End > i-2 {
			continue
		}
		spans[k].Start = i - 2
	}
	return spans
}

var keyHyphen = foldHash("-")

// joinInitials joins the parts of a person's name that a middle initial
// split ("Dmitri S. Peskov", "Vladimir V. Putin", "Sergei K. Shoigu"): two
// spans, at least one of them a person, with only initials between or at
// the seam, or a person followed by initials and one more capitalised word
// that the tagger left out ("Aleksandr A. Kozlov"). The joined name keeps a
// person entry of the gazetteer that either part found, the surname's
// first, when the given names start with the same three letters (Dmitri,
// Dmitry).
func joinInitials(g *gazetteer, ws []nerWord, spans []nerSpan) []nerSpan {
	out := spans[:0]
	for k, sp := range spans {
		if n := len(out); n > 0 && initialSeam(ws, out[n-1], sp) {
			a := out[n-1]
			out[n-1] = nerSpan{Start: a.Start, End: sp.End, Type: "PERSON", Entry: joinedEntry(g, ws, a, sp)}
			continue
		}
		if sp.Type == "PERSON" {
			next := len(ws)
			if k+1 < len(spans) {
				next = spans[k+1].Start
			}
			if end := afterInitials(ws, sp); end > sp.End && end < next && isSurname(ws[end]) {
				sp = nerSpan{Start: sp.Start, End: end + 1, Type: "PERSON", Entry: -1}
			}
		}
		out = append(out, sp)
	}
	for k, sp := range out {
		if sp.Type == "PERSON" && sp.Entry < 0 {
			out[k].Entry = plainNameEntry(g, ws[sp.Start:sp.End])
		}
	}
	return out
}

// nameSuffixKeys are generational suffixes that the gazetteer's names leave
// out.
var nameSuffixKeys = keySet("Jr Sr II III IV")

// plainNameEntry returns the gazetteer person that a name with its middle
// initials, patronymic and generational suffix left out stands for ("Lloyd
// J. Austin III" is Lloyd Austin), or that of its family name alone whose
// given name starts with the same three letters, or -1.
func plainNameEntry(g *gazetteer, name []nerWord) int32 {
	var plain [maxEntityWords]nerWord
	n, dropped := 0, false
	for i := 0; i < len(name); i++ {
		switch {
		case i > 0 && i+1 < len(name) && isInitial(name, i) && name[i+1].key == keyDot:
			i++ // "J" "."
			dropped = true
		case i > 0 && (nameSuffixKeys[name[i].key] || name[i].key == keyComma || name[i].key == keyDot),
			i > 0 && i+1 < len(name) && patronymicEnds[name[i].suf4]:
			dropped = true // "Alexandr Ivanovich Matsegora": a patronymic, too
		case n == len(plain):
			return -1
		default:
			plain[n] = name[i]
			n++
		}
	}
	if n < 2 {
		return -1
	}
	if end, e := g.longest(plain[:n], 0); dropped && e >= 0 && end == n && g.entries[e].Type == "PERSON" {
		if g.initialsDiffer(e, name, 1, len(name)) {
			return -1 // "George H. W. Bush" is not George W. Bush
		}
		return e
	}
	// Another spelling of a listed person's given name: "Alexandr
	// Matsegora" is Alexander Matsegora, "Sergey Shoigu" Sergei Shoigu.
	if end, e := g.longest(plain[n-1:n], 0); e >= 0 && end == 1 && g.entries[e].Type == "PERSON" {
		given, _, _ := strings.Cut(g.entries[e].Name, " ")
		if newNERWord(given, 0, len(given)).pre3 == plain[0].pre3 && !g.initialsDiffer(e, name, 1, len(name)) {
			return e
		}
	}
	return -1
}

// patronymicEnds are the hashed last four letters of Russian, Ukrainian and
// Belarusian patronymics: Ivanovich, Kuzhugetovich, Sergeyevna, Ilyinichna.
var patronymicEnds = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, p := range []string{"ovich", "evich", "ovna", "evna", "ichna"} {
		m[newNERWord(p, 0, len(p)).suf4] = true
	}
	return m
}()

// afterInitials returns the index of the first word after the initials
// ("S", ".") that follow or end span a, or a.End when there are none.
func afterInitials(ws []nerWord, a nerSpan) int {
	i, initials := a.End, 0
	if a.End-a.Start > 1 && isInitial(ws, a.End-1) && i < len(ws) && ws[i].key == keyDot {
		i++ // "Dmitri S" + "."
		initials++
	}
	for i+2 < len(ws) && isInitial(ws, i) && ws[i+1].key == keyDot {
		i += 2
		initials++
	}
	if initials == 0 {
		return a.End
	}
	return i
}

// isSurname reports whether w can end a name after an initial: a
// capitalised word that is no month, weekday or pronoun.
func isSurname(w nerWord) bool {
	return w.flags&fCap != 0 && w.flags&fAlpha != 0 && w.End-w.Start > 1 && !nonNameKeys[w.key]
}

// initialSeam reports whether spans a and b (a before b) are one person's
// name around middle initials.
func initialSeam(ws []nerWord, a, b nerSpan) bool {
	if a.Type != "PERSON" && b.Type != "PERSON" || a.Type != "PERSON" && a.Entry >= 0 || b.Type != "PERSON" && b.Entry >= 0 {
		return false
	}
	if end := afterInitials(ws, a); end > a.End && end == b.Start {
		return true
	}
	// b itself may open with the initial: "Vladimir" + "V. Putin".
	return a.End == b.Start && b.End-b.Start > 2 && isInitial(ws, b.Start) && ws[b.Start+1].key == keyDot
}

// joinLeadingInitials extends a name over the initials written before it,
// as a person's: "H. A. Wilson", "U. B. Pravin Rao", "F. W. de Klerk".
// Spans found in the initials go. The word before the initials is no
// capitalised one but a title ("Plan B. Wilson said" is no name), and
// initials inside a name before them are middle ones (see joinInitials).
func joinLeadingInitials(ws []nerWord, gt []uint8, spans []nerSpan) []nerSpan {
	out := spans[:0]
	for _, sp := range spans {
		s := sp.Start
		if s > 1 && ws[s-1].flags&fUpper == 0 && connectorKeys[ws[s-1].key] && ws[s-2].key == keyDot {
			s-- // "F. W. de Klerk"
		}
		n := 0
		for s >= 2 && ws[s-1].key == keyDot && isInitial(ws, s-2) && ws[s-2].End == ws[s-1].Start {
			s -= 2
			n++
		}
		keep := len(out) // the spans before the initials
		for keep > 0 && out[keep-1].Start >= s {
			keep--
		}
		if n == 0 || sp.Type != "PERSON" && sp.Entry >= 0 || keep > 0 && out[keep-1].End > s ||
			s > 0 && ws[s-1].flags&fUpper != 0 && gt[s-1] != gazTitle {
			out = append(out, sp)
			continue
		}
		out = out[:keep]
		entry := sp.Entry
		if sp.Type != "PERSON" {
			entry = -1
		}
		out = append(out, nerSpan{Start: s, End: sp.End, Type: "PERSON", Entry: entry, Probs: typeProbs{typPerson: 1}})
	}
	return out
}

// isInitial reports whether word i is a single capital letter.
func isInitial(ws []nerWord, i int) bool {
	w := ws[i]
	return w.End-w.Start == 1 && w.flags&fCap != 0
}

var keyDot = foldHash(".")

// joinedEntry picks the gazetteer person entry for a name joined from a and
// b, or -1.
func joinedEntry(g *gazetteer, ws []nerWord, a, b nerSpan) int32 {
	for _, sp := range []nerSpan{b, a} {
		if sp.Entry < 0 || g.entries[sp.Entry].Type != "PERSON" {
			continue
		}
		name := g.entries[sp.Entry].Name
		given, _, _ := strings.Cut(name, " ")
		if newNERWord(given, 0, len(given)).pre3 == ws[a.Start].pre3 {
			return sp.Entry
		}
	}
	return -1
}

// gluedInitial matches a name written with its initial glued on by a dot,
// the Mongolian way: "G.Zandanshatar", "Ts.Tsogtbayar", "L.Oyun-Erdene".
var (
	gluedInitial = regexp.MustCompile(`^\p{Lu}\p{Ll}?\.(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)$`)
	// placeAbbreviations open a place's name, no person's: "St.Petersburg".
	placeAbbreviations = map[string]bool{"St": true, "Mt": true, "Ft": true}
)

// gluedInitials adds a person span for each word no span covers that is a
// name with its initial glued on, under the listed person its name part
// names if any ("U.Khurelsukh"); a listed place or a nationality after the
// dot is no person ("St.Petersburg", "N.Korean").
func gluedInitials(g *gazetteer, text string, ws []nerWord, spans []nerSpan) []nerSpan {
	n := len(spans)
	for i, w := range ws {
		if w.flags&fCap == 0 || w.End-w.Start < 5 || spanAt(spans[:n], i) {
			continue
		}
		sub := gluedInitial.FindStringSubmatch(text[w.Start:w.End])
		if sub == nil || placeAbbreviations[text[w.Start:w.Start+2]] {
			continue
		}
		e := g.named(sub[1])
		if e >= 0 && g.entries[e].Type != "PERSON" || g.demonyms[foldHash(sub[1])] {
			continue // "St.Petersburg", "N.Korean"
		}
		spans = append(spans, nerSpan{Start: i, End: i + 1, Type: "PERSON", Entry: e, Probs: typeProbs{typPerson: 1}})
	}
	if len(spans) > n {
		slices.SortFunc(spans, func(a, b nerSpan) int { return a.Start - b.Start })
	}
	return spans
}

var keyUpon = foldHash("upon")

// joinUpon joins a place, "upon" and the river it stands on into one
// place: "Kingston upon Thames", "Newcastle upon Tyne".
func joinUpon(ws []nerWord, spans []nerSpan) []nerSpan {
	out := spans[:0]
	for k := 0; k < len(spans); k++ {
		sp := spans[k]
		u := sp.End
		if sp.Type != "GPE" && sp.Type != "LOC" || u+1 >= len(ws) || ws[u].key != keyUpon || ws[u+1].flags&fCap == 0 {
			out = append(out, sp)
			continue
		}
		end := u + 2
		if k+1 < len(spans) && spans[k+1].Start == u+1 {
			end = spans[k+1].End
			k++
		}
		out = append(out, nerSpan{Start: sp.Start, End: end, Type: "GPE", Entry: -1, Probs: sp.Probs})
	}
	return out
}

// maxFieldListWords bounds the fields a body's name lists after its first.
const maxFieldListWords = 8

// bodyListHeads open a body's name that may list its fields.
var bodyListHeads = keySet("Ministry Department Committee Commission Secretariat Office Agency")

// joinFieldList extends a body's name over the list of fields it goes on
// with: "the Ministry of Labor, Social Security and Migration", "the
// Ministry of Economy, Trade and Industry". The list is capitalised words
// and commas closed by "and" and a last capitalised field; the names found
// inside it are part of it.
func joinFieldList(ws []nerWord, spans []nerSpan) []nerSpan {
	out := spans[:0]
	for k := 0; k < len(spans); k++ {
		sp := spans[k]
		if sp.Type != "ORG" || sp.End-sp.Start < 3 || !bodyListHeads[ws[sp.Start].key] || ws[sp.Start+1].key != keyOf ||
			sp.End+1 >= len(ws) || ws[sp.End].key != keyComma {
			out = append(out, sp)
			continue
		}
		end, and := -1, false
		for i := sp.End + 1; i < len(ws) && i <= sp.End+maxFieldListWords; i++ {
			w := &ws[i]
			switch {
			case w.key == keyAnd && !and && i > sp.End+1:
				and = true
			case w.key == keyComma && !and:
			case w.flags&fCap != 0:
				if and {
					end = i + 1
				}
			default:
				i = len(ws) // the list ends
			}
			if end > 0 && (end >= len(ws) || ws[end].flags&fCap == 0) {
				break
			}
		}
		if end < 0 {
			out = append(out, sp)
			continue
		}
		for k+1 < len(spans) && spans[k+1].Start < end {
			k++
		}
		out = append(out, nerSpan{Start: sp.Start, End: end, Type: "ORG", Entry: -1, Probs: sp.Probs})
	}
	return out
}

// polityOpeners are words that head the name of a polity or division
// before "of" and a place: "Province of New York", "Grand Duchy of
// Finland", "Autonomous Region of the Azores", "City of Cleveland".
var polityOpeners = keySet("Kingdom Republic Empire Province County Duchy Principality Emirate Sultanate " +
	"Region Territory Commonwealth City Municipality Governorate Canton Prefecture Khanate Caliphate Viceroyalty " +
	"Electorate Margraviate Landgraviate Archduchy Voivodeship Oblast Shire Borough Colony Dominion")

// stateOpeners name the state a listed place is: "the Kingdom of Saudi
// Arabia" is Saudi Arabia, "the City of Cleveland" Cleveland.
var stateOpeners = keySet("Kingdom Republic Commonwealth Emirate Sultanate Principality City")

// polityQualifiers may stand before a polity opener: "Grand Duchy",
// "Autonomous Region", "Free State".
var polityQualifiers = keySet("Grand Autonomous Free United Federal Second Third First Holy Crown Royal Special")

// joinPolity joins a place and the polity opener and "of" (and "the")
// before it into one place: "the Province of New York" is one place, not
// New York.
func joinPolity(ws []nerWord, spans []nerSpan) []nerSpan {
	for k := range spans {
		sp := &spans[k]
		if sp.Type != "GPE" && sp.Type != "LOC" || sp.Start < 2 {
			continue
		}
		of := sp.Start - 1
		if ws[of].key == keyThe && of > 1 {
			of--
		}
		op := of - 1
		if ws[of].key != keyOf || !polityOpeners[ws[op].key] || ws[op].flags&fCap == 0 {
			continue
		}
		start := op
		if start > 0 && polityQualifiers[ws[start-1].key] && ws[start-1].flags&fCap != 0 {
			start--
		}
		if k > 0 && spans[k-1].End > start {
			if spans[k-1].Start < start || spans[k-1].End > of {
				continue
			}
			spans[k-1].End = spans[k-1].Start // emptied, dropped below
		}
		sp.Start, sp.Probs = start, typeProbs{typPlace: 1}
		if !stateOpeners[ws[op].key] {
			sp.Entry = -1 // the Province of New York is not the city
		}
	}
	return slices.DeleteFunc(spans, func(sp nerSpan) bool { return sp.End <= sp.Start })
}

// stateBodyHeads open the names of a state's bodies that its country's
// name may stand before: "United States Department of Justice", "United
// States House of Representatives".
var stateBodyHeads = keySet("Department Ministry Office Bureau Agency Senate House Parliament Congress Embassy Consulate Navy Army")

// joinCountryBody joins a listed country and the name of one of its state
// bodies written right after it into the body's name: "the United States
// Department of Justice" is the Department of Justice, one organisation.
func joinCountryBody(g *gazetteer, ws []nerWord, spans []nerSpan) []nerSpan {
	for k := 1; k < len(spans); k++ {
		a, b := &spans[k-1], &spans[k]
		if a.End != b.Start || a.Entry < 0 || a.Type != "GPE" || b.Type != "ORG" {
			continue
		}
		if b.Entry >= 0 && g.entries[b.Entry].Owner == g.entries[a.Entry].Name ||
			b.Entry < 0 && b.End-b.Start >= 2 && stateBodyHeads[ws[b.Start].key] {
			b.Start = a.Start
			a.End = a.Start // emptied, dropped below
		}
	}
	return slices.DeleteFunc(spans, func(sp nerSpan) bool { return sp.End <= sp.Start })
}

// monumentKeys are kinds of place that a name after "of" or "to" may
// complete: "the Tomb of the Unknown Soldier", "the Monument to the Heroes
// of Iquique", "the Cathedral of Christ the Saviour".
var monumentKeys = keySet("Tomb Mausoleum Monument Memorial Cathedral Palace Church Chapel Basilica Temple Shrine Tower Gate Arch")

// joinMonumentOf joins a lone kind of place and the capitalised name after
// its "of" or "to" (and "the") into one place; names found in that name are
// part of it.
func joinMonumentOf(ws []nerWord, spans []nerSpan) []nerSpan {
	out := spans[:0]
	joined := 0
	for _, sp := range spans {
		if sp.Start < joined {
			continue
		}
		j := sp.End
		if sp.Entry < 0 && sp.End-sp.Start == 1 && monumentKeys[ws[sp.Start].key] && j+1 < len(ws) &&
			(ws[j].key == keyOf || ws[j].key == keyTo) {
			j++
			if ws[j].key == keyThe {
				j++
			}
			e := j
			for e < len(ws) && (ws[e].flags&fUpper != 0 || e > j && ws[e].key == keyOf && e+1 < len(ws) && ws[e+1].flags&fUpper != 0 ||
				e > j && ws[e].key == keyThe && ws[e-1].flags&fUpper != 0 && e+1 < len(ws) && ws[e+1].flags&fUpper != 0) {
				e++
			}
			if e > j {
				sp = nerSpan{Start: sp.Start, End: e, Type: "LOC", Entry: -1, Probs: typeProbs{typPlace: 1}}
				joined = e
			}
		}
		out = append(out, sp)
	}
	return out
}

// splitBodyPerson splits an unlisted organisation's name that runs on into
// a person's, a given name and one or two more words after the body's last
// word: "CEO of the Refugee Council Enver Solomon told" names the council and
// its head.
func splitBodyPerson(ws []nerWord, spans []nerSpan) []nerSpan {
	first := theGazetteer().firstNames
	for k := 0; k < len(spans); k++ {
		sp := spans[k]
		if sp.Type != "ORG" || sp.Entry >= 0 || sp.End-sp.Start < 4 {
			continue
		}
		for g := sp.End - 3; g <= sp.End-2; g++ {
			if g > sp.Start && theHints().words[ws[g-1].key]&lexOrgWord != 0 && first[ws[g].key] && ws[g].flags&fCap != 0 &&
				ws[sp.End-1].flags&fCap != 0 {
				person := nerSpan{Start: g, End: sp.End, Type: "PERSON", Entry: -1, Probs: typeProbs{typPerson: 1}}
				spans[k].End = g
				spans = slices.Insert(spans, k+1, person)
				k++
				break
			}
		}
	}
	return spans
}

// givenTitles are titles that are also common English given names.
var givenTitles = keySet("Earl Dean")

// withGivenTitle extends a one-word person's name back over a title that
// is also a common given name when no capitalised word stands before it and
// the name is no given name itself: "played with Earl Hines".
func withGivenTitle(ws []nerWord, gt []uint8, spans []nerSpan) []nerSpan {
	for k, sp := range spans {
		s := sp.Start
		if sp.Type == "PERSON" && sp.End-s == 1 && s > 0 && gt[s-1] == gazTitle && givenTitles[ws[s-1].key] &&
			!theGazetteer().firstNames[ws[s].key] && (s == 1 || ws[s-2].flags&fUpper == 0) && (k == 0 || spans[k-1].End < s) {
			spans[k].Start = s - 1
		}
	}
	return spans
}

// withApostropheName extends a person's name over a capitalised word with
// an apostrophe inside it before a lower-case letter, which the tagger has
// seldom seen: "Korir Sing'oei", "Ngũgĩ wa Thiong'o" (but "O'Connor" it
// knows).
func withApostropheName(text string, ws []nerWord, spans []nerSpan) []nerSpan {
	for k, sp := range spans {
		e := sp.End
		if sp.Type != "PERSON" || e >= len(ws) || ws[e].Start != ws[e-1].End+1 || ws[e].flags&fCap == 0 ||
			k+1 < len(spans) && spans[k+1].Start <= e || !innerApostrophe(text[ws[e].Start:ws[e].End]) {
			continue
		}
		spans[k].End = e + 1
	}
	return spans
}

// innerApostrophe reports whether w has an apostrophe between letters with
// a lower-case letter after it.
func innerApostrophe(w string) bool {
	for i := 1; i+1 < len(w); i++ {
		if w[i] == '\'' && 'a' <= w[i+1] && w[i+1] <= 'z' {
			return true
		}
	}
	return false
}

// withParticles extends a person's family name back over the lower-case
// particles that open it when no given name stands before them: "de
// Klerk", "President de Klerk", "met van Beethoven", "The De Gasperi era".
func withParticles(ws []nerWord, gt []uint8, spans []nerSpan) []nerSpan {
	for k, sp := range spans {
		j := sp.Start
		for j > 0 && surnameParticles[ws[j-1].key] {
			j--
		}
		if sp.Type != "PERSON" || j == sp.Start || j > 0 && ws[j-1].flags&fUpper != 0 && gt[j-1] != gazTitle && ws[j-1].key != keyThe ||
			k > 0 && spans[k-1].End > j {
			continue
		}
		spans[k].Start = j
	}
	return spans
}

// surnameParticles open family names: "de Klerk", "van Gogh", "da Silva".
var surnameParticles = keySet("de van von der den da di du del della ter ten dos das")

// maxAndSide bounds the capitalised words on either side of "and" or "&"
// that joinAndBody makes one name.
const maxAndSide = 4

// joinAndBody makes one organisation of the capitalised words on both
// sides of "&" ("Siemens & Halske", "London School of Hygiene & Tropical
// Medicine"), or of "and" when the words after it end in the word of a body
// ("Securities and Exchange Commission", "Food and Agriculture
// Organization"). A side the gazetteer knows as a place or person keeps
// its own name ("Russia & China"), and so does a place, a person before
// "and", a title's bearer and a work's cited authors, and the names on both sides of
// "and" when the first is whole: a listed name, or one ending in the word
// of a body ("the Foreign Trade Bank and Korea Kwangson Banking
// Corporation").
func joinAndBody(ws []nerWord, gt []uint8, spans []nerSpan) []nerSpan {
	for i := 1; i+1 < len(ws); i++ {
		amp := ws[i].key == keyAmpersand
		if !amp && ws[i].key != keyAnd || ws[i-1].flags&fUpper == 0 || ws[i+1].flags&fUpper == 0 {
			continue
		}
		if slices.ContainsFunc(spans, func(sp nerSpan) bool { return sp.Start < i && i < sp.End }) {
			continue // already one name: "Bill & Melinda Gates Foundation"
		}
		start, end := capitalisedRun(ws, spans, i, -1), capitalisedRun(ws, spans, i, 1)
		if start >= 0 && start < i-1 && ws[start].key == keyThe {
			start++
		}
		if start < 0 || end < 0 || !amp && (!joinedBodyEnds[ws[end-1].key] || (joinedBodyEnds[ws[i-1].key] || i-start >= 2 && theHints().words[ws[i-1].key]&lexOrgWord != 0) ||
			slices.ContainsFunc(spans, func(sp nerSpan) bool { return sp.End == i && sp.Entry >= 0 })) {
			continue // "and" between two whole names: "Foreign Trade Bank and Korea Kwangson Banking Corporation"
		}
		if amp && citedAuthors(ws, start, end) || slices.ContainsFunc(spans, func(sp nerSpan) bool {
			return start <= sp.Start && sp.End <= end && (sp.Type == "GPE" || sp.Type == "LOC" || !amp && sp.Type == "PERSON")
		}) || slices.ContainsFunc(gt[start:end], func(c uint8) bool { return c == gazTitle }) {
			continue // "Tempe & Mesa", "Browning and War Office", "Kermit & Mr. Bunny"
		}
		if slices.ContainsFunc(spans, func(sp nerSpan) bool {
			return sp.Start < end && start < sp.End && (sp.Start < start || sp.End > end || sp.Entry >= 0 && sp.Type != "ORG")
		}) {
			continue // a listed place or person, or a name reaching out of the words joined
		}
		spans = slices.DeleteFunc(spans, func(sp nerSpan) bool { return sp.Start < end && start < sp.End })
		k, _ := slices.BinarySearchFunc(spans, start, func(sp nerSpan, s int) int { return sp.Start - s })
		spans = slices.Insert(spans, k, nerSpan{Start: start, End: end, Type: "ORG", Entry: -1, Probs: typeProbs{typOrg: 1}})
		i = end
	}
	return spans
}

// citedAuthors reports whether words start to end, joined by "&", are
// the authors of a cited work: a year follows them ("Miller & Robertson,
// 2010", "Heidenreich & Turano 2011", "Carrano & Biewener [7]"), or a bracket or a list of names
// leads to them ("(Baron & Beresford", "Hein, Reich, Marks, & Grigorenko").
func citedAuthors(ws []nerWord, start, end int) bool {
	if start > 0 && (ws[start-1].key == keyComma || ws[start-1].key == keyOpen || ws[start-1].key == keySemicolon) {
		return true
	}
	if end < len(ws) && ws[end].key == keyOpenSquare {
		return true // "Carrano & Biewener [7]"
	}
	if end < len(ws) && (ws[end].key == keyComma || ws[end].key == keyOpen) {
		end++
	}
	return end < len(ws) && ws[end].End-ws[end].Start == 4 && ws[end].flags&(fDigit|fAlpha) == fDigit
}

// capitalisedRun returns where the name beside the joining word i ends
// (dir 1) or starts (dir -1): a span that ends or starts there, or else the
// capitalised words there, at most maxAndSide; -1 for a longer run.
func capitalisedRun(ws []nerWord, spans []nerSpan, i, dir int) int {
	for _, sp := range spans {
		if dir < 0 && sp.End == i {
			return sp.Start
		}
		if dir > 0 && sp.Start == i+1 {
			return sp.End
		}
	}
	j := i + dir
	for n := 0; j >= 0 && j < len(ws) && ws[j].flags&fUpper != 0; n++ {
		if n == maxAndSide {
			return -1
		}
		j += dir
	}
	if dir < 0 {
		return j + 1
	}
	return j
}

var (
	keyAmpersand  = foldHash("&")
	keySemicolon  = foldHash(";")
	keyOpenSquare = foldHash("[")
	// joinedBodyEnds end the names of bodies that "and" may join inside:
	// "Securities and Exchange Commission".
	joinedBodyEnds = keySet("commission committee organization organisation foundation association society institute council " +
		"company corporation department ministry agency bureau authority board service fund trust exchange union " +
		"federation league alliance party front movement centre center administration office institution laboratory bank community")
)
