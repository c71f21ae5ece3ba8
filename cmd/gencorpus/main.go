// Command gencorpus writes a synthetic news corpus for scale tests and
// benchmarks: `go run ./cmd/gencorpus -n 10000 -out /tmp/corpus10k`.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"newsline/app/corpus"
)

func main() {
	n := flag.Int("n", 1000, "number of articles")
	out := flag.String("out", "corpus", "output folder")
	seed := flag.Int64("seed", 1, "random seed")
	reprints := flag.Int("reprints", 10, "percentage of wire reprints")
	flag.Parse()
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	for _, a := range corpus.Generate(corpus.Options{Articles: *n, Seed: *seed, ReprintPct: *reprints}) {
		if err := os.WriteFile(filepath.Join(*out, a.Name), []byte(a.File()), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gencorpus:", err)
			os.Exit(1)
		}
	}
	fmt.Printf("wrote %d articles to %s\n", *n, *out)
}
