// Command trainner trains the named-entity tagger embedded in app/extract:
//
//	go run ./cmd/trainner -data ../shared/eval/ner-train -out app/extract/lexicon/ner.model.gz
//
// It reads the GMB, GUM and BTC sets (see that folder's README) and the
// name-marked texts written for this project in cmd/trainner/wikitrain
// (-wikitrain; see the README there), trains on all of them (with
// -held=false, on all but every 10th sentence of each), and writes the
// gzip-compressed model. The same data, seed and options give the
// same model. With -cv k it writes no model but cross-validates the same
// options: GUM split by document into k folds, each tested by a model trained
// on everything else (see cmd/nereval).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"newsline/app/extract"
)

func main() {
	def := extract.DefaultCVOptions()
	data := flag.String("data", "../shared/eval/ner-train", "training data folder")
	out := flag.String("out", "app/extract/lexicon/ner.model.gz", "model file to write")
	epochs := flag.Int("epochs", def.Train.Epochs, "training passes")
	bits := flag.Uint("bits", def.Train.Bits, "log2 of the number of feature buckets")
	seed := flag.Int64("seed", def.Train.Seed, "shuffling seed")
	gum := flag.Int("gum", def.Repeat["gum"], "times each GUM sentence is seen per pass (gold, Wikipedia-like text)")
	gmb := flag.Int("gmb", 1, "times each GMB sentence is seen per pass")
	btc := flag.Int("btc", 1, "times each BTC sentence is seen per pass")
	wikitrain := flag.String("wikitrain", "cmd/trainner/wikitrain", "folder of {{TYPE|name}}-marked texts trained on as one more set (none when empty)")
	wiki := flag.Int("wiki", def.Repeat["wikitrain"], "times each -wikitrain sentence is seen per pass")
	held := flag.Bool("held", true, "train on the held-back tenth of each set too")
	cv := flag.Int("cv", 0, "cross-validate with this many GUM folds instead of writing a model")
	re3d := flag.String("re3d", "../shared/eval/ner/re3d", "re3d folder, tested by -cv models")
	errs := flag.String("errors", "", "with -cv, write the fold errors to this file")
	flag.Parse()
	opt := extract.CVOptions{Folds: *cv, Repeat: map[string]int{"gum": *gum, "gmb": *gmb, "btc": *btc, "wikitrain": *wiki},
		Train: extract.TrainOptions{Epochs: *epochs, Bits: *bits, Seed: *seed}}
	var err error
	switch {
	case *cv > 0:
		err = crossValidate(*data, *wikitrain, *re3d, *errs, opt)
	default:
		err = run(*data, *wikitrain, *out, *held, opt)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "trainner:", err)
		os.Exit(1)
	}
}

func run(data, wikitrain, out string, held bool, opt extract.CVOptions) error {
	start := time.Now()
	sets, err := extract.LoadTrainingSets(data, wikitrain)
	if err != nil {
		return err
	}
	for _, s := range sets {
		fmt.Printf("%s: %d training sentences, %d held back\n", s.Name, len(s.Train), len(s.Held))
	}
	var buf bytes.Buffer
	if err := extract.TrainTagger(&buf, extract.NERTraining(sets, opt.Repeat, held), opt.Train); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s (%d bytes) in %s\n", out, buf.Len(), time.Since(start).Round(time.Millisecond))
	return nil
}

// crossValidate prints the cross-validation report of opt.
func crossValidate(data, wikitrain, re3d, errs string, opt extract.CVOptions) error {
	start := time.Now()
	sets, err := extract.LoadTrainingSets(data, wikitrain)
	if err != nil {
		return err
	}
	tests := map[string][][]extract.LabeledSentence{}
	if re3d != "" {
		if tests["re3d"], err = extract.LoadRe3d(re3d); err != nil {
			return err
		}
	}
	if errs != "" {
		f, err := os.Create(filepath.Clean(errs))
		if err != nil {
			return err
		}
		defer f.Close()
		opt.Errors = f
	}
	lines, err := extract.CrossValidateNER(sets, tests, opt)
	if err != nil {
		return err
	}
	for _, l := range lines {
		fmt.Println(l)
	}
	fmt.Printf("(%d folds in %s)\n", opt.Folds, time.Since(start).Round(time.Millisecond))
	return nil
}
