package extract

import (
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
