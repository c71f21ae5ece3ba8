package views

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsline/data"
	"newsline/views/chart"
)

// timelineDetails is the side panel: the selected event with its source
// sentence and article, and the list of undated events.
type timelineDetails struct {
	heading  *widget.Label
	meta     *widget.Label
	sentence *widget.RichText
	article  *widget.Label
	open     *widget.Button
	undated  *widget.List
	count    *widget.Label
	content  fyne.CanvasObject
	source   *fyne.Container // heading to button, relaid out on every show

	detail     data.EventDetail
	undatedEvs []data.Event
	onOpen     func(articleID int64, offset int)
	onUndated  func(data.Event)
}

func newTimelineDetails() *timelineDetails {
	d := &timelineDetails{
		heading:  widget.NewLabelWithStyle("Click an event to see its source", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		meta:     widget.NewLabel(""),
		sentence: widget.NewRichText(),
		article:  widget.NewLabel(""),
		count:    widget.NewLabelWithStyle("Undated events", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
	}
	d.heading.Wrapping = fyne.TextWrapWord
	d.meta.Wrapping = fyne.TextWrapWord
	d.sentence.Wrapping = fyne.TextWrapWord
	d.article.Wrapping = fyne.TextWrapWord
	d.open = widget.NewButtonWithIcon("Open article", theme.DocumentIcon(), d.onOpenArticle)
	d.open.Disable()
	d.undated = widget.NewList(func() int { return len(d.undatedEvs) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			e := d.undatedEvs[i]
			o.(*widget.Label).SetText(chart.TypeName(e.Type) + ": " + chart.EventLabel(e))
		})
	d.undated.OnSelected = func(i widget.ListItemID) {
		if d.onUndated != nil && i < len(d.undatedEvs) {
			d.onUndated(d.undatedEvs[i])
		}
	}
	d.source = container.NewVBox(d.heading, d.meta, widget.NewSeparator(), d.sentence, d.article, d.open)
	split := container.NewVSplit(container.NewVScroll(d.source), container.NewBorder(d.count, nil, nil, nil, d.undated))
	split.Offset = 0.62
	d.content = split
	return d
}

// show displays an event's detail.
func (d *timelineDetails) show(det data.EventDetail) {
	d.detail = det
	e := det.Event
	d.heading.SetText(chart.EventLabel(e))
	d.meta.SetText(fmt.Sprintf("%s · %s · %s", formatDate(e.Date, e.Planned), chart.TypeName(e.Type), plural(e.Sources, "source")))
	d.sentence.Segments = sentenceSegments(det.Sentence, det.Highlights)
	d.sentence.Refresh()
	a := det.Article
	d.article.SetText(fmt.Sprintf("%s\n%s · published %s", orDash(a.Title), orDash(a.Outlet), formatDate(a.Published, false)))
	d.open.Enable()
	d.source.Refresh()
}

// setUndated lists the undated events.
func (d *timelineDetails) setUndated(evs []data.Event) {
	d.undatedEvs = evs
	d.count.SetText(fmt.Sprintf("Undated events (%d)", len(evs)))
	d.undated.UnselectAll()
	d.undated.Refresh()
}

func (d *timelineDetails) onOpenArticle() {
	if d.onOpen != nil && d.detail.Article.ID != 0 {
		d.onOpen(d.detail.Article.ID, d.detail.SentenceStart)
	}
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// sentenceSegments splits a sentence into rich-text segments, the
// highlights emphasised: actors in the primary colour, the date expression
// in the warning colour, the trigger in bold. Overlapping highlights keep
// the first.
func sentenceSegments(text string, hs []data.Highlight) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	at := 0
	for _, h := range hs {
		if h.Start < at || h.End > len(text) {
			continue
		}
		if h.Start > at {
			segs = append(segs, inlineText(text[at:h.Start], widget.RichTextStyleInline))
		}
		segs = append(segs, inlineText(text[h.Start:h.End], highlightStyle(h.Kind)))
		at = h.End
	}
	if at < len(text) {
		segs = append(segs, inlineText(text[at:], widget.RichTextStyleInline))
	}
	return segs
}

func inlineText(s string, st widget.RichTextStyle) *widget.TextSegment {
	return &widget.TextSegment{Text: s, Style: st}
}

func highlightStyle(kind string) widget.RichTextStyle {
	st := widget.RichTextStyleInline
	st.TextStyle.Bold = true
	switch kind {
	case data.HighlightActor:
		st.ColorName = theme.ColorNamePrimary
	case data.HighlightDate:
		st.ColorName = theme.ColorNameWarning
	}
	return st
}
