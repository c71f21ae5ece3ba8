package data

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"
)

// SaveResult is the outcome of saving one article of a batch.
type SaveResult struct {
	ID    int64 // the article's id, new or existing
	Added bool  // false when an identical text was already in the case
	Err   error // the article was not saved; the rest of the batch was
}

// SaveArticle stores an article with its analysis in one transaction. An
// article whose text is already in the case (same SHA-256) is not stored
// again: SaveArticle returns its id and added false.
func (s *Store) SaveArticle(ctx context.Context, a NewArticle) (id int64, added bool, err error) {
	err = s.write(ctx, func(tx *sql.Tx) error {
		sv, err := s.newSaver(ctx, tx)
		if err != nil {
			return err
		}
		defer sv.close()
		id, added, err = sv.save(ctx, a)
		return err
	})
	if err != nil {
		return 0, false, fmt.Errorf("save article %q: %w", a.Article.Title, err)
	}
	return id, added, nil
}

// SaveArticles stores several articles in one transaction, for bulk imports.
// Each article is still all-or-nothing: one that fails is rolled back alone
// and reported in its SaveResult. When ctx is cancelled the articles saved so
// far are committed and the results cover only them, with ctx's error.
//
// The batch is first written without savepoints (a savepoint per article
// copies every page it touches into a sub-journal); only when an article
// fails is the batch rolled back and written again, each article in its own
// savepoint.
func (s *Store) SaveArticles(ctx context.Context, as []NewArticle) ([]SaveResult, error) {
	res, err := s.saveBatch(ctx, as, false)
	if errors.Is(err, errArticleFailed) {
		res, err = s.saveBatch(ctx, as, true)
	}
	if err != nil {
		return nil, fmt.Errorf("save %d articles: %w", len(as), err)
	}
	if len(res) < len(as) {
		return res, fmt.Errorf("save articles: %w", ctx.Err())
	}
	return res, nil
}

// errArticleFailed rolls back a batch written without savepoints.
var errArticleFailed = errors.New("an article of the batch failed")

// saveBatch writes as in one transaction, each article in a savepoint when
// isolate is set; without it, a failing article fails the batch with
// errArticleFailed.
func (s *Store) saveBatch(ctx context.Context, as []NewArticle, isolate bool) ([]SaveResult, error) {
	res := make([]SaveResult, 0, len(as))
	bg := context.WithoutCancel(ctx)
	err := s.write(bg, func(tx *sql.Tx) error {
		sv, err := s.newSaver(bg, tx)
		if err != nil {
			return err
		}
		defer sv.close()
		sv.batch = !isolate
		for _, a := range as {
			if ctx.Err() != nil {
				break
			}
			if !isolate {
				id, added, err := sv.save(bg, a)
				if err != nil {
					return errArticleFailed
				}
				res = append(res, SaveResult{ID: id, Added: added})
				continue
			}
			r, err := sv.saveIsolated(ctx, tx, a)
			if err != nil {
				return err
			}
			res = append(res, r)
		}
		if err := sv.flush(bg); err != nil {
			if !isolate {
				return errArticleFailed // written again, article by article
			}
			return err
		}
		return nil
	})
	return res, err
}

// saveIsolated saves one article of a batch inside a savepoint. Its error
// return is for failures of the batch transaction itself.
func (sv *saver) saveIsolated(ctx context.Context, tx *sql.Tx, a NewArticle) (SaveResult, error) {
	bg := context.WithoutCancel(ctx)
	if _, err := tx.ExecContext(bg, "SAVEPOINT article"); err != nil {
		return SaveResult{}, err
	}
	actors := len(sv.actors)
	id, added, err := sv.save(bg, a)
	if err != nil {
		if _, rerr := tx.ExecContext(bg, "ROLLBACK TO article; RELEASE article"); rerr != nil {
			return SaveResult{}, errors.Join(err, rerr)
		}
		if len(sv.actors) != actors {
			clear(sv.actors) // ids made inside the savepoint are gone
		}
		clear(sv.aliased) // so are its aliases
		return SaveResult{Err: fmt.Errorf("save article %q: %w", a.Article.Title, err)}, nil
	}
	if _, err := tx.ExecContext(bg, "RELEASE article"); err != nil {
		return SaveResult{}, err
	}
	return SaveResult{ID: id, Added: added}, nil
}

// saver writes articles inside one transaction with prepared statements.
type saver struct {
	store  *Store
	tx     *sql.Tx
	stmts  []*sql.Stmt
	actors map[string]int64 // normalised name → actor id, within this transaction
	// aliased holds the normalised aliases already offered in this
	// transaction.
	aliased map[string]bool
	splits  map[splitKey]int64

	findArticle, insertArticle          *sql.Stmt
	findActor, insertActor, insertAlias *sql.Stmt
	insertFTS                           *sql.Stmt

	sentences, timexes, events, mentions, eventActors multiInsert
	// The highest ids of sentences, time expressions and events: new rows
	// get the next ones, so that they can be inserted many per statement.
	lastSentence, lastTimex, lastEvent int64

	// The aggregates' share of the articles saved: written after each
	// article, or once per batch when batch is set (a batch without
	// savepoints, which fails or commits as a whole).
	agg   aggDelta
	batch bool
	share articleShare // of the article being saved
}

type splitKey struct {
	norm  string
	actor int64
}

func (s *Store) newSaver(ctx context.Context, tx *sql.Tx) (*saver, error) {
	// Multi-row inserts keep a statement journal: temp_store(MEMORY) in the
	// DSN (store.go) keeps it in memory on every connection.
	sv := &saver{store: s, tx: tx, actors: map[string]int64{}, aliased: map[string]bool{}, agg: newAggDelta()}
	for _, p := range sv.statements() {
		st, err := s.txStmt(ctx, tx, p.sql)
		if err != nil {
			sv.close()
			return nil, err
		}
		*p.stmt = st
		sv.stmts = append(sv.stmts, st)
	}
	var err error
	if sv.splits, err = loadSplits(ctx, tx); err != nil {
		sv.close()
		return nil, err
	}
	if err := tx.QueryRowContext(ctx, `SELECT (SELECT coalesce(max(id), 0) FROM sentences),
		(SELECT coalesce(max(id), 0) FROM timexes), (SELECT coalesce(max(id), 0) FROM events)`,
	).Scan(&sv.lastSentence, &sv.lastTimex, &sv.lastEvent); err != nil {
		sv.close()
		return nil, fmt.Errorf("last ids: %w", err)
	}
	return sv, nil
}

type namedStmt struct {
	stmt **sql.Stmt
	sql  string
}

// statements lists the saver's statements and where each one goes.
func (sv *saver) statements() []namedStmt {
	ps := []namedStmt{
		{&sv.findArticle, "SELECT id FROM articles WHERE sha256 = ?"},
		{&sv.insertArticle, insertArticleSQL},
		{&sv.findActor, findActorSQL},
		{&sv.insertActor, insertActorSQL},
		{&sv.insertAlias, insertAliasSQL},
		{&sv.insertFTS, "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)"},
	}
	sv.mentions.head, sv.mentions.cols = insertMentionsSQL, 7
	sv.eventActors.head, sv.eventActors.cols = insertEventActorsSQL, 3
	sv.events.head, sv.events.cols = insertEventsSQL, 14
	sv.sentences.head, sv.sentences.cols = "INSERT INTO sentences (id, article_id, idx, start, end) VALUES ", 5
	sv.timexes.head, sv.timexes.cols = insertTimexesSQL, 12
	for _, m := range sv.buffers() {
		for i, rows := range multiRows {
			ps = append(ps, namedStmt{&m.stmts[i], m.sql(rows)})
		}
	}
	return ps
}

func (sv *saver) buffers() []*multiInsert {
	return []*multiInsert{&sv.sentences, &sv.timexes, &sv.events, &sv.mentions, &sv.eventActors}
}

// multiRows are the row counts of the multi-row INSERT statements, largest
// first: a statement per row costs more than the row itself.
var multiRows = [...]int{128, 32, 8, 1}

// multiInsert buffers rows of one table and inserts them with multi-row
// INSERT statements.
type multiInsert struct {
	head  string // INSERT ... VALUES
	cols  int
	stmts [len(multiRows)]*sql.Stmt
	args  []any
}

// sql is the statement inserting rows rows.
func (m *multiInsert) sql(rows int) string {
	row := "(" + placeholders(m.cols) + ")"
	return m.head + strings.TrimSuffix(strings.Repeat(row+",", rows), ",")
}

// add buffers one row.
func (m *multiInsert) add(vals ...any) { m.args = append(m.args, vals...) }

// flush inserts the buffered rows.
func (m *multiInsert) flush(ctx context.Context) error {
	args := m.args
	m.args = m.args[:0]
	for i, rows := range multiRows {
		n := rows * m.cols
		for len(args) >= n {
			if _, err := m.stmts[i].ExecContext(ctx, args[:n]...); err != nil {
				return err
			}
			args = args[n:]
		}
	}
	return nil
}

// saverSQL is the SQL of the saver's statements, prepared once at Open.
func saverSQL() []string {
	var qs []string
	for _, p := range (&saver{}).statements() {
		qs = append(qs, p.sql)
	}
	return qs
}

func (sv *saver) close() {
	for _, st := range sv.stmts {
		st.Close()
	}
}

// loadSplits reads the names the user split off actors.
func loadSplits(ctx context.Context, tx *sql.Tx) (map[splitKey]int64, error) {
	rows, err := tx.QueryContext(ctx, "SELECT norm, from_actor_id, to_actor_id FROM split_rules")
	if err != nil {
		return nil, fmt.Errorf("split rules: %w", err)
	}
	defer rows.Close()
	m := map[splitKey]int64{}
	for rows.Next() {
		var k splitKey
		var to int64
		if err := rows.Scan(&k.norm, &k.actor, &to); err != nil {
			return nil, fmt.Errorf("split rules: %w", err)
		}
		m[k] = to
	}
	return m, rows.Err()
}

const (
	insertArticleSQL = `
		INSERT INTO articles (sha256, title, outlet, url, author, published, published_precision,
		                      published_day, source_path, format, imported_at, extractor_version, text)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`
	insertTimexesSQL = `
		INSERT INTO timexes (id, article_id, sentence_id, start, end, text, type, value, mod,
		                     start_day, end_day, precision) VALUES `
	insertMentionsSQL = `
		INSERT INTO mentions (article_id, sentence_id, actor_id, start, end, text, day) VALUES `
	insertEventActorsSQL = `INSERT OR IGNORE INTO event_actors (event_id, actor_id, role) VALUES `
	insertEventsSQL      = `
		INSERT INTO events (id, article_id, sentence_id, type, trigger, trigger_start, trigger_end,
		                    timex_id, value, start_day, end_day, precision, approx, planned) VALUES `
)

// TextHash is the SHA-256 of an article's text, hex encoded: its identity.
func TextHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// flush writes what the saver keeps for the end of the transaction: in a
// batch, the rows of every article (parents before children, for the
// foreign keys), then the aggregates.
func (sv *saver) flush(ctx context.Context) error {
	for _, m := range sv.buffers() {
		if err := m.flush(ctx); err != nil {
			return fmt.Errorf("insert rows: %w", err)
		}
	}
	return sv.agg.write(ctx, sv.tx)
}

// flushRows inserts m's rows now, or at the end of a batch (flush), where
// they go in statements of many rows: a batch without savepoints fails or
// commits as a whole.
func (sv *saver) flushRows(ctx context.Context, m *multiInsert) error {
	if sv.batch {
		return nil
	}
	return m.flush(ctx)
}

// save writes one article, or returns the id of the identical one stored.
// Rows it buffered are dropped when it fails.
func (sv *saver) save(ctx context.Context, a NewArticle) (id int64, added bool, err error) {
	last := [3]int64{sv.lastSentence, sv.lastTimex, sv.lastEvent}
	bufs := sv.buffers()
	var lens [5]int
	for i, m := range bufs {
		lens[i] = len(m.args)
	}
	defer func() {
		if err != nil {
			sv.lastSentence, sv.lastTimex, sv.lastEvent = last[0], last[1], last[2]
			for i, m := range bufs {
				m.args = m.args[:lens[i]]
			}
			sv.share.reset()
		}
	}()
	return sv.saveNew(ctx, a)
}

func (sv *saver) saveNew(ctx context.Context, a NewArticle) (int64, bool, error) {
	sum := TextHash(a.Article.Text)
	var id int64
	err := sv.findArticle.QueryRowContext(ctx, sum).Scan(&id)
	if err == nil {
		return id, false, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, false, err
	}
	art := a.Article
	err = sv.insertArticle.QueryRowContext(ctx, sum, art.Title, art.Outlet, art.URL, art.Author,
		art.Published.Value, string(art.Published.Precision), knownDay(art.Published, art.Published.Start),
		art.SourcePath, art.Format, time.Now().UTC().Format(time.RFC3339), art.ExtractorVersion, art.Text,
	).Scan(&id)
	if err != nil {
		return 0, false, fmt.Errorf("insert article: %w", err)
	}
	if err := sv.saveAnalysis(ctx, id, a); err != nil {
		return 0, false, err
	}
	if _, err := sv.insertFTS.ExecContext(ctx, id, art.Title, art.Text); err != nil {
		return 0, false, fmt.Errorf("index article: %w", err)
	}
	return id, true, nil
}

// saveAnalysis writes an article's sentences, time expressions, mentions and
// events, then runs the aggregate hook.
func (sv *saver) saveAnalysis(ctx context.Context, id int64, a NewArticle) error {
	sents, err := sv.saveSentences(ctx, id, a.Sentences)
	if err != nil {
		return err
	}
	timexes, err := sv.saveTimexes(ctx, id, sents, a.Timexes)
	if err != nil {
		return err
	}
	actors := make([]int64, len(a.Actors))
	for i, na := range a.Actors {
		if actors[i], err = sv.resolveActor(ctx, na); err != nil {
			return err
		}
	}
	if err := sv.saveMentions(ctx, id, a, sents, actors); err != nil {
		return err
	}
	if err := sv.saveEvents(ctx, id, a.Events, sents, timexes, actors); err != nil {
		return err
	}
	sv.agg.addArticle(&sv.share)
	sv.share.reset()
	if !sv.batch {
		if err := sv.agg.write(ctx, sv.tx); err != nil {
			return err
		}
	}
	return sv.store.afterSave(ctx, sv.tx, id)
}

// knownDay is day when r is on the calendar, else NULL.
func knownDay(r DateRange, day Day) any {
	if !r.Known {
		return nil
	}
	return int64(day)
}

func (sv *saver) saveSentences(ctx context.Context, article int64, ss []Sentence) ([]int64, error) {
	ids := make([]int64, len(ss))
	for i, s := range ss {
		sv.lastSentence++
		ids[i] = sv.lastSentence
		sv.sentences.add(ids[i], article, i, s.Start, s.End)
	}
	if err := sv.flushRows(ctx, &sv.sentences); err != nil {
		return nil, fmt.Errorf("insert sentences: %w", err)
	}
	return ids, nil
}

func (sv *saver) saveTimexes(ctx context.Context, article int64, sents []int64, ts []NewTimex) ([]int64, error) {
	ids := make([]int64, len(ts))
	for i, t := range ts {
		sent, err := index(sents, t.Sentence, "sentence")
		if err != nil {
			return nil, fmt.Errorf("timex %d: %w", i, err)
		}
		d := t.Date
		sv.lastTimex++
		ids[i] = sv.lastTimex
		sv.timexes.add(ids[i], article, sent, t.Start, t.End, t.Text, t.Type, t.Value, t.Mod,
			knownDay(d, d.Start), knownDay(d, d.End), string(d.Precision))
	}
	if err := sv.flushRows(ctx, &sv.timexes); err != nil {
		return nil, fmt.Errorf("insert timexes: %w", err)
	}
	return ids, nil
}

// index returns ids[i], or an error naming what for a bad index.
func index(ids []int64, i int, what string) (int64, error) {
	if i < 0 || i >= len(ids) {
		return 0, fmt.Errorf("%s index %d out of range [0, %d)", what, i, len(ids))
	}
	return ids[i], nil
}

func (sv *saver) saveMentions(ctx context.Context, article int64, a NewArticle, sents, actors []int64) error {
	day := knownDay(a.Article.Published, a.Article.Published.Start)
	sv.share.outlet, sv.share.day = a.Article.Outlet, day
	for i, m := range a.Mentions {
		sent, err := index(sents, m.Sentence, "sentence")
		if err != nil {
			return fmt.Errorf("mention %d: %w", i, err)
		}
		actor, err := index(actors, m.Actor, "actor")
		if err != nil {
			return fmt.Errorf("mention %d: %w", i, err)
		}
		if actor == 0 {
			continue
		}
		if len(sv.splits) > 0 {
			if to, ok := sv.splits[splitKey{Normalize(m.Text), actor}]; ok {
				actor = to
			}
		}
		sv.mentions.add(article, sent, actor, m.Start, m.End, m.Text, day)
		sv.share.mentions = append(sv.share.mentions, [2]int64{sent, actor})
	}
	if err := sv.flushRows(ctx, &sv.mentions); err != nil {
		return fmt.Errorf("insert mentions: %w", err)
	}
	return nil
}

func (sv *saver) saveEvents(ctx context.Context, article int64, es []NewEvent, sents, timexes, actors []int64) error {
	for i, e := range es {
		sent, err := index(sents, e.Sentence, "sentence")
		if err != nil {
			return fmt.Errorf("event %d: %w", i, err)
		}
		var timex any
		if e.Timex >= 0 {
			if timex, err = index(timexes, e.Timex, "timex"); err != nil {
				return fmt.Errorf("event %d: %w", i, err)
			}
		}
		d := e.Date
		sv.lastEvent++
		id := sv.lastEvent
		sv.events.add(id, article, sent, e.Type, e.Trigger, e.TriggerStart, e.TriggerEnd,
			timex, d.Value, knownDay(d, d.Start), knownDay(d, d.End), string(d.Precision), d.Approx, e.Planned)
		if d.Known {
			sv.share.events = append(sv.share.events, eventDay{e.Type, int64(d.Start), int64(d.End)})
		}
		if err := sv.saveEventActors(id, sent, e.Actors, actors); err != nil {
			return fmt.Errorf("event %d: %w", i, err)
		}
	}
	if err := sv.flushRows(ctx, &sv.events); err != nil {
		return fmt.Errorf("insert events: %w", err)
	}
	if err := sv.flushRows(ctx, &sv.eventActors); err != nil {
		return fmt.Errorf("insert event actors: %w", err)
	}
	return nil
}

func (sv *saver) saveEventActors(event, sent int64, eas []NewEventActor, actors []int64) error {
	for _, ea := range eas {
		actor, err := index(actors, ea.Actor, "actor")
		if err != nil {
			return err
		}
		if actor == 0 {
			continue
		}
		sv.eventActors.add(event, actor, ea.Role)
		sv.share.parts = append(sv.share.parts, [2]int64{sent, actor})
	}
	return nil
}
