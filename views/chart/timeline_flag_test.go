package chart

import (
	"bytes"
	"testing"

	"newsline/data"
)

func TestConflictFlagsMarks(t *testing.T) {
	ev := func(value string, conflict bool) data.Event {
		return data.Event{Type: "VISIT", Trigger: "visited", Date: data.ParseValue(value), Conflict: conflict}
	}
	events := []data.Event{ev("2023-07-26", true), ev("2023-09-13", false), ev("2023-09-13", false), ev("2023-10-18", true)}
	s := Scale{From: float64(data.ParseValue("2023-07-01").Start), To: float64(data.ParseValue("2023-11-01").Start), Left: 0, Width: 800}
	measure := func(s string) float64 { return 6 * float64(len(s)) }
	marks := LayoutMarks(events, [][]int{{0, 1, 2, 3}}, s, 2, measure)
	flags := map[int]bool{}
	for _, m := range marks {
		flags[m.First] = m.Flag
	}
	if len(marks) != 3 || !flags[0] || flags[1] || !flags[3] {
		t.Errorf("marks %d, flags %v: want the first and last flagged, not the cluster", len(marks), flags)
	}
	events[2].Conflict = true
	for _, m := range LayoutMarks(events, [][]int{{0, 1, 2, 3}}, s, 2, measure) {
		if m.Kind == MarkCluster && !m.Flag {
			t.Error("a cluster holding a conflicted event is not flagged")
		}
	}
	var buf bytes.Buffer
	if err := WriteTimeline(&buf, "png", events, TimelineOptions{Width: 900, Height: 400}); err != nil || buf.Len() == 0 {
		t.Errorf("export with conflicts: %v", err)
	}
}
