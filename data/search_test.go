package data

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func searchCase(t *testing.T) (*Store, map[string]int64) {
	s := openTemp(t)
	ids := map[string]int64{}
	for title, text := range map[string]string{
		"Summit":  "Kim Jong-un met Vladimir Putin at the Vostochny Cosmodrome on Wednesday.",
		"Train":   "The armoured train of Kim Jong Un crossed into Russia near Khasan.",
		"Shells":  "The White House said North Korea shipped artillery shells to the Wagner Group.",
		"Lavrov":  "Sergei Lavrov arrived in Pyongyang for talks, the ministry said.",
		"Unicode": "Die Außenminister trafen sich in Genève zur Konferenz.",
	} {
		ids[title] = mustSave(t, s, NewArticle{Article: Article{Title: title, Text: text}})
	}
	return s, ids
}

func TestSearch(t *testing.T) {
	s, ids := searchCase(t)
	ctx := context.Background()
	tests := []struct {
		query string
		want  []string // titles, any order
	}{
		{"Kim Jong-un", []string{"Summit", "Train"}},
		{"kim jong un", []string{"Summit", "Train"}},
		{`"Wagner Group"`, []string{"Shells"}},
		{`"Group Wagner"`, nil},
		{"Putin OR Lavrov", []string{"Summit", "Lavrov"}},
		{"Kim NOT train", []string{"Summit"}},
		{"cosmo*", []string{"Summit"}},
		{"(shells OR talks) said", []string{"Shells", "Lavrov"}},
		{"geneve", []string{"Unicode"}},
		{"U.S.", nil},
		{"train", []string{"Train"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			hits, err := s.Search(ctx, tt.query, 10)
			if err != nil {
				t.Fatal(err)
			}
			got := map[int64]bool{}
			for _, h := range hits {
				got[h.ArticleID] = true
			}
			if len(hits) != len(tt.want) {
				t.Fatalf("%d hits %+v, want %v", len(hits), hits, tt.want)
			}
			for _, w := range tt.want {
				if !got[ids[w]] {
					t.Errorf("missing %q in %+v", w, hits)
				}
			}
		})
	}
}

func TestSearchSnippetAndRank(t *testing.T) {
	s, ids := searchCase(t)
	hits, err := s.Search(context.Background(), "train", 10)
	if err != nil || len(hits) != 1 {
		t.Fatalf("%+v %v", hits, err)
	}
	h := hits[0]
	if h.ArticleID != ids["Train"] || h.Title != "Train" || !strings.Contains(h.Snippet, HighlightStart+"train"+HighlightEnd) {
		t.Errorf("hit = %+v", h)
	}
	// A title match ranks above a text-only match.
	id := mustSave(t, s, NewArticle{Article: Article{Title: "Pyongyang", Text: "Talks went on."}})
	hits, err = s.Search(context.Background(), "Pyongyang", 10)
	if err != nil || len(hits) != 2 || hits[0].ArticleID != id || hits[0].Rank > hits[1].Rank {
		t.Errorf("ranking = %+v %v", hits, err)
	}
}

func TestSearchBadQueries(t *testing.T) {
	s, _ := searchCase(t)
	for _, q := range []string{
		`"Kim Jong`, "AND", "Kim AND", "OR Putin", "*", "Kim (", "Kim )", "()", "", "   ", "NOT Kim", `""`, "-",
	} {
		t.Run(q, func(t *testing.T) {
			_, err := s.Search(context.Background(), q, 10)
			if !errors.Is(err, ErrBadQuery) {
				t.Fatalf("Search(%q) = %v, want ErrBadQuery", q, err)
			}
			if strings.Contains(err.Error(), "SQL") || strings.Contains(err.Error(), "fts5") {
				t.Errorf("raw SQL error leaks: %v", err)
			}
		})
	}
}

func TestMatchQuery(t *testing.T) {
	for in, want := range map[string]string{
		"Kim Jong-un":              `"Kim" AND "Jong-un"`,
		`"Wagner Group" OR shells`: `"Wagner Group" OR "shells"`,
		"cosmo* (a OR b)":          `"cosmo"* AND ( "a" OR "b" )`,
		`say "it"`:                 `"say" AND "it"`,
	} {
		got, err := MatchQuery(in)
		if err != nil || got != want {
			t.Errorf("MatchQuery(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}
