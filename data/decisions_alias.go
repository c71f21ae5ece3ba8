package data

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// AddAlias adds another name of an actor; later imports that use it resolve
// to the actor. A name that already belongs to another actor is refused:
// merge the two instead.
func (s *Store) AddAlias(ctx context.Context, id int64, alias string) error {
	return s.decide(ctx, &addAliasDecision{ID: id, Alias: strings.TrimSpace(alias)})
}

type addAliasDecision struct {
	ID        int64
	Alias     string
	Name      string
	Row       aliasRow
	Unblocked bool // the alias had been removed from this actor before
}

func (d *addAliasDecision) action() string { return "add_alias" }

func (d *addAliasDecision) describe() string {
	return fmt.Sprintf("add alias %q to %q", d.Alias, d.Name)
}

func (d *addAliasDecision) apply(ctx context.Context, tx *sql.Tx) error {
	a, err := loadActor(ctx, tx, d.ID)
	if err != nil {
		return err
	}
	d.Name = a.Name
	norm, err := freeName(ctx, tx, d.Alias, d.ID)
	if err != nil {
		return err
	}
	if owner, _, err := nameOwner(ctx, tx, norm); err != nil {
		return err
	} else if owner == d.ID {
		return fmt.Errorf("%w: %q is already a name of %q", ErrCuration, d.Alias, a.Name)
	}
	res, err := tx.ExecContext(ctx, "DELETE FROM blocked_aliases WHERE norm = ? AND actor_id = ?", norm, d.ID)
	if err != nil {
		return err
	}
	n, err := res.RowsAffected()
	d.Unblocked = n == 1
	if err != nil {
		return err
	}
	d.Row = aliasRow{Actor: d.ID, Alias: d.Alias, Norm: norm}
	return tx.QueryRowContext(ctx, "INSERT INTO aliases (actor_id, alias, norm) VALUES (?, ?, ?) RETURNING id",
		d.ID, d.Alias, norm).Scan(&d.Row.ID)
}

func (d *addAliasDecision) revert(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, "DELETE FROM aliases WHERE id = ? AND actor_id = ?", d.Row.ID, d.ID); err != nil {
		return err
	}
	if !d.Unblocked {
		return nil
	}
	_, err := tx.ExecContext(ctx, "INSERT OR IGNORE INTO blocked_aliases (norm, actor_id) VALUES (?, ?)", d.Row.Norm, d.ID)
	return err
}

// RemoveAlias removes a name from an actor's aliases; later imports do not
// attach it to the actor again. The actor keeps its mentions.
func (s *Store) RemoveAlias(ctx context.Context, id int64, alias string) error {
	return s.decide(ctx, &removeAliasDecision{ID: id, Alias: alias})
}

type removeAliasDecision struct {
	ID      int64
	Alias   string
	Name    string
	Row     aliasRow
	Blocked bool
}

func (d *removeAliasDecision) action() string { return "remove_alias" }

func (d *removeAliasDecision) describe() string {
	return fmt.Sprintf("remove alias %q from %q", d.Alias, d.Name)
}

func (d *removeAliasDecision) apply(ctx context.Context, tx *sql.Tx) error {
	a, row, err := takeAlias(ctx, tx, d.ID, d.Alias)
	if err != nil {
		return err
	}
	d.Name, d.Row = a.Name, row
	res, err := tx.ExecContext(ctx, "INSERT OR IGNORE INTO blocked_aliases (norm, actor_id) VALUES (?, ?)", row.Norm, d.ID)
	if err != nil {
		return err
	}
	n, err := res.RowsAffected()
	d.Blocked = n == 1
	return err
}

// takeAlias deletes alias from actor id and returns the actor and the row.
func takeAlias(ctx context.Context, tx *sql.Tx, id int64, alias string) (actorRow, aliasRow, error) {
	a, err := loadActor(ctx, tx, id)
	if err != nil {
		return actorRow{}, aliasRow{}, err
	}
	rows, err := loadAliases(ctx, tx, "actor_id = ? AND norm = ?", id, Normalize(alias))
	if err != nil {
		return actorRow{}, aliasRow{}, err
	}
	if len(rows) == 0 {
		return actorRow{}, aliasRow{}, fmt.Errorf("%w: %q is not an alias of %q", ErrCuration, alias, a.Name)
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM aliases WHERE id = ?", rows[0].ID); err != nil {
		return actorRow{}, aliasRow{}, err
	}
	return a, rows[0], nil
}

func (d *removeAliasDecision) revert(ctx context.Context, tx *sql.Tx) error {
	if d.Blocked {
		if _, err := tx.ExecContext(ctx, "DELETE FROM blocked_aliases WHERE norm = ? AND actor_id = ?", d.Row.Norm, d.ID); err != nil {
			return err
		}
	}
	return restoreAlias(ctx, tx, d.Row)
}

// SplitAlias makes an alias of an actor an actor of its own, of the same
// type, and returns its id. The mentions written with that name move to it,
// with the events of the sentences where only that name named the old actor;
// later imports do the same.
func (s *Store) SplitAlias(ctx context.Context, id int64, alias string) (int64, error) {
	d := &splitDecision{ID: id, Alias: alias}
	if err := s.decide(ctx, d); err != nil {
		return 0, err
	}
	return d.NewID, nil
}

type splitDecision struct {
	ID          int64
	Alias       string
	Name        string
	Row         aliasRow
	NewID       int64
	Mentions    []int64
	EventActors []eventActorRow
}

func (d *splitDecision) action() string { return "split_alias" }

func (d *splitDecision) describe() string {
	return fmt.Sprintf("split %q off %q", d.Alias, d.Name)
}

func (d *splitDecision) apply(ctx context.Context, tx *sql.Tx) error {
	a, row, err := takeAlias(ctx, tx, d.ID, d.Alias)
	if err != nil {
		return err
	}
	d.Name, d.Row = a.Name, row
	// On redo the actor gets back the id it had, which AUTOINCREMENT never reuses.
	if err := tx.QueryRowContext(ctx, `INSERT INTO actors (id, name, norm, type) VALUES (NULLIF(?, 0), ?, ?, ?)
		RETURNING id`, d.NewID, row.Alias, row.Norm, a.Type).Scan(&d.NewID); err != nil {
		return err
	}
	if d.Mentions, err = mentionsNamed(ctx, tx, d.ID, 0, map[string]bool{row.Norm: true}); err != nil {
		return err
	}
	if err := moveMentions(ctx, tx, d.Mentions, d.ID, d.NewID); err != nil {
		return err
	}
	events, err := eventsFollowingMentions(ctx, tx, d.ID, d.NewID)
	if err != nil {
		return err
	}
	if d.EventActors, err = moveEventActors(ctx, tx, d.ID, d.NewID, events); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, "INSERT INTO split_rules (norm, from_actor_id, to_actor_id) VALUES (?, ?, ?)",
		row.Norm, d.ID, d.NewID)
	return err
}

func (d *splitDecision) revert(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, "DELETE FROM split_rules WHERE norm = ? AND from_actor_id = ?", d.Row.Norm, d.ID); err != nil {
		return err
	}
	if err := restoreEventActors(ctx, tx, d.EventActors, d.ID, d.NewID); err != nil {
		return err
	}
	all, err := mentionsNamed(ctx, tx, d.NewID, 0, nil)
	if err != nil {
		return err
	}
	if err := moveMentions(ctx, tx, all, d.NewID, d.ID); err != nil {
		return err
	}
	if _, err := moveEventActors(ctx, tx, d.NewID, d.ID, nil); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM actors WHERE id = ?", d.NewID); err != nil {
		return err
	}
	return restoreAlias(ctx, tx, d.Row)
}
