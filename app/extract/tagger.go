package extract

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sync"
	"sync/atomic"
)

// Tagger labels, in BIO form over three types.
const (
	labO = iota
	labBPer
	labIPer
	labBOrg
	labIOrg
	labBLoc
	labILoc
	nLabels
)

// labelNames are the CoNLL names of the labels.
var labelNames = [nLabels]string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"}

// maxEntityWords caps the length of a tagged entity, so that a long run of
// capitalised words yields bounded entities in linear time.
const maxEntityWords = 8

// Gazetteer word classes used as tagger features (besides B/I of a type).
const (
	gazDemonym = 7 + iota
	gazTitle
	gazClutter
	gazMisc      // in a gazetteer name that is no actor (a war, a missile)
	gazFirstName // a common given name
)

//go:embed lexicon/ner.model.gz
var modelData []byte

// tagModel is an averaged perceptron over hashed features, quantised to
// int16 with a shared scale.
type tagModel struct {
	bits   uint    // the table has 1<<bits feature buckets
	w      []int16 // bucket*nLabels + label
	common map[uint64]bool
	types  *typeModel // the second look at the type of each name
}

var (
	modelOnce sync.Once
	model     *tagModel
	// evalModel, when set, replaces the embedded model: cross-validation
	// runs Analyze with the model of each fold.
	evalModel atomic.Pointer[tagModel]
)

// theModel returns the embedded tagger model, loading it once. A missing or
// broken model (e.g. before the first training run) leaves the gazetteer alone.
func theModel() *tagModel {
	if m := evalModel.Load(); m != nil {
		return m
	}
	modelOnce.Do(func() {
		m, err := readModel(bytes.NewReader(modelData))
		if err == nil {
			model = m
		}
	})
	return model
}

// modelMagic starts a model file.
const modelMagic = "NLNER2"

// readModel decodes a gzip-compressed model.
func readModel(r io.Reader) (*tagModel, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	var head [len(modelMagic) + 1]byte
	if _, err := io.ReadFull(zr, head[:]); err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	if string(head[:len(modelMagic)]) != modelMagic || head[len(modelMagic)] > 24 {
		return nil, errors.New("read model: not a tagger model")
	}
	m := &tagModel{bits: uint(head[len(modelMagic)])}
	m.w = make([]int16, (1<<m.bits)*nLabels)
	if err := binary.Read(zr, binary.LittleEndian, m.w); err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	var n uint32
	if err := binary.Read(zr, binary.LittleEndian, &n); err != nil || n > 1<<22 {
		return nil, fmt.Errorf("read model: bad word list (%v)", err)
	}
	keys := make([]uint64, n)
	if err := binary.Read(zr, binary.LittleEndian, keys); err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	m.common = make(map[uint64]bool, n)
	for _, k := range keys {
		m.common[k] = true
	}
	m.types = &typeModel{w: make([]int16, (1<<typerBits)*nTypes)}
	if err := binary.Read(zr, binary.LittleEndian, m.types.w); err != nil {
		return nil, fmt.Errorf("read model: typer: %w", err)
	}
	return m, nil
}

// quantise returns a model with the averaged float weights scaled to int16.
func quantise(bits uint, weights []float32, common map[uint64]bool) *tagModel {
	var maxAbs float64
	for _, v := range weights {
		maxAbs = math.Max(maxAbs, math.Abs(float64(v)))
	}
	scale := 1.0
	if maxAbs > 0 {
		scale = 32767 / maxAbs
	}
	q := make([]int16, len(weights))
	for i, v := range weights {
		q[i] = int16(math.Round(float64(v) * scale))
	}
	return &tagModel{bits: bits, w: q, common: common}
}

// write encodes m as a gzip-compressed model.
func (m *tagModel) write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(append([]byte(modelMagic), byte(m.bits))); err != nil {
		return err
	}
	if err := binary.Write(zw, binary.LittleEndian, m.w); err != nil {
		return err
	}
	keys := make([]uint64, 0, len(m.common))
	for k := range m.common {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if err := binary.Write(zw, binary.LittleEndian, uint32(len(keys))); err != nil {
		return err
	}
	if err := binary.Write(zw, binary.LittleEndian, keys); err != nil {
		return err
	}
	if err := binary.Write(zw, binary.LittleEndian, m.types.w); err != nil {
		return err
	}
	return zw.Close()
}

// tag labels ws into out (len(ws)).
func (m *tagModel) tag(ws []nerWord, gt []uint8, out []uint8, lat *lattice) {
	markCommon(ws, m.common)
	markHints(ws)
	decode(table[int16]{m.w, uint64(1)<<m.bits - 1}, ws, gt, out, lat)
}

// table is a weight table: bucket*nLabels + label.
type table[W int16 | float32] struct {
	w    []W
	mask uint64
}

// add adds the weights of feature h to s.
func (t table[W]) add(h uint64, s *[nLabels]float32) {
	b := int(h&t.mask) * nLabels
	row := t.w[b : b+nLabels : b+nLabels]
	for l, v := range row {
		s[l] += float32(v)
	}
}

// lattice is the Viterbi scratch space, reused across sentences.
type lattice struct {
	scored []bool
	delta  [][nLabels]float32
	back   [][nLabels]uint8
}

// decode labels ws into out with the best BIO sequence under t (Viterbi
// over each run of scored words; other words are O).
func decode[W int16 | float32](t table[W], ws []nerWord, gt []uint8, out []uint8, lat *lattice) {
	lat.scored = scored(lat.scored, ws)
	for i := 0; i < len(ws); {
		if !lat.scored[i] {
			out[i] = labO
			i++
			continue
		}
		j := i + 1
		for j < len(ws) && lat.scored[j] {
			j++
		}
		viterbi(t, ws, gt, i, j, out, lat)
		i = j
	}
	capEntities(out)
}

// viterbi labels the scored run ws[from:to], which follows an O.
func viterbi[W int16 | float32](t table[W], ws []nerWord, gt []uint8, from, to int, out []uint8, lat *lattice) {
	n := to - from
	if cap(lat.delta) < n {
		lat.delta = make([][nLabels]float32, n)
		lat.back = make([][nLabels]uint8, n)
	}
	delta, back := lat.delta[:n], lat.back[:n]
	for k := range n {
		var static [nLabels]float32
		scoreStatic(t, ws, gt, from+k, &static)
		for l := uint8(0); l < nLabels; l++ {
			delta[k][l], back[k][l] = float32(math.Inf(-1)), labO
		}
		for p := uint8(0); p < nLabels; p++ {
			if k == 0 && p != labO || k > 0 && math.IsInf(float64(delta[k-1][p]), -1) {
				continue
			}
			var dyn [nLabels]float32
			scoreDynamic(t, &ws[from+k], p, &dyn)
			base := float32(0)
			if k > 0 {
				base = delta[k-1][p]
			}
			for l := uint8(0); l < nLabels; l++ {
				if v := base + static[l] + dyn[l]; bioAllowed(l, p) && v > delta[k][l] {
					delta[k][l], back[k][l] = v, p
				}
			}
		}
	}
	best := uint8(labO)
	for l := uint8(1); l < nLabels; l++ {
		if delta[n-1][l] > delta[n-1][best] {
			best = l
		}
	}
	for k := n - 1; k >= 0; k-- {
		out[from+k] = best
		best = back[k][best]
	}
}

// scoreStatic sets s to the scores of word i from its static features.
func scoreStatic[W int16 | float32](t table[W], ws []nerWord, gt []uint8, i int, s *[nLabels]float32) {
	var fs [nStatic]uint64
	n := staticFeatures(&fs, ws, gt, i)
	for _, h := range fs[:n] {
		t.add(h, s)
	}
}

// scoreDynamic sets s to the scores of word w's features after label prev.
func scoreDynamic[W int16 | float32](t table[W], w *nerWord, prev uint8, s *[nLabels]float32) {
	var fs [nDynamic]uint64
	n := dynamicFeatures(&fs, w, prev)
	for _, h := range fs[:n] {
		t.add(h, s)
	}
}

// bioAllowed enforces BIO: I-X only continues X.
func bioAllowed(l, prev uint8) bool {
	return l%2 == 1 || l == labO || prev == l || prev == l-1
}

// capEntities splits entities longer than maxEntityWords, so that a long run
// of capitalised words yields bounded entities.
func capEntities(labels []uint8) {
	run := 0
	for i, l := range labels {
		switch {
		case l == labO:
			run = 0
		case l%2 == 1:
			run = 1
		case run >= maxEntityWords:
			labels[i], run = l-1, 1
		default:
			run++
		}
	}
}

// labelType returns the actor type of a label ("" for O).
func labelType(l uint8) string {
	switch (l + 1) / 2 {
	case 1:
		return "PERSON"
	case 2:
		return "ORG"
	case 3:
		return "LOC"
	}
	return ""
}

// typeProbs holds a probability for each of person, organisation and place.
type typeProbs [3]float32

// best returns the index of the most probable type (the first on a tie).
func (p typeProbs) best() int {
	b := 0
	for k, v := range p {
		if v > p[b] {
			b = k
		}
	}
	return b
}

// spanTemperature scales the differences of span scores before the softmax
// in spanProbs (weights are int16, so one feature adds at most 32767).
// GUM by document gains 0.003 with any value from 1,000 to 4,000 and
// 0.002 with none (each mention voting for its best type alone).
const spanTemperature = 2000

// spanProbs returns how likely each type is for span sp of ws, which the
// Viterbi labels in labels: the sequence scores with the span relabelled as
// a person, an organisation and a place (the rest of the labels kept), as a
// softmax.
func (m *tagModel) spanProbs(ws []nerWord, gt []uint8, labels []uint8, sp nerSpan, lat *lattice) typeProbs {
	t := table[int16]{m.w, uint64(1)<<m.bits - 1}
	var scores [3]float64
	var prev [3]uint8
	if sp.Start > 0 {
		prev = [3]uint8{labels[sp.Start-1], labels[sp.Start-1], labels[sp.Start-1]}
	}
	for i := sp.Start; i <= sp.End && i < len(ws) && (i < sp.End || lat.scored[i]); i++ {
		var st [nLabels]float32
		scoreStatic(t, ws, gt, i, &st)
		for k := range scores {
			l := labels[i]
			switch {
			case i == sp.Start:
				l = uint8(1 + 2*k)
			case i < sp.End:
				l = uint8(2 + 2*k)
			}
			var dyn [nLabels]float32
			scoreDynamic(t, &ws[i], prev[k], &dyn)
			scores[k] += float64(st[l] + dyn[l])
			prev[k] = l
		}
	}
	return softmax(scores, spanTemperature)
}

// softmax turns type scores into probabilities at temperature t.
func softmax(scores [3]float64, t float64) typeProbs {
	var p typeProbs
	top := slices.Max(scores[:])
	var sum float64
	for k, s := range scores {
		e := math.Exp((s - top) / t)
		p[k] = float32(e)
		sum += e
	}
	for k := range p {
		p[k] /= float32(sum)
	}
	return p
}
