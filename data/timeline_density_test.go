package data

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

func densityString(cs []DensityCount, key func(DensityCount) string) string {
	var out []string
	for _, c := range cs {
		out = append(out, fmt.Sprintf("%s@%s:%d", key(c), c.Day.Time().Format("2006-01-02"), c.N))
	}
	return strings.Join(out, " ")
}

func TestCountEvents(t *testing.T) {
	s := timelineFixture(t)
	ctx := context.Background()
	tests := []struct {
		name  string
		f     Filter
		limit int
		want  int
	}{
		{"all", Filter{}, 10, 3},
		{"past the limit", Filter{}, 1, 2},
		{"month overlapping the window", Filter{From: day("2023-10-05"), To: day("2023-10-06")}, 10, 1},
		{"window", Filter{From: day("2023-09-01"), To: day("2023-10-02")}, 10, 2},
		{"type", Filter{EventTypes: []string{"VISIT"}}, 10, 1},
		{"actor", Filter{ActorIDs: []int64{actorID(t, s, "North Korea")}}, 10, 2},
		{"text", Filter{Text: "Lavrov"}, 10, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, err := s.CountEvents(ctx, tc.f, tc.limit)
			if err != nil || n != tc.want {
				t.Errorf("count %d, %v; want %d", n, err, tc.want)
			}
		})
	}
	if _, err := s.CountEvents(ctx, Filter{Text: `"unclosed`}, 10); err == nil {
		t.Error("bad query counted")
	}
}

func TestEventExtent(t *testing.T) {
	s := timelineFixture(t)
	ctx := context.Background()
	from, to, ok, err := s.EventExtent(ctx, Filter{})
	if err != nil || !ok || from != day("2023-09-13") || to != day("2023-10-19") {
		t.Errorf("extent %v–%v %v %v", from, to, ok, err)
	}
	from, to, ok, err = s.EventExtent(ctx, Filter{ActorIDs: []int64{actorID(t, s, "Sergei Lavrov")}})
	if err != nil || !ok || from != day("2023-10-18") || to != day("2023-10-19") {
		t.Errorf("Lavrov's extent %v–%v %v %v", from, to, ok, err)
	}
	if _, _, ok, err = s.EventExtent(ctx, Filter{Text: "nothingmatches"}); ok || err != nil {
		t.Errorf("no match: ok %v, %v", ok, err)
	}
}

func TestTypeDensity(t *testing.T) {
	s := timelineFixture(t)
	ctx := context.Background()
	nk := actorID(t, s, "North Korea")
	tests := []struct {
		name string
		f    Filter
		bin  int
		want string
	}{
		{"all", Filter{}, 1, "MEET@2023-09-13:1 SHIP@2023-10-01:1 VISIT@2023-10-18:1"},
		{"by start day in the window", Filter{From: day("2023-10-02"), To: day("2023-11-01")}, 0, "VISIT@2023-10-18:1"},
		{"types", Filter{EventTypes: []string{"SHIP", "MEET"}}, 1, "MEET@2023-09-13:1 SHIP@2023-10-01:1"},
		{"actor", Filter{ActorIDs: []int64{nk}}, 1, "SHIP@2023-10-01:1 VISIT@2023-10-18:1"},
		{"sources", Filter{MinSources: 2}, 1, ""},
		{"weeks", Filter{}, 7, "MEET@2023-09-07:1 SHIP@2023-09-28:1 VISIT@2023-10-12:1"},
		{"30 days", Filter{EventTypes: []string{"SHIP", "VISIT"}}, 30, "SHIP@2023-09-20:1 VISIT@2023-09-20:1"},
		{"actor per 30 days", Filter{ActorIDs: []int64{nk}}, 30, "SHIP@2023-09-20:1 VISIT@2023-09-20:1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := s.TypeDensity(ctx, tc.f, tc.bin)
			if got := densityString(cs, func(c DensityCount) string { return c.Type }); err != nil || got != tc.want {
				t.Errorf("density %q, %v; want %q", got, err, tc.want)
			}
		})
	}
}

func TestActorDensity(t *testing.T) {
	s := timelineFixture(t)
	ctx := context.Background()
	nk, kim := actorID(t, s, "North Korea"), actorID(t, s, "Kim Jong Un")
	name := map[int64]string{nk: "NK", kim: "Kim"}
	key := func(c DensityCount) string { return name[c.ActorID] }
	cs, err := s.ActorDensity(ctx, Filter{}, []int64{nk, kim})
	if got, want := densityString(cs, key), "Kim@2023-09-13:1 NK@2023-10-01:1 NK@2023-10-18:1"; err != nil || got != want {
		t.Errorf("density %q, %v; want %q", got, err, want)
	}
	cs, err = s.ActorDensity(ctx, Filter{From: day("2023-10-01"), To: day("2023-10-02"), EventTypes: []string{"SHIP"}}, []int64{nk, kim})
	if got, want := densityString(cs, key), "NK@2023-10-01:1"; err != nil || got != want {
		t.Errorf("window density %q, %v; want %q", got, err, want)
	}
}

func TestFirstUndatedEvents(t *testing.T) {
	s := timelineFixture(t)
	mustSave(t, s, tlArticle("Statements", "AP", "2023-11-01",
		tlEvent{text: "Russia has said North Korea is a friend.", actors: []string{"Russia", "North Korea"}, typ: "STATEMENT", trigger: "said"},
		tlEvent{text: "North Korea has denied shipping arms.", actors: []string{"North Korea"}, typ: "DENY", trigger: "denied"},
	))
	ctx := context.Background()
	all, err := s.UndatedEvents(ctx, Filter{})
	if err != nil || len(all) != 3 {
		t.Fatalf("undated %d, %v", len(all), err)
	}
	evs, total, err := s.FirstUndatedEvents(ctx, Filter{}, 2)
	if err != nil || total != 3 || eventTypes(evs) != eventTypes(all[:2]) || len(evs[0].Actors) != 2 {
		t.Errorf("first 2: %s (%+v), total %d, %v", eventTypes(evs), evs, total, err)
	}
	evs, total, err = s.FirstUndatedEvents(ctx, Filter{EventTypes: []string{"DENY"}}, 2)
	if err != nil || total != 1 || eventTypes(evs) != "DENY" {
		t.Errorf("DENY: %s, total %d, %v", eventTypes(evs), total, err)
	}
}
