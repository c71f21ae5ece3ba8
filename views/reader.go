package views

import (
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsline/data"
)

// reader shows one article's text, one flowText per paragraph, with actor
// mentions as tappable links and time expressions in colour followed by
// their resolved value. The sentence it was opened at is bold and its paragraph
// shaded.
type reader struct {
	onActor func(id int64) // a mention was tapped

	title  *widget.Label
	meta   *widget.Label
	legend *widget.Label
	box    *fyne.Container // paragraphs
	scroll *container.Scroll
	obj    fyne.CanvasObject

	paras   []paragraph
	pending int // byte offset to scroll to at the next layout, -1 for none
}

// paragraph is one line of the text and its widget.
type paragraph struct {
	start, end int
	obj        fyne.CanvasObject
}

// span is a highlighted part of the text: a mention (actor != 0) or a time
// expression.
type span struct {
	start, end int
	actor      int64
	value      string // resolved TIMEX3 value of a time expression
}

// readerLegend explains the reader's colours.
const readerLegend = "Actors in blue: click one to follow it in every view. Dates in green, with the date they stand for."

func newReader(onActor func(int64)) *reader {
	r := &reader{onActor: onActor, pending: -1}
	r.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	r.title.Wrapping = fyne.TextWrapWord
	r.meta = widget.NewLabel("")
	r.meta.Truncation = fyne.TextTruncateEllipsis
	r.legend = widget.NewLabel("")
	r.legend.SizeName = theme.SizeNameCaptionText
	r.legend.Truncation = fyne.TextTruncateEllipsis
	r.box = container.NewVBox()
	r.scroll = container.NewVScroll(r.box)
	body := container.New(&pendingScrollLayout{r: r}, r.scroll)
	r.obj = container.NewBorder(container.NewVBox(r.title, r.meta, r.legend), nil, nil, nil, body)
	return r
}

// show displays a with its spans and scrolls to the sentence holding byte
// offset (a negative offset scrolls to the top).
func (r *reader) show(a data.Article, sp data.Spans, offset int) {
	r.title.SetText(a.Title)
	r.meta.SetText(articleMeta(a))
	r.legend.SetText(readerLegend)
	from, to := sentenceAt(sp.Sentences, offset)
	spans := mergeSpans(sp, len(a.Text))
	r.paras = splitParagraphs(a.Text)
	objs := make([]fyne.CanvasObject, len(r.paras))
	for i := range r.paras {
		p := &r.paras[i]
		p.obj = r.paragraphView(a.Text, *p, spans, from, to)
		objs[i] = p.obj
	}
	r.box.Objects = objs
	r.box.Refresh()
	r.pending = max(offset, 0)
	r.scrollToPending()
}

// clear empties the reader.
func (r *reader) clear() {
	r.title.SetText("")
	r.meta.SetText("")
	r.legend.SetText("")
	r.paras = nil
	r.box.Objects = nil
	r.box.Refresh()
}

func articleMeta(a data.Article) string {
	parts := []string{}
	if a.Outlet != "" {
		parts = append(parts, a.Outlet)
	}
	if a.Published.Value != "" {
		parts = append(parts, "published "+a.Published.Value)
	} else {
		parts = append(parts, "no publication date")
	}
	parts = append(parts, countOf(a.Events, "event", "events"))
	if a.URL != "" {
		parts = append(parts, a.URL)
	}
	return strings.Join(parts, " · ")
}

// paragraphView renders the text of p with the spans inside it and the
// sentence [from, to) in bold, shaded when it holds that sentence.
func (r *reader) paragraphView(text string, p paragraph, spans []span, from, to int) fyne.CanvasObject {
	ft := newFlowText(paragraphTokens(text, p, spans, from, to), r.onActor)
	if from >= p.end || to <= p.start || from == to {
		return ft
	}
	shade := canvas.NewRectangle(theme.Color(theme.ColorNameSelection))
	shade.CornerRadius = theme.Size(theme.SizeNameSelectionRadius)
	return container.NewStack(shade, ft)
}

// paragraphTokens cuts p into plain, mention and time expression tokens.
func paragraphTokens(text string, p paragraph, spans []span, from, to int) []token {
	var toks []token
	pos := p.start
	for _, s := range spans {
		if s.end <= p.start || s.start >= p.end || s.start < pos {
			continue
		}
		toks = append(toks, plainTokens(text, pos, s.start, from, to)...)
		toks = append(toks, spanTokens(text[s.start:s.end], s, s.start >= from && s.end <= to)...)
		pos = s.end
	}
	return append(toks, plainTokens(text, pos, p.end, from, to)...)
}

func spanTokens(t string, s span, bold bool) []token {
	if s.actor != 0 {
		return words(t, tokenActor, bold, s.actor)
	}
	toks := words(t, tokenDate, bold, 0)
	if s.value != "" && s.value != t {
		toks = append(toks, token{text: " [" + s.value + "]", kind: tokenValue})
	}
	return toks
}

// plainTokens is text[start:end] as plain words, bold inside the sentence
// [from, to).
func plainTokens(text string, start, end, from, to int) []token {
	var toks []token
	cuts := []int{start}
	for _, c := range []int{from, to} {
		if c > start && c < end {
			cuts = append(cuts, c)
		}
	}
	cuts = append(cuts, end)
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		if a < b {
			toks = append(toks, words(text[a:b], tokenPlain, a >= from && b <= to && from < to, 0)...)
		}
	}
	return toks
}

// mergeSpans returns the mentions and time expressions in text order,
// dropping any that overlap an earlier one or fall outside the text.
func mergeSpans(sp data.Spans, n int) []span {
	var all []span
	for _, m := range sp.Mentions {
		all = append(all, span{start: m.Start, end: m.End, actor: m.ActorID})
	}
	for _, t := range sp.Timexes {
		all = append(all, span{start: t.Start, end: t.End, value: t.Value})
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].start < all[j].start })
	var out []span
	last := 0
	for _, s := range all {
		if s.start < last || s.end > n || s.start >= s.end {
			continue
		}
		out = append(out, s)
		last = s.end
	}
	return out
}

// splitParagraphs cuts text into its non-blank lines, without their
// line endings.
func splitParagraphs(text string) []paragraph {
	var ps []paragraph
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := strings.TrimRight(text[start:end], "\r")
		if strings.TrimSpace(line) != "" {
			ps = append(ps, paragraph{start: start, end: start + len(line)})
		}
		start = end + 1
	}
	return ps
}

// sentenceAt returns the bounds of the sentence holding byte offset, or an
// empty range when there is none.
func sentenceAt(ss []data.Sentence, offset int) (int, int) {
	if offset < 0 {
		return 0, 0
	}
	for _, s := range ss {
		if offset >= s.Start && offset < s.End {
			return s.Start, s.End
		}
	}
	return 0, 0
}

// scrollToPending scrolls to the paragraph holding the pending offset once
// the reader has a size; until then the offset waits for the next layout.
func (r *reader) scrollToPending() {
	if r.pending < 0 || r.scroll.Size().Height <= 0 {
		return
	}
	offset := r.pending
	r.pending = -1
	// twice: the first pass gives the paragraphs their width, the second
	// their wrapped heights
	r.scroll.Refresh()
	r.scroll.Refresh()
	y := float32(0)
	for _, p := range r.paras {
		if offset < p.end {
			frac := float32(max(offset-p.start, 0)) / float32(max(p.end-p.start, 1))
			y = p.obj.Position().Y + frac*p.obj.Size().Height - theme.Padding()*8
			break
		}
	}
	r.scroll.ScrollToOffset(fyne.NewPos(0, max(y, 0)))
}

// pendingScrollLayout fills the reader body and applies a pending scroll
// once the body has been given a size.
type pendingScrollLayout struct{ r *reader }

func (l *pendingScrollLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(size)
		o.Move(fyne.NewPos(0, 0))
	}
	// the paragraphs now have their new width: lay them out again at the
	// heights they wrap to
	box := l.r.box
	box.Layout.Layout(box.Objects, box.Size())
	l.r.scroll.Refresh()
	l.r.scrollToPending()
}

func (l *pendingScrollLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(200, 100)
}
