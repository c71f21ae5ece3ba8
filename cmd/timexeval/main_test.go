package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsline/app/extract"
)

// trainDir holds the TempEval-3 training data outside the repository.
const trainDir = "../../../shared/eval/tempeval3/train"

// TestScoresFloor scores the tagger on TimeBank and AQUAINT and fails when a
// score drops below a floor set a little under the current results.
func TestScoresFloor(t *testing.T) {
	if _, err := os.Stat(trainDir); err != nil {
		t.Skip("TempEval-3 data not present:", err)
	}
	floors := map[string]scores{
		"TimeBank": {Strict: 0.88, Relaxed: 0.92, Value: 0.80},
		"AQUAINT":  {Strict: 0.82, Relaxed: 0.92, Value: 0.74},
	}
	for set, floor := range floors {
		paths, err := filepath.Glob(filepath.Join(trainDir, set, "*.tml"))
		if err != nil || len(paths) == 0 {
			t.Fatalf("%s: no files", set)
		}
		c, err := scoreFiles(paths, nil)
		if err != nil {
			t.Fatal(err)
		}
		s := c.scores()
		t.Logf("%s: strict %.4f relaxed %.4f type %.4f value %.4f", set, s.Strict, s.Relaxed, s.Type, s.Value)
		if s.Strict < floor.Strict || s.Relaxed < floor.Relaxed || s.Value < floor.Value {
			t.Errorf("%s: scores %+v below floor %+v", set, s, floor)
		}
	}
}

func TestParseTML(t *testing.T) {
	const tml = `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07T06:18" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>Bombs &amp; fire <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>, <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t2" type="DURATION" value="P3D" mod="APPROX">about three days</TIMEX3>.</TEXT></TimeML>`
	doc, err := extract.ReadTimeML(strings.NewReader(tml))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != "Bombs & fire Friday, said about three days." || doc.DCT.Format("2006-01-02") != "1998-08-07" {
		t.Fatalf("got text %q dct %v", doc.Text, doc.DCT)
	}
	if len(doc.Timexes) != 2 || doc.Text[doc.Timexes[0].Start:doc.Timexes[0].End] != "Friday" ||
		doc.Timexes[1].Mod != "APPROX" || doc.Text[doc.Timexes[1].Start:doc.Timexes[1].End] != "about three days" {
		t.Fatalf("got timexes %+v", doc.Timexes)
	}
}

func TestScore(t *testing.T) {
	doc := extract.TimeMLDoc{Text: "On Friday, for three days, now", Timexes: []extract.TimeMLTimex{
		{Span: extract.Span{Start: 3, End: 9}, Type: "DATE", Value: "1998-08-07"},
		{Span: extract.Span{Start: 15, End: 25}, Type: "DURATION", Value: "P3D"},
		{Span: extract.Span{Start: 27, End: 30}, Type: "DATE", Value: "PRESENT_REF"},
	}}
	sys := []extract.Timex{
		{Span: extract.Span{Start: 3, End: 9}, Type: "DATE", Value: "1998-08-07"},
		{Span: extract.Span{Start: 11, End: 25}, Type: "DURATION", Value: "P4D"},
	}
	var errs bytes.Buffer
	c := score(doc, sys, &errs)
	want := counts{Gold: 3, System: 2, Strict: 1, Relaxed: 2, RelaxedSys: 2, TypeOK: 2, ValueOK: 1}
	if c != want {
		t.Fatalf("got %+v, want %+v", c, want)
	}
	for _, kind := range []string{"FN", "SPAN", "VALUE"} {
		if !strings.Contains(errs.String(), kind) {
			t.Errorf("errors lack %s:\n%s", kind, errs.String())
		}
	}
	s := c.scores()
	if s.Strict < 0.39 || s.Strict > 0.41 || s.Relaxed < 0.79 || s.Relaxed > 0.81 {
		t.Errorf("got scores %+v", s)
	}
}
