package extract

// This file finds the publisher named in the page's copyright notices, and
// the lines that name it or tell about its own work.

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// holderTails are the words that may close a copyright holder's name but
// are no part of the publisher's name: company forms, joining words, and
// the start of "All Rights Reserved".
var holderTails = map[string]bool{"LLC": true, "Inc": true, "Ltd": true, "Limited": true, "Corp": true, "Corporation": true,
	"Co": true, "PLC": true, "plc": true, "GmbH": true, "LP": true, "AG": true, "of": true, "for": true, "and": true, "&": true,
	"All": true, "Rights": true, "Reserved": true}

// rightsHolders returns the names of the holders of the page's copyright
// notices: "Baltic Ledger" of "© 2001-2025 Baltic Ledger. All rights
// reserved.", "Harbour Media" of "© 1996 - 2025 Harbour Media LLC". A
// known place or person is never taken for one.
func rightsHolders(text string) []string {
	var names []string
	for start := 0; start < len(text); {
		end := lineEnd(text, start)
		line := strings.TrimSpace(text[start:end])
		start = end + 1
		if n := wordCount(line, maxCreditWords); n == 0 || n > maxCreditWords {
			continue
		}
		if lower := strings.ToLower(line); !containsAny(lower, rightsWords) || !rightsLine.MatchString(lower) {
			continue
		}
		m := rightsHolder.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		words := strings.Fields(m[1])
		for len(words) > 0 && holderTails[words[len(words)-1]] {
			words = words[:len(words)-1]
		}
		name := strings.Join(words, " ")
		if len(name) < 2 || len(words) > maxHolderWords || words[0] == "All" || outletName(name) == "" || slices.Contains(names, name) {
			continue
		}
		names = append(names, name)
	}
	return names
}

// foldPublisher returns a publisher's name folded for comparison: in
// lower case, without a leading "the", with "&" spelled "and".
func foldPublisher(name string) string {
	name = strings.ToLower(strings.ReplaceAll(name, " & ", " and "))
	return strings.TrimPrefix(name, "the ")
}

// isPublisherLine reports whether line is one of the publishers' names and
// nothing else ("Baltic Ledger", "KPW." under the headline), or the
// acronym of one of two words or more ("NKRI" of "North Korea Research
// Institute").
func isPublisherLine(line string, publishers []string) bool {
	line = strings.TrimSuffix(line, ".")
	if line == "" || len(publishers) == 0 {
		return false
	}
	folded := foldPublisher(line)
	acronym := len(line) >= 2 && !strings.Contains(line, " ") && isAcronym(line)
	for _, p := range publishers {
		if folded == foldPublisher(p) {
			return true
		}
		if words := strings.Fields(p); acronym && len(words) >= 2 && strings.EqualFold(initials(words), line) {
			return true
		}
	}
	return false
}

// publisherNoteHead matches the opening of the publisher's note on its own
// work, up to the publisher's name: "Commentary is produced by the ",
// "This report was published by ".
var publisherNoteHead = regexp.MustCompile(`^(?:This \p{Ll}+|\p{Lu}\p{Ll}+) (?:is|are|was) (?:produced|published) by (?:the )?`)

// isPublisherNote reports whether line opens by saying that one of the
// publishers produced the piece: "Briefs are produced by the North Korea
// Research Institute (NKRI), a private, tax-exempt institution ...".
// Another body's work is story text: "Analysis is published by the
// ministry".
func isPublisherNote(line string, publishers []string) bool {
	if len(publishers) == 0 || !strings.Contains(line, "ed by ") {
		return false
	}
	loc := publisherNoteHead.FindStringIndex(line)
	if loc == nil {
		return false
	}
	rest := foldPublisher(line[loc[1]:])
	for _, p := range publishers {
		p = foldPublisher(p)
		if strings.HasPrefix(rest, p) {
			r, _ := utf8.DecodeRuneInString(rest[len(p):])
			if !unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}
