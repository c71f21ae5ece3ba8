// Command timexeval scores the TIMEX3 tagger of package extract on TimeML
// files with the TempEval-3 measures: strict and relaxed span F1, and type
// and value F1 over relaxed matches. Each directory argument is searched for
// .tml files and scored as one set, then all sets together.
//
//	go run ./cmd/timexeval [-errors] ../shared/eval/tempeval3/train/TimeBank ../shared/eval/tempeval3/train/AQUAINT
//
// A single directory argument whose subdirectories hold the .tml files is
// scored per subdirectory.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"newsline/app/extract"
)

func main() {
	showErrors := flag.Bool("errors", false, "print false positives, false negatives, span and value errors")
	flag.Parse()
	var w io.Writer
	if *showErrors {
		w = os.Stdout
	}
	if err := run(flag.Args(), w, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "timexeval:", err)
		os.Exit(1)
	}
}

// run scores the sets named by args, printing errors to errs when not nil
// and the score table to out.
func run(args []string, errs, out io.Writer) error {
	sets, err := findSets(args)
	if err != nil {
		return err
	}
	if len(sets) == 0 {
		return fmt.Errorf("no .tml files in %s", strings.Join(args, " "))
	}
	var all counts
	fmt.Fprintf(out, "%-10s %5s %5s %7s %7s %7s %7s\n", "set", "gold", "sys", "strict", "relaxed", "type", "value")
	for _, name := range sortedKeys(sets) {
		c, err := scoreFiles(sets[name], errs)
		if err != nil {
			return err
		}
		printRow(out, name, c)
		all.add(c)
	}
	printRow(out, "all", all)
	return nil
}

// printRow prints one line of the score table.
func printRow(out io.Writer, name string, c counts) {
	s := c.scores()
	fmt.Fprintf(out, "%-10s %5d %5d %7.4f %7.4f %7.4f %7.4f\n", name, c.Gold, c.System, s.Strict, s.Relaxed, s.Type, s.Value)
}

// scoreFiles scores the tagger on the given TimeML files.
func scoreFiles(paths []string, errs io.Writer) (counts, error) {
	var c counts
	for _, p := range paths {
		doc, err := extract.ReadTimeMLFile(p)
		if err != nil {
			return c, err
		}
		a := extract.Analyze(extract.Doc{Text: doc.Text}, doc.DCT)
		c.add(score(doc, a.Timexes, errs))
	}
	return c, nil
}

// findSets groups the .tml files under args by their directory's name.
func findSets(args []string) (map[string][]string, error) {
	sets := map[string][]string{}
	for _, root := range args {
		err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".tml") {
				return err
			}
			set := filepath.Base(filepath.Dir(p))
			sets[set] = append(sets[set], p)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return sets, nil
}

// sortedKeys returns the keys of m in order.
func sortedKeys(m map[string][]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
