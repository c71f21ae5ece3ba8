package extract

import "slices"

// docNames remembers, for one document, the single words that the tagger
// or the gazetteer took as a name: one-word mentions and the family names
// of persons named in full. A name keeps its sense within a document, so a
// lone occurrence the tagger missed is the same name ("Zaha Hadid ...
// Hadid studied").
type docNames map[uint64]string

// add records the words of the spans found in ws.
func (d docNames) add(ws []nerWord, spans []nerSpan) {
	for _, sp := range spans {
		last := &ws[sp.End-1]
		if last.flags&fCap == 0 || last.flags&fCommon != 0 || last.End-last.Start < 2 {
			continue
		}
		if _, seen := d[last.key]; seen {
			continue
		}
		if sp.End-sp.Start == 1 || sp.Type == "PERSON" {
			d[last.key] = sp.Type
		}
	}
}

// missed adds to spans (sorted by start, and kept so) the lone words of ws
// named elsewhere in the document that no span covers: capitalised, not
// common in lower case, and not next to another capitalised word (which
// would make a different name), unless a title, a capitalised "The" or a
// name's particle precedes them ("Mr. Hadid", "The MSMT exists", "De
// Klerk released"), and not in an event's
// name ("the Siege of Leiden").
func (d docNames) missed(ws []nerWord, gt []uint8, spans []nerSpan) []nerSpan {
	n := len(spans)
	for i := range ws {
		w := &ws[i]
		typ, ok := d[w.key]
		if !ok || w.flags&fCap == 0 || w.flags&fCommon != 0 || gt[i] != 0 || nonNameKeys[w.key] {
			continue
		}
		if i > 0 && ws[i-1].flags&fUpper != 0 && gt[i-1] != gazTitle && ws[i-1].key != keyThe && !surnameParticles[ws[i-1].key] ||
			i+1 < len(ws) && ws[i+1].flags&(fUpper|fDigit) != 0 || isCredit(ws, gt, i) || inEventName(ws, nerSpan{Start: i, End: i + 1}) {
			continue
		}
		if slices.ContainsFunc(spans[:n], func(sp nerSpan) bool { return sp.Start <= i && i < sp.End }) {
			continue
		}
		spans = append(spans, nerSpan{Start: i, End: i + 1, Type: typ, Entry: -1})
	}
	if len(spans) > n {
		slices.SortFunc(spans, func(a, b nerSpan) int { return a.Start - b.Start })
	}
	return spans
}
