package extract

import (
	"strings"
	"testing"
	"time"
)

// timeMLSample is a small TimeML document: "met" is linked to Tuesday from
// the time's side, "said" to the DCT, and "visit" has no link.
const timeMLSample = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2023-09-14" functionInDocument="CREATION_TIME">20230914</TIMEX3></DCT>
<TEXT>
Vladimir Putin <EVENT eid="e1" class="OCCURRENCE">met</EVENT> Kim Jong Un on <TIMEX3 tid="t1" type="DATE" value="2023-09-12">Tuesday</TIMEX3>, the Kremlin <EVENT eid="e2" class="REPORTING">said</EVENT>. Kim will <EVENT eid="e3" class="OCCURRENCE">visit</EVENT> Russia.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="FUTURE" aspect="NONE" polarity="POS" pos="VERB" />
<TLINK lid="l1" relType="INCLUDES" timeID="t1" relatedToEventInstance="ei1" />
<TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei2" relatedToTime="t0" />
<TLINK lid="l3" relType="AFTER" eventInstanceID="ei3" relatedToTime="t0" />
</TimeML>`

func TestReadTimeML(t *testing.T) {
	doc, err := ReadTimeML(strings.NewReader(timeMLSample))
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.DCT.Format("2006-01-02"); got != "2023-09-14" {
		t.Errorf("DCT %s", got)
	}
	if len(doc.events) != 3 || doc.Text[doc.events[0].Start:doc.events[0].End] != "met" {
		t.Fatalf("events %+v", doc.events)
	}
	tx := doc.timexes["t1"]
	if doc.Text[tx.Start:tx.End] != "Tuesday" {
		t.Errorf("timex t1 spans %q", doc.Text[tx.Start:tx.End])
	}
	tests := []struct {
		eid    string
		spans  int
		values []string
	}{
		{"e1", 1, []string{"2023-09-12"}}, // INCLUDES from the time's side
		{"e2", 0, []string{"2023-09-14"}},
		{"e3", 0, nil}, // AFTER does not date
	}
	for _, tt := range tests {
		t.Run(tt.eid, func(t *testing.T) {
			spans, values, _ := doc.goldDates(tt.eid)
			if len(spans) != tt.spans || len(values) != len(tt.values) {
				t.Fatalf("spans %v values %v", spans, values)
			}
			for _, v := range tt.values {
				if !values[v] {
					t.Errorf("value %s missing from %v", v, values)
				}
			}
		})
	}
}

func TestEvalEventDates(t *testing.T) {
	doc, err := ReadTimeML(strings.NewReader(timeMLSample))
	if err != nil {
		t.Fatal(err)
	}
	ev := EvalEventDates([]TimeMLDoc{doc}, nil)
	if ev.GoldEvents != 3 {
		t.Errorf("gold events at triggers %d, want 3", ev.GoldEvents)
	}
	if ev.Compared != 3 || ev.AttachRight != 1 || ev.GoldAttached != 1 || ev.Judged != 2 {
		t.Errorf("eval %+v: want three events compared, met dated right, two gold dates", ev)
	}
	n := 0
	for _, c := range ev.Classes {
		n += c
	}
	if n != ev.Compared {
		t.Errorf("classes %v count %d events, want %d", ev.Classes, n, ev.Compared)
	}
}

// TestEventDates checks which time expression dates which trigger, on
// sentences of the kinds the TempEval-3 measure (cmd/eventeval) counts.
func TestEventDates(t *testing.T) {
	dct := time.Date(2023, 9, 14, 0, 0, 0, 0, time.UTC) // a Thursday
	tests := []struct {
		name, text string
		want       map[string]string // trigger word → date value
	}{
		{"speech act between", "The United States and its allies have accused North Korea of supplying shells, " +
			"and Washington warned last week that Pyongyang would pay a price.",
			map[string]string{"accused": "2023-09-14", "warned": "2023-W36"}},
		{"report after the fact", "Vladimir Putin met Kim Jong Un on Tuesday, the Kremlin said.",
			map[string]string{"met": "2023-09-12", "said": "2023-09-14"}},
		{"said in a statement", "Sergei Lavrov said in a statement on Tuesday that Russia would host the talks.",
			map[string]string{"said": "2023-09-12"}},
		{"complement", "Dmitry Peskov said on Monday that Kim Jong Un would visit Russia.",
			map[string]string{"said": "2023-09-11", "visit": ""}},
		{"quotation", "\"Russia attacked Kyiv on Monday,\" Volodymyr Zelensky said.",
			map[string]string{"attacked": "2023-09-11", "said": "2023-09-14"}},
		{"fronted", "On Wednesday, Kim Jong Un showed Sergei Shoigu new missiles, and the two men discussed cooperation.",
			map[string]string{"discussed": "2023-09-13"}},
		{"relative clause", "Kim Jong Un, who visited Moscow in 2019, met Vladimir Putin.",
			map[string]string{"visited": "2019", "met": ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Analyze(Doc{Text: tt.text}, dct)
			got := map[string]string{}
			for _, e := range a.Events {
				got[tt.text[e.Trigger.Start:e.Trigger.End]] = e.Value
			}
			for trig, want := range tt.want {
				if v, ok := got[trig]; !ok || v != want {
					t.Errorf("%s dated %q (found %v), want %q; events %v", trig, v, ok, want, got)
				}
			}
		})
	}
}
