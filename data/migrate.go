package data

import (
	"bytes"
	"context"
	"database/sql"
	"embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// ApplicationID marks a SQLite file as a Newsline case (PRAGMA application_id,
// header offset 68): "NWLN".
const ApplicationID = 0x4E574C4E

// lockWait is how long Open waits for another program's write lock.
const lockWait = 2 * time.Second

// migration is one numbered schema step, migrations/NNNN_name.sql.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded migrations in version order.
func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, name := range names {
		base := path.Base(name)
		num, _, _ := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s: name must start with a positive number", base)
		}
		body, err := migrationFiles.ReadFile(name)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: base, sql: string(body)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i := 1; i < len(ms); i++ {
		if ms[i].version == ms[i-1].version {
			return nil, fmt.Errorf("migrations %s and %s share a version", ms[i-1].name, ms[i].name)
		}
	}
	return ms, nil
}

// SchemaVersion is the newest schema version this build knows.
func SchemaVersion() int {
	ms, err := migrations()
	if err != nil || len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].version
}

// header is what inspect reads from an existing file's first 100 bytes.
type header struct {
	appID       uint32
	userVersion uint32
}

// inspect checks an existing file without writing to it: it must be empty or
// a SQLite database marked as a Newsline case with a schema this build knows.
func inspect(path string) error {
	h, ok, err := readHeader(path)
	if err != nil || !ok {
		return err
	}
	if wal, err := os.Stat(path + "-wal"); err == nil && wal.Size() > 0 {
		// The header on disk may be stale until the log is checkpointed.
		if h, err = queryHeader(path); err != nil {
			return fmt.Errorf("open case %s: %w", path, err)
		}
	}
	if h.appID != ApplicationID {
		return fmt.Errorf("%s is not a Newsline case file", path)
	}
	if known := SchemaVersion(); int(h.userVersion) > known {
		return fmt.Errorf("%s was written by a newer Newsline (schema version %d; this build knows up to %d)",
			path, h.userVersion, known)
	}
	return nil
}

// readHeader reads the SQLite header of path. ok is false for a missing or
// empty file, which Open creates.
func readHeader(path string) (header, bool, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return header{}, false, nil
	}
	if err != nil {
		return header{}, false, fmt.Errorf("open case %s: %w", path, err)
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || st.IsDir() {
		return header{}, false, fmt.Errorf("open case %s: not a file", path)
	} else if st.Size() == 0 {
		return header{}, false, nil
	}
	buf := make([]byte, 100)
	n, err := io.ReadFull(f, buf)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return header{}, false, fmt.Errorf("open case %s: %w", path, err)
	}
	if n < 100 || !bytes.Equal(buf[:16], []byte("SQLite format 3\x00")) {
		return header{}, false, fmt.Errorf("%s is not a Newsline case file (not a SQLite database)", path)
	}
	return header{
		appID:       binary.BigEndian.Uint32(buf[68:72]),
		userVersion: binary.BigEndian.Uint32(buf[60:64]),
	}, true, nil
}

// queryHeader asks SQLite, through a read-only connection, for the header
// fields of a database whose write-ahead log holds newer pages.
func queryHeader(path string) (header, error) {
	u := url.URL{Scheme: "file", Path: path, RawQuery: "mode=ro"}
	db, err := sql.Open("sqlite", u.String())
	if err != nil {
		return header{}, err
	}
	defer db.Close()
	var h header
	if err := db.QueryRow("PRAGMA application_id").Scan(&h.appID); err != nil {
		return header{}, err
	}
	if err := db.QueryRow("PRAGMA user_version").Scan(&h.userVersion); err != nil {
		return header{}, err
	}
	return h, nil
}

// migrate applies every embedded migration that the case has not recorded,
// in order, one transaction each. It waits at most lockWait for another
// program's write lock.
func (s *Store) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	if _, err := s.wdb.ExecContext(ctx, fmt.Sprintf("PRAGMA busy_timeout = %d", lockWait.Milliseconds())); err != nil {
		return err
	}
	defer s.wdb.ExecContext(ctx, "PRAGMA busy_timeout = 10000")
	var applied map[int]bool
	err = s.write(ctx, func(tx *sql.Tx) error {
		applied, err = appliedVersions(ctx, tx, ms[len(ms)-1].version)
		return err
	})
	if err != nil {
		return err
	}
	for _, m := range ms {
		if applied[m.version] {
			continue
		}
		if err := s.write(ctx, func(tx *sql.Tx) error { return apply(ctx, tx, m) }); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	return nil
}

// appliedVersions creates the version table when needed and returns the
// versions it records, refusing a case newer than known.
func appliedVersions(ctx context.Context, tx *sql.Tx, known int) (map[int]bool, error) {
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL)`); err != nil {
		return nil, err
	}
	rows, err := tx.QueryContext(ctx, "SELECT version FROM schema_migrations")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	applied := map[int]bool{}
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		if v > known {
			return nil, fmt.Errorf("written by a newer Newsline (schema version %d; this build knows up to %d)", v, known)
		}
		applied[v] = true
	}
	return applied, rows.Err()
}

// apply runs one migration and records it.
func apply(ctx context.Context, tx *sql.Tx, m migration) error {
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx,
		"INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
		m.version, m.name, time.Now().UTC().Format(time.RFC3339)); err != nil {
		return err
	}
	var max int
	if err := tx.QueryRowContext(ctx, "SELECT MAX(version) FROM schema_migrations").Scan(&max); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d; PRAGMA application_id = %d", max, ApplicationID))
	return err
}
