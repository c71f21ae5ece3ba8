package app

import (
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"gonum.org/v1/plot/vg"

	"newsline/app/story"
	"newsline/data"
	"newsline/views"
	"newsline/views/chart"
)

// pixels turns the --width and --height flags into plot lengths: images are
// drawn at 96 dpi, so a pixel is three quarters of a point.
func (f *exportFlags) pixels() (vg.Length, vg.Length, error) {
	w, h := *f.width, *f.height
	if w < 100 || h < 100 || w > 10000 || h > 10000 {
		return 0, 0, fmt.Errorf("--width and --height must be between 100 and 10000 pixels")
	}
	return vg.Length(w) * 0.75, vg.Length(h) * 0.75, nil
}

// imageFormat checks that format is one of allowed.
func imageFormat(format string, allowed ...string) error {
	if !slices.Contains(allowed, format) {
		return fmt.Errorf("unknown format %q (%s)", format, strings.Join(allowed, ", "))
	}
	return nil
}

// writeOut creates the --out file (required for images), runs write on it
// and closes it, removing a half-written file on error.
func (f *exportFlags) writeOut(stdout io.Writer, binary bool, write func(io.Writer) error) error {
	w, done, err := f.create(stdout, binary)
	if err != nil {
		return err
	}
	werr := write(w)
	if cerr := done(); werr == nil {
		werr = cerr
	}
	if werr != nil && *f.out != "" && *f.out != "-" {
		os.Remove(*f.out)
	}
	return werr
}

func exportTimeline(ctx context.Context, st *data.Store, j exportJob) error {
	format := j.flags.formatOf("png")
	if err := imageFormat(format, "png", "svg"); err != nil {
		return err
	}
	// Lanes by actor, as the view opens: the --actor ones, else the actors
	// taking part in the most events.
	opt := chart.TimelineOptions{Title: *j.flags.title, Width: *j.flags.width, Height: *j.flags.height,
		Lanes: chart.LanesActors}
	return j.flags.writeOut(j.stdout, true, func(w io.Writer) error {
		return views.ExportTimeline(ctx, st, w, format, j.filter, opt)
	})
}

func exportChart(ctx context.Context, st *data.Store, j exportJob) error {
	format := j.flags.formatOf("png")
	if err := imageFormat(format, chart.Formats...); err != nil {
		return err
	}
	width, height, err := j.flags.pixels()
	if err != nil {
		return err
	}
	p, err := views.BuildChart(ctx, st, j.sub, j.filter)
	if err != nil {
		return err
	}
	if *j.flags.title != "" {
		p.Title.Text = *j.flags.title
	}
	return j.flags.writeOut(j.stdout, true, func(w io.Writer) error {
		return chart.Write(w, p, format, width, height)
	})
}

func exportNetwork(ctx context.Context, st *data.Store, j exportJob) error {
	format := j.flags.formatOf("png")
	if err := imageFormat(format, "png", "svg", "pdf", "gexf", "graphml", "csv"); err != nil {
		return err
	}
	a, err := analyzeCase(ctx, st, j.filter)
	if err != nil {
		return err
	}
	switch format {
	case "gexf":
		return j.flags.writeOut(j.stdout, false, func(w io.Writer) error { return story.WriteGEXF(w, a, typeColors(a)) })
	case "graphml":
		return j.flags.writeOut(j.stdout, false, func(w io.Writer) error { return story.WriteGraphML(w, a) })
	case "csv":
		return exportNetworkCSV(j, a)
	}
	width, height, err := j.flags.pixels()
	if err != nil {
		return err
	}
	title := *j.flags.title
	if title == "" {
		title = "Actor network"
	}
	return j.flags.writeOut(j.stdout, true, func(w io.Writer) error {
		return chart.Write(w, chart.NetworkPlot(chartNetwork(a), title), format, width, height)
	})
}

// exportNetworkCSV writes the nodes to --out and the edges, with the
// sentences behind each, next to it: nodes.csv and nodes-edges.csv.
func exportNetworkCSV(j exportJob, a *story.Analysis) error {
	if *j.flags.out == "" || *j.flags.out == "-" {
		return fmt.Errorf("--out FILE.csv is required: the nodes go there and the edges to FILE-edges.csv")
	}
	if err := j.flags.writeOut(j.stdout, true, func(w io.Writer) error { return story.WriteNodesCSV(w, a) }); err != nil {
		return err
	}
	edges := edgesPath(*j.flags.out)
	if err := writeFile(edges, func(w io.Writer) error { return story.WriteEdgesCSV(w, a) }); err != nil {
		return err
	}
	fmt.Fprintf(j.stdout, "wrote %s\n", edges)
	return nil
}

// edgesPath is the edges file next to the nodes file out.
func edgesPath(out string) string {
	return strings.TrimSuffix(out, ".csv") + "-edges.csv"
}
