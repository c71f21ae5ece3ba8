package extract

import (
	"bufio"
	"embed"
	"io/fs"
	"slices"
	"strings"
	"sync"
)

//go:embed lexicon/*.tsv lexicon/*.txt
var lexiconFS embed.FS

// gazEntry is one known name.
type gazEntry struct {
	Name    string // canonical name
	Type    string // PERSON, ORG, GPE, LOC, or typeMisc for names that are no actors
	Capital string // for a capital city, its country ("capital of Russia" in the note)
	Country string // for a person, the country the note names first ("Russian foreign ministry spokeswoman")
	Leader  bool   // for a person, a head of state or government ("Supreme leader of North Korea")
	Owner   string // for an organisation, the country the note names first ("South Korean intelligence agency")
}

// typeMisc types gazetteer names that are not actors but look like them:
// wars, holidays, weapon systems. They keep the tagger off those words.
const typeMisc = "MISC"

// gazetteer matches known names over words, leftmost-longest, with a trie
// whose edges are keyed by (node, folded word hash).
type gazetteer struct {
	entries  []gazEntry
	edges    map[uint64]int32   // edgeKey(node, nerWord key) → child node
	terminal []int32            // node → entry index, or -1
	maxLen   int                // longest name in words
	families map[string][]int32 // a person's folded last name → the people who bear it
	leading  map[string]bool    // the folded first words of people's names ("kim" of "Kim Jong Un")
	given    map[uint64]bool    // (entry, first word) of every form of a person's name of two words or more
	// nerWord classes that are never actors on their own
	demonyms, titles, clutter map[uint64]bool
	firstNames                map[uint64]bool // a tagger feature only
}

// Marks on the key of a gazetteer word: an all-capitals word only matches an
// all-capitals word in the text ("US", not "us" or "Us"), a capitalised word
// a capitalised one ("Russia Today", not "Russia today"). A lower-case
// gazetteer word matches any case.
const (
	acronymMark = 0x5bd1e9955bd1e995
	capMark     = 0x2545f4914f6cdd1d
)

var (
	gazOnce sync.Once
	gaz     *gazetteer
)

// theGazetteer returns the embedded gazetteer, loading it once.
func theGazetteer() *gazetteer {
	gazOnce.Do(func() { gaz = loadGazetteer(lexiconFS) })
	return gaz
}

// loadGazetteer reads the lexicon files from fsys. The files are part of the
// binary, so a malformed line is a build-time bug caught by the tests.
func loadGazetteer(fsys fs.FS) *gazetteer {
	g := &gazetteer{edges: map[uint64]int32{}, terminal: []int32{-1}, families: map[string][]int32{},
		leading: map[string]bool{}, given: map[uint64]bool{}}
	for _, f := range []string{"countries.tsv", "places.tsv", "orgs.tsv", "people.tsv", "misc.tsv"} {
		var rows [][]string
		lexiconLines(fsys, "lexicon/"+f, func(line string) {
			cols := strings.Split(line, "\t")
			if len(cols) < 2 {
				panic("extract: bad gazetteer line in " + f + ": " + line)
			}
			rows = append(rows, cols)
		})
		withFormalNames(rows)
		for _, cols := range rows {
			g.addEntry(cols)
		}
	}
	g.demonyms = lexiconSet(fsys, "lexicon/demonyms.txt")
	g.titles = lexiconSet(fsys, "lexicon/titles.txt")
	g.clutter = lexiconSet(fsys, "lexicon/clutter.txt")
	g.firstNames = lexiconSet(fsys, "lexicon/firstnames.txt")
	return g
}

// withFormalNames adds "Republic of <name>" to the variants of each
// country row ("Republic of Cyprus"), unless a row already has that form
// ("Republic of China" is Taiwan's).
func withFormalNames(rows [][]string) {
	named := map[string]bool{}
	for _, cols := range rows {
		named[cols[0]] = true
		if len(cols) > 2 {
			for _, v := range strings.Split(cols[2], "|") {
				named[v] = true
			}
		}
	}
	for k, cols := range rows {
		formal := "Republic of " + cols[0]
		if len(cols) < 4 || cols[3] != "country" || cols[1] != "GPE" || named[formal] {
			continue
		}
		rows[k] = append([]string{cols[0], cols[1], strings.TrimPrefix(cols[2]+"|"+formal, "|")}, cols[3:]...)
	}
}

// addEntry adds a name, its variants and, for people, the hyphen variants;
// a one-word name that is no actor (a weapon) also in the plural.
func (g *gazetteer) addEntry(cols []string) {
	e := int32(len(g.entries))
	entry := gazEntry{Name: cols[0], Type: cols[1]}
	if len(cols) > 3 {
		if _, country, ok := strings.Cut(cols[3], "capital of "); ok {
			entry.Capital = country
		}
		if cols[1] == "ORG" {
			entry.Owner = g.noteCountry(cols[3])
		}
		if cols[1] == "PERSON" {
			entry.Country = g.noteCountry(cols[3])
			entry.Leader = slices.ContainsFunc(leaderNotes, func(p string) bool { return strings.HasPrefix(cols[3], p) })
		}
	}
	g.entries = append(g.entries, entry)
	names := []string{cols[0]}
	if len(cols) > 2 && cols[2] != "" {
		names = append(names, strings.Split(cols[2], "|")...)
	}
	if cols[1] == "PERSON" && len(cols) > 3 && isRussianNote(cols[3]) {
		for _, n := range names[:len(names):len(names)] {
			names = append(names, translitVariants(n)...)
		}
	}
	if f := strings.Fields(foldName(cols[0])); cols[1] == "PERSON" && len(f) > 1 {
		g.families[f[len(f)-1]] = append(g.families[f[len(f)-1]], e)
		g.leading[f[0]] = true
	}
	for _, n := range names {
		g.addName(n, e)
		switch cols[1] {
		case "PERSON":
			for _, v := range hyphenVariants(n) {
				g.addName(v, e)
			}
			if given, family, ok := strings.Cut(n, " "); ok && !strings.Contains(family, " ") {
				g.addName(family+" "+given, e) // Japanese order: "Hayashi Yoshimasa"
			}
		case "ORG":
			for _, v := range lowerTails(n) {
				g.addName(v, e)
			}
		case typeMisc:
			if !strings.Contains(n, " ") && !strings.HasSuffix(n, "s") {
				g.addName(n+"s", e) // a weapon in the plural: "Iskanders, Kalibrs and Shaheds"
			}
		}
	}
}

// Russian names reach English news in several transliterations: "Sergei"
// and "Sergey", "Shoigu" and "Shoygu". A person whose note places them in
// Russia also matches the other spellings of the given name and of a
// surname's й ("oi"/"oy") and "-sky" ending.

// isRussianNote reports whether a gazetteer note places a person in Russia.
func isRussianNote(note string) bool {
	return strings.Contains(note, "Russia") || strings.Contains(note, "Kremlin") || strings.Contains(note, "Soviet")
}

// givenSpellings groups the spellings of Russian given names.
var givenSpellings = func() map[string][]string {
	m := map[string][]string{}
	for _, grp := range [][]string{{"Sergei", "Sergey"}, {"Andrei", "Andrey"}, {"Yuri", "Yury", "Yuriy"},
		{"Dmitry", "Dmitri", "Dmitriy"}, {"Alexei", "Aleksei", "Alexey", "Aleksey"},
		{"Nikolai", "Nikolay"}, {"Valery", "Valeriy", "Valeri"}, {"Vasily", "Vassily", "Vasiliy"},
		{"Yevgeny", "Evgeny", "Yevgeniy", "Evgeniy"}, {"Maxim", "Maksim"}, {"Anatoly", "Anatoliy"},
		{"Georgy", "Georgiy"}, {"Gennady", "Gennadiy"}, {"Grigory", "Grigoriy"}, {"Matvei", "Matvey"},
		{"Alexander", "Aleksandr"}} {
		for _, n := range grp {
			m[n] = grp
		}
	}
	return m
}()

// translitVariants returns the other transliterations of a Russian name:
// "Sergey Shoygu" for "Sergei Shoigu", "Shoygu" for "Shoigu".
func translitVariants(name string) []string {
	words := strings.Fields(name)
	if len(words) == 0 {
		return nil
	}
	last := len(words) - 1
	givens := []string{words[0]}
	if last > 0 && givenSpellings[words[0]] != nil {
		givens = givenSpellings[words[0]]
	}
	families := append([]string{words[last]}, surnameSpellings(words[last])...)
	var out []string
	for _, gv := range givens {
		for _, fm := range families {
			w := slices.Clone(words)
			w[last] = fm
			if last > 0 {
				w[0] = gv
			}
			if v := strings.Join(w, " "); v != name {
				out = append(out, v)
			}
		}
	}
	return out
}

// surnameSpellings returns a Russian surname's other spellings: its й as
// "y" or "i" before a consonant ("Shoigu", "Shoygu") and "-sky" as "-skiy".
func surnameSpellings(w string) []string {
	var out []string
	switch {
	case strings.HasSuffix(w, "skiy"):
		out = append(out, strings.TrimSuffix(w, "iy")+"y")
	case strings.HasSuffix(w, "sky"):
		out = append(out, strings.TrimSuffix(w, "y")+"iy")
	}
	b := []byte(w)
	changed := false
	for i := 1; i+1 < len(b); i++ {
		if strings.IndexByte("aeo", b[i-1]) >= 0 && strings.IndexByte("aeiouy", b[i+1]) < 0 {
			switch b[i] {
			case 'i':
				b[i], changed = 'y', true
			case 'y':
				b[i], changed = 'i', true
			}
		}
	}
	if changed {
		out = append(out, string(b))
	}
	return out
}

// institutions are last words of organisation names that news often writes
// in lower case: "Russia's defence ministry", "Yonhap news agency",
// "Ukraine's air force", "Japan's coast guard".
var institutions = map[string]bool{"Ministry": true, "Office": true, "Agency": true, "Department": true,
	"Council": true, "Service": true, "Commission": true, "Committee": true, "Army": true, "Navy": true,
	"Embassy": true, "Force": true, "Forces": true, "Guard": true, "Staff": true}

// lowerTails returns an organisation name with all but its first word in
// lower case, and with the words after a possessive in lower case, when it
// ends in an institution word: "Russian foreign ministry", "North Korea's
// defence ministry".
func lowerTails(name string) []string {
	i := strings.IndexByte(name, ' ')
	if i < 0 || !institutions[name[strings.LastIndexByte(name, ' ')+1:]] {
		return nil
	}
	out := []string{name[:i] + strings.ToLower(name[i:])}
	if k := strings.LastIndex(name, "'s "); k >= 0 {
		if v := name[:k+3] + strings.ToLower(name[k+3:]); v != out[0] {
			out = append(out, v)
		}
	}
	return out
}

// hyphenVariants returns name with its last two words joined by a hyphen, or
// with a hyphenated last word split, so "Kim Jong Un" = "Kim Jong-un".
func hyphenVariants(name string) []string {
	f := strings.Fields(name)
	if len(f) < 2 {
		return nil
	}
	last := f[len(f)-1]
	if i := strings.IndexByte(last, '-'); i > 0 {
		return []string{strings.Join(f[:len(f)-1], " ") + " " + last[:i] + " " + last[i+1:]}
	}
	if len(f) == 3 {
		return []string{f[0] + " " + f[1] + "-" + strings.ToLower(f[2])}
	}
	return nil
}

// addName adds one surface form; an earlier entry keeps a form it already has.
func (g *gazetteer) addName(name string, e int32) {
	ws := nerWords(nil, name, Span{0, len(name)})
	if len(ws) > 1 {
		g.given[givenKey(e, ws[0].key)] = true
	}
	node := int32(0)
	for _, w := range ws {
		k := gazKey(w)
		next, ok := g.edges[edgeKey(node, k)]
		if !ok {
			next = int32(len(g.terminal))
			g.terminal = append(g.terminal, -1)
			g.edges[edgeKey(node, k)] = next
		}
		node = next
	}
	if g.terminal[node] < 0 {
		g.terminal[node] = e
	}
	if len(ws) > g.maxLen {
		g.maxLen = len(ws)
	}
}

// gazKey is the trie key of a gazetteer word.
func gazKey(w nerWord) uint64 {
	switch {
	case w.flags&fAllCap != 0 && w.flags&fDigit == 0:
		return w.key ^ acronymMark
	case w.flags&fUpper != 0:
		return w.key ^ capMark
	}
	return w.key
}

// edgeKey mixes a node and a word key into one map key.
func edgeKey(node int32, key uint64) uint64 {
	return (key ^ uint64(node)*0x9e3779b97f4a7c15) * fnvPrime
}

// gazMatch is a gazetteer hit on words [Start, End).
type gazMatch struct {
	Start, End int
	Entry      int32
}

// match appends the leftmost-longest hits in ws to buf. A hit starts with a
// capitalised word or a number.
func (g *gazetteer) match(buf []gazMatch, ws []nerWord) []gazMatch {
	for i := 0; i < len(ws); {
		if ws[i].flags&(fUpper|fDigit) == 0 {
			i++
			continue
		}
		end, e := g.longest(ws, i)
		if e < 0 {
			i++
			continue
		}
		buf = append(buf, gazMatch{i, end, e})
		i = end
	}
	return buf
}

// longest returns the end and entry of the longest name starting at ws[i].
func (g *gazetteer) longest(ws []nerWord, i int) (int, int32) {
	return g.longestFrom(0, ws, i, i, 0, -1)
}

// longestFrom extends the match of words [i, j) at node, whose longest
// name so far ends at end with entry, by word j. A word may follow more
// than one edge: "State" of "Kumsusan State Guesthouse" takes the
// capitalised edge of "Kumsusan State Guest House" and the lower-case one
// of "Kumsusan state guesthouse", and only the second goes on.
func (g *gazetteer) longestFrom(node int32, ws []nerWord, i, j, end int, entry int32) (int, int32) {
	if j >= len(ws) || j-i >= g.maxLen {
		return end, entry
	}
	w := ws[j]
	var keys [3]uint64
	n := 0
	if w.flags&fAllCap != 0 && w.flags&fDigit == 0 {
		keys[n] = w.key ^ acronymMark
		n++
	}
	if w.flags&fUpper != 0 {
		keys[n] = w.key ^ capMark
		n++
	}
	keys[n] = w.key
	n++
	for _, k := range keys[:n] {
		next, ok := g.edges[edgeKey(node, k)]
		if !ok {
			continue
		}
		e, t := end, entry
		if g.terminal[next] >= 0 {
			e, t = j+1, g.terminal[next]
		}
		if e2, t2 := g.longestFrom(next, ws, i, j+1, e, t); e2 > end || e2 == end && entry < 0 && t2 >= 0 {
			end, entry = e2, t2
		}
	}
	return end, entry
}

// lexiconLines calls fn for every non-empty, non-comment line of a lexicon file.
func lexiconLines(fsys fs.FS, name string, fn func(string)) {
	f, err := fsys.Open(name)
	if err != nil {
		panic("extract: missing lexicon file " + name)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		fn(line)
	}
}

// lexiconSet reads a whitespace-separated word list into a set of folded keys.
func lexiconSet(fsys fs.FS, name string) map[uint64]bool {
	set := map[uint64]bool{}
	lexiconLines(fsys, name, func(line string) {
		for _, w := range strings.Fields(line) {
			set[foldHash(w)] = true
		}
	})
	return set
}

// named returns the entry whose name is the whole of name, or -1.
func (g *gazetteer) named(name string) int32 {
	ws := nerWords(nil, name, Span{0, len(name)})
	if hits := g.match(nil, ws); len(hits) == 1 && hits[0].Start == 0 && hits[0].End == len(ws) {
		return hits[0].Entry
	}
	return -1
}

// bearer returns the one person of the gazetteer whose family name is the
// folded word w, or -1 when there is none or more than one, or when w also
// opens people's names: a Korean or Chinese family name comes first ("Kim"
// is not Sung Kim's alone).
func (g *gazetteer) bearer(w string) int32 {
	if es := g.families[w]; len(es) == 1 && !g.leading[w] {
		return es[0]
	}
	return -1
}

// givenKey keys the first word w of a form of entry e's name.
func givenKey(e int32, w uint64) uint64 {
	return (w ^ uint64(e)*0x9e3779b97f4a7c15) * 0xbf58476d1ce4e5b9
}

// namesOther reports whether a person's name of two words or more whose
// last word the gazetteer matches as person e's family name alone is someone
// else's: its first word opens none of e's names ("Eleanor Vance" is not
// JD Vance; "Dmitri S. Peskov" is Dmitry Peskov) and is no initial.
func (g *gazetteer) namesOther(e int32, first nerWord) bool {
	return first.End-first.Start > 2 && !g.given[givenKey(e, first.key)]
}

// initialsDiffer reports whether the middle initials written in words
// from..to of a person's name differ from those of listed person e's name,
// which has some: "George H. W. Bush" is not George W. Bush, while
// "Dmitri S. Peskov" is Dmitry Peskov, listed without one.
func (g *gazetteer) initialsDiffer(e int32, ws []nerWord, from, to int) bool {
	var listed, written []uint64
	for _, part := range strings.Fields(g.entries[e].Name) {
		if len(part) == 2 && part[1] == '.' {
			listed = append(listed, foldHash(part[:1]))
		}
	}
	for i := from; i+1 < to && len(listed) > 0; i++ {
		if isInitial(ws, i) && ws[i+1].key == keyDot {
			written = append(written, ws[i].key)
		}
	}
	return len(written) > 0 && !slices.Equal(listed, written)
}

// shortensName reports whether w is the start of a longer word of entry
// e's name: "Ukhnaa" of "Khurelsukh Ukhnaa" shortens the patronymic of
// Ukhnaagiin Khurelsukh.
func (g *gazetteer) shortensName(e int32, w nerWord) bool {
	n := w.End - w.Start
	for _, part := range strings.Fields(g.entries[e].Name) {
		if len(part) > n && n >= 4 && foldHash(part[:n]) == w.key {
			return true
		}
	}
	return false
}

// leaderNotes open the notes of heads of state and government.
var leaderNotes = []string{"President of", "Supreme leader", "Supreme Leader", "Prime Minister of", "Chancellor of", "Premier of"}

// noteCountry returns the country that a person's note names first, or "":
// by a leading nationality ("Russian foreign ministry spokeswoman",
// "South Korean unification minister") or country ("US secretary of
// state"), else after the "of" of a title ("President of Russia").
// Countries are loaded before people.
func (g *gazetteer) noteCountry(note string) string {
	lead := capitalisedOpening(note)
	if len(lead) == 0 {
		return ""
	}
	for k := min(len(lead), 2); k >= 1; k-- {
		phrase := strings.Join(lead[:k], " ")
		if e := g.named(phrase); e >= 0 && g.entries[e].Type == "GPE" {
			return g.entries[e].Name // "US defence secretary"
		}
		adj := strings.ToLower(phrase)
		if c, ok := demonymCountries[adj]; ok {
			adj = c
		}
		best, bestLen := "", 0
		for _, e := range g.entries {
			if n := demonymShare(e.Name, adj); e.Type == "GPE" && n > bestLen {
				best, bestLen = e.Name, n
			}
		}
		if best != "" {
			return best // "Russian foreign minister"
		}
	}
	if _, after, ok := strings.Cut(note, " of "); ok {
		return g.countryNamed(strings.TrimPrefix(after, "the ")) // "President of Russia"
	}
	return ""
}

// countryNamed returns the country or place that the capitalised words
// opening s name ("Russia 2000-08"), or "".
func (g *gazetteer) countryNamed(s string) string {
	ws := capitalisedOpening(s)
	for k := len(ws); k >= 1; k-- {
		if e := g.named(strings.Join(ws[:k], " ")); e >= 0 && g.entries[e].Type == "GPE" {
			return g.entries[e].Name
		}
	}
	return ""
}

// capitalisedOpening returns the capitalised words that open s, up to a
// possessive, whose owner it keeps: "Russia" of "Russia's Federation
// Council", "South Korean" of "South Korean unification minister".
func capitalisedOpening(s string) []string {
	ws := strings.Fields(s)
	for k, w := range ws {
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			return ws[:k]
		}
		if name, ok := strings.CutSuffix(w, "'s"); ok {
			ws[k] = name // "Chair of Russia's Federation Council"
			return ws[:k+1]
		}
	}
	return ws
}
