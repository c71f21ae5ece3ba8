package extract

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestSpeakerLabelAlias checks that a transcript's capitalised speaker
// label joins the full name it ends.
func TestSpeakerLabelAlias(t *testing.T) {
	text := "Press Secretary Karine Jean-Pierre opened the briefing.\n\nMS. JEAN-PIERRE: Good afternoon, everyone.\n\nMR. KIRBY: Thank you, Karine."
	a := Analyze(Doc{Text: text}, time.Date(2024, 1, 4, 0, 0, 0, 0, time.UTC))
	for _, ac := range a.Actors {
		if ac.Name == "JEAN-PIERRE" || ac.Name == "Jean-Pierre" {
			t.Errorf("speaker label is its own actor %q", ac.Name)
		}
	}
	n := 0
	for _, m := range a.Mentions {
		if a.Actors[m.Actor].Name == "Karine Jean-Pierre" {
			n++
		}
	}
	if n < 2 {
		t.Errorf("Karine Jean-Pierre has %d mentions, want 2: %+v", n, a.Actors)
	}
}

// TestShortNameOfLatestOrganisation checks that an organisation's short
// name goes to the latest organisation before it whose name it ends.
func TestShortNameOfLatestOrganisation(t *testing.T) {
	dct := time.Date(2025, 3, 21, 0, 0, 0, 0, time.UTC)
	tests := []struct{ name, text, short, want string }{
		{"Russia's council", "Sergei Shoigu, secretary of Russia's Security Council, met Kim. Putin moved him to the Security Council in May.",
			"the Security Council", "Russian Security Council"},
		{"UN council", "Russia vetoed the resolution in the UN Security Council. The Security Council met again on Friday.",
			"The Security Council", "UN Security Council"},
		{"no country's council", "White House National Security Council spokesman John Kirby spoke on Monday. Russia vetoed a Security Council resolution in March.",
			"a Security Council", "UN Security Council"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Analyze(Doc{Text: tt.text}, dct)
			at := strings.LastIndex(tt.text, tt.short) + len(tt.short) - len("Security Council")
			for _, m := range a.Mentions {
				if m.Start == at {
					if got := a.Actors[m.Actor].Name; got != tt.want {
						t.Errorf("%q is %q, want %q", tt.short, got, tt.want)
					}
					return
				}
			}
			t.Errorf("no mention at %q: %+v", tt.short, a.Mentions)
		})
	}
}

// TestShortNameOfBody checks that a body's one-word head goes to the body
// named before it ("the Council" after "the UN Security Council"), and that
// a short name with no body before it goes to the first one named after it.
func TestShortNameOfBody(t *testing.T) {
	dct := time.Date(2024, 3, 28, 0, 0, 0, 0, time.UTC)
	tests := []struct{ name, text, short, want string }{
		{"council", "Russia vetoed the draft in the UN Security Council on Thursday. " +
			"By a recorded vote of 13 in favour to 1 against, the Council rejected a draft resolution.", "Council", "UN Security Council"},
		{"named after", "Belousov, who replaced Sergei Shoigu at the Defense Ministry in May, arrived on Friday. " +
			"The Russian Defense Ministry said the two ministers held talks.", "Defense Ministry", "Russian Defence Ministry"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Analyze(Doc{Text: tt.text}, dct)
			for _, m := range a.Mentions {
				if m.Text == tt.short {
					if got := a.Actors[m.Actor].Name; got != tt.want {
						t.Errorf("%q is %q, want %q", tt.short, got, tt.want)
					}
					return
				}
			}
			t.Errorf("no mention %q: %+v", tt.short, a.Mentions)
		})
	}
}

// TestBodyHeadBeforeOf checks that a body's one-word head goes to a name
// it heads before "of" ("the Panel" after "the Panel of Experts"), and that
// a one-word head typed other than ORG, or no body's head, keeps no entry.
func TestBodyHeadBeforeOf(t *testing.T) {
	g := theGazetteer()
	panel := int32(slices.IndexFunc(g.entries, func(e gazEntry) bool { return e.Name == "UN Panel of Experts" }))
	raw := []rawMention{
		{Text: "Panel of Experts", Type: "ORG", Entry: panel},
		{Text: "Panel", Type: "ORG", Entry: -1},
		{Text: "Panel", Type: "PERSON", Entry: -1},
		{Text: "Experts", Type: "ORG", Entry: -1},
	}
	retargetShortNames(g, raw)
	if raw[1].Entry != panel {
		t.Errorf("Panel has entry %d, want %d", raw[1].Entry, panel)
	}
	if raw[2].Entry != -1 || raw[3].Entry != -1 {
		t.Errorf("retargeted a person or a non-head: %+v", raw[2:])
	}
}

// TestLocalFamilyName checks that a bare family name goes to the person of
// that name its sentence or the one before named, and otherwise to the
// person the document names most.
func TestLocalFamilyName(t *testing.T) {
	text := "Kim Jong Un met Vladimir Putin on Monday. Kim praised the treaty. Kim Jong Un later toured a factory.\n\n" +
		"South Korean Defense Minister Kim Yong-hyun spoke on Tuesday. Kim said troops would be deployed soon.\n\n" +
		"Analysts said Kim wants technology in return."
	a := Analyze(Doc{Text: text}, time.Date(2024, 11, 13, 0, 0, 0, 0, time.UTC))
	want := []string{"Kim Jong Un", "Kim Yong-hyun", "Kim Jong Un"}
	var got []string
	for _, m := range a.Mentions {
		if m.Text == "Kim" {
			got = append(got, a.Actors[m.Actor].Name)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("bare Kim mentions are %q, want %q", got, want)
	}
}

// TestFamilyNameTie checks that a bare family name whose full names are
// each named once goes to the one the gazetteer knows, else to the one
// named last before it.
func TestFamilyNameTie(t *testing.T) {
	dct := time.Date(2024, 10, 23, 0, 0, 0, 0, time.UTC)
	tests := []struct{ name, text, want string }{
		{"gazetteer person", "North Korean leader Kim Jong Un sent troops. Analysts were alarmed.\n\nKim Hong-kyun, a former envoy, spoke on Monday. He was worried.\n\nIn June, Putin and Kim signed a pact.", "Kim Jong Un"},
		{"named last", "Defense Minister Kim Yong-hyun met Lloyd Austin. Talks followed.\n\nRobert Wood urged North Korean leader Kim Jong-un to think twice. The council met.\n\nIn June, Putin and Kim signed a pact.", "Kim Jong Un"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Analyze(Doc{Text: tt.text}, dct)
			at := strings.LastIndex(tt.text, "Kim signed")
			for _, m := range a.Mentions {
				if m.Start == at {
					if got := a.Actors[m.Actor].Name; got != tt.want {
						t.Errorf("Kim is %q, want %q", got, tt.want)
					}
					return
				}
			}
			t.Errorf("no mention of Kim: %+v", a.Mentions)
		})
	}
}

// TestShortNameOfUnlistedOrganisation checks that a short name after a
// longer organisation name the gazetteer does not know stands for it, not
// for the gazetteer's body of that short name.
func TestShortNameOfUnlistedOrganisation(t *testing.T) {
	text := "The Federal Foreign Office in Berlin summoned the envoy on Wednesday. A spokeswoman for the Foreign Office said Berlin was concerned."
	a := Analyze(Doc{Text: text}, time.Date(2024, 10, 25, 0, 0, 0, 0, time.UTC))
	for _, m := range a.Mentions {
		if m.Text == "Foreign Office" && a.Actors[m.Actor].Name != "Federal Foreign Office" {
			t.Errorf("the Foreign Office is %q, want Federal Foreign Office", a.Actors[m.Actor].Name)
		}
	}
}

// TestPlaceNotPerson checks that a name read as a place throughout is not
// taken for the first word of a person's name, while a listed family name
// still is.
func TestPlaceNotPerson(t *testing.T) {
	newGroup := func(name string, mentions int, vote int) actorGroup {
		g := actorGroup{name: name, key: foldName(name), words: strings.Fields(foldName(name)), into: -1}
		g.mentions = make([]int, mentions)
		g.votes[vote] = mentions
		return g
	}
	person := newGroup("Isfahan Shahid Beheshti", 1, 0)
	tests := []struct {
		short actorGroup
		want  bool
	}{
		{newGroup("Isfahan", 7, 2), true},
		{newGroup("Isfahan", 1, 2), false}, // once only: "Thank you, Karine."
		{newGroup("Isfahan", 7, 0), false}, // read as a person
		{newGroup("Park", 3, 3), false},    // a listed family name
	}
	for _, tt := range tests {
		c := person
		if tt.short.name == "Park" {
			c = newGroup("Park Jin", 2, 0)
		}
		if got := placeNotPerson(&tt.short, &c); got != tt.want {
			t.Errorf("placeNotPerson(%s ×%d, %s) = %v, want %v", tt.short.name, len(tt.short.mentions), c.name, got, tt.want)
		}
	}
}

// TestTitledPlace checks that a title opening a place's name stays in it
// and does not make the place a person.
func TestTitledPlace(t *testing.T) {
	a := Analyze(Doc{Text: "The dome of the Sheikh Lotfollah Mosque is famous. Visitors enter the Sheikh Lotfollah Mosque from the square."}, time.Time{})
	for _, ac := range a.Actors {
		if ac.Type == "PERSON" {
			t.Errorf("person %q in a mosque's name", ac.Name)
		}
	}
}

// TestDescribedPersonOf checks that shorter forms of a name the text
// describes as a person's go to that person, however they were typed.
func TestDescribedPersonOf(t *testing.T) {
	newGroup := func(name string, person bool, vote int) actorGroup {
		g := actorGroup{name: name, key: foldName(name), words: strings.Fields(foldName(name)), into: -1, person: person}
		g.votes[vote] = 1
		return g
	}
	groups := []actorGroup{newGroup("Fiorello Henry La Guardia", true, 0), newGroup("Fiorello La Guardia", false, 1),
		newGroup("La Guardia", false, 1), newGroup("Guardia Civil", false, 1)}
	for gi, want := range []int{-1, 0, 0, -1} {
		if got := describedPersonOf(groups, gi); got != want {
			t.Errorf("describedPersonOf(%q) = %d, want %d", groups[gi].name, got, want)
		}
	}
}
