package data

import (
	"context"
	"testing"
)

func TestShortAndLongEvents(t *testing.T) {
	s := timelineFixture(t)
	ctx := context.Background()
	month := Filter{From: day("2023-10-05"), To: day("2023-10-06")} // only the month event
	win := Filter{From: day("2023-09-01"), To: day("2023-10-02")}
	for _, tc := range []struct {
		name        string
		f           Filter
		short, long int
	}{
		{"all", Filter{}, 2, 1},
		{"inside a month event", month, 0, 1},
		{"window", win, 2, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			all, err := s.CountEvents(ctx, tc.f, 100)
			if err != nil {
				t.Fatal(err)
			}
			n, err := s.CountShortEvents(ctx, tc.f, 100)
			if err != nil {
				t.Fatal(err)
			}
			l, err := s.CountLongEvents(ctx, tc.f, 100)
			if err != nil || n+l != all {
				t.Errorf("short %d + long %d (%v), want %d in all", n, l, err, all)
			}
			evs, err := s.TimelineShortEvents(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range evs {
				if e.Date.End-e.Date.Start > shortEventSpan {
					t.Errorf("long event %d (%s) among the short ones", e.ID, e.Date.Value)
				}
			}
			if len(evs) > n {
				t.Errorf("%d short events loaded, %d counted", len(evs), n)
			}
			t.Logf("short %d long %d loaded %d", n, l, len(evs))
		})
	}
	if n, err := s.CountShortEvents(ctx, Filter{}, 0); err != nil || n != 1 {
		t.Errorf("count past the limit %d, %v; want 1", n, err)
	}
}
