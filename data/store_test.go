package data

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestOpenFreshAndReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "case.newsline")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if s.Path() != path {
		t.Errorf("Path = %q, want %q", s.Path(), path)
	}
	id := mustSave(t, s, genArticle(1, 8))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	h, ok, err := readHeader(path)
	if err != nil || !ok || h.appID != ApplicationID || int(h.userVersion) != SchemaVersion() {
		t.Fatalf("header after close = %+v %v %v", h, ok, err)
	}
	s, err = Open(path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	var versions int
	if err := s.db.QueryRow("SELECT COUNT(*) FROM schema_migrations").Scan(&versions); err != nil {
		t.Fatal(err)
	}
	ms, _ := migrations()
	if versions != len(ms) {
		t.Errorf("%d versions recorded, want %d", versions, len(ms))
	}
	var app string
	if err := s.db.QueryRow("SELECT value FROM meta WHERE key = 'application'").Scan(&app); err != nil || app != "newsline" {
		t.Errorf("meta application = %q, %v", app, err)
	}
	if _, err := s.Article(context.Background(), id); err != nil {
		t.Errorf("article lost on reopen: %v", err)
	}
}

func TestOpenEmptyFileCreatesCase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.newsline")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
}

// fileSum is the SHA-256 of a file's bytes.
func fileSum(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// rawExec runs statements on path through a plain connection, as another
// program would.
func rawExec(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range stmts {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

func TestOpenRefusesAndLeavesFileUntouched(t *testing.T) {
	tests := []struct {
		name    string
		make    func(t *testing.T, path string)
		wantErr []string
	}{
		{"foreign sqlite", func(t *testing.T, path string) {
			rawExec(t, path, "CREATE TABLE notes (body TEXT)", "INSERT INTO notes VALUES ('hello')")
		}, []string{"is not a Newsline case file"}},
		{"newer schema", func(t *testing.T, path string) {
			s, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			s.Close()
			rawExec(t, path, "INSERT INTO schema_migrations VALUES (999, '0999_future.sql', '2030-01-01')",
				"PRAGMA user_version = 999")
		}, []string{"newer Newsline", "999", "knows up to"}},
		{"newer schema in the version table only", func(t *testing.T, path string) {
			s, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			s.Close()
			rawExec(t, path, "INSERT INTO schema_migrations VALUES (998, '0998_future.sql', '2030-01-01')")
		}, []string{"newer Newsline", "998", "knows up to"}},
		{"sqlite file of another application", func(t *testing.T, path string) {
			rawExec(t, path, "PRAGMA application_id = 1234", "CREATE TABLE meta (key TEXT, value TEXT)")
		}, []string{"is not a Newsline case file"}},
		{"text file", func(t *testing.T, path string) {
			if err := os.WriteFile(path, []byte(strings.Repeat("Dear diary, today I met nobody.\n", 10)), 0o644); err != nil {
				t.Fatal(err)
			}
		}, []string{"not a SQLite database"}},
		{"short binary", func(t *testing.T, path string) {
			if err := os.WriteFile(path, []byte("SQLite format 3\x00\x01"), 0o644); err != nil {
				t.Fatal(err)
			}
		}, []string{"not a SQLite database"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "x.newsline")
			tt.make(t, path)
			before := fileSum(t, path)
			s, err := Open(path)
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded")
			}
			for _, w := range tt.wantErr {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
			if !strings.Contains(err.Error(), path) {
				t.Errorf("error %q does not name the file", err)
			}
			if fileSum(t, path) != before {
				t.Error("file changed")
			}
			for _, suffix := range []string{"-wal", "-shm", "-journal"} {
				if _, err := os.Stat(path + suffix); err == nil {
					t.Errorf("%s left behind", suffix)
				}
			}
		})
	}
}

func TestOpenLockedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "locked.newsline")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	other, err := sql.Open("sqlite", "file:"+path+"?_pragma=journal_mode(WAL)")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	tx, err := other.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.Exec("INSERT INTO meta VALUES ('lock', 'held')"); err != nil {
		t.Fatal(err)
	}
	_, err = Open(path)
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("Open of a locked case: %v, want ErrLocked", err)
	}
	if !strings.Contains(err.Error(), path) {
		t.Errorf("error %q does not name the file", err)
	}
}

// makeReadOnly makes path unwritable: by its mode bits, or for root, who
// ignores them, by the immutable attribute. It skips the test when neither
// works here.
func makeReadOnly(t *testing.T, path string, mode os.FileMode) {
	t.Helper()
	if err := os.Chmod(path, mode); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(path, mode|0o200) })
	if !writable(path) {
		return
	}
	if out, err := exec.Command("chattr", "+i", path).CombinedOutput(); err != nil {
		t.Skipf("cannot make %s read-only as this user: %v %s", path, err, out)
	}
	t.Cleanup(func() { exec.Command("chattr", "-i", path).Run() })
}

// writable reports whether a file can be opened for writing, or a file
// created in a folder.
func writable(path string) bool {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		f, err := os.CreateTemp(path, "probe-*")
		if err == nil {
			f.Close()
			os.Remove(f.Name())
		}
		return err == nil
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err == nil {
		f.Close()
	}
	return err == nil
}

func TestOpenReadOnlyFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ro.newsline")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	mustSave(t, s, genArticle(1, 4))
	s.Close()
	makeReadOnly(t, path, 0o444)
	before := fileSum(t, path)
	_, err = Open(path)
	if !errors.Is(err, ErrReadOnly) || !strings.Contains(err.Error(), path) {
		t.Fatalf("Open of a read-only case: %v, want ErrReadOnly naming the file", err)
	}
	if fileSum(t, path) != before {
		t.Error("file changed")
	}
}

func TestOpenReadOnlyFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ro")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "case.newsline")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	makeReadOnly(t, dir, 0o555)
	if _, err = Open(path); !errors.Is(err, ErrReadOnly) {
		t.Fatalf("Open in a read-only folder: %v, want ErrReadOnly", err)
	}
	if _, err = Open(filepath.Join(dir, "new.newsline")); !errors.Is(err, ErrReadOnly) {
		t.Fatalf("new case in a read-only folder: %v, want ErrReadOnly", err)
	}
}

func TestDefaultPath(t *testing.T) {
	base := t.TempDir()
	t.Setenv("XDG_DATA_HOME", base)
	p, err := DefaultPath()
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(base, "newsline", "default.newsline"); p != want {
		t.Errorf("DefaultPath = %q, want %q", p, want)
	}
	if st, err := os.Stat(filepath.Dir(p)); err != nil || !st.IsDir() {
		t.Errorf("folder not created: %v", err)
	}
}

// copyFile copies src to dst.
func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestOpenAfterCrash opens a copy of a case taken while it was open, as a
// crash leaves it: its header may still be in the write-ahead log.
func TestOpenAfterCrash(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "live.newsline")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	mustSave(t, s, genArticle(1, 4))
	crashed := filepath.Join(t.TempDir(), "crashed #1?.newsline")
	copyFile(t, path, crashed)
	copyFile(t, path+"-wal", crashed+"-wal")
	if h, _, _ := readHeader(crashed); h.appID == ApplicationID {
		t.Fatal("the file's own header is already up to date; this test needs it stale")
	}
	c, err := Open(crashed)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if n, err := c.ArticleCount(context.Background()); n != 1 || err != nil {
		t.Errorf("recovered %d articles, %v", n, err)
	}
}

func TestOpenMissingFolder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nowhere", "case.newsline")
	if _, err := Open(path); err == nil || !strings.Contains(err.Error(), "folder does not exist") {
		t.Errorf("Open in a missing folder: %v", err)
	}
}
