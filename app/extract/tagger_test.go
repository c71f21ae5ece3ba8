package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// sharedEval is the evaluation data folder outside the repository.
const sharedEval = "../../../shared/eval"

// TestNERScores checks mention F1 on re3d and on the held-back training data
// against floors a little below the measured scores. The shipped model is
// trained on the held-back parts too, so those floors only guard against a
// broken model; cmd/nereval measures unseen text. It skips when the shared
// data is absent.
func TestNERScores(t *testing.T) {
	if _, err := os.Stat(sharedEval); err != nil {
		t.Skip("no shared evaluation data")
	}
	docs, err := LoadRe3d(filepath.Join(sharedEval, "ner", "re3d"))
	if err != nil {
		t.Fatal(err)
	}
	checkF1(t, "re3d names-only", EvalNER(docs).Names, 0.45)
	sets, err := LoadNERCorpus(filepath.Join(sharedEval, "ner-train"))
	if err != nil {
		t.Fatal(err)
	}
	floors := map[string]float64{"gmb": 0.78, "gum": 0.69, "btc": 0.49}
	for _, s := range sets {
		checkF1(t, s.Name+" held-back", EvalNER(Chunk(s.Held, 10)).Typed, floors[s.Name])
	}
}

// checkF1 fails t when the score's F1 is below floor.
func checkF1(t *testing.T, name string, s NERScore, floor float64) {
	t.Helper()
	t.Logf("%s: typed F1 %.3f", name, s.F1())
	if s.F1() < floor {
		t.Errorf("%s: typed F1 %.3f below %.2f", name, s.F1(), floor)
	}
}

func TestOverlapScore(t *testing.T) {
	gold := map[nerSpanKey]bool{{0, 3, "PER"}: true, {7, 8, "ORG"}: true}
	pred := map[nerSpanKey]bool{{1, 3, "PER"}: true, {5, 6, "LOC"}: true, {7, 8, "LOC"}: true}
	s := scoreOverlap(gold, pred)
	if want := (OverlapScore{Gold: 2, Pred: 3, GoldHit: 1, PredHit: 1}); s != want {
		t.Fatalf("score %+v, want %+v", s, want)
	}
	if f := s.F1(); f < 0.399 || f > 0.401 { // P 1/3, R 1/2
		t.Errorf("F1 %.3f, want 0.400", f)
	}
}
