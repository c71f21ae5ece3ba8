package extract

import (
	"math/rand"
	"slices"
)

// The typer takes a second look at the type of each name the tagger found,
// with features the word-by-word tagger cannot use: the whole name, its
// first and last words, and the contexts of every mention of the same name
// in the document ("Coron was registered as a town" reads as a person on its
// own; "in Coron", "to Coron" and "Coron is a town" elsewhere settle it).

// Typer classes, in the order of typeProbs.
const (
	typPerson = iota
	typOrg
	typPlace
	nTypes
)

// typerBits is the log2 of the typer's feature buckets.
const typerBits = 18

// Typer feature templates (after the tagger's).
const (
	yBias = 100 + iota
	yName
	yFirst
	yLast
	yLastSuf3
	yLastSuf4
	yFirstPre3
	yLen
	yWord
	yShapes
	yLex
	yExact
	yGaz
	yLeft
	yLeft2
	yRight
	yRight2
	yAround
	yDocLeft
	yDocRight
	yDocMix
	yDocMixUnknown
)

// typeModel is an averaged multiclass perceptron over hashed features,
// quantised to int16.
type typeModel struct {
	w []int16 // bucket*nTypes + class
}

// typerMention is one mention of a name in a sentence.
type typerMention struct {
	ws         []nerWord
	gt         []uint8
	start, end int
}

// nameKey identifies a name by its folded words.
func (m typerMention) nameKey() uint64 {
	return phraseHash(m.ws[m.start:m.end])
}

// typerContext holds the document's contexts of each name.
type typerContext map[uint64][]uint64

// add records the context features of mention m under its name.
func (c typerContext) add(m typerMention) {
	k := m.nameKey()
	left, right := uint64(hashBOS), uint64(hashEOS)
	if m.start > 0 {
		left = m.ws[m.start-1].key
	}
	if m.end < len(m.ws) {
		right = m.ws[m.end].key
	}
	fs := []uint64{featMix(yDocLeft, left), featMix(yDocRight, right)}
	if m.end < len(m.ws) && m.ws[m.end].flags&fUpper == 0 && m.end+1 < len(m.ws) {
		fs = append(fs, featMix(yDocRight, right*fnvPrime^m.ws[m.end+1].key))
	}
	for _, f := range fs {
		if len(c[k]) < maxNameContexts && !slices.Contains(c[k], f) {
			c[k] = append(c[k], f)
		}
	}
}

// typeMix counts a document's names by typer class: a travel guide names
// mostly places and a biography people, which tilts the type of a name
// that nothing else tells ("Gosier", "Kopinga").
type typeMix [nTypes]int

// minMixNames is the fewest names whose mix says something, and mixSteps
// the steps a share is rounded to.
const (
	minMixNames = 4
	mixSteps    = 4
)

// bucket returns the mix as a feature value: the shares of people,
// organisations and places in quarters, or 0 for a document of few names.
func (x typeMix) bucket() uint64 {
	n := x[typPerson] + x[typOrg] + x[typPlace]
	if n < minMixNames {
		return 0
	}
	q := func(c int) uint64 { return uint64((mixSteps*c + n/2) / n) }
	return 1 + q(x[typPerson])*(mixSteps+1) + q(x[typPlace])
}

// maxNameContexts caps the distinct contexts kept for one name, so that a
// name repeated in thousands of different contexts costs linear time.
const maxNameContexts = 32

// typerFeatures appends the feature hashes of mention m, with the contexts
// of its name and the mix of names in the document, to buf.
func typerFeatures(buf []uint64, m typerMention, doc typerContext, mix typeMix) []uint64 {
	ws := m.ws[m.start:m.end]
	first, last := &ws[0], &ws[len(ws)-1]
	buf = append(buf,
		featMix(yBias, 0),
		featMix(yName, m.nameKey()),
		featMix(yFirst, first.key),
		featMix(yLast, last.key),
		featMix(yLastSuf3, last.suf3),
		featMix(yLastSuf4, last.suf4),
		featMix(yFirstPre3, first.pre3),
		featMix(yLen, uint64(min(len(ws), 4))),
	)
	shapes := uint64(fnvOffset)
	var lex uint64
	for i := range ws {
		buf = append(buf, featMix(yWord, ws[i].key))
		shapes = (shapes ^ ws[i].shape) * fnvPrime
		lex |= uint64(ws[i].lex)
	}
	buf = append(buf, featMix(yShapes, shapes), featMix(yLex, lex<<16|uint64(last.lex)),
		featMix(yGaz, uint64(m.gt[m.start])<<8|uint64(m.gt[m.end-1])),
		featMix(yExact, uint64(theHints().phrases[phraseHash(ws)])))
	unknown := uint64(0)
	if lex == 0 && m.gt[m.start] == 0 && m.gt[m.end-1] == 0 {
		unknown = 1
	}
	buf = append(buf, featMix(yDocMixUnknown, mix.bucket()<<1|unknown))
	l1, l2, r1, r2 := uint64(hashBOS), uint64(hashBOS), uint64(hashEOS), uint64(hashEOS)
	if m.start > 0 {
		l1 = m.ws[m.start-1].key
	}
	if m.start > 1 {
		l2 = m.ws[m.start-2].key
	}
	if m.end < len(m.ws) {
		r1 = m.ws[m.end].key
	}
	if m.end+1 < len(m.ws) {
		r2 = m.ws[m.end+1].key
	}
	buf = append(buf, featMix(yLeft, l1), featMix(yLeft2, l2*fnvPrime^l1), featMix(yRight, r1),
		featMix(yRight2, r1*fnvPrime^r2), featMix(yAround, l1*fnvPrime^r1))
	return append(buf, doc[m.nameKey()]...)
}

// scores returns the class scores of the features fs.
func (t *typeModel) scores(fs []uint64) [nTypes]float64 {
	var s [nTypes]float64
	mask := uint64(1)<<typerBits - 1
	for _, h := range fs {
		b := int(h&mask) * nTypes
		for c := range nTypes {
			s[c] += float64(t.w[b+c])
		}
	}
	return s
}

// probs returns the class scores as probabilities (softmax at
// spanTemperature, as the tagger's span scores).
func (t *typeModel) probs(fs []uint64) typeProbs {
	return softmax(t.scores(fs), typerTemperature)
}

// typerTemperature scales typer score differences before the softmax, as
// spanTemperature does the tagger's.
const typerTemperature = 2000

// typerWeight is the typer's share when its probabilities are mixed with
// the tagger's. Cross-validated on GUM by document (4 seeds): 0.5 gains
// 0.005 typed F1 there and 0.003 on GMB; the typer alone loses 0.004.
const typerWeight = 0.5

// trainTyper trains the typer on the gold names of data (sents[k] is the
// sentence of data[k], whose Doc groups the contexts of a name).
func trainTyper(sents []LabeledSentence, data []tagExample, seed int64, epochs int) *typeModel {
	type example struct {
		m     typerMention
		doc   int
		class int
	}
	var exs []example
	docs, mixes := map[int]typerContext{}, map[int]*typeMix{}
	for k := range data {
		d := &data[k]
		doc := -1 - k // a sentence of no document is its own
		if sents[k].Doc > 0 {
			doc = int(sents[k].Doc)
		}
		for i := 0; i < len(d.gold); {
			l := d.gold[i]
			if l == labO || l%2 == 0 {
				i++
				continue
			}
			j := i + 1
			for j < len(d.gold) && d.gold[j] == l+1 {
				j++
			}
			m := typerMention{d.words, d.gaz, i, j}
			if docs[doc] == nil {
				docs[doc], mixes[doc] = typerContext{}, &typeMix{}
			}
			docs[doc].add(m)
			mixes[doc][(l-1)/2]++
			exs = append(exs, example{m, doc, int(l-1) / 2})
			i = j
		}
	}
	feats := make([][]uint64, len(exs))
	for k, ex := range exs {
		fs := typerFeatures(nil, ex.m, docs[ex.doc], *mixes[ex.doc])
		if dom := ex.m.ws[0].dom; dom != 0 {
			n := len(fs)
			fs = slices.Grow(fs, n)[:2*n]
			domainCopies(fs[n:], fs[:n], dom)
		}
		feats[k] = fs
	}
	n := (1 << typerBits) * nTypes
	w, u := make([]float32, n), make([]float64, n)
	mask := uint64(1)<<typerBits - 1
	step := 1.0
	r := rand.New(rand.NewSource(seed))
	for range epochs {
		for _, k := range r.Perm(len(exs)) {
			step++
			var s [nTypes]float32
			for _, h := range feats[k] {
				b := int(h&mask) * nTypes
				for c := range nTypes {
					s[c] += w[b+c]
				}
			}
			best := 0
			for c := range nTypes {
				if s[c] > s[best] {
					best = c
				}
			}
			if gold := exs[k].class; best != gold {
				for _, h := range feats[k] {
					b := int(h&mask) * nTypes
					w[b+gold]++
					u[b+gold] += step
					w[b+best]--
					u[b+best] -= step
				}
			}
		}
	}
	avg := make([]float32, n)
	for k := range w {
		avg[k] = w[k] - float32(u[k]/step)
	}
	return &typeModel{w: quantise(typerBits, avg, nil).w}
}
