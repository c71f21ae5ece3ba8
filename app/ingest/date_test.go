package ingest

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want, precision string
	}{
		{"2023-09-13", "2023-09-13", PrecisionDay},
		{"13 September 2023", "2023-09-13", PrecisionDay},
		{"13th Sept. 2023", "2023-09-13", PrecisionDay},
		{"September 13, 2023", "2023-09-13", PrecisionDay},
		{"Sept. 13, 2023", "2023-09-13", PrecisionDay},
		{"Sep 13 2023", "2023-09-13", PrecisionDay},
		{"Wednesday, September 13, 2023", "2023-09-13", PrecisionDay},
		{"2023-09-13T08:30:00+09:00", "2023-09-13", PrecisionDay},
		{"2023-09-13T23:30:00Z", "2023-09-13", PrecisionDay},
		{"2023-09-13 10:00", "2023-09-13", PrecisionDay},
		{"Wed, 13 Sep 2023 10:00:00 GMT", "2023-09-13", PrecisionDay},
		{"Wed, 13 Sep 2023 10:00:00 +0300", "2023-09-13", PrecisionDay},
		{"2023/9/13", "2023-09-13", PrecisionDay},
		{"2023-09", "2023-09-01", PrecisionMonth},
		{"September 2023", "2023-09-01", PrecisionMonth},
		{"2023", "2023-01-01", PrecisionYear},
		{"2023-02-30", "", ""},
		{"2023-13", "", ""},
		{"31 Smarch 2023", "", ""},
		{"Maybe 13, 2023", "", ""},
		{"0999", "", ""},
		{"yesterday", "", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, p, ok := parseDate(tt.in)
			if ok != (tt.want != "") {
				t.Fatalf("parseDate(%q) ok = %v", tt.in, ok)
			}
			if ok && (got.Format(time.DateOnly) != tt.want || p != tt.precision) {
				t.Errorf("parseDate(%q) = %v %s, want %s %s", tt.in, got, p, tt.want, tt.precision)
			}
		})
	}
}
