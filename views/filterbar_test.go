package views

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"newsline/data"
)

func tlBar(t *testing.T) (*FilterBar, *Filter, *data.Store) {
	t.Helper()
	test.NewTempApp(t)
	st := tlCase(t)
	f := NewFilter()
	b := NewFilterBar(st, f)
	b.Reload()
	b.pending.Wait()
	test.NewTempWindow(t, b)
	return b, f, st
}

func TestFilterBarDates(t *testing.T) {
	b, f, _ := tlBar(t)
	test.Type(b.from, "2023-09")
	test.Type(b.to, "2023")
	got := f.Get()
	if got.From != data.ParseValue("2023-09").Start || got.To != data.ParseValue("2024").Start {
		t.Errorf("from %v to %v", got.From.Time(), got.To.Time())
	}
	if b.from.Text != "2023-09" {
		t.Errorf("the entry was rewritten to %q while typing", b.from.Text)
	}
	f.Update(func(f *data.Filter) {
		f.From, f.To = data.ParseValue("2022-07-13").Start, data.ParseValue("2022-08-01").Start
	})
	if b.from.Text != "2022-07-13" || b.to.Text != "2022-07-31" {
		t.Errorf("after a range set elsewhere: %q – %q", b.from.Text, b.to.Text)
	}
}

func TestFilterBarActorsFromElsewhere(t *testing.T) {
	b, f, st := tlBar(t)
	evs, err := st.TimelineEvents(t.Context(), data.Filter{EventTypes: []string{"RECOGNIZE"}})
	if err != nil || len(evs) != 1 {
		t.Fatal(evs, err)
	}
	nk := evs[0].Actors[0]
	f.Update(func(f *data.Filter) { f.ActorIDs = []int64{nk.ActorID} })
	if len(b.chips.Objects) != 1 || b.chips.Objects[0].(*widget.Button).Text != nk.Name {
		t.Fatalf("chips %v", b.chips.Objects)
	}
	test.Tap(b.chips.Objects[0].(*widget.Button))
	if ids := f.Get().ActorIDs; len(ids) != 0 {
		t.Errorf("chip tap left %v", ids)
	}
	b.actor.SetText("Sergei Lavrov")
	if ids := f.Get().ActorIDs; len(ids) != 1 || b.names[ids[0]] != "Sergei Lavrov" {
		t.Errorf("picked %v", ids)
	}
}

func TestFilterBarTypesSourcesTextClear(t *testing.T) {
	b, f, _ := tlBar(t)
	if len(b.types.Options) != 7 {
		t.Fatalf("type options %v", b.types.Options)
	}
	b.types.SetSelected([]string{"Visit", "Meet"})
	b.sources.SetSelected("3+")
	test.Type(b.text, "Pyongyang")
	b.text.OnSubmitted(b.text.Text)
	got := f.Get()
	if len(got.EventTypes) != 2 || got.EventTypes[0] != "MEET" || got.MinSources != 3 || got.Text != "Pyongyang" {
		t.Errorf("filter %+v", got)
	}
	test.Tap(b.clear)
	if got := f.Get(); got.Text != "" || got.EventTypes != nil || got.MinSources != 0 ||
		b.text.Text != "" || len(b.types.Selected) != 0 || b.sources.Selected != "any" {
		t.Errorf("after Clear: %+v, text %q types %v", got, b.text.Text, b.types.Selected)
	}
}

func TestFilterBarDateHints(t *testing.T) {
	b, _, _ := tlBar(t)
	if b.from.PlaceHolder != "from YYYY-MM-DD" {
		t.Errorf("before hints: %q", b.from.PlaceHolder)
	}
	b.SetDateHints(data.ParseValue("2020-01-03").Start, data.ParseValue("2023-12-30").Start)
	if b.from.PlaceHolder != "from 2020-01-03" || b.to.PlaceHolder != "to 2023-12-30" {
		t.Errorf("hints %q, %q", b.from.PlaceHolder, b.to.PlaceHolder)
	}
	b.SetDateHints(0, 0) // an empty case keeps the format
	if b.from.PlaceHolder != "from 2020-01-03" {
		t.Errorf("an empty span changed the hint to %q", b.from.PlaceHolder)
	}
}
