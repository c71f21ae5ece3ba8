package extract

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// conllExts are the file name endings LoadCoNLLTree reads in a folder.
var conllExts = []string{".conll", ".iob", ".iob2", ".bio", ".tsv", ".txt", ".conll.gz", ".txt.gz"}

// LoadCoNLLTree reads NER gold data in any of the common CoNLL layouts from
// a file or from every such file under a folder, for scoring the extractor
// on a set of one's own (nereval -conll): whitespace- or tab-separated
// columns with the word first and the tag last, IOB1, IOB2 or BIOES tags,
// and type names as CoNLL-2003, OntoNotes, re3d, GMB or GUM write them
// (PER, PERSON, Person, per, person → PER; ORG → ORG; LOC, GPE, FAC,
// Location, geo, place → LOC; everything else → O). -DOCSTART- lines start
// documents; a file without them is one document.
func LoadCoNLLTree(path string) ([][]LabeledSentence, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("load CoNLL: %w", err)
	}
	var files []string
	if !info.IsDir() {
		files = []string{path}
	} else if err := filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && hasConllExt(d.Name()) {
			files = append(files, p)
		}
		return nil
	}); err != nil {
		return nil, fmt.Errorf("load CoNLL %s: %w", path, err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("load CoNLL: no %s files in %s", strings.Join(conllExts, ", "), path)
	}
	var docs [][]LabeledSentence
	for _, p := range files {
		d, err := readDocsFile(p, readAnyCoNLL)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d...)
	}
	return docs, nil
}

func hasConllExt(name string) bool {
	for _, e := range conllExts {
		if strings.HasSuffix(strings.ToLower(name), e) {
			return true
		}
	}
	return false
}

// readAnyCoNLL reads documents of sentences with IOB2 PER/ORG/LOC tags from
// r in any layout LoadCoNLLTree accepts.
func readAnyCoNLL(r io.Reader) ([][]LabeledSentence, error) {
	var docs [][]LabeledSentence
	var doc []LabeledSentence
	var cur LabeledSentence
	flush := func() {
		if len(cur.Words) > 0 {
			cur.Tags = toIOB2(cur.Tags)
			doc = append(doc, cur)
		}
		cur = LabeledSentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		cols := strings.Fields(sc.Text())
		switch {
		case len(cols) == 0:
			flush()
		case cols[0] == "-DOCSTART-":
			flush()
			if len(doc) > 0 {
				docs, doc = append(docs, doc), nil
			}
		case len(cols) == 1:
			return nil, fmt.Errorf("line %d: %q has no tag column", n, sc.Text())
		default:
			cur.Words = append(cur.Words, cols[0])
			cur.Tags = append(cur.Tags, anyTag(cols[len(cols)-1]))
		}
	}
	flush()
	if len(doc) > 0 {
		docs = append(docs, doc)
	}
	return docs, sc.Err()
}

// anyTag maps a tag of any common scheme to a prefix (B, I, E, S or O) and
// one of PER, ORG, LOC: "I-PER", "B-Organisation", "S-GPE", "U-LOC".
func anyTag(tag string) string {
	prefix, typ, ok := strings.Cut(tag, "-")
	if !ok || len(prefix) != 1 {
		return "O"
	}
	switch strings.ToUpper(prefix) {
	case "U":
		prefix = "S"
	case "L":
		prefix = "E"
	default:
		prefix = strings.ToUpper(prefix)
	}
	if !strings.Contains("BIES", prefix) {
		return "O"
	}
	switch strings.ToUpper(typ) {
	case "PER", "PERSON":
		return prefix + "-PER"
	case "ORG", "ORGANIZATION", "ORGANISATION":
		return prefix + "-ORG"
	case "LOC", "LOCATION", "GPE", "FAC", "GEO", "PLACE":
		return prefix + "-LOC"
	}
	return "O"
}

// toIOB2 rewrites IOB1 and BIOES tags as IOB2: a name starts at B- (an I-
// that does not go on from a name of its type starts one too) and goes on
// with I-.
func toIOB2(tags []string) []string {
	prev := "O"
	for i, t := range tags {
		if t == "O" {
			prev = t
			continue
		}
		p, typ := t[:1], t[2:]
		switch {
		case p == "S", p == "B":
			tags[i] = "B-" + typ
		case prev == "O" || prev[2:] != typ || prev[:1] == "E" || prev[:1] == "S":
			tags[i] = "B-" + typ // IOB1's I- at a name's start; E- alone
		default:
			tags[i] = "I-" + typ
		}
		prev = t
	}
	return tags
}
