package story

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"newsline/data"
)

// TestEdgesStayLinearInCrowdedBuckets feeds one actor's bucket thousands of
// year-precision and undated reports, the shape that made assembly of a
// 100k-article case grow without bound: the candidate pairs must stay
// within maxPartners per item.
func TestEdgesStayLinearInCrowdedBuckets(t *testing.T) {
	year := data.ParseValue("2023")
	pub := data.ParseValue("2023-06-15")
	const n = 6000
	ms := make([]data.StoryMember, n)
	for i := range ms {
		m := data.StoryMember{
			EventID: int64(i + 1), ArticleID: int64(i + 1), ArticleSHA: fmt.Sprintf("%064d", i),
			Type: "MEET", Published: pub,
			Actors: []data.EventActor{{ActorID: 1, Type: data.ActorPerson}, {ActorID: 2, Type: data.ActorGPE}},
			Group:  int64(i + 1),
		}
		if i%3 != 0 {
			m.Date = year
		}
		ms[i] = m
	}
	es := edges(newItems(ms))
	if limit := 2 * n * maxPartners; len(es) > limit {
		t.Fatalf("%d candidate pairs for %d items, want at most %d", len(es), n, limit)
	}
	if len(es) == 0 {
		t.Fatal("no candidate pairs at all")
	}
}

// TestYearEdgesFindEveryYearPair checks that yearEdges, which compares each
// look back only with the items of its day in the years around it, finds
// the same pairs as comparing every two items of a type, person and month.
func TestYearEdgesFindEveryYearPair(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 9))
	values := []string{"2022-07", "2022-07-26", "2022-07-20", "2023-07", "2023-07-26", "2023-07-20",
		"2024-07-26", "2021-07", "2023-08-02", "2023"}
	pubs := []string{"2022-07-27", "2023-07-27", "2023-09-30", "2024-08-01", ""}
	people := []data.EventActor{{ActorID: 1, Type: data.ActorPerson}, {ActorID: 2, Type: data.ActorPerson}}
	place := data.EventActor{ActorID: 3, Type: data.ActorGPE}
	ms := make([]data.StoryMember, 400)
	for i := range ms {
		ms[i] = data.StoryMember{EventID: int64(i + 1), ArticleID: int64(i/2 + 1), Group: int64(i/4 + 1),
			ArticleSHA: fmt.Sprintf("%064d", i/2), TriggerStart: i, Type: []string{"VISIT", "MEET"}[r.IntN(2)],
			Date: data.ParseValue(values[r.IntN(len(values))]), Published: data.ParseValue(pubs[r.IntN(len(pubs))]),
			Actors: []data.EventActor{people[r.IntN(2)], place}}
	}
	items := newItems(ms)
	want := map[edge]bool{}
	for i := range items {
		for j := i + 1; j < len(items); j++ {
			a, b := &items[i], &items[j]
			if a.Type != b.Type || a.Actors[0] != b.Actors[0] || !monthly(a.Date) || !monthly(b.Date) ||
				a.Date.Start.Time().Month() != b.Date.Start.Time().Month() {
				continue
			}
			if e, ok := yearPair(items, i, j); ok {
				want[e] = true
			}
		}
	}
	got := map[edge]bool{}
	for _, e := range yearEdges(items, nil) {
		if got[e] {
			t.Errorf("pair %d–%d found twice", e.a(), e.b())
		}
		got[e] = true
	}
	if len(want) == 0 || len(got) != len(want) {
		t.Fatalf("%d year pairs, want %d", len(got), len(want))
	}
	for e := range want {
		if !got[e] {
			t.Errorf("pair %d–%d missing", e.a(), e.b())
		}
	}
}
