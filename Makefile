# The two commands a newcomer needs: `make run` and `make test`.
# Both install what is missing first (see scripts/install-deps.sh).

SWIFT  ?= swift
PREFIX ?= /usr/local
CONFIG ?= debug

.PHONY: all deps build run test transcripts install release format clean

all: build

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build -c $(CONFIG)

## Start the REPL on the built-in timeline.
run: build
	@$(SWIFT) run -c $(CONFIG) --skip-build timeline

## The whole suite: unit tests, transcript tests.
test: deps
	$(SWIFT) build
	$(SWIFT) test

## Re-record transcript expectations after an intended change (review the diff!).
transcripts: build
	scripts/record-transcripts.sh

release: deps
	$(SWIFT) build -c release

## Install the binary (and, once they exist, man page and completions).
install: release
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 0755 "$$($(SWIFT) build -c release --show-bin-path)/timeline" "$(DESTDIR)$(PREFIX)/bin/timeline"

clean:
	rm -rf .build
