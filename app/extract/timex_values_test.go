package extract

import (
	"testing"
	"time"
)

// valueCases are sentences whose one time expression must get the given
// value against dct (Thursday 2023-09-14); each names the rule it checks.
var valueCases = []struct {
	name, text, span, value string
}{
	// Tense: "would" reports a future; a possessive weekday takes no tense
	// from the clause; "had" makes a future marker past perfect; "until" and
	// "by" look ahead unless the clause is past perfect; a date after a clock
	// time shares the clock's clause; a relative clause keeps its own tense.
	// Dates in figures with slashes: the day first when the first number
	// cannot be a month, and when either may be, the reading nearer the
	// DCT (2023-09-14): the page's own date; the month first otherwise.
	{"day first in figures", "Posted on 28/08/2023 by the desk.", "28/08/2023", "2023-08-28"},
	{"figures nearer the DCT day first", "Published on 13/09/2023.", "13/09/2023", "2023-09-13"},
	{"either reading, day first nearer", "Published on 12/09/2023.", "12/09/2023", "2023-09-12"},
	{"either reading, month first nearer", "Published on 09/12/2023.", "09/12/2023", "2023-09-12"},
	{"would", "Officials said Kim would arrive Saturday.", "Saturday", "2023-09-16"},
	{"will far back", "Austin and Secretary of State Antony Blinken will host Kim and South Korean Foreign Minister Cho Tae-yul for joint foreign and defense ministers' talks at the State Department on Friday.",
		"Friday", "2023-09-15"},
	{"possessive weekday", "They would contest Tuesday's ruling.", "Tuesday", "2023-09-12"},
	{"relative clause's own verb", "Such help would match what the Kremlin promised in June.", "June", "2023-06"},
	{"had been due", "The offer had been due to expire Tuesday.", "Tuesday", "2023-09-12"},
	{"until", "The court postponed the hearing until Monday.", "Monday", "2023-09-18"},
	{"had by", "Two states had filed reports by Tuesday.", "Tuesday", "2023-09-12"},
	{"until had", "Until Tuesday, they had not named him.", "Tuesday", "2023-09-12"},
	{"until clock", "They have until 9 a.m. Monday to sign.", "9 a.m. Monday", "2023-09-18T09:00"},
	// Tense: "next to" is no future, a participle clause ("saying") and an
	// "and" outside a name end the forward scan, "is to" and "set to" look
	// ahead.
	{"next to", "Bombs exploded next to the embassy on Tuesday.", "Tuesday", "2023-09-12"},
	{"saying", "They issued a statement Tuesday saying talks will resume.", "Tuesday", "2023-09-12"},
	{"is to", "Trading is to resume Monday in Paris.", "Monday", "2023-09-18"},
	{"a fronted day before a long subject", "On Monday, Kishida, Yoon and Chinese Premier Li Qiang are to hold their summit.", "Monday", "2023-09-18"},
	{"set to", "The talks, set to resume Monday, were delayed.", "Monday", "2023-09-18"},
	{"present clause", "The company said it is calling the bonds on Nov. 7.", "Nov. 7", "2023-11-07"},
	// "this coming" and "this past" point forward and back.
	{"this coming", "The vote is this coming Sunday.", "this coming Sunday", "2023-09-17"},
	{"this past", "He spoke this past Monday.", "this past Monday", "2023-09-11"},
	{"last yesterday's weekday", "He spoke last Wednesday.", "last Wednesday", "2023-09-06"},
	{"last weekday", "He spoke last Monday.", "last Monday", "2023-09-11"},
	// A span of days or less before "later" or "earlier" counts from an
	// event told of, so it is a duration; a year earlier is a date.
	{"days later", "Three days later, the index recovered.", "Three days", "P3D"},
	{"hour later", "He was declared dead an hour later.", "an hour", "PT1H"},
	{"year earlier", "Sales rose from a year earlier.", "a year earlier", "2022"},
	{"last month day", "He was shot last Oct. 23 at home.", "last Oct. 23", "2022-10-23"},
	{"next month day", "The vote is next Sept. 10.", "next Sept. 10", "2024-09-10"},
	{"half hours", "He spent 5 1/2 hours in Nairobi.", "5 1/2 hours", "PT5H30M"},
	{"half years", "They lived there for 2 1/2 years.", "2 1/2 years", "P2Y6M"},
	{"and in name", "On Monday, the Peace and Justice League plans to march.", "Monday", "2023-09-18"},
	// "Year-end" is the last day of the year; "year end" is the year's end.
	{"year-end", "The bank will report year-end results.", "year-end", "2023-12-31"},
	{"year end", "It plans to cut 600 jobs by year end.", "year end", "2023"},
	{"year's end", "Rules should be in place by year's end.", "year's end", "2023"},
	// "The near term", "the short term" and "a later date" are futures.
	{"near term", "We see challenges in the near term.", "the near term", "FUTURE_REF"},
	{"later date", "It will sell the bonds at a later date.", "a later date", "FUTURE_REF"},
	// "Soon" after a modal stays a future even in a reported clause.
	{"may soon", "Prosecutors told him they may soon seek an indictment.", "soon", "FUTURE_REF"},
}

// nonTimexes are phrases with time words that are no time expressions.
var nonTimexes = []string{
	"Iraq imports about three-quarters of its food.",
	"Funds hold more than a quarter of the market.",
	`Baker said on ABC's "This Week" that talks failed.`,
	// "Soon" near an event or in a past clause, and "Now," as a discourse
	// marker, do not refer to the time of writing.
	"Howes was probably killed soon after being captured.",
	"He was soon released from the hospital.",
	"Now, he says, it looks like the end.",
}

func TestNonTimexes(t *testing.T) {
	for _, text := range nonTimexes {
		if got := findTimexes(text, splitSentences(text), dct); len(got) > 0 {
			t.Errorf("%q: got %+v, want none", text, got)
		}
	}
}

func TestTimexValues(t *testing.T) {
	for _, tc := range valueCases {
		t.Run(tc.name, func(t *testing.T) {
			got := findTimexes(tc.text, splitSentences(tc.text), dct)
			if len(got) != 1 {
				t.Fatalf("got %d timexes %+v, want 1", len(got), got)
			}
			if got[0].Text != tc.span || got[0].Value != tc.value {
				t.Errorf("got %q %s, want %q %s", got[0].Text, got[0].Value, tc.span, tc.value)
			}
		})
	}
}

// TestTimexReferencePeriod checks that "a year earlier" compares with the
// period last reported: a quarter (not one still to come), or the year for a
// span of months; and that "the previous Friday" and "that year" count from
// the last date, as "the same day" is its day.
func TestTimexReferencePeriod(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Net rose in the second quarter from a year earlier.", []string{"2023-Q2", "2022-Q2"}},
		{"Net rose in the second quarter, up from the quarter a year ago.", []string{"2023-Q2", "2022-Q2"}},
		{"Net fell in the second quarter. Analysts expect the fourth quarter to be better. Sales rose from a year ago.",
			[]string{"2023-Q2", "2023-Q4", "2022-Q2"}},
		{"Stocks fell on Friday, Sept. 8, 2023, from the previous Friday.", []string{"2023-09-08", "2023-09-01"}},
		{"Kim arrived on Sept. 12, 2019, and left the following Monday.", []string{"2019-09-12", "2019-09-16"}},
		{"She fled in June 1998 and returned later that year.", []string{"1998-06", "1998"}},
		{"Kim met Putin on Wednesday. Kim has ruled since 2011. Putin met Fico the previous day.",
			[]string{"2023-09-13", "2011", "2023-09-12"}},
		{"Shoigu came in July 2023. In September of that year Kim met Putin, and Lavrov came the next month.",
			[]string{"2023-07", "2023-09", "2023-10"}},
		{"Russia struck Kharkiv on Jan. 2, 2024. Moscow said on the same day it hit factories.", []string{"2024-01-02", "2024-01-02"}},
		{"On Sept. 10, the North failed for the third time this year, and it announced the next morning that it would try again.",
			[]string{"2023-09-10", "2023", "2023-09-11"}},
		{"Gerasimov spoke on April 26, 2025. Two days later, Kim confirmed it. The Kremlin spoke the same day.",
			[]string{"2025-04-26", "P2D", "2025-04-28"}},
		{"The NIS said on Sept. 11 that 10,000 would be sent by December. The same day, Austin spoke.",
			[]string{"2023-09-11", "2023-12", "2023-09-11"}},
		{"Kim arrived on Sept. 11 for talks due to end in October. That day he met Putin.", []string{"2023-09-11", "2023-10", "2023-09-11"}},
		{"Kim arrived on Sept. 11 and stayed all of September. That day he met Putin.", []string{"2023-09-11", "2023-09", "2023-09-11"}},
		{"Horsley spoke on Friday. Slepian was killed last October. His name was crossed out that same day.", []string{"2023-09-08", "2022-10"}},
		{"Kim visited the campus on Sunday, where he met Putin in April 2019. The day before, Shoigu showed him bombers. They held talks that day.",
			[]string{"2023-09-10", "2019-04", "2023-09-09", "2023-09-09"}},
		{"Kim met Putin on Monday. The same week, Shoigu flew to Tehran. It came the same week as the vote.", []string{"2023-09-11", "2023-W37"}},
		{"The first group went in late July 2022, weeks after Kim signed a treaty on June 19.", []string{"2022-07", "2022-06-19"}},
		{"Kim met Putin on Wednesday. The pact will take effect on Sept. 30. Peskov said later in the day that it was signed.",
			[]string{"2023-09-13", "2023-09-30", "2023-09-13"}},
		{"Putin replied on Friday and pointed to the treaty he signed in June. On the same day, the Duma voted.",
			[]string{"2023-09-08", "2023-06", "2023-09-08"}},
		{"North Korea launched a missile at 7:10 a.m. yesterday. It fell at 8:37 a.m.", []string{"2023-09-13T07:10", "2023-09-13T08:37"}},
		{"Kim left on Monday. Putin spoke later. Talks began at 10 a.m.", []string{"2023-09-11", "2023-09-14T10:00"}},
		{"The treaty signed last July and the talks last June.", []string{"2022-07", "2023-06"}},
		{"Kim came last August.", []string{"2022-08"}},
		{"The veto of 28 March was a turning point. Troops march on 2 May.", []string{"2023-03-28", "2023-05-02"}},
		{"Kim left on Sept. 10, 2021, by train. He met Putin on Sept. 13.", []string{"2021-09-10", "2021-09-13"}},
		{"Kim first went in April 2019, arriving in Vladivostok by train on April 24.", []string{"2019-04", "2019-04-24"}},
		{"It was his first visit since January 2019. Xi came to Pyongyang in June that year.", []string{"2019-01", "2019-06"}},
		{"Kim, who last went in September 2019, arrived in Vladivostok on Sept. 12.", []string{"2019-09", "2023-09-12"}},
		{"Kim toured the Far East in May 2021. After his summit on May 13, he toured a factory.", []string{"2021-05", "2021-05-13"}},
		{"Iran fought Iraq until August 1988. Iraq invaded Kuwait on Aug. 2.", []string{"1988-08", "2023-08-02"}},
		{"The rocket lifted off at around 10:44 pm local time on May 27.", []string{"2023-05-27T22:44"}},
		{"The ministry said on the 12th that it protested. Kim spoke on the 28th.", []string{"2023-09-12", "2023-08-28"}},
		{"The summit will be held on the 5th. The 80th anniversary fell on the 9th of May.", []string{"2023-10-05", "2023-05-09"}},
		{"Kim left on the afternoon of the 1st. Putin arrived in Tianjin on the 27th for the summit.", []string{"2023-09-01", "2023-08-27"}},
		{"The blast occurred at 10:35 a.m. (0735 GMT) Friday.", []string{"2023-09-08T10:35", "2023-09-08"}},
		{"Lavrov visited Pyongyang on Oct. 28, 2024. Choe went to Moscow a month later.", []string{"2024-10-28", "2024-11"}},
		{"Shoigu arrived on Sept. 13, 2024. Later that day he met Kim. The next morning he left.",
			[]string{"2024-09-13", "2024-09-13", "2024-09-14"}},
		{"Shoigu arrived on Sept. 13, 2024. The day after, he met Kim the same month.", []string{"2024-09-13", "2024-09-14", "2024-09"}},
		{"Shoigu came in July 2023. The day before, Kim toured an exhibition. That month Lavrov came.", []string{"2023-07", "2023-07"}},
		{"On October 19, Kim received Sergei Lavrov, who had arrived the day before for talks.", []string{"2022-10-19", "2022-10-18"}},
		{"On June 20, Chang Ho-jin said arms were possible. Hours later, Putin warned Seoul.", []string{"2023-06-20", "2023-06-20"}},
		{"Shoigu arrived on Sept. 13, 2024. That evening he met Kim.", []string{"2024-09-13", "2024-09-13"}},
		{"The party was founded in 1945. Five years later, war broke out.", []string{"1945", "1950"}},
		{"Kim visited Vladivostok in April 2019. Two months earlier he met Trump in Hanoi.", []string{"2019-04", "2019-02"}},
		{"Net rose in the second quarter. For the first nine months, it fell from a year earlier.",
			[]string{"2023-Q2", "P9M", "2022"}},
		{"Kim visited Russia in 2023. A month later, Lavrov came.", []string{"2023", "2023-10"}},
		// a month after a quarter is no day or month to count from: a span,
		// not a month after the DCT
		{"Net rose in the first quarter of 2024. A month later, it fell.", []string{"2024-Q1", "P1M"}},
		{"Net rose in the first quarter of 2024. Sales fell that month.", []string{"2024-Q1"}},
		{"In September 2022, prosecutors said a missile hit Kharkiv on Sept. 2.", []string{"2022-09", "2022-09-02"}},
		{"The truce of August 1988 held. Iraq invaded Kuwait on Aug. 2.", []string{"1988-08", "2023-08-02"}},
		{"The pact was signed in September 2022. On Sept. 2, Shoigu spoke.", []string{"2022-09", "2023-09-02"}},
		{"One year ago today, Kim signed the treaty. Two weeks ago today, Shoigu came.", []string{"2022-09-14", "2023-08-31"}},
		{"Two years ago this month, Kim crossed into Russia by train.", []string{"2021-09"}},
		{"Kim met Putin. Earlier in the day, they watched a parade.", []string{"2023-09-14"}},
		{"Shoigu arrived on Sept. 10. Later in the day he met Kim.", []string{"2023-09-10", "2023-09-10"}},
	}
	for _, tc := range cases {
		got := findTimexes(tc.text, splitSentences(tc.text), dct)
		if len(got) != len(tc.want) {
			t.Fatalf("%q: got %+v, want values %v", tc.text, got, tc.want)
		}
		for i, w := range tc.want {
			if got[i].Value != w {
				t.Errorf("%q: %q got %s, want %s", tc.text, got[i].Text, got[i].Value, w)
			}
		}
	}
}

// TestShiftDate checks that a date moves by a unit only when it is precise
// enough for it.
func TestShiftDate(t *testing.T) {
	cases := []struct {
		v, unit string
		n       int
		want    string
	}{
		{"2024-01-31", "D", 1, "2024-02-01"},
		{"2024-01-02", "W", -1, "2023-W52"},
		{"2024-01", "M", -1, "2023-12"},
		{"2024", "Y", 2, "2026"},
		{"2024", "M", 1, ""},
		{"2024-01", "D", 1, ""},
		{"2024-01-02", "Q", 1, ""},
	}
	for _, tc := range cases {
		if got := shiftDate(tc.v, tc.unit, tc.n); got != tc.want {
			t.Errorf("shiftDate(%q, %s, %d) = %q, want %q", tc.v, tc.unit, tc.n, got, tc.want)
		}
	}
}

// TestTimexFrontedRestatement checks that a date restating a fronted phrase
// takes the past tense of the clause after it: told in May 2024, "on 3
// August" is last year's.
func TestTimexFrontedRestatement(t *testing.T) {
	text := "Shoigu visited Pyongyang in late July 2023. A week later, on 3 August, the White House said that he had pressed Kim."
	got := findTimexes(text, splitSentences(text), time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC))
	if len(got) != 3 || got[2].Value != "2023-08-03" {
		t.Errorf("got %+v, want the third value 2023-08-03", got)
	}
}
