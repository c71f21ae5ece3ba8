package views

import (
	"testing"

	"newsline/data"
)

func TestTrimStrayDropsFarEarlyBins(t *testing.T) {
	// One event in bin 0, then nothing for 30 bins, then 40 events over
	// ten bins: the first bin is a stray background mention.
	counts := make([]int, 41)
	counts[0] = 1
	for i := 31; i < 41; i++ {
		counts[i] = 4
	}
	s := data.Series{Label: "MEET"}
	for i, c := range counts {
		s.Bins = append(s.Bins, data.BinCount{Start: data.Day(i * 30), Count: c})
	}
	got, left := trimStray([]data.Series{s})
	if left != 1 || len(got[0].Bins) != 10 || got[0].Bins[0].Start != data.Day(31*30) {
		t.Errorf("left %d, %d bins from %v", left, len(got[0].Bins), got[0].Bins[0].Start)
	}

	// Evenly spread events are all kept.
	even := data.Series{Label: "MEET"}
	for i := range 12 {
		even.Bins = append(even.Bins, data.BinCount{Start: data.Day(i * 30), Count: 3})
	}
	if got, left := trimStray([]data.Series{even}); left != 0 || len(got[0].Bins) != 12 {
		t.Errorf("even series trimmed: left %d, %d bins", left, len(got[0].Bins))
	}
}
