// Package linux holds Newsline's Linux desktop integration: the desktop entry
// (org.newsline.app.desktop), the shared-mime-info type for .newsline case
// files (newsline-mime.xml) and the Makefile that installs a bundle built by
// `make package`. It has no code; its tests check that these files are valid
// and agree with FyneApp.toml.
package linux
