package extract

import "sync"

// Feature-only word lists (lexicon/placenames.txt, orgnames.txt,
// famouspeople.txt, surnames.txt, orgwords.txt, locwords.txt): unlike the
// gazetteer they make no actor by themselves, they are hints that the tagger
// weighs against the context.
const (
	lexPlace   uint16 = 1 << iota // in a known place name
	lexSurname                    // a common family name
	lexOrgWord                    // a word that ends organisation names: University, Party
	lexLocWord                    // a word that ends place names: River, Castle, Street
	lexMore                       // in runLex: the capitalised run goes on after this word
	lexOrgName                    // in a known organisation name
	lexPerson                     // in the name of a well-known person
	lexMisc                       // in a known name of a work, event, language, people or product
)

// Edges of a listed name in nerWord.edge.
const (
	edgeStart uint8 = 1 << iota
	edgeEnd
)

// phraseLists are the hint lists of whole names, with the bit each sets.
var phraseLists = []struct {
	file string
	bit  uint16
}{
	{"placenames.txt", lexPlace},
	{"orgnames.txt", lexOrgName},
	{"famouspeople.txt", lexPerson},
	{"miscnames.txt", lexMisc},
}

// hintLexicon holds the feature-only lists.
type hintLexicon struct {
	words    map[uint64]uint16 // surname, org and place word bits by folded key
	phrases  map[uint64]uint16 // list bits of whole names, by the hash of their folded word keys
	prefixes map[uint64]bool   // phrase hashes of the listed names and their beginnings
}

var (
	hintsOnce sync.Once
	hints     *hintLexicon
)

// theHints returns the embedded hint lists, loading them once.
func theHints() *hintLexicon {
	hintsOnce.Do(func() {
		h := &hintLexicon{words: map[uint64]uint16{}, phrases: map[uint64]uint16{}, prefixes: map[uint64]bool{}}
		for file, bit := range map[string]uint16{"surnames.txt": lexSurname, "orgwords.txt": lexOrgWord, "locwords.txt": lexLocWord} {
			for k := range lexiconSet(lexiconFS, "lexicon/"+file) {
				h.words[k] |= bit
			}
		}
		for _, l := range phraseLists {
			lexiconLines(lexiconFS, "lexicon/"+l.file, func(line string) {
				ws := nerWords(nil, line, Span{0, len(line)})
				if len(ws) == 0 {
					return
				}
				for n := 1; n < len(ws); n++ {
					h.prefixes[phraseHash(ws[:n])] = true
				}
				h.prefixes[phraseHash(ws)] = true
				h.phrases[phraseHash(ws)] |= l.bit
			})
		}
		hints = h
	})
	return hints
}

// phraseHash combines the folded keys of ws.
func phraseHash(ws []nerWord) uint64 {
	h := uint64(fnvOffset)
	for _, w := range ws {
		h = (h ^ w.key) * fnvPrime
	}
	return h
}

// markHints sets the lex and runLex bits of the words of ws.
func markHints(ws []nerWord) {
	h := theHints()
	for i := range ws {
		ws[i].lex = h.words[ws[i].key]
		ws[i].edge = 0
		if ws[i].flags&fCap == 0 {
			ws[i].lex &^= lexSurname
		}
	}
	for i := 0; i < len(ws); i++ {
		if ws[i].flags&fCap == 0 {
			continue
		}
		end, bits := 0, uint16(0)
		hash := uint64(fnvOffset)
		for j := i; j < len(ws); j++ {
			hash = (hash ^ ws[j].key) * fnvPrime // phraseHash(ws[i:j+1])
			if !h.prefixes[hash] {
				break
			}
			if b := h.phrases[hash]; b != 0 {
				end, bits = j+1, b
			}
		}
		if end == 0 {
			continue
		}
		for j := i; j < end; j++ {
			ws[j].lex |= bits
		}
		ws[i].edge |= edgeStart
		ws[end-1].edge |= edgeEnd
	}
	markRuns(ws)
}

// markRuns sets each capitalised word's runLex: the org and place word bits
// of the last word of the run of capitalised words (joined by connectors
// such as "of") that it starts, with lexMore when the run goes on past it.
func markRuns(ws []nerWord) {
	end := uint16(0)
	for i := len(ws) - 1; i >= 0; i-- {
		w := &ws[i]
		if w.flags&fUpper == 0 {
			w.runLex = 0
			continue
		}
		if continuesRun(ws, i) {
			w.runLex = end | lexMore
		} else {
			end = w.lex & (lexOrgWord | lexLocWord | lexPlace | lexOrgName | lexPerson | lexMisc)
			w.runLex = end
		}
	}
}

// continuesRun reports whether the capitalised run goes on after word i:
// the next word is capitalised, or a connector before a capitalised word.
func continuesRun(ws []nerWord, i int) bool {
	switch {
	case i+1 >= len(ws):
		return false
	case ws[i+1].flags&fUpper != 0:
		return true
	case i+2 < len(ws) && connectorKeys[ws[i+1].key] && ws[i+2].flags&fUpper != 0:
		return true
	}
	return false
}
