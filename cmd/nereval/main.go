// Command nereval prints typed and untyped PER/ORG/LOC mention F1 of the
// extractor on re3d and on the held-back tenth of the training sets:
//
//	go run ./cmd/nereval -ner ../shared/eval/ner -train ../shared/eval/ner-train
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"newsline/app/extract"
)

func main() {
	ner := flag.String("ner", "../shared/eval/ner", "folder holding re3d/")
	train := flag.String("train", "../shared/eval/ner-train", "training data folder")
	flag.Parse()
	if err := run(*ner, *train); err != nil {
		fmt.Fprintln(os.Stderr, "nereval:", err)
		os.Exit(1)
	}
}

func run(ner, train string) error {
	docs, err := extract.LoadRe3d(filepath.Join(ner, "re3d"))
	if err != nil {
		return err
	}
	report("re3d", extract.EvalNER(docs))
	sets, err := extract.LoadNERCorpus(train)
	if err != nil {
		return err
	}
	for _, s := range sets {
		report(s.Name+" held-back", extract.EvalNER(extract.Chunk(s.Held, 10)))
	}
	return nil
}

// report prints one line of scores.
func report(name string, ev extract.NEREval) {
	fmt.Printf("%-14s typed F1 %.3f  untyped %.3f  names-only typed %.3f  (gold %d, predicted %d)", name,
		ev.Typed.F1(), ev.Untyped.F1(), ev.Names.F1(), ev.Typed.Gold, ev.Typed.Pred)
	types := make([]string, 0, len(ev.ByType))
	for t := range ev.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		fmt.Printf("  %s %.3f", t, ev.ByType[t].F1())
	}
	fmt.Println()
}
