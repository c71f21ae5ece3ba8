package app

import "testing"

func TestPrintablePathKeepsOneLine(t *testing.T) {
	for in, want := range map[string]string{
		"/tmp/a b/c.txt":     "/tmp/a b/c.txt",
		"/tmp/été.txt":       "/tmp/été.txt",
		"/tmp/two\nlines.md": `"/tmp/two\nlines.md"`,
		"/tmp/bad\xff.txt":   `"/tmp/bad\xff.txt"`,
	} {
		if got := printablePath(in); got != want {
			t.Errorf("printablePath(%q) = %s, want %s", in, got, want)
		}
	}
}
