package linux

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"go/ast"
	"go/parser"
	"go/token"
	"image"
	_ "image/png" // FyneApp.toml's icon
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"newsline/data"
)

const (
	desktopFile = "org.newsline.app.desktop"
	mimeFile    = "newsline-mime.xml"
	mimeNS      = "http://www.freedesktop.org/standards/shared-mime-info"
)

// fyneApp is the part of FyneApp.toml the desktop entry repeats.
type fyneApp struct {
	Details struct {
		Icon, Name, ID, Version string
		Build                   int
	}
	LinuxAndBSD struct {
		GenericName, Comment string
		Categories, Keywords []string
	}
	CanOpen struct {
		MimeTypes string
	}
}

func loadFyneApp(t *testing.T) fyneApp {
	t.Helper()
	var app fyneApp
	if _, err := toml.DecodeFile("../../FyneApp.toml", &app); err != nil {
		t.Fatalf("read FyneApp.toml: %v", err)
	}
	return app
}

// loadDesktopEntry returns the keys of the [Desktop Entry] group.
func loadDesktopEntry(t *testing.T) map[string]string {
	t.Helper()
	f, err := os.Open(desktopFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	entry := map[string]string{}
	group := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "["):
			group = line
		case group == "[Desktop Entry]":
			k, v, _ := strings.Cut(line, "=")
			entry[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return entry
}

// lookTool returns the path of a system tool, or skips the test without it.
func lookTool(t *testing.T, name, pkg string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s not installed (Debian package %s; `make test` installs it)", name, pkg)
	}
	return path
}

func TestDesktopEntryValidates(t *testing.T) {
	tool := lookTool(t, "desktop-file-validate", "desktop-file-utils")
	out, err := exec.Command(tool, desktopFile).CombinedOutput()
	if err != nil {
		t.Fatalf("desktop-file-validate %s: %v\n%s", desktopFile, err, out)
	}
	// Errors fail the command; warnings do not, but they should not be there either.
	if bytes.Contains(out, []byte("warning:")) {
		t.Errorf("desktop-file-validate %s warns:\n%s", desktopFile, out)
	}
}

func TestDesktopEntryMatchesFyneApp(t *testing.T) {
	app := loadFyneApp(t)
	entry := loadDesktopEntry(t)
	list := func(items []string) string { return strings.Join(items, ";") + ";" }
	tests := []struct{ key, want string }{
		{"Type", "Application"},
		{"Name", app.Details.Name},
		{"Icon", app.Details.ID},
		{"GenericName", app.LinuxAndBSD.GenericName},
		{"Comment", app.LinuxAndBSD.Comment},
		{"Categories", list(app.LinuxAndBSD.Categories)},
		{"Keywords", list(app.LinuxAndBSD.Keywords)},
		{"MimeType", app.CanOpen.MimeTypes + ";"},
		{"StartupWMClass", app.Details.Name},
		{"Terminal", "false"},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			if got := entry[tt.key]; got != tt.want {
				t.Errorf("%s=%q, want %q", tt.key, got, tt.want)
			}
		})
	}
	t.Run("FileName", func(t *testing.T) {
		// The desktop file ID is the app ID, so that Wayland compositors and
		// GNOME match the window (app.NewWithID) with its entry.
		if want := app.Details.ID + ".desktop"; desktopFile != want {
			t.Errorf("desktop file is %s, want %s", desktopFile, want)
		}
	})
	t.Run("Exec", func(t *testing.T) {
		// The bundle Makefile rewrites "Exec=newsline " to the installed path;
		// the app opens the case file given as its only argument.
		if got := entry["Exec"]; got != "newsline %f" && got != "newsline %F" {
			t.Errorf("Exec=%q, want \"newsline %%f\"", got)
		}
	})
	t.Run("IconFile", func(t *testing.T) {
		// bundle.sh installs the icon as hicolor/512x512/apps/<ID>.png.
		f, err := os.Open(filepath.Join("../..", app.Details.Icon))
		if err != nil {
			t.Fatalf("FyneApp.toml icon: %v", err)
		}
		defer f.Close()
		cfg, format, err := image.DecodeConfig(f)
		if err != nil {
			t.Fatalf("FyneApp.toml icon: %v", err)
		}
		if format != "png" || cfg.Width != 512 || cfg.Height != 512 {
			t.Errorf("icon is a %dx%d %s, want a 512x512 png", cfg.Width, cfg.Height, format)
		}
	})
}

func TestFyneAppVersion(t *testing.T) {
	app := loadFyneApp(t)
	if !regexp.MustCompile(`^\d+\.\d+\.\d+$`).MatchString(app.Details.Version) {
		t.Errorf("FyneApp.toml Version %q is not MAJOR.MINOR.PATCH", app.Details.Version)
	}
	if app.Details.Build < 1 {
		t.Errorf("FyneApp.toml Build = %d, want >= 1", app.Details.Build)
	}
	if got := appVersion(t); got != app.Details.Version {
		t.Errorf("app.Version = %q, FyneApp.toml Version = %q: keep them equal", got, app.Details.Version)
	}
}

// appVersion reads the Version constant from the app package's source, so
// that this test does not link Fyne's GL driver.
func appVersion(t *testing.T) string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "../../app/main.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, decl := range f.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.CONST {
			continue
		}
		for _, spec := range gen.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, name := range vs.Names {
				if name.Name != "Version" || i >= len(vs.Values) {
					continue
				}
				lit, ok := vs.Values[i].(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					t.Fatal("app.Version is not a string literal")
				}
				v, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatal(err)
				}
				return v
			}
		}
	}
	t.Fatal("app/main.go declares no const Version")
	return ""
}

// mimeInfo is the shared-mime-info package format, as much as Newsline uses.
type mimeInfo struct {
	XMLName   xml.Name `xml:"mime-info"`
	MimeTypes []struct {
		Type       string `xml:"type,attr"`
		Comment    string `xml:"comment"`
		SubClassOf []struct {
			Type string `xml:"type,attr"`
		} `xml:"sub-class-of"`
		Globs []struct {
			Pattern string `xml:"pattern,attr"`
		} `xml:"glob"`
		Magic []struct {
			Matches []mimeMatch `xml:"match"`
		} `xml:"magic"`
	} `xml:"mime-type"`
}

type mimeMatch struct {
	Type    string      `xml:"type,attr"`
	Offset  string      `xml:"offset,attr"`
	Value   string      `xml:"value,attr"`
	Matches []mimeMatch `xml:"match"`
}

func TestMIMEPackageWellFormed(t *testing.T) {
	tool := lookTool(t, "xmllint", "libxml2-utils")
	if out, err := exec.Command(tool, "--noout", mimeFile).CombinedOutput(); err != nil {
		t.Fatalf("xmllint --noout %s: %v\n%s", mimeFile, err, out)
	}
}

func TestMIMEPackageContent(t *testing.T) {
	raw, err := os.ReadFile(mimeFile)
	if err != nil {
		t.Fatal(err)
	}
	var info mimeInfo
	if err := xml.Unmarshal(raw, &info); err != nil {
		t.Fatalf("parse %s: %v", mimeFile, err)
	}
	if info.XMLName.Space != mimeNS {
		t.Errorf("namespace %q, want %q", info.XMLName.Space, mimeNS)
	}
	if len(info.MimeTypes) != 1 {
		t.Fatalf("%d mime-types, want 1", len(info.MimeTypes))
	}
	mt := info.MimeTypes[0]
	if want := loadFyneApp(t).CanOpen.MimeTypes; mt.Type != want {
		t.Errorf("type %q, FyneApp.toml [CanOpen] says %q", mt.Type, want)
	}
	if mt.Comment == "" {
		t.Error("no comment (file managers show it as the type's name)")
	}
	if len(mt.Globs) != 1 || mt.Globs[0].Pattern != "*.newsline" {
		t.Errorf("globs %+v, want one *.newsline", mt.Globs)
	}
	if len(mt.SubClassOf) != 1 || mt.SubClassOf[0].Type != "application/vnd.sqlite3" {
		t.Errorf("sub-class-of %+v, want application/vnd.sqlite3", mt.SubClassOf)
	}
	// A case is a SQLite file whose header has data.ApplicationID at offset 68.
	want := mimeMatch{Type: "string", Offset: "0", Value: "SQLite format 3",
		Matches: []mimeMatch{{Type: "big32", Offset: "68",
			Value: "0x" + strconv.FormatUint(data.ApplicationID, 16)}}}
	if len(mt.Magic) != 1 || len(mt.Magic[0].Matches) != 1 ||
		!sameMatch(mt.Magic[0].Matches[0], want) {
		t.Errorf("magic %+v, want %+v", mt.Magic, want)
	}
}

func sameMatch(a, b mimeMatch) bool {
	if a.Type != b.Type || a.Offset != b.Offset || !strings.EqualFold(a.Value, b.Value) ||
		len(a.Matches) != len(b.Matches) {
		return false
	}
	for i := range a.Matches {
		if !sameMatch(a.Matches[i], b.Matches[i]) {
			return false
		}
	}
	return true
}

// TestMIMEDetection installs the MIME package into a private database, as the
// bundle's Makefile does, and asks GIO (what GTK file managers use) for the
// type of a real case, under its own name and under a foreign one.
func TestMIMEDetection(t *testing.T) {
	update := lookTool(t, "update-mime-database", "shared-mime-info")
	home := t.TempDir()
	pkgDir := filepath.Join(home, "mime", "packages")
	if err := os.MkdirAll(pkgDir, 0o755); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(mimeFile)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(pkgDir, mimeFile), raw, 0o644); err != nil {
		t.Fatal(err)
	}
	// update-mime-database rejects a package it cannot parse.
	if out, err := exec.Command(update, "-V", filepath.Join(home, "mime")).CombinedOutput(); err != nil ||
		bytes.Contains(out, []byte("rror")) {
		t.Fatalf("update-mime-database: %v\n%s", err, out)
	}
	if _, err := os.Stat(filepath.Join(home, "mime", "application", "x-newsline.xml")); err != nil {
		t.Fatalf("update-mime-database did not register the type: %v", err)
	}

	gio := lookTool(t, "gio", "libglib2.0-bin")
	dir := t.TempDir()
	casePath := filepath.Join(dir, "story.newsline")
	store, err := data.Open(casePath)
	if err != nil {
		t.Fatal(err)
	}
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	renamed := filepath.Join(dir, "story.bin")
	copyFile(t, casePath, renamed)
	plain := filepath.Join(dir, "plain.bin")
	header := append([]byte("SQLite format 3\x00"), make([]byte, 84)...)
	if err := os.WriteFile(plain, header, 0o644); err != nil {
		t.Fatal(err)
	}

	tests := []struct{ name, path, want string }{
		{"glob", casePath, "application/x-newsline"},
		{"magic", renamed, "application/x-newsline"},
		{"other SQLite", plain, "application/vnd.sqlite3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := exec.Command(gio, "info", "-a", "standard::content-type", tt.path)
			cmd.Env = append(os.Environ(), "XDG_DATA_HOME="+home, "XDG_DATA_DIRS=/usr/share")
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("gio info: %v\n%s", err, out)
			}
			if !bytes.Contains(out, []byte("standard::content-type: "+tt.want+"\n")) {
				t.Errorf("gio info %s:\n%s\nwant content type %s", filepath.Base(tt.path), out, tt.want)
			}
		})
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
