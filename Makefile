# Tahaluf: the two commands a newcomer needs are `make run` and `make test`.
# Both install missing system packages first (with apt-get when root; a clear message otherwise).

SWIFT       ?= swift
PREFIX      ?= /usr/local
CONFIG      ?= release
BUILD_FLAGS ?= -c $(CONFIG) --static-swift-stdlib
BIN_DIR      = $(shell $(SWIFT) build $(BUILD_FLAGS) --show-bin-path 2>/dev/null)
ARGS        ?=

SYSTEM_PACKAGES      = libncursesw5-dev libfribidi-dev tmux unicode-data python3 openssh-server openssh-client strace
BENCH_PACKAGES       = w3m hyperfine time python3-pyte
# Files the tests need from those packages, checked before calling apt-get.
SYSTEM_PROBES        = /usr/include/ncursesw/curses.h /usr/include/fribidi/fribidi.h \
                       /usr/bin/tmux /usr/share/unicode/BidiCharacterTest.txt /usr/bin/python3 /usr/sbin/sshd /usr/bin/ssh /usr/bin/strace \
                       /usr/share/unicode/ArabicShaping.txt

.PHONY: run test build deps python-deps bench-deps bench fuzz install uninstall clean check-data snapshots help

help:
	@echo "make run      build and start tahaluf on the bundled data (ARGS='--lang en' to pass options)"
	@echo "make test     build and run every test"
	@echo "make bench    benchmarks next to w3m, one table"
	@echo "make fuzz     libFuzzer on the loader and the text engine (FUZZ_SECONDS=60 each; not in CI)"
	@echo "make install  PREFIX=$(PREFIX)"

deps:
	@missing=""; for f in $(SYSTEM_PROBES); do [ -e "$$f" ] || missing="$$missing $$f"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing system packages: $(SYSTEM_PACKAGES)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(SYSTEM_PACKAGES) >/dev/null; \
	  else \
	    echo "Missing:$$missing"; \
	    echo "Install them with: sudo apt-get install $(SYSTEM_PACKAGES)"; exit 1; \
	  fi; \
	fi

build: deps
	$(SWIFT) build $(BUILD_FLAGS) --product tahaluf

run: build
	$(BIN_DIR)/tahaluf $(ARGS)

# The differential text test's reference (python-bidi, which wraps the Rust unicode-bidi crate), in
# a venv of our own under .build; nothing is done when it is already there.
PYTHON_DEPS   = .build/python-deps
PYTHON_BIDI   = python-bidi==0.6.12
python-deps:
	@$(PYTHON_DEPS)/bin/python3 -c 'import bidi' 2>/dev/null || { \
	  python3 -c 'import ensurepip, venv' 2>/dev/null || { \
	    if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null; \
	    else echo "Install: sudo apt-get install python3-venv"; exit 1; fi; }; \
	  echo "Installing $(PYTHON_BIDI) into $(PYTHON_DEPS)"; \
	  rm -rf $(PYTHON_DEPS) && python3 -m venv $(PYTHON_DEPS) && $(PYTHON_DEPS)/bin/pip install -q '$(PYTHON_BIDI)'; }

test: deps python-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

snapshots: deps
	TAHALUF_UPDATE_SNAPSHOTS=1 $(SWIFT) test --filter SnapshotTests

bench-deps:
	@command -v w3m >/dev/null && command -v hyperfine >/dev/null && python3 -c 'import pyte' 2>/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(BENCH_PACKAGES) >/dev/null; \
	  else echo "Install: sudo apt-get install $(BENCH_PACKAGES)"; exit 1; fi; }

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
	install -m 644 Docs/tahaluf.1 $(DESTDIR)$(PREFIX)/share/man/man1/tahaluf.1

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/tahaluf $(DESTDIR)$(PREFIX)/share/man/man1/tahaluf.1
	rm -rf $(DESTDIR)$(PREFIX)/share/tahaluf

clean:
	$(SWIFT) package clean
