package extract

import (
	"fmt"
	"io"
	"maps"
	"runtime"
	"slices"
	"strings"
	"sync"
)

// NamedEval is one line of an evaluation report.
type NamedEval struct {
	Name string
	Eval NEREval
}

// DefaultCVOptions returns the options the shipped model is trained with
// (with 4 folds for cross-validation).
func DefaultCVOptions() CVOptions {
	return CVOptions{Folds: 4, Repeat: map[string]int{"gum": 3, "wikitrain": 1}, Train: TrainOptions{Epochs: 8, Bits: 20, Seed: 1}}
}

// String formats the line as typed, untyped and names-only F1 with counts,
// then typed F1 by type.
func (ne NamedEval) String() string {
	ev := ne.Eval
	var b strings.Builder
	fmt.Fprintf(&b, "%-18s typed F1 %.3f  untyped %.3f  names-only typed %.3f  overlap typed %.3f  (gold %d, predicted %d)",
		ne.Name, ev.Typed.F1(), ev.Untyped.F1(), ev.Names.F1(), ev.Overlap.F1(), ev.Typed.Gold, ev.Typed.Pred)
	for _, t := range slices.Sorted(maps.Keys(ev.ByType)) {
		fmt.Fprintf(&b, "  %s %.3f", t, ev.ByType[t].F1())
	}
	return b.String()
}

// CVOptions control CrossValidateNER.
type CVOptions struct {
	Folds  int            // documents go to fold i%Folds in file order
	Repeat map[string]int // times each set's sentences are seen per pass (1 when absent)
	Train  TrainOptions
	Errors io.Writer // when set, receives the misses and false alarms on the folds
	// Marked, when set, is scored by every fold model too (texts none of
	// them was trained on).
	Marked []MarkedDoc
	// Seeds is how many times the whole cross-validation runs, with the
	// shuffling seeds Train.Seed, Train.Seed+1, ...; the counts are summed.
	// One seed's F1 moves by about ±0.003, so comparing two feature sets
	// needs several.
	Seeds int
}

// NERTraining returns the training sentences of sets, each set's repeated
// repeat[name] times (once when absent), with the held-back parts when held.
func NERTraining(sets []NERSet, repeat map[string]int, held bool) []LabeledSentence {
	var out []LabeledSentence
	for _, s := range sets {
		for range repeats(repeat, s.Name) {
			out = append(out, s.Train...)
			if held {
				out = append(out, s.Held...)
			}
		}
	}
	return out
}

// repeats returns repeat[name], or 1 when absent.
func repeats(repeat map[string]int, name string) int {
	if n, ok := repeat[name]; ok {
		return n
	}
	return 1
}

// CrossValidateNER measures the tagger on text it has not seen. The sets
// with documents (GUM) are split by whole documents into folds; for each
// fold a model is trained on the training parts of the other sets and the
// other folds, and tested on the fold. Every fold model is also tested on
// the held-back parts of the sets without documents and on the extra test
// sets, and those scores are summed over the folds. Analyze must not run
// concurrently elsewhere while this runs.
func CrossValidateNER(sets []NERSet, tests map[string][][]LabeledSentence, opt CVOptions) ([]NamedEval, error) {
	if opt.Folds < 2 {
		return nil, fmt.Errorf("cross-validate: %d folds", opt.Folds)
	}
	var out []NamedEval
	for k := range max(opt.Seeds, 1) {
		o := opt
		o.Train.Seed += int64(k)
		if k > 0 {
			o.Errors = nil
		}
		lines, err := crossValidateSeed(sets, tests, o)
		if err != nil {
			return nil, err
		}
		if out == nil {
			out = lines
			continue
		}
		for i := range out {
			out[i].Eval.add(lines[i].Eval)
		}
	}
	return out, nil
}

// crossValidateSeed is one cross-validation run with opt.Train.Seed.
func crossValidateSeed(sets []NERSet, tests map[string][][]LabeledSentence, opt CVOptions) ([]NamedEval, error) {
	models := make([]*tagModel, opt.Folds)
	errs := make([]error, opt.Folds)
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for f := range opt.Folds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			models[f], errs[f] = trainModel(foldTraining(sets, f, opt), opt.Train)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("cross-validate: %w", err)
		}
	}
	defer evalModel.Store(nil)
	return evalFolds(sets, tests, models, opt), nil
}

// foldTraining returns the training sentences of fold f: the training parts
// of the sets without documents and the documents outside fold f.
func foldTraining(sets []NERSet, f int, opt CVOptions) []LabeledSentence {
	var out []LabeledSentence
	for _, s := range sets {
		part := s.Train
		if s.Docs != nil {
			part = nil
			for i, d := range s.Docs {
				if i%opt.Folds != f {
					part = append(part, d...)
				}
			}
		}
		for range repeats(opt.Repeat, s.Name) {
			out = append(out, part...)
		}
	}
	return out
}

// evalFolds scores each fold model on its fold, the held-back sets and
// the extra tests.
func evalFolds(sets []NERSet, tests map[string][][]LabeledSentence, models []*tagModel, opt CVOptions) []NamedEval {
	var out []NamedEval
	line := func(name string) *NEREval {
		for i := range out {
			if out[i].Name == name {
				return &out[i].Eval
			}
		}
		out = append(out, NamedEval{Name: name, Eval: NEREval{ByType: map[string]NERScore{}}})
		return &out[len(out)-1].Eval
	}
	names := slices.Sorted(maps.Keys(tests))
	for f, m := range models {
		evalModel.Store(m)
		for _, s := range sets {
			if s.Docs == nil {
				line(s.Name + " held-back").add(EvalNER(Chunk(s.Held, 10)))
				continue
			}
			total := fmt.Sprintf("%s %d-fold by doc", s.Name, opt.Folds)
			line(total) // before its parts
			for i, d := range s.Docs {
				if i%opt.Folds != f {
					continue
				}
				if opt.Errors != nil && i < len(s.Parts) {
					fmt.Fprintf(opt.Errors, "PART %s\n", s.Parts[i])
				}
				ev := evalNER([][]LabeledSentence{d}, opt.Errors)
				line(total).add(ev)
				if i < len(s.Parts) {
					line("  " + s.Parts[i]).add(ev)
				}
			}
		}
		for _, n := range names {
			line(n).add(EvalNER(tests[n]))
		}
		if len(opt.Marked) > 0 {
			ev := EvalMarked(opt.Marked, nil)
			line("marked").add(ev)
		}
	}
	return out
}

// add adds the counts of o to ev.
func (ev *NEREval) add(o NEREval) {
	ev.Typed = ev.Typed.Add(o.Typed)
	ev.Untyped = ev.Untyped.Add(o.Untyped)
	ev.Names = ev.Names.Add(o.Names)
	ev.Overlap = ev.Overlap.Add(o.Overlap)
	for t, s := range o.ByType {
		ev.ByType[t] = ev.ByType[t].Add(s)
	}
}

// dumpErrors writes the gold mentions missed and the predicted mentions that
// are wrong in one document, each with its sentence.
func dumpErrors(w io.Writer, doc []LabeledSentence, gold, pred map[nerSpanKey]bool) {
	var words []string
	var sentOf []int
	for si, s := range doc {
		words = append(words, s.Words...)
		for range s.Words {
			sentOf = append(sentOf, si)
		}
	}
	show := func(kind string, k nerSpanKey) {
		fmt.Fprintf(w, "%s %s %d %d %q\t%s\n", kind, k.Type, k.Start, k.End, strings.Join(words[k.Start:k.End], " "),
			strings.Join(doc[sentOf[k.Start]].Words, " "))
	}
	fmt.Fprintln(w, "DOC")
	for _, k := range sortedKeys(gold) {
		if !pred[k] {
			show("MISS", k)
		}
	}
	for _, k := range sortedKeys(pred) {
		if !gold[k] {
			show("FALSE", k)
		}
	}
}

// sortedKeys returns the keys of m by position.
func sortedKeys(m map[nerSpanKey]bool) []nerSpanKey {
	keys := make([]nerSpanKey, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b nerSpanKey) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return strings.Compare(a.Type, b.Type)
	})
	return keys
}
