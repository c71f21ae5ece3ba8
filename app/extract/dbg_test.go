package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func TestDbgFold(t *testing.T) {
	first := os.Getenv("DBG_FIRST")
	if first == "" {
		t.Skip()
	}
	sets, err := LoadNERCorpus("../../../shared/eval/ner-train")
	if err != nil {
		t.Fatal(err)
	}
	opt := DefaultCVOptions()
	for _, s := range sets {
		for i, d := range s.Docs {
			if !strings.HasPrefix(strings.Join(d[0].Words, " ")+" "+strings.Join(d[1].Words, " "), first) {
				continue
			}
			f := i % opt.Folds
			m, err := trainModel(foldTraining(sets, f, opt), opt.Train)
			if err != nil {
				t.Fatal(err)
			}
			evalModel.Store(m)
			defer evalModel.Store(nil)
			text, _, _ := detokenize(d)
			a := Analyze(Doc{Text: text}, time.Time{})
			for k, ac := range a.Actors {
				n := 0
				for _, mm := range a.Mentions {
					if mm.Actor == k {
						n++
					}
				}
				fmt.Printf("%-8s %-40q %v n=%d\n", ac.Type, ac.Name, ac.Aliases, n)
			}
			return
		}
	}
}
