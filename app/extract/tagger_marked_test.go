package extract

import (
	"strings"
	"testing"
)

func TestParseMarked(t *testing.T) {
	text, gold, err := ParseMarked("{{PER|Zaha Hadid}} studied at the {{ORG|Architectural Association}} in {{LOC|London}}.")
	if err != nil {
		t.Fatal(err)
	}
	if text != "Zaha Hadid studied at the Architectural Association in London." {
		t.Errorf("text %q", text)
	}
	var got []string
	for _, g := range gold {
		got = append(got, g.Type+":"+text[g.Start:g.End])
	}
	if want := "PER:Zaha Hadid ORG:Architectural Association LOC:London"; strings.Join(got, " ") != want {
		t.Errorf("gold %v, want %s", got, want)
	}
	for _, bad := range []string{"{{PER|Hadid", "{{MISC|French}} art", "{{PER}}", "Hadid}} studied", "{{PER|{{LOC|x}}}}"} {
		if _, _, err := ParseMarked(bad); err == nil {
			t.Errorf("ParseMarked(%q) gave no error", bad)
		}
	}
}
