package data

import (
	"context"
	"database/sql"
	"fmt"
)

// Stats summarises a case.
type Stats struct {
	Articles       int
	Actors         int // actors not hidden and mentioned somewhere
	Mentions       int // mentions of actors not hidden
	Events         int
	FirstEvent     Day // first day of the earliest dated event; 0 when none
	LastEvent      Day // first day of the latest dated event; 0 when none
	FirstPublished Day // earliest publication day; 0 when none
	LastPublished  Day // latest publication day; 0 when none
}

// Stats counts the case's articles, visible actors, their mentions and the
// events, and gives the span of event and publication dates.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	var fe, le, fp, lp sql.NullInt64
	err := s.db.QueryRowContext(ctx, `
		SELECT (SELECT COUNT(*) FROM articles),
		       (SELECT COUNT(*) FROM actors a WHERE hidden = 0
		           AND EXISTS (SELECT 1 FROM mentions m WHERE m.actor_id = a.id)),
		       (SELECT COUNT(*) FROM mentions m JOIN actors a ON a.id = m.actor_id WHERE a.hidden = 0),
		       (SELECT COUNT(*) FROM events),
		       (SELECT MIN(start_day) FROM events),
		       (SELECT MAX(start_day) FROM events),
		       (SELECT MIN(published_day) FROM articles),
		       (SELECT MAX(published_day) FROM articles)`,
	).Scan(&st.Articles, &st.Actors, &st.Mentions, &st.Events, &fe, &le, &fp, &lp)
	if err != nil {
		return Stats{}, fmt.Errorf("stats: %w", err)
	}
	st.FirstEvent, st.LastEvent = Day(fe.Int64), Day(le.Int64)
	st.FirstPublished, st.LastPublished = Day(fp.Int64), Day(lp.Int64)
	return st, nil
}
