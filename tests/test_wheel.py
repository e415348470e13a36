"""The wheel carries its data: installed outside the repository, the package finds everything."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from corpus_tools.resources import PROJECT_ROOT

# Tests that need only the package and its data, not the repository's notebooks or figures.
PORTABLE_TESTS = ["tests/test_corpus.py", "tests/test_settings.py", "tests/test_quotes.py"]
CHECK = """
import corpus_tools as ct
from corpus_tools import claims, frames, lexicon, resources
from corpus_tools.gold import load_gold
assert "site-packages" in str(resources.DATA_DIR), resources.DATA_DIR
articles = ct.load_articles()
assert len(articles) == 5 and len(ct.tokens(articles)) > 2000
assert len(lexicon.loaded_terms()) and len(frames.frame_indicators()) and len(claims.claims())
assert len(load_gold()) == len(ct.quotes(articles))
print("ok", resources.DATA_DIR)
"""


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def wheel_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with only the built wheel installed (dependencies seen from this venv)."""
    root = tmp_path_factory.mktemp("wheel")
    built = run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                "-w", root / "dist", PROJECT_ROOT, cwd=root)  # fmt: skip
    assert built.returncode == 0, built.stderr
    run(sys.executable, "-m", "venv", "--without-pip", root / "venv", cwd=root)
    python = root / "venv" / "bin" / "python"
    site = run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=root)
    # The dependencies come from this environment; a plain path line does not run its
    # editable-install hooks, so `corpus_tools` can only come from the wheel.
    Path(site.stdout.strip(), "deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    wheel = next((root / "dist").glob("*.whl"))
    installed = run(sys.executable, "-m", "pip", "install", "--no-deps", "--python", python,
                    wheel, cwd=root)  # fmt: skip
    if installed.returncode:  # pip older than 22.3 has no --python
        installed = run(sys.executable, "-m", "pip", "install", "--no-deps", "--target",
                        site.stdout.strip(), wheel, cwd=root)  # fmt: skip
    assert installed.returncode == 0, installed.stderr
    return python


def test_installed_wheel_finds_its_data_from_any_folder(wheel_python: Path, tmp_path: Path) -> None:
    result = run(wheel_python, "-c", CHECK, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")


def test_portable_unit_tests_pass_against_the_wheel(wheel_python: Path, tmp_path: Path) -> None:
    result = run(wheel_python, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                 "--import-mode=importlib", "--rootdir", PROJECT_ROOT,
                 *(PROJECT_ROOT / t for t in PORTABLE_TESTS), cwd=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:]
