package views

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"newsline/data"
)

// Columns of the actor table.
const (
	actorColCheck = iota
	actorColName
	actorColType
	actorColMentions
	actorColArticles
	actorColAliases
)

var actorColumns = []struct {
	name  string
	width float32
}{
	{"", 40},
	{"Name", 240},
	{"Type", 120},
	{"Mentions", 90},
	{"Articles", 80},
	{"Aliases", 520},
}

func (v *Actors) newTable() *widget.Table {
	t := widget.NewTableWithHeaders(
		func() (int, int) { return len(v.rows), len(actorColumns) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			return container.NewStack(widget.NewCheck("", nil), l)
		},
		v.updateCell,
	)
	t.ShowHeaderColumn = false
	t.CreateHeader = func() fyne.CanvasObject {
		b := widget.NewButton("", nil)
		b.Importance = widget.LowImportance
		b.Alignment = widget.ButtonAlignLeading
		return b
	}
	t.UpdateHeader = v.updateHeader
	for i, c := range actorColumns {
		t.SetColumnWidth(i, c.width)
	}
	t.OnSelected = func(id widget.TableCellID) {
		t.UnselectAll()
		if id.Row >= 0 && id.Row < len(v.rows) {
			v.toggle(v.rows[id.Row].ID)
		}
	}
	return t
}

func (v *Actors) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	c := o.(*fyne.Container)
	check, label := c.Objects[0].(*widget.Check), c.Objects[1].(*widget.Label)
	if id.Row >= len(v.rows) {
		return
	}
	a := v.rows[id.Row]
	if id.Col == actorColCheck {
		label.Hide()
		check.Show()
		check.OnChanged = nil
		check.SetChecked(v.checked[a.ID])
		check.OnChanged = func(on bool) {
			if on != v.checked[a.ID] {
				v.toggle(a.ID)
			}
		}
		return
	}
	check.Hide()
	label.Show()
	label.TextStyle = fyne.TextStyle{Italic: a.Hidden}
	label.Importance = widget.MediumImportance
	if a.Hidden {
		label.Importance = widget.LowImportance
	}
	label.SetText(actorCell(a, id.Col))
}

func actorCell(a data.Actor, col int) string {
	switch col {
	case actorColName:
		return a.Name
	case actorColType:
		if a.Hidden {
			return "hidden"
		}
		return typeLabel(a.Type)
	case actorColMentions:
		return strconv.Itoa(a.Mentions)
	case actorColArticles:
		return strconv.Itoa(a.Articles)
	case actorColAliases:
		return strings.Join(a.Aliases, ", ")
	}
	return ""
}

// actorTypes are the types an actor can be given, with their labels.
var actorTypes = []struct{ code, label string }{
	{data.ActorPerson, "Person"},
	{data.ActorOrg, "Organisation"},
	{data.ActorGPE, "Country/city"},
	{data.ActorLoc, "Place"},
}

func typeLabel(code string) string {
	for _, t := range actorTypes {
		if t.code == code {
			return t.label
		}
	}
	return code
}

func typeCode(label string) string {
	for _, t := range actorTypes {
		if t.label == label {
			return t.code
		}
	}
	return label
}

func (v *Actors) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	b := o.(*widget.Button)
	if id.Col < 0 || id.Col == actorColCheck {
		b.SetText("")
		b.OnTapped = nil
		return
	}
	text := actorColumns[id.Col].name
	if id.Col == v.sortCol {
		text += sortArrow(v.sortAsc)
	}
	b.SetText(text)
	col := id.Col
	b.OnTapped = func() { v.sortBy(col) }
}

// sortBy sorts by col, flipping the direction when it already sorts by it.
// Names and types sort A to Z first, counts most first.
func (v *Actors) sortBy(col int) {
	if v.sortCol == col {
		v.sortAsc = !v.sortAsc
	} else {
		v.sortCol, v.sortAsc = col, col == actorColName || col == actorColType
	}
	v.sortRows()
	v.table.Refresh()
}
