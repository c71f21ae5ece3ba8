package extract

import "strings"

// sportsWords are words of match reports and sports biographies (see
// sportsWeight).
var sportsWords = keySet("match matches game goal goals scored scoring debut captain captained coach coached final semi-final quarter-final penalty friendly qualifier qualifiers tournament league squad goalkeeper striker midfielder defender possession header minute substituted team side cup champions championship trophy club season innings wickets try tries medal caps fixture kick equaliser equalizer " +
	"equalise equalize points stadium arena card substitute lead win wins")

// placeKeepers are words before a country or city in a sports sentence
// that keep it a place: "the World Cup in Russia", "a club from Lyon".
var placeKeepers = keySet("in at near across throughout from into around outside inside within of via to visited hosted born")

// loseWords before "to" make the place after it an opponent: "losing the
// final 4–2 to France".
var loseWords = keySet("lost losing lose loses fell falling beaten defeated eliminated")

// sportsTeams makes the listed countries and cities that a document about
// sport names as sides into teams (organisations of their own): "Croatia
// eliminated Denmark", "his debut for Croatia against Argentina", "former
// Chile captain", "defeating Liverpool 2–1", but not "the World Cup in
// Russia". Only documents with at least two sports sentences qualify
// (sportsWeight).
func sportsTeams(g *gazetteer, text string, sents []Sentence, found []sentenceFinds, raw []rawMention) {
	sporty := map[int]int{} // sentence → sportsWeight
	n := 0
	for _, m := range raw {
		if _, seen := sporty[m.Sentence]; !seen {
			w := sportsWeight(text[sents[m.Sentence].Start:sents[m.Sentence].End], found[m.Sentence].words)
			sporty[m.Sentence] = w
			if w >= 2 {
				n++
			}
		}
	}
	if n < 2 {
		return
	}
	for i, m := range raw {
		if m.Entry < 0 || g.entries[m.Entry].Type != "GPE" || sporty[m.Sentence] == 0 || m.Text != g.entries[m.Entry].Name && !strings.EqualFold(m.Text, g.entries[m.Entry].Name) {
			continue
		}
		if i > 0 && raw[i-1].Sentence == m.Sentence && strings.TrimSpace(text[raw[i-1].End:m.Start]) == "," && raw[i-1].Type != "PERSON" && raw[i-1].Type != "ORG" {
			continue // "at Hampden Park, Glasgow"
		}
		words := strings.Fields(text[sents[m.Sentence].Start:m.Start])
		if k := len(words) - 1; k >= 0 {
			prev := foldHash(strings.Trim(words[k], ",;:("))
			if placeKeepers[prev] && !(prev == keyTo && k > 0 && loseWindow(words[:k])) {
				continue
			}
		}
		raw[i].As, raw[i].Entry, raw[i].Type = m.Text+" (team)", -1, "ORG"
	}
}

// loseWindow reports whether one of the last four words is a losing verb.
func loseWindow(words []string) bool {
	for k := len(words) - 1; k >= 0 && k >= len(words)-4; k-- {
		if loseWords[foldHash(words[k])] {
			return true
		}
	}
	return false
}

// sportsWeight returns how much sentence s, with words ws, reads as
// sport: its number of sports words, and one more for a score. A document
// with two sentences of weight two or more is about sport, and then any
// sentence of weight one is too ("In the 90th minute, Belgium made a
// change", "Group G — Belgium 3 – 0 Panama").
func sportsWeight(s string, ws []nerWord) int {
	n := 0
	for _, w := range ws {
		if sportsWords[w.key] {
			n++
		}
	}
	if hasScore(s) {
		n++
	}
	return n
}

// hasScore reports whether s holds a score such as "4–2" or "1 - 0": one
// or two digits, a hyphen or en dash between optional spaces, one or two
// digits (not a year range).
func hasScore(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || i > 0 && isDigit(s[i-1]) {
			continue
		}
		j := i + 1
		if j < len(s) && isDigit(s[j]) {
			j++
		}
		if j < len(s) && isDigit(s[j]) {
			continue // three digits or more
		}
		if j < len(s) && s[j] == ' ' {
			j++
		}
		switch {
		case strings.HasPrefix(s[j:], "-"):
			j++
		case strings.HasPrefix(s[j:], "–"):
			j += len("–")
		default:
			continue
		}
		if j < len(s) && s[j] == ' ' {
			j++
		}
		k := j
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		if k > j && k-j <= 2 {
			return true
		}
	}
	return false
}
