package extract

// Place and body typing: nationality adjectives, place head words, shared oblast
// names and nationality-qualified bodies ("the Latvian Foreign Ministry").

import (
	"slices"
	"strings"
)

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
	"Plaza Tunnel Church Chapel Abbey Shrine Basilica Synagogue Cemetery Monument Dam Reservoir Escarpment Rift")

// placeType types a tagged place by its last word.
func placeType(last uint64) string {
	if featureKeys[last] {
		return "LOC"
	}
	return "GPE"
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

// placeSuffixes end one-word compound place names in German, Dutch and
// the Nordic languages: "Westfalenstadion", "Alexanderplatz", "Keizersgracht",
// "Drottninggatan".
var placeSuffixes = []string{"stadion", "platz", "straße", "strasse", "brücke", "bahnhof", "kirche", "straat",
	"plein", "gracht", "kerk", "gatan", "vägen", "torget", "kirke", "plads", "bruggen"}

// compoundPlace reports whether the word w is a compound place name: one
// of placeSuffixes after at least three letters.
func compoundPlace(w string) bool {
	lw := strings.ToLower(w)
	for _, suf := range placeSuffixes {
		if len(lw) >= len(suf)+3 && strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// companyForms are the legal forms that end a company's name and make it
// an organisation whatever the tagger's types say ("F. Hoffmann-La Roche
// AG", "Hyundai Motor Co").
var companyForms = keySet("AG GmbH Inc Inc. Ltd Ltd. LLC PLC plc Corp Corp. Co. S.A. SA NV N.V. SpA S.p.A. " +
	"AB ASA Oyj KK K.K. Pty Bhd Tbk JSC PJSC OAO OOO")

// placeOpeners are words that make a name a place when "of" follows them
// ("Kingdom of Navarre", "Province of New York").
var placeOpeners = keySet("Kingdom Republic Empire Province County Duchy Principality Emirate Sultanate")

// placeFirsts open the names of places, in English and the languages
// English text keeps them in: "Hotel Wentworth", "Rue des Archives", "Fort
// Lee", "Lagoa do Fogo". A body's word at the end makes the name a body's:
// "Mount Sinai Hospital".
var placeFirsts = keySet("Hotel Hôtel Rue Via Piazza Plaza Avenida Calle Ascensor Château Schloss Palazzo Palacio Castello " +
	"Castillo Fort Mount Lake Cape Lago Monte Isla Ilha Lagoa Playa Praia Puerto Cerro Sierra Serra Wadi Jebel Jabal")

// saintPlaces open place names after a saint in other languages: "São
// Jorge", "San Cristóbal", "Sankt Gallen", "Sint-Niklaas".
var saintPlaces = keySet("São San Santa Santo Sankt Sint Sveti Sveta")

var englishSaints = keySet("Saint St")

var keyChurch = foldHash("Church")

// saintPlace reports whether a name of two words or more is a place named
// after a saint, which a person's name is not: one opened by a saint in
// another language, or a saint's church ("Saint Nicholas' Church").
func saintPlace(name []nerWord) bool {
	return saintPlaces[name[0].key] || englishSaints[name[0].key] && name[len(name)-1].key == keyChurch
}

// demonymBodies gives a country's body named by a nationality and a
// generic name ("the Latvian Foreign Ministry", "Latvian Radio") to that
// country: its listed body when the gazetteer knows one ("the Russian
// Foreign Ministry"), else a body of its own, named with the nationality,
// rather than the short name's listed sense or the dateline country's.
func demonymBodies(g *gazetteer, text string, raw []rawMention) {
	for i := range raw {
		m := &raw[i]
		if adj, rest, ok := strings.Cut(m.Text, " "); ok && m.Entry < 0 && m.Type == "ORG" && g.demonyms[foldHash(adj)] {
			e := g.named(rest)
			if e >= 0 && g.entries[e].Type == "ORG" && g.entries[e].Owner != "" && g.entries[e].Owner == g.noteCountry(adj) {
				m.Entry = e // the tagger's "British Defence Ministry" is the listed Ministry of Defence, "Russian State Duma" the State Duma
			}
			if genericBody(rest) || m.Entry >= 0 {
				continue
			}
		}
		if m.Entry >= 0 && g.entries[m.Entry].Type != "ORG" || m.Entry < 0 && m.Type != "ORG" || !genericBody(m.Text) {
			continue
		}
		before := strings.TrimSuffix(text[:m.Start], " ")
		if len(before) == m.Start {
			continue
		}
		if owner := possessiveCountry(g, before); owner != "" {
			if e := m.Entry; e >= 0 && g.entries[e].Owner != "" && g.entries[e].Owner != owner {
				// "Ukraine's General Staff" is not the listed Russian one
				if b := bodyOf(g, owner, m.Text); b >= 0 {
					m.Entry = b
				} else {
					m.Entry, m.As = -1, m.Text+" of "+owner
				}
				m.Settled = true
			}
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

// possessiveCountry returns the listed country whose name, with "'s",
// ends before ("Ukraine's", "South Korea's"), or "".
func possessiveCountry(g *gazetteer, before string) string {
	name, ok := strings.CutSuffix(before, "'s")
	if !ok {
		if name, ok = strings.CutSuffix(before, "’s"); !ok {
			return ""
		}
	}
	var starts []int // where the last one, two and three words start
	for start := len(name); len(starts) < 3 && start > 0; start-- {
		start = strings.LastIndexAny(name[:start], " \n\t\"(") + 1
		starts = append(starts, start)
	}
	for k := len(starts) - 1; k >= 0; k-- {
		if e := g.named(name[starts[k]:]); e >= 0 && g.entries[e].Type == "GPE" && g.entries[e].Capital == "" {
			return g.entries[e].Name // "South Korea's", not "Korea's"
		}
	}
	return ""
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

// placeNouns name a kind of place before "of" and its name: "the port of
// Amirabad", "the town of Sonbong".
var placeNouns = keySet("port city town village county province region district oblast prefecture island islands")

// maxPlaceOfWords bounds the name after a place noun and "of".
const maxPlaceOfWords = 3

// namedPlaceOf adds the capitalised name after a lower-case place noun and
// "of" that no span covers, as a place: the tagger may miss a foreign
// town's name, which "the port of" settles. spans stay sorted by start.
func namedPlaceOf(ws []nerWord, gt []uint8, spans []nerSpan) []nerSpan {
	n := len(spans)
	for i := 2; i < len(ws); i++ {
		if ws[i-1].key != keyOf || !placeNouns[ws[i-2].key] || ws[i-2].flags&fUpper != 0 ||
			ws[i].flags&fCap == 0 || ws[i].flags&fCommon != 0 || gt[i] != 0 || nonNameKeys[ws[i].key] {
			continue
		}
		if slices.ContainsFunc(spans[:n], func(sp nerSpan) bool { return sp.Start <= i && i < sp.End }) {
			continue
		}
		j := i + 1
		for j < len(ws) && j < i+maxPlaceOfWords && ws[j].flags&fCap != 0 && gt[j] == 0 &&
			!slices.ContainsFunc(spans[:n], func(sp nerSpan) bool { return sp.Start == j }) {
			j++
		}
		typ := "GPE"
		if ws[i-2].key == keyIsland || ws[i-2].key == keyIslands {
			typ = "LOC"
		}
		spans = append(spans, nerSpan{Start: i, End: j, Type: typ, Entry: -1})
	}
	if len(spans) > n {
		slices.SortFunc(spans, func(a, b nerSpan) int { return a.Start - b.Start })
	}
	return spans
}

var keyIsland, keyIslands = foldHash("island"), foldHash("islands")

// describedKinds types every tagged mention of a name by what the text
// says it is, right after one of its mentions, and returns the types it
// found by name (nil for none): "York is an ancient
// cathedral city", "Coron, a town in Palawan", "Padalecki is an American
// actor", "Roche is a Swiss company". What a name is said to be settles its
// type wherever else it stands, over the tagger's guess.
func describedKinds(found []sentenceFinds) map[uint64]string {
	var kinds map[uint64]string
	for _, f := range found {
		ws := f.words
		for i := 1; i+2 < len(ws); i++ {
			if k := ws[i].key; k != keyComma && k != keyDescIs && k != keyDescWas ||
				!descDeterminers[ws[i+1].key] && ws[i+1].key != keyDescIs && ws[i+1].key != keyDescWas {
				continue
			}
			end := i // the name's end: before the verb, or before a bracket that glosses it
			if ws[end-1].key == keyClose {
				for j := end - 2; j > 0 && j >= end-maxGlossWords; j-- {
					if ws[j].key == keyOpen {
						end = j // "Isfahan (Persian: ..., also known as Esfahan) is a city"
						break
					}
				}
			}
			if end == 0 || ws[end-1].flags&fCap == 0 {
				continue
			}
			start := end - 1 // the capitalised run, a name the tagger may have missed here
			for start > 0 && end-start < maxDescribedWords && ws[start-1].flags&fCap != 0 {
				start--
			}
			if typ := describedAs(ws, i); typ != "" {
				if kinds == nil {
					kinds = map[uint64]string{}
				}
				kinds[phraseHash(ws[start:end])] = typ
			}
		}
	}
	kinds = kindsBefore(found, kinds)
	for _, f := range found {
		for k, sp := range f.spans {
			f.spans[k] = describedSpan(kinds, f.words, sp)
		}
	}
	return kinds
}

// describedSpan returns sp typed by what kinds says its name is.
func describedSpan(kinds map[uint64]string, ws []nerWord, sp nerSpan) nerSpan {
	if typ, ok := kinds[phraseHash(ws[sp.Start:sp.End])]; ok && sp.Entry < 0 {
		if sp.Type != typ {
			sp.Type, sp.Probs = typ, kindProbs(typ)
		}
		sp.Described = true
	}
	return sp
}

// kindProbs returns certain type probabilities for an actor type.
func kindProbs(typ string) typeProbs {
	switch typ {
	case "PERSON":
		return typeProbs{typPerson: 1}
	case "ORG":
		return typeProbs{typOrg: 1}
	}
	return typeProbs{typPlace: 1}
}

// maxDescribedWords bounds the name before a description, and
// maxGlossWords the bracket between them.
const (
	maxDescribedWords = 4
	maxGlossWords     = 40
)

// maxKindWords bounds the words between the article and the kind noun of a
// description ("an ancient cathedral city").
const maxKindWords = 3

// describedAs returns the type that the description from word i gives
// the name before it ("is a city", ", a town in"), or "".
func describedAs(ws []nerWord, i int) string {
	if i+1 < len(ws) && ws[i].key == keyComma && (ws[i+1].key == keyDescIs || ws[i+1].key == keyDescWas) {
		i++ // "commonly known as Roche, is a Swiss company"
	}
	if i+2 >= len(ws) || ws[i].key != keyComma && ws[i].key != keyDescIs && ws[i].key != keyDescWas || !descDeterminers[ws[i+1].key] {
		return ""
	}
	from := i + 2
	if ws[i+1].key == keyOne {
		if from+1 >= len(ws) || ws[from].key != keyOf || ws[from+1].key != keyThe {
			return ""
		}
		from += 2 // "is one of the largest pharmaceutical companies"
	}
	g := theGazetteer()
	for j := from; j < len(ws) && j <= from+maxKindWords; j++ {
		w := &ws[j]
		if w.flags&fUpper != 0 && !nationalityKeys[w.key] && !g.demonyms[w.key] || w.flags&fAlpha == 0 {
			return ""
		}
		if typ, ok := kindNouns[w.key]; ok {
			if j+1 < len(ws) && (ws[j+1].flags&fAlpha != 0 && ws[j+1].flags&fUpper == 0 && !kindFollowers[ws[j+1].key] ||
				ws[j+1].key == keyPossessive) {
				return "" // "a city council", "a town hall", "the company's founder": the noun modifies another
			}
			return typ
		}
	}
	return ""
}

var (
	descDeterminers = keySet("a an the one")
	keyOne          = foldHash("one")
	keyDescIs       = foldHash("is")
	keyDescWas      = foldHash("was")
	kindFollowers   = keySet("in of on near and who which that with from by located built made launched founded designed " +
		"developed operated owned released written directed produced based named created run managed headquartered")
	kindNouns = func() map[uint64]string {
		m := map[uint64]string{}
		for typ, words := range map[string]string{
			"GPE": "city town village capital port municipality suburb settlement commune province prefecture county district state country kingdom republic " +
				"cities towns villages municipalities countries",
			"LOC": "river lake mountain valley peninsula island archipelago desert sea bay rivers lakes mountains islands",
			"PERSON": "singer actor actress politician writer author poet painter composer musician footballer " +
				"scientist philosopher journalist lawyer businessman businesswoman architect rapper novelist historian",
			"ORG": "company firm corporation band charity newspaper airline bank university conglomerate manufacturer retailer " +
				"carmaker publisher broadcaster companies firms banks",
			typeMisc: "probe spacecraft lander rover orbiter satellite telescope album film novel song opera ballet painting " +
				"sculpture poem musical festival award prize medal trophy tournament",
		} {
			for _, w := range strings.Fields(words) {
				m[foldHash(w)] = typ
			}
		}
		return m
	}()
)
