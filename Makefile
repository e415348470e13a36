# framing-lab: `make figures` and `make test` are all a new user needs (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export PATH := $(CURDIR)/$(BIN):$(PATH)
# Notebooks must never reach the network; these keep Jupyter quiet about it too.
export JUPYTER_PLATFORM_DIRS := 1
export PYDEVD_DISABLE_FILE_VALIDATION := 1
# Your own corpus (FRAMING_LAB_CORPUS) never overwrites the committed figures of the bundled one.
ifdef FRAMING_LAB_CORPUS
export FRAMING_LAB_FIGURES ?= $(CURDIR)/build/figures
endif

.PHONY: help venv figures test lint unit nbval lab present chromium clean

help:
	@echo "make figures   create .venv, install, execute every notebook, write figures/"
	@echo "make test      ruff, unit tests, browser test and nbval over every notebook"
	@echo "make lab       open JupyterLab on the notebooks"
	@echo "make present   serve the explorer as a dashboard without code (Voila)"

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "framing-lab needs Python 3.11 or newer (PYTHON=$(PYTHON))"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

figures: $(STAMP)
	$(BIN)/python -m corpus_tools.notebooks

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

unit: $(STAMP) chromium
	$(BIN)/python -m pytest tests

nbval: $(STAMP)
	$(BIN)/python -m pytest --nbval --nbval-current-env notebooks

test: lint unit nbval

# Browser tests drive Debian's Chromium; install it where it is missing (needs root or sudo).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends \
			chromium fonts-dejavu-core; }

# Jupyter refuses to run as root without --allow-root (containers, these machines).
ALLOW_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root)

lab: $(STAMP)
	$(BIN)/jupyter lab $(ALLOW_ROOT) notebooks

# The explorer as a dashboard for a projector: outputs and widgets only, no code cells.
# It needs no internet: the project's Voila template (corpus_tools/jupyter) is Voila's "lab"
# without its CDN stylesheets. Figures the notebook saves go to build/, so a seminar (perhaps
# on FRAMING_LAB_CORPUS) never rewrites figures/. Stop it with Ctrl-C.
PRESENT_PORT ?= 8866
present: $(STAMP)
	JUPYTER_PATH=$(CURDIR)/corpus_tools/jupyter FRAMING_LAB_FIGURES=$(CURDIR)/build/present-figures \
		$(BIN)/voila notebooks/05_explorer.ipynb --port=$(PRESENT_PORT) --Voila.ip=127.0.0.1 \
		--template=framing-lab --strip_sources=True --theme=light

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
