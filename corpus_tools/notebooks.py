"""Execute the project's notebooks from a clean kernel, reproducibly.

`python -m corpus_tools.notebooks [--out FOLDER] [NOTEBOOK ...]` runs each notebook (default:
every `notebooks/*.ipynb`) top to bottom in a fresh kernel, then strips what would differ
between two runs: execution timings, widget state and widget model ids, the Python patch
version, and the points where the kernel split a cell's printed output. Running it twice
leaves every file byte for byte the same.

On the bundled corpus the notebooks are saved in place and figures go to `figures/`. With
`FRAMING_LAB_CORPUS` set (your own corpus), nothing tracked is touched: executed notebooks go
to `build/<corpus name>/notebooks/` and figures to `build/<corpus name>/figures/`.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from corpus_tools.resources import FIGURES_ENV, PROJECT_ROOT
from corpus_tools.settings import SETTINGS_ENV

NOTEBOOK_DIR = PROJECT_ROOT / "notebooks"
CORPUS_ENV = "FRAMING_LAB_CORPUS"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def notebook_paths() -> list[Path]:
    """The project's notebooks, in their numbered order."""
    return sorted(NOTEBOOK_DIR.glob("[0-9][0-9]_*.ipynb"))


def normalise(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Drop run-specific data: widget state and model ids, timings, interpreter patch version;
    join a cell's consecutive stream outputs of one name, which the kernel splits wherever a
    flush happened to fall."""
    nb.metadata.pop("widgets", None)
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    nb.metadata["language_info"] = {"name": "python", "file_extension": ".py"}
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        for output in cell.get("outputs", []):
            output.get("data", {}).pop(WIDGET_VIEW, None)
        if "outputs" in cell:
            cell.outputs = _joined_streams(cell.outputs)
    return nb


def _joined_streams(outputs: list) -> list:
    """Consecutive stream outputs of one name (stdout, stderr) as one."""
    joined: list = []
    for output in outputs:
        last = joined[-1] if joined else None
        if (
            last is not None
            and output.get("output_type") == last.get("output_type") == "stream"
            and output.get("name") == last.get("name")
        ):
            last["text"] = "".join(last["text"]) + "".join(output["text"])
        else:
            joined.append(output)
    return joined


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


def own_corpus_folder(corpus: str | Path) -> Path:
    """Where a run on your own corpus goes: `build/<corpus name>/` (never a tracked file)."""
    return PROJECT_ROOT / "build" / Path(corpus).expanduser().resolve().stem


def main(argv: list[str]) -> int:
    """Execute the notebooks named on the command line, or all of them."""
    parser = argparse.ArgumentParser(prog="python -m corpus_tools.notebooks")
    parser.add_argument("notebooks", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, help="folder for executed notebooks and figures")
    args = parser.parse_args(argv)
    for name in (CORPUS_ENV, SETTINGS_ENV):  # kernels start in notebooks/: make paths absolute
        if os.environ.get(name):
            os.environ[name] = str(Path(os.environ[name]).expanduser().resolve())
    corpus = os.environ.get(CORPUS_ENV)
    out = args.out or (own_corpus_folder(corpus) if corpus else None)
    if out is not None:
        (out / "notebooks").mkdir(parents=True, exist_ok=True)
        os.environ.setdefault(FIGURES_ENV, str(out / "figures"))  # kernels inherit it
    for path in args.notebooks or notebook_paths():
        print(f"executing {path.name}", flush=True)
        execute(path, out / "notebooks" / path.name if out else None)
    if out is not None:
        print(f"notebooks and figures written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
