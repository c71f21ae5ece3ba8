package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsline/data"
)

// timelineConflicts is the Conflicts tab of the timeline's side panel: every
// story event whose sources disagree on its date, with each source's date,
// outlet and sentence. "Show" selects the story event on the timeline.
type timelineConflicts struct {
	list    *fyne.Container
	empty   *widget.Label
	content fyne.CanvasObject
	shows   []*widget.Button // one per story event, in list order
	stories []data.StoryEvent
	onShow  func(storyID int64)
}

func newTimelineConflicts(onShow func(int64)) *timelineConflicts {
	c := &timelineConflicts{onShow: onShow, empty: widget.NewLabel("No date conflicts: the sources of every event agree.")}
	c.empty.Wrapping = fyne.TextWrapWord
	c.empty.Importance = widget.LowImportance
	c.list = container.NewVBox(c.empty)
	c.content = container.NewVScroll(c.list)
	return c
}

// maxConflictItems is the most conflicts the tab lists: each item is a
// few wrapped texts, and a large case holds hundreds of conflicts.
const maxConflictItems = 60

// set lists evs (the first maxConflictItems of them).
func (c *timelineConflicts) set(evs []data.StoryEvent) {
	c.stories, c.shows = evs, nil
	if len(evs) == 0 {
		c.list.Objects = []fyne.CanvasObject{c.empty}
		c.list.Refresh()
		return
	}
	var objs []fyne.CanvasObject
	for i, se := range evs[:min(len(evs), maxConflictItems)] {
		if i > 0 {
			objs = append(objs, widget.NewSeparator())
		}
		objs = append(objs, c.item(se))
	}
	if more := len(evs) - maxConflictItems; more > 0 {
		objs = append(objs, widget.NewSeparator(), widget.NewLabel("… and "+plural(more, "more conflict")+" later in time"))
	}
	c.list.Objects = objs
	c.list.Refresh()
}

// item shows one conflicted story event: its label and consensus date, then
// each source's date, outlet and sentence.
func (c *timelineConflicts) item(se data.StoryEvent) fyne.CanvasObject {
	id := se.ID
	show := widget.NewButtonWithIcon("Show", theme.VisibilityIcon(), func() {
		if c.onShow != nil {
			c.onShow(id)
		}
	})
	c.shows = append(c.shows, show)
	head := widget.NewLabelWithStyle(storyLabel(se)+" · "+formatDate(se.Date, se.Planned), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.Wrapping = fyne.TextWrapWord
	objs := []fyne.CanvasObject{container.NewBorder(nil, nil, nil, container.NewVBox(show), head)}
	for _, src := range se.Sources {
		segs := reportedSegments(src.Date, se)[1:]
		segs = append(segs, inlineText(" · "+orDash(src.Outlet)+": ", widget.RichTextStyleInline),
			inlineText(src.Sentence, quoteStyle()))
		rt := widget.NewRichText(segs...)
		rt.Wrapping = fyne.TextWrapWord
		objs = append(objs, rt)
	}
	if more := se.Articles - len(se.Sources); more > 0 {
		objs = append(objs, widget.NewLabel("… and "+plural(more, "more article")+": Show lists every source"))
	}
	return container.NewVBox(objs...)
}

func quoteStyle() widget.RichTextStyle {
	st := widget.RichTextStyleInline
	st.TextStyle.Italic = true
	return st
}
