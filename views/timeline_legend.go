package views

import (
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"

	"newsline/data"
	"newsline/views/chart"
)

// setLegend shows a swatch per event type present, then what the mark
// shapes mean.
func (t *Timeline) setLegend(events []data.Event) {
	t.setLegendTypes(chart.LegendTypes(events), slices.ContainsFunc(events, func(e data.Event) bool { return e.Conflict }))
}

// setLegendTypes shows a swatch per type of types, the mark shapes and,
// when conflict, the date conflict badge.
func (t *Timeline) setLegendTypes(types []string, conflict bool) {
	var items []fyne.CanvasObject
	for _, typ := range types {
		items = append(items, legendItem(dot(chart.TypeColor(typ), false), chart.TypeName(typ)))
	}
	grey := chart.TypeColor("STATEMENT")
	items = append(items, layout.NewSpacer(),
		legendItem(dot(grey, false), "day"),
		legendItem(bar(grey), "month/year"),
		legendItem(dot(fade(grey, 0.45), false), "approx."),
		legendItem(dot(grey, true), "planned"))
	if conflict {
		items = append(items, legendItem(flagBadge(), "date conflict"))
	}
	t.legend.Objects = items
	t.legend.Refresh()
}

func legendItem(mark fyne.CanvasObject, label string) fyne.CanvasObject {
	text := canvas.NewText(label, theme.Color(theme.ColorNameForeground))
	text.TextSize = labelTextSize()
	return container.NewHBox(container.NewCenter(mark), container.NewCenter(text), layout.NewSpacer())
}

// dot is a legend mark like a day-precision event, hollow when planned.
func dot(c color.Color, hollow bool) fyne.CanvasObject {
	d := canvas.NewCircle(c)
	if hollow {
		d.FillColor = color.Transparent
	}
	d.StrokeColor, d.StrokeWidth = c, 2
	return fixedSize(container.NewPadded(d), 2*chart.PointRadius+4, 2*chart.PointRadius+4)
}

// bar is a legend mark like an interval event.
func bar(c color.Color) fyne.CanvasObject {
	r := canvas.NewRectangle(c)
	r.CornerRadius = 2
	return fixedSize(r, 22, chart.SpanHeight)
}

// flagBadge is a legend mark like the badge of a story event whose sources
// disagree on its date.
func flagBadge() fyne.CanvasObject {
	d := canvas.NewCircle(chart.ConflictColor)
	t := canvas.NewText("!", color.White)
	t.TextStyle.Bold, t.TextSize, t.Alignment = true, labelTextSize()-2, fyne.TextAlignCenter
	size := 2*chart.FlagRadius + 2
	return fixedSize(container.NewStack(d, container.NewCenter(t)), size, size)
}

func fixedSize(o fyne.CanvasObject, w, h float64) fyne.CanvasObject {
	return container.NewGridWrap(fyne.NewSize(float32(w), float32(h)), o)
}
