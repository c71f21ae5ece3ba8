package extract

import (
	"strings"
	"testing"

	"newsline/app/corpus"
)

// BenchmarkSentencesTimexes splits generated news articles into sentences
// and tags their time expressions, reporting MB/s, words/s and allocations
// per article.
func BenchmarkSentencesTimexes(b *testing.B) {
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
			findTimexes(a.Body, splitSentences(a.Body), a.Published)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(testing.AllocsPerRun(5, func() {
		findTimexes(arts[0].Body, splitSentences(arts[0].Body), arts[0].Published)
	}), "allocs/article")
}

// BenchmarkShiftDate moves a day by a day, as "the day after" and "a month
// later" do for each match.
func BenchmarkShiftDate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		shiftDate("2024-01-02", "D", 1)
	}
}
