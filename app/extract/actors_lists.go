package extract

import "strings"

// listJoins are the gaps between the members of a list of names.
var listJoins = map[string]bool{", ": true, " and ": true, ", and ": true, " or ": true, ", or ": true}

// placeListNouns are plural nouns that say a list after them names places:
// "the Métro stations Saint-Paul, Chemin Vert and Rambuteau".
var placeListNouns = keySet("stations villages towns cities municipalities islands districts provinces regions " +
	"communes suburbs neighbourhoods neighborhoods parishes counties states countries lakes rivers ports")

// minListPlaces is how many members of a list must be places, or listed
// places, for the others to be places too.
const minListPlaces = 2

// listPlaces types as places the members the tagger read as people in a
// list of three or more names that, for the most part, are places, that
// holds two listed places, or that a plural place noun introduces, and the
// one-word ones in a list with two places: in "Bruges, Antwerp, Melle,
// Merelbeke and Deinze", "Melle" is a town.
func listPlaces(text string, raw []rawMention) {
	for i := 0; i < len(raw); {
		j := i + 1
		for j < len(raw) && raw[j].Sentence == raw[i].Sentence && raw[j].Start >= raw[j-1].End && listJoins[text[raw[j-1].End:raw[j].Start]] {
			j++
		}
		if j-i >= 3 {
			places, listed := 0, 0
			for _, m := range raw[i:j] {
				if m.Type == "GPE" || m.Type == "LOC" {
					places++
					if m.Entry >= 0 {
						listed++
					}
				}
			}
			before := strings.Fields(text[max(0, raw[i].Start-40):raw[i].Start])
			introduced := len(before) > 0 && placeListNouns[foldHash(before[len(before)-1])]
			strong := introduced || listed >= minListPlaces || places >= minListPlaces && 2*places > j-i
			for k := i; k < j; k++ {
				// With two places in the list, a one-word "person" is a place
				// too: "Bruges, Antwerp, Melle, Merelbeke and Deinze".
				if raw[k].Type == "PERSON" && raw[k].Entry < 0 && !raw[k].Titled &&
					(strong || places >= minListPlaces && !strings.Contains(raw[k].Text, " ")) {
					raw[k].Type = placeType(foldHash(lastWord(raw[k].Text)))
				}
			}
		}
		i = j
	}
}
