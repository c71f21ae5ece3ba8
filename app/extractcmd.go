package app

import (
	"encoding/json"
	"flag"
	"fmt"
	"time"

	"newsline/app/extract"
	"newsline/app/ingest"
)

// The JSON shapes of `newsline extract`: a contract other tools parse.
type (
	extractFile struct {
		File      string         `json:"file"`
		Published string         `json:"published"`
		Error     string         `json:"error,omitempty"`
		Timexes   []extractTimex `json:"timexes"`
		Actors    []extractActor `json:"actors"`
		Events    []extractEvent `json:"events"`
	}
	extractTimex struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Text  string `json:"text"`
		Type  string `json:"type"`
		Value string `json:"value"`
		Mod   string `json:"mod,omitempty"`
	}
	extractActor struct {
		Name     string           `json:"name"`
		Type     string           `json:"type"`
		Aliases  []string         `json:"aliases"`
		Mentions []extractMention `json:"mentions"`
	}
	extractMention struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Text  string `json:"text"`
	}
	extractEvent struct {
		Type     string   `json:"type"`
		Trigger  string   `json:"trigger"`
		Date     string   `json:"date"`
		Planned  bool     `json:"planned"`
		Actors   []string `json:"actors"`
		Sentence string   `json:"sentence"`
		Start    int      `json:"start"`
		End      int      `json:"end"`
	}
)

func (c *cli) extractCmd(args []string) int {
	fl := flag.NewFlagSet("extract", flag.ContinueOnError)
	fl.SetOutput(c.stderr)
	dctFlag := fl.String("dct", "", "document creation time YYYY-MM-DD (default: the document's own publication date)")
	format := fl.String("format", "json", "output format (json)")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if *format != "json" {
		fmt.Fprintf(c.stderr, "newsline extract: unknown format %q (only json)\n", *format)
		return 2
	}
	var dct time.Time
	if *dctFlag != "" {
		t, err := time.Parse("2006-01-02", *dctFlag)
		if err != nil {
			fmt.Fprintf(c.stderr, "newsline extract: --dct %q is not a date YYYY-MM-DD\n", *dctFlag)
			return 2
		}
		dct = t
	}
	if fl.NArg() == 0 {
		fmt.Fprintln(c.stderr, "newsline extract: no files given")
		return 2
	}
	out := make([]extractFile, 0, fl.NArg())
	code := 0
	for _, path := range fl.Args() {
		f, err := extractOne(path, dct)
		if err != nil {
			fmt.Fprintf(c.stderr, "%v\n", err)
			f.Error = err.Error()
			code = 1
		}
		out = append(out, f)
	}
	enc := json.NewEncoder(c.stdout)
	enc.SetIndent("", " ")
	if err := enc.Encode(out); err != nil {
		fmt.Fprintf(c.stderr, "newsline extract: %v\n", err)
		return 1
	}
	return code
}

// extractOne analyses one file. Offsets are shifted so that they index the
// file's bytes when the text was read unchanged from it (UTF-8 text).
func extractOne(path string, dct time.Time) (extractFile, error) {
	f := extractFile{File: path, Timexes: []extractTimex{}, Actors: []extractActor{}, Events: []extractEvent{}}
	doc, err := ingest.Read(path)
	if err != nil {
		return f, err
	}
	if dct.IsZero() {
		dct = anchor(publishedRange(doc))
	}
	if !dct.IsZero() {
		f.Published = dct.Format("2006-01-02")
	}
	a := extract.Analyze(extract.Doc{Title: doc.Title, Text: doc.Text}, dct)
	fillExtract(&f, doc, a)
	return f, nil
}

func fillExtract(f *extractFile, doc ingest.Document, a extract.Analysis) {
	off := doc.BodyOffset
	for _, t := range a.Timexes {
		f.Timexes = append(f.Timexes, extractTimex{t.Start + off, t.End + off, t.Text, t.Type, t.Value, t.Mod})
	}
	for _, ac := range a.Actors {
		aliases := ac.Aliases
		if aliases == nil {
			aliases = []string{}
		}
		f.Actors = append(f.Actors, extractActor{Name: ac.Name, Type: ac.Type, Aliases: aliases, Mentions: []extractMention{}})
	}
	for _, m := range a.Mentions {
		ac := &f.Actors[m.Actor]
		ac.Mentions = append(ac.Mentions, extractMention{m.Start + off, m.End + off, m.Text})
	}
	for _, e := range a.Events {
		names := make([]string, 0, len(e.Actors))
		for _, ea := range e.Actors {
			names = append(names, a.Actors[ea.Actor].Name)
		}
		f.Events = append(f.Events, extractEvent{
			Type: e.Type, Trigger: doc.Text[e.Trigger.Start:e.Trigger.End], Date: e.Value, Planned: e.Planned,
			Actors: names, Sentence: doc.Text[e.Start:e.End], Start: e.Start + off, End: e.End + off,
		})
	}
}
