"""Every notebook runs on a researcher's own corpus and writes nothing that git tracks.

`tests/data/own_corpus/` is a folder of `.txt` files in outlet sub-folders (no metadata),
four short articles the team wrote about an invented port strike; `tests/data/own_settings/`
names its actors. The run is `make figures` with FRAMING_LAB_CORPUS set.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from corpus_tools.notebooks import CORPUS_ENV, notebook_paths, own_corpus_folder
from corpus_tools.resources import FIGURES_ENV, PROJECT_ROOT
from corpus_tools.settings import SETTINGS_ENV

OWN = PROJECT_ROOT / "tests" / "data"


def git_status() -> str:
    return subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=PROJECT_ROOT, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip


def test_own_corpus_output_goes_under_build() -> None:
    assert own_corpus_folder("/data/studies/port_strike") == PROJECT_ROOT / "build" / "port_strike"
    assert own_corpus_folder("exports/strike.csv") == PROJECT_ROOT / "build" / "strike"


@pytest.mark.skipif(not (PROJECT_ROOT / ".git").exists(), reason="needs the git checkout")
def test_every_notebook_runs_on_an_own_corpus(tmp_path: Path) -> None:
    before = git_status()
    env = {k: v for k, v in os.environ.items() if k != FIGURES_ENV}
    env |= {CORPUS_ENV: str(OWN / "own_corpus"), SETTINGS_ENV: str(OWN / "own_settings")}
    run = subprocess.run(
        [sys.executable, "-m", "corpus_tools.notebooks", "--out", str(tmp_path)],
        cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    executed = sorted(p.name for p in (tmp_path / "notebooks").glob("*.ipynb"))
    assert executed == [p.name for p in notebook_paths()]
    nb = nbformat.read(tmp_path / "notebooks" / "00_corpus.ipynb", as_version=4)
    shown = "".join(str(o.get("data", {})) for c in nb.cells for o in c.get("outputs", []))
    assert "Harbour Herald" in shown and "Maria Costa" in shown
    assert (tmp_path / "figures" / "00_article_lengths.png").is_file()
    assert git_status() == before
