package extract

import "strings"

// possessiveOwners adds, as an actor of its own, the country or city that a
// listed body's mention names before "'s": "South Korea's unification
// ministry" names the Unification Ministry and South Korea too. The owner's
// mention lies inside the body's and follows it in mentions; the events,
// found before, keep the body.
func possessiveOwners(g *gazetteer, text string, actors []Actor, mentions []Mention) ([]Actor, []Mention) {
	out := make([]Mention, 0, len(mentions))
	byName := map[string]int{}
	for i, a := range actors {
		byName[a.Name] = i
	}
	for _, m := range mentions {
		out = append(out, m)
		k := possessiveEnd(text[m.Start:m.End])
		if k <= 0 {
			continue
		}
		e := g.named(text[m.Start : m.Start+k])
		if e < 0 || g.entries[e].Type != "GPE" {
			continue
		}
		name := g.entries[e].Name
		ai, ok := byName[name]
		if !ok {
			ai = len(actors)
			actors = append(actors, Actor{Name: name, Type: "GPE"})
			byName[name] = ai
		}
		out = append(out, Mention{Span: Span{m.Start, m.Start + k}, Text: text[m.Start : m.Start+k], Sentence: m.Sentence, Actor: ai})
	}
	return actors, out
}

// possessiveEnd returns where the owner ends in a name of the form
// "Owner's Body" (straight or curly apostrophe), or -1.
func possessiveEnd(name string) int {
	for _, s := range [...]string{"'s ", "’s "} {
		if k := strings.Index(name, s); k > 0 {
			return k
		}
	}
	return -1
}
