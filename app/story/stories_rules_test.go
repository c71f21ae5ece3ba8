package story

import (
	"testing"

	"newsline/data"
)

func TestCompatible(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"2023-09", "2023-09-13", true},
		{"2023-09-13", "2023-09-15", true},
		{"2023-09-13", "2023-09-16", false},
		{"2023", "2023-12-31", true},
		{"2023-W37", "2023-09-13", true},
		{"2023-07", "2022-07", false},
	} {
		if got := compatible(data.ParseValue(tc.a), data.ParseValue(tc.b)); got != tc.want {
			t.Errorf("compatible(%s, %s) = %v", tc.a, tc.b, got)
		}
	}
}

func TestShare(t *testing.T) {
	putin, kim, xi := data.EventActor{ActorID: 1, Type: data.ActorPerson}, data.EventActor{ActorID: 2, Type: data.ActorPerson}, data.EventActor{ActorID: 3, Type: data.ActorPerson}
	moscow, beijing := data.EventActor{ActorID: 10, Type: data.ActorGPE}, data.EventActor{ActorID: 11, Type: data.ActorGPE}
	for _, tc := range []struct {
		name           string
		a, b           []data.EventActor
		agree, strong  bool
		placedConflict bool
	}{
		{"one person", []data.EventActor{putin, kim}, []data.EventActor{putin, xi}, true, false, false},
		{"one person, different places", []data.EventActor{putin, moscow}, []data.EventActor{putin, beijing}, false, false, false},
		{"two people, different places", []data.EventActor{putin, kim, moscow}, []data.EventActor{putin, kim, beijing}, true, true, false},
		{"person and place", []data.EventActor{putin, moscow}, []data.EventActor{putin, xi, moscow}, true, true, true},
		{"place only", []data.EventActor{kim, moscow}, []data.EventActor{xi, moscow}, false, false, false},
	} {
		s := share(tc.a, tc.b)
		if s.agree() != tc.agree || s.strong() != tc.strong || s.placed() != tc.placedConflict {
			t.Errorf("%s: agree %v strong %v placed %v", tc.name, s.agree(), s.strong(), s.placed())
		}
	}
}

func TestYearPair(t *testing.T) {
	shoigu, pyongyang := data.EventActor{ActorID: 1, Type: data.ActorPerson}, data.EventActor{ActorID: 2, Type: data.ActorGPE}
	mk := func(article int64, date, published string) item {
		return item{StoryMember: &data.StoryMember{ArticleID: article, Group: article, Type: "VISIT",
			Date: data.ParseValue(date), Published: data.ParseValue(published), Actors: []data.EventActor{shoigu, pyongyang}}}
	}
	for _, tc := range []struct {
		name string
		a, b item
		want bool
	}{
		{"look back a year off", mk(1, "2023-07-26", "2023-07-27"), mk(2, "2022-07", "2023-08-02"), true},
		{"two reports of their day", mk(1, "2023-07-26", "2023-07-27"), mk(2, "2022-07-26", "2022-07-27"), false},
		{"different days", mk(1, "2023-07-26", "2023-07-27"), mk(2, "2022-07-20", "2023-08-02"), false},
		{"two years", mk(1, "2023-07-26", "2023-07-27"), mk(2, "2021-07", "2023-08-02"), false},
		{"one article", mk(1, "2023-07-26", "2023-07-27"), mk(1, "2022-07", "2023-07-27"), false},
	} {
		items := []item{tc.a, tc.b}
		if _, got := yearPair(items, 0, 1); got != tc.want {
			t.Errorf("%s: yearPair = %v", tc.name, got)
		}
	}
}
