package story

import (
	"fmt"
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
	items := make([]item, n)
	for i := range items {
		m := data.StoryMember{
			EventID: int64(i + 1), ArticleID: int64(i + 1), ArticleSHA: fmt.Sprintf("%064d", i),
			Type: "MEET", Published: pub,
			Actors: []data.EventActor{{ActorID: 1, Type: data.ActorPerson}, {ActorID: 2, Type: data.ActorGPE}},
			Group:  int64(i + 1),
		}
		if i%3 != 0 {
			m.Date = year
		}
		items[i] = newItem(m)
	}
	es := edges(items)
	if limit := 2 * n * maxPartners; len(es) > limit {
		t.Fatalf("%d candidate pairs for %d items, want at most %d", len(es), n, limit)
	}
	if len(es) == 0 {
		t.Fatal("no candidate pairs at all")
	}
}
