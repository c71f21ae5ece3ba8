package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/ledongthuc/pdf"
)

// maxOperands bounds the operands a content stream may give before an
// operator. The interpreter keeps them all on its stack (some 32 bytes
// each), so millions of them would take gigabytes; real streams give a few,
// or a few thousand in a TJ array.
const maxOperands = 100_000

// maxCMap bounds the decompressed size of a font's ToUnicode map.
const maxCMap = 4 << 20

// maxColumns bounds the /Columns of a PNG predictor. The PDF library
// allocates two rows of that many bytes before reading a stream, so a
// file declaring four billion columns would take gigabytes; real files
// declare a few (cross-reference streams) to some tens of thousands (images).
const maxColumns = 1 << 20

var errOperands = fmt.Errorf("%w PDF: content stream with more than %d operands in a row", ErrMalformed, maxOperands)

// checkStream decompresses a stream into a scanner, charging its size to
// budget, so that decompression bombs and operand floods are refused before
// the interpreter builds anything from them. what names the stream in the
// error.
func checkStream(s pdf.Value, budget *int64, what string) error {
	if s.Kind() != pdf.Stream {
		return nil
	}
	if c := s.Key("DecodeParms").Key("Columns").Int64(); c < 0 || c > maxColumns {
		return fmt.Errorf("%w: PDF predictor with %d columns, limit %d", ErrTooLarge, c, maxColumns)
	}
	rc := s.Reader()
	defer rc.Close()
	var scan operandScan
	n, err := io.Copy(&scan, io.LimitReader(rc, *budget+1))
	if errors.Is(err, errOperands) {
		return err
	}
	if *budget -= n; *budget < 0 {
		return fmt.Errorf("%w: PDF %s decompresses to more than its limit", ErrTooLarge, what)
	}
	if scan.hex {
		// The library's lexer reads past the end of the stream forever.
		return fmt.Errorf("%w PDF: %s ends inside a hex string", ErrMalformed, what)
	}
	return nil
}

// operandScan is a lexer light enough to run over every byte of a content
// stream: it counts the operands (numbers, names, strings, array elements)
// given in a row without an operator, and fails past maxOperands.
type operandScan struct {
	run     int    // operands since the last operator
	word    []byte // the regular-character token being read, up to 8 bytes
	inWord  bool
	str     int  // depth of the literal string being read, 0 outside
	escape  bool // the previous byte in a string was a backslash
	hex     bool // inside a hex string, or just after '<'
	hexOpen bool // the previous byte was the '<' that opened hex
	comment bool
}

func (s *operandScan) Write(p []byte) (int, error) {
	for _, c := range p {
		s.byte(c)
		if s.run > maxOperands {
			return 0, errOperands
		}
	}
	return len(p), nil
}

func (s *operandScan) byte(c byte) {
	switch {
	case s.comment:
		s.comment = c != '\r' && c != '\n'
	case s.str > 0:
		s.stringByte(c)
	case s.hex:
		s.hexByte(c)
	case isDelimiter(c) || isWhite(c):
		s.endWord()
		switch c {
		case '%':
			s.comment = true
		case '(':
			s.str = 1
			s.run++
		case '<':
			s.hex, s.hexOpen = true, true
		case '/':
			s.startWord(c)
		}
	default:
		if !s.inWord {
			s.startWord(c)
		} else if len(s.word) < 8 {
			s.word = append(s.word, c)
		}
	}
}

func (s *operandScan) stringByte(c byte) {
	switch {
	case s.escape:
		s.escape = false
	case c == '\\':
		s.escape = true
	case c == '(':
		s.str++
	case c == ')':
		s.str--
	}
}

// hexByte reads a hex string; "<<" opens a dictionary instead.
func (s *operandScan) hexByte(c byte) {
	open := s.hexOpen
	s.hexOpen = false
	switch {
	case open && c == '<':
		s.hex = false
	case c == '>':
		s.hex = false
		s.run++
	}
}

func (s *operandScan) startWord(c byte) {
	s.inWord = true
	s.word = append(s.word[:0], c)
}

// endWord classifies the token just read: an operator resets the count.
func (s *operandScan) endWord() {
	if !s.inWord {
		return
	}
	s.inWord = false
	switch w := string(s.word); {
	case w == "true" || w == "false" || w == "null":
		s.run++
	case w[0] == '/' || w[0] == '+' || w[0] == '-' || w[0] == '.' || (w[0] >= '0' && w[0] <= '9'):
		s.run++
	default:
		s.run = 0
	}
}

func isWhite(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0
}

func isDelimiter(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

// checkColumns refuses a PDF that declares a predictor with more than
// maxColumns columns anywhere, before the library parses it: cross-reference
// streams are decoded while the file is opened.
func checkColumns(data []byte) error {
	key := []byte("/Columns")
	for i := bytes.Index(data, key); i >= 0; {
		rest := bytes.TrimLeft(data[i+len(key):], " \t\r\n\f\x00")
		n := 0
		for n < len(rest) && n < 20 && rest[n] >= '0' && rest[n] <= '9' {
			n++
		}
		if v, err := strconv.ParseUint(string(rest[:n]), 10, 64); n > 0 && (err != nil || v > maxColumns) {
			return fmt.Errorf("%w: PDF predictor with %s columns, limit %d", ErrTooLarge, rest[:n], maxColumns)
		}
		j := bytes.Index(rest, key)
		if j < 0 {
			break
		}
		data, i = rest, j
	}
	return nil
}
