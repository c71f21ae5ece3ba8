package extract

// Features per word: nStatic that depend on the words alone and nDynamic
// that also depend on the previous label.
const (
	nBase    = 26
	nStatic  = 2 * nBase
	nDynBase = 3
	nDynamic = 2 * nDynBase
)

// Feature templates. Each feature is the hash of a template and a value.
const (
	tBias = iota
	tWord
	tPrevWord
	tNextWord
	tPrev2Word
	tNext2Word
	tShape
	tPrevShape
	tNextShape
	tPrefix
	tSuffix
	tGaz
	tPrevGaz
	tNextGaz
	tFirstShape
	tBigram
	tShapes
	tNextBigram
	tCommon
	tSuffix2
	tSuffix4
	tPrevWordShape
	tAround
	tLex
	tAroundLex
	tRunLex
	tPrevLabel
	tPrevLabelWord
	tPrevLabelShape
)

// Sentinel values outside the sentence.
const (
	hashBOS = 0x42f0e1eba9ea3693
	hashEOS = 0x6c62272e07bb0142
)

// connectorKeys are lower-case words that may continue a name:
// "Bank of England", "Osama bin Laden".
var connectorKeys = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range []string{"of", "the", "de", "del", "da", "al", "bin", "ibn", "von", "van", "der",
		"and", "for", "la", "le", "du", "di", "y", "&", "'s", "'", "-", "el", "dos", "das",
		"des", "do", "della", "delle", "degli", "dei", "het", "op", "aan", "zu"} {
		m[foldHash(w)] = true
	}
	return m
}()

// scored marks the words the tagger labels: capitalised words, and
// connectors and numbers inside a run of them ("Bank of England"). Other
// words are O without scoring, which keeps tagging fast on lower-case text.
func scored(buf []bool, ws []nerWord) []bool {
	buf = buf[:0]
	for i, w := range ws {
		s := w.flags&fUpper != 0 ||
			i > 0 && buf[i-1] && (w.flags&fDigit != 0 || connectorKeys[w.key] && !spacedDash(ws, i) || abbrevDot(ws, i))
		buf = append(buf, s)
	}
	return buf
}

// spacedDash reports whether word i is a dash with a space on either side,
// which sets a name apart ("in Tatarstan - HUR", a headline's source)
// rather than joining one ("Rimsky-Korsakov").
func spacedDash(ws []nerWord, i int) bool {
	return ws[i].key == keyHyphen && (ws[i-1].End < ws[i].Start || i+1 < len(ws) && ws[i].End < ws[i+1].Start)
}

// maxAbbrev is the longest abbreviation whose dot may sit inside a name:
// "J.", "St.", "Gen.".
const maxAbbrev = 3

// abbrevDot reports whether word i is the dot of a short capitalised
// abbreviation or initial inside a name ("St. Louis", "Charles J.
// Fillmore", "F. W. de Klerk"), which tokenize splits off.
func abbrevDot(ws []nerWord, i int) bool {
	p := &ws[i-1]
	if ws[i].key != keyDot || p.End != ws[i].Start || p.End-p.Start > maxAbbrev || p.flags&fCap == 0 || p.flags&fDigit != 0 || i+1 >= len(ws) {
		return false
	}
	// A name particle may follow an initial: "F. W. de Klerk".
	return ws[i+1].flags&fUpper != 0 || i+2 < len(ws) && particleKeys[ws[i+1].key] && ws[i+2].flags&fCap != 0
}

// particleKeys are the keys of nameParticles.
var particleKeys = func() map[uint64]bool {
	m := map[uint64]bool{}
	for w := range nameParticles {
		m[foldHash(w)] = true
	}
	return m
}()

// featMix combines a template and a value into a feature hash.
func featMix(t int, v uint64) uint64 {
	h := (v ^ uint64(t+1)*0x9e3779b97f4a7c15) * 0xbf58476d1ce4e5b9
	return h ^ h>>31
}

// staticFeatures fills fs with the feature hashes of word i and returns
// how many there are: the shared features, and for a training sentence
// (whose words have a domain) their copies for its domain.
func staticFeatures(fs *[nStatic]uint64, ws []nerWord, gt []uint8, i int) int {
	w := &ws[i]
	pk, ps, pg := uint64(hashBOS), uint64(hashBOS), uint64(hashBOS)
	nk, ns, ng := uint64(hashEOS), uint64(hashEOS), uint64(hashEOS)
	pc, nc := uint64(2), uint64(2)
	p2, n2 := uint64(hashBOS), uint64(hashEOS)
	if i > 0 {
		pk, ps, pg = ws[i-1].key, ws[i-1].shape, uint64(gt[i-1])
		pc = uint64(ws[i-1].flags & fCommon >> 6)
	}
	if i > 1 {
		p2 = ws[i-2].key
	}
	if i+1 < len(ws) {
		nk, ns, ng = ws[i+1].key, ws[i+1].shape, uint64(gt[i+1])
		nc = uint64(ws[i+1].flags & fCommon >> 6)
	}
	if i+2 < len(ws) {
		n2 = ws[i+2].key
	}
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	fs[tBias] = featMix(tBias, 0)
	fs[tWord] = featMix(tWord, w.key)
	fs[tPrevWord] = featMix(tPrevWord, pk)
	fs[tNextWord] = featMix(tNextWord, nk)
	fs[tPrev2Word] = featMix(tPrev2Word, p2)
	fs[tNext2Word] = featMix(tNext2Word, n2)
	fs[tShape] = featMix(tShape, w.shape<<1|uint64(w.flags&fCommon>>6))
	fs[tPrevShape] = featMix(tPrevShape, ps)
	fs[tNextShape] = featMix(tNextShape, ns)
	fs[tPrefix] = featMix(tPrefix, w.pre3)
	fs[tSuffix] = featMix(tSuffix, w.suf3)
	fs[tGaz] = featMix(tGaz, uint64(gt[i]))
	fs[tPrevGaz] = featMix(tPrevGaz, pg*31+uint64(gt[i]))
	fs[tNextGaz] = featMix(tNextGaz, ng*31+uint64(gt[i]))
	fs[tFirstShape] = featMix(tFirstShape, w.shape*3+first)
	fs[tBigram] = featMix(tBigram, pk*fnvPrime^w.key)
	fs[tShapes] = featMix(tShapes, (ps*fnvPrime^w.shape)*fnvPrime^ns)
	fs[tNextBigram] = featMix(tNextBigram, w.key*fnvPrime^nk)
	fs[tCommon] = featMix(tCommon, (pc*3+uint64(w.flags&fCommon>>6))*3+nc)
	fs[tSuffix2] = featMix(tSuffix2, w.suf2)
	fs[tSuffix4] = featMix(tSuffix4, w.suf4)
	fs[tPrevWordShape] = featMix(tPrevWordShape, pk*fnvPrime^w.shape)
	fs[tAround] = featMix(tAround, pk*fnvPrime^nk)
	pl, nl := uint64(1<<16), uint64(1<<16)
	if i > 0 {
		pl = uint64(ws[i-1].lex)
	}
	if i+1 < len(ws) {
		nl = uint64(ws[i+1].lex)
	}
	fs[tLex] = featMix(tLex, uint64(w.lex)<<3|uint64(w.edge)<<1|uint64(w.flags&fCommon>>6))
	fs[tAroundLex] = featMix(tAroundLex, pl<<17|nl)
	fs[tRunLex] = featMix(tRunLex, uint64(w.runLex)<<16|uint64(w.lex))
	if w.dom == 0 {
		return nBase
	}
	domainCopies(fs[nBase:], fs[:nBase], w.dom)
	return nStatic
}

// domainSalt marks the domain-specific copy of each feature (Daumé's
// "frustratingly easy" domain adaptation): in training every feature has a
// weight shared by all training sets and one for its own set, which takes up
// the set's own conventions (GMB's silver tags, tweets); text is tagged with
// the shared weights alone.
var domainSalt = [...]uint64{0, 0x8bb84b93962eacc9, 0x4b33a62ed433d4a3, 0xa0761d6478bd642f, 0xe7037ed1a0b428db}

// domainCopies sets dst[k] to the copy of feature src[k] for domain dom.
func domainCopies(dst, src []uint64, dom uint8) {
	salt := domainSalt[dom]
	for k, f := range src {
		dst[k] = (f ^ salt) * 0x94d049bb133111eb
	}
}

// dynamicFeatures fills fs with the hashes of word w's features after label
// prev.
func dynamicFeatures(fs *[nDynamic]uint64, w *nerWord, prev uint8) int {
	fs[0] = featMix(tPrevLabel, uint64(prev))
	fs[1] = featMix(tPrevLabelWord, w.key*8+uint64(prev))
	fs[2] = featMix(tPrevLabelShape, w.shape*8+uint64(prev))
	if w.dom == 0 {
		return nDynBase
	}
	domainCopies(fs[nDynBase:], fs[:nDynBase], w.dom)
	return nDynamic
}

// gazTags returns the gazetteer class of each word in ws, using buf.
func (g *gazetteer) gazTags(buf []uint8, ws []nerWord, hits []gazMatch) []uint8 {
	buf = buf[:0]
	for i := range ws {
		buf = append(buf, g.wordClass(ws[i]))
	}
	for _, h := range hits {
		t := uint8(typeIndex(g.entries[h.Entry].Type))
		for j := h.Start; j < h.End; j++ {
			switch {
			case g.entries[h.Entry].Type == typeMisc:
				buf[j] = gazMisc
			case j > h.Start:
				buf[j] = 2 + 2*t
			default:
				buf[j] = 1 + 2*t
			}
		}
	}
	return buf
}

// wordClass returns the demonym, title, clutter or given-name class of w,
// or 0.
func (g *gazetteer) wordClass(w nerWord) uint8 {
	switch {
	case w.flags&fUpper == 0 && w.flags&fAlpha != 0 && !g.titles[w.key]:
		return 0
	case g.demonyms[w.key]:
		return gazDemonym
	case g.titles[w.key]:
		return gazTitle
	case g.clutter[w.key]:
		return gazClutter
	case w.flags&fCap != 0 && g.firstNames[w.key]:
		return gazFirstName
	}
	return 0
}

// typeIndex maps an actor type to 0 (PERSON), 1 (ORG) or 2 (GPE, LOC).
func typeIndex(t string) int {
	switch t {
	case "PERSON":
		return 0
	case "ORG":
		return 1
	}
	return 2
}

// markCommon flags the capitalised words of ws whose lower-case form is in
// common.
func markCommon(ws []nerWord, common map[uint64]bool) {
	for i := range ws {
		if ws[i].flags&fUpper != 0 && common[ws[i].key] {
			ws[i].flags |= fCommon
		}
	}
}

// lowerVocabulary returns the words seen in lower case at least min times.
func lowerVocabulary(sents []LabeledSentence, min int) map[uint64]bool {
	counts := map[uint64]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			nw := newNERWord(w, 0, len(w))
			if nw.flags&fUpper == 0 && nw.flags&fAlpha != 0 {
				counts[nw.key]++
			}
		}
	}
	set := map[uint64]bool{}
	for k, n := range counts {
		if n >= min {
			set[k] = true
		}
	}
	return set
}
