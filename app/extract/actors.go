package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// nerSpan is a candidate actor mention over words [Start, End) of a sentence.
type nerSpan struct {
	Start, End int
	Type       string
	Entry      int32 // gazetteer entry, or -1 when found by the tagger
	// Probs is how likely the tagger found each of person, organisation
	// and place for a span it tagged (all zero for other spans).
	Probs typeProbs
}

// actorScratch holds buffers reused across the sentences of a document.
type actorScratch struct {
	words  []nerWord
	hits   []gazMatch
	gaz    []uint8
	labels []uint8
	spans  []nerSpan
	lat    lattice
}

// findActors finds actor mentions with the gazetteer and the tagger, then
// resolves them into actors within the document.
func findActors(text string, sents []Sentence) ([]Actor, []Mention) {
	g, m := theGazetteer(), theModel()
	var sc actorScratch
	var raw []rawMention
	names := docNames{}
	found := make([]sentenceFinds, len(sents))
	for si, s := range sents {
		sc.words = nerWords(sc.words[:0], text, s.Span)
		if line := pageLine(sc.words); line != byline {
			sc.spans = gluedInitials(g, text, sc.words, sentenceSpans(g, m, &sc))
			if line == menuLine && !namesOnly(sc.words, sc.spans) {
				continue
			}
			found[si] = sentenceFinds{slices.Clone(sc.words), slices.Clone(sc.gaz), slices.Clone(sc.spans)}
		}
	}
	trimHeadlines(found)
	dropVessels(found)
	retypeNames(m, found)
	for _, f := range found {
		names.add(f.words, f.spans)
	}
	var probs []typeProbs
	for si, f := range found {
		f.spans = bareNorth(g, text, f)
		for _, sp := range names.missed(f.words, f.gaz, f.spans) {
			start, end := f.words[sp.Start].Start, f.words[sp.End-1].End
			if sp.Entry < 0 && (pluralAcronym(text[start:end]) || compoundAdjective(text[start:end]) || workTitle(text, start, end)) {
				continue
			}
			raw = append(raw, rawMention{Span: Span{start, end}, Text: text[start:end], Sentence: si,
				Type: sp.Type, Entry: sp.Entry, Titled: sp.Start > 0 && f.gaz[sp.Start-1] == gazTitle})
			probs = append(probs, sp.Probs)
		}
	}
	poolTypes(raw, probs)
	concepts, languages := conceptAcronyms(text), languageNames(text)
	raw = slices.DeleteFunc(raw, func(m rawMention) bool {
		return (m.Text == "North" || m.Text == "South") && strings.HasPrefix(text[m.End:], " of ") || // "the South of France"
			m.Entry < 0 && (concepts[strings.TrimSuffix(m.Text, "s")] || languages[m.Text] || monthBeforeDay(text, m.Span))
	})
	theNorth(g, text, raw)
	sharedOblast(g, text, raw)
	demonymBodies(g, text, raw)
	for i := 0; i+1 < len(raw); i++ {
		n := raw[i+1]
		switch {
		case n.Entry < 0:
		case g.entries[n.Entry].Capital != "" && text[raw[i].End:n.Start] == " in ":
			raw[i].Home = g.entries[n.Entry].Capital // "the Defense Ministry in Tokyo"
		case g.entries[n.Entry].Country != "" && n.Sentence == raw[i].Sentence && titlesOnly(g, text[raw[i].End:n.Start]):
			raw[i].Home = g.entries[n.Entry].Country // "Foreign Ministry spokeswoman Maria Zakharova"
		}
	}
	return resolveActors(g, raw)
}

// maxTitleGap is the most words between a body and the person it employs
// ("Foreign Ministry deputy spokesperson Lee").
const maxTitleGap = 3

// titlesOnly reports whether gap, the text between a body and a person,
// holds only one to maxTitleGap title words, after an optional possessive
// and before an optional comma ("'s spokeswoman, ").
func titlesOnly(g *gazetteer, gap string) bool {
	gap = strings.TrimPrefix(gap, "'s")
	gap = strings.TrimSuffix(strings.TrimSpace(gap), ",")
	ws := strings.Fields(gap)
	if len(ws) == 0 || len(ws) > maxTitleGap {
		return false
	}
	for _, w := range ws {
		if !g.titles[foldHash(w)] {
			return false
		}
	}
	return true
}

// monthBeforeDay reports whether the name at sp is a month or its
// abbreviation before a day's number: the tagger may read "Jun" of "Jun.
// 20, 2024" as a name.
func monthBeforeDay(text string, sp Span) bool {
	if !monthWords[foldHash(text[sp.Start:sp.End])] {
		return false
	}
	rest := strings.TrimPrefix(text[sp.End:], ".")
	return len(rest) > 1 && rest[0] == ' ' && rest[1] >= '0' && rest[1] <= '9'
}

// bareNorth returns the sentence's spans with, added in order, each "the
// North" or "the South" that the tagger left out, as the Korea of that name
// when the text names it: a sentence's opening "The North first sent
// troops" reads like an adjective to the tagger.
func bareNorth(g *gazetteer, text string, f sentenceFinds) []nerSpan {
	var out []nerSpan
	for i := 1; i < len(f.words); i++ {
		w := f.words[i]
		if !northSouth[w.key] || w.flags&fUpper == 0 || f.words[i-1].key != keyThe ||
			i+1 < len(f.words) && (f.words[i+1].flags&fUpper != 0 || f.words[i+1].key == keyOf) || spanAt(f.spans, i) {
			continue
		}
		name := text[w.Start:w.End] + " Korea"
		e := g.named(name)
		if e < 0 || !strings.Contains(text, name) {
			continue
		}
		if out == nil {
			out = slices.Clone(f.spans)
		}
		out = append(out, nerSpan{Start: i, End: i + 1, Type: "GPE", Entry: e})
	}
	if out == nil {
		return f.spans
	}
	slices.SortFunc(out, func(a, b nerSpan) int { return a.Start - b.Start })
	return out
}

// spanAt reports whether word i lies in one of spans.
func spanAt(spans []nerSpan, i int) bool {
	return slices.ContainsFunc(spans, func(sp nerSpan) bool { return sp.Start <= i && i < sp.End })
}

// theNorth gives a bare "North" or "South" the Korea of that name when the
// text names that Korea, if only in its adjective ("North Korean troops ...
// the North"); alias resolution joins it to the country when the country is
// an actor of its own.
func theNorth(g *gazetteer, text string, raw []rawMention) {
	for i := range raw {
		m := &raw[i]
		if m.Entry >= 0 || m.Text != "North" && m.Text != "South" || m.Type != "GPE" && m.Type != "LOC" {
			continue
		}
		name := m.Text + " Korea"
		if !strings.Contains(text, name) {
			continue
		}
		if e := g.named(name); e >= 0 {
			m.Entry = e
		}
	}
}

// dropVessels removes the names of ships, which are no actors, from the
// whole document: a name after a kind of ship ("the destroyer Choe Hyon",
// named after a guerrilla commander, is also "the 5,000-ton Choe Hyon") or
// after a navy's prefix ("USS Carl Vinson").
func dropVessels(found []sentenceFinds) {
	ships := map[uint64]bool{}
	for _, f := range found {
		for _, sp := range f.spans {
			if sp.Start > 0 && (vesselBefore(f, sp.Start) || shipPrefixes[f.words[sp.Start-1].key]) ||
				shipPrefixes[f.words[sp.Start].key] {
				ships[phraseHash(f.words[sp.Start:sp.End])] = true
			}
		}
	}
	if len(ships) == 0 {
		return
	}
	for k := range found {
		f := &found[k]
		f.spans = slices.DeleteFunc(f.spans, func(sp nerSpan) bool { return ships[phraseHash(f.words[sp.Start:sp.End])] })
	}
}

// vesselBefore reports whether a kind of ship stands before word i, over
// the title words that open a ship's name: "the frigate Marshal
// Shaposhnikov", "the aircraft carrier Theodore Roosevelt".
func vesselBefore(f sentenceFinds, i int) bool {
	p := i - 1
	for p > 0 && f.gaz[p] == gazTitle {
		p--
	}
	k := f.words[p].key
	return vesselNouns[k] || k == keyCarrier && p > 0 && f.words[p-1].key == keyAircraft
}

var (
	keyCarrier  = foldHash("carrier")
	keyAircraft = foldHash("aircraft")
	vesselNouns = keySet("destroyer destroyers frigate frigates corvette corvettes cruiser submarine warship vessel " +
		"ship tanker freighter yacht icebreaker")
	shipPrefixes = keySet("uss hms hmas ins roks rfs")
)

// poolTypes gives the tagged mentions of one name in a document the type
// that all of their evidence together favours: the tagger's probabilities
// summed over the mentions ("Coron was registered as a town" alone reads as
// a person; "in Coron" and "to Coron" settle it). Mentions typed by a title
// or found by the gazetteer keep their type.
func poolTypes(raw []rawMention, probs []typeProbs) {
	sums := map[string]typeProbs{}
	keys := make([]string, len(raw))
	for i, m := range raw {
		if m.Entry >= 0 {
			continue
		}
		keys[i] = foldName(m.Text)
		if probs[i] != (typeProbs{}) {
			sum := sums[keys[i]]
			for k, p := range probs[i] {
				sum[k] += p
			}
			sums[keys[i]] = sum
		}
	}
	for i, m := range raw {
		sum, ok := sums[keys[i]]
		if !ok || m.Entry >= 0 || probs[i] == (typeProbs{}) && raw[i].Type == "PERSON" {
			continue
		}
		switch best := sum.best(); {
		case best == 0:
			raw[i].Type = "PERSON"
		case best == 1:
			raw[i].Type = "ORG"
		case m.Type == "PERSON" || m.Type == "ORG":
			raw[i].Type = placeType(foldHash(lastWord(m.Text)))
		}
	}
}

// retypeNames mixes the typer's probabilities into those of each name the
// tagger found, and types the name by the mix.
func retypeNames(m *tagModel, found []sentenceFinds) {
	if m == nil || m.types == nil || typerWeight == 0 {
		return
	}
	tagged := func(sp nerSpan) bool { return sp.Entry < 0 && sp.Probs != (typeProbs{}) }
	doc := typerContext{}
	for _, f := range found {
		for _, sp := range f.spans {
			if tagged(sp) {
				doc.add(typerMention{f.words, f.gaz, sp.Start, sp.End})
			}
		}
	}
	var buf []uint64
	for _, f := range found {
		for k, sp := range f.spans {
			if !tagged(sp) {
				continue
			}
			buf = typerFeatures(buf[:0], typerMention{f.words, f.gaz, sp.Start, sp.End}, doc)
			p := m.types.probs(buf)
			for c := range p {
				sp.Probs[c] = float32(typerWeight)*p[c] + float32(1-typerWeight)*sp.Probs[c]
			}
			switch sp.Probs.best() {
			case typPerson:
				sp.Type = "PERSON"
			case typOrg:
				sp.Type = "ORG"
			default:
				if sp.Type == "PERSON" || sp.Type == "ORG" {
					sp.Type = placeType(f.words[sp.End-1].key)
				}
			}
			if sp.End-sp.Start >= 2 && (placeHeads[f.words[sp.End-1].key] || placeOpeners[f.words[sp.Start].key] && f.words[sp.Start+1].key == keyOf) {
				sp.Type = placeType(f.words[sp.End-1].key)
				sp.Probs = typeProbs{typPlace: 1}
			}
			f.spans[k] = sp
		}
	}
}

// sentenceFinds keeps a sentence's words, gazetteer classes and spans for
// the document-level second look.
type sentenceFinds struct {
	words []nerWord
	gaz   []uint8
	spans []nerSpan
}

// sentenceSpans returns the actor spans of the words in sc.
func sentenceSpans(g *gazetteer, m *tagModel, sc *actorScratch) []nerSpan {
	ws := sc.words
	sc.hits = g.match(sc.hits[:0], ws)
	sc.gaz = g.gazTags(sc.gaz, ws, sc.hits)
	spans := sc.spans[:0]
	for _, h := range sc.hits {
		spans = append(spans, nerSpan{Start: h.Start, End: h.End, Type: g.entries[h.Entry].Type, Entry: h.Entry})
	}
	if m == nil {
		return spans
	}
	if cap(sc.labels) < len(ws) {
		sc.labels = make([]uint8, len(ws))
	}
	labels := sc.labels[:len(ws)]
	m.tag(ws, sc.gaz, labels, &sc.lat)
	for i := 0; i < len(ws); {
		if labels[i]%2 != 1 {
			i++
			continue
		}
		j := i + 1
		for j < len(ws) && labels[j] == labels[i]+1 {
			j++
		}
		if sp, ok := cleanSpan(ws, sc.gaz, nerSpan{Start: i, End: j, Type: labelType(labels[i]), Entry: -1}); ok {
			if sp.Type == labelType(labels[i]) || sp.Type != "PERSON" {
				sp.Probs = m.spanProbs(ws, sc.gaz, labels, sp, &sc.lat)
			}
			spans = mergeTagged(g, ws, spans, sc.hits, sp)
		}
		i = j
	}
	slices.SortFunc(spans, func(a, b nerSpan) int { return a.Start - b.Start })
	spans = slices.DeleteFunc(spans, func(sp nerSpan) bool {
		return sp.Entry == removed || sp.Type == typeMisc || isCredit(ws, sc.gaz, sp.Start) || attributivePlace(ws, sp)
	})
	return withFacilityHead(ws, joinRegnal(ws, joinPatronymic(ws, joinInitials(g, ws, joinOrgOf(ws, joinPlaceOf(ws, joinOfficeOf(ws, sc.gaz, withOrdinal(ws,
		joinOrgFor(ws, joinOrgAnd(ws, sc.gaz, joinHyphenGiven(ws, sc.gaz, joinLeadingInitials(ws, sc.gaz, spans))))))))))))
}

// facilityHeads are lower-case nouns that make a place's name the name of
// a part of it or a site in it: "Brovary district", "Knevichi airfield",
// "Lefortovo prison".
var facilityHeads = map[uint64]string{
	foldHash("district"): "GPE", foldHash("airfield"): "LOC", foldHash("airbase"): "LOC", foldHash("prison"): "LOC",
}

// withFacilityHead extends a one-word place or tagged name (the tagger may
// take an unknown one for a person) over a facility noun written right
// after it in lower case, as the name of that district or site: "the
// Sviatoshynskyi district of Kyiv" names the district.
func withFacilityHead(ws []nerWord, spans []nerSpan) []nerSpan {
	for k, sp := range spans {
		if sp.End >= len(ws) || sp.End-sp.Start != 1 || sp.Type == "PERSON" && sp.Entry >= 0 || ws[sp.End].flags&fUpper != 0 ||
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
			theHints().words[ws[out[n-1].End-1].key]&lexOrgWord != 0 && ofTheBetween(ws, out[n-1].End, sp.Start) {
			out[n-1] = nerSpan{Start: out[n-1].Start, End: sp.End, Type: "ORG", Entry: -1, Probs: out[n-1].Probs}
			continue
		}
		out = append(out, sp)
	}
	return out
}

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
			if end > sp.End+1 {
				sp.End, joined = end, end
			}
		}
		out = append(out, sp)
	}
	return out
}

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
// "Mecca's Grand Mosque", "Russia's Vostochny Cosmodrome" are two.
func joinPlaceOf(ws []nerWord, spans []nerSpan) []nerSpan {
	out := spans[:0]
	for _, sp := range spans {
		if n := len(out); n > 0 && sp.Entry < 0 && out[n-1].Entry < 0 && (out[n-1].Type == "PERSON" || saintKeys[ws[out[n-1].Start].key]) && out[n-1].End+1 == sp.Start &&
			(ws[sp.Start-1].key == keyPossessive || ws[sp.Start-1].key == keyApostrophe && ws[sp.Start-2].End == ws[sp.Start-1].Start) &&
			(featureKeys[ws[sp.End-1].key] || placeHeads[ws[sp.End-1].key]) {
			out[n-1] = nerSpan{Start: out[n-1].Start, End: sp.End, Type: placeType(ws[sp.End-1].key), Entry: -1, Probs: typeProbs{typPlace: 1}}
			continue
		}
		out = append(out, sp)
	}
	return out
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
				spans[k].End = e + 1
			}
			continue
		}
		if w.key == keyThe && e+1 < len(ws) && ws[e+1].flags&fCap != 0 && epithets[ws[e+1].key] &&
			(e+2 == len(ws) || ws[e+2].flags&fUpper == 0 && ws[e+2].key != keyOf) {
			spans[k].End = e + 2
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
		return e
	}
	// Another spelling of a listed person's given name: "Alexandr
	// Matsegora" is Alexander Matsegora, "Sergey Shoigu" Sergei Shoigu.
	if end, e := g.longest(plain[n-1:n], 0); e >= 0 && end == 1 && g.entries[e].Type == "PERSON" {
		given, _, _ := strings.Cut(g.entries[e].Name, " ")
		if newNERWord(given, 0, len(given)).pre3 == plain[0].pre3 {
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

// isCredit reports whether word i is in a picture credit: after a page
// label and a colon ("Photo: Reuters") or inside brackets holding one
// ("(AP Photo/Lee Jin-man)").
func isCredit(ws []nerWord, gt []uint8, i int) bool {
	if i >= 2 && ws[i-1].key == keyColon && gt[i-2] == gazClutter {
		return true
	}
	for j := i - 1; j >= 0 && i-j <= maxEntityWords; j-- {
		switch {
		case ws[j].key == keyOpen || ws[j].key == keyClose:
			return false
		case gt[j] == gazClutter && j+1 < len(ws) && ws[j+1].key == keySlash:
			return true
		}
	}
	return false
}

var keyColon, keySlash, keyOpen, keyClose, keyBy = foldHash(":"), foldHash("/"), foldHash("("), foldHash(")"), foldHash("by")

// maxPageLine is the length of the longest menu or byline skipped.
const maxPageLine = 12

// Kinds of line that pageLine tells apart.
const (
	textLine = iota
	byline   // "By Hyung-Jin Kim and Jim Heintz": skipped
	menuLine // a few capitalised words with no final stop: kept only when all names
)

// pageLine tells page furniture from text: a byline, or a short line of
// capitalised words with no final stop, which is a menu ("World Business
// Markets") unless it is a heading of names ("Fort Worth, Texas").
func pageLine(ws []nerWord) int {
	if len(ws) == 0 || len(ws) > maxPageLine {
		return textLine
	}
	for _, w := range ws[1:] {
		if w.flags&fAlpha != 0 && w.flags&fUpper == 0 && w.key != keyAnd {
			return textLine
		}
	}
	if ws[0].key == keyBy && ws[0].flags&fUpper != 0 {
		return byline
	}
	if last := ws[len(ws)-1]; len(ws) <= 4 && last.flags&fPunct == 0 && ws[0].flags&fUpper != 0 {
		return menuLine
	}
	return textLine
}

// namesOnly reports whether spans cover every word of ws that has a letter.
func namesOnly(ws []nerWord, spans []nerSpan) bool {
	covered := 0
	for _, sp := range spans {
		covered += sp.End - sp.Start
	}
	letters := 0
	for _, w := range ws {
		if w.flags&fAlpha != 0 && !nonNameKeys[w.key] {
			letters++ // a date's month is no name to cover: "Ukrinform, December 15"
		}
	}
	return len(spans) > 0 && covered >= letters
}

var keyAnd = foldHash("and")

// removed marks a gazetteer span replaced by a tagged organisation.
const removed = -2

// mergeTagged adds a tagger span unless it overlaps gazetteer spans (the
// first len(hits) of spans, in order). A longer tagged name that contains
// gazetteer names of other types replaces them: "Moscow State University"
// (ORG around a city), "Chad Michael Murray" (PERSON around a country), and
// so does a person's name around another person's family name ("Eleanor
// Vance").
func mergeTagged(g *gazetteer, ws []nerWord, spans []nerSpan, hits []gazMatch, sp nerSpan) []nerSpan {
	k, _ := slices.BinarySearchFunc(hits, sp.Start, func(h gazMatch, p int) int { return h.End - 1 - p })
	end, words := k, 0
	for end < len(hits) && hits[end].Start < sp.End {
		h := hits[end]
		if h.Start < sp.Start || h.End > sp.End ||
			spans[end].Type == "PERSON" && !(surnameOfPerson(sp, h) && g.namesOther(h.Entry, ws[sp.Start]) ||
				familyNameFirst(sp, h) && g.namesOther(h.Entry, ws[sp.Start+1]) && !g.shortensName(h.Entry, ws[sp.Start+1])) ||
			spans[end].Type == typeMisc && !surnameOfPerson(sp, h) {
			return spans
		}
		words += h.End - h.Start
		end++
	}
	if end > k && (words == sp.End-sp.Start || end-k > 1 && sp.Type != "ORG" || demonymBeforePlace(g, ws, spans[k:end], sp)) {
		return spans
	}
	for j := k; j < end; j++ {
		spans[j].Entry = removed
	}
	return append(spans, sp)
}

// demonymBeforePlace reports whether the tagged span sp is only demonyms
// before the listed places in it, which end it: "the Palestinian West Bank"
// is the West Bank, no organisation.
func demonymBeforePlace(g *gazetteer, ws []nerWord, in []nerSpan, sp nerSpan) bool {
	if len(in) != 1 || in[0].End != sp.End || in[0].Type != "GPE" && in[0].Type != "LOC" || in[0].Start == sp.Start {
		return false
	}
	for i := sp.Start; i < in[0].Start; i++ {
		if !g.demonyms[ws[i].key] {
			return false
		}
	}
	return true
}

// conceptAcronyms returns the acronyms the text defines after a lower-case
// phrase whose words they abbreviate: "sea surface salinity (SSS)", "ground
// reaction force (GRF)". Such an acronym names a thing, no actor, wherever
// the text uses it.
func conceptAcronyms(text string) map[string]bool {
	var out map[string]bool
	for i := 0; ; {
		k := strings.IndexByte(text[i:], '(')
		if k < 0 {
			return out
		}
		i += k + 1
		end := strings.IndexByte(text[i:], ')')
		if end < 2 || end > maxConceptAcronym+1 {
			continue
		}
		acr := strings.TrimSuffix(text[i:i+end], "s")
		if len(acr) < 2 || !isAcronym(acr) || strings.Contains(acr, ".") {
			continue
		}
		words := strings.Fields(text[max(0, i-1-maxConceptPhrase) : i-1])
		if len(words) < len(acr) {
			continue
		}
		phrase := words[len(words)-len(acr):]
		lower := true
		for j, w := range phrase {
			if w[0] < 'a' || w[0] > 'z' || unicode.ToUpper(rune(w[0])) != rune(acr[j]) {
				lower = false
				break
			}
		}
		if lower {
			if out == nil {
				out = map[string]bool{}
			}
			out[acr] = true
		}
	}
}

// maxConceptAcronym and maxConceptPhrase bound an acronym a text defines
// and the bytes of the phrase before it.
const (
	maxConceptAcronym = 6
	maxConceptPhrase  = 80
)

// languageNames returns the names the text gives languages: the word
// before "language" or "languages" ("Eegimaa is a Jóola language") and the
// name after "speakers of" or "spoken in" a language... Such a name is no
// actor anywhere in the text.
func languageNames(text string) map[string]bool {
	var out map[string]bool
	add := func(name string) {
		name = strings.Trim(name, ",.;:()\"'")
		if name == "" || name[0] < 'A' || name[0] > 'Z' && name[0] < 0x80 {
			return
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[name] = true
	}
	for _, cue := range [...]string{" language", " languages"} {
		for i := 0; ; {
			k := strings.Index(text[i:], cue)
			if k < 0 {
				break
			}
			k += i
			i = k + len(cue)
			if i < len(text) && isASCIILetter(text[i]) {
				continue // "language" in "languages" is read once
			}
			words := strings.Fields(text[max(0, k-maxLanguageName):k])
			if len(words) > 0 {
				add(words[len(words)-1])
			}
		}
	}
	for i := 0; ; {
		k := strings.Index(text[i:], "speakers of ")
		if k < 0 {
			return out
		}
		i += k + len("speakers of ")
		if words := strings.Fields(text[i:min(len(text), i+maxLanguageName)]); len(words) > 0 {
			add(words[0])
		}
	}
}

// maxLanguageName bounds the bytes read for a language's name.
const maxLanguageName = 24

// compoundAdjective reports whether a name ends in a hyphenated
// adjective ending: "Shahed-type drones", "Russian-made", "Iran-backed"
// describe things, they name none.
func compoundAdjective(s string) bool {
	i := strings.LastIndexByte(s, '-')
	return i > 0 && adjectiveTails[strings.ToLower(s[i+1:])]
}

var adjectiveTails = map[string]bool{"type": true, "style": true, "made": true, "based": true, "backed": true,
	"led": true, "built": true, "class": true, "owned": true, "run": true, "funded": true, "designed": true}

// workTitle reports whether text[start:end] is the whole of a quoted title
// after the kind of work it names: the painting "Joan of Arc", the album
// "Abbey Road" name no actor.
func workTitle(text string, start, end int) bool {
	before := strings.TrimRight(text[max(0, start-maxWorkNoun):start], " ")
	after := strings.TrimLeft(text[end:min(len(text), end+4)], " ")
	open, oq := lastRune(before)
	if !oq || !quoteRunes[open] || after == "" || !quoteRunes[firstRune(after)] {
		return false
	}
	before = strings.TrimRight(strings.TrimSuffix(before, string(open)), " ,")
	fields := strings.Fields(before)
	return len(fields) > 0 && workNouns[strings.ToLower(fields[len(fields)-1])]
}

// maxWorkNoun bounds the bytes before a quoted title read for its kind.
const maxWorkNoun = 24

var (
	quoteRunes = map[rune]bool{'"': true, '“': true, '”': true, '\'': true, '‘': true, '’': true}
	workNouns  = map[string]bool{"painting": true, "album": true, "song": true, "single": true, "film": true,
		"movie": true, "book": true, "novel": true, "series": true, "show": true, "play": true, "poem": true,
		"opera": true, "essay": true, "article": true, "paper": true, "documentary": true, "titled": true,
		"entitled": true, "called": true}
)

// lastRune returns the last rune of s, and whether there is one.
func lastRune(s string) (rune, bool) {
	r, n := utf8.DecodeLastRuneInString(s)
	return r, n > 0
}

// firstRune returns the first rune of s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// pluralAcronym reports whether s is an acronym of two or more capitals
// with a plural "s" ("CFLs", "NGOs"): things counted, not a name.
func pluralAcronym(s string) bool {
	n := len(s)
	return n >= 3 && s[n-1] == 's' && isAcronym(s[:n-1])
}

// surnameOfPerson reports whether the gazetteer match h is the one-word
// last name of the tagged person sp: the MISC entry "West" (the bloc) is a
// family name in "Kanye West".
func surnameOfPerson(sp nerSpan, h gazMatch) bool {
	return sp.Type == "PERSON" && sp.End-sp.Start >= 2 && h.End == sp.End && h.End-h.Start == 1
}

// familyNameFirst reports whether the listed name h is the one-word family
// name opening the tagged person sp, written family name first: "Yoon" of
// "Yoon Jae-hoon" is not Yoon Suk Yeol.
func familyNameFirst(sp nerSpan, h gazMatch) bool {
	return sp.Type == "PERSON" && sp.End-sp.Start >= 2 && h.Start == sp.Start && h.End-h.Start == 1
}

// cleanSpan trims titles and leading articles from a tagged span, types it
// by a preceding title and drops adjectives, clutter and non-names.
func cleanSpan(ws []nerWord, gt []uint8, sp nerSpan) (nerSpan, bool) {
	// A title word heads the name of a body ("Foreign Ministry", "State
	// Department") and is kept there.
	body := theHints().words[ws[sp.End-1].key]&lexOrgWord != 0
	for sp.Start < sp.End && (ws[sp.Start].flags&(fUpper|fDigit) == 0 || gt[sp.Start] == gazTitle && !body || gt[sp.Start] == gazClutter ||
		(gt[sp.Start] == gazDemonym && sp.Type != "ORG") || ws[sp.Start].key == keyThe) {
		if gt[sp.Start] == gazTitle {
			sp.Type = "PERSON"
		}
		sp.Start++
	}
	for sp.Type == "PERSON" && sp.End-sp.Start >= 3 && sp.Start > 0 && gt[sp.Start-1] == gazTitle &&
		ws[sp.Start].flags&fCommon != 0 && gt[sp.Start] == 0 {
		sp.Start++ // "Minister of State Security Ri Chang Dae": the office's last word is no part of the name
	}
	if sp.Type == "PERSON" {
		sp.Start = personAfterOffice(ws, gt, sp)
	}
	for k := sp.Start + 1; k < sp.End; k++ {
		if nonNameKeys[ws[k].key] {
			sp.End = k // "Diyala Province on Monday"
		}
	}
	for sp.End > sp.Start && ws[sp.End-1].flags&(fUpper|fDigit) == 0 {
		sp.End-- // a name does not end in "of" or a dash
	}
	if sp.Start >= sp.End || isWordClass(gt[sp.End-1]) || nonNameKeys[ws[sp.Start].key] ||
		sp.End < len(ws) && gt[sp.End] == gazDemonym {
		return sp, false // "North" of "North Korean" is part of an adjective
	}
	if sp.End-sp.Start == 1 && (innerOnlyKeys[ws[sp.Start].key] || nationalityKeys[ws[sp.Start].key]) || regionAdjective(ws[sp.Start:sp.End]) {
		return sp, false // "Affairs" of "Chairman of State Affairs", "Philippine-South Korea relations", "Far Eastern builders"
	}
	if sp.End < len(ws) && gt[sp.End] == gazTitle && titleHead(ws[sp.Start:sp.End]) {
		return sp, false // "National Security" of "National Security Adviser Shin Won-sik"
	}
	if sp.Start > 0 && gt[sp.Start-1] == gazTitle && sp.Type != "ORG" {
		sp.Type = "PERSON"
	}
	if sp.Type == "LOC" {
		sp.Type = placeType(ws[sp.End-1].key)
	}
	return sp, true
}

var keyThe = foldHash("the")

// gazPlaceStart is the gazetteer class of the first word of a listed place.
const gazPlaceStart = 1 + 2*2

// personAfterOffice returns where the name of the person span sp starts
// when an office stands inside it: after a title word with at least two
// capitalised words after it ("Primorsky Gov. Oleg Kozhemyako"), and after
// the place an office is "of" ("Deputy Foreign Minister of Belarus Yevgeny
// Shestakov").
func personAfterOffice(ws []nerWord, gt []uint8, sp nerSpan) int {
	for k := sp.End - 3; k > sp.Start; k-- {
		if gt[k] != gazTitle {
			continue
		}
		j := k + 1
		if ws[j].key == keyDot {
			j++ // "Gov." may be two words
		}
		if sp.End-j >= 2 && ws[j].flags&fUpper != 0 && gt[j] != gazTitle {
			return j
		}
	}
	if sp.Start > 0 && ws[sp.Start-1].key == keyOf && gt[sp.Start] == gazPlaceStart {
		k := sp.Start + 1
		for k < sp.End && gt[k] == gazPlaceStart+1 {
			k++
		}
		if sp.End-k >= 2 {
			return k
		}
	}
	return sp.Start
}

// titleHead reports whether the words ws before a title word are the head
// of a compound title rather than a body's name: ordinary words, the last no
// word that ends names of bodies ("National Security Adviser", but
// "Defense Intelligence Agency Director").
func titleHead(ws []nerWord) bool {
	for _, w := range ws {
		if w.flags&fCommon == 0 {
			return false
		}
	}
	return theHints().words[ws[len(ws)-1].key]&lexOrgWord == 0
}

// attributivePlace reports whether sp is a place between "a" or "an" and
// a noun of expertise: "a Korea expert", "a North Korea watcher" name a
// field, not an actor (but "a U.S. official" and "a Kremlin spokesman" do).
func attributivePlace(ws []nerWord, sp nerSpan) bool {
	return sp.Start > 0 && indefiniteKeys[ws[sp.Start-1].key] && sp.End < len(ws) &&
		expertNouns[ws[sp.End].key] && (sp.Type == "LOC" || sp.Type == "GPE")
}

var (
	indefiniteKeys = keySet("a an")
	expertNouns    = keySet("expert specialist scholar watcher analyst researcher historian hand hawk")
)

// isWordClass reports whether a gazetteer class marks a demonym, title or
// clutter word, which does not end a name.
func isWordClass(c uint8) bool {
	return c == gazDemonym || c == gazTitle || c == gazClutter
}

// nonNameKeys are capitalised words that start no name: months, weekdays,
// pronouns and sentence openers the tagger sometimes takes.
var nonNameKeys = keySet("January February March April May June July August September October November " +
	"December Monday Tuesday Wednesday Thursday Friday Saturday Sunday I We He She It They This That These " +
	"Those A An But And Or If When While After Before In On At For From With By As However Meanwhile " +
	"Inc Ltd Corp LLC Co")

// innerOnlyKeys are words that name nothing alone, only inside a name
// ("Chairman of State Affairs", "Institute of International Relations").
var innerOnlyKeys = keySet("Affairs Relations Studies Sciences")

// nationalityKeys are the nationality adjectives that the demonym list
// leaves out (see demonymCountries): alone they name no actor.
var nationalityKeys = func() map[uint64]bool {
	m := map[uint64]bool{}
	for adj := range demonymCountries {
		m[foldHash(adj)] = true
	}
	return m
}()

// regionAdjective reports whether ws are only the words of a region's
// adjective ending in "-ern": "Far Eastern", "Middle Eastern", "Western".
func regionAdjective(ws []nerWord) bool {
	for _, w := range ws {
		if !regionAdjectiveKeys[w.key] {
			return false
		}
	}
	return len(ws) > 0 && regionEnds[ws[len(ws)-1].key]
}

var (
	regionAdjectiveKeys = keySet("far middle near eastern western northern southern central")
	regionEnds          = keySet("eastern western northern southern")
)

// featureKeys are last words of natural and built places (LOC); other
// places found by the tagger are political (GPE).
var featureKeys = keySet("River Sea Mountain Mountains Mount Lake Ocean Island Islands Peninsula Strait Gulf " +
	"Bay Square Airport Cosmodrome Base Port Valley Desert Coast Bridge Station Palace Hotel Street Avenue " +
	"Canal Border Range Cape Plateau Forest Park Center Centre Zone Plant Complex Site Facility Hall Castle " +
	"Cathedral Temple Mosque Monastery Fortress Tower Beach Falls Glacier Volcano Canyon Reef Lagoon Harbour " +
	"Harbor Road Highway Boulevard Stadium Arena Creek Ridge Peak Gorge Plains Isle Isles Delta Basin Archipelago " +
	"Plaza Tunnel Chapel Abbey Shrine Basilica Synagogue Cemetery Monument Dam Reservoir Escarpment Rift")

// placeType types a tagged place by its last word.
func placeType(last uint64) string {
	if featureKeys[last] {
		return "LOC"
	}
	return "GPE"
}

// keySet returns the folded keys of the words in s.
func keySet(s string) map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range strings.Fields(s) {
		m[foldHash(w)] = true
	}
	return m
}

// lastWord returns the text after the last space of s.
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// sharedOblast names each place of a list that "oblasts" ends by its
// oblast: in "Kyiv, Mykolaiv, Lviv and Dnipropetrovsk oblasts" each is an
// oblast, not the city of its name.
func sharedOblast(g *gazetteer, text string, raw []rawMention) {
	for end := range raw {
		after := text[raw[end].End:]
		if !strings.HasPrefix(after, " oblasts") && !strings.HasPrefix(after, " Oblasts") {
			continue
		}
		start := end
		for start > 0 && raw[start-1].Type == "GPE" && listJoin(text[raw[start-1].End:raw[start].Start]) {
			start--
		}
		if start == end {
			continue // one name before "oblasts" is no list
		}
		for k := start; k <= end; k++ {
			oblast := raw[k].Text + " Oblast"
			if e := g.named(oblast); e >= 0 {
				raw[k].Entry, raw[k].As = e, ""
			} else {
				raw[k].Entry, raw[k].As, raw[k].Type = -1, oblast, "GPE"
			}
		}
	}
}

// listJoin reports whether between joins two names of a list: ", ", " and
// ", and ".
func listJoin(between string) bool {
	return between == ", " || between == " and " || between == ", and "
}

// placeHeads are words that make the name they end a place, whatever the
// tagger's types say ("Xayaburi Dam", "Ghelamco Arena", "St. Michael's
// Bridge"). Words that are also common family names (Hill, Bay, Temple,
// Park) are left out.
var placeHeads = keySet("River Creek Sea Ocean Gulf Strait Canal Falls Mountains Peak Ridge Valley Canyon Gorge " +
	"Plateau Plains Desert Forest Glacier Volcano Island Islands Isle Isles Peninsula Coast Delta Basin Reef " +
	"Archipelago Street Avenue Road Boulevard Square Plaza Bridge Tunnel Stadium Arena Airport Station Palace " +
	"Fortress Tower Cathedral Chapel Abbey Mosque Shrine Monastery Basilica Synagogue Cemetery Monument Dam " +
	"Reservoir Escarpment Rift Province County District Region Oblast Prefecture Empire")

// placeOpeners are words that make a name a place when "of" follows them
// ("Kingdom of Navarre", "Province of New York").
var placeOpeners = keySet("Kingdom Republic Empire Province County Duchy Principality Emirate Sultanate")

// demonymBodies gives a country's body named by a nationality and a
// generic name ("the Latvian Foreign Ministry", "Latvian Radio") to that
// country: its listed body when the gazetteer knows one ("the Russian
// Foreign Ministry"), else a body of its own, named with the nationality,
// rather than the short name's listed sense or the dateline country's.
func demonymBodies(g *gazetteer, text string, raw []rawMention) {
	for i := range raw {
		m := &raw[i]
		if adj, rest, ok := strings.Cut(m.Text, " "); ok && m.Entry < 0 && m.Type == "ORG" && g.demonyms[foldHash(adj)] && genericBody(rest) {
			if e := g.named(rest); e >= 0 && g.entries[e].Type == "ORG" && g.entries[e].Owner != "" && g.entries[e].Owner == g.noteCountry(adj) {
				m.Entry = e // the tagger's "British Defence Ministry" is the listed Ministry of Defence
			}
			continue
		}
		if m.Entry >= 0 && g.entries[m.Entry].Type != "ORG" || m.Entry < 0 && m.Type != "ORG" || !genericBody(m.Text) {
			continue
		}
		before := strings.TrimSuffix(text[:m.Start], " ")
		if len(before) == m.Start {
			continue
		}
		adj := before[strings.LastIndexAny(before, " \n\t\"(")+1:]
		if !g.demonyms[foldHash(adj)] {
			continue
		}
		country := g.noteCountry(adj)
		if country == "" {
			continue
		}
		if len(before) > len(adj) {
			k := strings.LastIndexAny(before[:len(before)-len(adj)-1], " \n\t\"(") + 1
			if c := g.noteCountry(before[k:]); c != "" && c != country {
				adj, country = before[k:], c // "South Korean"
			}
		}
		if e := m.Entry; e >= 0 && (g.entries[e].Owner == country || g.entries[e].Owner == "" && genericBody(g.entries[e].Name)) {
			continue // a body listed under a generic name: "the South Korean National Intelligence Service"
		}
		if e := g.named(m.Text); m.Entry < 0 && e >= 0 && g.entries[e].Type == "ORG" && g.entries[e].Owner == country {
			m.Entry = e // "the British Defence Ministry" is the Ministry of Defence
			continue
		}
		if e := bodyOf(g, country, m.Text); e >= 0 {
			m.Entry = e
			continue
		}
		start := len(before) - len(adj)
		m.Span = Span{start, m.End}
		m.Text, m.Entry, m.Type = text[start:m.End], -1, "ORG"
	}
}

// genericBody reports whether name is made only of words that name a kind
// of body ("Foreign Ministry", "Radio", "Coast Guard"), no body in itself.
func genericBody(name string) bool {
	for _, w := range strings.Fields(name) {
		if !genericBodyWords[foldHash(w)] {
			return false
		}
	}
	return name != ""
}

var genericBodyWords = keySet("foreign defence defense interior justice finance economy trade culture health " +
	"education unification ministry embassy government parliament army navy air force forces armed coast guard " +
	"radio television tv central bank supreme court constitutional presidential office national security " +
	"council police border service intelligence general staff state news agency broadcaster public")

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
