package app

import (
	"context"

	"newsline/app/story"
	"newsline/data"
	"newsline/views"
)

var _ views.StoryEditor = storyEditor{}

// storyEditor is the timeline's views.StoryEditor: story assembly's split,
// merge, date correction and undo on the case, each reassembling what it
// touched.
type storyEditor struct{ st *data.Store }

// Split takes events out of story event id into a story event of their own.
func (e storyEditor) Split(ctx context.Context, id int64, events []int64) error {
	_, err := story.Split(ctx, e.st, id, events)
	return err
}

// Merge makes story events a and b one.
func (e storyEditor) Merge(ctx context.Context, a, b int64) error {
	_, err := story.Merge(ctx, e.st, a, b)
	return err
}

// CorrectDate sets story event id's date to value.
func (e storyEditor) CorrectDate(ctx context.Context, id int64, value string) error {
	_, err := story.CorrectDate(ctx, e.st, id, value)
	return err
}

// Undo undoes the latest split, merge or date correction still in force.
func (e storyEditor) Undo(ctx context.Context) error {
	_, err := story.Undo(ctx, e.st)
	return err
}
