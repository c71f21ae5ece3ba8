package extract

// This file blanks a pasted page's furniture before names are extracted:
// the entry point withoutFurniture and its line loop, the patterns of
// credit and byline lines, and the helpers on lines that the other
// furniture files share.

import (
	"regexp"
	"strings"
)

// Pasted articles keep the lines a news page puts around the story: the
// wire's reporting and editing credits, contributor lines, photo credits,
// bylines with the reporter's city, copyright notices, newsletter and
// subscription boxes, and lists of topic or section links.
// Their names (reporters, editors, the sections "Asia Pacific") are not
// actors of the story. app/ingest drops such paragraphs from web pages; text
// that reaches the extractor with them is read with them blanked out, so
// that every offset still points into the text.
var (
	// creditLine matches a line that credits the report's makers: "With
	// files from The Associated Press", "(Japanese original by Kenta
	// Miyazaki, Political News Department)", "About the Author: Elliot Park
	// is a Washington-based analyst", "Write to Hyun-joo Lee at
	// hyunjoo.lee@wsj.com", "Hannah Lindqvist can be reached at ...",
	// "Material from the Associated Press and Reuters was used in this
	// report", "Data also provided by Reuters", "Via MTI, Reuters, Ukrinform",
	// "- With Reuters", "— with reports from Reuters and Agence
	// France-Presse/KBK, GMA Integrated News". The site's acknowledgement of the land's
	// traditional owners in its foot is one too: "We acknowledge Aboriginal
	// and Torres Strait Islander peoples as the First Australians and
	// Traditional Custodians of the lands where we live". A credit may
	// stand in brackets ("[Edited by Jane Holloway]"), a broadcast's crew
	// may be credited by their work ("Video reporting: Jin Ha-neul / Video
	// editing: Ro Mi-rae", "Camera: ...") and a photo in the page's own
	// language ("Foto: KCNA / REUTERS"), and the licence the site's content
	// goes under is its foot: "All content is available under the Open
	// Data Licence v2.0, except where otherwise stated", "All materials are
	// available under CC BY 4.0"; the licence's name may stand on the next
	// line: "All content on this site is licensed under". So is a print
	// edition's note: "Published in The Harbour Tribune, November 10th, 2023.",
	// a wire's: "This report by The XYZ Press was first published Nov. 1,
	// 2024.", and the imprint: "Published by the Editor on behalf of Media
	// World Ltd, ...".
	creditLine = regexp.MustCompile(`^(— |– |- |\* ?)?[\[(]?((additional )?(reporting|writing|editing|compiled|produced|edited|research|story|translated|translation|photo|photos|photograph|graphics|video) by\b|` +
		`with assistance from\b|with files from\b|with (additional )?(reports?|information|inputs?) from\b|(\pL+ )?original by\b|about the authors?:|to contact the (reporter|editor)s?\b|image source, |` +
		`((main|top|lead|header|featured) )?(image|photo|picture) credit:|` +
		`(photograph|photo|foto|image|picture|credit|illustration|editor|editor-in-chief|author|translator|producer|translation|editing|reporter|(additional )?reporting)s? ?:|our standards:|` +
		`via \pL[^.]{0,40}$|with (reuters|afp|ap|agencies|bloomberg|dpa|efe|xinhua|kyodo|yonhap|tass|ani|pti)((,| and) (reuters|afp|ap|agencies|bloomberg|dpa|efe|xinhua|kyodo|yonhap|tass|ani|pti))*\.?$|` +
		`why you can trust\b|(additional )?material from [^.]{1,60} (was|were|has been) used in this (report|story|article)|(market )?data (is |are )?(also )?provided by\b|` +
		`(\pL+ ){1,3}can be reached (at|by|on)\b|` +
		`a version of this article appears in print\b|this (report|article|story) by (the )?[^.]{1,40} was (first )?published\b|published in (the )?[^.,]{1,40}, (\pL+ \d{1,2}(st|nd|rd|th)?|\d{1,2} \pL+),? \d{4}\.?$|from wikipedia, the free encyclopedia|reporting from \pL|` +
		`(write|e-?mail) (to )?[^@]{1,60} at [\w.+-]+@[\w-]+\.|(this article )?appeared in the [^.]{0,40}\bprint edition\b|` +
		`we (respectfully )?(acknowledge|pay (our )?respects? to)\b.{0,200}\b(traditional (custodians|owners)|first (australians|nations|peoples)|elders,? past|unceded)\b|` +
		`text is available under the creative commons\b|licen[cs]e no\.? ?\d|` +
		`(video|camera|photo|tv|audio|sound) (reporting|editing|editor|journalists?|production|graphics)s?:|` +
		`(camera|cameraman|camerawork|videographer|cinematography|graphics)s?:|` +
		`(all )?(content|texts?|materials?|articles?|this (article|work|page|site|website|content))( on this (site|website|page))? (is|are) ` +
		`(available|published|licensed|released|reproduced|distributed) under( (the |an? )?[^.]{0,60}\b(licen[cs]e|creative commons)\b| cc[ -]by\b|:?$)|` +
		`(department|contact|media contact|press contact|tel|phone|fax|broadcast|address)(es|s)?: |source: |published by: |` +
		`(printed and )?published by (the )?(editor|publisher)\b[^.]{0,60}\bon behalf of\b)`)
	// fromLine matches the credit of a live page's post: "From CNN's Simone
	// McCarthy".
	fromLine = regexp.MustCompile(`^From \p{Lu}[\p{L}.-]*['’]s \p{Lu}`)
	// contributorLine matches a line that ends by crediting its names.
	contributorLine = regexp.MustCompile(`(contributed( reporting)?( to this (report|story|article))?|contributed reporting)\.?\)?$`)
	// reporterLine matches a byline naming the reporter and the city
	// filed from: "Justin McCurry in Tokyo", "Max Seddon in Riga and Song
	// Jung-a in Seoul".
	// The second reporter may go without a city: "Justin McCurry in Tokyo
	// and Pjotr Sauer".
	reporterLine = regexp.MustCompile(`^` + reporterCity + `( and (` + reporterCity + `|\p{Lu}[\p{L}'’-]+( \p{Lu}[\p{L}'’-]+){1,2}))?$`)
	// bioLine matches a reporter's note at the foot of a story: "Choe
	// Sang-Hun is The Times's Seoul bureau chief", "Constant Méheut covers
	// the war in Ukraine for The Times."
	// "Kim covers North and South Korea for The Associated Press", "Jeong
	// Tae Joo is one of Daily NK's journalists", "Mercy A. Kuo is a regular
	// contributor to The Diplomat" too. Its first sentence ends with the
	// role and the outlet, or a short phrase after a comma: "Evan
	// Gershkovich is a reporter for The Wall Street Journal who was detained
	// in Russia" is story text.
	bioLine = regexp.MustCompile(`^\p{Lu}[\p{L}'’.-]*( \p{Lu}[\p{L}'’.-]*){0,2} (covers [^.]{3,80} for ` + creditPlaces + `|` +
		`(is|was) (a|an|[Tt]he|one of) [^.]{0,50}\b(reporter|correspondent|bureau chief|columnist|staff writer|editor|journalist|contributor)s?( covering [^.]{1,60})?` +
		`( (at|for|of|with|in|to|based in) ` + creditPlaces + `)?)(,[^.]{0,40})?(\.( .*)?)?$`)
	// bylineLine matches a byline of capitalised words after "By": "by Jane
	// Doe", "By RFE/RL's Russian Service", "By Al Jazeera Staff".
	// A byline may close with the reporter's role, address or the date: "By
	// Kim So-youn, staff reporter", "BY MICHAEL LEE [lee.junhyuk@joongang.co.kr]",
	// "By Jeong Tae Joo - 2025.03.10 5:00pm". Two reporters may go with
	// their roles and the city filed from: "By Harriet Coldwell, Defence
	// Correspondent, and Will Ashby in Kyiv". A lower-case role is a role
	// word: "By Monday, nothing had changed" is story text. The role may
	// name the outlet ("By Helen Marchetti, a staff writer at Foreign
	// Policy.") and the date may follow "on" ("By Colin Marsh on May 01,
	// 2025 at 11:04 AM"). The outlet may stand between the name and the
	// date: "By Daniel Kessler - The Washington Times - Friday, September
	// 13, 2024". A page may glue its update time to the byline: "By Jane
	// Doe Globe Staff,Updated September 3, 2025, 8:02 p.m.", or set the date
	// apart by spaces: "By Anna Kostina in Vladivostok   July 28, 2025".
	bylineLine = regexp.MustCompile(`^(?:[Bb]y|BY) \p{Lu}[\p{L}'’./-]*,?( (\p{Lu}[\p{L}'’./-]*,?|and|of|for|with|in|de|van|von|al|el|bin))*` +
		`(, (an? |the )?(\p{Ll}+ ){0,2}(reporter|correspondent|writer|editor|journalist|columnist|contributor)s?( (at|for|with) ` + creditPlaces + `)?\.?)?` +
		`( [-–—|·] ` + creditPlaces + `)?( [\[(<]?[\w.+-]+@[\w.-]+[\])>]?)?( ([-–—|·]|on) [^|]{0,30}\d[^|]{0,20}|\s{2,}[^|]{0,30}\d[^|]{0,20}|,? ?(Updated|Published|Posted|updated|published|posted) [^|]{0,30}\d[^|]{0,20})?$`)
	// roleBylineLine matches a byline giving the reporter's role before the
	// name: "By North Asia correspondent Alicia Brennan", "By defence
	// editor Harriet Coldwell".
	roleBylineLine = regexp.MustCompile(`^(?:[Bb]y|BY) (?:\p{Lu}[\p{L}'’.-]* ){0,3}(?:\p{Ll}+ ){0,2}` +
		`(?:correspondent|reporter|editor|writer|journalist|columnist|producer)s? ` + creditName + `( and ` + creditName + `)?$`)
	// roleAfterLine matches a Korean outlet's byline, the role after the
	// name, with the time or the address: "Jeong Hyun-jin Reporter |
	// 2025-08-29 16:48:12 (KST)", "Jeong Hyun-jin Reporter jhj@sedaily.com".
	roleAfterLine = regexp.MustCompile(`^\p{Lu}[\p{L}'’-]*( \p{Lu}[\p{L}'’-]*){1,2} (Reporter|Correspondent|Staff Writer|Staff Reporter|Senior Reporter)` +
		`( \| [^|]{0,40}\d[^|]{0,30}| [\w.+-]+@[\w.-]+)?$`)
	// emailLine matches a reporter's address, alone or after the name, at
	// the foot of a story: "Kim Arin (arin@heraldcorp.com)", "xxx@yna.co.kr".
	emailLine = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.-]*( \p{Lu}[\p{L}'’.-]*){0,3} )?[\[(<]?[\w.+-]+@[\w-]+(\.[\w-]+)+[\])>]?$`)
)

// creditName is a person's name of two to four capitalised words, and
// creditPlaces a list of capitalised place or outlet names, in a credit line.
const (
	creditName   = `\p{Lu}[\p{L}'’.-]*( \p{Lu}[\p{L}'’.-]*){1,3}`
	creditPlaces = `\p{Lu}[\p{L}'’.&-]*( (\p{Lu}[\p{L}'’.&-]*|of|the|and|'s))*(, \p{Lu}[\p{L}'’.&-]*( \p{Lu}[\p{L}'’.&-]*)*)*`
)

// reporterCity is a reporter's name of two or three capitalised words and
// the city filed from.
const reporterCity = `\p{Lu}[\p{L}'’-]+( \p{Lu}[\p{L}'’-]+){1,2},? (in|and) \p{Lu}[\p{L}-]+( \p{Lu}[\p{L}-]+)?`

// maxEmailWords bounds a reporter's address line; maxBylineWords a byline;
// maxPromoWords a subscription box's line.
const (
	maxEmailWords  = 5
	maxBylineWords = 12
	maxPromoWords  = 24
)

// endsWithStop reports whether line closes a sentence with a full stop,
// before a closing quote or not: "Kim left.", "\"We will respond.\"".
func endsWithStop(line string) bool {
	line = strings.TrimRight(line, "\"”’'")
	return strings.HasSuffix(line, ".")
}

// maxFromWords bounds a live post's credit line.
const maxFromWords = 8

// maxCreditWords bounds a credit line: a longer line is story text.
const maxCreditWords = 40

// withoutFurniture returns text with its page furniture lines replaced by
// spaces (line breaks kept).
func withoutFurniture(text string) string {
	var b []byte
	links, stories := false, false
	publishers := rightsHolders(text)
	top, mastheads := pageTop(text, publishers)
	publishers = append(publishers, mastheads...)
	first, prev, lines := true, "", 0
	authors := signOffNames(text)       // the names of the bylines, author cards and broadcast sign-offs read so far
	card := false                       // after an author card's head
	cardName := false                   // after the name on an author card
	gap := false                        // between a head of story links and its first headline, over blank lines
	sawFurniture, story := false, false // whether a line was furniture, or ended a sentence, so far
	newsletters := false                // right under a newsletter's sign-up line or one of its entries
	var wire lineSpan                   // a wire's credit line after the story, until the next line shows whether it closes the story
	appeal := 0                         // the end of the outlet's appeal to its readers, once its head is read
	teasers := 0                        // the end of the labelled teasers under a head of story links
	var para []lineSpan                 // the lines of the paragraph so far
	for start := 0; start < len(text); {
		end := lineEnd(text, start)
		line := strings.TrimSpace(text[start:end])
		n := wordCount(line, maxCreditWords)
		furniture := false
		head := ""
		if n <= maxHeadWords {
			head = strings.ToLower(strings.TrimRight(line, ":"))
		} else if n <= maxTagWords && followTopics.MatchString(line) {
			head = "topics" // "Click the alert icon to follow topics:"
		}
		if head != "" && strings.ContainsAny(head, "0123456789") {
			head = withoutNumber(head) // "Top 10 Stories"
		}
		promo, entry := false, false
		if start >= appeal && n > 0 && n <= maxAppealHeadWords {
			if k := appealEnd(text, line, end); k > 0 {
				appeal = k // "A message from The Harbour Times:" to "Support us today."
			}
		}
		switch {
		case start < top:
			furniture = true
		case start < appeal || start < teasers:
			furniture = true
		case gap && n == 0:
			// the blank lines between "Related" and its headlines
		case stories && n > 0 && n <= maxHeadlineWords:
			furniture = true
		case links && n > 0 && (n <= maxLinkWords || isLinkList(line) || n <= maxTagWords && isTitleLine(line)):
			furniture = true
		case linkHeads[head] || storyLinkHeads[head]:
			links, stories, furniture = true, storyLinkHeads[head], true
			gap = stories && isGappedHeadlines(text[end:]) // "Related" over a blank line and "Sanctions panel winds down after Russian veto"
			teasers = labelledTeasersEnd(text, end)        // "Related News" over "World" and "Kim returns home from Russia"
		case isMoreFrom(head, line):
			links, stories, furniture, gap = true, true, true, isGappedHeadlines(text[end:]) // "More From Our Experts" over a blank line
		case authorHeads[head]:
			card, furniture = true, true
		case card && isCapitalisedName(line):
			authors, furniture = append(authors, line), true // "Daniel Hartwell" on the author's card
			cardName = true
		case cardName && isAffiliationLine(line):
			furniture = true // "Senior Lecturer in Korean Studies, Harbour University" under the card's name
		case card && authorNote.MatchString(line):
			furniture = true // "Eleanor Vance is a Sydney-based writer" right under "AUTHOR"
		case newsletters && n <= maxPromoWords && isNewsletterEntry(line):
			furniture, entry = true, true // "The Weekly Report: A weekly roundup of our most-read stories"
		default:
			links, stories = false, false
			lower := ""
			if n > 0 && n <= maxCreditWords || n > maxCreditWords && (strings.Contains(line, " comments") ||
				strings.Contains(line, " necessarily ") || strings.Contains(line, ", we ")) {
				lower = strings.ToLower(line) // a comment section's rules and an outlet's account of itself run long
			}
			promo = isPromoLine(lower, n)
			furniture = promo || n <= maxCadenceWords && cadenceLine.MatchString(lower) || isCreditLine(line, lower, n) || n <= maxShareWords && isShareBar(line) || isMetaLine(line, n) ||
				n <= maxAuthorWords && isAuthorList(line) || n <= maxHeadlineWords+maxHeadWords && isLinkLine(line) || isLanguageMenu(line) ||
				n <= maxEchoWords && echoesAny(line, mastheads) || isLabelList(line) || n <= maxMenuWords && isCommaTags(line) ||
				n <= maxAgencyWords+3 && isOutletOfPlace(line) ||
				n <= maxAddressWords && (mastheadAddress(line, mastheads) || ownerLine.MatchString(line)) ||
				n <= maxMenuWords && isSpacedMenu(line) || n <= maxAddressWords && (isAddressLine(line) || isPhoneLine(line)) ||
				n <= maxNavWords && isNavLine(line) || isOutletNoteAny(line, mastheads) ||
				n <= maxStampWords && (isStampLine(line) || isDatedSource(line)) || n <= maxCreditLineWords && isPictureCredit(line) ||
				isFooterLinks(line) || n <= maxCreditLineWords && isCapsCredit(line) || n <= maxSignOffWords && signOffName(line) != "" ||
				n <= maxPublisherWords && isPublisherLine(line, publishers) || isPublisherNote(line, publishers) ||
				n <= maxTranscriptHeadWords+2 && isTranscriptHead(line) ||
				n <= maxStampWords+maxPublisherWords && isOutletStamp(line, publishers) ||
				n <= maxHashtagWords && isHashtagLine(line) || n <= maxNoticeWords && isBrowserNotice(lower) ||
				n <= maxDateOnlyWords && isDateOnlyLine(line) || n <= maxAppLinkWords && isAppLinks(line) ||
				isAcademicNote(lower) || n <= maxSearchBoxWords && isSearchBox(lower) || n <= maxForeignWords && isForeignLine(line) ||
				n <= maxLicenceWords && isLicenceName(lower) || isTopicList(line) || isPropertyNotice(line, publishers) ||
				n > maxCreditWords && isRightsParagraph(line) || n <= maxTeaserStampWords && isTeaserStamp(line) ||
				story && n <= maxHeadlineWords && isTeaserHeadline(line, prev)
			if !furniture && n <= maxBylineWords && strings.Contains(line, ")") {
				if names := parenAuthorNames(line); names != nil {
					authors, furniture = append(authors, names...), true // "Jane Holloway (now) and Tom Baker (earlier)"
				}
			}
			if !furniture && n <= 2*maxBylineWords && strings.Contains(line, " | ") {
				if names := barBylineNames(line); names != nil {
					authors, furniture = append(authors, names...), true // "Hamish Carr, Asia Correspondent | Eleanor Vance"
				}
			}
			if !furniture && n <= maxBylineWords && strings.Contains(line, ", ") {
				if names := commaBylineNames(line); names != nil {
					authors, furniture = append(authors, names...), true // "Kim Ji-hyun, Washington Correspondent Lee Jun-hee"
				}
			}
			if !furniture && n <= maxBylineWords && len(line) > 5 && strings.EqualFold(line[:5], "from ") {
				if name, ok := correspondentByline(line); ok {
					furniture = true // "from our correspondent Jane Holloway"
					if name != "" {
						authors = append(authors, name)
					}
				}
			}
			if !furniture && n <= maxBylineWords && strings.Contains(line, " by ") {
				if names := kindBylineNames(line); names != nil {
					authors, furniture = append(authors, names...), true // "Analysis by Jane Holloway and Min-ji Park"
				}
			}
			if furniture && n <= maxBylineWords && namesAuthors(line) {
				authors = bylineNames(authors, line)
			} else if !furniture && len(authors) > 0 && isAuthorBio(line, authors) {
				furniture = true // "Daniel Hartwell is a Seoul-based analyst of Korean security affairs."
			}
		}
		if !furniture && n >= 2 && n <= maxBareBylineWords+2 {
			if name := withoutDeskCode(line); (wordCount(name, maxBareBylineWords) <= maxBareBylineWords || longName(name)) &&
				isBareByline(name, prev, text[end:]) {
				authors, furniture = append(authors, name), true // "Shreyas Reddy" over "November 18, 2024", "Dimas Arya Pratama / DAP"
			}
		}
		if !furniture && n >= 3 && n <= maxRoleWords+maxBareBylineWords && isNamedByline(line) {
			authors, furniture = append(authors, bylineName(line)), true // "Yuliia Ivanova — Saturday, 11 January 2025, 13:25"
		}
		if !furniture && n <= maxRoleWords && isRoleLine(line) {
			furniture = true // "Seoul correspondent"
		}
		if !furniture && lines < maxAgencyLine && n <= maxAgencyWords && (isAgencyCredit(line) || isSourcesCredit(line, nextLine(text[end:]))) {
			furniture = true // "Reuters and Kyodo" under a headline, "LRT.lt, Reuters, BNS" over its date
		}
		if !furniture && !story && n > 0 && n <= maxAgencyWords && isDatedAgency(line, prev) {
			furniture = true // "AFP" under "Updated 3 June 2024"
		}
		if !furniture && n <= maxKickerWords && len(para) == 0 && !story && sawFurniture && isKicker(line, text[end:]) {
			furniture = true // "Asia Pacific" between the page's menu and the headline
		}
		// The caption's credit is looked for before the link labels that
		// close it: "... Sputnik/Pool via REUTERS Purchase Licensing Rights,
		// opens new tab".
		seg := text[start:end]
		if k := linkLabelTail(seg); k >= 0 {
			seg = seg[:k]
		}
		segLine := strings.TrimSpace(seg)
		segEnd := start + len(strings.TrimRight(seg, " \t\r"))
		from := end
		if furniture {
			from = start
		} else if k := creditTail(seg); k >= 0 {
			from = start + k // "(Photo: Sputnik/Pool via REUTERS)" closing a caption
		} else if k := agencyTail(segLine); k >= 0 && !continuesLower(text[end:]) {
			from = segEnd - (len(segLine) - k) // "... on Sept. 13, 2023. Yonhap"
		} else if k := parenCreditTail(segLine); k >= 0 && !continuesLower(text[end:]) {
			from = segEnd - (len(segLine) - k) // "... most prominent voices (AP)"
		} else if k := barCreditTail(seg); k >= 0 {
			from = start + k // "... at the parade on Monday. | Jane Holloway/AP"
		} else if first {
			if k := siteTail(seg); k >= 0 {
				from = start + k // "Lavrov lands in Pyongyang ... | World News"
			}
		}
		if from == end && len(seg) < end-start {
			from = start + len(seg) // ", opens new tab"
		}
		if from == end && lines < maxAgencyLine {
			if k := breadcrumbEnd(line); k > 0 {
				lead := start + strings.Index(text[start:end], line)
				b = blank(b, text, lead, lead+k) // "News / World News / Rest of World News / " over the headline
			}
		}
		if furniture && len(para) > 0 && (footHeads[head] || isFooterLine(line)) {
			if l := para[len(para)-1]; isFooterName(strings.TrimSpace(text[l.start:l.end])) {
				b = blank(b, text, l.start, l.end) // "France Médias Monde" over "Legal info | Cookies | Privacy policy"
			}
		}
		if promo && isPromoBox(text, para) {
			for _, l := range para { // "GET BRIEFED" and its blurb over "Get the Newsletter"
				b = blank(b, text, l.start, l.end)
			}
		}
		newsletters = entry || promo && strings.Contains(strings.ToLower(line), "newsletter")
		if line != "" {
			if wire.end > 0 && furniture {
				b = blank(b, text, wire.start, wire.end) // "(Yonhap)" over "Tags: North Korea, Russia"
			}
			wire = lineSpan{}
			if !furniture && story && from == end && n <= maxAgencyWords && isWireCredit(line) {
				wire = lineSpan{start: start, end: end}
			}
			if !authorHeads[head] {
				card = false
			}
			if !card {
				cardName = cardName && furniture && isCapitalisedName(line) // only the line right under the card's name
			}
			if !linkHeads[head] && !storyLinkHeads[head] && !isMoreFrom(head, line) {
				gap = false
			}
			if furniture || from < end {
				sawFurniture = true
			} else if closesSentence(line) {
				story = true
			}
			first, prev = false, line
			lines++
			para = append(para, lineSpan{start, end, n, furniture})
		} else {
			b = blankTagBlock(b, text, para)
			b = blankFooterBlock(b, text, para)
			b = blankHeadlineList(b, text, para)
			b = blankTicker(b, text, para)
			para = para[:0]
		}
		if from < end {
			b = blank(b, text, from, end)
		}
		for _, sp := range inlineFurniture(text[start:from]) {
			b = blank(b, text, start+sp.Start, start+sp.End)
		}
		start = end + 1
	}
	if wire.end > 0 {
		b = blank(b, text, wire.start, wire.end) // the page's last line
	}
	b = blankTagBlock(b, text, para)
	b = blankFooterBlock(b, text, para)
	b = blankHeadlineList(b, text, para)
	b = blankTicker(b, text, para)
	if b == nil {
		return text
	}
	return string(b)
}

// lineSpan is a line's place in the text, its word count and whether it
// is furniture by its own rules.
type lineSpan struct {
	start, end, n int
	furniture     bool
}

// blank replaces text[from:end] by spaces in b, a copy of text made on the
// first call, and returns b.
func blank(b []byte, text string, from, end int) []byte {
	if b == nil {
		b = []byte(text)
	}
	for i := from; i < end; i++ {
		if b[i] != '\r' {
			b[i] = ' '
		}
	}
	return b
}

// nextLine returns the first non-blank line of rest, trimmed.
func nextLine(rest string) string {
	for rest != "" {
		end := strings.IndexByte(rest, '\n')
		if end < 0 {
			end = len(rest)
		}
		if line := strings.TrimSpace(rest[:end]); line != "" {
			return line
		}
		if end == len(rest) {
			break
		}
		rest = rest[end+1:]
	}
	return ""
}

// containsAny reports whether s contains one of subs.
func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// followTopics matches a head over the page's topics that asks the reader
// to follow them: "Click the alert icon to follow topics:".
var followTopics = regexp.MustCompile(`(?i)\bto follow (these |the )?topics:?$`)

// maxReporterWords bounds a reporter-and-city byline; maxHeadWords the
// head of a block of links (the longest in linkHeads has five).
const (
	maxReporterWords = 16
	maxHeadWords     = 6
)

// wordCount returns the number of space-separated words in s, counting no
// further than limit+1.
func wordCount(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s) && n <= limit; i++ {
		space := s[i] == ' ' || s[i] == '\t'
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// lineEnd returns the end of the line of text that starts at start: the
// offset of its line break, or len(text).
func lineEnd(text string, start int) int {
	if k := strings.IndexByte(text[start:], '\n'); k >= 0 {
		return start + k
	}
	return len(text)
}

// closesSentence reports whether line ends a sentence: with a full stop, a
// question or exclamation mark, or a closing quote.
func closesSentence(line string) bool {
	return line != "" && strings.ContainsAny(line[len(line)-1:], ".!?\"”")
}
