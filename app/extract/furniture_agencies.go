package extract

// This file finds the news agencies a page credits with its story: under
// the headline, in the block of its date, and alone on a line closing the
// story.

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxAgencyWords bounds a line crediting news agencies, and maxAgencyLine
// the lines above it: such a credit sits under the headline, and lower down
// "NATO and EU" is story text.
const (
	maxAgencyWords = 6
	maxAgencyLine  = 12
)

// isAgencyCredit reports whether line names known organisations and
// nothing else, without a sentence's punctuation: "Reuters and Kyodo",
// "AFP, AP". Such a line under a headline credits the story's agencies.
func isAgencyCredit(line string) bool {
	return agencyNames(line) >= 2
}

// agencyNames returns how many known organisations line names, when it
// names them and nothing else, without a sentence's punctuation ("Reuters
// and Kyodo" names two), or 0.
func agencyNames(line string) int {
	if r, _ := utf8.DecodeRuneInString(line); !unicode.IsUpper(r) || strings.ContainsAny(line[len(line)-1:], ".:!?\"”") {
		return 0
	}
	g := theGazetteer()
	ws := nerWords(nil, line, Span{0, len(line)})
	names := 0
	for i := 0; i < len(ws); {
		if ws[i].key == keyAnd || ws[i].key == keyComma || ws[i].key == keySlash {
			i++
			continue
		}
		end, e := g.longest(ws, i)
		if e < 0 || g.entries[e].Type != "ORG" {
			return 0
		}
		names++
		i = end
	}
	return names
}

// isDatedAgency reports whether line names known organisations and
// nothing else ("AFP", "Reuters and Kyodo") under the story's date stamp
// (prev, a short line of its own): "AFP" under "Updated 3 June 2024" is
// the page's credit in its block of dates. It is looked for above the
// story's first sentence; lower down, a name alone between story lines
// ("NATO" as a heading) is left to the other rules. An agency alone
// right under the headline, over the date ("Reuters" over "Jul 13, 2025"),
// is the story's byline and names its source, as a dateline's agency
// does: it is kept.
func isDatedAgency(line, prev string) bool {
	return isDateStamp(prev) && agencyNames(line) >= 1
}

// outletOfPlace matches a known outlet's name and its country in brackets
// on a line of its own, in the block of a story's author and date: "The
// Straits Times (Singapore)".
var outletOfPlace = regexp.MustCompile(`^(?:The )?\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,4} \(\p{Lu}[\p{L} ]{1,30}\)$`)

// isOutletOfPlace reports whether line is an outlet the gazetteer knows,
// with its country in brackets.
func isOutletOfPlace(line string) bool {
	if !outletOfPlace.MatchString(line) {
		return false
	}
	name, _, _ := strings.Cut(line, " (")
	return isKnownBody(name)
}

// wireDashes open a wire's credit line after a story: "- Reuters / AFP".
var wireDashes = []string{"- ", "– ", "— ", "-- "}

// isWireCredit reports whether line credits the story's wires and nothing
// else: known agencies in parentheses ("(Yonhap)") or after a dash ("-
// Reuters / AFP"), joined by slashes, commas or "and". Such a line closes
// the story when the page's furniture follows it; between the story's
// paragraphs it names the source of those above it, and the caller keeps
// it.
func isWireCredit(line string) bool {
	if strings.HasPrefix(line, "(") && strings.HasSuffix(line, ")") {
		return agencyNames(line[1:len(line)-1]) > 0
	}
	for _, d := range wireDashes {
		if rest, ok := strings.CutPrefix(line, d); ok {
			return agencyNames(strings.TrimSpace(rest)) > 0
		}
	}
	return false
}

// sourceSeparators part the names of a credit line.
var sourceSeparators = regexp.MustCompile(`, (?:and )?| and `)

// maxSourceWords bounds one name of a credit line of the story's sources.
const maxSourceWords = 3

// numericStamp matches a date stamp in figures, with the time or not:
// "2024.01.17 10:24", "14.9.2023 14:38", "2024-01-17".
var numericStamp = regexp.MustCompile(`^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\.?( \d{1,2}[:.]\d\d)?$`)

// isSourcesCredit reports whether line credits the story's sources under
// the headline, over its date stamp (next, the line after it): short names
// between commas or joined by "and", none a known place or person: known
// agencies, the outlet's own name or site, agencies and authors unknown to
// the gazetteer: "LRT.lt, Reuters, BNS" over "2024.01.17 10:24", "AA and
// Yeni Şafak" over "11:42 - 14/09/2023 Thursday". A line naming places
// ("Russia, China") is no credit.
func isSourcesCredit(line, next string) bool {
	if !strings.Contains(line, ", ") && !strings.Contains(line, " and ") ||
		!isDateStamp(next) && !isDateOnlyLine(next) && !numericStamp.MatchString(next) {
		return false
	}
	g := theGazetteer()
	for _, name := range sourceSeparators.Split(line, -1) {
		if name == "" || wordCount(name, maxSourceWords) > maxSourceWords || !isTitleLine(name) {
			return false
		}
		ws := nerWords(nil, name, Span{0, len(name)})
		if end, e := g.longest(ws, 0); e >= 0 && (end != len(ws) || g.entries[e].Type != "ORG") {
			return false // "Russia"
		}
	}
	return true
}
