# Two commands after cloning:  make site  (build the guide)  and  make test  (run every check).
# Everything the project needs is installed here: a virtual environment, Debian packages
# (Chromium, fonts, poppler, Java) when missing, and npm packages (axe-core, vnu-jar, Lighthouse).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEBIAN_PACKAGES := chromium fonts-noto-core fonts-noto-ui-core poppler-utils zbar-tools faketime default-jre-headless
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test test-fast test-future validate serve lint typecheck check system clean screenshots translations bench

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $@

# Debian packages for the browser tests, installed only when missing.
system:
	@missing=""; for p in $(DEBIAN_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

site: $(STAMP) system
	$(BIN)/guide build

validate: $(STAMP)
	$(BIN)/guide validate

# Refresh translations/messages.pot, every messages.po and the language list in mkdocs.yml.
translations: $(STAMP)
	$(BIN)/guide translations update

serve: $(STAMP)
	$(BIN)/mkdocs serve

lint: $(STAMP)
	$(BIN)/ruff check scripts tests
	$(BIN)/ruff format --check scripts tests
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

test: $(STAMP) system node_modules/.installed lint typecheck
	$(BIN)/guide validate --strict
	$(BIN)/guide translations --check
	$(BIN)/pytest
	$(MAKE) --no-print-directory test-future

# The quick tests: pure parts, real fixture builds and golden pages (no shipped site, browser
# or PDFs). About 45 s.
test-fast: $(STAMP)
	$(BIN)/pytest -m "not slow"

# The same quick tests with the machine's clock two years ahead: they must not depend on the
# real date (they take "today" from the project's clock, GUIDE_TODAY).
test-future: $(STAMP) system
	faketime -f '+730d' $(BIN)/pytest -q -m "not slow" -p no:cacheprovider

# The guide's build against plain Material at several sizes, `guide validate` on 10,000
# listings and leaflet PDFs; prints a Markdown table (README, Performance). Not part of
# `make test`: it takes 15-30 minutes. BENCH_ARGS="--sizes 100x1 --no-pdfs" for a quick one.
bench: $(STAMP) system
	$(BIN)/guide bench $(BENCH_ARGS)

screenshots: $(STAMP) system site
	$(BIN)/python scripts/screenshots.py site test-output/screenshots

clean:
	rm -rf site .site-new-* .site-old-* test-output .pytest_cache .mypy_cache .ruff_cache
