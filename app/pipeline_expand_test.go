package app

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
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
