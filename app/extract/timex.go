package extract

import "time"

// findTimexes is a placeholder owned by the time-expressions work, to be replaced.
func findTimexes(text string, sents []Sentence, dct time.Time) []Timex { return nil }
