package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// ArticleQuery orders and pages the article list.
type ArticleQuery struct {
	Sort   string // "published" (default), "title", "outlet", "events" or "imported"
	Desc   bool
	Limit  int // 0 = no limit
	Offset int
	IDs    []int64 // only these articles, when set
}

var articleOrder = map[string]string{
	"":          "a.published_day",
	"published": "a.published_day",
	"title":     "a.title COLLATE NOCASE",
	"outlet":    "a.outlet COLLATE NOCASE",
	"events":    "events",
	"imported":  "a.imported_at",
}

const articleColumns = `a.id, a.sha256, a.title, a.outlet, a.url, a.author, a.published,
	a.source_path, a.format, a.imported_at, a.extractor_version,
	(SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS events`

// Articles lists articles without their text, with their number of events.
func (s *Store) Articles(ctx context.Context, q ArticleQuery) ([]Article, error) {
	order, ok := articleOrder[q.Sort]
	if !ok {
		return nil, fmt.Errorf("articles: unknown sort %q", q.Sort)
	}
	dir := " ASC"
	if q.Desc {
		dir = " DESC"
	}
	limit := q.Limit
	if limit <= 0 {
		limit = -1
	}
	var w scopeWhere
	w.inInts("a.id", q.IDs)
	rows, err := s.db.QueryContext(ctx, "SELECT "+articleColumns+", '' FROM articles a"+w.String()+" ORDER BY "+
		order+dir+", a.id"+dir+" LIMIT ? OFFSET ?", append(w.args, limit, max(q.Offset, 0))...)
	if err != nil {
		return nil, fmt.Errorf("articles: %w", err)
	}
	defer rows.Close()
	var as []Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, fmt.Errorf("articles: %w", err)
		}
		as = append(as, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("articles: %w", err)
	}
	return as, nil
}

// Article returns one article with its text, or an error wrapping
// ErrNotFound.
func (s *Store) Article(ctx context.Context, id int64) (Article, error) {
	a, err := scanArticle(s.db.QueryRowContext(ctx,
		"SELECT "+articleColumns+", a.text FROM articles a WHERE a.id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return Article{}, fmt.Errorf("article %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return Article{}, fmt.Errorf("article %d: %w", id, err)
	}
	return a, nil
}

func scanArticle(r scanner) (Article, error) {
	var a Article
	var published, imported string
	err := r.Scan(&a.ID, &a.SHA256, &a.Title, &a.Outlet, &a.URL, &a.Author, &published,
		&a.SourcePath, &a.Format, &imported, &a.ExtractorVersion, &a.Events, &a.Text)
	if err != nil {
		return Article{}, err
	}
	a.Published = ParseValue(published)
	a.ImportedAt, _ = time.Parse(time.RFC3339, imported)
	return a, nil
}

// ArticleCount returns the number of articles in the case.
func (s *Store) ArticleCount(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM articles").Scan(&n); err != nil {
		return 0, fmt.Errorf("article count: %w", err)
	}
	return n, nil
}

// Sentence returns a sentence and its text.
func (s *Store) Sentence(ctx context.Context, id int64) (Sentence, string, error) {
	var st Sentence
	var text []byte
	err := s.db.QueryRowContext(ctx, `
		SELECT s.id, s.article_id, s.idx, s.start, s.end,
		       substr(CAST(a.text AS BLOB), s.start + 1, s.end - s.start)
		FROM sentences s JOIN articles a ON a.id = s.article_id WHERE s.id = ?`, id,
	).Scan(&st.ID, &st.ArticleID, &st.Index, &st.Start, &st.End, &text)
	if errors.Is(err, sql.ErrNoRows) {
		return Sentence{}, "", fmt.Errorf("sentence %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return Sentence{}, "", fmt.Errorf("sentence %d: %w", id, err)
	}
	return st, string(text), nil
}

// DeleteArticle removes an article; its sentences, mentions, time expressions
// and events go with it, and it leaves the search index.
func (s *Store) DeleteArticle(ctx context.Context, id int64) error {
	err := s.write(ctx, func(tx *sql.Tx) error {
		if err := unindex(ctx, tx, id); err != nil {
			return err
		}
		if err := s.beforeDelete(ctx, tx, id); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, "DELETE FROM articles WHERE id = ?", id)
		return err
	})
	if err != nil {
		return fmt.Errorf("delete article %d: %w", id, err)
	}
	return nil
}

// unindex removes article id from the search index, which needs the indexed
// values; it returns ErrNotFound for a missing article.
func unindex(ctx context.Context, tx *sql.Tx, id int64) error {
	res, err := tx.ExecContext(ctx, `
		INSERT INTO articles_fts (articles_fts, rowid, title, text)
		SELECT 'delete', id, title, text FROM articles WHERE id = ?`, id)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil {
		return err
	} else if n == 0 {
		return ErrNotFound
	}
	return nil
}

// UpdateArticleMeta changes an article's title, outlet and publication date.
// The app re-extracts the text against the new date and calls ReplaceAnalysis.
func (s *Store) UpdateArticleMeta(ctx context.Context, id int64, title, outlet string, published DateRange) error {
	err := s.write(ctx, func(tx *sql.Tx) error {
		if err := unindex(ctx, tx, id); err != nil {
			return err
		}
		if err := s.beforeMetaChange(ctx, tx, id); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `
			UPDATE articles SET title = ?, outlet = ?, published = ?, published_precision = ?, published_day = ?
			WHERE id = ?`,
			title, outlet, published.Value, string(published.Precision), knownDay(published, published.Start), id)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE mentions SET day = ? WHERE article_id = ?`,
			knownDay(published, published.Start), id); err != nil {
			return err
		}
		if err := s.afterMetaChange(ctx, tx, id); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx,
			"INSERT INTO articles_fts (rowid, title, text) SELECT id, title, text FROM articles WHERE id = ?", id)
		return err
	})
	if err != nil {
		return fmt.Errorf("update article %d: %w", id, err)
	}
	return nil
}

// ReplaceAnalysis swaps an article's sentences, time expressions, mentions
// and events for a new analysis of the same text in one transaction, for
// instance after its publication date changed. The user's curation decisions
// apply to the new analysis as they do to an import. The article's own fields
// other than ExtractorVersion are not changed (see UpdateArticleMeta).
func (s *Store) ReplaceAnalysis(ctx context.Context, id int64, a NewArticle) error {
	err := s.write(ctx, func(tx *sql.Tx) error {
		var text string
		if err := tx.QueryRowContext(ctx, "SELECT text FROM articles WHERE id = ?", id).Scan(&text); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return ErrNotFound
			}
			return err
		}
		if text != a.Article.Text {
			return errors.New("the new analysis is of a different text")
		}
		kept, err := keepStoryDecisions(ctx, tx, id)
		if err != nil {
			return err
		}
		if err := s.beforeDelete(ctx, tx, id); err != nil {
			return err
		}
		for _, table := range []string{"events", "mentions", "timexes", "sentences"} {
			if _, err := tx.ExecContext(ctx, "DELETE FROM "+table+" WHERE article_id = ?", id); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, "UPDATE articles SET extractor_version = ? WHERE id = ?",
			a.Article.ExtractorVersion, id); err != nil {
			return err
		}
		var pub string
		if err := tx.QueryRowContext(ctx, "SELECT published, outlet FROM articles WHERE id = ?", id).Scan(&pub, &a.Article.Outlet); err != nil {
			return err
		}
		a.Article.Published = ParseValue(pub)
		sv, err := s.newSaver(ctx, tx)
		if err != nil {
			return err
		}
		defer sv.close()
		if err := sv.saveAnalysis(ctx, id, a); err != nil {
			return err
		}
		return restoreStoryDecisions(ctx, tx, id, kept)
	})
	if err != nil {
		return fmt.Errorf("replace analysis of article %d: %w", id, err)
	}
	return nil
}

// StaleArticles returns the ids of the articles analysed by an extractor
// older than version, for re-analysis with ReplaceAnalysis.
func (s *Store) StaleArticles(ctx context.Context, version int) ([]int64, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT id FROM articles WHERE extractor_version < ? ORDER BY id", version)
	if err != nil {
		return nil, fmt.Errorf("stale articles: %w", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("stale articles: %w", err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("stale articles: %w", err)
	}
	return ids, nil
}

// storyDecisionPart is an event of an article taking part in a story
// decision (split or merge), by what identifies it across analyses of the
// same text: its trigger's offset and its type.
type storyDecisionPart struct {
	decision     int64
	side         int
	triggerStart int
	typ          string
}

// keepStoryDecisions reads the story decisions that article id's events
// take part in, before its analysis is replaced.
func keepStoryDecisions(ctx context.Context, tx *sql.Tx, id int64) ([]storyDecisionPart, error) {
	rows, err := tx.QueryContext(ctx, `SELECT d.decision_id, d.side, e.trigger_start, e.type
		FROM story_decision_events d JOIN events e ON e.id = d.event_id WHERE e.article_id = ?`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var kept []storyDecisionPart
	for rows.Next() {
		var p storyDecisionPart
		if err := rows.Scan(&p.decision, &p.side, &p.triggerStart, &p.typ); err != nil {
			return nil, err
		}
		kept = append(kept, p)
	}
	return kept, rows.Err()
}

// restoreStoryDecisions attaches the kept decision parts to the events of
// the new analysis with the same trigger and type, so that a split or merge
// the user made survives re-analysis; a part whose event is gone is
// dropped with it.
func restoreStoryDecisions(ctx context.Context, tx *sql.Tx, id int64, kept []storyDecisionPart) error {
	for _, p := range kept {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO story_decision_events (decision_id, event_id, side)
			SELECT ?, id, ? FROM events WHERE article_id = ? AND trigger_start = ? AND type = ?`,
			p.decision, p.side, id, p.triggerStart, p.typ); err != nil {
			return fmt.Errorf("keep story decision %d: %w", p.decision, err)
		}
	}
	return nil
}
