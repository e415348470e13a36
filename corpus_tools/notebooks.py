"""Execute the project's notebooks in place from a clean kernel, reproducibly.

`python -m corpus_tools.notebooks [NOTEBOOK ...]` runs each notebook (default: every
`notebooks/*.ipynb`) top to bottom in a fresh kernel, then strips what would differ between
two runs: execution timings, widget state and widget model ids, and the Python patch version.
Running it twice leaves every file byte for byte the same.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from corpus_tools.resources import PROJECT_ROOT

NOTEBOOK_DIR = PROJECT_ROOT / "notebooks"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def notebook_paths() -> list[Path]:
    """The project's notebooks, in their numbered order."""
    return sorted(NOTEBOOK_DIR.glob("[0-9][0-9]_*.ipynb"))


def normalise(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Drop run-specific data: widget state and model ids, timings, interpreter patch version."""
    nb.metadata.pop("widgets", None)
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    nb.metadata["language_info"] = {"name": "python", "file_extension": ".py"}
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        for output in cell.get("outputs", []):
            output.get("data", {}).pop(WIDGET_VIEW, None)
    return nb


def execute(path: Path, output: Path | None = None, timeout: int = 600) -> None:
    """Run one notebook from a clean kernel in its own folder; save it normalised to `output`.

    `output` defaults to `path` itself (in place). Figures go where `figures_dir()` says.
    """
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
        record_timing=False,
        store_widget_state=False,
    )
    client.execute()
    nbformat.write(normalise(nb), output or path)


def main(argv: list[str]) -> int:
    """Execute the notebooks named on the command line, or all of them."""
    for path in [Path(a) for a in argv] or notebook_paths():
        print(f"executing {path.name}", flush=True)
        execute(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
