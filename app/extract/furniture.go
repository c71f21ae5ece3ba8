package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
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
	// creditLine matches a line that credits the report's makers.
	creditLine = regexp.MustCompile(`^(— |– |- )?\(?((additional )?(reporting|writing|editing|compiled|produced|edited|research) by\b|with assistance from\b|` +
		`(photograph|photo|image|picture|credit|illustration)s?:|our standards:)`)
	// fromLine matches the credit of a live page's post: "From CNN's Simone
	// McCarthy".
	fromLine = regexp.MustCompile(`^From \p{Lu}[\p{L}.-]*['’]s \p{Lu}`)
	// contributorLine matches a line that ends by crediting its names.
	contributorLine = regexp.MustCompile(`(contributed( reporting)?( to this (report|story|article))?|contributed reporting)\.?\)?$`)
	// reporterLine matches a byline naming the reporter and the city
	// filed from: "Justin McCurry in Tokyo", "Max Seddon in Riga and Song
	// Jung-a in Seoul".
	reporterLine = regexp.MustCompile(`^` + reporterCity + `( and ` + reporterCity + `)?$`)
	// bylineLine matches a byline of capitalised words after "By": "by Jane
	// Doe", "By RFE/RL's Russian Service", "By Al Jazeera Staff".
	bylineLine = regexp.MustCompile(`^[Bb]y \p{Lu}[\p{L}'’./-]*( (\p{Lu}[\p{L}'’./-]*|and|of|de|van|von|al|el|bin))*$`)
	// rightsLine matches a copyright notice: "© 2024 AFP", "Copyright (c)
	// 2025. RFE/RL, Inc.", "[ⓒ The Korea Herald] Copyright".
	rightsLine = regexp.MustCompile(`^(\[?[©ⓒ]|\(c\) |copyright\b)|\ball rights reserved\b|\] copyright$`)
	// promoLine matches a subscription or newsletter box: "Sign up for
	// Ukraine Daily", "Subscribe to unlock this article", "Roula Khalaf,
	// Editor of the FT, selects her favourite stories in this weekly
	// newsletter." (but not "..., said Mr. Slater, the newsletter editor.")
	promoLine = regexp.MustCompile(`^(sign up|subscribe|unlock|try unlimited|explore our)\b|\bnewsletters?[.!]?$|\bdigital access to\b`)
)

// reporterCity is a reporter's name of two or three capitalised words and
// the city filed from.
const reporterCity = `\p{Lu}[\p{L}'’-]+( \p{Lu}[\p{L}'’-]+){1,2},? (in|and) \p{Lu}[\p{L}-]+( \p{Lu}[\p{L}-]+)?`

// maxBylineWords bounds a byline; maxPromoWords a subscription box's line.
const (
	maxBylineWords = 8
	maxPromoWords  = 24
)

// linkHeads are the lines that open a block of links to topics, sections
// or other stories.
var linkHeads = map[string]bool{"explore more on these topics": true, "related topics": true, "topics": true,
	"tags": true, "keywords": true, "more on this story": true, "related stories": true, "related coverage": true,
	"related": true, "menu": true, "read more": true, "see also": true, "more from": true, "sections": true}

// maxLinkWords is the most words of a line in a block of links; a longer
// line (a story's headline) ends the block.
const maxLinkWords = 4

// storyLinkHeads open a block of links to other stories, one headline a
// line ("Read also:", "Related Articles"): it runs to a blank line or a line
// too long for a headline.
var storyLinkHeads = map[string]bool{"read also": true, "related articles": true, "read next": true,
	"related": true, "more on this story": true, "related stories": true}

// maxHeadlineWords is the most words of a headline in a block of story links.
const maxHeadlineWords = 16

// maxFromWords bounds a live post's credit line.
const maxFromWords = 8

// maxCreditWords bounds a credit line: a longer line is story text.
const maxCreditWords = 40

// withoutFurniture returns text with its page furniture lines replaced by
// spaces (line breaks kept).
func withoutFurniture(text string) string {
	var b []byte
	links, stories := false, false
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := strings.TrimSpace(text[start:end])
		n := wordCount(line, maxCreditWords)
		furniture := false
		head := ""
		if n <= maxHeadWords {
			head = strings.ToLower(strings.TrimRight(line, ":"))
		}
		switch {
		case stories && n > 0 && n <= maxHeadlineWords:
			furniture = true
		case links && n > 0 && n <= maxLinkWords:
			furniture = true
		case linkHeads[head] || storyLinkHeads[head]:
			links, stories, furniture = true, storyLinkHeads[head], true
		default:
			links, stories = false, false
			furniture = isCreditLine(line, n) || n <= maxShareWords && isShareBar(line) || isMetaLine(line, n) ||
				n <= maxAuthorWords && isAuthorList(line)
		}
		from := end
		if furniture {
			from = start
		} else if k := creditTail(text[start:end]); k >= 0 {
			from = start + k // "(Photo: Sputnik/Pool via REUTERS)" closing a caption
		}
		if from < end {
			if b == nil {
				b = []byte(text)
			}
			for i := from; i < end; i++ {
				if b[i] != '\r' {
					b[i] = ' '
				}
			}
		}
		start = end + 1
	}
	if b == nil {
		return text
	}
	return string(b)
}

// shareWords are the buttons of a share bar ("Share Email Facebook Twitter
// Print"), each on its own line or together on one.
var shareWords = map[string]bool{"share": true, "email": true, "facebook": true, "twitter": true, "x": true,
	"linkedin": true, "whatsapp": true, "telegram": true, "reddit": true, "print": true, "bookmark": true,
	"copy": true, "link": true, "comment": true, "comments": true, "save": true, "flipboard": true, "pinterest": true}

// maxShareWords bounds a share bar's line.
const maxShareWords = 8

// isShareBar reports whether every word of line is a share button.
func isShareBar(line string) bool {
	words := strings.Fields(strings.ToLower(line))
	for _, w := range words {
		if !shareWords[strings.Trim(w, ",|·")] {
			return false
		}
	}
	return len(words) > 0
}

// maxAuthorWords bounds a line of authors.
const maxAuthorWords = 24

// isAuthorList reports whether line lists three or more persons' names and
// nothing else: "Christina Harward, Nicole Wolkov, Angelica Evans, and
// Frederick W. Kagan". Each name opens with a known given name, so that a
// list of countries is not taken for one.
func isAuthorList(line string) bool {
	items := strings.FieldsFunc(strings.ReplaceAll(line, " and ", ","), func(r rune) bool { return r == ',' })
	if len(items) < 3 {
		return false
	}
	g := theGazetteer()
	for _, it := range items {
		words := strings.Fields(it)
		if len(words) > 0 && words[0] == "and" {
			words = words[1:]
		}
		if len(words) < 2 || len(words) > 4 || !g.firstNames[foldHash(words[0])] {
			return false
		}
		for _, w := range words {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return true
}

// isMetaLine reports whether a short line of n words is an article's
// metadata: "Dec 5th 2024 | SEOUL AND TOKYO | 6 min read".
func isMetaLine(line string, n int) bool {
	return n <= maxMetaWords && (strings.Count(line, " | ") >= 2 || strings.HasSuffix(strings.ToLower(line), " min read"))
}

// maxMetaWords bounds a metadata line.
const maxMetaWords = 16

// creditTail returns where a picture credit closing a caption line starts
// ("... in Beijing. (Photo: Sputnik/Pool via REUTERS)", "... in Washington.
// (AP Photo)", "... on Friday. Photographer: KCNA via KNS/AP Photo"), or -1.
func creditTail(line string) int {
	if !containsAny(line, creditTailWords) {
		return -1
	}
	loc := creditTailPattern.FindStringSubmatchIndex(line)
	if loc == nil {
		return -1
	}
	return loc[2]
}

// creditTailWords are in every credit that creditTailPattern matches.
var creditTailWords = []string{"Photo", "photo", "Getty", "Pool", "Image: ", "Picture: ", "Credit: ", "Source: "}

// creditTailPattern matches a picture credit at the end of a line, after
// the caption's last sentence.
var creditTailPattern = regexp.MustCompile(`(?:^|[.!?"”] )(\((?:[^()]*\b(?:Photo|Photos|photo|Getty Images|Pool)\b[^()]*)\)|` +
	`(?:Photo|Photograph|Photographer|Image|Picture|Credit|Source|Photo credit)s?: [^()]{1,80})\s*$`)

// isCreditLine reports whether a line of n words credits reporters, editors
// or photographers, states the page's copyright or advertises its
// newsletters and subscriptions. Cheap tests come before each pattern: most
// lines are story text.
func isCreditLine(line string, n int) bool {
	if n == 0 || n > maxCreditWords {
		return false
	}
	lower := strings.ToLower(line)
	return creditLine.MatchString(lower) ||
		strings.Contains(lower, "contributed") && contributorLine.MatchString(lower) ||
		n <= maxReporterWords && reporterLine.MatchString(line) ||
		n <= maxFromWords && strings.HasPrefix(line, "From ") && fromLine.MatchString(line) ||
		n <= maxBylineWords && bylineLine.MatchString(line) ||
		containsAny(lower, rightsWords) && rightsLine.MatchString(lower) ||
		n <= maxPromoWords && containsAny(lower, promoWords) && promoLine.MatchString(lower)
}

// rightsWords and promoWords are in every line that rightsLine and
// promoLine match.
var (
	rightsWords = []string{"©", "ⓒ", "(c) ", "copyright", "all rights reserved"}
	promoWords  = []string{"sign up", "subscribe", "unlock", "try unlimited", "explore our", "newsletter", "digital access to"}
)

// containsAny reports whether s contains one of subs.
func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

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
