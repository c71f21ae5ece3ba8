package extract

import (
	"strings"
	"testing"
	"time"
)

// TestListPlaces checks that the members of a list of places, or of a list
// a plural place noun introduces, are places even where the tagger read
// one as a person, while a list of people stays people.
func TestListPlaces(t *testing.T) {
	tests := []struct {
		text string
		want map[string]string
	}{
		{"Buses run from the town to Bruges, Antwerp, Melle, Merelbeke and Deinze.",
			map[string]string{"Melle": "GPE", "Deinze": "GPE"}},
		{"The Marais is served by the Métro stations Saint-Paul, Chemin Vert, Rambuteau and Filles du Calvaire.",
			map[string]string{"Rambuteau": "GPE"}},
		{"He played with Thelonious Monk, Kenny Clarke and Charlie Parker in Harlem.",
			map[string]string{"Kenny Clarke": "PERSON", "Charlie Parker": "PERSON"}},
	}
	for _, tt := range tests {
		a := Analyze(Doc{Text: tt.text}, time.Time{})
		for _, m := range a.Mentions {
			if want, ok := tt.want[m.Text]; ok && a.Actors[m.Actor].Type != want && !(want == "GPE" && a.Actors[m.Actor].Type == "LOC") {
				t.Errorf("%q is %s, want %s", m.Text, a.Actors[m.Actor].Type, want)
			}
		}
	}
}

// TestCompoundPlace checks the one-word compound place names of German,
// Dutch and the Nordic languages.
func TestCompoundPlace(t *testing.T) {
	for w, want := range map[string]bool{"Westfalenstadion": true, "Alexanderplatz": true, "Drottninggatan": true,
		"Keizersgracht": true, "Stadion": false, "Kingdom": false, "Brigade": false, "Siemens": false} {
		if got := compoundPlace(w); got != want {
			t.Errorf("compoundPlace(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestJoinPolity checks that a polity opener and "of" join the place after
// them, and that a state keeps its listed actor.
func TestJoinPolity(t *testing.T) {
	text := "The Province of New York also claimed the land. Riyadh is the capital of the Kingdom of Saudi Arabia."
	a := Analyze(Doc{Text: text}, time.Time{})
	got := mentionActors(a, actorName)
	if got["Province of New York"] != "Province of New York" {
		t.Errorf("Province of New York: %v", got)
	}
	if got["Kingdom of Saudi Arabia"] != "Saudi Arabia" {
		t.Errorf("Kingdom of Saudi Arabia is not Saudi Arabia: %v", got)
	}
}

// TestListedOwner checks that a listed owner before "'s" keeps its name
// when the tagger reads owner and owned as one organisation.
func TestListedOwner(t *testing.T) {
	text := "The National Assembly's Intelligence Committee was briefed by the NIS on Tuesday."
	a := Analyze(Doc{Text: text}, time.Date(2024, 11, 1, 0, 0, 0, 0, time.UTC))
	for _, m := range a.Mentions {
		if strings.Contains(m.Text, "'s") {
			t.Errorf("one name over the possessive: %q", m.Text)
		}
	}
}

// TestDescribedWork checks that a name the text calls a spacecraft or a
// film is no actor.
func TestDescribedWork(t *testing.T) {
	text := "Rosetta was a space probe built by the European Space Agency.\n\nRosetta arrived at the comet in 2014. Parasite is a 2019 film by Bong Joon-ho."
	a := Analyze(Doc{Text: text}, time.Time{})
	for _, ac := range a.Actors {
		if ac.Name == "Rosetta" || ac.Name == "Parasite" {
			t.Errorf("%q is an actor (%s)", ac.Name, ac.Type)
		}
	}
}
