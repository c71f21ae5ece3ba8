package app

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"newsline/app/corpus"
	"newsline/data"
)

// BenchmarkImport imports 1,000 generated articles (with extraction) into a
// fresh case per iteration and reports articles per second.
func BenchmarkImport(b *testing.B) {
	dir := b.TempDir()
	arts := corpus.Generate(corpus.Options{Articles: 1000, Seed: 1, ReprintPct: 0})
	for _, a := range arts {
		if err := os.WriteFile(filepath.Join(dir, a.Name), []byte(a.File()), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		st, err := data.Open(filepath.Join(b.TempDir(), "bench.newsline"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		res, err := Import(context.Background(), st, []string{dir}, nil)
		if err != nil || len(res.Added) != len(arts) {
			b.Fatalf("import: %v, added %d of %d, failed %v", err, len(res.Added), len(arts), res.Failed)
		}
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(len(arts)*b.N)/b.Elapsed().Seconds(), "articles/s")
}
