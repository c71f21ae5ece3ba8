// Package data is Newsline's case file: the domain types, the SQLite store with
// its embedded migrations, queries, full-text search and curation with undo.
package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sync"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// ErrNotFound is returned when a requested row does not exist.
var ErrNotFound = errors.New("not found")

// ErrLocked is returned when another program holds the case file's write lock.
var ErrLocked = errors.New("the case file is in use by another program")

// ErrReadOnly is returned when the case file or its folder cannot be written.
var ErrReadOnly = errors.New("the case file is read-only")

// Store is an open case file. Reads go through a pool of connections; writes
// are serialised through one writer connection whose transactions begin
// IMMEDIATE, so that readers never see "database is locked" during an import
// (WAL) and writers never deadlock upgrading a read lock.
type Store struct {
	db   *sql.DB // readers
	wdb  *sql.DB // the single writer connection
	wmu  sync.Mutex
	path string
	// prepared holds the writer connection's prepared statements by SQL
	// text, reused by every write transaction; guarded by wmu.
	prepared map[string]*sql.Stmt
}

// pragmas are set on every pooled connection through the DSN.
const pragmas = "_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)" +
	"&_pragma=busy_timeout(10000)&_pragma=synchronous(NORMAL)&_pragma=temp_store(MEMORY)"

// Open opens the case file at path, creating it when it does not exist and
// migrating it to this build's schema. A file that is not a Newsline case, or
// that a newer Newsline wrote, is refused and left byte-for-byte untouched.
func Open(path string) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open case %s: %w", path, err)
	}
	if err := inspect(abs); err != nil {
		return nil, err
	}
	if err := checkWritable(abs); err != nil {
		return nil, err
	}
	s, err := openPools(abs)
	if err != nil {
		return nil, fmt.Errorf("open case %s: %w", abs, err)
	}
	if err := s.migrate(context.Background()); err != nil {
		s.Close()
		return nil, fmt.Errorf("open case %s: %w", abs, friendly(err))
	}
	if err := s.prepareWriter(context.Background(), saverSQL()...); err != nil {
		s.Close()
		return nil, fmt.Errorf("open case %s: %w", abs, err)
	}
	return s, nil
}

func openPools(path string) (*Store, error) {
	u := url.URL{Scheme: "file", Path: path, RawQuery: pragmas}
	db, err := sql.Open("sqlite", u.String())
	if err != nil {
		return nil, err
	}
	// The writer alone gets a larger page cache (64 MiB; the default is
	// 2 MiB): bulk imports touch the pages of six indexes per batch.
	u.RawQuery = pragmas + "&_pragma=cache_size(-65536)&_txlock=immediate"
	wdb, err := sql.Open("sqlite", u.String())
	if err != nil {
		db.Close()
		return nil, err
	}
	wdb.SetMaxOpenConns(1)
	wdb.SetMaxIdleConns(1)
	wdb.SetConnMaxIdleTime(0)
	wdb.SetConnMaxLifetime(0)
	return &Store{db: db, wdb: wdb, path: path, prepared: map[string]*sql.Stmt{}}, nil
}

// Close closes the case. The last connection to close checkpoints the
// write-ahead log into the file and removes it.
func (s *Store) Close() error {
	s.wmu.Lock()
	for _, st := range s.prepared {
		st.Close()
	}
	clear(s.prepared)
	s.wmu.Unlock()
	werr := s.wdb.Close()
	rerr := s.db.Close()
	if err := errors.Join(werr, rerr); err != nil {
		return fmt.Errorf("close case %s: %w", s.path, err)
	}
	return nil
}

// Path returns the absolute path of the case file.
func (s *Store) Path() string { return s.path }

// DefaultPath returns the default case, $XDG_DATA_HOME/newsline/default.newsline
// (or ~/.local/share/newsline/default.newsline), creating its folder.
func DefaultPath() (string, error) {
	base := os.Getenv("XDG_DATA_HOME")
	if base == "" || !filepath.IsAbs(base) {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("default case: %w", err)
		}
		base = filepath.Join(home, ".local", "share")
	}
	dir := filepath.Join(base, "newsline")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("default case: %w", err)
	}
	return filepath.Join(dir, "default.newsline"), nil
}

// write runs fn in one write transaction (BEGIN IMMEDIATE on the writer
// connection) and commits it, or rolls it back when fn fails. It is how every
// store method that changes the case writes; other files in this package use
// it too.
func (s *Store) write(ctx context.Context, fn func(tx *sql.Tx) error) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	tx, err := s.wdb.BeginTx(ctx, nil)
	if err != nil {
		return friendly(err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return friendly(err)
	}
	return nil
}

// prepareWriter prepares statements on the writer connection while it is
// idle, so that write transactions reuse them instead of parsing SQL each time.
func (s *Store) prepareWriter(ctx context.Context, queries ...string) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	for _, q := range queries {
		st, err := s.wdb.PrepareContext(ctx, q)
		if err != nil {
			return fmt.Errorf("prepare: %w", err)
		}
		s.prepared[q] = st
	}
	return nil
}

// txStmt returns query for use in tx: the writer's prepared statement when
// there is one, else one prepared for tx alone. It must be called inside
// write (the writer connection is busy then, so it cannot prepare for later).
func (s *Store) txStmt(ctx context.Context, tx *sql.Tx, query string) (*sql.Stmt, error) {
	if st, ok := s.prepared[query]; ok {
		return tx.StmtContext(ctx, st), nil
	}
	st, err := tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("prepare: %w", err)
	}
	return st, nil
}

// friendly maps SQLite's lock and permission errors onto ErrLocked and
// ErrReadOnly, keeping the original message.
func friendly(err error) error {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return err
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return fmt.Errorf("%w (%v)", ErrLocked, err)
	case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM:
		return fmt.Errorf("%w (%v)", ErrReadOnly, err)
	}
	return err
}

// checkWritable refuses a read-only case file or folder before SQLite tries to
// create its journal files.
func checkWritable(path string) error {
	if f, err := os.OpenFile(path, os.O_RDWR, 0); err == nil {
		f.Close()
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("open case %s: %w (%v)", path, ErrReadOnly, err)
	}
	probe, err := os.CreateTemp(filepath.Dir(path), ".newsline-probe-*")
	if errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("open case %s: its folder does not exist", path)
	}
	if err != nil {
		return fmt.Errorf("open case %s: %w: cannot write in its folder (%v)", path, ErrReadOnly, err)
	}
	probe.Close()
	return os.Remove(probe.Name())
}
