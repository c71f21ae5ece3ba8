// Command genhostile writes a folder of hostile input files, mixed with good
// articles, and a JSON manifest saying which must be stored and which refused:
//
//	go run ./cmd/genhostile -n 1000 -huge -out /tmp/hostile
//	newsline --db /tmp/h.newsline import /tmp/hostile
//
// The manifest goes to OUT.json, beside the folder, so that it is not imported.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"newsline/app/hostile"
)

func main() {
	n := flag.Int("n", 1000, "number of files")
	out := flag.String("out", "hostile", "output folder (must not exist or be empty)")
	seed := flag.Int64("seed", 1, "random seed")
	huge := flag.Bool("huge", false, "add a 50 MB text, a 10 MB line and 2 GB decompression bombs")
	good := flag.Int("good", 40, "percentage of good articles")
	flag.Parse()
	if entries, err := os.ReadDir(*out); err == nil && len(entries) > 0 {
		fail(fmt.Errorf("%s is not empty", *out))
	}
	m, err := hostile.Generate(*out, hostile.Options{Files: *n, Seed: *seed, Huge: *huge, GoodPct: *good})
	if err != nil {
		fail(err)
	}
	manifest := filepath.Clean(*out) + ".json"
	if err := m.WriteJSON(manifest); err != nil {
		fail(err)
	}
	fmt.Printf("wrote %d files to %s (%d to be stored, %d refused, %d either); manifest %s\n",
		len(m.Entries), *out, len(m.Select(hostile.Stored)), len(m.Select(hostile.Refused)),
		len(m.Select(hostile.Either)), manifest)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "genhostile:", err)
	os.Exit(1)
}
