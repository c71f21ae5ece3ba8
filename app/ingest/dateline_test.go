package ingest

import (
	"strings"
	"testing"
	"time"
)

// headline starts the bodies of the dateline tests, as a pasted page does.
const headline = "Putin and Kim sign mutual defence pact in Pyongyang\n\n"

// story is a paragraph of running prose that follows the furniture.
const story = "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a treaty on Wednesday " +
	"that pledges mutual assistance if either country is attacked, Putin said after their talks in Pyongyang."

func TestDatelineAccepts(t *testing.T) {
	tests := []struct {
		name, lines, want, prec string
	}{
		{"date at time zone", "By Jon Herskovitz and Sangmi Cha\nNovember 30, 2024 at 1:42 AM GMT+9\nSave", "2024-11-30", PrecisionDay},
		{"weekday and dotted time", "Justin McCurry in Tokyo\nThu 27 Jul 2023 08.47 BST", "2023-07-27", PrecisionDay},
		{"updated with weekday", "Updated 3:15 PM EDT, Wed June 19, 2024", "2024-06-19", PrecisionDay},
		{"year first dots", "2024.06.19 16:30", "2024-06-19", PrecisionDay},
		{"year first dots alone", "By Jaewoo Park for RFA Korean\n2025.01.13\nSEOUL", "2025-01-13", PrecisionDay},
		{"day first dots", "19.06.2024", "2024-06-19", PrecisionDay},
		{"day first dots and time", "Main  |  Politics  |  World\n06.11.2024 13:42", "2024-11-06", PrecisionDay},
		{"byline and pipe", "By Jon Smith | June 19, 2024", "2024-06-19", PrecisionDay},
		{"byline and comma", "By Simone McCarthy and Yoonjung Seo, June 19, 2024", "2024-06-19", PrecisionDay},
		{"outlet and comma", "Kyodo, Jul 13, 2025", "2025-07-13", PrecisionDay},
		{"published on slashes", "Published on 28/03/2024 - 21:40", "2024-03-28", PrecisionDay},
		{"month first slashes", "Posted 03/28/2024", "2024-03-28", PrecisionDay},
		{"posted and modified", "Posted on : Sep.14,2023 16:32 KST Modified on : Sep.15,2023 09:00 KST", "2023-09-14", PrecisionDay},
		{"published before updated", "Published: 27 Jul. 2023, 17:48\nUpdated: 28 Jul. 2023, 18:05", "2023-07-27", PrecisionDay},
		{"updated before published", "Updated: 28 Jul. 2023, 18:05\nPublished: 27 Jul. 2023, 17:48", "2023-07-27", PrecisionDay},
		{"first published last modified", "Last modified on Fri 28 Jul 2023 10.00 BST\nFirst published on Thu 27 Jul 2023 08.47 BST", "2023-07-27", PrecisionDay},
		{"bare before updated", "March 21, 2025 15:27 GMT\nUpdated March 22, 2025", "2025-03-21", PrecisionDay},
		{"updated only", "By AAMER MADHANI and ZEKE MILLER\nUpdated 4:52 PM EDT, October 13, 2023\nWASHINGTON (AP) — " + story, "2023-10-13", PrecisionDay},
		{"updated in parentheses", "04 Sep 2025 08:15AM (Updated: 05 Sep 2025 10:02AM)", "2025-09-04", PrecisionDay},
		{"asides", "Dec 5th 2024 | SEOUL AND TOKYO | 6 min read", "2024-12-05", PrecisionDay},
		{"a.m. and ET", "Dec. 17, 2024, 5:01 a.m. ET", "2024-12-17", PrecisionDay},
		{"time first", "12:44 pm, June 18, 2025", "2025-06-18", PrecisionDay},
		{"pm without space", "November 12, 2024, 7:30pm ET", "2024-11-12", PrecisionDay},
		{"day month comma year", "19 Jun, 2024 13:27", "2024-06-19", PrecisionDay},
		{"date label", "Date: 2024-12-23\nViews: 3,218", "2024-12-23", PrecisionDay},
		{"capitals", "MATTHEW MILLER, DEPARTMENT SPOKESPERSON\nOCTOBER 31, 2024", "2024-10-31", PrecisionDay},
		{"relative age", "September 13, 2023 9:47 AM GMT+1 Updated 2 years ago", "2023-09-13", PrecisionDay},
		{"dash and time", "Published : Dec. 5, 2024 - 15:02", "2024-12-05", PrecisionDay},
		{"date and time after dash", "3 April 2024 - 16:40", "2024-04-03", PrecisionDay},
		{"iso with seconds", "Editor: huaxia\n2024-06-19 22:48:30", "2024-06-19", PrecisionDay},
		{"iso with T", "2023-09-13T08:30:00+09:00", "2023-09-13", PrecisionDay},
		{"full weekday", "Wednesday, 19 June 2024", "2024-06-19", PrecisionDay},
		{"no comma before year", "Elena Vasquez in Riga\nJune 19 2024\nSave", "2024-06-19", PrecisionDay},
		{"abbreviated month", "Apr. 28, 2025 13:05 JST", "2025-04-28", PrecisionDay},
		{"markdown emphasis", "**Published:** _June 19, 2024_", "2024-06-19", PrecisionDay},
		{"year runs into time", "November 30, 20249:47 AM GMT+9Updated 2 hours ago", "2024-11-30", PrecisionDay},
		{"published then updated", "Published June 19, 2024 Updated June 20, 2024, 2:03 a.m. ET", "2024-06-19", PrecisionDay},
		{"last updated", "Last Updated: June 20, 2024\nJune 19, 2024 at 9:00 AM GMT+9", "2024-06-19", PrecisionDay},
		{"updated on", "Updated on June 20, 2024 at 11:30 AM GMT+9", "2024-06-20", PrecisionDay},
		{"source and editor", "Source: Xinhua| 2024-06-19 22:48:30|Editor: huaxia", "2024-06-19", PrecisionDay},
		{"read time first", "5 min read · Jun 19, 2024", "2024-06-19", PrecisionDay},
		{"upper case month", "19 JUN 2024, 13:27\nUPD: 19 JUN 2024, 15:02", "2024-06-19", PrecisionDay},
		{"zulu", "2024-06-19T08:00:00Z", "2024-06-19", PrecisionDay},
		{"press release", "WASHINGTON, June 19, 2024 /PRNewswire/ -- " + story, "2024-06-19", PrecisionDay},
		{"slashes between parts", "Posted: Jun 19, 2024 / 10:00 AM EDT / Updated: Jun 20, 2024 / 11:00 AM EDT", "2024-06-19", PrecisionDay},
		{"byline after date", "Jun 19, 2024 by Jon Smith", "2024-06-19", PrecisionDay},
		{"written by on", "Written by Jon Smith on June 19, 2024", "2024-06-19", PrecisionDay},
		{"byline and aside", "By Jon Smith, June 19, 2024 | 6 min read", "2024-06-19", PrecisionDay},
		{"hyphens", "19-Jun-2024", "2024-06-19", PrecisionDay},
		{"four digit time", "June 19, 2024 1042 GMT", "2024-06-19", PrecisionDay},
		{"bullet", "19 June 2024 • 10:00am", "2024-06-19", PrecisionDay},
		{"ordinal and comma", "June 19th, 2024", "2024-06-19", PrecisionDay},
		{"weekday comma", "Wed, Jun 19, 2024, 10:00 AM", "2024-06-19", PrecisionDay},
		{"short month first slashes", "6/19/2024", "2024-06-19", PrecisionDay},
		{"related story after update", "Updated 4:52 PM EDT, October 13, 2023\nRELATED\nOctober 14, 2023", "2023-10-13", PrecisionDay},
		{"dateline country and agency", "KYIV, Ukraine, June 19, 2024 (AP) — " + story, "2024-06-19", PrecisionDay},
		{"outlet after spaced slash", "Updated on: June 19, 2024 / 10:00 AM EDT / CBS News", "2024-06-19", PrecisionDay},
		{"two-digit year", "06/19/24 10:00 AM ET", "2024-06-19", PrecisionDay},
		{"posted and updated in a segment", "Posted Wed 19 Jun 2024 at 10:00am, updated Thu 20 Jun 2024 at 11:00am", "2024-06-19", PrecisionDay},
		{"issued and modified", "Issued on: 19/06/2024 - 10:00 Modified: 20/06/2024 - 11:00", "2024-06-19", PrecisionDay},
		{"time before date", "Published: 10:00am, 19 Jun 2024", "2024-06-19", PrecisionDay},
		{"outlet in parentheses", "June 19, 2024 10:00 (Mainichi Japan)", "2024-06-19", PrecisionDay},
		{"outlet and sections", "Kyodo News - Jun 19, 2024 - 10:00 | All, World", "2024-06-19", PrecisionDay},
		{"month only", "June 2024", "2024-06-01", PrecisionMonth},
		{"live blog title", "June 19, 2024 - Putin visits North Korea", "2024-06-19", PrecisionDay},
		{"dateline", "VLADIVOSTOK, Russia, Sept. 13, 2023 — " + story, "2023-09-13", PrecisionDay},
		{"dateline hyphenated place", "Komsomolsk-on-Amur, Russia, Sept. 14, 2023 (Reuters) - " + story, "2023-09-14", PrecisionDay},
		{"dateline agency before date", "SEOUL (Reuters), 13 September 2023 – " + story, "2023-09-13", PrecisionDay},
		{"dateline date first", "June 19, 2024 — " + story, "2024-06-19", PrecisionDay},
		{"yearless dateline takes the updated year", "Updated 10:02 KST, Jan. 2, 2025\nSeoul, Dec. 30 (Yonhap) -- " + story, "2024-12-30", PrecisionDay},
		{"date after menus", "NK News\nMenu\nSearch\nSign in\nSubscribe\nNorth Korea\nRussia\nEconomy\nKim hosts Russian minister\n" +
			"Kozlov wraps up four-day trip\nShreyas Reddy\nNovember 18, 2024", "2024-11-18", PrecisionDay},
		{"yearless prose is no dateline", "Updated June 21, 2024\nThe summit was held on June 19 — Kim's first in years.", "2024-06-21", PrecisionDay},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkDateline(t, headline+tt.lines+"\n\n"+story, tt.want, tt.prec)
		})
	}
}

func TestDatelineRejects(t *testing.T) {
	tests := []struct{ name, lines string }{
		{"prose on date", "On June 19, 2024, Putin signed a treaty with Kim in Pyongyang."},
		{"prose date at end", "Putin signed the treaty on June 19, 2024."},
		{"prose month", "In June 2024 Putin visited Pyongyang."},
		{"prose day first", "On 26 July 2023, Russian Defence Minister Sergei Shoigu met Kim Jong Un."},
		{"caption", "Figure 1. Overview of Rajin port, October 17, 2023. Image © 2023 Maxar Technologies."},
		{"caption with pipe", "Photo: Rajin port on Oct. 5, 2023 | Image: Planet Labs PBC"},
		{"caption with place", "Kim Jong-un and Sergei Shoigu in Pyongyang, July 26, 2023. Photo: KCNA"},
		{"prose between dashes", "Since June 19, 2024 — the day the treaty was signed — trade has grown."},
		{"prose clause and dash", "The treaty, signed June 19, 2024 — and ratified in November — took effect."},
		{"prose before dash", "Kim said on Tuesday, June 18, 2024 — a day before the summit — that he was ready."},
		{"title case prose", "In Pyongyang, June 19, 2024 — " + story},
		{"day first prose", "On 13 September 2023 — the day of the summit — Kim toured the cosmodrome."},
		{"long line", "June 19, 2024 | " + strings.Repeat("word ", 50)},
		{"long aside", "June 19, 2024 | Putin arrived in Pyongyang for a two-day state visit"},
		{"headline with date and dash", "Korean War, June 25, 1950 — 75 years on"},
		{"headline with date and pipe", "Korean War, June 25, 1950 | 75 years on"},
		{"headline with date and colon", "June 25, 1950: The day the Korean War began"},
		{"byline prose", "By the numbers: June 19, 2024"},
		{"hard-wrapped prose", "North Korean leader Kim Jong Un met Russian President Vladimir Putin on\nJune 19, 2024 — the day after he arrived in Pyongyang for a state visit."},
		{"prose around dashes", "Kim arrived — June 19, 2024 — in Pyongyang"},
		{"date in parentheses", "The treaty (June 19, 2024) commits both sides"},
		{"month in parentheses", "This was agreed before the summit (May 2024),"},
		{"prose after date", "June 19, 2024 by the way the summit began"},
		{"byline and outlet", "By Jon Smith Reuters, June 19, 2024 and more"},
		{"year only", "2023"},
		{"year only dateline", "LONDON, 2023 — Something happened."},
		{"copyright", "© 2024 AFP"},
		{"wiki section", "2023[edit]"},
		{"ambiguous slashes", "06/11/2024"},
		{"invalid day", "February 30, 2024"},
		{"yearless dateline", "WASHINGTON, Oct 13 - " + story},
		{"yearless agency dateline", "MOSCOW, January 16. /TASS/. " + story},
		{"yearless date line", "PYONGYANG, June 20 (KCNA) --"},
		{"after paragraphs", story + "\n" + story + "\n" + story + "\nJune 19, 2024"},
		{"after 15 lines", strings.Repeat("Share\n", 15) + "June 19, 2024"},
		{"relative only", "Updated 2 years ago"},
		{"time only", "13:42"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkDateline(t, headline+tt.lines+"\n\n"+story, "", "")
		})
	}
}

func TestDatelineJuche(t *testing.T) {
	tests := map[string]string{
		"www.kcna.kp (Juche113.6.20.)":  "2024-06-20",
		"www.kcna.kp (Juche 112.9.14.)": "2023-09-14",
		"www.kcna.kp (Juche113.6.)":     "",
		"www.kcna.kp (Juche113.2.30.)":  "",
		"www.kcna.kp (Juche0.1.1.)":     "",
		"Juche":                         "",
	}
	for footer, want := range tests {
		t.Run(footer, func(t *testing.T) {
			body := "Pyongyang, June 20 (KCNA) -- " + story + "\n\nThe leaders agreed. -0-\n" + footer
			prec := ""
			if want != "" {
				prec = PrecisionDay
			}
			checkDateline(t, body, want, prec)
		})
	}
}

func checkDateline(t *testing.T, body, want, prec string) {
	t.Helper()
	got, p, ok := dateline(body)
	if ok != (want != "") {
		t.Fatalf("dateline ok = %v (%v %s), want %q", ok, got, p, want)
	}
	if ok && (got.Format(time.DateOnly) != want || p != prec || got.Location() != time.UTC) {
		t.Errorf("dateline = %v %s, want %s %s", got, p, want, prec)
	}
}

func TestIsDateLine(t *testing.T) {
	tests := map[string]bool{
		"June 19, 2024 - Putin visits North Korea":                               true,
		"SEOUL, Oct. 19 (Yonhap) -- North Korean leader Kim Jong-un met Lavrov.": true,
		"Seoul Notes":                         false,
		"Kim and Putin meet at Vostochny":     false,
		"LONDON, 2023 — Something happened.":  false,
		"Putin and Kim sign pact, then leave": false,
	}
	for line, want := range tests {
		if got := isDateLine(line); got != want {
			t.Errorf("isDateLine(%q) = %v", line, got)
		}
	}
}

func TestNumericDate(t *testing.T) {
	tests := map[string]calDate{
		"2024-06-19": {2024, 6, 19}, "2024/6/9": {2024, 6, 9}, "2024.06.19": {2024, 6, 19},
		"19.06.2024": {2024, 6, 19}, "06.11.2024": {2024, 11, 6}, "28/03/2024": {2024, 3, 28},
		"03/28/2024": {2024, 3, 28}, "05/05/2024": {2024, 5, 5}, "06/11/2024": {}, "16:30": {},
		"2024-06": {}, "1.2.3": {}, "123.45.2024": {}, "06/19/24": {2024, 6, 19}, "19.06.24": {},
		"19/06/99": {1999, 6, 19}, "06/11/24": {}, "06.11.24": {}, "24.06.19": {}, "1/2/345": {}, "12/31/99": {1999, 12, 31},
	}
	for in, want := range tests {
		if got := numericDate(in); got != want {
			t.Errorf("numericDate(%q) = %v, want %v", in, got, want)
		}
	}
}

// BenchmarkDateline scans the furniture of a pasted page.
func BenchmarkDateline(b *testing.B) {
	body := headline + "NK News\nMenu\nSearch\nBy Shreyas Reddy\nUpdated 3:15 PM EDT, Wed June 19, 2024\n" +
		"SEOUL, June 18 (Yonhap) -- " + story + "\n" + strings.Repeat(story+"\n", 20)
	b.ReportAllocs()
	for b.Loop() {
		dateline(body)
	}
}

// FuzzDateline checks that the scan never panics and returns a valid date
// with a precision.
func FuzzDateline(f *testing.F) {
	f.Add(headline + "Posted on : Sep.14,2023 16:32 KST Modified on : Sep.15,2023 09:00 KST")
	f.Add("Seoul, Dec. 30 (Yonhap) -- text\nUpdated 10:02 KST, Jan. 2, 2025\n(Juche113.6.20.)")
	f.Add("MOSCOW, January 16. /TASS/. (x) - 28/03/2024 7 p.m. GMT+9 | By A")
	f.Fuzz(func(t *testing.T, body string) {
		got, p, ok := dateline(body)
		isDateLine(body)
		if ok != (p != "") || ok && (got.IsZero() || !plausibleYear(got.Year())) {
			t.Fatalf("dateline = %v %q %v", got, p, ok)
		}
	})
}
