package corpus

import (
	"strings"
	"testing"
)

func TestGenerateIsDeterministicWithReprints(t *testing.T) {
	a := Generate(Options{Articles: 200, Seed: 7, ReprintPct: 20})
	b := Generate(Options{Articles: 200, Seed: 7, ReprintPct: 20})
	if len(a) != 200 {
		t.Fatalf("got %d articles", len(a))
	}
	reprints := 0
	for i := range a {
		if a[i].File() != b[i].File() {
			t.Fatalf("article %d differs between runs with the same seed", i)
		}
		if strings.Contains(a[i].Body, "(Reprinted from") {
			reprints++
		}
	}
	if reprints < 20 || reprints > 70 {
		t.Errorf("reprints = %d of 200, want about 20%%", reprints)
	}
}
