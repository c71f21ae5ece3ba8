package views

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsline/data"
)

// mergeChoice is a story event offered by "Merge with…".
type mergeChoice struct {
	ID    int64
	Label string
}

// storyEdit is the details panel's curation of the shown story event: split
// the picked sources off, merge with another story event, undo the latest
// story edit, set the story event's date by hand. It only shows when the
// timeline has a StoryEditor.
type storyEdit struct {
	d       *timelineDetails
	split   *widget.Button
	with    *widget.Select
	merge   *widget.Button
	undo    *widget.Button
	date    *widget.Entry
	setDate *widget.Button
	status  *widget.Label
	content *fyne.Container

	enabled bool
	busy    bool
	choices []mergeChoice

	onSplit    func(storyID int64, eventIDs []int64)
	onMerge    func(a, b int64)
	onDate     func(storyID int64, value string)
	onUndo     func()
	candidates func(data.StoryEvent) []mergeChoice // merge candidates, best first
}

func newStoryEdit(d *timelineDetails) *storyEdit {
	e := &storyEdit{d: d, status: widget.NewLabel("")}
	e.status.Wrapping = fyne.TextWrapWord
	e.split = widget.NewButtonWithIcon("Split off", theme.ContentCutIcon(), e.onSplitTapped)
	e.with = widget.NewSelect(nil, func(string) { e.update() })
	e.with.PlaceHolder = "Merge with…"
	e.merge = widget.NewButtonWithIcon("Merge", theme.ContentAddIcon(), e.onMergeTapped)
	e.undo = widget.NewButtonWithIcon("Undo story edit", theme.ContentUndoIcon(), func() {
		if e.onUndo != nil && !e.busy {
			e.onUndo()
		}
	})
	e.date = widget.NewEntry()
	e.date.SetPlaceHolder("Correct date: 2023-09-13, 2023-09…")
	e.date.OnChanged = func(string) { e.update() }
	e.date.OnSubmitted = func(string) { e.onDateTapped() }
	e.setDate = widget.NewButtonWithIcon("Set date", theme.ConfirmIcon(), e.onDateTapped)
	hint := widget.NewLabel("Tick the sources that report another event, then split them off.")
	hint.Wrapping = fyne.TextWrapWord
	hint.Importance = widget.LowImportance
	e.content = container.NewVBox(widget.NewSeparator(),
		widget.NewLabelWithStyle("Story event", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		hint, container.NewHBox(e.split, e.undo),
		container.NewBorder(nil, nil, nil, e.merge, e.with),
		container.NewBorder(nil, nil, nil, e.setDate, e.date), e.status)
	e.content.Hide()
	return e
}

// show offers the curation of sd, when there is an editor and sd is a
// story event.
func (e *storyEdit) show(sd data.StoryDetail) {
	if !e.enabled || sd.Event.ID == 0 {
		e.content.Hide()
		for _, c := range e.d.cards {
			c.pick.Hide()
		}
		return
	}
	many := len(sd.Event.Sources) > 1
	for i, c := range e.d.cards {
		if many && i < len(sd.Event.Sources) {
			c.pick.Show()
		} else {
			c.pick.Hide()
		}
	}
	e.choices = nil
	if e.candidates != nil {
		e.choices = e.candidates(sd.Event)
	}
	opts := make([]string, len(e.choices))
	for i, c := range e.choices {
		opts[i] = c.Label
	}
	e.with.Options = opts
	e.with.ClearSelected()
	e.content.Show()
	e.update()
}

// picked returns the event ids of the sources ticked for a split.
func (e *storyEdit) picked() []int64 {
	var ids []int64
	for i, c := range e.d.cards {
		if i < len(e.d.story.Event.Sources) && c.pick.Checked {
			ids = append(ids, c.eventID)
		}
	}
	return ids
}

// update enables the buttons that can act.
func (e *storyEdit) update() {
	n := len(e.picked())
	setEnabled(e.split, !e.busy && n > 0 && n < len(e.d.story.Event.Sources))
	setEnabled(e.merge, !e.busy && e.with.SelectedIndex() >= 0)
	setEnabled(e.undo, !e.busy)
	setEnabled(e.setDate, !e.busy && data.ParseValue(strings.TrimSpace(e.date.Text)).Known)
	if n > 0 {
		e.split.SetText(fmt.Sprintf("Split off %d", n))
	} else {
		e.split.SetText("Split off")
	}
}

func setEnabled(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

func (e *storyEdit) onSplitTapped() {
	ids := e.picked()
	if e.onSplit != nil && len(ids) > 0 {
		e.onSplit(e.d.story.Event.ID, ids)
	}
}

func (e *storyEdit) onDateTapped() {
	v := strings.TrimSpace(e.date.Text)
	if e.onDate != nil && !e.busy && data.ParseValue(v).Known {
		e.date.SetText("")
		e.onDate(e.d.story.Event.ID, v)
	}
}

func (e *storyEdit) onMergeTapped() {
	i := e.with.SelectedIndex()
	if e.onMerge != nil && i >= 0 && i < len(e.choices) {
		e.onMerge(e.d.story.Event.ID, e.choices[i].ID)
	}
}

// setBusy disables the buttons while an edit runs, and says msg.
func (e *storyEdit) setBusy(busy bool, msg string) {
	e.busy = busy
	e.status.SetText(msg)
	e.update()
}
