// Command nereval prints typed and untyped PER/ORG/LOC mention F1 of the
// extractor on text its tagger has not seen:
//
//	go run ./cmd/nereval -ner ../shared/eval/ner -train ../shared/eval/ner-train
//
// It cross-validates the training options of the shipped model (those of
// cmd/trainner): GUM is split by whole documents into k folds and each fold
// is tested by a model trained on GMB, BTC and the other folds; those models
// are also tested on the held-back tenth of GMB and BTC and on re3d, summed
// over the folds. With -shipped it also scores the embedded model, which is
// trained on everything, so only its re3d line is unseen text. One
// shuffling seed's F1 moves by about ±0.003; -seeds 4 sums four runs, which
// is what a feature change should be judged on; -seed0 picks the first seed
// (1 by default), so that a second set (-seed0 11) can confirm a gain.
//
// With -marked it also scores the embedded model on a folder of texts with
// their names marked inline as {{TYPE|name}} (app/extract/testdata/wiki,
// Wikipedia-style articles no model was trained on); -cv=false skips the
// cross-validation.
//
// With -conll it also scores the embedded model on gold data of one's own
// in any common CoNLL layout, a file or a folder of them (see
// extract.LoadCoNLLTree): for example a Wikipedia set in the CoNLL-2003
// layout,
//
//	go run ./cmd/nereval -cv=false -conll wikigold.conll
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"newsline/app/extract"
)

func main() {
	ner := flag.String("ner", "../shared/eval/ner", "folder holding re3d/")
	train := flag.String("train", "../shared/eval/ner-train", "training data folder")
	folds := flag.Int("folds", 4, "GUM folds by document")
	errs := flag.String("errors", "", "write the errors (misses, false alarms) on the marked texts and the GUM folds to this file")
	shipped := flag.Bool("shipped", false, "also score the embedded model")
	marked := flag.String("marked", "", "also score the embedded model, and with -cv each fold model, on this folder of {{TYPE|name}}-marked texts")
	wikitrain := flag.String("wikitrain", "cmd/trainner/wikitrain", "marked texts trained on as one more set (none when empty)")
	conll := flag.String("conll", "", "also score the embedded model on this CoNLL file or folder (space- or tab-separated, word first, tag last; IOB1, IOB2 or BIOES)")
	cv := flag.Bool("cv", true, "cross-validate")
	seeds := flag.Int("seeds", 1, "cross-validate this many times with successive shuffling seeds and sum the counts")
	seed0 := flag.Int64("seed0", extract.DefaultCVOptions().Train.Seed, "the first shuffling seed (-seed0 11 -seeds 4 runs seeds 11 to 14)")
	flag.Parse()
	if err := run(*ner, *train, *errs, *marked, *wikitrain, *conll, *folds, *seeds, *seed0, *shipped, *cv); err != nil {
		fmt.Fprintln(os.Stderr, "nereval:", err)
		os.Exit(1)
	}
}

func run(ner, train, errs, marked, wikitrain, conll string, folds, seeds int, seed0 int64, shipped, cv bool) error {
	start := time.Now()
	var errw io.Writer
	if errs != "" {
		f, err := os.Create(filepath.Clean(errs))
		if err != nil {
			return err
		}
		defer f.Close()
		errw = f
	}
	var markedDocs []extract.MarkedDoc
	if marked != "" {
		var err error
		if markedDocs, err = extract.LoadMarked(marked); err != nil {
			return err
		}
		fmt.Println(extract.NamedEval{Name: "shipped marked", Eval: extract.EvalMarked(markedDocs, errw)})
	}
	if conll != "" {
		docs, err := extract.LoadCoNLLTree(conll)
		if err != nil {
			return err
		}
		fmt.Println(extract.NamedEval{Name: "shipped " + filepath.Base(filepath.Clean(conll)), Eval: extract.EvalNER(docs)})
	}
	if !cv {
		return nil
	}
	docs, err := extract.LoadRe3d(filepath.Join(ner, "re3d"))
	if err != nil {
		return err
	}
	sets, err := extract.LoadTrainingSets(train, wikitrain)
	if err != nil {
		return err
	}
	if shipped {
		fmt.Println(extract.NamedEval{Name: "shipped re3d", Eval: extract.EvalNER(docs)})
		for _, s := range sets {
			fmt.Println(extract.NamedEval{Name: "shipped " + s.Name, Eval: extract.EvalNER(extract.Chunk(s.Held, 10))})
		}
	}
	opt := extract.DefaultCVOptions()
	opt.Folds, opt.Seeds, opt.Train.Seed = folds, seeds, seed0
	opt.Errors, opt.Marked = errw, markedDocs
	lines, err := extract.CrossValidateNER(sets, map[string][][]extract.LabeledSentence{"re3d": docs}, opt)
	if err != nil {
		return err
	}
	for _, l := range lines {
		fmt.Println(l)
	}
	fmt.Printf("(%d-fold cross-validation, %d seed(s) from %d, in %s)\n", folds, max(seeds, 1), seed0, time.Since(start).Round(time.Millisecond))
	return nil
}
