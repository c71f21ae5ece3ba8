package extract

import (
	"fmt"
	"io"
	"math/rand"
)

// LabeledSentence is a tokenised sentence with one BIO tag per word, over
// the types PER, ORG and LOC ("B-PER", "I-LOC", "O").
type LabeledSentence struct {
	Words []string
	Tags  []string
}

// minCommon is how often a word must be seen in lower case to count as a
// common word.
const minCommon = 3

// TrainOptions control TrainTagger.
type TrainOptions struct {
	Epochs int   // passes over the data
	Bits   uint  // the weight table has 1<<Bits feature buckets
	Seed   int64 // shuffling seed: same data and seed, same model
}

// TrainTagger trains the averaged-perceptron tagger on sents and writes the
// model, in the format embedded as lexicon/ner.model.gz, to w.
func TrainTagger(w io.Writer, sents []LabeledSentence, opt TrainOptions) error {
	if opt.Bits < 10 || opt.Bits > 24 {
		return fmt.Errorf("train tagger: table bits %d out of range 10..24", opt.Bits)
	}
	common := lowerVocabulary(sents, minCommon)
	data, err := prepareExamples(sents, common)
	if err != nil {
		return fmt.Errorf("train tagger: %w", err)
	}
	t := newTagTrainer(opt.Bits)
	r := rand.New(rand.NewSource(opt.Seed))
	for e := 0; e < opt.Epochs; e++ {
		for _, k := range r.Perm(len(data)) {
			t.learn(&data[k])
		}
	}
	return writeModel(w, opt.Bits, t.averaged(), common)
}

// tagExample is a sentence ready for training.
type tagExample struct {
	words []nerWord
	gaz   []uint8
	gold  []uint8
}

// prepareExamples computes words, gazetteer classes and gold labels.
func prepareExamples(sents []LabeledSentence, common map[uint64]bool) ([]tagExample, error) {
	g := theGazetteer()
	out := make([]tagExample, 0, len(sents))
	var hits []gazMatch
	for _, s := range sents {
		if len(s.Words) != len(s.Tags) {
			return nil, fmt.Errorf("sentence %q: %d words, %d tags", s.Words, len(s.Words), len(s.Tags))
		}
		ex := tagExample{words: make([]nerWord, len(s.Words)), gold: make([]uint8, len(s.Tags))}
		for i, w := range s.Words {
			ex.words[i] = newNERWord(w, 0, len(w))
			l, ok := labelIndex(s.Tags[i])
			if !ok {
				return nil, fmt.Errorf("sentence %q: unknown tag %q", s.Words, s.Tags[i])
			}
			ex.gold[i] = l
		}
		markCommon(ex.words, common)
		hits = g.match(hits[:0], ex.words)
		ex.gaz = g.gazTags(nil, ex.words, hits)
		out = append(out, ex)
	}
	return out, nil
}

// labelIndex maps a CoNLL tag to a label.
func labelIndex(tag string) (uint8, bool) {
	for i, n := range labelNames {
		if n == tag {
			return uint8(i), true
		}
	}
	return 0, false
}

// tagTrainer holds perceptron weights and their running sums for averaging.
type tagTrainer struct {
	mask uint64
	w    []float32
	u    []float64 // sum of step*update, for the averaged weights w - u/step
	step float64
}

func newTagTrainer(bits uint) *tagTrainer {
	n := (1 << bits) * nLabels
	return &tagTrainer{mask: 1<<bits - 1, w: make([]float32, n), u: make([]float64, n), step: 1}
}

// learn decodes one sentence greedily and updates on each mistake.
func (t *tagTrainer) learn(ex *tagExample) {
	var fs [nFeatures]uint64
	prev, run := uint8(labO), 0
	for i := range ex.words {
		t.step++
		if !tagCandidate(ex.words, i, prev) {
			prev, run = labO, 0
			continue
		}
		tagFeatures(&fs, ex.words, ex.gaz, i, prev)
		var score [nLabels]float32
		for _, h := range fs {
			b := int(h&t.mask) * nLabels
			for l := range nLabels {
				score[l] += t.w[b+l]
			}
		}
		pred := bestBIO(score[:], prev, run)
		if gold := ex.gold[i]; pred != gold && bioAllowed(gold, prev, run) {
			t.update(&fs, gold, 1)
			t.update(&fs, pred, -1)
		}
		run = bioRun(pred, run)
		prev = pred
	}
}

// update adds d to the weights of label l for the features fs.
func (t *tagTrainer) update(fs *[nFeatures]uint64, l uint8, d float32) {
	for _, h := range fs {
		k := int(h&t.mask)*nLabels + int(l)
		t.w[k] += d
		t.u[k] += t.step * float64(d)
	}
}

// averaged returns the averaged weights.
func (t *tagTrainer) averaged() []float32 {
	avg := make([]float32, len(t.w))
	for k, v := range t.w {
		avg[k] = v - float32(t.u[k]/t.step)
	}
	return avg
}
