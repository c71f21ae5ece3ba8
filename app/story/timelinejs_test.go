package story

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"newsline/data"
)

func exported(t *testing.T) []data.StoryEvent {
	t.Helper()
	st := openCase(t)
	save(t, st, loadFixtures(t))
	assembleAll(t, st)
	return storyEvents(t, st, data.Filter{})
}

func TestWriteEventsJSON(t *testing.T) {
	evs := exported(t)
	var buf bytes.Buffer
	if err := WriteEvents(&buf, FormatJSON, evs); err != nil {
		t.Fatal(err)
	}
	var got []exportEvent
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(evs) {
		t.Fatalf("%d events exported, want %d", len(got), len(evs))
	}
	for i, e := range got {
		if e.ID != evs[i].ID || len(e.Sources) != len(evs[i].Sources) || e.DatesReported == nil {
			t.Errorf("event %d: %+v", i, e)
		}
		if e.Conflict && (e.Type != "VISIT" || len(e.DatesReported) != 3) {
			t.Errorf("conflict on %+v", e)
		}
	}
	for _, key := range []string{`"id"`, `"date"`, `"type"`, `"actors"`, `"planned"`, `"sources"`, `"article"`,
		`"outlet"`, `"published"`, `"sentence"`, `"conflict"`, `"dates_reported"`} {
		if !strings.Contains(buf.String(), key) {
			t.Errorf("no %s key", key)
		}
	}
}

func TestWriteEventsCSV(t *testing.T) {
	evs := exported(t)
	var buf bytes.Buffer
	if err := WriteEvents(&buf, FormatCSV, evs); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	sources := 0
	for _, e := range evs {
		sources += len(e.Sources)
	}
	if len(rows) != 1+sources || len(rows[0]) != len(csvHeader) {
		t.Errorf("%d rows of %d columns, want %d of %d", len(rows), len(rows[0]), 1+sources, len(csvHeader))
	}
	if err := WriteEvents(&buf, "xml", evs); err == nil {
		t.Error("unknown format accepted")
	}
}

func TestWriteTimelineJS(t *testing.T) {
	evs := exported(t)
	var buf bytes.Buffer
	if err := WriteTimelineJS(&buf, "Russia & North Korea", evs); err != nil {
		t.Fatal(err)
	}
	var doc tlDocument
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Title.Text.Headline != "Russia &amp; North Korea" || len(doc.Events) != len(evs)-1 { // one is undated
		t.Fatalf("title %q, %d slides", doc.Title.Text.Headline, len(doc.Events))
	}
	dates := map[string]tlDate{}
	for _, s := range doc.Events {
		dates[s.Group+" "+s.StartDate.Year+"-"+s.StartDate.Month+"-"+s.StartDate.Day] = *s.StartDate
		if !strings.Contains(s.Text.Text, "<li>") || strings.Contains(s.Text.Text, "'s Vostochny") {
			t.Errorf("slide text not escaped or without sources: %s", s.Text.Text)
		}
	}
	for _, want := range []string{"MEET 2023-9-13", "MEET 2023-9-", "VISIT 2023-7-26", "MEET 2024-6-19"} {
		if _, ok := dates[want]; !ok {
			t.Errorf("no slide %s in %v", want, dates)
		}
	}
}
