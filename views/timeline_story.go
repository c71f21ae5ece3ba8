package views

import (
	"context"
	"errors"
	"math"
	"sort"

	"fyne.io/fyne/v2"

	"newsline/data"
	"newsline/views/chart"
)

// StoryEditor changes how events are assembled into story events: the
// timeline's details panel calls it to split and merge story events, to
// correct a story event's date and to undo such an edit. The app implements it with app/story.
type StoryEditor interface {
	// Split takes the events eventIDs out of story event storyID into a
	// story event of their own.
	Split(ctx context.Context, storyID int64, eventIDs []int64) error
	// Merge makes story events a and b one.
	Merge(ctx context.Context, a, b int64) error
	// CorrectDate sets story event storyID's date to value (2023-09-13,
	// 2023-09 or 2023), whatever its sources say; a value that is not a
	// date gives an error wrapping data.ErrBadDate.
	CorrectDate(ctx context.Context, storyID int64, value string) error
	// Undo undoes the latest split, merge or date correction; it returns an
	// error wrapping data.ErrNotFound when there is none.
	Undo(ctx context.Context) error
}

// mergeChoices is how many nearby story events "Merge with…" offers.
const mergeChoices = 10

// SetStoryEditor lets the details panel split, merge and undo story events
// through e; nil hides the curation.
func (t *Timeline) SetStoryEditor(e StoryEditor) {
	t.editor = e
	t.details.edit.enabled = e != nil
	t.details.edit.show(t.details.story)
}

// wireStories connects the details panel's story actions.
func (t *Timeline) wireStories() {
	t.details.onStory = t.selectStory
	ed := t.details.edit
	ed.candidates = t.mergeCandidates
	ed.onSplit = func(id int64, events []int64) {
		t.runEdit("Split off", func(ctx context.Context) error { return t.editor.Split(ctx, id, events) })
	}
	ed.onMerge = func(a, b int64) {
		t.runEdit("Merged", func(ctx context.Context) error { return t.editor.Merge(ctx, a, b) })
	}
	ed.onDate = func(id int64, value string) {
		t.runEdit("Date set", func(ctx context.Context) error { return t.editor.CorrectDate(ctx, id, value) })
	}
	ed.onUndo = func() {
		t.runEdit("Undone", func(ctx context.Context) error { return t.editor.Undo(ctx) })
	}
}

// loadDetail loads event id's detail and its story event's, in the
// background, and shows them.
func (t *Timeline) loadDetail(id int64) {
	t.selEvent = id
	t.pending.Add(1)
	go func() {
		defer t.pending.Done()
		ctx := context.Background()
		d, err := t.store.EventDetail(ctx, id)
		var sd data.StoryDetail
		if err == nil && d.Event.StoryID != 0 {
			sd, err = t.store.StoryDetail(ctx, d.Event.StoryID)
		}
		fyne.Do(func() {
			if err != nil {
				t.status.SetText("Could not load the event's sources")
				return
			}
			t.showDetail(d, sd)
		})
	}()
}

// showDetail shows d and its story event sd, remembering the story event
// shown before as the first merge candidate.
func (t *Timeline) showDetail(d data.EventDetail, sd data.StoryDetail) {
	if cur := t.details.story.Event; cur.ID != 0 && cur.ID != sd.Event.ID {
		t.prevStory = mergeChoice{ID: cur.ID, Label: "Previous: " + storyLabel(cur) + " · " + formatDate(cur.Date, cur.Planned)}
	}
	t.selStory = sd.Event.ID
	t.syncSelection()
	t.details.show(d, sd)
}

// syncSelection rings the mark of the selected story event.
func (t *Timeline) syncSelection() {
	if t.selStory == 0 {
		return
	}
	for _, e := range t.chart.events {
		if e.StoryID == t.selStory && t.chart.selected != e.ID {
			t.chart.selected = e.ID
			t.chart.Refresh()
			return
		}
	}
}

// selectStory selects story event id: its mark, brought into view when it is
// outside the window, and its sources in the details panel.
func (t *Timeline) selectStory(id int64) {
	t.details.edit.status.SetText("")
	c := t.chart
	for _, e := range c.events {
		if e.StoryID != id {
			continue
		}
		if from, to := float64(e.Date.Start), float64(e.Date.End); from < c.from || to > c.to {
			span := math.Max(c.to-c.from, (to-from)*1.5)
			c.setWindow((from+to)/2-span/2, (from+to)/2+span/2)
		}
		c.selected = e.ID
		c.Refresh()
		t.loadDetail(e.ID)
		return
	}
	// Not shown under the filter: show it from its first source.
	t.pending.Add(1)
	go func() {
		defer t.pending.Done()
		sd, err := t.store.StoryDetail(context.Background(), id)
		fyne.Do(func() {
			if err != nil || len(sd.Event.Sources) == 0 {
				t.status.SetText("Could not load the story event")
				return
			}
			t.loadDetail(sd.Event.Sources[0].EventID)
		})
	}()
}

// mergeCandidates offers the story event shown before, then the shown story
// events nearest in time to se.
func (t *Timeline) mergeCandidates(se data.StoryEvent) []mergeChoice {
	var out []mergeChoice
	if t.prevStory.ID != 0 && t.prevStory.ID != se.ID {
		out = append(out, t.prevStory)
	}
	mid := float64(se.Date.Start+se.Date.End) / 2
	var near []data.Event
	for _, e := range t.chart.events {
		if e.StoryID != 0 && e.StoryID != se.ID && e.StoryID != t.prevStory.ID {
			near = append(near, e)
		}
	}
	dist := func(e data.Event) float64 { return math.Abs(float64(e.Date.Start+e.Date.End)/2 - mid) }
	sort.SliceStable(near, func(i, j int) bool { return dist(near[i]) < dist(near[j]) })
	for i, e := range near {
		if i == mergeChoices {
			break
		}
		out = append(out, mergeChoice{ID: e.StoryID, Label: chart.EventLabel(e) + " · " + formatDate(e.Date, e.Planned)})
	}
	return out
}

// runEdit runs a story edit in the background, then reloads the timeline
// and the selected event's sources.
func (t *Timeline) runEdit(done string, op func(context.Context) error) {
	if t.editor == nil {
		return
	}
	t.details.edit.setBusy(true, "Working…")
	sel := t.selEvent
	t.pending.Add(1)
	go func() {
		defer t.pending.Done()
		err := op(context.Background())
		fyne.Do(func() {
			switch {
			case errors.Is(err, data.ErrNotFound):
				t.details.edit.setBusy(false, "Nothing to undo")
				return
			case err != nil:
				t.details.edit.setBusy(false, "Could not change the story event: "+err.Error())
				return
			}
			t.details.edit.setBusy(false, done+".")
			t.Reload()
			if sel != 0 {
				t.loadDetail(sel)
			}
		})
	}()
}
