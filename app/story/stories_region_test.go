package story

import (
	"context"
	"math/rand/v2"
	"testing"

	"newsline/data"
)

// incremental makes every assembly of the test incremental once a case has
// story events and at most one event in part waits.
func incremental(t *testing.T, part int) {
	events, share := regionEvents, regionPart
	regionEvents, regionPart = 0, part
	t.Cleanup(func() { regionEvents, regionPart = events, share })
}

// membership maps each event to its story event.
func membership(t testing.TB, st *data.Store) map[int64]int64 {
	t.Helper()
	state, err := st.StoryState(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	m := map[int64]int64{}
	for _, e := range state.Members {
		if e.StoryID == 0 {
			t.Fatalf("event %d in no story event", e.EventID)
		}
		m[e.EventID] = e.StoryID
	}
	return m
}

// agreement scores the story events of got against want over pairs of
// events: precision is the share of got's pairs that want has together,
// recall the share of want's pairs that got has.
func agreement(got, want map[int64]int64) (precision, recall float64) {
	pairs := func(count map[[2]int64]int) float64 {
		var n float64
		for _, c := range count {
			n += float64(c*(c-1)) / 2
		}
		return n
	}
	both, g, w := map[[2]int64]int{}, map[[2]int64]int{}, map[[2]int64]int{}
	for e, s := range got {
		both[[2]int64{s, want[e]}]++
		g[[2]int64{s}]++
		w[[2]int64{want[e]}]++
	}
	common := pairs(both)
	return common / max(pairs(g), 1), common / max(pairs(w), 1)
}

// shuffled returns arts in a random order, with the truth of each.
func shuffled(arts []data.NewArticle, truth []int, seed uint64) ([]data.NewArticle, []int) {
	r := rand.New(rand.NewPCG(seed, 11))
	p := r.Perm(len(arts))
	a, tr := make([]data.NewArticle, len(arts)), make([]int, len(arts))
	for i, j := range p {
		a[i], tr[i] = arts[j], truth[j]
	}
	return a, tr
}

// assembleInSteps imports the first articles, assembles them whole, then
// imports the others batch articles at a time, assembling after each
// batch, and returns the events waiting in those incremental assemblies.
func assembleInSteps(t *testing.T, st *data.Store, arts []data.NewArticle, first, batch int) int {
	t.Helper()
	saveAll(t, st, arts[:first])
	assembleAll(t, st)
	placed := 0
	for i := first; i < len(arts); i += batch {
		saveAll(t, st, arts[i:min(len(arts), i+batch)])
		stats := assembleAll(t, st)
		if !stats.Region {
			t.Fatalf("assembly after article %d not incremental: %+v", i, stats)
		}
		placed += stats.Reassembled
	}
	return placed
}

func TestIncrementalMatchesFull(t *testing.T) {
	arts, truth := synthCase(3000, 5)
	arts, truth = shuffled(arts, truth, 5)
	full := openCase(t)
	saveAll(t, full, arts)
	assembleAll(t, full)
	want := membership(t, full)
	pFull, rFull := pairScores(t, full, truth)
	for _, tc := range []struct {
		name         string
		part         int // incremental while at most one event in part waits
		first, batch int
	}{
		{"halves", 1, len(arts) / 2, len(arts)},
		{"imports of 2.5%", regionShare, len(arts) / 2, len(arts) / 40},
		{"imports of 20 articles", regionShare, len(arts) * 9 / 10, 20},
	} {
		t.Run(tc.name, func(t *testing.T) {
			incremental(t, tc.part)
			st := openCase(t)
			placed := assembleInSteps(t, st, arts, tc.first, tc.batch)
			got := membership(t, st)
			if len(got) != len(want) {
				t.Fatalf("%d events, want %d", len(got), len(want))
			}
			p, r := agreement(got, want)
			pt, rt := pairScores(t, st, truth)
			t.Logf("%d events placed incrementally; pairs vs full assembly: precision %.4f recall %.4f; "+
				"vs truth: precision %.3f recall %.3f (full assembly %.3f %.3f)", placed, p, r, pt, rt, pFull, rFull)
			if p < 0.98 || r < 0.98 {
				t.Errorf("pairs vs full assembly: precision %.4f recall %.4f, want ≥ 0.98", p, r)
			}
		})
	}
}

// TestIncrementalStoryEdits splits a story event and undoes it in a case
// where assembly is incremental, and in one where it is whole: the story
// events agree, and the incremental assemblies read only a region.
func TestIncrementalStoryEdits(t *testing.T) {
	ctx := context.Background()
	arts, _ := synthCase(2000, 9)
	edit := func(st *data.Store) (split, undone map[int64]int64, stats Stats) {
		saveAll(t, st, arts)
		assembleAll(t, st)
		evs := storyEvents(t, st, data.Filter{MinSources: 3})
		if len(evs) == 0 {
			t.Fatal("no story event with 3 reports")
		}
		ev := evs[len(evs)/2]
		var err error
		if stats, err = Split(ctx, st, ev.ID, []int64{ev.Sources[0].EventID}); err != nil {
			t.Fatal(err)
		}
		split = membership(t, st)
		if split[ev.Sources[0].EventID] == split[ev.Sources[1].EventID] {
			t.Errorf("split event %d still with event %d", ev.Sources[0].EventID, ev.Sources[1].EventID)
		}
		if _, err := Undo(ctx, st); err != nil {
			t.Fatal(err)
		}
		return split, membership(t, st), stats
	}
	wholeSplit, wholeUndone, _ := edit(openCase(t))
	incremental(t, regionShare)
	split, undone, stats := edit(openCase(t))
	if !stats.Region || stats.Reassembled > 50 {
		t.Errorf("split assembled %d events, region %v; want a region of the split story event", stats.Reassembled, stats.Region)
	}
	for name, c := range map[string][2]map[int64]int64{"split": {split, wholeSplit}, "undone": {undone, wholeUndone}} {
		if p, r := agreement(c[0], c[1]); p != 1 || r != 1 {
			t.Errorf("%s: pairs vs whole assembly: precision %.4f recall %.4f, want 1", name, p, r)
		}
	}
}
