package extract

// This file adjusts the mentions the event finder sees in a sentence: it
// adds groups of a country's people ("Russian forces") as the country and
// an organisation named before by the noun of its kind ("the agency
// said"), and leaves out the place and agency of a leading dateline.

import (
	"slices"
	"strings"
)

// mayNameGroup reports whether a sentence without names may name a group
// of a country's people ("Russian forces launched a missile").
func mayNameGroup(s string) bool {
	for _, w := range groupNounList {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// withGroups returns the sentence's mentions ms with, added in order, the
// nationality words that open a group of a country's people ("Russian
// forces", "North Korean troops", "the Ukrainian side") taken for the
// country, when the document names it: "Russian forces launched a missile"
// is an act of Russia. ms is not changed.
func (sc *eventScope) withGroups(ms []Mention) []Mention {
	var out []Mention
	g := theGazetteer()
	for i, w := range sc.words {
		if !g.demonyms[w.key] || w.flags&fUpper == 0 || !sc.opensGroup(i) || insideAny(ms, w.Start) {
			continue
		}
		start := w.Start
		if i > 0 && northSouth[sc.words[i-1].key] && sc.words[i-1].End+1 == w.Start {
			start = sc.words[i-1].Start // "North Korean"
		}
		a := countryOf(sc.actors, sc.text[start:w.End])
		if a < 0 {
			continue
		}
		if out == nil {
			out = append(make([]Mention, 0, len(ms)+2), ms...)
		}
		out = append(out, Mention{Span: Span{start, w.End}, Text: sc.text[start:w.End], Sentence: sc.sent, Actor: a})
	}
	if out == nil {
		return ms
	}
	slices.SortStableFunc(out, func(a, b Mention) int { return a.Start - b.Start })
	return out
}

// opensGroup reports whether the nationality word at i comes before a noun
// for a country's forces or officials, with at most one word between
// ("Ukrainian special forces").
func (sc *eventScope) opensGroup(i int) bool {
	for k := i + 1; k < len(sc.words) && k <= i+2; k++ {
		if groupNouns[sc.words[k].key] {
			return true
		}
		if sc.words[k].flags&fPunct != 0 {
			return false
		}
	}
	return false
}

// insideAny reports whether pos lies inside one of the mentions ms
// ("Russian" in "Russian Defence Ministry").
func insideAny(ms []Mention, pos int) bool {
	for _, m := range ms {
		if m.Start <= pos && pos < m.End {
			return true
		}
	}
	return false
}

// countryOf returns the index of the country (a GPE actor) that the
// nationality adjective names, or -1: "Russian" names Russia, "Ukrainian"
// Ukraine, "North Korean" North Korea, "American" the United States. The
// adjective and the name must share all of the name but its last letter,
// and what is left of the adjective must be a demonym ending; of several
// names the longest shared one wins ("Nigerian" names Nigeria, not Niger).
func countryOf(actors []Actor, adj string) int {
	adj = strings.ToLower(strings.TrimSuffix(adj, "s"))
	if c, ok := demonymCountries[adj]; ok {
		adj = c
	}
	best, bestLen := -1, 0
	for i, a := range actors {
		if a.Type != "GPE" {
			continue
		}
		if n := demonymShare(a.Name, adj); n > bestLen {
			best, bestLen = i, n
		}
	}
	return best
}

// demonymShare returns how many leading bytes the nationality adjective adj,
// in lower case, shares with the place name when adj is the name's demonym
// ("russian" of "Russia", "south korean" of "South Korea"), or 0.
func demonymShare(name, adj string) int {
	n := 0 // compared a byte at a time in lower case, not lowered for every nationality word
	for n < len(name) && n < len(adj) && lowerByte(name[n]) == adj[n] {
		n++
	}
	if n >= 4 && n >= len(name)-1 && !strings.Contains(name[n:], " ") && demonymEndings[adj[n:]] {
		return n
	}
	return 0
}

// mayNameBody reports whether a sentence without names may refer to an
// organisation named before by the noun of its kind ("the agency said").
func mayNameBody(s string) bool {
	for _, w := range bodyNounList {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// withBodies returns the sentence's mentions ms with, added in order, the
// descriptions that refer to an organisation the text named before: "the
// agency" after the Korean Central News Agency, "the spy agency" after
// the National Intelligence Service, "the defence ministry" after
// Russia's Defence Ministry. The description is "the", at most one
// lower-case word and a noun for a kind of body, and the organisation is
// the last one named before whose name has that noun (and that word, but
// for "spy", "intelligence" and "news", which name an intelligence service
// or a news agency whatever its name's nouns). ms is not changed.
func (sc *eventScope) withBodies(ms []Mention) []Mention {
	var out []Mention
	for i, w := range sc.words {
		if !bodyNouns[w.key] || w.flags&fUpper != 0 || i == 0 || insideAny(ms, w.Start) {
			continue
		}
		the, mod := i-1, -1
		if !articleKeys[sc.words[the].key] && the > 0 && sc.words[the].flags&(fUpper|fPunct|fDigit) == 0 {
			the, mod = i-2, i-1
		}
		if sc.words[the].key != keyThe {
			continue
		}
		a := sc.bodyNamed(sc.words[the].Start, w, mod)
		if a < 0 {
			continue
		}
		if out == nil {
			out = append(make([]Mention, 0, len(ms)+1), ms...)
		}
		start := sc.words[the].Start
		out = append(out, Mention{Span: Span{start, w.End}, Text: sc.text[start:w.End], Sentence: sc.sent, Actor: a})
	}
	if out == nil {
		return ms
	}
	slices.SortStableFunc(out, func(a, b Mention) int { return a.Start - b.Start })
	return out
}

// withRoles returns the sentence's mentions ms with, added in order, the
// descriptions of a person by nationality and office that the text gave
// before with the person's name: "the Russian president" after "Russian
// President Vladimir Putin", "the North Korean leader" after "North Korean
// leader Kim Jong Un", "the South Korean defence minister" after "South
// Korean Defense Minister Kim Yong-hyun". The person is the last one named
// right after those words (in any case; "defence" and "defense" alike),
// and "leader" also stands for a president, premier or chairman. ms is
// not changed.
func (sc *eventScope) withRoles(ms []Mention) []Mention {
	var out []Mention
	for i := 1; i+1 < len(sc.words); i++ {
		w, g := sc.words[i], theGazetteer()
		if sc.words[i-1].key != keyThe || w.flags&fUpper == 0 || insideAny(ms, w.Start) {
			continue
		}
		nat := i
		if northSouth[w.key] && i+2 < len(sc.words) && g.demonyms[sc.words[i+1].key] {
			nat = i + 1 // "the North Korean leader"
		} else if !g.demonyms[w.key] {
			continue
		}
		end := nat + 1
		for end < len(sc.words) && end <= nat+maxOfficeWords && sc.words[end].flags&(fUpper|fPunct|fDigit) == 0 && !roleHeads[sc.words[end-1].key] {
			end++
		}
		if end-1 <= nat || !roleHeads[sc.words[end-1].key] {
			continue
		}
		from, to := sc.words[i].Start, sc.words[end-1].End
		if strings.HasPrefix(sc.text[to:], "'s") || strings.HasPrefix(sc.text[to:], "’s") {
			continue // "the North Korean leader's sister" is no act of his
		}
		a := sc.roleNamed(sc.words[i-1].Start, strings.ToLower(sc.text[from:to]))
		if a < 0 {
			continue
		}
		if out == nil {
			out = append(make([]Mention, 0, len(ms)+1), ms...)
		}
		start := sc.words[i-1].Start
		out = append(out, Mention{Span: Span{start, to}, Text: sc.text[start:to], Sentence: sc.sent, Actor: a})
	}
	if out == nil {
		return ms
	}
	slices.SortStableFunc(out, func(a, b Mention) int { return a.Start - b.Start })
	return out
}

// maxOfficeWords bounds the words of an office after a nationality: "defence
// minister", "deputy foreign minister".
const maxOfficeWords = 3

// roleHeads end the office in a description of a person.
var (
	roleHeadList = strings.Fields("president leader minister premier chairman chancellor ambassador envoy")
	roleHeads    = keySet(strings.Join(roleHeadList, " "))
)

// mayNameRole reports whether a sentence without names may describe a
// person named before by nationality and office ("the Russian president").
func mayNameRole(s string) bool {
	for _, w := range roleHeadList {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// roleNamed returns the person named last before pos right after the
// words role (lower case, "russian president"), or -1.
func (sc *eventScope) roleNamed(pos int, role string) int {
	role = strings.ReplaceAll(role, "defence", "defense")
	nat, office, _ := strings.Cut(role, " ")
	if northSouth[foldHash(nat)] {
		n2, rest, _ := strings.Cut(office, " ")
		nat, office = nat+" "+n2, rest
	}
	end, _ := slices.BinarySearchFunc(sc.doc, pos, func(m Mention, p int) int { return m.Start - p })
	for k := end - 1; k >= 0; k-- {
		m := sc.doc[k]
		if sc.actors[m.Actor].Type != "PERSON" {
			continue
		}
		before := strings.ToLower(strings.TrimRight(sc.text[max(0, m.Start-48):m.Start], " "))
		before = strings.ReplaceAll(before, "defence", "defense")
		if strings.HasSuffix(before, nat+" "+office) {
			return m.Actor
		}
		if office == "leader" {
			for _, o := range [...]string{"president", "premier", "chairman"} {
				if strings.HasSuffix(before, nat+" "+o) {
					return m.Actor
				}
			}
		}
	}
	return -1
}

// bodyNamed returns the organisation named last before pos whose name has
// the body noun (and the modifier at word mod, when mod >= 0), or -1.
func (sc *eventScope) bodyNamed(pos int, noun nerWord, mod int) int {
	want := sc.text[noun.Start:noun.End]
	kind := ""
	if mod >= 0 {
		kind = strings.ToLower(sc.text[sc.words[mod].Start:sc.words[mod].End])
	}
	end, _ := slices.BinarySearchFunc(sc.doc, pos, func(m Mention, p int) int { return m.Start - p })
	for k := end - 1; k >= 0; k-- {
		a := sc.actors[sc.doc[k].Actor]
		if a.Type == "ORG" && bodyHas(a.Name, want, kind) {
			return sc.doc[k].Actor
		}
	}
	return -1
}

// bodyHas reports whether an organisation's name has the body noun and
// the modifier kind ("defence" matches "Defense"): "spy" and
// "intelligence" are met by any intelligence body and "news" by any news
// agency.
func bodyHas(name, noun, kind string) bool {
	nounSeen, kindSeen := false, kind == ""
	for _, f := range strings.Fields(name) {
		switch {
		case strings.EqualFold(f, noun):
			nounSeen = true
		case strings.EqualFold(f, kind) || kind == "defence" && f == "Defense" || kind == "defense" && f == "Defence":
			kindSeen = true
		}
	}
	switch kind {
	case "spy", "intelligence":
		return strings.Contains(name, "Intelligence")
	case "news":
		return nounSeen && strings.Contains(name, "News")
	}
	return nounSeen && kindSeen
}

var (
	bodyNounList  = strings.Fields("agency ministry commission committee council office panel")
	bodyNouns     = keySet(strings.Join(bodyNounList, " "))
	northSouth    = keySet("north south")
	groupNounList = strings.Fields("forces troops soldiers military army navy officials government authorities units personnel side diplomats")
	groupNouns    = keySet(strings.Join(groupNounList, " "))
	// demonymCountries are the nationality adjectives that do not share
	// their country's name up to a demonym ending.
	demonymCountries = map[string]string{"american": "united states", "british": "united kingdom", "briton": "united kingdom",
		"french": "france", "turkish": "turkey", "dutch": "netherlands", "swiss": "switzerland", "greek": "greece",
		"polish": "poland", "swedish": "sweden", "danish": "denmark", "finnish": "finland", "norwegian": "norway",
		"filipino": "philippines", "philippine": "philippines", "spanish": "spain", "irish": "ireland", "thai": "thailand",
		"czech": "czech republic", "slovak": "slovakia", "belgian": "belgium", "saudi": "saudi arabia", "emirati": "united arab emirates",
		"burmese": "myanmar", "lao": "laos", "argentine": "argentina", "peruvian": "peru"}
	// demonymEndings are what a nationality adjective adds to the part it
	// shares with its country's name ("Russia-n", "Ukrain-ian", "Chin-ese").
	demonymEndings = map[string]bool{"": true, "n": true, "an": true, "ian": true, "ean": true, "ese": true, "lese": true,
		"ien": true, "i": true, "ish": true, "ic": true, "ine": true, "ite": true, "er": true}
)

// maxDateline is the most words a dateline takes.
const maxDateline = 20

// datelineEnd returns where a leading dateline such as "SEOUL, Nov 5
// (Reuters) -" ends, or 0: its place and agency are not the event's actors.
func datelineEnd(text string, ws []nerWord) int {
	if len(ws) == 0 || ws[0].flags&(fAllCap|fDigit) != fAllCap {
		return 0
	}
	if k := datelineDash(text, ws, maxDateline); k > 0 {
		return ws[k].End
	}
	return 0
}

// datelineDash returns the index of the first dash after a space among
// the first limit words of ws (after the first), or 0. A hyphen inside a
// place name ("KOMSOMOLSK-ON-AMUR") is not the dash that ends a dateline.
func datelineDash(text string, ws []nerWord, limit int) int {
	for k := 1; k < min(len(ws), limit); k++ {
		w := ws[k]
		switch text[w.Start:w.End] {
		case "-", "--", "—", "–":
			if w.Start > 0 && text[w.Start-1] == ' ' {
				return k
			}
		}
	}
	return 0
}

// findDateline returns the span of the dateline opening one of the first
// sentences of text (a headline or header lines may come before it), or
// an empty span.
func findDateline(text string, sents []Sentence) Span {
	var ws []nerWord
	for _, s := range sents[:min(len(sents), 8)] {
		ws = nerWords(ws[:0], text, s.Span)
		if end := datelineEnd(text, ws); end > 0 {
			return Span{Start: ws[0].Start, End: end}
		}
	}
	return Span{}
}
