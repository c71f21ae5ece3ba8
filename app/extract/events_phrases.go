package extract

// This file finds the words that are event triggers only in a phrase:
// "called on", "laid a wreath", "wrote on Telegram", "took off", "shot
// down", "was received by", "went to Pyongyang", "spoke by phone".

import (
	"strings"
	"sync"
)

// phraseType returns the type of the event that word i of the clause
// [from, to) triggers in a phrase with the words around it, and whether
// it triggers one; trigs are the clause's triggers before it.
func (sc *eventScope) phraseType(i, from, to int, trigs []trigger) (string, bool) {
	w := sc.words[i]
	if !phraseHeads()[w.key] {
		if sc.soundbiteCaption(i, from) {
			return "STATEMENT", true
		}
		return "", false // most words head no phrase: one lookup instead of one a phrase
	}
	next := func(keys map[uint64]bool) bool { return i+1 < to && keys[sc.words[i+1].key] }
	nextIs := func(key uint64) bool { return i+1 < to && sc.words[i+1].key == key }
	switch {
	case callKeys[w.key] && next(callOnKeys):
		return "URGE", true // "called on Beijing to", "calls for restraint"
	case callKeys[w.key] && strings.HasSuffix(sc.text[w.Start:w.End], "ed") && sc.quoteAfter(i, to):
		return "STATEMENT", true // "Lammy called the transfer \"a significant and dangerous escalation\""
	case cutKeys[w.key] && i+2 < to && sc.words[i+1].key == keyThe && sc.words[i+2].key == keyRibbon:
		return "CEREMONY", true // "Kim cut the ribbon at Wonsan-Kalma on June 24"
	case layKeys[w.key] && i+2 < to && (tributeNouns[sc.words[i+1].key] || tributeNouns[sc.words[i+2].key]):
		return "CEREMONY", true // "laid a wreath at the Liberation Monument"
	case writeKeys[w.key] && sc.onSocialMedia(i, to):
		return "STATEMENT", true // "Kozhemyako wrote on his Telegram channel"
	case takeKeys[w.key] && nextIs(keyOff):
		return "DEPART", true // "a Nordwind Airlines jet took off from Moscow for Pyongyang"
	case takeKeys[w.key] && nextIs(keyOffice):
		return "CEREMONY", true // "Trump, who took office on Jan. 20"
	case followKeys[w.key] && len(trigs) > 0 && sc.coordinateSubject(trigs[len(trigs)-1].word, i):
		// "The State Duma approved the law on October 24, and the
		// Federation Council followed on November 6": the same step
		return trigs[len(trigs)-1].typ, true
	case offerKeys[w.key] && nextIs(keyTo):
		return "PROPOSE", true // "Zelensky offered to swap them", not "offered $20 a share"
	case passKeys[w.key] && sc.nearLaw(i, from, to):
		return "VOTE", true // "the law, which the State Duma passed on October 24"
	case liftKeys[w.key] && nextIs(keyOff):
		return "LAUNCH", true // "the rocket lifted off from Sohae"
	case shootKeys[w.key] && nextIs(keyDown):
		return "ATTACK", true // "Ukraine said it shot down an A-50"
	case testKeys[w.key]:
		return "TEST", true // a LAUNCH when a weapon is named (triggers)
	case receiveKeys[w.key] && sc.receivesVisitor(i, to):
		return "MEET", true // "Kim received Lavrov in Wonsan", "was received by Mr Putin"
	case goKeys[w.key] && sc.goesToPlace(i, to):
		return "TRAVEL", true // "since Xi Jinping went to Pyongyang in June 2019"
	case setKeys[w.key] && nextIs(keyUp) && sc.setUpBody(i+2, to):
		return "ESTABLISH", true // "11 countries set up the Multilateral Sanctions Monitoring Team in October"
	case sitKeys[w.key] && nextIs(keyDown) && i+2 < to && sc.words[i+2].key == keyWith:
		return "MEET", true // "Shoigu sat down with Kim Jong Un in Pyongyang"
	case wasKeys[w.key] && sc.personWasThere(i, from, to):
		return "VISIT", true // "he had also been there on 4 June", "he was last there on March 21"
	case wasKeys[w.key] && nextIs(keyIn) && sc.personWasIn(i, from, to):
		return "VISIT", true // "Naryshkin, who heads the SVR, was in North Korea from Monday to Wednesday"
	case showKeys[w.key] && i+1 < to && (pressNouns[sc.words[i+1].key] || i+2 < to && pressNouns[sc.words[i+2].key]):
		return "STATEMENT", true // "the prosecutor's office showed journalists fragments of a missile"
	case establishKeys[w.key] && i+1 < to && (tieNouns[sc.words[i+1].key] || i+2 < to && tieNouns[sc.words[i+2].key]):
		return "RECOGNIZE", true // "to establish diplomatic relations" ("established" is ESTABLISH's, in triggers)
	case spendKeys[w.key] && sc.spentWith(i, to):
		return "MEET", true // "Witkoff, who spent more than four hours with Putin in St. Petersburg"
	case hitKeys[w.key] && sc.placeAt(i+1, to):
		return "ATTACK", true // "a missile that hit Kharkiv on Jan. 2"
	case sc.soundbiteCaption(i, from):
		return "STATEMENT", true // "(Choi Ji-hoon / Professor, Korea National Diplomatic Academy: ...)"
	case speakKeys[w.key] && nextIs(keyTo) && sc.toAudience(i+2, to) && !strings.HasSuffix(sc.text[w.Start:w.End], "ing"):
		// "Kishida also spoke to the assembly on Tuesday", but "speaking to
		// reporters" goes with the clause's own speech act
		return "STATEMENT", true
	case addressKeys[w.key] && sc.toAudience(i+1, to):
		return "STATEMENT", true // "Kim Song addressed the council", not "addressed the issue"
	case sc.byPhone(i, from, to):
		return "TALKS", true // "held a phone call with Zelensky", "spoke by phone"
	case removeKeys[w.key] && sc.fromOffice(i, to):
		return "DISMISS", true // "whom the Constitutional Court removed from office on April 4"
	}
	return "", false
}

// maxReceiveObject is the most words between "received" and the person
// or delegation received.
const maxReceiveObject = 10

// receivesVisitor reports whether "received" at word i of a clause that
// ends before word to takes a person or a delegation, directly or after
// "by", so that it is a meeting ("Kim received Russian Foreign Minister
// Sergei Lavrov", "received a visiting delegation", "she was received by
// Mr Putin"), not a delivery ("received a letter", "received weapons").
func (sc *eventScope) receivesVisitor(i, to int) bool {
	g := theGazetteer()
	office := false // inside an office named before the visitor: "the secretary of Russia's Security Council, Sergei Shoigu"
	for k := i + 1; k < to && k <= i+maxReceiveObject; k++ {
		w := sc.words[k]
		if m := sc.mentionAt(w.Start); m >= 0 {
			end := sc.mentions[m].End
			possessive := strings.HasPrefix(sc.text[end:], "'s") || strings.HasPrefix(sc.text[end:], "’s")
			after := sc.wordAt(end)
			if possessive {
				after++ // past the "'s": "Trump's special envoy"
			}
			titled := after < to && g.titles[sc.words[after].key] || after+1 < to && g.titles[sc.words[after+1].key]
			if (sc.actors[sc.mentions[m].Actor].Type != "PERSON" || possessive) && (office || titled) {
				k, office = after-1, true // the body the office belongs to: "US Presidential envoy Steve Witkoff"
				continue
			}
			return sc.actors[sc.mentions[m].Actor].Type == "PERSON" && !possessive // not "received Putin's letter"
		}
		if office && w.key != keyDot && sc.text[w.Start] != ';' {
			continue // "the secretary of Russia's Security Council,", "US Presidential envoy", "Trump's special envoy"
		}
		if w.flags&fUpper == 0 && g.titles[w.key] {
			office = true
			continue
		}
		switch {
		case w.key == keyHer && sc.herObject(k, to):
			return true // "welcomed her in the Kremlin", not "welcomed her decision"
		case visitorNouns[w.key]:
			return true
		case k == i+1 && w.key == keyBy, receiveSkips[w.key], w.flags&fUpper != 0 && (g.titles[w.key] || g.demonyms[w.key]),
			w.flags&fUpper != 0 && k+1 < to && g.demonyms[sc.words[k+1].key], // "North Korean Foreign Minister Choe Son-hui"
			w.key == keyDot && g.titles[sc.words[k-1].key]:                   // "by Mr. Putin"
		default:
			return false
		}
	}
	return false
}

// herObject reports whether "her" at word k of a clause that ends before
// word to is an object rather than a possessive: the clause ends after it,
// or punctuation, a preposition or a time expression follows.
func (sc *eventScope) herObject(k, to int) bool {
	if k+1 >= to {
		return true
	}
	next := sc.words[k+1]
	return next.flags&fPunct != 0 || objectFollowers[next.key] || sc.inTimex(next.Span)
}

var (
	keyHer          = foldHash("her")
	objectFollowers = keySet("at in on to into from with for during after before by as since until outside inside near")
)

var (
	receiveKeys  = keySet("receive receives received receiving greet greets greeted greeting welcome welcomes welcomed welcoming")
	receiveSkips = keySet("a an the visiting mr mr. mrs mrs. ms ms. dr dr. his her their")
	visitorNouns = keySet("delegation delegations envoy envoys visitor visitors guest guests delegates him") // and "her", as herObject says
)

// byPhone reports whether word i of the clause [from, to) is a call by
// telephone or a conversation: "call" or "conversation" after "phone" or
// "telephone", "spoke" or "talked" with "by phone", "over the phone" or "on
// the telephone" right after it, or with a person ("spoke with Cho
// Tae-yul", not "spoke to reporters").
func (sc *eventScope) byPhone(i, from, to int) bool {
	w := sc.words[i]
	if callNouns[w.key] {
		return i > from && phoneKeys[sc.words[i-1].key]
	}
	if phonedKeys[w.key] || w.key == keyCalled && sc.calledPerson(i, to) {
		return true // "Xi phoned Kim on Monday", "Trump called Putin on Thursday"
	}
	if !speakKeys[w.key] {
		return false
	}
	if i+1 < to && withToKeys[sc.words[i+1].key] {
		return sc.receivesVisitor(i+1, to) // "spoke with Foreign Minister Cho Tae-yul"
	}
	for k := i + 1; k < to && k <= i+3; k++ {
		if phoneKeys[sc.words[k].key] {
			return true
		}
		if !phonePrepositions[sc.words[k].key] {
			return false
		}
	}
	return false
}

// calledPerson reports whether "called" at word i takes a person as its
// object and nothing that names them after it: "called Putin on Thursday",
// not "called Putin a killer" or "called on Putin".
func (sc *eventScope) calledPerson(i, to int) bool {
	if i+1 >= to {
		return false
	}
	m := sc.mentionAt(sc.words[i+1].Start)
	if m < 0 || sc.actors[sc.mentions[m].Actor].Type != "PERSON" {
		return false
	}
	after := sc.wordAt(sc.mentions[m].End)
	return after >= to || !articleKeys[sc.words[after].key] && sc.words[after].flags&fUpper == 0 && !namingKeys[sc.words[after].key]
}

var (
	keyCalled  = foldHash("called")
	phonedKeys = keySet("phoned phones telephoned")
	// namingKeys follow the person "called" names: "called Kim a
	// friend", "called Putin 'a killer'", "called him unfit".
	namingKeys = keySet("a an the \" “ ' ‘ unfit")
)

var (
	callNouns         = keySet("call calls conversation conversations")
	phoneKeys         = keySet("phone telephone")
	speakKeys         = keySet("speak speaks spoke spoken speaking talk talked talking")
	phonePrepositions = keySet("by over on the")
	withToKeys        = keySet("with to")
)

// testKeys make a TEST trigger, a LAUNCH when the clause's first word for a
// thing supplied is a weapon ("tested a hypersonic missile") or a launch
// word follows in the clause ("a test launch"), and no event otherwise ("a
// test of the alliance").
var testKeys = keySet("test tests tested testing")

// liftKeys before "off" tell a rocket's launch.
var (
	liftKeys = keySet("lift lifts lifted lifting blast blasts blasted blasting")
	keyOff   = foldHash("off")
	// shootKeys before "down" tell an aircraft or missile destroyed.
	shootKeys = keySet("shoot shoots shot shooting")
	keyDown   = foldHash("down")
	keyEarly  = foldHash("early")
)

// goKeys are the forms of "go", a journey only when a place follows "to".
var goKeys = keySet("go goes went going")

// goesToPlace reports whether "to" and the name of a country, city or
// place follow the form of "go" at word i: "went to Pyongyang", not "went
// to war" nor "went on to say".
func (sc *eventScope) goesToPlace(i, to int) bool {
	if i+2 >= to || sc.words[i+1].key != keyTo {
		return false
	}
	m := sc.mentionAt(sc.words[i+2].Start)
	if m < 0 {
		return false
	}
	typ := sc.actors[sc.mentions[m].Actor].Type
	return typ == "GPE" || typ == "LOC"
}

// onSocialMedia reports whether "on" follows the word at i and a social
// medium or channel comes within a few words after it: "wrote on his
// Telegram channel", "posted on X".
func (sc *eventScope) onSocialMedia(i, to int) bool {
	if i+2 >= to || sc.words[i+1].key != keyOn {
		return false
	}
	for k := i + 2; k < to && k <= i+5; k++ {
		if socialMedia[sc.words[k].key] {
			return true
		}
	}
	return false
}

// callKeys with a following callOnKeys word make an URGE trigger.
var callKeys, callOnKeys = keySet("call calls called calling"), keySet("on upon for")

// personWasIn reports whether "was in" at word i puts a person named
// before it in the clause [from, to) in a country or city named right
// after it, on a date the clause tells: a visit.
func (sc *eventScope) personWasIn(i, from, to int) bool {
	if i+2 >= to {
		return false
	}
	m := sc.mentionAt(sc.words[i+2].Start)
	if m < 0 || sc.actors[sc.mentions[m].Actor].Type != "GPE" || len(sc.timexes) == 0 {
		return false
	}
	for _, pm := range sc.mentions {
		if pm.Start >= sc.words[from].Start && pm.End <= sc.words[i].Start && sc.actors[pm.Actor].Type == "PERSON" {
			return true
		}
	}
	return false
}

// personWasThere reports whether the form of "be" at word i, with "there"
// after it (over "also", "last" and the like), tells that a person the
// clause or its pronoun names was at a place on a date the sentence gives:
// "It was Shoigu's second trip; he had also been there on 4 June".
func (sc *eventScope) personWasThere(i, from, to int) bool {
	k := i + 1
	for k < to && thereSkips[sc.words[k].key] {
		k++
	}
	if k >= to || sc.words[k].key != keyThere || len(sc.timexes) == 0 {
		return false
	}
	if sc.pronounSubject(i) >= 0 {
		return true
	}
	for _, pm := range sc.mentions {
		if pm.Start >= sc.words[from].Start && pm.End <= sc.words[i].Start && sc.actors[pm.Actor].Type == "PERSON" {
			return true
		}
	}
	return false
}

// soundbiteCaption reports whether word i is the slash of a broadcast
// soundbite's caption, which names the speaker and then the role: "[Lee
// Seong-kweun / National Assembly Intelligence Committee]", "(Choi Ji-hoon
// / Professor, ...: Now that the panel is gone, ...)". The speaker is a
// person named right after the opening bracket.
func (sc *eventScope) soundbiteCaption(i, from int) bool {
	if sc.text[sc.words[i].Start] != '/' || i < 2 {
		return false
	}
	m := sc.mentionAt(sc.words[sc.wordAt(sc.mentionStartBefore(i))].Start)
	if m < 0 || sc.actors[sc.mentions[m].Actor].Type != "PERSON" || sc.mentions[m].End > sc.words[i].Start {
		return false
	}
	k := sc.wordAt(sc.mentions[m].Start) - 1
	return k >= from && (sc.text[sc.words[k].Start] == '(' || sc.text[sc.words[k].Start] == '[')
}

// mentionStartBefore returns where the mention that ends right before word
// i starts, or the word's own start when none does.
func (sc *eventScope) mentionStartBefore(i int) int {
	for _, m := range sc.mentions {
		if m.End == sc.words[i-1].End {
			return m.Start
		}
	}
	return sc.words[i].Start
}

// placeAt reports whether word k, before word to, opens the name of a
// country, city or place.
func (sc *eventScope) placeAt(k, to int) bool {
	if k >= to {
		return false
	}
	m := sc.mentionAt(sc.words[k].Start)
	return m >= 0 && placeTypes[sc.actors[sc.mentions[m].Actor].Type]
}

// phraseHeads returns the words that may head a phrase phraseType knows.
var phraseHeads = sync.OnceValue(func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, set := range []map[uint64]bool{callKeys, layKeys, writeKeys, takeKeys, followKeys, offerKeys, passKeys,
		liftKeys, shootKeys, testKeys, receiveKeys, goKeys, wasKeys, showKeys, establishKeys, hitKeys, callNouns, speakKeys,
		spendKeys, addressKeys, removeKeys, sitKeys, setKeys, phonedKeys, cutKeys} {
		for k := range set {
			m[k] = true
		}
	}
	return m
})

// setUpBody reports whether what was set up, from word k, is a body that
// a mention names (within a few words: "set up the Multilateral Sanctions
// Monitoring Team", "set up a new panel, the MSMT"), or nothing follows
// ("the team, which was set up in October").
func (sc *eventScope) setUpBody(k, to int) bool {
	if k >= to || sc.inTimex(sc.words[k].Span) || sc.words[k].flags&fPunct != 0 {
		return true
	}
	for j := k; j < to && j < k+maxSetUpObject; j++ {
		if m := sc.mentionAt(sc.words[j].Start); m >= 0 {
			return sc.actors[sc.mentions[m].Actor].Type == "ORG"
		}
	}
	for j := k; j < to && j < k+maxSetUpTies; j++ {
		if setUpTies[sc.words[j].key] {
			return true // "Vietnam and Russia set up a comprehensive strategic partnership in 2012"
		}
	}
	return false
}

// maxSetUpTies bounds the words between "set up" and the relation set up.
const maxSetUpTies = 5

// setUpTies are the relations between states that are set up like
// bodies.
var setUpTies = keySet("partnership relations ties alliance cooperation dialogue mechanism commission committee hotline channel")

// maxSetUpObject bounds the words between "set up" and the body set up.
const maxSetUpObject = 3

// spentWith reports whether "with" and a person follow the form of "spend"
// at word i within a few words: "spent more than four hours with Putin".
func (sc *eventScope) spentWith(i, to int) bool {
	for k := i + 1; k+1 < to && k <= i+maxSpentGap; k++ {
		if sc.words[k].key == keyWith {
			m := sc.mentionAt(sc.words[k+1].Start)
			return m >= 0 && sc.actors[sc.mentions[m].Actor].Type == "PERSON"
		}
	}
	return false
}

// toAudience reports whether word k, after an article, names an audience
// that a speaker addresses: "spoke to reporters", "spoke to the assembly".
func (sc *eventScope) toAudience(k, to int) bool {
	if k < to && articleKeys[sc.words[k].key] {
		k++
	}
	return k < to && audienceNouns[sc.words[k].key]
}

// audienceNouns are the audiences of a speech.
var audienceNouns = keySet("reporters journalists media press assembly parliament lawmakers legislators nation " +
	"conference forum summit council delegates audience crowd students meeting session")

// maxSpentGap bounds the words between "spent" and "with".
const maxSpentGap = 6

// The words of the phrases phraseType knows, and the words around them.
var (
	writeKeys     = keySet("wrote writes posted posts") // "wrote on his Telegram channel"
	socialMedia   = keySet("telegram x twitter facebook instagram vk channel account blog website social")
	followKeys    = keySet("followed follows")              // after a coordinated subject: the clause's last event again
	offerKeys     = keySet("offer offers offered offering") // with "to" after them: a proposal
	cutKeys       = keySet("cut cuts cutting")              // before "the ribbon": an opening
	keyRibbon     = foldHash("ribbon")
	layKeys       = keySet("lay lays laid laying") // before tributeNouns: a ceremony of remembrance
	tributeNouns  = keySet("wreath wreaths flowers")
	keyOffice     = foldHash("office")             // "took office": an inauguration
	wasKeys       = keySet("was were been")        // "was in North Korea from Monday": a visit
	sitKeys       = keySet("sit sits sat sitting") // "sat down with": a meeting
	setKeys       = keySet("set sets setting")     // "set up" a body: its founding
	keyUp         = foldHash("up")
	keyThere      = foldHash("there")
	thereSkips    = keySet("also last already once first") // "was last there"
	keyIn         = foldHash("in")
	showKeys      = keySet("show shows showed showing") // before pressNouns: shown to the press
	pressNouns    = keySet("journalists reporters media press")
	hitKeys       = keySet("hit hits hitting")                   // before a place: an attack
	establishKeys = keySet("establish establishes establishing") // before tieNouns: relations opened
	tieNouns      = keySet("relations ties")
	spendKeys     = keySet("spend spends spent spending") // time spent with a person: a meeting
	addressKeys   = keySet("addressed addresses")         // before an audience: a speech
	keyWith       = foldHash("with")
	removeKeys    = keySet("remove removes removed removing ousted oust ousts") // before "from office": a dismissal
	postNouns     = keySet("office power post")
)

// maxRemovedObject bounds the words between "removed" and "from office".
const maxRemovedObject = 5

// fromOffice reports whether "from office" (or "from power", "from his
// post") follows the word of removal at word i within a few words:
// "removed Yoon from office", "was ousted from power".
func (sc *eventScope) fromOffice(i, to int) bool {
	for k := i + 1; k+1 < to && k <= i+1+maxRemovedObject; k++ {
		if sc.words[k].key != keyFrom {
			continue
		}
		n := k + 1
		if n+1 < to && articleKeys[sc.words[n].key] {
			n++ // "from his post"
		}
		return postNouns[sc.words[n].key]
	}
	return false
}

// maxCalledGap bounds the words between "called" and the quotation that
// names what was called.
const maxCalledGap = 6

// quoteAfter reports whether a quotation opens within maxCalledGap words
// after word i, before any clause break: "called the transfer \"a
// dangerous escalation\"" says something, "called the meeting" does not.
func (sc *eventScope) quoteAfter(i, to int) bool {
	for k := i + 1; k < to && k <= i+maxCalledGap; k++ {
		w := sc.text[sc.words[k].Start:sc.words[k].End]
		switch {
		case strings.HasPrefix(w, "\"") || strings.HasPrefix(w, "“"):
			return true
		case w == "," || w == "." || w == ";" || w == ":":
			return false
		}
	}
	return false
}
