package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// nerWord is a token as seen by the gazetteer, the tagger and the trigger
// lexicon: its span plus hashes of its folded form, shape and affixes.
type nerWord struct {
	Span
	key    uint64 // hash of the folded form: lower case, dots dropped, ’ as ', Latin letters without diacritics
	shape  uint64 // hash of the nerWord shape, such as "Xx" or "X.X."
	pre3   uint64 // hash of the first three folded runes
	suf3   uint64 // hash of the last three folded runes
	suf2   uint64 // hash of the last two folded runes
	suf4   uint64 // hash of the last four folded runes
	flags  uint8
	lex    uint16 // hint-list bits (lexPlace...)
	runLex uint16 // hint bits of the end of the capitalised run from here
	edge   uint8  // edgeStart, edgeEnd: a listed name starts or ends here
	dom    uint8  // text domain (domainGUM...)
}

// Word flags.
const (
	fUpper  uint8 = 1 << iota // has an upper-case letter
	fCap                      // first rune upper case
	fAllCap                   // at least two letters, all upper case
	fDigit                    // has a digit
	fAlpha                    // has a letter
	fPunct                    // no letter or digit
	fCommon                   // capitalised, but common in lower case: "Street", "Series"
)

// nerWords appends the words of text[s.Start:s.End] to buf. A token whose
// hyphens join capitalised parts ("Russia-North", "Biden-Yoon") is split
// into the parts and the hyphens, so that each name is seen on its own; so
// is a name before a participle that says where something comes from or who
// stands behind it ("Moscow-based", "Iran-made", "Kremlin-backed").
func nerWords(buf []nerWord, text string, s Span) []nerWord {
	for _, t := range tokenize(text, s) {
		start := t.Start
		for k := t.Start + 1; k+1 < t.End; k++ {
			if text[k] != '-' || k == start || !isUpperASCII(text[start]) {
				continue
			}
			if isUpperASCII(text[k+1]) || k+1 < t.End && originWords[text[k+1:t.End]] {
				buf = append(buf, newNERWord(text, start, k), newNERWord(text, k, k+1))
				start = k + 1
			}
		}
		buf = append(buf, newNERWord(text, start, t.End))
	}
	return buf
}

// originWords end compounds whose first part is a name: "Moscow-based",
// "Iran-made", "U.S.-led", "Kremlin-backed".
var originWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("based led backed born made built owned run funded brokered supplied " +
		"sponsored linked allied aligned controlled held occupied produced manufactured designed operated drafted authored " +
		"proposed imposed mediated") {
		m[w] = true
	}
	return m
}()

// isUpperASCII reports whether b is an ASCII capital letter.
func isUpperASCII(b byte) bool { return 'A' <= b && b <= 'Z' }

// FNV-1a constants.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// newNERWord returns the word at text[start:end] with its hashes and flags.
func newNERWord(text string, start, end int) nerWord {
	w := nerWord{Span: Span{start, end}}
	key, shape := uint64(fnvOffset), uint64(fnvOffset)
	pre := uint64(fnvOffset)
	var last [4]rune
	var nr, nletters, nupper int
	var prevShape byte
	for k, r := range text[start:end] {
		cls := runeShape(r)
		w.flags |= shapeFlag(cls)
		if cls == 'X' {
			nupper++
		}
		if cls == 'X' || cls == 'x' {
			nletters++
		}
		if k == 0 && cls == 'X' {
			w.flags |= fCap
		}
		if cls != prevShape {
			shape = (shape ^ uint64(cls)) * fnvPrime
			prevShape = cls
		}
		if r == '.' {
			continue
		}
		if r == '’' {
			r = '\'' // "Kim’s" is "Kim's"
		}
		lr := unicode.ToLower(r)
		key = fnvRune(key, latinBase(lr))
		if nr < 3 {
			pre = fnvRune(pre, lr)
		}
		last[nr%4] = lr
		nr++
	}
	if nletters >= 2 && nupper == nletters {
		w.flags |= fAllCap
	}
	if w.flags&(fAlpha|fDigit) == 0 {
		w.flags |= fPunct
	}
	w.key, w.shape, w.pre3 = key, shape, pre
	w.suf2, w.suf3, w.suf4 = suffixFNV(last, nr, 2), suffixFNV(last, nr, 3), suffixFNV(last, nr, 4)
	return w
}

// latinBase returns the base letter of a Latin letter with diacritics
// ("à" → 'a', "ộ" → 'o', "đ" → 'd'), or r: "Hà Nội" and "Ha Noi", "Tô
// Lâm" and "To Lam" are one name.
func latinBase(r rune) rune {
	switch {
	case r < 0xC0:
		return r
	case r < 0x250:
		return latinTable()[r-0xC0]
	case r >= 0x1E00 && r < 0x1F00:
		return latinTable()[0x250-0xC0+r-0x1E00]
	}
	return r
}

// latinTable maps the Latin-1 Supplement, Latin Extended-A and -B
// (U+00C0 to U+024F) and Latin Extended Additional (U+1E00 to U+1EFF) to
// their base letters by canonical decomposition, plus the letters with a
// stroke that do not decompose.
var latinTable = sync.OnceValue(func() []rune {
	t := make([]rune, 0x250-0xC0+0x100)
	for i := range t {
		r := rune(0xC0 + i)
		if i >= 0x250-0xC0 {
			r = rune(0x1E00 + i - (0x250 - 0xC0))
		}
		t[i] = r
		if d := norm.NFD.String(string(r)); d != "" && d[0] < utf8.RuneSelf && unicode.IsLetter(rune(d[0])) {
			t[i] = rune(d[0])
		}
	}
	for r, b := range map[rune]rune{'đ': 'd', 'Đ': 'D', 'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L', 'ı': 'i'} {
		t[r-0xC0] = b
	}
	return t
})

// suffixFNV hashes the last min(m, n) runes kept in the ring last (m ≤ 4).
func suffixFNV(last [4]rune, n, m int) uint64 {
	h := uint64(fnvOffset)
	for k := max(n-m, 0); k < n; k++ {
		h = fnvRune(h, last[k%4])
	}
	return h
}

// fnvRune folds r into the FNV-1a hash h.
func fnvRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		return (h ^ uint64(r)) * fnvPrime
	}
	for r > 0 {
		h = (h ^ uint64(r&0xff)) * fnvPrime
		r >>= 8
	}
	return h
}

// runeShape maps a rune to X (upper), x (lower), d (digit) or itself.
func runeShape(r rune) byte {
	switch {
	case r >= 'a' && r <= 'z':
		return 'x'
	case r >= 'A' && r <= 'Z':
		return 'X'
	case r >= '0' && r <= '9':
		return 'd'
	case r < utf8.RuneSelf:
		return byte(r)
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	return '?'
}

// shapeFlag returns the word flag a shape class sets.
func shapeFlag(c byte) uint8 {
	switch c {
	case 'X':
		return fUpper | fAlpha
	case 'x':
		return fAlpha
	case 'd':
		return fDigit
	}
	return 0
}

// foldHash returns the folded key of s as newWord computes it.
func foldHash(s string) uint64 {
	return newNERWord(s, 0, len(s)).key
}
