package extract

import (
	"fmt"
	"slices"
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

// TestMarkedSentences checks that marked texts become training sentences
// split and tokenised as Analyze does, with BIO tags from the marks.
func TestMarkedSentences(t *testing.T) {
	text, gold, err := ParseMarked("{{PER|Kwame Mensah}} joined {{ORG|IBM}} in {{LOC|New York}}.\n\nHe left {{LOC|Accra}} for {{LOC|Lagos}} {{LOC|Island}} in May.")
	if err != nil {
		t.Fatal(err)
	}
	sents := MarkedSentences([]MarkedDoc{{Text: text, Gold: gold}}, DomainMarked)
	var got []string
	for _, s := range sents {
		if s.Domain != DomainMarked {
			t.Errorf("domain %d", s.Domain)
		}
		var b strings.Builder
		for i, w := range s.Words {
			fmt.Fprintf(&b, "%s/%s ", w, s.Tags[i])
		}
		got = append(got, strings.TrimSpace(b.String()))
	}
	want := []string{
		"Kwame/B-PER Mensah/I-PER joined/O IBM/B-ORG in/O New/B-LOC York/I-LOC ./O",
		"He/O left/O Accra/B-LOC for/O Lagos/B-LOC Island/B-LOC in/O May/O ./O",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}
