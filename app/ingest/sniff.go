package ingest

import (
	"bytes"
)

// magic maps leading bytes of binary formats Newsline refuses to a reason.
// It is consulted only for content that does not look like text, so that an
// article starting with "MZ" is not mistaken for an executable.
var magic = []struct {
	prefix string
	reason string
}{
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"II*\x00", "TIFF image"},
	{"MM\x00*", "TIFF image"},
	{"\x7fELF", "executable"},
	{"MZ", "executable"},
	{"\xcf\xfa\xed\xfe", "executable"},
	{"\x1f\x8b", "gzip archive"},
	{"7z\xbc\xaf\x27\x1c", "7-Zip archive"},
	{"Rar!\x1a\x07", "RAR archive"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document; save it as .docx"},
	{"SQLite format 3\x00", "SQLite database"},
}

// sniff names the format of data from its content: "pdf", "zip", "text", or
// a short reason why it cannot be read.
func sniff(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return "pdf"
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return "zip"
	case hasUTF16BOM(data):
		return "text"
	}
	if looksText(data) {
		return "text"
	}
	if bytes.HasPrefix(data, []byte("RIFF")) && len(data) >= 12 && string(data[8:12]) == "WEBP" {
		return "WebP image"
	}
	for _, m := range magic {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
			return m.reason
		}
	}
	return "binary data"
}

func hasUTF16BOM(data []byte) bool {
	return bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff})
}

// looksText reports whether data has no NUL byte and few other control bytes,
// as text in UTF-8 or a single-byte encoding has.
func looksText(data []byte) bool {
	controls := 0
	for _, b := range data {
		switch {
		case b == 0:
			return false
		case b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b:
			controls++
		case b == 0x7f:
			controls++
		}
	}
	return controls*100 <= len(data)
}
