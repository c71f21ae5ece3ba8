package extract

// This file finds the furniture inside a story's lines (social handles,
// platforms, the outlet asking for comment or welcoming to its live page,
// transcript and programme labels), a broadcast transcript's section
// heads, and its reporters' hand-overs and sign-offs.

import (
	"regexp"
	"strings"
)

// A story's own lines hold words that name no actor of the story: the
// social handles of reporters and sources ("@TomAshworthSky"), the
// platform a statement was posted on ("Zelensky said this on Facebook",
// like "said on Telegram"), and the outlet asking for comment ("Newsweek
// has reached out to the Russian Foreign Ministry for comment"). Only those
// words are blanked: the rest of the sentence keeps its names.
var (
	// handleWord matches a social handle.
	handleWord = regexp.MustCompile(`(?:^|[\s(])(@\w{1,30})`)
	// channelWord matches the platform a statement was posted on.
	channelWord = regexp.MustCompile(`\b(?:(?:said|wrote|posted|announced|stated|declared|shared|added|published|warned|claimed|reported)` +
		`(?: (?:this|it|that|so|earlier|later|separately|also))?(?: on| in| via)(?: (?:his|her|their|its|the))?(?: official)? ` +
		`|\bin an? |\bon (?:his|her|their|its) (?:official )?)` +
		`(Facebook|Instagram|Twitter|X|Telegram|YouTube|TikTok|VK|VKontakte|Threads|Bluesky|Truth Social|Weibo|WeChat)\b` +
		`(?: (?:post|posts|video|statement|message|page|account|channel)\b)?`)
	// commentAsker matches the outlet asking for comment: the name of the
	// sentence's subject, or the name owning the request.
	commentAsker = regexp.MustCompile(`(?:^|[.!?]["”]? )(\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3}) (?:has |have |had )?` +
		`(?:reached out to|contacted|approached|asked|emailed)\b[^.]{0,100}\bfor (?:a )?comment\b|` +
		`\b(?:respond|responded|reply|replied) to (\p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*){0,3})['’]s? requests? for (?:a )?comment\b`)
)

// welcomeOutlet matches a live page's welcome naming its own outlet:
// "Welcome to the Harbour Herald's live coverage of the war". Its group is
// the outlet's name, which is the page's and no actor of the story.
var welcomeOutlet = regexp.MustCompile(`(?:^|[.!?]["”]? )Welcome to (?:the )?(\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3})['’]s? ` +
	`(?:(?:live|continuing|continued|rolling|ongoing) )*(?:coverage|blog|live blog|updates|reporting)\b`)

// stayTuned matches a live page's call to keep following its own outlet:
// "Stay tuned to News18 for all the latest updates". Its group is the
// outlet's name.
var stayTuned = regexp.MustCompile(`(?:^|[.!?]["”]? )(?:Stay tuned|Stay with|Keep following|Keep reading) (?:to )?(?:the )?` +
	`(\p{Lu}[\p{L}\d.&'’-]*(?: \p{Lu}[\p{L}\d.&'’-]*){0,3}) for\b`)

// channelWords are in every match of channelWord.
var channelWords = []string{"Facebook", "Instagram", "Twitter", " X", "Telegram", "YouTube", "TikTok", "VK", "Threads", "Bluesky",
	"Truth Social", "Weibo", "WeChat"}

// transcriptLabel matches the label opening a line of a broadcast's
// transcript, and the language spoken: "[SOUNDBITE]", "SOUNDBITE
// (Korean)". The speaker named after it is kept: "[SOUNDBITE] Yoo Sang-bum
// / People Power Party lawmaker".
var transcriptLabel = regexp.MustCompile(`^(?:\[(?:SOUNDBITE|SOT|STAND-?UP|VOICE-?OVER)\]|(?:SOUNDBITE|SOT|STAND-?UP|VOICE-?OVER)\b)(?: ?\(\p{L}+\))?`)

// transcriptHead matches a broadcast transcript's section label on a line
// of its own, between the triangles some outlets mark it with: "◀ Anchor
// ▶", "◀ Report ▶". Its group is the label.
var transcriptHead = regexp.MustCompile(`^[◀◁]\s*(\p{L}[\p{L}'’ -]{0,30}?)\s*[▶▷]$`)

// bracketHead matches a transcript's section label between brackets on a
// line of its own: "[Anchor]", "<Reporter>". Its group is the label.
var bracketHead = regexp.MustCompile(`^[\[<【]\s*(\p{L}[\p{L}'’ -]{0,30}?)\s*[\]>】]$`)

// transcriptRoles are the labels of a broadcast transcript's sections.
var transcriptRoles = map[string]bool{"anchor": true, "anchors": true, "report": true, "reporter": true, "interview": true,
	"soundbite": true, "sot": true, "stand-up": true, "standup": true, "narration": true, "narrator": true, "voice-over": true,
	"voiceover": true, "closing": true, "opening": true, "host": true, "presenter": true, "correspondent": true,
	"reporter's report": true, "anchor's comment": true}

// maxTranscriptHeadWords bounds a transcript's section label.
const maxTranscriptHeadWords = 3

// isTranscriptHead reports whether line is a broadcast transcript's
// section label and nothing else: "◀ Anchor ▶", "[Reporter]", "Anchor
// Lead". Between
// triangles any short label is one; between brackets only a known one,
// so that "[Video]" or a speaker's caption is left to the other rules.
func isTranscriptHead(line string) bool {
	if m := transcriptHead.FindStringSubmatch(line); m != nil {
		return wordCount(m[1], maxTranscriptHeadWords) <= maxTranscriptHeadWords
	}
	if transcriptLabels[strings.ToLower(line)] {
		return true // "Anchor Lead" alone on its line
	}
	m := bracketHead.FindStringSubmatch(line)
	return m != nil && transcriptRoles[strings.ToLower(m[1])]
}

// transcriptLabels are a broadcast script's section labels that stand on
// a line of their own without brackets.
var transcriptLabels = map[string]bool{"anchor lead": true, "anchor": true, "anchor comment": true, "reporter": true}

// programmeLabel matches a label in brackets opening a line: "[Harbour 8
// News]", "[Harbour TV Newsroom]". Its group is the label.
var programmeLabel = regexp.MustCompile(`^\[([^\[\]]{2,60})\]`)

// programmeWords close a broadcast programme's name besides outletWords.
var programmeWords = map[string]bool{"Newsroom": true, "Newsdesk": true, "Tonight": true, "Today": true, "Now": true}

// programmeSpan returns the end of the label in brackets opening line that
// names an outlet or its programme ("[Harbour 8 News] Cargo ship seen in
// satellite imagery"), or 0: a few words in title case, the
// last (before the programme's hour, if any: "[Harbour News 9]") a word
// that closes outlets' names. A speaker's caption ("[Jin Ha-neul /
// National Assembly Defence Committee]") or a credit ("[Edited by Jane
// Holloway]") is left to the other rules.
func programmeSpan(line string) int {
	if !strings.HasPrefix(line, "[") {
		return 0
	}
	m := programmeLabel.FindStringSubmatchIndex(line)
	if m == nil {
		return 0
	}
	label := line[m[2]:m[3]]
	if !isLabelLine(label) || !isTitleLine(label) || strings.ContainsAny(label, "/|") {
		return 0
	}
	words := strings.Fields(label)
	if len(words) == 0 {
		return 0
	}
	last := words[len(words)-1]
	if len(words) > 1 && strings.Trim(last, "0123456789") == "" {
		last = words[len(words)-2] // "News 9"
	}
	if !outletWords[last] && !programmeWords[last] {
		return 0
	}
	return m[1]
}

// inlineFurniture returns the spans of line that name a handle, a platform,
// the outlet asking for comment or welcoming to its live page, a
// transcript's label, or the outlet's or programme's label opening a
// caption.
func inlineFurniture(line string) []Span {
	var spans []Span
	if loc := transcriptLabel.FindStringIndex(line); loc != nil {
		spans = append(spans, Span{loc[0], loc[1]})
	}
	if trimmed := strings.TrimLeft(line, " \t"); strings.HasPrefix(trimmed, "[") {
		if k := programmeSpan(trimmed); k > 0 {
			lead := len(line) - len(trimmed)
			spans = append(spans, Span{lead, lead + k})
		}
	}
	if strings.Contains(line, "@") {
		for _, m := range handleWord.FindAllStringSubmatchIndex(line, -1) {
			spans = append(spans, Span{m[2], m[3]})
		}
	}
	if containsAny(line, channelWords) {
		for _, m := range channelWord.FindAllStringSubmatchIndex(line, -1) {
			spans = append(spans, Span{m[2], m[3]})
		}
	}
	if strings.Contains(line, "Welcome to ") {
		for _, m := range welcomeOutlet.FindAllStringSubmatchIndex(line, -1) {
			spans = append(spans, Span{m[2], m[3]})
		}
	}
	if strings.Contains(line, "Stay ") || strings.Contains(line, "Keep ") {
		for _, m := range stayTuned.FindAllStringSubmatchIndex(line, -1) {
			spans = append(spans, Span{m[2], m[3]})
		}
	}
	if strings.Contains(line, " comment") {
		for _, m := range commentAsker.FindAllStringSubmatchIndex(line, -1) {
			if m[2] >= 0 {
				spans = append(spans, Span{m[2], m[3]})
			} else {
				spans = append(spans, Span{m[4], m[5]})
			}
		}
	}
	return spans
}

// A broadcast story's transcript names its reporter when handing over and
// signing off: "Our Yoon Jung-min reports.", "Yoon Jung-min, Arirang
// News.", "For NPR News, I'm Daniel Moon in Seoul." Those lines are
// furniture, and so is the reporter's name alone on a line anywhere on the
// page (under the headline). Each pattern's first group is the name.
//
// The hand-over may name the reporter after the role ("Reporter Jin
// Ha-neul has the story.") and the sign-off may give the outlet first:
// "Harbour TV News, Jin Ha-neul."
var signOffLines = []*regexp.Regexp{
	regexp.MustCompile(`^(?:For|From) [^,]{1,40}, (?:I'm|I am|this is) (` + creditName + `)(?: (?:in|reporting from) \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)?\.$`),
	regexp.MustCompile(`^(?:(?:Our|Here's|Here is) (?:\p{Ll}+ ){0,2}|(?:Reporter|Correspondent) )(` + creditName + `) (?:reports|has (?:more|the (?:details|story)))\.$`),
	regexp.MustCompile(`^(` + creditName + `), (?:\p{Lu}[\p{L}'’.&-]* ){0,3}(?:News|TV|Radio|Television)(?:, \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)?\.$`),
	regexp.MustCompile(`^(?:\p{Lu}[\p{L}'’.&-]* ){0,3}(?:News|TV|Radio|Television), (` + creditName + `)\.$`),
}

// maxSignOffWords bounds a reporter's hand-over or sign-off line.
const maxSignOffWords = 12

// signOffName returns the reporter's name that line hands over to or
// signs off with, or "". A known place or body is no reporter's name:
// "Central TV, North Korea." is a dateline.
func signOffName(line string) string {
	if !strings.HasSuffix(line, ".") {
		return ""
	}
	for _, re := range signOffLines {
		if m := re.FindStringSubmatch(line); m != nil {
			if outletName(m[1]) == "" || isKnownBody(m[1]) {
				return ""
			}
			return m[1]
		}
	}
	return ""
}

// signOffNames returns the reporters' names of the sign-off lines of text.
func signOffNames(text string) []string {
	var names []string
	for start := 0; start < len(text); {
		end := lineEnd(text, start)
		line := strings.TrimSpace(text[start:end])
		if wordCount(line, maxSignOffWords) <= maxSignOffWords {
			if name := signOffName(line); name != "" {
				names = append(names, name)
			}
		}
		start = end + 1
	}
	return names
}
