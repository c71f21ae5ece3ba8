// Package corpus generates realistic synthetic news cases for benchmarks and
// scale tests: articles about a few hundred actors whose mentions follow a
// Zipf law, dated events over several years, relative dates anchored to each
// article's publication date, and wire stories reprinted by several outlets.
package corpus

import (
	"fmt"
	"math/rand"
	"strings"
	"time"
)

// Article is one generated article, written as a .txt file with a header block.
type Article struct {
	Name      string // file name
	Title     string
	Outlet    string
	Published time.Time
	Body      string
}

// File is the article as the text file Newsline imports.
func (a Article) File() string {
	return fmt.Sprintf("Title: %s\nSource: %s\nPublished: %s\n\n%s",
		a.Title, a.Outlet, a.Published.Format("2006-01-02"), a.Body)
}

// Options shape a generated corpus.
type Options struct {
	Articles   int       // number of articles, reprints included
	Seed       int64     // same seed, same corpus
	Start      time.Time // first publication date
	Years      int       // span of publication dates
	ReprintPct int       // percentage of articles that are wire reprints
}

var (
	people = []string{"Vladimir Putin", "Kim Jong Un", "Sergei Shoigu", "Sergei Lavrov", "Choe Son Hui",
		"Antony Blinken", "Lloyd Austin", "John Kirby", "Yoon Suk Yeol", "Xi Jinping", "Dmitry Peskov",
		"Volodymyr Zelensky", "Kim Yo Jong", "Fumio Kishida", "Joe Biden", "Emmanuel Macron", "Olaf Scholz",
		"Rishi Sunak", "Recep Tayyip Erdogan", "Narendra Modi"}
	places = []string{"Russia", "North Korea", "United States", "South Korea", "China", "Japan", "Ukraine",
		"Pyongyang", "Moscow", "Seoul", "Beijing", "Tokyo", "Kyiv", "Vladivostok", "Washington", "Iran",
		"Germany", "France", "Britain", "Turkey", "India"}
	orgs = []string{"the White House", "the Kremlin", "the Pentagon", "the United Nations Security Council",
		"NATO", "the Wagner Group", "the State Department", "the European Union", "KCNA", "Roscosmos"}
	outlets = []string{"Pacific Wire", "Capitol Ledger", "Eastern Dispatch", "Harbour Times", "Northern Star",
		"Daily Meridian", "Global Courier", "Morning Signal", "Continental Post", "River City Herald"}
	weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)

// templates are sentence patterns: %[1]s and %[2]s are actors, %[3]s a place,
// %[4]s a date expression, %[5]s an organisation.
var templates = []string{
	"%[1]s met %[2]s in %[3]s %[4]s to discuss military cooperation.",
	"%[1]s arrived in %[3]s %[4]s for talks with %[2]s.",
	"%[5]s said %[4]s that %[3]s had shipped artillery shells to Russia.",
	"%[1]s accused %[2]s of violating United Nations sanctions.",
	"%[1]s will travel to %[3]s next week, %[5]s said.",
	"%[1]s and %[2]s signed an agreement on economic cooperation %[4]s.",
	"%[5]s denied that any weapons had been delivered to %[3]s.",
	"Officials in %[3]s said %[1]s had warned %[2]s against further provocations %[4]s.",
	"%[1]s told reporters in %[3]s that talks with %[2]s had been productive.",
	"%[1]s condemned the missile launch, which %[5]s reported %[4]s.",
}

// Generate returns opts.Articles articles, deterministic for a seed.
func Generate(opts Options) []Article {
	if opts.Start.IsZero() {
		opts.Start = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if opts.Years <= 0 {
		opts.Years = 4
	}
	r := rand.New(rand.NewSource(opts.Seed))
	zipf := rand.NewZipf(r, 1.2, 1, uint64(len(people)+len(places)+len(orgs)-1))
	days := opts.Years * 365
	arts := make([]Article, 0, opts.Articles)
	for i := 0; len(arts) < opts.Articles; i++ {
		if len(arts) > 0 && r.Intn(100) < opts.ReprintPct {
			orig := arts[r.Intn(len(arts))]
			reprint := orig
			reprint.Name = fmt.Sprintf("article-%06d.txt", len(arts))
			reprint.Outlet = outlets[r.Intn(len(outlets))]
			reprint.Body = orig.Body + "\n\n(Reprinted from " + orig.Outlet + ".)\n"
			arts = append(arts, reprint)
			continue
		}
		pub := opts.Start.AddDate(0, 0, r.Intn(days))
		arts = append(arts, article(r, zipf, len(arts), pub))
	}
	return arts
}

func article(r *rand.Rand, zipf *rand.Zipf, n int, pub time.Time) Article {
	actor := func() string {
		k := int(zipf.Uint64())
		switch {
		case k < len(people):
			return people[k]
		case k < len(people)+len(places):
			return places[k-len(people)]
		}
		return orgs[k-len(people)-len(places)]
	}
	var b strings.Builder
	paras := 4 + r.Intn(5)
	for p := 0; p < paras; p++ {
		for s := 0; s < 2+r.Intn(3); s++ {
			t := templates[r.Intn(len(templates))]
			fmt.Fprintf(&b, t, actor(), actor(), places[r.Intn(len(places))], when(r, pub), orgs[r.Intn(len(orgs))])
			b.WriteByte(' ')
		}
		b.WriteString("\n\n")
	}
	a := actor()
	return Article{
		Name:      fmt.Sprintf("article-%06d.txt", n),
		Title:     fmt.Sprintf("%s in talks as tensions rise (%d)", a, n),
		Outlet:    outlets[r.Intn(len(outlets))],
		Published: pub,
		Body:      b.String(),
	}
}

// when is a date expression as news writes it, relative or absolute.
func when(r *rand.Rand, pub time.Time) string {
	switch r.Intn(6) {
	case 0:
		return "on " + weekdays[(int(pub.Weekday())+5)%7]
	case 1:
		return "last month"
	case 2:
		d := pub.AddDate(0, 0, -r.Intn(20))
		return "on " + d.Format("January 2, 2006")
	case 3:
		return "earlier this year"
	case 4:
		return "yesterday"
	}
	return "in " + pub.AddDate(0, -1, 0).Format("January 2006")
}
