package hostile

import (
	"bytes"
	"compress/zlib"
	"hash/adler32"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestAdlerOfSpaces(t *testing.T) {
	for _, n := range []uint64{0, 1, 5552, 65521, 65522, 1 << 20, 3 << 20} {
		if got, want := adlerOfSpaces(n), adler32.Checksum(bytes.Repeat([]byte(" "), int(n))); got != want {
			t.Errorf("adlerOfSpaces(%d) = %x, want %x", n, got, want)
		}
	}
}

// TestBombInflates checks that the bomb is valid zlib data that keeps
// expanding: the first 64 MB are all spaces.
func TestBombInflates(t *testing.T) {
	zr, err := zlib.NewReader(bytes.NewReader(zlibBomb()))
	if err != nil {
		t.Fatal(err)
	}
	n, err := io.Copy(spacesOnly{t}, io.LimitReader(zr, 64<<20))
	if err != nil || n != 64<<20 {
		t.Fatalf("inflated %d bytes: %v", n, err)
	}
	if len(zlibBomb()) > bombSize/500 {
		t.Errorf("bomb is %d bytes compressed", len(zlibBomb()))
	}
}

type spacesOnly struct{ t *testing.T }

func (s spacesOnly) Write(p []byte) (int, error) {
	if len(bytes.Trim(p, " ")) != 0 {
		s.t.Fatal("bomb inflates to something other than spaces")
	}
	return len(p), nil
}

func TestGenerate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "in")
	m, err := Generate(dir, Options{Files: 200, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Entries) != 200 || len(m.Select(Stored)) < 40 || len(m.Select(Refused)) < 40 {
		t.Fatalf("%d entries, %d stored, %d refused", len(m.Entries), len(m.Select(Stored)), len(m.Select(Refused)))
	}
	seen := map[string]bool{}
	for _, e := range m.Entries {
		if seen[e.Name] {
			t.Errorf("%q listed twice", e.Name)
		}
		seen[e.Name] = true
		if _, err := os.Lstat(m.Path(e)); err != nil {
			t.Errorf("%q: %v", e.Name, err)
		}
	}
	again, err := Generate(filepath.Join(t.TempDir(), "again"), Options{Files: 20, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range again.Entries {
		if e.Name != m.Entries[i].Name || e.Size != m.Entries[i].Size {
			t.Fatalf("entry %d differs for the same seed: %q, %q", i, e.Name, m.Entries[i].Name)
		}
	}
}
