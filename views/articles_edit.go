package views

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"newsline/data"
)

// articleForm holds the entries of the edit form.
type articleForm struct {
	title, outlet, published *widget.Entry
}

func newArticleForm(a data.Article) *articleForm {
	f := &articleForm{title: widget.NewEntry(), outlet: widget.NewEntry(), published: widget.NewEntry()}
	f.title.SetText(a.Title)
	f.outlet.SetText(a.Outlet)
	f.published.SetText(a.Published.Value)
	f.published.SetPlaceHolder("2023-09-13, 2023-09 or 2023")
	f.published.Validator = validatePublished
	return f
}

func (f *articleForm) items() []*widget.FormItem {
	pub := widget.NewFormItem("Published", f.published)
	pub.HintText = "Relative dates in the text are re-read from this date"
	return []*widget.FormItem{
		widget.NewFormItem("Title", f.title),
		widget.NewFormItem("Outlet", f.outlet),
		pub,
	}
}

// validatePublished accepts an empty date or a calendar day, month or year.
func validatePublished(s string) error {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	r := data.ParseValue(s)
	if !r.Known || (r.Precision != data.PrecisionDay && r.Precision != data.PrecisionMonth && r.Precision != data.PrecisionYear) {
		return errors.New("use a date such as 2023-09-13, 2023-09 or 2023")
	}
	return nil
}

// onEdit opens the edit form for the article in the reader.
func (v *Articles) onEdit() {
	id := v.current
	a, err := v.store.Article(context.Background(), id)
	if err != nil {
		v.showError(err)
		return
	}
	f := newArticleForm(a)
	d := dialog.NewForm("Edit article", "Save", "Cancel", f.items(), func(ok bool) {
		if ok {
			v.saveEdit(id, f)
		}
	}, v.win)
	d.Resize(fyne.NewSize(520, 300))
	d.Show()
}

// saveEdit hands the form to OnEditArticle and shows the result.
func (v *Articles) saveEdit(id int64, f *articleForm) {
	if v.OnEditArticle == nil {
		return
	}
	err := v.OnEditArticle(id, strings.TrimSpace(f.title.Text), strings.TrimSpace(f.outlet.Text), strings.TrimSpace(f.published.Text))
	if err != nil {
		v.showError(fmt.Errorf("save article: %w", err))
		return
	}
	v.Reload()
	v.ShowArticle(id, -1)
	call(v.OnChanged)
}

// onDelete asks before deleting the article in the reader.
func (v *Articles) onDelete() {
	id := v.current
	title := v.reader.title.Text
	msg := fmt.Sprintf("Delete “%s” from the case?\nIts mentions and events go with it.", title)
	dialog.ShowConfirm("Delete article", msg, func(ok bool) {
		if ok {
			v.deleteArticle(id)
		}
	}, v.win)
}

func (v *Articles) deleteArticle(id int64) {
	if err := v.store.DeleteArticle(context.Background(), id); err != nil {
		v.showError(err)
		return
	}
	v.closeReader()
	v.table.UnselectAll()
	v.Reload()
	call(v.OnChanged)
}
