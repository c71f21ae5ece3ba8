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
	"time"

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
			if !d.IsDir() && !isCaseFile(d.Name()) {
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

// isCaseFile reports whether a file met in a folder is a Newsline case or
// one of SQLite's files beside it: a folder holding the case being imported
// into is common, and these are never articles.
func isCaseFile(name string) bool {
	for _, suffix := range []string{".newsline", ".newsline-wal", ".newsline-shm", ".newsline-journal"} {
		if strings.HasSuffix(name, suffix) {
			return true
		}
	}
	return false
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
// and analysed by one worker per core; articles are stored in input order,
// so what is stored does not depend on scheduling. Consecutive analysed
// articles are stored in one transaction (at most batchSize articles, or what
// arrived within batchWait), each article still all-or-nothing, because a
// commit per article costs more than its rows. Cancelling ctx stops after
// the batch being stored: every finished article stays, nothing is half-done.
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
	b := batcher{ctx: ctx, st: st, res: &res, progress: progress, total: len(files)}
	pending := map[int]analysed{}
	next := 0
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	in := results
	for in != nil && ctx.Err() == nil {
		select {
		case r, ok := <-in:
			if !ok {
				in = nil
				break
			}
			pending[r.index] = r
			started := len(b.batch) > 0
			for cur, ok := pending[next]; ok; cur, ok = pending[next] {
				delete(pending, next)
				next++
				b.batch = append(b.batch, cur)
			}
			if len(b.batch) >= batchSize {
				timer.Stop()
				if err := b.flush(); err != nil {
					return res, err
				}
			} else if !started && len(b.batch) > 0 {
				timer.Reset(batchWait)
			}
		case <-timer.C:
			if err := b.flush(); err != nil {
				return res, err
			}
		}
	}
	timer.Stop()
	if err := b.flush(); err != nil {
		return res, err
	}
	if ctx.Err() != nil && b.done < len(files) {
		res.Cancelled = true
	}
	sort.SliceStable(res.Failed, func(i, j int) bool { return res.Failed[i].Path < res.Failed[j].Path })
	return res, nil
}

// Import batching: articles per transaction, and how long the first
// analysed article of a batch may wait for others.
const (
	batchSize = 256
	batchWait = 200 * time.Millisecond
)

// batcher stores analysed files in input order, a batch per transaction.
type batcher struct {
	ctx      context.Context
	st       *data.Store
	res      *ImportResult
	progress Progress
	total    int
	done     int
	batch    []analysed
}

// flush stores the batch, recording each file's outcome in res, and reports
// progress after the commit. It returns an error only when the case itself
// failed (disk full, file locked) or an article could not be stored, which
// ends the import; the articles before it in the batch stay stored.
func (b *batcher) flush() error {
	batch := b.batch
	b.batch = b.batch[:0]
	var arts []data.NewArticle
	for _, a := range batch {
		if a.err == nil {
			arts = append(arts, a.article)
		}
	}
	var saved []data.SaveResult
	var err error
	if len(arts) > 0 && b.ctx.Err() == nil {
		saved, err = b.st.SaveArticles(b.ctx, arts)
		if err != nil && !errors.Is(err, context.Canceled) {
			return fmt.Errorf("store %s: %w", batch[0].path, err)
		}
	}
	for _, a := range batch {
		if a.err != nil {
			b.res.Failed = append(b.res.Failed, Failure{a.path, failureReason(a.path, a.err)})
		} else if len(saved) == 0 {
			return nil // cancelled before this article was stored
		} else {
			r := saved[0]
			saved = saved[1:]
			switch {
			case r.Err != nil:
				return fmt.Errorf("store %s: %w", a.path, r.Err)
			case r.Added:
				b.res.Added = append(b.res.Added, a.path)
				b.res.ArticleIDs = append(b.res.ArticleIDs, r.ID)
			default:
				b.res.Duplicates = append(b.res.Duplicates, a.path)
			}
		}
		b.done++
		if b.progress != nil {
			b.progress(b.done, b.total, a.path)
		}
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
