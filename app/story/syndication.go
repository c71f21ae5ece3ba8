package story

import (
	"context"
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"unicode"
	"unicode/utf8"

	"newsline/data"
)

// Syndication detection: the same wire story on several sites. Articles are
// compared as sets of word 5-shingles. A MinHash signature of 64 hashes,
// cut into 16 bands of 4 rows (LSH), finds candidate pairs: two articles
// sharing any band hash. Candidates are confirmed by the exact shingle sets.
const (
	shingleWords = 5
	minHashes    = 64
	bandRows     = 4
	bands        = minHashes / bandRows

	// minJaccard is the Jaccard similarity of shingle sets above which two
	// articles are copies of one story.
	minJaccard = 0.8
	// minContainment accepts a reprint cut short (a paragraph dropped) or
	// with a short note added: the smaller set is almost all in the larger.
	minContainment = 0.9
	// minReprintJaccard keeps the containment rule from taking a long piece
	// that quotes a wire story for a copy of it.
	minReprintJaccard = 0.6
)

// Syndicate compares every article not compared yet with the articles
// before it and joins it to the syndication group of its copies. Pairs are
// judged alike whichever comes first, so groups do not depend on import order.
func Syndicate(ctx context.Context, st *data.Store) error {
	pending, err := st.PendingSyndication(ctx)
	if err != nil {
		return fmt.Errorf("syndicate: %w", err)
	}
	for _, a := range pending {
		set := shingles(a.Text)
		bands := bandHashes(signature(set))
		cands, err := st.SyndicationCandidates(ctx, bands)
		if err != nil {
			return fmt.Errorf("syndicate article %d: %w", a.ID, err)
		}
		var copies []int64
		for _, c := range cands {
			if syndicated(set, shingles(c.Text)) {
				copies = append(copies, c.ID)
			}
		}
		if err := st.SaveSyndication(ctx, a.ID, bands, copies); err != nil {
			return fmt.Errorf("syndicate: %w", err)
		}
	}
	return nil
}

// shingles returns the set of hashed word 5-shingles of text: words are runs
// of letters and digits, lower-cased. A text shorter than five words gives
// one shingle of all its words.
func shingles(text string) map[uint64]struct{} {
	words := words(text)
	set := make(map[uint64]struct{}, len(words))
	if len(words) == 0 {
		return set
	}
	n := max(len(words)-shingleWords+1, 1)
	for i := 0; i < n; i++ {
		h := fnv.New64a()
		for _, w := range words[i:min(i+shingleWords, len(words))] {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		set[h.Sum64()] = struct{}{}
	}
	return set
}

// words splits text into lower-case words of letters and digits.
func words(text string) []string {
	var ws []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			ws = append(ws, string(cur))
			cur = cur[:0]
		}
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			cur = append(cur, unicode.ToLower(r))
			continue
		}
		flush()
	}
	flush()
	return ws
}

// mix is the splitmix64 finaliser, a fast well-spread 64-bit hash.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// signature returns the MinHash signature of a shingle set: for each of the
// minHashes seeded hash functions, the smallest hash over the set.
func signature(set map[uint64]struct{}) [minHashes]uint64 {
	var sig [minHashes]uint64
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	for s := range set {
		for i := range sig {
			if h := mix(s ^ mix(uint64(i)+1)); h < sig[i] {
				sig[i] = h
			}
		}
	}
	return sig
}

// bandHashes returns the LSH band hashes of a signature, one per band, as
// SQLite integers.
func bandHashes(sig [minHashes]uint64) []int64 {
	hs := make([]int64, bands)
	buf := make([]byte, 8*bandRows)
	for b := range hs {
		for r := 0; r < bandRows; r++ {
			binary.LittleEndian.PutUint64(buf[8*r:], sig[b*bandRows+r])
		}
		h := fnv.New64a()
		h.Write(buf)
		hs[b] = int64(h.Sum64())
	}
	return hs
}

// similarity returns the Jaccard similarity of two shingle sets and the
// share of the smaller set found in the larger.
func similarity(a, b map[uint64]struct{}) (jaccard, containment float64) {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return 0, 0
	}
	common := 0
	for s := range a {
		if _, ok := b[s]; ok {
			common++
		}
	}
	union := len(a) + len(b) - common
	return float64(common) / float64(union), float64(common) / float64(len(a))
}

// syndicated reports whether two shingle sets are copies of one story.
func syndicated(a, b map[uint64]struct{}) bool {
	j, c := similarity(a, b)
	return j >= minJaccard || (c >= minContainment && j >= minReprintJaccard)
}
