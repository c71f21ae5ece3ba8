package chart

import (
	"image/color"
	"sort"
	"strings"

	"newsline/data"
)

// LaneMode says how the timeline splits events into rows.
type LaneMode int

// Lane modes.
const (
	LanesSingle LaneMode = iota // one lane with every event
	LanesActors                 // one lane per actor, plus "Other"
	LanesTypes                  // one lane per event type
)

// Lane is one row of the timeline.
type Lane struct {
	Label   string
	ActorID int64  // LanesActors; 0 for the "Other" lane
	Type    string // LanesTypes
}

// LaneActor is an actor given its own lane.
type LaneActor struct {
	ID   int64
	Name string
}

// TimelineLanes returns the lanes for mode and, for each lane, the indexes
// of events drawn in it, in the order of events. In LanesActors mode an
// event appears in the lane of every listed actor taking part in it, and
// events involving none of them go to a final "Other" lane (when any).
func TimelineLanes(events []data.Event, mode LaneMode, actors []LaneActor) ([]Lane, [][]int) {
	switch mode {
	case LanesActors:
		return actorLanes(events, actors)
	case LanesTypes:
		return typeLanes(events)
	}
	all := make([]int, len(events))
	for i := range events {
		all[i] = i
	}
	return []Lane{{Label: "Events"}}, [][]int{all}
}

func actorLanes(events []data.Event, actors []LaneActor) ([]Lane, [][]int) {
	lanes := make([]Lane, len(actors), len(actors)+1)
	index := make(map[int64]int, len(actors))
	for i, a := range actors {
		lanes[i] = Lane{Label: a.Name, ActorID: a.ID}
		index[a.ID] = i
	}
	members := make([][]int, len(actors)+1)
	for i, e := range events {
		placed := false
		for _, ea := range e.Actors {
			if l, ok := index[ea.ActorID]; ok && !contains(members[l], i) {
				members[l] = append(members[l], i)
				placed = true
			}
		}
		if !placed {
			members[len(actors)] = append(members[len(actors)], i)
		}
	}
	if len(members[len(actors)]) == 0 {
		return lanes, members[:len(actors)]
	}
	return append(lanes, Lane{Label: "Other"}), members
}

// contains reports whether the last element of s is i (events are added in
// order, so a repeat can only be the last one).
func contains(s []int, i int) bool { return len(s) > 0 && s[len(s)-1] == i }

func typeLanes(events []data.Event) ([]Lane, [][]int) {
	index := map[string]int{}
	var lanes []Lane
	var members [][]int
	for i, e := range events {
		l, ok := index[e.Type]
		if !ok {
			l = len(lanes)
			index[e.Type] = l
			lanes = append(lanes, Lane{Label: TypeName(e.Type), Type: e.Type})
			members = append(members, nil)
		}
		members[l] = append(members[l], i)
	}
	order := make([]int, len(lanes))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return typeRank(lanes[order[a]].Type) < typeRank(lanes[order[b]].Type) })
	sortedL, sortedM := make([]Lane, len(lanes)), make([][]int, len(lanes))
	for i, o := range order {
		sortedL[i], sortedM[i] = lanes[o], members[o]
	}
	return sortedL, sortedM
}

// typeColors gives every event type the extractor knows a colour of its
// own, readable on light and dark backgrounds: blues and greens for
// meetings and agreements, greys for statements, pinks and reds for
// accusations and conflict, oranges for arms and troops, purples for
// sanctions. Types that share a family differ in lightness, so that a
// stacked bar of several types stays legible.
var typeColors = map[string]color.NRGBA{
	"MEET":          {0x00, 0x72, 0xB2, 0xff},
	"TALKS":         {0x6B, 0xAE, 0xD6, 0xff},
	"VISIT":         {0x00, 0x9E, 0x73, 0xff},
	"HOST":          {0x66, 0xC2, 0xA5, 0xff},
	"INVITE":        {0xA6, 0xD8, 0x54, 0xff},
	"TRAVEL":        {0x56, 0xB4, 0xE9, 0xff},
	"ARRIVE":        {0x17, 0xBE, 0xCF, 0xff},
	"DEPART":        {0x9E, 0xDA, 0xE5, 0xff},
	"AGREE":         {0x2C, 0xA0, 0x2C, 0xff},
	"PLEDGE":        {0x98, 0xDF, 0x8A, 0xff},
	"PRAISE":        {0x66, 0xC2, 0xA5, 0xff},
	"ATTEND":        {0x4E, 0x79, 0xA7, 0xff},
	"CLAIM":         {0xB0, 0x7A, 0xA1, 0xff},
	"CEREMONY":      {0xBF, 0x8F, 0x00, 0xff},
	"PROPOSE":       {0x80, 0xB1, 0xD3, 0xff},
	"SIGN":          {0xCC, 0x79, 0xA7, 0xff},
	"RECOGNIZE":     {0xBC, 0xBD, 0x22, 0xff},
	"VOTE":          {0xDB, 0xDB, 0x8D, 0xff},
	"STATEMENT":     {0x88, 0x88, 0x88, 0xff},
	"ANNOUNCE":      {0xC7, 0xC7, 0xC7, 0xff},
	"REPORT":        {0xAE, 0xC7, 0xE8, 0xff},
	"ACCUSE":        {0xE3, 0x77, 0xC2, 0xff},
	"DENY":          {0xF7, 0xB6, 0xD2, 0xff},
	"WARN":          {0xFF, 0x98, 0x96, 0xff},
	"URGE":          {0xB5, 0xA8, 0xE0, 0xff},
	"CONDEMN":       {0xD6, 0x27, 0x28, 0xff},
	"THREATEN":      {0x8C, 0x56, 0x4B, 0xff},
	"ATTACK":        {0x8B, 0x00, 0x00, 0xff},
	"SANCTION":      {0x94, 0x67, 0xBD, 0xff},
	"SEVER_TIES":    {0xC5, 0xB0, 0xD5, 0xff},
	"ARMS_TRANSFER": {0xE6, 0x9F, 0x00, 0xff},
	"SUPPLY":        {0xFF, 0xBB, 0x78, 0xff},
	"DEPLOY":        {0xD5, 0x5E, 0x00, 0xff},
	"EXERCISE":      {0xC4, 0x9C, 0x94, 0xff},
	"LAUNCH":        {0x7B, 0x41, 0x73, 0xff},
	"CAPTURE":       {0xA5, 0x00, 0x26, 0xff},
	"END":           {0xA0, 0xA0, 0xA0, 0xff},
	"RESUME":        {0x1B, 0x9E, 0x77, 0xff},
	"SUSPEND":       {0x75, 0x70, 0xB3, 0xff},
	"SUBMIT":        {0xA6, 0x76, 0x1D, 0xff},
	"APPOINT":       {0x8D, 0xA0, 0xCB, 0xff},
	"OPEN":          {0x4D, 0xAF, 0x4A, 0xff},
	"CLOSE":         {0x99, 0x99, 0x99, 0xff},
	"EXCHANGE":      {0xFD, 0xB4, 0x62, 0xff},
	"LIBERATE":      {0xB3, 0xDE, 0x69, 0xff},
	"ESTABLISH":     {0x1F, 0x78, 0xB4, 0xff},
	"DECLARE":       {0xE7, 0x29, 0x8A, 0xff},
	"ARREST":        {0x6A, 0x3D, 0x9A, 0xff},
	"DISMISS":       {0x8E, 0x01, 0x52, 0xff},
}

// otherColors are used, by hash of the name, for types not in typeColors.
var otherColors = []color.NRGBA{
	{0x8C, 0x56, 0x4B, 0xff},
	{0x94, 0x67, 0xBD, 0xff},
	{0xBC, 0xBD, 0x22, 0xff},
	{0x17, 0xBE, 0xCF, 0xff},
	{0xE3, 0x77, 0xC2, 0xff},
	{0x2C, 0xA0, 0x2C, 0xff},
}

// typeOrder ranks types in legends and lanes: the commonly labelled ones first.
var typeOrder = []string{"MEET", "VISIT", "SIGN", "TRAVEL", "ARRIVE", "ARMS_TRANSFER", "ATTACK", "STATEMENT"}

func typeRank(t string) int {
	for i, o := range typeOrder {
		if o == t {
			return i
		}
	}
	return len(typeOrder)
}

// TypeColor returns the colour of event type t.
func TypeColor(t string) color.NRGBA {
	if c, ok := typeColors[t]; ok {
		return c
	}
	h := 0
	for _, r := range t {
		h = h*31 + int(r)
	}
	if h < 0 {
		h = -h
	}
	return otherColors[h%len(otherColors)]
}

// TypeName returns event type t as a legend shows it: "MEET" → "Meet".
func TypeName(t string) string {
	if t == "" {
		return "Other"
	}
	return t[:1] + strings.ToLower(strings.ReplaceAll(t[1:], "_", " "))
}

// LegendTypes returns the distinct types of events in legend order.
func LegendTypes(events []data.Event) []string {
	seen := map[string]bool{}
	var types []string
	for _, e := range events {
		if !seen[e.Type] {
			seen[e.Type] = true
			types = append(types, e.Type)
		}
	}
	return SortTypes(types)
}

// SortTypes sorts types in legend order, in place, and returns them.
func SortTypes(types []string) []string {
	sort.SliceStable(types, func(a, b int) bool {
		ra, rb := typeRank(types[a]), typeRank(types[b])
		return ra < rb || ra == rb && types[a] < types[b]
	})
	return types
}
