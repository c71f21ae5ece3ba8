package data

import (
	"context"
	"database/sql"
)

// afterSave runs inside the transaction that saved (or re-analysed) article
// articleID, after all of its rows are written. It is the place where
// aggregate maintenance (graph edges, monthly mention counts) is added: each
// maintainer is a function of (ctx, tx, articleID) called from here, so that
// the aggregates commit or roll back with the article. It currently does
// nothing.
func (s *Store) afterSave(ctx context.Context, tx *sql.Tx, articleID int64) error {
	return nil
}

// afterCuration runs inside the transaction of every curation decision, its
// undo and its redo, after actors, aliases, mentions and event parts changed.
// Aggregates keyed by actor (graph edges, monthly counts) are brought up to
// date here. It currently does nothing.
func (s *Store) afterCuration(ctx context.Context, tx *sql.Tx) error {
	return nil
}

// beforeDelete runs inside the transaction that deletes article articleID,
// or replaces its analysis (ReplaceAnalysis, which then calls afterSave),
// while its rows still exist, so that aggregates can subtract them. It
// currently does nothing.
func (s *Store) beforeDelete(ctx context.Context, tx *sql.Tx, articleID int64) error {
	return nil
}
