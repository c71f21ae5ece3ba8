package extract

import (
	"slices"
	"strings"
	"testing"
)

func TestReadCoNLLDocs(t *testing.T) {
	in := "-DOCSTART-\t-X-\tO\n\nAda\tNNP\tB-person\nwrote\tVBD\tO\n\nShe\tPRP\tO\n\n" +
		"-DOCSTART-\t-X-\tO\n\nParis\tNNP\tB-place\n"
	docs, err := ReadCoNLLDocs(strings.NewReader(in), 2, gumTag)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || len(docs[0]) != 2 || len(docs[1]) != 1 {
		t.Fatalf("got %d documents %v, want 2 of 2 and 1 sentences", len(docs), docs)
	}
	if got := docs[1][0].Tags; !slices.Equal(got, []string{"B-LOC"}) {
		t.Errorf("tags %v, want [B-LOC]", got)
	}
}

func TestFoldTraining(t *testing.T) {
	s := func(w string) LabeledSentence { return LabeledSentence{Words: []string{w}, Tags: []string{"O"}} }
	sets := []NERSet{
		{Name: "gmb", Train: []LabeledSentence{s("g1"), s("g2")}, Held: []LabeledSentence{s("g3")}},
		{Name: "gum", Docs: [][]LabeledSentence{{s("d0")}, {s("d1")}, {s("d2")}, {s("d3")}}},
	}
	opt := CVOptions{Folds: 2, Repeat: map[string]int{"gum": 2}}
	var words []string
	for _, x := range foldTraining(sets, 1, opt) {
		words = append(words, x.Words[0])
	}
	if want := []string{"g1", "g2", "d0", "d2", "d0", "d2"}; !slices.Equal(words, want) {
		t.Errorf("fold 1 trains on %v, want %v", words, want)
	}
}

func TestRetokenize(t *testing.T) {
	s := LabeledSentence{
		Words: strings.Fields("Charles J. Fillmore visited St. Louis ."),
		Tags:  strings.Fields("B-PER I-PER I-PER O B-LOC I-LOC O"),
	}
	ex, err := retokenize(s)
	if err != nil {
		t.Fatal(err)
	}
	fixGold(ex.gold, scored(nil, ex.words))
	text, _, _ := detokenize([]LabeledSentence{s})
	var got []string
	for i, w := range ex.words {
		got = append(got, text[w.Start:w.End]+"/"+labelNames[ex.gold[i]])
	}
	want := "Charles/B-PER J/I-PER ./I-PER Fillmore/I-PER visited/O St/B-LOC ./I-LOC Louis/I-LOC ./O"
	if strings.Join(got, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
	}
}

func TestCrossValidateNER(t *testing.T) {
	sent := func(text, tags string) LabeledSentence {
		return LabeledSentence{Words: strings.Fields(text), Tags: strings.Fields(tags)}
	}
	doc := []LabeledSentence{sent("Ada Lovelace lived in London .", "B-PER I-PER O O B-LOC O")}
	sets := []NERSet{
		{Name: "gmb", Train: doc, Held: doc},
		{Name: "gum", Docs: [][]LabeledSentence{doc, doc}},
	}
	lines, err := CrossValidateNER(sets, nil, CVOptions{Folds: 2, Train: TrainOptions{Epochs: 2, Bits: 12}})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, l := range lines {
		names = append(names, l.Name)
	}
	if want := []string{"gmb held-back", "gum 2-fold by doc"}; !slices.Equal(names, want) {
		t.Errorf("lines %v, want %v", names, want)
	}
	if g := lines[1].Eval.Typed.Gold; g != 4 {
		t.Errorf("gum gold mentions %d, want 4 (2 per document)", g)
	}
	if evalModel.Load() != nil {
		t.Error("the embedded model was not restored")
	}
}
