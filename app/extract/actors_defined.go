package extract

import (
	"cmp"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// definedAbbreviations makes a short form that the text defines in
// brackets right after an organisation's name stand for that name wherever
// the document uses it: "the Philippine Space Agency (PhilSA) ... PhilSA
// said". Abbreviations in capitals that spell the name's initials are
// already joined by resolveActors; this catches the mixed ones (PhilSA,
// DoD), whose parts each begin a word of the name, in order. A listed
// abbreviation the text defines for another name is that name's there:
// "the Institute for National Security Studies (INSS) in Tel Aviv" is no
// Seoul institute.
func definedAbbreviations(g *gazetteer, text string, raw []rawMention) {
	var defined map[string]rawMention
	var listed map[string]int32 // the entry a defined abbreviation has in the list
	for i := 0; i+1 < len(raw); i++ {
		long, short := raw[i], raw[i+1]
		if text[long.End:short.Start] != " (" || !strings.HasPrefix(text[short.End:], ")") ||
			long.Entry < 0 && long.Type != "ORG" || long.Entry >= 0 && g.entries[long.Entry].Type != "ORG" ||
			strings.IndexByte(short.Text, ' ') >= 0 || len(short.Text) > maxAbbreviation || short.Entry >= 0 && short.Entry == long.Entry {
			continue
		}
		spelt := spells(short.Text, withoutInitials(strings.Fields(long.Text)))
		if short.Entry >= 0 && (!spelt || foldName(long.Text) == foldName(g.entries[short.Entry].Name)) || !spelt && !foreignAcronym(short.Text) {
			continue
		}
		if defined == nil {
			defined, listed = map[string]rawMention{}, map[string]int32{}
		}
		defined[short.Text] = long
		listed[short.Text] = short.Entry
	}
	if defined == nil {
		return
	}
	for i := range raw {
		m := &raw[i]
		if long, ok := defined[m.Text]; ok && (m.Entry < 0 || m.Entry == listed[m.Text]) {
			if long.Entry >= 0 {
				m.Entry = long.Entry
			} else {
				m.Entry, m.As = -1, cmp.Or(long.As, long.Text)
			}
			m.Type = "ORG"
		}
	}
}

// foreignAcronym reports whether abbr is three capitals or more, which in
// brackets right after a body's name stand for it even when they spell
// its name in another language: "the French Institute of International
// Relations (IFRI)".
func foreignAcronym(abbr string) bool {
	return len(abbr) >= 3 && isAcronym(abbr) && !strings.Contains(abbr, ".")
}

// withoutInitials returns words without the initials that open them: an
// abbreviation leaves out the initials of the person a body is named
// after ("S. Rajaratnam School of International Studies (RSIS)").
func withoutInitials(words []string) []string {
	for len(words) > 1 && len(words[0]) == 2 && words[0][1] == '.' {
		words = words[1:]
	}
	return words
}

// spells reports whether abbr is made of the beginnings of words, in
// order, each word used and each part at least one letter, connectors
// ("of", "the", "and", "for") optional: "PhilSA" spells Philippine Space
// Agency, "DoD" Department of Defense.
func spells(abbr string, words []string) bool {
	if abbr == "" {
		for _, w := range words {
			if !connectorWords[strings.ToLower(w)] {
				return false
			}
		}
		return true
	}
	if len(words) == 0 {
		return false
	}
	w := words[0]
	if connectorWords[strings.ToLower(w)] && spells(abbr, words[1:]) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(abbr)
	if !unicode.IsLetter(r) {
		return false
	}
	for k := 1; k <= len(abbr) && k <= len(w); k++ {
		if !strings.EqualFold(abbr[:k], w[:k]) {
			break
		}
		if spells(abbr[k:], words[1:]) {
			return true
		}
	}
	return false
}

// maxAbbreviation bounds the length of a defined abbreviation (and so the
// work of spells).
const maxAbbreviation = 12

var connectorWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "&": true}

// unResolutions settles "Security Council" before "resolution(s)" or
// "sanctions" as the UN Security Council, which alone passes them, even
// after another country's Security Council was named ("Shoigu, secretary
// of Russia's Security Council ... in violation of Security Council
// resolutions").
func unResolutions(g *gazetteer, text string, raw []rawMention) {
	unsc := int32(-1)
	for i := range raw {
		m := &raw[i]
		if !strings.EqualFold(m.Text, "Security Council") || !unActs.MatchString(text[m.End:min(len(text), m.End+maxAfterBytes)]) {
			continue
		}
		if unsc < 0 {
			if unsc = g.named("UN Security Council"); unsc < 0 {
				return
			}
		}
		m.Entry, m.Type, m.Settled = unsc, "ORG", true
	}
}

// unActs matches what follows a Security Council that is the UN's.
var unActs = regexp.MustCompile(`^(?:'s)? (?:[Rr]esolutions?|sanctions|[Pp]anel|members?|vote|veto)\b`)
