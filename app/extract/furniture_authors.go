package extract

// This file finds the lines naming authors with a note in parentheses
// after each name: a live page's authors with the time of their posts,
// and a reporter with the role.

import "regexp"

// authorParens is the note in parentheses after an author's name: the time
// of the posts on a live page ("now", "earlier") or the reporter's role
// ("reporter", "staff writer").
const authorParens = `\((?:now|earlier|later|before|(?:\p{Ll}+ )?(?:reporter|correspondent|writer|editor|journalist|columnist))\)`

// parenAuthor matches one author with the note in parentheses: "Jane
// Holloway (now)". Its group is the name.
var parenAuthor = regexp.MustCompile(`(` + creditName + `) ` + authorParens)

// parenAuthorsLine matches a line of authors, each with the note in
// parentheses: a live page's "Jane Holloway (now) and Tom Baker
// (earlier)", a byline's "Jane Holloway (reporter)".
var parenAuthorsLine = regexp.MustCompile(`^` + creditName + ` ` + authorParens +
	`(?:(?:,| and|, and) ` + creditName + ` ` + authorParens + `)*$`)

// parenAuthorNames returns the names of a line of authors with the notes
// in parentheses ("Jane Holloway (now) and Tom Baker (earlier)", "Jane
// Holloway (reporter)"), or nil when line is no such line. A known place
// or body is no author.
func parenAuthorNames(line string) []string {
	if !parenAuthorsLine.MatchString(line) {
		return nil
	}
	var names []string
	for _, m := range parenAuthor.FindAllStringSubmatch(line, -1) {
		if outletName(m[1]) == "" || isKnownBody(m[1]) {
			return nil
		}
		names = append(names, m[1])
	}
	return names
}
