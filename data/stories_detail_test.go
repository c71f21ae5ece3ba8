package data

import (
	"context"
	"errors"
	"slices"
	"testing"
)

// conflictCase is storyCase with the summit story event flagged as a date
// conflict; it returns the summit's and the plan's story ids.
func conflictCase(t *testing.T) (*Store, int64, int64) {
	t.Helper()
	ctx := context.Background()
	s, _ := storyCase(t)
	evs, err := s.StoryEvents(ctx, Filter{})
	if err != nil || len(evs) != 2 {
		t.Fatalf("story events %d, %v", len(evs), err)
	}
	plan, summit := evs[0], evs[1]
	if !plan.Planned {
		plan, summit = summit, plan
	}
	rec := StoryRecord{ID: summit.ID, Type: summit.Type, Date: summit.Date, Conflict: true,
		DatesReported: []string{"2022-09-13", "2023-09-13"}, Reports: 2, Outlets: 2, Articles: 2}
	if err := s.SaveStories(ctx, StoryChanges{Save: []StoryRecord{rec}, Links: []StoryLink{
		{PlanEvent: plan.Sources[0].EventID, OutcomeEvent: summit.Sources[0].EventID}}}); err != nil {
		t.Fatal(err)
	}
	return s, summit.ID, plan.ID
}

func TestStoryDetail(t *testing.T) {
	ctx := context.Background()
	s, summit, plan := conflictCase(t)
	d, err := s.StoryDetail(ctx, summit)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Event.Sources) != 2 || len(d.Highlights) != 2 {
		t.Fatalf("%d sources, %d highlight lists, want 2 2", len(d.Event.Sources), len(d.Highlights))
	}
	var titles []string
	for i, src := range d.Event.Sources {
		titles = append(titles, src.Title)
		var kinds []string
		for _, h := range d.Highlights[i] {
			kinds = append(kinds, h.Kind)
			if h.End > len(src.Sentence) {
				t.Errorf("%s: highlight %+v outside the sentence", src.Title, h)
			}
		}
		if !slices.Contains(kinds, HighlightTrigger) {
			t.Errorf("%s: highlights %v", src.Title, kinds)
		}
	}
	if !slices.Equal(titles, []string{"Summit", "Summit talks"}) {
		t.Errorf("sources %v", titles)
	}
	if !d.Event.Conflict || d.Event.Plan != plan || d.Linked.ID != plan || !d.Linked.Planned {
		t.Errorf("conflict %v plan %d linked %d", d.Event.Conflict, d.Event.Plan, d.Linked.ID)
	}
	p, err := s.StoryDetail(ctx, plan)
	if err != nil || p.Event.Outcome != summit || p.Linked.ID != summit {
		t.Errorf("plan: outcome %d linked %d, %v", p.Event.Outcome, p.Linked.ID, err)
	}
	if _, err := s.StoryDetail(ctx, 999); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing story event: %v", err)
	}
}

func TestTimelineEventsCarryStory(t *testing.T) {
	ctx := context.Background()
	s, summit, plan := conflictCase(t)
	evs, err := s.TimelineEvents(ctx, Filter{})
	if err != nil || len(evs) != 2 {
		t.Fatalf("timeline events %d, %v", len(evs), err)
	}
	for _, e := range evs {
		switch e.StoryID {
		case summit:
			if !e.Conflict || e.Plan != plan || e.Outcome != 0 || !slices.Equal(e.DatesReported, []string{"2022-09-13", "2023-09-13"}) {
				t.Errorf("summit event %+v", e)
			}
		case plan:
			if e.Conflict || e.Outcome != summit || e.Plan != 0 || e.DatesReported != nil {
				t.Errorf("plan event %+v", e)
			}
		default:
			t.Errorf("event %d in story event %d", e.ID, e.StoryID)
		}
	}
	d, err := s.EventDetail(ctx, evs[0].ID)
	if err != nil || d.Event.StoryID != evs[0].StoryID {
		t.Errorf("event detail story %d, %v", d.Event.StoryID, err)
	}
}

func TestConflictStories(t *testing.T) {
	s, summit, _ := conflictCase(t)
	evs, err := s.ConflictStories(context.Background())
	if err != nil || len(evs) != 1 || evs[0].ID != summit || len(evs[0].Sources) != 2 {
		t.Fatalf("conflicts %+v, %v", evs, err)
	}
}
