package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"newsline/app/extract"
)

// trainDir holds the TempEval-3 training data outside the repository.
const trainDir = "../../../shared/eval/tempeval3/train"

// TestDatesFloor scores event dating on TimeBank and AQUAINT and fails when
// a measure drops below a floor set a little under the current results.
func TestDatesFloor(t *testing.T) {
	if _, err := os.Stat(trainDir); err != nil {
		t.Skip("TempEval-3 data not present:", err)
	}
	docs, err := readDocs([]string{trainDir})
	if err != nil {
		t.Fatal(err)
	}
	ev := extract.EvalEventDates(docs, nil)
	accuracy := ratio(ev.DateRight, ev.Judged)
	_, _, f1 := ev.JudgedF1()
	t.Logf("date accuracy %.4f, judged attachment F1 %.4f", accuracy, f1)
	if accuracy < 0.74 || f1 < 0.60 {
		t.Errorf("date accuracy %.4f or attachment F1 %.4f below floor 0.74, 0.60", accuracy, f1)
	}
}

func TestRunPrints(t *testing.T) {
	if _, err := os.Stat(trainDir); err != nil {
		t.Skip("TempEval-3 data not present:", err)
	}
	var out bytes.Buffer
	if err := run([]string{trainDir + "/TimeBank"}, nil, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "date accuracy") {
		t.Errorf("output lacks the date accuracy:\n%s", out.String())
	}
}
