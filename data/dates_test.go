package data

import (
	"testing"
	"time"
)

func TestParseValue(t *testing.T) {
	day := func(s string) Day {
		tm, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return DayOf(tm)
	}
	tests := []struct {
		value      string
		known      bool
		start, end string
		precision  Precision
	}{
		{"2023-09-13", true, "2023-09-13", "2023-09-14", PrecisionDay},
		{"2023-09-12TMO", true, "2023-09-12", "2023-09-13", PrecisionDay},
		{"2023-09", true, "2023-09-01", "2023-10-01", PrecisionMonth},
		{"2023", true, "2023-01-01", "2024-01-01", PrecisionYear},
		{"199", true, "1990-01-01", "2000-01-01", PrecisionDecade},
		{"2023-Q3", true, "2023-07-01", "2023-10-01", PrecisionQuarter},
		{"2023-SU", true, "2023-06-01", "2023-09-01", PrecisionSeason},
		{"2023-W37", true, "2023-09-11", "2023-09-18", PrecisionWeek},
		{"2021-W01", true, "2021-01-04", "2021-01-11", PrecisionWeek},
		{"PAST_REF", false, "", "", PrecisionNone},
		{"XXXX-09-08", false, "", "", PrecisionNone},
		{"P3D", false, "", "", PrecisionNone},
		{"2023-13", false, "", "", PrecisionNone},
		{"2023-02-30", false, "", "", PrecisionNone},
		{"", false, "", "", PrecisionNone},
	}
	for _, tt := range tests {
		t.Run(tt.value, func(t *testing.T) {
			r := ParseValue(tt.value)
			if r.Known != tt.known || r.Precision != tt.precision || r.Value != tt.value {
				t.Fatalf("ParseValue(%q) = %+v", tt.value, r)
			}
			if tt.known && (r.Start != day(tt.start) || r.End != day(tt.end)) {
				t.Fatalf("ParseValue(%q) interval = %s..%s, want %s..%s", tt.value,
					r.Start.Time().Format(time.DateOnly), r.End.Time().Format(time.DateOnly), tt.start, tt.end)
			}
		})
	}
}
