package app

import (
	"context"
	"fmt"

	"newsline/app/story"
	"newsline/data"
)

func exportEvents(ctx context.Context, st *data.Store, j exportJob) error {
	format := j.flags.formatOf("json")
	if format != "json" && format != "csv" {
		return fmt.Errorf("unknown format %q (json or csv)", format)
	}
	events, err := st.StoryEvents(ctx, j.filter)
	if err != nil {
		return err
	}
	w, done, err := j.flags.create(j.stdout, false)
	if err != nil {
		return err
	}
	if err := story.WriteEvents(w, format, events); err != nil {
		done()
		return err
	}
	return done()
}

func exportTimelineJS(ctx context.Context, st *data.Store, j exportJob) error {
	events, err := st.StoryEvents(ctx, j.filter)
	if err != nil {
		return err
	}
	w, done, err := j.flags.create(j.stdout, false)
	if err != nil {
		return err
	}
	title := *j.flags.title
	if title == "" {
		title = "Newsline story"
	}
	if err := story.WriteTimelineJS(w, title, events); err != nil {
		done()
		return err
	}
	return done()
}
