package data

import (
	"context"
	"database/sql"
	"fmt"
)

// Spans are the parts of one article's text that a reader shows: its
// sentences, the mentions of actors that are not hidden, and its time
// expressions, each in text order.
type Spans struct {
	Sentences []Sentence
	Mentions  []Mention
	Timexes   []Timex
}

// ArticleSpans returns the spans of article id.
func (s *Store) ArticleSpans(ctx context.Context, id int64) (Spans, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return Spans{}, fmt.Errorf("article spans %d: %w", id, err)
	}
	defer tx.Rollback()
	var sp Spans
	if sp.Sentences, err = readerSentences(ctx, tx, id); err != nil {
		return Spans{}, fmt.Errorf("article spans %d: %w", id, err)
	}
	if sp.Mentions, err = readerMentions(ctx, tx, id); err != nil {
		return Spans{}, fmt.Errorf("article spans %d: %w", id, err)
	}
	if sp.Timexes, err = readerTimexes(ctx, tx, id); err != nil {
		return Spans{}, fmt.Errorf("article spans %d: %w", id, err)
	}
	return sp, nil
}

func readerSentences(ctx context.Context, tx *sql.Tx, id int64) ([]Sentence, error) {
	rows, err := tx.QueryContext(ctx, `
		SELECT id, article_id, idx, start, end FROM sentences
		WHERE article_id = ? ORDER BY idx`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ss []Sentence
	for rows.Next() {
		var s Sentence
		if err := rows.Scan(&s.ID, &s.ArticleID, &s.Index, &s.Start, &s.End); err != nil {
			return nil, err
		}
		ss = append(ss, s)
	}
	return ss, rows.Err()
}

func readerMentions(ctx context.Context, tx *sql.Tx, id int64) ([]Mention, error) {
	rows, err := tx.QueryContext(ctx, `
		SELECT m.id, m.article_id, m.sentence_id, m.actor_id, m.start, m.end, m.text
		FROM mentions m JOIN actors a ON a.id = m.actor_id
		WHERE m.article_id = ? AND a.hidden = 0
		ORDER BY m.start, m.end`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ms []Mention
	for rows.Next() {
		var m Mention
		if err := rows.Scan(&m.ID, &m.ArticleID, &m.SentenceID, &m.ActorID, &m.Start, &m.End, &m.Text); err != nil {
			return nil, err
		}
		ms = append(ms, m)
	}
	return ms, rows.Err()
}

func readerTimexes(ctx context.Context, tx *sql.Tx, id int64) ([]Timex, error) {
	rows, err := tx.QueryContext(ctx, `
		SELECT id, article_id, COALESCE(sentence_id, 0), start, end, text, type, value, mod
		FROM timexes WHERE article_id = ? ORDER BY start, end`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ts []Timex
	for rows.Next() {
		var t Timex
		if err := rows.Scan(&t.ID, &t.ArticleID, &t.SentenceID, &t.Start, &t.End, &t.Text, &t.Type, &t.Value, &t.Mod); err != nil {
			return nil, err
		}
		t.Date = ParseValue(t.Value)
		t.Date.Approx = t.Mod == "APPROX"
		ts = append(ts, t)
	}
	return ts, rows.Err()
}
