// Package data is Newsline's case file: the domain types, the SQLite store with
// its embedded migrations, queries, full-text search and curation with undo.
package data

import "database/sql"

// Store is an open case file.
type Store struct {
	db   *sql.DB
	path string
}
