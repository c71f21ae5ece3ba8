package ingest

import "testing"

func TestIsBoilerplate(t *testing.T) {
	furniture := []string{
		"Advertisement · Scroll to continue",
		"Advertisement",
		"Sign up here.",
		"Reporting by Guy Faulconbridge in Moscow and Josh Smith in Seoul; Additional reporting by Hyonhee Shin; Editing by Mark Trevelyan",
		"(Reporting by Jack Kim; Editing by Ed Davies)",
		"Our Standards: The Thomson Reuters Trust Principles.",
		"FILE PHOTO: North Korean leader Kim Jong Un attends a meeting in Pyongyang, North Korea, in this undated photo.",
		"Kim Jong Un and Vladimir Putin shake hands at the Vostochny Cosmodrome, September 13, 2023. Sputnik/Vladimir Smirnov/Pool via REUTERS",
		"Russian President Vladimir Putin meets Kim Jong Un. (AP Photo/Ahn Young-joon)",
		"Kim inspects a factory. KCNA via REUTERS Purchase Licensing Rights",
		"Associated Press writer Hyung-jin Kim in Seoul contributed to this report.",
		"© 2023 Global Wire. All rights reserved.",
		"Copyright 2023 The Associated Press. All rights reserved. This material may not be published.",
		"By Guy Faulconbridge and Josh Smith",
		"By Josh Smith, Reuters",
		"September 13, 2023 2:05 PM UTC Updated ago",
		"Updated: 13 September 2023",
		"Sept. 13, 2023, 10:41 AM ET",
		"Share on Facebook Share on X Share on LinkedIn Email Link Purchase Licensing Rights",
		"Read more:",
		"Photo: Yonhap",
		"Click here to get our newsletter.",
		"Sign up for our daily briefing on the war in Ukraine.",
		"___",
		"* * *",
		"Updated 11:12 AM GMT+3, September 15, 2023",
	}
	for _, p := range furniture {
		if !isBoilerplate(p) {
			t.Errorf("kept as story text: %q", p)
		}
	}
	story := []string{
		"MOSCOW, Sept 13 (Reuters) - Russian President Vladimir Putin said on Wednesday he saw possibilities for military cooperation with North Korea.",
		"Kim, on a rare trip abroad, told Putin that Pyongyang would support Moscow.",
		"By sending shells, North Korea has become Russia's most important supplier, analysts say.",
		"By the end of the summit, no agreement had been signed.",
		"Advertisements for the summit appeared in Vladivostok.",
		"Editing the record of the talks took weeks, officials said.",
		"Putin said: \"We will talk about all the issues without haste. There is time.\"",
		"September 13, 2023 was the day Kim and Putin met at Vostochny.",
		"Shares in Russian defence firms rose after the summit.",
		"Related talks between Seoul and Tokyo are planned for next month.",
	}
	for _, p := range story {
		if isBoilerplate(p) {
			t.Errorf("dropped as page furniture: %q", p)
		}
	}
}

func TestNewsPageFurnitureDropped(t *testing.T) {
	doc, err := Read("testdata/furniture.html")
	if err != nil {
		t.Fatal(err)
	}
	check(t, doc, want{
		format: "html", title: "Putin and Kim discuss military matters at Russian space port",
		textStarts: "MOSCOW/SEOUL, Sept 13",
		textHas:    []string{"Kim, on a rare trip abroad", "Hirokazu Matsuno said Tokyo was concerned."},
		textLacks:  []string{"Smirnov", "Faulconbridge", "Scroll to continue", "Sign up", "Licensing", "Our Standards", "Updated ago", "Trevelyan"},
	})
}

// TestConvertedDivsStayParagraphs reads a page whose byline and time stamp
// are divs that readability turns into paragraphs: they must not run
// together ("KIMUpdated") and must go as page furniture.
func TestConvertedDivsStayParagraphs(t *testing.T) {
	doc, err := Read("testdata/converted_divs.html")
	if err != nil {
		t.Fatal(err)
	}
	check(t, doc, want{format: "html", textStarts: "SEOUL, South Korea (AP) — North Korean leader",
		textLacks: []string{"KIMUpdated", "HYUNG", "ADVERTISEMENT", "Heintz", "Copyright"}})
}
