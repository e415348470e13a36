"""The committed figures are what the notebooks draw: byte for byte, from nbval's own run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from corpus_tools.resources import FIGURES_ENV, PROJECT_ROOT

COMMITTED = PROJECT_ROOT / "figures"


@pytest.fixture
def regenerated(request: pytest.FixtureRequest) -> Path:
    """The figures nbval's kernels wrote in this session (after every notebook item ran)."""
    ran = {i.path.name for i in request.session.items if i.path.suffix == ".ipynb"}
    every = {p.name for p in (PROJECT_ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")}
    if not request.config.getoption("--nbval", default=False) or ran != every:
        pytest.skip("needs every notebook run by nbval first: pytest --nbval notebooks tests")
    return Path(os.environ[FIGURES_ENV])


def test_figures_regenerate_byte_for_byte(regenerated: Path) -> None:
    written = sorted(p.name for p in regenerated.glob("*.png"))
    assert written == sorted(p.name for p in COMMITTED.glob("*.png"))
    changed = [n for n in written if (regenerated / n).read_bytes() != (COMMITTED / n).read_bytes()]
    assert not changed, f"re-drawn differently: {changed}; run `make figures` and commit"
