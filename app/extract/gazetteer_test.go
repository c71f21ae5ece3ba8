package extract

import (
	"slices"
	"testing"
	"time"
)

// TestGazetteerNamesMatch checks that every canonical name in the lexicon
// files is found as itself in running text.
func TestGazetteerNamesMatch(t *testing.T) {
	g := theGazetteer()
	for i, e := range g.entries {
		text := "They met " + e.Name + " today."
		ws := nerWords(nil, text, Span{0, len(text)})
		hits := g.match(nil, ws)
		found := false
		for _, h := range hits {
			if ws[h.Start].Start == 9 && g.entries[h.Entry].Name == e.Name {
				found = true
			}
		}
		if !found {
			t.Errorf("entry %d %q (%s) does not match itself", i, e.Name, e.Type)
		}
	}
}

// TestGazetteerVariants checks spellings that news outlets use for the same
// actor, lower-case words of an entry included.
func TestGazetteerVariants(t *testing.T) {
	tests := []struct{ text, want string }{
		{"the port of Najin", "Rason"},
		{"43 trips to the Vostochny oil terminal", "Vostochny Port"},
		{"at the Kumsusan State Guesthouse in Pyongyang", "Kumsusan State Guest House"},
		{"soldiers captured in the Kursk Oblast", "Kursk"},
		{"at Pyongyang International Airport", "Sunan International Airport"},
		{"talks at Kumsusan guest house", "Kumsusan State Guest House"},
		{"talks at the Kumsusan State Guest House", "Kumsusan State Guest House"},
		{"at the Kumsusan state guesthouse in Pyongyang", "Kumsusan State Guest House"},
		{"South Korea's unification ministry said", "Unification Ministry"},
		{"told broadcaster KBS on Monday", "Korean Broadcasting System"},
		{"Kim toured the Yuri Gagarin aircraft plant in Komsomolsk-on-Amur", "Komsomolsk-on-Amur Aircraft Plant"},
		{"Rajin Port: Container Traffic Surges", "Rason"},
		{"rolled through Kim Il-sung Square alongside", "Kim Il Sung Square"},
		{"traffic at the Tumangang rail facility", "Tumangang"},
		{"at the Belt and Road Forum", "Belt and Road Forum"},
		{"secretary of Russia's Security Council", "Russian Security Council"},
		{"Seoul's Defense Ministry said", "South Korean Defence Ministry"},
		{"a researcher, told RFE/RL.", "Radio Free Europe/Radio Liberty"},
		{"a fellow at the Korea Institute for National Unification", "Korea Institute for National Unification"},
		{"in the Asia-Pacific region", "Asia-Pacific"},
		{"the Workers’ Party secretary in charge of munitions", "Workers' Party of Korea"},
		{"according to Japan's Ministry of Defense, the missile", "Japanese Defence Ministry"},
		{"Ukraine's Air Force said Russia fired", "Ukrainian Air Force"},
		{"the Security Council Committee established pursuant to resolution 1718 (2006)", "1718 Committee"},
		{"known as the 1718 Committee", "1718 Committee"},
		{"aid to West Africa", "West Africa"},
		{"born in West Germany", "West Germany"},
		{"told VOA's Korean Service on Monday", "Voice of America"},
		{"Sergey Shoygu, who was Russia's defence minister", "Sergei Shoigu"},
		{"Mr. Shoygu's successor", "Sergei Shoigu"},
		{"presidential aide Yury Ushakov said", "Yuri Ushakov"},
		{"envoy Vasiliy Nebenzia said", "Vassily Nebenzia"},
		{"Ukrainian Main Intelligence Directorate (GUR) Chief Kyrylo Budanov", "Ukrainian military intelligence"},
		{"the Reconnaissance General Bureau, led by Ri Chang-ho", "Ri Chang Ho"},
		{"China's top legislature, the National People's Congress", "National People's Congress"},
	}
	g := theGazetteer()
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			ws := nerWords(nil, tt.text, Span{0, len(tt.text)})
			for _, h := range g.match(nil, ws) {
				if g.entries[h.Entry].Name == tt.want {
					return
				}
			}
			t.Errorf("%q: no %q", tt.text, tt.want)
		})
	}
}

func TestFamilyNameFirst(t *testing.T) {
	text := "Chief Cabinet Secretary Hayashi Yoshimasa said Japan protested. Yoshimasa Hayashi spoke again."
	actors, _ := findActors(text, splitSentences(text))
	if got, want := actorNames(actors), []string{"Yoshimasa Hayashi/PERSON", "Japan/GPE"}; !slices.Equal(got, want) {
		t.Errorf("actors %q, want %q", got, want)
	}
}

// TestWestIsNoActor checks that "the West" as a bloc is no actor while
// places named with "West" stay places.
func TestWestIsNoActor(t *testing.T) {
	text := "Putin accused the collective West of prolonging the war. The West has sanctioned Moscow. Aid reached West Africa."
	a := Analyze(Doc{Text: text}, time.Date(2024, 6, 19, 0, 0, 0, 0, time.UTC))
	var names []string
	for _, ac := range a.Actors {
		names = append(names, ac.Name)
	}
	if slices.Contains(names, "West") {
		t.Errorf("West is an actor: %v", names)
	}
	if !slices.Contains(names, "West Africa") {
		t.Errorf("no West Africa: %v", names)
	}
}

// TestWhiteHouseCouncil checks that "White House National Security
// Council" names both the White House and its council.
func TestWhiteHouseCouncil(t *testing.T) {
	text := "White House National Security Council spokesman John Kirby said on Jan. 4 that Russia fired missiles."
	a := Analyze(Doc{Text: text}, time.Date(2024, 1, 5, 0, 0, 0, 0, time.UTC))
	var names []string
	for _, ac := range a.Actors {
		names = append(names, ac.Name)
	}
	for _, want := range []string{"White House", "National Security Council", "John Kirby"} {
		if !slices.Contains(names, want) {
			t.Errorf("no %s: %v", want, names)
		}
	}
}

// TestTranslitVariants checks the other spellings of Russian names.
func TestTranslitVariants(t *testing.T) {
	got := translitVariants("Sergei Shoigu")
	for _, want := range []string{"Sergey Shoigu", "Sergei Shoygu", "Sergey Shoygu"} {
		if !slices.Contains(got, want) {
			t.Errorf("translitVariants(Sergei Shoigu) = %v, no %q", got, want)
		}
	}
	if got := translitVariants("Shoigu"); !slices.Equal(got, []string{"Shoygu"}) {
		t.Errorf("translitVariants(Shoigu) = %v", got)
	}
	if got := surnameSpellings("Zelensky"); !slices.Contains(got, "Zelenskiy") {
		t.Errorf("surnameSpellings(Zelensky) = %v", got)
	}
	if got := surnameSpellings("Peskov"); got != nil {
		t.Errorf("surnameSpellings(Peskov) = %v, want none", got)
	}
}

// TestLowerTails checks the lower-case forms news gives a body's name.
func TestLowerTails(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"Russian Defence Ministry", []string{"Russian defence ministry"}},
		{"Ukraine's Air Force", []string{"Ukraine's air force"}},
		{"Japan Coast Guard", []string{"Japan coast guard"}},
		{"Bank of Korea", nil},
	}
	for _, tt := range tests {
		if got := lowerTails(tt.name); !slices.Equal(got, tt.want) {
			t.Errorf("lowerTails(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestFormalCountryNames checks that "Republic of" before a country's name
// is that country, but for a form another row claims.
func TestFormalCountryNames(t *testing.T) {
	g := theGazetteer()
	for form, want := range map[string]string{"Republic of Cyprus": "Cyprus", "Republic of China": "Taiwan", "Republic of Korea": "South Korea"} {
		if e := g.named(form); e < 0 || g.entries[e].Name != want {
			t.Errorf("%q names entry %d, want %s", form, e, want)
		}
	}
}

// TestNoteCountry checks the country a person's note names: by a
// nationality, a country, an irregular demonym or a title's "of".
func TestNoteCountry(t *testing.T) {
	g := theGazetteer()
	tests := map[string]string{
		"Russian foreign ministry spokeswoman":         "Russia",
		"South Korean unification minister 2024-":      "South Korea",
		"US defence secretary 2021-25":                 "United States",
		"French foreign minister 2017-22":              "France",
		"President of Russia":                          "Russia",
		"Chair of Russia's Federation Council 2011-":   "Russia",
		"Sister of Kim Jong Un, senior party official": "",
		"State Department spokesman":                   "",
	}
	for note, want := range tests {
		if got := g.noteCountry(note); got != want {
			t.Errorf("noteCountry(%q) = %q, want %q", note, got, want)
		}
	}
}
