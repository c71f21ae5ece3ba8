package app

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"newsline/app/extract"
	"newsline/app/story"
	"newsline/data"
	"newsline/views"
)

// importPaths imports files and folders in the background with the progress
// panel, refreshes the views as articles land and shows the report at the end.
func (u *ui) importPaths(paths []string) {
	u.mu.Lock()
	st := u.store
	busy := u.cancel != nil
	u.mu.Unlock()
	if st == nil {
		return
	}
	if busy {
		dialog.ShowInformation("Import running", "Wait for the running import to finish, or cancel it.", u.win)
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	u.mu.Lock()
	u.cancel = cancel
	u.mu.Unlock()
	u.progress.Start("Importing", cancel)
	go func() {
		defer cancel()
		lastReload := time.Now()
		res, err := importAndAssemble(ctx, st, paths, func(done, total int, current string) {
			u.progress.Update(done, total, filepath.Base(current))
			if time.Since(lastReload) > 2*time.Second {
				lastReload = time.Now()
				fyne.Do(u.reloadViews)
			}
		})
		u.progress.Finish()
		fyne.Do(func() {
			u.reloadViews()
			if err != nil {
				dialog.ShowError(err, u.win)
			}
			views.ShowImportReport(reportOf(res), u.win)
			u.status.SetText(reportOf(res).Summary())
			go u.showCaseSummary(st) // the date hints
			u.mu.Lock()
			u.cancel = nil // last: the next import may start
			u.mu.Unlock()
		})
	}()
}

// reanalyseCase re-analyses, in the background with the progress panel,
// the articles of st that an older extractor analysed, then reloads the
// views. Nothing shows when there are none; when an import starts first,
// the re-analysis waits for the next time the case opens.
func (u *ui) reanalyseCase(st *data.Store) {
	go func() {
		stale, err := st.StaleArticles(context.Background(), extract.Version)
		if err != nil || len(stale) == 0 {
			return
		}
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		u.mu.Lock()
		if u.cancel != nil || u.store != st {
			u.mu.Unlock()
			return
		}
		u.cancel = cancel
		u.mu.Unlock()
		fyne.DoAndWait(func() { u.progress.Start("Re-analysing", cancel) })
		n, err := reanalyseStale(ctx, st, func(done, total int, current string) {
			u.progress.Update(done, total, current)
		})
		u.progress.Finish()
		fyne.Do(func() {
			if err != nil && !errors.Is(err, context.Canceled) {
				dialog.ShowError(err, u.win)
			}
			if n > 0 {
				u.status.SetText(fmt.Sprintf("Re-analysed %d articles with the new extractor.", n))
				u.reloadViews()
			}
			u.mu.Lock()
			u.cancel = nil
			u.mu.Unlock()
		})
	}()
}

func (u *ui) reloadViews() {
	if u.views != nil {
		u.views.reload()
	}
}

func reportOf(res ImportResult) views.ImportReport {
	r := views.ImportReport{Added: res.Added, Duplicates: res.Duplicates, Cancelled: res.Cancelled}
	for _, f := range res.Failed {
		r.Failed = append(r.Failed, views.ImportFailure{Path: f.Path, Reason: f.Reason})
	}
	return r
}

// importAndAssemble imports paths, then places the new articles' events in
// story events.
// Assembly runs even after a cancelled import, so that the articles that
// were stored take their place in the story.
func importAndAssemble(ctx context.Context, st *data.Store, paths []string, progress Progress) (ImportResult, error) {
	total := 0
	res, err := Import(ctx, st, paths, func(done, n int, current string) {
		total = n
		if progress != nil {
			progress(done, n, current)
		}
	})
	if err != nil {
		return res, err
	}
	if len(res.Added) == 0 {
		// Nothing new, but an earlier import may have stopped (a crash, a
		// cancel) between storing its articles and assembling them.
		pending, err := st.StoriesPending(context.WithoutCancel(ctx))
		if err != nil || !pending {
			return res, err
		}
	}
	if progress != nil {
		// Assembly can take a minute on a case of 100,000 articles.
		progress(total, total, "Placing the new events in story events…")
	}
	if _, err := story.Assemble(context.WithoutCancel(ctx), st); err != nil {
		return res, fmt.Errorf("assemble story events: %w", err)
	}
	return res, nil
}

func (u *ui) onUndo() { u.curationStep(true) }
func (u *ui) onRedo() { u.curationStep(false) }

func (u *ui) curationStep(undo bool) {
	if u.views == nil {
		return
	}
	if undo {
		u.views.actors.Undo()
	} else {
		u.views.actors.Redo()
	}
}

// editArticle saves an article's new metadata and re-analyses its text so
// that its relative dates are anchored to the new publication date.
func (u *ui) editArticle(id int64, title, outlet, published string) error {
	u.mu.Lock()
	st := u.store
	u.mu.Unlock()
	if st == nil {
		return errors.New("no case is open")
	}
	pub := data.ParseValue(published)
	if published != "" && !pub.Known {
		return fmt.Errorf("publication date %q is not a date such as 2023-09-13, 2023-09 or 2023", published)
	}
	return reanalyse(context.Background(), st, id, title, outlet, pub)
}

// reanalyse stores new metadata for an article and replaces its analysis with
// one anchored to the new publication date.
func reanalyse(ctx context.Context, st *data.Store, id int64, title, outlet string, pub data.DateRange) error {
	a, err := st.Article(ctx, id)
	if err != nil {
		return err
	}
	if err := st.UpdateArticleMeta(ctx, id, title, outlet, pub); err != nil {
		return err
	}
	return replaceAnalysis(ctx, st, a, title, outlet, pub)
}
