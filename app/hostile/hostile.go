// Package hostile generates folders of hostile input files for robustness
// tests of the import pipeline: binary junk, empty and zero-byte files, huge
// text, invalid UTF-8, deeply nested and script-filled HTML, truncated and
// malformed PDFs, decompression bombs, symlink loops, unreadable files and
// odd names, mixed with good articles from app/corpus. A Manifest says which
// files must be stored, which must be refused, and why.
package hostile

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"

	"newsline/app/corpus"
)

// Expect is what an import must do with a file.
type Expect string

// The outcomes a file may be expected to have.
const (
	Stored  Expect = "stored"  // a good article: it must be stored
	Refused Expect = "refused" // it must be refused with a reason
	Either  Expect = "either"  // legitimate but extreme: stored, or refused with a reason
)

// Entry is one generated file.
type Entry struct {
	Name   string `json:"-"`    // path relative to the folder; may hold any byte but NUL and '/'
	Quoted string `json:"name"` // Name as a Go string literal, for JSON
	Kind   string `json:"kind"`
	Expect Expect `json:"expect"`
	Why    string `json:"why"`
	Size   int64  `json:"size"` // bytes written (0 for links and special files)
}

// Manifest lists the files of a generated folder.
type Manifest struct {
	Dir     string  `json:"dir"`
	Seed    int64   `json:"seed"`
	Entries []Entry `json:"entries"`
}

// Path returns the path of e inside the manifest's folder.
func (m Manifest) Path(e Entry) string { return filepath.Join(m.Dir, e.Name) }

// Select returns the entries expected to have outcome x.
func (m Manifest) Select(x Expect) []Entry {
	var out []Entry
	for _, e := range m.Entries {
		if e.Expect == x {
			out = append(out, e)
		}
	}
	return out
}

// WriteJSON writes the manifest as indented JSON to path.
func (m Manifest) WriteJSON(path string) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// Options shape a generated folder.
type Options struct {
	Files int   // number of files, about 40 % of them good articles
	Seed  int64 // same seed, same files
	// Huge adds the expensive files: a 50 MB text, a 10 MB line, and
	// decompression bombs that expand to 2 GB. Each appears once.
	Huge bool
	// GoodPct is the percentage of good articles; 0 means 40.
	GoodPct int
}

// gen writes files into one folder and records them.
type gen struct {
	dir  string
	r    *rand.Rand
	arts []corpus.Article
	next int // next unused corpus article
	m    Manifest
}

// Generate writes opts.Files files into dir (created if needed) and returns
// their manifest. The same options give the same files.
func Generate(dir string, opts Options) (Manifest, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Manifest{}, fmt.Errorf("hostile: %w", err)
	}
	if opts.GoodPct <= 0 {
		opts.GoodPct = 40
	}
	g := &gen{
		dir:  dir,
		r:    rand.New(rand.NewSource(opts.Seed)),
		arts: corpus.Generate(corpus.Options{Articles: opts.Files + 1, Seed: opts.Seed}),
		m:    Manifest{Dir: dir, Seed: opts.Seed},
	}
	if err := g.run(opts); err != nil {
		return g.m, fmt.Errorf("hostile: %w", err)
	}
	return g.m, nil
}

// run writes the fixed files first (one of each rare kind), then fills up
// to opts.Files with a random mix of good and bad files.
func (g *gen) run(opts Options) error {
	var fixed []maker
	if opts.Huge {
		fixed = append(fixed, hugeMakers...)
	}
	fixed = append(fixed, onceMakers...)
	for _, mk := range fixed {
		if len(g.m.Entries) >= opts.Files {
			break
		}
		if err := mk(g); err != nil {
			return err
		}
	}
	for len(g.m.Entries) < opts.Files {
		var mk maker
		if g.r.Intn(100) < opts.GoodPct {
			mk = goodMakers[g.r.Intn(len(goodMakers))]
		} else {
			mk = badMakers[g.r.Intn(len(badMakers))]
		}
		if err := mk(g); err != nil {
			return err
		}
	}
	return nil
}

// maker writes one file (or link) and records its entry.
type maker func(g *gen) error

// name returns a fresh file name: a sequence number, the kind and ext.
func (g *gen) name(kind, ext string) string {
	return fmt.Sprintf("%04d-%s%s", len(g.m.Entries), kind, ext)
}

// article returns the next unused corpus article, so that no two good
// files hold the same text.
func (g *gen) article() corpus.Article {
	if g.next >= len(g.arts) {
		more := corpus.Generate(corpus.Options{Articles: 2 * len(g.arts), Seed: g.m.Seed})
		g.arts = more
	}
	a := g.arts[g.next]
	g.next++
	return a
}

// write creates name with data and records it.
func (g *gen) write(name, kind string, x Expect, why string, data []byte) error {
	if err := os.WriteFile(filepath.Join(g.dir, name), data, 0o644); err != nil {
		return err
	}
	g.add(Entry{Name: name, Kind: kind, Expect: x, Why: why, Size: int64(len(data))})
	return nil
}

func (g *gen) add(e Entry) {
	e.Quoted = strconv.Quote(e.Name)
	g.m.Entries = append(g.m.Entries, e)
}
