package extract_test

import (
	"strings"
	"testing"
	"time"

	"newsline/app/corpus"
	"newsline/app/extract"
)

// BenchmarkAnalyze runs the whole pipeline over generated news articles and
// reports MB/s, words/s and allocations per article.
func BenchmarkAnalyze(b *testing.B) {
	arts := corpus.Generate(corpus.Options{Articles: 200, Seed: 7})
	var bytes, words int
	for _, a := range arts {
		bytes += len(a.Body)
		words += len(strings.Fields(a.Body))
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			extract.Analyze(extract.Doc{Title: a.Title, Text: a.Body}, a.Published)
		}
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(words)*float64(b.N)/sec, "words/s")
	b.ReportMetric(float64(testing.AllocsPerRun(1, func() {
		extract.Analyze(extract.Doc{Text: arts[0].Body}, arts[0].Published)
	})), "allocs/article")
}

// FuzzAnalyze checks that no input panics and that every span and index in
// the analysis is valid.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"", "Kim Jong Un met Vladimir Putin on Wednesday.", "U.S. Defense Secretary Lloyd Austin said.",
		"Kim's sister Kim Yo-jong; the DPRK's KCNA reported it", "\xff\xfe Putin\u00a0Kim-", strings.Repeat("Moscow ", 50),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := extract.Analyze(extract.Doc{Text: text}, time.Date(2023, 9, 13, 0, 0, 0, 0, time.UTC))
		checkAnalysis(t, text, a)
	})
}

// checkAnalysis fails t when a span or an index of a is out of range.
func checkAnalysis(t *testing.T, text string, a extract.Analysis) {
	t.Helper()
	span := func(what string, s extract.Span) {
		if s.Start < 0 || s.End < s.Start || s.End > len(text) {
			t.Fatalf("%s span %v out of [0,%d]", what, s, len(text))
		}
	}
	for _, m := range a.Mentions {
		span("mention", m.Span)
		if m.Actor < 0 || m.Actor >= len(a.Actors) || m.Sentence < 0 || m.Sentence >= len(a.Sentences) {
			t.Fatalf("mention %+v: bad index", m)
		}
		if text[m.Start:m.End] != m.Text {
			t.Fatalf("mention text %q is not the span's %q", m.Text, text[m.Start:m.End])
		}
	}
	for _, e := range a.Events {
		span("event", e.Span)
		span("trigger", e.Trigger)
		if len(e.Actors) == 0 || e.Timex < -1 || e.Timex >= len(a.Timexes) || e.Sentence >= len(a.Sentences) {
			t.Fatalf("event %+v: bad index", e)
		}
		for _, ea := range e.Actors {
			if ea.Actor < 0 || ea.Actor >= len(a.Actors) {
				t.Fatalf("event actor %d out of range", ea.Actor)
			}
		}
	}
}
