package extract

import (
	"fmt"
	"io"
	"math/rand"
	"slices"
)

// LabeledSentence is a tokenised sentence with one BIO tag per word, over
// the types PER, ORG and LOC ("B-PER", "I-LOC", "O").
type LabeledSentence struct {
	Words  []string
	Tags   []string
	Domain uint8 // the corpus: DomainGUM, DomainGMB, DomainBTC, DomainMarked, or 0
	Doc    int32 // the document, numbered from 1 across the corpora; 0 when unknown
}

// Text domains of the training sets. In training the tagger learns a
// weight per feature and domain besides the shared one, so that each set's
// own conventions stay out of the shared weights it tags text with.
const (
	DomainGUM = 1 + iota
	DomainGMB
	DomainBTC
	DomainMarked // texts written for this project with their names marked inline
)

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
	m, err := trainModel(sents, opt)
	if err != nil {
		return err
	}
	return m.write(w)
}

// trainModel trains a tagger model on sents.
func trainModel(sents []LabeledSentence, opt TrainOptions) (*tagModel, error) {
	if opt.Bits < 10 || opt.Bits > 24 {
		return nil, fmt.Errorf("train tagger: table bits %d out of range 10..24", opt.Bits)
	}
	common := lowerVocabulary(sents, minCommon)
	data, err := prepareExamples(sents, common)
	if err != nil {
		return nil, fmt.Errorf("train tagger: %w", err)
	}
	t := newTagTrainer(opt.Bits)
	r := rand.New(rand.NewSource(opt.Seed))
	for e := 0; e < opt.Epochs; e++ {
		for _, k := range r.Perm(len(data)) {
			t.learn(&data[k])
		}
	}
	m := quantise(opt.Bits, t.averaged(), common)
	m.types = trainTyper(sents, data, opt.Seed, typerEpochs)
	return m, nil
}

// typerEpochs is the number of passes the typer is trained for.
const typerEpochs = 10

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
		ex, err := retokenize(s)
		if err != nil {
			return nil, err
		}
		for i := range ex.words {
			ex.words[i].dom = s.Domain
		}
		markCommon(ex.words, common)
		markHints(ex.words)
		fixGold(ex.gold, scored(nil, ex.words))
		hits = g.match(hits[:0], ex.words)
		ex.gaz = g.gazTags(nil, ex.words, hits)
		out = append(out, ex)
	}
	return out, nil
}

// retokenize writes the sentence as text and splits it into words as the
// tagger will see text (tokenize splits "J." into "J" and "."), each word
// taking the tag of the corpus token it starts in; a word that starts inside
// a B- token continues its entity.
func retokenize(s LabeledSentence) (tagExample, error) {
	text, offs, _ := detokenize([]LabeledSentence{s})
	words := nerWords(nil, text, Span{0, len(text)})
	ex := tagExample{words: words, gold: make([]uint8, len(words))}
	tok := 0
	for i, w := range words {
		for tok+1 < len(offs) && offs[tok+1].Start <= w.Start {
			tok++
		}
		l, ok := labelIndex(s.Tags[tok])
		if !ok {
			return ex, fmt.Errorf("sentence %q: unknown tag %q", s.Words, s.Tags[tok])
		}
		if l != labO && l%2 == 1 && w.Start > offs[tok].Start {
			l++
		}
		ex.gold[i] = l
	}
	return ex, nil
}

// fixGold makes gold labels reachable by the tagger: O on words it does not
// score, and B- for an I- whose entity was cut.
func fixGold(gold []uint8, scored []bool) {
	for i, l := range gold {
		if !scored[i] {
			gold[i] = labO
		} else if l != labO && l%2 == 0 && !bioAllowed(l, prevLabel(gold, i)) {
			gold[i] = l - 1
		}
	}
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
	table[float32]
	u    []float64 // sum of step*update, for the averaged weights w - u/step
	step float64
	pred []uint8
	lat  lattice
}

func newTagTrainer(bits uint) *tagTrainer {
	n := (1 << bits) * nLabels
	return &tagTrainer{table: table[float32]{make([]float32, n), 1<<bits - 1}, u: make([]float64, n), step: 1}
}

// learn decodes one sentence and, where the best sequence differs from the
// gold one, moves the weights towards the gold labels (structured perceptron).
func (t *tagTrainer) learn(ex *tagExample) {
	t.step++
	t.pred = slices.Grow(t.pred[:0], len(ex.words))[:len(ex.words)]
	decode(t.table, ex.words, ex.gaz, t.pred, &t.lat)
	var fs [nStatic]uint64
	var dyn [nDynamic]uint64
	for i := range ex.words {
		gold, pred := ex.gold[i], t.pred[i]
		gp, pp := prevLabel(ex.gold, i), prevLabel(t.pred, i)
		if gold == pred && gp == pp {
			continue
		}
		if gold != pred {
			n := staticFeatures(&fs, ex.words, ex.gaz, i)
			t.update(fs[:n], gold, 1)
			t.update(fs[:n], pred, -1)
		}
		n := dynamicFeatures(&dyn, &ex.words[i], gp)
		t.update(dyn[:n], gold, 1)
		n = dynamicFeatures(&dyn, &ex.words[i], pp)
		t.update(dyn[:n], pred, -1)
	}
}

// prevLabel returns the label before position i (O at the start).
func prevLabel(labels []uint8, i int) uint8 {
	if i == 0 {
		return labO
	}
	return labels[i-1]
}

// update adds d to the weights of label l for the features fs.
func (t *tagTrainer) update(fs []uint64, l uint8, d float32) {
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
