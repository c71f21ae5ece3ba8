package views

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"newsline/data"
)

// tlSentence is a sentence of a timeline test article holding one event:
// the actors named in it (the first is the source), its date expression
// and TIMEX3 value ("" for undated) and the event's type and trigger.
type tlSentence struct {
	text, date, value, typ, trigger string
	actors                          []string
	planned, approx                 bool
}

type tlArticle struct {
	title, outlet, published string
	sents                    []tlSentence
}

var tlActors = map[string]string{
	"North Korea": data.ActorGPE, "Russia": data.ActorGPE, "Ukraine": data.ActorGPE,
	"Donetsk": data.ActorGPE, "Luhansk": data.ActorGPE, "White House": data.ActorOrg,
	"Wagner Group": data.ActorOrg, "Sergei Shoigu": data.ActorPerson, "Kim Jong Un": data.ActorPerson,
	"Vladimir Putin": data.ActorPerson, "Sergei Lavrov": data.ActorPerson, "Pyongyang": data.ActorGPE,
	"Vostochny Cosmodrome": data.ActorLoc, "Komsomolsk-on-Amur": data.ActorGPE,
}

// tlStory is the Russia–North Korea story, July 2022 to October 2023.
var tlStory = []tlArticle{
	{"North Korea recognises breakaway republics", "Reuters", "2022-07-13", []tlSentence{
		{text: "North Korea recognised Donetsk and Luhansk as independent states on 13 July 2022.", date: "13 July 2022",
			value: "2022-07-13", typ: "RECOGNIZE", trigger: "recognised", actors: []string{"North Korea", "Donetsk", "Luhansk"}},
		{text: "Ukraine severed diplomatic ties with North Korea on 13 July 2022 in response.", date: "13 July 2022",
			value: "2022-07-13", typ: "SEVER", trigger: "severed", actors: []string{"Ukraine", "North Korea"}},
	}},
	{"US says North Korea covertly supplies shells", "AP", "2022-11-02", []tlSentence{
		{text: "The White House said North Korea was covertly shipping artillery shells to Russia in November 2022.",
			date: "November 2022", value: "2022-11", typ: "ARMS_TRANSFER", trigger: "shipping", actors: []string{"North Korea", "Russia"}},
		{text: "The White House has said the shipments were routed through the Middle East.",
			typ: "STATEMENT", trigger: "said", actors: []string{"White House"}},
	}},
	{"North Korea delivered rockets to Wagner, US says", "BBC", "2022-12-22", []tlSentence{
		{text: "North Korea delivered infantry rockets to the Wagner Group in December 2022.", date: "December 2022",
			value: "2022-12", typ: "ARMS_TRANSFER", trigger: "delivered", actors: []string{"North Korea", "Wagner Group"}},
	}},
	{"Shoigu in Pyongyang for war anniversary", "Reuters", "2023-07-26", []tlSentence{
		{text: "Sergei Shoigu visited Pyongyang on 25 July 2023 for the war anniversary parade.", date: "25 July 2023",
			value: "2023-07-25", typ: "VISIT", trigger: "visited", actors: []string{"Sergei Shoigu", "Pyongyang"}},
	}},
	{"Kim expected to meet Putin", "NYT", "2023-09-05", []tlSentence{
		{text: "Kim Jong Un is expected to meet Vladimir Putin in Russia in September 2023.", date: "September 2023",
			value: "2023-09", typ: "MEET", trigger: "meet", planned: true, actors: []string{"Kim Jong Un", "Vladimir Putin"}},
	}},
	{"Kim's train crosses into Russia", "Reuters", "2023-09-12", []tlSentence{
		{text: "Kim Jong Un crossed into Russia aboard his armoured train on 12 September 2023.", date: "12 September 2023",
			value: "2023-09-12", typ: "TRAVEL", trigger: "crossed", actors: []string{"Kim Jong Un", "Russia"}},
	}},
	{"Putin and Kim hold summit at Vostochny", "AP", "2023-09-13", []tlSentence{
		{text: "Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome on 13 September 2023.", date: "13 September 2023",
			value: "2023-09-13", typ: "MEET", trigger: "met", actors: []string{"Kim Jong Un", "Vladimir Putin", "Vostochny Cosmodrome"}},
		{text: "Vladimir Putin accepted an invitation to visit Pyongyang.", typ: "VISIT", trigger: "visit",
			planned: true, actors: []string{"Vladimir Putin", "Pyongyang"}},
	}},
	{"Kim tours fighter jet plant", "BBC", "2023-09-15", []tlSentence{
		{text: "Kim Jong Un visited an aircraft plant in Komsomolsk-on-Amur on 15 September 2023.", date: "15 September 2023",
			value: "2023-09-15", typ: "VISIT", trigger: "visited", actors: []string{"Kim Jong Un", "Komsomolsk-on-Amur"}},
	}},
	{"North Korea sent 1,000 containers of munitions", "Reuters", "2023-10-13", []tlSentence{
		{text: "The White House said on 13 October 2023 that North Korea had sent 1,000 containers of munitions to Russia.",
			date: "13 October 2023", value: "2023-10-13", typ: "STATEMENT", trigger: "said", actors: []string{"White House", "North Korea", "Russia"}},
		{text: "North Korea began loading the containers onto ships in early September 2023.", date: "early September 2023",
			value: "2023-09", approx: true, typ: "ARMS_TRANSFER", trigger: "loading", actors: []string{"North Korea"}},
	}},
	{"Lavrov arrives in Pyongyang", "TASS", "2023-10-18", []tlSentence{
		{text: "Sergei Lavrov arrived in Pyongyang on 18 October 2023 for a two-day visit.", date: "18 October 2023",
			value: "2023-10-18", typ: "VISIT", trigger: "arrived", actors: []string{"Sergei Lavrov", "Pyongyang"}},
	}},
}

// newArticle turns a test article into the store's terms, finding every
// span in the text.
func (a tlArticle) newArticle() data.NewArticle {
	na := data.NewArticle{Article: data.Article{Title: a.title, Outlet: a.outlet, Published: data.ParseValue(a.published), Format: "txt"}}
	actorIdx := map[string]int{}
	var b strings.Builder
	for i, s := range a.sents {
		start := b.Len()
		b.WriteString(s.text + " ")
		na.Sentences = append(na.Sentences, data.Sentence{Index: i, Start: start, End: start + len(s.text)})
		ev := data.NewEvent{Type: s.typ, Trigger: s.trigger, Sentence: i, Timex: -1, Planned: s.planned}
		ev.TriggerStart = start + strings.Index(s.text, s.trigger)
		ev.TriggerEnd = ev.TriggerStart + len(s.trigger)
		if s.date != "" {
			ds := start + strings.Index(s.text, s.date)
			ev.Timex, ev.Date = len(na.Timexes), data.ParseValue(s.value)
			ev.Date.Approx = s.approx
			na.Timexes = append(na.Timexes, data.NewTimex{Timex: data.Timex{Start: ds, End: ds + len(s.date),
				Text: s.date, Type: "DATE", Value: s.value, Date: ev.Date}, Sentence: i})
		}
		for j, name := range s.actors {
			ai, ok := actorIdx[name]
			if !ok {
				ai = len(na.Actors)
				actorIdx[name] = ai
				na.Actors = append(na.Actors, data.NewActor{Name: name, Type: tlActors[name]})
			}
			ms := start + strings.Index(s.text, name)
			na.Mentions = append(na.Mentions, data.NewMention{Actor: ai, Sentence: i, Start: ms, End: ms + len(name), Text: name})
			role := data.RoleTarget
			if j == 0 {
				role = data.RoleSource
			}
			ev.Actors = append(ev.Actors, data.NewEventActor{Actor: ai, Role: role})
		}
		na.Events = append(na.Events, ev)
	}
	na.Article.Text = b.String()
	return na
}

// tlCase opens a temporary case holding the story.
func tlCase(t testing.TB) *data.Store {
	t.Helper()
	st, err := data.Open(filepath.Join(t.TempDir(), "story.newsline"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for _, a := range tlStory {
		if _, _, err := st.SaveArticle(context.Background(), a.newArticle()); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

// tlView builds a timeline over the story in a 1200×700 window and waits
// for it to load.
func tlView(t *testing.T) (*Timeline, *Filter, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	f := NewFilter()
	tl := NewTimeline(tlCase(t), f)
	tl.Reload()
	tl.pending.Wait()
	w := test.NewTempWindow(t, tl)
	w.Resize(fyne.NewSize(1200, 700))
	return tl, f, w
}

// tlDay returns the day of an ISO date.
func tlDay(s string) float64 {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return float64(data.DayOf(d))
}
