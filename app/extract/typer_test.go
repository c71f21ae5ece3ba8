package extract

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// toyCorpus returns sentences in which persons speak and places are where
// it rained, ten to a document.
func toyCorpus() []LabeledSentence {
	people := []string{"Arlo", "Bex", "Cato", "Dov", "Ewa", "Fen"}
	places := []string{"Qarth", "Rull", "Sarn", "Tyr", "Umbar", "Vell"}
	var sents []LabeledSentence
	for i := range 60 {
		sents = append(sents, LabeledSentence{
			Words: []string{people[i%6], "said", "it", "rained", "in", places[(i/6)%6], "."},
			Tags:  []string{"B-PER", "O", "O", "O", "O", "B-LOC", "O"},
			Doc:   int32(1 + i/10),
		})
	}
	return sents
}

func TestTrainedModelRoundTrip(t *testing.T) {
	m, err := trainModel(toyCorpus(), TrainOptions{Epochs: 3, Bits: 14, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.write(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := readModel(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if got.bits != m.bits || !slices.Equal(got.w, m.w) || !slices.Equal(got.types.w, m.types.w) ||
		len(got.common) != len(m.common) {
		t.Fatal("the model read back differs from the one written")
	}

	// Names never seen in training are typed by their context, by the
	// tagger and by the typer.
	text := "Wend said it rained in Xanth ."
	ws := nerWords(nil, text, Span{0, len(text)})
	g := theGazetteer()
	gt := g.gazTags(nil, ws, g.match(nil, ws))
	labels := make([]uint8, len(ws))
	var lat lattice
	got.tag(ws, gt, labels, &lat)
	if labels[0] != labBPer || labels[5] != labBLoc {
		t.Errorf("tagged %v, want B-PER first and B-LOC sixth", labels)
	}
	doc := typerContext{}
	for _, mm := range []typerMention{{ws, gt, 0, 1}, {ws, gt, 5, 6}} {
		doc.add(mm)
	}
	if p := got.types.probs(typerFeatures(nil, typerMention{ws, gt, 5, 6}, doc, typeMix{})); p.best() != typPlace {
		t.Errorf("typer gives Xanth %v, want a place", p)
	}
	if p := got.types.probs(typerFeatures(nil, typerMention{ws, gt, 0, 1}, doc, typeMix{})); p.best() != typPerson {
		t.Errorf("typer gives Wend %v, want a person", p)
	}
}

func TestTyperContextPoolsMentions(t *testing.T) {
	text := "Coron was registered as a town . We sailed to Coron ."
	ws := nerWords(nil, text, Span{0, len(text)})
	gt := make([]uint8, len(ws))
	doc := typerContext{}
	doc.add(typerMention{ws, gt, 0, 1})
	doc.add(typerMention{ws, gt, 10, 11})
	doc.add(typerMention{ws, gt, 10, 11}) // a repeated context counts once
	want := []uint64{featMix(yDocLeft, hashBOS), featMix(yDocRight, foldHash("was")),
		featMix(yDocRight, foldHash("was")*fnvPrime^foldHash("registered")),
		featMix(yDocLeft, foldHash("to")), featMix(yDocRight, foldHash("."))}
	if got := doc[typerMention{ws, gt, 0, 1}.nameKey()]; !slices.Equal(got, want) {
		t.Errorf("contexts %x, want %x", got, want)
	}
}

func TestTyperContextBounded(t *testing.T) {
	// One name in 20,000 different contexts keeps a bounded list.
	var b strings.Builder
	for i := range 20000 {
		fmt.Fprintf(&b, "w%d Zorg ", i)
	}
	text := b.String()
	ws := nerWords(nil, text, Span{0, len(text)})
	gt := make([]uint8, len(ws))
	doc := typerContext{}
	for i := 1; i < len(ws); i += 2 {
		doc.add(typerMention{ws, gt, i, i + 1})
	}
	if n := len(doc[typerMention{ws, gt, 1, 2}.nameKey()]); n > maxNameContexts {
		t.Errorf("%d contexts kept, want at most %d", n, maxNameContexts)
	}
}

func TestTypeMixBucket(t *testing.T) {
	for _, tt := range []struct {
		mix  typeMix
		want uint64
	}{
		{typeMix{1, 1, 1}, 0},                                 // too few names to say anything
		{typeMix{0, 0, 8}, 1 + 0*(mixSteps+1) + mixSteps},     // a travel guide: all places
		{typeMix{8, 0, 0}, 1 + mixSteps*(mixSteps+1) + 0},     // a biography's opening: all people
		{typeMix{4, 4, 0}, 1 + mixSteps/2*(mixSteps+1) + 0},   // half people, half organisations
		{typeMix{10, 0, 10}, 1 + mixSteps/2*(mixSteps+1) + 2}, // half people, half places
	} {
		if got := tt.mix.bucket(); got != tt.want {
			t.Errorf("%v.bucket() = %d, want %d", tt.mix, got, tt.want)
		}
	}
}
