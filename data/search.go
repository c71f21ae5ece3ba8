package data

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode"
)

// ErrBadQuery is wrapped by Search errors caused by the query text itself.
var ErrBadQuery = errors.New("bad search query")

// Snippet markers: a SearchHit's Snippet holds each matched term between
// HighlightStart and HighlightEnd, and SnippetEllipsis where text was cut.
const (
	HighlightStart  = "\x02"
	HighlightEnd    = "\x03"
	SnippetEllipsis = "…"
)

// SearchHit is an article matching a search, best first.
type SearchHit struct {
	ArticleID int64
	Title     string
	Outlet    string
	Published DateRange
	Snippet   string  // text around the matches, terms between HighlightStart and HighlightEnd
	Rank      float64 // bm25: lower is better
}

// Search finds articles whose title or text match query, ranked by bm25
// (title matches weigh more). Plain words are matched as words, so that
// "Kim Jong-un" just works; "double-quoted phrases", OR, AND, NOT,
// parentheses and prefix* are honoured. A malformed query gives an error
// wrapping ErrBadQuery with a sentence a person can act on. A limit of 0 or
// less means 50.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]SearchHit, error) {
	match, err := MatchQuery(query)
	if err != nil {
		return nil, err
	}
	if limit <= 0 {
		limit = 50
	}
	rows, err := s.db.QueryContext(ctx, `
		SELECT a.id, a.title, a.outlet, a.published,
		       snippet(articles_fts, 1, char(2), char(3), '…', 24),
		       bm25(articles_fts, 5.0, 1.0) AS rank
		FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
		WHERE articles_fts MATCH ?
		ORDER BY rank LIMIT ?`, match, limit)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, badQuery(err))
	}
	defer rows.Close()
	var hits []SearchHit
	for rows.Next() {
		var h SearchHit
		var pub string
		if err := rows.Scan(&h.ArticleID, &h.Title, &h.Outlet, &pub, &h.Snippet, &h.Rank); err != nil {
			return nil, fmt.Errorf("search %q: %w", query, badQuery(err))
		}
		h.Published = ParseValue(pub)
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search %q: %w", query, badQuery(err))
	}
	return hits, nil
}

// badQuery turns an FTS5 syntax error that slipped past MatchQuery into
// ErrBadQuery.
func badQuery(err error) error {
	msg := err.Error()
	if strings.Contains(msg, "fts5") || strings.Contains(msg, "syntax error") {
		return fmt.Errorf("%w: the search could not be understood; try plain words or a \"quoted phrase\"", ErrBadQuery)
	}
	return err
}

// MatchQuery rewrites a query as a person types it (Filter.Text, the search
// box) into an FTS5 MATCH expression for articles_fts: every plain word is
// quoted, so hyphens, periods and other punctuation are not operators;
// "phrases", AND, OR, NOT, parentheses and prefix* are checked and kept. A
// malformed query gives an error wrapping ErrBadQuery. Every query that
// matches articles_fts with user text should pass it through here.
func MatchQuery(q string) (string, error) {
	toks, err := lexQuery(q)
	if err != nil {
		return "", err
	}
	if err := checkQuery(toks); err != nil {
		return "", err
	}
	parts := make([]string, 0, len(toks))
	for i, t := range toks {
		// Spell AND out between operands: FTS5 does not join a group implicitly.
		if i > 0 && (t.kind == tokTerm || t.kind == tokOpen) &&
			(toks[i-1].kind == tokTerm || toks[i-1].kind == tokClose) {
			parts = append(parts, "AND")
		}
		parts = append(parts, t.fts())
	}
	return strings.Join(parts, " "), nil
}

type tokKind int

const (
	tokTerm tokKind = iota
	tokOp           // AND, OR, NOT
	tokOpen
	tokClose
)

type queryTok struct {
	kind   tokKind
	text   string // the term or phrase without quotes, or the operator
	prefix bool   // term*
}

func (t queryTok) fts() string {
	switch t.kind {
	case tokOpen:
		return "("
	case tokClose:
		return ")"
	case tokOp:
		return t.text
	}
	s := `"` + strings.ReplaceAll(t.text, `"`, `""`) + `"`
	if t.prefix {
		s += "*"
	}
	return s
}

// lexQuery splits a query into terms, "phrases", operators and parentheses.
func lexQuery(q string) ([]queryTok, error) {
	var toks []queryTok
	for i := 0; i < len(q); {
		c := q[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '(' || c == ')':
			toks = append(toks, queryTok{kind: map[byte]tokKind{'(': tokOpen, ')': tokClose}[c]})
			i++
		case c == '"':
			end := strings.IndexByte(q[i+1:], '"')
			if end < 0 {
				return nil, fmt.Errorf("%w: a quotation mark is not closed; close it or remove it", ErrBadQuery)
			}
			t := queryTok{text: q[i+1 : i+1+end]}
			i += end + 2
			if i < len(q) && q[i] == '*' {
				t.prefix = true
				i++
			}
			toks = append(toks, t)
		default:
			j := i
			for j < len(q) && !strings.ContainsRune(" \t\n\r()\"", rune(q[j])) {
				j++
			}
			toks = append(toks, wordTok(q[i:j]))
			i = j
		}
	}
	return toks, nil
}

// wordTok classifies one bare word: an operator, a prefix term or a term.
func wordTok(w string) queryTok {
	if w == "AND" || w == "OR" || w == "NOT" {
		return queryTok{kind: tokOp, text: w}
	}
	if strings.HasSuffix(w, "*") {
		return queryTok{text: strings.TrimRight(w, "*"), prefix: true}
	}
	return queryTok{text: w}
}

// checkQuery rejects what FTS5 would reject, with a reason a person understands.
func checkQuery(toks []queryTok) error {
	depth, expectTerm := 0, true
	for _, t := range toks {
		switch t.kind {
		case tokTerm:
			if !hasWordChar(t.text) {
				return fmt.Errorf("%w: %s has no letters or digits to search for", ErrBadQuery, t.fts())
			}
			expectTerm = false
		case tokOp:
			if expectTerm {
				return fmt.Errorf("%w: %s needs a word before it", ErrBadQuery, t.text)
			}
			expectTerm = true
		case tokOpen:
			depth++
			expectTerm = true
		case tokClose:
			if depth == 0 {
				return fmt.Errorf("%w: a closing parenthesis has no opening one", ErrBadQuery)
			}
			if expectTerm {
				return fmt.Errorf("%w: empty parentheses or an operator before \")\"", ErrBadQuery)
			}
			depth--
		}
	}
	switch {
	case len(toks) == 0:
		return fmt.Errorf("%w: type a word to search for", ErrBadQuery)
	case depth > 0:
		return fmt.Errorf("%w: a parenthesis is not closed", ErrBadQuery)
	case expectTerm:
		return fmt.Errorf("%w: the query ends with an operator; add a word after it", ErrBadQuery)
	}
	return nil
}

func hasWordChar(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}
