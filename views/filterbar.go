package views

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsline/data"
	"newsline/views/chart"
)

// FilterStore is what the filter bar reads: actors to pick from, the names
// of actors selected elsewhere, and the event types of the case.
type FilterStore interface {
	TopActors(ctx context.Context, f data.Filter, n int) ([]data.ActorCount, error)
	Actor(ctx context.Context, id int64) (data.Actor, error)
	EventTypes(ctx context.Context) ([]string, error)
}

// pickActors is how many of the most mentioned actors the picker offers.
const pickActors = 40

// sourceChoices are the minimum-sources options.
var sourceChoices = []string{"any", "2+", "3+", "5+"}

// FilterBar edits the shared Filter: date range, actors, event types, text
// search and minimum number of sources. It shows changes made elsewhere
// (a shift-drag on the timeline, an actor picked in the network).
type FilterBar struct {
	widget.BaseWidget

	store   FilterStore
	filter  *Filter
	from    *widget.Entry
	to      *widget.Entry
	actor   *widget.SelectEntry
	chips   *fyne.Container
	types   *widget.CheckGroup
	text    *widget.Entry
	sources *widget.Select
	clear   *widget.Button
	content fyne.CanvasObject

	pending  sync.WaitGroup   // loads in flight
	names    map[int64]string // actor names known to the bar
	typeKeys []string         // event types, in the order of types.Options
	syncing  bool             // widgets are being set from the filter
	stop     func()           // stops following the filter
}

// NewFilterBar returns a filter bar editing filter, with choices from store
// that Reload loads (the window reloads every view once it has laid them out).
func NewFilterBar(store FilterStore, filter *Filter) *FilterBar {
	b := &FilterBar{store: store, filter: filter, names: map[int64]string{}}
	b.buildUI()
	b.ExtendBaseWidget(b)
	b.stop = filter.Listen(b.show)
	b.show(filter.Get())
	return b
}

func (b *FilterBar) buildUI() {
	b.from = dateEntry("from YYYY-MM-DD", b.onDates)
	b.to = dateEntry("to YYYY-MM-DD", b.onDates)
	b.actor = widget.NewSelectEntry(nil)
	b.actor.SetPlaceHolder("add actor…")
	b.actor.OnChanged = b.onActorPicked
	b.chips = container.NewHBox()
	b.types = widget.NewCheckGroup(nil, b.onTypes)
	b.types.Horizontal = true
	b.text = widget.NewEntry()
	b.text.SetPlaceHolder("search text")
	b.text.OnSubmitted = func(string) { b.onText() }
	b.text.OnChanged = func(s string) {
		if s == "" {
			b.onText()
		}
	}
	b.sources = widget.NewSelect(sourceChoices, b.onSources)
	b.clear = widget.NewButtonWithIcon("Clear", theme.ContentClearIcon(), func() { b.filter.Set(data.Filter{}) })
	dateSize := fyne.NewSize(165, b.from.MinSize().Height)
	dates := container.NewHBox(container.NewGridWrap(dateSize, b.from), widget.NewLabel("–"), container.NewGridWrap(dateSize, b.to))
	row1 := container.NewBorder(nil, nil, dates, container.NewHBox(widget.NewLabel("Sources"), b.sources, b.clear),
		container.NewGridWithColumns(2, b.text, b.actor))
	row2 := container.NewHBox(b.chips, widget.NewSeparator(), b.types)
	b.content = container.NewVBox(row1, container.NewHScroll(row2))
}

// SetDateHints shows the case's span of event dates, first to last, in the
// empty date fields, so that they say both the format and what is there.
func (b *FilterBar) SetDateHints(first, last data.Day) {
	if first == 0 || last == 0 {
		return
	}
	b.from.SetPlaceHolder("from " + first.Time().Format("2006-01-02"))
	b.to.SetPlaceHolder("to " + last.Time().Format("2006-01-02"))
}

func dateEntry(placeholder string, changed func()) *widget.Entry {
	e := widget.NewEntry()
	e.SetPlaceHolder(placeholder)
	e.Validator = func(s string) error {
		if _, ok := parseFilterDate(s); !ok {
			return errors.New("use YYYY, YYYY-MM or YYYY-MM-DD")
		}
		return nil
	}
	e.OnSubmitted = func(string) { changed() }
	e.OnChanged = func(string) { changed() }
	return e
}

// Close stops following the filter, for when the case closes.
func (b *FilterBar) Close() { b.stop() }

// CreateRenderer lays out the bar.
func (b *FilterBar) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(b.content)
}

// Reload refreshes the actor and event-type choices in the background,
// after an import or a curation.
func (b *FilterBar) Reload() {
	f := b.filter.Get()
	b.pending.Add(1)
	go func() {
		defer b.pending.Done()
		ctx := context.Background()
		top, err := b.store.TopActors(ctx, data.Filter{}, pickActors)
		types, terr := b.store.EventTypes(ctx)
		named := b.lookupNames(ctx, f.ActorIDs)
		fyne.Do(func() {
			if err == nil {
				b.setActorChoices(top)
			}
			if terr == nil {
				b.setTypeChoices(types)
			}
			b.addNames(named)
			b.show(b.filter.Get())
		})
	}()
}

// lookupNames returns the names of the actors ids (read off the UI goroutine).
func (b *FilterBar) lookupNames(ctx context.Context, ids []int64) map[int64]string {
	out := map[int64]string{}
	for _, id := range ids {
		if a, err := b.store.Actor(ctx, id); err == nil {
			out[id] = a.Name
		}
	}
	return out
}

func (b *FilterBar) addNames(names map[int64]string) {
	for id, n := range names {
		b.names[id] = n
	}
}

func (b *FilterBar) setActorChoices(top []data.ActorCount) {
	opts := make([]string, len(top))
	for i, a := range top {
		b.names[a.ID] = a.Name
		opts[i] = a.Name
	}
	b.actor.SetOptions(opts)
}

func (b *FilterBar) setTypeChoices(types []string) {
	opts := make([]string, len(types))
	for i, t := range types {
		opts[i] = chart.TypeName(t)
	}
	b.syncing = true
	b.types.Options = opts
	b.types.Refresh()
	b.syncing = false
	b.typeKeys = types
}

// show sets the widgets from the filter's state without feeding back.
func (b *FilterBar) show(f data.Filter) {
	b.syncing = true
	defer func() { b.syncing = false }()
	setIfDiffers(b.from, f.From, false)
	setIfDiffers(b.to, f.To, true)
	if b.text.Text != f.Text {
		b.text.SetText(f.Text)
	}
	b.sources.SetSelected(sourceChoices[sourceIndex(f.MinSources)])
	var sel []string
	for i, t := range b.typeKeys {
		if slices.Contains(f.EventTypes, t) {
			sel = append(sel, b.types.Options[i])
		}
	}
	b.types.SetSelected(sel)
	b.showChips(f.ActorIDs)
}

// setIfDiffers updates an entry unless it already means the same date, so
// that typing "2023" is not rewritten as "2023-01-01" under the cursor.
func setIfDiffers(e *widget.Entry, d data.Day, end bool) {
	if cur, ok := parseFilterDate(e.Text); ok && (!end && cur.Start == d || end && cur.End == d) {
		return
	}
	e.SetText(formatFilterDay(d, end))
}

// showChips shows a removable chip per selected actor.
func (b *FilterBar) showChips(ids []int64) {
	var chips []fyne.CanvasObject
	for _, id := range ids {
		name, ok := b.names[id]
		if !ok {
			name = "actor " + strconv.FormatInt(id, 10)
		}
		chips = append(chips, widget.NewButtonWithIcon(name, theme.CancelIcon(), func() {
			b.filter.Update(func(f *data.Filter) {
				f.ActorIDs = slices.DeleteFunc(f.ActorIDs, func(x int64) bool { return x == id })
			})
		}))
	}
	b.chips.Objects = chips
	b.chips.Refresh()
}

func (b *FilterBar) onDates() {
	if b.syncing {
		return
	}
	from, okF := parseFilterDate(b.from.Text)
	to, okT := parseFilterDate(b.to.Text)
	if !okF || !okT {
		return
	}
	b.filter.Update(func(f *data.Filter) { f.From, f.To = from.Start, to.End })
}

func (b *FilterBar) onActorPicked(name string) {
	if b.syncing {
		return
	}
	for id, n := range b.names {
		if n == name {
			b.filter.Update(func(f *data.Filter) {
				if !slices.Contains(f.ActorIDs, id) {
					f.ActorIDs = append(f.ActorIDs, id)
				}
			})
			b.syncing = true
			b.actor.SetText("")
			b.syncing = false
			return
		}
	}
}

func (b *FilterBar) onTypes(selected []string) {
	if b.syncing {
		return
	}
	var types []string
	for i, o := range b.types.Options {
		if slices.Contains(selected, o) {
			types = append(types, b.typeKeys[i])
		}
	}
	b.filter.Update(func(f *data.Filter) { f.EventTypes = types })
}

func (b *FilterBar) onText() {
	if !b.syncing {
		b.filter.Update(func(f *data.Filter) { f.Text = b.text.Text })
	}
}

func (b *FilterBar) onSources(choice string) {
	if b.syncing {
		return
	}
	n := []int{0, 2, 3, 5}[max(slices.Index(sourceChoices, choice), 0)]
	b.filter.Update(func(f *data.Filter) { f.MinSources = n })
}

func sourceIndex(n int) int {
	switch {
	case n >= 5:
		return 3
	case n >= 3:
		return 2
	case n >= 2:
		return 1
	}
	return 0
}

// parseFilterDate reads YYYY, YYYY-MM or YYYY-MM-DD; an empty text is an
// open end (a zero range).
func parseFilterDate(s string) (data.DateRange, bool) {
	if s == "" {
		return data.DateRange{}, true
	}
	r := data.ParseValue(s)
	ok := r.Known && (r.Precision == data.PrecisionDay || r.Precision == data.PrecisionMonth || r.Precision == data.PrecisionYear)
	return r, ok
}

// formatFilterDay writes a filter bound as an ISO date: the day itself for
// From, the last day included for To; "" when open.
func formatFilterDay(d data.Day, end bool) string {
	if d == 0 {
		return ""
	}
	if end {
		d--
	}
	return d.Time().Format("2006-01-02")
}
