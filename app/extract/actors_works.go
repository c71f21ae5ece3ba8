package extract

// kindsBefore adds to kinds (made when nil) what the common noun right
// before a tagged name says it is, and returns kinds: the title of a work
// ("the album Pablo Honey", "the debut album, Pablo Honey", "the series
// Supernatural") names no actor, and a band, newspaper or club is an
// organisation ("the newspaper Il Popolo", "the band Muse"). Once a work's
// title is dated by a year in brackets, so are the other works of the
// document: "The debut album, Pablo Honey (1993), was followed by The
// Bends (1995)". A name that a description after it already typed keeps
// that type, and so does one the gazetteer lists. A person named in full
// elsewhere in the document is no work: "the novel Higuchi wrote" is by
// Ichiyō Higuchi.
func kindsBefore(found []sentenceFinds, kinds map[uint64]string) map[uint64]string {
	named, dated, people := map[uint64]string{}, map[uint64]bool{}, map[uint64]bool{}
	datedWorks := false
	for _, f := range found {
		for _, sp := range f.spans {
			typ := ""
			if sp.Start >= 2 {
				typ = kindBefore(f.words, sp.Start)
			}
			h, year := phraseHash(f.words[sp.Start:sp.End]), yearAfter(f.words, sp.End)
			switch {
			case typ != "" && sp.Entry < 0:
				named[h] = typ
				datedWorks = datedWorks || typ == typeMisc && year
			case year && sp.Entry < 0 && f.gaz[sp.Start] != gazFirstName:
				dated[h] = true // "Ronald Ross (1902)" is a person
			case sp.Type == "PERSON" && sp.End-sp.Start >= 2:
				people[h] = true
				people[phraseHash(f.words[sp.End-1:sp.End])] = true
			}
		}
	}
	if datedWorks {
		for h := range dated {
			if _, ok := named[h]; !ok {
				named[h] = typeMisc
			}
		}
	}
	for h, typ := range named {
		if _, ok := kinds[h]; ok || typ == typeMisc && people[h] {
			continue
		}
		if kinds == nil {
			kinds = map[uint64]string{}
		}
		kinds[h] = typ
	}
	return kinds
}

// yearAfter reports whether a bare year in brackets follows word i:
// "Amnesiac (2001)".
func yearAfter(ws []nerWord, i int) bool {
	return i+2 < len(ws) && ws[i].key == keyOpen && ws[i+2].key == keyClose &&
		ws[i+1].End-ws[i+1].Start == 4 && ws[i+1].flags&(fDigit|fAlpha) == fDigit
}

// kindBefore returns the type that the kind noun before word i gives the
// name there, over a comma, a word that introduces a title ("titled") and
// a title's article ("the album The Bends"), or "".
func kindBefore(ws []nerWord, i int) string {
	j := i - 1
	if ws[j].flags&fCap != 0 && (ws[j].key == keyThe || ws[j].key == keyA || ws[j].key == keyAn) {
		j--
	}
	if j > 0 && (ws[j].key == keyComma || titleIntroducers[ws[j].key]) {
		j--
	}
	w := &ws[j]
	if w.flags&fUpper != 0 {
		return "" // "Film Critics Circle", "Team Estonia": part of a name
	}
	if j > 0 && ws[j-1].key == keyA && w.key == keySingle {
		return "" // "a single Michelin star"
	}
	switch {
	case workKinds[w.key]:
		return typeMisc
	case groupKinds[w.key]:
		return "ORG"
	}
	return ""
}

var (
	keyA, keyAn, keySingle = foldHash("a"), foldHash("an"), foldHash("single")
	titleIntroducers       = keySet("titled entitled called named")
	// workKinds are kinds of work whose titles name no actor, and
	// groupKinds kinds of organisation.
	workKinds = keySet("album ep single song film movie documentary novel novella book play opera operetta musical poem " +
		"painting sculpture series sitcom miniseries show game symphony ballet mixtape")
	groupKinds = keySet("band newspaper magazine club airline label broadcaster")
)

// inEventName reports whether sp names an event, or the place in an
// event's name: "the Battle of Tampere", "the Treaty of Ghent", "the Siege
// of Leiden" and "the Tour de France" are events, no actors, and neither is
// the place they are named after there. So are the names before a prize,
// a cup or games ("the Nobel Prize", "the Munich Olympics").
func inEventName(ws []nerWord, sp nerSpan) bool {
	if sp.End-sp.Start >= 3 && eventHead(ws, sp.Start) {
		return true
	}
	if sp.End < len(ws) && ws[sp.End].flags&fCap != 0 && awardNouns[ws[sp.End].key] {
		return true // "the Nobel Prize", "the Davis Cup", "the Munich Olympics"
	}
	if last := &ws[sp.End-1]; sp.End-sp.Start >= 2 && last.flags&fCap != 0 && awardNouns[last.key] && last.key != keyGames {
		return true // "the James Clerk Maxwell Medal", but "Epic Games" is a company
	}
	i := sp.Start - 1
	if i >= 0 && ws[i].key == keyThe {
		i-- // "the Battle of the Somme"
	}
	return i >= 1 && eventHead(ws, i-1)
}

// eventHead reports whether word i opens an event's name: a capitalised
// event noun and "of" ("Battle of"), or "Tour de".
func eventHead(ws []nerWord, i int) bool {
	if i+1 >= len(ws) || ws[i].flags&fCap == 0 || !eventNouns[ws[i].key] {
		return false
	}
	return ws[i+1].key == keyOf || ws[i].key == keyTour && ws[i+1].key == keyDe
}

var (
	eventNouns = keySet("battle siege sack massacre treaty peace tour edict diet partition capture relief liberation storming fall")
	awardNouns = keySet("prize prizes award awards medal cup trophy olympics games championship championships " +
		"festival marathon lecture lectures scholarship fellowship")
	keyGames = foldHash("games")
	keyTour  = foldHash("tour")
	keyDe    = foldHash("de")
)
