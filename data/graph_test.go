package data

import (
	"context"
	"strings"
	"testing"
)

// graphActor is an actor of a test article and the words that name it.
type graphActor struct {
	name, typ string
	forms     []string
}

var (
	gKim      = graphActor{"Kim Jong Un", ActorPerson, []string{"Kim"}}
	gPutin    = graphActor{"Vladimir Putin", ActorPerson, []string{"Putin"}}
	gShoigu   = graphActor{"Sergei Shoigu", ActorPerson, []string{"Shoigu"}}
	gVost     = graphActor{"Vostochny Cosmodrome", ActorLoc, []string{"Vostochny"}}
	gPyongyng = graphActor{"Pyongyang", ActorGPE, []string{"Pyongyang"}}
)

// graphArticle joins sents into an article's text and mentions each actor
// wherever one of its forms appears in a sentence.
func graphArticle(title, outlet, published string, sents []string, actors []graphActor, events []NewEvent) NewArticle {
	a := NewArticle{Article: Article{Title: title, Outlet: outlet, Published: ParseValue(published), Text: strings.Join(sents, " ")}}
	for _, ga := range actors {
		a.Actors = append(a.Actors, NewActor{Name: ga.name, Type: ga.typ})
	}
	off := 0
	for si, s := range sents {
		a.Sentences = append(a.Sentences, Sentence{Index: si, Start: off, End: off + len(s)})
		for ai, ga := range actors {
			for _, form := range ga.forms {
				if i := strings.Index(s, form); i >= 0 {
					a.Mentions = append(a.Mentions, NewMention{Actor: ai, Sentence: si, Start: off + i, End: off + i + len(form), Text: form})
				}
			}
		}
		off += len(s) + 1
	}
	a.Events = events
	return a
}

// graphCase saves two articles: a September summit and a July visit whose
// event makes Kim and Shoigu co-participants of a sentence naming only
// Shoigu and Pyongyang.
func graphCase(t *testing.T) (*Store, map[string]int64) {
	t.Helper()
	st := openTemp(t)
	ctx := context.Background()
	summit := graphArticle("Summit at the cosmodrome", "Reuters", "2023-09-13", []string{
		"Kim met Putin at Vostochny.",
		"Shoigu stood behind Putin.",
		"Kim left by train.",
	}, []graphActor{gKim, gPutin, gVost, gShoigu}, nil)
	visit := graphArticle("Defence minister in Pyongyang", "AP", "2023-07-26", []string{
		"Shoigu arrived in Pyongyang.",
		"Kim greeted Shoigu.",
	}, []graphActor{gShoigu, gPyongyng, gKim}, []NewEvent{{
		Type: "VISIT", Trigger: "arrived", TriggerStart: 7, TriggerEnd: 14, Sentence: 0, Timex: -1,
		Date: ParseValue("2023-07-26"), Actors: []NewEventActor{{Actor: 0, Role: RoleSource}, {Actor: 2, Role: RoleTarget}},
	}})
	for _, a := range []NewArticle{summit, visit} {
		if _, _, err := st.SaveArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	ids := map[string]int64{}
	rows, err := st.db.Query("SELECT id, name FROM actors")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			t.Fatal(err)
		}
		ids[name] = id
	}
	return st, ids
}

// edgeWeights maps "A|B" (names sorted) to weight.
func edgeWeights(g Graph) map[string]int {
	names := map[int64]string{}
	for _, n := range g.Nodes {
		names[n.ID] = n.Name
	}
	out := map[string]int{}
	for _, e := range g.Edges {
		a, b := names[e.A], names[e.B]
		if a > b {
			a, b = b, a
		}
		out[a+"|"+b] = e.Weight
		if len(e.Sentences) != e.Weight {
			out[a+"|"+b] = -1
		}
	}
	return out
}

func TestGraph(t *testing.T) {
	st, ids := graphCase(t)
	ctx := context.Background()
	sep := ParseValue("2023-09-01").Start
	tests := []struct {
		name  string
		f     Filter
		types []string
		want  map[string]int
	}{
		{"all", Filter{}, nil, map[string]int{
			"Kim Jong Un|Vladimir Putin": 1, "Kim Jong Un|Vostochny Cosmodrome": 1, "Vladimir Putin|Vostochny Cosmodrome": 1,
			"Sergei Shoigu|Vladimir Putin": 1, "Kim Jong Un|Sergei Shoigu": 2, "Pyongyang|Sergei Shoigu": 1,
			"Kim Jong Un|Pyongyang": 1,
		}},
		{"september", Filter{From: sep}, nil, map[string]int{
			"Kim Jong Un|Vladimir Putin": 1, "Kim Jong Un|Vostochny Cosmodrome": 1, "Vladimir Putin|Vostochny Cosmodrome": 1,
			"Sergei Shoigu|Vladimir Putin": 1,
		}},
		{"persons", Filter{}, []string{ActorPerson}, map[string]int{
			"Kim Jong Un|Vladimir Putin": 1, "Sergei Shoigu|Vladimir Putin": 1, "Kim Jong Un|Sergei Shoigu": 2,
		}},
		{"focus on Pyongyang", Filter{ActorIDs: []int64{ids["Pyongyang"]}}, nil, map[string]int{
			"Pyongyang|Sergei Shoigu": 1, "Kim Jong Un|Pyongyang": 1, "Kim Jong Un|Sergei Shoigu": 2,
		}},
		{"event types exclude the visit", Filter{EventTypes: []string{"MEET"}}, nil, map[string]int{
			"Kim Jong Un|Vladimir Putin": 1, "Kim Jong Un|Vostochny Cosmodrome": 1, "Vladimir Putin|Vostochny Cosmodrome": 1,
			"Sergei Shoigu|Vladimir Putin": 1, "Kim Jong Un|Sergei Shoigu": 1, "Pyongyang|Sergei Shoigu": 1,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := st.Graph(ctx, tt.f, tt.types)
			if err != nil {
				t.Fatal(err)
			}
			got := edgeWeights(g)
			if len(got) != len(tt.want) {
				t.Errorf("edges = %v, want %v", got, tt.want)
			}
			for k, w := range tt.want {
				if got[k] != w {
					t.Errorf("%s = %d, want %d", k, got[k], w)
				}
			}
		})
	}
}

func TestGraphNodesAndHidden(t *testing.T) {
	st, ids := graphCase(t)
	ctx := context.Background()
	if _, err := st.wdb.Exec("UPDATE actors SET hidden = 1 WHERE id = ?", ids["Vostochny Cosmodrome"]); err != nil {
		t.Fatal(err)
	}
	g, err := st.Graph(ctx, Filter{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	mentions := map[string]int{}
	for _, n := range g.Nodes {
		mentions[n.Name] = n.Mentions
	}
	want := map[string]int{"Kim Jong Un": 3, "Vladimir Putin": 2, "Sergei Shoigu": 3, "Pyongyang": 1}
	if len(mentions) != len(want) {
		t.Errorf("nodes = %v, want %v", mentions, want)
	}
	for k, n := range want {
		if mentions[k] != n {
			t.Errorf("mentions of %s = %d, want %d", k, mentions[k], n)
		}
	}
	for k := range edgeWeights(g) {
		if strings.Contains(k, "Vostochny") {
			t.Errorf("hidden actor has edge %s", k)
		}
	}
}

func TestEdgeSentences(t *testing.T) {
	st, ids := graphCase(t)
	got, err := st.EdgeSentences(context.Background(), ids["Kim Jong Un"], ids["Sergei Shoigu"], Filter{})
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		text   string
		offset int
	}{{"Shoigu arrived in Pyongyang.", 0}, {"Kim greeted Shoigu.", 29}}
	if len(got) != len(want) {
		t.Fatalf("sentences = %+v, want %d", got, len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Text != w.text || g.Offset != w.offset || g.Outlet != "AP" || g.Title != "Defence minister in Pyongyang" || g.Published != "2023-07-26" {
			t.Errorf("sentence %d = %+v, want %q at %d", i, g, w.text, w.offset)
		}
	}
	none, err := st.EdgeSentences(context.Background(), ids["Kim Jong Un"], ids["Sergei Shoigu"], Filter{From: ParseValue("2023-09").Start})
	if err != nil || len(none) != 0 {
		t.Errorf("in September: %+v, %v; want none", none, err)
	}
}
