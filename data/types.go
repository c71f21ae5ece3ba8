package data

import "strings"

import "time"

// Day counts days since 1970-01-01 (UTC). Dates in a case are stored as
// half-open day intervals [Start, End) so that month- and year-precision
// dates can be drawn as spans rather than false points.
type Day int

// DayOf returns the Day of t's calendar date.
func DayOf(t time.Time) Day {
	y, m, d := t.Date()
	return Day(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// Time returns midnight UTC of d.
func (d Day) Time() time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// Precision of a date: how much of it is known.
type Precision string

// Precisions, from finest to coarsest.
const (
	PrecisionNone    Precision = ""
	PrecisionDay     Precision = "day"
	PrecisionWeek    Precision = "week"
	PrecisionMonth   Precision = "month"
	PrecisionQuarter Precision = "quarter"
	PrecisionSeason  Precision = "season"
	PrecisionYear    Precision = "year"
	PrecisionDecade  Precision = "decade"
)

// DateRange is a resolved date: its TIMEX3 value and the interval it covers.
// A zero DateRange (Value "" and Known false) is undated.
type DateRange struct {
	Value     string    // TIMEX3 value, e.g. 2023-09-13, 2023-09, 2023-W37
	Known     bool      // false when the date is unknown or not on the calendar (PAST_REF)
	Start     Day       // first day covered
	End       Day       // day after the last day covered
	Precision Precision // day, month, year, ...
	Approx    bool      // "about", "around": drawn faded
}

// Actor types.
const (
	ActorPerson = "PERSON"
	ActorOrg    = "ORG"
	ActorGPE    = "GPE"
	ActorLoc    = "LOC"
)

// Article is one stored news article.
type Article struct {
	ID               int64
	SHA256           string
	Title            string
	Outlet           string
	URL              string
	Author           string
	Published        DateRange
	SourcePath       string
	Format           string
	ImportedAt       time.Time
	ExtractorVersion int
	Text             string
	Events           int // number of events extracted from it (list views)
}

// Sentence is a span of an article's text.
type Sentence struct {
	ID        int64
	ArticleID int64
	Index     int
	Start     int
	End       int
}

// Actor is a person, organisation, political entity or place.
type Actor struct {
	ID       int64
	Name     string
	Type     string
	Hidden   bool
	Aliases  []string
	Mentions int // number of mentions (list views)
	Articles int // number of distinct articles mentioning it (list views)
}

// Mention is one occurrence of an actor in an article.
type Mention struct {
	ID         int64
	ArticleID  int64
	SentenceID int64
	ActorID    int64
	Start      int
	End        int
	Text       string
}

// Timex is a TIMEX3 time expression found in an article.
type Timex struct {
	ID         int64
	ArticleID  int64
	SentenceID int64
	Start      int
	End        int
	Text       string
	Type       string // DATE, TIME, DURATION, SET
	Value      string
	Mod        string // APPROX, START, END, ...
	Date       DateRange
}

// Role of an actor in an event.
const (
	RoleSource = "source"
	RoleTarget = "target"
)

// EventActor is an actor taking part in an event.
type EventActor struct {
	ActorID int64
	Name    string
	Type    string
	Role    string
}

// Event is one dated happening extracted from one sentence.
type Event struct {
	ID           int64
	ArticleID    int64
	SentenceID   int64
	Type         string
	Trigger      string
	TriggerStart int
	TriggerEnd   int
	TimexID      int64 // 0 when the date came from elsewhere (publication date)
	Date         DateRange
	Planned      bool
	Actors       []EventActor
	Sources      int // number of distinct sources reporting it (1 before story assembly)

	// Its story event, as story assembly left it; zero before assembly.
	StoryID       int64
	Conflict      bool     // the story event's sources give incompatible dates
	DatesReported []string // for a conflicted story event, the distinct TIMEX3 values its sources give
	Plan          int64    // the planned story event the story event fulfils, 0 if none
	Outcome       int64    // for a planned story event, the story event it came about in, 0 if none
}

// Filter is the shared view state that the timeline, network and charts all follow.
// Zero fields do not restrict.
type Filter struct {
	From       Day      // inclusive; 0 = open
	To         Day      // exclusive; 0 = open
	ActorIDs   []int64  // events or mentions involving any of these actors
	EventTypes []string // event types to keep
	Text       string   // FTS5 query over article title and text
	MinSources int      // minimum number of distinct sources of an event
}

// IsZero reports whether f keeps everything.
func (f Filter) IsZero() bool {
	return f.From == 0 && f.To == 0 && len(f.ActorIDs) == 0 && len(f.EventTypes) == 0 &&
		strings.TrimSpace(f.Text) == "" && f.MinSources <= 1
}

// NewArticle is an article with its analysis, in the store's terms, ready to
// be saved in one transaction. Indexes refer to positions in its own slices.
type NewArticle struct {
	Article   Article // ID, ImportedAt and Events are set by the store
	Sentences []Sentence
	Timexes   []NewTimex
	Actors    []NewActor
	Mentions  []NewMention
	Events    []NewEvent
}

// NewTimex is a time expression of a NewArticle.
type NewTimex struct {
	Timex        // ID, ArticleID and SentenceID are set by the store
	Sentence int // index into NewArticle.Sentences
}

// NewActor is an actor as the extractor named it in one article. The store
// resolves it to an existing actor by canonical name or alias (after the
// user's curation decisions) or creates one.
type NewActor struct {
	Name    string
	Type    string
	Aliases []string
}

// NewMention is a mention of NewArticle.Actors[Actor] in sentence Sentence.
type NewMention struct {
	Actor    int
	Sentence int
	Start    int
	End      int
	Text     string
}

// NewEventActor is an actor's part in a NewEvent.
type NewEventActor struct {
	Actor int // index into NewArticle.Actors
	Role  string
}

// NewEvent is an event of a NewArticle.
type NewEvent struct {
	Type         string
	Trigger      string
	TriggerStart int
	TriggerEnd   int
	Sentence     int // index into NewArticle.Sentences
	Timex        int // index into NewArticle.Timexes, or -1
	Date         DateRange
	Planned      bool
	Actors       []NewEventActor
}
