package main

import (
	"fmt"
	"io"
	"strings"

	"newsline/app/extract"
)

// counts accumulates TempEval-3 timex counts.
type counts struct {
	Gold, System    int
	Strict, Relaxed int // matched gold timexes
	RelaxedSys      int // system timexes overlapping a gold one
	TypeOK, ValueOK int // correct attributes among relaxed matches
}

// add adds o to c.
func (c *counts) add(o counts) {
	c.Gold += o.Gold
	c.System += o.System
	c.Strict += o.Strict
	c.Relaxed += o.Relaxed
	c.RelaxedSys += o.RelaxedSys
	c.TypeOK += o.TypeOK
	c.ValueOK += o.ValueOK
}

// f1 returns the harmonic mean of precision p/sys and recall r/gold.
func f1(p, sys, r, gold int) float64 {
	if sys == 0 || gold == 0 || p+r == 0 {
		return 0
	}
	prec, rec := float64(p)/float64(sys), float64(r)/float64(gold)
	return 2 * prec * rec / (prec + rec)
}

// scores are the TempEval-3 timex measures.
type scores struct {
	Strict, Relaxed, Type, Value float64
}

// scores computes strict and relaxed span F1, and type and value F1 over
// relaxed matches (precision over system timexes, recall over gold ones).
func (c counts) scores() scores {
	return scores{
		Strict:  f1(c.Strict, c.System, c.Strict, c.Gold),
		Relaxed: f1(c.RelaxedSys, c.System, c.Relaxed, c.Gold),
		Type:    f1(c.TypeOK, c.System, c.TypeOK, c.Gold),
		Value:   f1(c.ValueOK, c.System, c.ValueOK, c.Gold),
	}
}

// score compares the system timexes of doc with the gold ones and reports
// errors to w when w is not nil.
func score(doc extract.TimeMLDoc, sys []extract.Timex, w io.Writer) counts {
	c := counts{Gold: len(doc.Timexes), System: len(sys)}
	used := make([]bool, len(sys))
	for _, g := range doc.Timexes {
		j := overlapping(g, sys, used)
		if j < 0 {
			report(w, doc, "FN", g.Start, g.End, g.Type+" "+g.Value)
			continue
		}
		used[j] = true
		s := sys[j]
		c.Relaxed++
		c.RelaxedSys++
		if s.Start == g.Start && s.End == g.End {
			c.Strict++
		} else {
			report(w, doc, "SPAN", g.Start, g.End, fmt.Sprintf("system %q", doc.Text[s.Start:s.End]))
		}
		if s.Type == g.Type {
			c.TypeOK++
		}
		if s.Value == g.Value {
			c.ValueOK++
		} else {
			report(w, doc, "VALUE", g.Start, g.End, fmt.Sprintf("%s %s, system %s %s", g.Type, g.Value, s.Type, s.Value))
		}
	}
	for j, s := range sys {
		if !used[j] && !overlapsGold(s, doc.Timexes) {
			report(w, doc, "FP", s.Start, s.End, s.Type+" "+s.Value)
		}
	}
	return c
}

// overlapping returns the first unused system timex overlapping g, or -1.
func overlapping(g extract.TimeMLTimex, sys []extract.Timex, used []bool) int {
	for j, s := range sys {
		if !used[j] && s.Start < g.End && g.Start < s.End {
			return j
		}
	}
	return -1
}

// overlapsGold reports whether s overlaps any gold timex.
func overlapsGold(s extract.Timex, gold []extract.TimeMLTimex) bool {
	for _, g := range gold {
		if s.Start < g.End && g.Start < s.End {
			return true
		}
	}
	return false
}

// report prints one error with its context when w is not nil.
func report(w io.Writer, doc extract.TimeMLDoc, kind string, start, end int, detail string) {
	if w == nil {
		return
	}
	from, to := max(0, start-60), min(len(doc.Text), end+40)
	ctx := doc.Text[from:start] + "[" + doc.Text[start:end] + "]" + doc.Text[end:to]
	ctx = strings.Join(strings.Fields(ctx), " ")
	fmt.Fprintf(w, "%-5s %s | %s | dct %s | %s\n", kind, detail, ctx, doc.DCT.Format("2006-01-02 Mon"), baseName(doc.Name))
}

// baseName returns the last element of a slash-separated path.
func baseName(p string) string {
	return p[strings.LastIndexByte(p, '/')+1:]
}
