package extract

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// MarkedDoc is a text with its gold names, read from a file that marks each
// name inline as {{TYPE|name}} (TYPE one of PER, ORG, LOC).
type MarkedDoc struct {
	Name string
	Text string       // the text without the marks
	Gold []MarkedName // in text order
}

// MarkedName is one gold name of a MarkedDoc: its byte span in the text
// and its type.
type MarkedName struct {
	Span
	Type string
}

// ParseMarked returns the text of src without its {{TYPE|name}} marks and
// the gold names they made.
func ParseMarked(src string) (string, []MarkedName, error) {
	var b strings.Builder
	var gold []MarkedName
	for {
		i := strings.Index(src, "{{")
		if i < 0 {
			if strings.Contains(src, "}}") {
				return "", nil, fmt.Errorf("%q closes no mark", "}}")
			}
			b.WriteString(src)
			return b.String(), gold, nil
		}
		b.WriteString(src[:i])
		src = src[i+2:]
		end := strings.Index(src, "}}")
		bar := strings.IndexByte(src, '|')
		if end < 0 || bar < 0 || bar > end {
			return "", nil, fmt.Errorf("mark at byte %d has no TYPE| or no }}", b.Len())
		}
		typ, name := src[:bar], src[bar+1:end]
		if typ != "PER" && typ != "ORG" && typ != "LOC" {
			return "", nil, fmt.Errorf("mark %q: type %q is not PER, ORG or LOC", name, typ)
		}
		if name == "" || strings.Contains(name, "{{") {
			return "", nil, fmt.Errorf("mark at byte %d is empty or nested", b.Len())
		}
		gold = append(gold, MarkedName{Span{b.Len(), b.Len() + len(name)}, typ})
		b.WriteString(name)
		src = src[end+2:]
	}
}

// LoadMarked reads the *.txt files of dir as marked documents.
func LoadMarked(dir string) ([]MarkedDoc, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("marked documents in %s: %w", dir, err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("marked documents: no *.txt in %s", dir)
	}
	var docs []MarkedDoc
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("marked document: %w", err)
		}
		text, gold, err := ParseMarked(string(raw))
		if err != nil {
			return nil, fmt.Errorf("marked document %s: %w", p, err)
		}
		docs = append(docs, MarkedDoc{Name: filepath.Base(p), Text: text, Gold: gold})
	}
	return docs, nil
}

// EvalMarked runs Analyze on each document and scores its actor mentions
// against the gold names by byte span (GPE counts as LOC). All gold
// mentions are names, so Names is Typed. When errs is not nil, each
// document's misses and false alarms are written to it.
func EvalMarked(docs []MarkedDoc, errs io.Writer) NEREval {
	ev := NEREval{ByType: map[string]NERScore{}}
	for _, d := range docs {
		a := Analyze(Doc{Text: d.Text}, time.Time{})
		gold, pred := map[nerSpanKey]bool{}, map[nerSpanKey]bool{}
		for _, g := range d.Gold {
			gold[nerSpanKey{g.Start, g.End, g.Type}] = true
		}
		for _, m := range a.Mentions {
			pred[nerSpanKey{m.Start, m.End, evalType(a.Actors[m.Actor].Type)}] = true
		}
		ev.score(gold, pred)
		ev.Overlap = ev.Overlap.Add(scoreOverlap(gold, pred))
		if errs != nil {
			dumpMarkedErrors(errs, d, gold, pred)
		}
	}
	ev.Names = ev.Typed
	return ev
}

// dumpMarkedErrors writes the gold names not found (MISS) and the found
// names not in the gold (FALSE) of d, with their line.
func dumpMarkedErrors(w io.Writer, d MarkedDoc, gold, pred map[nerSpanKey]bool) {
	fmt.Fprintf(w, "DOC %s\n", d.Name)
	line := func(k nerSpanKey) string {
		s := strings.LastIndexByte(d.Text[:k.Start], '\n') + 1
		e := strings.IndexByte(d.Text[k.End:], '\n')
		if e < 0 {
			return d.Text[s:]
		}
		return d.Text[s : k.End+e]
	}
	for _, set := range []struct {
		label    string
		have, in map[nerSpanKey]bool
	}{{"MISS", gold, pred}, {"FALSE", pred, gold}} {
		keys := slices.SortedFunc(func(yield func(nerSpanKey) bool) {
			for k := range set.have {
				if !set.in[k] && !yield(k) {
					return
				}
			}
		}, func(a, b nerSpanKey) int { return a.Start - b.Start })
		for _, k := range keys {
			fmt.Fprintf(w, "%s %s %d %d %q\t%s\n", set.label, k.Type, k.Start, k.End, d.Text[k.Start:k.End], line(k))
		}
	}
}

// MarkedSentences splits each document into sentences and words the way
// Analyze does, tagging each word in BIO form from the gold names it falls
// in, as training sentences of domain dom.
func MarkedSentences(docs []MarkedDoc, dom uint8) []LabeledSentence {
	var out []LabeledSentence
	var ws []nerWord
	for _, d := range docs {
		g := 0
		for _, sent := range splitSentences(d.Text) {
			ws = nerWords(ws[:0], d.Text, sent.Span)
			if len(ws) == 0 {
				continue
			}
			s := LabeledSentence{Words: make([]string, len(ws)), Tags: make([]string, len(ws)), Domain: dom}
			for i, w := range ws {
				s.Words[i] = d.Text[w.Start:w.End]
				for g < len(d.Gold) && d.Gold[g].End <= w.Start {
					g++
				}
				s.Tags[i] = "O"
				if g < len(d.Gold) && d.Gold[g].Start <= w.Start {
					s.Tags[i] = "I-" + d.Gold[g].Type
					if i == 0 || s.Tags[i-1] == "O" || d.Gold[g].Start > ws[i-1].Start {
						s.Tags[i] = "B-" + d.Gold[g].Type
					}
				}
			}
			out = append(out, s)
		}
	}
	return out
}

// LoadMarkedSet reads the marked documents of dir as a training set named
// name, holding back every 10th sentence.
func LoadMarkedSet(dir, name string) (NERSet, error) {
	docs, err := LoadMarked(dir)
	if err != nil {
		return NERSet{}, fmt.Errorf("load %s: %w", name, err)
	}
	set := NERSet{Name: name}
	for i, s := range MarkedSentences(docs, DomainMarked) {
		if (i+1)%10 == 0 {
			set.Held = append(set.Held, s)
		} else {
			set.Train = append(set.Train, s)
		}
	}
	return set, nil
}

// LoadTrainingSets reads the training sets under data (LoadNERCorpus) and,
// when marked is not empty, the marked texts there as one more set named
// "wikitrain".
func LoadTrainingSets(data, marked string) ([]NERSet, error) {
	sets, err := LoadNERCorpus(data)
	if err != nil || marked == "" {
		return sets, err
	}
	set, err := LoadMarkedSet(marked, "wikitrain")
	if err != nil {
		return nil, err
	}
	return append(sets, set), nil
}
