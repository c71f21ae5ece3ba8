package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// MaxSize is the largest file Read accepts, in bytes.
const MaxSize = 20 << 20

// MaxText is the most text, in bytes, Read returns for one file; a file with
// more is refused. It bounds the memory and time extraction and storage take
// per file (about a second and some hundred MB per MB of text): 4 MB is some
// 600,000 words, a long book, where a long news article has 50 KB. The readers
// for compressed containers (PDF, DOCX) stop as soon as they pass it, so a
// small file cannot decompress into gigabytes of text.
const MaxText = 4 << 20

// Timeout is how long ReadContext spends on one file before giving up.
const Timeout = 30 * time.Second

// Sentinel errors, checkable with errors.Is. Returned errors wrap one of these
// (or an fs error such as fs.ErrNotExist) and start with the file's path.
var (
	ErrUnsupported = errors.New("unsupported format")
	ErrTooLarge    = errors.New("file too large")
	ErrEmpty       = errors.New("empty file")
	ErrNoTextLayer = errors.New("no text layer (scanned?)")
	ErrMalformed   = errors.New("malformed")
	ErrNotFile     = errors.New("not a regular file")
)

// Read reads the file at path into a Document. See ReadContext.
func Read(path string) (Document, error) {
	return ReadContext(context.Background(), path)
}

// ReadContext reads the file at path into a Document, sniffing its format from
// the content. It gives up when ctx is done or after Timeout; the readers check
// ctx between pages and paragraphs, so abandoned work stops soon after.
// Every error starts with path and says why the file was refused.
func ReadContext(ctx context.Context, path string) (Document, error) {
	ctx, cancel := context.WithTimeout(ctx, Timeout)
	defer cancel()
	type result struct {
		doc Document
		err error
	}
	done := make(chan result, 1)
	go func() {
		doc, err := readFile(ctx, path)
		done <- result{doc, err}
	}()
	select {
	case r := <-done:
		if r.err != nil {
			return Document{}, fmt.Errorf("%s: %w", displayPath(path), r.err)
		}
		return r.doc, nil
	case <-ctx.Done():
		return Document{}, fmt.Errorf("%s: gave up reading: %w", displayPath(path), ctx.Err())
	}
}

// displayPath quotes a path holding control characters or invalid UTF-8,
// so that an error stays on one printable line.
func displayPath(path string) string {
	if !utf8.ValidString(path) || strings.ContainsFunc(path, unicode.IsControl) {
		return strconv.Quote(path)
	}
	return path
}

// readFile loads and decodes one file; its errors do not name the path.
func readFile(ctx context.Context, path string) (doc Document, err error) {
	defer func() {
		if p := recover(); p != nil {
			doc, err = Document{}, fmt.Errorf("%w file (reader panic: %v)", ErrMalformed, p)
		}
	}()
	data, err := load(path)
	if err != nil {
		return Document{}, err
	}
	doc, err = decode(ctx, data, strings.ToLower(filepath.Ext(path)))
	switch {
	case err != nil:
		return Document{}, err
	case len(doc.Text) > MaxText:
		return Document{}, textTooLong(len(doc.Text))
	case !strings.ContainsFunc(doc.Text, isWordRune):
		return Document{}, fmt.Errorf("%w (no letters or digits)", ErrEmpty)
	case doc.Published.IsZero() && (doc.Format == "pdf" || doc.Format == "docx"):
		// A report without a date in its metadata may still show one at
		// the top ("Published June 19, 2024"); text and HTML readers look
		// for it themselves.
		doc.Published, doc.PublishedPrecision, _ = dateline(doc.Text)
	}
	return doc, nil
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// textTooLong is the error for a document with more than MaxText of text.
func textTooLong(n int) error {
	return fmt.Errorf("%w: %.1f MB of text, limit %d MB (split the file)", ErrTooLarge, float64(n)/(1<<20), MaxText>>20)
}

// load checks that path is a regular file within MaxSize and returns its bytes.
func load(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fsReason(err)
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%w (%s)", ErrNotFile, kind(info.Mode()))
	}
	if info.Size() > MaxSize {
		return nil, tooLarge(info.Size())
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fsReason(err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, fsReason(err)
	}
	if len(data) > MaxSize {
		return nil, tooLarge(int64(len(data)))
	}
	return data, nil
}

// fsReason strips the operation and path from a file system error, keeping
// the underlying reason ("permission denied", "too many levels of symbolic
// links") so that errors.Is still matches fs.ErrNotExist and friends.
func fsReason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func kind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "directory"
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeDevice != 0:
		return "device"
	default:
		return "special file"
	}
}

func tooLarge(size int64) error {
	return fmt.Errorf("%w: %.1f MB, limit %d MB", ErrTooLarge, float64(size)/(1<<20), MaxSize>>20)
}

// decode sniffs the format of data and hands it to the matching reader.
func decode(ctx context.Context, data []byte, ext string) (Document, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return Document{}, ErrEmpty
	}
	switch f := sniff(data); f {
	case "pdf":
		return readPDF(ctx, data)
	case "zip":
		return readDOCX(ctx, data)
	case "text":
		return readTextual(ctx, data, ext)
	default:
		return Document{}, fmt.Errorf("%w (%s)", ErrUnsupported, f)
	}
}
