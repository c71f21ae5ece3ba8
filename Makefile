# Newsline: the two commands of the README are `make run` and `make test`.
# Both install the Debian packages Fyne needs when they are missing.

SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
export DEBIAN_FRONTEND := noninteractive
export LANG := en_US.UTF-8

# Packages to build Fyne's GL driver (cgo, X11) and to run the tests.
BUILD_PKGS := gcc libc6-dev pkg-config libgl-dev libxcursor-dev libxrandr-dev \
	libxinerama-dev libxi-dev libxxf86vm-dev
TEST_PKGS := desktop-file-utils libxml2-utils shared-mime-info libglib2.0-bin
E2E_PKGS := xvfb xauth imagemagick openbox x11-utils python3 python3-xlib

GO ?= go

.PHONY: run test build deps test-deps go vet package install-desktop e2e bench clean

## run: install what is missing, build and start Newsline.
run: build
	./newsline

## test: install what is missing, then vet and test everything.
test: test-deps
	$(GO) vet ./...
	$(GO) test ./...

build: deps
	$(GO) build -o newsline .

deps: go
	@dpkg -s $(BUILD_PKGS) >/dev/null 2>&1 || { $(SUDO) apt-get update && \
		$(SUDO) apt-get install -y --no-install-recommends $(BUILD_PKGS); }

test-deps: deps
	@dpkg -s $(TEST_PKGS) >/dev/null 2>&1 || { $(SUDO) apt-get update && \
		$(SUDO) apt-get install -y --no-install-recommends $(TEST_PKGS); }

# Go 1.21 or newer fetches the toolchain go.mod asks for from the module proxy.
go:
	@command -v $(GO) >/dev/null 2>&1 || { $(SUDO) apt-get update && \
		$(SUDO) apt-get install -y --no-install-recommends golang-go ca-certificates; }

## bench: run the benchmarks (numbers go in BENCHMARKS.md).
bench: deps
	$(GO) test -run '^$$' -bench . -benchmem ./...

FYNE := $(GO) run fyne.io/tools/cmd/fyne@v1.7.4

## package: build the Linux desktop bundle Newsline.tar.xz: fyne package builds the
## release binary, packaging/linux/bundle.sh adds the desktop entry, the MIME type for
## .newsline cases and the install Makefile. fyne package bumps Build in FyneApp.toml
## on every run; it is restored, so Build changes only when a release sets it.
package: deps
	@mkdir -p dist && cp FyneApp.toml dist/FyneApp.toml.orig
	$(FYNE) package --os linux --release --name Newsline; \
		rc=$$?; cp dist/FyneApp.toml.orig FyneApp.toml; exit $$rc
	sh packaging/linux/bundle.sh Newsline.tar.xz Newsline.tar.xz
	@echo "install: tar -xf Newsline.tar.xz && make -C newsline user-install (see README)"

## install-desktop: build the bundle and install it for the current user (~/.local).
install-desktop: package
	rm -rf dist/newsline && tar -xf Newsline.tar.xz -C dist
	$(MAKE) -C dist/newsline user-install

## e2e: start the app under Xvfb, drop real files on it through XDND, check the case.
e2e: build
	@dpkg -s $(E2E_PKGS) >/dev/null 2>&1 || { $(SUDO) apt-get update && \
		$(SUDO) apt-get install -y --no-install-recommends $(E2E_PKGS); }
	./scripts/e2e.sh

clean:
	rm -f newsline Newsline.tar.xz
	rm -rf dist tmp-pkg
