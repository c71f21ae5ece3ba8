package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbrevKind says when a word followed by a period may end a sentence.
type abbrevKind uint8

const (
	abbrevTitle   abbrevKind = iota + 1 // Mr., Gen.: never ends a sentence
	abbrevNumber                        // Sept., No.: not before a number
	abbrevStarter                       // Inc., U.S.: only before a sentence starter
)

// abbrevs maps lower-case abbreviations (without the final period) to how
// they behave before a following word.
var abbrevs = map[string]abbrevKind{
	"mr": abbrevTitle, "mrs": abbrevTitle, "ms": abbrevTitle, "dr": abbrevTitle, "prof": abbrevTitle,
	"gen": abbrevTitle, "lt": abbrevTitle, "col": abbrevTitle, "maj": abbrevTitle, "capt": abbrevTitle,
	"sgt": abbrevTitle, "cpl": abbrevTitle, "adm": abbrevTitle, "cmdr": abbrevTitle, "brig": abbrevTitle,
	"gov": abbrevTitle, "sen": abbrevTitle, "rep": abbrevTitle, "rev": abbrevTitle, "pres": abbrevTitle,
	"amb": abbrevTitle, "st": abbrevTitle, "mt": abbrevTitle, "ft": abbrevTitle, "hon": abbrevTitle,
	"supt": abbrevTitle, "insp": abbrevTitle, "messrs": abbrevTitle, "sec": abbrevTitle, "atty": abbrevTitle,
	"jan": abbrevNumber, "feb": abbrevNumber, "mar": abbrevNumber, "apr": abbrevNumber, "jun": abbrevNumber,
	"jul": abbrevNumber, "aug": abbrevNumber, "sep": abbrevNumber, "sept": abbrevNumber, "oct": abbrevNumber,
	"nov": abbrevNumber, "dec": abbrevNumber, "no": abbrevNumber, "nos": abbrevNumber, "vol": abbrevNumber,
	"art": abbrevNumber, "p": abbrevNumber, "pp": abbrevNumber, "fig": abbrevNumber, "ch": abbrevNumber,
	"inc": abbrevStarter, "corp": abbrevStarter, "co": abbrevStarter, "ltd": abbrevStarter, "bros": abbrevStarter,
	"jr": abbrevStarter, "sr": abbrevStarter, "etc": abbrevStarter, "vs": abbrevStarter, "approx": abbrevStarter,
	"dept": abbrevStarter, "univ": abbrevStarter, "assn": abbrevStarter, "est": abbrevStarter, "plc": abbrevStarter,
}

// starters are words that commonly open a sentence; after an ambiguous
// abbreviation ("Inc.", "U.S.", "a.m.") one of them means a new sentence.
var starters = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true, "we": true,
	"i": true, "in": true, "but": true, "and": true, "this": true, "that": true, "these": true,
	"those": true, "his": true, "her": true, "its": true, "their": true, "our": true, "on": true,
	"at": true, "as": true, "after": true, "before": true, "when": true, "while": true, "there": true,
	"if": true, "for": true, "by": true, "some": true, "many": true, "last": true, "earlier": true,
	"however": true, "meanwhile": true, "officials": true, "analysts": true, "both": true, "since": true,
}

// maxWrap is the longest line of hard-wrapped text; a text with a longer line
// has one paragraph per line.
const maxWrap = 100

// splitSentences splits text into sentences with a single linear byte scan.
// A sentence ends at . ! ? or an ellipsis followed by space and a word that is
// not lower case, unless the period ends an abbreviation; closing quotes and
// brackets stay with it. Blank lines always end a sentence; a single line
// break ends one in unwrapped text, before a bullet or indented line, and
// after a line that ends early in hard-wrapped text (a headline).
func splitSentences(text string) []Sentence {
	var sents []Sentence
	wrap := wrapWidth(text)
	start := 0
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == '.' || c == '!' || c == '?' || strings.HasPrefix(text[i:], "…"):
			end := closeEnd(text, i)
			if endsSentence(text, i, end) {
				sents = appendSentence(sents, text, start, end)
				start = end
			}
			i = end
		case c == '\n':
			if lineBreakEnds(text, i, wrap) {
				sents = appendSentence(sents, text, start, i)
				start = i + 1
			}
			i++
		default:
			i++
		}
	}
	return appendSentence(sents, text, start, len(text))
}

// appendSentence appends text[start:end] without surrounding space, if any is
// left.
func appendSentence(sents []Sentence, text string, start, end int) []Sentence {
	start = skipUnicodeSpace(text, start, end)
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	for end-start > maxSentence {
		cut := longSentenceCut(text, start, start+maxSentence)
		sents = appendSentence(sents, text, start, cut)
		start = skipUnicodeSpace(text, cut, end) // the piece after a cut at a comma starts with its space
	}
	if start < end {
		sents = append(sents, Sentence{Span{start, end}})
	}
	return sents
}

// skipUnicodeSpace returns the first index in [start, end) of text that
// is not Unicode white space, or end.
func skipUnicodeSpace(text string, start, end int) int {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	return start
}

// maxSentence bounds a sentence in bytes (some 300 words). Text without
// sentence punctuation, such as a table or a PDF that lost its stops, is
// cut into pieces of at most this length: the work per sentence grows
// faster than its length, and no real sentence is this long.
const maxSentence = 2000

// longSentenceCut returns where to cut the over-long sentence that starts
// at start before limit: after the last semicolon or comma in the final
// quarter, else at the last space, else at a rune boundary.
func longSentenceCut(text string, start, limit int) int {
	piece := text[start:limit]
	if k := strings.LastIndexAny(piece, ";,"); k >= 3*len(piece)/4 {
		return start + k + 1
	}
	if k := strings.LastIndexAny(piece, " \t\n"); k > 0 {
		return start + k + 1
	}
	for limit > start && !utf8.RuneStart(text[limit]) {
		limit--
	}
	if limit == start {
		return start + maxSentence
	}
	return limit
}

// asciiSpace reports whether b is ASCII white space.
func asciiSpace(b byte) bool {
	return b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f' || b == '\v'
}

// wrapWidth returns the longest line length when the text looks hard-wrapped
// (no line longer than maxWrap), or 0 when each line is a paragraph.
func wrapWidth(text string) int {
	longest := 0
	for len(text) > 0 {
		n := strings.IndexByte(text, '\n')
		if n < 0 {
			n = len(text)
		}
		longest = max(longest, len(strings.TrimRight(text[:n], " \t\r")))
		if longest > maxWrap {
			return 0
		}
		text = text[min(n+1, len(text)):]
	}
	return longest
}

// closeEnd returns the end of the run of terminators starting at i and of the
// closing quotes and brackets after it.
func closeEnd(text string, i int) int {
	for i < len(text) {
		switch {
		case text[i] == '.' || text[i] == '!' || text[i] == '?':
			i++
		case strings.HasPrefix(text[i:], "…"):
			i += len("…")
		default:
			return closersEnd(text, i)
		}
	}
	return i
}

// closersEnd skips closing quotes and brackets from i, and the reference
// marks an encyclopedia puts after a sentence ("Pyongyang.[12][13] The").
func closersEnd(text string, i int) int {
	for i < len(text) {
		switch {
		case text[i] == '"' || text[i] == '\'' || text[i] == ')' || text[i] == ']':
			i++
		case text[i] == '[' && referenceMarkEnd(text, i) > i:
			i = referenceMarkEnd(text, i)
		case strings.HasPrefix(text[i:], "”") || strings.HasPrefix(text[i:], "’") || strings.HasPrefix(text[i:], "»"):
			i += 3
			if text[i-2] == 0xC2 { // » is two bytes
				i--
			}
		default:
			return i
		}
	}
	return i
}

// maxReferenceDigits bounds the number in a reference mark.
const maxReferenceDigits = 4

// referenceMarkEnd returns the end of a reference mark "[12]" at i, or i.
func referenceMarkEnd(text string, i int) int {
	j := i + 1
	for j < len(text) && j-i <= maxReferenceDigits && isDigit(text[j]) {
		j++
	}
	if j == i+1 || j >= len(text) || text[j] != ']' {
		return i
	}
	return j + 1
}

// endsSentence reports whether the terminators at [i, end) end a sentence.
func endsSentence(text string, i, end int) bool {
	if end >= len(text) {
		return true
	}
	if !asciiSpace(text[end]) {
		return false
	}
	next := skipSpace(text, end)
	if next >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[next:])
	if unicode.IsLower(r) {
		return false
	}
	if text[i] != '.' || i+1 < len(text) && text[i+1] == '.' {
		return true
	}
	return periodEnds(text, i, next)
}

// skipSpace returns the first byte at or after i that is not ASCII space.
func skipSpace(text string, i int) int {
	for i < len(text) && asciiSpace(text[i]) {
		i++
	}
	return i
}

// periodEnds decides a single period at i followed by the word at next.
func periodEnds(text string, i, next int) bool {
	ws := i
	for ws > 0 && (isASCIILetter(text[ws-1]) || text[ws-1] == '.') {
		ws--
	}
	word := text[ws:i]
	if word == "" {
		return true
	}
	if len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z' {
		return false // an initial: "J. Smith"
	}
	kind := abbrevStarter
	if strings.IndexByte(word, '.') < 0 {
		kind = lookupLower(abbrevs, word)
	}
	switch kind {
	case abbrevTitle:
		return false
	case abbrevNumber:
		return !isDigit(text[next])
	case abbrevStarter:
		return lookupLower(starters, text[next:wordEndASCII(text, next)])
	}
	return true
}

// isASCIILetter reports whether b is an ASCII letter.
func isASCIILetter(b byte) bool { return 'a' <= b|0x20 && b|0x20 <= 'z' }

// wordEndASCII returns the end of the run of ASCII letters at i.
func wordEndASCII(text string, i int) int {
	for i < len(text) && isASCIILetter(text[i]) {
		i++
	}
	return i
}

// lookupLower looks up the ASCII lower case of a short word in m without
// allocating.
func lookupLower[V any](m map[string]V, w string) V {
	var buf [24]byte
	if len(w) > len(buf) {
		var zero V
		return zero
	}
	for i := 0; i < len(w); i++ {
		buf[i] = lowerByte(w[i])
	}
	return m[string(buf[:len(w)])]
}

// lowerByte returns the ASCII lower case of b.
func lowerByte(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// lineBreakEnds reports whether the line break at i ends a sentence.
func lineBreakEnds(text string, i, wrap int) bool {
	next := i + 1
	for next < len(text) && (text[next] == ' ' || text[next] == '\t' || text[next] == '\r') {
		next++
	}
	if next >= len(text) || text[next] == '\n' || wrap == 0 {
		return true
	}
	if next > i+1 || isBullet(text, next) {
		return true
	}
	ls := strings.LastIndexByte(text[:i], '\n') + 1
	line := strings.TrimSpace(text[ls:i])
	if isBullet(text, ls) {
		return true
	}
	return len(line)+1+(wordEndASCII(text, next)-next) <= wrap*9/10
}

// isBullet reports whether a bullet mark and a space start at i.
func isBullet(text string, i int) bool {
	for _, b := range []string{"- ", "* ", "• ", "· ", "– ", "— "} {
		if strings.HasPrefix(text[i:], b) {
			return true
		}
	}
	return false
}
