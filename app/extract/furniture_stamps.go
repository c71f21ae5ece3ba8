package extract

// This file finds date stamps and the page's controls: the date and time
// of publication, dated sources and outlets, date lines, metadata lines,
// share bars, browser notices and the search box's prompt.

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

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

// isDateStamp reports whether line is a short line that opens with a date
// and carries a year or a numeric date: "Updated 3 June 2024", "June 3,
// 2024 16:48", "Published: December 30, 2025 2.41pm GMT".
func isDateStamp(line string) bool {
	return line != "" && wordCount(line, maxStampWords) <= maxStampWords && !endsWithStop(line) && isDateLine(line) && datedLabel.MatchString(line)
}

// clockSeparators stand between the time and the date of a stamp.
var clockSeparators = map[string]bool{"-": true, "–": true, "—": true, "|": true}

// dateWords open a dated line: months, their abbreviations, weekdays.
var dateWords = keySet("January February March April May June July August September October November December " +
	"Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday " +
	"Mon Tue Wed Thu Fri Sat Sun Updated Published Posted")

// isDateLine reports whether line opens with a date ("November 18, 2024",
// "18 November 2024", "Updated 5:01 a.m."), after a label or a time or
// not: "Date: 10th May 2024", "15:41, 24 June 2025".
func isDateLine(line string) bool {
	words := strings.Fields(line)
	if len(words) == 0 {
		return false
	}
	if len(words) > 1 && strings.EqualFold(words[0], "Date:") {
		words = words[1:] // "Date: 10th May 2024"
	}
	if len(words) > 1 && isClockText(strings.TrimRight(words[0], ",")) {
		words = words[1:] // "15:41, 24 June 2025"
		if len(words) > 1 && clockSeparators[words[0]] {
			words = words[1:] // "11:42 - 14/09/2023 Thursday"
		}
	}
	w := strings.Trim(words[0], ".,:")
	if w != "" && w[0] >= '0' && w[0] <= '9' && len(words) > 1 {
		w = strings.Trim(words[1], ".,:")
	}
	return dateWords[foldHash(w)]
}

// isClockText reports whether w is a time of day in digits: "15:41", "9:05".
func isClockText(w string) bool {
	h, m, ok := strings.Cut(w, ":")
	_, okh := digits(h)
	_, okm := digits(m)
	return ok && okh && okm && len(h) <= 2 && len(m) == 2
}

// shareWords are the buttons of a share bar ("Share Email Facebook Twitter
// Print", "Share to Facebook", "Share Article via LinkedIn", "Follow me on
// Twitter or LinkedIn") and the page's controls beside them ("Font Size", "Font size  A+
// A-", "Font size  +  -"), each on its own line or together on one.
var shareWords = map[string]bool{"share": true, "email": true, "facebook": true, "twitter": true, "x": true,
	"linkedin": true, "whatsapp": true, "telegram": true, "reddit": true, "print": true, "bookmark": true,
	"copy": true, "link": true, "comment": true, "comments": true, "save": true, "flipboard": true, "pinterest": true,
	"on": true, "kakao": true, "kakaotalk": true, "naver": true, "gift": true, "this": true, "article": true, "full": true,
	"talk": true, "story": true, "band": true, "messenger": true, "threads": true, "bluesky": true, "sms": true,
	"font": true, "text": true, "size": true, "a+": true, "a-": true, "aa": true,
	"to": true, "via": true, "or": true, "follow": true, "me": true}

// maxShareWords bounds a share bar's line.
const maxShareWords = 8

// isShareBar reports whether every word of line is a share button. A
// button may give the platform's former name in parentheses: "X
// (Twitter)".
func isShareBar(line string) bool {
	words := strings.Fields(strings.ToLower(line))
	buttons := 0
	for _, w := range words {
		w = strings.Trim(w, ",|·:()[]")
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

// isMetaLine reports whether a short line of n words is an article's
// metadata: "Dec 5th 2024 | SEOUL AND TOKYO | 6 min read", or a field of
// its metadata block (see isPlaceField).
func isMetaLine(line string, n int) bool {
	return n <= maxMetaWords && (strings.Count(line, " | ") >= 2 || strings.HasSuffix(strings.ToLower(line), " min read") || isPlaceField(line))
}

// placeFields are the labels of an article's metadata fields that file it
// under regions or countries.
var placeFields = map[string]bool{"region": true, "regions": true, "country": true, "countries": true}

// isPlaceField reports whether line is a field of an article's metadata
// filing it under regions or countries, and nothing else: the label, a
// colon and names in title case between semicolons or commas ("Region:
// Asia-Pacific", "Countries: North Korea; Russia"). A sentence after the
// label ("Region: the war has spread to Kursk.") is story text.
func isPlaceField(line string) bool {
	label, value, ok := strings.Cut(line, ": ")
	if !ok || !placeFields[strings.ToLower(label)] {
		return false
	}
	for _, it := range strings.FieldsFunc(value, func(r rune) bool { return r == ';' || r == ',' }) {
		if it = strings.TrimSpace(it); wordCount(it, maxTagWords) > maxTagWords || !isTitleLine(it) {
			return false
		}
	}
	return true
}

// maxMetaWords bounds a metadata line.
const maxMetaWords = 16

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

// A page in English may keep the controls and notices of its publisher's
// own language: "Zur Merkliste hinzufügen", "Diskutieren Sie mit", "Alle
// Rechte vorbehalten", "Lire en français". Such a line is short, ends no
// sentence, has none of English's function words and at least one of
// German, French, Spanish, Italian or Portuguese. The words that also
// stand inside names ("von der Leyen", "Lula da Silva", "Le Monde", "Los
// Angeles") or spell English words ("die", "war", "an") are not counted,
// nor one in capitals or a capitalised one of two letters, so that "UN",
// "Kim Il Sung" or "Su Wei" is no French, Italian or Spanish. A name in
// title case keeps one such word between its capitalised ones ("Corriere
// della Sera", "Dar es Salaam", "Mehr News Agency"): the line needs two,
// or a lower-case word besides that is no particle of a name, and is no
// name the gazetteer or the hint lists know. A capitalised word counts
// only opening the line, or as German's polite "Sie".

// maxForeignWords bounds a page control's line in another language.
const maxForeignWords = 6

// foreignFunctionWords are common function words of German, French,
// Spanish, Italian and Portuguese that are neither English words nor
// particles of names.
var foreignFunctionWords = map[string]bool{
	// German
	"und": true, "zur": true, "zum": true, "mit": true, "sie": true, "ist": true, "nicht": true, "ein": true, "eine": true,
	"einen": true, "für": true, "über": true, "auf": true, "alle": true, "mehr": true, "wir": true,
	"ich": true, "sich": true, "auch": true, "noch": true, "nur": true, "oder": true, "aber": true, "wie": true, "bei": true,
	"nach": true, "vom": true, "wird": true, "sind": true, "hier": true, "jetzt": true, "kein": true, "keine": true,
	"ihre": true, "ihr": true, "uns": true, "unsere": true, "diese": true, "dieser": true,
	// French
	"et": true, "pour": true, "avec": true, "sur": true, "dans": true, "une": true, "un": true, "au": true, "aux": true,
	"est": true, "ne": true, "pas": true, "nous": true, "vous": true, "il": true, "elle": true, "ce": true, "cette": true,
	"qui": true, "que": true, "tous": true, "toutes": true, "votre": true, "vos": true, "notre": true, "nos": true,
	// Spanish
	"con": true, "por": true, "para": true, "en": true, "una": true, "es": true, "más": true,
	"sus": true, "todos": true, "nuestro": true, "nuestra": true, "sobre": true,
	// Italian
	"gli": true, "sono": true, "tutti": true, "più": true, "nel": true,
	// Portuguese
	"os": true, "em": true, "com": true, "uma": true, "não": true, "mais": true, "seu": true, "sua": true, "ao": true,
	"nosso": true, "nossa": true, "todas": true,
}

// englishFunctionWords are common English function words: a line with one
// is English.
var englishFunctionWords = map[string]bool{"the": true, "a": true, "an": true, "of": true, "to": true, "in": true, "on": true,
	"at": true, "for": true, "with": true, "by": true, "from": true, "and": true, "or": true, "but": true, "is": true, "are": true,
	"was": true, "were": true, "be": true, "been": true, "has": true, "have": true, "had": true, "it": true, "its": true,
	"this": true, "that": true, "these": true, "those": true, "as": true, "not": true, "no": true, "he": true, "she": true,
	"they": true, "we": true, "you": true, "i": true, "his": true, "her": true, "their": true, "our": true, "your": true,
	"will": true, "would": true, "can": true, "could": true, "should": true, "may": true, "after": true, "before": true,
	"over": true, "into": true, "about": true, "up": true, "out": true, "than": true, "who": true, "what": true, "how": true,
	"why": true, "when": true, "where": true, "all": true, "my": true, "me": true, "us": true, "do": true, "does": true,
	"did": true, "if": true, "so": true, "via": true, "vs": true, "amid": true}

// isForeignLine reports whether line is a short line in another language
// than English: a page control or notice of the publisher's language.
func isForeignLine(line string) bool {
	if line == "" || strings.ContainsAny(line, ".,;:!?\"“”()|/@'’") {
		return false
	}
	function, content := 0, false
	for i, w := range strings.Fields(line) {
		lower := strings.ToLower(w)
		switch {
		case englishFunctionWords[lower]:
			return false
		case !foreignFunctionWords[lower]:
			content = content || w == lower && !nameParticles[w]
		case w == lower || politePronouns[w] || i == 0 && utf8.RuneCountInString(w) >= 3 && w == capitalised(lower):
			function++
		}
	}
	if function == 0 || function == 1 && !content {
		return false
	}
	ws := nerWords(nil, line, Span{0, len(line)})
	if end, e := theGazetteer().longest(ws, 0); e >= 0 && end == len(ws) {
		return false // a known name: "Fondation pour la recherche stratégique"
	}
	return theHints().phrases[phraseHash(ws)] == 0
}

// nameParticles are the lower-case words inside names: "Lula da Silva",
// "Lanao del Sur", "Piero della Francesca".
var nameParticles = keySetExact("de da di do dos das du del della delle dei der den van von la le les los las el al des y e bin ibn ter zu af av")

// politePronouns are German's forms of address, capitalised wherever they
// stand: "Diskutieren Sie mit".
var politePronouns = keySetExact("Sie Ihr Ihre Ihnen")

// keySetExact returns the set of the space-separated words of s.
func keySetExact(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// capitalised returns w with its first letter in upper case.
func capitalised(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[size:]
}

// minMenuLanguages is the fewest language names that make a line between
// bars the page's language menu.
const minMenuLanguages = 3

// isLanguageMenu reports whether line is a menu of the site's editions
// between bars, most of them named in their own language: "English ▼ |
// 한국어 | 中文 | 日本語 | Français | Deutsch".
func isLanguageMenu(line string) bool {
	if strings.Count(line, " | ") < minMenuLanguages-1 {
		return false
	}
	langs, parts := 0, 0
	for _, part := range strings.Split(line, " | ") {
		parts++
		if editionNames[strings.ToLower(strings.Trim(part, " ▼▾▽⌄"))] {
			langs++
		}
	}
	return langs >= minMenuLanguages && 2*langs >= parts
}

// editionNames are the names a site's language menu gives its editions.
var editionNames = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split("english|한국어|中文|简体中文|繁體中文|日本語|français|deutsch|español|indonesia|bahasa indonesia|"+
		"русский|العربية|tiếng việt|português|italiano|polski|українська|türkçe|nederlands|svenska|ไทย|हिन्दी|فارسی|монгол|"+
		"en|ko|zh|ja|fr|de|es|ru|ar|vi|it|uk|pl|kr|jp|cn", "|") {
		m[w] = true
	}
	return m
}()
