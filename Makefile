# Newsline: the two commands of the README are `make run` and `make test`.
# Both install the Debian packages Fyne needs when they are missing.

SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
export DEBIAN_FRONTEND := noninteractive
export LANG := en_US.UTF-8

# Packages to build Fyne's GL driver (cgo, X11) and to run the tests.
BUILD_PKGS := gcc libc6-dev pkg-config libgl-dev libxcursor-dev libxrandr-dev \
	libxinerama-dev libxi-dev libxxf86vm-dev
TEST_PKGS := desktop-file-utils libxml2-utils
E2E_PKGS := xvfb xauth imagemagick openbox x11-utils

GO ?= go

.PHONY: run test build deps test-deps go vet package e2e bench clean

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

## package: build the Linux desktop bundle (Newsline.tar.xz) with fyne package.
package: deps
	$(GO) run fyne.io/tools/cmd/fyne@v1.7.4 package --os linux --release --name Newsline
	@echo "install with: tar -xf Newsline.tar.xz && make -C usr/local user-install Exec=newsline (see README)"

## e2e: start the app under Xvfb, drop real files on it through XDND, check the case.
e2e: build
	@dpkg -s $(E2E_PKGS) >/dev/null 2>&1 || { $(SUDO) apt-get update && \
		$(SUDO) apt-get install -y --no-install-recommends $(E2E_PKGS); }
	./scripts/e2e.sh

clean:
	rm -f newsline Newsline.tar.xz
