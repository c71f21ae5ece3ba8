package main

import (
	"testing"

	"newsline/app/extract"
)

// TestTrainingTextsParse checks that every name-marked training text
// parses and marks names of all three types.
func TestTrainingTextsParse(t *testing.T) {
	docs, err := extract.LoadMarked("wikitrain")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) < 200 {
		t.Errorf("%d texts, want the 200 of the README", len(docs))
	}
	types := map[string]int{}
	for _, d := range docs {
		if len(d.Gold) == 0 {
			t.Errorf("%s marks no name", d.Name)
		}
		for _, g := range d.Gold {
			types[g.Type]++
		}
	}
	for _, typ := range []string{"PER", "ORG", "LOC"} {
		if types[typ] < 3000 {
			t.Errorf("%d %s names, want over 3000", types[typ], typ)
		}
	}
	sents := extract.MarkedSentences(docs, extract.DomainMarked)
	if len(sents) < 6000 {
		t.Errorf("%d training sentences, want over 6000", len(sents))
	}
}
