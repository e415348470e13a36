"""Where the bundled data lives, and readers for its small tables and word lists.

In a checkout the data is the repository's `data/` folder; in an installed wheel it is
`corpus_tools/data` inside the package (pyproject maps one onto the other), found with
`importlib.resources`, so an installed wheel works from any folder.
"""

from __future__ import annotations

import os
from functools import cache
from importlib.resources import files
from pathlib import Path

import pandas as pd

PACKAGE_DIR = Path(str(files("corpus_tools")))
PROJECT_ROOT = PACKAGE_DIR.parent
DATA_DIR = PACKAGE_DIR / "data" if (PACKAGE_DIR / "data").is_dir() else PROJECT_ROOT / "data"
FIGURES_ENV = "FRAMING_LAB_FIGURES"


def data_path(*parts: str) -> Path:
    """Path of a bundled data file (the repository's `data/`, or the wheel's copy)."""
    return DATA_DIR.joinpath(*parts)


def figures_dir() -> Path:
    """Folder figures are written to: $FRAMING_LAB_FIGURES, else the project's `figures/`."""
    return Path(os.environ.get(FIGURES_ENV) or PROJECT_ROOT / "figures")


def read_csv(path: Path) -> pd.DataFrame:
    """A CSV file, every column read as text (so ids like "000" keep their zeros).

    Each call returns a fresh copy; the parsed file is reused until the file changes on disk.
    """
    return _parsed(path, path.stat().st_mtime_ns).copy()


@cache
def _parsed(path: Path, _mtime_ns: int) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def read_table(*parts: str) -> pd.DataFrame:
    """A bundled CSV under `data/`, every column read as text."""
    return read_csv(data_path(*parts))


def read_word_list(path: Path) -> frozenset[str]:
    """A one-entry-per-line list, without blank and `#` comment lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))
