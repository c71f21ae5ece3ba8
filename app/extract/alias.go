package extract

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
)

// rawMention is a mention before alias resolution.
type rawMention struct {
	Span
	Text     string
	Sentence int
	Type     string
	Entry    int32  // gazetteer entry or -1
	Titled   bool   // a title stands before it ("Secretary of Defense Austin")
	Home     string // the country of the capital named right after it ("the Defense Ministry in Tokyo")
	// As is the text of a longer organisation name, with no gazetteer
	// entry, that this short one stands for ("the Foreign Office" after
	// "the Federal Foreign Office"), or "".
	As string
	// Settled is set when the context fixes the entry, which short-name
	// retargeting then leaves alone.
	Settled bool
	// Described is set when the text says what the name is (nerSpan's).
	Described bool
}

// actorGroup collects the mentions of one actor during resolution.
type actorGroup struct {
	name     string // canonical or longest form
	typ      string // gazetteer type, or "" to vote
	key      string
	words    []string // folded words of name
	mentions []int
	votes    [len(actorTypes)]int // mentions per type, in actorTypes order
	into     int                  // the group this one was merged into, or -1
	titled   bool                 // a mention has a title before it
	company  bool                 // the text says the name is an organisation: not a person's short name
	person   bool                 // the text says the name is a person's ("Fiorello Henry La Guardia ... was an American politician")
	leader   bool                 // a head of state or government the gazetteer knows
}

// resolveActors groups mentions into actors: by gazetteer entry or folded
// form first, then short person names into the full name they abbreviate
// ("Kim" → "Kim Jong Un") and acronyms into the organisation they spell. A
// person named only by a title and a family name the text gives no full name
// for is the gazetteer's one person of that name.
func resolveActors(g *gazetteer, raw []rawMention) ([]Actor, []Mention) {
	retargetShortNames(g, raw)
	releaseSharedFamilyNames(g, raw)
	groups, of := groupMentions(g, raw)
	cands := shortFormIndex(groups)
	for gi := range groups {
		if target := shortFormTarget(groups, gi, raw, cands); target >= 0 {
			groups[gi].into = target
			localShortForms(groups, gi, raw, of, cands)
		} else if c := &groups[gi]; len(c.words) == 1 && c.typ == "" && c.titled && c.voteType() == "PERSON" {
			if e := g.bearer(c.words[0]); e >= 0 {
				c.name, c.typ = g.entries[e].Name, "PERSON" // "Secretary of Defense Austin"
			}
		}
	}
	return buildActors(groups, raw, of)
}

// releaseSharedFamilyNames frees a listed person's family name written
// alone from the list's entry when the text names in full another person
// of that family name and never the listed one: "Bush" after "George H. W.
// Bush" is he, not George W. Bush. Short-form resolution then finds its
// bearer.
func releaseSharedFamilyNames(g *gazetteer, raw []rawMention) {
	if !slices.ContainsFunc(raw, func(m rawMention) bool {
		return m.Entry >= 0 && !m.Settled && strings.IndexByte(m.Text, ' ') < 0 && g.entries[m.Entry].Type == "PERSON"
	}) {
		return
	}
	others := map[string]bool{} // family names of people named in full
	full := map[int32]bool{}    // listed people named in full
	for _, m := range raw {
		if sp := strings.LastIndexByte(m.Text, ' '); sp > 0 && m.Type == "PERSON" {
			others[m.Text[sp+1:]] = true
			if m.Entry >= 0 {
				full[m.Entry] = true
			}
		}
	}
	if len(others) == 0 {
		return
	}
	for i := range raw {
		m := &raw[i]
		if m.Entry >= 0 && !m.Settled && others[m.Text] && !full[m.Entry] && g.entries[m.Entry].Type == "PERSON" {
			m.Entry = -1
		}
	}
}

// retargetShortNames gives an organisation's short name the entry of the
// latest organisation named before it whose full name ends with it: "the
// Security Council" after "Russia's Security Council" is Russia's, not the
// UN's, and "the Defence Ministry" after "the Russian Defence Ministry" is
// Russia's. A body's one-word head ("the Council", "the Panel", "the
// Committee") goes the same way, also to a name it heads before "of" ("UN
// Panel of Experts"). A short name with no such organisation before it
// takes the first one named after it ("replaced Shoigu at the Defense
// Ministry ... the Russian Defense Ministry said"), else keeps its own
// entry or none.
func retargetShortNames(g *gazetteer, raw []rawMention) {
	var folds []string // folded mention texts, filled as needed
	fold := func(k int) string {
		if folds == nil {
			folds = make([]string, len(raw))
		}
		if folds[k] == "" {
			folds[k] = foldName(raw[k].Text)
		}
		return folds[k]
	}
	entryFolds := map[int32]string{}
	entryFold := func(e int32) string {
		f, ok := entryFolds[e]
		if !ok {
			f = foldName(g.entries[e].Name)
			entryFolds[e] = f
		}
		return f
	}
	for i := range raw {
		m := &raw[i]
		if m.Settled || m.Entry >= 0 && g.entries[m.Entry].Type != "ORG" || m.Entry < 0 && m.Type != "ORG" && strings.IndexByte(m.Text, ' ') < 0 {
			continue
		}
		short := fold(i)
		if k := unlistedLongName(raw, i, short, fold); k >= 0 {
			m.Entry, m.As = -1, raw[k].Text // "the Foreign Office" after "the Federal Foreign Office" is not the UK's
			continue
		}
		if short == "" || m.Entry >= 0 && entryFold(m.Entry) == short ||
			strings.IndexByte(short, ' ') < 0 && (m.Type != "ORG" || !bodyHeads[short]) {
			continue
		}
		if e := bodyOf(g, m.Home, m.Text); e >= 0 {
			m.Entry = e // "the Defense Ministry in Tokyo"
		} else if e := shortNameTarget(g, raw, i, short, fold, entryFold); e >= 0 {
			if m.Entry < 0 || countryBody(g, entryFold(e), short) {
				m.Entry = e
			}
		} else if e := homeBody(g, raw, m.Text); e >= 0 {
			m.Entry = e
		}
	}
}

// unlistedLongName returns the latest organisation mention before mention
// i, within maxShortNameReach, that the gazetteer does not know and whose
// name ends with the words of short (at least two), or -1.
func unlistedLongName(raw []rawMention, i int, short string, fold func(int) string) int {
	if strings.IndexByte(short, ' ') < 0 {
		return -1
	}
	for k := i - 1; k >= max(0, i-maxShortNameReach); k-- {
		if raw[k].Entry < 0 && raw[k].Type == "ORG" && raw[k].As == "" && strings.HasSuffix(fold(k), " "+short) {
			return k
		}
	}
	return -1
}

// homeBody returns the entry of the national body that a short name such as
// "the Foreign Ministry" stands for in a text from a capital, or -1: the
// body of the country whose capital opens the text, in a dateline ("MOSCOW,
// January 16. /TASS/.") or its first line ("Briefing by Foreign Ministry
// Spokeswoman Maria Zakharova, Moscow"), when the gazetteer knows it as
// "Russia's Foreign Ministry".
func homeBody(g *gazetteer, raw []rawMention, short string) int32 {
	country := ""
	for _, m := range raw {
		if m.Sentence > maxDatelineSentence {
			break
		}
		if m.Entry >= 0 && g.entries[m.Entry].Capital != "" && (m.Sentence == 0 || isAcronym(m.Text)) {
			country = g.entries[m.Entry].Capital
			break
		}
	}
	return bodyOf(g, country, short)
}

// bodyOf returns the entry of country's body that short names ("Japan's
// Defense Ministry" for "Defense Ministry", "General Staff of Ukraine" for
// "General Staff"), or -1.
func bodyOf(g *gazetteer, country, short string) int32 {
	if country == "" {
		return -1
	}
	short = strings.TrimPrefix(short, "the ")
	for _, name := range []string{country + "'s " + short, short + " of " + country} {
		if e := g.named(name); e >= 0 && g.entries[e].Type == "ORG" {
			return e
		}
	}
	return -1
}

// maxDatelineSentence is the last sentence in which a dateline is looked
// for (a headline and a standfirst may come before it).
const maxDatelineSentence = 4

// countryBody reports whether full, a folded organisation name ending in
// the short name, is a country's body of that name: "russian security
// council" is Russia's Security Council, but "national security council"
// is no country's, so a bare "Security Council" that the gazetteer knows
// (as the UN's) is not the White House's.
func countryBody(g *gazetteer, full, short string) bool {
	prefix, ok := strings.CutSuffix(full, " "+short)
	if !ok {
		return true // a one-word head: "the Panel" of "UN Panel of Experts"
	}
	ws := strings.Fields(prefix)
	if len(ws) == 0 {
		return false
	}
	if g.demonyms[foldHash(ws[len(ws)-1])] {
		return true
	}
	for _, p := range [...]string{prefix, strings.TrimSuffix(prefix, "s")} {
		if e := g.named(p); e >= 0 && g.entries[e].Type == "GPE" {
			return true
		}
	}
	return false
}

// bodyHeads are the one-word names a text gives a body it has named in
// full: "the Council", "the Panel".
var bodyHeads = map[string]bool{"council": true, "committee": true, "panel": true, "commission": true,
	"ministry": true, "agency": true, "assembly": true, "tribunal": true}

// maxShortNameReach bounds the mentions searched on each side of a short
// name for the body it stands for, which keeps a long document linear.
const maxShortNameReach = 256

// shortNameTarget returns the entry of the organisation that mention i,
// folded to short, stands for: the latest named before it, else the first
// named after it (within maxShortNameReach mentions), or -1. fold gives a
// mention's folded text, entryFold an entry's folded name.
func shortNameTarget(g *gazetteer, raw []rawMention, i int, short string, fold func(int) string, entryFold func(int32) string) int32 {
	oneWord := strings.IndexByte(short, ' ') < 0
	tail, head, inner := " "+short, short+" of ", " "+short+" of "
	ends := func(full string) bool {
		// "panel" heads "un panel of experts"
		return strings.HasSuffix(full, tail) || oneWord && (strings.HasPrefix(full, head) || strings.Contains(full, inner))
	}
	fits := func(k int) bool {
		e := raw[k].Entry
		if e < 0 || g.entries[e].Type != "ORG" {
			return false
		}
		// "Defense Ministry" ends "Russian Defense Ministry", not "Russian Defence Ministry"
		return ends(entryFold(e)) || ends(fold(k))
	}
	for k := i - 1; k >= max(0, i-maxShortNameReach); k-- {
		if fits(k) {
			return raw[k].Entry
		}
	}
	for k := i + 1; k < min(len(raw), i+1+maxShortNameReach); k++ {
		if fits(k) {
			return raw[k].Entry
		}
	}
	return -1
}

// maxCandidates bounds the full names a short form is compared with.
const maxCandidates = 16

// shortFormIndex maps a first word, last word or acronym to the groups of
// two or more words it may abbreviate.
func shortFormIndex(groups []actorGroup) map[string][]int {
	idx := map[string][]int{}
	add := func(k string, gi int) {
		if l := idx[k]; len(l) < maxCandidates && (len(l) == 0 || l[len(l)-1] != gi) {
			idx[k] = append(l, gi)
		}
	}
	for gi := range groups {
		c := &groups[gi]
		if len(c.words) < 2 {
			continue
		}
		switch c.voteType() {
		case "PERSON":
			add(c.words[0], gi)
			add(c.words[len(c.words)-1], gi)
		case "ORG":
			add(initials(c.words), gi)
			if companyName(c.words) {
				add(c.words[0], gi)
			}
		case "GPE":
			add(c.words[0], gi)
		}
	}
	return idx
}

// groupMentions groups mentions by canonical name or folded form; of[i] is
// the group of mention i.
func groupMentions(g *gazetteer, raw []rawMention) ([]actorGroup, []int) {
	var groups []actorGroup
	byKey := map[string]int{}
	of := make([]int, len(raw))
	for i, m := range raw {
		name, typ := cmp.Or(m.As, m.Text), ""
		if m.Entry >= 0 {
			name, typ = g.entries[m.Entry].Name, g.entries[m.Entry].Type
		}
		key := foldName(name)
		gi, ok := byKey[key]
		if !ok {
			gi = len(groups)
			byKey[key] = gi
			groups = append(groups, actorGroup{name: name, typ: typ, key: key,
				words: strings.Fields(key), into: -1})
		}
		grp := &groups[gi]
		if typ != "" && grp.typ == "" {
			grp.name, grp.typ = name, typ
		}
		grp.leader = grp.leader || m.Entry >= 0 && g.entries[m.Entry].Leader
		grp.mentions = append(grp.mentions, i)
		grp.titled = grp.titled || m.Titled
		grp.company = grp.company || m.Described && m.Type == "ORG"
		grp.person = grp.person || m.Described && m.Type == "PERSON"
		if k := slices.Index(actorTypes[:], m.Type); k >= 0 {
			grp.votes[k]++
		}
		of[i] = gi
	}
	return groups, of
}

// shortFormTarget returns the group a one-word group abbreviates, or a
// person's name ends ("JEAN-PIERRE" in a transcript's speaker label for
// Karine Jean-Pierre), or -1.
// Among several candidates it takes one named in the sentence of the short
// form's first mention or the one before (the latest such), else the one
// named most often ("Kim" after "Kim Jong Un ... his grandfather Kim Il Sung"),
// else a head of state or government ("Kim" after "Kim Jong Un" and the
// envoy "Kim Song", each named once), else one the gazetteer knows, else
// the one named last before it.
func shortFormTarget(groups []actorGroup, gi int, raw []rawMention, cands map[string][]int) int {
	sg := &groups[gi]
	if sg.typ != "" && sg.typ != "PERSON" {
		return -1
	}
	if len(sg.words) > 1 && sg.voteType() != "PERSON" {
		return describedPersonOf(groups, gi) // "La Guardia" read as an organisation
	}
	first := raw[sg.mentions[0]]
	best, bestRank := -1, [6]int{}
	for _, ci := range cands[sg.words[len(sg.words)-1]] {
		c := &groups[ci]
		if !abbreviates(sg, c) || sg.company && c.voteType() == "PERSON" { // "Roche is a Swiss company", not "Adèle La Roche"
			continue
		}
		if placeNotPerson(sg, c) {
			continue
		}
		last := lastBefore(c, raw, first.Start)
		local := 0
		if last >= 0 && raw[last].Sentence >= first.Sentence-1 {
			local = 1
		}
		known := 0
		if c.typ != "" {
			known = 1 // a gazetteer person: "Kim" is Kim Jong Un, not an analyst Kim Hong-kyun
		}
		leader := 0
		if c.leader {
			leader = 1
		}
		rank := [6]int{local, local * last, len(c.mentions), leader, known, last}
		if best < 0 || slices.Compare(rank[:], bestRank[:]) > 0 {
			best, bestRank = ci, rank
		}
	}
	return best
}

// describedPersonOf returns the person the text describes as one whose
// name ends with the words of the group gi of two words or more, or has
// the same first and last words and more in between: "La Guardia" and
// "Fiorello La Guardia" are "Fiorello Henry La Guardia ... was an American
// politician", however the tagger typed them. It returns -1 when there is
// none or more than one.
func describedPersonOf(groups []actorGroup, gi int) int {
	sg := &groups[gi]
	found := -1
	for ci := range groups {
		c := &groups[ci]
		if ci == gi || !c.person || len(c.words) <= len(sg.words) {
			continue
		}
		n := len(sg.words)
		ends := slices.Equal(c.words[len(c.words)-n:], sg.words)
		if !ends && !(sg.words[0] == c.words[0] && slices.Equal(c.words[len(c.words)-n+1:], sg.words[1:])) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = ci
	}
	return found
}

// abbreviates reports whether group s is a short form of c: the last words
// of a person's name, or for a one-word group a person's family name (first
// word for Korean and Chinese names, last word otherwise), an acronym of an
// organisation, the first word of a company's two-word name, or "North"/"South" for the divided country named in the
// article.
func abbreviates(s, c *actorGroup) bool {
	w := s.words[0]
	ctype := c.voteType()
	if len(s.words) > 1 {
		return ctype == "PERSON" && len(c.words) > len(s.words) &&
			slices.Equal(c.words[len(c.words)-len(s.words):], s.words)
	}
	if ctype == "PERSON" {
		return c.words[0] == w || c.words[len(c.words)-1] == w
	}
	if ctype == "ORG" && len(w) >= 2 && isAcronym(s.name) {
		return initials(c.words) == w
	}
	if ctype == "ORG" && c.words[0] == w && companyName(c.words) {
		return true // "Nordwind" after "Nordwind Airlines"
	}
	return ctype == "GPE" && (w == "north" || w == "south") // "the North" is North Korea
}

// placeNotPerson reports whether the one-word group s, named more than
// once and not read as a person, matches the person c only by c's first
// word (a family name written first, "Kim" of "Kim Jong Un") and is no
// listed given or family name: "Isfahan", a city throughout, is not
// "Isfahan Shahid Beheshti" (an airport read as a person), while "Park" is
// Park Jin even where it was read as a place.
func placeNotPerson(s, c *actorGroup) bool {
	if len(s.words) != 1 || len(s.mentions) < 2 || s.voteType() == "PERSON" || c.voteType() != "PERSON" ||
		c.words[0] != s.words[0] || c.words[len(c.words)-1] == s.words[0] {
		return false
	}
	k := foldHash(s.words[0])
	return !theGazetteer().firstNames[k] && theHints().words[k]&lexSurname == 0
}

// localShortForms gives each mention of the one-word person group gi (a
// family name) to the full name that its own sentence or the one before
// named last, when one was: in a story of Kim Jong Un that quotes Kim
// Hong-kyun, "Kim said" right after "Kim Hong-kyun, a former envoy," is
// the envoy's, while the other "Kim"s keep the group's target.
func localShortForms(groups []actorGroup, gi int, raw []rawMention, of []int, cands map[string][]int) {
	sg := &groups[gi]
	if len(sg.words) != 1 {
		return
	}
	var full []int // the mentions of the full names the group may abbreviate
	for _, ci := range cands[sg.words[0]] {
		if ci != gi && abbreviates(sg, &groups[ci]) && !placeNotPerson(sg, &groups[ci]) {
			full = append(full, groups[ci].mentions...)
		}
	}
	if len(full) == 0 {
		return
	}
	slices.Sort(full) // raw mentions are in text order
	k, last := 0, -1
	for _, mi := range sg.mentions {
		for k < len(full) && full[k] < mi {
			last = full[k]
			k++
		}
		if last >= 0 && raw[last].Sentence >= raw[mi].Sentence-1 {
			of[mi] = of[last]
		}
	}
}

// lastBefore returns the index of c's last mention before pos, or -1.
func lastBefore(c *actorGroup, raw []rawMention, pos int) int {
	last := -1
	for _, mi := range c.mentions {
		if raw[mi].Start < pos {
			last = mi
		}
	}
	return last
}

// actorTypes are the actor types, in the order that breaks voting ties.
var actorTypes = [...]string{"PERSON", "ORG", "GPE", "LOC"}

// voteType returns the group's type: the gazetteer's, else the most voted
// (ties broken in actorTypes order).
func (a *actorGroup) voteType() string {
	if a.typ != "" {
		return a.typ
	}
	best := 0
	for k, n := range a.votes {
		if n > a.votes[best] {
			best = k
		}
	}
	return actorTypes[best]
}

// root follows merges to the group that absorbs gi.
func root(groups []actorGroup, gi int) int {
	for n := 0; groups[gi].into >= 0 && n < len(groups); n++ {
		gi = groups[gi].into
	}
	return gi
}

// rootNames returns the canonical name of each root group: a gazetteer name
// if any merged group has one, else the longest form.
func rootNames(groups []actorGroup) []string {
	names := make([]string, len(groups))
	gazNamed := make([]bool, len(groups))
	for gi := range groups {
		r, c := root(groups, gi), &groups[gi]
		switch {
		case gazNamed[r]:
		case c.typ != "":
			names[r], gazNamed[r] = c.name, true
		case len(c.name) > len(names[r]):
			names[r] = c.name
		}
	}
	return names
}

// buildActors turns the merged groups into actors in order of first mention.
func buildActors(groups []actorGroup, raw []rawMention, of []int) ([]Actor, []Mention) {
	names := rootNames(groups)
	index := make([]int, len(groups))
	for i := range index {
		index[i] = -1
	}
	var actors []Actor
	mentions := make([]Mention, len(raw))
	for i, m := range raw {
		r := root(groups, of[i])
		if index[r] < 0 {
			index[r] = len(actors)
			actors = append(actors, Actor{Name: names[r], Type: groups[r].voteType()})
		}
		a := &actors[index[r]]
		if m.Text != a.Name && !slices.Contains(a.Aliases, m.Text) {
			a.Aliases = append(a.Aliases, m.Text)
		}
		mentions[i] = Mention{Span: m.Span, Text: m.Text, Sentence: m.Sentence, Actor: index[r]}
	}
	return actors, mentions
}

// foldName normalises a name for comparison: lower case, hyphens as spaces,
// dots and possessives dropped, single spaces.
func foldName(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '-' || r == '‐' || unicode.IsSpace(r):
			space = b.Len() > 0
		case r == '.' || r == '\'' || r == '’':
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// companyName reports whether words (folded) are a name and one company
// word, whose first word alone the text goes on to use for the company
// ("Nordwind Airlines ... Nordwind said").
func companyName(words []string) bool {
	return len(words) == 2 && companyWords[words[1]]
}

var companyWords = map[string]bool{"airlines": true, "airways": true, "group": true, "corporation": true,
	"corp": true, "inc": true, "company": true, "holdings": true, "ltd": true, "plc": true, "llc": true,
	"gmbh": true, "ag": true, "motors": true, "industries": true}

// isAcronym reports whether s is all capital letters.
func isAcronym(s string) bool {
	for _, r := range s {
		if !unicode.IsUpper(r) && r != '.' {
			return false
		}
	}
	return true
}

// initials returns the first letters of the words that are not connectors.
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if connectorWords[w] {
			continue
		}
		r := []rune(w)
		b.WriteRune(r[0])
	}
	return b.String()
}
