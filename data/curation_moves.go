package data

import (
	"context"
	"database/sql"
	"fmt"
)

// aliasRow is one stored alias.
type aliasRow struct {
	ID    int64
	Actor int64
	Alias string
	Norm  string
}

// eventActorRow is an actor's part in an event that a decision moved to
// another actor. Added is false when that actor already had the same part,
// so undo must not take it away.
type eventActorRow struct {
	Event int64
	Role  string
	Added bool
}

func loadAliases(ctx context.Context, tx *sql.Tx, query string, args ...any) ([]aliasRow, error) {
	rows, err := tx.QueryContext(ctx, "SELECT id, actor_id, alias, norm FROM aliases WHERE "+query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var as []aliasRow
	for rows.Next() {
		var a aliasRow
		if err := rows.Scan(&a.ID, &a.Actor, &a.Alias, &a.Norm); err != nil {
			return nil, err
		}
		as = append(as, a)
	}
	return as, rows.Err()
}

// restoreAlias puts a removed alias back with its old id.
func restoreAlias(ctx context.Context, tx *sql.Tx, a aliasRow) error {
	_, err := tx.ExecContext(ctx, "INSERT INTO aliases (id, actor_id, alias, norm) VALUES (?, ?, ?, ?)",
		a.ID, a.Actor, a.Alias, a.Norm)
	if err != nil {
		return fmt.Errorf("restore alias %q: %w", a.Alias, err)
	}
	return nil
}

// mentionsNamed returns the ids of actor's mentions above minID whose text
// normalises to one of norms (all of them when norms is nil).
func mentionsNamed(ctx context.Context, tx *sql.Tx, actor, minID int64, norms map[string]bool) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, "SELECT id, text FROM mentions WHERE actor_id = ? AND id > ? ORDER BY id", actor, minID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		var text string
		if err := rows.Scan(&id, &text); err != nil {
			return nil, err
		}
		if norms == nil || norms[Normalize(text)] {
			ids = append(ids, id)
		}
	}
	return ids, rows.Err()
}

// moveMentions gives the mentions ids of actor from to actor to; ids that no
// longer name a mention of from (the article was re-analysed or deleted) are
// skipped.
func moveMentions(ctx context.Context, tx *sql.Tx, ids []int64, from, to int64) error {
	st, err := tx.PrepareContext(ctx, "UPDATE mentions SET actor_id = ? WHERE id = ? AND actor_id = ?")
	if err != nil {
		return err
	}
	defer st.Close()
	for _, id := range ids {
		if _, err := st.ExecContext(ctx, to, id, from); err != nil {
			return fmt.Errorf("move mention %d: %w", id, err)
		}
	}
	return nil
}

// moveEventActors moves from's parts in events to actor to: in every event
// when events is nil, else in those listed.
func moveEventActors(ctx context.Context, tx *sql.Tx, from, to int64, events []int64) ([]eventActorRow, error) {
	rows, err := tx.QueryContext(ctx, `
		SELECT ea.event_id, ea.role, NOT EXISTS (SELECT 1 FROM event_actors t
		       WHERE t.event_id = ea.event_id AND t.actor_id = ?2 AND t.role = ea.role)
		FROM event_actors ea WHERE ea.actor_id = ?1`, from, to)
	if err != nil {
		return nil, err
	}
	want := map[int64]bool{}
	for _, e := range events {
		want[e] = true
	}
	var moved []eventActorRow
	for rows.Next() {
		var r eventActorRow
		if err := rows.Scan(&r.Event, &r.Role, &r.Added); err != nil {
			rows.Close()
			return nil, err
		}
		if events == nil || want[r.Event] {
			moved = append(moved, r)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return moved, setEventActors(ctx, tx, moved, from, to)
}

// setEventActors replaces from by to in the listed parts.
func setEventActors(ctx context.Context, tx *sql.Tx, parts []eventActorRow, from, to int64) error {
	for _, r := range parts {
		if _, err := tx.ExecContext(ctx, `
			INSERT OR IGNORE INTO event_actors (event_id, actor_id, role)
			SELECT id, ?, ? FROM events WHERE id = ?`, to, r.Role, r.Event); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM event_actors WHERE event_id = ? AND actor_id = ? AND role = ?",
			r.Event, from, r.Role); err != nil {
			return err
		}
	}
	return nil
}

// restoreEventActors undoes moveEventActors(from, to): the parts go back to
// from, and to loses those it did not have before.
func restoreEventActors(ctx context.Context, tx *sql.Tx, parts []eventActorRow, from, to int64) error {
	for _, r := range parts {
		if _, err := tx.ExecContext(ctx, `
			INSERT OR IGNORE INTO event_actors (event_id, actor_id, role)
			SELECT id, ?, ? FROM events WHERE id = ?`, from, r.Role, r.Event); err != nil {
			return err
		}
		if !r.Added {
			continue
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM event_actors WHERE event_id = ? AND actor_id = ? AND role = ?",
			r.Event, to, r.Role); err != nil {
			return err
		}
	}
	return nil
}

// eventsFollowingMentions returns the events of actor from whose sentence
// now mentions actor to and no longer mentions from: after some of from's
// mentions moved to to, those events were about to.
func eventsFollowingMentions(ctx context.Context, tx *sql.Tx, from, to int64) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, `
		SELECT DISTINCT ea.event_id FROM event_actors ea JOIN events e ON e.id = ea.event_id
		WHERE ea.actor_id = ?1
		  AND EXISTS (SELECT 1 FROM mentions m WHERE m.sentence_id = e.sentence_id AND m.actor_id = ?2)
		  AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.sentence_id = e.sentence_id AND m.actor_id = ?1)`,
		from, to)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	ids := []int64{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// maxMention is the highest mention id, so that a later undo can tell the
// mentions that existed at a decision from those imported since.
func maxMention(ctx context.Context, tx *sql.Tx) (int64, error) {
	var id sql.NullInt64
	err := tx.QueryRowContext(ctx, "SELECT MAX(id) FROM mentions").Scan(&id)
	return id.Int64, err
}

// splitRule is a row of split_rules that a merge rewrote. Added is true when
// the rewritten rule was new, so undo must remove it.
type splitRule struct {
	Norm     string
	From, To int64
	Added    bool
}

// swapID is id, or to when id is from.
func swapID(id, from, to int64) int64 {
	if id == from {
		return to
	}
	return id
}

// repointRules makes the split rules of actor src, which is being merged
// into actor into, rules of into, and returns them as they were.
func repointRules(ctx context.Context, tx *sql.Tx, src, into int64) ([]splitRule, error) {
	rows, err := tx.QueryContext(ctx, `SELECT norm, from_actor_id, to_actor_id FROM split_rules
		WHERE from_actor_id = ?1 OR to_actor_id = ?1`, src)
	if err != nil {
		return nil, err
	}
	var rules []splitRule
	for rows.Next() {
		var r splitRule
		if err := rows.Scan(&r.Norm, &r.From, &r.To); err != nil {
			rows.Close()
			return nil, err
		}
		rules = append(rules, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM split_rules WHERE from_actor_id = ?1 OR to_actor_id = ?1", src); err != nil {
		return nil, err
	}
	for i, r := range rules {
		from, to := swapID(r.From, src, into), swapID(r.To, src, into)
		if from == to {
			continue
		}
		res, err := tx.ExecContext(ctx, "INSERT OR IGNORE INTO split_rules (norm, from_actor_id, to_actor_id) VALUES (?, ?, ?)",
			r.Norm, from, to)
		if err != nil {
			return nil, err
		}
		n, err := res.RowsAffected()
		if err != nil {
			return nil, err
		}
		rules[i].Added = n == 1
	}
	return rules, nil
}

// restoreRules undoes repointRules(src, into).
func restoreRules(ctx context.Context, tx *sql.Tx, rules []splitRule, src, into int64) error {
	for _, r := range rules {
		if r.Added {
			if _, err := tx.ExecContext(ctx, `DELETE FROM split_rules
				WHERE norm = ? AND from_actor_id = ? AND to_actor_id = ?`,
				r.Norm, swapID(r.From, src, into), swapID(r.To, src, into)); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, "INSERT OR IGNORE INTO split_rules (norm, from_actor_id, to_actor_id) VALUES (?, ?, ?)",
			r.Norm, r.From, r.To); err != nil {
			return err
		}
	}
	return nil
}
