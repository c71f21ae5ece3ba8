package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"newsline/assets"
	"newsline/data"
)

// guiCase opens the window on a new case file under the test driver.
func guiCase(t *testing.T) (*ui, string) {
	t.Helper()
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	a := test.NewTempApp(t)
	w := a.NewWindow("Newsline")
	u := newUI(a, w)
	u.build()
	path := filepath.Join(t.TempDir(), "drop.newsline")
	u.openCase(path)
	t.Cleanup(func() {
		u.closeCase()
		w.Close()
	})
	return u, path
}

// waitIdle waits for the running import (and its story assembly) to end.
func waitIdle(t *testing.T, u *ui) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		u.mu.Lock()
		busy := u.cancel != nil
		u.mu.Unlock()
		if !busy {
			return
		}
	}
	t.Fatal("the import did not finish")
}

func TestDropImportsFilesAndFolders(t *testing.T) {
	u, path := guiCase(t)
	dir := t.TempDir()
	sub := filepath.Join(dir, "folder")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	copyAsset := func(name, to string) string {
		b, err := assets.Demo.ReadFile("demo/" + name)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(to, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := copyAsset("04-shoigu-pyongyang.txt", dir)
	copyAsset("07-vostochny-summit.txt", sub)
	copyAsset("08-komsomolsk.txt", sub)
	junk := filepath.Join(dir, "junk.pdf")
	if err := os.WriteFile(junk, []byte("%PDF-1.4 truncated"), 0o644); err != nil {
		t.Fatal(err)
	}

	uris := []fyne.URI{storage.NewFileURI(a), storage.NewFileURI(sub), storage.NewFileURI(junk)}
	u.onDropped(fyne.NewPos(100, 100), uris)
	waitIdle(t, u)

	status := u.status.Text
	if !strings.Contains(status, "Imported 3 articles") || !strings.Contains(status, "1 failed") {
		t.Errorf("status after the drop: %q", status)
	}
	st, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	stats, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if stats.Articles != 3 || stats.Events == 0 {
		t.Errorf("case after the drop: %+v", stats)
	}

	// Opened again, the case says what it holds.
	u.openCase(path)
	waitStatus(t, u, "3 articles")

	// Dropping the same files again adds nothing and says so.
	u.onDropped(fyne.NewPos(100, 100), uris[:1])
	waitIdle(t, u)
	if status := u.status.Text; !strings.Contains(status, "Imported 0 articles") || !strings.Contains(status, "1 already in the case") {
		t.Errorf("status after dropping a file again: %q", status)
	}
}

// waitStatus waits for the status line to hold want.
func waitStatus(t *testing.T, u *ui, want string) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if strings.Contains(u.status.Text, want) {
			return
		}
	}
	t.Fatalf("status %q, want it to say %q", u.status.Text, want)
}

func TestEmptyCaseSaysHowToStart(t *testing.T) {
	u, _ := guiCase(t)
	waitStatus(t, u, "Empty case: drop articles")
}

func TestFileMenuHasExports(t *testing.T) {
	u, _ := guiCase(t)
	var labels []string
	for _, it := range u.menu().Items[0].Items {
		labels = append(labels, it.Label)
	}
	got := strings.Join(labels, "|")
	for _, want := range []string{"Export timeline…", "Export network image…", "Export network data…", "Export chart…"} {
		if !strings.Contains(got, want) {
			t.Errorf("File menu %q lacks %q", got, want)
		}
	}
	if n := len(u.tabs.Items); n != 5 {
		t.Errorf("%d tabs, want Timeline, Network, Charts, Articles, Actors", n)
	}
}
