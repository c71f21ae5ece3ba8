package extract

// Checks that tell capitalised text which is not an actor's name: credit and menu
// lines, concept acronyms, language names, work titles and plural acronyms.

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

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

// conceptAcronyms returns the acronyms the text defines after a phrase of
// ordinary words that they abbreviate, in lower case or capitalised: "sea
// surface salinity (SSS)", "ground reaction force (GRF)", "Japan's Exclusive
// Economic Zone (EEZ)". Such an acronym names a thing, no actor, wherever the
// text uses it.
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
			if unicode.ToUpper(rune(w[0])) != rune(acr[j]) || (w[0] < 'a' || w[0] > 'z') && !commonNoName(w) {
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

// commonNoName reports whether the capitalised word w is an ordinary word
// in lower case that heads or ends no body or place name: the words of
// "Compact Fluorescent Lamp (CFL)" are, those of "Federal Security Service
// (FSB)" not all.
func commonNoName(w string) bool {
	m := theModel()
	if m == nil {
		return false
	}
	k := foldHash(w)
	return m.common[k] && theHints().words[k]&(lexOrgWord|lexLocWord) == 0 && !theGazetteer().demonyms[k]
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

var (
	clockBefore = regexp.MustCompile(`(?:\d|[ap]\.?m\.?) $`)
	zoneAfter   = regexp.MustCompile(`^ time\b`)
	modelAfter  = regexp.MustCompile(`^ (?:(?:\p{Lu}\p{Ll}?-?)?\d{2,3}\p{Lu}{0,3}\b|(?:fighter|fighter jets?|fighter aircraft|bombers?|warplanes?|airliners?)\b)`)
)

// maxAfterBytes bounds the text after a mention that timeZone,
// productModel and unResolutions match, so that an anchored pattern does
// not cost the length of the rest of the document.
const maxAfterBytes = 32

// timeZone reports whether place mention m names the time of a clock
// reading, not a place in the story: "(9:44 p.m. Manila time)".
func timeZone(text string, m rawMention) bool {
	return (m.Type == "GPE" || m.Type == "LOC") && zoneAfter.MatchString(text[m.End:min(len(text), m.End+maxAfterBytes)]) &&
		clockBefore.MatchString(text[max(0, m.Start-len("p.m. ")):m.Start])
}

// currencyPrefix reports whether mention m is the country code of a
// dollar amount: "US$1.6 billion", "HK$20", "A$ 5m".
func currencyPrefix(text string, m rawMention) bool {
	return len(m.Text) <= 3 && strings.HasPrefix(text[m.End:], "$")
}

// productModel reports whether organisation mention m names the maker in
// a product's model name or of the aircraft it builds: "a Boeing 777",
// "Airbus A320", "Sukhoi Su-35", "Sukhoi fighter jets"
// (a maker's one-word name and a two- or three-digit number: "Samsung
// 2024" is no model, and "the US Air Force B-52s" are the air force's).
func productModel(text string, m rawMention) bool {
	return m.Type == "ORG" && strings.IndexByte(m.Text, ' ') < 0 && modelAfter.MatchString(text[m.End:min(len(text), m.End+maxAfterBytes)])
}
