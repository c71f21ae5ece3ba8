package extract

import (
	"slices"
	"strings"
)

// nerSpan is a candidate actor mention over words [Start, End) of a sentence.
type nerSpan struct {
	Start, End int
	Type       string
	Entry      int32 // gazetteer entry, or -1 when found by the tagger
	// Probs is how likely the tagger found each of person, organisation
	// and place for a span it tagged (all zero for other spans).
	Probs typeProbs
	// Described is set when the text says what the name is ("Roche is a
	// Swiss company"), which settles its type (see describedKinds).
	Described bool
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
			sc.spans = gluedInitials(g, text, sc.words, withApostropheName(text, sc.words, sentenceSpans(g, m, &sc)))
			if line == menuLine && !namesOnly(sc.words, sc.spans) {
				continue
			}
			found[si] = sentenceFinds{slices.Clone(sc.words), slices.Clone(sc.gaz), slices.Clone(sc.spans)}
		}
	}
	trimHeadlines(found)
	dropVessels(found)
	retypeNames(m, text, found)
	kinds := describedKinds(found)
	for _, f := range found {
		names.add(f.words, f.spans)
	}
	var probs []typeProbs
	for si, f := range found {
		f.spans = bareNorth(g, text, f)
		for _, sp := range withParticles(f.words, f.gaz, names.missed(f.words, f.gaz, f.spans)) {
			sp = describedSpan(kinds, f.words, sp)
			if sp.Type == typeMisc {
				continue // "Rosetta was a space probe"
			}
			start, end := f.words[sp.Start].Start, f.words[sp.End-1].End
			if sp.Entry < 0 && (pluralAcronym(text[start:end]) || compoundAdjective(text[start:end]) || workTitle(text, start, end)) {
				continue
			}
			raw = append(raw, rawMention{Span: Span{start, end}, Text: text[start:end], Sentence: si,
				Type: sp.Type, Entry: sp.Entry, Titled: sp.Start > 0 && f.gaz[sp.Start-1] == gazTitle, Described: sp.Described})
			probs = append(probs, sp.Probs)
		}
	}
	poolTypes(raw, probs)
	listPlaces(text, raw)
	concepts, languages := conceptAcronyms(text), languageNames(text)
	raw = slices.DeleteFunc(raw, func(m rawMention) bool {
		return (m.Text == "North" || m.Text == "South") && strings.HasPrefix(text[m.End:], " of ") || // "the South of France"
			m.Entry < 0 && (concepts[strings.TrimSuffix(m.Text, "s")] || languages[m.Text] || monthBeforeDay(text, m.Span)) ||
			timeZone(text, m) || productModel(text, m) || currencyPrefix(text, m)
	})
	theNorth(g, text, raw)
	sharedOblast(g, text, raw)
	demonymBodies(g, text, raw)
	definedAbbreviations(g, text, raw)
	unResolutions(g, text, raw)
	sportsTeams(g, text, sents, found, raw)
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
func retypeNames(m *tagModel, text string, found []sentenceFinds) {
	if m == nil || m.types == nil || typerWeight == 0 {
		return
	}
	tagged := func(sp nerSpan) bool { return sp.Entry < 0 && sp.Probs != (typeProbs{}) }
	doc := typerContext{}
	var mix typeMix
	for _, f := range found {
		for _, sp := range f.spans {
			if tagged(sp) {
				doc.add(typerMention{f.words, f.gaz, sp.Start, sp.End})
			}
			switch sp.Type {
			case "PERSON":
				mix[typPerson]++
			case "ORG":
				mix[typOrg]++
			case "GPE", "LOC":
				mix[typPlace]++
			}
		}
	}
	var buf []uint64
	for _, f := range found {
		for k, sp := range f.spans {
			if !tagged(sp) {
				continue
			}
			buf = typerFeatures(buf[:0], typerMention{f.words, f.gaz, sp.Start, sp.End}, doc, mix)
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
			if sp.End-sp.Start >= 2 && (placeHeads[f.words[sp.End-1].key] || placeOpeners[f.words[sp.Start].key] && f.words[sp.Start+1].key == keyOf ||
				sp.Type == "PERSON" && saintPlace(f.words[sp.Start:sp.End])) {
				sp.Type = placeType(f.words[sp.End-1].key)
				sp.Probs = typeProbs{typPlace: 1}
			}
			if sp.End-sp.Start >= 2 && placeFirsts[f.words[sp.Start].key] && theHints().words[f.words[sp.End-1].key]&lexOrgWord == 0 {
				sp.Type, sp.Probs = "LOC", typeProbs{typPlace: 1} // "Hotel Wentworth", "Rue des Archives"
			}
			if sp.Type == "ORG" && sp.End-sp.Start == 1 && compoundPlace(text[f.words[sp.Start].Start:f.words[sp.Start].End]) {
				sp.Type, sp.Probs = "LOC", typeProbs{typPlace: 1}
			}
			if sp.End-sp.Start >= 2 && companyForms[f.words[sp.End-1].key] && f.words[sp.End-1].flags&fCap != 0 {
				sp.Type, sp.Probs = "ORG", typeProbs{typOrg: 1}
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
	spans = splitBodyPerson(ws, joinMonumentOf(ws, joinAndBody(ws, sc.gaz, withParticles(ws, sc.gaz, joinFieldList(ws, joinUpon(ws, withFacilityHead(ws, joinRegnal(ws, joinPatronymic(ws, joinInitials(g, ws, joinOrgOf(ws, joinPlaceOf(ws, joinOfficeOf(ws, sc.gaz, withOrdinal(ws,
		joinOrgFor(ws, joinOrgAnd(ws, sc.gaz, joinHyphenGiven(ws, sc.gaz, joinLeadingInitials(ws, sc.gaz, withGivenTitle(ws, sc.gaz, joinCountryBody(g, ws, joinPolity(ws, namedPlaceOf(ws, sc.gaz, spans))))))))))))))))))))))
	return slices.DeleteFunc(spans, func(sp nerSpan) bool { return inEventName(ws, sp) })
}

var keyAnd = foldHash("and")

// removed marks a gazetteer span replaced by a tagged organisation.
const removed = -2

// mergeTagged adds a tagger span unless it overlaps gazetteer spans (the
// first len(hits) of spans, in order). A longer tagged name that contains
// gazetteer names of other types replaces them: "Moscow State University"
// (ORG around a city), "Chad Michael Murray" (PERSON around a country), and
// so does a person's name around another person's family name ("Eleanor
// Vance"), unless a hyphen joins them: "the Kim-Putin talks" name two.
func mergeTagged(g *gazetteer, ws []nerWord, spans []nerSpan, hits []gazMatch, sp nerSpan) []nerSpan {
	k, _ := slices.BinarySearchFunc(hits, sp.Start, func(h gazMatch, p int) int { return h.End - 1 - p })
	if k < len(hits) && hits[k].Start == sp.Start && hits[k].End+2 < sp.End && ws[hits[k].End].key == keyPossessive &&
		ws[hits[k].End+1].flags&fUpper != 0 {
		// A listed owner before "'s" keeps its name, and what it owns is a
		// name of its own: "Treasury's Office of Foreign Assets Control".
		rest := sp
		rest.Start = hits[k].End + 1
		return mergeTagged(g, ws, spans, hits, rest)
	}
	end, words := k, 0
	for end < len(hits) && hits[end].Start < sp.End {
		h := hits[end]
		if spans[end].Type == "PERSON" && h.Start > sp.Start+1 && ws[h.Start-1].key == keyHyphen && h.End == sp.End {
			// "the Kim-Putin talks": the name before the hyphen is one of its own
			return append(spans, nerSpan{Start: sp.Start, End: h.Start - 1, Type: sp.Type, Entry: -1, Probs: sp.Probs})
		}
		if spans[end].Type == "PERSON" && k == end && sp.Type == "PERSON" && h.End == sp.End && h.Start > sp.Start &&
			g.given[givenKey(h.Entry, ws[sp.Start].key)] && !g.initialsDiffer(h.Entry, ws, sp.Start+1, h.Start) {
			// The listed person named in full, with initials or a
			// patronymic the list leaves out: "Vladimir V. Putin".
			spans[end].Start = sp.Start
			return spans
		}
		if h.Start < sp.Start || h.End > sp.End ||
			spans[end].Type == "PERSON" && !(surnameOfPerson(sp, h) && (g.namesOther(h.Entry, ws[sp.Start]) || g.initialsDiffer(h.Entry, ws, sp.Start+1, h.Start)) ||
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
	// So does one heading a place named after a person: "Sheikh Lotfollah
	// Mosque", "Prince Edward Island" (but "Dr. Stuart Hall" is a person).
	last := theHints().words[ws[sp.End-1].key]
	body := last&lexOrgWord != 0 || last&lexLocWord != 0 && last&lexSurname == 0 && sp.End-sp.Start >= 3
	for sp.Start < sp.End && (ws[sp.Start].flags&(fUpper|fDigit) == 0 || gt[sp.Start] == gazTitle && !body || gt[sp.Start] == gazClutter ||
		(gt[sp.Start] == gazDemonym && sp.Type != "ORG" && !demonymPolity(ws, sp)) || ws[sp.Start].key == keyThe) {
		if gt[sp.Start] == gazTitle {
			sp.Type = "PERSON"
		}
		sp.Start++
	}
	if questionAuxiliary(ws, sp) {
		sp.Start++ // "Q: Will Kim go to Moscow?"
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
	if sp.End-sp.Start >= 2 && sp.End < len(ws) && gt[sp.End] == gazTitle && ws[sp.End-1].key == keyPress {
		sp.End-- // "White House Press Secretary Karoline Leavitt": the press is the title's
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

// questionAuxiliary reports whether the span sp of two words or more
// opens a question with an auxiliary before a verb in lower case: "Will Kim
// go to Moscow?", "Can Seoul stop it?"; the auxiliary is no part of a name.
func questionAuxiliary(ws []nerWord, sp nerSpan) bool {
	return sp.End-sp.Start >= 2 && auxiliaryKeys[ws[sp.Start].key] && ws[len(ws)-1].key == keyQuestion &&
		(sp.Start == 0 || ws[sp.Start-1].key == keyColon) && sp.End < len(ws) && ws[sp.End].flags&(fUpper|fPunct|fDigit) == 0
}

var (
	keyPress      = foldHash("Press")
	auxiliaryKeys = keySet("Will Would Can Could Should Shall Did Does Do Is Are Was Were Has Have Had May Might Must")
	keyQuestion   = foldHash("?")
)

// polityNouns end the names of states written with a nationality: "the
// Russian Empire", "the Dutch Republic".
var polityNouns = keySet("Empire Republic Federation Kingdom Confederation Commonwealth Sultanate Khanate Caliphate Emirate")

// demonymPolity reports whether the span sp is a nationality and a polity
// noun, which name a state together: "Russian Empire".
func demonymPolity(ws []nerWord, sp nerSpan) bool {
	return sp.End-sp.Start == 2 && polityNouns[ws[sp.Start+1].key]
}

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
// field, not an actor (but "a U.S. official" and "a Kremlin spokesman" do),
// or a sea's name used as an adjective ("the Pacific port").
func attributivePlace(ws []nerWord, sp nerSpan) bool {
	if sp.End >= len(ws) || sp.Type != "LOC" && sp.Type != "GPE" {
		return false
	}
	next := &ws[sp.End]
	if sp.End-sp.Start == 1 && seaAdjectives[ws[sp.Start].key] && next.flags&fUpper == 0 && next.flags&fAlpha != 0 {
		return true // "the Pacific port", "Caspian cities": a sea's name as an adjective
	}
	return sp.Start > 0 && indefiniteKeys[ws[sp.Start-1].key] &&
		(expertNouns[next.key] || sp.Type == "LOC" && fieldNouns[next.key]) // "an Asia security research fellow"
}

var (
	indefiniteKeys = keySet("a an")
	expertNouns    = keySet("expert specialist scholar watcher analyst researcher historian hand hawk")
	fieldNouns     = keySet("security policy affairs")
	seaAdjectives  = keySet("Pacific Atlantic Caspian Baltic Arctic Mediterranean")
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
