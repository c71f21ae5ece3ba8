package views

import (
	"errors"
	"fmt"
	"io"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
	"gonum.org/v1/plot/vg"

	"newsline/views/chart"
)

// exportWriter writes a picture in format at width × height points.
type exportWriter func(w io.Writer, format string, width, height vg.Length) error

// ShowExportDialog is File ▸ Export chart…: it asks for a format (PNG, SVG
// or PDF) and a size in pixels, then for a file, and writes the chart
// shown.
func (c *Charts) ShowExportDialog(win fyne.Window) {
	p := c.Plot()
	if p == nil {
		dialog.ShowInformation("Export chart", "The chart is still being drawn.", win)
		return
	}
	showExportDialog(win, "Export chart", "chart-"+c.Kind(), func(w io.Writer, format string, width, height vg.Length) error {
		return chart.Write(w, p, format, width, height)
	})
}

// ShowExportDialog is File ▸ Export network image…: the network as shown,
// as PNG, SVG or PDF at a chosen size.
func (n *Network) ShowExportDialog(win fyne.Window) {
	showExportDialog(win, "Export network image", "network", n.Export)
}

// showExportDialog asks for format and size, then for the file to write.
func showExportDialog(win fyne.Window, title, name string, write exportWriter) {
	format := widget.NewSelect(chart.Formats, nil)
	format.SetSelected("png")
	width, height := widget.NewEntry(), widget.NewEntry()
	width.SetText("1200")
	height.SetText("800")
	items := []*widget.FormItem{
		widget.NewFormItem("Format", format),
		widget.NewFormItem("Width (px)", width),
		widget.NewFormItem("Height (px)", height),
	}
	dialog.ShowForm(title, "Choose file…", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		w, h, err := exportSize(width.Text, height.Text)
		if err != nil {
			dialog.ShowError(err, win)
			return
		}
		saveExport(win, name+"."+format.Selected, format.Selected, w, h, write)
	}, win)
}

// exportSize parses a size in pixels (CSS pixels: 96 per inch) into points.
func exportSize(w, h string) (vg.Length, vg.Length, error) {
	wp, err1 := strconv.Atoi(w)
	hp, err2 := strconv.Atoi(h)
	if err := errors.Join(err1, err2); err != nil || wp < 100 || hp < 100 || wp > 10000 || hp > 10000 {
		return 0, 0, fmt.Errorf("the size must be two whole numbers of pixels between 100 and 10000")
	}
	return vg.Length(wp) * 0.75, vg.Length(hp) * 0.75, nil
}

func saveExport(win fyne.Window, file, format string, w, h vg.Length, write exportWriter) {
	d := dialog.NewFileSave(func(out fyne.URIWriteCloser, err error) {
		if err != nil || out == nil {
			return
		}
		werr := write(out, format, w, h)
		if cerr := out.Close(); werr == nil {
			werr = cerr
		}
		if werr != nil {
			dialog.ShowError(fmt.Errorf("export %s: %w", out.URI().Name(), werr), win)
		}
	}, win)
	d.SetFileName(file)
	d.Show()
}
