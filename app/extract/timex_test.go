package extract

import (
	"testing"
	"time"
)

// dct is a Thursday.
var dct = time.Date(2023, 9, 14, 0, 0, 0, 0, time.UTC)

// timexCases are sentences with the one time expression each must yield.
var timexCases = []struct {
	name, text, span, typ, value string
}{
	{"past weekday", "Kim arrived on Tuesday.", "Tuesday", "DATE", "2023-09-12"},
	{"past weekday said", "Kim and Putin met Wednesday, officials said.", "Wednesday", "DATE", "2023-09-13"},
	{"future weekday", "Putin will visit on Tuesday.", "Tuesday", "DATE", "2023-09-19"},
	{"contraction", "He'll fly to Moscow on Tuesday.", "Tuesday", "DATE", "2023-09-19"},
	{"weekday today", "The talks end Thursday.", "Thursday", "DATE", "2023-09-14"},
	{"last month", "The deal was signed last month.", "last month", "DATE", "2023-08"},
	{"next month", "He will return next month.", "next month", "DATE", "2023-10"},
	{"last week", "Shoigu visited Pyongyang last week.", "last week", "DATE", "2023-W36"},
	{"this year", "Exports rose this year.", "this year", "DATE", "2023"},
	{"earlier this year", "Kim tested a missile earlier this year.", "earlier this year", "DATE", "2023"},
	{"early next year", "A summit is planned for early next year.", "early next year", "DATE", "2024"},
	{"month day", "He spoke on Sept. 8 in Moscow.", "Sept. 8", "DATE", "2023-09-08"},
	{"month day year", "The treaty was signed on July 27, 1953.", "July 27, 1953", "DATE", "1953-07-27"},
	{"day month year", "It began on 24 February 2022.", "24 February 2022", "DATE", "2022-02-24"},
	{"month year", "Talks began in March 2023.", "March 2023", "DATE", "2023-03"},
	{"month alone past", "Kim visited in July.", "July", "DATE", "2023-07"},
	{"month alone future", "Putin will visit in November.", "November", "DATE", "2023-11"},
	{"decade", "Ties cooled in the 1990s.", "the 1990s", "DATE", "199"},
	{"year", "The war ended in 1953.", "1953", "DATE", "1953"},
	{"weekday morning", "The train arrived Tuesday morning.", "Tuesday morning", "TIME", "2023-09-12TMO"},
	{"yesterday", "Kim left yesterday.", "yesterday", "DATE", "2023-09-13"},
	{"today", "Putin speaks today.", "today", "DATE", "2023-09-14"},
	{"tomorrow", "Kim leaves tomorrow.", "tomorrow", "DATE", "2023-09-15"},
	{"tonight", "A banquet is held tonight.", "tonight", "DATE", "2023-09-14"},
	{"three days", "The visit lasted three days.", "three days", "DURATION", "P3D"},
	{"ten years", "Sanctions have held for 10 years.", "10 years", "DURATION", "P10Y"},
	{"two hours", "They talked for two hours.", "two hours", "DURATION", "PT2H"},
	{"several years", "It took several years.", "several years", "DURATION", "PXY"},
	{"days later", "Days later, the NIS told lawmakers.", "Days", "DURATION", "PXD"},
	{"past three years", "Trade doubled over the past three years.", "the past three years", "DURATION", "P3Y"},
	{"two-week", "He began a two-week tour.", "two-week", "DURATION", "P2W"},
	{"ago", "Kim met Putin two days ago.", "two days ago", "DATE", "2023-09-12"},
	{"year ago", "Kim visited a year ago.", "a year ago", "DATE", "2022"},
	{"ahead of", "Kim arrived a day ahead of the talks.", "a day", "DURATION", "P1D"},
	{"soon", "Kim will travel soon.", "soon", "DATE", "FUTURE_REF"},
	{"near future", "Talks will resume in the near future.", "the near future", "DATE", "FUTURE_REF"},
	{"recently", "Kim recently met Putin.", "recently", "DATE", "PAST_REF"},
	{"now", "Russia now buys shells.", "now", "DATE", "PRESENT_REF"},
	{"currently", "Kim is currently in Russia.", "currently", "DATE", "PRESENT_REF"},
	{"season", "The plan was drafted in the summer of 2023.", "the summer of 2023", "DATE", "2023-SU"},
	{"quarter", "Profit fell in the third quarter.", "the third quarter", "DATE", "2023-Q3"},
	{"every week", "They meet every week.", "every week", "SET", "P1W"},
	{"weekly", "The weekly briefing was cancelled.", "weekly", "SET", "P1W"},
	{"annually", "The drills are held annually.", "annually", "SET", "P1Y"},
	{"clock", "The train left at 10:30 a.m. local time.", "10:30 a.m.", "TIME", "2023-09-14T10:30"},
	{"iso date", "The report is dated 2023-09-13.", "2023-09-13", "DATE", "2023-09-13"},
	{"spoken year", "It was founded in nineteen ninety-four.", "nineteen ninety-four", "DATE", "1994"},
	{"approx", "The talks lasted about four hours.", "about four hours", "DURATION", "PT4H"},
	{"last night", "Kim spoke last night.", "last night", "TIME", "2023-09-13TNI"},
	{"May verb", "Kim may visit Moscow.", "", "", ""},
	{"march verb", "Soldiers march to the border.", "", "", ""},
	{"Sunday Times", "The Sunday Times reported it.", "", "", ""},
	{"weekday before a name", "Earlier on Wednesday Shoigu held talks.", "Wednesday", "DATE", "2023-09-13"},
	{"number alone", "He has 1,000 soldiers and 25 tanks.", "", "", ""},
	{"age", "The 39-year-old leader arrived.", "", "", ""},
	{"rate", "It costs $5 a year.", "", "", ""},
	{"ordinal second", "They held a second summit.", "", "", ""},
}

func TestFindTimexes(t *testing.T) {
	for _, tc := range timexCases {
		t.Run(tc.name, func(t *testing.T) {
			got := findTimexes(tc.text, splitSentences(tc.text), dct)
			if tc.span == "" {
				if len(got) > 0 {
					t.Fatalf("got %+v, want none", got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("got %d timexes %+v, want 1", len(got), got)
			}
			g := got[0]
			if g.Text != tc.span || g.Type != tc.typ || g.Value != tc.value {
				t.Errorf("got %q %s %s, want %q %s %s", g.Text, g.Type, g.Value, tc.span, tc.typ, tc.value)
			}
			if tc.text[g.Start:g.End] != g.Text {
				t.Errorf("span %d:%d is %q, text %q", g.Start, g.End, tc.text[g.Start:g.End], g.Text)
			}
		})
	}
}

func TestFindTimexesRange(t *testing.T) {
	text := "The forum ran September 10-13, 2023 in Vladivostok."
	got := findTimexes(text, splitSentences(text), dct)
	want := []struct{ text, value string }{{"September 10", "2023-09-10"}, {"13, 2023", "2023-09-13"}}
	if len(got) != len(want) {
		t.Fatalf("got %+v, want %v", got, want)
	}
	for i, w := range want {
		if got[i].Text != w.text || got[i].Value != w.value || got[i].Type != "DATE" {
			t.Errorf("timex %d: got %q %s, want %q %s", i, got[i].Text, got[i].Value, w.text, w.value)
		}
	}
}

func TestFindTimexesUnknownDCT(t *testing.T) {
	cases := map[string]string{
		"He spoke on Sept. 8.":            "XXXX-09-08",
		"Kim arrived on Tuesday.":         "XXXX-WXX-2",
		"The deal was signed last month.": "XXXX-XX",
		"Kim left yesterday.":             "XXXX-XX-XX",
		"It ended on July 27, 1953.":      "1953-07-27",
	}
	for text, want := range cases {
		got := findTimexes(text, splitSentences(text), time.Time{})
		if len(got) != 1 || got[0].Value != want {
			t.Errorf("%q: got %+v, want value %s", text, got, want)
		}
	}
}

func TestFindTimexesSentenceIndex(t *testing.T) {
	text := "Kim left Pyongyang on Sunday. He arrived in Russia on Tuesday."
	got := findTimexes(text, splitSentences(text), dct)
	if len(got) != 2 || got[0].Sentence != 0 || got[1].Sentence != 1 {
		t.Fatalf("got %+v, want timexes in sentences 0 and 1", got)
	}
	if got[0].Value != "2023-09-10" || got[1].Value != "2023-09-12" {
		t.Errorf("got values %s and %s, want 2023-09-10 and 2023-09-12", got[0].Value, got[1].Value)
	}
}

func TestFindTimexesAnchoredToText(t *testing.T) {
	text := "Kim arrived on Sept. 12, 2019. The next day he met Putin, and the following month he left."
	got := findTimexes(text, splitSentences(text), dct)
	want := []string{"2019-09-12", "2019-09-13", "2019-10"}
	if len(got) != len(want) {
		t.Fatalf("got %+v, want values %v", got, want)
	}
	for i, w := range want {
		if got[i].Value != w {
			t.Errorf("%q: got %s, want %s", got[i].Text, got[i].Value, w)
		}
	}
}
