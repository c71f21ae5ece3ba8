package extract

import (
	"regexp"
	"strings"
)

// sportsWords are words of match reports and sports biographies. A
// sentence with two of them, or one and a score, is about sport.
var sportsWords = keySet("match matches game goal goals scored scoring debut captain captained coach coached final semi-final quarter-final penalty friendly qualifier qualifiers tournament league squad goalkeeper striker midfielder defender possession header minute substituted team side cup champions championship trophy club season innings wickets try tries medal caps fixture kick equaliser equalizer")

// sportsScore matches a score such as "4–2" or "1 - 0" (not a year range).
var sportsScore = regexp.MustCompile(`(?:^|[^\d])\d{1,2} ?[–-] ?\d{1,2}(?:$|[^\d])`)

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
// Russia". Only documents with at least two sports sentences qualify.
func sportsTeams(g *gazetteer, text string, sents []Sentence, raw []rawMention) {
	sporty := map[int]bool{}
	for _, m := range raw {
		if _, seen := sporty[m.Sentence]; !seen {
			sporty[m.Sentence] = sportsSentence(text[sents[m.Sentence].Start:sents[m.Sentence].End])
		}
	}
	n := 0
	for _, s := range sporty {
		if s {
			n++
		}
	}
	if n < 2 {
		return
	}
	for i, m := range raw {
		if m.Entry < 0 || g.entries[m.Entry].Type != "GPE" || !sporty[m.Sentence] || m.Text != g.entries[m.Entry].Name && !strings.EqualFold(m.Text, g.entries[m.Entry].Name) {
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

// sportsSentence reports whether s reads as sport: two sports words, or
// one and a score.
func sportsSentence(s string) bool {
	n := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == ',' || r == '.' || r == ';' || r == ':' || r == '(' || r == ')'
	}) {
		if sportsWords[foldHash(w)] {
			n++
		}
	}
	return n >= 2 || n == 1 && sportsScore.MatchString(s)
}
