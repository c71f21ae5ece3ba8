package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"unicode"
)

// Normalize folds a name into the key that identifies an actor across
// articles: lower case, hyphens and underscores as spaces, periods and
// apostrophes dropped, runs of spaces folded, so that "Kim Jong-un",
// "Kim Jong Un" and "kim  jong un" are one name, as are "U.S." and "US".
func Normalize(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	space := false
	for _, r := range name {
		switch {
		case r == '.' || r == '\'' || r == '’':
			continue
		case r == '-' || r == '_' || r == '‐' || r == '–' || unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// ActorQuery selects and orders actors for a list.
type ActorQuery struct {
	IncludeHidden bool
	Sort          string // "name", "type", "articles" or "mentions" (default, most first)
	Limit         int    // 0 = no limit
}

var actorOrder = map[string]string{
	"":         "mentions DESC, a.name",
	"mentions": "mentions DESC, a.name",
	"articles": "articles DESC, a.name",
	"name":     "a.name COLLATE NOCASE, a.id",
	"type":     "a.type, a.name COLLATE NOCASE",
}

const actorSelect = `
	SELECT a.id, a.name, a.type, a.hidden,
	       (SELECT COUNT(*) FROM mentions m WHERE m.actor_id = a.id) AS mentions,
	       (SELECT COUNT(DISTINCT m.article_id) FROM mentions m WHERE m.actor_id = a.id) AS articles,
	       COALESCE((SELECT group_concat(alias, char(31)) FROM
	           (SELECT alias FROM aliases l WHERE l.actor_id = a.id ORDER BY alias)), '')
	FROM actors a`

// Actors lists the actors that are mentioned in some article, with their
// mention and article counts and aliases. Actors left without mentions (their
// articles were deleted) stay stored, so that curation decisions about them
// keep applying to later imports, but are not listed.
func (s *Store) Actors(ctx context.Context, q ActorQuery) ([]Actor, error) {
	order, ok := actorOrder[q.Sort]
	if !ok {
		return nil, fmt.Errorf("actors: unknown sort %q", q.Sort)
	}
	query := actorSelect + " WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.actor_id = a.id)"
	if !q.IncludeHidden {
		query += " AND a.hidden = 0"
	}
	query += " ORDER BY " + order
	if q.Limit > 0 {
		query += fmt.Sprintf(" LIMIT %d", q.Limit)
	}
	rows, err := s.db.QueryContext(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	defer rows.Close()
	var as []Actor
	for rows.Next() {
		a, err := scanActor(rows)
		if err != nil {
			return nil, fmt.Errorf("actors: %w", err)
		}
		as = append(as, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	return as, nil
}

// Actor returns one actor, hidden or not, with its counts and aliases.
func (s *Store) Actor(ctx context.Context, id int64) (Actor, error) {
	a, err := scanActor(s.db.QueryRowContext(ctx, actorSelect+" WHERE a.id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return Actor{}, fmt.Errorf("actor %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return Actor{}, fmt.Errorf("actor %d: %w", id, err)
	}
	return a, nil
}

type scanner interface{ Scan(dest ...any) error }

func scanActor(r scanner) (Actor, error) {
	var a Actor
	var aliases string
	if err := r.Scan(&a.ID, &a.Name, &a.Type, &a.Hidden, &a.Mentions, &a.Articles, &aliases); err != nil {
		return Actor{}, err
	}
	if aliases != "" {
		a.Aliases = strings.Split(aliases, "\x1f")
	}
	return a, nil
}

// resolveActor finds the actor that name stands for, after the user's
// curation (merged names are aliases of the merge target; renamed names
// stay aliases of the renamed actor), or creates it. It returns 0 for a
// name that normalises to nothing.
func (sv *saver) resolveActor(ctx context.Context, na NewActor) (int64, error) {
	norm := Normalize(na.Name)
	if norm == "" {
		return 0, nil
	}
	id, ok := sv.actors[norm]
	if !ok {
		err := sv.findActor.QueryRowContext(ctx, norm).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			err = sv.insertActor.QueryRowContext(ctx, strings.TrimSpace(na.Name), norm, na.Type).Scan(&id)
		}
		if err != nil {
			return 0, fmt.Errorf("actor %q: %w", na.Name, err)
		}
		sv.actors[norm] = id
	}
	// Every article may bring forms of the name not seen before ("Kim" in
	// the second article that names Kim Jong Un), so the aliases are
	// offered even when the actor was resolved earlier in the transaction.
	for _, alias := range na.Aliases {
		an := Normalize(alias)
		if an == "" || an == norm || sv.aliased[an] {
			continue
		}
		if _, err := sv.insertAlias.ExecContext(ctx, id, strings.TrimSpace(alias), an); err != nil {
			return 0, fmt.Errorf("alias %q of %q: %w", alias, na.Name, err)
		}
		sv.aliased[an] = true
	}
	return id, nil
}

const (
	findActorSQL = `
		SELECT id FROM actors WHERE norm = ?1
		UNION ALL SELECT actor_id FROM aliases WHERE norm = ?1
		LIMIT 1`
	insertActorSQL = `INSERT INTO actors (name, norm, type) VALUES (?, ?, ?) RETURNING id`
	// An alias is attached unless the name is already some actor's name or
	// alias, or the user removed it from this actor.
	insertAliasSQL = `
		INSERT INTO aliases (actor_id, alias, norm)
		SELECT ?1, ?2, ?3
		WHERE NOT EXISTS (SELECT 1 FROM actors WHERE norm = ?3)
		  AND NOT EXISTS (SELECT 1 FROM blocked_aliases WHERE norm = ?3 AND actor_id = ?1)
		ON CONFLICT (norm) DO NOTHING`
)
