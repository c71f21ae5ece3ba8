package data

import (
	"context"
	"slices"
	"testing"
)

func TestStoryRegion(t *testing.T) {
	ctx := context.Background()
	s, _ := storyCase(t)
	far := storyArticle("Far", "Pacific Wire", "2021-03-02", "Putin met Kim in Moscow.", "Putin met Kim in Moscow.", "MEET", "2021-03-01", "Putin", "Kim")
	near := storyArticle("Near", "Daily Meridian", "2023-09-14", "Putin and Kim met.", "Putin and Kim met.", "MEET", "2023-09-13", "Putin", "Kim")
	for _, a := range []NewArticle{far, near} {
		if _, _, err := s.SaveArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	pending, total, err := s.StoryBacklog(ctx)
	if err != nil || pending != 2 || total != 5 {
		t.Fatalf("backlog %d of %d, %v; want 2 of 5", pending, total, err)
	}
	seeds, err := s.PendingStoryMembers(ctx)
	if err != nil || len(seeds) != 2 || len(seeds[1].Actors) != 2 {
		t.Fatalf("pending members %+v, %v", seeds, err)
	}
	var actors []int64
	for _, a := range seeds[1].Actors {
		actors = append(actors, a.ActorID)
	}
	d := seeds[1].Date
	region, err := s.StoryRegion(ctx, []int64{seeds[0].EventID, seeds[1].EventID}, []StoryWindow{{Types: []string{"TALKS"}, Actors: actors,
		From: d.Start - 92, To: d.End + 2, EndAfter: d.Start - 2}})
	if err != nil {
		t.Fatal(err)
	}
	// Both waiting events, and story event A found through its TALKS member
	// and read whole (its MEET member too); not the plan, a MEET.
	var events []int64
	for _, m := range region.Members {
		events = append(events, m.EventID)
	}
	if !slices.Equal(events, []int64{1, 2, 4, 5}) || len(region.Stories) != 1 {
		t.Fatalf("region: events %v, %d story events; want 1, 2, 4, 5 and 1 story event", events, len(region.Stories))
	}
	for _, m := range region.Members {
		if m.StoryID != 0 && len(m.Actors) != 2 {
			t.Errorf("member %+v without its actors", m)
		}
	}

	// A partial save replaces only the links of the plans it saves.
	full, err := s.StoryState(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var plan StoryMember
	for _, m := range full.Members {
		if m.Planned {
			plan = m
		}
	}
	changes := StoryChanges{Partial: true, Save: []StoryRecord{{Type: "MEET", Date: seeds[1].Date, Reports: 1,
		Outlets: 1, Articles: 1, Members: []int64{seeds[1].EventID}}}}
	if err := s.SaveStories(ctx, changes); err != nil {
		t.Fatal(err)
	}
	plans, err := s.StoryEvents(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(plans, func(e StoryEvent) bool { return e.Planned })
	if i < 0 || plans[i].Outcome == 0 {
		t.Errorf("plan of event %d lost its link in a partial save", plan.EventID)
	}
}
