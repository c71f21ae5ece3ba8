package app

import (
	"context"
	"fmt"
	"io"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"newsline/app/story"
	"newsline/data"
)

// networkDataFormats are File ▸ Export network data…'s choices.
var networkDataFormats = []string{"GEXF (Gephi)", "GraphML", "CSV (nodes and edges)"}

// exportNetworkData asks for a format and a file, then writes the network
// under the current filter as GEXF, GraphML or CSV.
func (u *ui) exportNetworkData(st *data.Store) {
	format := widget.NewSelect(networkDataFormats, nil)
	format.SetSelectedIndex(0)
	dialog.ShowForm("Export network data", "Choose file…", "Cancel",
		[]*widget.FormItem{widget.NewFormItem("Format", format)}, func(ok bool) {
			if !ok {
				return
			}
			ext := []string{".gexf", ".graphml", ".csv"}[format.SelectedIndex()]
			d := dialog.NewFileSave(func(out fyne.URIWriteCloser, err error) {
				if err != nil || out == nil {
					return
				}
				u.writeNetworkData(st, out, ext)
			}, u.win)
			d.SetFileName("network" + ext)
			d.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
			d.Show()
		}, u.win)
}

// writeNetworkData analyses the network off the UI goroutine and writes it
// to out; a CSV export writes the edges next to the nodes file.
func (u *ui) writeNetworkData(st *data.Store, out fyne.URIWriteCloser, ext string) {
	f := u.filter.Get()
	u.status.SetText("Exporting the network…")
	go func() {
		err := func() error {
			a, err := analyzeCase(context.Background(), st, f)
			if err != nil {
				out.Close()
				return err
			}
			werr := writeNetworkFormat(out, a, ext)
			if cerr := out.Close(); werr == nil {
				werr = cerr
			}
			if werr != nil || ext != ".csv" {
				return werr
			}
			if out.URI().Scheme() != "file" {
				return fmt.Errorf("the edges file needs a local folder")
			}
			return writeFile(edgesPath(out.URI().Path()), func(w io.Writer) error { return story.WriteEdgesCSV(w, a) })
		}()
		fyne.Do(func() {
			u.status.SetText("")
			if err != nil {
				dialog.ShowError(fmt.Errorf("export network %s: %w", out.URI().Name(), err), u.win)
				return
			}
			u.status.SetText("Exported the network to " + out.URI().Name())
		})
	}()
}

func writeNetworkFormat(w io.Writer, a *story.Analysis, ext string) error {
	switch ext {
	case ".gexf":
		return story.WriteGEXF(w, a, typeColors(a))
	case ".graphml":
		return story.WriteGraphML(w, a)
	default:
		return story.WriteNodesCSV(w, a)
	}
}

// writeFile creates path and runs write on it, removing it on error.
func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	werr := write(f)
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		os.Remove(path)
		return fmt.Errorf("write %s: %w", path, werr)
	}
	return nil
}
