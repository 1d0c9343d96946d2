# The documented commands. `make demo` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1:8000
export HF_HUB_OFFLINE := 1

.PHONY: help install browser demo data serve test lint format clean

help:  ## List the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(BIN)/.installed: pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[ml,dev]"
	touch $@

install: $(BIN)/.installed  ## Create .venv and install askmed with its dev tools

data: install  ## Migrate, import the demo data, create demo accounts, build indexes (idempotent)
	$(BIN)/askmed migrate --noinput
	$(BIN)/askmed demo

serve: install  ## Serve the portal at http://$(HOST) with a background worker beside it
	@echo "askmed is starting at http://$(HOST)/  (Ctrl-C stops the server and the worker)"
	@trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/askmed worker & worker=$$!; \
	$(BIN)/askmed serve $(HOST)

demo: data serve  ## Everything: install, migrate, import, index, then serve

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

browser:  ## Debian's Chromium and ChromeDriver, for the browser tests (no browser download)
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || { \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium chromium-driver; }

test: install browser  ## Lint, then run the whole test suite (what CI runs)
	$(BIN)/ruff check src tests
	$(BIN)/python -m pytest -n 2 -p no:cacheprovider

lint: install  ## ruff lint and format check
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

format: install
	$(BIN)/ruff check --fix src tests bench
	$(BIN)/ruff format src tests bench

clean:  ## Remove the database, indexes and caches (keeps .venv)
	rm -rf var
