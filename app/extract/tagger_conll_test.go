package extract

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestLoadCoNLLTree reads gold data in the CoNLL-2003 layout (spaces, IOB1,
// -DOCSTART-) and in a tab-separated BIOES file with OntoNotes types from a
// folder, as nereval -conll does.
func TestLoadCoNLLTree(t *testing.T) {
	dir := t.TempDir()
	conll2003 := "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\ncall NN I-NP O\n\n" +
		"Peter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n\n-DOCSTART- -X- O O\n\nBRUSSELS NNP I-NP I-LOC\n1996-08-22 CD I-NP O\n" +
		"Kim I-PER\nPutin B-PER\n"
	bioes := "Vladimir\tS-PERSON\nmet\tO\nthe\tO\nUnited\tB-GPE\nNations\tE-GPE\nin\tO\nNew\tB-GPE\nYork\tL-GPE\n"
	if err := os.WriteFile(filepath.Join(dir, "a.conll"), []byte(conll2003), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "sub", "b.tsv"), []byte(bioes), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.md"), []byte("not data"), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, err := LoadCoNLLTree(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 3 {
		t.Fatalf("got %d documents, want 3", len(docs))
	}
	want := [][]string{
		{"B-ORG", "O", "O", "O"},
		{"B-PER", "I-PER"},
		{"B-LOC", "O", "B-PER", "B-PER"},
		{"B-PER", "O", "O", "B-LOC", "I-LOC", "O", "B-LOC", "I-LOC"},
	}
	var got [][]string
	for _, d := range docs {
		for _, s := range d {
			got = append(got, s.Tags)
		}
	}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("tags %v, want %v", got, want)
	}
	if _, err := LoadCoNLLTree(filepath.Join(dir, "missing")); err == nil {
		t.Error("a missing path loaded without error")
	}
	bad := filepath.Join(dir, "bad.conll")
	if err := os.WriteFile(bad, []byte("word\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadCoNLLTree(bad); err == nil {
		t.Error("a file without a tag column loaded without error")
	}
}
