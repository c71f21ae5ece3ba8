package app

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsline/data"
)

// cli runs the subcommands against one case file.
type cli struct {
	db     string
	stdout io.Writer
	stderr io.Writer
}

// open opens the case named by --db, or the default case.
func (c *cli) open() (*data.Store, error) {
	path := c.db
	if path == "" {
		p, err := data.DefaultPath()
		if err != nil {
			return nil, err
		}
		path = p
	}
	return data.Open(path)
}

// withStore opens the case, runs fn with a context cancelled on Ctrl+C, and
// closes the case.
func (c *cli) withStore(fn func(ctx context.Context, st *data.Store) int) int {
	st, err := c.open()
	if err != nil {
		fmt.Fprintf(c.stderr, "newsline: %v\n", err)
		return 1
	}
	defer st.Close()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if n, err := reanalyseStale(ctx, st, nil); err != nil {
		fmt.Fprintf(c.stderr, "newsline: %v\n", err)
		return 1
	} else if n > 0 {
		fmt.Fprintf(c.stderr, "newsline: re-analysed %d articles with the new extractor\n", n)
	}
	return fn(ctx, st)
}

func (c *cli) importCmd(args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(c.stderr, "newsline import: no files or folders given")
		return 2
	}
	return c.withStore(func(ctx context.Context, st *data.Store) int {
		res, err := importAndAssemble(ctx, st, args, nil)
		c.printReport(res)
		if err != nil {
			fmt.Fprintf(c.stderr, "newsline: %v\n", err)
			return 1
		}
		if len(res.Failed) > 0 || res.Cancelled {
			return 1
		}
		return 0
	})
}

func (c *cli) printReport(res ImportResult) {
	fmt.Fprintf(c.stdout, "imported %d, already in case %d, failed %d\n",
		len(res.Added), len(res.Duplicates), len(res.Failed))
	if res.Cancelled {
		fmt.Fprintln(c.stdout, "import cancelled: finished articles were kept")
	}
	for _, f := range res.Failed {
		fmt.Fprintf(c.stderr, "%s: %s\n", printablePath(f.Path), f.Reason)
	}
}

// printablePath is path as is, or quoted when it holds a line break, a
// control character or invalid UTF-8, so that each failure stays one line.
func printablePath(path string) string {
	if !utf8.ValidString(path) || strings.ContainsFunc(path, unicode.IsControl) {
		return strconv.Quote(path)
	}
	return path
}

func (c *cli) statsCmd(args []string) int {
	if len(args) > 0 {
		fmt.Fprintln(c.stderr, "newsline stats: takes no arguments")
		return 2
	}
	return c.withStore(func(ctx context.Context, st *data.Store) int {
		s, err := st.Stats(ctx)
		if err != nil {
			fmt.Fprintf(c.stderr, "newsline: %v\n", err)
			return 1
		}
		fmt.Fprintf(c.stdout, "case:     %s\n", st.Path())
		fmt.Fprintf(c.stdout, "articles: %d\nactors:   %d\nmentions: %d\nevents:   %d\n",
			s.Articles, s.Actors, s.Mentions, s.Events)
		fmt.Fprintf(c.stdout, "dates:    %s\n", dateSpan(s.FirstEvent, s.LastEvent))
		return 0
	})
}

func dateSpan(from, to data.Day) string {
	if from == 0 && to == 0 {
		return "none"
	}
	return from.Time().Format("2006-01-02") + " to " + to.Time().Format("2006-01-02")
}

func (c *cli) demoCmd(args []string) int {
	if len(args) > 0 {
		fmt.Fprintln(c.stderr, "newsline demo: takes no arguments")
		return 2
	}
	return c.withStore(func(ctx context.Context, st *data.Store) int {
		dir, err := writeDemo()
		if err != nil {
			fmt.Fprintf(c.stderr, "newsline: %v\n", err)
			return 1
		}
		res, err := importAndAssemble(ctx, st, []string{dir}, nil)
		c.printReport(res)
		if err != nil || len(res.Failed) > 0 {
			return 1
		}
		fmt.Fprintf(c.stdout, "demo corpus in %s\n", st.Path())
		return 0
	})
}

// writeDemo copies the embedded demo corpus next to the default case so that
// the articles' source paths stay valid, and returns its folder.
func writeDemo() (string, error) {
	def, err := data.DefaultPath()
	if err != nil {
		return "", err
	}
	dir := filepath.Join(filepath.Dir(def), "demo")
	if err := copyDemo(dir); err != nil {
		return "", fmt.Errorf("write demo corpus to %s: %w", dir, err)
	}
	return dir, nil
}
