//go:build warm

package main

import (
	_ "fyne.io/fyne/v2/app"
	_ "fyne.io/fyne/v2/test"
	_ "gonum.org/v1/plot"
	_ "gonum.org/v1/plot/vg/vgimg"
	_ "gonum.org/v1/gonum/graph/simple"
	_ "modernc.org/sqlite"
	_ "codeberg.org/readeck/go-readability/v2"
	_ "github.com/ledongthuc/pdf"
	_ "golang.org/x/text/encoding/charmap"
	_ "golang.org/x/net/html"
)
