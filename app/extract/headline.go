package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// In a headline written in title case ("Kim Vows 'Invariable' Support for
// Russia as Putin's Defense Chief Visits") every word is capitalised, so the
// tagger cannot see where a name ends: "Kim Vows" reads as a person. The
// article below the headline names the same actors in ordinary case, so a
// tagged name in a title-case line is kept only as far as the rest of the
// document confirms it.

// minTitleWords is the number of content words from which a line whose
// content words are all capitalised can be a title-case headline.
const minTitleWords = 4

// minTitleCommon is the number of capitalised ordinary words ("Vows",
// "Support"), outside titles and the gazetteer's names (the tagger's may
// have taken them in: "Security Council Fails"), that make such a line a
// headline rather than a line of names ("Wu Chi-wai of the Democratic
// Party", "Terminal 3: Delta, Frontier, Hawaiian").
const minTitleCommon = 3

// titleFunctionWords may stay lower case in a title-case headline.
var titleFunctionWords = keySet("a an the of for and or nor but to in on at as by with from into over " +
	"vs via per off up than amid after")

// isTitleCase reports whether the words of a sentence, with the gazetteer
// classes gt and the names found in it, make a headline in title case: at
// least minTitleWords content words, all capitalised and not all in
// capitals, minTitleCommon of them ordinary words outside known names, and at
// most one comma after anything but an ordinary word or a known name (a
// list of names is no headline). Commas after ordinary words and known
// names list no unknown names: "Ferries, Runways, and Casinos: The New
// Geography of the Russia–North Korea Alliance", "What Should Berlin,
// Paris, and Tokyo Do?" are headings.
func isTitleCase(ws []nerWord, gt []uint8, spans []nerSpan) bool {
	if isSpeakerCaption(ws, spans) {
		return false
	}
	content, common, caps, commas, k := 0, 0, 0, 0, 0
	for i, w := range ws {
		if w.key == keyComma && i > 0 && !closesKnown(ws, spans, i) {
			commas++
		}
		if w.flags&fAlpha == 0 || titleFunctionWords[w.key] && w.flags&fUpper == 0 || w.key == keyPossessive {
			continue
		}
		if w.flags&fUpper == 0 {
			return false
		}
		content++
		if w.flags&fAllCap != 0 {
			caps++
		}
		for k < len(spans) && spans[k].End <= i {
			k++ // spans are sorted and do not overlap
		}
		inName := k < len(spans) && spans[k].Entry >= 0 && spans[k].Start <= i
		if w.flags&fCommon != 0 && gt[i] != gazTitle && !inName {
			common++
		}
	}
	return content >= minTitleWords && common >= minTitleCommon && commas <= 1 && 2*caps < content
}

// keyBracketOpen is the key of "[".
var keyBracketOpen = foldHash("[")

// isSpeakerCaption reports whether the words of a sentence, with the names
// found in it, are a broadcast's caption naming the speaker of a
// soundbite: a person's name, a slash and the speaker's role, in brackets
// or not ("[Jin Ha-neul / National Assembly Defence Committee (Harbour
// Union Party)]"). Every word of it is capitalised, but it is no
// headline: its names (the speaker, the party) are the story's actors,
// quoted on the next line.
func isSpeakerCaption(ws []nerWord, spans []nerSpan) bool {
	first := 0
	if len(ws) > 0 && ws[0].key == keyBracketOpen {
		first = 1
	}
	for _, sp := range spans {
		if sp.Start == first {
			return sp.Type == "PERSON" && sp.End < len(ws) && ws[sp.End].key == keySlash
		}
	}
	return false
}

// closesKnown reports whether the word before word i of a sentence, with
// its sorted spans, is an ordinary word outside a tagged name ("Ferries,")
// or ends a gazetteer name ("Berlin,"): a comma after it lists no
// unknown names.
func closesKnown(ws []nerWord, spans []nerSpan, i int) bool {
	for _, sp := range spans {
		if sp.Start < i && sp.End >= i {
			return sp.End == i && sp.Entry >= 0
		}
	}
	return ws[i-1].flags&fCommon != 0
}

// trimHeadlines cuts each tagged name in a title-case line down to the
// longest run of its words that the document names in its other lines, and
// drops it when there is none and it holds an ordinary word ("Kim Vows")
// or is a lone word that is no given name ("Casinos"), keeping only the
// places and bodies the gazetteer knows in it ("Tokyo" of "Tokyo Do" in
// "What Should Berlin, Paris, and Tokyo Do?").
// Gazetteer names are kept as found. Nothing changes when the document has
// no other lines.
func trimHeadlines(found []sentenceFinds) {
	titles := make([]bool, len(found))
	named := map[uint64]string{}
	for i, f := range found {
		if titles[i] = len(f.spans) > 0 && isTitleCase(f.words, f.gaz, f.spans); titles[i] {
			continue
		}
		for _, sp := range f.spans {
			named[phraseHash(f.words[sp.Start:sp.End])] = sp.Type
		}
	}
	if len(named) == 0 {
		return
	}
	for i, f := range found {
		if !titles[i] {
			continue
		}
		// a new slice: one span may give several ("Berlin" and "Tokyo" of a
		// heading), which would overwrite the spans not yet read
		spans := make([]nerSpan, 0, len(f.spans))
		for _, sp := range f.spans {
			if sp.Entry >= 0 {
				spans = append(spans, sp)
			} else if sub, ok := confirmedRun(f.words, sp, named); ok {
				spans = append(spans, sub)
			} else if !slices.ContainsFunc(f.words[sp.Start:sp.End], func(w nerWord) bool { return w.flags&fCommon != 0 }) && !isLoneNoName(f.words, sp) {
				spans = append(spans, sp) // no ordinary word in it: "Domenico Ghirlandaio"
			} else {
				spans = append(spans, knownNamesIn(f.words, sp)...) // "Tokyo" of "Tokyo Do"
			}
		}
		found[i].spans = spans
	}
}

// knownNamesIn returns the gazetteer's places and bodies among the words
// of a tagged span, which the span had replaced, when its other words are
// all ordinary ones ("Tokyo" of "Tokyo Do"); a name of its own around a
// known one ("S Detroit Ave") gives none. Persons are left out: a family
// name alone ("Vance" in "Eleanor Vance Says") names someone else.
func knownNamesIn(ws []nerWord, sp nerSpan) []nerSpan {
	g := theGazetteer()
	var spans []nerSpan
	next := sp.Start
	for _, h := range g.match(nil, ws[sp.Start:sp.End]) {
		if !allCommon(ws[next : sp.Start+h.Start]) {
			return nil
		}
		next = sp.Start + h.End
		if typ := g.entries[h.Entry].Type; typ == "GPE" || typ == "LOC" || typ == "ORG" {
			spans = append(spans, nerSpan{Start: sp.Start + h.Start, End: next, Type: typ, Entry: h.Entry})
		}
	}
	if !allCommon(ws[next:sp.End]) {
		return nil
	}
	return spans
}

// isLoneNoName reports whether a tagged span is a person of one plain
// capitalised word that is no known given name ("Casinos" in "Ferries,
// Runways, and Casinos: ..."): a headline names a person by the family
// name that the story goes on to use, so an unconfirmed one is no name.
// A name run together ("SelenaGomez" of a hashtag) is kept.
func isLoneNoName(ws []nerWord, sp nerSpan) bool {
	if sp.Type != "PERSON" || sp.End-sp.Start != 1 {
		return false
	}
	w := ws[sp.Start]
	return w.shape == plainShape && !theGazetteer().firstNames[w.key]
}

// plainShape is the shape of a capitalised word without other capitals,
// digits or marks: "Casinos".
var plainShape = newNERWord("Ab", 0, 2).shape

// allCommon reports whether every word of ws is an ordinary word.
func allCommon(ws []nerWord) bool {
	for _, w := range ws {
		if w.flags&fCommon == 0 {
			return false
		}
	}
	return true
}

// confirmedRun returns the longest run of sp's words that is a name in
// named, typed as it is there.
func confirmedRun(ws []nerWord, sp nerSpan, named map[uint64]string) (nerSpan, bool) {
	for n := sp.End - sp.Start; n > 0; n-- {
		for a := sp.Start; a+n <= sp.End; a++ {
			typ, ok := named[phraseHash(ws[a:a+n])]
			if !ok {
				continue
			}
			if n == sp.End-sp.Start {
				return sp, true
			}
			return nerSpan{Start: a, End: a + n, Type: typ, Entry: -1}, true
		}
	}
	return nerSpan{}, false
}

// A page lists other stories' headlines under a short head of its own
// ("JN ACCESS RANKING", "\"Politics\" POPULAR ARTICLE"), one a line,
// numbered or bulleted: "1. Sapporo Snow Festival Draws Record Crowds
// Despite Heavy Snowfall". Their names are not the story's actors.

// minListHeadlines is the fewest headlines under a list's head.
const minListHeadlines = 2

// listMark matches the number or bullet opening an item of a list.
var listMark = regexp.MustCompile(`^(?:\d{1,2}[.)]|[-•·*▪►]) `)

// blankHeadlineList blanks the lines of a paragraph in b (see blank) when
// they are a head and a list of headlines in title case, and returns b.
// A story's lists are of sentences, or of names too short for a headline.
func blankHeadlineList(b []byte, text string, para []lineSpan) []byte {
	if len(para) < 1+minListHeadlines || para[0].n > maxHeadWords {
		return b
	}
	head := strings.TrimSpace(text[para[0].start:para[0].end])
	if head == "" || strings.ContainsAny(head[len(head)-1:], ".!?,;") {
		return b
	}
	for _, l := range para[1:] {
		line := strings.TrimSpace(text[l.start:l.end])
		loc := listMark.FindStringIndex(line)
		if loc == nil || l.n > maxHeadlineWords+1 || !isTitleHeadline(line[loc[1]:]) {
			return b
		}
	}
	for _, l := range para {
		b = blank(b, text, l.start, l.end)
	}
	return b
}

// isTitleHeadline reports whether line is a headline in title case: at
// least minTitleWords words, every one capitalised but for the words
// titleFunctionWords lets stay in lower case, and no full stop closing it.
func isTitleHeadline(line string) bool {
	if line == "" || strings.ContainsAny(line[len(line)-1:], ".!?:;,") {
		return false
	}
	words := strings.Fields(line)
	if len(words) < minTitleWords {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && !titleFunctionWords[foldHash(strings.Trim(w, ",'’\""))] {
			return false
		}
	}
	return true
}
