package app

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"newsline/data"
)

func TestExpandSkipsCaseFilesInFolders(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "story.newsline", "story.newsline-wal", "story.newsline-shm", ".hidden.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files, failed := expand([]string{dir})
	if want := []string{filepath.Join(dir, "a.txt")}; !slices.Equal(files, want) || len(failed) != 0 {
		t.Errorf("expand = %v, %v; want %v", files, failed, want)
	}
	// Named explicitly, a case file is tried, and refused by the reader.
	if files, _ := expand([]string{filepath.Join(dir, "story.newsline")}); len(files) != 1 {
		t.Errorf("an explicit case file was dropped: %v", files)
	}
}

// TestImportSaysWhenItAssembles: after the last file, the progress says the
// events are being placed in story events (a minute on a large case).
func TestImportSaysWhenItAssembles(t *testing.T) {
	dir := t.TempDir()
	text := "Kim Jong Un met Vladimir Putin in Vladivostok on Wednesday, the Kremlin said.\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	st, err := data.Open(filepath.Join(t.TempDir(), "case.newsline"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var last string
	var lastDone, lastTotal int
	if _, err := importAndAssemble(context.Background(), st, []string{dir}, func(done, total int, current string) {
		last, lastDone, lastTotal = current, done, total
	}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(last, "story events") || lastDone != 1 || lastTotal != 1 {
		t.Errorf("last progress %d of %d %q", lastDone, lastTotal, last)
	}
}
