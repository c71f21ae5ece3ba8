package extract

import "testing"

// TestGazetteerNamesMatch checks that every canonical name in the lexicon
// files is found as itself in running text.
func TestGazetteerNamesMatch(t *testing.T) {
	g := theGazetteer()
	for i, e := range g.entries {
		text := "They met " + e.Name + " today."
		ws := nerWords(nil, text, Span{0, len(text)})
		hits := g.match(nil, ws)
		found := false
		for _, h := range hits {
			if ws[h.Start].Start == 9 && g.entries[h.Entry].Name == e.Name {
				found = true
			}
		}
		if !found {
			t.Errorf("entry %d %q (%s) does not match itself", i, e.Name, e.Type)
		}
	}
}
