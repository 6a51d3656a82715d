# Two commands for a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# Debian's chromium for tests/test_browser.py only (Playwright's own browser download needs the open web);
# `make demo` needs neither a browser nor apt
CHROMIUM := /usr/bin/chromium

.PHONY: demo test lint venv clean

$(BIN)/emotion-jax: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	$(BIN)/pip install -q --no-deps resemblyzer==0.1.4  # see pyproject.toml: its declared deps are broken
	$(BIN)/pip install -q --no-deps openai-whisper==20250625  # see pyproject.toml: without triton
	touch $@

$(CHROMIUM):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

venv: $(BIN)/emotion-jax

demo: venv
	$(BIN)/emotion-jax demo

test: venv $(CHROMIUM)
	$(BIN)/ruff check emotion_jax privacy tests benchmarks docs
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) build *.egg-info
