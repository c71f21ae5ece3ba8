package extract

import (
	"testing"
	"time"
)

// TestSportsTeams checks that countries and cities a sports report names
// as sides are teams, while the places matches are played in stay places
// and a report on war keeps its countries.
func TestSportsTeams(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string // mention text → actor type
	}{
		{"match report", "Croatia beat Denmark 2–1 in the quarter-final in Moscow. Luka Modrić scored the winning goal for Croatia in the 89th minute, and the Denmark coach praised his side.",
			map[string]string{"Croatia": "ORG", "Denmark": "ORG", "Moscow": "GPE"}},
		{"war report", "Russia attacked Ukraine on Monday. Ukraine said Russia fired 40 missiles at Kyiv.",
			map[string]string{"Russia": "GPE", "Ukraine": "GPE", "Kyiv": "GPE"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Analyze(Doc{Text: tt.text}, time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC))
			for _, m := range a.Mentions {
				if want, ok := tt.want[m.Text]; ok && a.Actors[m.Actor].Type != want {
					t.Errorf("%q at %d is %s (%s), want %s", m.Text, m.Start, a.Actors[m.Actor].Type, a.Actors[m.Actor].Name, want)
				}
			}
		})
	}
}

// TestCompanyForm checks that a name ending in a company's legal form is
// an organisation, and that the short name a description calls a company
// is no person's family name.
func TestCompanyForm(t *testing.T) {
	text := "F. Hoffmann-La Roche AG, commonly known as Roche, is a Swiss multinational healthcare company. " +
		"The company was founded in 1896 by Fritz Hoffmann-La Roche. Roche bought Genentech in 2009."
	a := Analyze(Doc{Text: text}, time.Time{})
	for _, m := range a.Mentions {
		if (m.Text == "Roche" || m.Text == "F. Hoffmann-La Roche AG") && a.Actors[m.Actor].Type != "ORG" {
			t.Errorf("%q at %d is %s %q, want an organisation", m.Text, m.Start, a.Actors[m.Actor].Type, a.Actors[m.Actor].Name)
		}
	}
}

// TestHasScore checks the scores a sports sentence may hold.
func TestHasScore(t *testing.T) {
	for s, want := range map[string]bool{"losing the final 4–2 to France": true, "Sweden 1 – 0 Korea Republic": true,
		"won 3-0": true, "in 2014–2018": false, "from 11 to 13 July": false, "scored 101-99": false, "no digits": false} {
		if got := hasScore(s); got != want {
			t.Errorf("hasScore(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCurrencyPrefix checks that the country code of a dollar amount is no
// actor.
func TestCurrencyPrefix(t *testing.T) {
	a := Analyze(Doc{Text: "Roche paid US$46.8 billion for the rest of Genentech in 2009."}, time.Time{})
	for _, m := range a.Mentions {
		if m.Text == "US" {
			t.Errorf("%q at %d is %s", m.Text, m.Start, a.Actors[m.Actor].Name)
		}
	}
}

// TestCapitalisedConcept checks that an acronym defined after ordinary
// capitalised words is no actor, while one after a body's name is.
func TestCapitalisedConcept(t *testing.T) {
	text := "The missile fell inside Japan's Exclusive Economic Zone (EEZ) on Monday. It was the third launch into the EEZ this year. The Federal Security Service (FSB) said the FSB had arrested him."
	a := Analyze(Doc{Text: text}, time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC))
	names := map[string]bool{}
	for _, m := range a.Mentions {
		names[m.Text] = true
	}
	if names["EEZ"] {
		t.Errorf("EEZ is an actor")
	}
	if !names["FSB"] {
		t.Errorf("FSB is not an actor: %v", names)
	}
}
