package views

import (
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"newsline/data"
	"newsline/views/chart"
)

// metricColumns are the metrics table's columns with how each sorts and
// prints a node.
var metricColumns = []struct {
	title string
	width float32
	less  func(a, b chart.NetworkNode) bool
	text  func(n chart.NetworkNode) string
}{
	{"Actor", 130, func(a, b chart.NetworkNode) bool { return strings.ToLower(a.Name) < strings.ToLower(b.Name) },
		func(n chart.NetworkNode) string { return n.Name }},
	{"Degree", 66, func(a, b chart.NetworkNode) bool { return a.Degree > b.Degree },
		func(n chart.NetworkNode) string { return fmt.Sprint(n.Degree) }},
	{"Sentences", 84, func(a, b chart.NetworkNode) bool { return a.WeightedDegree > b.WeightedDegree },
		func(n chart.NetworkNode) string { return fmt.Sprintf("%.0f", n.WeightedDegree) }},
	{"Between", 78, func(a, b chart.NetworkNode) bool { return a.Betweenness > b.Betweenness },
		func(n chart.NetworkNode) string { return fmt.Sprintf("%.1f", n.Betweenness) }},
	{"PageRank", 76, func(a, b chart.NetworkNode) bool { return a.PageRank > b.PageRank },
		func(n chart.NetworkNode) string { return fmt.Sprintf("%.4f", n.PageRank) }},
	{"Group", 60, func(a, b chart.NetworkNode) bool { return a.Community < b.Community },
		func(n chart.NetworkNode) string { return fmt.Sprint(n.Community + 1) }},
}

// metricsTable lists the actors' metrics, sorted by the column whose
// header was tapped last; tapping a row follows the actor.
type metricsTable struct {
	table  *widget.Table
	nodes  []chart.NetworkNode
	sortBy int
	onNode func(id int64)
}

func newMetricsTable(onNode func(id int64)) *metricsTable {
	m := &metricsTable{sortBy: 1, onNode: onNode}
	m.table = widget.NewTable(
		func() (int, int) { return len(m.nodes), len(metricColumns) },
		func() fyne.CanvasObject { return widget.NewLabel("Sergei Lavrov 0000") },
		m.updateCell,
	)
	m.table.ShowHeaderRow = true
	m.table.CreateHeader = func() fyne.CanvasObject { return widget.NewButton("", nil) }
	m.table.UpdateHeader = m.updateHeader
	m.table.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(m.nodes) && m.onNode != nil {
			m.onNode(m.nodes[id.Row].ID)
		}
		m.table.UnselectAll()
	}
	for i, c := range metricColumns {
		m.table.SetColumnWidth(i, c.width)
	}
	return m
}

func (m *metricsTable) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	l.Truncation = fyne.TextTruncateEllipsis
	if id.Row < len(m.nodes) {
		l.SetText(metricColumns[id.Col].text(m.nodes[id.Row]))
	}
}

func (m *metricsTable) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	b := o.(*widget.Button)
	title := metricColumns[id.Col].title
	if id.Col == m.sortBy {
		title += " ▾"
	}
	b.SetText(title)
	col := id.Col
	b.OnTapped = func() { m.sort(col) }
}

// sort orders the rows by column col, ties by name.
func (m *metricsTable) sort(col int) {
	m.sortBy = col
	less := metricColumns[col].less
	sort.SliceStable(m.nodes, func(i, j int) bool {
		a, b := m.nodes[i], m.nodes[j]
		if less(a, b) != less(b, a) {
			return less(a, b)
		}
		return a.Name < b.Name
	})
	m.table.Refresh()
}

func (m *metricsTable) setNodes(nodes []chart.NetworkNode) {
	m.nodes = append([]chart.NetworkNode(nil), nodes...)
	m.sort(m.sortBy)
}

// linksPanel lists the sentences linking two actors, each with a button
// that opens its article at the sentence.
type linksPanel struct {
	content fyne.CanvasObject
	title   *widget.Label
	list    *fyne.Container
	open    func(articleID int64, offset int)
}

func newLinksPanel(open func(articleID int64, offset int)) *linksPanel {
	p := &linksPanel{open: open, list: container.NewVBox()}
	p.title = widget.NewLabel("Tap a link between two actors to read the sentences behind it.")
	p.title.Wrapping = fyne.TextWrapWord
	p.content = container.NewBorder(p.title, nil, nil, nil, container.NewVScroll(p.list))
	return p
}

func (p *linksPanel) loading(a, b string) {
	p.title.SetText(fmt.Sprintf("%s — %s: loading…", a, b))
	p.list.RemoveAll()
}

func (p *linksPanel) show(a, b string, ss []data.EdgeSentence, err error) {
	if err != nil {
		p.title.SetText(fmt.Sprintf("%s — %s: %v", a, b, err))
		return
	}
	p.title.SetText(fmt.Sprintf("%s — %s: %d sentences", a, b, len(ss)))
	p.list.RemoveAll()
	for _, s := range ss {
		p.list.Add(p.sentenceCard(s))
	}
}

func (p *linksPanel) sentenceCard(s data.EdgeSentence) fyne.CanvasObject {
	source := widget.NewLabel(strings.Join(nonEmpty(s.Published, s.Outlet, s.Title), " · "))
	source.TextStyle = fyne.TextStyle{Bold: true}
	source.Truncation = fyne.TextTruncateEllipsis
	text := widget.NewLabel(s.Text)
	text.Wrapping = fyne.TextWrapWord
	open := widget.NewButton("Open article", func() { p.open(s.ArticleID, s.Offset) })
	return container.NewVBox(source, text, container.NewHBox(open), widget.NewSeparator())
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
