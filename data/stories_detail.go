package data

import (
	"context"
	"database/sql"
	"fmt"
)

// StoryDetail is a story event as the timeline's details panel shows it:
// every source with the spans of its sentence to highlight, and the story
// event it is linked to as plan or outcome.
type StoryDetail struct {
	Event      StoryEvent
	Highlights [][]Highlight // Highlights[i] are spans of Event.Sources[i].Sentence
	Linked     StoryEvent    // Event's outcome (when planned) or plan; ID 0 when none
}

// StoryDetail returns story event id with its sources, their highlights and
// its linked plan or outcome, or ErrNotFound.
func (s *Store) StoryDetail(ctx context.Context, id int64) (StoryDetail, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return StoryDetail{}, fmt.Errorf("story detail %d: %w", id, err)
	}
	defer tx.Rollback()
	d, err := storyDetail(ctx, tx, id)
	if err != nil {
		return StoryDetail{}, fmt.Errorf("story detail %d: %w", id, err)
	}
	return d, nil
}

func storyDetail(ctx context.Context, tx *sql.Tx, id int64) (StoryDetail, error) {
	evs, err := queryStories(ctx, tx, "s.id = ?", []any{id})
	if err != nil {
		return StoryDetail{}, err
	}
	if len(evs) == 0 {
		return StoryDetail{}, ErrNotFound
	}
	d := StoryDetail{Event: evs[0], Highlights: make([][]Highlight, len(evs[0].Sources))}
	for i, src := range d.Event.Sources {
		hs, err := sentenceHighlights(ctx, tx, src.EventID, src.SentenceID, src.Offset, len(src.Sentence))
		if err != nil {
			return StoryDetail{}, fmt.Errorf("source %d: %w", src.EventID, err)
		}
		d.Highlights[i] = hs
	}
	if link := max(d.Event.Outcome, d.Event.Plan); link != 0 {
		linked, err := queryStories(ctx, tx, "s.id = ?", []any{link})
		if err != nil {
			return StoryDetail{}, fmt.Errorf("linked story event %d: %w", link, err)
		}
		if len(linked) > 0 {
			d.Linked = linked[0]
		}
	}
	return d, nil
}

// ConflictSources is the most sources ConflictStories gives a story event:
// an assembled case can hold story events of thousands of reports.
const ConflictSources = 3

// ConflictStories returns every story event whose sources give incompatible
// dates, in date order, with its first ConflictSources sources (the
// earliest published).
func (s *Store) ConflictStories(ctx context.Context) ([]StoryEvent, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("conflicting story events: %w", err)
	}
	defer tx.Rollback()
	evs, err := queryStoriesCapped(ctx, tx, "s.conflict = 1", nil, ConflictSources)
	if err != nil {
		return nil, fmt.Errorf("conflicting story events: %w", err)
	}
	return evs, nil
}
