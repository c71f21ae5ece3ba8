package data

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

// tlEvent is one sentence of a timeline fixture: its text, the actors named
// in it (all mentioned verbatim), the date expression in it and the event.
type tlEvent struct {
	text    string
	actors  []string // names from genNames; the first is the source
	date    string   // date expression in text, "" for undated
	value   string   // its TIMEX3 value
	typ     string
	trigger string
	planned bool
}

func genActor(name string) NewActor {
	for _, a := range genNames {
		if a.Name == name {
			return a
		}
	}
	panic("unknown actor " + name)
}

// tlArticle builds an article of one sentence per event.
func tlArticle(title, outlet, published string, evs ...tlEvent) NewArticle {
	a := NewArticle{Article: Article{Title: title, Outlet: outlet, Published: ParseValue(published), Format: "txt"}}
	actorIdx := map[string]int{}
	var b strings.Builder
	for i, e := range evs {
		start := b.Len()
		b.WriteString(e.text + " ")
		a.Sentences = append(a.Sentences, Sentence{Index: i, Start: start, End: start + len(e.text)})
		ev := NewEvent{Type: e.typ, Trigger: e.trigger, Sentence: i, Timex: -1, Planned: e.planned}
		ev.TriggerStart = start + strings.Index(e.text, e.trigger)
		ev.TriggerEnd = ev.TriggerStart + len(e.trigger)
		if e.date != "" {
			ds := start + strings.Index(e.text, e.date)
			ev.Timex, ev.Date = len(a.Timexes), ParseValue(e.value)
			a.Timexes = append(a.Timexes, NewTimex{Timex: Timex{Start: ds, End: ds + len(e.date), Text: e.date,
				Type: "DATE", Value: e.value, Date: ev.Date}, Sentence: i})
		}
		for j, name := range e.actors {
			ai, ok := actorIdx[name]
			if !ok {
				ai = len(a.Actors)
				actorIdx[name] = ai
				a.Actors = append(a.Actors, genActor(name))
			}
			ms := start + strings.Index(e.text, name)
			a.Mentions = append(a.Mentions, NewMention{Actor: ai, Sentence: i, Start: ms, End: ms + len(name), Text: name})
			role := RoleTarget
			if j == 0 {
				role = RoleSource
			}
			ev.Actors = append(ev.Actors, NewEventActor{Actor: ai, Role: role})
		}
		a.Events = append(a.Events, ev)
	}
	a.Article.Text = b.String()
	return a
}

// timelineFixture is a small case: a day-precision summit, a month-precision
// shipment, a planned visit and an undated statement.
func timelineFixture(t *testing.T) *Store {
	s := openTemp(t)
	mustSave(t, s, tlArticle("Kim and Putin meet", "Reuters", "2023-09-14",
		tlEvent{text: "Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome on 13 September 2023.",
			actors: []string{"Kim Jong Un", "Vladimir Putin", "Vostochny Cosmodrome"}, date: "13 September 2023",
			value: "2023-09-13", typ: "MEET", trigger: "met"},
		tlEvent{text: "North Korea shipped munitions to Russia in October 2023.",
			actors: []string{"North Korea", "Russia"}, date: "October 2023", value: "2023-10", typ: "SHIP", trigger: "shipped"},
	))
	mustSave(t, s, tlArticle("Lavrov to visit", "TASS", "2023-10-10",
		tlEvent{text: "Sergei Lavrov will visit North Korea on 18 October 2023.",
			actors: []string{"Sergei Lavrov", "North Korea"}, date: "18 October 2023", value: "2023-10-18",
			typ: "VISIT", trigger: "visit", planned: true},
		tlEvent{text: "The White House has said Wagner Group received rockets.",
			actors: []string{"White House", "Wagner Group"}, typ: "STATEMENT", trigger: "said"},
	))
	return s
}

func actorID(t *testing.T, s *Store, name string) int64 {
	var id int64
	if err := s.db.QueryRow(`SELECT id FROM actors WHERE name = ?`, name).Scan(&id); err != nil {
		t.Fatalf("actor %s: %v", name, err)
	}
	return id
}

func eventTypes(evs []Event) string {
	var ts []string
	for _, e := range evs {
		ts = append(ts, e.Type)
	}
	return strings.Join(ts, ",")
}

func day(v string) Day { return ParseValue(v).Start }

func TestTimelineEventsFilter(t *testing.T) {
	s := timelineFixture(t)
	ctx := context.Background()
	tests := []struct {
		name string
		f    func() Filter
		want string
	}{
		{"all dated, by start", func() Filter { return Filter{} }, "MEET,SHIP,VISIT"},
		{"window holds the summit day", func() Filter { return Filter{From: day("2023-09-13"), To: day("2023-09-14")} }, "MEET"},
		{"month span overlaps a day inside it", func() Filter { return Filter{From: day("2023-10-20"), To: day("2023-10-21")} }, "SHIP"},
		{"window before everything", func() Filter { return Filter{From: day("2022-01"), To: day("2022-02")} }, ""},
		{"actor", func() Filter { return Filter{ActorIDs: []int64{actorID(t, s, "North Korea")}} }, "SHIP,VISIT"},
		{"types", func() Filter { return Filter{EventTypes: []string{"VISIT", "MEET"}} }, "MEET,VISIT"},
		{"text search", func() Filter { return Filter{Text: "Lavrov"} }, "VISIT"},
		{"text with punctuation", func() Filter { return Filter{Text: "Kim-Putin meet"} }, ""},
		{"text words anywhere in the article", func() Filter { return Filter{Text: "munitions Putin"} }, "MEET,SHIP"},
		{"min sources", func() Filter { return Filter{MinSources: 2} }, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs, err := s.TimelineEvents(ctx, tc.f())
			if err != nil {
				t.Fatal(err)
			}
			if got := eventTypes(evs); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestTimelineEventsFields(t *testing.T) {
	s := timelineFixture(t)
	evs, err := s.TimelineEvents(context.Background(), Filter{})
	if err != nil {
		t.Fatal(err)
	}
	meet, ship, visit := evs[0], evs[1], evs[2]
	if len(meet.Actors) != 3 || meet.Actors[0].Name == "" || meet.Sources != 1 {
		t.Errorf("meet actors %+v sources %d", meet.Actors, meet.Sources)
	}
	if ship.Date.Precision != PrecisionMonth || ship.Date.End-ship.Date.Start != 31 || !ship.Date.Known {
		t.Errorf("ship date %+v", ship.Date)
	}
	if !visit.Planned || visit.Date.Value != "2023-10-18" {
		t.Errorf("visit %+v", visit)
	}
}

func TestUndatedEvents(t *testing.T) {
	s := timelineFixture(t)
	evs, err := s.UndatedEvents(context.Background(), Filter{From: day("2023-09"), To: day("2023-10")})
	if err != nil {
		t.Fatal(err)
	}
	if eventTypes(evs) != "STATEMENT" || evs[0].Date.Known || len(evs[0].Actors) != 2 {
		t.Fatalf("undated %+v", evs)
	}
}

func TestEventDetail(t *testing.T) {
	s := timelineFixture(t)
	ctx := context.Background()
	evs, err := s.TimelineEvents(ctx, Filter{EventTypes: []string{"MEET"}})
	if err != nil || len(evs) != 1 {
		t.Fatal(evs, err)
	}
	d, err := s.EventDetail(ctx, evs[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(d.Sentence, "Kim Jong Un met") || d.Article.Title != "Kim and Putin meet" ||
		d.Article.Outlet != "Reuters" || d.Article.Published.Value != "2023-09-14" {
		t.Errorf("detail %+v", d)
	}
	var got []string
	for _, h := range d.Highlights {
		got = append(got, h.Kind+":"+d.Sentence[h.Start:h.End])
	}
	want := "actor:Kim Jong Un|trigger:met|actor:Vladimir Putin|actor:Vostochny Cosmodrome|date:13 September 2023"
	if strings.Join(got, "|") != want {
		t.Errorf("highlights %q, want %q", strings.Join(got, "|"), want)
	}
	if _, err := s.EventDetail(ctx, 9999); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing event: %v", err)
	}
}

func TestTimelineStoryEventsOnce(t *testing.T) {
	s := timelineFixture(t)
	ctx := context.Background()
	evs, _ := s.TimelineEvents(ctx, Filter{})
	_, err := s.wdb.Exec(`INSERT INTO story_events(id, type, value, start_day, end_day, precision, reports)
		SELECT 1, 'MEET', value, start_day, end_day, precision, 2 FROM events WHERE id = ?`, evs[0].ID)
	if err == nil {
		_, err = s.wdb.Exec(`INSERT INTO story_members(event_id, story_id) VALUES (?, 1), (?, 1)`, evs[0].ID, evs[2].ID)
	}
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.TimelineEvents(ctx, Filter{MinSources: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].ID != evs[0].ID || got[0].Sources != 2 {
		t.Fatalf("story event: %+v", got)
	}
	// The story event's consensus date is drawn, not its first report's.
	if _, err := s.wdb.Exec(`UPDATE story_events SET value = '2023-09-13', start_day = ?, end_day = ?, precision = 'day'`,
		int(day("2023-09-13")), int(day("2023-09-13"))+1); err != nil {
		t.Fatal(err)
	}
	got, err = s.TimelineEvents(ctx, Filter{MinSources: 2})
	if err != nil || len(got) != 1 || got[0].Date.Value != "2023-09-13" || got[0].Date.Start != day("2023-09-13") {
		t.Fatalf("story date: %+v %v", got, err)
	}
	got, err = s.TimelineEvents(ctx, Filter{MinSources: 2, From: day("2023-09-14"), To: day("2023-10-01")})
	if err != nil || len(got) != 0 {
		t.Fatalf("story event outside the window: %+v %v", got, err)
	}
}

// BenchmarkTimelineEvents queries a three-month window of a case holding
// 100k events over thirty years.
func BenchmarkTimelineEvents(b *testing.B) {
	s := openTemp(b)
	fillEvents(b, s, 100_000)
	ctx := context.Background()
	f := Filter{From: day("2010-03"), To: day("2010-06")}
	b.ResetTimer()
	n := 0
	for b.Loop() {
		evs, err := s.TimelineEvents(ctx, f)
		if err != nil {
			b.Fatal(err)
		}
		n = len(evs)
	}
	b.ReportMetric(float64(n), "events")
}

// fillEvents writes n events, each with two actors, spread over 1995–2025,
// directly in one transaction.
func fillEvents(b *testing.B, s *Store, n int) {
	r := rand.New(rand.NewPCG(1, 2))
	tx, err := s.wdb.Begin()
	if err != nil {
		b.Fatal(err)
	}
	defer tx.Rollback()
	exec := func(q string, args ...any) {
		if _, err := tx.Exec(q, args...); err != nil {
			b.Fatal(err)
		}
	}
	exec(`INSERT INTO articles(id, sha256, imported_at, text) VALUES (1, 'x', ?, 'A sentence.')`, time.Now().Format(time.RFC3339))
	exec(`INSERT INTO sentences(id, article_id, idx, start, end) VALUES (1, 1, 0, 0, 11)`)
	for i := range 20 {
		exec(`INSERT INTO actors(id, name, norm, type) VALUES (?, ?, ?, 'PERSON')`, i+1, fmt.Sprint("Actor ", i), fmt.Sprint("actor ", i))
	}
	first := int(day("1995"))
	for i := range n {
		start := first + r.IntN(30*365)
		exec(`INSERT INTO events(id, article_id, sentence_id, type, trigger, trigger_start, trigger_end,
			value, start_day, end_day, precision) VALUES (?, 1, 1, ?, 'met', 0, 3, 'v', ?, ?, 'day')`,
			i+1, genTypes[i%len(genTypes)], start, start+1)
		exec(`INSERT INTO event_actors(event_id, actor_id, role) VALUES (?, ?, 'source'), (?, ?, 'target')`,
			i+1, 1+i%20, i+1, 1+(i+7)%20)
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
}

func TestEventTypes(t *testing.T) {
	s := timelineFixture(t)
	ts, err := s.EventTypes(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(ts, ","); got != "MEET,SHIP,STATEMENT,VISIT" {
		t.Errorf("types %s", got)
	}
}

func TestTimelineBadQuery(t *testing.T) {
	s := timelineFixture(t)
	if _, err := s.TimelineEvents(context.Background(), Filter{Text: `"unclosed`}); !errors.Is(err, ErrBadQuery) {
		t.Errorf("unclosed phrase: %v", err)
	}
}

func TestTimelineLongIntervals(t *testing.T) {
	s := timelineFixture(t)
	mustSave(t, s, tlArticle("Decade of ties", "AP", "2023-12-01",
		tlEvent{text: "North Korea sold arms to Russia in 2023.", actors: []string{"North Korea", "Russia"},
			date: "2023", value: "2023", typ: "TRANSFER", trigger: "sold"},
		tlEvent{text: "Russia courted North Korea in the 2010s.", actors: []string{"Russia", "North Korea"},
			date: "the 2010s", value: "201", typ: "MEET", trigger: "courted"},
	))
	ctx := context.Background()
	tests := []struct {
		from, to, want string
	}{
		{"2023-11-20", "2023-11-21", "TRANSFER"}, // a year starting long before the window
		{"2019-06-01", "2019-06-02", "MEET"},     // a decade
		{"2023-09-13", "2023-09-14", "TRANSFER"}, // the year, not the decade
		{"2024-01-01", "2024-02-01", ""},         // both over
	}
	for _, tc := range tests {
		evs, err := s.TimelineEvents(ctx, Filter{From: day(tc.from), To: day(tc.to)})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range evs {
			if e.Date.Precision != PrecisionDay {
				got = append(got, e.Type)
			}
		}
		if strings.Join(got, ",") != tc.want {
			t.Errorf("%s – %s: %v, want %s", tc.from, tc.to, got, tc.want)
		}
	}
}

func TestStoryEventDrawnFromTheMemberGivingItsDate(t *testing.T) {
	s := timelineFixture(t)
	ctx := context.Background()
	dated, err := s.TimelineEvents(ctx, Filter{})
	if err != nil || len(dated) < 2 {
		t.Fatal(dated, err)
	}
	// first is stored before last, and its date lies outside last's day.
	first := slices.MinFunc(dated, func(a, b Event) int { return int(a.ID - b.ID) })
	last := slices.MaxFunc(dated, func(a, b Event) int { return int(a.ID - b.ID) })
	if first.Date.End > last.Date.Start && first.Date.Start < last.Date.End {
		t.Fatalf("fixture: events %d and %d overlap", first.ID, last.ID)
	}
	if _, err := s.wdb.Exec(`INSERT INTO story_events(id, type, value, start_day, end_day, precision, reports)
		SELECT 1, type, value, start_day, end_day, precision, 2 FROM events WHERE id = ?`, last.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.wdb.Exec(`INSERT INTO story_members(event_id, story_id) VALUES (?, 1), (?, 1)`, first.ID, last.ID); err != nil {
		t.Fatal(err)
	}
	got, err := s.TimelineEvents(ctx, Filter{From: last.Date.Start, To: last.Date.End})
	if err != nil || !slices.ContainsFunc(got, func(e Event) bool { return e.StoryID == 1 && e.ID == last.ID }) {
		t.Errorf("story event missing from the window of its date: %+v %v", got, err)
	}
}
