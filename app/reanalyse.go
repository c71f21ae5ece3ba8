package app

import (
	"context"
	"fmt"

	"newsline/app/extract"
	"newsline/app/ingest"
	"newsline/app/story"
	"newsline/data"
)

// reanalyseStale analyses again, with this extractor, the articles of st
// that an older one analysed (their metadata and the user's curation stay),
// then assembles the story events again. It reports progress after each
// article and returns how many it re-analysed; a cancelled run leaves every
// article either re-analysed or as it was.
func reanalyseStale(ctx context.Context, st *data.Store, progress Progress) (int, error) {
	ids, err := st.StaleArticles(ctx, extract.Version)
	if err != nil || len(ids) == 0 {
		return 0, err
	}
	done := 0
	for _, id := range ids {
		if ctx.Err() != nil {
			break
		}
		a, err := st.Article(ctx, id)
		if err != nil {
			return done, fmt.Errorf("re-analyse article %d: %w", id, err)
		}
		if progress != nil {
			progress(done, len(ids), a.Title)
		}
		if err := replaceAnalysis(ctx, st, a, a.Title, a.Outlet, a.Published); err != nil {
			return done, fmt.Errorf("re-analyse %q: %w", a.Title, err)
		}
		done++
	}
	if done > 0 {
		if _, err := story.Reassemble(context.WithoutCancel(ctx), st); err != nil {
			return done, fmt.Errorf("re-analyse: %w", err)
		}
	}
	if progress != nil {
		progress(done, len(ids), "")
	}
	return done, ctx.Err()
}

// replaceAnalysis replaces the analysis of stored article a with one of its
// text under the given title, outlet and publication date.
func replaceAnalysis(ctx context.Context, st *data.Store, a data.Article, title, outlet string, pub data.DateRange) error {
	doc := ingest.Document{Title: title, Text: a.Text, Outlet: outlet, URL: a.URL, Author: a.Author, Format: a.Format}
	return st.ReplaceAnalysis(ctx, a.ID, analyse(doc, a.SourcePath, pub))
}
