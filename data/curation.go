package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

// ErrNothingToUndo is returned by Undo when no curation decision is left to undo.
var ErrNothingToUndo = errors.New("nothing to undo")

// ErrNothingToRedo is returned by Redo when no undone decision is left to redo.
var ErrNothingToRedo = errors.New("nothing to redo")

// ErrCuration is wrapped by curation errors caused by the request itself
// (an unknown actor, a name already taken); the message says what to do.
var ErrCuration = errors.New("cannot curate")

// decision is one stored curation action. apply does (or redoes) it and
// records in the receiver what it changed; revert undoes exactly that. The
// receiver is stored as the JSON payload of its curation row.
type decision interface {
	action() string
	apply(ctx context.Context, tx *sql.Tx) error
	revert(ctx context.Context, tx *sql.Tx) error
	describe() string
}

// newDecision returns an empty decision of the named action, to decode into.
func newDecision(action string) (decision, error) {
	switch action {
	case "merge":
		return &mergeDecision{}, nil
	case "rename":
		return &renameDecision{}, nil
	case "retype":
		return &retypeDecision{}, nil
	case "hide":
		return &hideDecision{}, nil
	case "add_alias":
		return &addAliasDecision{}, nil
	case "remove_alias":
		return &removeAliasDecision{}, nil
	case "split_alias":
		return &splitDecision{}, nil
	}
	return nil, fmt.Errorf("unknown curation action %q", action)
}

// decide applies d, stores it as the newest decision and drops the redo
// history, in one transaction.
func (s *Store) decide(ctx context.Context, d decision) error {
	err := s.write(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, "DELETE FROM curation WHERE undone = 1"); err != nil {
			return err
		}
		if err := d.apply(ctx, tx); err != nil {
			return err
		}
		payload, err := json.Marshal(d)
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, "INSERT INTO curation (action, payload, created_at) VALUES (?, ?, ?)",
			d.action(), string(payload), time.Now().UTC().Format(time.RFC3339))
		if err != nil {
			return err
		}
		return s.afterCuration(ctx, tx)
	})
	if err != nil {
		return fmt.Errorf("%s: %w", strings.ReplaceAll(d.action(), "_", " "), err)
	}
	return nil
}

// Undo reverts the newest curation decision that is not undone and returns
// its description. It works across reopening the case.
func (s *Store) Undo(ctx context.Context) (string, error) {
	return s.step(ctx, true)
}

// Redo applies again the decision undone last and returns its description.
func (s *Store) Redo(ctx context.Context) (string, error) {
	return s.step(ctx, false)
}

// step undoes or redoes one decision.
func (s *Store) step(ctx context.Context, undo bool) (string, error) {
	query, none, verb := "SELECT id, action, payload FROM curation WHERE undone = 1 ORDER BY id LIMIT 1",
		ErrNothingToRedo, "redo"
	if undo {
		query, none, verb = "SELECT id, action, payload FROM curation WHERE undone = 0 ORDER BY id DESC LIMIT 1",
			ErrNothingToUndo, "undo"
	}
	var desc string
	err := s.write(ctx, func(tx *sql.Tx) error {
		id, d, err := loadDecision(ctx, tx, query)
		if errors.Is(err, sql.ErrNoRows) {
			return none
		}
		if err != nil {
			return err
		}
		desc = d.describe()
		if undo {
			err = finishStep(ctx, tx, id, d, d.revert(ctx, tx), 1)
		} else {
			err = finishStep(ctx, tx, id, d, d.apply(ctx, tx), 0)
		}
		if err != nil {
			return err
		}
		return s.afterCuration(ctx, tx)
	})
	if errors.Is(err, none) {
		return "", none
	}
	if err != nil {
		return "", fmt.Errorf("%s %s: %w", verb, desc, err)
	}
	return desc, nil
}

// finishStep stores the decision's payload, as apply may have refreshed it,
// and its new undone state.
func finishStep(ctx context.Context, tx *sql.Tx, id int64, d decision, err error, undone int) error {
	if err != nil {
		return err
	}
	payload, err := json.Marshal(d)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, "UPDATE curation SET payload = ?, undone = ? WHERE id = ?", string(payload), undone, id)
	return err
}

func loadDecision(ctx context.Context, tx *sql.Tx, query string) (int64, decision, error) {
	var id int64
	var action, payload string
	if err := tx.QueryRowContext(ctx, query).Scan(&id, &action, &payload); err != nil {
		return 0, nil, err
	}
	d, err := newDecision(action)
	if err != nil {
		return 0, nil, err
	}
	if err := json.Unmarshal([]byte(payload), d); err != nil {
		return 0, nil, fmt.Errorf("curation %d: %w", id, err)
	}
	return id, d, nil
}

// History returns the descriptions of the decision Undo would revert and the
// one Redo would apply, "" when there is none, for menu labels.
func (s *Store) History(ctx context.Context) (undo, redo string, err error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return "", "", fmt.Errorf("curation history: %w", err)
	}
	defer tx.Rollback()
	for _, q := range []struct {
		dst   *string
		query string
	}{
		{&undo, "SELECT id, action, payload FROM curation WHERE undone = 0 ORDER BY id DESC LIMIT 1"},
		{&redo, "SELECT id, action, payload FROM curation WHERE undone = 1 ORDER BY id LIMIT 1"},
	} {
		_, d, err := loadDecision(ctx, tx, q.query)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return "", "", fmt.Errorf("curation history: %w", err)
		}
		if d != nil {
			*q.dst = d.describe()
		}
	}
	return undo, redo, nil
}

// actorRow is an actor's own columns.
type actorRow struct {
	ID     int64
	Name   string
	Norm   string
	Type   string
	Hidden bool
}

func loadActor(ctx context.Context, tx *sql.Tx, id int64) (actorRow, error) {
	a := actorRow{ID: id}
	err := tx.QueryRowContext(ctx, "SELECT name, norm, type, hidden FROM actors WHERE id = ?", id).
		Scan(&a.Name, &a.Norm, &a.Type, &a.Hidden)
	if errors.Is(err, sql.ErrNoRows) {
		return actorRow{}, fmt.Errorf("%w: actor %d does not exist", ErrCuration, id)
	}
	return a, err
}

// nameOwner returns the actor whose name or alias normalises to norm, or 0.
func nameOwner(ctx context.Context, tx *sql.Tx, norm string) (int64, string, error) {
	var id int64
	var name string
	err := tx.QueryRowContext(ctx, `
		SELECT a.id, a.name FROM actors a WHERE a.norm = ?1
		UNION ALL SELECT a.id, a.name FROM aliases l JOIN actors a ON a.id = l.actor_id WHERE l.norm = ?1
		LIMIT 1`, norm).Scan(&id, &name)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, "", nil
	}
	return id, name, err
}

// quoteNames lists names for a description: "A", "B" and "C".
func quoteNames(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	if len(q) < 2 {
		return strings.Join(q, "")
	}
	return strings.Join(q[:len(q)-1], ", ") + " and " + q[len(q)-1]
}
