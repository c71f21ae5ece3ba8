package ingest

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// News pages wrap the story in lines that readability keeps because they
// sit inside the article's markup: photo credits, advertising markers,
// newsletter prompts, the wire's reporting credits, licensing links. Their
// names (photographers, reporters, editors) would otherwise become actors
// of the story, and a file photo's date an event.
var (
	// boilerLine matches a whole paragraph that is page furniture.
	boilerLine = regexp.MustCompile(`(?i)^(` +
		`advertisement|advert|sponsored( content)?|ad|` +
		`(advertisement\s*[·|•-]\s*)?scroll to continue( reading)?|` +
		`sign up( here)?|subscribe( now| here)?|` +
		`(share|share this( article| story)?|email|print|tweet)(\s*[·|•,]?\s*(share|email|print|tweet|link|on \w+|facebook|x|linkedin|whatsapp|(purchase|acquire) licensing rights))*|` +
		`(purchase|acquire) licensing rights|` +
		`read (more|next)|related( stories| articles| coverage)?|more from \S.*|` +
		`(listen|watch)( to)?( this)?( article| story| video)?|` +
		`[-_=*·•~#\s]{3,}` +
		`)[.:!]?$`)
	// boilerStart matches the opening of a paragraph that is page furniture
	// whatever follows (short paragraphs only; see isBoilerplate).
	boilerStart = regexp.MustCompile(`(?i)^\(?(` +
		`(additional )?(reporting|writing|editing|compiled|produced|edited|research) by\b|` +
		`our standards:|` +
		`file photo\b|` +
		`(photo|image|picture|video)( credit)?s?:|` +
		`(©|\(c\)|copyright\b)|` +
		`sign up (for|to)\b|` +
		`(click|tap) here\b|` +
		`follow (us|the latest|our)\b|` +
		`this (story|article) (has been|was) (updated|corrected)\b` +
		`)`)
	// boilerEnd matches the close of a photo caption or of the wire's
	// contributor line.
	boilerEnd = regexp.MustCompile(`(?i)(` +
		`\((ap|afp|reuters|epa|getty)( photo| images)?/[^)]*\)|` +
		`\b(reuters|afp|ap|epa|xinhua|kcna|sputnik|yonhap|tass|pool|getty images|via reuters|via afp)/[\p{L} .'-]+(/[\p{L} .'-]+)*|` +
		`\b(afp|epa|reuters|ap) via getty images|` +
		`\bvia (reuters|afp|ap|epa|getty images)|` +
		`\bcontributed to this report|` +
		`all rights reserved` +
		`)[.)]?\s*(acquire licensing rights|purchase licensing rights)?\.?$`)
	// byline matches "By Guy Faulconbridge and Josh Smith" and
	// "By Josh Smith, Reuters" when it stands alone.
	byline = regexp.MustCompile(`^(?i:by)\s+\p{Lu}[\p{L}.'-]*(\s+(\p{Lu}[\p{L}.'-]*|and|&|,|de|van|von|al-\p{L}+))*(\s*[,|·-]\s*\p{Lu}[\p{L} ]*)?$`)
	// stamp matches a paragraph that holds only when the page was published
	// or updated: "September 13, 2023 2:05 PM UTC Updated ago".
	stamp = regexp.MustCompile(`(?i)^((published|updated|posted|last updated|first published)( on| at)?:?\s*)?` +
		`(` + clock + `,?\s*)?` +
		`(\p{L}+,\s+)?(\d{1,2}\s+\p{L}+\.?,?\s+\d{4}|\p{L}+\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2})` +
		`(\s*(,|at|·|\|)?\s*` + clock + `)?` +
		`(\s*(updated|published)?\s*(\d+\s+\p{L}+\s+)?ago)?\s*$`)
)

// clock matches a time of day with its zone: "2:05 PM UTC", "11:12 AM
// GMT+3", "10:41 a.m. ET".
const clock = `\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.)?\s*(utc|gmt|[ecmp][sd]?t|bst|cet|kst|msk)?([+-]\d{1,2}(:?\d{2})?)?`

// maxBoilerplate is the longest paragraph that is dropped for its opening or
// its close alone; longer ones are story text that happens to start or end
// that way.
const maxBoilerplate = 400

// isBoilerplate reports whether a paragraph of a news page is page furniture
// rather than story text.
func isBoilerplate(p string) bool {
	p = strings.TrimSpace(p)
	if p == "" {
		return true
	}
	if boilerLine.MatchString(p) || stamp.MatchString(p) {
		return true
	}
	if len(p) > maxBoilerplate {
		return false
	}
	return boilerStart.MatchString(p) || boilerEnd.MatchString(p) || len(p) < 80 && byline.MatchString(p)
}

// withoutBoilerplate drops the paragraphs (separated by blank lines) of text
// that are page furniture. It keeps text unchanged when every paragraph
// would go, so that an odd page still reads as something.
func withoutBoilerplate(text string) string {
	paras := strings.Split(text, "\n\n")
	kept := paras[:0:0]
	for _, p := range paras {
		if !isBoilerplate(p) {
			kept = append(kept, p)
		}
	}
	if len(kept) == 0 {
		return text
	}
	return strings.Join(kept, "\n\n")
}

// dropCaptions removes the figure captions under root: a caption describes
// a photo (often an old one, with its own date) and credits its
// photographer and agency, none of which is the story.
func dropCaptions(root *html.Node) {
	if root == nil {
		return
	}
	var captions []*html.Node
	walk(root, func(n *html.Node) bool {
		if n != root && n.Type == html.ElementNode && elementAtom(n) == atom.Figcaption {
			captions = append(captions, n)
			return false
		}
		return true
	}, func(*html.Node) {})
	for _, n := range captions {
		n.Parent.RemoveChild(n)
	}
}
