// Command eventeval measures how package extract dates its events, on
// TimeML files (TempEval-3): for each annotated EVENT whose word is one of
// the extractor's triggers and at which Analyze finds an event, the date
// Analyze gives is compared with the times the TLINKs put the event at or
// within (IS_INCLUDED, DURING, SIMULTANEOUS, IDENTITY, BEGINS, ENDS, read
// from the event's side) among the DATE and TIME expressions and the DCT.
//
//	go run ./cmd/eventeval [-errors] ../shared/eval/tempeval3/train
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
	showErrors := flag.Bool("errors", false, "print each event dated otherwise than gold")
	flag.Parse()
	var errs io.Writer
	if *showErrors {
		errs = os.Stdout
	}
	if err := run(flag.Args(), errs, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "eventeval:", err)
		os.Exit(1)
	}
}

// run reads the .tml files under args, scores them and prints the result
// to out, and the disagreements to errs when not nil.
func run(args []string, errs, out io.Writer) error {
	docs, err := readDocs(args)
	if err != nil {
		return err
	}
	if len(docs) == 0 {
		return fmt.Errorf("no .tml files in %s", strings.Join(args, " "))
	}
	printEval(out, len(docs), extract.EvalEventDates(docs, errs))
	return nil
}

// readDocs reads every .tml file under the roots, in path order.
func readDocs(roots []string) ([]extract.TimeMLDoc, error) {
	var docs []extract.TimeMLDoc
	for _, root := range roots {
		err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".tml") {
				return err
			}
			doc, err := extract.ReadTimeMLFile(p)
			if err != nil {
				return err
			}
			docs = append(docs, doc)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return docs, nil
}

// printEval prints the measures and the count of each class.
func printEval(out io.Writer, ndocs int, ev extract.DateEval) {
	fmt.Fprintf(out, "%d documents; %d gold events at trigger words, %d found by Analyze (coverage %.3f)\n",
		ndocs, ev.GoldEvents, ev.Compared, ratio(ev.Compared, ev.GoldEvents))
	fmt.Fprintf(out, "date accuracy %.4f (%d right of %d events with a gold date); %d of %d compared events dated\n",
		ratio(ev.DateRight, ev.Judged), ev.DateRight, ev.Judged, ev.Dated, ev.Compared)
	fmt.Fprintf(out, "text timex attachment, all: P %.4f R %.4f F1 %.4f (right %d, ours %d, gold %d)\n",
		ratio(ev.AttachRight, ev.Attached), ratio(ev.AttachRight, ev.GoldAttached), ev.AttachF1(),
		ev.AttachRight, ev.Attached, ev.GoldAttached)
	p, r, f1 := ev.JudgedF1()
	fmt.Fprintf(out, "judged attachment (precision over attachments gold confirms or contradicts): P %.4f R %.4f F1 %.4f\n", p, r, f1)
	classes := make([]string, 0, len(ev.Classes))
	for c := range ev.Classes {
		classes = append(classes, c)
	}
	sort.Slice(classes, func(i, j int) bool { return ev.Classes[classes[i]] > ev.Classes[classes[j]] })
	for _, c := range classes {
		fmt.Fprintf(out, "  %5d  %s\n", ev.Classes[c], c)
	}
}

// ratio returns a/b, or 0 when b is 0.
func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
