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
)

//go:embed lexicon/ner.model.gz
var modelData []byte

// tagModel is an averaged perceptron over hashed features, quantised to
// int16 with a shared scale.
type tagModel struct {
	bits   uint    // the table has 1<<bits feature buckets
	w      []int16 // bucket*nLabels + label
	common map[uint64]bool
}

var (
	modelOnce sync.Once
	model     *tagModel
)

// theModel returns the embedded tagger model, loading it once. A missing or
// broken model (e.g. before the first training run) leaves the gazetteer alone.
func theModel() *tagModel {
	modelOnce.Do(func() {
		m, err := readModel(bytes.NewReader(modelData))
		if err == nil {
			model = m
		}
	})
	return model
}

// modelMagic starts a model file.
const modelMagic = "NLNER1"

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
	return m, nil
}

// writeModel encodes averaged float weights and the common-word keys as a
// gzip-compressed model.
func writeModel(w io.Writer, bits uint, weights []float32, common map[uint64]bool) error {
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
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(append([]byte(modelMagic), byte(bits))); err != nil {
		return err
	}
	if err := binary.Write(zw, binary.LittleEndian, q); err != nil {
		return err
	}
	keys := make([]uint64, 0, len(common))
	for k := range common {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if err := binary.Write(zw, binary.LittleEndian, uint32(len(keys))); err != nil {
		return err
	}
	if err := binary.Write(zw, binary.LittleEndian, keys); err != nil {
		return err
	}
	return zw.Close()
}

// tag labels ws into out (len(ws)) by greedy left-to-right decoding.
func (m *tagModel) tag(ws []nerWord, gt []uint8, out []uint8) {
	var fs [nFeatures]uint64
	markCommon(ws, m.common)
	prev, run := uint8(labO), 0
	for i := range ws {
		if !tagCandidate(ws, i, prev) {
			out[i], prev, run = labO, labO, 0
			continue
		}
		tagFeatures(&fs, ws, gt, i, prev)
		var score [nLabels]int32
		mask := uint64(1)<<m.bits - 1
		for _, h := range fs {
			b := int(h&mask) * nLabels
			row := m.w[b : b+nLabels : b+nLabels]
			for l, v := range row {
				score[l] += int32(v)
			}
		}
		best := bestBIO(score[:], prev, run)
		out[i] = best
		run = bioRun(best, run)
		prev = best
	}
}

// bestBIO returns the highest-scoring label allowed after prev, where run
// is the length of the entity prev is in.
func bestBIO[T int32 | float32](score []T, prev uint8, run int) uint8 {
	best := uint8(labO)
	for l := uint8(1); l < nLabels; l++ {
		if !bioAllowed(l, prev, run) {
			continue
		}
		if score[l] > score[best] {
			best = l
		}
	}
	return best
}

// bioAllowed enforces BIO: I-X only continues X, and entities stay short.
func bioAllowed(l, prev uint8, run int) bool {
	if l%2 == 1 { // B-X
		return true
	}
	return (prev == l || prev == l-1) && run < maxEntityWords
}

// bioRun returns the entity length after label l.
func bioRun(l uint8, run int) int {
	switch {
	case l == labO:
		return 0
	case l%2 == 1:
		return 1
	}
	return run + 1
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
