package extract

import (
	"slices"
	"strings"
	"testing"
)

// FuzzFindActors runs the gazetteer and the tagger over arbitrary text and
// checks the mentions and actors: mentions are sorted, disjoint, on rune
// boundaries, inside their sentence, trimmed and non-empty, with their text
// the text of their span; every actor has a name, a known type, distinct
// aliases that are mention texts, and at least one mention.
func FuzzFindActors(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	for _, s := range []string{
		"Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome. Kim said Putin was welcome.",
		"U.S. Defense Secretary Lloyd Austin told NATO that the United Nations Security Council (UNSC) would meet.",
		"Kim's sister Kim Yo-jong; the DPRK's KCNA reported it. North Korean leader Kim left Pyongyang.",
		"By JOHN SMITH Associated Press\nPage 3 of 4\nPhoto: Reuters/Getty Images",
		"The Korean War. Hwasong-18 missile. Sergei Shoigu, Russia's defence minister, and Choe Son Hui.",
		"A B C D E F G H I J K L M N O P Q R S T U V W X Y Z Aa Bb Cc Dd",
		"Ｋｉｍ Jong\u00a0Un — İstanbul, ΑΘΗΝΑ, Москва: Путин. Mr. O'Neill-Smith's",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		sents := splitSentences(text)
		actors, mentions := findActors(text, sents)
		spans := make([]Span, len(mentions))
		seen := make([]bool, len(actors))
		for i, m := range mentions {
			spans[i] = m.Span
			if m.Sentence < 0 || m.Sentence >= len(sents) || m.Actor < 0 || m.Actor >= len(actors) {
				t.Fatalf("mention %+v: index out of range", m)
			}
			if s := sents[m.Sentence]; m.Start < s.Start || m.End > s.End {
				t.Fatalf("mention %+v outside sentence %+v", m, s)
			}
			if m.Text != text[m.Start:m.End] || m.Text == "" || strings.TrimSpace(m.Text) != m.Text {
				t.Fatalf("mention %+v: text is not the trimmed span %q", m, text[m.Start:m.End])
			}
			a := actors[m.Actor]
			if m.Text != a.Name && !slices.Contains(a.Aliases, m.Text) {
				t.Fatalf("mention %q is neither name nor alias of %+v", m.Text, a)
			}
			seen[m.Actor] = true
		}
		checkSpans(t, text, spans)
		for i, a := range actors {
			switch a.Type {
			case "PERSON", "ORG", "GPE", "LOC":
			default:
				t.Fatalf("actor %+v: type %q", a, a.Type)
			}
			if strings.TrimSpace(a.Name) == "" || !seen[i] {
				t.Fatalf("actor %d %+v: no name or no mention", i, a)
			}
			for j, alias := range a.Aliases {
				if alias == a.Name || slices.Contains(a.Aliases[:j], alias) {
					t.Fatalf("actor %+v: alias %q repeats", a, alias)
				}
			}
		}
	})
}
