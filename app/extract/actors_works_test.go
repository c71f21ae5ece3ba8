package extract

import (
	"testing"
	"time"
)

// TestKindsBefore checks that the titles of works named after their kind
// are no actors, also when a year dates them elsewhere, that a band named
// after its kind is an organisation, and that a person named in full is no
// work.
func TestKindsBefore(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string // mention text → actor type, "" for none
	}{
		{"discography", "Radiohead signed to EMI in 1991. The debut album, Pablo Honey (1993), was followed by The Bends (1995). " +
			"For Kid A (2000) and Amnesiac (2001), Thom Yorke turned to electronic music. They influenced the band Muse.",
			map[string]string{"Pablo Honey": "", "Amnesiac": "", "Thom Yorke": "PERSON", "Muse": "ORG", "Radiohead": "ORG"}},
		{"series", "Jared Padalecki starred in the series Supernatural from 2005. Supernatural ran for fifteen seasons.",
			map[string]string{"Supernatural": "", "Jared Padalecki": "PERSON"}},
		{"author", "Ichiyō Higuchi was a Japanese writer. In the novel Higuchi wrote in 1895, a girl grows up in Tokyo.",
			map[string]string{"Higuchi": "PERSON"}},
		{"laureates", "The prize went to Ronald Ross (1902) and Alphonse Laveran (1907). The book Malaria (1910) followed.",
			map[string]string{"Ronald Ross": "PERSON", "Alphonse Laveran": "PERSON", "Malaria": ""}},
		{"a single star", "The restaurant won a single Michelin star in 2019.", map[string]string{"Michelin": "ORG"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Analyze(Doc{Text: tt.text}, time.Time{})
			got := mentionActors(a, actorType)
			for text, want := range tt.want {
				if got[text] != want {
					t.Errorf("%q is %q, want %q (found %v)", text, got[text], want, got)
				}
			}
		})
	}
}

// TestEventNames checks that an event named after a place makes the place
// no actor there, while the place named on its own stays one.
func TestEventNames(t *testing.T) {
	text := "After the Battle of Tampere and the Siege of Leiden, the Treaty of Ghent ended the war. " +
		"Riders of the Tour de France passed through Leiden, Tampere and Ghent. " +
		"Lorentz won the Nobel Prize and the James Clerk Maxwell Medal, and watched the Munich Olympics."
	a := Analyze(Doc{Text: text}, time.Time{})
	n := map[string]int{}
	for _, m := range a.Mentions {
		n[m.Text]++
	}
	for _, place := range []string{"Tampere", "Leiden", "Ghent"} {
		if n[place] != 1 {
			t.Errorf("%s is mentioned %d times, want once (the event names hold no mention)", place, n[place])
		}
	}
	for _, name := range []string{"France", "Nobel", "James Clerk Maxwell Medal", "James Clerk Maxwell", "Munich"} {
		if n[name] != 0 {
			t.Errorf("%s is mentioned %d times, want none (it is in the name of an event or prize)", name, n[name])
		}
	}
	company := "Epic Games sponsored the event."
	if ws := nerWords(nil, company, Span{0, len(company)}); inEventName(ws, nerSpan{Start: 0, End: 2}) {
		t.Errorf("Epic Games in %q is read as an event's name", company)
	}
}
