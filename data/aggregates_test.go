package data

import (
	"context"
	"reflect"
	"testing"
)

// checkAggregates compares the network read from the aggregates with the
// one counted from the rows.
func checkAggregates(t *testing.T, st *Store, step string) {
	t.Helper()
	ctx := context.Background()
	got, err := st.graphFromAggregates(ctx, nil)
	if err == nil {
		err = st.addEventOnlyNodes(ctx, &got)
	}
	if err != nil {
		t.Fatalf("%s: %v", step, err)
	}
	nodes, err := st.graphNodes(ctx, Filter{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	edges, err := st.graphEdges(ctx, Filter{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := Graph{Nodes: nodes, Edges: edges}
	if err := st.addEventOnlyNodes(ctx, &want); err != nil {
		t.Fatal(err)
	}
	for i := range want.Edges {
		want.Edges[i].Sentences = nil
	}
	top, err := st.TopActors(ctx, Filter{}, 50)
	if err != nil {
		t.Fatal(err)
	}
	wantTop, err := st.actorCounts(ctx, Filter{}, "COUNT(*)", 50)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(top, wantTop) {
		t.Errorf("%s: top actors %v, want %v", step, top, wantTop)
	}
	checkChartAggregates(t, st, step)
	if len(got.Nodes) == 0 && len(want.Nodes) == 0 {
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s: aggregates give\n%+v\nrows give\n%+v", step, got, want)
	}
}

func TestAggregatesFollowWritesAndCuration(t *testing.T) {
	st, ids := graphCase(t)
	ctx := context.Background()
	checkAggregates(t, st, "import")
	var arts []NewArticle
	for i := range 20 {
		a := genArticle(uint64(i+1), 12)
		a.Article.Outlet = []string{"Wire", "AP", "Reuters"}[i%3]
		if i%7 == 6 {
			a.Article.Published = DateRange{}
		}
		arts = append(arts, a)
	}
	res, err := st.SaveArticles(ctx, arts)
	if err != nil {
		t.Fatal(err)
	}
	checkAggregates(t, st, "batch")
	steps := []struct {
		name string
		do   func() error
	}{
		{"merge", func() error { return st.MergeActors(ctx, ids["Kim Jong Un"], []int64{ids["Sergei Shoigu"]}) }},
		{"undo merge", func() error { _, err := st.Undo(ctx); return err }},
		{"redo merge", func() error { _, err := st.Redo(ctx); return err }},
		{"undo again", func() error { _, err := st.Undo(ctx); return err }},
		{"hide", func() error { return st.HideActor(ctx, ids["Pyongyang"], true) }},
		{"split alias", func() error { _, err := st.SplitAlias(ctx, ids["Kim Jong Un"], "Kim"); return err }},
		{"undo split", func() error { _, err := st.Undo(ctx); return err }},
		{"new outlet and date", func() error {
			return st.UpdateArticleMeta(ctx, res[5].ID, "Renamed", "Tass", ParseValue("2022-02-24"))
		}},
		{"undated", func() error { return st.UpdateArticleMeta(ctx, res[7].ID, "Undated", "AP", DateRange{}) }},
		{"delete article", func() error { return st.DeleteArticle(ctx, res[3].ID) }},
		{"replace analysis", func() error { return st.ReplaceAnalysis(ctx, res[4].ID, genArticle(5, 12)) }},
		{"save one", func() error { _, _, err := st.SaveArticle(ctx, genArticle(99, 12)); return err }},
	}
	for _, s := range steps {
		if err := s.do(); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		checkAggregates(t, st, s.name)
	}
}

func TestGraphFromAggregatesAboveLimit(t *testing.T) {
	st, _ := graphCase(t)
	ctx := context.Background()
	exact, err := st.Graph(ctx, Filter{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.wdb.Exec("UPDATE graph_edges SET weight = weight + ? WHERE a = (SELECT MIN(a) FROM graph_edges)",
		graphSentenceLimit); err != nil {
		t.Fatal(err)
	}
	agg, err := st.Graph(ctx, Filter{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(agg.Nodes) != len(exact.Nodes) || len(agg.Edges) != len(exact.Edges) {
		t.Fatalf("aggregate graph %d nodes %d edges, exact %d, %d", len(agg.Nodes), len(agg.Edges), len(exact.Nodes), len(exact.Edges))
	}
	for _, e := range agg.Edges {
		if e.Sentences != nil {
			t.Errorf("edge %d-%d has sentences from aggregates", e.A, e.B)
		}
	}
}
