package story

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"newsline/data"
)

var (
	synthPeople = []string{"Vladimir Putin", "Kim Jong Un", "Sergei Shoigu", "Sergei Lavrov", "Choe Son Hui",
		"Antony Blinken", "Lloyd Austin", "Xi Jinping", "Yoon Suk Yeol", "Fumio Kishida", "Joe Biden",
		"Emmanuel Macron", "Olaf Scholz", "Recep Tayyip Erdogan", "Narendra Modi", "Kim Yo Jong"}
	synthPlaces = []string{"Moscow", "Pyongyang", "Beijing", "Seoul", "Tokyo", "Washington", "Vladivostok",
		"Kyiv", "Ankara", "New Delhi", "Paris", "Berlin"}
	synthTypes = [][]string{{"MEET", "TALKS", "VISIT"}, {"ARRIVE", "TRAVEL"}, {"ARMS_TRANSFER", "SUPPLY"},
		{"SIGN"}, {"STATEMENT"}}
	synthOutlets = []string{"Pacific Wire", "Capitol Ledger", "Eastern Dispatch", "Harbour Times", "Northern Star",
		"Daily Meridian", "Global Courier", "Morning Signal", "Continental Post", "River City Herald"}
	synthWords = strings.Fields(`the a said officials on in of to and with for talks visit leader minister
		defence foreign agreement weapons missile summit delegation border sanctions council press military
		cooperation economic satellite ceremony envoy statement ties trade railway energy grain ammunition`)
)

// happening is a real-world event of the synthetic corpus, reported by several articles.
type happening struct {
	id      int
	types   []string
	persons []string
	place   string
	day     time.Time
}

// synthCase generates about events reports of events/4 happenings over two
// years: each report names the happening's type or a related one, its two
// persons (sometimes one) and its place, dated to the day, a day later, or
// the month. One report in ten is a wire reprint of the previous one. It
// returns the articles and, for each, the happening its event reports.
func synthCase(events int, seed uint64) ([]data.NewArticle, []int) {
	r := rand.New(rand.NewPCG(seed, 7))
	start := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	var arts []data.NewArticle
	var truth []int
	for h := 0; len(arts) < events; h++ {
		hp := happening{id: h, types: synthTypes[r.IntN(len(synthTypes))], place: synthPlaces[r.IntN(len(synthPlaces))],
			day: start.AddDate(0, 0, r.IntN(730))}
		p := r.Perm(len(synthPeople))
		hp.persons = []string{synthPeople[p[0]], synthPeople[p[1]]}
		for range 1 + r.IntN(7) {
			if len(arts) > 0 && r.IntN(10) == 0 && truth[len(truth)-1] == h {
				arts = append(arts, wireCopy(arts[len(arts)-1], r))
			} else {
				arts = append(arts, report(hp, len(arts), r))
			}
			truth = append(truth, h)
		}
	}
	return arts, truth
}

func report(hp happening, n int, r *rand.Rand) data.NewArticle {
	typ := hp.types[r.IntN(len(hp.types))]
	date := data.DayValue(hp.day.AddDate(0, 0, r.IntN(2)))
	if r.IntN(5) == 0 {
		date = data.ParseValue(hp.day.Format("2006-01"))
	}
	persons := hp.persons
	if r.IntN(4) == 0 {
		persons = persons[:1]
	}
	sentence := fmt.Sprintf("%s and %s: %s in %s.", persons[0], persons[len(persons)-1], typ, hp.place)
	var words []string
	for range 40 {
		words = append(words, synthWords[r.IntN(len(synthWords))])
	}
	text := fmt.Sprintf("Report %d. %s %s", n, sentence, strings.Join(words, " "))
	a := data.NewArticle{Article: data.Article{Title: fmt.Sprintf("Report %d", n), Text: text,
		Outlet: synthOutlets[r.IntN(len(synthOutlets))], Published: data.DayValue(hp.day.AddDate(0, 0, 1+r.IntN(3)))}}
	start := strings.Index(text, sentence)
	a.Sentences = []data.Sentence{{Start: start, End: start + len(sentence)}}
	ev := data.NewEvent{Type: typ, Trigger: typ, TriggerStart: start, TriggerEnd: start + 1, Timex: -1, Date: date}
	for i, p := range persons {
		a.Actors = append(a.Actors, data.NewActor{Name: p, Type: data.ActorPerson})
		ev.Actors = append(ev.Actors, data.NewEventActor{Actor: i})
	}
	a.Actors = append(a.Actors, data.NewActor{Name: hp.place, Type: data.ActorGPE})
	ev.Actors = append(ev.Actors, data.NewEventActor{Actor: len(a.Actors) - 1})
	a.Events = []data.NewEvent{ev}
	return a
}

// wireCopy copies a on another site, with a note appended.
func wireCopy(a data.NewArticle, r *rand.Rand) data.NewArticle {
	c := a
	c.Article.Outlet = synthOutlets[r.IntN(len(synthOutlets))]
	c.Article.Title = "Reprint: " + a.Article.Title
	c.Article.Text = a.Article.Text + " Reprinted with permission."
	return c
}

// pairScores compares assembled story events with the true happenings, over
// pairs of events: precision is the share of pairs put together that report
// one happening, recall the share of pairs reporting one happening put
// together.
func pairScores(t testing.TB, st *data.Store, truth []int) (precision, recall float64) {
	evs, err := st.StoryEvents(context.Background(), data.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	story := map[int64]int64{}
	for _, e := range evs {
		for _, s := range e.Sources {
			story[s.ArticleID] = e.ID
		}
	}
	var together, same, both float64
	for i := range truth {
		for j := i + 1; j < len(truth); j++ {
			real, put := truth[i] == truth[j], story[int64(i+1)] == story[int64(j+1)]
			together += b2f(put)
			same += b2f(real)
			both += b2f(put && real)
		}
	}
	return both / together, both / same
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func saveAll(t testing.TB, st *data.Store, arts []data.NewArticle) {
	res, err := st.SaveArticles(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
}

func TestAssembleSynthetic(t *testing.T) {
	arts, truth := synthCase(800, 1)
	st := openCase(t)
	saveAll(t, st, arts)
	stats := assembleAll(t, st)
	p, r := pairScores(t, st, truth)
	t.Logf("%d events → %d story events; pair precision %.3f recall %.3f; %+v", len(arts), stats.Stories, p, r, stats)
	if p < 0.9 || r < 0.8 {
		t.Errorf("pair precision %.3f recall %.3f, want ≥ 0.9 and ≥ 0.8", p, r)
	}
}

// BenchmarkAssemble measures story assembly of a case of 10k events: the
// in-memory assembly per iteration; the first full assembly through the
// store (syndication included) and an incremental one after importing 100
// more articles are reported as metrics.
func BenchmarkAssemble(b *testing.B) {
	arts, truth := synthCase(10_100, 2)
	st := openCase(b)
	saveAll(b, st, arts[:10_000])
	ctx := context.Background()
	t0 := time.Now()
	if _, err := Assemble(ctx, st); err != nil {
		b.Fatal(err)
	}
	full := time.Since(t0)
	saveAll(b, st, arts[10_000:])
	t0 = time.Now()
	stats, err := Assemble(ctx, st)
	if err != nil {
		b.Fatal(err)
	}
	incr := time.Since(t0)
	p, r := pairScores(b, st, truth)
	state, err := st.StoryState(ctx)
	if err != nil {
		b.Fatal(err)
	}
	for i := range state.Members {
		state.Members[i].StoryID = 0
	}
	b.ResetTimer()
	for b.Loop() {
		assemble(state, true)
	}
	b.ReportMetric(float64(full.Milliseconds()), "full-ms")
	b.ReportMetric(float64(incr.Milliseconds()), "incr-ms")
	b.ReportMetric(float64(stats.Reassembled), "incr-events")
	b.ReportMetric(p, "pair-precision")
	b.ReportMetric(r, "pair-recall")
}
