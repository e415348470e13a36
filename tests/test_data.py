"""Every word list and table in data/ states where it comes from and under which licence."""

from __future__ import annotations

import pandas as pd
import pytest

from corpus_tools.resources import DATA_DIR

LICENCES = ("CC0", "BSD-3-Clause", "MIT", "PDDL")


@pytest.mark.parametrize("path", sorted(DATA_DIR.glob("lexicons/*.txt")), ids=lambda p: p.name)
def test_word_lists_name_origin_and_licence(path) -> None:
    header = "\n".join(line for line in path.read_text("utf-8").splitlines() if line[:1] == "#")
    assert "Origin" in header or "origin" in header.lower()
    assert any(licence in header for licence in LICENCES), f"{path.name}: no licence in header"


@pytest.mark.parametrize("path", sorted(DATA_DIR.glob("lexicons/*.csv")), ids=lambda p: p.name)
def test_lexicon_tables_have_a_source_on_every_row(path) -> None:
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert (table["source"].str.strip() != "").all()
    assert table["source"].str.contains("|".join(LICENCES)).all(), f"{path.name}: licence missing"


def test_data_statement_describes_every_data_file() -> None:
    statement = (DATA_DIR / "README.md").read_text("utf-8")
    files = [p for p in DATA_DIR.rglob("*") if p.is_file() and p.suffix in {".csv", ".txt"}]
    undocumented = [p.name for p in files if p.parent.name != "raw" and p.name not in statement]
    assert not undocumented, f"data/README.md does not describe {undocumented}"


@pytest.mark.parametrize("path", sorted(DATA_DIR.glob("lexicons/*.txt")), ids=lambda p: p.name)
def test_word_lists_name_each_entry_once(path) -> None:
    lines = path.read_text("utf-8").splitlines()
    entries = pd.Series([line.strip() for line in lines if line.strip() and line[:1] != "#"])
    assert not entries.duplicated().any(), (
        f"{path.name} repeats {sorted(set(entries[entries.duplicated()]))}"
    )
