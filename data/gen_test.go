package data

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
)

// openTemp opens a fresh case in a temporary folder.
func openTemp(t testing.TB) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "test.newsline"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

var genNames = []NewActor{
	{Name: "Kim Jong Un", Type: ActorPerson, Aliases: []string{"Kim"}},
	{Name: "Vladimir Putin", Type: ActorPerson, Aliases: []string{"Putin"}},
	{Name: "Sergei Shoigu", Type: ActorPerson, Aliases: []string{"Shoigu"}},
	{Name: "Sergei Lavrov", Type: ActorPerson, Aliases: []string{"Lavrov"}},
	{Name: "North Korea", Type: ActorGPE, Aliases: []string{"Pyongyang"}},
	{Name: "Russia", Type: ActorGPE, Aliases: []string{"Moscow"}},
	{Name: "Wagner Group", Type: ActorOrg, Aliases: []string{"Wagner"}},
	{Name: "White House", Type: ActorOrg},
	{Name: "Vostochny Cosmodrome", Type: ActorLoc},
	{Name: "Ukraine", Type: ActorGPE, Aliases: []string{"Kyiv"}},
}

var genTypes = []string{"MEET", "VISIT", "TRAVEL", "STATEMENT", "SHIP"}

// genArticle builds a realistic analysed article: nSent sentences, a mention
// or two of actors in most of them, a time expression every fourth sentence
// and events in some. The text depends on seed, so articles are distinct.
func genArticle(seed uint64, nSent int) NewArticle {
	r := rand.New(rand.NewPCG(seed, 7))
	pub := DayValue(Day(19000 + r.IntN(500)).Time())
	a := NewArticle{Article: Article{
		Title: fmt.Sprintf("Report %d", seed), Outlet: "Wire", Published: pub, Format: "txt",
		ExtractorVersion: 1,
	}}
	var b strings.Builder
	actorIdx := map[int]int{}
	for i := range nSent {
		start := b.Len()
		fmt.Fprintf(&b, "On day %d of the story %d, ", i, seed)
		var ments []int
		for range 1 + i%2 {
			g := r.IntN(len(genNames))
			ai, ok := actorIdx[g]
			if !ok {
				ai = len(a.Actors)
				actorIdx[g] = ai
				a.Actors = append(a.Actors, genNames[g])
			}
			ms := b.Len()
			b.WriteString(genNames[g].Name)
			a.Mentions = append(a.Mentions, NewMention{Actor: ai, Sentence: i, Start: ms, End: b.Len(), Text: genNames[g].Name})
			ments = append(ments, ai)
			b.WriteString(" and ")
		}
		ts := b.Len()
		b.WriteString("met on 13 September 2023")
		timex := -1
		if i%4 == 0 {
			timex = len(a.Timexes)
			a.Timexes = append(a.Timexes, NewTimex{Timex: Timex{Start: ts + 7, End: b.Len(), Text: "13 September 2023",
				Type: "DATE", Value: "2023-09-13", Date: ParseValue("2023-09-13")}, Sentence: i})
		}
		fmt.Fprintf(&b, " near point %d.", r.IntN(1_000_000))
		a.Sentences = append(a.Sentences, Sentence{Index: i, Start: start, End: b.Len()})
		if i%4 == 0 {
			ev := NewEvent{Type: genTypes[r.IntN(len(genTypes))], Trigger: "met", TriggerStart: ts, TriggerEnd: ts + 3,
				Sentence: i, Timex: timex, Date: ParseValue("2023-09-13")}
			for j, ai := range ments {
				role := RoleSource
				if j > 0 {
					role = RoleTarget
				}
				ev.Actors = append(ev.Actors, NewEventActor{Actor: ai, Role: role})
			}
			a.Events = append(a.Events, ev)
		}
		b.WriteString(" ")
	}
	a.Article.Text = b.String()
	return a
}

// mustSave saves a and fails the test unless it was added.
func mustSave(t testing.TB, s *Store, a NewArticle) int64 {
	t.Helper()
	id, added, err := s.SaveArticle(context.Background(), a)
	if err != nil || !added {
		t.Fatalf("save: id %d added %v err %v", id, added, err)
	}
	return id
}
