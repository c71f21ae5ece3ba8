package extract

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestTranscriptTurns checks that each speaker's turn in a transcript is a
// statement on the DCT, that "I" in a turn is its speaker, and that one
// "Name:" line alone, a headline quoting someone, makes no turn.
func TestTranscriptTurns(t *testing.T) {
	dct := time.Date(2025, 9, 3, 0, 0, 0, 0, time.UTC)
	text := "Talks with Kim Jong Un\n\n" +
		"President of Russia Vladimir Putin: Mr Chairman, dear friend,\n\n" +
		"Last June, I visited Pyongyang in June 2024, and the treaty entered into force in December.\n\n" +
		"Chairman of State Affairs Kim Jong Un (retranslated): Dear Comrade President,\n\n" +
		"I am sincerely glad to meet you again.\n\n" +
		"<…>\n\n" +
		"The talks continued in a one-on-one format.\n"
	a := Analyze(Doc{Text: text}, dct)
	var speakers []string
	for _, e := range a.Events {
		if e.Type == "STATEMENT" && strings.HasSuffix(text[e.Trigger.Start:e.Trigger.End], ":") {
			if e.Value != "2025-09-03" {
				t.Errorf("turn of %s dated %q, want the DCT", text[e.Trigger.Start:e.Trigger.End], e.Value)
			}
			speakers = append(speakers, a.Actors[e.Actors[0].Actor].Name)
		}
	}
	if want := []string{"Vladimir Putin", "Kim Jong Un"}; !slices.Equal(speakers, want) {
		t.Errorf("turn speakers %v, want %v", speakers, want)
	}
	visit, ok := eventOfWord(a, text, "visited")
	if !ok || !slices.ContainsFunc(visit.Actors, func(ea EventActor) bool { return a.Actors[ea.Actor].Name == "Vladimir Putin" }) {
		t.Errorf("\"I visited\" in Putin's turn: no event with Putin in %+v", a.Events)
	}

	headline := "Putin: Russia may hold drills with the DPRK\n\nVladimir Putin said on Thursday that drills were possible.\n"
	for _, e := range Analyze(Doc{Text: headline}, dct).Events {
		if strings.HasSuffix(headline[e.Trigger.Start:e.Trigger.End], ":") {
			t.Errorf("a headline quoting Putin made a turn: %+v", e)
		}
	}
}
