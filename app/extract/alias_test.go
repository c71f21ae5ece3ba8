package extract

import (
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
