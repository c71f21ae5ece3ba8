package extract

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// actorNames returns "Name/TYPE" for each actor.
func actorNames(actors []Actor) []string {
	var out []string
	for _, a := range actors {
		out = append(out, a.Name+"/"+a.Type)
	}
	return out
}

func TestFindActors(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // Name/TYPE of every actor, in order of first mention
	}{
		{"title and short form", "North Korean leader Kim Jong Un met Defence Minister Sergei Shoigu. Kim thanked Shoigu.",
			[]string{"Kim Jong Un/PERSON", "Sergei Shoigu/PERSON"}},
		{"hyphenated variant", "Kim Jong-un's sister spoke. Kim Jong Un listened.", []string{"Kim Jong Un/PERSON"}},
		{"famous surname", "Putin said the talks went well.", []string{"Vladimir Putin/PERSON"}},
		{"acronym country", "The DPRK and North Korea are one; N. Korea too.", []string{"North Korea/GPE"}},
		{"adjectives are not actors", "Russian and North Korean officials met American diplomats.", nil},
		{"capital stays a city", "Pyongyang said North Korea would respond.", []string{"Pyongyang/GPE", "North Korea/GPE"}},
		{"acronym not a word", "Let us go to the US.", []string{"United States/GPE"}},
		{"unknown person by title", "Foreign Minister Andrei Petrovsky arrived.", []string{"Andrei Petrovsky/PERSON"}},
		{"photo credit", "The two met.\nPhoto: Reuters", nil},
		{"case of later words", "Russia's foreign ministry spoke in Russia today.", []string{"Russian Foreign Ministry/ORG", "Russia/GPE"}},
		{"capitalised parts", "The Russia-North Korea pact.", []string{"Russia/GPE", "North Korea/GPE"}},
		{"body of a place", "The letters are kept at the National Library of the Netherlands.", []string{"National Library of the Netherlands/ORG"}},
		{"title-case acronym", "Asean foreign ministers meet in Kuala Lumpur to talk about South-east Asia.",
			[]string{"Association of Southeast Asian Nations/ORG", "Kuala Lumpur/GPE", "Southeast Asia/LOC"}},
		{"nationality before a body", "The Latvian Foreign Ministry welcomed it, and the Russian Air Force flew.",
			[]string{"Latvian Foreign Ministry/ORG", "Russian Air Force/ORG"}},
		{"listed family name first", "\"It is a deal,\" said Yoon Jae-hoon, a fellow.", []string{"Yoon Jae-hoon/PERSON"}},
		{"body for a field", "Alessandro Ferri, an analyst at the Italian Institute for International Political Studies, spoke.",
			[]string{"Alessandro Ferri/PERSON", "Italian Institute for International Political Studies/ORG"}},
		{"regnal numbers and epithets", "In 905 Sancho Garcés I took the throne; William the Silent fled. Mr. Collins I know you.",
			[]string{"Sancho Garcés I/PERSON", "William the Silent/PERSON", "Collins/PERSON"}},
		{"place named after a person", "They prayed at Saint Bavo's Cathedral near Mecca's Grand Mosque.",
			[]string{"Saint Bavo's Cathedral/LOC", "Mecca/GPE", "Grand Mosque/LOC"}},
		{"words that name nothing alone", "Kim, Chairman of State Affairs, praised Philippine officials and Far Eastern builders in Seoul.",
			[]string{"Kim/PERSON", "Seoul/GPE"}},
		{"initials glued on", "President U.Khurelsukh met G.Zandanshatar and N.Korean officials.",
			[]string{"Ukhnaagiin Khurelsukh/PERSON", "G.Zandanshatar/PERSON"}},
		{"leading initials", "The firm was led by U. B. Pravin Rao until 2019.", []string{"U. B. Pravin Rao/PERSON"}},
		{"abbreviation defined in brackets", "The Philippine Space Agency (PhilSA) stood down its alert. PhilSA said the rocket failed.",
			[]string{"Philippine Space Agency/ORG"}},
		{"company by its first word", "The jet, run by Nordwind Airlines, landed. Nordwind said more flights would follow.",
			[]string{"Nordwind Airlines/ORG"}},
		{"nationality before a listed body", "Russian State Duma speaker Vyacheslav Volodin arrived.",
			[]string{"State Duma/ORG", "Vyacheslav Volodin/PERSON"}},
		{"the UN's resolutions", "Shoigu, secretary of Russia's Security Council, spoke. It breaks Security Council resolutions.",
			[]string{"Sergei Shoigu/PERSON", "Russian Security Council/ORG", "UN Security Council/ORG"}},
		{"town upon a river", "Many defectors live in Kingston upon Thames.", []string{"Kingston upon Thames/GPE"}},
		{"body listing its fields", "The Ministry of Labor, Social Security and Migration of Kyrgyzstan said so.",
			[]string{"Ministry of Labor, Social Security and Migration/ORG", "Kyrgyzstan/GPE"}},
		{"official country name", "The National Bank of the Kyrgyz Republic counted remittances.", []string{"National Bank of the Kyrgyz Republic/ORG"}},
		{"place after its kind", "Drones left the Iranian port of Amirabad for the town of Sonbong.", []string{"Amirabad/GPE", "Sonbong/GPE"}},
		{"abbreviation without the initials", "Lim Shu Fen of the S. Rajaratnam School of International Studies (RSIS) spoke. RSIS said more.",
			[]string{"Lim Shu Fen/PERSON", "S. Rajaratnam School of International Studies/ORG"}},
		{"maker of aircraft", "The plant builds Sukhoi fighter jets.", nil},
		{"Malaysian honorifics and a city's short form", "Foreign Minister Datuk Seri Mohamad Hasan chaired the meetings in KL.",
			[]string{"Mohamad Hasan/PERSON", "Kuala Lumpur/GPE"}},
		{"a nerve agent", "Kim Jong Nam was killed with VX nerve agent.", []string{"Kim Jong Nam/PERSON"}},
		{"an acronym in another language", "Elise Marchand of the French Institute of International Relations (IFRI) spoke. IFRI said more.",
			[]string{"Elise Marchand/PERSON", "French Institute of International Relations/ORG"}},
		{"airport named after a person", "He flew out of Halim Perdanakusuma airport late that evening.", []string{"Halim Perdanakusuma airport/LOC"}},
		{"what a name is said to be", "Tarnowo is an ancient cathedral city. Tarnowo has a cathedral.",
			[]string{"Tarnowo/GPE"}},
		{"what a glossed name is said to be", "Tarnowo (Polish: Tarnów, also known as Tarnowa) is a city. Tarnowo has a cathedral.",
			[]string{"Tarnowo/GPE", "Tarnów/GPE", "Tarnowa/GPE"}},
		{"a company named after a person", "The firm was founded by Adele La Roche in Basel. Roche is a Swiss multinational healthcare company. In 1919 Roche opened a plant.",
			[]string{"Adele La Roche/PERSON", "Basel/GPE", "Roche/ORG"}},
		{"two leaders joined by a hyphen", "Pyongyang handed launch data to Moscow after Kim-Putin talks.",
			[]string{"Pyongyang/GPE", "Moscow/GPE", "Kim/PERSON", "Vladimir Putin/PERSON"}},
		{"weapons in the plural", "Odesa has mostly faced Iskanders, Kalibrs and Shaheds so far.", []string{"Odesa/GPE"}},
		{"a city with a particle", "Halima Said, a researcher in Dar es Salaam, met the Russian FM.", []string{"Halima Said/PERSON", "Dar es Salaam/GPE"}},
		{"a sea as an adjective", "They route through Vladivostok, the Pacific port, and Caspian cities.", []string{"Vladivostok/GPE"}},
		{"time zone and maker's model", "It flew at 10:44 p.m. (9:44 p.m. Manila time) on a Boeing 777 of Nordwind Airlines.",
			[]string{"Nordwind Airlines/ORG"}},
		{"place head word", "Work on the Xayaburi Dam began near the Kingdom of Navarre.", []string{"Xayaburi Dam/LOC", "Kingdom of Navarre/GPE"}},
		{"demonym before a listed place", "The ministers discussed the situation in the Palestinian West Bank.", []string{"West Bank/GPE"}},
		{"district and site", "A missile hit the Sviatoshynskyi district of Kyiv, and bombers flew from Knevichi airfield.",
			[]string{"Sviatoshynskyi district/GPE", "Kyiv/GPE", "Knevichi airfield/LOC"}},
		{"diacritics", "Party chief Tô Lâm received Putin in Hà Nội.", []string{"To Lam/PERSON", "Vladimir Putin/PERSON", "Hanoi/GPE"}},
		{"not an actor", "It fired a Hwasong-18 in the Korean War museum.", nil},
		{"middle initials", "Mr. Putin's spokesman, Dmitri S. Peskov, said President Vladimir V. Putin would meet Sergei K. Shoigu.",
			[]string{"Vladimir Putin/PERSON", "Dmitry Peskov/PERSON", "Sergei Shoigu/PERSON"}},
		{"middle initial of an unknown person", "The envoy, Aleksandr A. Vetrov, greeted him. Mr. Vetrov smiled.",
			[]string{"Aleksandr A. Vetrov/PERSON"}},
		{"family name that is also a bloc", "Kanye West performed in Seoul.", []string{"Kanye West/PERSON", "Seoul/GPE"}},
		{"initial and suffix of a known person", "Lloyd J. Austin III said so.", []string{"Lloyd Austin/PERSON"}},
		{"name before a participle", "The Washington-based group said Iran-made drones hit Kyiv.",
			[]string{"Washington/GPE", "Iran/GPE", "Kyiv/GPE"}},
		{"title-case headline", "Kim Vows 'Invariable' Support for Russia as Putin's Defense Chief Visits\n\nKim Jong Un met Andrei Belousov.",
			[]string{"Russia/GPE", "Vladimir Putin/PERSON", "Kim Jong Un/PERSON", "Andrei Belousov/PERSON"}},
		{"office of a tagged name", "The Kharkiv Oblast Prosecutor’s Office said so.", []string{"Kharkiv Oblast Prosecutor’s Office/ORG"}},
		{"two persons joined by a hyphen", "Kim Jong Un arrived. Analysts watched the Kim-Putin summit.",
			[]string{"Kim Jong Un/PERSON", "Vladimir Putin/PERSON"}},
		{"numbered unit", "The 11th Airborne Assault Brigade fought near Kursk.",
			[]string{"11th Airborne Assault Brigade/ORG", "Kursk/GPE"}},
		{"hyphenated given name", "said Leif-Eric Easley, a professor in Seoul.", []string{"Leif-Eric Easley/PERSON", "Seoul/GPE"}},
		{"title word heading a body", "They met at the Foreign Ministry's mansion.", []string{"Foreign Ministry/ORG"}},
		{"heading that is a name", "Matthew Goode\nGoode is an English actor.", []string{"Matthew Goode/PERSON"}},
		{"source and date line", "Ukrinform, December 15\n\nPutin spoke.", []string{"Ukrinform/ORG", "Vladimir Putin/PERSON"}},
		{"menu line", "World Business Markets Politics\nPutin spoke.", []string{"Vladimir Putin/PERSON"}},
		{"byline", "By Hyung-Jin Kim and Jim Heintz\n\nPutin spoke.", []string{"Vladimir Putin/PERSON"}},
		{"ship named after a person", "The 5,000-ton Choe Hyon sailed from Nampho. Kim Jong Un toured the destroyer Choe Hyon.",
			[]string{"Nampo/GPE", "Kim Jong Un/PERSON"}},
		{"body after a possessive in lower case", "North Korea's defence ministry said so. The Russian embassy agreed.",
			[]string{"North Korean Defence Ministry/ORG", "Russian Embassy/ORG"}},
		{"national body in a dateline's capital", "MOSCOW, January 16. /TASS/. Talks were held at the Foreign Ministry's mansion.",
			[]string{"Moscow/GPE", "TASS/ORG", "Russian Foreign Ministry/ORG"}},
		{"national body in a capital", "Lloyd Austin spoke at the Defense Ministry in Tokyo.",
			[]string{"Lloyd Austin/PERSON", "Japanese Defence Ministry/ORG", "Tokyo/GPE"}},
		{"national body without a dateline", "Lavrov spoke. Talks were held in Moscow. The Foreign Ministry said so.",
			[]string{"Sergei Lavrov/PERSON", "Moscow/GPE", "Foreign Ministry/ORG"}},
		{"known person by family name alone", "Secretary of Defense Austin also attended.", []string{"Lloyd Austin/PERSON"}},
		{"another person with a known family name", "Eleanor Vance wrote it. Dmitri S. Peskov said so.",
			[]string{"Eleanor Vance/PERSON", "Dmitry Peskov/PERSON"}},
		{"family name that opens other names", "Valery Gerasimov met Kim.", []string{"Valery Gerasimov/PERSON", "Kim/PERSON"}},
		{"compound title", "He met National Security Adviser Shin Won-sik and Defense Intelligence Agency Director Jeffrey Kruse.",
			[]string{"Shin Won-sik/PERSON", "Defense Intelligence Agency/ORG", "Jeffrey Kruse/PERSON"}},
		{"field of expertise", "said Ramon Pacheco Pardo, a Korea expert, after a U.S. official spoke.",
			[]string{"Ramon Pacheco Pardo/PERSON", "United States/GPE"}},
		{"ship's prefix", "The USS Carl Vinson arrived in Busan. The USS Kentucky docked.", []string{"Busan/GPE"}},
		{"an office inside a person's span", "They were met by Primorsky Gov. Oleg Kozhemyako.", []string{"Oleg Kozhemyako/PERSON"}},
		{"the country an office is of", "Deputy Foreign Minister of Belarus Yevgeny Shestakov arrived.",
			[]string{"Belarus/GPE", "Yevgeny Shestakov/PERSON"}},
		{"a ship named with a title", "Kim boarded the frigate Marshal Shaposhnikov. The aircraft carrier Theodore Roosevelt sailed into Busan.",
			[]string{"Kim/PERSON", "Busan/GPE"}},
		{"a drafter's name before a body", "Russia vetoed a US-drafted Security Council resolution.",
			[]string{"Russia/GPE", "United States/GPE", "UN Security Council/ORG"}},
		{"longer name around a known place", "The paintings hang in Auckland Castle in Southern Senegal.",
			[]string{"Auckland Castle/LOC", "Southern Senegal/GPE"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			actors, mentions := findActors(tc.text, splitSentences(tc.text))
			if got := actorNames(actors); !slices.Equal(got, tc.want) {
				t.Errorf("actors %q, want %q", got, tc.want)
			}
			for _, m := range mentions {
				if tc.text[m.Start:m.End] != m.Text {
					t.Errorf("mention %q at %v reads %q", m.Text, m.Span, tc.text[m.Start:m.End])
				}
			}
		})
	}
}

func TestAliases(t *testing.T) {
	text := "Kim Jong-un met Putin. Later, Kim Jong Un and Vladimir Putin signed. Kim left."
	actors, _ := findActors(text, splitSentences(text))
	if len(actors) != 2 {
		t.Fatalf("actors %q, want two", actorNames(actors))
	}
	if !slices.Contains(actors[0].Aliases, "Kim Jong-un") || !slices.Contains(actors[0].Aliases, "Kim") {
		t.Errorf("Kim Jong Un aliases %q", actors[0].Aliases)
	}
}

// TestLongCapitalisedRun checks that 100k capitalised words stay bounded:
// entities are at most maxEntityWords long and the run finishes quickly.
func TestLongCapitalisedRun(t *testing.T) {
	var b strings.Builder
	for i := range 100000 {
		b.WriteString("Zorbal")
		b.WriteByte(byte('A' + i%26))
		b.WriteByte(' ')
	}
	text := b.String()
	start := time.Now()
	a := Analyze(Doc{Text: text}, time.Time{})
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("took %v", d)
	}
	for _, m := range a.Mentions {
		if n := len(strings.Fields(m.Text)); n > maxEntityWords {
			t.Fatalf("mention of %d words", n)
		}
	}
}

func TestEvents(t *testing.T) {
	dct := time.Date(2023, 9, 14, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		typ        string
		planned    bool
		source     string
	}{
		{"arms", "North Korea shipped artillery shells to Russia.", "ARMS_TRANSFER", false, "North Korea"},
		{"planned", "Sergei Lavrov will travel to Pyongyang.", "TRAVEL", true, "Sergei Lavrov"},
		{"expected", "Putin is expected to visit North Korea.", "VISIT", true, "Vladimir Putin"},
		{"report", "Dmitry Peskov said the talks were useful.", "STATEMENT", false, "Dmitry Peskov"},
		{"reported event", "KCNA said Kim Jong Un met Putin in Vladivostok.", "MEET", false, "Kim Jong Un"},
		{"negated", "Peskov said Putin did not meet Kim Jong Un.", "STATEMENT", false, "Dmitry Peskov"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := Analyze(Doc{Text: tc.text}, dct)
			i := slices.IndexFunc(a.Events, func(e Event) bool { return e.Type == tc.typ })
			if i < 0 {
				t.Fatalf("no %s event in %+v", tc.typ, a.Events)
			}
			e := a.Events[i]
			if e.Planned != tc.planned {
				t.Errorf("planned %v, want %v", e.Planned, tc.planned)
			}
			src := ""
			for _, ea := range e.Actors {
				if ea.Role == "source" {
					src = a.Actors[ea.Actor].Name
					break
				}
			}
			if src != tc.source {
				t.Errorf("source %q, want %q", src, tc.source)
			}
		})
	}
}

func TestNegatedEvent(t *testing.T) {
	a := Analyze(Doc{Text: "Putin did not meet Kim Jong Un, and no agreements were signed. Kim didn’t visit Moscow."}, time.Time{})
	if len(a.Events) != 0 {
		t.Errorf("events %+v, want none", a.Events)
	}
}

func TestTriggerAsModifier(t *testing.T) {
	a := Analyze(Doc{Text: "Putin hosted Kim Jong Un at a rocket launch site. Russia cut supply lines to Kyiv."}, time.Time{})
	var types []string
	for _, e := range a.Events {
		types = append(types, e.Type)
	}
	if want := []string{"HOST"}; !slices.Equal(types, want) {
		t.Errorf("events %q, want %q (a launch site and supply lines are no events)", types, want)
	}
}

func TestTwoLeaders(t *testing.T) {
	dct := time.Date(2023, 9, 15, 0, 0, 0, 0, time.UTC)
	text := "Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome on Wednesday. " +
		"The two leaders signed an agreement on Thursday. Russia and North Korea are old allies. " +
		"Both countries announced a treaty on Friday."
	a := Analyze(Doc{Text: text}, dct)
	var got []string
	for _, e := range a.Events {
		var names []string
		for _, ea := range e.Actors {
			names = append(names, a.Actors[ea.Actor].Name)
		}
		got = append(got, e.Type+"@"+e.Value+" "+strings.Join(names, ", "))
	}
	want := []string{"MEET@2023-09-13 Kim Jong Un, Vladimir Putin, Vostochny Cosmodrome",
		"SIGN@2023-09-14 Kim Jong Un, Vladimir Putin", "AGREE@2023-09-14 Kim Jong Un, Vladimir Putin",
		"ANNOUNCE@2023-09-15 Russia, North Korea"}
	if !slices.Equal(got, want) {
		t.Errorf("events\n%q\nwant\n%q", got, want)
	}
}

func TestReportDatedByDCT(t *testing.T) {
	dct := time.Date(2023, 9, 14, 0, 0, 0, 0, time.UTC)
	a := Analyze(Doc{Text: "John Kirby said North Korea had sent weapons."}, dct)
	types := datedTypes(a)
	want := []string{"ARMS_TRANSFER@", "STATEMENT@2023-09-14"}
	if !slices.Equal(types, want) {
		t.Errorf("events %q, want %q", types, want)
	}
}

func TestShortFormChoice(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"most named", "Kim Jong Un spoke. Kim Jong Un smiled. He praised his grandfather Kim Il Sung. " +
			"Crowds cheered. Later Kim left.", "Kim Jong Un"},
		{"named just before", "Kim Jong Un spoke. Kim Jong Un smiled. His sister Kim Yo Jong was there. Kim said no.",
			"Kim Yo Jong"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			actors, mentions := findActors(tc.text, splitSentences(tc.text))
			last := mentions[len(mentions)-1]
			if last.Text != "Kim" || actors[last.Actor].Name != tc.want {
				t.Errorf("last mention %q is %q, want %q", last.Text, actors[last.Actor].Name, tc.want)
			}
		})
	}
}

func TestTheNorth(t *testing.T) {
	text := "North Korea fired a missile. The North has tested many this year."
	actors, mentions := findActors(text, splitSentences(text))
	if len(actors) != 1 || actors[0].Name != "North Korea" || len(mentions) != 2 {
		t.Errorf("actors %q, %d mentions; want North Korea twice", actorNames(actors), len(mentions))
	}
	text = "North Korean troops fired a missile. The North has tested many this year."
	actors, _ = findActors(text, splitSentences(text))
	if got := actorNames(actors); !slices.Equal(got, []string{"North Korea/GPE"}) {
		t.Errorf("adjective only: actors %q, want North Korea", got)
	}
}

func TestReportSourceBeforeRelativeClause(t *testing.T) {
	dct := time.Date(2023, 9, 15, 0, 0, 0, 0, time.UTC)
	text := "Deputy Prime Minister Denis Manturov, who accompanied Kim Jong Un, said the sides discussed aircraft."
	a := Analyze(Doc{Text: text}, dct)
	for _, e := range a.Events {
		if e.Type != "STATEMENT" {
			continue
		}
		var src []string
		for _, ea := range e.Actors {
			if ea.Role == "source" {
				src = append(src, a.Actors[ea.Actor].Name)
			}
		}
		if !slices.Equal(src, []string{"Denis Manturov"}) {
			t.Errorf("the statement's sources are %q, want Denis Manturov", src)
		}
		return
	}
	t.Errorf("no statement in %+v", a.Events)
}

func TestPoolTypes(t *testing.T) {
	raw := []rawMention{
		{Text: "Coron", Type: "PERSON", Entry: -1}, // "Coron was registered as a town"
		{Text: "Coron", Type: "GPE", Entry: -1},    // "in Coron"
		{Text: "Coron", Type: "GPE", Entry: -1},    // "to Coron"
		{Text: "Coron", Type: "PERSON", Entry: -1}, // "Mr. Coron": typed by a title
		{Text: "Busuanga", Type: "PERSON", Entry: -1},
		{Text: "Manila", Type: "GPE", Entry: 3},
	}
	probs := []typeProbs{{0.6, 0.1, 0.3}, {0.1, 0, 0.9}, {0.2, 0.1, 0.7}, {}, {0.9, 0, 0.1}, {}}
	poolTypes(raw, probs)
	var got []string
	for _, m := range raw {
		got = append(got, m.Type)
	}
	want := []string{"GPE", "GPE", "GPE", "PERSON", "PERSON", "GPE"}
	if !slices.Equal(got, want) {
		t.Errorf("types %q, want %q", got, want)
	}
}

// datedTypes returns "TYPE@date" for each event of a.
func datedTypes(a Analysis) []string {
	var out []string
	for _, e := range a.Events {
		out = append(out, e.Type+"@"+e.Value)
	}
	return out
}

func TestDatedEvents(t *testing.T) {
	tests := []struct {
		name, dct, text string
		want            []string // TYPE@date of every event
	}{
		{"a time of day dates the day", "2023-09-11", "Kim Jong Un left Pyongyang on Sunday evening by train.",
			[]string{"DEPART@2023-09-10"}},
		{"urge", "2024-01-10", "Antony Blinken called on China on Tuesday to rein in North Korea. So-called experts met.",
			[]string{"URGE@2024-01-09"}},
		{"designation is a sanction", "2023-03-31",
			"The Treasury Department designated Ashot Mkrtychev on Thursday for brokering arms deals.",
			[]string{"SANCTION@2023-03-30"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dct, err := time.Parse("2006-01-02", tc.dct)
			if err != nil {
				t.Fatal(err)
			}
			if got := datedTypes(Analyze(Doc{Text: tc.text}, dct)); !slices.Equal(got, tc.want) {
				t.Errorf("events %q, want %q", got, tc.want)
			}
		})
	}
}

// TestSpacedDashSplitsNames checks that a dash with spaces around it ends a
// name ("in Tatarstan - HUR", a headline's source) while a hyphen inside a
// name joins it.
func TestSpacedDashSplitsNames(t *testing.T) {
	text := "Russia plans to bring 12,000 workers to a drone plant in Tatarstan - HUR\n\nThe Rimsky-Korsakov Conservatory in St. Petersburg trained them."
	a := Analyze(Doc{Text: text}, time.Date(2025, 11, 14, 0, 0, 0, 0, time.UTC))
	for _, ac := range a.Actors {
		if strings.Contains(ac.Name, " - ") {
			t.Errorf("actor %q spans a spaced dash", ac.Name)
		}
	}
	if !slices.ContainsFunc(a.Actors, func(ac Actor) bool { return ac.Name == "Tatarstan" }) {
		t.Errorf("no Tatarstan: %+v", a.Actors)
	}
}

// TestBareNorth checks that "The North" opening a sentence is North Korea
// when the text names it, but "the South of France" is no Korea.
func TestBareNorth(t *testing.T) {
	text := "North Korea sent troops. The North first sent 11,000 soldiers to Kursk. South Korea protested, and tourists in the South of France shrugged."
	a := Analyze(Doc{Text: text}, time.Date(2025, 11, 4, 0, 0, 0, 0, time.UTC))
	var north, south int
	for _, m := range a.Mentions {
		switch a.Actors[m.Actor].Name {
		case "North Korea":
			north++
		case "South Korea":
			south++
		}
	}
	if north != 2 || south != 1 {
		t.Errorf("North Korea %d mentions, South Korea %d, want 2 and 1: %+v", north, south, a.Mentions)
	}
}

// TestPluralAcronym checks that a counted acronym ("CFLs") is no actor
// while the acronym of a body is.
func TestPluralAcronym(t *testing.T) {
	a := Analyze(Doc{Text: "The shop sold CFLs and LEDs to NATO officers in Brussels."}, time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
	for _, ac := range a.Actors {
		if ac.Name == "CFLs" || ac.Name == "LEDs" {
			t.Errorf("plural acronym %q is an actor", ac.Name)
		}
	}
	if !slices.ContainsFunc(a.Actors, func(ac Actor) bool { return ac.Name == "NATO" }) {
		t.Errorf("no NATO: %+v", a.Actors)
	}
}

// TestConceptAcronym checks that an acronym the text defines after the
// lower-case words it abbreviates is no actor there or later.
func TestConceptAcronym(t *testing.T) {
	text := "Satellites measure global sea surface salinity (SSS) every week. The SSS maps were shown to NASA in Houston."
	a := Analyze(Doc{Text: text}, time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
	for _, ac := range a.Actors {
		if ac.Name == "SSS" {
			t.Errorf("concept acronym SSS is an actor")
		}
	}
	if !slices.ContainsFunc(a.Actors, func(ac Actor) bool { return ac.Name == "Houston" }) {
		t.Errorf("no Houston: %+v", a.Actors)
	}
	if got := conceptAcronyms("the North Atlantic Treaty Organization (NATO) and ground reaction force (GRF)"); !got["GRF"] || got["NATO"] {
		t.Errorf("conceptAcronyms = %v, want GRF only", got)
	}
}

// TestLanguageNames checks that a name the text gives a language is no
// actor.
func TestLanguageNames(t *testing.T) {
	text := "Eegimaa is a Jóola language spoken in Senegal. Speakers of Eegimaa live near Ziguinchor."
	a := Analyze(Doc{Text: text}, time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
	for _, ac := range a.Actors {
		if ac.Name == "Eegimaa" || ac.Name == "Jóola" {
			t.Errorf("language %q is an actor", ac.Name)
		}
	}
	if !slices.ContainsFunc(a.Actors, func(ac Actor) bool { return ac.Name == "Senegal" }) {
		t.Errorf("no Senegal: %+v", a.Actors)
	}
}

// TestOfficeWordBeforeName checks that the last word of an office before a
// person's name ("Minister of State Security Ri Chang Dae") is no part of
// the name.
func TestOfficeWordBeforeName(t *testing.T) {
	text := "Naryshkin held talks with North Korea's Minister of State Security Ri Chang Dae on Tuesday."
	a := Analyze(Doc{Text: text}, time.Date(2024, 3, 28, 0, 0, 0, 0, time.UTC))
	if !slices.ContainsFunc(a.Actors, func(ac Actor) bool { return ac.Name == "Ri Chang Dae" }) {
		t.Errorf("no Ri Chang Dae: %+v", a.Actors)
	}
}

// TestCompoundAdjective checks that "Shahed-type" and "Russian-made"
// name no actor.
func TestCompoundAdjective(t *testing.T) {
	for _, s := range []string{"Shahed-type", "Iran-backed", "Russian-made"} {
		if !compoundAdjective(s) {
			t.Errorf("compoundAdjective(%q) = false", s)
		}
	}
	for _, s := range []string{"Rimsky-Korsakov", "Wonsan-Kalma", "Kim Jong-un"} {
		if compoundAdjective(s) {
			t.Errorf("compoundAdjective(%q) = true", s)
		}
	}
}

// TestWorkTitle checks that a quoted title after the kind of work it names
// is no actor, while a quoted name elsewhere is.
func TestWorkTitle(t *testing.T) {
	text := `They met in front of the painting "Joan of Arc" in New York. The crowd chanted "Ukraine" in Warsaw.`
	if !workTitle(text, strings.Index(text, "Joan"), strings.Index(text, `" in New`)) {
		t.Errorf("the painting's title is no work title")
	}
	if workTitle(text, strings.Index(text, "Ukraine"), strings.Index(text, `" in Warsaw`)) {
		t.Errorf("a chanted name is a work title")
	}
}

// TestPatronymicAndSpelling checks that a listed person named with a
// patronymic or another spelling of the given name is that person.
func TestPatronymicAndSpelling(t *testing.T) {
	for _, text := range []string{
		"Russian Ambassador Alexandr Ivanovich Matsegora attended the ceremony in Pyongyang.",
		"Ambassador Aleksandr Matsegora attended the ceremony in Pyongyang.",
	} {
		a := Analyze(Doc{Text: text}, time.Date(2025, 6, 19, 0, 0, 0, 0, time.UTC))
		if !slices.ContainsFunc(a.Actors, func(ac Actor) bool { return ac.Name == "Alexander Matsegora" }) {
			t.Errorf("%q: actors %+v, want Alexander Matsegora", text, a.Actors)
		}
	}
	text := "Kim Jong Un on Tuesday received Sergei Kuzhugetovich Shoigu, secretary of the Security Council, in Pyongyang."
	a := Analyze(Doc{Text: text}, time.Date(2025, 6, 19, 0, 0, 0, 0, time.UTC))
	if !slices.ContainsFunc(a.Mentions, func(m Mention) bool { return m.Text == "Sergei Kuzhugetovich Shoigu" }) {
		t.Errorf("%q: mentions %+v, want the whole name with its patronymic", text, a.Mentions)
	}
}

// TestSharedOblast checks that each place of a list that "oblasts" ends is
// an oblast, not the city of its name.
func TestSharedOblast(t *testing.T) {
	text := "The attack targeted the city of Kyiv as well as Kyiv, Mykolaiv, Lviv and Dnipropetrovsk oblasts."
	got := actorNames(Analyze(Doc{Text: text}, time.Date(2024, 2, 7, 0, 0, 0, 0, time.UTC)).Actors)
	for _, want := range []string{"Kyiv/GPE", "Kyiv Oblast/GPE", "Mykolaiv Oblast/GPE", "Lviv Oblast/GPE", "Dnipropetrovsk Oblast/GPE"} {
		if !slices.Contains(got, want) {
			t.Errorf("actors %v, want %s", got, want)
		}
	}
}

// TestBodyOfSpokesperson checks that a body named without its country is
// the body of the country whose official the text names right after it,
// even in a text from another capital.
func TestBodyOfSpokesperson(t *testing.T) {
	tests := []struct{ text, want string }{
		{"SEOUL, Nov 3 (Reuters) - Ties will deepen, Foreign Ministry spokeswoman Maria Zakharova said.", "Russian Foreign Ministry/ORG"},
		{"Ties will deepen, the Foreign Ministry's spokesman, Lin Jian, said.", "Chinese Foreign Ministry/ORG"},
		{"Ties will deepen, the Foreign Ministry said in Seoul, and Maria Zakharova agreed.", "South Korean Foreign Ministry/ORG"},
	}
	for _, tt := range tests {
		actors, _ := findActors(tt.text, splitSentences(tt.text))
		if names := actorNames(actors); !slices.Contains(names, tt.want) {
			t.Errorf("%q: actors %q, want %q", tt.text, names, tt.want)
		}
	}
}

// TestNameShapes checks a month before a day's number (no actor), a listed
// name whose words match partly capitalised forms ("Kumsusan State
// Guesthouse" for the listed "Kumsusan state guesthouse") and a title's
// office ("the Prime Minister's Office").
func TestNameShapes(t *testing.T) {
	tests := []struct{ text, want, not string }{
		{"Updated Jun. 20, 2024 11:52AM EDT. Putin met Kim.", "Vladimir Putin/PERSON", "Jun/PERSON"},
		{"Putin drove Kim in the grounds of the Kumsusan State Guesthouse.", "Kumsusan State Guest House/LOC", "Kumsusan State Guesthouse/ORG"},
		{"They voiced concern, according to the Prime Minister's Office.", "Prime Minister's Office/ORG", "Office/ORG"},
		{"According to data released by Russia's Ministry of Science and Higher Education in April, few came.",
			"Ministry of Science and Higher Education/ORG", "Ministry of Science/ORG"},
		{"Matsegora greeted Kim and his daughter Ju Ae at the embassy.", "Kim Ju Ae/PERSON", "Ju Ae/PERSON"},
	}
	for _, tt := range tests {
		actors, _ := findActors(tt.text, splitSentences(tt.text))
		names := actorNames(actors)
		if !slices.Contains(names, tt.want) || slices.Contains(names, tt.not) {
			t.Errorf("%q: actors %q, want %q and not %q", tt.text, names, tt.want, tt.not)
		}
	}
}

// TestFamilyNameLeader checks that a bare family name shared by two people
// named once each, neither nearby, goes to the head of state: "Kim" after
// "Kim Jong-un" and the envoy "Kim Song" is Kim Jong Un.
func TestFamilyNameLeader(t *testing.T) {
	text := "North Korean leader Kim Jong-un met Putin on September 13.\n\n" +
		"The Council met on Tuesday, while North Korea's ambassador, Kim Song, spoke.\n\n" +
		"The turn came in late July. Shoigu arrived in Pyongyang on July 25. The following day Kim guided him."
	actors, _ := findActors(text, splitSentences(text))
	k := slices.IndexFunc(actors, func(a Actor) bool { return a.Name == "Kim Jong Un" })
	if k < 0 || !slices.Contains(actors[k].Aliases, "Kim") {
		t.Errorf("actors %q: want Kim Jong Un with the alias Kim", actorNames(actors))
	}
}

// TestNameParticles checks that a family name keeps the lower-case
// particles that open it, after initials and on its own, and that its
// mentions are one person.
func TestNameParticles(t *testing.T) {
	text := "F. W. de Klerk became president in 1989. De Klerk released Nelson Mandela in 1990. " +
		"Later, de Klerk shared the prize with Mandela. Charles de Gaulle met Konrad Adenauer; de Gaulle later vetoed British entry."
	wantMentions(t, text, actorName, map[string]string{"F. W. de Klerk": "F. W. de Klerk", "De Klerk": "F. W. de Klerk", "de Klerk": "F. W. de Klerk",
		"Charles de Gaulle": "Charles de Gaulle", "de Gaulle": "Charles de Gaulle"})
}

// TestJoinAndBody checks that "and" inside the name of a body and "&"
// inside any name make one organisation, while two whole names joined by
// "and" and listed places stay apart.
func TestJoinAndBody(t *testing.T) {
	text := "The Securities and Exchange Commission charged the firm. He joined the Food and Agriculture Organization " +
		"after studying at the London School of Hygiene & Tropical Medicine. Siemens & Halske built the line. " +
		"Accounts were held at North Korea's Foreign Trade Bank and Korea Kwangson Banking Corporation. " +
		"Flights link Dallas and Oklahoma City."
	a := Analyze(Doc{Text: text}, time.Time{})
	got := mentionActors(a, actorType)
	for _, name := range []string{"Securities and Exchange Commission", "Food and Agriculture Organization",
		"London School of Hygiene & Tropical Medicine", "Siemens & Halske", "Korea Kwangson Banking Corporation"} {
		if got[name] != "ORG" {
			t.Errorf("%q is %q, want an organisation (mentions %v)", name, got[name], got)
		}
	}
	for name := range got {
		if strings.Contains(name, "Bank and") || strings.Contains(name, "Dallas and") {
			t.Errorf("%q joins two names", name)
		}
	}
	if got["Dallas"] == "" {
		t.Errorf("Dallas is no mention (mentions %v)", got)
	}
}

// TestListedPersonInFull checks that a listed person's name written with
// initials or a patronymic the list leaves out is one mention of that
// person, that other middle initials make another person, and that the
// family name alone then stands for the person the text named.
func TestListedPersonInFull(t *testing.T) {
	text := "Kim Jong-un met Vladimir V. Putin. Dmitri S. Peskov spoke. Principal Secretary Korir Sing'oei called it a stab in the back. " +
		"Gillespie received a medal from President George H. W. Bush in 1989. Bush praised him."
	wantMentions(t, text, actorName, map[string]string{"Vladimir V. Putin": "Vladimir Putin", "Dmitri S. Peskov": "Dmitry Peskov",
		"George H. W. Bush": "George H. W. Bush", "Bush": "George H. W. Bush", "Korir Sing'oei": "Korir Sing'oei"})
}

// TestCountryBody checks that a country's name written before one of its
// state bodies is part of the body's name, and the country no actor there.
func TestCountryBody(t *testing.T) {
	text := "The United States Department of Justice charged him. He served in the United States House of Representatives. " +
		"The United States Department of Agriculture disagreed."
	a := Analyze(Doc{Text: text}, time.Time{})
	got := mentionActors(a, actorType)
	for _, name := range []string{"United States Department of Justice", "United States House of Representatives", "United States Department of Agriculture"} {
		if got[name] != "ORG" {
			t.Errorf("%q is %q, want an organisation (mentions %v)", name, got[name], got)
		}
	}
	if _, ok := got["United States"]; ok {
		t.Errorf("the country is a mention of its own: %v", got)
	}
}

// TestEmpireAndTsar checks that a nationality and a polity noun name a
// state together, and that a monarch's title is no part of the name.
func TestEmpireAndTsar(t *testing.T) {
	text := "He was born in the Russian Empire in 1897. The treaty was signed by Tsar Nicholas II in 1905."
	wantMentions(t, text, actorType, map[string]string{"Russian Empire": "GPE", "Nicholas II": "PERSON"})
}

// TestRulerAndFirmFor checks that a ruler's byname keeps the ruler a
// person, and that an amount in a currency is no field of the organisation
// before "for".
func TestRulerAndFirmFor(t *testing.T) {
	text := "The kingdom reached its peak under Sancho the Great. In 1991 Roche bought patents from Cetus Corporation for US$300 million."
	wantMentions(t, text, actorType, map[string]string{"Sancho the Great": "PERSON", "Cetus Corporation": "ORG"})
}

// TestSaintPlaces checks that places named after saints, and names opened
// by a kind of place, are places, not people or bodies; that a saint's
// church or abbey after "'s" is one name; and that a given name that is
// also a title opens a person's name when no given name follows it.
func TestSaintPlaces(t *testing.T) {
	text := "The islands of Flores and São Jorge are volcanic. The town grew around St. Peter's Abbey. " +
		"He prayed at Saint Nicholas' Church. He later played with Earl Hines and Billy Eckstine. " +
		"The treaty was signed at the Hotel Wentworth. Lula laid a wreath at the Tomb of the Unknown Soldier."
	wantMentions(t, text, actorType, map[string]string{"São Jorge": "GPE", "St. Peter's Abbey": "LOC", "Saint Nicholas' Church": "LOC",
		"Earl Hines": "PERSON", "Hotel Wentworth": "LOC", "Tomb of the Unknown Soldier": "LOC"})
}

// TestOwnedBodiesAndQuestions checks a country's body named after its
// possessive ("Ukraine's General Staff" is not the listed Russian one), an
// abbreviation the text defines for another name than the listed one, the
// press of a press secretary's title, the auxiliary opening a question, and
// a body's name running on into its head's.
func TestOwnedBodiesAndQuestions(t *testing.T) {
	text := "Q: Will Kim go to Moscow?\n\nA: Probably. White House Press Secretary Karoline Leavitt told reporters that Trump wanted peace. " +
		"Russia's General Staff said Kursk was retaken. Ukraine's General Staff denied the claim. " +
		"Yael Ronen-Shapira, a researcher at the Institute for National Security Studies (INSS) in Tel Aviv, says so. The INSS report came out."
	text += " After the leak, CEO of the Refugee Council Enver Solomon told Sky News the process must be well thought out."
	a := Analyze(Doc{Text: text}, time.Time{})
	var names []string
	for _, ac := range a.Actors {
		names = append(names, ac.Name)
	}
	for _, want := range []string{"Kim", "White House", "Russian General Staff", "General Staff of the Armed Forces of Ukraine",
		"Institute for National Security Studies", "Refugee Council", "Enver Solomon"} {
		if !slices.Contains(names, want) {
			t.Errorf("no actor %q in %q", want, names)
		}
	}
	for _, bad := range []string{"Will Kim", "White House Press", "Institute for National Security Strategy"} {
		if slices.Contains(names, bad) {
			t.Errorf("actor %q in %q", bad, names)
		}
	}
}

func actorName(a Actor) string { return a.Name }
func actorType(a Actor) string { return a.Type }

// mentionActors maps the text of each mention to a field of its actor.
func mentionActors(a Analysis, field func(Actor) string) map[string]string {
	got := map[string]string{}
	for _, m := range a.Mentions {
		got[m.Text] = field(a.Actors[m.Actor])
	}
	return got
}

// wantMentions analyses text and checks a field of the actor of each
// mention in want.
func wantMentions(t *testing.T, text string, field func(Actor) string, want map[string]string) {
	t.Helper()
	got := mentionActors(Analyze(Doc{Text: text}, time.Time{}), field)
	for m, w := range want {
		if got[m] != w {
			t.Errorf("mention %q has %q, want %q (mentions %v)", m, got[m], w, got)
		}
	}
}
