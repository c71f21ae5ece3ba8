package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
)

// Story decision actions.
const (
	StoryMerge = "merge"
	StorySplit = "split"
	StoryDate  = "date" // the user's date for a story event
)

// StorySource is one report of a story event: an extracted event, the
// sentence it came from and the article holding it.
type StorySource struct {
	EventID    int64
	ArticleID  int64
	Title      string
	Outlet     string
	Published  string // TIMEX3 value of the article's publication date
	SentenceID int64
	Sentence   string    // the sentence's text
	Offset     int       // byte offset of the sentence in the article text
	Trigger    string    // the event's trigger word
	TriggerAt  int       // byte offset of the trigger in the article text
	Date       DateRange // the date this source gives the event
	Group      int64     // syndication group: the smallest article id of the copies
}

// StoryEvent is one real-world happening as assembled from every article
// reporting it. Its date is the most precise date its sources agree on.
type StoryEvent struct {
	ID            int64
	Type          string
	Date          DateRange
	Actors        []EventActor // every visible actor of its sources, by id
	Planned       bool
	Conflict      bool     // its sources give dates incompatible beyond their precision
	DatesReported []string // the distinct TIMEX3 values its sources give, in date order
	Sources       []StorySource
	Reports       int   // independent reports: distinct syndication groups
	Outlets       int   // distinct outlets, reprints not counted
	Articles      int   // distinct articles, reprints included
	Outcome       int64 // for a planned event, the story event it came about in; 0 if none
	Plan          int64 // the planned story event this one fulfils; 0 if none
}

// StoryMember is an extracted event as story assembly reads it.
type StoryMember struct {
	EventID      int64
	ArticleID    int64
	ArticleSHA   string // content identity, for an order that does not depend on import order
	TriggerStart int
	Type         string
	Date         DateRange
	Planned      bool
	Actors       []EventActor // visible actors (ActorID and Type), by id
	Published    DateRange    // the article's publication date
	Outlet       string
	Group        int64 // syndication group; the article's own id when it has no copies
	StoryID      int64 // its story event, 0 when not assembled yet
	Dirty        bool  // a story decision touched its story event since the last assembly
}

// StoryRecord is a story event as assembly stores it.
type StoryRecord struct {
	ID            int64 // 0 for a new story event
	Type          string
	Date          DateRange
	Planned       bool
	Conflict      bool
	DatesReported []string
	Reports       int
	Outlets       int
	Articles      int
	Members       []int64 // event ids; set when saving
}

// StoryDecision is a user's merge or split of story events, recorded by the
// events on each side.
type StoryDecision struct {
	ID     int64
	Action string // StoryMerge, StorySplit or StoryDate
	Sides  [2][]int64
	Value  string // StoryDate: the date, a TIMEX3 calendar value
}

// StoryLink links a planned story event to its outcome, each named by one of
// its member events.
type StoryLink struct {
	PlanEvent, OutcomeEvent int64
}

// StoryState is what story assembly reads: every event, the stored story
// events and the active decisions in the order they were made.
type StoryState struct {
	Members   []StoryMember
	Stories   map[int64]StoryRecord // without Members
	Decisions []StoryDecision
}

// StoryChanges is what one assembly writes in one transaction.
type StoryChanges struct {
	Save   []StoryRecord // new or changed story events with all their members
	Delete []int64       // story events that no longer exist
	Links  []StoryLink   // every plan → outcome link (replaces the stored ones)
	// Partial: the assembly placed only part of the case. Links then replace
	// only the stored links of the plans among Save.
	Partial bool
}

// SyndicationArticle is an article's text for near-duplicate detection.
type SyndicationArticle struct {
	ID    int64
	Group int64
	Text  string
}

// StoryState reads the input of story assembly.
func (s *Store) StoryState(ctx context.Context) (StoryState, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return StoryState{}, fmt.Errorf("story state: %w", err)
	}
	defer tx.Rollback()
	var st StoryState
	if st.Members, err = storyMembers(ctx, tx); err != nil {
		return StoryState{}, fmt.Errorf("story members: %w", err)
	}
	if err := storyMemberActors(ctx, tx, st.Members); err != nil {
		return StoryState{}, fmt.Errorf("story member actors: %w", err)
	}
	if st.Stories, err = storyRecords(ctx, tx); err != nil {
		return StoryState{}, fmt.Errorf("story events: %w", err)
	}
	if st.Decisions, err = storyDecisions(ctx, tx); err != nil {
		return StoryState{}, fmt.Errorf("story decisions: %w", err)
	}
	return st, nil
}

// storyMemberSelect reads events as story members, in the columns
// scanStoryMembers scans.
const storyMemberSelect = `
	SELECT e.id, e.article_id, a.sha256, e.trigger_start, e.type, e.value, e.approx, e.planned,
			a.published, a.outlet, coalesce(g.group_id, a.id), coalesce(m.story_id, 0), coalesce(m.dirty, 0)
		FROM events e
		JOIN articles a ON a.id = e.article_id
		LEFT JOIN article_groups g ON g.article_id = e.article_id
		LEFT JOIN story_members m ON m.event_id = e.id`

func storyMembers(ctx context.Context, tx *sql.Tx) ([]StoryMember, error) {
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM events").Scan(&n); err != nil {
		return nil, err
	}
	rows, err := tx.QueryContext(ctx, storyMemberSelect+` ORDER BY e.id`)
	if err != nil {
		return nil, err
	}
	var in interner
	return scanStoryMembers(rows, &in, make([]StoryMember, 0, n))
}

// interner shares the strings and parsed dates read for story assembly.
type interner struct {
	texts map[string]string
	dates map[string]DateRange
}

func (in *interner) text(b []byte) string {
	if s, ok := in.texts[string(b)]; ok {
		return s
	}
	if in.texts == nil {
		in.texts = map[string]string{}
	}
	s := string(b)
	in.texts[s] = s
	return s
}

func (in *interner) date(b []byte) DateRange {
	if d, ok := in.dates[string(b)]; ok {
		return d
	}
	if in.dates == nil {
		in.dates = map[string]DateRange{}
	}
	v := in.text(b)
	d := ParseValue(v)
	in.dates[v] = d
	return d
}

// storyMemberActors fills the visible actors of ms, which are sorted by
// event id. The actors of all members share one array.
func storyMemberActors(ctx context.Context, tx *sql.Tx, ms []StoryMember) error {
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM event_actors").Scan(&n); err != nil {
		return err
	}
	// In primary key order, without DISTINCT: an actor named in two roles
	// comes twice in a row and is skipped here, rather than sorted out by
	// SQLite in a temporary b-tree of every row of the case.
	rows, err := tx.QueryContext(ctx, `
		SELECT ea.event_id, ea.actor_id, a.type FROM event_actors ea
		JOIN actors a ON a.id = ea.actor_id AND a.hidden = 0
		ORDER BY ea.event_id, ea.actor_id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	all := make([]EventActor, 0, n)
	at := make([]int, 0, len(ms)+1) // at[i]: where ms[i]'s actors start in all
	i := 0
	var in interner
	var typ sql.RawBytes
	for rows.Next() {
		var event int64
		var a EventActor
		if err := rows.Scan(&event, &a.ActorID, &typ); err != nil {
			return err
		}
		for i < len(ms) && ms[i].EventID < event {
			i++
		}
		if i < len(ms) && ms[i].EventID == event {
			if len(at) == i+1 && len(all) > at[i] && all[len(all)-1].ActorID == a.ActorID {
				continue // the same actor in another role
			}
			for len(at) <= i {
				at = append(at, len(all))
			}
			a.Type = in.text(typ)
			all = append(all, a)
		}
	}
	for len(at) <= len(ms) {
		at = append(at, len(all))
	}
	for i := range ms {
		if at[i] < at[i+1] {
			ms[i].Actors = all[at[i]:at[i+1]:at[i+1]]
		}
	}
	return rows.Err()
}

func storyRecords(ctx context.Context, tx *sql.Tx) (map[int64]StoryRecord, error) {
	return storyRecordsWhere(ctx, tx, "", nil)
}

// storyRecordsWhere reads the story events matching where (a WHERE clause
// or nothing) with args.
func storyRecordsWhere(ctx context.Context, tx *sql.Tx, where string, args []any) (map[int64]StoryRecord, error) {
	rows, err := tx.QueryContext(ctx, `
		SELECT id, type, value, approx, planned, conflict, dates_reported, reports, outlets, articles
		FROM story_events `+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	recs := map[int64]StoryRecord{}
	for rows.Next() {
		var r StoryRecord
		var value, dates string
		if err := rows.Scan(&r.ID, &r.Type, &value, &r.Date.Approx, &r.Planned, &r.Conflict, &dates,
			&r.Reports, &r.Outlets, &r.Articles); err != nil {
			return nil, err
		}
		approx := r.Date.Approx
		r.Date = ParseValue(value)
		r.Date.Approx = approx
		if err := json.Unmarshal([]byte(dates), &r.DatesReported); err != nil {
			return nil, fmt.Errorf("story event %d dates: %w", r.ID, err)
		}
		recs[r.ID] = r
	}
	return recs, rows.Err()
}

func storyDecisions(ctx context.Context, tx *sql.Tx) ([]StoryDecision, error) {
	rows, err := tx.QueryContext(ctx, `
		SELECT d.id, d.action, d.value, de.side, de.event_id FROM story_decisions d
		JOIN story_decision_events de ON de.decision_id = d.id
		WHERE d.undone = 0 ORDER BY d.id, de.side, de.event_id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ds []StoryDecision
	for rows.Next() {
		var d StoryDecision
		var side int
		var event int64
		if err := rows.Scan(&d.ID, &d.Action, &d.Value, &side, &event); err != nil {
			return nil, err
		}
		if n := len(ds); n == 0 || ds[n-1].ID != d.ID {
			ds = append(ds, d)
		}
		last := &ds[len(ds)-1]
		last.Sides[side&1] = append(last.Sides[side&1], event)
	}
	return ds, rows.Err()
}

// SaveStories writes the result of one assembly in one transaction. New
// story events get their ids in the order of changes.Save.
func (s *Store) SaveStories(ctx context.Context, changes StoryChanges) error {
	err := s.write(ctx, func(tx *sql.Tx) error {
		for _, id := range changes.Delete {
			if _, err := tx.ExecContext(ctx, "DELETE FROM story_events WHERE id = ?", id); err != nil {
				return err
			}
		}
		stmts, err := prepareStorySave(ctx, tx)
		if err != nil {
			return err
		}
		defer stmts.close()
		for _, r := range changes.Save {
			if err := stmts.save(ctx, r); err != nil {
				return err
			}
		}
		if changes.Partial {
			return replaceStoryLinks(ctx, tx, changes.Save, changes.Links)
		}
		return saveStoryLinks(ctx, tx, changes.Links)
	})
	if err != nil {
		return fmt.Errorf("save stories: %w", err)
	}
	return nil
}

// storySave holds the statements that write story events and their
// members, prepared once per save: an assembly may write a million.
type storySave struct {
	insert, upsert, member *sql.Stmt
}

func prepareStorySave(ctx context.Context, tx *sql.Tx) (*storySave, error) {
	var ss storySave
	var err error
	if ss.insert, err = tx.PrepareContext(ctx, `INSERT INTO story_events (type, value, start_day, end_day,
		precision, approx, planned, conflict, dates_reported, reports, outlets, articles)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`); err != nil {
		return nil, err
	}
	if ss.upsert, err = tx.PrepareContext(ctx, `INSERT INTO story_events (type, value, start_day, end_day,
		precision, approx, planned, conflict, dates_reported, reports, outlets, articles, id)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET type = excluded.type, value = excluded.value,
			start_day = excluded.start_day, end_day = excluded.end_day, precision = excluded.precision,
			approx = excluded.approx, planned = excluded.planned, conflict = excluded.conflict,
			dates_reported = excluded.dates_reported, reports = excluded.reports,
			outlets = excluded.outlets, articles = excluded.articles`); err != nil {
		ss.close()
		return nil, err
	}
	if ss.member, err = tx.PrepareContext(ctx, `INSERT INTO story_members (event_id, story_id) VALUES (?, ?)
		ON CONFLICT (event_id) DO UPDATE SET story_id = excluded.story_id, dirty = 0`); err != nil {
		ss.close()
		return nil, err
	}
	return &ss, nil
}

func (ss *storySave) close() {
	for _, st := range []*sql.Stmt{ss.insert, ss.upsert, ss.member} {
		if st != nil {
			st.Close()
		}
	}
}

// save writes story event r and its members.
func (ss *storySave) save(ctx context.Context, r StoryRecord) error {
	dates, err := json.Marshal(nonNil(r.DatesReported))
	if err != nil {
		return err
	}
	args := []any{r.Type, r.Date.Value, knownDay(r.Date, r.Date.Start), knownDay(r.Date, r.Date.End),
		string(r.Date.Precision), r.Date.Approx, r.Planned, r.Conflict, string(dates), r.Reports, r.Outlets, r.Articles}
	id := r.ID
	if id == 0 {
		err = ss.insert.QueryRowContext(ctx, args...).Scan(&id)
	} else {
		_, err = ss.upsert.ExecContext(ctx, append(args, id)...)
	}
	if err != nil {
		return fmt.Errorf("story event %d: %w", r.ID, err)
	}
	for _, ev := range r.Members {
		if _, err := ss.member.ExecContext(ctx, ev, id); err != nil {
			return fmt.Errorf("story event %d member %d: %w", id, ev, err)
		}
	}
	return nil
}

func nonNil(ss []string) []string {
	if ss == nil {
		return []string{}
	}
	return ss
}

func saveStoryLinks(ctx context.Context, tx *sql.Tx, links []StoryLink) error {
	if _, err := tx.ExecContext(ctx, "DELETE FROM story_links"); err != nil {
		return err
	}
	return insertStoryLinks(ctx, tx, links)
}

// replaceStoryLinks deletes the links of the plans among saved, which have
// their members stored, and inserts links.
func replaceStoryLinks(ctx context.Context, tx *sql.Tx, saved []StoryRecord, links []StoryLink) error {
	del, err := tx.PrepareContext(ctx, `DELETE FROM story_links WHERE plan_id =
		(SELECT story_id FROM story_members WHERE event_id = ?)`)
	if err != nil {
		return err
	}
	defer del.Close()
	for _, r := range saved {
		if r.Planned && len(r.Members) > 0 {
			if _, err := del.ExecContext(ctx, r.Members[0]); err != nil {
				return err
			}
		}
	}
	return insertStoryLinks(ctx, tx, links)
}

func insertStoryLinks(ctx context.Context, tx *sql.Tx, links []StoryLink) error {
	link, err := tx.PrepareContext(ctx, `INSERT OR REPLACE INTO story_links (plan_id, outcome_id)
		SELECT p.story_id, o.story_id FROM story_members p, story_members o
		WHERE p.event_id = ? AND o.event_id = ?`)
	if err != nil {
		return err
	}
	defer link.Close()
	for _, l := range links {
		if _, err := link.ExecContext(ctx, l.PlanEvent, l.OutcomeEvent); err != nil {
			return fmt.Errorf("story link %d → %d: %w", l.PlanEvent, l.OutcomeEvent, err)
		}
	}
	return nil
}

// PendingSyndication returns the articles that have not been compared for
// syndication yet, by id.
func (s *Store) PendingSyndication(ctx context.Context) ([]SyndicationArticle, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.id, a.text FROM articles a
		WHERE NOT EXISTS (SELECT 1 FROM article_groups g WHERE g.article_id = a.id) ORDER BY a.id`)
	if err != nil {
		return nil, fmt.Errorf("pending syndication: %w", err)
	}
	defer rows.Close()
	as, err := scanSyndication(rows)
	if err != nil {
		return nil, fmt.Errorf("pending syndication: %w", err)
	}
	return as, nil
}

// SyndicationCandidates returns, for each list of band hashes (hashes[i] is
// the hash of band i), the compared articles sharing one of them, by id.
func (s *Store) SyndicationCandidates(ctx context.Context, bands [][]int64) ([][]SyndicationArticle, error) {
	out := make([][]SyndicationArticle, len(bands))
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("syndication candidates: %w", err)
	}
	defer tx.Rollback()
	stmts := map[int]*sql.Stmt{}
	for i, hashes := range bands {
		if len(hashes) == 0 {
			continue
		}
		stmt, ok := stmts[len(hashes)]
		if !ok {
			if stmt, err = tx.PrepareContext(ctx, candidateQuery(len(hashes))); err != nil {
				return nil, fmt.Errorf("syndication candidates: %w", err)
			}
			defer stmt.Close()
			stmts[len(hashes)] = stmt
		}
		if out[i], err = candidates(ctx, stmt, hashes); err != nil {
			return nil, fmt.Errorf("syndication candidates: %w", err)
		}
	}
	return out, nil
}

// candidateQuery selects the compared articles sharing one of n band hashes.
func candidateQuery(n int) string {
	conds := make([]string, n)
	for i := range conds {
		conds[i] = fmt.Sprintf("(band = %d AND hash = ?)", i)
	}
	return `SELECT a.id, g.group_id, a.text FROM articles a
		JOIN article_groups g ON g.article_id = a.id
		WHERE a.id IN (SELECT article_id FROM article_bands WHERE ` + strings.Join(conds, " OR ") + `)
		ORDER BY a.id`
}

func candidates(ctx context.Context, stmt *sql.Stmt, hashes []int64) ([]SyndicationArticle, error) {
	args := make([]any, len(hashes))
	for i, h := range hashes {
		args[i] = h
	}
	rows, err := stmt.QueryContext(ctx, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return scanSyndication(rows)
}

func scanSyndication(rows *sql.Rows) ([]SyndicationArticle, error) {
	var as []SyndicationArticle
	for rows.Next() {
		var a SyndicationArticle
		if err := rows.Scan(&a.ID, &a.Group, &a.Text); err != nil {
			return nil, err
		}
		as = append(as, a)
	}
	return as, rows.Err()
}

// SyndicationResult is the outcome of comparing one article with those
// compared before it: its band hashes and the articles it is a copy of.
type SyndicationResult struct {
	ID     int64
	Bands  []int64
	Copies []int64
}

// SaveSyndication records, in one transaction and in order, that articles
// have been compared: each one's band hashes are stored and it joins the
// syndication groups of its copies, which become one group named by its
// smallest article id.
func (s *Store) SaveSyndication(ctx context.Context, results []SyndicationResult) error {
	err := s.write(ctx, func(tx *sql.Tx) error {
		for _, r := range results {
			if err := saveSyndication(ctx, tx, r); err != nil {
				return fmt.Errorf("article %d: %w", r.ID, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("save syndication: %w", err)
	}
	return nil
}

func saveSyndication(ctx context.Context, tx *sql.Tx, r SyndicationResult) error {
	if len(r.Bands) > 0 {
		rows := strings.Repeat("(?, ?, ?), ", len(r.Bands))
		args := make([]any, 0, 3*len(r.Bands))
		for i, h := range r.Bands {
			args = append(args, i, h, r.ID)
		}
		if _, err := tx.ExecContext(ctx, "INSERT OR IGNORE INTO article_bands (band, hash, article_id) VALUES "+
			strings.TrimSuffix(rows, ", "), args...); err != nil {
			return err
		}
	}
	group, old := r.ID, []any{r.ID}
	for _, c := range r.Copies {
		var g int64
		if err := tx.QueryRowContext(ctx, "SELECT group_id FROM article_groups WHERE article_id = ?", c).Scan(&g); err != nil {
			return fmt.Errorf("group of article %d: %w", c, err)
		}
		group, old = min(group, g), append(old, g)
	}
	if _, err := tx.ExecContext(ctx, "INSERT OR REPLACE INTO article_groups (article_id, group_id) VALUES (?, ?)", r.ID, group); err != nil {
		return err
	}
	if len(old) == 1 {
		return nil
	}
	_, err := tx.ExecContext(ctx, "UPDATE article_groups SET group_id = ? WHERE group_id IN ("+placeholders(len(old))+")",
		append([]any{group}, old...)...)
	return err
}

// SplitStoryEvent records the user's decision to take events out of story
// event id into a story event of their own. It takes effect, and can be
// undone, through story assembly: the story event's members are marked so
// that the next assembly places them again under the decision.
func (s *Store) SplitStoryEvent(ctx context.Context, id int64, events []int64) error {
	err := s.write(ctx, func(tx *sql.Tx) error {
		members, err := storyEventIDs(ctx, tx, id)
		if err != nil {
			return err
		}
		out := map[int64]bool{}
		for _, e := range events {
			out[e] = true
		}
		var sides [2][]int64
		for _, e := range members {
			if out[e] {
				sides[1] = append(sides[1], e)
			} else {
				sides[0] = append(sides[0], e)
			}
		}
		if len(sides[0]) == 0 || len(sides[1]) == 0 || len(sides[1]) != len(out) {
			return fmt.Errorf("events must be some, not all, of the story event's sources")
		}
		return recordDecision(ctx, tx, StorySplit, "", sides)
	})
	if err != nil {
		return fmt.Errorf("split story event %d: %w", id, err)
	}
	return nil
}

// MergeStoryEvents records the user's decision that story events a and b are
// one. Like SplitStoryEvent, assembly applies it.
func (s *Store) MergeStoryEvents(ctx context.Context, a, b int64) error {
	err := s.write(ctx, func(tx *sql.Tx) error {
		var sides [2][]int64
		for i, id := range []int64{a, b} {
			ids, err := storyEventIDs(ctx, tx, id)
			if err != nil {
				return err
			}
			sides[i] = ids
		}
		if a == b {
			return fmt.Errorf("a story event cannot be merged with itself")
		}
		return recordDecision(ctx, tx, StoryMerge, "", sides)
	})
	if err != nil {
		return fmt.Errorf("merge story events %d and %d: %w", a, b, err)
	}
	return nil
}

// DateStoryEvent records the user's date for story event id, a TIMEX3
// calendar value such as 2023-09-13, 2023-09 or 2023, as a decision that
// later assemblies keep (and that survives re-analysis) until it is
// undone. A value that is not a calendar date gives an error wrapping
// ErrBadDate.
func (s *Store) DateStoryEvent(ctx context.Context, id int64, value string) error {
	if !ParseValue(value).Known {
		return fmt.Errorf("date story event %d: %w: %q; write it as 2023-09-13, 2023-09 or 2023", id, ErrBadDate, value)
	}
	err := s.write(ctx, func(tx *sql.Tx) error {
		ids, err := storyEventIDs(ctx, tx, id)
		if err != nil {
			return err
		}
		return recordDecision(ctx, tx, StoryDate, value, [2][]int64{ids})
	})
	if err != nil {
		return fmt.Errorf("date story event %d: %w", id, err)
	}
	return nil
}

// ErrBadDate says that a date given by the user is not a calendar date.
var ErrBadDate = errors.New("not a date")

// UndoStoryDecision undoes the latest story decision still in force and
// returns its id, or ErrNotFound when there is none. Like SplitStoryEvent,
// assembly applies it.
func (s *Store) UndoStoryDecision(ctx context.Context) (int64, error) {
	var id int64
	err := s.write(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, "SELECT coalesce(max(id), 0) FROM story_decisions WHERE undone = 0").Scan(&id)
		if err != nil {
			return err
		}
		if id == 0 {
			return ErrNotFound
		}
		if _, err := tx.ExecContext(ctx, "UPDATE story_decisions SET undone = 1 WHERE id = ?", id); err != nil {
			return err
		}
		return releaseMembers(ctx, tx, id)
	})
	if err != nil {
		return 0, fmt.Errorf("undo story decision: %w", err)
	}
	return id, nil
}

// storyEventIDs returns the member events of story event id.
func storyEventIDs(ctx context.Context, tx *sql.Tx, id int64) ([]int64, error) {
	ids, err := queryIDs(ctx, tx, "SELECT event_id FROM story_members WHERE story_id = ? ORDER BY event_id", id)
	if err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		return nil, fmt.Errorf("story event %d: %w", id, ErrNotFound)
	}
	return ids, nil
}

func recordDecision(ctx context.Context, tx *sql.Tx, action, value string, sides [2][]int64) error {
	var id int64
	err := tx.QueryRowContext(ctx, "INSERT INTO story_decisions (action, value, created_at) VALUES (?, ?, ?) RETURNING id",
		action, value, time.Now().UTC().Format(time.RFC3339)).Scan(&id)
	if err != nil {
		return err
	}
	for side, events := range sides {
		for _, e := range events {
			if _, err := tx.ExecContext(ctx, "INSERT INTO story_decision_events (decision_id, event_id, side) VALUES (?, ?, ?)",
				id, e, side); err != nil {
				return err
			}
		}
	}
	return releaseMembers(ctx, tx, id)
}

// releaseMembers marks dirty every event of the story events touched by
// decision id, so that assembly places them again.
func releaseMembers(ctx context.Context, tx *sql.Tx, id int64) error {
	_, err := tx.ExecContext(ctx, `UPDATE story_members SET dirty = 1 WHERE story_id IN (
		SELECT m.story_id FROM story_members m JOIN story_decision_events de ON de.event_id = m.event_id
		WHERE de.decision_id = ?)`, id)
	return err
}

// StoryEvents returns the story events matching f, dated ones in date order
// then undated ones, each with its actors and sources (by publication date).
// The window keeps dated story events overlapping it; MinSources counts
// independent reports; Text matches any source article.
func (s *Store) StoryEvents(ctx context.Context, f Filter) ([]StoryEvent, error) {
	where, args := storyWhere(f)
	evs, err := s.storyQuery(ctx, where, args)
	if err != nil {
		return nil, fmt.Errorf("story events: %w", err)
	}
	return evs, nil
}

// StoryEvent returns story event id with its actors and sources, or
// ErrNotFound.
func (s *Store) StoryEvent(ctx context.Context, id int64) (StoryEvent, error) {
	evs, err := s.storyQuery(ctx, "s.id = ?", []any{id})
	if err != nil {
		return StoryEvent{}, fmt.Errorf("story event %d: %w", id, err)
	}
	if len(evs) == 0 {
		return StoryEvent{}, fmt.Errorf("story event %d: %w", id, ErrNotFound)
	}
	return evs[0], nil
}

// storyQuery reads the story events s matching where, with their sources
// and actors, in one read transaction.
func (s *Store) storyQuery(ctx context.Context, where string, args []any) ([]StoryEvent, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return queryStories(ctx, tx, where, args)
}

// queryStories reads the story events s matching where, with their sources
// and actors, in tx.
func queryStories(ctx context.Context, tx *sql.Tx, where string, args []any) ([]StoryEvent, error) {
	return queryStoriesCapped(ctx, tx, where, args, 0)
}

// queryStoriesCapped is queryStories with at most maxSources sources per
// story event (the first imported), and the actors of those, or all when
// maxSources is 0.
func queryStoriesCapped(ctx context.Context, tx *sql.Tx, where string, args []any, maxSources int) ([]StoryEvent, error) {
	evs, err := storyRows(ctx, tx, where, args)
	if err != nil {
		return nil, err
	}
	byID := make(map[int64]*StoryEvent, len(evs))
	for i := range evs {
		byID[evs[i].ID] = &evs[i]
	}
	members := "SELECT m.story_id AS story_id, m.event_id AS event_id FROM story_members m WHERE m.story_id IN (SELECT s.id FROM story_events s WHERE " + where + ")"
	margs := args
	if maxSources > 0 {
		if members, margs, err = firstMembers(ctx, tx, evs, maxSources); err != nil {
			return nil, fmt.Errorf("members: %w", err)
		}
	}
	if err := storySources(ctx, tx, members, margs, byID); err != nil {
		return nil, fmt.Errorf("sources: %w", err)
	}
	if err := storyActors(ctx, tx, members, margs, byID); err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	return evs, nil
}

// firstMembers returns the SQL selecting (story_id, event_id) of the first
// max members of each of evs by event id (the first imported), with its
// arguments: one index range per story event, as a case can hold story
// events of 50,000 reports.
func firstMembers(ctx context.Context, tx *sql.Tx, evs []StoryEvent, max int) (string, []any, error) {
	stmt, err := tx.PrepareContext(ctx, "SELECT event_id FROM story_members WHERE story_id = ? ORDER BY event_id LIMIT ?")
	if err != nil {
		return "", nil, err
	}
	defer stmt.Close()
	var w scopeWhere
	var ids []int64
	for _, e := range evs {
		rows, err := stmt.QueryContext(ctx, e.ID, max)
		if err != nil {
			return "", nil, err
		}
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return "", nil, err
			}
			ids = append(ids, id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return "", nil, err
		}
	}
	if len(ids) == 0 {
		return "SELECT story_id, event_id FROM story_members WHERE 0", nil, nil
	}
	w.inInts("m.event_id", ids)
	return "SELECT m.story_id AS story_id, m.event_id AS event_id FROM story_members m" + w.String(), w.args, nil
}

// storyWhere builds the condition on story events s for f.
func storyWhere(f Filter) (string, []any) {
	conds := []string{"1"}
	var args []any
	if f.To != 0 {
		conds = append(conds, "s.start_day < ?")
		args = append(args, int(f.To))
	}
	if f.From != 0 {
		conds = append(conds, "s.end_day > ?")
		args = append(args, int(f.From))
	}
	if len(f.ActorIDs) > 0 {
		conds = append(conds, `s.id IN (SELECT m.story_id FROM story_members m
			JOIN event_actors ea ON ea.event_id = m.event_id WHERE ea.actor_id IN (`+placeholders(len(f.ActorIDs))+"))")
		for _, id := range f.ActorIDs {
			args = append(args, id)
		}
	}
	if len(f.EventTypes) > 0 {
		conds = append(conds, "s.type IN ("+placeholders(len(f.EventTypes))+")")
		for _, t := range f.EventTypes {
			args = append(args, t)
		}
	}
	if f.Text != "" {
		conds = append(conds, `s.id IN (SELECT m.story_id FROM story_members m JOIN events e ON e.id = m.event_id
			WHERE e.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))`)
		args = append(args, f.Text)
	}
	if f.MinSources > 1 {
		conds = append(conds, "s.reports >= ?")
		args = append(args, f.MinSources)
	}
	return strings.Join(conds, " AND "), args
}

func storyRows(ctx context.Context, tx *sql.Tx, where string, args []any) ([]StoryEvent, error) {
	rows, err := tx.QueryContext(ctx, `
		SELECT s.id, s.type, s.value, s.approx, s.planned, s.conflict, s.dates_reported, s.reports, s.outlets,
			s.articles, coalesce(o.outcome_id, 0), coalesce(p.plan_id, 0)
		FROM story_events s
		LEFT JOIN story_links o ON o.plan_id = s.id
		LEFT JOIN story_links p ON p.outcome_id = s.id
		WHERE `+where+` GROUP BY s.id ORDER BY s.start_day IS NULL, s.start_day, s.id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var evs []StoryEvent
	for rows.Next() {
		var e StoryEvent
		var value, dates string
		var approx bool
		if err := rows.Scan(&e.ID, &e.Type, &value, &approx, &e.Planned, &e.Conflict, &dates, &e.Reports,
			&e.Outlets, &e.Articles, &e.Outcome, &e.Plan); err != nil {
			return nil, err
		}
		e.Date = ParseValue(value)
		e.Date.Approx = approx
		if err := json.Unmarshal([]byte(dates), &e.DatesReported); err != nil {
			return nil, fmt.Errorf("story event %d dates: %w", e.ID, err)
		}
		evs = append(evs, e)
	}
	return evs, rows.Err()
}

// storySources reads the sources of the story events byID holds, for the
// members (story_id, event_id) that the members query selects.
func storySources(ctx context.Context, tx *sql.Tx, members string, args []any, byID map[int64]*StoryEvent) error {
	rows, err := tx.QueryContext(ctx, `
		SELECT k.story_id, e.id, a.id, a.title, a.outlet, a.published, se.id,
			CAST(substr(CAST(a.text AS BLOB), se.start + 1, se.end - se.start) AS TEXT), se.start,
			e.trigger, e.trigger_start, e.value, e.approx, coalesce(g.group_id, a.id)
		FROM (`+members+`) k
		JOIN events e ON e.id = k.event_id
		JOIN articles a ON a.id = e.article_id
		JOIN sentences se ON se.id = e.sentence_id
		LEFT JOIN article_groups g ON g.article_id = a.id
		ORDER BY k.story_id, a.published_day IS NULL, a.published_day, a.id, e.id`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var story int64
		var src StorySource
		var value string
		var approx bool
		if err := rows.Scan(&story, &src.EventID, &src.ArticleID, &src.Title, &src.Outlet, &src.Published,
			&src.SentenceID, &src.Sentence, &src.Offset, &src.Trigger, &src.TriggerAt, &value, &approx, &src.Group); err != nil {
			return err
		}
		src.Date = ParseValue(value)
		src.Date.Approx = approx
		if e := byID[story]; e != nil {
			e.Sources = append(e.Sources, src)
		}
	}
	return rows.Err()
}

// storyActors reads the actors of the story events byID holds, from the
// members that the members query selects.
func storyActors(ctx context.Context, tx *sql.Tx, members string, args []any, byID map[int64]*StoryEvent) error {
	rows, err := tx.QueryContext(ctx, `
		SELECT DISTINCT m.story_id, a.id, a.name, a.type
		FROM (`+members+`) m
		JOIN event_actors ea ON ea.event_id = m.event_id
		JOIN actors a ON a.id = ea.actor_id AND a.hidden = 0
		ORDER BY m.story_id, a.id`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var story int64
		var a EventActor
		if err := rows.Scan(&story, &a.ActorID, &a.Name, &a.Type); err != nil {
			return err
		}
		if e := byID[story]; e != nil {
			e.Actors = append(e.Actors, a)
		}
	}
	return rows.Err()
}

// StoryTimelineEvents returns one Event per dated story event matching f, for
// a timeline that draws story events: ID is the story event's id (look it up
// with StoryEvent, not EventDetail), Sources its independent reports, and the
// article, sentence and trigger are those of its first source.
func (s *Store) StoryTimelineEvents(ctx context.Context, f Filter) ([]Event, error) {
	where, args := storyWhere(f)
	sts, err := s.storyQuery(ctx, where+" AND s.start_day IS NOT NULL", args)
	if err != nil {
		return nil, fmt.Errorf("story timeline events: %w", err)
	}
	evs := make([]Event, 0, len(sts))
	for _, st := range sts {
		if len(st.Sources) == 0 {
			continue
		}
		src := st.Sources[0]
		evs = append(evs, Event{ID: st.ID, ArticleID: src.ArticleID, SentenceID: src.SentenceID, Type: st.Type,
			Trigger: src.Trigger, TriggerStart: src.TriggerAt, TriggerEnd: src.TriggerAt + len(src.Trigger),
			Date: st.Date, Planned: st.Planned, Actors: st.Actors, Sources: st.Reports, StoryID: st.ID,
			Conflict: st.Conflict, DatesReported: st.DatesReported, Plan: st.Plan, Outcome: st.Outcome})
	}
	return evs, nil
}

// StoriesPending reports whether some event waits for story assembly: it
// is in no story event yet (an import stopped before assembly, by a crash
// or a cancel), or a story decision released it.
func (s *Store) StoriesPending(ctx context.Context) (bool, error) {
	var pending bool
	err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM events e
		WHERE NOT EXISTS (SELECT 1 FROM story_members sm WHERE sm.event_id = e.id))
		OR EXISTS (SELECT 1 FROM story_members WHERE dirty = 1)`).Scan(&pending)
	if err != nil {
		return false, fmt.Errorf("stories pending: %w", err)
	}
	return pending, nil
}

// StoryBacklog counts the events waiting for story assembly (in no story
// event, or released by a story decision) and all the events of the case.
func (s *Store) StoryBacklog(ctx context.Context) (pending, total int, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT count(*), coalesce(sum(m.event_id IS NULL OR m.dirty = 1), 0)
		FROM events e LEFT JOIN story_members m ON m.event_id = e.id`).Scan(&total, &pending)
	if err != nil {
		return 0, 0, fmt.Errorf("story backlog: %w", err)
	}
	return pending, total, nil
}

// StoryWindow selects the events that may be one happening with a new
// event: events of one of Types naming one of Actors and either dated,
// starting on a day in [From, To) and ending after EndAfter, or, when
// Undated, undated and published on a day in [From, To).
type StoryWindow struct {
	Types    []string
	Actors   []int64
	From, To Day
	EndAfter Day
	Undated  bool
	Plans    bool // only planned events
	// Near, when not empty, keeps of each actor's events only the Nearest
	// before and the Nearest after each of these days (by start day, or
	// publication day when Undated): in a crowded actor's bucket assembly
	// compares an event with its nearest neighbours only.
	Near    []Day
	Nearest int
}

// PendingStoryMembers returns the events waiting for story assembly (see
// StoryBacklog) as assembly reads them, by event id.
func (s *Store) PendingStoryMembers(ctx context.Context) ([]StoryMember, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("pending story members: %w", err)
	}
	defer tx.Rollback()
	ids, err := queryIDs(ctx, tx, `SELECT e.id FROM events e LEFT JOIN story_members m ON m.event_id = e.id
		WHERE m.event_id IS NULL OR m.dirty = 1 ORDER BY e.id`)
	if err != nil {
		return nil, fmt.Errorf("pending story members: %w", err)
	}
	ms, err := storyMembersOf(ctx, tx, ids)
	if err != nil {
		return nil, fmt.Errorf("pending story members: %w", err)
	}
	return ms, nil
}

// StoryRegion reads the input of assembling only part of a case: the
// events seeds (the events waiting for assembly), the events in windows,
// every member of their story events, those story events and the active
// decisions.
func (s *Store) StoryRegion(ctx context.Context, seeds []int64, windows []StoryWindow) (StoryState, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return StoryState{}, fmt.Errorf("story region: %w", err)
	}
	defer tx.Rollback()
	st, err := storyRegion(ctx, tx, seeds, windows)
	if err != nil {
		return StoryState{}, fmt.Errorf("story region: %w", err)
	}
	return st, nil
}

func storyRegion(ctx context.Context, tx *sql.Tx, seeds []int64, windows []StoryWindow) (StoryState, error) {
	seen := map[int64]bool{}
	var ids []int64
	add := func(found []int64) {
		for _, id := range found {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	add(seeds)
	for _, w := range windows {
		found, err := windowEvents(ctx, tx, w)
		if err != nil {
			return StoryState{}, err
		}
		add(found)
	}
	stories, err := chunkedIDs(ctx, tx, "SELECT DISTINCT story_id FROM story_members WHERE event_id IN (%s)", ids)
	if err != nil {
		return StoryState{}, err
	}
	found, err := chunkedIDs(ctx, tx, "SELECT event_id FROM story_members WHERE story_id IN (%s)", stories)
	if err != nil {
		return StoryState{}, err
	}
	add(found)
	slices.Sort(ids)
	var st StoryState
	if st.Members, err = storyMembersOf(ctx, tx, ids); err != nil {
		return StoryState{}, err
	}
	st.Stories = map[int64]StoryRecord{}
	for _, part := range chunks(stories) {
		recs, err := storyRecordsWhere(ctx, tx, "WHERE id IN ("+placeholders(len(part))+")", int64Args(part))
		if err != nil {
			return StoryState{}, err
		}
		maps.Copy(st.Stories, recs)
	}
	if st.Decisions, err = storyDecisions(ctx, tx); err != nil {
		return StoryState{}, err
	}
	return st, nil
}

// windowEvents returns the ids of the events in w.
func windowEvents(ctx context.Context, tx *sql.Tx, w StoryWindow) ([]int64, error) {
	if len(w.Types) == 0 || len(w.Actors) == 0 {
		return nil, nil
	}
	args := append(stringArgs(w.Types), int(w.From), int(w.To))
	// By type and day, then each event's actors by primary key: an actor
	// may name a third of the case.
	q := `SELECT e.id, ea.actor_id, e.start_day`
	if w.Undated {
		q = `SELECT e.id, ea.actor_id, (SELECT published_day FROM articles WHERE id = e.article_id)`
	}
	q += ` FROM events e INDEXED BY events_type_day CROSS JOIN event_actors ea ON ea.event_id = e.id
		WHERE e.type IN (` + placeholders(len(w.Types)) + `) AND `
	if w.Undated {
		q += `e.start_day IS NULL AND e.article_id IN (SELECT id FROM articles WHERE published_day >= ? AND published_day < ?)`
	} else {
		q += `e.start_day >= ? AND e.start_day < ? AND e.end_day > ?`
		args = append(args, int(w.EndAfter))
	}
	if w.Plans {
		q += ` AND e.planned = 1`
	}
	q += ` AND ea.actor_id IN (` + placeholders(len(w.Actors)) + `)`
	rows, err := tx.QueryContext(ctx, q, append(args, int64Args(w.Actors)...)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	type found struct {
		id  int64
		day Day
	}
	byActor := map[int64][]found{}
	for rows.Next() {
		var f found
		var actor int64
		var day sql.NullInt64
		if err := rows.Scan(&f.id, &actor, &day); err != nil {
			return nil, err
		}
		f.day = Day(day.Int64)
		byActor[actor] = append(byActor[actor], f)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var ids []int64
	for _, fs := range byActor {
		if len(w.Near) == 0 || len(fs) <= 2*w.Nearest {
			for _, f := range fs {
				ids = append(ids, f.id)
			}
			continue
		}
		slices.SortFunc(fs, func(a, b found) int { return int(a.day - b.day) })
		for _, d := range w.Near {
			at, _ := slices.BinarySearchFunc(fs, d, func(f found, d Day) int { return int(f.day - d) })
			for _, f := range fs[max(0, at-w.Nearest):min(len(fs), at+w.Nearest)] {
				ids = append(ids, f.id)
			}
		}
	}
	return ids, nil
}

// storyMembersOf reads the members with event ids ids (sorted), with their
// actors, by event id.
func storyMembersOf(ctx context.Context, tx *sql.Tx, ids []int64) ([]StoryMember, error) {
	ms := make([]StoryMember, 0, len(ids))
	var in interner
	for _, part := range chunks(ids) {
		rows, err := tx.QueryContext(ctx, storyMemberSelect+`
			WHERE e.id IN (`+placeholders(len(part))+`) ORDER BY e.id`, int64Args(part)...)
		if err != nil {
			return nil, err
		}
		ms, err = scanStoryMembers(rows, &in, ms)
		if err != nil {
			return nil, err
		}
	}
	at := make(map[int64]int, len(ms))
	for i := range ms {
		at[ms[i].EventID] = i
	}
	for _, part := range chunks(ids) {
		rows, err := tx.QueryContext(ctx, `
			SELECT ea.event_id, ea.actor_id, a.type FROM event_actors ea
			JOIN actors a ON a.id = ea.actor_id AND a.hidden = 0
			WHERE ea.event_id IN (`+placeholders(len(part))+`) ORDER BY ea.event_id, ea.actor_id`, int64Args(part)...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var event int64
			var a EventActor
			var typ sql.RawBytes
			if err := rows.Scan(&event, &a.ActorID, &typ); err != nil {
				rows.Close()
				return nil, err
			}
			m := &ms[at[event]]
			if n := len(m.Actors); n > 0 && m.Actors[n-1].ActorID == a.ActorID {
				continue // the same actor in another role
			}
			a.Type = in.text(typ)
			m.Actors = append(m.Actors, a)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return ms, nil
}

// scanStoryMembers appends the members rows reads to ms and closes rows. A
// case holds millions of events but few distinct strings and dates: each is
// read into a reused buffer and shared through in, not copied per event.
func scanStoryMembers(rows *sql.Rows, in *interner, ms []StoryMember) ([]StoryMember, error) {
	defer rows.Close()
	var sha, typ, value, published, outlet sql.RawBytes
	for rows.Next() {
		var m StoryMember
		var approx bool
		if err := rows.Scan(&m.EventID, &m.ArticleID, &sha, &m.TriggerStart, &typ, &value,
			&approx, &m.Planned, &published, &outlet, &m.Group, &m.StoryID, &m.Dirty); err != nil {
			return nil, err
		}
		m.ArticleSHA, m.Type, m.Outlet = in.text(sha), in.text(typ), in.text(outlet)
		m.Date = in.date(value)
		m.Date.Approx = approx
		m.Published = in.date(published)
		ms = append(ms, m)
	}
	return ms, rows.Err()
}

// storyChunk bounds the ids bound in one query.
const storyChunk = 500

func chunks(ids []int64) [][]int64 {
	var out [][]int64
	for len(ids) > 0 {
		n := min(len(ids), storyChunk)
		out = append(out, ids[:n])
		ids = ids[n:]
	}
	return out
}

// chunkedIDs runs q, whose %s takes a list of placeholders, for ids in
// chunks, and returns the ids it selects.
func chunkedIDs(ctx context.Context, tx *sql.Tx, q string, ids []int64) ([]int64, error) {
	var out []int64
	for _, part := range chunks(ids) {
		found, err := queryIDs(ctx, tx, fmt.Sprintf(q, placeholders(len(part))), int64Args(part)...)
		if err != nil {
			return nil, err
		}
		out = append(out, found...)
	}
	return out, nil
}

// queryIDs returns the first column of the rows of q, as ids.
func queryIDs(ctx context.Context, tx *sql.Tx, q string, args ...any) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

func int64Args(ids []int64) []any {
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	return args
}

func stringArgs(ss []string) []any {
	args := make([]any, len(ss))
	for i, s := range ss {
		args[i] = s
	}
	return args
}
