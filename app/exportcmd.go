package app

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"newsline/data"
)

// exportFlags are the options shared by the export subcommands: where to
// write, in which format, and the filter.
type exportFlags struct {
	fs         *flag.FlagSet
	out        *string
	format     *string
	from, to   *string
	actors     multiFlag
	types      multiFlag
	search     *string
	minSources *int
	width      *int
	height     *int
	title      *string
}

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func newExportFlags(kind string, stderr io.Writer) *exportFlags {
	f := &exportFlags{fs: flag.NewFlagSet("export "+kind, flag.ContinueOnError)}
	f.fs.SetOutput(stderr)
	f.out = f.fs.String("out", "", "output file (default: standard output for text formats)")
	f.format = f.fs.String("format", "", "output format (default: from the --out extension)")
	f.from = f.fs.String("from", "", "first date: YYYY, YYYY-MM or YYYY-MM-DD")
	f.to = f.fs.String("to", "", "last date: YYYY, YYYY-MM or YYYY-MM-DD (inclusive)")
	f.fs.Var(&f.actors, "actor", "only events and links involving this actor (repeatable)")
	f.fs.Var(&f.types, "type", "only this event type (repeatable)")
	f.search = f.fs.String("search", "", "only articles matching this full-text query")
	f.minSources = f.fs.Int("min-sources", 0, "only events reported by at least this many independent sources")
	f.width = f.fs.Int("width", 1600, "image width in pixels")
	f.height = f.fs.Int("height", 900, "image height in pixels")
	f.title = f.fs.String("title", "", "title drawn on the image")
	return f
}

// formatOf is the --format flag or the --out file's extension.
func (f *exportFlags) formatOf(def string) string {
	if *f.format != "" {
		return strings.ToLower(*f.format)
	}
	if i := strings.LastIndexByte(*f.out, '.'); i >= 0 {
		return strings.ToLower((*f.out)[i+1:])
	}
	return def
}

// filter turns the flags into a data.Filter, resolving actor names.
func (f *exportFlags) filter(ctx context.Context, st *data.Store) (data.Filter, error) {
	var flt data.Filter
	if *f.from != "" {
		r := data.ParseValue(*f.from)
		if !r.Known {
			return flt, fmt.Errorf("--from %q is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", *f.from)
		}
		flt.From = r.Start
	}
	if *f.to != "" {
		r := data.ParseValue(*f.to)
		if !r.Known {
			return flt, fmt.Errorf("--to %q is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", *f.to)
		}
		flt.To = r.End
	}
	for _, name := range f.actors {
		id, err := actorID(ctx, st, name)
		if err != nil {
			return flt, err
		}
		flt.ActorIDs = append(flt.ActorIDs, id)
	}
	for _, t := range f.types {
		flt.EventTypes = append(flt.EventTypes, strings.ToUpper(t))
	}
	flt.Text = *f.search
	flt.MinSources = *f.minSources
	return flt, nil
}

// actorID finds an actor by name or alias, ignoring case.
func actorID(ctx context.Context, st *data.Store, name string) (int64, error) {
	actors, err := st.Actors(ctx, data.ActorQuery{IncludeHidden: true})
	if err != nil {
		return 0, err
	}
	for _, a := range actors {
		if strings.EqualFold(a.Name, name) {
			return a.ID, nil
		}
	}
	for _, a := range actors {
		for _, al := range a.Aliases {
			if strings.EqualFold(al, name) {
				return a.ID, nil
			}
		}
	}
	return 0, fmt.Errorf("no actor named %q in the case", name)
}

// create opens the --out file, or standard output when none is given and
// the format is text.
func (f *exportFlags) create(stdout io.Writer, binary bool) (io.Writer, func() error, error) {
	if *f.out == "" || *f.out == "-" {
		if binary {
			return nil, nil, fmt.Errorf("--out FILE is required for this format")
		}
		return stdout, func() error { return nil }, nil
	}
	file, err := os.Create(*f.out)
	if err != nil {
		return nil, nil, fmt.Errorf("create %s: %w", *f.out, err)
	}
	return file, file.Close, nil
}

func (c *cli) exportCmd(args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(c.stderr, "newsline export: say what to export: timeline, network, chart, events or timelinejs")
		return 2
	}
	kind, rest := args[0], args[1:]
	var sub string
	if kind == "chart" {
		if len(rest) == 0 || strings.HasPrefix(rest[0], "-") {
			fmt.Fprintln(c.stderr, "newsline export chart: say which chart: mentions, trend, events or outlets")
			return 2
		}
		sub, rest = rest[0], rest[1:]
	}
	f := newExportFlags(kind, c.stderr)
	if err := f.fs.Parse(rest); err != nil {
		return 2
	}
	run, ok := exporters[kind]
	if !ok {
		fmt.Fprintf(c.stderr, "newsline export: unknown kind %q (timeline, network, chart, events, timelinejs)\n", kind)
		return 2
	}
	return c.withStore(func(ctx context.Context, st *data.Store) int {
		flt, err := f.filter(ctx, st)
		if err == nil {
			err = run(ctx, st, exportJob{flags: f, filter: flt, sub: sub, stdout: c.stdout})
		}
		if err != nil {
			fmt.Fprintf(c.stderr, "newsline export %s: %v\n", kind, err)
			return 1
		}
		if *f.out != "" {
			fmt.Fprintf(c.stdout, "wrote %s\n", *f.out)
		}
		return 0
	})
}

// exportJob is one export request.
type exportJob struct {
	flags  *exportFlags
	filter data.Filter
	sub    string // chart name
	stdout io.Writer
}

// exporters maps export kinds to their writers.
var exporters = map[string]func(ctx context.Context, st *data.Store, j exportJob) error{
	"timeline":   exportTimeline,
	"network":    exportNetwork,
	"chart":      exportChart,
	"events":     exportEvents,
	"timelinejs": exportTimelineJS,
}
