package extract

// This file finds the page's teasers for other stories that the heads of
// storyLinkHeads miss: a headline under its section and how long ago it
// was posted, and a block of story links whose head names the outlet
// ("Top Stories on HNN") or a section ("Top News stories").

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTeaserStampWords bounds a teaser's section and age.
const maxTeaserStampWords = 10

// teaserStamp matches the line over a teaser's headline giving the story's
// section and how long ago it was posted: "World News // 1 hour ago",
// "Asia | 3 hours ago", "Politics · 2 days ago".
var teaserStamp = regexp.MustCompile(`^\p{Lu}[\p{L}&'’.-]*(?: (?:\p{Lu}[\p{L}&'’.-]*|and|of|&)){0,3} (?://|/|\||·|-|–|—) ` +
	`(?:\d{1,3}|an?|one) (?:sec|second|min|minute|hr|hour|day|week|month|year)s? ago$`)

// isTeaserStamp reports whether line is a teaser's section and age (see
// teaserStamp).
func isTeaserStamp(line string) bool {
	return strings.HasSuffix(line, " ago") && teaserStamp.MatchString(line)
}

// isTeaserHeadline reports whether line is the headline under a teaser's
// section and age (prev, the line before it): a line that ends no
// sentence with a full stop ("Rescue teams race to reach quake survivors"
// under "World News // 3 hours ago"). The caller bounds it to a headline's
// length and asks only after a sentence of the story was read, so that
// the story's own headline under its section and age is kept.
func isTeaserHeadline(line, prev string) bool {
	return line != "" && !endsWithStop(line) && isTeaserStamp(prev)
}

// minOutletHeadWords is the fewest words of a head of story links before
// the outlet it names.
const minOutletHeadWords = 2

// isStoriesOn reports whether head, a short line in lower case, opens a
// block of an outlet's story links: a head of storyLinkHeads of two words
// or more, then "on", "from" or "at" and the outlet's name, in title case
// as written (line): "Top Stories on HNN", "Most Read on Harbour Times:".
// A known place or person is no outlet: "Latest News from Kyiv" may head a
// story's section.
func isStoriesOn(head, line string) bool {
	for _, sep := range []string{" on ", " from ", " at "} {
		k := strings.Index(head, sep)
		if k < 0 || !storyLinkHeads[head[:k]] || wordCount(head[:k], minOutletHeadWords) < minOutletHeadWords {
			continue
		}
		line = strings.TrimSuffix(line, ":")
		return len(line) == len(head) && isTitleLine(line) && outletName(line[k+len(sep):]) != ""
	}
	return false
}

// isSectionStories reports whether head, a short line in lower case, opens
// a block of a section's story links: a head of storyLinkHeads of two
// words with the section's name, one capitalised word as written (line),
// between them: "Top News stories", "Latest World Headlines". A line
// ending a sentence is none.
func isSectionStories(head, line string) bool {
	words := strings.Fields(head)
	if len(words) != 3 || !storyLinkHeads[words[0]+" "+words[2]] || closesSentence(line) {
		return false
	}
	section, _ := utf8.DecodeRuneInString(strings.Fields(line)[1])
	return unicode.IsUpper(section)
}

// maxNextSectionWords bounds a head of the next stories in a section.
const maxNextSectionWords = 5

// isNextInSection reports whether head, a short line in lower case, opens
// a block of the next stories in the page's section: "next in" or "more
// in" or "popular in" and the section's name, in title case as written
// (line): "Next In World", "More in Asia", "Popular in World News".
func isNextInSection(head, line string) bool {
	if !strings.HasPrefix(head, "next in ") && !strings.HasPrefix(head, "more in ") && !strings.HasPrefix(head, "popular in ") {
		return false
	}
	return wordCount(line, maxNextSectionWords) <= maxNextSectionWords && isTitleLine(strings.TrimSuffix(line, ":"))
}

// maxTeaserLabelWords bounds the section's label over a teaser's headline.
const maxTeaserLabelWords = 3

// labelledTeasersEnd returns the end of the teasers right under a head of
// story links (end is the head's line break in text), each a paragraph of
// two lines: the story's section or outlet, a few capitalised words, over
// its headline ("World" over "N. Korea's Kim returns home from Russia,
// state media says", "Aseanplus News" over "Seoul says any arms deal would
// breach UN sanctions"). It returns 0 unless minGappedHeadlines of them
// follow one another: a story's paragraphs under a heading ("Related"
// over a subhead and its text) run longer or close their sentences.
func labelledTeasersEnd(text string, end int) int {
	teasers, last := 0, 0
	var para []string
	for start := end + 1; start <= len(text); {
		e := lineEnd(text, start)
		line := strings.TrimSpace(text[start:e])
		if line != "" {
			para = append(para, line)
		}
		if line == "" || e == len(text) {
			if len(para) > 0 {
				if !isLabelledTeaser(para) {
					break
				}
				teasers, last = teasers+1, e
			}
			para = para[:0]
		}
		start = e + 1
	}
	if teasers < minGappedHeadlines {
		return 0
	}
	return last
}

// isLabelledTeaser reports whether para, the lines of a paragraph, is a
// teaser's label over its headline (see labelledTeasersEnd).
func isLabelledTeaser(para []string) bool {
	if len(para) != 2 || wordCount(para[0], maxTeaserLabelWords) > maxTeaserLabelWords || !isLabelLine(para[0]) || !isTitleLine(para[0]) {
		return false
	}
	n := wordCount(para[1], maxHeadlineWords)
	return n >= minGappedHeadlineWords && n <= maxHeadlineWords && !endsWithStop(para[1])
}
