"""Session set-up shared by nbval and the tests: one notebook run serves both.

When pytest runs with `--nbval`, the notebooks' kernels write their figures to a scratch
folder (they inherit FRAMING_LAB_FIGURES), and `tests/test_figures.py` compares that folder
byte for byte with the committed `figures/`. So `make test` executes each notebook once.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from corpus_tools.resources import FIGURES_ENV


def pytest_configure(config: pytest.Config) -> None:
    """Point notebook kernels at a fresh scratch figures folder when nbval runs."""
    if config.getoption("--nbval", default=False):
        folder = Path(tempfile.mkdtemp(prefix="framing-lab-figures-"))
        os.environ[FIGURES_ENV] = str(folder)
