// Command trainner trains the named-entity tagger embedded in app/extract:
//
//	go run ./cmd/trainner -data ../shared/eval/ner-train -out app/extract/lexicon/ner.model.gz
//
// It reads the GMB, GUM and BTC sets (see that folder's README), trains on
// all but every 10th sentence of each, and writes the gzip-compressed model.
// The same data, seed and options give the same model.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"time"

	"newsline/app/extract"
)

func main() {
	data := flag.String("data", "../shared/eval/ner-train", "training data folder")
	out := flag.String("out", "app/extract/lexicon/ner.model.gz", "model file to write")
	epochs := flag.Int("epochs", 8, "training passes")
	bits := flag.Uint("bits", 20, "log2 of the number of feature buckets")
	seed := flag.Int64("seed", 1, "shuffling seed")
	gum := flag.Int("gum", 3, "times each GUM sentence is seen per pass (gold, Wikipedia-like text)")
	flag.Parse()
	if err := run(*data, *out, *gum, extract.TrainOptions{Epochs: *epochs, Bits: *bits, Seed: *seed}); err != nil {
		fmt.Fprintln(os.Stderr, "trainner:", err)
		os.Exit(1)
	}
}

func run(data, out string, gumRepeat int, opt extract.TrainOptions) error {
	start := time.Now()
	sets, err := extract.LoadNERCorpus(data)
	if err != nil {
		return err
	}
	var train []extract.LabeledSentence
	for _, s := range sets {
		fmt.Printf("%s: %d training sentences, %d held back\n", s.Name, len(s.Train), len(s.Held))
		n := 1
		if s.Name == "gum" {
			n = gumRepeat
		}
		for range n {
			train = append(train, s.Train...)
		}
	}
	var buf bytes.Buffer
	if err := extract.TrainTagger(&buf, train, opt); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s (%d bytes) in %s\n", out, buf.Len(), time.Since(start).Round(time.Millisecond))
	return nil
}
