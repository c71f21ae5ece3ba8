package data

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// analysed builds an analysed article from text: sentences end at ". ",
// every occurrence of an actor's name or alias is a mention, and each
// sentence with mentions holds one MEET event with those actors.
func analysed(text string, actors ...NewActor) NewArticle {
	a := NewArticle{Article: Article{Title: text[:min(20, len(text))], Text: text, Published: ParseValue("2023-09-13")},
		Actors: actors}
	start := 0
	for start < len(text) {
		end := strings.Index(text[start:], ". ")
		if end < 0 {
			end = len(text)
		} else {
			end += start + 1
		}
		a.Sentences = append(a.Sentences, Sentence{Start: start, End: end})
		start = end + 1
	}
	type form struct {
		text  string
		actor int
	}
	var forms []form
	for ai, ac := range actors {
		for _, f := range append([]string{ac.Name}, ac.Aliases...) {
			forms = append(forms, form{f, ai})
		}
	}
	sort.SliceStable(forms, func(i, j int) bool { return len(forms[i].text) > len(forms[j].text) })
	taken := make([]bool, len(text))
	for _, f := range forms {
		for off := 0; ; {
			i := strings.Index(text[off:], f.text)
			if i < 0 {
				break
			}
			s := off + i
			off = s + len(f.text)
			if taken[s] || taken[off-1] {
				continue
			}
			for k := s; k < off; k++ {
				taken[k] = true
			}
			a.Mentions = append(a.Mentions, NewMention{Actor: f.actor, Sentence: sentenceAt(a.Sentences, s),
				Start: s, End: off, Text: f.text})
		}
	}
	sort.Slice(a.Mentions, func(i, j int) bool { return a.Mentions[i].Start < a.Mentions[j].Start })
	for si := range a.Sentences {
		ev := NewEvent{Type: "MEET", Sentence: si, Timex: -1, Date: ParseValue("2023-09-13")}
		seen := map[int]bool{}
		for _, m := range a.Mentions {
			if m.Sentence == si && !seen[m.Actor] {
				seen[m.Actor] = true
				role := map[bool]string{true: RoleSource, false: RoleTarget}[len(ev.Actors) == 0]
				ev.Actors = append(ev.Actors, NewEventActor{Actor: m.Actor, Role: role})
			}
		}
		if len(ev.Actors) > 0 {
			a.Events = append(a.Events, ev)
		}
	}
	return a
}

func sentenceAt(ss []Sentence, off int) int {
	for i, s := range ss {
		if off >= s.Start && off < s.End {
			return i
		}
	}
	return len(ss) - 1
}

var (
	kim      = NewActor{Name: "Kim Jong Un", Type: ActorPerson, Aliases: []string{"Kim"}}
	putin    = NewActor{Name: "Vladimir Putin", Type: ActorPerson, Aliases: []string{"Putin"}}
	leader   = NewActor{Name: "Supreme Leader", Type: ActorPerson}
	russia   = NewActor{Name: "Russia", Type: ActorGPE, Aliases: []string{"Moscow"}}
	vostochy = NewActor{Name: "Vostochny", Type: ActorLoc}
)

// curationCase is a case with two articles about the same summit.
func curationCase(t *testing.T) (*Store, string) {
	path := filepath.Join(t.TempDir(), "curation.newsline")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	mustSave(t, s, analysed("Kim Jong Un met Vladimir Putin at Vostochny. Kim praised Russia. The Supreme Leader left Russia.",
		kim, putin, vostochy, leader, russia))
	mustSave(t, s, analysed("Putin hosted Kim in Russia. Moscow said the talks went well.", putin, kim, russia))
	return s, path
}

// snapshot dumps everything curation may change, in a stable order.
func snapshot(t *testing.T, s *Store) string {
	t.Helper()
	var b strings.Builder
	for _, q := range []string{
		"SELECT id, name, norm, type, hidden FROM actors ORDER BY id",
		"SELECT id, actor_id, alias, norm FROM aliases ORDER BY id",
		"SELECT id, actor_id, text FROM mentions ORDER BY id",
		"SELECT event_id, actor_id, role FROM event_actors ORDER BY event_id, actor_id, role",
		"SELECT norm, actor_id FROM blocked_aliases ORDER BY norm, actor_id",
		"SELECT norm, from_actor_id, to_actor_id FROM split_rules ORDER BY norm",
	} {
		rows, err := s.db.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintln(&b, vals...)
		}
		rows.Close()
		b.WriteString("--\n")
	}
	return b.String()
}

func actorNamed(t *testing.T, s *Store, name string) int64 {
	t.Helper()
	var id int64
	if err := s.db.QueryRow("SELECT id FROM actors WHERE name = ?", name).Scan(&id); err != nil {
		t.Fatalf("actor %q: %v", name, err)
	}
	return id
}

func actorOf(t *testing.T, s *Store, id int64) Actor {
	t.Helper()
	a, err := s.Actor(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// mentionOwner is the actor of the mention with text in the newest article.
func mentionOwner(t *testing.T, s *Store, text string) Actor {
	t.Helper()
	var id int64
	err := s.db.QueryRow(`SELECT actor_id FROM mentions WHERE text = ?
		AND article_id = (SELECT MAX(id) FROM articles)`, text).Scan(&id)
	if err != nil {
		t.Fatalf("mention %q: %v", text, err)
	}
	return actorOf(t, s, id)
}

func TestCuration(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name   string
		do     func(t *testing.T, s *Store) error
		check  func(t *testing.T, s *Store) // right after the action
		later  NewArticle                   // imported after the action
		checkL func(t *testing.T, s *Store) // after the later import
	}{{
		name: "merge",
		do: func(t *testing.T, s *Store) error {
			return s.MergeActors(ctx, actorNamed(t, s, "Kim Jong Un"), []int64{actorNamed(t, s, "Supreme Leader")})
		},
		check: func(t *testing.T, s *Store) {
			a := actorOf(t, s, actorNamed(t, s, "Kim Jong Un"))
			if a.Mentions != 4 || !strings.Contains(strings.Join(a.Aliases, "|"), "Supreme Leader") {
				t.Errorf("merged actor = %+v", a)
			}
		},
		later: analysed("The Supreme Leader waved.", leader),
		checkL: func(t *testing.T, s *Store) {
			if a := mentionOwner(t, s, "Supreme Leader"); a.Name != "Kim Jong Un" {
				t.Errorf("later mention went to %q", a.Name)
			}
		},
	}, {
		name: "rename",
		do: func(t *testing.T, s *Store) error {
			return s.RenameActor(ctx, actorNamed(t, s, "Vladimir Putin"), "Vladimir V. Putin")
		},
		check: func(t *testing.T, s *Store) { actorNamed(t, s, "Vladimir V. Putin") },
		later: analysed("Vladimir Putin spoke.", putin),
		checkL: func(t *testing.T, s *Store) {
			if a := mentionOwner(t, s, "Vladimir Putin"); a.Name != "Vladimir V. Putin" {
				t.Errorf("later mention went to %q", a.Name)
			}
		},
	}, {
		name: "retype",
		do: func(t *testing.T, s *Store) error {
			return s.SetActorType(ctx, actorNamed(t, s, "Vostochny"), ActorGPE)
		},
		check: func(t *testing.T, s *Store) {
			if a := actorOf(t, s, actorNamed(t, s, "Vostochny")); a.Type != ActorGPE {
				t.Errorf("type = %s", a.Type)
			}
		},
		later: analysed("Vostochny was quiet.", vostochy),
		checkL: func(t *testing.T, s *Store) {
			if a := mentionOwner(t, s, "Vostochny"); a.Type != ActorGPE {
				t.Errorf("later import reset the type to %s", a.Type)
			}
		},
	}, {
		name: "hide",
		do: func(t *testing.T, s *Store) error {
			return s.HideActor(ctx, actorNamed(t, s, "Supreme Leader"), true)
		},
		check: func(t *testing.T, s *Store) {
			as, _ := s.Actors(ctx, ActorQuery{})
			for _, a := range as {
				if a.Name == "Supreme Leader" {
					t.Error("hidden actor listed")
				}
			}
			all, _ := s.Actors(ctx, ActorQuery{IncludeHidden: true})
			if len(all) != len(as)+1 {
				t.Errorf("IncludeHidden lists %d, visible %d", len(all), len(as))
			}
		},
		later: analysed("The Supreme Leader waved.", leader),
		checkL: func(t *testing.T, s *Store) {
			if a := mentionOwner(t, s, "Supreme Leader"); !a.Hidden {
				t.Error("later import unhid the actor")
			}
		},
	}, {
		name: "add alias",
		do: func(t *testing.T, s *Store) error {
			return s.AddAlias(ctx, actorNamed(t, s, "Kim Jong Un"), "Marshal Kim")
		},
		check: func(t *testing.T, s *Store) {
			if a := actorOf(t, s, actorNamed(t, s, "Kim Jong Un")); len(a.Aliases) != 2 {
				t.Errorf("aliases = %v", a.Aliases)
			}
		},
		later: analysed("Marshal Kim waved.", NewActor{Name: "Marshal Kim", Type: ActorPerson}),
		checkL: func(t *testing.T, s *Store) {
			if a := mentionOwner(t, s, "Marshal Kim"); a.Name != "Kim Jong Un" {
				t.Errorf("later mention went to %q", a.Name)
			}
		},
	}, {
		name: "remove alias",
		do: func(t *testing.T, s *Store) error {
			return s.RemoveAlias(ctx, actorNamed(t, s, "Russia"), "moscow")
		},
		check: func(t *testing.T, s *Store) {
			if a := actorOf(t, s, actorNamed(t, s, "Russia")); len(a.Aliases) != 0 || a.Mentions != 4 {
				t.Errorf("after remove = %+v", a)
			}
		},
		later: analysed("Russia and Moscow agreed.", russia),
		checkL: func(t *testing.T, s *Store) {
			if a := actorOf(t, s, actorNamed(t, s, "Russia")); len(a.Aliases) != 0 {
				t.Errorf("later import re-added %v", a.Aliases)
			}
		},
	}, {
		name: "split alias",
		do: func(t *testing.T, s *Store) error {
			id, err := s.SplitAlias(ctx, actorNamed(t, s, "Russia"), "Moscow")
			if err == nil && id != actorNamed(t, s, "Moscow") {
				t.Errorf("SplitAlias returned %d", id)
			}
			return err
		},
		check: func(t *testing.T, s *Store) {
			m := actorOf(t, s, actorNamed(t, s, "Moscow"))
			r := actorOf(t, s, actorNamed(t, s, "Russia"))
			if m.Mentions != 1 || m.Type != ActorGPE || r.Mentions != 3 || len(r.Aliases) != 0 {
				t.Errorf("after split: %+v %+v", m, r)
			}
			var n int
			s.db.QueryRow(`SELECT COUNT(*) FROM event_actors WHERE actor_id = ?`, m.ID).Scan(&n)
			if n != 1 {
				t.Errorf("%d events moved to Moscow, want 1", n)
			}
		},
		later: analysed("Russia said so. Moscow agreed.", russia),
		checkL: func(t *testing.T, s *Store) {
			if a := mentionOwner(t, s, "Moscow"); a.Name != "Moscow" {
				t.Errorf("later mention went to %q", a.Name)
			}
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, path := curationCase(t)
			before := snapshot(t, s)
			if err := tt.do(t, s); err != nil {
				t.Fatal(err)
			}
			tt.check(t, s)
			after := snapshot(t, s)
			undoRedo(t, s, before, after)
			s.Close()
			s, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			undoRedo(t, s, before, after)
			// Re-extraction keeps the decision.
			if err := s.ReplaceAnalysis(ctx, 1, reanalysis(t, s, 1)); err != nil {
				t.Fatal(err)
			}
			tt.check(t, s)
			mustSave(t, s, tt.later)
			tt.checkL(t, s)
		})
	}
}

// reanalysis is the analysis of stored article id, as the first import made it.
func reanalysis(t *testing.T, s *Store, id int64) NewArticle {
	a, err := s.Article(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return analysed(a.Text, kim, putin, vostochy, leader, russia)
}

// undoRedo undoes the last decision, expecting the state before, and redoes
// it, expecting the state after.
func undoRedo(t *testing.T, s *Store, before, after string) {
	t.Helper()
	ctx := context.Background()
	desc, err := s.Undo(ctx)
	if err != nil || desc == "" {
		t.Fatalf("Undo = %q, %v", desc, err)
	}
	if got := snapshot(t, s); got != before {
		t.Fatalf("after undo of %s:\n%s\nwant\n%s", desc, got, before)
	}
	if _, redo, _ := s.History(ctx); redo != desc {
		t.Errorf("History redo = %q, want %q", redo, desc)
	}
	if rd, err := s.Redo(ctx); err != nil || rd != desc {
		t.Fatalf("Redo = %q, %v; want %q", rd, err, desc)
	}
	if got := snapshot(t, s); got != after {
		t.Fatalf("after redo of %s:\n%s\nwant\n%s", desc, got, after)
	}
}

func TestCurationRefusals(t *testing.T) {
	ctx := context.Background()
	s, _ := curationCase(t)
	k, p, r := actorNamed(t, s, "Kim Jong Un"), actorNamed(t, s, "Vladimir Putin"), actorNamed(t, s, "Russia")
	before := snapshot(t, s)
	for name, err := range map[string]error{
		"rename onto another actor":   s.RenameActor(ctx, k, "Vladimir Putin"),
		"rename onto another's alias": s.RenameActor(ctx, k, "putin"),
		"rename to nothing":           s.RenameActor(ctx, k, " - "),
		"alias owned by another":      s.AddAlias(ctx, k, "Moscow"),
		"alias already own":           s.AddAlias(ctx, k, "kim"),
		"remove a non-alias":          s.RemoveAlias(ctx, p, "Kim"),
		"split a non-alias":           func() error { _, err := s.SplitAlias(ctx, r, "Putin"); return err }(),
		"merge nothing":               s.MergeActors(ctx, k, []int64{k}),
		"merge unknown":               s.MergeActors(ctx, k, []int64{999}),
		"bad type":                    s.SetActorType(ctx, k, "ANIMAL"),
	} {
		if !errors.Is(err, ErrCuration) {
			t.Errorf("%s: %v, want ErrCuration", name, err)
		}
	}
	if snapshot(t, s) != before {
		t.Error("a refused decision changed the case")
	}
	if _, err := s.Undo(ctx); !errors.Is(err, ErrNothingToUndo) {
		t.Errorf("Undo with no decisions: %v", err)
	}
	if _, err := s.Redo(ctx); !errors.Is(err, ErrNothingToRedo) {
		t.Errorf("Redo with no decisions: %v", err)
	}
}

func TestUndoStackOrder(t *testing.T) {
	ctx := context.Background()
	s, _ := curationCase(t)
	k, l := actorNamed(t, s, "Kim Jong Un"), actorNamed(t, s, "Supreme Leader")
	s0 := snapshot(t, s)
	if err := s.HideActor(ctx, l, true); err != nil {
		t.Fatal(err)
	}
	if err := s.MergeActors(ctx, k, []int64{l}); err != nil {
		t.Fatal(err)
	}
	if err := s.RenameActor(ctx, k, "Kim Jong-un the Leader"); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`rename "Kim Jong Un" to "Kim Jong-un the Leader"`, `merge "Supreme Leader" into "Kim Jong Un"`, `hide "Supreme Leader"`} {
		if got, err := s.Undo(ctx); err != nil || got != want {
			t.Fatalf("Undo = %q, %v; want %q", got, err, want)
		}
	}
	if snapshot(t, s) != s0 {
		t.Error("three undos did not restore the case")
	}
	if _, err := s.Redo(ctx); err != nil {
		t.Fatal(err)
	}
	// A new decision drops what is left to redo.
	if err := s.SetActorType(ctx, k, ActorOrg); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Redo(ctx); !errors.Is(err, ErrNothingToRedo) {
		t.Errorf("Redo after a new decision: %v", err)
	}
	if undo, redo, err := s.History(ctx); err != nil || undo != `change "Kim Jong Un" from PERSON to ORG` || redo != "" {
		t.Errorf("History = %q %q %v", undo, redo, err)
	}
}

// TestUndoMergeAfterLaterImport checks that undoing a merge also gives the
// merged actor the mentions imported under its name since.
func TestUndoMergeAfterLaterImport(t *testing.T) {
	ctx := context.Background()
	s, _ := curationCase(t)
	k, l := actorNamed(t, s, "Kim Jong Un"), actorNamed(t, s, "Supreme Leader")
	if err := s.MergeActors(ctx, k, []int64{l}); err != nil {
		t.Fatal(err)
	}
	mustSave(t, s, analysed("Kim greeted the Supreme Leader. The Supreme Leader smiled.", kim, leader))
	if _, err := s.Undo(ctx); err != nil {
		t.Fatal(err)
	}
	if a := actorOf(t, s, l); a.Mentions != 3 || a.Articles != 2 {
		t.Errorf("restored actor = %+v, want 3 mentions in 2 articles", a)
	}
	if a := mentionOwner(t, s, "Kim"); a.ID != k {
		t.Errorf("Kim's own mention moved to %q", a.Name)
	}
	var n int
	s.db.QueryRow(`SELECT COUNT(*) FROM event_actors ea JOIN events e ON e.id = ea.event_id
		WHERE ea.actor_id = ? AND e.article_id = 3`, l).Scan(&n)
	// The sentence that also names Kim keeps its event with Kim: which of
	// Kim's two parts came from the merged name is not recorded.
	if n != 1 {
		t.Errorf("restored actor takes part in %d events of the later article, want 1", n)
	}
}

// TestMergeKeepsSplitRule splits a name off an actor, merges the split-off
// actor into a third one, and checks that later mentions by that name still
// leave the first actor, and that undo restores the rule.
func TestMergeKeepsSplitRule(t *testing.T) {
	ctx := context.Background()
	s, _ := curationCase(t)
	moscow, err := s.SplitAlias(ctx, actorNamed(t, s, "Russia"), "Moscow")
	if err != nil {
		t.Fatal(err)
	}
	mustSave(t, s, analysed("The Kremlin spoke.", NewActor{Name: "Kremlin", Type: ActorOrg}))
	kremlin := actorNamed(t, s, "Kremlin")
	before := snapshot(t, s)
	if err := s.MergeActors(ctx, kremlin, []int64{moscow}); err != nil {
		t.Fatal(err)
	}
	after := snapshot(t, s)
	undoRedo(t, s, before, after)
	mustSave(t, s, analysed("Russia said so. Moscow agreed.", russia))
	if a := mentionOwner(t, s, "Moscow"); a.ID != kremlin {
		t.Errorf("later Moscow mention went to %q, want Kremlin", a.Name)
	}
}
