package data

import (
	"context"
	"testing"
)

// BenchmarkSaveArticle saves realistic articles (40 sentences, 60 mentions,
// 10 events, 10 time expressions) one transaction each.
func BenchmarkSaveArticle(b *testing.B) {
	s := openTemp(b)
	arts := make([]NewArticle, b.N)
	for i := range arts {
		arts[i] = genArticle(uint64(i+1), 40)
	}
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		if _, added, err := s.SaveArticle(ctx, arts[i]); err != nil || !added {
			b.Fatal(added, err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkSaveArticles saves the same articles in batches of 50 per
// transaction, as a bulk import does.
func BenchmarkSaveArticles(b *testing.B) {
	s := openTemp(b)
	arts := make([]NewArticle, b.N)
	for i := range arts {
		arts[i] = genArticle(uint64(i+1), 40)
	}
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i += 50 {
		res, err := s.SaveArticles(ctx, arts[i:min(i+50, b.N)])
		if err != nil {
			b.Fatal(err)
		}
		for _, r := range res {
			if r.Err != nil || !r.Added {
				b.Fatal(r)
			}
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
