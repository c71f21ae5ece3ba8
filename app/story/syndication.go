package story

import (
	"context"
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"slices"
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

// syndicateBatch bounds how many articles Syndicate compares in memory and
// saves in one transaction.
const syndicateBatch = 2000

// Syndicate compares every article not compared yet with the articles
// before it and joins it to the syndication group of its copies. Pairs are
// judged alike whichever comes first, so groups do not depend on import order.
func Syndicate(ctx context.Context, st *data.Store) error {
	pending, err := st.PendingSyndication(ctx)
	if err != nil {
		return fmt.Errorf("syndicate: %w", err)
	}
	for len(pending) > 0 {
		n := min(len(pending), syndicateBatch)
		res, err := compareBatch(ctx, st, pending[:n])
		if err != nil {
			return fmt.Errorf("syndicate: %w", err)
		}
		if err := st.SaveSyndication(ctx, res); err != nil {
			return fmt.Errorf("syndicate: %w", err)
		}
		pending = pending[n:]
	}
	return nil
}

// compareBatch compares each article of batch with the articles compared
// before (found in the store) and with those before it in batch (found in
// memory), through their LSH bands, confirming copies by their shingles.
func compareBatch(ctx context.Context, st *data.Store, batch []data.SyndicationArticle) ([]data.SyndicationResult, error) {
	sets := make([][]uint64, len(batch))
	res := make([]data.SyndicationResult, len(batch))
	bands := make([][]int64, len(batch))
	for k, a := range batch {
		sets[k] = shingles(a.Text)
		bands[k] = bandHashes(signature(sets[k]))
		res[k] = data.SyndicationResult{ID: a.ID, Bands: bands[k]}
	}
	stored, err := st.SyndicationCandidates(ctx, bands)
	if err != nil {
		return nil, err
	}
	index := map[[2]int64][]int{}
	for k := range batch {
		for _, c := range stored[k] {
			if syndicated(sets[k], shingles(c.Text)) {
				res[k].Copies = append(res[k].Copies, c.ID)
			}
		}
		seen := map[int]bool{}
		for b, h := range bands[k] {
			key := [2]int64{int64(b), h}
			for _, j := range index[key] {
				if !seen[j] && syndicated(sets[k], sets[j]) {
					res[k].Copies = append(res[k].Copies, batch[j].ID)
				}
				seen[j] = true
			}
			index[key] = append(index[key], k)
		}
	}
	return res, nil
}

// shingles returns the sorted set of hashed word 5-shingles of text: words
// are runs of letters and digits, lower-cased. A text shorter than five
// words gives one shingle of all its words.
func shingles(text string) []uint64 {
	words := words(text)
	if len(words) == 0 {
		return nil
	}
	n := max(len(words)-shingleWords+1, 1)
	set := make([]uint64, 0, n)
	for i := 0; i < n; i++ {
		h := fnv.New64a()
		for _, w := range words[i:min(i+shingleWords, len(words))] {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		set = append(set, h.Sum64())
	}
	slices.Sort(set)
	return slices.Compact(set)
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
func signature(set []uint64) [minHashes]uint64 {
	var sig [minHashes]uint64
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	for _, s := range set {
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

// similarity returns the Jaccard similarity of two sorted shingle sets and
// the share of the smaller set found in the larger.
func similarity(a, b []uint64) (jaccard, containment float64) {
	if len(a) == 0 || len(b) == 0 {
		return 0, 0
	}
	common := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			common++
			i, j = i+1, j+1
		}
	}
	union := len(a) + len(b) - common
	return float64(common) / float64(union), float64(common) / float64(min(len(a), len(b)))
}

// syndicated reports whether two shingle sets are copies of one story.
func syndicated(a, b []uint64) bool {
	j, c := similarity(a, b)
	return j >= minJaccard || (c >= minContainment && j >= minReprintJaccard)
}
