package extract

// This file finds the foot of the page: lines and blocks of footer links,
// postal addresses, and an academic site's notes on disclosure, funding
// and republishing.

import (
	"regexp"
	"strings"
)

// footerWords are the links of a page's foot.
var footerWords = []string{"privacy", "cookie", "terms of", "terms &", "terms and conditions", "contact", "legal", "advertis",
	"accessibility", "sitemap", "about us"}

// minFooterLinks is the fewest links of a line of the page's foot, and
// maxFooterLinkWords bounds each ("Do Not Sell or Share My Personal
// Information").
const (
	minFooterLinks     = 4
	maxFooterLinkWords = 10
)

// isFooterLinks reports whether line is the links of a page's foot: links
// between bars, one of them a legal link ("ABC News Network | Privacy
// Policy | About Nielsen Measurement | Terms of Use"), or links run together
// when the page's text was copied ("About EuronewsCommercial ServicesTerms
// and ConditionsCookie PolicyPrivacy PolicyContact"), two of them legal.
func isFooterLinks(line string) bool {
	bars := strings.Count(line, " | ") >= minFooterLinks-1
	if !bars && !mayGlue(line) {
		return false // the cheap tests first: most lines are story text
	}
	lower := strings.ToLower(line)
	if !containsAny(lower, footerWords) {
		return false
	}
	if bars {
		for _, it := range strings.Split(line, " | ") {
			it = strings.TrimSpace(it)
			if it == "" || wordCount(it, maxFooterLinkWords) > maxFooterLinkWords || strings.ContainsAny(it[len(it)-1:], ".!?:;,\"”") {
				return false
			}
		}
		return true
	}
	return len(gluedLinks.FindAllStringIndex(line, minFooterLinks)) >= minFooterLinks-1 && countAny(lower, footerWords) >= 2
}

// mayGlue reports whether line may hold two links run together: a
// lower-case ASCII letter right before a capital, or any non-ASCII byte
// (for gluedLinks to decide).
func mayGlue(line string) bool {
	for i := 1; i < len(line); i++ {
		if c := line[i]; c >= 0x80 || c >= 'A' && c <= 'Z' && line[i-1] >= 'a' && line[i-1] <= 'z' {
			return true
		}
	}
	return false
}

// gluedLinks matches where two links run together: a lower-case letter and
// a capital with no space between them ("EuronewsCommercial").
var gluedLinks = regexp.MustCompile(`\p{Ll}\p{Lu}`)

// countAny returns how many of subs s contains.
func countAny(s string, subs []string) int {
	n := 0
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			n++
		}
	}
	return n
}

// minFooterBlockLines is the fewest lines of a page's foot that lists its
// links one a line, and minFooterBlockLinks the fewest legal links among
// them.
const (
	minFooterBlockLines = 4
	minFooterBlockLinks = 3
)

// blankFooterBlock blanks the lines of a paragraph in b (see blank) when
// they are the links of a page's foot one a line, and returns b: every
// line is a short link that ends no sentence ("Harbour Digital
// Service", "Do not share or sell my info", "Follow us on:") or other
// furniture (the copyright notice), and half of them or more, three at
// least, are legal links ("Privacy", "Cookies", "Accessibility
// statement", "Terms and conditions", "Contact us"). A story's short lines
// seldom name the site's legal pages.
func blankFooterBlock(b []byte, text string, para []lineSpan) []byte {
	if len(para) < minFooterBlockLines {
		return b
	}
	links := 0
	for _, l := range para {
		line := strings.TrimSpace(text[l.start:l.end])
		if l.furniture {
			continue
		}
		if l.n > maxFooterLinkWords || strings.ContainsAny(line[len(line)-1:], ".!?\"”") {
			return b
		}
		if containsAny(strings.ToLower(line), footerWords) {
			links++
		}
	}
	if links < minFooterBlockLinks || 2*links < len(para) {
		return b
	}
	for _, l := range para {
		b = blank(b, text, l.start, l.end)
	}
	return b
}

// isFooterLine reports whether line is the page's foot: its legal links
// ("Legal info | Cookies | Privacy policy | Contact", "About Arirang
// Privacy Policy   Terms of Service"), copyright or postal
// address ("Lowy Institute" over "31 Bligh Street Sydney NSW 2000").
func isFooterLine(line string) bool {
	lower := strings.ToLower(line)
	return (strings.Contains(line, " | ") || isSpacedMenu(line)) && containsAny(lower, footerWords) ||
		containsAny(lower, rightsWords) && rightsLine.MatchString(lower) ||
		wordCount(line, maxAddressWords) <= maxAddressWords && isAddressLine(line)
}

// isFooterName reports whether the line over a page's foot is a name alone,
// the publisher's or the outlet's: "France Médias Monde", "Sky News".
func isFooterName(line string) bool {
	return line != "" && isLabelLine(line) && isTitleLine(line)
}

// maxAddressWords bounds a postal address line.
const maxAddressWords = 16

// addressLine matches a postal address on one line: a street number, a
// comma, and a postcode at the end ("5-1 Ichigaya Honmuracho, Shinjuku-ku,
// Tokyo 162-8801", "1600 Pennsylvania Avenue NW, Washington, DC 20500",
// "32/34 Smolenskaya-Sennaya Square, Moscow 119200"), a Canadian one too:
// "351 King Street East, Suite 1600, Toronto, ON Canada, M5A 0N1".
var addressLine = regexp.MustCompile(`^\d[\d/-]*[A-Za-z]? \p{Lu}[^.!?]*, [^.!?]*\b(\d{3}-\d{4}|\d{5}(-\d{4})?|\d{6}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|` +
	`[A-Z]\d[A-Z] ?\d[A-Z]\d)$`)

// suiteAddressLine matches a postal address giving the suite, floor or
// unit after the street, with or without a postcode: "1211 Avenue of the
// Americas, Suite 300, New York, NY", "351 King Street East, Suite 1600,
// Toronto". The street's name ends in a street word, or opens with one
// ("Avenue of the Americas").
var suiteAddressLine = regexp.MustCompile(`^\d[\d/-]*[A-Za-z]? (?:\p{Lu}[\p{L}'’-]* |of |the ){0,4}` +
	`(?:(?:` + streetWords + `)\.?(?: (?:East|West|North|South|NE|NW|SE|SW|E|W|N|S))?|(?:` + streetWords + `) of (?:the )?\p{Lu}[\p{L}'’-]*), ` +
	`(?:Suite|Ste\.?|Floor|Level|Unit|Room) [\w-]+(?:, \p{Lu}[^.!?]*)?$`)

// streetWords close a street's name in an address.
const streetWords = `Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Square|Place|Drive|Terrace|Parade|Quay|Way|Court|Crescent|Highway|Strasse|Straße`

// placeAddressLine matches a postal address without a street number:
// capitalised names between commas and a British or American postcode
// after the last ("Whitehall, London, SW1A 2ET", "Washington, DC 20036"),
// or a Canadian one ("Toronto, ON M5A 0N1").
// Other postcodes are numbers a story's line may end with.
var placeAddressLine = regexp.MustCompile(`^\p{Lu}[\p{L}'’.-]*( \p{Lu}[\p{L}'’.-]*)*(, \p{Lu}[\p{L}'’.-]*( \p{Lu}[\p{L}'’.-]*)*)*, ` +
	`([A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]{2} \d{5}(-\d{4})?|([A-Z]{2} )?[A-Z]\d[A-Z] ?\d[A-Z]\d)$`)

// streetAddressLine matches a postal address without commas: a street
// number, the street's name ending in a street word, the town and a
// postcode ("31 Bligh Street Sydney NSW 2000").
var streetAddressLine = regexp.MustCompile(`^\d[\d/-]*[A-Za-z]? (?:\p{Lu}[\p{L}'’-]* ){1,3}` +
	`(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Square|Place|Drive|Terrace|Parade|Quay|Strasse|Straße)\.?` +
	`(?: \p{Lu}[\p{L}'’-]*){1,4} \d{4,6}$`)

// poBoxLine matches a postal address with a post office box, whatever
// comes before it, and a postcode at the end: "Audience Relations, CBC
// P.O. Box 500 Station A Toronto, ON Canada, M5W 1E6".
var poBoxLine = regexp.MustCompile(`\b(?:P\. ?O\.|PO|Post Office) Box \d+\b[^.!?]*[ ,](?:\d{3}-\d{4}|\d{4,6}(?:-\d{4})?|` +
	`[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d)$`)

// koreanAddress matches a Korean road address with its district, anywhere
// on a page foot's line: "Maeil Business Newspaper, 190 Toegye-ro, Jung-gu,
// Seoul", "(Seosomun-ro 100, Jung-gu, Seoul)", "13, Yeouigongwon-ro,
// Yeongdeungpo-gu, Seoul".
var koreanAddress = regexp.MustCompile(`\b(?:\d+(?:-\d+)? )?\p{Lu}\p{Ll}*-(?:ro|gil|daero)(?: \d+(?:-\d+)?)?, \p{Lu}\p{Ll}*-gu\b`)

// isAddressLine reports whether line is a postal address: a press
// release's, a ministry's or an institute's page foot.
func isAddressLine(line string) bool {
	if line == "" {
		return false
	}
	if strings.Contains(line, " Box ") && poBoxLine.MatchString(line) || strings.Contains(line, "-gu") && koreanAddress.MatchString(line) {
		return true
	}
	if !strings.Contains(line, ", ") {
		return line[0] >= '0' && line[0] <= '9' && streetAddressLine.MatchString(line)
	}
	if line[0] < '0' || line[0] > '9' {
		return placeAddressLine.MatchString(line)
	}
	return addressLine.MatchString(line) || suiteAddressLine.MatchString(line)
}

// An academic site's page carries notes of its own around the piece: the
// author's disclosure of interests ("Jane Doe receives no funding from any
// company that would benefit from this article, and has disclosed no
// relevant affiliations beyond their academic appointment.", "The author
// declares no competing interests."), the partners that
// fund the site ("Harbour University provides funding as a member of The
// Harbour Review UK.") and the licence its pieces are republished under
// ("Republish our articles for free, online or in print, under a Creative
// Commons licence.", "This article is republished from The Harbour Review
// under a Creative Commons license."). Their names are not the story's
// actors.
var (
	// disclosureNote matches, in lower case, an author's statement of
	// interests.
	disclosureNote = regexp.MustCompile(`\b(?:has|have) disclosed no (?:relevant )?affiliations\b|` +
		`\b(?:declares?|has|have) no (?:conflicts? of interests?|competing (?:financial )?interests?)\b|` +
		`^(?:disclosure(?: statement)?|competing interests|conflicts? of interests?|declaration of interests?): `)
	// fundingNote matches, in lower case, a partner's note on funding the
	// site, and nothing more: "harbour university provides funding as a
	// member of the harbour review uk." The partner is an institution, and
	// the sentence ends with the site's name: "Japan provides funding as a
	// member of the coalition, Tokyo said." is story text.
	fundingNote = regexp.MustCompile(`^[^.]{0,60}\b(?:university|college|institute|foundation|trust|school|academy|council|society|centre|center)\b` +
		`[^.]{0,60}? provides? funding as (?:a|an|one of the) (?:[\pL-]+ ){0,2}(?:members?|partners?|funders?) of [^.,;:]{1,60}\.?$`)
	// republishNote matches, in lower case, the note on republishing the
	// site's pieces: "republish our articles for free", "this article is
	// republished from ...".
	republishNote = regexp.MustCompile(`^republish (?:our|this|these) (?:articles?|stor(?:y|ies)|pieces?|content|work)\b|` +
		`^this (?:article|story|piece|post|essay|commentary|column|op-ed|analysis) (?:is|was|has been)(?: originally| first)? republished\b|` +
		`\b(?:republished|reproduced|published|licensed|available) (?:from [^.]{1,60} )?under (?:a|an|the) creative commons (?:licen[cs]e|attribution)\b`)
)

// academicNoteWords are in every line that disclosureNote, fundingNote or
// republishNote match.
var academicNoteWords = []string{"disclos", "no conflict", "no competing", "interest", "funding as", "republish", "creative commons"}

// isAcademicNote reports whether lower, a line of a credit's length in
// lower case ("" for a longer one), is an academic site's disclosure,
// funding or republishing note.
func isAcademicNote(lower string) bool {
	if lower == "" || !containsAny(lower, academicNoteWords) {
		return false
	}
	return disclosureNote.MatchString(lower) || fundingNote.MatchString(lower) || republishNote.MatchString(lower)
}

// A site's foot names the licence its pages go under on a line of its
// own ("All content on this site is licensed under" over "Creative Commons
// Attribution 4.0 International"), and says its pieces are its
// publisher's property: "The content and structure of Harbour Review
// articles are the property of the Harbour Institute for Strategic
// Studies."

// maxLicenceWords bounds a licence's name on a line of its own.
const maxLicenceWords = 8

// licenceName matches, in lower case, the name of a Creative Commons
// licence and nothing else: "creative commons attribution 4.0
// international", "cc by-sa 4.0", "creative commons attribution-sharealike
// license".
var licenceName = regexp.MustCompile(`^(?:the )?(?:creative commons|cc)(?: (?:attribution|by|zero|cc0|0)(?:[ -](?:sharealike|share-alike|sa|noncommercial|non-commercial|nc|noderivatives|noderivs|no-derivatives|nd))*)?` +
	`(?: \d\.\d)?(?: (?:international|unported|generic))?(?: (?:public )?licen[cs]e)?\.?$`)

// isLicenceName reports whether lower, a line in lower case, is the name
// of a Creative Commons licence alone. The bare words "creative commons"
// are not one.
func isLicenceName(lower string) bool {
	return lower != "" && strings.HasPrefix(strings.TrimPrefix(lower, "the "), "c") && lower != "creative commons" && licenceName.MatchString(lower)
}

// propertyNotice matches a site's note that its pieces are its
// publisher's property, up to the owner's name, which is its group: "The
// content and structure of Harbour Review articles are the property of the
// Harbour Institute." The subject names the site's work.
var propertyNotice = regexp.MustCompile(`^(?:(?:The|All|This|These|Our) )?(?:[\p{L}'’-]+ ){0,8}?` +
	`(?:content|contents|articles?|materials?|texts?|photos?|photographs?|images?|works?|publications?|stor(?:y|ies)|reports?)\b` +
	`[^.]{0,80}? (?:is|are|remains?) the (?:exclusive |sole )?(?:intellectual )?property of (?:the )?([^.]+)\.?$`)

// isPropertyNotice reports whether line says that the site's pieces are
// the property of one of its publishers.
func isPropertyNotice(line string, publishers []string) bool {
	if len(publishers) == 0 || !strings.Contains(line, " property of ") {
		return false
	}
	m := propertyNotice.FindStringSubmatch(line)
	return m != nil && isPublisherLine(m[1], publishers)
}
