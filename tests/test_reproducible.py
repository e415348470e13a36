"""`make figures` is reproducible: each notebook and its figures regenerate byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.notebooks import execute, notebook_paths
from corpus_tools.resources import FIGURES_ENV, PROJECT_ROOT

COMMITTED_FIGURES = PROJECT_ROOT / "figures"


@pytest.mark.parametrize("notebook", notebook_paths(), ids=lambda p: p.name)
def test_notebook_and_its_figures_regenerate_byte_for_byte(
    notebook: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    figures = tmp_path / "figures"
    monkeypatch.setenv(FIGURES_ENV, str(figures))  # the kernel inherits the environment
    regenerated = tmp_path / notebook.name
    execute(notebook, regenerated)
    assert regenerated.read_bytes() == notebook.read_bytes(), (
        f"{notebook.name} changed when re-executed: run `make figures` and commit the result"
    )
    written = sorted(p.name for p in figures.glob("*.png"))
    prefix = notebook.name[:3]
    assert written == sorted(p.name for p in COMMITTED_FIGURES.glob(f"{prefix}*.png"))
    for name in written:
        assert (figures / name).read_bytes() == (COMMITTED_FIGURES / name).read_bytes(), name
