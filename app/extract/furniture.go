package extract

import (
	"regexp"
	"slices"
	"strconv"
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
	// creditLine matches a line that credits the report's makers: "With
	// files from The Associated Press", "(Japanese original by Kenta
	// Miyazaki, Political News Department)", "About the Author: Elliot Park
	// is a Washington-based analyst", "Write to Hyun-joo Lee at
	// hyunjoo.lee@wsj.com". The site's acknowledgement of the land's
	// traditional owners in its foot is one too: "We acknowledge Aboriginal
	// and Torres Strait Islander peoples as the First Australians and
	// Traditional Custodians of the lands where we live". A credit may
	// stand in brackets ("[Edited by Jane Holloway]"), a broadcast's crew
	// may be credited by their work ("Video reporting: Jin Ha-neul / Video
	// editing: Ro Mi-rae", "Camera: ..."), and the licence the site's
	// content goes under is its foot: "All content is available under the
	// Open Data Licence v2.0, except where otherwise stated".
	creditLine = regexp.MustCompile(`^(— |– |- )?[\[(]?((additional )?(reporting|writing|editing|compiled|produced|edited|research|story|translated|translation|photo|photos|photograph|graphics|video) by\b|` +
		`with assistance from\b|with files from\b|(\pL+ )?original by\b|about the authors?:|to contact the (reporter|editor)s?\b|image source, |` +
		`(photograph|photo|image|picture|credit|illustration|editor|author|translator|producer|translation|editing|reporter)s?:|our standards:|` +
		`why you can trust\b|` +
		`a version of this article appears in print\b|from wikipedia, the free encyclopedia|reporting from \pL|` +
		`(write|e-?mail) (to )?[^@]{1,60} at [\w.+-]+@[\w-]+\.|(this article )?appeared in the [^.]{0,40}\bprint edition\b|` +
		`we (respectfully )?(acknowledge|pay (our )?respects? to)\b.{0,200}\b(traditional (custodians|owners)|first (australians|nations|peoples)|elders,? past|unceded)\b|` +
		`text is available under the creative commons\b|` +
		`(video|camera|photo|tv|audio|sound) (reporting|editing|editor|journalists?|production|graphics)s?:|` +
		`(camera|cameraman|camerawork|videographer|cinematography|graphics)s?:|` +
		`(all )?(content|text|material|articles?|this (article|work|page|site|website|content))( on this (site|website|page))? (is|are) ` +
		`(available|published|licensed|released|reproduced|distributed) under (the |an? )?[^.]{0,60}\b(licen[cs]e|creative commons)\b|` +
		`(department|contact|media contact|press contact|tel|phone|fax|broadcast)s?: |source: )`)
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
	// roleLine matches a reporter's role on a line of its own: "Seoul
	// correspondent", "Senior correspondent covering North and South Korea.",
	// a live page's "Live editor".
	roleLine = regexp.MustCompile(`^((live|senior|chief|staff|deputy|foreign|political|diplomatic|defen[cs]e|security|special|` +
		`investigative|freelance|[\p{L}]+ bureau|seoul|moscow|beijing|tokyo|washington|kyiv|asia|europe|news|digital|multimedia|` +
		`video|data|world|international|global|business|economics|politics|science|technology|health|contributing|associate|` +
		`managing|executive|assistant|breaking|general) ){0,2}` +
		`(correspondent|reporter|editor|journalist|columnist|writer)s?( (covering|for|at|based in|in) .*|,.*|\.)?$`)
	// reportedFromLine matches a line telling where the reporters filed
	// from: "Constant Méheut reported from Kyiv, Ukraine, and Choe Sang-Hun
	// from Seoul."
	// The line holds nothing else: "Anna Smith reported from Kyiv that the
	// strikes had hit a hospital" is story text.
	reportedFromLine = regexp.MustCompile(`^` + creditName + ` (reported|reporting) from ` + creditPlaces +
		`(,? and ` + creditName + `( reported)? from ` + creditPlaces + `)?\.?$`)
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
		`(is|was) (a|an|[Tt]he|one of) [^.]{0,50}\b(reporter|correspondent|bureau chief|columnist|staff writer|editor|journalist|contributor)s?` +
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
	// 13, 2024".
	bylineLine = regexp.MustCompile(`^(?:[Bb]y|BY) \p{Lu}[\p{L}'’./-]*,?( (\p{Lu}[\p{L}'’./-]*,?|and|of|for|with|in|de|van|von|al|el|bin))*` +
		`(, (an? |the )?(\p{Ll}+ ){0,2}(reporter|correspondent|writer|editor|journalist|columnist|contributor)s?( (at|for|with) ` + creditPlaces + `)?\.?)?` +
		`( [-–—|·] ` + creditPlaces + `)?( [\[(<]?[\w.+-]+@[\w.-]+[\])>]?)?( ([-–—|·]|on) [^|]{0,30}\d[^|]{0,20})?$`)
	// roleBylineLine matches a byline giving the reporter's role before the
	// name: "By North Asia correspondent Alicia Brennan", "By defence
	// editor Harriet Coldwell".
	roleBylineLine = regexp.MustCompile(`^(?:[Bb]y|BY) (?:\p{Lu}[\p{L}'’.-]* ){0,3}(?:\p{Ll}+ ){0,2}` +
		`(?:correspondent|reporter|editor|writer|journalist|columnist|producer)s? ` + creditName + `( and ` + creditName + `)?$`)
	// emailLine matches a reporter's address, alone or after the name, at
	// the foot of a story: "Kim Arin (arin@heraldcorp.com)", "xxx@yna.co.kr".
	emailLine = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.-]*( \p{Lu}[\p{L}'’.-]*){0,3} )?[\[(<]?[\w.+-]+@[\w-]+(\.[\w-]+)+[\])>]?$`)
	// rightsLine matches a copyright notice: "© 2024 AFP", "Copyright (c)
	// 2025. RFE/RL, Inc.", "[ⓒ The Korea Herald] Copyright", "This service
	// may include material from Agence France-Presse (AFP), APTN, Reuters
	// ... which is copyrighted and cannot be reproduced." A trademark's
	// notice is one too: "Harbour Sans ™ & © 2016 Harbour News Network."
	rightsLine = regexp.MustCompile(`^(\[?[©ⓒ]|\(c\) |copyright\b)|\ball rights reserved\b|\] copyright$|[™®] ?(&|and) ?[©ⓒ] ?(1[89]|20)\d\d\b|` +
		`\bcopyrighted and (cannot|can not|may not|must not) be (reproduced|republished|redistributed)\b`)
	// promoLine matches a subscription or newsletter box: "Sign up for
	// Ukraine Daily", "Subscribe to unlock this article", "Roula Khalaf,
	// Editor of the FT, selects her favourite stories in this weekly
	// newsletter." (but not "..., said Mr. Slater, the newsletter editor.")
	// "Follow RT on Telegram" and "Download the CNA app" are promotions too,
	// and so are "Support UP or become our patron!", "Support Ukrainska
	// Pravda on Patreon!" and "Kyiv Post ✕
	// Telegram: subscribe to our channel", and "Sign in to Kyiv Post". A
	// newsletter's box names it after a label or sends it to the reader's
	// inbox: "Newsletter: World Brief. FP's flagship evening newsletter",
	// "Get the latest analysis from the Carnegie Russia Eurasia Center in
	// your inbox." A site's line asking readers to get its news is one too:
	// "Get Latest World News along with Latest News and Top Headlines from
	// India and around the world." So is a line asking them to get its app:
	// "Get breaking news alerts directly to your phone with the ABC NEWS app.",
	// "CLICK HERE TO GET THE NEWS APP". A link to the owner's page is one
	// too: "Learn more about Harbour Data". A prompt to follow the site over
	// its platforms' links ends in a colon: "Follow us on:", "Follow XYZ
	// on:". The note under a sign-up form is one too: "By signing up, you
	// acknowledge and agree to our Privacy Policy and Terms of Service."
	promoLine = regexp.MustCompile(`^follow (us( on)?|[\pL.]+( [\pL.]+)? on):$|` +
		`^by (signing up|subscribing|registering|signing in|clicking|submitting|continuing|entering|creating an account)\b[^.]{0,60}\byou\b[^.]{0,30}\b(agree|acknowledge|consent|accept)\b|` +
		`^(sign up|subscribe|unlock|try unlimited|explore our)\b|^(sign in|log in|register) (to|with|for)\b|\bnewsletters?[.!]?$|\bdigital access to\b|` +
		`^follow (us|[\pL.]+( [\pL.]+)?) on \pL+( @\S+)?$|^download (the|our) .{0,40}\bapp$|\bdownload our (mobile )?app\b|` +
		`^support (us|[\pL.]+( [\pL.]+){0,2}) on (patreon|substack|ko-fi|buy me a coffee)[.!]?$|` +
		`\bconsider supporting us\b|\bdonate now$|^our live coverage has (ended|moved)\b|\bfor members only\b|^members only\b|` +
		`^join our \pL+ (channel|community)\b|(^|[.!] |\bor )become (a|our) (member|subscriber|patron)\b|\bsign up here\b|` +
		`\bsubscribe to our (channel|newsletter|podcast)s?\b|^newsletters?: |\b(in|to|into) your inbox[.!]?$|` +
		`^get (the )?latest\b[^.]{0,60}\b(news|headlines|updates)\b|^((click|tap) here to )?(get|download|install)\b[^.]{0,80} (the|our) [^.]{0,30}\bapp[.!]?$|` +
		`^learn more about [^.!?]{1,40}$`)
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

// linkHeads are the lines that open a block of links to topics, sections
// or other stories.
var linkHeads = map[string]bool{"explore more on these topics": true, "related topics": true, "topics": true,
	"suggested topics": true,
	"tags":             true, "keywords": true, "more on this story": true, "related stories": true, "related coverage": true,
	"related": true, "menu": true, "read more": true, "see also": true, "more from": true, "sections": true,
	"filed under": true, "categories": true, "related tags": true, "footer links": true, "quick links": true, "useful links": true}

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
	"editors' picks": true, "trending": true, "trending now": true, "in other news": true, "popular": true,
	"most shared": true, "also read": true, "what to read next": true, "recommended stories": true,
	"read more": true, "more on this topic": true, "other topics of interest": true, "related news": true,
	"related coverage": true, "latest updates": true}

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
	appeal := 0                         // the end of the outlet's appeal to its readers, once its head is read
	var para []lineSpan                 // the lines of the paragraph so far
	for start := 0; start < len(text); {
		end := lineEnd(text, start)
		line := strings.TrimSpace(text[start:end])
		n := wordCount(line, maxCreditWords)
		furniture := false
		head := ""
		if n <= maxHeadWords {
			head = strings.ToLower(strings.TrimRight(line, ":"))
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
		case start < appeal:
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
		case isMoreFrom(head, line):
			links, stories, furniture = true, true, true
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
			if n > 0 && n <= maxCreditWords {
				lower = strings.ToLower(line)
			}
			promo = isPromoLine(lower, n)
			furniture = promo || n <= maxCadenceWords && cadenceLine.MatchString(lower) || isCreditLine(line, lower, n) || n <= maxShareWords && isShareBar(line) || isMetaLine(line, n) ||
				n <= maxAuthorWords && isAuthorList(line) || n <= maxHeadlineWords+maxHeadWords && isLinkLine(line) ||
				n <= maxEchoWords && echoesAny(line, mastheads) || isLabelList(line) ||
				n <= maxMenuWords && isSpacedMenu(line) || n <= maxAddressWords && isAddressLine(line) ||
				n <= maxNavWords && isNavLine(line) || isOutletNoteAny(line, mastheads) ||
				n <= maxStampWords && (isStampLine(line) || isDatedSource(line)) || n <= maxCreditLineWords && isPictureCredit(line) ||
				isFooterLinks(line) || n <= maxCreditLineWords && isCapsCredit(line) || n <= maxSignOffWords && signOffName(line) != "" ||
				n <= maxPublisherWords && isPublisherLine(line, publishers) || isPublisherNote(line, publishers) ||
				n <= maxTranscriptHeadWords+2 && isTranscriptHead(line) ||
				n <= maxStampWords+maxPublisherWords && isOutletStamp(line, publishers) ||
				n <= maxHashtagWords && isHashtagLine(line) || n <= maxNoticeWords && isBrowserNotice(lower) ||
				n <= maxDateOnlyWords && isDateOnlyLine(line) || n <= maxAppLinkWords && isAppLinks(line) ||
				isAcademicNote(lower) || n <= maxSearchBoxWords && isSearchBox(lower)
			if !furniture && n <= maxBylineWords && strings.Contains(line, ")") {
				if names := liveAuthorNames(line); names != nil {
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
			if furniture && n <= maxBylineWords && len(line) > 3 && strings.EqualFold(line[:3], "by ") {
				authors = bylineNames(authors, line)
			} else if !furniture && len(authors) > 0 && isAuthorBio(line, authors) {
				furniture = true // "Daniel Hartwell is a Seoul-based analyst of Korean security affairs."
			}
		}
		if !furniture && n >= 2 && n <= maxBareBylineWords && isBareByline(line, prev, text[end:]) {
			authors, furniture = append(authors, line), true // "Shreyas Reddy" over "November 18, 2024"
		}
		if !furniture && n >= 3 && n <= maxRoleWords+maxBareBylineWords && isNamedByline(line) {
			authors, furniture = append(authors, bylineName(line)), true // "Yuliia Ivanova — Saturday, 11 January 2025, 13:25"
		}
		if !furniture && n <= maxRoleWords && isRoleLine(line) {
			furniture = true // "Seoul correspondent"
		}
		if !furniture && lines < maxAgencyLine && n <= maxAgencyWords && isAgencyCredit(line) {
			furniture = true // "Reuters and Kyodo" under a headline
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
			if !authorHeads[head] {
				card = false
			}
			if !card {
				cardName = cardName && furniture && isCapitalisedName(line) // only the line right under the card's name
			}
			if !linkHeads[head] && !storyLinkHeads[head] {
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
	b = blankTagBlock(b, text, para)
	b = blankFooterBlock(b, text, para)
	b = blankHeadlineList(b, text, para)
	b = blankTicker(b, text, para)
	if b == nil {
		return text
	}
	return string(b)
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

// authorHeads open an author's card: the name on the next line, then the
// note on the author ("Guest Author / Daniel Hartwell / Daniel Hartwell is
// a nonresident fellow at the Stimson Center.").
var authorHeads = map[string]bool{"guest author": true, "about the author": true, "about the authors": true,
	"author": true, "authors": true, "the author": true, "contributor": true, "contributors": true}

// authorNote matches the note on an author that follows an author card's
// head without the name on a line of its own: "Eleanor Vance is a
// Sydney-based writer on Korean Peninsula security".
var authorNote = regexp.MustCompile(`^\p{Lu}[\p{L}'’.-]*( \p{Lu}[\p{L}'’.-]*){1,3} (is|was|has been|writes|covers) `)

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

// lineSpan is a line's place in the text, its word count and whether it
// is furniture by its own rules.
type lineSpan struct {
	start, end, n int
	furniture     bool
}

// maxPromoBoxLines bounds the lines above a promotion's own line in its box.
const maxPromoBoxLines = 2

// maxBoxHeadWords bounds the head of a promotion's box.
const maxBoxHeadWords = 4

// isPromoBox reports whether the lines of a paragraph above a promotion's
// line are its box: a short label opening it ("GET BRIEFED") and at most
// one more line of a promotion's length. The label is in capitals or the
// next line takes up its first word ("Get briefed on the story of the
// week"), so that a story's heading over a short paragraph is not taken
// for one.
func isPromoBox(text string, para []lineSpan) bool {
	if len(para) == 0 || len(para) > maxPromoBoxLines || para[0].n > maxBoxHeadWords {
		return false
	}
	head := strings.TrimSpace(text[para[0].start:para[0].end])
	if !isLabelLine(head) {
		return false
	}
	if len(para) == 1 {
		return true
	}
	blurb := strings.TrimSpace(text[para[1].start:para[1].end])
	first, _, _ := strings.Cut(head, " ")
	return para[1].n <= maxPromoWords && (strings.ToUpper(head) == head ||
		len(blurb) > len(first) && strings.EqualFold(blurb[:len(first)], first))
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

// maxAddressWords bounds a postal address line.
const maxAddressWords = 16

// addressLine matches a postal address on one line: a street number, a
// comma, and a postcode at the end ("5-1 Ichigaya Honmuracho, Shinjuku-ku,
// Tokyo 162-8801", "1600 Pennsylvania Avenue NW, Washington, DC 20500",
// "32/34 Smolenskaya-Sennaya Square, Moscow 119200").
var addressLine = regexp.MustCompile(`^\d[\d/-]*[A-Za-z]? \p{Lu}[^.!?]*, [^.!?]*\b(\d{3}-\d{4}|\d{5}(-\d{4})?|\d{6}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$`)

// placeAddressLine matches a postal address without a street number:
// capitalised names between commas and a British or American postcode
// after the last ("Whitehall, London, SW1A 2ET", "Washington, DC 20036").
// Other postcodes are numbers a story's line may end with.
var placeAddressLine = regexp.MustCompile(`^\p{Lu}[\p{L}'’.-]*( \p{Lu}[\p{L}'’.-]*)*(, \p{Lu}[\p{L}'’.-]*( \p{Lu}[\p{L}'’.-]*)*)*, ` +
	`([A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]{2} \d{5}(-\d{4})?)$`)

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

// isAddressLine reports whether line is a postal address: a press
// release's, a ministry's or an institute's page foot.
func isAddressLine(line string) bool {
	if line == "" {
		return false
	}
	if strings.Contains(line, " Box ") && poBoxLine.MatchString(line) {
		return true
	}
	if !strings.Contains(line, ", ") {
		return line[0] >= '0' && line[0] <= '9' && streetAddressLine.MatchString(line)
	}
	if line[0] < '0' || line[0] > '9' {
		return placeAddressLine.MatchString(line)
	}
	return addressLine.MatchString(line)
}

// maxMenuWords bounds a menu line; minMenuItems is the fewest items of one.
const (
	maxMenuWords = 24
	minMenuItems = 3
)

// isSpacedMenu reports whether line is a menu of three or more labels in
// title case set apart by runs of spaces: "China  Asia  World  Opinion
// Economy  Tech  Lifestyle".
func isSpacedMenu(line string) bool {
	if !strings.Contains(line, "  ") {
		return false
	}
	items := 0
	for _, it := range strings.Split(line, "  ") {
		if it = strings.TrimSpace(it); it == "" {
			continue
		}
		if !isLabelLine(it) || !isTitleLine(it) {
			return false
		}
		items++
	}
	return items >= minMenuItems
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
// not "Kim met Lavrov | Putin").
func isLabelList(line string) bool {
	if !strings.Contains(line, " | ") {
		return false
	}
	for _, it := range strings.Split(line, " | ") {
		it = strings.TrimSpace(it)
		if it == "" || !isLabelLine(it) {
			return false
		}
		for _, w := range strings.Fields(it) {
			if !isLabelWord(w) {
				return false
			}
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
var labelJoiners = map[string]bool{"and": true, "of": true, "the": true, "&": true, "in": true, "on": true, "for": true, "/": true}

// bylineNames adds to names the reporters' names of a byline, without
// their roles and cities: "By Harriet Coldwell, Defence Correspondent, and
// Will Ashby in Kyiv" gives "Harriet Coldwell" and "Will Ashby".
func bylineNames(names []string, line string) []string {
	line = line[3:]
	if k := strings.IndexAny(line, "|[(<"); k >= 0 {
		line = line[:k]
	}
	for _, sep := range []string{" - ", " – ", " — "} {
		if k := strings.Index(line, sep); k >= 0 {
			line = line[:k] // "Daniel Kessler - The Washington Times - Friday"
		}
	}
	for _, part := range strings.FieldsFunc(strings.ReplaceAll(line, " and ", ","), func(r rune) bool { return r == ',' }) {
		part = strings.TrimSpace(part)
		for _, sep := range []string{" in ", " on "} {
			if k := strings.Index(part, sep); k >= 0 {
				part = part[:k] // "Will Ashby in Kyiv", "Colin Marsh on May 01"
			}
		}
		part = nameAfterRole(part) // "North Asia correspondent Alicia Brennan"
		if n := wordCount(part, 4); n < 2 || n > 4 || containsAny(strings.ToLower(part), roleWords) {
			continue
		}
		names = append(names, part)
	}
	return names
}

// bylineRoles are the reporters' roles that a byline may give in lower
// case before the name.
var bylineRoles = map[string]bool{"correspondent": true, "reporter": true, "editor": true, "writer": true,
	"journalist": true, "columnist": true, "producer": true}

// nameAfterRole returns the words of a byline's part after the reporter's
// role in lower case ("Alicia Brennan" of "North Asia correspondent Alicia
// Brennan"), or the part when it gives none.
func nameAfterRole(part string) string {
	words := strings.Fields(part)
	for i := len(words) - 1; i >= 0; i-- {
		if bylineRoles[strings.TrimSuffix(words[i], "s")] {
			return strings.Join(words[i+1:], " ")
		}
	}
	return part
}

// isAuthorBio reports whether line is a byline's name alone (over the
// author's card at the foot) or opens with it and tells who the reporter
// is: "Daniel Hartwell is a Seoul-based analyst of Korean security
// affairs." The name may sign the piece off with the author's
// affiliation after a comma: "Helen Marchetti, University of Leeds".
func isAuthorBio(line string, authors []string) bool {
	for _, a := range authors {
		if rest, ok := strings.CutPrefix(line, a); ok && (rest == "" || strings.HasPrefix(rest, " is ") || strings.HasPrefix(rest, " was ") ||
			strings.HasPrefix(rest, " covers ") || strings.HasPrefix(rest, " writes ") ||
			strings.HasPrefix(rest, ", ") && isAffiliationLine(rest[2:])) {
			return true
		}
	}
	return false
}

// maxAffiliationWords bounds an author's role and affiliation.
const maxAffiliationWords = 16

// isAffiliationLine reports whether line is an author's role and
// affiliation on a card or a sign-off, and nothing else: parts between
// commas, each a few words in title case ("Senior Lecturer in Korean
// Studies, University of Leeds", "Professor of Politics, Harbour
// University"). A sentence ends with a full stop or has lower-case words:
// "Kim left Pyongyang, the agency said" is story text.
func isAffiliationLine(line string) bool {
	if line == "" || wordCount(line, maxAffiliationWords) > maxAffiliationWords {
		return false
	}
	for _, part := range strings.Split(line, ", ") {
		part = strings.TrimSpace(part)
		if part == "" || wordCount(part, maxTagWords) > maxTagWords || strings.ContainsAny(part, "()\"“”:;") || !isTitleLine(part) {
			return false
		}
	}
	return true
}

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
// KNS/AFP", "AFP-Yonhap", "Russian Ministry of Natural Resources/AP"), at
// least one of them a known organisation. A handout's credit names the
// body handing it out, known or not: "Handout via Office of the President
// of Harbouria".
func isCreditNames(s string) bool {
	if wordCount(s, maxAgencyTailWords) > maxAgencyTailWords {
		return false
	}
	bodies, acronyms, handouts, sources := 0, 0, 0, 0
	handout := strings.Contains(strings.ToLower(s), "handout") // "Office of the President of Harbouria/Handout"
	for _, part := range strings.FieldsFunc(creditVia.ReplaceAllString(s, "/"), func(r rune) bool { return r == '/' || r == ',' }) {
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
		case isCapitalisedName(part): // the photographer
			sources++
		case !strings.Contains(part, ". ") && isLabelLine(part) && isTitleLine(part): // the source: "Russian Ministry of Natural Resources/AP"
			sources++
		case handout && isHandoutSource(part):
			sources++ // "Handout via Office of the President of Harbouria"
		case len(part) >= 2 && len(part) <= maxAcronymBytes && isAcronym(part) && !strings.Contains(part, "."):
			acronyms++ // "KNS" passing the picture on: "KCNA VIA KNS/AFP"
		default:
			return false
		}
	}
	return (bodies > 0 || handouts > 0 && sources > 0) && acronyms <= bodies
}

// isHandoutSource reports whether part, after "Handout" in a picture
// credit, is the body that handed the picture out: a name in title case
// longer than a label, without a sentence's punctuation ("Office of the
// President of Harbouria").
func isHandoutSource(part string) bool {
	return wordCount(part, maxTagWords) <= maxTagWords && !strings.ContainsAny(part, ",;:()\"“”?!.") && isTitleLine(part)
}

// maxCadenceWords bounds a newsletter's schedule in its sign-up box.
const maxCadenceWords = 4

// cadenceLine matches, in lower case, the schedule of a newsletter on a
// line of its own in its sign-up box: "Arrives Weekly", "Daily", "Every
// weekday morning".
var cadenceLine = regexp.MustCompile(`^((arrives|delivered|sent|published) )?(daily|weekly|monthly|fortnightly|` +
	`(every|each) (day|weekday|week|month|morning|evening)( (morning|evening))?|twice (a|per) (week|day))$`)

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
// "... in Pyongyang on 14 August (KCNA via KNS/AFP via Getty Images)".
func parenCreditTail(line string) int {
	k := strings.LastIndex(line, " (")
	if k <= 0 || !strings.HasSuffix(line, ")") {
		return -1
	}
	credit := line[k+2 : len(line)-1]
	word := line[strings.LastIndexByte(line[:k], ' ')+1 : k]
	r, _ := utf8.DecodeRuneInString(word)
	chain := strings.Contains(credit, "/") || creditVia.MatchString(credit)
	if !unicode.IsLower(r) && !chain || !isCreditNames(credit) {
		return -1
	}
	return k + 1
}

// barCreditTail returns where a picture credit after a bar closing a
// caption starts ("Kim waves at the parade on Monday. | Jane
// Holloway/AP"), or -1. The caption ends its sentence before the bar, or
// the credit passes the picture on through a slash or "via": a page
// title's site after a bar ("Kim meets Putin | Reuters") is left to
// siteTail.
func barCreditTail(line string) int {
	k := strings.LastIndex(line, " | ")
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
		case labels == 1 && wordCount(line, maxTaglineWords) <= maxTaglineWords && sloganLine.MatchString(line):
			labels++ // "The Gulf's leading English language daily" under "Harbour News"
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

// isOutletNote reports whether line is one sentence telling what the
// outlet of the masthead is or does: "Newsweek is committed to challenging
// conventional wisdom", "Breaking Defense is a part of the Breaking Media
// network". A promotion may close it: "Ukrainska Pravda is the place where
// you will find ... Follow us on Twitter, support us, or become our
// patron!"
func isOutletNote(line, masthead string) bool {
	if len(line) < len(masthead) || !strings.EqualFold(line[:len(masthead)], masthead) {
		return false // a masthead in capitals: "BREAKING DEFENSE"
	}
	rest := line[len(masthead):]
	if !strings.HasPrefix(rest, " is ") && !strings.HasPrefix(rest, " does not ") {
		return false
	}
	k := strings.Index(rest, ". ")
	if k < 0 {
		return true
	}
	promo := rest[k+2:]
	return isPromoLine(strings.ToLower(promo), wordCount(promo, maxCreditWords))
}

// maxStampWords bounds a line of the publication's date and time
// ("Published on March 27, 2025, at 11:08 am (Paris)").
const maxStampWords = 10

// stampClock matches the time of day on a publication's date line, and
// what may follow it: "10:12, UK", "3:12 PM", "17:40 JST", "06:00   Sydney
// time", "6.00pm GMT, The Times".
var stampClock = regexp.MustCompile(`\b\d{1,2}[:.]\d\d(?: ?[AaPp]\.?[Mm]\.?)?(?:,? +\pL+){0,3}(?: \(\pL+\))?$`)

// isStampLine reports whether line is a story's publication date and time
// and what the page says of its zone: "Thursday 23 November 2023 10:12,
// UK", "Published Nov 04, 2024 at 8:47 AM EST", "Friday November 22 2024,
// 6.00pm GMT, The Times", "at 11:08 am (Paris)".
func isStampLine(line string) bool {
	return strings.ContainsAny(line, ":.") && isDateLine(line) && datedLabel.MatchString(line) && stampClock.MatchString(line)
}

// isDatedSource reports whether line is the story's date and its outlet
// or source in parentheses, and nothing else: "July 28, 2024 (Mainichi
// Japan)".
func isDatedSource(line string) bool {
	k := strings.LastIndex(line, " (")
	if k < 0 || !strings.HasSuffix(line, ")") {
		return isStampSource(line)
	}
	date, source := line[:k], line[k+2:len(line)-1]
	return datedLabel.MatchString(date) && isDateLine(date) && source != "" && isLabelLine(source) && isTitleLine(source)
}

// isStampSource reports whether line is the story's date and time with
// its outlet after a slash or bar, and nothing else: "October 27, 2025 /
// 1:58 PM EDT / CBS News".
func isStampSource(line string) bool {
	k := max(strings.LastIndex(line, " / "), strings.LastIndex(line, " | "))
	if k < 0 {
		return false
	}
	source := line[k+3:]
	return isStampLine(line[:k]) && wordCount(source, maxSiteWords) <= maxSiteWords && isLabelLine(source) && isTitleLine(source)
}

// stampSeparators stand between an outlet's name and the date on its
// dateline.
var stampSeparators = []string{" - ", " – ", " — ", " | ", " · ", ", "}

// isOutletStamp reports whether line is the page's outlet, one of
// publishers (in any case), and the date the story was posted, with what
// may follow it: "HARBOUR WIRE - Mar 3, 2025 - 09:10 | World, All". A
// story's sentence about the outlet does not go on with a date: "Harbour
// Wire - the agency - said".
func isOutletStamp(line string, publishers []string) bool {
	for _, p := range publishers {
		if len(line) <= len(p) || !strings.EqualFold(line[:len(p)], p) {
			continue
		}
		rest := line[len(p):]
		for _, sep := range stampSeparators {
			if date, ok := strings.CutPrefix(rest, sep); ok && datedLabel.MatchString(date) && isDateLine(date) {
				return true
			}
		}
	}
	return false
}

// maxBareBylineWords bounds a reporter's name on a line of its own;
// maxSiteWords the site or section after a page title's last " | ".
const (
	maxBareBylineWords = 3
	maxSiteWords       = 3
)

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

// isBareByline reports whether line is a reporter's name alone, with the
// date on the line before (prev) or the next one (rest is the text after
// line): two or three capitalised words, not all in capitals, that name no
// known place or body.
func isBareByline(line, prev, rest string) bool {
	words := strings.Fields(line)
	caps := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, ".,:;!?|()\"“”") && !isNameInitial(w) {
			return false
		}
		if strings.ToUpper(w) == w && !isNameInitial(w) {
			caps++
		}
	}
	next := nextLine(rest)
	if next != "" && (isKnownBody(next) || isCapitalisedName(next)) { // an author card: "Hyonhee Shin / Thomson Reuters / Senior correspondent"
		if i := strings.Index(rest, next); i >= 0 {
			next = nextLine(rest[i+len(next):])
		}
	}
	if next != "" && (containsAny(next, bioWords) && bioLine.MatchString(next) || isRoleLine(next) || isReportingFrom(next) && outletName(line) != "") {
		return true // "HYUNG-JIN KIM" over "Kim covers North and South Korea for The Associated Press"
	}
	if caps == len(words) || !isDateLine(prev) && !isDateLine(next) {
		return false
	}
	return outletName(line) != "" && !isKnownBody(line)
}

// reportingFrom matches the line under a live post's author giving the
// city filed from and nothing else: "Reporting from Seoul".
var reportingFrom = regexp.MustCompile(`^Reporting from \p{Lu}[\p{L}.'’-]*(?:,? \p{Lu}[\p{L}.'’-]*){0,3}$`)

// isReportingFrom reports whether line is the city a reporter files from
// on a line of its own, under the reporter's name: "Reporting from
// Seoul".
func isReportingFrom(line string) bool {
	return strings.HasPrefix(line, "Reporting from ") && reportingFrom.MatchString(line)
}

// maxDatedBylineWords bounds the date after a reporter's name.
const maxDatedBylineWords = 6

// isNamedByline reports whether line is a reporter's name with the date
// ("Yuliia Ivanova — Saturday, 11 January 2025, 13:25") or the role
// ("Roland Oliphant, Senior Foreign Correspondent") after it: two or
// three capitalised words that name no known place, person or body.
func isNamedByline(line string) bool {
	name, rest, dated := "", "", false
	for _, sep := range []string{" — ", " – ", " - "} {
		if k := strings.Index(line, sep); k > 0 {
			name, rest, dated = line[:k], line[k+len(sep):], true
			break
		}
	}
	if !dated {
		k := strings.Index(line, ", ")
		if k < 0 {
			return false
		}
		name, rest = line[:k], line[k+2:]
	}
	if !isCapitalisedName(name) || outletName(name) == "" || isKnownBody(name) {
		return false
	}
	if dated {
		return wordCount(rest, maxDatedBylineWords) <= maxDatedBylineWords && !strings.Contains(rest, ": ") && isDateLine(rest)
	}
	return isRoleLine(rest)
}

// bylineName returns the reporter's name of a line that isNamedByline
// accepts: "Yuliia Ivanova" of "Yuliia Ivanova — Saturday, 11 January 2025".
func bylineName(line string) string {
	for _, sep := range []string{" — ", " – ", " - ", ", "} {
		if k := strings.Index(line, sep); k > 0 {
			return line[:k]
		}
	}
	return line
}

// barBylineNames returns the reporters' names of a byline whose reporters
// stand between bars, one or more of them with the role after the name
// ("Hamish Carr, Asia Correspondent | Eleanor Vance"), or nil when line is
// no such byline. Names alone between bars ("Kim Jong Un | Vladimir
// Putin") are a list of tags.
func barBylineNames(line string) []string {
	var names []string
	roles := 0
	for _, it := range strings.Split(line, " | ") {
		it = strings.TrimSpace(it)
		switch {
		case isCapitalisedName(it) && outletName(it) != "" && !isKnownBody(it):
			names = append(names, it)
		case strings.Contains(it, ", ") && isNamedByline(it):
			names, roles = append(names, bylineName(it)), roles+1
		default:
			return nil
		}
	}
	if roles == 0 || len(names) < 2 {
		return nil
	}
	return names
}

// commaBylineNames returns the reporters' names of a byline without "By"
// whose reporters stand between commas, one or more of them after a
// capitalised role ("Kim Ji-hyun, Washington Correspondent Lee Jun-hee"),
// or nil when line is no such byline. Names alone between commas ("Kim Jong
// Un, Vladimir Putin") are story text or tags.
func commaBylineNames(line string) []string {
	var names []string
	roles := 0
	for _, it := range strings.Split(line, ", ") {
		it = strings.TrimSpace(it)
		name := titledNameAfterRole(it)
		if name != it {
			roles++
		}
		if !isCapitalisedName(name) || outletName(name) == "" || isKnownBody(name) || !isTitleLine(it) {
			return nil
		}
		names = append(names, name)
	}
	if roles == 0 {
		return nil
	}
	return names
}

// maxRoleQualifiers bounds the words before a reporter's role in title
// case ("Senior Foreign Correspondent").
const maxRoleQualifiers = 2

// titledNameAfterRole returns the words of a byline's part after the
// reporter's role in title case ("Lee Jun-hee" of "Washington
// Correspondent Lee Jun-hee"), or the part when it gives none.
func titledNameAfterRole(part string) string {
	words := strings.Fields(part)
	for i := 0; i < len(words) && i <= maxRoleQualifiers; i++ {
		if bylineRoles[strings.ToLower(strings.TrimSuffix(words[i], "s"))] {
			return strings.Join(words[i+1:], " ")
		}
	}
	return part
}

// isNameInitial reports whether w is a middle initial: "A.".
func isNameInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && w[size:] == "."
}

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

// isDateStamp reports whether line is a short line that opens with a date
// and carries a year or a numeric date: "Updated 3 June 2024", "June 3,
// 2024 16:48", "Published: December 30, 2025 2.41pm GMT".
func isDateStamp(line string) bool {
	return line != "" && wordCount(line, maxStampWords) <= maxStampWords && !endsWithStop(line) && isDateLine(line) && datedLabel.MatchString(line)
}

// isMoreFrom reports whether a short line opens a block of an outlet's
// story links: "More from South China Morning Post:", "More Stories From
// NPR", "Read more with Harbour Media".
func isMoreFrom(head, line string) bool {
	if strings.HasPrefix(head, "read more with ") || strings.HasPrefix(head, "read more from ") {
		return !strings.ContainsAny(line[len(line)-1:], ".!?\"”")
	}
	if !strings.HasPrefix(head, "more from ") && !strings.HasPrefix(head, "more on ") &&
		!strings.HasPrefix(head, "more stories from ") && !strings.HasPrefix(head, "more news from ") {
		return false
	}
	return strings.HasSuffix(line, ":") || isTitleLine(line)
}

// maxRoleWords bounds the line of a reporter's role.
const maxRoleWords = 12

// isRoleLine reports whether line is a reporter's role under the byline or
// on an author card: "Seoul correspondent", "Senior correspondent covering
// North and South Korea." The reporter's social handle may close it:
// "News reporter @TomAshworthSky".
func isRoleLine(line string) bool {
	if wordCount(line, maxRoleWords) > maxRoleWords || !containsAny(line, roleWords) {
		return false
	}
	if strings.Contains(line, " @") {
		line = handleTail.ReplaceAllString(line, "")
	}
	lower := strings.ToLower(line)
	return roleLine.MatchString(lower) || outletStaffLine.MatchString(lower)
}

// handleTail matches the social handles closing a line: " @TomAshworthSky".
var handleTail = regexp.MustCompile(`( @\w{1,30})+$`)

// outletStaffLine matches a role or credit naming the outlet: "Kyiv Post
// Staff Writer", "Telegraph reporters", "UP Journalists".
var outletStaffLine = regexp.MustCompile(`^([\p{L}.'’-]+ ){1,3}(staff (writer|reporter)s?|reporters|journalists|correspondents)$`)

// roleWords are in every line that roleLine matches.
var roleWords = []string{"orrespondent", "eporter", "ditor", "ournalist", "olumnist", "riter", "OURNALIST", "EPORTER"}

// isCapitalisedName reports whether line is two or three capitalised
// words (or initials) and nothing else: "Thomson Reuters" on an author
// card, "Mercy A. Kuo".
func isCapitalisedName(line string) bool {
	words := strings.Fields(line)
	if len(words) < 2 || len(words) > maxBareBylineWords {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || strings.ContainsAny(w, ".,:;!?|()") && !isNameInitial(w) {
			return false
		}
	}
	return true
}

// isKnownBody reports whether name is a gazetteer organisation.
func isKnownBody(name string) bool {
	g := theGazetteer()
	ws := nerWords(nil, name, Span{0, len(name)})
	end, e := g.longest(ws, 0)
	return e >= 0 && end == len(ws) && g.entries[e].Type == "ORG"
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

// dateWords open a dated line: months, their abbreviations, weekdays.
var dateWords = keySet("January February March April May June July August September October November December " +
	"Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday " +
	"Mon Tue Wed Thu Fri Sat Sun Updated Published Posted")

// isDateLine reports whether line opens with a date ("November 18, 2024",
// "18 November 2024", "Updated 5:01 a.m.").
func isDateLine(line string) bool {
	words := strings.Fields(line)
	if len(words) == 0 {
		return false
	}
	w := strings.Trim(words[0], ".,:")
	if w != "" && w[0] >= '0' && w[0] <= '9' && len(words) > 1 {
		w = strings.Trim(words[1], ".,:")
	}
	return dateWords[foldHash(w)]
}

// shareWords are the buttons of a share bar ("Share Email Facebook Twitter
// Print") and the page's controls beside them ("Font Size", "Font size  A+
// A-", "Font size  +  -"), each on its own line or together on one.
var shareWords = map[string]bool{"share": true, "email": true, "facebook": true, "twitter": true, "x": true,
	"linkedin": true, "whatsapp": true, "telegram": true, "reddit": true, "print": true, "bookmark": true,
	"copy": true, "link": true, "comment": true, "comments": true, "save": true, "flipboard": true, "pinterest": true,
	"on": true, "kakao": true, "kakaotalk": true, "naver": true, "gift": true, "this": true, "article": true, "full": true,
	"talk": true, "story": true, "band": true, "messenger": true, "threads": true, "bluesky": true, "sms": true,
	"font": true, "text": true, "size": true, "a+": true, "a-": true, "aa": true}

// maxShareWords bounds a share bar's line.
const maxShareWords = 8

// isShareBar reports whether every word of line is a share button. A
// button may give the platform's former name in parentheses: "X
// (Twitter)".
func isShareBar(line string) bool {
	words := strings.Fields(strings.ToLower(line))
	buttons := 0
	for _, w := range words {
		w = strings.Trim(w, ",|·:()")
		if strings.Trim(w, "+-−–") == "" {
			continue // "Facebook | X", the font size's "+  -"
		}
		if !shareWords[w] {
			return false
		}
		buttons++
	}
	return buttons > 0
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
	if strings.HasSuffix(strings.TrimRight(line, " \t\r"), ")") && strings.Contains(end, ": ") {
		if k := firstGroup(labelledParenCredit.FindStringSubmatchIndex(line)); k >= 0 {
			return k
		}
	}
	if containsAny(end, outletCreditWords) {
		return firstGroup(outletCreditTail.FindStringSubmatchIndex(line))
	}
	return -1
}

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
		`(?:File )?Photo(?:graph)?s? by \p{Lu}[\p{L}.'’-]*(?:(?: ?/ ?| |, )(?:\p{Lu}[\p{L}.'’&-]*|via|for|and))*)\s*$`)
)

// labelledParenCredit matches a picture credit in parentheses that opens
// with its label and a colon, after any word of the caption: "Kim Jong Un
// with Vladimir Putin (File photo: AP)". The label tells it from a
// name's abbreviation.
var labelledParenCredit = regexp.MustCompile(`[\p{L}\d.,;'’"”] (\((?i:(?:file |handout )?(?:photo(?:graph)?|image|picture|pic)(?: credit)?s?|credit|source|file): [^()]{1,60}\))\s*$`)

// outletCreditWords are in every credit that outletCreditTail matches.
var outletCreditWords = []string{"photo by ", "photos by ", "Courtesy of ", "Photo by ", "Photos by ", "Photograph by ", "Photographs by "}

// creditTailWords are in every credit that creditTailPattern matches.
var creditTailWords = []string{"Photo", "photo", "Getty", "Pool", "Image: ", "Picture: ", "Pic: ", "Credit", "Source: ", "©"}

// creditTailPattern matches a picture credit at the end of a line, after
// the caption's last sentence: a credit in parentheses, after a label, an
// agency's name in capitals in brackets ("[YONHAP]", "[KCNA/YONHAP]") or
// a few capitalised words in parentheses ("(Yonhap)", "(AP/Ahn Young-joon)").
// A line that is only "(Yonhap)" names the story's source and is kept.
// The source may name the photographer after a colon: "(Reuters: Maxim
// Shemetov)".
// "Credit: " may follow the caption's last word without a full stop: "...
// in Russia's Kursk region Credit: KCNA via Reuters". A copyright sign
// opens a credit too: "... in Hanoi on June 20, 2024. © Minh Hoang, AP",
// and so does "Pic: KCNA via Reuters"; in parentheses too: "... on
// November 26. (©Harbour Wire)". An outlet's photo
// credit and a source's courtesy close captions too, or stand alone: "Korea
// Times photo by Shim Hyun-chul", "Courtesy of Ministry of Unification".
var creditTailPattern = regexp.MustCompile(`(?:^|[.!?"”] )(\((?:[^()]*\b(?:Photo|Photos|photo|Getty Images|Pool)\b[^()]*)\)|\(© ?[^()©]{1,60}\)|` +
	`(?:Photo|Photograph|Photographer|Image|Picture|Pic|Credit|Source|Photo credit)s?(?:: |\.\.\.|…) ?[^()]{1,80}|© ?[^()©]{1,80})\s*$|` +
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
		strings.HasPrefix(lower, "want to read more?") || // a members' box: "... Subscribe to NK Pro for ..."
		strings.Contains(lower, "contributed") && contributorLine.MatchString(lower) ||
		n <= maxReporterWords && reporterLine.MatchString(line) ||
		n <= maxFromWords && strings.HasPrefix(line, "From ") && fromLine.MatchString(line) ||
		n <= maxBylineWords && (bylineLine.MatchString(line) || roleBylineLine.MatchString(line)) ||
		n <= maxEmailWords && strings.Contains(line, "@") && emailLine.MatchString(line) ||
		strings.Contains(line, " from ") && reportedFromLine.MatchString(line) ||
		containsAny(line, bioWords) && bioLine.MatchString(line) ||
		containsAny(lower, rightsWords) && rightsLine.MatchString(lower) ||
		containsAny(lower, disclaimerWords) && disclaimerLine.MatchString(lower) ||
		n <= maxCreditPartsWords && isCreditParts(line)
}

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

// isPromoLine reports whether a line of n words, given in lower case,
// advertises the page's newsletters, subscriptions or apps.
func isPromoLine(lower string, n int) bool {
	if n == 0 || n > maxCreditWords {
		return false
	}
	if n > maxPromoWords {
		return strings.Contains(lower, "newsletter") && strings.Contains(lower, " your inbox") // "Sign up to the Front Page newsletter for free: ... direct to your inbox seven days a week."
	}
	return containsAny(lower, promoWords) && promoLine.MatchString(lower)
}

// rightsWords and promoWords are in every line that rightsLine and
// promoLine match.
var (
	rightsWords = []string{"©", "ⓒ", "(c) ", "copyright", "all rights reserved"}
	bioWords    = []string{" covers ", "reporter", "correspondent", "bureau chief", "columnist", "staff writer", "editor", "journalist",
		"contributor"}
	promoWords = []string{"sign up", "subscribe", "unlock", "try unlimited", "explore our", "newsletter", "digital access to",
		"follow ", "support ", "download ", "supporting us", "donate now", "live coverage", "members only", "join our", "become a", "sign up here",
		"become our", "subscribe to our", "sign in ", "log in ", "register ", "your inbox", "get latest", "get the latest", " app",
		" agree", " acknowledge", " consent", " accept", "learn more about "}
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

// lineEnd returns the end of the line of text that starts at start: the
// offset of its line break, or len(text).
func lineEnd(text string, start int) int {
	if k := strings.IndexByte(text[start:], '\n'); k >= 0 {
		return start + k
	}
	return len(text)
}

// A story's own lines hold words that name no actor of the story: the
// social handles of reporters and sources ("@TomAshworthSky"), the
// platform a statement was posted on ("Zelensky said this on Facebook",
// like "said on Telegram"), and the outlet asking for comment ("Newsweek
// has reached out to the Russian Foreign Ministry for comment"). Only those
// words are blanked: the rest of the sentence keeps its names.
var (
	// handleWord matches a social handle.
	handleWord = regexp.MustCompile(`(?:^|[\s(])(@\w{1,30})`)
	// channelWord matches the platform a statement was posted on.
	channelWord = regexp.MustCompile(`\b(?:(?:said|wrote|posted|announced|stated|declared|shared|added|published|warned|claimed|reported)` +
		`(?: (?:this|it|that|so|earlier|later|separately|also))?(?: on| in| via)(?: (?:his|her|their|its|the))?(?: official)? ` +
		`|\bin an? |\bon (?:his|her|their|its) (?:official )?)` +
		`(Facebook|Instagram|Twitter|X|Telegram|YouTube|TikTok|VK|VKontakte|Threads|Bluesky|Truth Social|Weibo|WeChat)\b` +
		`(?: (?:post|posts|video|statement|message|page|account|channel)\b)?`)
	// commentAsker matches the outlet asking for comment: the name of the
	// sentence's subject, or the name owning the request.
	commentAsker = regexp.MustCompile(`(?:^|[.!?]["”]? )(\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3}) (?:has |have |had )?` +
		`(?:reached out to|contacted|approached|asked|emailed)\b[^.]{0,100}\bfor (?:a )?comment\b|` +
		`\b(?:respond|responded|reply|replied) to (\p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*){0,3})['’]s? requests? for (?:a )?comment\b`)
)

// welcomeOutlet matches a live page's welcome naming its own outlet:
// "Welcome to the Harbour Herald's live coverage of the war". Its group is
// the outlet's name, which is the page's and no actor of the story.
var welcomeOutlet = regexp.MustCompile(`(?:^|[.!?]["”]? )Welcome to (?:the )?(\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3})['’]s? ` +
	`(?:(?:live|continuing|continued|rolling|ongoing) )*(?:coverage|blog|live blog|updates|reporting)\b`)

// channelWords are in every match of channelWord.
var channelWords = []string{"Facebook", "Instagram", "Twitter", " X", "Telegram", "YouTube", "TikTok", "VK", "Threads", "Bluesky",
	"Truth Social", "Weibo", "WeChat"}

// transcriptLabel matches the label opening a line of a broadcast's
// transcript, and the language spoken: "[SOUNDBITE]", "SOUNDBITE
// (Korean)". The speaker named after it is kept: "[SOUNDBITE] Yoo Sang-bum
// / People Power Party lawmaker".
var transcriptLabel = regexp.MustCompile(`^(?:\[(?:SOUNDBITE|SOT|STAND-?UP|VOICE-?OVER)\]|(?:SOUNDBITE|SOT|STAND-?UP|VOICE-?OVER)\b)(?: ?\(\p{L}+\))?`)

// transcriptHead matches a broadcast transcript's section label on a line
// of its own, between the triangles some outlets mark it with: "◀ Anchor
// ▶", "◀ Report ▶". Its group is the label.
var transcriptHead = regexp.MustCompile(`^[◀◁]\s*(\p{L}[\p{L}'’ -]{0,30}?)\s*[▶▷]$`)

// bracketHead matches a transcript's section label between brackets on a
// line of its own: "[Anchor]", "<Reporter>". Its group is the label.
var bracketHead = regexp.MustCompile(`^[\[<【]\s*(\p{L}[\p{L}'’ -]{0,30}?)\s*[\]>】]$`)

// transcriptRoles are the labels of a broadcast transcript's sections.
var transcriptRoles = map[string]bool{"anchor": true, "anchors": true, "report": true, "reporter": true, "interview": true,
	"soundbite": true, "sot": true, "stand-up": true, "standup": true, "narration": true, "narrator": true, "voice-over": true,
	"voiceover": true, "closing": true, "opening": true, "host": true, "presenter": true, "correspondent": true,
	"reporter's report": true, "anchor's comment": true}

// maxTranscriptHeadWords bounds a transcript's section label.
const maxTranscriptHeadWords = 3

// isTranscriptHead reports whether line is a broadcast transcript's
// section label and nothing else: "◀ Anchor ▶", "[Reporter]". Between
// triangles any short label is one; between brackets only a known one,
// so that "[Video]" or a speaker's caption is left to the other rules.
func isTranscriptHead(line string) bool {
	if m := transcriptHead.FindStringSubmatch(line); m != nil {
		return wordCount(m[1], maxTranscriptHeadWords) <= maxTranscriptHeadWords
	}
	m := bracketHead.FindStringSubmatch(line)
	return m != nil && transcriptRoles[strings.ToLower(m[1])]
}

// programmeLabel matches a label in brackets opening a line: "[Harbour 8
// News]", "[Harbour TV Newsroom]". Its group is the label.
var programmeLabel = regexp.MustCompile(`^\[([^\[\]]{2,60})\]`)

// programmeWords close a broadcast programme's name besides outletWords.
var programmeWords = map[string]bool{"Newsroom": true, "Newsdesk": true, "Tonight": true, "Today": true, "Now": true}

// programmeSpan returns the end of the label in brackets opening line that
// names an outlet or its programme ("[Harbour 8 News] Cargo ship seen in
// satellite imagery"), or 0: a few words in title case, the
// last (before the programme's hour, if any: "[Harbour News 9]") a word
// that closes outlets' names. A speaker's caption ("[Jin Ha-neul /
// National Assembly Defence Committee]") or a credit ("[Edited by Jane
// Holloway]") is left to the other rules.
func programmeSpan(line string) int {
	if !strings.HasPrefix(line, "[") {
		return 0
	}
	m := programmeLabel.FindStringSubmatchIndex(line)
	if m == nil {
		return 0
	}
	label := line[m[2]:m[3]]
	if !isLabelLine(label) || !isTitleLine(label) || strings.ContainsAny(label, "/|") {
		return 0
	}
	words := strings.Fields(label)
	if len(words) == 0 {
		return 0
	}
	last := words[len(words)-1]
	if len(words) > 1 && strings.Trim(last, "0123456789") == "" {
		last = words[len(words)-2] // "News 9"
	}
	if !outletWords[last] && !programmeWords[last] {
		return 0
	}
	return m[1]
}

// inlineFurniture returns the spans of line that name a handle, a platform,
// the outlet asking for comment or welcoming to its live page, a
// transcript's label, or the outlet's or programme's label opening a
// caption.
func inlineFurniture(line string) []Span {
	var spans []Span
	if loc := transcriptLabel.FindStringIndex(line); loc != nil {
		spans = append(spans, Span{loc[0], loc[1]})
	}
	if trimmed := strings.TrimLeft(line, " \t"); strings.HasPrefix(trimmed, "[") {
		if k := programmeSpan(trimmed); k > 0 {
			lead := len(line) - len(trimmed)
			spans = append(spans, Span{lead, lead + k})
		}
	}
	if strings.Contains(line, "@") {
		for _, m := range handleWord.FindAllStringSubmatchIndex(line, -1) {
			spans = append(spans, Span{m[2], m[3]})
		}
	}
	if containsAny(line, channelWords) {
		for _, m := range channelWord.FindAllStringSubmatchIndex(line, -1) {
			spans = append(spans, Span{m[2], m[3]})
		}
	}
	if strings.Contains(line, "Welcome to ") {
		for _, m := range welcomeOutlet.FindAllStringSubmatchIndex(line, -1) {
			spans = append(spans, Span{m[2], m[3]})
		}
	}
	if strings.Contains(line, " comment") {
		for _, m := range commentAsker.FindAllStringSubmatchIndex(line, -1) {
			if m[2] >= 0 {
				spans = append(spans, Span{m[2], m[3]})
			} else {
				spans = append(spans, Span{m[4], m[5]})
			}
		}
	}
	return spans
}

// A broadcast story's transcript names its reporter when handing over and
// signing off: "Our Yoon Jung-min reports.", "Yoon Jung-min, Arirang
// News.", "For NPR News, I'm Daniel Moon in Seoul." Those lines are
// furniture, and so is the reporter's name alone on a line anywhere on the
// page (under the headline). Each pattern's first group is the name.
//
// The hand-over may name the reporter after the role ("Reporter Jin
// Ha-neul has the story.") and the sign-off may give the outlet first:
// "Harbour TV News, Jin Ha-neul."
var signOffLines = []*regexp.Regexp{
	regexp.MustCompile(`^(?:For|From) [^,]{1,40}, (?:I'm|I am|this is) (` + creditName + `)(?: (?:in|reporting from) \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)?\.$`),
	regexp.MustCompile(`^(?:(?:Our|Here's|Here is) (?:\p{Ll}+ ){0,2}|(?:Reporter|Correspondent) )(` + creditName + `) (?:reports|has (?:more|the (?:details|story)))\.$`),
	regexp.MustCompile(`^(` + creditName + `), (?:\p{Lu}[\p{L}'’.&-]* ){0,3}(?:News|TV|Radio|Television)(?:, \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)?\.$`),
	regexp.MustCompile(`^(?:\p{Lu}[\p{L}'’.&-]* ){0,3}(?:News|TV|Radio|Television), (` + creditName + `)\.$`),
}

// maxSignOffWords bounds a reporter's hand-over or sign-off line.
const maxSignOffWords = 12

// signOffName returns the reporter's name that line hands over to or
// signs off with, or "". A known place or body is no reporter's name:
// "Central TV, North Korea." is a dateline.
func signOffName(line string) string {
	if !strings.HasSuffix(line, ".") {
		return ""
	}
	for _, re := range signOffLines {
		if m := re.FindStringSubmatch(line); m != nil {
			if outletName(m[1]) == "" || isKnownBody(m[1]) {
				return ""
			}
			return m[1]
		}
	}
	return ""
}

// signOffNames returns the reporters' names of the sign-off lines of text.
func signOffNames(text string) []string {
	var names []string
	for start := 0; start < len(text); {
		end := lineEnd(text, start)
		line := strings.TrimSpace(text[start:end])
		if wordCount(line, maxSignOffWords) <= maxSignOffWords {
			if name := signOffName(line); name != "" {
				names = append(names, name)
			}
		}
		start = end + 1
	}
	return names
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

// kindByline matches a byline naming the kind of piece before "by":
// "Analysis by Jane Holloway and Min-ji Park", "Commentary by Jane Doe".
// Its group is the names.
var kindByline = regexp.MustCompile(`^(?:Commentary|Analysis|Opinion|Essay|Column|Interview|Article|Review|Feature|Explainer|` +
	`Perspective|Op-[Ee]d|Words|Text|Story|Post|Written|Posted|Guest (?:[Pp]ost|[Cc]olumn|[Cc]ommentary|[Ee]ssay)) by (.+)$`)

// bylineNamePattern matches a reporter's name alone: two to four
// capitalised words.
var bylineNamePattern = regexp.MustCompile(`^` + creditName + `$`)

// kindBylineNames returns the names of a byline that names the kind of
// piece before "by" ("Analysis by Jane Holloway and Min-ji Park"), or
// nil when line is no such byline: every part after "by" is a person's
// name, not a known place or body ("Analysis by the Pentagon shows ..."
// and "Report by South Korea" are no bylines).
func kindBylineNames(line string) []string {
	m := kindByline.FindStringSubmatch(line)
	if m == nil {
		return nil
	}
	var names []string
	list := strings.NewReplacer(", and ", ",", " and ", ",", " & ", ",").Replace(m[1])
	for _, part := range strings.Split(list, ",") {
		part = strings.TrimSpace(part)
		if !bylineNamePattern.MatchString(part) || outletName(part) == "" || isKnownBody(part) {
			return nil
		}
		names = append(names, part)
	}
	return names
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

// maxAppLinkWords bounds a line of links to the site's app and channels.
const maxAppLinkWords = 16

// appLinkWords close the links to a site's app, channels and feeds.
var appLinkWords = map[string]bool{"app": true, "apps": true, "channel": true, "channels": true, "newsletter": true,
	"newsletters": true, "podcast": true, "podcasts": true, "feed": true, "feeds": true, "account": true, "page": true}

// isAppLinks reports whether line is links to the site's app and channels
// between bars, and nothing else: "Harbour News app | KakaoTalk channel",
// "Telegram channel | YouTube channel | Podcast". Each link is a few
// capitalised words closed by what it leads to; a story's line between
// bars says more.
func isAppLinks(line string) bool {
	if !strings.Contains(line, " | ") {
		return false
	}
	for _, it := range strings.Split(line, " | ") {
		words := strings.Fields(it)
		if len(words) == 0 || len(words) > maxLabelWords || !appLinkWords[strings.ToLower(words[len(words)-1])] {
			return false
		}
		for _, w := range words[:len(words)-1] {
			if !isLabelWord(w) {
				return false
			}
		}
	}
	return true
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

// maxNoticeWords bounds a browser notice.
const maxNoticeWords = 24

// browserNotice matches, in lower case, the page's notice to a reader
// whose browser runs no scripts or is too old: "please turn on javascript
// in your browser to enable this feature.", "javascript is disabled",
// "your browser does not support the video tag".
var browserNotice = regexp.MustCompile(`\b(?:turn on|enable|activate|switch on|allow) javascript\b|\bjavascript (?:is|must be|has been) ` +
	`(?:disabled|required|turned off|enabled|switched off)\b|\byour (?:web )?browser (?:does not|doesn['’]t) support\b|` +
	`\b(?:upgrade|update|switch) (?:to )?(?:a |your )(?:more )?(?:modern |newer |supported |recent )?(?:web )?browser\b`)

// isBrowserNotice reports whether lower, a line in lower case, is a notice
// on the reader's browser.
func isBrowserNotice(lower string) bool {
	return (strings.Contains(lower, "javascript") || strings.Contains(lower, "browser")) && browserNotice.MatchString(lower)
}

// maxDateOnlyWords bounds a line that is a date alone.
const maxDateOnlyWords = 5

// monthWords are the months and their abbreviations.
var monthWords = keySet("January February March April May June July August September October November December " +
	"Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec")

// weekdayWords are the days of the week and their abbreviations.
var weekdayWords = keySet("Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun")

// isDateOnlyLine reports whether line is a date and nothing else: a month,
// a year, maybe the day and the weekday ("Jun 14, 2024", "Friday, 14 June
// 2024", "June 2024"). The page's date stamp names no actor, but the
// tagger may read its month as a name ("Jun").
func isDateOnlyLine(line string) bool {
	words := strings.Fields(line)
	if len(words) < 2 || len(words) > maxDateOnlyWords {
		return false
	}
	months, years, days := 0, 0, 0
	for i, w := range words {
		w = strings.TrimRight(w, ".,")
		switch {
		case monthWords[foldHash(w)] && !isLowerWord(w):
			months++
		case i == 0 && weekdayWords[foldHash(w)] && !isLowerWord(w):
		case isYear(w):
			years++
		case isDayNumber(w):
			days++
		default:
			return false
		}
	}
	return months == 1 && years == 1 && days <= 1
}

// isLowerWord reports whether w opens in lower case ("may").
func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// isYear reports whether w is a year of four digits from 1800 to 2099.
func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "18") || strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) &&
		strings.Trim(w, "0123456789") == ""
}

// isDayNumber reports whether w is a day of the month, maybe with its
// ordinal's ending: "14", "3rd".
func isDayNumber(w string) bool {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		w = strings.TrimSuffix(w, suf)
	}
	d, err := strconv.Atoi(w)
	return err == nil && d >= 1 && d <= 31 && len(w) <= 2
}

// liveAuthor matches one author of a live page with the time of the
// posts written in parentheses: "Jane Holloway (now)". Its group is the
// name.
var liveAuthor = regexp.MustCompile(`(` + creditName + `) \((?:now|earlier|later|before)\)`)

// liveAuthorsLine matches a line of a live page's authors, each with the
// time of the posts: "Jane Holloway (now) and Tom Baker (earlier)".
var liveAuthorsLine = regexp.MustCompile(`^` + creditName + ` \((?:now|earlier|later|before)\)` +
	`(?:(?:,| and|, and) ` + creditName + ` \((?:now|earlier|later|before)\))*$`)

// liveAuthorNames returns the names of a line of a live page's authors
// ("Jane Holloway (now) and Tom Baker (earlier)"), or nil when line is no
// such line. A known place or body is no author.
func liveAuthorNames(line string) []string {
	if !liveAuthorsLine.MatchString(line) {
		return nil
	}
	var names []string
	for _, m := range liveAuthor.FindAllStringSubmatch(line, -1) {
		if outletName(m[1]) == "" || isKnownBody(m[1]) {
			return nil
		}
		names = append(names, m[1])
	}
	return names
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

// closesSentence reports whether line ends a sentence: with a full stop, a
// question or exclamation mark, or a closing quote.
func closesSentence(line string) bool {
	return line != "" && strings.ContainsAny(line[len(line)-1:], ".!?\"”")
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

// A page's boxes go on below their first line: a newsletter's sign-up
// line lists the outlet's newsletters, each a name and a blurb ("The
// Weekly Report: A weekly roundup of Harbour Times' most-read stories"),
// and an outlet's appeal to its readers runs from its head ("A message
// from The Harbour Times:", "Dear readers,") over a paragraph or two on
// the outlet's plight to the plea that closes it ("Support us today.").
// The names in them are the outlet's and its troubles', not the story's
// actors.

// newsletterWords are in every entry of a list of newsletters, in its
// name or its blurb, in lower case: a schedule, a digest's word, the
// inbox it goes to.
var newsletterWords = []string{"daily", "weekly", "monthly", "morning", "evening", "roundup", "round-up", "digest",
	"briefing", "brief", "report", "newsletter", "bulletin", "inbox", "top stories", "headlines", "most-read",
	"must-read", "best of", "delivered", "dispatch", "every "}

// isNewsletterEntry reports whether line, right under a newsletter's
// sign-up line or another entry, is one newsletter of a list: its name,
// a few words in title case, a colon and a blurb on what it brings ("The
// Daily Report: Start your day right with Harbour Times' top stories").
// A speaker's line ("Kim Jong Un: We will respond to any attack.") names
// no schedule or digest, and a quote is no blurb.
func isNewsletterEntry(line string) bool {
	name, blurb, ok := strings.Cut(line, ": ")
	if !ok || !isLabelLine(name) || !isTitleLine(name) {
		return false
	}
	blurb = strings.TrimSpace(blurb)
	if blurb == "" || strings.ContainsAny(blurb[:1], "\"“'‘") {
		return false
	}
	return containsAny(strings.ToLower(line), newsletterWords)
}

// maxAppealHeadWords bounds the head of an outlet's appeal to its readers,
// and maxAppealLines the lines from it to the plea closing the appeal.
const (
	maxAppealHeadWords = 8
	maxAppealLines     = 6
)

// appealButtons are the buttons under an appeal's plea, in lower case.
var appealButtons = map[string]bool{"continue": true, "donate": true, "donate now": true, "support us": true, "support": true,
	"subscribe": true, "contribute": true, "become a member": true, "not now": true, "maybe later": true, "close": true}

var (
	// appealHead matches, in lower case, the head of an outlet's appeal
	// to its readers: "a message from the harbour times:", "dear readers,".
	appealHead = regexp.MustCompile(`^(?:an? )?(?:message|note|letter|word|appeal) (?:from|by) [^.!?]{1,60}:$|` +
		`^dear (?:readers?|subscribers?|friends|supporters?|members?)[,!:]?$`)
	// appealPlea matches, in lower case, the plea closing an outlet's
	// appeal, its line's last sentence: "support us today.", "please
	// donate now!", "become a member of the harbour times."
	appealPlea = regexp.MustCompile(`(?:^|[.!?]["”]? )(?:please )?(?:support (?:us|our (?:work|journalism|newsroom))|donate|` +
		`make a (?:donation|contribution)|become (?:a|our) (?:member|supporter|patron|subscriber|donor)|subscribe)\b[^.!?]{0,60}[.!]?$`)
)

// appealEnd returns the end of an outlet's appeal to its readers when
// line, ending at end in text, is its head ("A message from The Harbour
// Times:", "Dear readers,"), or 0: the appeal closes with a plea on a
// line of its own or after the last line's sentences ("... silence
// independent journalism in Russia. Support us today."), at most
// maxAppealLines lines below the head, and takes in a button under the
// plea ("Continue", "Donate"). A head whose lines close with no plea (a
// letter quoted by the story) is no appeal's.
func appealEnd(text, line string, end int) int {
	lower := strings.ToLower(line)
	if !strings.HasSuffix(lower, ":") && !strings.HasPrefix(lower, "dear ") || !appealHead.MatchString(lower) {
		return 0
	}
	lines := 0
	for start := end + 1; start < len(text) && lines < maxAppealLines; {
		e := lineEnd(text, start)
		l := strings.TrimSpace(text[start:e])
		start = e + 1
		if l == "" {
			continue
		}
		lines++
		if !appealPlea.MatchString(strings.ToLower(l)) {
			continue
		}
		if next := nextLine(text[e:]); appealButtons[strings.ToLower(strings.TrimRight(next, ".!→>» "))] {
			return e + strings.Index(text[e:], next) + len(next) // "Continue"
		}
		return e
	}
	return 0
}

// correspondentLine matches a byline naming the reporter after the
// outlet's "from our correspondent", with the city filed from or not:
// "from our correspondent Jane Holloway", "From our special envoy in
// Kyiv, Jane Holloway", "From our correspondent in Capri". Its group is
// the name.
var correspondentLine = regexp.MustCompile(`^[Ff]rom (?:our|a|an) (?:(?:own|special|senior|chief|foreign|staff|political|diplomatic|` +
	`defen[cs]e|[\p{L}]+ bureau) )*(?:correspondent|reporter|envoy|journalist|writer|staff writer)s?` +
	`(?: in \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?)?(?:,? (` + creditName + `)(?: in \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?)?)?$`)

// correspondentByline reports whether line is a byline after "from our
// correspondent" (see correspondentLine), and returns the reporter's
// name, or "" when it names none. A known place or body is no name:
// "from our correspondent Kyiv" names the city.
func correspondentByline(line string) (string, bool) {
	m := correspondentLine.FindStringSubmatch(line)
	if m == nil {
		return "", false
	}
	if m[1] != "" && (outletName(m[1]) == "" || isKnownBody(m[1])) {
		return "", true
	}
	return m[1], true
}

// maxSearchBoxWords bounds a search box's prompt.
const maxSearchBoxWords = 5

// searchBox matches, in lower case, the prompt in the page's search box,
// closed by an ellipsis: "search...", "search harbour news…".
var searchBox = regexp.MustCompile(`^search(?: [^.!?]{1,40})?(?:\.\.\.|…)$`)

// isSearchBox reports whether lower, a line in lower case, is the prompt
// in the page's search box ("search harbour news..."). A story's sentence
// ends with a full stop, not an ellipsis, after "search".
func isSearchBox(lower string) bool {
	return strings.HasPrefix(lower, "search") && searchBox.MatchString(lower)
}
