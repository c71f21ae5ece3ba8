package extract

// This file finds the credits of a page: credit lines and their parts,
// picture credits on their own lines or closing captions, news agencies
// credited under the headline, and the publisher's disclaimer.

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// isCapsCredit reports whether line is a picture credit in capitals on a
// line of its own: the source and the agencies or photographers joined by
// slashes ("OPEN SOURCE CENTRE/MAXAR TECHNOLOGIES", "JUNG YEON-JE/AFP"),
// which isPictureCredit does not know when none is a known organisation.
func isCapsCredit(line string) bool {
	if !strings.Contains(line, "/") || strings.ContainsAny(line, ".,:;!?\"“”()|0123456789") {
		return false
	}
	parts := 0
	for _, part := range strings.Split(line, "/") {
		n := wordCount(part, maxCapsCreditWords)
		if n == 0 || n > maxCapsCreditWords || strings.ToUpper(part) != part || !strings.ContainsFunc(part, unicode.IsUpper) {
			return false
		}
		parts++
	}
	return parts >= 2
}

// maxCapsCreditWords bounds each name of a picture credit in capitals.
const maxCapsCreditWords = 4

// maxAgencyTailWords bounds the credit closing a caption.
const maxAgencyTailWords = 8

// creditFillers are the words of a picture credit besides the agencies'
// and photographers' names, in lower case: credits in capitals are common
// ("STR/HANDOUT/KCNA VIA AFP").
var creditFillers = map[string]bool{"pool": true, "handout": true, "file": true, "getty images": true, "ap photo": true}

// agencyTail returns where a known organisation's name, alone after a
// caption's last sentence, starts ("Putin shows Kim his limousine at the
// Vostochny Cosmodrome, Sept. 13, 2023. Yonhap"; "... AP-Yonhap"), or -1.
// Story text ends its lines with punctuation, a caption's credit without.
// The credit may name the photographer and the agencies passing the
// picture on: "KCNA via Yonhap", "Gavriil Grigorov / Pool via Reuters",
// and take a file picture of the outlet's own: "Korea Times file".
func agencyTail(line string) int {
	if k := strings.LastIndexByte(line, '/'); k >= 0 && strings.HasSuffix(line, ".") && isEditorInitials(line[k+1:]) {
		line = line[:k] // the editor's initials close it: "... ANTARA/Sputnik/Kremlin Pool/aa."
	}
	if line == "" || strings.ContainsAny(line[len(line)-1:], ".!?\"”)]:;,") {
		return -1
	}
	k := strings.LastIndex(line, ". ")
	if k < 0 {
		return -1
	}
	if !isCreditNames(line[k+2:]) {
		return -1
	}
	return k + 2
}

// isCreditNames reports whether s is a picture credit's names and nothing
// else: known organisations, with the photographer and the agencies
// passing the picture on ("Gavriil Grigorov / Pool via Reuters", "KCNA VIA
// KNS/AFP", "AFP-Yonhap", "KCNA·Yonhap", "Russian Ministry of Natural Resources/AP",
// "Kremlin Press Office - Anadolu Agency"), at
// least one of them a known organisation. A handout's credit names the
// body handing it out, known or not: "Handout via Office of the President
// of Harbouria". An agency unknown to the gazetteer may be written in
// capitals, as credits write them, before the photographer's name: "THE
// HARBOUR PRESS/Jane Holloway".
func isCreditNames(s string) bool {
	if wordCount(s, maxAgencyTailWords) > maxAgencyTailWords {
		return false
	}
	bodies, acronyms, handouts, sources := 0, 0, 0, 0
	capitals, photographers := 0, 0                                        // agencies in capitals, names in mixed case
	handout := strings.Contains(strings.ToLower(s), "handout")             // "Office of the President of Harbouria/Handout"
	s = strings.ReplaceAll(creditVia.ReplaceAllString(s, "/"), " - ", "/") // "Kremlin Press Office - Anadolu Agency"
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == ',' || r == '·' }) {
		part = strings.TrimSpace(part)
		for _, f := range []string{" file photo", " file", " photo"} {
			part = strings.TrimSuffix(part, f) // "Korea Times file"
		}
		switch lower := strings.ToLower(part); {
		case creditFillers[lower]:
			if lower == "handout" {
				handouts++
			}
		case isKnownBody(part):
			bodies++
		case strings.Contains(part, "-") && allKnownBodies(strings.Split(part, "-")):
			bodies++ // "AFP-Yonhap"
		case isCapitalisedName(part): // the photographer, or an agency in capitals: "THE HARBOUR PRESS"
			sources++
			if isCapsAgency(part) {
				capitals++
			} else if strings.ToUpper(part) != part {
				photographers++
			}
		case !strings.Contains(part, ". ") && isLabelLine(part) && isTitleLine(part): // the source: "Russian Ministry of Natural Resources/AP"
			sources++
		case handout && isHandoutSource(part):
			sources++ // "Handout via Office of the President of Harbouria"
		case isPressService(part):
			sources++ // "Russian Security Council press service via AP"
		case len(part) >= 2 && len(part) <= maxAcronymBytes && isAcronym(part) && !strings.Contains(part, "."):
			acronyms++ // "KNS" passing the picture on: "KCNA VIA KNS/AFP"
		default:
			return false
		}
	}
	return (bodies > 0 || handouts > 0 && sources > 0 || capitals > 0 && photographers > 0) && acronyms <= bodies
}

// isCapsAgency reports whether part of a picture credit is an agency's
// name of two to four words in capitals: "THE HARBOUR PRESS", "KOREA
// POOL". One word in capitals is left to the acronyms.
func isCapsAgency(part string) bool {
	n := wordCount(part, maxCapsCreditWords)
	return n >= 2 && n <= maxCapsCreditWords && strings.ToUpper(part) == part && strings.ToLower(part) != part &&
		!strings.ContainsAny(part, "0123456789")
}

// isHandoutSource reports whether part, after "Handout" in a picture
// credit, is the body that handed the picture out: a name in title case
// longer than a label, without a sentence's punctuation ("Office of the
// President of Harbouria").
func isHandoutSource(part string) bool {
	return wordCount(part, maxTagWords) <= maxTagWords && !strings.ContainsAny(part, ",;:()\"“”?!.") && isTitleLine(part)
}

// maxCreditLineWords bounds a picture credit on a line of its own.
const maxCreditLineWords = 8

// isPictureCredit reports whether line is a picture credit on a line of
// its own, under or over its caption: the photographer and the agencies
// joined by slashes or "via" ("Alexander Zemlianichenko/AP, FILE", "KCNA
// via Reuters"), in parentheses or not ("(KCNA via AFP)"). A line naming
// organisations without a slash or "via" ("Reuters and Kyodo", "NATO",
// "(Yonhap)") is left to the other rules.
func isPictureCredit(line string) bool {
	if strings.HasPrefix(line, "(") && strings.HasSuffix(line, ")") && !strings.Contains(line[1:], "(") {
		line = line[1 : len(line)-1] // "(KCNA via AFP)" under its caption
	}
	if line == "" || strings.ContainsAny(line[len(line)-1:], ".!?\"”)]:;") ||
		!strings.Contains(line, "/") && !creditVia.MatchString(line) {
		return false
	}
	return isCreditNames(line)
}

// parenCreditTail returns where an agency's credit in parentheses closing a
// caption without a full stop starts ("... one of the regime's most
// prominent voices (AP)"), or -1. The word before it is in lower case, so
// that a name's abbreviation ("the Korean Central News Agency (KCNA)") is
// kept, and a line that is only the credit names the story's source. A
// credit passing the picture on through slashes or "via" follows any word:
// "... in Pyongyang on 14 August (KCNA via KNS/AFP via Getty Images)". A
// credit in square brackets may follow the caption's full stop: "...
// June 22, 2024. [Sputnik/Kremlin via Reuters]".
func parenCreditTail(line string) int {
	open, bracket := " (", strings.HasSuffix(line, "]")
	if bracket {
		open = " [" // "... in Hanoi, June 22, 2024. [Reuters]"
	} else if !strings.HasSuffix(line, ")") {
		return -1
	}
	k := strings.LastIndex(line, open)
	if k <= 0 {
		return -1
	}
	credit := strings.TrimSpace(line[k+2 : len(line)-1]) // "( Kremlin Press Office - Anadolu Agency )"
	word := line[strings.LastIndexByte(line[:k], ' ')+1 : k]
	r, _ := utf8.DecodeRuneInString(word)
	chain := strings.Contains(credit, "/") || strings.Contains(credit, " - ") || creditVia.MatchString(credit)
	if !unicode.IsLower(r) && !chain && !(bracket && strings.HasSuffix(word, ".")) || !isCreditNames(credit) {
		return -1
	}
	return k + 1
}

// barCreditTail returns where a picture credit after a bar closing a
// caption starts ("Kim waves at the parade on Monday. | Jane
// Holloway/AP"), or -1. The caption ends its sentence before the bar, or
// the credit passes the picture on through a slash or "via": a page
// title's site after a bar ("Kim meets Putin | Reuters") is left to
// siteTail. A spaced slash may stand for the bar, the credit running
// from the first one: "Putin and Choe in the Kremlin / Sputnik via
// Reuters".
func barCreditTail(line string) int {
	k := strings.LastIndex(line, " | ")
	if k < 0 {
		k = strings.Index(line, " / ")
	}
	if k <= 0 {
		return -1
	}
	credit := strings.TrimSpace(line[k+3:])
	if credit == "" || strings.ContainsAny(credit[len(credit)-1:], ".!?\"”:;,") {
		return -1
	}
	before := strings.TrimSpace(line[:k])
	closed := before != "" && strings.ContainsAny(before[len(before)-1:], ".!?\"”)")
	if !closed && !strings.Contains(credit, "/") && !creditVia.MatchString(credit) || !isCreditNames(credit) {
		return -1
	}
	return k + 1
}

// creditVia matches "via" between a picture credit's names, in any case.
var creditVia = regexp.MustCompile(`(?i) via `)

// maxAcronymBytes bounds an agency's acronym in a picture credit.
const maxAcronymBytes = 6

// continuesLower reports whether the next line (rest is the text after a
// line's end) opens in lower case: a hard-wrapped sentence going on ("...
// in Moscow. Reuters / reported that"), not a caption's credit.
func continuesLower(rest string) bool {
	rest = strings.TrimLeft(strings.TrimPrefix(rest, "\n"), " \t")
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLower(r)
}

// allKnownBodies reports whether every name is a gazetteer organisation.
func allKnownBodies(names []string) bool {
	for _, n := range names {
		if !isKnownBody(strings.TrimSpace(n)) {
			return false
		}
	}
	return true
}

// isEditorInitials reports whether part is the lower-case initials of the
// editor closing a picture credit: "aa." of "ANTARA/Sputnik/Kremlin
// Pool/aa.".
func isEditorInitials(part string) bool {
	part = strings.TrimSuffix(part, ".")
	return len(part) >= 2 && len(part) <= 3 && strings.Trim(part, "abcdefghijklmnopqrstuvwxyz") == ""
}

// isPressService reports whether part names a body's press service or
// office handing a picture out: "Russian Security Council press service".
func isPressService(part string) bool {
	for _, tail := range []string{" press service", " press office"} {
		if head, ok := strings.CutSuffix(part, tail); ok && head != "" {
			return isKnownBody(head) || !strings.Contains(head, ". ") && isLabelLine(head) && isTitleLine(head)
		}
	}
	return false
}

// isKnownBody reports whether name is a gazetteer organisation.
func isKnownBody(name string) bool {
	g := theGazetteer()
	ws := nerWords(nil, name, Span{0, len(name)})
	end, e := g.longest(ws, 0)
	return e >= 0 && end == len(ws) && g.entries[e].Type == "ORG"
}

// creditTail returns where a picture credit closing a caption line starts
// ("... in Beijing. (Photo: Sputnik/Pool via REUTERS)", "... in Washington.
// (AP Photo)", "... on Friday. Photographer: KCNA via KNS/AP Photo"), or -1.
func creditTail(line string) int {
	end := line
	if len(end) > maxCreditTailBytes {
		end = end[len(end)-maxCreditTailBytes:]
	}
	if containsAny(end, creditTailWords) || strings.HasSuffix(line, "]") || strings.HasSuffix(line, ")") {
		if k := firstGroup(creditTailPattern.FindStringSubmatchIndex(line)); k >= 0 {
			return k
		}
	}
	if strings.Contains(end, "Credit: ") {
		if k := firstGroup(labelCreditTail.FindStringSubmatchIndex(line)); k >= 0 {
			return k
		}
	}
	if strings.HasSuffix(strings.TrimRight(line, " \t\r."), ")") && strings.Contains(end, ": ") {
		if k := firstGroup(labelledParenCredit.FindStringSubmatchIndex(line)); k >= 0 {
			return k
		}
	}
	if containsAny(end, outletCreditWords) {
		if k := firstGroup(outletCreditTail.FindStringSubmatchIndex(line)); k >= 0 {
			return k
		}
	}
	if strings.Contains(end, " PIC") || strings.Contains(end, " pic") {
		if k := firstGroup(agencyPicTail.FindStringSubmatchIndex(line)); k >= 0 {
			return k
		}
	}
	if strings.Contains(end, "/") {
		return firstGroup(gluedCreditTail.FindStringSubmatchIndex(line))
	}
	return -1
}

// agencyPicTail matches the Malaysian papers' picture credit after a dash
// closing a caption: "... in Wonsan on Saturday. - REUTERS PIC (via
// KCNA)", "- BERNAMA PIC", "- NSTP file pic".
var agencyPicTail = regexp.MustCompile(`[.!?"”)] ?([-–—] ?\p{Lu}[\p{Lu}/&. ]{1,30} (?:(?i:file )?(?:PIC|pic))(?: \((?:via|courtesy of) [^()]{1,40}\))?)\s*$`)

// gluedCreditTail matches a picture credit passing the picture on through
// slashes, written against the caption's full stop with no space: "... in
// Beijing on Wednesday.Sergei Bobylev/Sputnik/Pool via AP".
var gluedCreditTail = regexp.MustCompile(`\p{Ll}[.!?](\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}` +
	`(?: ?/ ?\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*)*)+(?: (?i:via) \p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*)*)?)\s*$`)

// firstGroup returns where the first group that took part in a match
// starts, or -1.
func firstGroup(loc []int) int {
	for g := 2; g < len(loc); g += 2 {
		if loc[g] >= 0 {
			return loc[g]
		}
	}
	return -1
}

// maxCreditTailBytes bounds the end of a line where a picture credit's
// words are looked for before its pattern is tried.
const maxCreditTailBytes = 160

// labelCreditTail and outletCreditTail match the credits that
// labelCreditWords and outletCreditWords prefilter. A plain "Photo by"
// credit closes captions too: "... in Vladivostok. Photo by Jane
// Holloway/Reuters"; its names are capitalised, so that a sentence
// ("Photos by satellite firm Maxar showed ...") is kept.
var (
	labelCreditTail  = regexp.MustCompile(`[\p{L}\d] (Credit: [^()]{1,60})\s*$`)
	outletCreditTail = regexp.MustCompile(`(?:^|[.!?"”] )((?:\p{Lu}[\p{L}-]* ){1,3}(?:file )?photos? by [^()]{1,60}|Courtesy of [^()]{1,60}|` +
		`(?:File )?(?:Photo(?:graph)?s?|Pictures?) (?:by|via) \p{Lu}[\p{L}.'’-]*(?:(?: ?/ ?| |, )(?:\p{Lu}[\p{L}.'’&-]*|via|for|and))*)\s*$`)
)

// labelledParenCredit matches a picture credit in parentheses that opens
// with its label and a colon, after any word of the caption: "Kim Jong Un
// with Vladimir Putin (File photo: AP)". A photo's credit may stand before
// the caption's full stop: "... in Pyongyang, 17 June 2025 (Photo: KCNA
// via Reuters).". The label tells it from a name's abbreviation.
var labelledParenCredit = regexp.MustCompile(`[\p{L}\d.,;'’"”] (\((?i:(?:file |handout )?(?:photo(?:graph)?|image|picture|pic)(?: credit)?s?|credit|source|file): [^()]{1,60}\))\s*$|` +
	`[\p{L}\d] (\((?i:(?:file |handout )?(?:photo(?:graph)?|image|picture|pic)s?): [^()]{1,60}\)\.)\s*$`)

// outletCreditWords are in every credit that outletCreditTail matches.
var outletCreditWords = []string{"photo by ", "photos by ", "Courtesy of ", "Photo by ", "Photos by ", "Photograph by ", "Photographs by ", "Photo via ", "Photos via ", "Picture by ", "Pictures by "}

// creditTailWords are in every credit that creditTailPattern matches.
var creditTailWords = []string{"Photo", "photo", "Getty", "Pool", "Image: ", "Picture: ", "Pic: ", "Credit", "Source: ", "©", "ⓒ"}

// creditTailPattern matches a picture credit at the end of a line, after
// the caption's last sentence: a credit in parentheses, after a label, an
// agency's name in capitals in brackets ("[YONHAP]", "[KCNA/YONHAP]") or
// a few capitalised words in parentheses ("(Yonhap)", "(AP/Ahn Young-joon)").
// A line that is only "(Yonhap)" names the story's source: it is left to
// isWireCredit.
// The source may name the photographer after a colon: "(Reuters: Maxim
// Shemetov)".
// "Credit: " may follow the caption's last word without a full stop: "...
// in Russia's Kursk region Credit: KCNA via Reuters". A copyright sign,
// circled or not, opens a credit too: "... in Hanoi on June 20, 2024. ©
// Minh Hoang, AP", "... in Seoul on the 20th. ⓒ Yonhap", and so does
// "Pic: KCNA via Reuters"; in parentheses too: "... on
// November 26. (©Harbour Wire)". An outlet's photo
// credit and a source's courtesy close captions too, or stand alone: "Korea
// Times photo by Shim Hyun-chul", "Courtesy of Ministry of Unification".
var creditTailPattern = regexp.MustCompile(`(?:^|[.!?"”] )(\((?:[^()]*\b(?:Photo|Photos|photo|Getty Images|Pool)\b[^()]*)\)|\(© ?[^()©]{1,60}\)|` +
	`(?:(?:File|Archive) )?(?:Photo|photo|Photograph|Photographer|Image|Picture|Pic|Credit|Source|Photo credit)s?(?:: |\.\.\.|…) ?[^()]{1,80}|[©ⓒ] ?[^()©ⓒ]{1,80})\s*$|` +
	`[.!?"”] (\[[\p{Lu}\d][\p{Lu}\d /&.-]{1,40}\]|\(\p{Lu}[\p{L}.&-]*(?:[ /](?:\p{Lu}[\p{L}.&-]*|via))*\)|` +
	`\(\p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*){0,3}: \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}\))\s*$`)

// isCreditLine reports whether a line of n words (lower in lower case)
// credits reporters, editors or photographers or states the page's
// copyright. Cheap tests come before each pattern: most lines are story
// text.
func isCreditLine(line, lower string, n int) bool {
	if n == 0 || n > maxCreditWords {
		return false
	}
	return creditLine.MatchString(lower) || strings.HasPrefix(line, "^ ") || // a Wikipedia reference
		strings.Contains(lower, "registered charity n") || // the publisher's foot: "Registered charity no. 208223.
		strings.HasPrefix(lower, "want to read more?") || // a members' box: "... Subscribe to NK Pro for ..."
		strings.Contains(lower, "contributed") && contributorLine.MatchString(lower) ||
		n <= maxReporterWords && reporterLine.MatchString(line) ||
		n <= maxFromWords && strings.HasPrefix(line, "From ") && fromLine.MatchString(line) ||
		n <= maxBylineWords && (bylineLine.MatchString(line) || roleBylineLine.MatchString(line) || roleAfterLine.MatchString(line)) ||
		n <= maxEmailWords && strings.Contains(line, "@") && emailLine.MatchString(line) ||
		strings.Contains(line, " from ") && reportedFromLine.MatchString(line) ||
		containsAny(line, bioWords) && bioLine.MatchString(line) ||
		containsAny(lower, rightsWords) && rightsLine.MatchString(lower) ||
		containsAny(lower, disclaimerWords) && disclaimerLine.MatchString(lower) || isSyndicationNote(lower) ||
		n <= maxCreditPartsWords && isCreditParts(line)
}

// reportedFromLine matches a line telling where the reporters filed
// from: "Constant Méheut reported from Kyiv, Ukraine, and Choe Sang-Hun
// from Seoul."
// The line holds nothing else: "Anna Smith reported from Kyiv that the
// strikes had hit a hospital" is story text.
var reportedFromLine = regexp.MustCompile(`^` + creditName + ` (reported|reporting) from ` + creditPlaces +
	`(,? and ` + creditName + `( reported)? from ` + creditPlaces + `)?\.?$`)

// maxCreditPartsWords bounds a line of credits between bars or dots.
const maxCreditPartsWords = 24

// isCreditParts reports whether line is credits between bars or dots: a
// byline, an editor's credit, the date posted or updated, and the name of
// the reporter or agency ("By HT News Desk | Edited by Aniket Sharma",
// "Thomson Reuters · Posted: Jun 05, 2025 5:18 AM EDT | Last Updated: June
// 5"). A line of names alone ("Kim Jong Un | Vladimir Putin") credits
// nobody.
func isCreditParts(line string) bool {
	if !strings.Contains(line, " | ") && !strings.Contains(line, " · ") {
		return false
	}
	credits := 0
	for _, part := range strings.FieldsFunc(strings.ReplaceAll(line, " · ", " | "), func(r rune) bool { return r == '|' }) {
		part = strings.TrimSpace(part)
		switch {
		case part == "":
			return false
		case bylineLine.MatchString(part) || creditLine.MatchString(strings.ToLower(part)) || isPostedStamp(part):
			credits++
		case !isCapitalisedName(part) && !isKnownBody(part):
			return false
		}
	}
	return credits > 0
}

// isPostedStamp reports whether part is the date a story was posted or
// updated: "Posted: Jun 05, 2025 5:18 AM EDT", "Last Updated: June 5".
func isPostedStamp(part string) bool {
	return strings.ContainsAny(part, "0123456789") && isDateLine(strings.TrimPrefix(part, "Last "))
}

// disclaimerLine matches the publisher's note that the views are the
// author's: "Carnegie does not take institutional positions on public
// policy issues; the views represented herein are those of the author(s)
// and do not necessarily reflect the views of Carnegie, its staff, or its
// trustees.", "The views expressed in this Commentary are the author's,
// and do not represent those of the institute.", "This column reflects the
// personal views of the author and does not necessarily reflect the opinion
// of the editorial board or Bloomberg LP and its owners."
var disclaimerLine = regexp.MustCompile(`\bthe (views|opinions) (expressed|represented|presented|stated)( (here|herein|in this [\pL-]+))? ` +
	`are (solely )?(those of the (authors?|writers?)\b|the (authors?|writers?)['’]s?( own)?\b)|` +
	`^this (column|article|commentary|piece|op-ed|essay) (reflects|represents) (only )?the (personal )?(views|opinions) of the (authors?|writers?)\b`)

// disclaimerWords are in every line that disclaimerLine matches.
var disclaimerWords = []string{"views ", "opinions "}

// rightsWords and promoWords are in every line that rightsLine and
// promoLine match.
var (
	rightsWords = []string{"©", "ⓒ", "(c) ", "copyright", "all rights reserved", "some rights reserved", "trademark"}
	bioWords    = []string{" covers ", "reporter", "correspondent", "bureau chief", "columnist", "staff writer", "editor", "journalist",
		"contributor"}
	promoWords = []string{"sign up", "subscribe", "unlock", "try unlimited", "explore our", "newsletter", "digital access to",
		"follow ", "support ", "download ", "supporting us", "donate now", "live coverage", "members only", "join our", "become a", "sign up here", "sign up now", "sign up today",
		"become our", "subscribe to our", "sign in ", "log in ", "register ", "your inbox", "get latest", "get the latest", " app",
		" agree", " acknowledge", " consent", " accept", "learn more about ", "enter your ", "track latest", "track the latest", "find ", "join ",
		"post comments", "posting", "community guidelines", "like ", "got a ", "reader-", "your support", "readers' support",
		"readers’ support", "would like to", "notification", "price of a coffee", "costs money", "catch all", "by supporting", "become a fan", "facebook page",
		"journalism", "we firmly believe", "we believe", "ad: ", "advertisement: "}
)
