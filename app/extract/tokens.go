package extract

import (
	"unicode"
	"unicode/utf8"
)

// tokenize splits text[s.Start:s.End] into words, numbers and punctuation
// marks, as byte spans into text. A word keeps inner hyphens ("Jong-un"),
// periods ("U.S.", "a.m.", "3.5"), digit groups ("1,000") and colons between
// digits ("10:30"); a possessive "'s" is a token of its own. Runs of periods
// ("...") and dashes ("--") are one token.
func tokenize(text string, s Span) []Token {
	s = clampSpan(text, s)
	return appendTokens(make([]Token, 0, (s.End-s.Start)/5+1), text, s)
}

// appendTokens appends the tokens of text[s.Start:s.End] to toks; s must lie
// inside text.
func appendTokens(toks []Token, text string, s Span) []Token {
	for i := s.Start; i < s.End; {
		r, n := utf8.DecodeRuneInString(text[i:s.End])
		switch {
		case isSpace(r):
			i += n
		case isWordRune(r):
			end := wordEnd(text, i, s.End)
			if p := possessiveAt(text, i, end); p > i {
				toks = append(toks, Token{Span{i, p}}, Token{Span{p, end}})
			} else {
				toks = append(toks, Token{Span{i, end}})
			}
			i = end
		default:
			end := punctEnd(text, i, n, s.End)
			toks = append(toks, Token{Span{i, end}})
			i = end
		}
	}
	return toks
}

// clampSpan keeps s inside text.
func clampSpan(text string, s Span) Span {
	s.Start = max(0, min(s.Start, len(text)))
	s.End = max(s.Start, min(s.End, len(text)))
	return s
}

// isSpace reports whether r separates tokens.
func isSpace(r rune) bool {
	return r == ' ' || r == '\n' || r == '\t' || r == '\r' || unicode.IsSpace(r) || r == utf8.RuneError
}

// isWordRune reports whether r can start or continue a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isDigit reports whether b is an ASCII digit.
func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// wordEnd returns the end of the word starting at i.
func wordEnd(text string, i, end int) int {
	dotted := false
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if isWordRune(r) {
			i += n
			continue
		}
		if !joinsWord(text, i, n, end, r) {
			break
		}
		if r == '.' {
			dotted = true
		}
		i += n
	}
	// "U.S." and "a.m." keep their final period.
	if dotted && i < end && text[i] == '.' && singleLetterBefore(text, i) {
		i++
	}
	return i
}

// joinsWord reports whether the mark r of size n at text[i] sits inside a
// word: a hyphen, apostrophe or period between word runes, a comma or colon
// between digits.
func joinsWord(text string, i, n, end int, r rune) bool {
	if i+n >= end || i == 0 {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[i+n : end])
	switch r {
	case '-', '\'', '’', '.':
		return isWordRune(next)
	case ',':
		return isDigit(text[i-1]) && i+4 <= end && isDigit(text[i+1]) && isDigit(text[i+2]) && isDigit(text[i+3]) &&
			(i+4 == end || !isDigit(text[i+4]))
	case ':':
		return isDigit(text[i-1]) && isDigit(text[i+1])
	}
	return false
}

// singleLetterBefore reports whether the word part ending at the period i is
// one letter long, as in "U.S" or "a.m".
func singleLetterBefore(text string, i int) bool {
	c := text[i-1] | 0x20
	return i >= 2 && text[i-2] == '.' && 'a' <= c && c <= 'z'
}

// possessiveAt returns where a final "'s" starts in the word [start, end), or
// start when there is none.
func possessiveAt(text string, start, end int) int {
	if end-start < 3 || text[end-1] != 's' && text[end-1] != 'S' {
		return start
	}
	if text[end-2] == '\'' {
		return end - 2
	}
	if end-start >= 5 && text[end-4:end-1] == "’" {
		return end - 4
	}
	return start
}

// punctEnd returns the end of the punctuation token of first rune size n at i.
func punctEnd(text string, i, n, end int) int {
	c := text[i]
	if n != 1 || (c != '.' && c != '-') {
		return i + n
	}
	j := i + 1
	for j < end && text[j] == c {
		j++
	}
	return j
}
