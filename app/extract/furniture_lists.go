package extract

// This file finds the page's lists: blocks of topic and story links under
// their heads, tags, menus in blocks or on one line, news feeds of
// timed headlines, hashtags and the labels of links.

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// linkHeads are the lines that open a block of links to topics, sections
// or other stories.
var linkHeads = map[string]bool{"explore more on these topics": true, "related topics": true, "topics": true,
	"suggested topics": true,
	"tags":             true, "keywords": true, "more on this story": true, "related stories": true, "related coverage": true,
	"related": true, "menu": true, "read more": true, "see also": true, "more from": true, "sections": true,
	"filed under": true, "categories": true, "related tags": true, "footer links": true, "quick links": true, "useful links": true,
	"associated links": true, "contacts": true, "media contacts": true}

// footHeads are the heads of link blocks in a page's foot: the name alone
// on the line above one is the publisher's ("Department of Defense" over
// "Quick Links").
var footHeads = map[string]bool{"footer links": true, "quick links": true, "useful links": true}

// maxLinkWords is the most words of a line in a block of links; a longer
// line (a story's headline) ends the block.
const maxLinkWords = 4

// storyLinkHeads open a block of links to other stories, one headline a
// line ("Read also:", "Related Articles"): it runs to a blank line or a line
// too long for a headline.
var storyLinkHeads = map[string]bool{"read also": true, "related articles": true, "read next": true,
	"related": true, "more on this story": true, "related stories": true, "related article": true,
	"related content": true, "related links": true, "most viewed": true, "most viewed articles": true,
	"most read": true, "most popular": true, "key reading": true, "recommended": true, "more stories": true,
	"you may also like": true, "top stories": true, "latest news": true, "latest": true, "editor's picks": true,
	"editors' picks": true, "editor's pick": true, "editors' pick": true, "trending": true, "trending now": true, "in other news": true, "popular": true,
	"most shared": true, "also read": true, "what to read next": true, "recommended stories": true,
	"read more": true, "more on this topic": true, "other topics of interest": true, "related news": true,
	"related coverage": true, "latest updates": true, "latest headlines": true, "trending stories": true, "related posts": true,
	"suggested": true, "suggested stories": true, "suggested articles": true, "related videos": true, "more videos": true,
	"watch more": true, "associated links": true}

// maxHeadlineWords is the most words of a headline in a block of story links.
const maxHeadlineWords = 16

// minGappedHeadlines is the fewest headlines, and minGappedHeadlineWords the
// fewest words of each, of a block of story links set apart from its head
// by a blank line.
const (
	minGappedHeadlines     = 2
	minGappedHeadlineWords = 3
)

// isGappedHeadlines reports whether the text after a head of story links
// (rest, from the head's line break) is a blank line, then a paragraph of
// other stories' headlines: "Related" over a blank line and "Kim and Putin
// pledge closer ties during Vladivostok talks", "Sanctions panel winds down
// after Russian veto". Each line is a few
// words to a headline's length and ends no sentence with a full stop, so
// that a story's heading ("Latest") over its paragraphs is not taken for
// one: a story's paragraph is one long line, or short lines that close
// their sentences.
func isGappedHeadlines(rest string) bool {
	rest = strings.TrimPrefix(rest, "\n")
	first, _, _ := strings.Cut(rest, "\n")
	if strings.TrimSpace(first) != "" {
		return false // the headlines follow their head without a gap
	}
	lines := 0
	for start := 0; start < len(rest); {
		end := lineEnd(rest, start)
		line := strings.TrimSpace(rest[start:end])
		start = end + 1
		if line == "" {
			if lines > 0 {
				break
			}
			continue
		}
		n := wordCount(line, maxHeadlineWords)
		if n < minGappedHeadlineWords || n > maxHeadlineWords || endsWithStop(line) {
			return false
		}
		lines++
	}
	return lines >= minGappedHeadlines
}

// minTagLines is the fewest lines of a block of tags or links without a
// head.
const minTagLines = 3

// blankTagBlock blanks the lines of a paragraph in b (see blank) when they
// are tags or links without a head, and returns b: three or more lines of a
// few capitalised words each, with no sentence's punctuation ("Military
// Sciences / Korean Peninsula / Russia / Land Warfare" under an analysis'
// byline), or a site's menu (see isMenuBlock). A story's lines run longer
// or end sentences.
func blankTagBlock(b []byte, text string, para []lineSpan) []byte {
	if len(para) < minTagLines || !isTagBlock(text, para) && !isMenuBlock(text, para) {
		return b
	}
	for _, l := range para {
		b = blank(b, text, l.start, l.end)
	}
	return b
}

// isTagBlock reports whether every line of a paragraph is a tag: a few
// capitalised words.
func isTagBlock(text string, para []lineSpan) bool {
	for _, l := range para {
		line := strings.TrimSpace(text[l.start:l.end])
		if l.n > maxLinkWords || !isLabelLine(line) || !isTitleLine(line) {
			return false
		}
	}
	return true
}

// minMenuLines is the fewest lines of a site's menu or foot in one
// paragraph.
const minMenuLines = 8

// isMenuBlock reports whether a paragraph of minMenuLines or more lines is
// a site's menu or foot: three in four of its lines are links of a few
// capitalised words ("Customer Center", "Dow Jones Newswires") or other
// furniture ("© 2024 npr"), and the rest are short lines ending no sentence
// ("terms of use", "Dow Jones, a News Corp company").
func isMenuBlock(text string, para []lineSpan) bool {
	if len(para) < minMenuLines {
		return false
	}
	links := 0
	for _, l := range para {
		line := strings.TrimSpace(text[l.start:l.end])
		switch {
		case l.furniture || l.n <= maxLinkWords && isLabelLine(line) && isTitleLine(line):
			links++
		case l.n > maxTagWords || strings.ContainsAny(line[len(line)-1:], "!?\"”") || strings.HasSuffix(line, ".") && l.n > 1:
			return false
		}
	}
	return 4*links >= 3*len(para)
}

// withoutNumber returns a link block's head without its number words:
// "top 10 stories" is "top stories".
func withoutNumber(head string) string {
	words := strings.Fields(head)
	kept := words[:0]
	for _, w := range words {
		if strings.Trim(w, "0123456789") != "" {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// isLinkList reports whether line, in a block of links, lists topics
// separated by commas, bars or dots, none longer than a link: "North
// Korea, Ukraine, Russia, Vladimir Putin, Kim Jong-un" under "Related
// Topics".
func isLinkList(line string) bool {
	if strings.ContainsAny(line[len(line)-1:], ".!?\"”") || !strings.ContainsAny(line, ",|·") {
		return false
	}
	items := strings.FieldsFunc(line, func(r rune) bool { return r == ',' || r == '|' || r == '·' })
	for _, it := range items {
		if n := wordCount(it, maxLinkWords); n == 0 || n > maxLinkWords {
			return false
		}
	}
	return len(items) >= 2
}

// maxMenuWords bounds a menu line; minMenuItems is the fewest items of one.
const (
	maxMenuWords = 24
	minMenuItems = 3
)

// isSpacedMenu reports whether line is a menu of three or more labels in
// title case, or short ones in sentence case, set apart by runs of spaces:
// "China  Asia  World  Opinion  Economy  Tech  Lifestyle", "About us
// Terms of use  Privacy policy".
func isSpacedMenu(line string) bool {
	if !strings.Contains(line, "  ") {
		return false
	}
	items := 0
	for _, it := range strings.Split(line, "  ") {
		if it = strings.TrimSpace(it); it == "" {
			continue
		}
		if !isLabelLine(it) || !isTitleLine(it) && !isSentenceCaseLink(it) {
			return false
		}
		items++
	}
	return items >= minMenuItems
}

// isSentenceCaseLink reports whether item is a short link label in
// sentence case, as sites' footers write them: "Terms of use", "Cookie
// policy", "Advertise with us".
func isSentenceCaseLink(item string) bool {
	r, _ := utf8.DecodeRuneInString(item)
	return unicode.IsUpper(r) && wordCount(item, maxLinkWords) <= maxLinkWords && !strings.HasSuffix(item, ".")
}

// maxTagWords bounds a tag in title case in a block of links ("Bureau of
// East Asian and Pacific Affairs").
const maxTagWords = 8

// isTitleLine reports whether every word of line is capitalised but for
// joining ones, and it does not end a sentence: a tag or section name
// such as "Bureau of East Asian and Pacific Affairs" (but not "Lavrov
// lands in Pyongyang"). An empty line is none.
func isTitleLine(line string) bool {
	if line == "" || strings.ContainsAny(line[len(line)-1:], ".!?:;,\"”") {
		return false
	}
	for _, w := range strings.Fields(line) {
		if !isLabelWord(w) {
			return false
		}
	}
	return true
}

// isLabelList reports whether line is two or more labels between bars and
// nothing else, their words capitalised but for joining ones: a section
// label "Security | East Asia", "Briefing | Russia and North Korea" (but
// not "Kim met Lavrov | Putin"), or between middle dots ("Armenia ·
// Azerbaijan · Georgia"). A long menu may hold one link in lower case
// ("e-paper").
func isLabelList(line string) bool {
	sep := " | "
	if !strings.Contains(line, sep) {
		if sep = " · "; !strings.Contains(line, sep) {
			return false
		}
	}
	items := strings.Split(line, sep)
	odd := 0 // items in lower case: "e-paper" in a long menu
	for _, it := range items {
		it = strings.TrimSpace(it)
		if it == "" || !isLabelLine(it) {
			return false
		}
		for _, w := range strings.Fields(it) {
			if !isLabelWord(w) {
				odd++
				break
			}
		}
	}
	return odd == 0 || odd == 1 && len(items) >= minLongMenuItems
}

// minLongMenuItems is the fewest items of a menu that may hold one in
// lower case.
const minLongMenuItems = 6

// minCommaTags is the fewest tags of a line of them between commas.
const minCommaTags = 4

// isCommaTags reports whether line is the page's tags between commas and
// nothing else, each a few words in title case: "Asia & Americas, Europe &
// Russia, News, North Korea, Russia, Ukraine".
func isCommaTags(line string) bool {
	if strings.Count(line, ", ") < minCommaTags-1 || strings.ContainsAny(line[len(line)-1:], ".!?:;\"”") {
		return false
	}
	for _, it := range strings.Split(line, ", ") {
		if wordCount(it, maxLinkWords) > maxLinkWords || !isLabelLine(it) || !isTitleLine(it) {
			return false
		}
	}
	return true
}

// isLabelWord reports whether w can be a word of a section label: it is
// capitalised, a number or a joining word, or its capital follows a
// prefix of one or two small letters ("e-Paper", "iPlayer"). A word in a
// script without capitals (an outlet's name in Hangul or Chinese
// characters beside its English one) is no lower-case word either.
func isLabelWord(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) || unicode.IsDigit(r) || labelJoiners[w] || isUncased(r) {
		return true
	}
	for i := 0; i < 2 && unicode.IsLower(r); i++ {
		w = w[size:]
		if strings.HasPrefix(w, "-") {
			w = w[1:]
		}
		r, size = utf8.DecodeRuneInString(w)
	}
	return unicode.IsUpper(r)
}

// isUncased reports whether r is a letter of a script without capitals
// (Hangul, Chinese characters, Arabic).
func isUncased(r rune) bool {
	return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r) && !unicode.IsTitle(r)
}

// labelJoiners are the lower-case words a section label may have.
var labelJoiners = map[string]bool{"and": true, "of": true, "the": true, "&": true, "in": true, "on": true, "for": true, "/": true,
	"us": true, "from": true, "to": true, "at": true, "with": true} // "About us", "Support us", "Tales from the Coffeeshop"

// isLinkLine reports whether line is a link to other stories or topics
// after its head on the same line: "READ MORE: Putin thanks Pyongyang for
// 'unwavering support'", "See more on: Russia-Ukraine War, North Korea",
// "Watch: Kim Jong Un tours Russian fighter jet factory".
func isLinkLine(line string) bool {
	head, _, ok := strings.Cut(line, ":")
	if !ok || len(head) > maxLinkHeadBytes {
		return false
	}
	head = strings.ToLower(strings.TrimSpace(head))
	return linkHeads[head] || storyLinkHeads[head] || head == "see more on" || head == "more on" || head == "watch" || head == "video"
}

// maxLinkHeadBytes bounds the head of a line of links ("you may also like").
const maxLinkHeadBytes = 20

// isMoreFrom reports whether a short line opens a block of an outlet's
// story links: "More from South China Morning Post:", "More Stories From
// NPR", "Read more with Harbour Media", "Top Stories on HNN" (see
// isStoriesOn), "Top News stories" (see isSectionStories), "Next In World"
// (see isNextInSection).
func isMoreFrom(head, line string) bool {
	if strings.HasPrefix(head, "read more with ") || strings.HasPrefix(head, "read more from ") {
		return !strings.ContainsAny(line[len(line)-1:], ".!?\"”")
	}
	if !strings.HasPrefix(head, "more from ") && !strings.HasPrefix(head, "more on ") &&
		!strings.HasPrefix(head, "more stories from ") && !strings.HasPrefix(head, "more news from ") {
		return isStoriesOn(head, line) || isSectionStories(head, line) || isNextInSection(head, line)
	}
	return strings.HasSuffix(line, ":") || isTitleLine(line)
}

// A page's news feed lists the site's latest headlines, each after the
// time it was posted, newest first: "09:15 Kim arrives in Vladivostok by
// armoured train", "08:50 Shoigu meets Choe Son Hui in Moscow - ministry".
// A run of such lines is furniture, and so is a short head over it ("News
// feed"). A story's own timeline runs forward in time, and its entries are
// sentences.

// minTickerLines is the fewest lines of a news feed.
const minTickerLines = 2

// tickerLine matches a line of a news feed: a time of day, then a
// headline. Its groups are the hour and the minute.
var tickerLine = regexp.MustCompile(`^([01]?\d|2[0-3])[:.]([0-5]\d) +["“‘'\p{Lu}\d]`)

// tickerMinute returns the minute of the day that a news feed's line of n
// words was posted at, or -1 when line is none: a time and a headline of
// a few words, without a sentence's closing stop.
func tickerMinute(line string, n int) int {
	if n < 3 || n > maxHeadlineWords+1 || strings.ContainsAny(line[len(line)-1:], ".!?:;,") {
		return -1
	}
	m := tickerLine.FindStringSubmatch(line)
	if m == nil {
		return -1
	}
	hour, _ := strconv.Atoi(m[1])
	minute, _ := strconv.Atoi(m[2])
	return hour*60 + minute
}

// blankTicker blanks in b (see blank) each run of minTickerLines or more
// lines of a paragraph that are a news feed, newest first, and the short
// head opening the paragraph over one ("News feed"), and returns b.
func blankTicker(b []byte, text string, para []lineSpan) []byte {
	for i := 0; i < len(para); {
		j, last := i, 24*60
		for ; j < len(para); j++ {
			m := tickerMinute(strings.TrimSpace(text[para[j].start:para[j].end]), para[j].n)
			if m < 0 || m > last {
				break
			}
			last = m
		}
		if j-i < minTickerLines {
			i = max(j, i+1)
			continue
		}
		from := i
		if i == 1 && para[0].n <= maxHeadWords && isLabelLine(strings.TrimSpace(text[para[0].start:para[0].end])) {
			from = 0 // "News feed"
		}
		for _, l := range para[from:j] {
			b = blank(b, text, l.start, l.end)
		}
		i = j
	}
	return b
}

// A page's lines hold more furniture than credits and menus: its tags
// written as hashtags ("Tags  #NorthKorea #Russia"), the notice shown when
// the browser runs no scripts ("Please turn on JavaScript in your browser
// to enable this feature."), the date the story was posted on a line of
// its own ("Jun 14, 2024"), a live page's authors with the time each
// wrote ("Jane Holloway (now) and Tom Baker (earlier)"), the section
// label between the menu and the headline ("Asia Pacific"), the
// breadcrumb trail over the headline ("News / World News / Kim lands in
// Vladivostok") and the labels of links ("Purchase Licensing Rights,
// opens new tab").

// maxHashtagWords bounds a line of hashtags.
const maxHashtagWords = 24

// isHashtagLine reports whether line is the page's tags written as
// hashtags, after a head of a block of links or not: "Tags  #NorthKorea
// #Russia #Ukraine", "#Kursk #DPRK". A lone hashtag without a head may be
// a story's word; two or more with nothing else are a list of tags.
func isHashtagLine(line string) bool {
	if !strings.Contains(line, "#") {
		return false
	}
	words := strings.Fields(line)
	need := 2
	if len(words) > 0 && linkHeads[strings.ToLower(strings.TrimRight(words[0], ":"))] {
		words, need = words[1:], 1
	}
	if len(words) < need {
		return false
	}
	for _, w := range words {
		w = strings.TrimRight(w, ",")
		if len(w) < 2 || w[0] != '#' || w[1] == '#' {
			return false
		}
	}
	return true
}

// linkLabel matches the labels of links closing a line: a licensing
// link's and the note that a link opens in a new tab ("Purchase Licensing
// Rights, opens new tab").
var linkLabel = regexp.MustCompile(`(?i)\s*(?:\b(?:purchase|buy) licen[cs]ing rights)?,? ?\(?opens (?:in )?(?:a )?new (?:tab|window)\)?\s*$`)

// linkLabelTail returns where the labels of links closing line start, or
// -1.
func linkLabelTail(line string) int {
	if !strings.Contains(line, "new tab") && !strings.Contains(line, "new window") {
		return -1
	}
	loc := linkLabel.FindStringIndex(line)
	if loc == nil {
		return -1
	}
	return loc[0]
}

// minTopicItems is the fewest topics of a line of them between
// semicolons.
const minTopicItems = 3

// isTopicList reports whether line is the page's topics between
// semicolons and nothing else: "Defence and Military Analysis; Russia and
// Eurasia; Asia; The Military Balance". Each topic is a tag in title case;
// a story's list between semicolons has lower-case words or ends a
// sentence.
func isTopicList(line string) bool {
	if strings.Count(line, "; ") < minTopicItems-1 {
		return false
	}
	for _, it := range strings.Split(line, "; ") {
		it = strings.TrimSpace(it)
		if it == "" || wordCount(it, maxTagWords) > maxTagWords || strings.ContainsAny(it, ",:()\"“”") || !isTitleLine(it) {
			return false
		}
	}
	return true
}
