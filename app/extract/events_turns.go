package extract

// This file reads transcripts: paragraphs opening with a speaker's name and
// a colon ("President of Russia Vladimir Putin: Mr Chairman, dear friend,")
// start turns that run to the next speaker. Each turn is a statement of its
// speaker on the day of the transcript, and "I" and "we" in it are the
// speaker.

import (
	"slices"
	"strings"
	"time"
)

// turn is one speaker's part of a transcript.
type turn struct {
	Span         // from the label to the next label or the end of the transcript
	label   Span // the speaker's name through the colon
	speaker int  // index into the actors
}

// maxLabelBytes bounds a speaker label: title, name, a note such as
// "(retranslated)" and the colon.
const maxLabelBytes = 160

// minTurns is how many speaker labels make a transcript: one alone is a
// headline quoting someone ("Putin: Russia may hold drills with the DPRK").
const minTurns = 2

// transcriptTurns returns the turns of the transcript in text, in text
// order, or nil when fewer than minTurns paragraphs open with a person's
// name and a colon. A line that opens with another label ("Question:") or
// a break ("<…>", "* * *") ends the turn before it.
func transcriptTurns(text string, mentions []Mention, actors []Actor) []turn {
	var turns []turn
	open := -1 // the turn not yet ended
	persons := 0
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := strings.TrimSpace(text[start:end])
		speaker, label, isLabel := speakerLabel(text, start, end, mentions, actors)
		if open >= 0 && (isLabel || transcriptBreak(line)) {
			turns[open].End = strings.LastIndexFunc(text[:start], func(r rune) bool { return r != '\n' && r != ' ' }) + 1
			open = -1
		}
		if speaker >= 0 {
			turns = append(turns, turn{Span: Span{label.Start, len(text)}, label: label, speaker: speaker})
			open = len(turns) - 1
			persons++
		}
		start = end + 1
	}
	if persons < minTurns {
		return nil
	}
	return turns
}

// speakerLabel reads the line [start, end) as a speaker label: up to the
// first colon followed by a space, within maxLabelBytes, ending in a
// person's name and perhaps a note in brackets. It returns the speaker (or
// -1 when the label names no person, as "Question:" does), the label's span,
// and whether the line opens with a label at all.
func speakerLabel(text string, start, end int, mentions []Mention, actors []Actor) (int, Span, bool) {
	for start < end && text[start] == ' ' {
		start++
	}
	colon := strings.Index(text[start:min(end, start+maxLabelBytes)], ": ")
	if colon <= 0 || strings.ContainsAny(text[start:start+colon], ",;!?\"“”") {
		return -1, Span{}, false
	}
	colon += start
	if len(strings.Fields(text[start:colon])) > maxSpeakerWords {
		return -1, Span{}, false
	}
	// the last mention starting before the colon (mentions are in text order)
	k, _ := slices.BinarySearchFunc(mentions, colon, func(m Mention, p int) int { return m.Start - p })
	for k--; k >= 0 && mentions[k].Start >= start; k-- {
		m := mentions[k]
		if m.End > colon {
			continue
		}
		rest := strings.TrimSpace(text[m.End:colon])
		if actors[m.Actor].Type != "PERSON" || rest != "" && !(strings.HasPrefix(rest, "(") && strings.HasSuffix(rest, ")")) {
			break
		}
		return m.Actor, Span{m.Start, colon + 1}, true
	}
	return -1, Span{}, true
}

// maxSpeakerWords is the most words before a speaker label's colon:
// "Chairman of State Affairs of the Democratic People's Republic of Korea
// Kim Jong Un (retranslated)".
const maxSpeakerWords = 18

// transcriptBreak reports whether a line marks a cut or the end of a
// transcript: "<…>", "<...>", "* * *".
func transcriptBreak(line string) bool {
	return line == "<…>" || line == "<...>" || line == "…" || line == "* * *" || line == "***"
}

// turnStatement returns the statement event of turn t, whose label is in
// sentence si (span), dated on the DCT: what is said in a transcript is
// said on the day it records.
func turnStatement(t turn, si int, span Span, dct time.Time) Event {
	e := Event{Span: span, Type: "STATEMENT", Trigger: t.label, Sentence: si, Timex: -1,
		Actors: []EventActor{{Actor: t.speaker, Role: "source"}}}
	if !dct.IsZero() {
		e.Value = dct.Format("2006-01-02")
	}
	return e
}

// speakerAt returns the speaker of the turn holding position pos, or -1.
func speakerAt(turns []turn, pos int) int {
	// the last turn whose label starts at or before pos (turns are in text order)
	k, _ := slices.BinarySearchFunc(turns, pos+1, func(t turn, p int) int { return t.label.Start - p })
	if k > 0 && pos >= turns[k-1].label.End && pos < turns[k-1].End {
		return turns[k-1].speaker
	}
	return -1
}

// firstPersonKeys are the pronouns that stand for a transcript's speaker.
var firstPersonKeys = keySet("i we")

// mayNameFirstPerson reports whether s holds "I" or "we" as a word.
func mayNameFirstPerson(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, ",.;:!?\"“”'’()")
		if w == "I" || w == "We" || w == "we" {
			return true
		}
	}
	return false
}
