package extract

import (
	"io"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// NERScore counts mentions for precision, recall and F1.
type NERScore struct {
	Gold, Pred, Correct int
}

// Add returns the sum of two scores.
func (s NERScore) Add(o NERScore) NERScore {
	return NERScore{s.Gold + o.Gold, s.Pred + o.Pred, s.Correct + o.Correct}
}

// F1 returns the harmonic mean of precision and recall (0 when undefined).
func (s NERScore) F1() float64 {
	if s.Gold == 0 || s.Pred == 0 || s.Correct == 0 {
		return 0
	}
	p, r := float64(s.Correct)/float64(s.Pred), float64(s.Correct)/float64(s.Gold)
	return 2 * p * r / (p + r)
}

// NEREval is the outcome of EvalNER.
type NEREval struct {
	Typed   NERScore            // exact span and type
	Untyped NERScore            // exact span, any type
	Names   NERScore            // typed, against gold names only (see nameSpan)
	Overlap OverlapScore        // typed, a mention matching any gold one of its type that it overlaps
	ByType  map[string]NERScore // PER, ORG, LOC, exact span and type
}

// nerSpanKey is a mention as token range and type.
type nerSpanKey struct {
	Start, End int
	Type       string
}

// EvalNER rebuilds each document's text from its tokens, runs Analyze on it
// and scores the actor mentions against the gold PER/ORG/LOC tags (GPE
// counts as LOC).
func EvalNER(docs [][]LabeledSentence) NEREval {
	return evalNER(docs, nil)
}

// evalNER is EvalNER, writing each document's errors to errs when not nil.
func evalNER(docs [][]LabeledSentence, errs io.Writer) NEREval {
	ev := NEREval{ByType: map[string]NERScore{}}
	for _, doc := range docs {
		text, offs, gold := detokenize(doc)
		a := Analyze(Doc{Text: text}, time.Time{})
		pred := map[nerSpanKey]bool{}
		for _, m := range a.Mentions {
			pred[mentionTokens(offs, m.Span, evalType(a.Actors[m.Actor].Type))] = true
		}
		ev.score(gold, pred)
		if errs != nil {
			dumpErrors(errs, doc, gold, pred)
		}
		ev.Names = ev.Names.Add(scoreNames(doc, gold, pred))
		ev.Overlap = ev.Overlap.Add(scoreOverlap(gold, pred))
	}
	return ev
}

// scoreNames scores typed mentions against the gold mentions that are names:
// leading determiners are cut off ("the Kremlin" → "Kremlin") and mentions
// that are then not capitalised, or are pronouns, are dropped. Some test sets
// (re3d) also mark descriptions and pronouns, which a name finder leaves out.
func scoreNames(doc []LabeledSentence, gold, pred map[nerSpanKey]bool) NERScore {
	var words []string
	for _, s := range doc {
		words = append(words, s.Words...)
	}
	names := map[nerSpanKey]bool{}
	for k := range gold {
		for k.Start < k.End && determiners[strings.ToLower(words[k.Start])] {
			k.Start++
		}
		if k.Start < k.End && isCapitalised(words[k.Start]) && !pronouns[strings.ToLower(words[k.Start])] {
			names[k] = true
		}
	}
	s := NERScore{Gold: len(names), Pred: len(pred)}
	for k := range names {
		if pred[k] {
			s.Correct++
		}
	}
	return s
}

// OverlapScore counts mentions that match by overlap rather than exactly:
// a span convention ("Swedish captain Andreas Granqvist" in the gold,
// "Andreas Granqvist" found) counts as a match.
type OverlapScore struct {
	Gold, Pred, GoldHit, PredHit int
}

// Add returns the sum of two scores.
func (s OverlapScore) Add(o OverlapScore) OverlapScore {
	return OverlapScore{s.Gold + o.Gold, s.Pred + o.Pred, s.GoldHit + o.GoldHit, s.PredHit + o.PredHit}
}

// F1 returns the harmonic mean of the precision and recall by overlap.
func (s OverlapScore) F1() float64 {
	if s.GoldHit == 0 || s.PredHit == 0 {
		return 0
	}
	p, r := float64(s.PredHit)/float64(s.Pred), float64(s.GoldHit)/float64(s.Gold)
	return 2 * p * r / (p + r)
}

// scoreOverlap scores typed mentions by overlap with the gold ones.
func scoreOverlap(gold, pred map[nerSpanKey]bool) OverlapScore {
	hits := func(a, b map[nerSpanKey]bool) int {
		n := 0
		for k := range a {
			for o := range b {
				if o.Type == k.Type && o.Start < k.End && k.Start < o.End {
					n++
					break
				}
			}
		}
		return n
	}
	return OverlapScore{Gold: len(gold), Pred: len(pred), GoldHit: hits(gold, pred), PredHit: hits(pred, gold)}
}

var (
	determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true}
	pronouns    = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true}
)

// isCapitalised reports whether w starts with an upper-case letter.
func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// score adds one document's matches.
func (ev *NEREval) score(gold, pred map[nerSpanKey]bool) {
	untyped := map[nerSpanKey]bool{}
	for k := range pred {
		ev.Typed.Pred++
		ev.Untyped.Pred++
		ev.ByType[k.Type] = ev.ByType[k.Type].Add(NERScore{Pred: 1})
		untyped[nerSpanKey{k.Start, k.End, ""}] = true
	}
	for k := range gold {
		s := NERScore{Gold: 1}
		if pred[k] {
			s.Correct = 1
		}
		ev.Typed = ev.Typed.Add(s)
		ev.ByType[k.Type] = ev.ByType[k.Type].Add(s)
		u := NERScore{Gold: 1}
		if untyped[nerSpanKey{k.Start, k.End, ""}] {
			u.Correct = 1
		}
		ev.Untyped = ev.Untyped.Add(u)
	}
}

// evalType maps actor types to the evaluation's PER/ORG/LOC.
func evalType(t string) string {
	switch t {
	case "PERSON":
		return "PER"
	case "ORG":
		return "ORG"
	}
	return "LOC"
}

// noSpaceBefore are tokens written against the previous word.
var noSpaceBefore = map[string]bool{",": true, ".": true, ":": true, ";": true, "'s": true, "’s": true,
	")": true, "!": true, "?": true, "%": true, "n't": true, "'": true}

// detokenize writes the sentences as text (one paragraph each) and returns
// the token start offsets and the gold mentions as token ranges.
func detokenize(doc []LabeledSentence) (string, []Span, map[nerSpanKey]bool) {
	var b strings.Builder
	var offs []Span
	gold := map[nerSpanKey]bool{}
	for _, s := range doc {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		for i, w := range s.Words {
			if i > 0 && !noSpaceBefore[w] && s.Words[i-1] != "(" && w != "-" && s.Words[i-1] != "-" {
				b.WriteByte(' ')
			}
			offs = append(offs, Span{b.Len(), b.Len() + len(w)})
			b.WriteString(w)
		}
		base := len(offs) - len(s.Words)
		for i := 0; i < len(s.Tags); i++ {
			if !strings.HasPrefix(s.Tags[i], "B-") {
				continue
			}
			j := i + 1
			for j < len(s.Tags) && s.Tags[j] == "I-"+s.Tags[i][2:] {
				j++
			}
			gold[nerSpanKey{base + i, base + j, s.Tags[i][2:]}] = true
		}
	}
	return b.String(), offs, gold
}

// mentionTokens maps a byte span to the tokens it covers.
func mentionTokens(offs []Span, s Span, typ string) nerSpanKey {
	i := sort.Search(len(offs), func(k int) bool { return offs[k].End > s.Start })
	j := sort.Search(len(offs), func(k int) bool { return offs[k].Start >= s.End })
	return nerSpanKey{i, j, typ}
}
