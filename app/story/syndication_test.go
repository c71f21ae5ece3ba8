package story

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsline/data"
)

func demoText(t *testing.T, name string) string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "..", "assets", "demo", name))
	if err != nil {
		t.Fatal(err)
	}
	_, body, _ := strings.Cut(string(raw), "\n\n") // drop the header block
	return body
}

func TestSimilarity(t *testing.T) {
	summit, reprint := shingles(demoText(t, "07-vostochny-summit.txt")), shingles(demoText(t, "11-summit-reprint.txt"))
	plan := shingles(demoText(t, "05-summit-plan.txt"))
	for _, tc := range []struct {
		name string
		a, b []uint64
		want bool
	}{
		{"wire reprint cut short", summit, reprint, true},
		{"itself", plan, plan, true},
		{"another story on the same summit", summit, plan, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			j, c := similarity(tc.a, tc.b)
			if got := syndicated(tc.a, tc.b); got != tc.want {
				t.Errorf("syndicated = %v (jaccard %.2f, containment %.2f)", got, j, c)
			}
		})
	}
}

func TestMinHashEstimatesJaccard(t *testing.T) {
	a := shingles(demoText(t, "07-vostochny-summit.txt"))
	b := shingles(demoText(t, "11-summit-reprint.txt"))
	sa, sb := signature(a), signature(b)
	same := 0
	for i := range sa {
		if sa[i] == sb[i] {
			same++
		}
	}
	j, _ := similarity(a, b)
	if est := float64(same) / minHashes; est < j-0.2 || est > j+0.2 {
		t.Errorf("MinHash estimate %.2f, exact Jaccard %.2f", est, j)
	}
	shared := 0
	for i, h := range bandHashes(sa) {
		if h == bandHashes(sb)[i] {
			shared++
		}
	}
	if shared == 0 {
		t.Error("the reprint shares no LSH band with its original")
	}
}

func TestSyndicateDemo(t *testing.T) {
	ctx := context.Background()
	st := openCase(t)
	entries, err := os.ReadDir(filepath.Join("..", "..", "assets", "demo"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		a := data.NewArticle{Article: data.Article{Title: e.Name(), Text: demoText(t, e.Name())}}
		if _, _, err := st.SaveArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	if err := Syndicate(ctx, st); err != nil {
		t.Fatal(err)
	}
	var bands [][]int64
	for _, e := range entries {
		bands = append(bands, bandHashes(signature(shingles(demoText(t, e.Name())))))
	}
	cands, err := st.SyndicationCandidates(ctx, bands)
	if err != nil {
		t.Fatal(err)
	}
	var copies []string
	for i, e := range entries {
		for _, c := range cands[i] {
			if c.Group != c.ID || len(cands[i]) > 1 {
				copies = append(copies, e.Name())
				break
			}
		}
	}
	want := "07-vostochny-summit.txt 11-summit-reprint.txt"
	if got := strings.Join(copies, " "); got != want {
		t.Errorf("articles with copies: %s, want %s", got, want)
	}
}
