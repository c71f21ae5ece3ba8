package extract

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// NERSet is one training corpus split into the part trained on and the part
// held back for evaluation (every 10th distinct sentence). Docs holds all of
// its sentences by document when the files mark documents (-DOCSTART-), for
// cross-validation by whole documents.
type NERSet struct {
	Name  string
	Train []LabeledSentence
	Held  []LabeledSentence
	Docs  [][]LabeledSentence
	Parts []string // the file each of Docs came from, without folder and extension ("gum_bio")
}

// corpusFile describes how to read one training file into PER/ORG/LOC tags.
type corpusFile struct {
	set, glob string
	tagCol    int // column of the tag; the nerWord is column 0
	mapTag    func(tag, pos string) string
	domain    uint8
}

var corpusFiles = []corpusFile{
	{"gmb", "gmb/gmb_ner.conll.gz", 2, gmbTag, DomainGMB},
	{"gum", "gum/gum_*.conll", 2, gumTag, DomainGUM},
	{"btc", "btc/*.conll", 1, func(tag, _ string) string { return tag }, DomainBTC},
}

// LoadNERCorpus reads the training sets under dir (../shared/eval/ner-train
// layout): GMB news with its gpe adjectives mapped to O, titles stripped from
// person names and duplicate sentences dropped; GUM and BTC as they are.
func LoadNERCorpus(dir string) ([]NERSet, error) {
	var sets []NERSet
	var nDocs int32
	for _, cf := range corpusFiles {
		paths, err := filepath.Glob(filepath.Join(dir, cf.glob))
		if err != nil || len(paths) == 0 {
			return nil, fmt.Errorf("load %s: no files %s in %s", cf.set, cf.glob, dir)
		}
		set := NERSet{Name: cf.set}
		seen := map[string]bool{}
		for _, p := range paths {
			docs, err := readCorpusFile(p, cf)
			if err != nil {
				return nil, err
			}
			if len(docs) > 1 {
				for _, d := range docs {
					nDocs++
					for i := range d {
						d[i].Doc = nDocs
					}
				}
				set.Docs = append(set.Docs, docs...)
				part := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
				for range docs {
					set.Parts = append(set.Parts, part)
				}
			}
			for _, s := range slices.Concat(docs...) {
				key := strings.Join(s.Words, " ")
				if seen[key] {
					continue
				}
				seen[key] = true
				if len(seen)%10 == 0 {
					set.Held = append(set.Held, s)
				} else {
					set.Train = append(set.Train, s)
				}
			}
		}
		sets = append(sets, set)
	}
	return sets, nil
}

// readCorpusFile reads the documents of one (optionally gzipped) file and
// maps their tags.
func readCorpusFile(path string, cf corpusFile) ([][]LabeledSentence, error) {
	docs, err := readDocsFile(path, func(r io.Reader) ([][]LabeledSentence, error) {
		return ReadCoNLLDocs(r, cf.tagCol, cf.mapTag)
	})
	if err != nil {
		return nil, err
	}
	for _, doc := range docs {
		for i := range doc {
			stripTitles(doc[i].Words, doc[i].Tags)
			doc[i].Domain = cf.domain
		}
	}
	return docs, nil
}

// readDocsFile opens path, gunzips it when its name ends in .gz, and reads
// its documents with read.
func readDocsFile(path string, read func(io.Reader) ([][]LabeledSentence, error)) ([][]LabeledSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	}
	docs, err := read(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return docs, nil
}

// ReadCoNLL reads blank-line separated sentences of tab-separated columns:
// the word in column 0, the tag in column tagCol, and the column before the
// tag passed to mapTag as a part of speech when there are three columns.
// mapTag turns the corpus tag into a PER/ORG/LOC BIO tag.
func ReadCoNLL(r io.Reader, tagCol int, mapTag func(tag, pos string) string) ([]LabeledSentence, error) {
	docs, err := ReadCoNLLDocs(r, tagCol, mapTag)
	return slices.Concat(docs...), err
}

// ReadCoNLLDocs reads sentences as ReadCoNLL does, grouped into the
// documents that -DOCSTART- lines start (one document when there are none).
func ReadCoNLLDocs(r io.Reader, tagCol int, mapTag func(tag, pos string) string) ([][]LabeledSentence, error) {
	var docs [][]LabeledSentence
	var out []LabeledSentence
	var cur LabeledSentence
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, cur)
		}
		cur = LabeledSentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.HasPrefix(line, "-DOCSTART-") {
			flush()
			if len(out) > 0 {
				docs, out = append(docs, out), nil
			}
			continue
		}
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) <= tagCol {
			return nil, fmt.Errorf("line %q: want %d columns", line, tagCol+1)
		}
		pos := ""
		if tagCol > 1 {
			pos = cols[tagCol-1]
		}
		cur.Words = append(cur.Words, cols[0])
		cur.Tags = append(cur.Tags, mapTag(cols[tagCol], pos))
	}
	flush()
	if len(out) > 0 {
		docs = append(docs, out)
	}
	return docs, sc.Err()
}

// gmbTag maps GMB tags: geo → LOC, org → ORG, per → PER; gpe (nationality
// adjectives) → O unless it is a proper noun the gazetteer knows as a place.
func gmbTag(tag, pos string) string {
	if len(tag) < 3 {
		return "O"
	}
	bio, typ := tag[:2], tag[2:]
	switch typ {
	case "geo":
		return bio + "LOC"
	case "org":
		return bio + "ORG"
	case "per":
		return bio + "PER"
	case "gpe":
		if pos == "NNP" {
			return bio + "LOC*" // resolved against the gazetteer in stripTitles
		}
	}
	return "O"
}

// gumTag maps GUM entity types; named groups of people (plural proper nouns
// such as "Americans") are not persons.
func gumTag(tag, pos string) string {
	if len(tag) < 3 {
		return "O"
	}
	bio, typ := tag[:2], tag[2:]
	switch {
	case typ == "person" && pos != "NNPS":
		return bio + "PER"
	case typ == "organization":
		return bio + "ORG"
	case typ == "place":
		return bio + "LOC"
	}
	return "O"
}

// stripTitles removes leading title words from person spans, and keeps a
// GMB "gpe" proper noun as a place only when the gazetteer lists it as one.
func stripTitles(words, tags []string) {
	g := theGazetteer()
	for i := range tags {
		if strings.HasSuffix(tags[i], "*") {
			tags[i] = "O"
			if hits := g.match(nil, []nerWord{newNERWord(words[i], 0, len(words[i]))}); len(hits) == 1 &&
				typeIndex(g.entries[hits[0].Entry].Type) == 2 {
				tags[i] = "B-LOC"
			}
		}
		if tags[i] == "B-PER" && g.titles[foldHash(words[i])] {
			tags[i] = "O"
			if i+1 < len(tags) && tags[i+1] == "I-PER" {
				tags[i+1] = "B-PER"
			}
		}
	}
}

// LoadRe3d reads every re3d document under dir (one CoNLL file each, in
// folders by source), mapping Person, Organisation and Location to PER, ORG
// and LOC and other labels to O.
func LoadRe3d(dir string) ([][]LabeledSentence, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*", "*.conll"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("load re3d: no files in %s", dir)
	}
	var docs [][]LabeledSentence
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("load re3d: %w", err)
		}
		doc, err := ReadCoNLL(f, 1, re3dTag)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("load re3d %s: %w", p, err)
		}
		docs = append(docs, doc)
	}
	return docs, nil
}

// re3dTag maps re3d labels to PER/ORG/LOC.
func re3dTag(tag, _ string) string {
	if len(tag) < 3 {
		return "O"
	}
	switch tag[2:] {
	case "Person":
		return tag[:2] + "PER"
	case "Organisation":
		return tag[:2] + "ORG"
	case "Location":
		return tag[:2] + "LOC"
	}
	return "O"
}

// Chunk groups sentences into documents of n sentences, for evaluating
// sentence-level sets such as the held-back training data.
func Chunk(sents []LabeledSentence, n int) [][]LabeledSentence {
	var docs [][]LabeledSentence
	for i := 0; i < len(sents); i += n {
		docs = append(docs, sents[i:min(i+n, len(sents))])
	}
	return docs
}
