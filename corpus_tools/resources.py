"""Where the bundled data lives, and readers for its small tables and word lists."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import pandas as pd

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
FIGURES_ENV = "FRAMING_LAB_FIGURES"


def data_path(*parts: str) -> Path:
    """Path of a file under the project's `data/` folder."""
    return DATA_DIR.joinpath(*parts)


def figures_dir() -> Path:
    """Folder figures are written to: $FRAMING_LAB_FIGURES, else the project's `figures/`."""
    return Path(os.environ.get(FIGURES_ENV) or PROJECT_ROOT / "figures")


def read_table(*parts: str) -> pd.DataFrame:
    """A CSV under `data/`, every column read as text (so ids like "000" keep their zeros).

    Each call returns a fresh copy, so a caller that edits it cannot change what others read.
    """
    return _read_csv(*parts).copy()


@cache
def _read_csv(*parts: str) -> pd.DataFrame:
    return pd.read_csv(data_path(*parts), dtype=str, keep_default_na=False)


@cache
def read_word_list(*parts: str) -> frozenset[str]:
    """A one-word-per-line list under `data/`, without `#` comment lines."""
    lines = data_path(*parts).read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))
