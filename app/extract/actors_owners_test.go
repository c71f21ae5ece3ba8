package extract

import (
	"slices"
	"testing"
	"time"
)

func TestPossessiveOwners(t *testing.T) {
	text := "South Korea's unification ministry said on Wednesday it was watching the visits closely."
	a := Analyze(Doc{Text: text}, time.Date(2023, 7, 27, 0, 0, 0, 0, time.UTC))
	names := map[string]int{}
	for i, ac := range a.Actors {
		names[ac.Name] = i
	}
	owner, ok := names["South Korea"]
	if _, body := names["Unification Ministry"]; !ok || !body {
		t.Fatalf("actors %v: want South Korea and the Unification Ministry", a.Actors)
	}
	if !slices.ContainsFunc(a.Mentions, func(m Mention) bool { return m.Actor == owner && m.Text == "South Korea" && m.Start == 0 }) {
		t.Errorf("no mention of South Korea inside the ministry's: %v", a.Mentions)
	}
	for _, e := range a.Events {
		if slices.ContainsFunc(e.Actors, func(ea EventActor) bool { return ea.Actor == owner }) {
			t.Errorf("event %s %q took the owner; the body says it", e.Type, text[e.Trigger.Start:e.Trigger.End])
		}
	}
	if got := possessiveEnd("Russia’s Defence Ministry"); got != len("Russia") {
		t.Errorf("curly apostrophe: owner ends at %d", got)
	}
}
