package data

import (
	"context"
	"database/sql"
	"fmt"
)

// MergeActors merges the actors others into actor into: their mentions,
// event parts and aliases move to it and their names become its aliases, so
// later imports resolve them to it.
func (s *Store) MergeActors(ctx context.Context, into int64, others []int64) error {
	return s.decide(ctx, &mergeDecision{Into: into, Others: others})
}

type mergedActor struct {
	Actor       actorRow
	Aliases     []aliasRow
	NameAdded   bool // its name became an alias of the target
	Mentions    []int64
	EventActors []eventActorRow
	Blocked     []string
	Rules       []splitRule
}

type mergeDecision struct {
	Into       int64
	Others     []int64
	IntoName   string
	Merged     []mergedActor
	MaxMention int64
}

func (d *mergeDecision) action() string { return "merge" }

func (d *mergeDecision) describe() string {
	names := make([]string, len(d.Merged))
	for i, m := range d.Merged {
		names[i] = m.Actor.Name
	}
	return fmt.Sprintf("merge %s into %q", quoteNames(names), d.IntoName)
}

func (d *mergeDecision) apply(ctx context.Context, tx *sql.Tx) error {
	into, err := loadActor(ctx, tx, d.Into)
	if err != nil {
		return err
	}
	d.IntoName, d.Merged = into.Name, nil
	if d.MaxMention, err = maxMention(ctx, tx); err != nil {
		return err
	}
	for _, id := range d.Others {
		if id == d.Into {
			continue
		}
		m, err := mergeOne(ctx, tx, id, d.Into)
		if err != nil {
			return err
		}
		d.Merged = append(d.Merged, m)
	}
	if len(d.Merged) == 0 {
		return fmt.Errorf("%w: choose at least one other actor to merge", ErrCuration)
	}
	return nil
}

// mergeOne moves actor src into actor into and deletes src.
func mergeOne(ctx context.Context, tx *sql.Tx, src, into int64) (mergedActor, error) {
	a, err := loadActor(ctx, tx, src)
	if err != nil {
		return mergedActor{}, err
	}
	m := mergedActor{Actor: a}
	if m.Aliases, err = loadAliases(ctx, tx, "actor_id = ?", src); err != nil {
		return m, err
	}
	if m.Blocked, err = blockedNames(ctx, tx, src); err != nil {
		return m, err
	}
	if m.Rules, err = repointRules(ctx, tx, src, into); err != nil {
		return m, err
	}
	if m.Mentions, err = mentionsNamed(ctx, tx, src, 0, nil); err != nil {
		return m, err
	}
	if err := moveMentions(ctx, tx, m.Mentions, src, into); err != nil {
		return m, err
	}
	if m.EventActors, err = moveEventActors(ctx, tx, src, into, nil); err != nil {
		return m, err
	}
	for _, q := range []string{
		"UPDATE aliases SET actor_id = ?2 WHERE actor_id = ?1",
		"DELETE FROM actors WHERE id = ?1",
	} {
		if _, err := tx.ExecContext(ctx, q, src, into); err != nil {
			return m, err
		}
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO aliases (actor_id, alias, norm) VALUES (?, ?, ?)
		ON CONFLICT (norm) DO NOTHING`, into, a.Name, a.Norm)
	if err != nil {
		return m, err
	}
	n, err := res.RowsAffected()
	m.NameAdded = n == 1
	return m, err
}

func (d *mergeDecision) revert(ctx context.Context, tx *sql.Tx) error {
	for i := len(d.Merged) - 1; i >= 0; i-- {
		if err := unmergeOne(ctx, tx, d.Merged[i], d.Into, d.MaxMention); err != nil {
			return err
		}
	}
	return nil
}

// unmergeOne recreates a merged actor with its id and gives it back its
// aliases, its mentions (and those imported since under its names) and its
// event parts.
func unmergeOne(ctx context.Context, tx *sql.Tx, m mergedActor, into, maxID int64) error {
	a := m.Actor
	if m.NameAdded {
		if _, err := tx.ExecContext(ctx, "DELETE FROM aliases WHERE norm = ? AND actor_id = ?", a.Norm, into); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO actors (id, name, norm, type, hidden) VALUES (?, ?, ?, ?, ?)",
		a.ID, a.Name, a.Norm, a.Type, a.Hidden); err != nil {
		return fmt.Errorf("restore actor %q: %w", a.Name, err)
	}
	norms := map[string]bool{a.Norm: true}
	for _, al := range m.Aliases {
		norms[al.Norm] = true
		if _, err := tx.ExecContext(ctx, "UPDATE aliases SET actor_id = ? WHERE id = ? AND actor_id = ?", a.ID, al.ID, into); err != nil {
			return err
		}
	}
	for _, b := range m.Blocked {
		if _, err := tx.ExecContext(ctx, "INSERT OR IGNORE INTO blocked_aliases (norm, actor_id) VALUES (?, ?)", b, a.ID); err != nil {
			return err
		}
	}
	if err := restoreRules(ctx, tx, m.Rules, a.ID, into); err != nil {
		return err
	}
	later, err := mentionsNamed(ctx, tx, into, maxID, norms)
	if err != nil {
		return err
	}
	if err := moveMentions(ctx, tx, append(m.Mentions, later...), into, a.ID); err != nil {
		return err
	}
	if err := restoreEventActors(ctx, tx, m.EventActors, a.ID, into); err != nil {
		return err
	}
	events, err := eventsFollowingMentions(ctx, tx, into, a.ID)
	if err != nil {
		return err
	}
	_, err = moveEventActors(ctx, tx, into, a.ID, events)
	return err
}

func blockedNames(ctx context.Context, tx *sql.Tx, actor int64) ([]string, error) {
	rows, err := tx.QueryContext(ctx, "SELECT norm FROM blocked_aliases WHERE actor_id = ?", actor)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ns []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		ns = append(ns, n)
	}
	return ns, rows.Err()
}

// RenameActor gives an actor a new canonical name. Its old name stays as an
// alias, so later imports that use it still find the actor.
func (s *Store) RenameActor(ctx context.Context, id int64, name string) error {
	return s.decide(ctx, &renameDecision{ID: id, Name: name})
}

type renameDecision struct {
	ID       int64
	Name     string
	Old      actorRow
	OldAdded bool      // the old name became an alias
	Replaced *aliasRow // the alias that the new name was before
}

func (d *renameDecision) action() string { return "rename" }

func (d *renameDecision) describe() string {
	return fmt.Sprintf("rename %q to %q", d.Old.Name, d.Name)
}

func (d *renameDecision) apply(ctx context.Context, tx *sql.Tx) error {
	a, err := loadActor(ctx, tx, d.ID)
	if err != nil {
		return err
	}
	d.Old, d.OldAdded, d.Replaced = a, false, nil
	norm, err := freeName(ctx, tx, d.Name, d.ID)
	if err != nil {
		return err
	}
	own, err := loadAliases(ctx, tx, "actor_id = ? AND norm = ?", d.ID, norm)
	if err != nil {
		return err
	}
	if len(own) == 1 {
		d.Replaced = &own[0]
		if _, err := tx.ExecContext(ctx, "DELETE FROM aliases WHERE id = ?", own[0].ID); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, "UPDATE actors SET name = ?, norm = ? WHERE id = ?", d.Name, norm, d.ID); err != nil {
		return err
	}
	if norm == a.Norm {
		return nil
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO aliases (actor_id, alias, norm) VALUES (?, ?, ?)
		ON CONFLICT (norm) DO NOTHING`, d.ID, a.Name, a.Norm)
	if err != nil {
		return err
	}
	n, err := res.RowsAffected()
	d.OldAdded = n == 1
	return err
}

// freeName normalises name and checks that no other actor has it as its name
// or alias.
func freeName(ctx context.Context, tx *sql.Tx, name string, id int64) (string, error) {
	norm := Normalize(name)
	if norm == "" {
		return "", fmt.Errorf("%w: %q has no letters or digits", ErrCuration, name)
	}
	owner, ownerName, err := nameOwner(ctx, tx, norm)
	if err != nil {
		return "", err
	}
	if owner != 0 && owner != id {
		return "", fmt.Errorf("%w: %q is already a name of %q; merge the two actors instead", ErrCuration, name, ownerName)
	}
	return norm, nil
}

func (d *renameDecision) revert(ctx context.Context, tx *sql.Tx) error {
	if d.OldAdded {
		if _, err := tx.ExecContext(ctx, "DELETE FROM aliases WHERE norm = ? AND actor_id = ?", d.Old.Norm, d.ID); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, "UPDATE actors SET name = ?, norm = ? WHERE id = ?", d.Old.Name, d.Old.Norm, d.ID); err != nil {
		return err
	}
	if d.Replaced != nil {
		return restoreAlias(ctx, tx, *d.Replaced)
	}
	return nil
}

// SetActorType changes an actor's type (PERSON, ORG, GPE or LOC).
func (s *Store) SetActorType(ctx context.Context, id int64, typ string) error {
	return s.decide(ctx, &retypeDecision{ID: id, New: typ})
}

type retypeDecision struct {
	ID   int64
	Name string
	Old  string
	New  string
}

func (d *retypeDecision) action() string { return "retype" }

func (d *retypeDecision) describe() string {
	return fmt.Sprintf("change %q from %s to %s", d.Name, d.Old, d.New)
}

func (d *retypeDecision) apply(ctx context.Context, tx *sql.Tx) error {
	switch d.New {
	case ActorPerson, ActorOrg, ActorGPE, ActorLoc:
	default:
		return fmt.Errorf("%w: %q is not an actor type (PERSON, ORG, GPE or LOC)", ErrCuration, d.New)
	}
	a, err := loadActor(ctx, tx, d.ID)
	if err != nil {
		return err
	}
	d.Name, d.Old = a.Name, a.Type
	_, err = tx.ExecContext(ctx, "UPDATE actors SET type = ? WHERE id = ?", d.New, d.ID)
	return err
}

func (d *retypeDecision) revert(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, "UPDATE actors SET type = ? WHERE id = ?", d.Old, d.ID)
	return err
}

// HideActor marks an actor as "not an actor" (hidden true) or shows it again.
// A hidden actor stays hidden when later imports mention it.
func (s *Store) HideActor(ctx context.Context, id int64, hidden bool) error {
	return s.decide(ctx, &hideDecision{ID: id, Hidden: hidden})
}

type hideDecision struct {
	ID     int64
	Name   string
	Hidden bool
	Was    bool
}

func (d *hideDecision) action() string { return "hide" }

func (d *hideDecision) describe() string {
	if d.Hidden {
		return fmt.Sprintf("hide %q", d.Name)
	}
	return fmt.Sprintf("show %q", d.Name)
}

func (d *hideDecision) apply(ctx context.Context, tx *sql.Tx) error {
	a, err := loadActor(ctx, tx, d.ID)
	if err != nil {
		return err
	}
	d.Name, d.Was = a.Name, a.Hidden
	_, err = tx.ExecContext(ctx, "UPDATE actors SET hidden = ? WHERE id = ?", d.Hidden, d.ID)
	return err
}

func (d *hideDecision) revert(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, "UPDATE actors SET hidden = ? WHERE id = ?", d.Was, d.ID)
	return err
}
