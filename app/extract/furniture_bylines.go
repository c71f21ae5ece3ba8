package extract

// This file finds bylines and the reporters they name: "By" lines and
// author's labels and their names, names alone or with the date or role,
// author cards and bios, reporters' roles, lists of authors and "from our
// correspondent".

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// authorHeads open an author's card: the name on the next line, then the
// note on the author ("Guest Author / Daniel Hartwell / Daniel Hartwell is
// a nonresident fellow at the Stimson Center.").
var authorHeads = map[string]bool{"guest author": true, "about the author": true, "about the authors": true,
	"author": true, "authors": true, "the author": true, "contributor": true, "contributors": true}

// authorNote matches the note on an author that follows an author card's
// head without the name on a line of its own: "Eleanor Vance is a
// Sydney-based writer on Korean Peninsula security".
var authorNote = regexp.MustCompile(`^\p{Lu}[\p{L}'’.-]*( \p{Lu}[\p{L}'’.-]*){1,3} (is|was|has been|writes|covers) `)

// bylineNames adds to names the reporters' names of a byline (see
// namesAuthors), without their roles and cities: "By Harriet Coldwell,
// Defence Correspondent, and Will Ashby in Kyiv" gives "Harriet Coldwell"
// and "Will Ashby". After an author's label the name ends at the first
// comma: "Author: Hyun-soo Baek, Seoul" gives "Hyun-soo Baek".
func bylineNames(names []string, line string) []string {
	if label, rest, ok := strings.Cut(line, ": "); ok && authorHeads[strings.ToLower(label)] {
		line, _, _ = strings.Cut(rest, ", ")
	} else {
		line = line[3:]
	}
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

// namesAuthors reports whether line, a credit line, names the piece's
// authors after "By" or an author's label: "By Jane Holloway", "Author:
// Jane Holloway, Seoul".
func namesAuthors(line string) bool {
	if len(line) > 3 && strings.EqualFold(line[:3], "by ") {
		return true
	}
	label, _, ok := strings.Cut(line, ": ")
	return ok && authorHeads[strings.ToLower(label)]
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

// maxBareBylineWords bounds a reporter's name on a line of its own;
// maxSiteWords the site or section after a page title's last " | ".
const (
	maxBareBylineWords = 3
	maxSiteWords       = 3
)

// longName reports whether line is a name of four words that a known
// given name opens, as a reporter's byline may be: "Nicholas Tan Wei Jie".
func longName(line string) bool {
	first, _, _ := strings.Cut(line, " ")
	return wordCount(line, maxBareBylineWords+1) == maxBareBylineWords+1 && theGazetteer().firstNames[foldHash(first)]
}

// withoutDeskCode returns a byline without the reporter's initials that
// some desks put after a slash ("Dimas Arya Pratama / DAP"), or line.
func withoutDeskCode(line string) string {
	if name, code, ok := strings.Cut(line, " / "); ok && len(code) >= 2 && len(code) <= 4 && isAcronym(code) {
		return name
	}
	return line
}

// maxCardLines bounds the lines of outlet and agency between an author's
// name and the date or role under it.
const maxCardLines = 2

// withAgency matches an agency's share of a byline on a line of its own:
// "with AFP", "With Reuters".
var withAgency = regexp.MustCompile(`^[Ww]ith (AFP|AP|Reuters|Bloomberg|Yonhap|AAP|dpa|EFE|ANSA|Kyodo|Xinhua|TASS)$`)

// isNetworkLine reports whether line names an outlet's network or group
// of titles and nothing else: "News Corp Australia Network".
func isNetworkLine(line string) bool {
	return isTitleLine(line) && wordCount(line, maxLabelWords) <= maxLabelWords && strings.HasSuffix(line, " Network")
}

// isBareByline reports whether line is a reporter's name alone, with the
// date on the line before (prev) or the next one (rest is the text after
// line): two or three capitalised words, not all in capitals, that name no
// known place or body. An author's card may put the outlet and the agency
// between the name and the date.
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
	for range maxCardLines {
		// an author card: "Hyonhee Shin / Thomson Reuters / Senior correspondent",
		// "Eliza Barr / News Corp Australia Network / with AFP / July 28, 2025",
		// "Nadia Mifsud / 5 min read / Fri, 30 May 2025"
		if next == "" || !isKnownBody(next) && !isCapitalisedName(next) && !withAgency.MatchString(next) && !isNetworkLine(next) &&
			!strings.HasSuffix(next, " min read") {
			break
		}
		i := strings.Index(rest, next)
		if i < 0 {
			break
		}
		rest = rest[i+len(next):]
		next = nextLine(rest)
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

// maxDatedBylineWords bounds the date after a reporter's name, with the
// time and its zone after a bar: "June 20, 2024 | 09:48 am PT".
const maxDatedBylineWords = 8

// datedBylineSeps stand between a reporter's name and the date: a dash,
// or a gap of two or more spaces where the page set them apart in columns
// ("Aigerim Seitkali   Jun 19, 2025").
var datedBylineSeps = []string{" — ", " – ", " - ", "  "}

// isNamedByline reports whether line is a reporter's name with the date
// ("Yuliia Ivanova — Saturday, 11 January 2025, 13:25", "By Hoang Minh
// Duc   June 20, 2024 | 09:48 am PT") or the role ("Roland Oliphant,
// Senior Foreign Correspondent") after it: two or three capitalised words,
// after "By" or not, that name no known place, person or body.
func isNamedByline(line string) bool {
	name, rest, dated := "", "", false
	for _, sep := range datedBylineSeps {
		if k := strings.Index(line, sep); k > 0 {
			name, rest, dated = line[:k], strings.TrimSpace(line[k+len(sep):]), true
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
	name = strings.TrimPrefix(name, "By ")
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
	line = strings.TrimPrefix(line, "By ")
	for _, sep := range append(datedBylineSeps, ", ") {
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

// roleLine matches a reporter's role on a line of its own: "Seoul
// correspondent", "Senior correspondent covering North and South Korea.",
// a live page's "Live editor".
var roleLine = regexp.MustCompile(`^((live|senior|chief|staff|deputy|foreign|political|diplomatic|defen[cs]e|security|special|` +
	`investigative|freelance|[\p{L}]+ bureau|seoul|moscow|beijing|tokyo|washington|kyiv|asia|europe|news|digital|multimedia|` +
	`video|data|world|international|global|business|economics|politics|science|technology|health|contributing|associate|` +
	`managing|executive|assistant|breaking|general) ){0,2}` +
	`(correspondent|reporter|editor|journalist|columnist|writer)s?( (covering|for|at|based in|in) .*|,.*|\.)?$`)

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
