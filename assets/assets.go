// Package assets holds Newsline's embedded resources: the app icon and the
// demo corpus.
package assets

import (
	"embed"
	_ "embed"

	"fyne.io/fyne/v2"
)

//go:embed icon.png
var iconPNG []byte

//go:embed icon.svg
var iconSVG []byte

// Demo is the demo corpus: short articles about the Russia–North Korea arms
// relationship, July 2022 – October 2023, written for Newsline.
//
//go:embed demo/*.txt
var Demo embed.FS

// Icon is the application icon (PNG).
var Icon = fyne.NewStaticResource("newsline.png", iconPNG)

// IconSVG is the application icon as SVG.
var IconSVG = fyne.NewStaticResource("newsline.svg", iconSVG)
