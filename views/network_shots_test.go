package views

import (
	"context"
	"flag"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"newsline/data"
)

// netShots, when set, makes TestNetworkScreenshots write PNGs of the
// network view and of each chart at 1200×700 there, to look at them as a
// user would:
//
//	go test ./views/ -run NetworkScreenshots -network.shots /tmp/shots
var netShots = flag.String("network.shots", "", "write screenshots of the network and charts to this folder")

// shotActors are the demo story's actors and the words that name them.
var shotActors = []struct {
	actor data.NewActor
	forms []string
}{
	{data.NewActor{Name: "Kim Jong Un", Type: data.ActorPerson}, []string{"Kim"}},
	{data.NewActor{Name: "Vladimir Putin", Type: data.ActorPerson}, []string{"Putin"}},
	{data.NewActor{Name: "Sergei Shoigu", Type: data.ActorPerson}, []string{"Shoigu"}},
	{data.NewActor{Name: "Sergei Lavrov", Type: data.ActorPerson}, []string{"Lavrov"}},
	{data.NewActor{Name: "John Kirby", Type: data.ActorPerson}, []string{"Kirby"}},
	{data.NewActor{Name: "North Korea", Type: data.ActorGPE}, []string{"North Korea"}},
	{data.NewActor{Name: "Russia", Type: data.ActorGPE}, []string{"Russia", "Moscow"}},
	{data.NewActor{Name: "Ukraine", Type: data.ActorGPE}, []string{"Ukraine"}},
	{data.NewActor{Name: "United States", Type: data.ActorGPE}, []string{"United States", "Washington"}},
	{data.NewActor{Name: "Pyongyang", Type: data.ActorGPE}, []string{"Pyongyang"}},
	{data.NewActor{Name: "White House", Type: data.ActorOrg}, []string{"White House"}},
	{data.NewActor{Name: "Wagner Group", Type: data.ActorOrg}, []string{"Wagner"}},
	{data.NewActor{Name: "Vostochny Cosmodrome", Type: data.ActorLoc}, []string{"Vostochny"}},
}

type shotArticle struct {
	title, outlet, published string
	sents                    []string
	events                   map[int]string // sentence → event type; its actors take part
}

var shotArticles = []shotArticle{
	{"Shoigu in Pyongyang", "BBC", "2023-07-27", []string{
		"Sergei Shoigu arrived in Pyongyang for talks with Kim Jong Un.",
		"Kim showed Shoigu new missiles as North Korea marked the war's end.",
		"The White House said Russia was seeking arms from North Korea."}, map[int]string{0: "VISIT"}},
	{"Wagner got North Korean rockets", "Reuters", "2023-08-10", []string{
		"John Kirby said North Korea had delivered rockets to the Wagner Group.",
		"Kirby told reporters at the White House that Wagner fought in Ukraine.",
		"Russia denied the report."}, map[int]string{0: "ARMS_TRANSFER"}},
	{"Summit plan", "New York Times", "2023-09-05", []string{
		"Kim Jong Un plans to travel to Russia to meet Vladimir Putin.",
		"The United States warned North Korea against selling arms to Moscow for the war in Ukraine.",
		"Kirby said talks between Putin and Kim were advancing."}, map[int]string{0: "MEET"}},
	{"Train crosses the border", "AP", "2023-09-12", []string{
		"Kim crossed into Russia aboard his armoured train.",
		"Kim is expected to meet Putin at Vostochny.",
		"Washington said any deal would breach sanctions on North Korea."}, map[int]string{0: "TRAVEL"}},
	{"Summit at Vostochny", "Reuters", "2023-09-13", []string{
		"Vladimir Putin and Kim Jong Un met at the Vostochny Cosmodrome.",
		"Putin said Russia would help North Korea build satellites.",
		"Shoigu and Lavrov joined the talks with Kim.",
		"The White House said the United States would watch for arms transfers to Russia."}, map[int]string{0: "MEET"}},
	{"Kim visits plants", "TASS", "2023-09-15", []string{
		"Kim toured aircraft plants in Russia after meeting Putin.",
		"Shoigu showed Kim hypersonic missiles near Vladivostok."}, map[int]string{1: "MEET"}},
	{"Containers cross the border", "CNN", "2023-10-13", []string{
		"The White House said North Korea had sent a thousand containers of munitions to Russia.",
		"Kirby said the shells were for the war in Ukraine."}, map[int]string{0: "ARMS_TRANSFER"}},
	{"Lavrov lands in Pyongyang", "TASS", "2023-10-18", []string{
		"Sergei Lavrov arrived in Pyongyang for talks on the September summit.",
		"Lavrov met Kim and thanked North Korea for its support on Ukraine.",
		"Putin will visit Pyongyang, Lavrov said."}, map[int]string{0: "VISIT", 1: "MEET"}},
}

// build turns the article into a NewArticle, finding actors by their forms.
func (a shotArticle) build() data.NewArticle {
	na := data.NewArticle{Article: data.Article{Title: a.title, Outlet: a.outlet, Text: strings.Join(a.sents, " "),
		Published: data.ParseValue(a.published), Format: "txt"}}
	index := map[int]int{}
	off := 0
	for si, s := range a.sents {
		na.Sentences = append(na.Sentences, data.Sentence{Index: si, Start: off, End: off + len(s)})
		var ev *data.NewEvent
		if typ, ok := a.events[si]; ok {
			na.Events = append(na.Events, data.NewEvent{Type: typ, Trigger: typ, Sentence: si, Timex: -1, Date: na.Article.Published})
			ev = &na.Events[len(na.Events)-1]
		}
		for k, sa := range shotActors {
			for _, form := range sa.forms {
				if i := strings.Index(s, form); i >= 0 {
					if _, ok := index[k]; !ok {
						index[k] = len(na.Actors)
						na.Actors = append(na.Actors, sa.actor)
					}
					na.Mentions = append(na.Mentions, data.NewMention{Actor: index[k], Sentence: si, Start: off + i, End: off + i + len(form), Text: form})
					if ev != nil {
						ev.Actors = append(ev.Actors, data.NewEventActor{Actor: index[k]})
					}
					break
				}
			}
		}
		off += len(s) + 1
	}
	return na
}

func TestNetworkScreenshots(t *testing.T) {
	if *netShots == "" {
		t.Skip("no -network.shots folder")
	}
	if err := os.MkdirAll(*netShots, 0o755); err != nil {
		t.Fatal(err)
	}
	test.NewTempApp(t)
	test.ApplyTheme(t, theme.DefaultTheme())
	st := openCase(t)
	for _, a := range shotArticles {
		if _, _, err := st.SaveArticle(context.Background(), a.build()); err != nil {
			t.Fatal(err)
		}
	}
	filter := NewFilter()
	net := NewNetwork(st, storyAnalyzer, filter)
	net.Reload()
	net.pending.Wait()
	u := &networkUI{st: st, filter: filter, view: net, win: test.NewWindow(net)}
	u.win.Resize(fyne.NewSize(1200, 700))
	u.waitLoaded(t)
	netShoot(t, u.win, "network")
	kim := u.actor(t, "Kim Jong Un")
	test.MoveMouse(u.win.Canvas(), u.nodePos(t, kim).Add(u.canvasOffset()).Add(net.canvas.Position()))
	netShoot(t, u.win, "network-hover")
	test.TapAt(net.canvas, u.edgePos(t, kim, u.actor(t, "Vladimir Putin")))
	u.waitLoaded(t)
	netShoot(t, u.win, "network-links")
	charts := NewCharts(st, filter)
	charts.Reload()
	charts.pending.Wait()
	w := test.NewWindow(charts)
	w.Resize(fyne.NewSize(1200, 700))
	for _, k := range ChartKinds {
		done := charts.image.renderedSignal()
		fyne.DoAndWait(func() { charts.picker.SetSelected(k.Title) })
		waitSignal(t, done)
		netShoot(t, w, "chart-"+k.Name)
	}
}

func netShoot(t *testing.T, w fyne.Window, name string) {
	t.Helper()
	f, err := os.Create(filepath.Join(*netShots, name+".png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, w.Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}
