package ingest

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/ledongthuc/pdf"
)

// pdfLine is one line of text shown at a vertical position on a page.
type pdfLine struct {
	y    float64
	text strings.Builder
}

// pdfText accumulates the paragraphs of a PDF, page by page.
type pdfText struct {
	paras []string
	size  int
}

// String returns the paragraphs separated by blank lines, or "" when the
// PDF has no letters or digits at all.
func (t *pdfText) String() string {
	text := strings.Join(t.paras, "\n\n")
	if !strings.ContainsFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return ""
	}
	return text
}

// page interprets one page's content stream and appends its paragraphs.
func (t *pdfText) page(p pdf.Page) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok && (errors.Is(e, ErrTooLarge) || errors.Is(e, errOperands)) {
				err = e
				return
			}
			err = fmt.Errorf("%w PDF page: %v", ErrMalformed, r)
		}
	}()
	if p.V.Key("Contents").IsNull() {
		return nil
	}
	s := pageState{page: p, fonts: map[string]pdf.TextEncoding{}, scale: 1, budget: MaxText - t.size}
	pdf.Interpret(p.V.Key("Contents"), s.op)
	for _, para := range s.paragraphs() {
		t.paras = append(t.paras, para)
		t.size += len(para) + 2
	}
	return nil
}

// pageState is the text state of the content stream interpreter.
type pageState struct {
	page    pdf.Page
	fonts   map[string]pdf.TextEncoding
	enc     pdf.TextEncoding
	x, y    float64 // start of the current text line
	scale   float64 // vertical scale of the text matrix
	leading float64
	moved   bool
	lines   []*pdfLine
	budget  int
}

// op executes one content stream operator.
func (s *pageState) op(stk *pdf.Stack, op string) {
	args := make([]pdf.Value, stk.Len())
	for i := len(args) - 1; i >= 0; i-- {
		args[i] = stk.Pop()
	}
	switch {
	case op == "BT":
		s.x, s.y, s.scale, s.moved = 0, 0, 1, true
	case op == "Tf" && len(args) == 2:
		s.enc = s.font(args[0].Name())
	case op == "TL" && len(args) == 1:
		s.leading = args[0].Float64()
	case (op == "Td" || op == "TD") && len(args) == 2:
		if op == "TD" {
			s.leading = -args[1].Float64()
		}
		s.move(args[0].Float64(), args[1].Float64())
	case op == "Tm" && len(args) == 6:
		s.x, s.y, s.moved = args[4].Float64(), args[5].Float64(), true
		if s.scale = math.Abs(args[3].Float64()); s.scale == 0 {
			s.scale = 1
		}
	case op == "T*":
		s.move(0, -s.leading)
	default:
		s.show(op, args)
	}
}

// show executes the text showing operators.
func (s *pageState) show(op string, args []pdf.Value) {
	switch {
	case op == "Tj" && len(args) == 1:
		s.write(args[0].RawString())
	case op == "'" && len(args) == 1:
		s.move(0, -s.leading)
		s.write(args[0].RawString())
	case op == "\"" && len(args) == 3:
		s.move(0, -s.leading)
		s.write(args[2].RawString())
	case op == "TJ" && len(args) == 1:
		for i := 0; i < args[0].Len(); i++ {
			v := args[0].Index(i)
			if v.Kind() == pdf.String {
				s.write(v.RawString())
			} else if v.Float64() < -200 {
				s.write(" ")
			}
		}
	}
}

func (s *pageState) move(tx, ty float64) {
	s.x += tx * s.scale
	s.y += ty * s.scale
	s.moved = true
}

func (s *pageState) font(name string) pdf.TextEncoding {
	enc, ok := s.fonts[name]
	if !ok {
		f := s.page.Font(name)
		budget := int64(maxCMap)
		if err := checkStream(f.V.Key("ToUnicode"), &budget, fmt.Sprintf("font map (limit %d MB)", maxCMap>>20)); err != nil {
			panic(err) // recovered in page
		}
		enc = f.Encoder()
		s.fonts[name] = enc
	}
	return enc
}

// write appends the decoded text of a string operand to the current line,
// starting a new line when the text position moved vertically.
func (s *pageState) write(raw string) {
	text := raw
	if s.enc != nil && raw != " " {
		text = s.enc.Decode(raw)
	}
	text = cleanPDFText(text)
	if text == "" {
		return
	}
	if s.budget -= len(text); s.budget < 0 {
		panic(errTextLimit)
	}
	n := len(s.lines)
	if n == 0 || math.Abs(s.lines[n-1].y-s.y) > 0.5 {
		s.lines = append(s.lines, &pdfLine{y: s.y})
	} else if s.moved && !strings.HasSuffix(s.lines[n-1].text.String(), " ") {
		s.lines[n-1].text.WriteByte(' ')
	}
	s.lines[len(s.lines)-1].text.WriteString(text)
	s.moved = false
}

// cleanPDFText drops invalid UTF-8 and control characters.
func cleanPDFText(s string) string {
	return strings.Map(func(r rune) rune {
		if r == unicode.ReplacementChar || (unicode.IsControl(r) && r != '\t') {
			return -1
		}
		return r
	}, s)
}

// paragraphs joins the page's lines into paragraphs: a gap clearly larger
// than the usual line spacing (the lower quartile of the gaps, as most gaps
// are between lines of one paragraph), or a jump upwards, starts a new one.
func (s *pageState) paragraphs() []string {
	var gaps []float64
	for i := 1; i < len(s.lines); i++ {
		if g := s.lines[i-1].y - s.lines[i].y; g >= 2 {
			gaps = append(gaps, g)
		}
	}
	usual := 0.0
	if len(gaps) > 0 {
		slices.Sort(gaps)
		usual = gaps[len(gaps)/4]
	}
	var paras []string
	var cur strings.Builder
	for i, l := range s.lines {
		text := strings.Join(strings.Fields(l.text.String()), " ")
		if i > 0 {
			gap := s.lines[i-1].y - l.y
			if gap <= 0 || gap > usual*1.3 {
				paras = appendPara(paras, cur.String())
				cur.Reset()
			} else if !strings.HasSuffix(cur.String(), "-") {
				cur.WriteByte(' ')
			}
		}
		cur.WriteString(text)
	}
	return appendPara(paras, cur.String())
}

func appendPara(paras []string, p string) []string {
	if p = strings.TrimSpace(p); p != "" {
		return append(paras, p)
	}
	return paras
}
