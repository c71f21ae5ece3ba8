package views

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsline/data"
	"newsline/views/chart"
)

// timelineDetails is the side panel: the selected event with every source
// of its story event (article, outlet, sentence, the date each gives), its
// date conflict and plan → outcome link, the curation of story events, and
// tabs listing the undated events and the date conflicts.
type timelineDetails struct {
	heading  *widget.Label
	meta     *widget.Label
	conflict *widget.Label   // the dates the sources give, when they disagree
	flag     *fyne.Container // conflict icon and text, hidden when none
	link     *widget.Label   // the plan or outcome the story event is linked to
	linkShow *widget.Button
	linkRow  *fyne.Container // hidden when there is no link
	sources  *fyne.Container // one card per source
	cards    []*sourceCard   // pooled; the first is built with the panel
	edit     *storyEdit
	source   *fyne.Container // heading to curation, relaid out on every show
	scroll   *container.Scroll

	// The first source's widgets.
	sentence *widget.RichText
	article  *widget.Label
	open     *widget.Button

	undated   *widget.List
	conflicts *timelineConflicts
	tabs      *container.AppTabs
	content   fyne.CanvasObject

	detail      data.EventDetail // the selected event
	story       data.StoryDetail // its story event; Event.ID 0 before assembly
	undatedEvs  []data.Event
	undatedMore int // undated events not loaded
	onOpen      func(articleID int64, offset int)
	onUndated   func(data.Event)
	onStory     func(storyID int64) // show a linked or conflicting story event
}

func newTimelineDetails() *timelineDetails {
	d := &timelineDetails{
		heading:  widget.NewLabelWithStyle("Click an event to see its sources", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		meta:     widget.NewLabel("Scroll over the timeline to zoom, drag to pan, shift-drag to pick dates; Fit shows everything."),
		conflict: widget.NewLabel(""),
		link:     widget.NewLabel(""),
	}
	for _, l := range []*widget.Label{d.heading, d.meta, d.conflict, d.link} {
		l.Wrapping = fyne.TextWrapWord
	}
	d.conflict.Importance = widget.DangerImportance
	title := widget.NewLabelWithStyle("Date conflict", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Importance = widget.DangerImportance
	d.flag = container.NewVBox(container.NewHBox(widget.NewIcon(theme.ErrorIcon()), title), d.conflict)
	d.linkShow = widget.NewButton("Show", func() {
		if d.onStory != nil && d.story.Linked.ID != 0 {
			d.onStory(d.story.Linked.ID)
		}
	})
	// The button goes under the wrapped text: beside it, the text would
	// wrap at a width the box did not measure it at.
	d.linkRow = container.NewVBox(d.link, container.NewHBox(d.linkShow))
	d.flag.Hide()
	d.linkRow.Hide()
	first := d.newCard()
	d.sentence, d.article, d.open = first.sentence, first.article, first.open
	d.open.Disable()
	d.sources = container.NewVBox(first.box)
	d.sources.Hide() // until an event is shown
	d.edit = newStoryEdit(d)
	d.source = container.NewVBox(d.heading, d.meta, d.flag, d.linkRow, widget.NewSeparator(), d.sources, d.edit.content)
	d.undated = widget.NewList(func() int { return len(d.undatedEvs) + min(d.undatedMore, 1) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= len(d.undatedEvs) {
				o.(*widget.Label).SetText("… and " + thousands(d.undatedMore) + " more: narrow the filter to list them")
				return
			}
			e := d.undatedEvs[i]
			label := chart.EventLabel(e)
			if !strings.Contains(label, chart.TypeName(e.Type)) && !strings.Contains(label, strings.ToLower(chart.TypeName(e.Type))) {
				label = chart.TypeName(e.Type) + ": " + label // the list has no colours
			}
			o.(*widget.Label).SetText(label)
		})
	d.undated.OnSelected = func(i widget.ListItemID) {
		if d.onUndated != nil && i < len(d.undatedEvs) {
			d.onUndated(d.undatedEvs[i])
		}
	}
	d.conflicts = newTimelineConflicts(func(id int64) {
		if d.onStory != nil {
			d.onStory(id)
		}
	})
	d.tabs = container.NewAppTabs(container.NewTabItem("Undated", d.undated),
		container.NewTabItem("Conflicts", d.conflicts.content))
	d.scroll = container.NewVScroll(d.source)
	split := container.NewVSplit(d.scroll, d.tabs)
	split.Offset = 0.66
	d.content = split
	return d
}

// sourceCard shows one source of the story event: its article, sentence and
// the date it gives, with buttons to open the article and to pick it for a
// split.
type sourceCard struct {
	article  *widget.Label
	sentence *widget.RichText
	date     *widget.RichText
	open     *widget.Button
	pick     *widget.Check
	box      *fyne.Container

	articleID int64
	offset    int
	eventID   int64
}

func (d *timelineDetails) newCard() *sourceCard {
	c := &sourceCard{article: widget.NewLabel(""), sentence: widget.NewRichText(), date: widget.NewRichText()}
	c.article.Wrapping = fyne.TextWrapWord
	c.sentence.Wrapping = fyne.TextWrapWord
	c.open = widget.NewButtonWithIcon("Open article", theme.DocumentIcon(), func() {
		if d.onOpen != nil && c.articleID != 0 {
			d.onOpen(c.articleID, c.offset)
		}
	})
	c.pick = widget.NewCheck("Split off", func(bool) { d.edit.update() })
	c.pick.Hide()
	c.date.Wrapping = fyne.TextWrapWord
	c.box = container.NewVBox(c.article, c.sentence, c.date, container.NewHBox(c.open, c.pick))
	d.cards = append(d.cards, c)
	return c
}

// show displays an event's detail and, when it belongs to one, its story
// event (sd.Event.ID not 0) with every source.
func (d *timelineDetails) show(det data.EventDetail, sd data.StoryDetail) {
	d.detail, d.story = det, sd
	e := det.Event
	d.sources.Show()
	d.heading.SetText(chart.EventLabel(e))
	if sd.Event.ID == 0 {
		d.meta.SetText(fmt.Sprintf("%s · %s · %s", formatDate(e.Date, e.Planned), chart.TypeName(e.Type), plural(e.Sources, "source")))
		d.showSingle(det)
	} else {
		se := sd.Event
		d.meta.SetText(fmt.Sprintf("%s · %s · %s · %s · %s", formatDate(se.Date, se.Planned), chart.TypeName(se.Type),
			plural(se.Reports, "independent report"), plural(se.Outlets, "outlet"), plural(se.Articles, "article")))
		d.showSources(sd)
	}
	d.showFlags(sd)
	d.edit.show(sd)
	d.relayout()
}

// relayout lays the panel out again. Wrapped text measures its height at
// the width it had, so a second pass settles texts that were hidden or
// new.
func (d *timelineDetails) relayout() {
	for range 2 {
		d.source.Refresh()
		d.scroll.Refresh()
	}
	d.scroll.ScrollToTop()
}

// showSingle shows the one source of an event not assembled into a story
// event yet.
func (d *timelineDetails) showSingle(det data.EventDetail) {
	c := d.cards[0]
	c.sentence.Segments = sentenceSegments(det.Sentence, det.Highlights)
	c.sentence.Refresh()
	a := det.Article
	c.article.SetText(fmt.Sprintf("%s\n%s · published %s", orDash(a.Title), orDash(a.Outlet), formatDate(a.Published, false)))
	c.date.Segments = nil
	c.date.Refresh()
	c.articleID, c.offset, c.eventID = a.ID, det.SentenceStart, det.Event.ID
	c.open.Enable()
	c.pick.Hide()
	d.sources.Objects = []fyne.CanvasObject{c.box}
	d.sources.Refresh()
}

// showSources shows a card for every source of the story event.
func (d *timelineDetails) showSources(sd data.StoryDetail) {
	se := sd.Event
	var objs []fyne.CanvasObject
	for i, src := range se.Sources {
		if i == len(d.cards) {
			d.newCard()
		}
		c := d.cards[i]
		c.sentence.Segments = sentenceSegments(src.Sentence, sd.Highlights[i])
		c.sentence.Refresh()
		text := fmt.Sprintf("%s\n%s · published %s", orDash(src.Title), orDash(src.Outlet), formatDate(data.ParseValue(src.Published), false))
		if src.Group != src.ArticleID {
			text += " · reprint"
		}
		c.article.SetText(text)
		c.date.Segments = reportedSegments(src.Date, se)
		c.date.Refresh()
		c.articleID, c.offset, c.eventID = src.ArticleID, src.Offset, src.EventID
		c.open.Enable()
		c.pick.SetChecked(false)
		if i > 0 {
			objs = append(objs, widget.NewSeparator())
		}
		objs = append(objs, c.box)
	}
	d.sources.Objects = objs
	d.sources.Refresh()
}

// showFlags shows the story event's date conflict and plan → outcome link.
func (d *timelineDetails) showFlags(sd data.StoryDetail) {
	se := sd.Event
	if se.Conflict {
		d.conflict.SetText(fmt.Sprintf("Sources disagree on the date: they give %s. Shown at %s.",
			reportedDates(se.DatesReported), formatDate(se.Date, false)))
		d.flag.Show()
	} else {
		d.flag.Hide()
	}
	l := sd.Linked
	switch {
	case l.ID == 0:
		d.linkRow.Hide()
		return
	case se.Outcome == l.ID:
		d.link.SetText(fmt.Sprintf("Plan → outcome: came about as “%s”, %s.", storyLabel(l), formatDate(l.Date, false)))
		d.linkShow.SetText("Show outcome")
	default:
		d.link.SetText(fmt.Sprintf("Outcome of a plan: announced as “%s”, %s.", storyLabel(l), formatDate(l.Date, false)))
		d.linkShow.SetText("Show plan")
	}
	d.linkRow.Show()
}

// storyLabel is the short text naming a story event, like a mark's label.
func storyLabel(se data.StoryEvent) string {
	e := data.Event{Type: se.Type, Actors: se.Actors, Planned: se.Planned, Date: se.Date}
	if len(se.Sources) > 0 {
		e.Trigger = se.Sources[0].Trigger
	}
	return chart.EventLabel(e)
}

// reportedSegments says which date a source gives the event, in bold, in
// red when it is incompatible with the story event's date.
func reportedSegments(date data.DateRange, se data.StoryEvent) []widget.RichTextSegment {
	st := widget.RichTextStyleInline
	st.TextStyle.Bold = true
	text := formatDate(date, false)
	if !date.Known {
		text = "no date"
	}
	if se.Conflict && date.Known && se.Date.Known && (date.End <= se.Date.Start || date.Start >= se.Date.End) {
		st.ColorName = theme.ColorNameError
		text += " (disagrees)"
	}
	return []widget.RichTextSegment{inlineText("Date given: ", widget.RichTextStyleInline), inlineText(text, st)}
}

// setUndated lists the undated events loaded, of total.
func (d *timelineDetails) setUndated(evs []data.Event, total int) {
	d.undatedEvs, d.undatedMore = evs, max(total-len(evs), 0)
	d.tabs.Items[0].Text = fmt.Sprintf("Undated (%s)", thousands(total))
	d.tabs.Refresh()
	d.undated.UnselectAll()
	d.undated.Refresh()
}

// setConflicts lists the story events whose sources disagree on the date.
func (d *timelineDetails) setConflicts(evs []data.StoryEvent) {
	d.conflicts.set(evs)
	d.tabs.Items[1].Text = fmt.Sprintf("Conflicts (%d)", len(evs))
	d.tabs.Refresh()
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
	return &widget.TextSegment{Text: strings.ReplaceAll(s, "\n", " "), Style: st}
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
