package extract

import (
	"strings"
	"testing"
)

// sentenceTexts returns the text of each sentence.
func sentenceTexts(text string) []string {
	var out []string
	for _, s := range splitSentences(text) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"simple", "Kim arrived. Putin waited.", []string{"Kim arrived.", "Putin waited."}},
		{"titles", "Mr. Kim met Gen. Shoigu and Lt. Col. Ivanov. They talked.",
			[]string{"Mr. Kim met Gen. Shoigu and Lt. Col. Ivanov.", "They talked."}},
		{"month abbreviation", "He came on Sept. 8 and left Jan. 3. Then he rested.",
			[]string{"He came on Sept. 8 and left Jan. 3.", "Then he rested."}},
		{"U.S. inside", "The U.S. State Department objected. Moscow did not.",
			[]string{"The U.S. State Department objected.", "Moscow did not."}},
		{"U.S. at end", "Kim criticised the U.S. The talks went on.",
			[]string{"Kim criticised the U.S.", "The talks went on."}},
		{"a.m.", "They met at 10 a.m. local time. Kim left.",
			[]string{"They met at 10 a.m. local time.", "Kim left."}},
		{"number", "He ranks No. 2 in the party. Others agree.",
			[]string{"He ranks No. 2 in the party.", "Others agree."}},
		{"quote", `He said, "We will win." Then he left.`,
			[]string{`He said, "We will win."`, "Then he left."}},
		{"curly quote", "He said: “We will win.” Then he left.",
			[]string{"He said: “We will win.”", "Then he left."}},
		{"question in quote", `"Is it over?" he asked.`, []string{`"Is it over?" he asked.`}},
		{"reference marks", "Shoigu met Kim.[12][13] The next day he left.[14] On 19 October Lavrov came.",
			[]string{"Shoigu met Kim.[12][13]", "The next day he left.[14]", "On 19 October Lavrov came."}},
		{"ellipsis", "He paused... Then he spoke. It was late…",
			[]string{"He paused...", "Then he spoke.", "It was late…"}},
		{"ellipsis lower", "He paused ... and spoke.", []string{"He paused ... and spoke."}},
		{"dateline AP", "WASHINGTON (AP) — Kim met Putin on Wednesday. They talked.",
			[]string{"WASHINGTON (AP) — Kim met Putin on Wednesday.", "They talked."}},
		{"dateline city", "VLADIVOSTOK, Russia, September 12 — Kim arrived by train. He was met.",
			[]string{"VLADIVOSTOK, Russia, September 12 — Kim arrived by train.", "He was met."}},
		{"headline", "Kim arrives in Russia\n\nNorth Korea's leader arrived on Tuesday.",
			[]string{"Kim arrives in Russia", "North Korea's leader arrived on Tuesday."}},
		{"headline single break", "Kim arrives in Russia\nNorth Korea's leader arrived on Tuesday after a long journey by armoured train across the border.",
			[]string{"Kim arrives in Russia", "North Korea's leader arrived on Tuesday after a long journey by armoured train across the border."}},
		{"bullets", "Key points:\n- Kim met Putin\n- They toured a spaceport",
			[]string{"Key points:", "- Kim met Putin", "- They toured a spaceport"}},
		{"wrapped", "The two leaders met at the Vostochny cosmodrome on\nWednesday and talked for hours about weapons, food and\nspace cooperation. Then they dined.\n",
			[]string{"The two leaders met at the Vostochny cosmodrome on\nWednesday and talked for hours about weapons, food and\nspace cooperation.", "Then they dined."}},
		{"company", "He joined Acme Corp. in 2001. The firm grew.", []string{"He joined Acme Corp. in 2001.", "The firm grew."}},
		{"empty", "  \n\n ", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := sentenceTexts(tc.text)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") || len(got) != len(tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Putin's U.S. visit", []string{"Putin", "'s", "U.S.", "visit"}},
		{"Kim Jong-un met 1,000 troops.", []string{"Kim", "Jong-un", "met", "1,000", "troops", "."}},
		{"It rose 3.5% on 25-27 May", []string{"It", "rose", "3.5", "%", "on", "25-27", "May"}},
		{"at 10:30 a.m. -- or later...", []string{"at", "10:30", "a.m.", "--", "or", "later", "..."}},
		{"“Don’t,” he said", []string{"“", "Don’t", ",", "”", "he", "said"}},
		{"Kim’s", []string{"Kim", "’s"}},
		{"rose 3.5.", []string{"rose", "3.5", "."}},
	}
	for _, tc := range cases {
		var got []string
		for _, tok := range tokenize(tc.text, Span{0, len(tc.text)}) {
			got = append(got, tc.text[tok.Start:tok.End])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("tokenize(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestTokenizeSpan(t *testing.T) {
	text := "One. Two three."
	toks := tokenize(text, Span{5, 14})
	if len(toks) != 2 || text[toks[0].Start:toks[0].End] != "Two" || toks[1].End != 14 {
		t.Errorf("got %+v, want Two and three inside the span", toks)
	}
	if got := tokenize(text, Span{10, 100}); len(got) != 2 {
		t.Errorf("span past the end: got %+v", got)
	}
}

func TestSplitLongSentence(t *testing.T) {
	text := strings.Repeat("Russia sent shells to North Korea and Kim thanked Putin, officials said ", 200)
	sents := splitSentences(text)
	if len(sents) < len(text)/maxSentence {
		t.Fatalf("%d sentences for %d bytes without a stop", len(sents), len(text))
	}
	for i, s := range sents {
		if s.End-s.Start > maxSentence {
			t.Errorf("sentence %d is %d bytes", i, s.End-s.Start)
		}
		if i > 0 && strings.TrimSpace(text[sents[i-1].End:s.Start]) != "" {
			t.Errorf("text lost between sentences %d and %d", i-1, i)
		}
		if got := text[s.End-1]; i < len(sents)-1 && got != ',' && got != 's' {
			t.Errorf("sentence %d cut inside a word: ends %q", i, text[s.End-8:s.End])
		}
	}
}
