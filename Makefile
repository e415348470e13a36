# framing-lab: `make figures` and `make test` are all a new user needs (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export PATH := $(CURDIR)/$(BIN):$(PATH)
# Notebooks must never reach the network; these keep Jupyter quiet about it too.
export JUPYTER_PLATFORM_DIRS := 1
export PYDEVD_DISABLE_FILE_VALIDATION := 1
# Kernels start in notebooks/, so your corpus and settings folders are passed as absolute paths.
ifdef FRAMING_LAB_CORPUS
export FRAMING_LAB_CORPUS := $(abspath $(FRAMING_LAB_CORPUS))
endif
ifdef FRAMING_LAB_SETTINGS
export FRAMING_LAB_SETTINGS := $(abspath $(FRAMING_LAB_SETTINGS))
endif

.PHONY: help venv figures test lint lab present chromium lock bench clean

help:
	@echo "make figures   create .venv, install, execute every notebook, write figures/"
	@echo "make test      ruff, unit tests, browser test and nbval over every notebook"
	@echo "make lab       open JupyterLab on the notebooks"
	@echo "make present   serve the explorer as a dashboard without code (Voila)"
	@echo "make bench     time the pipeline against a naive NLTK loop (not part of make test)"
	@echo "make lock      refresh requirements.lock from pyproject.toml (needs the network)"

# Everything comes from requirements.lock, pinned with hashes, so the figures reproduce byte
# for byte; the package itself is installed editable on top, without touching the pins.
$(STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "framing-lab needs Python 3.11 or newer (PYTHON=$(PYTHON))"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

venv: $(STAMP)

# With FRAMING_LAB_CORPUS set, notebooks and figures go to build/<corpus name>/ instead.
figures: $(STAMP)
	$(BIN)/python -m corpus_tools.notebooks

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# One pytest session: nbval executes each notebook once, writing its figures to a scratch
# folder that tests/test_figures.py then compares byte for byte with figures/.
test: lint chromium
	env -u FRAMING_LAB_CORPUS -u FRAMING_LAB_SETTINGS -u FRAMING_LAB_FIGURES \
		$(BIN)/python -m pytest --nbval --nbval-current-env notebooks tests

lock: $(STAMP)
	$(BIN)/uv pip compile pyproject.toml --extra dev --generate-hashes --universal \
		--python-version 3.11 -o requirements.lock

bench: $(STAMP)
	$(BIN)/python -m benchmarks.bench

# Browser tests drive Debian's Chromium; install it where it is missing (needs root or sudo).
chromium: $(STAMP)
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
