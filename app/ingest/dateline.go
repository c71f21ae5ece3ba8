package ingest

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Limits of the publication date scan of a plain text body.
const (
	scanLines = 15  // non-blank lines looked at
	scanLong  = 3   // long lines (paragraphs) after which the scan stops
	longLine  = 200 // bytes: a longer line is prose, whose start may still be a dateline
	maxPlace  = 6   // words of a dateline's place
	maxAside  = 6   // words of a segment without a date on a date line
)

// Kinds of dates found, best first.
const (
	kindPublished = iota // labelled published, posted, first published...
	kindPlain            // a bare date line or a dateline
	kindUpdated          // labelled updated or modified
)

// calDate is a calendar date as written: y is 0 when the year is absent
// and d is 0 for a month.
type calDate struct{ y, m, d int }

// found is a date found on a line of furniture.
type found struct {
	date calDate
	kind int
}

// dateline finds a publication date in the page furniture at the top of a
// pasted article: a line that is only a date with a time, zone, weekday,
// label ("Published", "Updated"), byline or short aside ("Thu 27 Jul 2023
// 08.47 BST", "By Jon Smith | June 19, 2024"), or a dateline before a dash or
// an agency ("VLADIVOSTOK, Russia, Sept. 13, 2023 —"). A published date
// beats a bare one, which beats an updated one. A dateline without a year
// ("SEOUL, Oct. 19 (Yonhap) --") takes the year of an updated date only.
// Dates in running prose and year-only dates are not trusted. KCNA's
// closing "(Juche113.6.20.)" counts as a bare date line.
func dateline(body string) (time.Time, string, bool) {
	var all []found
	lines, long, prev := 0, 0, ""
	for rest := body; rest != "" && lines < scanLines && long < scanLong; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		line = strings.TrimSpace(line)
		if line == "" {
			prev = ""
			continue
		}
		lines++
		if len(line) > longLine {
			long++
		}
		fs, isDateline := lineDates(line, !wraps(prev))
		all = append(all, fs...)
		if isDateline {
			break // the story starts here
		}
		prev = line
	}
	if d, ok := jucheDate(body[max(0, len(body)-jucheTail):]); ok {
		all = append(all, found{d, kindPlain})
	}
	return pick(all)
}

// jucheTail is how far from the end of a body the KCNA date is looked for.
const jucheTail = 200

// jucheDate reads the last date in the Juche calendar of KCNA releases
// ("www.kcna.kp (Juche113.6.20.)"), whose year 1 is 1912.
func jucheDate(s string) (calDate, bool) {
	i := strings.LastIndex(s, "Juche")
	if i < 0 {
		return calDate{}, false
	}
	s = strings.TrimLeft(s[i+len("Juche"):], " ")
	end, _ := scanNumber(s, 0)
	parts := strings.Split(s[:end], ".")
	if len(parts) != 3 || len(parts[0]) > 3 || len(parts[1]) > 2 || len(parts[2]) > 2 {
		return calDate{}, false
	}
	d := calDate{1911 + atoi(parts[0]), atoi(parts[1]), atoi(parts[2])}
	return d, parts[0] != "0" && d.d > 0 && validDate(d)
}

// wraps reports whether a line is cut in the middle of a sentence, as in
// hard-wrapped text ("Putin arrived on\nJune 19, 2024 — ..."), so that the
// next line does not start a paragraph.
func wraps(line string) bool {
	if strings.HasSuffix(line, ",") {
		return true
	}
	i := strings.LastIndexByte(line, ' ')
	return i >= 0 && functionWords[line[i+1:]]
}

// lineDate reads a header value with the date line rules
// ("27 Jul. 2023, 17:48 KST").
func lineDate(value string) (time.Time, string, bool) {
	fs, _ := lineDates(strings.TrimSpace(value), false)
	return pick(fs)
}

// isDateLine reports whether a line is a date line or a dateline.
func isDateLine(line string) bool {
	fs, _ := lineDates(strings.TrimSpace(line), true)
	return len(fs) > 0
}

// lineDates returns the dates of a date line, or the date of a dateline,
// with true in that case; a dateline must start a paragraph.
func lineDates(line string, paragraph bool) ([]found, bool) {
	toks := tokenize(line[:min(len(line), longLine)])
	if len(line) <= longLine {
		if fs := dateLine(lineItems(toks)); len(fs) > 0 {
			return fs, false
		}
	}
	if d, ok := datelineDate(toks); ok && paragraph {
		return []found{{d, kindPlain}}, true
	}
	return nil, false
}

// pick chooses the best dated candidate (by kind, then precision, then
// order) and converts it. A bare date later than an updated one is not the
// publication date (it may be that of a related story).
func pick(all []found) (time.Time, string, bool) {
	best := -1
	for i, f := range all {
		if f.date.y == 0 || f.kind == kindPlain && afterUpdate(f.date, all) {
			continue
		}
		if b := best; b < 0 || f.kind < all[b].kind || f.kind == all[b].kind && all[b].date.d == 0 && f.date.d > 0 {
			best = i
		}
	}
	if best < 0 {
		return time.Time{}, "", false
	}
	ref := all[best].date
	if all[best].kind == kindUpdated && ref.d > 0 {
		for _, f := range all {
			if f.date.y == 0 { // a yearless dateline, filed before the update
				if f.date.y = ref.y; later(f.date, ref) {
					f.date.y--
				}
				ref = f.date
				break
			}
		}
	}
	if ref.d == 0 {
		return ymdInts(ref.y, ref.m, 1), PrecisionMonth, true
	}
	return ymdInts(ref.y, ref.m, ref.d), PrecisionDay, true
}

// afterUpdate reports whether d comes after an updated date of all.
func afterUpdate(d calDate, all []found) bool {
	for _, f := range all {
		if f.kind == kindUpdated && f.date.y != 0 && later(d, f.date) {
			return true
		}
	}
	return false
}

// later reports whether a is a later day or month than b.
func later(a, b calDate) bool {
	if a.y != b.y {
		return a.y > b.y
	}
	if a.m != b.m {
		return a.m > b.m
	}
	return b.d > 0 && a.d > b.d
}

// ymdInts is midnight UTC of a valid date.
func ymdInts(y, m, d int) time.Time {
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
}

// validDate reports whether d is a calendar date; a missing year is taken
// as a leap year.
func validDate(d calDate) bool {
	y := d.y
	if y == 0 {
		y = 2024
	} else if !plausibleYear(y) {
		return false
	}
	if d.m < 1 || d.m > 12 || d.d < 0 || d.d > 31 {
		return false
	}
	return d.d == 0 || ymdInts(y, d.m, d.d).Day() == d.d
}

// Token kinds.
const (
	tWord   = iota // letters
	tNum           // digits
	tNumSep        // digits joined by '.', '/', '-' or ':' ("2024-06-19", "16:30")
	tPunct         // any other character
)

// token is a word, number or punctuation mark of a line.
type token struct {
	text  string
	kind  int
	space bool // white space comes before it
}

// tokenize splits a line into words, numbers and punctuation marks.
func tokenize(s string) []token {
	toks := make([]token, 0, 32)
	space := true
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		j, kind := i+n, tPunct
		switch {
		case unicode.IsSpace(r):
			space = true
			i = j
			continue
		case isDigit(s[i]):
			j, kind = scanNumber(s, i)
		case unicode.IsLetter(r):
			for j < len(s) {
				r, n := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r) {
					break
				}
				j += n
			}
			kind = tWord
		}
		toks = append(toks, token{s[i:j], kind, space})
		space = false
		i = j
	}
	return toks
}

// scanNumber returns the end of the number at s[i] and its kind.
func scanNumber(s string, i int) (int, int) {
	kind := tNum
	for i < len(s) {
		if isDigit(s[i]) {
			i++
		} else if i+1 < len(s) && strings.IndexByte("./-:", s[i]) >= 0 && isDigit(s[i+1]) {
			kind = tNumSep
			i++
		} else {
			break
		}
	}
	return i, kind
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// atoi converts a short run of digits; it returns -1 for anything else.
func atoi(s string) int {
	if s == "" || len(s) > 4 {
		return -1
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return -1
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// Kinds of the items of a line.
const (
	iWord  = iota // a word or number that is no date furniture
	iDate         // a date
	iTime         // a time of day
	iLabel        // "Published", "Updated"...
	iFurn         // punctuation, weekday, zone, unit...
	iSep          // a separator between segments: | · • — – ( ) [ ] or a spaced hyphen or slash
)

// item is a classified token or group of tokens of a line.
type item struct {
	kind  int
	date  calDate
	label int    // kindPublished or kindUpdated for iLabel
	text  string // the word of iWord, the mark of iFurn
}

// lineItems classifies the tokens of a line.
func lineItems(toks []token) []item {
	items := make([]item, 0, len(toks))
	prev := iSep // the kind of the last item that is not punctuation
	for i := 0; i < len(toks); {
		it, end := classify(toks, i, prev)
		items = append(items, it)
		if toks[i].kind != tPunct {
			prev = it.kind
		}
		i = end
	}
	return items
}

// classify classifies the token at toks[i] and returns the index after it.
func classify(toks []token, i, prev int) (item, int) {
	if isSeparator(toks, i) {
		return item{kind: iSep, text: toks[i].text}, i + 1
	}
	if d, end, ok := matchDate(toks, i); ok {
		return item{kind: iDate, date: d}, end
	}
	if end, ok := matchTime(toks, i); ok {
		return item{kind: iTime}, end
	}
	t := toks[i]
	switch t.kind {
	case tPunct:
		if (t.text == "+" || t.text == "-") && i+1 < len(toks) && !toks[i+1].space && toks[i+1].kind != tWord &&
			(prev == iTime || i > 0 && wordClass(toks[i-1].text) == wordZone) {
			return item{kind: iFurn}, i + 2 // a zone offset: "GMT+9", "+0300"
		}
		return item{kind: iFurn, text: t.text}, i + 1
	case tWord:
		return classifyWord(toks, i, prev), i + 1
	case tNum:
		if i+1 < len(toks) && wordClass(toks[i+1].text) == wordUnit {
			return item{kind: iFurn}, i + 1 // "6 min read"
		}
	}
	return item{kind: iWord, text: t.text}, i + 1
}

// classifyWord classifies the word at toks[i].
func classifyWord(toks []token, i, prev int) item {
	w := toks[i].text
	furn := item{kind: iFurn}
	switch wordClass(w) {
	case wordPublished:
		return item{kind: iLabel, label: kindPublished}
	case wordUpdated:
		return item{kind: iLabel, label: kindUpdated}
	case wordWeekday, wordZone:
		return furn
	case wordUnit:
		if i > 0 && (toks[i-1].kind == tNum || wordClass(toks[i-1].text) == wordUnit) {
			return furn
		}
	case wordMeridiem:
		if prev == iTime || i > 0 && toks[i-1].kind == tNumSep { // "20249:47 AM"
			return item{kind: iTime} // "a.m." goes on with the time
		}
	case wordFirst:
		if c := wordClass(next(toks, i)); c == wordPublished || c == wordUpdated {
			return furn
		}
	}
	switch strings.ToLower(w) {
	case "on", "at":
		if prev == iLabel || prev == iDate || prev == iTime {
			return furn // "Published on", "November 30, 2024 at 1:42 AM"
		}
	case "t":
		if prev == iDate && !toks[i].space {
			return furn // "2023-09-13T08:30"
		}
	}
	return item{kind: iWord, text: w}
}

// next returns the text of the token after toks[i], or "".
func next(toks []token, i int) string {
	if i+1 < len(toks) {
		return toks[i+1].text
	}
	return ""
}

// isSeparator reports whether toks[i] separates the segments of a line.
func isSeparator(toks []token, i int) bool {
	switch toks[i].text {
	case "|", "·", "•", "(", ")", "[", "]":
		return true
	case "/": // "June 19, 2024 / 10:00 AM EDT / CBS News"
		return toks[i].space && i+1 < len(toks) && toks[i+1].space
	}
	return isDash(toks, i)
}

// isDash reports whether toks[i] is a dash: an em or en dash, or a hyphen
// with space on a side ("Jong-un" has none).
func isDash(toks []token, i int) bool {
	switch toks[i].text {
	case "—", "–":
		return true
	case "-":
		return toks[i].space || i+1 == len(toks) || toks[i+1].space
	}
	return false
}

// dateLine returns the dates of a line made of date furniture: each
// segment between separators that has a date has nothing else but
// furniture and a byline, or an outlet before the date; the other segments
// are short asides ("Dec 5th 2024 | SEOUL AND TOKYO | 6 min read"), in
// title or upper case before the first date, and none at all after an
// outlet, which keeps headlines out ("Korean War, June 25, 1950 | 75 years
// on"). A date in parentheses needs a label or a date before it
// ("04 Sep 2025 08:15AM (Updated: 04 Sep 2025 10:02AM)").
func dateLine(items []item) []found {
	var out []found
	aside, outlet, opener, dates := 0, false, "", 0
	for len(items) > 0 {
		n := 0
		for n < len(items) && items[n].kind != iSep {
			n++
		}
		fs, dated, ok := segmentDates(items[:n])
		switch {
		case !ok:
			return nil
		case opener == "(" && dated != dateNone && dates == 0 && items[0].kind != iLabel:
			return nil // "the treaty (June 19, 2024) commits"
		case dated != dateNone:
			dates++
		}
		switch {
		case dated == dateOutlet:
			outlet = true
		case dated == dateNone:
			w := countWords(items[:n])
			if w > maxAside || dates == 0 && hasLowercase(items[:n]) {
				return nil // "Kim arrived — June 19, 2024 — in Pyongyang"
			}
			aside += w
		}
		out = append(out, fs...)
		if n < len(items) {
			opener = items[n].text
		}
		items = items[min(n+1, len(items)):]
	}
	if aside > 2*maxAside || outlet && aside > 0 {
		return nil
	}
	return out
}

// What segmentDates found.
const (
	dateNone   = iota // no date
	dateClean         // a date with furniture and maybe a byline
	dateOutlet        // a date after an outlet or place
)

// segmentDates returns the dates with a year of a segment, each of the kind
// given by the label before it, what the segment has, and false if it has
// a date among words that are neither furniture nor a byline or outlet.
func segmentDates(seg []item) ([]found, int, bool) {
	first := -1
	var pre, post []string
	for k, it := range seg {
		switch {
		case it.kind == iDate && first < 0:
			first = k
		case it.kind == iWord && first < 0:
			pre = append(pre, it.text)
		case it.kind == iWord:
			post = append(post, it.text)
		}
	}
	if first < 0 {
		return nil, dateNone, true
	}
	what := dateClean
	switch {
	case len(pre) > 0 && len(post) > 0:
		return nil, dateClean, false
	case len(post) > 0 && !isByline(post):
		return nil, dateClean, false
	case len(pre) == 0 || isByline(pre):
	case isOutlet(pre, seg[first-1].text):
		what = dateOutlet
	default:
		return nil, dateClean, false
	}
	var out []found
	label := kindPlain
	for _, it := range seg {
		switch it.kind {
		case iLabel:
			label = it.label
		case iDate:
			if it.date.y != 0 {
				out = append(out, found{it.date, label})
			}
			label = kindPlain
		}
	}
	return out, what, true
}

// isByline reports whether words are a byline: "by" and a few names, with
// "on" before a date ("By Jon Smith and Ann Lee", "by Jon Smith on").
func isByline(words []string) bool {
	if len(words) < 2 || len(words) > 9 || !strings.EqualFold(words[0], "by") {
		return false
	}
	if strings.EqualFold(words[len(words)-1], "on") && len(words) > 2 {
		words = words[:len(words)-1]
	}
	for _, w := range words[1:] {
		if !isCapitalized(w) && !nameParticles[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// isOutlet reports whether words are an outlet or place of a few
// capitalized words before a comma or colon ("Kyodo, Jul 13, 2025").
func isOutlet(words []string, before string) bool {
	if len(words) > 4 || before != "," && before != ":" {
		return false
	}
	for k, w := range words {
		if !isCapitalized(w) || functionWords[strings.ToLower(w)] || k > 0 && strings.EqualFold(w, "the") {
			return false
		}
	}
	return true
}

// hasLowercase reports whether a segment has a word in lower case other
// than a name particle ("Source: Xinhua" has none, "Kim arrived" has one).
func hasLowercase(seg []item) bool {
	for _, it := range seg {
		if it.kind == iWord && !isCapitalized(it.text) && !nameParticles[it.text] && !isDigit(it.text[0]) {
			return true
		}
	}
	return false
}

// countWords counts the words of a segment that are no furniture.
func countWords(seg []item) int {
	n := 0
	for _, it := range seg {
		if it.kind == iWord {
			n++
		}
	}
	return n
}

// datelineDate returns the date of a dateline: a place of a few
// capitalized words and a date before a dash or an agency, the date first
// or after a comma ("SEOUL, Oct. 19 (Yonhap) --", "MOSCOW, January 16.
// /TASS/.", "June 19, 2024 — ...").
func datelineDate(toks []token) (calDate, bool) {
	var d calDate
	dated, words := false, 0
	for i := 0; i < len(toks) && i < 40; i++ {
		t := toks[i]
		switch {
		case isDash(toks, i):
			return d, dated && storyFollows(toks[i+1:])
		case t.text == "(":
			if i = closeParen(toks, i); i < 0 {
				return calDate{}, false
			}
		case t.text == "/" && i+2 < len(toks) && toks[i+1].kind == tWord && toks[i+2].text == "/":
			return d, dated && storyFollows(toks[i+3:]) // "/TASS/"
		case dated:
			if t.text != "." && t.text != "," {
				return calDate{}, false
			}
		case t.kind == tPunct:
			if t.text != "," && t.text != "." && t.text != "-" {
				return calDate{}, false
			}
		default:
			if dd, end, ok := matchDate(toks, i); ok && (i == 0 || strings.Contains(",.)", toks[i-1].text)) {
				d, dated, i = dd, true, end-1
				continue
			}
			if words++; words > maxPlace || !isPlaceWord(toks, i) {
				return calDate{}, false
			}
		}
	}
	return calDate{}, false
}

// storyFollows reports whether the tokens after a dateline are nothing or
// the start of a paragraph rather than the rest of a headline ("Korean War,
// June 25, 1950 — 75 years on").
func storyFollows(toks []token) bool {
	n := 0
	for _, t := range toks {
		if t.kind == tWord {
			n++
		}
	}
	return n == 0 || n >= 6
}

// closeParen returns the index of the ")" that closes a short group
// opened at toks[i], or -1.
func closeParen(toks []token, i int) int {
	for j := i + 1; j < len(toks) && j <= i+8; j++ {
		if toks[j].text == ")" {
			return j
		}
	}
	return -1
}

// isPlaceWord reports whether toks[i] can be part of a dateline's place:
// a capitalized word that is not a function word ("On", "Since"), or a
// word after a hyphen ("Komsomolsk-on-Amur").
func isPlaceWord(toks []token, i int) bool {
	t := toks[i]
	if t.kind != tWord {
		return false
	}
	if i > 0 && toks[i-1].text == "-" && !t.space {
		return true
	}
	return isCapitalized(t.text) && !functionWords[strings.ToLower(t.text)]
}

// isCapitalized reports whether a word begins with an upper case letter.
func isCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// functionWords start prose rather than a place or an outlet.
var functionWords = wordSet("on in at by since from until till after before during between through as of for to" +
	" with about around near last next this that these those early late mid when while if but so then" +
	" he she it we they i you his her its our their")

// nameParticles may appear in lower case in a byline.
var nameParticles = wordSet("and de del della der den van von da di du la le al el bin ibn y")

// wordSet makes a set of the space-separated words of s.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(s) {
		m[w] = true
	}
	return m
}
