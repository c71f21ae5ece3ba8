// Package ingest reads one file into a Document: plain text, Markdown, HTML,
// PDF or DOCX. It sniffs the format from the content and refuses what it cannot
// read with an error that names the file and the reason.
package ingest

import "time"

// Document is the text and metadata read from one file.
type Document struct {
	Title string
	Text  string
	// Published is zero when unknown. It keeps the zone given by the source,
	// so its calendar date in that zone is the publication day; dates
	// without a time are midnight UTC.
	Published          time.Time
	PublishedPrecision string // day, month, year or "" when unknown
	Outlet             string
	URL                string
	Author             string
	Format             string // txt, md, html, pdf, docx
	// BodyOffset is the byte offset in the file where Text begins when Text is
	// an unchanged slice of the file's bytes (UTF-8 text with a header block
	// removed), so that offsets into Text plus BodyOffset index the file.
	// It is 0 otherwise.
	BodyOffset int
}
