package extract

// This file finds the top of the page and the outlet's names: the
// masthead, its taglines and section labels, navigation and menu lines,
// lines echoing the masthead or telling about the outlet, section kickers
// and breadcrumb trails.

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page opens with its masthead and section labels, each a short line of
// its own, above the headline: "Korea JoongAng Daily / National / North
// Korea", "RT / World News", "CNA / Asia". A document whose first lines are
// two or more such labels has them blanked, and the first one, the outlet's
// name, is blanked again where a later short line that is not a sentence
// repeats it ("Follow RT on Telegram", "Download the CNA app"). One short
// first line alone (a title over its text) is kept.

// maxLabelWords bounds a masthead or section label; maxEchoWords a line that
// repeats the masthead.
const (
	maxLabelWords = 5
	maxEchoWords  = 10
)

// pageTop returns the end of the masthead and section labels that open
// text, or 0 when there are fewer than two, and the outlet's names: the
// masthead's and its publisher's ("The Japan News by The Yomiuri
// Shimbun"). A masthead may give the outlet's acronym and its name
// between bars ("NKRI | North Korea Research Institute"), and one that
// names the holder of the page's copyright (publishers) may have the
// outlet's name spelled out under it ("Baltic Ledger / News Agency of
// the Baltic Coast").
func pageTop(text string, publishers []string) (int, []string) {
	labels, masthead, publisher := 0, "", ""
	for start := 0; start < len(text); {
		end := lineEnd(text, start)
		line := strings.TrimSpace(text[start:end])
		switch {
		case line == "" || labels == 0 && pageControls[strings.ToLower(line)]:
			// "Select", "Search" over the masthead
		case labels > 0 && labels <= 2 && isLabelLine(line) && (strings.HasPrefix(line, "By ") || isDatedLabel(line)):
			return 0, nil // "Putin Visits Pyongyang" over "By AP" or "June 19 2024" is a headline
		case isNavLine(line):
			if name := navOutlet(line); name != "" && labels == 0 {
				masthead, labels = name, 1 // "Sky News - back to home"
			}
		case labels == 0 && isLogoLine(line):
			masthead, labels = strings.TrimSuffix(line, "."), 1 // "euronews."
		case labels <= 1 && wordCount(line, maxTaglineWords) <= maxTaglineWords && taglineLine.MatchString(line):
			labels++ // "Published daily by the Lowy Institute" under "The Interpreter", "Dow Jones, a News Corp company"
		case labels == 1 && isSlogan(line):
			labels++ // "The Gulf's leading English language daily", "Politics and Security in the Harbour Region" under "Harbour News"
		case labels == 1 && wordCount(line, maxBoastWords) <= maxBoastWords && boastLine.MatchString(line):
			labels++ // "Nigeria's leading online newspaper, delivering breaking news ...", "Sri Lanka Latest Breaking News and Headlines"
		case labels == 0 && wordCount(line, maxTaglineWords) <= maxTaglineWords && mastheadBy.MatchString(line):
			m := mastheadBy.FindStringSubmatch(line)
			masthead, publisher, labels = m[1], m[2], 1 // "The Japan News by The Yomiuri Shimbun"
		case labels == 0 && wordCount(line, maxTaglineWords) <= maxTaglineWords && isAcronymMasthead(line):
			masthead, publisher, _ = strings.Cut(line, " | ") // "NKRI | North Korea Research Institute"
			labels = 1
		case labels == 1 && isPublisherLine(masthead, publishers) && wordCount(line, maxTaglineWords) <= maxTaglineWords && isTitleLine(line):
			labels++ // "News Agency of the Baltic Coast" under "Baltic Ledger", the copyright's holder
		case isLabelLine(line):
			if masthead == "" {
				masthead = line
			}
			labels++
		case isMenuLine(line):
			labels++ // "France | Africa | Middle East | Business / Tech"
		default:
			if labels < 2 && (labels == 0 || !outletWords[lastWord(masthead)]) {
				return 0, nil
			}
			return start, outletNames(masthead, publisher)
		}
		start = end + 1
	}
	return 0, nil
}

// pageControls are the page's controls that may stand on lines of their
// own over the masthead.
var pageControls = map[string]bool{"select": true, "search": true, "menu": true, "open menu": true, "close": true,
	"skip to...": true, "skip to…": true}

// mastheadBy matches a masthead naming its publisher after "by", every word
// capitalised: "The Japan News by The Yomiuri Shimbun". Its groups are the
// outlet and the publisher.
var mastheadBy = regexp.MustCompile(`^((?:The )?\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,3}) by ((?:[Tt]he )?\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,3})$`)

// outletNames returns the names among the masthead and the publisher that
// outletName keeps.
func outletNames(names ...string) []string {
	var kept []string
	for _, n := range names {
		if n = outletName(n); n != "" {
			kept = append(kept, n)
		}
	}
	return kept
}

// taglineLine matches the line under a masthead naming the outlet's
// publisher: "Published daily by the Lowy Institute", "A publication of
// the Atlantic Council"; or the owner's line over it: "Dow Jones, a News
// Corp company".
var taglineLine = regexp.MustCompile(`^(?:(?:[Pp]ublished|[Pp]roduced|[Bb]rought to you|[Pp]owered|[Ee]dited)(?: \p{Ll}+)? by|` +
	`(?:An?|The) (?:publication|project|initiative|service|website) of) (?:the )?\p{Lu}[\p{L}'’.&-]*(?: (?:\p{Lu}[\p{L}'’.&-]*|of|for|and))*$|` +
	`^\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,3}, an? \p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,3} (?:company|publication|brand)$`)

// sloganLine matches the outlet's slogan under its masthead, telling what
// kind of outlet it is and boasting of its rank: "The Gulf's leading
// English language daily", "Asia's most trusted news source",
// "Your independent news site". The slogan opens with the place or an
// article and has no verb before its closing noun, so that a headline
// ("Kremlin shuts Russia's oldest independent newspaper") is no slogan.
var sloganLine = regexp.MustCompile(`^(?:(?:[Tt]he|[Aa]n?|[Yy]our) )?(?:\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,3}['’]s? )?` +
	`(?:\p{Ll}[\p{L}-]* )?(?:leading|largest|biggest|first|oldest|premier|only|most trusted|trusted|independent|number one|no\. ?1|favou?rite)` +
	`(?: [\p{L}-]+){0,4}? (?:daily|newspaper|news ?source|news (?:site|website|portal|outlet|agency|channel|network|magazine)|` +
	`broadcaster|magazine|weekly|portal|publication|voice)$`)

// boastLine matches a longer line right under the masthead that tells what
// the outlet brings and boasts of it: "Nigeria's leading online
// newspaper, delivering breaking news and investigative reports from
// Nigeria", "Hong Kong news & current affairs – Independent, impartial,
// non-profit", "Vietnam's leading English-language business publication
// since 1991". It opens with a place's boast or names the news it brings
// in title case, so that a headline under the masthead ("Kremlin shuts
// oldest independent newspaper") is none.
var boastLine = regexp.MustCompile(`^\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,3}['’]s (?:leading|largest|biggest|most trusted|number one|#1|first|oldest)\b|` +
	`\b[Nn]ews (?:&|and) current affairs\b|\b(?:Latest|Breaking) (?:Breaking )?News\b|^Independent (?:news|journalism|reporting) (?:from|on|about)\b`)

// maxBoastWords bounds a boastLine.
const maxBoastWords = 16

// maxTaglineWords bounds a masthead's tagline.
const maxTaglineWords = 10

// isLogoLine reports whether line is an outlet's name written as its logo,
// one word closed by a full stop: "euronews.".
func isLogoLine(line string) bool {
	name, ok := strings.CutSuffix(line, ".")
	return ok && len(name) > 1 && !strings.ContainsAny(name, " .") && isLabelLine(name)
}

// isDatedLabel reports whether a label line under the first one or two
// carries a date ("June 19 2024", "2024.06.19"), not just a number ("The
// world in 24 hours" under "FRANCE 24") or the year the outlet was
// founded ("Japan's National Daily Since 1922").
func isDatedLabel(line string) bool {
	if !strings.ContainsAny(line, "0123456789") {
		return false
	}
	line = foundedYear.ReplaceAllString(line, "")
	return isDateLine(line) || datedLabel.MatchString(line)
}

// foundedYear matches the year a masthead's tagline says the outlet was
// founded: "Since 1922", "Est. 1953".
var foundedYear = regexp.MustCompile(`(?i)\b(?:since|est\.|established|founded)(?: in)? (?:1[89]|20)\d\d$`)

// datedLabel matches a year or a numeric date in a label.
var datedLabel = regexp.MustCompile(`\b(1[89]|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}\b`)

// navLine matches a page's navigation link: "Skip to main content", "Sky
// News - back to home", "Back to top". Its first group is the outlet's
// name before the link home.
var navLine = regexp.MustCompile(`(?i)^(?:skip to (?:the )?(?:main )?(?:content|navigation|search|footer|menu)|(?:back|return) to (?:the )?(?:home|homepage|top)(?: page)?|` +
	`(.{1,40}?) [-–—|] (?:back|return|go) to (?:the )?(?:home|homepage|front page)(?: page)?)$`)

// maxNavWords bounds a navigation line.
const maxNavWords = 10

// isNavLine reports whether line is a navigation link of the page.
func isNavLine(line string) bool {
	if wordCount(line, maxNavWords) > maxNavWords || !containsAny(strings.ToLower(line), navWords) {
		return false
	}
	return navLine.MatchString(line)
}

// navWords are in every line that navLine matches.
var navWords = []string{"skip to ", " to home", " to top", " to the home", " to the top", " to homepage", " to front page", " to the front page"}

// navOutlet returns the outlet's name that a link home carries ("Sky News"
// in "Sky News - back to home"), or "".
func navOutlet(line string) string {
	m := navLine.FindStringSubmatchIndex(line)
	if m == nil || m[2] < 0 {
		return ""
	}
	return line[m[2]:m[3]]
}

// isMenuLine reports whether line is a menu of section links in the page's
// top: labels between bars ("France | Africa | Business / Tech") or set
// apart by runs of spaces. The bars are no words: a menu of a dozen labels
// ("Home | China | World | ... | Live") is as long as twenty-odd words.
func isMenuLine(line string) bool {
	n := wordCount(strings.ReplaceAll(line, " | ", " "), maxMenuWords)
	return n <= maxMenuWords && (isLabelList(line) || isSpacedMenu(line))
}

// outletWords end the names of news outlets: a first line of a few words
// ending in one is a masthead even without a section label under it
// ("NHK WORLD-JAPAN News").
var outletWords = map[string]bool{"News": true, "Daily": true, "Times": true, "Post": true, "Herald": true,
	"Journal": true, "Tribune": true, "Gazette": true, "Telegraph": true, "Agency": true, "Radio": true,
	"TV": true, "Television": true, "Online": true, "Network": true, "Newswire": true, "Wire": true}

// isLabelLine reports whether line can be a masthead or a section label:
// a few words, no sentence or list punctuation.
func isLabelLine(line string) bool {
	if n := wordCount(line, maxLabelWords); n > maxLabelWords {
		return false
	}
	if strings.ContainsAny(line, ",;:()\"“”?!") {
		return false
	}
	// "U.S." in a menu is an abbreviation, not a sentence's end
	return !strings.HasSuffix(line, ".") || !strings.Contains(line, " ") && strings.Count(line, ".") >= 2
}

// outletName returns the masthead as an outlet's name to look for on the
// rest of the page, or "" when it names a known place or person (a page
// opening "North Korea / Politics" is no outlet's).
func outletName(masthead string) string {
	if masthead == "" {
		return ""
	}
	g := theGazetteer()
	ws := nerWords(nil, masthead, Span{0, len(masthead)})
	if end, e := g.longest(ws, 0); e >= 0 && end == len(ws) && g.entries[e].Type != "ORG" {
		return ""
	}
	return masthead
}

// echoesMasthead reports whether line names the outlet of the masthead
// and is no sentence: "RT News", "Follow RT on Telegram", "Before it's
// here, it's on the Bloomberg Terminal". A note in parentheses credits the story's sources and is kept: "(FRANCE
// 24 with AFP and Reuters)".
func echoesMasthead(line, masthead string) bool {
	i := strings.Index(line, masthead)
	if i < 0 || strings.ContainsAny(line[len(line)-1:], ".!?\"”") || line[0] == '(' && line[len(line)-1] == ')' {
		return false
	}
	j := i + len(masthead)
	before, _ := utf8.DecodeLastRuneInString(line[:i])
	after, _ := utf8.DecodeRuneInString(line[j:])
	return (i == 0 || !unicode.IsLetter(before)) && (j == len(line) || !unicode.IsLetter(after))
}

// mastheadAddress reports whether line is the outlet's name and its
// address in the page's foot, between commas: "The Jordan Times, Jordan
// Press Foundation, Queen Rania Street, Amman, Jordan".
func mastheadAddress(line string, mastheads []string) bool {
	if line == "" || strings.ContainsAny(line[len(line)-1:], ".!?\"”") {
		return false
	}
	for _, m := range mastheads {
		if strings.HasPrefix(line, m+", ") || strings.HasPrefix(line, "The "+m+", ") {
			return true
		}
	}
	return false
}

// ownerLine matches the line of a page's foot naming the group that owns
// the outlet: "A member of Media Prima Group", "Part of the Harbour Media
// group".
var ownerLine = regexp.MustCompile(`^(?:(?:A|An) )?(?:[Mm]ember|[Pp]art|[Dd]ivision|[Uu]nit|[Ss]ubsidiary) of (?:the )?\p{Lu}[\p{L}&.'’ -]{1,40}$`)

// echoesAny reports whether line echoes one of the mastheads.
func echoesAny(line string, mastheads []string) bool {
	for _, m := range mastheads {
		if echoesMasthead(line, m) {
			return true
		}
	}
	return false
}

// isOutletNoteAny reports whether line is a note on one of the mastheads'
// outlets.
func isOutletNoteAny(line string, mastheads []string) bool {
	for _, m := range mastheads {
		if isOutletNote(line, m) {
			return true
		}
	}
	return false
}

// isOutletNote reports whether line is a sentence telling what the outlet
// of the masthead is or does: "Newsweek is committed to challenging
// conventional wisdom", "Breaking Defense is a part of the Breaking Media
// network". A promotion may close it ("Ukrainska Pravda is the place where
// you will find ... Follow us on Twitter, support us, or become our
// patron!"), and so may sentences going on about the outlet or its
// licence (see isOutletNoteTail).
func isOutletNote(line, masthead string) bool {
	if len(line) < len(masthead) || !strings.EqualFold(line[:len(masthead)], masthead) {
		return false // a masthead in capitals: "BREAKING DEFENSE"
	}
	rest := line[len(masthead):]
	if !strings.HasPrefix(rest, " is ") && !strings.HasPrefix(rest, " does not ") {
		return false
	}
	k := strings.Index(rest, ". ")
	return k < 0 || isOutletNoteTail(rest[k+2:])
}

// siteTail returns where the site or section name closing a page title
// starts ("Lavrov lands in Pyongyang as Russia and North Korea deepen ties
// | World News"), or -1.
func siteTail(line string) int {
	k := strings.LastIndex(line, " | ")
	if k < 0 || wordCount(line[k+3:], maxSiteWords) > maxSiteWords {
		return -1
	}
	return k
}

// A page names its publisher in the masthead and again in the copyright
// notice at its foot ("© 2001-2025 Baltic Ledger. All rights reserved.",
// "Copyright © 2025 KPW."). The publisher's name alone on a line,
// wherever it stands (over the headline, or under it as the story's
// source), is furniture, and so is the publisher's note on its own work
// ("Briefs are produced by the North Korea Research Institute (NKRI), a
// private, tax-exempt institution ...").

// maxPublisherWords bounds a line that is the publisher's name alone, and
// maxHolderWords the name a copyright notice gives.
const (
	maxPublisherWords = 8
	maxHolderWords    = 8
)

// rightsHolder matches a copyright notice up to the end of its holder's
// name, after the sign, the years and "by the": "KPW" of "Copyright ©
// 2025 KPW.", "North Korea Research Institute" of "© 2025 by the North
// Korea Research Institute.". Its group is the name.
var rightsHolder = regexp.MustCompile(`^\[?(?:[Cc]opyright ?)?(?:©|ⓒ|\([Cc]\)|[Cc]opyright)(?: ?(?:1[89]|20)\d\d(?: ?[-–] ?(?:1[89]|20)\d\d)?[.,]?)? ` +
	`(?:by )?(?:[Tt]he )?(\p{Lu}[\p{L}\d/&'’-]*(?: (?:\p{Lu}[\p{L}\d/&'’-]*|of|for|and|&))*)`)

// isAcronymMasthead reports whether line is a masthead giving the
// outlet's acronym and its name between a bar: "NKRI | North Korea
// Research Institute". The acronym is the initials of the name's
// capitalised words.
func isAcronymMasthead(line string) bool {
	a, b, ok := strings.Cut(line, " | ")
	if !ok || strings.Contains(b, "|") {
		return false
	}
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if strings.Contains(a, " ") {
		a, b = b, a
	}
	if len(a) < 2 || strings.Contains(a, " ") || !isAcronym(a) || b == "" || !isTitleLine(b) {
		return false
	}
	words := strings.Fields(b)
	return len(words) >= 2 && strings.EqualFold(initials(words), a)
}

// maxKickerWords bounds a section label over the headline.
const maxKickerWords = 3

// isKicker reports whether line, opening a paragraph above which no line
// ended a sentence and some were furniture, is the section label between
// the page's menu and the headline: a few capitalised words alone in
// their paragraph ("Asia Pacific"), and the next paragraph a headline, a
// line longer than a label that is no sentence (rest is the text after
// line).
func isKicker(line, rest string) bool {
	if !isLabelLine(line) || !isTitleLine(line) {
		return false
	}
	rest = strings.TrimPrefix(rest, "\n")
	if first, _, _ := strings.Cut(rest, "\n"); strings.TrimSpace(first) != "" {
		return false // the label heads a paragraph of its own lines
	}
	next := nextLine(rest)
	return next != "" && wordCount(next, maxHeadlineWords+1) > maxLabelWords && wordCount(next, maxHeadlineWords+1) <= maxHeadlineWords &&
		!strings.ContainsAny(next[len(next)-1:], ".!\"”:;,")
}

// crumbSeparators stand between the links of a breadcrumb trail.
var crumbSeparators = []string{" / ", " > ", " › ", " » "}

// breadcrumbEnd returns the end of the breadcrumb trail opening line, the
// page's sections over its headline ("News / World News / Rest of World
// News / Kim Jong Un to visit Russia this year?"), or 0. Each link is a
// few capitalised words; the trail may close with the page's title, which
// is kept. A trail between slashes has three links, or two and the title,
// so that two names between a slash ("Kim Jong Un / Vladimir Putin") are
// not taken for one.
func breadcrumbEnd(line string) int {
	for _, sep := range crumbSeparators {
		if !strings.Contains(line, sep) {
			continue
		}
		parts := strings.Split(line, sep)
		crumbs, end := 0, 0
		for _, raw := range parts {
			p := strings.TrimSpace(raw)
			if p == "" || wordCount(p, maxLinkWords) > maxLinkWords || !isLabelLine(p) || !isTitleLine(p) {
				break
			}
			crumbs++
			end += len(raw) + len(sep)
		}
		titled := crumbs < len(parts)
		if crumbs < 2 || sep == " / " && crumbs < 3 && !titled {
			return 0
		}
		if !titled {
			return len(line)
		}
		return end
	}
	return 0
}
