package extract

// This file finds the site's notices on itself: copyright notices, on a
// line of their own or opening a paragraph of the publisher's terms, the
// press office's telephone line, the tagline naming the fields the outlet
// covers, the sentences that go on after its note on what it is and its
// note that a story came from a syndicated feed.

import (
	"regexp"
	"strings"
)

// rightsLine matches, in lower case, a copyright notice: "© 2024 AFP",
// "Copyright (c) 2025. RFE/RL, Inc.", "[ⓒ The Korea Herald] Copyright",
// "This service may include material from Agence France-Presse (AFP),
// APTN, Reuters ... which is copyrighted and cannot be reproduced." A
// trademark's notice is one too: "Harbour Sans ™ & © 2016 Harbour News
// Network." So is a note on the owner's trademarks: "XYZ, XYZ Health and
// XYZ TV are registered trademarks of XYZ Media, Inc." So is a Creative Commons notice, with its label or not:
// "Creative Commons: Some rights reserved." (but not "Some rights reserved
// for veterans were cut").
var rightsLine = regexp.MustCompile(`^(\[?[©ⓒ]|\(c\) |copyright\b)|\ball rights reserved\b|\] copyright$|[™®] ?(&|and) ?[©ⓒ] ?(1[89]|20)\d\d\b|` +
	`\bcopyrighted and (cannot|can not|may not|must not) be (reproduced|republished|redistributed)\b|^(creative commons:? )?some rights reserved(\.|$)|` +
	`\b(are|is a) (registered )?trademarks? of [^.]{1,60}, (inc|llc|ltd|corp)\b`)

// rightsOpening matches, in lower case, the copyright notice opening a
// line: the sign, or the word and the year ("copyright 1995 - 2025"), so
// that a sentence about copyright ("copyright lawyers said ...") is none.
var rightsOpening = regexp.MustCompile(`^\[?(?:(?:copyright ?)?(?:[©ⓒ]|\(c\))|copyright:? (?:1[89]|20)\d\d\b)`)

// maxRightsHeadBytes bounds the start of a line where a copyright
// notice longer than a credit line reserves its rights.
const maxRightsHeadBytes = 80

// isRightsParagraph reports whether line, longer than a credit line, opens
// with a copyright notice reserving the publisher's rights and goes on with
// its terms: "Copyright 1995 - 2025. All rights reserved. The content
// (including but not limited to text, photo, multimedia information, etc)
// published in this site belongs to Harbour Daily Information Co (HDIC).
// Without written authorization from HDIC, such content shall not be
// republished or used in any form." A story's paragraph does not open
// with the sign and the reservation.
func isRightsParagraph(line string) bool {
	head := strings.ToLower(line[:min(len(line), maxRightsHeadBytes)])
	return strings.Contains(head, "rights reserved") && rightsOpening.MatchString(head)
}

// phoneLine matches a telephone number after its label, with the
// country's code or a number of at least seven digits: "Tel.: +32 (0)2 281
// 6319", "Phone: 020 7946 0958".
var phoneLine = regexp.MustCompile(`(?i)\b(?:tel|phone|telephone|fax)\.?: ?(?:\+\d[\d ()./-]{5,}\d|\(?\d[\d ()./-]{6,}\d)`)

// isPhoneLine reports whether line gives a telephone number after its
// label, as the contact lines of a press office's foot do: "Rue de la Loi
// 175 - B-1048 BRUSSELS - Tel.: +32 (0)2 281 6319".
func isPhoneLine(line string) bool {
	return strings.ContainsAny(line, "0123456789") && phoneLine.MatchString(line)
}

// maxFieldTaglineWords bounds a masthead's tagline naming the fields the
// outlet covers.
const maxFieldTaglineWords = 14

// fieldTagline matches a tagline naming the fields an outlet covers and,
// after "in", "on", "from" or "across", the region: "Economics, Politics
// and Public Policy in the Harbour Region", "News, Analysis and Opinion
// from Eurasia". The first field is a field's name, so that a headline in
// title case is none.
var fieldTagline = regexp.MustCompile(`^(?:News|Analysis|Opinion|Commentary|Economics|Economy|Politics|Policy|Security|Defen[cs]e|` +
	`Diplomacy|Business|Culture|Society|Research|Ideas|Affairs|Law|Trade|Finance|Technology|Science|Insights?|Views)` +
	`(?:, \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)*,? (?:and|&) \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?` +
	`(?: (?:in|on|from|across) (?:the )?\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|and|the|of))*)?$`)

// isSlogan reports whether line, under the masthead, is the outlet's
// slogan (see sloganLine) or a tagline naming the fields it covers (see
// fieldTagline).
func isSlogan(line string) bool {
	n := wordCount(line, maxFieldTaglineWords)
	return n <= maxTaglineWords && sloganLine.MatchString(line) || n <= maxFieldTaglineWords && fieldTagline.MatchString(line)
}

// isOutletNoteTail reports whether rest, the sentences after the first of
// an outlet's note on what it is, are of the note too: a promotion, or
// sentences that go on about the outlet ("It is based at the Harbour
// School of Public Policy.") or give the licence, credit or copyright
// its pieces go under ("All materials are available under CC BY 4.0 with
// attribution.").
func isOutletNoteTail(rest string) bool {
	if isPromoLine(strings.ToLower(rest), wordCount(rest, maxCreditWords)) {
		return true
	}
	for _, s := range strings.SplitAfter(rest, ". ") {
		s = strings.TrimSpace(s)
		lower, n := strings.ToLower(s), wordCount(s, maxCreditWords)
		if !strings.HasPrefix(s, "It ") && !strings.HasPrefix(s, "Its ") && !isPromoLine(lower, n) && !isCreditLine(s, lower, n) {
			return false
		}
	}
	return true
}

// syndicationNote matches, in lower case, the site's note that a story
// came from another's feed and was not edited by its staff: "(Except for
// the headline, this story has not been edited by HNN staff and is
// published from a syndicated feed.)", "This article is published from a
// wire agency feed." A story's "the report was published from an agency
// feed" is no note on the page's own story.
var syndicationNote = regexp.MustCompile(`^\(?(?:except for (?:the )?(?:headline|title)s?,? )?this (?:story|article|report|piece|copy) ` +
	`(?:(?:has not been|was not|is not) (?:edited|modified|altered) by\b|(?:is|was|has been) (?:auto-generated|published|generated) from an? ` +
	`(?:syndicated|agency|wire|news agency|wire agency) feed\b)`)

// isSyndicationNote reports whether lower, a line in lower case, is the
// site's note that its story came from a syndicated feed (see
// syndicationNote).
func isSyndicationNote(lower string) bool {
	return (strings.Contains(lower, " edited by") || strings.Contains(lower, " feed")) && syndicationNote.MatchString(lower)
}
