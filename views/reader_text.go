package views

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// tokenKind says how a token of the reader's text is drawn.
type tokenKind int

const (
	tokenPlain tokenKind = iota
	tokenActor           // a mention: link colour, tappable
	tokenDate            // a time expression: success colour, italic
	tokenValue           // the resolved value after a time expression: small
)

// token is one word (with its trailing space) of a paragraph.
type token struct {
	text  string
	kind  tokenKind
	bold  bool
	actor int64
}

// flowText draws a paragraph as words that wrap at its width. Actor
// mentions are tappable. Fyne's RichText cannot wrap text around inline
// hyperlinks, hence this widget.
type flowText struct {
	widget.BaseWidget
	tokens  []token
	onActor func(int64)

	boxes []fyne.Position // top-left of each token, from the last layout
	hover int             // token under the mouse, -1 for none
}

func newFlowText(tokens []token, onActor func(int64)) *flowText {
	f := &flowText{tokens: tokens, onActor: onActor, hover: -1}
	f.ExtendBaseWidget(f)
	return f
}

// String returns the text shown.
func (f *flowText) String() string {
	var b strings.Builder
	for _, t := range f.tokens {
		b.WriteString(t.text)
	}
	return b.String()
}

func (t token) style() fyne.TextStyle {
	return fyne.TextStyle{Bold: t.bold, Italic: t.kind == tokenDate}
}

func (t token) size() float32 {
	if t.kind == tokenValue {
		return theme.CaptionTextSize()
	}
	return theme.TextSize()
}

func (t token) color() fyne.ThemeColorName {
	switch t.kind {
	case tokenActor:
		return theme.ColorNameHyperlink
	case tokenDate, tokenValue:
		return theme.ColorNameSuccess
	}
	return theme.ColorNameForeground
}

// flow places the tokens in lines of width w and returns their positions
// and the total height.
func (f *flowText) flow(w float32) ([]fyne.Position, float32) {
	pad := theme.InnerPadding() / 2
	lineH := fyne.MeasureText("Mg", theme.TextSize(), fyne.TextStyle{}).Height
	pos := make([]fyne.Position, len(f.tokens))
	x, y := pad, pad
	for i, t := range f.tokens {
		tw := fyne.MeasureText(strings.TrimRight(t.text, " "), t.size(), t.style()).Width
		if x > pad && x+tw > w-pad {
			x, y = pad, y+lineH
		}
		pos[i] = fyne.NewPos(x, y+(lineH-fyne.MeasureText("Mg", t.size(), t.style()).Height))
		x += fyne.MeasureText(t.text, t.size(), t.style()).Width
	}
	return pos, y + lineH + pad
}

// MinSize is the height of the text wrapped at the current width.
func (f *flowText) MinSize() fyne.Size {
	w := f.Size().Width
	if w <= 0 {
		w = 600
	}
	_, h := f.flow(w)
	return fyne.NewSize(100, h)
}

// CreateRenderer implements fyne.Widget.
func (f *flowText) CreateRenderer() fyne.WidgetRenderer {
	r := &flowRenderer{f: f}
	for _, t := range f.tokens {
		r.texts = append(r.texts, canvas.NewText(t.text, nil))
	}
	r.Refresh()
	return r
}

// Tapped sets the filter to the actor under the tap.
func (f *flowText) Tapped(ev *fyne.PointEvent) {
	if i := f.tokenAt(ev.Position); i >= 0 && f.tokens[i].kind == tokenActor && f.onActor != nil {
		f.onActor(f.tokens[i].actor)
	}
}

// Cursor shows a pointer over actors.
func (f *flowText) Cursor() desktop.Cursor {
	if f.hover >= 0 && f.tokens[f.hover].kind == tokenActor {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

// MouseIn implements desktop.Hoverable.
func (f *flowText) MouseIn(ev *desktop.MouseEvent) { f.MouseMoved(ev) }

// MouseMoved implements desktop.Hoverable.
func (f *flowText) MouseMoved(ev *desktop.MouseEvent) { f.hover = f.tokenAt(ev.Position) }

// MouseOut implements desktop.Hoverable.
func (f *flowText) MouseOut() { f.hover = -1 }

// tokenAt returns the token under p, or -1.
func (f *flowText) tokenAt(p fyne.Position) int {
	lineH := fyne.MeasureText("Mg", theme.TextSize(), fyne.TextStyle{}).Height
	for i, b := range f.boxes {
		t := f.tokens[i]
		w := fyne.MeasureText(t.text, t.size(), t.style()).Width
		if p.X >= b.X && p.X < b.X+w && p.Y >= b.Y && p.Y < b.Y+lineH {
			return i
		}
	}
	return -1
}

type flowRenderer struct {
	f     *flowText
	texts []*canvas.Text
}

func (r *flowRenderer) Layout(size fyne.Size) {
	pos, _ := r.f.flow(size.Width)
	r.f.boxes = pos
	for i, t := range r.texts {
		t.Move(pos[i])
		t.Resize(t.MinSize())
	}
}

func (r *flowRenderer) MinSize() fyne.Size { return r.f.MinSize() }

func (r *flowRenderer) Refresh() {
	v := fyne.CurrentApp().Settings().ThemeVariant()
	th := r.f.Theme()
	for i, t := range r.texts {
		tok := r.f.tokens[i]
		t.Color = th.Color(tok.color(), v)
		t.TextSize = tok.size()
		t.TextStyle = tok.style()
		t.Refresh()
	}
	r.Layout(r.f.Size())
}

func (r *flowRenderer) Objects() []fyne.CanvasObject {
	objs := make([]fyne.CanvasObject, len(r.texts))
	for i, t := range r.texts {
		objs[i] = t
	}
	return objs
}

func (r *flowRenderer) Destroy() {}

// words splits text into tokens of kind k, each word keeping its trailing
// spaces.
func words(text string, k tokenKind, bold bool, actor int64) []token {
	var out []token
	for text != "" {
		i := strings.IndexByte(text, ' ')
		if i < 0 {
			i = len(text) - 1
		}
		for i+1 < len(text) && text[i+1] == ' ' {
			i++
		}
		out = append(out, token{text: text[:i+1], kind: k, bold: bold, actor: actor})
		text = text[i+1:]
	}
	return out
}
