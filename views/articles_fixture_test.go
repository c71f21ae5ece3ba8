package views

import (
	"cmp"
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"newsline/data"
)

// caseArticle is a test article: its actors and time expressions are found
// in its text by name, as an extractor would.
type caseArticle struct {
	title, outlet, published string
	text                     string
	actors                   []data.NewActor
	timexes                  map[string]string // text → TIMEX3 value
	events                   []caseEvent
}

type caseEvent struct {
	typ, trigger, timex string
	actors              []string
}

var knownActors = map[string]data.NewActor{
	"Kim Jong Un":          {Name: "Kim Jong Un", Type: data.ActorPerson, Aliases: []string{"Kim"}},
	"Vladimir Putin":       {Name: "Vladimir Putin", Type: data.ActorPerson, Aliases: []string{"Putin"}},
	"Sergei Shoigu":        {Name: "Sergei Shoigu", Type: data.ActorPerson, Aliases: []string{"Shoigu"}},
	"Sergei Lavrov":        {Name: "Sergei Lavrov", Type: data.ActorPerson, Aliases: []string{"Lavrov"}},
	"Antony Blinken":       {Name: "Antony Blinken", Type: data.ActorPerson, Aliases: []string{"Blinken"}},
	"Russia":               {Name: "Russia", Type: data.ActorGPE},
	"North Korea":          {Name: "North Korea", Type: data.ActorGPE, Aliases: []string{"DPRK"}},
	"Pyongyang":            {Name: "Pyongyang", Type: data.ActorGPE},
	"Washington":           {Name: "Washington", Type: data.ActorGPE},
	"Kremlin":              {Name: "Kremlin", Type: data.ActorOrg},
	"KCNA":                 {Name: "KCNA", Type: data.ActorOrg},
	"United Nations":       {Name: "United Nations", Type: data.ActorOrg, Aliases: []string{"UN"}},
	"Vostochny Cosmodrome": {Name: "Vostochny Cosmodrome", Type: data.ActorLoc},
	"Analysts":             {Name: "Analysts", Type: data.ActorOrg}, // an extraction error to hide
}

var testArticles = []caseArticle{{
	title: "Kim Jong Un arrives in Russia by armoured train", outlet: "Reuters", published: "2023-09-12",
	text: "Kim Jong Un crossed into Russia on Tuesday aboard his armoured train, the Kremlin said. " +
		"The North Korean leader is expected to meet Vladimir Putin in the Far East this week.\n\n" +
		"Washington has warned that North Korea could supply artillery shells to Russia. " +
		"KCNA said Kim left Pyongyang on Sunday.",
	timexes: map[string]string{"Tuesday": "2023-09-12", "this week": "2023-W37", "Sunday": "2023-09-10"},
	events: []caseEvent{{"TRAVEL", "crossed", "Tuesday", []string{"Kim Jong Un", "Russia"}},
		{"MEET", "meet", "this week", []string{"Kim Jong Un", "Vladimir Putin"}}},
}, {
	title: "Putin and Kim hold summit at Vostochny Cosmodrome", outlet: "AP", published: "2023-09-13",
	text: "Vladimir Putin and Kim Jong Un met at the Vostochny Cosmodrome on Wednesday. " +
		"Putin said Russia would help North Korea build satellites.\n\n" +
		"The talks lasted about five hours, the Kremlin said. " +
		"Kim told Putin that North Korea would always stand with Russia.\n\n" +
		"In Washington, Antony Blinken said the United States was deeply concerned. " +
		"Blinken said any arms deal would violate United Nations resolutions.\n\n" +
		"Kim invited Putin to visit Pyongyang, and Putin accepted, KCNA said on Thursday. " +
		"Analysts expect Sergei Lavrov to prepare the visit in October.",
	timexes: map[string]string{"Wednesday": "2023-09-13", "Thursday": "2023-09-14", "October": "2023-10"},
	events: []caseEvent{{"MEET", "met", "Wednesday", []string{"Vladimir Putin", "Kim Jong Un"}},
		{"VISIT", "visit", "", []string{"Vladimir Putin", "Pyongyang"}}},
}, {
	title: "Shoigu shown new missiles in Pyongyang", outlet: "BBC", published: "2023-07-27",
	text: "Sergei Shoigu was shown North Korea's newest missiles in Pyongyang on Wednesday. " +
		"Kim Jong Un guided the Russian defence minister through an arms exhibition.\n\n" +
		"Shoigu attended a military parade on Thursday marking the end of the Korean War.",
	timexes: map[string]string{"Wednesday": "2023-07-26", "Thursday": "2023-07-27"},
	events:  []caseEvent{{"VISIT", "shown", "Wednesday", []string{"Sergei Shoigu", "Pyongyang"}}},
}, {
	title: "Lavrov lands in Pyongyang after summit", outlet: "TASS", published: "2023-10-18",
	text: "Sergei Lavrov arrived in Pyongyang on Wednesday for two days of talks. " +
		"The DPRK foreign ministry said Lavrov would discuss the agreements reached at the September summit. " +
		"Washington and the United Nations are watching for arms transfers.",
	timexes: map[string]string{"Wednesday": "2023-10-18", "two days": "P2D", "September": "2023-09"},
	events:  []caseEvent{{"TRAVEL", "arrived", "Wednesday", []string{"Sergei Lavrov", "Pyongyang"}}},
}}

// openCase opens a new case in a temporary folder and stores arts in it.
func openCase(t testing.TB, arts ...caseArticle) *data.Store {
	t.Helper()
	st, err := data.Open(filepath.Join(t.TempDir(), "test.newsline"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for _, a := range arts {
		if _, _, err := st.SaveArticle(context.Background(), a.build()); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

// build analyses the article the way the extractor would.
func (c caseArticle) build() data.NewArticle {
	na := data.NewArticle{Article: data.Article{
		Title: c.title, Outlet: c.outlet, Text: c.text, Published: data.ParseValue(c.published), Format: "txt",
	}}
	na.Sentences = sentencesOf(c.text)
	taken := make([]bool, len(c.text))
	actorIndex := map[string]int{}
	for _, a := range sortedActorSurfaces() {
		for _, at := range wordOccurrences(c.text, a.surface, taken) {
			i, ok := actorIndex[a.actor.Name]
			if !ok {
				i = len(na.Actors)
				actorIndex[a.actor.Name] = i
				na.Actors = append(na.Actors, a.actor)
			}
			na.Mentions = append(na.Mentions, data.NewMention{Actor: i, Sentence: sentenceOf(na.Sentences, at),
				Start: at, End: at + len(a.surface), Text: a.surface})
		}
	}
	timexIndex := map[string]int{}
	for text, value := range c.timexes {
		for _, at := range wordOccurrences(c.text, text, taken) {
			timexIndex[text] = len(na.Timexes)
			na.Timexes = append(na.Timexes, data.NewTimex{Sentence: sentenceOf(na.Sentences, at), Timex: data.Timex{
				Start: at, End: at + len(text), Text: text, Type: "DATE", Value: value, Date: data.ParseValue(value),
			}})
		}
	}
	for _, e := range c.events {
		na.Events = append(na.Events, e.build(c, na, actorIndex, timexIndex))
	}
	return na
}

func (e caseEvent) build(c caseArticle, na data.NewArticle, actors, timexes map[string]int) data.NewEvent {
	at := strings.Index(c.text, e.trigger)
	ev := data.NewEvent{Type: e.typ, Trigger: e.trigger, TriggerStart: at, TriggerEnd: at + len(e.trigger),
		Sentence: sentenceOf(na.Sentences, at), Timex: -1, Date: data.ParseValue(c.published)}
	if i, ok := timexes[e.timex]; ok {
		ev.Timex, ev.Date = i, na.Timexes[i].Date
	}
	for k, name := range e.actors {
		role := data.RoleSource
		if k > 0 {
			role = data.RoleTarget
		}
		if i, ok := actors[name]; ok {
			ev.Actors = append(ev.Actors, data.NewEventActor{Actor: i, Role: role})
		}
	}
	return ev
}

type actorSurface struct {
	surface string
	actor   data.NewActor
}

// sortedActorSurfaces lists every name and alias, longest first, so that
// "Vladimir Putin" is found before "Putin".
func sortedActorSurfaces() []actorSurface {
	var out []actorSurface
	for _, a := range knownActors {
		for _, s := range append([]string{a.Name}, a.Aliases...) {
			out = append(out, actorSurface{s, a})
		}
	}
	slices.SortFunc(out, func(a, b actorSurface) int {
		return cmp.Or(cmp.Compare(len(b.surface), len(a.surface)), cmp.Compare(a.surface, b.surface))
	})
	return out
}

// wordOccurrences finds whole-word occurrences of w in text not yet taken,
// and marks them taken.
func wordOccurrences(text, w string, taken []bool) []int {
	var out []int
	for from := 0; ; {
		i := strings.Index(text[from:], w)
		if i < 0 {
			return out
		}
		at := from + i
		from = at + len(w)
		if !wordBounded(text, at, from) || anyTaken(taken[at:from]) {
			continue
		}
		for k := at; k < from; k++ {
			taken[k] = true
		}
		out = append(out, at)
	}
}

func wordBounded(text string, start, end int) bool {
	isWord := func(b byte) bool { return b < 128 && (unicode.IsLetter(rune(b)) || unicode.IsDigit(rune(b))) }
	return (start == 0 || !isWord(text[start-1])) && (end == len(text) || !isWord(text[end]))
}

func anyTaken(bs []bool) bool {
	for _, b := range bs {
		if b {
			return true
		}
	}
	return false
}

// sentencesOf splits text after ". " and at line breaks.
func sentencesOf(text string) []data.Sentence {
	var ss []data.Sentence
	start := 0
	for i := 0; i < len(text); i++ {
		end := -1
		switch {
		case text[i] == '.' && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n'):
			end = i + 1
		case text[i] == '\n' && i > start:
			end = i
		}
		if end < 0 {
			continue
		}
		if strings.TrimSpace(text[start:end]) != "" {
			ss = append(ss, data.Sentence{Index: len(ss), Start: start, End: end})
		}
		start = end
		for start < len(text) && (text[start] == ' ' || text[start] == '\n') {
			start++
		}
		i = start - 1
	}
	if strings.TrimSpace(text[start:]) != "" {
		ss = append(ss, data.Sentence{Index: len(ss), Start: start, End: len(text)})
	}
	return ss
}

func sentenceOf(ss []data.Sentence, at int) int {
	for i, s := range ss {
		if at >= s.Start && at < s.End {
			return i
		}
	}
	return len(ss) - 1
}
