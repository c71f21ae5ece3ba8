package extract

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// eventOfWord returns the event whose trigger is the first occurrence of word
// in text, and whether there is one.
func eventOfWord(a Analysis, text, word string) (Event, bool) {
	at := strings.Index(text, word)
	for _, e := range a.Events {
		if e.Trigger.Start == at {
			return e, true
		}
	}
	return Event{}, false
}

// mustEvent analyses text and returns the analysis and the event whose
// trigger is the first occurrence of word, failing the test when there is
// none.
func mustEvent(t *testing.T, text, word string, dct time.Time) (Analysis, Event) {
	t.Helper()
	a := Analyze(Doc{Text: text}, dct)
	e, ok := eventOfWord(a, text, word)
	if !ok {
		t.Fatalf("no event at %q: %+v", word, a.Events)
	}
	return a, e
}

// dateCase is an event's text, its trigger word and the date it should take.
type dateCase struct {
	name, text, trigger, want string
}

// checkEventDates checks the date of each case's event at the DCT dct.
func checkEventDates(t *testing.T, dct time.Time, tests []dateCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, e := mustEvent(t, tt.text, tt.trigger, dct)
			if e.Value != tt.want {
				t.Errorf("%q dated %q, want %q", tt.trigger, e.Value, tt.want)
			}
		})
	}
}

// TestEventDateChoice checks which time expression dates an event.
func TestEventDateChoice(t *testing.T) {
	dct := time.Date(2024, 11, 5, 0, 0, 0, 0, time.UTC) // a Tuesday
	tests := []dateCase{
		{"name is one word", "Rustem Umerov told South Korean broadcaster KBS on Monday that troops had clashed.", "told", "2024-11-04"},
		{"long organisation name", "Yoon Suk Yeol warned at the U.N. General Assembly last month that aid would be a provocation.", "warned", "2024-10"},
		{"participle opening", "Asked about it last month, President Vladimir Putin said it was Russia's decision.", "said", "2024-10"},
		{"participle opening with a place", "Speaking in Washington last Thursday, Antony Blinken said 8,000 troops were in Kursk.", "said", "2024-10-31"},
		{"participle aside on an actor", "The Multilateral Sanctions Monitoring Team (MSMT), set up after Russia shut down the UN panel last year, published its first report.", "published", ""},
		{"participle aside on a document", "Its first report, released on May 29, accused Pyongyang of shipping missiles to Russia.", "accused", "2024-05-29"},
		{"participle opening with an object", "Addressing the gathering on Thursday, Putin promised to send grain to Mali.", "promised", "2024-10-31"},
		{"report after the event", "Kim met Putin on Monday, the Kremlin said.", "said", "2024-11-05"},
		{"adjective participle", "Suspected missiles hit Kyiv on Monday, Mayor Vitali Klitschko said.", "said", "2024-11-05"},
		{"another event between", "Peskov said envoy Sergei Shoigu left Monday for Pyongyang.", "said", "2024-11-05"},
		{"left is a departure", "Kim left Pyongyang on Sunday, state media reported.", "left", "2024-11-03"},
		{"days later", "The Federation Council approved it on Nov. 6. Putin signed the law three days later.", "signed", "2024-11-09"},
		{"report after a colon", "As Ukrinform reported, Russia fired the missiles at the turn of 2024: in January 2024, prosecutors in Kharkiv said a missile hit Kharkiv.", "said", "2024-01"},
		{"thanked the same day", "North Korea confirmed on Monday that it sent troops. Putin thanked Kim and the soldiers the same day.", "thanked", "2024-11-04"},
		{"thanked undated", "Putin thanked Kim for the soldiers.", "thanked", "2024-11-05"},
		{"asked whether", "Asked on Thursday whether the question had been discussed, spokesman Guo Jiakun said China had nothing to add.", "said", "2024-10-31"},
		{"afterwards", "Shoigu met Kim in Pyongyang on June 17. Afterwards he announced that North Korea would send sappers.", "announced", "2024-06-17"},
		{"said then", "Work on the bridge began on April 30. Russian Prime Minister Mikhail Mishustin said then that it would take a year.", "said", "2024-04-30"},
		{"a season's year for that year", "The pipeline opened in the summer of 2023. Shoigu visited Pyongyang in July that year.", "visited", "2023-07"},
		{"across New Year from a told date", "On 4 January last year, John Kirby said Russia had fired North Korean missiles at Ukraine on 30 December.", "fired", "2022-12-30"},
		{"sat down with", "On 17 June, Sergei Shoigu sat down with Kim Jong Un in Pyongyang.", "sat", "2024-06-17"},
		{"been there", "Sergei Shoigu met Kim Jong Un on June 17. It was his second trip this month; he had also been there on 4 June.", "been", "2024-06-04"},
		{"spoken by phone", "Putin had spoken by phone with Masoud Pezeshkian on 13 June.", "spoken", "2024-06-13"},
		{"over a relative clause", "Putin and Kim signed the treaty, which includes a mutual defence clause, in Pyongyang on June 19 last year.", "signed", "2023-06-19"},
		{"relative clause's own date", "Putin and Kim signed the treaty, which took effect on December 4.", "signed", ""},
		{"clause after a semicolon", "On March 28, Russia vetoed the resolution; China abstained.", "abstained", "2024-03-28"},
		{"days later", "The satellite reached orbit in November 2023. Days later, the NIS told lawmakers it had Russian help.", "told", "2023-11"},
		{"a body set up", "In October 2024, the United States and ten other countries set up the Multilateral Sanctions Monitoring Team.", "set", "2024-10"},
		{"ties set up", "Vietnam and Russia set up a comprehensive strategic partnership in 2012.", "set", "2012"},
		{"a when clause's date", "Mizzima – When Kim stepped on to the rostrum on Wednesday, Min Aung Hlaing was among the guests who attended the parade in Beijing.", "attended", "2024-10-30"},
		{"returned", "Kim returned to Pyongyang on Sunday after the summit.", "returned", "2024-11-03"},
		{"the same day after a part of a day", "Yoon spoke in London on Sunday.\n\nKishida lodged a protest on Monday night. Sabrina Singh said the same day that it was assessed.",
			"said", "2024-11-04"},
		{"a year in what is said", "Lim Shu Fen, a research fellow, said the contrast with 2018 was striking.", "said", "2024-11-05"},
		{"said at the time, the most precise date", "A train left Moscow on June 17, the first since North Korea sealed its borders in 2020, Russian Railways said at the time.",
			"said", "2024-06-17"},
		{"since a date, when", "Ties have grown since late July 2023, when Sergei Shoigu travelled to Pyongyang. Two months later, on September 13, Kim met Vladimir Putin.",
			"met", "2023-09-13"},
		{"afterwards at the end", "Kim watched the parade with Putin on September 3. Putin and Kim held talks afterwards.", "talks", "2024-09-03"},
		{"restated day after a counted date", "Shoigu attended a parade in Pyongyang in July 2022. Two months later, on September 13, Kim met Putin.",
			"met", "2022-09-13"},
		{"by a month in the past", "By October, North Korean troops were arriving in Russia.", "arriving", "2024-10"},
		{"said at the time after a dated sentence", "Russia vetoed the renewal on March 28. Western diplomats said at the time that Moscow wanted to silence the monitors.",
			"said", "2024-03-28"},
		{"irregular past after a scene set", "Their future became a matter for diplomacy on Monday. Cho Tae-yul spoke by telephone to Andrii Sybiha.",
			"spoke", "2024-11-04"},
		{"speech at the occasion told before", "Kim attended a ceremony in Pyongyang on Thursday. In a speech at the ceremony, Kim said the soldiers were heroes.",
			"said", "2024-10-31"},
		{"participle after the subject", "Kim Jong Un, visiting a weapons exhibition in Pyongyang on Thursday, said the risk of war was high, KCNA reported Friday.",
			"said", "2024-10-31"},
		{"fronted date over an after phrase", "On Oct. 24, after talks in Seoul with Andrzej Duda, Yoon Suk Yeol said arms were possible.", "said", "2024-10-24"},
		{"impeachment", "The National Assembly impeached Yoon Suk Yeol on Dec. 14, 2024.", "impeached", "2024-12-14"},
		{"year described as", "Kim Song described 2023 as the most dangerous year on the peninsula on Tuesday.", "described", "2024-11-05"},
		{"told date over a counted one", "The assessment comes about a week after Lee Jae-myung's summit with Donald Trump in Washington on Oct. 25.",
			"summit", "2024-10-25"},
		{"main clause after a clause of time", "On Oct. 9, when Kim paid his first visit to the embassy, Alexander Matsegora greeted him.",
			"greeted", "2024-10-09"},
		{"announced thing", "The United States and Canada announced new sanctions on Russian shipping firms earlier this month.",
			"announced", "2024-11"},
		{"said in a report published then", "The UN Panel of Experts said in its annual report, published in March, that Rim met the Wagner Group.",
			"said", "2024-03"},
		{"clause of time after a fronted date", "On Monday, when the Kremlin announced the state visit, Yuri Ushakov said the pact was ready.",
			"announced", "2024-11-04"},
		{"gerund after a fronted date", "On Oct. 17, after meeting Kim in Pyongyang, Sergei Shoigu announced that troops would come.",
			"meeting", "2024-10-17"},
		{"adverb before the opening phrase", "Putin will arrive in Pyongyang late on Tuesday. Earlier on Monday, Yuri Ushakov told reporters the pact was ready.",
			"told", "2024-11-04"},
		{"opening phrase over a coordinated speech act", "In a message to Putin on Oct. 9, Kim Jong Un offered full support and said he would hold hands with him.",
			"said", "2024-10-09"},
		{"report noun asked about", "Asked about the reports at a press conference in Kazan on Oct. 24, Putin said it was his business.", "said", "2024-10-24"},
		{"said at the time", "Washington sanctioned two Russians on Oct. 16 for the transfers, the Treasury Department said at the time.", "said", "2024-10-16"},
		{"addressed an audience", "The UN Security Council met on Monday. Kim Song addressed the council for the first time since 2017.", "addressed", "2024-11-04"},
		{"coordinated report after a counted date", "On Nov. 1, US officials said Biden had authorized Ukraine to use ATACMS, and two days later Russia's Defense Ministry stated that Ukraine had fired six.",
			"stated", "2024-11-03"},
		{"coordinated verb's own day", "Choe Son Hui held talks with Sergei Lavrov in Moscow in January and was received by Putin in the Kremlin on January 16.",
			"talks", "2024-01"},
		{"coordinated passive", "Choe Son Hui held talks with Sergei Lavrov in Moscow in January and was received by Putin in the Kremlin on January 16.",
			"received", "2024-01-16"},
		{"when after a date", "The first account came on Oct. 16, when the Financial Times reported that guns had arrived.", "reported", "2024-10-16"},
		{"ceremony", "Kim opened the Wonsan-Kalma resort at a ribbon-cutting ceremony on June 24.", "ceremony", "2024-06-24"},
		{"after a meeting", "After meeting Kim Jong Un in Pyongyang on June 17, Sergei Shoigu said sappers would go to Kursk.", "said", "2024-06-17"},
		{"after two steps", "After touring Seoul on Thursday and meeting police on Friday, Kash Patel said he was satisfied.", "said", "2024-11-05"},
		{"for the first time", "Pyongyang officially acknowledged the deployment for the first time in late April.", "acknowledged", "2024-04"},
		{"mandate lapsed", "The UN Panel of Experts lapsed at the end of April.", "lapsed", "2024-04"},
		{"resumed", "Passenger trains between Moscow and Pyongyang resumed on June 17.", "resumed", "2024-06-17"},
		{"took off", "A Nordwind Airlines jet took off from Moscow for Pyongyang on July 27.", "took", "2024-07-27"},
		{"wrote on Telegram", "\"They are the first foreigners to see Korea as tourists,\" Oleg Kozhemyako wrote on his Telegram channel on Friday.", "wrote", "2024-11-01"},
		{"speaking after the meeting", "Speaking to reporters after the meeting on Friday, Takeshi Iwaya said the goal remained.", "said", "2024-11-01"},
		{"told reporters over an aside", "NATO Secretary General Jens Stoltenberg, presiding over his last summit before former Dutch Prime Minister Mark Rutte takes over in October, told reporters Wednesday that security is global.", "told", "2024-10-30"},
		{"offensive", "Russia holds the slice of the Kursk region that Ukraine seized in a cross-border offensive last August.", "seized", "2024-08"},
		{"received an officeholder", "On June 4, North Korean leader Kim Jong Un received the secretary of Russia's Security Council, Sergei Shoigu, in Pyongyang.", "received", "2024-06-04"},
		{"was in", "Sergei Naryshkin, who heads the Foreign Intelligence Service, was in North Korea from Monday to Wednesday, the agency said.", "was", "2024-11-04"},
		{"statement carried by", "A statement by the Central Military Commission of the Workers' Party of Korea, carried by the Korean Central News Agency (KCNA) on Monday, said the troops had been sent.", "said", "2024-11-04"},
		{"received an envoy", "On April 25 Putin received US President Donald Trump's special envoy Steve Witkoff in the Kremlin, and on Monday the Kremlin announced a truce from May 8.", "received", "2024-04-25"},
		{"announced before a later date", "On April 25 Putin received US President Donald Trump's special envoy Steve Witkoff in the Kremlin, and on Monday the Kremlin announced a truce from May 8.", "announced", "2024-11-04"},
		{"a call to a person", "The Washington Post reported on Sunday that Trump called Putin on Thursday.", "called", "2024-10-31"},
		{"phoned", "Chinese President Xi Jinping phoned Kim Jong Un on Monday.", "phoned", "2024-11-04"},
		{"cut the ribbon", "On June 24 Kim cut the ribbon at Wonsan-Kalma.", "cut", "2024-06-24"},
		{"second clause of talks", "Putin and Donald Trump spoke by phone on March 18, and delegations from Russia and the United States held talks in Riyadh on Monday.", "talks", "2024-11-04"},
		{"the 28th of last month", "On the 28th of last month, Russia vetoed a draft resolution at the UN Security Council.", "vetoed", "2024-10-28"},
		{"at the time", "On Oct. 28, Russia vetoed a draft resolution at the UN Security Council. At the time, the Foreign Ministry called the veto irresponsible, and Hwang Joon-kook accused Moscow of a cover-up.", "accused", "2024-10-28"},
		{"soundbite caption", "The ministry imposed sanctions.\n(Choi Ji-hoon / Professor, Korea National Diplomatic Academy: Now that the panel is gone, Seoul is sending a signal.)", "/", "2024-11-05"},
		{"showed journalists", "On Jan. 6, the Kharkiv Oblast Prosecutor's Office showed journalists fragments of a missile.", "showed", "2024-01-06"},
		{"hit a city", "Prosecutors showed fragments of a missile that hit Kharkiv on Jan. 2.", "hit", "2024-01-02"},
		{"fronted date over a long appositive", "In May, the Multilateral Sanctions Monitoring Team, set up by 11 countries after Russia vetoed the renewal of the UN Panel of Experts that used to track North Korea sanctions, reported that Moscow had supplied air defence systems.", "reported", "2024-05"},
		{"said in a long phrase", "\"It is about the transfer of people,\" Volodymyr Zelensky said in his evening video address on Sunday.", "said", "2024-11-03"},
		{"established relations", "The relationship withered after Moscow established diplomatic relations with Seoul in 1990.", "established", "1990"},
		{"his office announced", "President Lee Jae-myung will skip the summit. His office announced on Sunday that he had decided against the trip.", "announced", "2024-11-03"},
		{"present report after a dated one", "Pyongyang admitted on April 28 that its soldiers had fought. Our spy agency, the National Intelligence Service, estimates that 15,000 troops were sent.", "estimates", "2024-11-05"},
		{"spent hours with", "Steve Witkoff, who spent more than four hours with Vladimir Putin in St. Petersburg on April 11, is due back in Russia.", "spent", "2024-04-11"},
		{"took office", "Donald Trump, who took office on Jan. 20, has promised a quick end to the fighting.", "took", "2024-01-20"},
		{"invasion", "It was the first high-level meeting since Russia's full-scale invasion of Ukraine in February 2022.", "invasion", "2022-02"},
		{"estimated", "South Korea's National Intelligence Service estimated in April that 600 soldiers had been killed.", "estimated", "2024-04"},
		{"since a date", "North Korea has shipped 6,700 containers of shells to Russia since July last year, Shin Won-sik said.", "shipped", "2023-07"},
		{"days before that", "On Thursday, Vladimir Putin warned NATO. Two days before that, Antony Blinken told reporters in London that Iran sent missiles.",
			"told", "2024-10-29"},
		{"added as a speech act", "The Korean Central News Agency added on Saturday that Kim had received Shoigu.", "added", "2024-11-02"},
		{"opening participle", "Received by Kim Jong Un on Friday, Sergei Shoigu passed on Putin's greetings.", "Received", "2024-11-01"},
		{"prepositional phrase after the subject", "The top diplomats of South Korea, the U.S. and Japan, in a joint statement on Oct. 26, strongly condemned the transfers.",
			"condemned", "2024-10-26"},
		{"summons after its object", "Seoul summoned Russia's ambassador, Georgy Zinoviev, on Monday.", "summoned", "2024-11-04"},
		{"disclosure", "The warnings follow a disclosure last Wednesday by John Kirby, who said Shoigu had sought shells.", "disclosure", "2024-10-30"},
		{"acknowledged", "North Korea acknowledged on Monday that it had sent troops.", "acknowledged", "2024-11-04"},
		{"attended", "Kim attended a ceremony in Pyongyang on Thursday.", "attended", "2024-10-31"},
		{"claimed", "In October, Pyongyang claimed that drones had flown over the capital.", "claimed", "2024-10"},
		{"cleft focus", "It was only on Monday that North Korea acknowledged the deployment.", "acknowledged", "2024-11-04"},
		{"report after a temporal conjunction", "It was only on Monday that North Korea acknowledged it, two days after Valery Gerasimov announced a victory.",
			"announced", "2024-11-02"},
		{"came after, counted from the noun's event", "North Korea acknowledged the deployment on Monday. The acknowledgment came two days after Valery Gerasimov announced a victory.",
			"announced", "2024-11-02"},
		{"lead's unnamed source", "Russia sent missiles to North Korea, a senior official said on Friday.\n\nShin Won-sik told SBS TV that Moscow sent them.",
			"told", "2024-11-01"},
		{"second meeting after a titled subject", "Donald Trump and Vladimir Putin spoke by telephone on Nov. 1, and US Secretary of State Marco Rubio met Sergei Lavrov in Riyadh on Nov. 3.",
			"met", "2024-11-03"},
		{"compound subject after a fronted date", "In June, Russia, China, and Iran signed a deal.", "signed", "2024-06"},
		{"second signing with its own subject", "Putin signed a law on Nov. 1, and Kim ratified it two days later.", "ratified", "2024-11-03"},
		{"took effect after the signing", "The pact that Putin and Kim signed in June took effect on Wednesday.", "effect", "2024-10-30"},
		{"then after a day told", "Kim arrived in Russia on Saturday. The next day in Vladivostok, Shoigu showed him bombers. Kim then inspected a frigate.",
			"inspected", "2024-11-03"},
		{"range of days", "On Nov. 8-9, Lavrov will visit Beijing.", "visit", "2024-11-08"},
		{"range between", "The containers were shipped between Sept. 7 and Oct. 1 from Najin.", "shipped", "2024-09-07"},
		{"prepositional opening", "At the meeting on Saturday, Kim said Pyongyang would back Russia.", "said", "2024-11-02"},
		{"prepositional opening before a titled name", "At the UN Security Council on Wednesday, Deputy U.S. Ambassador Robert Wood warned that troops would die.", "warned", "2024-10-30"},
		{"conjunction before a fronted date", "But on Friday, Vice Foreign Minister Kim Jong Gyu said the move was legal.", "said", "2024-11-01"},
		{"conjunction before a prepositional opening", "But at the meeting on Saturday, Kim said Pyongyang would back Russia.", "said", "2024-11-02"},
		{"prepositional opening before a subject with an article", "At the United Nations last Friday, a North Korean delegate dismissed the reports.", "dismissed", "2024-11-01"},
		{"prepositional opening with a gerund of its own", "After touring Seoul on Thursday and meeting police leaders Friday morning, the FBI chief also said he was satisfied.", "said", "2024-11-05"},
		{"long addressee before that", "The NIS told lawmakers of the National Assembly's intelligence committee last Wednesday that 3,000 soldiers had arrived.", "told", "2024-10-30"},
		{"prepositional phrase before that", "Lin Jian said at a regular press briefing on Monday that the visit was a bilateral matter.", "said", "2024-11-04"},
		{"what is said before that", "CMS Energy said management would recommend to its board on Monday that the dividend be reinstated.", "said", "2024-11-05"},
		{"a modal before that", "Kozlov told reporters he would propose to the commission on Monday that flights resume.", "told", "2024-11-05"},
		{"prepositional opening of a report", "In the attack on Monday, ten people were killed in Kyiv, officials said.", "said", "2024-11-05"},
		{"same family in a subordinate clause", "Lavrov's visit comes weeks after Shoigu traveled to Pyongyang in June.", "traveled", "2024-06"},
		{"date of a coordinated verb", "Choe visited Moscow last week and held talks with Lavrov on Friday.", "talks", "2024-11-01"},
		{"date before a coordinated verb", "Kim met Putin on Monday and signed a treaty.", "signed", "2024-11-04"},
		{"when clause of a date", "It was Putin's first trip since July 2000, when he met Kim Jong Il.", "met", "2000-07"},
		{"week earlier", "Lavrov arrived in Pyongyang on Oct. 18. Kim had met Putin a week earlier.", "met", "2024-10-11"},
		{"days after a date", "Kim ratified the pact on Nov. 11, two days after Putin signed a law approving it.", "signed", "2024-11-09"},
		{"months after a month", "The commission last met in November 2023, two months after Kim traveled to Vostochny.", "traveled", "2023-09"},
		{"days before a date", "Kim arrived on Oct. 18, three days before Putin hosted the BRICS summit.", "hosted", "2024-10-21"},
		{"days after a noun do not date the verb after the comma", "The Duma voted on Nov. 9, two days after the debate, and Putin signed the law.", "signed", ""},
		{"news that came a month after", "The disclosure came a month after Kim Jong Un traveled to Russia's Far East.", "traveled", "2024-10"},
		{"news that comes two weeks after", "The visit comes two weeks after Sergei Shoigu traveled to Pyongyang.", "traveled", "2024-10-22"},
		{"the anchor dates its own clause", "The commission last met in November 2023, two months after Kim traveled to Vostochny.", "met", "2023-11"},
		{"quoted verb cuts the clause", "South Korea said on Friday it \"strongly condemns\" the arms transfers to Russia.", "transfers", ""},
		{"a participle is no report", "South Korean lawmakers briefed by the National Intelligence Service said on Thursday that troops had moved.", "said", "2024-10-31"},
		{"scare quotes inside the clause", "North Korea recognized the \"people's republics\" of Donetsk and Luhansk in July 2022.", "recognized", "2022-07"},
		{"reached a place", "Ukrainian intelligence said the first North Korean units reached the Kursk region on Oct. 23.", "reached", "2024-10-23"},
		{"ratified", "Kim Jong Un ratified the treaty on Nov. 11, state media said.", "ratified", "2024-11-11"},
		{"first meeting since a date", "Kim and Putin held a summit on Wednesday, their first meeting since April 2019 in Vladivostok.", "meeting", "2019-04"},
		{"the event before first since", "Kim and Putin held a summit on Wednesday, their first meeting since April 2019 in Vladivostok.", "summit", "2024-10-30"},
		{"first meeting since, held on a date", "Their first meeting since April 2019 was held in Vostochny on Sept. 13, 2023.", "meeting", "2023-09-13"},
		{"days after a first meeting held on a date", "Their first meeting since April 2019 was held in Vostochny on Sept. 13, 2023. Two days after the meeting, Kim visited a jet factory.", "visited", "2023-09-15"},
		{"first trip to a place since", "It was Putin's first trip to North Korea since July 2000.", "trip", "2000-07"},
		{"passed a law", "Senators backed the law on ratification, which the State Duma passed on October 24.", "passed", "2024-10-24"},
		{"treaty in force", "The treaty between Russia and North Korea came into force on Wednesday.", "force", "2024-10-30"},
		{"treaty took effect", "North Korea's treaty with Russia took effect on Dec. 4.", "effect", "2024-12-04"},
		{"follows opens another event", "Kim's trip follows Shoigu's visit to Pyongyang in July.", "visit", "2024-07"},
		{"the event before follows keeps its own date", "Kim's trip follows Shoigu's visit to Pyongyang in July.", "trip", ""},
		{"which took place", "The Security Council met on Monday to discuss the launch, which took place on Oct. 31.", "launch", "2024-10-31"},
		{"that was held", "Kim recalled the summit that was held in Vladivostok in April 2019.", "summit", "2019-04"},
		{"statement carried by an agency", "The Central Military Commission said in a statement carried by the Korean Central News Agency on Monday that troops had fought in Kursk.", "said", "2024-11-04"},
		{"interview published", "Kyrylo Budanov told The War Zone (TWZ) in an interview published on November 1 that 11,000 troops were in Kursk.", "told", "2024-11-01"},
		{"joint statement", "The G7 foreign ministers condemned the transfers in a joint statement on Monday.", "condemned", "2024-11-04"},
		{"statement released by", "Kim Yo Jong warned in a statement released by KCNA on Sunday that Pyongyang would respond.", "warned", "2024-11-03"},
		{"said on the day of the statement before", "Zelensky said on Monday that troops had died. Ukraine's military intelligence said that 30 soldiers were killed.", "said that 30", "2024-11-04"},
		{"a sentence between says it on the DCT", "Zelensky said on Monday that troops had died. The weather was cold. Ukraine's military intelligence said that 30 soldiers were killed.", "said that 30", "2024-11-05"},
		{"a new paragraph says it on the DCT", "Zelensky said on Monday that troops had died.\n\nUkraine's military intelligence said that 30 soldiers were killed.", "said that 30", "2024-11-05"},
		{"a vote after a dated vote", "Russia on Thursday vetoed the renewal. Thirteen members voted in favour. China abstained.", "abstained", "2024-10-31"},
		{"no carried date within a sentence", "Lavrov arrived in Pyongyang on Wednesday for talks, after Kim Jong Un travelled to Russia.", "travelled", ""},
		{"a month after the date before", "Lavrov arrived in Pyongyang on Wednesday, a month after Kim Jong Un travelled to Russia.", "travelled", "2024-09"},
		{"no carried date for the pluperfect", "Kim met Putin on Thursday. Lavrov said Choe Son Hui had discussed a visit.", "discussed", ""},
		{"no carried date from a first-since event", "Kim and Putin signed a treaty on Wednesday, their first meeting since April 2019. Putin greeted Kim at the gate.", "greeted", ""},
		{"no carried date for a noun", "Russia on Thursday vetoed the renewal. China opposed Western sanctions.", "sanctions", ""},
		{"no carried date for a plan", "Kim met Putin on Thursday. Kim Jong Un will meet Xi Jinping.", "meet Xi", ""},
		{"days after a dated event", "Kim and Putin held a summit on Sept. 13. Kim visited a jet factory in Komsomolsk-on-Amur two days after the summit.", "visited", "2024-09-15"},
		{"a week after a named visit", "Putin visited Pyongyang on June 19. A week after Putin's visit, Kim Jong Un met Shoigu.", "met Shoigu", "2024-06-26"},
		{"days after an event told of", "Kim met Putin on Sept. 13. Two days after the meeting, Kim visited a jet factory.", "visited", "2024-09-15"},
		{"precise date over the year it lies in", "On 17 June 2024, Sergei Shoigu visited Pyongyang for the third time that year.", "visited", "2024-06-17"},
		{"statement set off after a subject's head noun", "The G7 leaders, in their statement issued on October 24, also condemned the transfers.", "condemned", "2024-10-24"},
		{"a comma inside a place's name", "At the summit in Washington, D.C. on October 24, Kishida and Biden condemned the transfers.", "condemned", "2024-10-24"},
		{"a report's publishing set off by commas", "In its first report, released on October 29, the Multilateral Sanctions Monitoring Team said Russia shipped oil.", "report", "2024-10-29"},
		{"a day after the month that opens the sentence", "In May, Wong imposed sanctions on six entities, a day after the United States announced its own.", "announced", "2024-05"},
		{"a day after a day that opens the sentence", "On May 10, Wong imposed sanctions on six entities, a day after the United States announced its own.", "announced", "2024-05-09"},
		{"an event in a phrase about the source", "Boris Pistorius, who was sworn in as German defence minister on Thursday, told reporters there was no consensus.", "sworn", "2024-10-31"},
		{"a date closing an accusation's gerund", "Washington first accused North Korea of arming the mercenary group on 22 October.", "accused", "2024-10-22"},
		{"a date inside a dash aside dates only the aside", "On 29 October, the Multilateral Sanctions Monitoring Team — the group of 11 states set up in October 2023 after Russia vetoed the renewal in March that year — published its first report.", "report", "2024-10-29"},
		{"a trailing agency's report of a report", "Shoigu flew to Pyongyang on 3 November. Kim told Shoigu that North Korea would support Russia, KCNA reported the following day.", "reported", "2024-11-04"},
		{"a trailing agency's report after its description", "Shoigu flew to Pyongyang on 3 November. Kim told Shoigu that North Korea would support Russia, the North's official Korean Central News Agency reported the following day.", "reported", "2024-11-04"},
		{"a trailing agency's report dates what it reports", "North Korea has condemned Ukraine's offensive as an act of terror and said it would stand with Moscow, the regime's state news agency KCNA reported on Sunday.", "condemned", "2024-11-03"},
		{"days after the sentence's only day, over an appositive name", "North Korea first acknowledged on 28 October that its troops had fought in Kursk, two days after Russia's Chief of the General Staff, Valery Gerasimov, declared the region liberated.", "declared", "2024-10-26"},
		{"before as an adverb opens no clause", "Ukraine's special forces captured a North Korean soldier once before, on October 26, but he died.", "captured", "2024-10-26"},
		{"over the weekend is that week", "Volodymyr Zelensky said over the weekend that troops had been thrown into assaults.", "said", "2024-W44"},
		{"a fronted day dates a clause after while", "On Tuesday, Volodymyr Zelensky told the General Assembly that Moscow was weaponising food, while Joe Biden said in his own address that Russia bore responsibility.", "said", "2024-11-05"},
		{"a date closing an event noun's of phrase", "The court removed Yoon Suk Yeol from office in April over his brief declaration of martial law in September.", "declaration", "2024-09"},
		{"a coordinated report with a subject of its own", "Volodymyr Zelensky said on Nov. 1 that troops had captured two soldiers, and South Korea's National Intelligence Service told lawmakers on Monday that 300 had been killed.", "told", "2024-11-04"},
		{"a compound subject opens no report", "Dmitry Peskov told reporters on Monday that Choe Son Hui and Sergei Lavrov had discussed the treaty.", "told", "2024-11-04"},
		{"a fronted day dates a coordinated clause", "On October 1, North Korea fired two ballistic missiles, and Pyongyang claimed it had tested a new warhead.", "claimed", "2024-10-01"},
		{"a day inside the first clause does not", "Trump and Putin spoke on 12 October, and Marco Rubio met Sergei Lavrov.", "met", ""},
		{"an opening phrase's day over a clause set off after it", "Speaking at a regular news conference on Thursday, before the talks were held, Foreign Ministry spokesman Guo Jiakun said the leaders would meet.", "said", "2024-10-31"},
		{"a report noun after modifiers is the subject", "The 29-page report was released by South Korea's Foreign Ministry late Thursday.", "released", "2024-10-31"},
	}
	checkEventDates(t, dct, tests)
}

// TestAssaultTrigger checks that an assault is an attack, but not a unit
// named for it.
func TestAssaultTrigger(t *testing.T) {
	dct := time.Date(2024, 12, 15, 0, 0, 0, 0, time.UTC)
	text := "On December 14, units of the Korean People's Army carried out assaults near Plekhovo in the Kursk region. " +
		"The 11th Airborne Assault Brigade sent soldiers to Kursk."
	a := Analyze(Doc{Text: text}, dct)
	e, ok := eventOfWord(a, text, "assaults")
	if !ok || e.Type != "ATTACK" || e.Value != "2024-12-14" {
		t.Errorf("assaults: %+v, %v; want an ATTACK on 2024-12-14", e, ok)
	}
	if _, ok := eventOfWord(a, text, "Assault"); ok {
		t.Error("the unit's name Assault Brigade is an event")
	}
}

// TestReachedType checks that "reached" is an arrival at a place, an
// agreement before an agreement noun, and no event before a number.
func TestReachedType(t *testing.T) {
	dct := time.Date(2024, 11, 5, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, want string
	}{
		{"place", "North Korean troops reached the Kursk region on Oct. 23.", "ARRIVE"},
		{"agreement", "Moscow and Pyongyang reached a new deal on Oct. 23.", "AGREE"},
		{"agreement before", "Russia will honour the agreements reached by Vladimir Putin and Kim Jong Un in September.", "AGREE"},
		{"number", "Russia reached 900 kilometers on Oct. 23.", ""},
		{"reached out", "Seoul reached out to Kyiv on Oct. 23.", ""},
		{"agreement noun in the clause before", "Moscow praised the deal; reached Kursk on Oct. 23, North Korean troops dug in.", "ARRIVE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Analyze(Doc{Text: tt.text}, dct)
			e, ok := eventOfWord(a, tt.text, "reached")
			if got := map[bool]string{true: e.Type}[ok]; got != tt.want {
				t.Errorf("reached is %q, want %q", got, tt.want)
			}
		})
	}
}

// TestReceivedVisitor checks that receiving a person or a delegation is a
// meeting and receiving a thing is no event.
func TestReceivedVisitor(t *testing.T) {
	dct := time.Date(2025, 7, 14, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, want string
	}{
		{"person", "On 12 July 2025, Kim Jong Un received Sergei Lavrov in Wonsan.", "2025-07-12"},
		{"titled person", "Kim Jong Un received Russian Foreign Minister Sergei Lavrov on Saturday.", "2025-07-12"},
		{"person after a two-word nationality", "Vladimir Putin received North Korean Foreign Minister Choe Son-hui on Saturday.", "2025-07-12"},
		{"passive", "On Monday Choe Son Hui was received by Mr Putin in the Kremlin.", "2025-07-14"},
		{"delegation", "Kim Jong Un received a visiting Russian delegation on Saturday.", "2025-07-12"},
		{"a thing", "Kim Jong Un received a letter from Vladimir Putin on Saturday.", ""},
		{"greeted", "Kim Jong Un greeted Vladimir Putin at the airport on Saturday.", "2025-07-12"},
		{"greeted him", "Alexander Kozlov greeted him at the border on Saturday.", "2025-07-12"},
		{"a person's thing", "Kim Jong Un received Vladimir Putin's letter on Saturday.", ""},
		{"welcomed her", "Vladimir Putin welcomed her in the Kremlin on Saturday.", "2025-07-12"},
		{"welcomed her at the end", "On Saturday, Vladimir Putin welcomed her.", "2025-07-12"},
		{"her thing", "Vladimir Putin welcomed her decision on Saturday.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Analyze(Doc{Text: tt.text}, dct)
			e, ok := eventOfWord(a, tt.text, "received")
			for _, verb := range []string{"greeted", "welcomed"} {
				if !ok {
					e, ok = eventOfWord(a, tt.text, verb)
				}
			}
			if got := map[bool]string{true: e.Value}[ok]; got != tt.want || ok && e.Type != "MEET" {
				t.Errorf("received: %q %s, want a MEET on %q", got, e.Type, tt.want)
			}
		})
	}
}

// TestPassedVote checks that "passed" is a vote only near a law.
func TestPassedVote(t *testing.T) {
	dct := time.Date(2024, 11, 5, 0, 0, 0, 0, time.UTC)
	for text, want := range map[string]bool{
		"The State Duma passed the bill on Oct. 24.":             true,
		"The Russian train passed through Khasan on Oct. 24.":    false,
		"Kim Jong Il passed away in Pyongyang in December 2011.": false,
	} {
		a := Analyze(Doc{Text: text}, dct)
		e, ok := eventOfWord(a, text, "passed")
		if ok != want || ok && e.Type != "VOTE" {
			t.Errorf("%q: passed is %+v (%v), want a vote: %v", text, e, ok, want)
		}
	}
}

// TestWeaponTest checks that a test is a launch only when a weapon is named.
func TestWeaponTest(t *testing.T) {
	dct := time.Date(2024, 11, 5, 0, 0, 0, 0, time.UTC)
	for text, want := range map[string]string{
		"Kim Jong Un oversaw the test of a new missile on Oct. 31, KCNA said.": "2024-10-31",
		"North Korea tested a solid-fuel rocket on Thursday.":                  "2024-10-31",
		"The deal with North Korea is a test of Russia's resolve, Kirby said.": "",
		"North Korea test-launched an ICBM in the early hours of Oct. 31.":     "2024-10-31",
	} {
		a := Analyze(Doc{Text: text}, dct)
		e, ok := eventOfWord(a, text, "test")
		if got := map[bool]string{true: e.Value}[ok]; got != want || ok && e.Type != "LAUNCH" {
			t.Errorf("%q: test is %s on %q, want a LAUNCH on %q", text, e.Type, got, want)
		}
	}
	for _, text := range []string{
		"North Korea conducted a test launch of a ballistic missile on Monday.",
		"North Korea fired a test missile on Monday.",
		"North Korea conducted a test launch on Monday.",
	} {
		a := Analyze(Doc{Text: text}, dct)
		n := 0
		for _, e := range a.Events {
			if e.Type == "LAUNCH" {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q: %d launches, want one: %+v", text, n, a.Events)
		}
	}
}

// TestStoryVerbs checks trigger words of the arms story that news uses for
// visits, transfers, protests, votes and talks.
func TestStoryVerbs(t *testing.T) {
	dct := time.Date(2024, 11, 5, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text, trigger, typ, date string
	}{
		{"Shoigu toured a weapons exhibition in Pyongyang on July 26.", "toured", "VISIT", "2024-07-26"},
		{"Kim Jong Un inspected a munitions factory on Sept. 2, KCNA said.", "inspected", "VISIT", "2024-09-02"},
		{"South Korea summoned the Russian ambassador on Oct. 21.", "summoned", "CONDEMN", "2024-10-21"},
		{"The Federation Council approved the treaty on Oct. 30.", "approved", "VOTE", "2024-10-30"},
		{"North Korea smuggled shells to Russia by rail in 2023.", "smuggled", "ARMS_TRANSFER", "2023"},
		{"Russia handed oil to North Korea in March.", "handed", "SUPPLY", "2024-03"},
		{"Russia handed air defence systems to North Korea in March.", "handed", "ARMS_TRANSFER", "2024-03"},
		{"North Korea shipped ICBMs to Russia in March.", "shipped", "ARMS_TRANSFER", "2024-03"},
		{"Choe Son Hui and Sergei Lavrov held a strategic dialogue in Moscow on Nov. 1.", "dialogue", "TALKS", "2024-11-01"},
		{"Putin and Xi Jinping spoke by phone on Monday.", "spoke", "TALKS", "2024-11-04"},
		{"The White House released satellite images on Friday.", "released", "ANNOUNCE", "2024-11-01"},
		{"Russian Railways restored direct passenger services between Moscow and Pyongyang in June.", "restored", "RESUME", "2024-06"},
		{"North Korea stopped its noise broadcasts on Friday, the Joint Chiefs of Staff said.", "stopped", "SUSPEND", "2024-11-01"},
		{"Russia and North Korea will restart a direct passenger train service in June.", "restart", "RESUME", "2025-06"},
		{"The Joint Chiefs of Staff briefed lawmakers of the National Assembly on Monday.", "briefed", "REPORT", "2024-11-04"},
		{"Yesterday, Antony Blinken spoke with Foreign Minister Cho Tae-yul.", "spoke", "TALKS", "2024-11-04"},
		{"Kim Jong Un crossed into Russia at Khasan on Tuesday.", "crossed", "TRAVEL", "2024-11-05"},
		{"Kim Jong Il made a much-publicized train journey to Moscow in 2001.", "journey", "TRAVEL", "2001"},
		{"Kim said the regiment had been formed on 28 May under orders of the Central Military Commission.", "formed", "ESTABLISH", "2024-05-28"},
		{"Moscow established diplomatic relations with Seoul in 1990.", "established", "RECOGNIZE", "1990"},
		{"Lawmakers impeached Yoon Suk Yeol over his short-lived declaration of martial law on October 3.", "declaration", "DECLARE", "2024-10-03"},
		{"Fumio Kishida also spoke to the assembly on Tuesday.", "spoke", "STATEMENT", "2024-11-05"},
		{"Putin awarded Kim Jong Un the Order of Friendship on Thursday.", "awarded", "PRAISE", "2024-10-31"},
		{"North Korean troops entered the Kursk region on Oct. 23, Ukraine said.", "entered", "ARRIVE", "2024-10-23"},
		{"The treaty between Russia and North Korea entered into force on Dec. 4.", "force", "SIGN", "2024-12-04"},
		{"Yoon Suk Yeol held a phone call with Volodymyr Zelensky on Nov. 1.", "call", "TALKS", "2024-11-01"},
		{"The UN Security Council adopted a resolution on Monday.", "adopted", "VOTE", "2024-11-04"},
		{"It was the first such trip since Xi Jinping went to Pyongyang in June 2019.", "went", "TRAVEL", "2019-06"},
		{"Russia's Federal Security Service said it had detained a citizen of Uzbekistan on Wednesday.", "detained", "ARREST", "2024-10-30"},
		{"Evan Gershkovich was arrested in Yekaterinburg in March 2023.", "arrested", "ARREST", "2023-03"},
		{"Hwang Joon-kook likened the veto on Thursday to destroying a surveillance camera.", "likened", "STATEMENT", "2024-10-31"},
		{"Yoon Suk Yeol, whom the Constitutional Court removed from office on April 4, left the residence.", "removed", "DISMISS", "2024-04-04"},
	}
	for _, tt := range tests {
		t.Run(tt.trigger, func(t *testing.T) {
			a := Analyze(Doc{Text: tt.text}, dct)
			e, ok := eventOfWord(a, tt.text, tt.trigger)
			if !ok || e.Type != tt.typ || e.Value != tt.date {
				t.Errorf("%q: %s on %q (%v), want %s on %q", tt.trigger, e.Type, e.Value, ok, tt.typ, tt.date)
			}
		})
	}
}

// TestGroupActors checks that "Russian forces" and "North Korean troops"
// take part in events as their countries, when the document names them.
// TestReportReleasedBy checks that the agent after "by" of a report's
// participle is the source of its release: "A report released in May by
// the Multilateral Sanctions Monitoring Team found that ...".
func TestReportReleasedBy(t *testing.T) {
	text := "A report released in May by the Multilateral Sanctions Monitoring Team, the group of 11 countries, found that Russia had supplied North Korea with air defense systems."
	a := Analyze(Doc{Text: text}, time.Date(2025, 9, 2, 0, 0, 0, 0, time.UTC))
	e, ok := eventOfWord(a, text, "released")
	if !ok || e.Value != "2025-05" || len(e.Actors) == 0 || a.Actors[e.Actors[0].Actor].Name != "Multilateral Sanctions Monitoring Team" {
		t.Errorf("released: %+v (%v)", e, ok)
	}
}

func TestGroupActors(t *testing.T) {
	dct := time.Date(2024, 11, 5, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, trigger, want string
	}{
		{"adjective", "Russia denies it. On Oct. 30, Russian forces launched a missile at Kharkiv.", "launched", "Russia"},
		{"two words", "North Korea denies it. North Korean troops arrived in Kursk last month.", "arrived", "North Korea"},
		{"one word between", "Ukraine said so. Ukrainian special forces attacked Kursk on Oct. 30.", "attacked", "Ukraine"},
		{"American", "The United States said so. American officials condemned the launch on Oct. 30.", "condemned", "United States"},
		{"side", "Ukraine said so. The Ukrainian side struck the bridge on Monday.", "struck", "Ukraine"},
		{"authorities", "Russia said so. Russian authorities condemned the launch on Monday.", "condemned", "Russia"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, e := mustEvent(t, tt.text, tt.trigger, dct)
			if !slices.ContainsFunc(e.Actors, func(ea EventActor) bool { return a.Actors[ea.Actor].Name == tt.want }) {
				t.Errorf("%q actors %+v lack %s", tt.trigger, e.Actors, tt.want)
			}
		})
	}
	actors := []Actor{{Name: "Russian Far East", Type: "GPE"}, {Name: "North Korea", Type: "GPE"}, {Name: "China", Type: "GPE"}}
	for adj, want := range map[string]int{"Russian": -1, "North Korean": 1, "South Korean": -1, "Chinese": 2, "Korean": -1} {
		if got := countryOf(actors, adj); got != want {
			t.Errorf("countryOf(%q) = %d, want %d", adj, got, want)
		}
	}
	actors = []Actor{{Name: "Niger", Type: "GPE"}, {Name: "Nigeria", Type: "GPE"}, {Name: "Iran", Type: "GPE"}}
	for adj, want := range map[string]int{"Nigerian": 1, "Nigerien": 0, "Iranian": 2, "Iranistic": -1} {
		if got := countryOf(actors, adj); got != want {
			t.Errorf("countryOf(%q) = %d, want %d", adj, got, want)
		}
	}
}

// TestDateWordsAtSentenceEnd checks that the readers of the words between a
// trigger and its date stay inside the sentence when the date's word index
// is its end.
func TestDateWordsAtSentenceEnd(t *testing.T) {
	for _, text := range []string{"Kim said in a statement released by", "the launch, which took place"} {
		sc := &eventScope{text: text, words: nerWords(nil, text, Span{0, len(text)})}
		end := len(sc.words)
		if sc.throughVehicle(1, end) || sc.describedDate(1, end) {
			t.Errorf("%q: a date at the sentence end is told through a vehicle or described", text)
		}
	}
}

// TestSpokeToReporters checks that speaking to reporters is a statement,
// no talks.
func TestSpokeToReporters(t *testing.T) {
	text := "Antony Blinken spoke to reporters in Seoul on Monday."
	a := Analyze(Doc{Text: text}, time.Date(2024, 11, 5, 0, 0, 0, 0, time.UTC))
	if e, ok := eventOfWord(a, text, "spoke"); !ok || e.Type != "STATEMENT" {
		t.Errorf("spoke to reporters is %q (%v), want STATEMENT", e.Type, ok)
	}
}

// TestCalledWithQuote checks that calling something by a quoted name is a
// statement, and calling a meeting is not.
func TestCalledWithQuote(t *testing.T) {
	dct := time.Date(2024, 9, 11, 0, 0, 0, 0, time.UTC)
	for text, want := range map[string]bool{
		`David Lammy called the transfer "a significant and dangerous escalation."`: true,
		"David Lammy called the transfer “a dangerous escalation.”":                 true,
		"David Lammy called the meeting in London.":                                 false,
	} {
		a := Analyze(Doc{Text: text}, dct)
		e, ok := eventOfWord(a, text, "called")
		if got := ok && e.Type == "STATEMENT"; got != want {
			t.Errorf("%q: called is a statement %v, want %v", text, got, want)
		}
	}
}

// TestPlannedLightVerb checks that a plan before a light verb makes its
// event noun planned.
func TestPlannedLightVerb(t *testing.T) {
	dct := time.Date(2024, 6, 18, 0, 0, 0, 0, time.UTC)
	for text, want := range map[string]bool{
		"Vladimir Putin will pay a state visit to North Korea on June 18-19, the Kremlin said.": true,
		"Vladimir Putin paid a state visit to North Korea on June 18.":                          false,
	} {
		a := Analyze(Doc{Text: text}, dct)
		e, ok := eventOfWord(a, text, "visit")
		if !ok || e.Planned != want {
			t.Errorf("%q: visit planned %v (%v), want %v", text, e.Planned, ok, want)
		}
	}
}

// TestReleasedPeople checks that setting people free is no announcement.
func TestReleasedPeople(t *testing.T) {
	for _, text := range []string{
		"North Korea released two prisoners on Friday.",
		"Russia released Ashot Mkrtychev on Friday.",
		"Kim Jong Un was released from hospital on Friday.",
	} {
		a := Analyze(Doc{Text: text}, time.Date(2024, 11, 5, 0, 0, 0, 0, time.UTC))
		if e, ok := eventOfWord(a, text, "released"); ok {
			t.Errorf("%q: released is %s", text, e.Type)
		}
	}
}

// TestGoNeedsPlace checks that a form of "go" is a journey only to a named
// place.
func TestGoNeedsPlace(t *testing.T) {
	dct := time.Date(2024, 11, 5, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"North Korea and South Korea went to war in June 1950.",
		"Kim Jong Un went on to praise Russia in June 2024.",
	} {
		a := Analyze(Doc{Text: text}, dct)
		if e, ok := eventOfWord(a, text, "went"); ok {
			t.Errorf("%q: %s event at went, want none", text, e.Type)
		}
	}
}

// TestPairMemory checks whom "the two leaders" refers to: the first two
// persons of a sentence before, not one named in a relative clause or only
// as the source of a report.
func TestPairMemory(t *testing.T) {
	dct := time.Date(2024, 11, 5, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, trigger string
		want, not           string
	}{
		{"a third person later", "Vladimir Putin spoke with Kim Jong Un on Tuesday and told him of his summit with Donald Trump. The two leaders signed a deal.",
			"signed", "Vladimir Putin", "Donald Trump"},
		{"a person in a relative clause", "Andrei Belousov, who replaced Sergei Shoigu in May, was met by No Kwang Chol on Friday. The two ministers held talks.",
			"talks", "Andrei Belousov", "Sergei Shoigu"},
		{"the source of a report", "Vladimir Putin and Kim Jong Un met on Wednesday, Yuri Ushakov said. The two leaders signed a deal.",
			"signed", "Kim Jong Un", "Yuri Ushakov"},
		{"the source of a report before", "Yuri Ushakov said Vladimir Putin and Kim Jong Un met on Wednesday. The two leaders signed a deal.",
			"signed", "Kim Jong Un", "Yuri Ushakov"},
		{"two sides", "Sanctions on Iran were discussed as Russia and North Korea held talks in Moscow in June. The two sides signed a treaty.",
			"signed", "North Korea", "Iran"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, e := mustEvent(t, tt.text, tt.trigger, dct)
			var names []string
			for _, ea := range e.Actors {
				names = append(names, a.Actors[ea.Actor].Name)
			}
			if !slices.Contains(names, tt.want) || slices.Contains(names, tt.not) {
				t.Errorf("%q actors %v, want %s and not %s", tt.trigger, names, tt.want, tt.not)
			}
		})
	}
}

// TestAppositiveSource checks that a name described by an appositive
// between it and a reporting verb is a source of the report.
func TestAppositiveSource(t *testing.T) {
	dct := time.Date(2023, 11, 23, 0, 0, 0, 0, time.UTC)
	tests := []struct{ text, verb, source string }{
		{"On April 28, the Central Military Commission of the ruling party said Kim ordered it, and vowed more.", "said", "Central Military Commission"},
		{"Adrienne Watson, a spokeswoman for the White House National Security Council, said on Tuesday that the launch was illegal.", "said", "Adrienne Watson"},
		{"Lee Sung-jun, spokesman for the Joint Chiefs of Staff, told reporters that Russia may have helped.", "told", "Lee Sung-jun"},
		{"Chang Ho-jin, President Yoon Suk Yeol's national security adviser, told reporters on Thursday that Seoul would reconsider.", "told", "Chang Ho-jin"},
		{"Yoo Sang-bum, a lawmaker of the ruling People Power Party who sits on the intelligence committee, told reporters that it was so.", "told", "Yoo Sang-bum"},
		{"The visit follows that of Sergei Shoigu, the secretary of Russia's Security Council, who announced on June 17 that workers would go.", "announced", "Sergei Shoigu"},
	}
	for _, tt := range tests {
		a, e := mustEvent(t, tt.text, tt.verb, dct)
		if !slices.ContainsFunc(e.Actors, func(ea EventActor) bool { return a.Actors[ea.Actor].Name == tt.source && ea.Role == "source" }) {
			t.Errorf("%q: %s has actors %+v, want source %s", tt.text, tt.verb, e.Actors, tt.source)
		}
	}
	// A list of names is not an appositive.
	text := "Russia, China and Iran said on Tuesday that the vote was unfair."
	a, e := mustEvent(t, text, "said", dct)
	if len(e.Actors) != 3 {
		t.Errorf("%q: actors %+v of %d", text, e.Actors, len(a.Actors))
	}
}

// TestAddedTargets checks that adding things is no speech act.
func TestAddedTargets(t *testing.T) {
	text := "The State Department added three more targets linked to Pyongyang on Monday."
	if e, ok := eventOfWord(Analyze(Doc{Text: text}, time.Date(2024, 12, 17, 0, 0, 0, 0, time.UTC)), text, "added"); ok {
		t.Errorf("%q: added is %s", text, e.Type)
	}
}

// TestCaptionPosition checks that "(left)" in a caption is no departure.
func TestCaptionPosition(t *testing.T) {
	text := "Sergei Lavrov (left) meets Kim Jong Un in Wonsan on July 12."
	if e, ok := eventOfWord(Analyze(Doc{Text: text}, time.Date(2025, 7, 19, 0, 0, 0, 0, time.UTC)), text, "left"); ok {
		t.Errorf("%q: left is %s", text, e.Type)
	}
}

// TestLiftedOff checks that a rocket lifting off is a launch, and lifting
// sanctions is not.
func TestLiftedOff(t *testing.T) {
	dct := time.Date(2023, 11, 23, 0, 0, 0, 0, time.UTC)
	text := "The rocket lifted off from the Sohae launch site in North Korea on Tuesday."
	_, e := mustEvent(t, text, "lifted", dct)
	if e.Type != "LAUNCH" || e.Value != "2023-11-21" {
		t.Errorf("%q: %s %s, want LAUNCH 2023-11-21", text, e.Type, e.Value)
	}
	text = "Russia lifted sanctions on North Korea on Tuesday."
	if e, ok := eventOfWord(Analyze(Doc{Text: text}, dct), text, "lifted"); ok {
		t.Errorf("%q: lifting sanctions is %s", text, e.Type)
	}
}

// TestPronounSubject checks that "he" opening a clause stands for the person
// the sentence before named first.
func TestPronounSubject(t *testing.T) {
	text := "Kim Jong Un inspected a factory on Monday with Sergei Shoigu. On Tuesday, he also visited a shipyard."
	a, e := mustEvent(t, text, "visited", time.Date(2024, 11, 5, 0, 0, 0, 0, time.UTC))
	if len(e.Actors) != 1 || a.Actors[e.Actors[0].Actor].Name != "Kim Jong Un" || e.Value != "2024-11-05" {
		t.Errorf("visited: %s %+v, want Kim Jong Un on 2024-11-05", e.Value, e.Actors)
	}
}

// TestBodyDescription checks that "the agency" or "the spy agency" is the
// organisation of that kind named before, and only one of that kind.
func TestBodyDescription(t *testing.T) {
	dct := time.Date(2024, 10, 18, 0, 0, 0, 0, time.UTC)
	tests := []struct{ name, text, trigger, want string }{
		{"spy agency", "South Korea's National Intelligence Service said on Friday that troops had left. The spy agency told lawmakers they wore Russian uniforms.",
			"told", "National Intelligence Service"},
		{"news agency", "The Korean Central News Agency reported the talks. The gift shows close ties, the agency said.", "said", "Korean Central News Agency"},
		{"ministry", "Russia's Defence Ministry released a video. The ministry announced the delivery on Wednesday.", "announced", "Russian Defence Ministry"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, e := mustEvent(t, tt.text, tt.trigger, dct)
			if !slices.ContainsFunc(e.Actors, func(ea EventActor) bool { return a.Actors[ea.Actor].Name == tt.want }) {
				t.Errorf("actors of %q: %+v, want %s", tt.trigger, e.Actors, tt.want)
			}
		})
	}
	// a ministry is no agency
	a := Analyze(Doc{Text: "Russia's Defence Ministry released a video. The agency said it was fake."}, dct)
	if len(a.Events) > 1 {
		t.Errorf("the agency is no ministry: %+v", a.Events)
	}
}

// TestCeremonyOfSpeech checks that a ceremony where a speech was given is
// the speech's occasion, not an event of its own.
func TestCeremonyOfSpeech(t *testing.T) {
	dct := time.Date(2025, 8, 22, 0, 0, 0, 0, time.UTC)
	text := "Kim attended a ceremony in Pyongyang on Thursday. In a speech at the ceremony, Kim said the soldiers were heroes."
	a := Analyze(Doc{Text: text}, dct)
	n := 0
	for _, e := range a.Events {
		if e.Type == "CEREMONY" || e.Type == "ATTEND" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d ceremony and attendance events, want 1 (attended a ceremony): %+v", n, a.Events)
	}
}

// TestPronounReferents checks whom "he", "she" and "his" stand for: a
// person named before them in the sentence, else the first person of the
// last sentence that named one, also when the clause names others.
func TestPronounReferents(t *testing.T) {
	dct := time.Date(2024, 11, 5, 0, 0, 0, 0, time.UTC)
	tests := []struct{ name, text, trigger, want string }{
		{"same sentence", "Kim Jong Un met Sergei Shoigu. Mark Rutte said he would speak with Yoon Suk Yeol soon.", "speak", "Mark Rutte"},
		{"his visit", "Vladimir Putin met Kim Jong Un. It was his first visit to Pyongyang in 24 years.", "visit", "Vladimir Putin"},
		{"with other actors", "Sergei Lavrov landed on Friday. He toured the complex in Wonsan on Saturday.", "toured", "Sergei Lavrov"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, e := mustEvent(t, tt.text, tt.trigger, dct)
			if !slices.ContainsFunc(e.Actors, func(ea EventActor) bool { return a.Actors[ea.Actor].Name == tt.want }) {
				t.Errorf("actors of %q: %+v, want %s", tt.trigger, e.Actors, tt.want)
			}
		})
	}
}

// TestCoordinatedPassive checks that a second clause with a fronted date
// and a passive ("and on 4 November she was received by Mr. Putin") is an
// event of its own with its own date.
func TestCoordinatedPassive(t *testing.T) {
	text := "Choe Son Hui held talks with Sergei Lavrov on November 1, and on November 4 she was received by Mr. Putin in the Kremlin."
	a, e := mustEvent(t, text, "received", time.Date(2024, 11, 13, 0, 0, 0, 0, time.UTC))
	if e.Value != "2024-11-04" || !slices.ContainsFunc(e.Actors, func(ea EventActor) bool { return a.Actors[ea.Actor].Name == "Vladimir Putin" }) {
		t.Errorf("received: %s %+v, want Vladimir Putin on 2024-11-04", e.Value, e.Actors)
	}
}

// TestShotDownAndEarlyWarning checks that "shot down" is an attack and
// that an "early warning" aircraft is no warning.
func TestShotDownAndEarlyWarning(t *testing.T) {
	dct := time.Date(2025, 3, 27, 0, 0, 0, 0, time.UTC)
	text := "Ukraine said it shot down an A-50 over the Sea of Azov in January 2024."
	if _, e := mustEvent(t, text, "shot", dct); e.Type != "ATTACK" || e.Value != "2024-01" {
		t.Errorf("shot down: %s %s, want ATTACK 2024-01", e.Type, e.Value)
	}
	a := Analyze(Doc{Text: "North Korea unveiled an airborne early warning aircraft built with Russia."}, dct)
	for _, e := range a.Events {
		if e.Type == "WARN" {
			t.Errorf("early warning is a WARN event: %+v", e)
		}
	}
}

// TestRoleDescription checks that "the Russian president" or "the North
// Korean leader" is the person the text named with those words before,
// and that a possessive description ("the leader's sister") acts not.
func TestRoleDescription(t *testing.T) {
	dct := time.Date(2024, 6, 21, 0, 0, 0, 0, time.UTC)
	text := "North Korean leader Kim Jong Un met Russian President Vladimir Putin in Pyongyang on Wednesday.\n\n" +
		"The Russian president said on Thursday that the talks went well. The North Korean leader thanked him."
	for trig, want := range map[string]string{"said": "Vladimir Putin", "thanked": "Kim Jong Un"} {
		a, e := mustEvent(t, text, trig, dct)
		if len(e.Actors) == 0 || a.Actors[e.Actors[0].Actor].Name != want {
			t.Errorf("%s: %+v, want %s", trig, e.Actors, want)
		}
	}
	a, e := mustEvent(t, "North Korean leader Kim Jong Un met Sergei Shoigu. Kim Yo Jong, the North Korean leader's sister, said on Friday that talks were useless.", "said", dct)
	if slices.ContainsFunc(e.Actors, func(ea EventActor) bool { return a.Actors[ea.Actor].Name == "Kim Jong Un" }) {
		t.Errorf("the leader's sister made the leader an actor: %+v", e.Actors)
	}
}

// TestPerfectNotCarried checks that "has signed" is not dated by the
// signing the sentence before tells: it is news of its own.
func TestPerfectNotCarried(t *testing.T) {
	text := "Putin and Kim after the signing ceremony in Pyongyang in June.\nVladimir Putin has signed the federal law on the ratification of the treaty."
	a := Analyze(Doc{Text: text}, time.Date(2024, 11, 9, 0, 0, 0, 0, time.UTC))
	k := slices.IndexFunc(a.Events, func(e Event) bool { return e.Sentence == 1 && e.Type == "SIGN" })
	if k < 0 {
		t.Fatalf("no event at has signed: %+v", a.Events)
	}
	if a.Events[k].Value == "2024-06" {
		t.Errorf("has signed took the June signing's date")
	}
}

// TestCaptureAndOffer checks that "captured" is an event and "offered to"
// a proposal, but "offered" before a price is none.
func TestCaptureAndOffer(t *testing.T) {
	dct := time.Date(2025, 4, 29, 0, 0, 0, 0, time.UTC)
	text := "In January, Ukraine captured two North Korean soldiers, and Volodymyr Zelensky offered to swap them on Jan. 12."
	if _, e := mustEvent(t, text, "captured", dct); e.Type != "CAPTURE" || e.Value != "2025-01" {
		t.Errorf("captured: %s %s, want CAPTURE 2025-01", e.Type, e.Value)
	}
	if _, e := mustEvent(t, text, "offered", dct); e.Type != "PROPOSE" || e.Value != "2025-01-12" {
		t.Errorf("offered to: %s %s, want PROPOSE 2025-01-12", e.Type, e.Value)
	}
	a := Analyze(Doc{Text: "Gazprom offered $20 a share for Rosneft on Monday."}, dct)
	for _, e := range a.Events {
		if e.Type == "PROPOSE" {
			t.Errorf("an offer of a price is a proposal event: %+v", e)
		}
	}
}

// TestDefiniteNounCarried checks that "the launch" after a dated test is
// that test's day.
func TestDefiniteNounCarried(t *testing.T) {
	text := "North Korea successfully tested an ICBM on Thursday, state media said. KCNA said Kim Jong Un oversaw the launch."
	_, e := mustEvent(t, text, "launch", time.Date(2024, 11, 2, 0, 0, 0, 0, time.UTC))
	if e.Value != "2024-10-31" {
		t.Errorf("the launch dated %q, want 2024-10-31", e.Value)
	}
}

// TestVisitTellings checks some ways news tells the steps of a visit: a
// passive announcement with its agent, a wreath laid, "then laid flowers"
// and "on the same day" after a year told in passing.
func TestVisitTellings(t *testing.T) {
	dct := time.Date(2025, 10, 10, 0, 0, 0, 0, time.UTC)
	text := "The visit was announced on 6 October by the United Russia press service.\n\n" +
		"On 9 October Dmitry Medvedev laid a wreath at the Liberation Monument, which commemorates the soldiers who fell in 1945. " +
		"Medvedev then laid flowers at Mansu Hill.\n\nOn the same day Medvedev held talks with Jo Yong Won."
	tests := []struct{ trigger, typ, date, actor string }{
		{"announced", "ANNOUNCE", "2025-10-06", "United Russia"},
		{"laid a wreath", "CEREMONY", "2025-10-09", "Dmitry Medvedev"},
		{"laid flowers", "CEREMONY", "2025-10-09", "Dmitry Medvedev"},
		{"talks", "TALKS", "2025-10-09", "Jo Yong Won"},
	}
	for _, tt := range tests {
		a, e := mustEvent(t, text, tt.trigger, dct)
		if e.Type != tt.typ || e.Value != tt.date || !slices.ContainsFunc(e.Actors, func(ea EventActor) bool { return a.Actors[ea.Actor].Name == tt.actor }) {
			t.Errorf("%s: %s %s %+v, want %s %s with %s", tt.trigger, e.Type, e.Value, e.Actors, tt.typ, tt.date, tt.actor)
		}
	}
}

// TestNoUnknownDigitsDate checks that an event takes no date with unknown
// digits from a habitual present ("which they launch every night").
func TestNoUnknownDigitsDate(t *testing.T) {
	text := "Russia produces Shahed drones at Alabuga, which the occupiers launch at Ukrainian cities almost every night."
	a := Analyze(Doc{Text: text}, time.Date(2025, 11, 14, 0, 0, 0, 0, time.UTC))
	for _, e := range a.Events {
		if strings.Contains(e.Value, "X") {
			t.Errorf("event %s dated %q", e.Type, e.Value)
		}
	}
}

// TestCoordinateDated checks that two verbs of a kind joined by "and", or
// by a comma before a named subject, each with its own time expression, are
// two events.
func TestCoordinateDated(t *testing.T) {
	text := "North Korea first sent 11,000 troops to Kursk in October last year, and sent about 3,000 more early this year."
	a := Analyze(Doc{Text: text}, time.Date(2025, 11, 4, 0, 0, 0, 0, time.UTC))
	var dates []string
	for _, e := range a.Events {
		if e.Type == "DEPLOY" {
			dates = append(dates, e.Value)
		}
	}
	if !slices.Equal(dates, []string{"2024-10", "2025"}) {
		t.Errorf("deployments dated %q, want 2024-10 and 2025", dates)
	}
	text = "The State Duma voted it through unanimously on Oct. 24, the Federation Council approved it on Nov. 6, and Putin signed it on Nov. 9."
	a = Analyze(Doc{Text: text}, time.Date(2024, 11, 13, 0, 0, 0, 0, time.UTC))
	dates = nil
	for _, e := range a.Events {
		if e.Type == "VOTE" {
			dates = append(dates, e.Value)
		}
	}
	if !slices.Equal(dates, []string{"2024-10-24", "2024-11-06"}) {
		t.Errorf("votes dated %q, want 2024-10-24 and 2024-11-06", dates)
	}
}

// TestItsOwner checks that "its" before a noun event is the organisation
// its nearest sentence that names one opens with.
func TestItsOwner(t *testing.T) {
	text := "The Multilateral Sanctions Monitoring Team exists because Russia vetoed the renewal of the UN Panel of Experts in 2024. " +
		"The group was launched in Seoul in October 2024. Its first report, in May, found that North Korea had shipped Russia shells."
	a, e := mustEvent(t, text, "report", time.Date(2025, 10, 22, 0, 0, 0, 0, time.UTC))
	if e.Value != "2025-05" || len(e.Actors) == 0 || a.Actors[e.Actors[0].Actor].Name != "Multilateral Sanctions Monitoring Team" {
		t.Errorf("its first report: %s %+v, want the MSMT in 2025-05", e.Value, e.Actors)
	}
}

// TestFollowingTheMeeting checks that "Following the meeting," dates the
// speech act after it by the meeting told just before, though the text
// called it talks.
func TestFollowingTheMeeting(t *testing.T) {
	text := "On January 16, Choe Son Hui held talks with Sergei Lavrov in Moscow.\n\nFollowing the meeting, Kremlin spokesman Dmitry Peskov said Putin had accepted the invitation."
	_, e := mustEvent(t, text, "said", time.Date(2024, 2, 9, 0, 0, 0, 0, time.UTC))
	if e.Value != "2024-01-16" {
		t.Errorf("said dated %q, want 2024-01-16", e.Value)
	}
}

// TestAttendedTheMeeting checks that attending the meeting told before
// takes its day.
func TestAttendedTheMeeting(t *testing.T) {
	text := "G7 foreign ministers met in Fiuggi on Monday.\n\nUkrainian Foreign Minister Andrii Sybiha also attended the meeting, which was hosted by Antonio Tajani."
	_, e := mustEvent(t, text, "attended", time.Date(2024, 11, 27, 0, 0, 0, 0, time.UTC))
	if e.Value != "2024-11-25" {
		t.Errorf("attended dated %q, want 2024-11-25", e.Value)
	}
}

// TestSameDayAfterMonth checks that "on the same day" is the last day told
// though a month was told after it in passing.
func TestSameDayAfterMonth(t *testing.T) {
	text := "The Treasury Department said on Monday it had designated nine people. Since October, North Korea has sent 11,000 troops to Russia. " +
		"On the same day in Brussels, EU foreign ministers adopted a package of sanctions against Russia."
	_, e := mustEvent(t, text, "sanctions", time.Date(2024, 12, 17, 0, 0, 0, 0, time.UTC))
	if e.Value != "2024-12-16" {
		t.Errorf("sanctions dated %q, want 2024-12-16", e.Value)
	}
}

// TestFollowedStep checks that "and the Federation Council followed on
// November 6" repeats the step the clause before told, with its own date.
func TestFollowedStep(t *testing.T) {
	text := "The State Duma approved the ratification law unanimously on October 24, and the Federation Council followed on November 6."
	_, e := mustEvent(t, text, "followed", time.Date(2024, 11, 13, 0, 0, 0, 0, time.UTC))
	if e.Type != "VOTE" || e.Value != "2024-11-06" {
		t.Errorf("followed: %s %s, want VOTE 2024-11-06", e.Type, e.Value)
	}
}

// TestOffensiveAdjective checks that "offensive weapons" is no attack.
func TestOffensiveAdjective(t *testing.T) {
	a := Analyze(Doc{Text: "North Korea sent offensive weapons to Russia on Monday."}, time.Date(2024, 11, 5, 0, 0, 0, 0, time.UTC))
	for _, e := range a.Events {
		if e.Type == "ATTACK" {
			t.Errorf("offensive weapons made an attack: %+v", e)
		}
	}
}

// TestSameSpeakerLater checks that a speaker quoted again a few sentences
// after a report dated by its own time expression speaks on that day.
func TestSameSpeakerLater(t *testing.T) {
	text := "President Yoon Suk Yeol said Thursday that South Korea could send weapons to Ukraine.\n\n" +
		"Speaking at a joint press conference after a summit in Seoul, Yoon Suk Yeol said the government had kept to its principle."
	a := Analyze(Doc{Text: text}, time.Date(2024, 10, 25, 0, 0, 0, 0, time.UTC))
	var dates []string
	for _, e := range a.Events {
		if e.Type == "STATEMENT" {
			dates = append(dates, e.Value)
		}
	}
	if !slices.Equal(dates, []string{"2024-10-24", "2024-10-24"}) {
		t.Errorf("Yoon's statements dated %q, want both 2024-10-24", dates)
	}
}

// TestCouncilSession checks that a speaker who "told the council" speaks on
// the day the council met, as told for an earlier speaker, and so does the
// report after it.
func TestCouncilSession(t *testing.T) {
	text := "US deputy ambassador Robert Wood told the council in New York on Wednesday that the use of the missiles was abhorrent. " +
		"Washington expected more to follow. Moscow denied it. Russia's forces fired more. Kyiv was hit.\n\n" +
		"South Korea's ambassador Hwang Joon-kook told the council that Pyongyang was using Ukraine as a testing ground. " +
		"The council's failure to act had only emboldened North Korea, he said."
	a := Analyze(Doc{Text: text}, time.Date(2024, 1, 11, 0, 0, 0, 0, time.UTC))
	for _, e := range a.Events {
		if e.Sentence >= 5 && reporting[e.Type] && e.Value != "2024-01-10" {
			t.Errorf("%s at %q dated %q, want 2024-01-10", e.Type, text[e.Trigger.Start:e.Trigger.End], e.Value)
		}
	}
}

// TestSceneSettingDay checks that a sentence that tells no event but a day
// dates the past events of the sentence after it.
func TestSceneSettingDay(t *testing.T) {
	text := "Putin signed the treaty in Pyongyang on June 19. The next day in Hanoi, the tone could hardly have been more different. Putin met To Lam."
	_, e := mustEvent(t, text, "met", time.Date(2024, 6, 25, 0, 0, 0, 0, time.UTC))
	if e.Value != "2024-06-20" {
		t.Errorf("met dated %q, want 2024-06-20", e.Value)
	}
}

// TestMeetingOfTheCouncil checks that "told the meeting" is the council's
// meeting told before under another name.
func TestMeetingOfTheCouncil(t *testing.T) {
	text := "Andrii Sybiha told the council in New York on Monday that the metal came from a KN-23 missile. " +
		"Linda Thomas-Greenfield, the American ambassador to the UN, told the meeting that 10,000 troops were in Kursk."
	a := Analyze(Doc{Text: text}, time.Date(2024, 11, 19, 0, 0, 0, 0, time.UTC))
	at := strings.LastIndex(text, "told")
	for _, e := range a.Events {
		if e.Trigger.Start == at && e.Value != "2024-11-18" {
			t.Errorf("told the meeting dated %q, want 2024-11-18", e.Value)
		}
	}
}

// TestRepeatedDates checks that an event dated by a list of dates happens
// on each, while a range, a two-day event and a clause of its own after the
// second date do not repeat it.
func TestRepeatedDates(t *testing.T) {
	dct := time.Date(2024, 2, 10, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text, trigger string
		want          []string
	}{
		{"Russia fired North Korean missiles at Ukraine on Dec. 30, 2023, and again on Jan. 2.", "fired", []string{"2023-12-30", "2024-01-02"}},
		{"In May and August, Pyongyang launched satellites.", "launched", []string{"2023-05", "2023-08"}},
		{"Kim held talks with Putin on Monday and Tuesday.", "talks", []string{"2024-02-05"}},
		{"Kim and Putin signed a treaty in June, and in October North Korea sent troops.", "signed", []string{"2023-06"}},
		{"Shoigu visited Pyongyang between July 25 and July 27.", "visited", []string{"2023-07-25"}},
		{"He met Kim on March 21, and again on June 4, the same day Lee was sworn in.", "met", []string{"2023-03-21", "2023-06-04"}},
	}
	for _, c := range cases {
		a := Analyze(Doc{Text: c.text}, dct)
		at := strings.Index(c.text, c.trigger)
		var got []string
		for _, e := range a.Events {
			if e.Trigger.Start == at {
				got = append(got, e.Value)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: %s dated %v, want %v", c.text, c.trigger, got, c.want)
		}
	}
}

// TestWhereClauseDate checks that an event in a clause of "where" after a
// dated event takes its date, and that a report after "the meeting" in the
// sentence of the talks takes their day.
func TestWhereClauseDate(t *testing.T) {
	dct := time.Date(2025, 9, 3, 0, 0, 0, 0, time.UTC)
	cases := []struct{ text, trigger, want string }{
		{"Putin visited Pyongyang in June 2024, where he signed a treaty with Kim Jong Un.", "signed", "2024-06"},
		{"Putin flew on to Vietnam on Thursday, where he held talks with To Lam in Hanoi.", "talks", "2025-08-28"},
		{"Penny Wong met Kim Jong Un on Monday. Later on Tuesday, she held talks with Cho Tae-yul, who said after the meeting that they agreed.",
			"said", "2025-09-02"},
	}
	for _, c := range cases {
		if _, e := mustEvent(t, c.text, c.trigger, dct); e.Value != c.want {
			t.Errorf("%q: %s dated %q, want %q", c.text, c.trigger, e.Value, c.want)
		}
	}
}

// TestHoursAndDemonstrative checks that "hours before the meeting" is the
// meeting's day and that "that treaty" opens no clause keeping a date from
// the verb before it.
func TestHoursAndDemonstrative(t *testing.T) {
	dct := time.Date(2025, 7, 13, 0, 0, 0, 0, time.UTC)
	cases := []struct{ text, trigger, want string }{
		{"Kim met Putin on Wednesday. Hours before the meeting, North Korea fired two missiles into the sea.", "fired", "2025-07-09"},
		{"Putin signed the law ratifying that treaty in November.", "signed", "2024-11"},
	}
	for _, c := range cases {
		if _, e := mustEvent(t, c.text, c.trigger, dct); e.Value != c.want {
			t.Errorf("%q: %s dated %q, want %q", c.text, c.trigger, e.Value, c.want)
		}
	}
}

// TestSaidWithoutThat checks that a date inside what is said, with no
// "that" before it, does not date the speech act.
func TestSaidWithoutThat(t *testing.T) {
	dct := time.Date(2025, 1, 14, 0, 0, 0, 0, time.UTC)
	if _, e := mustEvent(t, "The Security Service of Ukraine said they were taken prisoner on Jan. 9.", "said", dct); e.Value != "2025-01-14" {
		t.Errorf("said dated %q, want 2025-01-14", e.Value)
	}
	if _, e := mustEvent(t, "The White House first announced it on January 4, 2024.", "announced", dct); e.Value != "2024-01-04" {
		t.Errorf("announced it dated %q, want 2024-01-04", e.Value)
	}
}

// TestOccasionNotBackground checks that "told the meeting" takes the day
// of the session told before, not that of a background event its sentence
// names, and that a day inside a week named with it dates an event.
func TestOccasionNotBackground(t *testing.T) {
	text := "Andrii Sybiha told the council in New York on Monday that the metal came from a KN-23 missile. " +
		"The session was called to mark 1,000 days since Russia launched its full-scale invasion on 24 February 2022. " +
		"Linda Thomas-Greenfield told the meeting that 10,000 troops were in Kursk."
	if _, e := mustEvent(t, text, "told the meeting", time.Date(2024, 11, 19, 0, 0, 0, 0, time.UTC)); e.Value != "2024-11-18" {
		t.Errorf("told the meeting dated %q, want 2024-11-18", e.Value)
	}
	if !within("2024-10-28", "2024-W44") || within("2024-11-04", "2024-W44") {
		t.Error("a day within its ISO week")
	}
}

// TestToldYearsAndClauses checks dates that the sentence or the text
// before tells: a day of a month told with its year, "that September",
// an opening date over a colon, and a subject with its acronym in brackets.
func TestToldYearsAndClauses(t *testing.T) {
	dct := time.Date(2025, 7, 28, 0, 0, 0, 0, time.UTC)
	tests := []dateCase{
		{"day of a month told with its year", "Kim travelled to Russia in September 2023 and met Putin at the Vostochny Cosmodrome on Sept. 13.", "met", "2023-09-13"},
		{"that September", "Ties grew after July 2023, when Shoigu visited Pyongyang. That September, Kim travelled to Russia.", "travelled", "2023-09"},
		{"opening date over a colon", "Gerasimov spoke on April 26. Two days later, Pyongyang acknowledged the deployment: the Central Military Commission said the troops had fought.",
			"said", "2025-04-28"},
		{"subject with its acronym", "Gerasimov told Putin on April 26 that the region was free, and the official Korean Central News Agency (KCNA) confirmed it two days later.",
			"confirmed", "2025-04-28"},
		{"a year before the noun it dates", "On Wednesday, South Korea suspended part of the 2018 inter-Korean military agreement.", "suspended", "2025-07-23"},
		{"the noun a year dates", "On Wednesday, South Korea suspended part of the 2018 inter-Korean military agreement.", "agreement", "2018"},
		{"a range of days", "Lavrov visited Wonsan from 11 to 13 July for talks with Choe Son Hui.", "visited", "2025-07-11"},
		{"set up, past", "Russia vetoed the renewal in March last year, and 11 countries set up the Multilateral Sanctions Monitoring Team in October.", "set", "2024-10"},
		{"a report's release date", "The team was set up in 2024. Its first report, released on May 29, accused Pyongyang of shipping shells to Russia.",
			"accused", "2025-05-29"},
		{"asked on a weekday", "Asked on Tuesday whether troops would be discussed in Anchorage, Tammy Bruce told reporters it was private.", "told", "2025-07-22"},
	}
	checkEventDates(t, dct, tests)
}
