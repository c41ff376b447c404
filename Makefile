# Tahaluf: the two commands a newcomer needs are `make run` and `make test`.
# Both install missing system packages first (with apt-get when root; a clear message otherwise).

SWIFT       ?= swift
PREFIX      ?= /usr/local
CONFIG      ?= release
BUILD_FLAGS ?= -c $(CONFIG) --static-swift-stdlib
BIN_DIR      = $(shell $(SWIFT) build $(BUILD_FLAGS) --show-bin-path 2>/dev/null)
ARGS        ?=
VERSION      = $(shell sed -n 's/.*static let version = "\(.*\)"/\1/p' Sources/tahaluf/Tahaluf.swift)
# Wait for another apt (a package manager run elsewhere) instead of failing at once.
APT_WAIT     = -o DPkg::Lock::Timeout=600

SYSTEM_PACKAGES      = libncursesw5-dev libfribidi-dev tmux unicode-data python3 openssh-server openssh-client strace
BENCH_PACKAGES       = w3m hyperfine time python3-pyte lynx python3-venv
# The scale benchmark's peer from PyPI, pinned, in a venv of its own (Docs/DECISIONS.md).
BENCH_PYENV          = .build/benchenv
BENCH_PYTHON_PACKAGES = visidata==3.4
# Files the tests need from those packages, checked before calling apt-get.
SYSTEM_PROBES        = /usr/include/ncursesw/curses.h /usr/include/fribidi/fribidi.h \
                       /usr/bin/tmux /usr/share/unicode/BidiCharacterTest.txt /usr/bin/python3 /usr/sbin/sshd /usr/bin/ssh /usr/bin/strace \
                       /usr/share/unicode/ArabicShaping.txt
# Only the tests need these (CSVExportTests opens the CSV export in LibreOffice); make run does not.
TEST_PACKAGES        = python3-venv libreoffice-calc-nogui
TEST_PROBES          = /usr/lib/python3*/ensurepip /usr/bin/soffice
# Python packages the tests need, pinned, from PyPI, in one virtual environment (Docs/DECISIONS.md):
# real citation tools the tests feed tahaluf's BibTeX, CSL-JSON and RIS to, and openpyxl, which reads
# back the .xlsx LibreOffice makes of the CSV export, and python-bidi (the Rust unicode-bidi crate),
# the independent reference of the text engine's differential test.
PYENV                = .build/pyenv
PYTHON_PACKAGES      = pybtex==0.26.1 citeproc-py==0.11.1 rispy==0.10.0 jsonschema==4.26.0 openpyxl==3.1.5 python-bidi==0.6.12


.PHONY: run test build deps test-deps python-deps bench-deps bench fuzz install uninstall clean check-data snapshots help dist distcheck

help:
	@echo "make run      build and start tahaluf on the bundled data (ARGS='--lang en' to pass options)"
	@echo "make test     build and run every test"
	@echo "make bench    benchmarks next to w3m, and at 100k/1M events next to VisiData and lynx (SCALE=0 skips those)"
	@echo "make fuzz     libFuzzer on the loader and the text engine (FUZZ_SECONDS=60 each; not in CI)"
	@echo "make install  PREFIX=$(PREFIX)"
	@echo "make dist     tahaluf-VERSION.tar.gz from the committed tree (make distcheck: unpack it, make test there)"

# $(call install-missing,PROBES,PACKAGES,WHAT): apt-get install PACKAGES when a PROBE file is
# missing (as root; otherwise print the command to run).
define install-missing
	@missing=""; for f in $(1); do [ -e "$$f" ] || missing="$$missing $$f"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing $(3): $(2)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_WAIT) $(2) >/dev/null; \
	  else \
	    echo "Missing:$$missing"; \
	    echo "Install them with: sudo apt-get install $(2)"; exit 1; \
	  fi; \
	fi
endef

deps:
	$(call install-missing,$(SYSTEM_PROBES),$(SYSTEM_PACKAGES),system packages)

build: deps
	$(SWIFT) build $(BUILD_FLAGS) --product tahaluf

run: build
	$(BIN_DIR)/tahaluf $(ARGS)

test-deps: deps
	$(call install-missing,$(TEST_PROBES),$(TEST_PACKAGES),test packages)

# Installs once: the stamp names the pinned versions, so changing a pin reinstalls.
python-deps: test-deps
	@stamp="$(PYENV)/.installed"; want="$(PYTHON_PACKAGES)"; \
	if [ -f "$$stamp" ] && [ "$$(cat "$$stamp")" = "$$want" ]; then exit 0; fi; \
	if ! python3 -m venv --help >/dev/null 2>&1 || ! python3 -c 'import ensurepip' 2>/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_WAIT) python3-venv >/dev/null; \
	  else echo "Install python3-venv: sudo apt-get install python3-venv"; exit 1; fi; \
	fi; \
	rm -rf "$(PYENV)" && python3 -m venv "$(PYENV)" && \
	"$(PYENV)/bin/pip" install --quiet --disable-pip-version-check $(PYTHON_PACKAGES) && \
	echo "$$want" > "$$stamp"

test: deps python-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

snapshots: deps
	TAHALUF_UPDATE_SNAPSHOTS=1 $(SWIFT) test --filter SnapshotTests

bench-deps:
	@command -v w3m >/dev/null && command -v hyperfine >/dev/null && command -v lynx >/dev/null && \
	  python3 -c 'import pyte, ensurepip' 2>/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_WAIT) $(BENCH_PACKAGES) >/dev/null; \
	  else echo "Install: sudo apt-get install $(BENCH_PACKAGES)"; exit 1; fi; }
	@stamp="$(BENCH_PYENV)/.installed"; want="$(BENCH_PYTHON_PACKAGES)"; \
	if [ -f "$$stamp" ] && [ "$$(cat "$$stamp")" = "$$want" ]; then exit 0; fi; \
	rm -rf "$(BENCH_PYENV)" && python3 -m venv "$(BENCH_PYENV)" && \
	"$(BENCH_PYENV)/bin/pip" install --quiet --disable-pip-version-check $(BENCH_PYTHON_PACKAGES) && \
	echo "$$want" > "$$stamp"

bench: deps bench-deps
	$(SWIFT) build $(BUILD_FLAGS) --product tahaluf
	$(SWIFT) build $(BUILD_FLAGS) --product tahaluf-bench
	bash scripts/bench.sh "$(BIN_DIR)"

fuzz: deps
	$(SWIFT) build --product tahaluf
	bash scripts/fuzz.sh

check-data: build
	$(BIN_DIR)/tahaluf check --data Resources

install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/tahaluf/Resources $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BIN_DIR)/tahaluf $(DESTDIR)$(PREFIX)/bin/tahaluf
	install -m 644 Resources/*.json $(DESTDIR)$(PREFIX)/share/tahaluf/Resources/
	install -d $(DESTDIR)$(PREFIX)/share/tahaluf/Resources/articles
	install -m 644 Resources/articles/*.txt $(DESTDIR)$(PREFIX)/share/tahaluf/Resources/articles/
	install -m 644 Docs/tahaluf.1 $(DESTDIR)$(PREFIX)/share/man/man1/tahaluf.1

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/tahaluf $(DESTDIR)$(PREFIX)/share/man/man1/tahaluf.1
	rm -rf $(DESTDIR)$(PREFIX)/share/tahaluf

dist:
	git archive --format=tar.gz --prefix=tahaluf-$(VERSION)/ -o tahaluf-$(VERSION).tar.gz HEAD
	@echo "tahaluf-$(VERSION).tar.gz"

# The tarball alone must build and pass with the README's two commands.
distcheck: dist
	rm -rf .build-distcheck && mkdir -p .build-distcheck
	tar -xzf tahaluf-$(VERSION).tar.gz -C .build-distcheck
	$(MAKE) -C .build-distcheck/tahaluf-$(VERSION) test

clean:
	$(SWIFT) package clean
