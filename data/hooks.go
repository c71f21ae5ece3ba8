package data

import (
	"context"
	"database/sql"
)

// afterSave runs inside the transaction that saved (or re-analysed) article
// articleID, after all of its rows are written. The saver has added the
// article's share of the aggregates (aggregates.go) itself, from the rows in
// memory; the actors that the save created were marked for recomputation by
// a trigger and are already counted, so the marks are dropped.
func (s *Store) afterSave(ctx context.Context, tx *sql.Tx, articleID int64) error {
	_, err := tx.ExecContext(ctx, "DELETE FROM graph_dirty")
	return err
}

// afterCuration runs inside the transaction of every curation decision, its
// undo and its redo, after actors, aliases, mentions and event parts changed.
// It recomputes the aggregates of the actors whose mentions or event parts
// moved (marked by triggers in graph_dirty).
func (s *Store) afterCuration(ctx context.Context, tx *sql.Tx) error {
	return recomputeDirty(ctx, tx)
}

// beforeDelete runs inside the transaction that deletes article articleID,
// or replaces its analysis (ReplaceAnalysis, which then calls afterSave),
// while its rows still exist: it subtracts the article's share of the
// aggregates.
func (s *Store) beforeDelete(ctx context.Context, tx *sql.Tx, articleID int64) error {
	return subtractArticle(ctx, tx, articleID)
}

// beforeMetaChange and afterMetaChange run inside the transaction of
// UpdateArticleMeta, before and after article articleID's outlet and
// publication day (and its mentions' day) change: they move the article's
// mentions in the per-day and per-outlet aggregates.
func (s *Store) beforeMetaChange(ctx context.Context, tx *sql.Tx, articleID int64) error {
	return moveArticleMentions(ctx, tx, articleID, -1)
}

func (s *Store) afterMetaChange(ctx context.Context, tx *sql.Tx, articleID int64) error {
	return moveArticleMentions(ctx, tx, articleID, 1)
}
