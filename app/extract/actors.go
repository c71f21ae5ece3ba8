package extract

import (
	"slices"
	"strings"
)

// nerSpan is a candidate actor mention over words [Start, End) of a sentence.
type nerSpan struct {
	Start, End int
	Type       string
	Entry      int32 // gazetteer entry, or -1 when found by the tagger
}

// actorScratch holds buffers reused across the sentences of a document.
type actorScratch struct {
	words  []nerWord
	hits   []gazMatch
	gaz    []uint8
	labels []uint8
	spans  []nerSpan
}

// findActors finds actor mentions with the gazetteer and the tagger, then
// resolves them into actors within the document.
func findActors(text string, sents []Sentence) ([]Actor, []Mention) {
	g, m := theGazetteer(), theModel()
	var sc actorScratch
	var raw []rawMention
	for si, s := range sents {
		sc.words = nerWords(sc.words[:0], text, s.Span)
		sc.spans = sentenceSpans(g, m, &sc)
		for _, sp := range sc.spans {
			start, end := sc.words[sp.Start].Start, sc.words[sp.End-1].End
			raw = append(raw, rawMention{
				Span: Span{start, end}, Text: text[start:end], Sentence: si,
				Type: sp.Type, Entry: sp.Entry, Words: sp.End - sp.Start,
			})
		}
	}
	return resolveActors(g, raw)
}

// sentenceSpans returns the actor spans of the words in sc.
func sentenceSpans(g *gazetteer, m *tagModel, sc *actorScratch) []nerSpan {
	ws := sc.words
	sc.hits = g.match(sc.hits[:0], ws)
	sc.gaz = g.gazTags(sc.gaz, ws, sc.hits)
	spans := sc.spans[:0]
	for _, h := range sc.hits {
		spans = append(spans, nerSpan{h.Start, h.End, g.entries[h.Entry].Type, h.Entry})
	}
	if m == nil {
		return spans
	}
	if cap(sc.labels) < len(ws) {
		sc.labels = make([]uint8, len(ws))
	}
	labels := sc.labels[:len(ws)]
	m.tag(ws, sc.gaz, labels)
	for i := 0; i < len(ws); {
		if labels[i]%2 != 1 {
			i++
			continue
		}
		j := i + 1
		for j < len(ws) && labels[j] == labels[i]+1 {
			j++
		}
		if sp, ok := cleanSpan(g, ws, sc.gaz, nerSpan{i, j, labelType(labels[i]), -1}); ok {
			spans = mergeTagged(spans, sp)
		}
		i = j
	}
	slices.SortFunc(spans, func(a, b nerSpan) int { return a.Start - b.Start })
	return slices.DeleteFunc(spans, func(sp nerSpan) bool { return isCredit(ws, sc.gaz, sp.Start) })
}

// isCredit reports whether word i follows a page label such as "Photo:".
func isCredit(ws []nerWord, gt []uint8, i int) bool {
	return i >= 2 && ws[i-1].key == keyColon && gt[i-2] == gazClutter
}

var keyColon = foldHash(":")

// mergeTagged adds a tagger span unless it overlaps a gazetteer span; an
// organisation name that contains a place name ("Moscow State University")
// replaces it.
func mergeTagged(spans []nerSpan, sp nerSpan) []nerSpan {
	for k, o := range spans {
		if o.Entry < 0 || sp.End <= o.Start || o.End <= sp.Start {
			continue
		}
		if sp.Type == "ORG" && sp.Start <= o.Start && o.End <= sp.End && sp.End-sp.Start > o.End-o.Start &&
			o.Type != "ORG" {
			spans[k] = sp
		}
		return spans
	}
	return append(spans, sp)
}

// cleanSpan trims titles and leading articles from a tagged span, types it
// by a preceding title and drops adjectives, clutter and non-names.
func cleanSpan(g *gazetteer, ws []nerWord, gt []uint8, sp nerSpan) (nerSpan, bool) {
	for sp.Start < sp.End && (gt[sp.Start] == gazTitle || gt[sp.Start] == gazClutter ||
		(gt[sp.Start] == gazDemonym && sp.Type != "ORG") || ws[sp.Start].key == keyThe) {
		if gt[sp.Start] == gazTitle {
			sp.Type = "PERSON"
		}
		sp.Start++
	}
	for sp.End > sp.Start && ws[sp.End-1].flags&(fUpper|fDigit) == 0 {
		sp.End-- // a name does not end in "of" or a dash
	}
	if sp.Start >= sp.End || gt[sp.End-1] >= gazDemonym || nonNameKeys[ws[sp.Start].key] {
		return sp, false
	}
	if sp.Start > 0 && gt[sp.Start-1] == gazTitle && sp.Type != "ORG" {
		sp.Type = "PERSON"
	}
	if sp.Type == "LOC" {
		sp.Type = placeType(ws[sp.End-1].key)
	}
	return sp, true
}

var keyThe = foldHash("the")

// nonNameKeys are capitalised words that start no name: months, weekdays,
// pronouns and sentence openers the tagger sometimes takes.
var nonNameKeys = keySet("January February March April May June July August September October November " +
	"December Monday Tuesday Wednesday Thursday Friday Saturday Sunday I We He She It They This That These " +
	"Those A An But And Or If When While After Before In On At For From With By As However Meanwhile")

// featureKeys are last words of natural and built places (LOC); other
// places found by the tagger are political (GPE).
var featureKeys = keySet("River Sea Mountain Mountains Mount Lake Ocean Island Islands Peninsula Strait Gulf " +
	"Bay Square Airport Cosmodrome Base Port Valley Desert Coast Bridge Station Palace Hotel Street Avenue " +
	"Canal Border Range Cape Plateau Forest Park Center Centre Zone Plant Complex Site Facility Hall")

// placeType types a tagged place by its last word.
func placeType(last uint64) string {
	if featureKeys[last] {
		return "LOC"
	}
	return "GPE"
}

// keySet returns the folded keys of the words in s.
func keySet(s string) map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range strings.Fields(s) {
		m[foldHash(w)] = true
	}
	return m
}
