package app

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"

	"newsline/app/ingest"
	"newsline/data"
)

// Failure is a file that could not be imported, and why.
type Failure struct {
	Path   string
	Reason string
}

// ImportResult reports what an import did with every file.
type ImportResult struct {
	Added      []string
	Duplicates []string // already in the case
	Failed     []Failure
	Cancelled  bool
	ArticleIDs []int64 // articles added, in input order
}

// Progress is told, after each file, how many of total are done and which file
// was last handled. It is called from the importing goroutine.
type Progress func(done, total int, current string)

// expand turns files and folders into the list of files to import, in a
// stable order: arguments as given, folders walked recursively in lexical
// order, hidden files and folders skipped. Unreadable paths become failures.
func expand(paths []string) ([]string, []Failure) {
	var files []string
	var failed []Failure
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			failed = append(failed, Failure{p, statReason(err)})
			continue
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				failed = append(failed, Failure{path, statReason(err)})
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			failed = append(failed, Failure{p, err.Error()})
		}
	}
	return files, failed
}

func statReason(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or folder"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return err.Error()
}

type analysed struct {
	index   int
	path    string
	article data.NewArticle
	err     error
}

// Import reads, analyses and stores every file under paths. Files are read
// and analysed by one worker per core; articles are stored one transaction
// each, in input order, so what is stored does not depend on scheduling.
// Cancelling ctx stops after the article being stored: every finished
// article stays, nothing is half-done.
func Import(ctx context.Context, st *data.Store, paths []string, progress Progress) (ImportResult, error) {
	files, failed := expand(paths)
	res := ImportResult{Failed: failed}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	results := analyseAll(ctx, files)
	defer func() {
		cancel()
		for range results { // let the workers finish
		}
	}()
	pending := map[int]analysed{}
	next := 0
	for r := range results {
		pending[r.index] = r
		for {
			cur, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if err := store(ctx, st, cur, &res); err != nil {
				return res, err
			}
			if progress != nil {
				progress(next, len(files), cur.path)
			}
		}
		if ctx.Err() != nil {
			break
		}
	}
	if ctx.Err() != nil && next < len(files) {
		res.Cancelled = true
	}
	sort.SliceStable(res.Failed, func(i, j int) bool { return res.Failed[i].Path < res.Failed[j].Path })
	return res, nil
}

// store saves one analysed file, recording the outcome in res. It returns an
// error only when the case itself failed (disk full, file locked), which ends
// the import.
func store(ctx context.Context, st *data.Store, a analysed, res *ImportResult) error {
	if a.err != nil {
		res.Failed = append(res.Failed, Failure{a.path, failureReason(a.path, a.err)})
		return nil
	}
	if ctx.Err() != nil {
		return nil
	}
	id, added, err := st.SaveArticle(ctx, a.article)
	switch {
	case errors.Is(err, context.Canceled):
		return nil
	case err != nil:
		return fmt.Errorf("store %s: %w", a.path, err)
	case added:
		res.Added = append(res.Added, a.path)
		res.ArticleIDs = append(res.ArticleIDs, id)
	default:
		res.Duplicates = append(res.Duplicates, a.path)
	}
	return nil
}

// failureReason is the error message without the path prefix the readers add.
func failureReason(path string, err error) string {
	msg := err.Error()
	msg = strings.TrimPrefix(msg, "read ")
	if rest, ok := strings.CutPrefix(msg, strconv.Quote(path)); ok {
		msg = rest // ingest quotes names holding newlines or invalid UTF-8
	} else {
		msg = strings.TrimPrefix(msg, path)
	}
	msg = strings.TrimLeft(msg, ": ")
	if msg == "" {
		return err.Error()
	}
	return msg
}

// analyseAll reads and analyses files on one worker per core. Results arrive
// in any order; the channel closes when all are done or ctx is cancelled.
func analyseAll(ctx context.Context, files []string) <-chan analysed {
	jobs := make(chan int)
	out := make(chan analysed, runtime.NumCPU())
	var wg sync.WaitGroup
	for w := 0; w < runtime.NumCPU(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				out <- analyseFile(ctx, i, files[i])
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range files {
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func analyseFile(ctx context.Context, i int, path string) (r analysed) {
	r = analysed{index: i, path: path}
	defer func() {
		if p := recover(); p != nil {
			r.err = fmt.Errorf("%s: internal error while analysing: %v", path, p)
		}
	}()
	doc, err := ingest.ReadContext(ctx, path)
	if err != nil {
		r.err = err
		return r
	}
	r.article = analyse(doc, path, publishedRange(doc))
	return r
}
