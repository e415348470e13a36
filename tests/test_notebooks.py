"""Notebooks narrate and the library computes: structural checks on every stored notebook."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import nbformat
import pytest

from corpus_tools.notebooks import normalise, notebook_paths
from corpus_tools.resources import PROJECT_ROOT

NOTEBOOKS = notebook_paths()
ADDRESS = re.compile(r"\bat 0x[0-9a-f]{6,}")


def code_cells(path: Path) -> list[nbformat.NotebookNode]:
    return [c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]


def test_the_numbered_notebooks_are_there() -> None:
    names = [p.name for p in NOTEBOOKS]
    assert names[0] == "00_corpus.ipynb"
    assert [n[:2] for n in names] == [f"{i:02d}" for i in range(len(names))]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_no_function_or_class_definitions(notebook: Path) -> None:
    for cell in code_cells(notebook):
        tree = ast.parse(cell.source)
        defined = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.ClassDef)]
        assert not defined, f"{notebook.name}: define functions in corpus_tools, not here"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_executed_in_order_from_a_clean_kernel(notebook: Path) -> None:
    counts = [c.execution_count for c in code_cells(notebook)]
    assert counts == list(range(1, len(counts) + 1)), "run `make figures` to execute it afresh"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_outputs_have_no_errors_warnings_or_addresses(notebook: Path) -> None:
    for cell in code_cells(notebook):
        for output in cell.outputs:
            assert output.output_type != "error", f"{notebook.name}: {output.get('ename')}"
            assert output.get("name") != "stderr", f"{notebook.name}: {output.get('text')}"
            text = output.get("text", "") + str(output.get("data", {}).get("text/plain", ""))
            assert "Warning" not in text and not ADDRESS.search(text), text


def test_nothing_downloads_at_run_time() -> None:
    sources = {
        p.name: p.read_text(encoding="utf-8") for p in PROJECT_ROOT.glob("corpus_tools/*.py")
    }
    sources |= {p.name: "\n".join(c.source for c in code_cells(p)) for p in NOTEBOOKS}
    for name, text in sources.items():
        for forbidden in ("nltk.download", "urlopen", "urlretrieve", "requests.get", "pip install"):
            assert forbidden not in text, f"{name} mentions {forbidden}"


def test_normalise_joins_a_cells_split_stream_outputs() -> None:
    # the kernel may split one cell's printed lines over two stream outputs, or not
    cell = nbformat.v4.new_code_cell("print(1); print(2)")
    cell.outputs = [
        nbformat.v4.new_output("stream", name="stdout", text="1\n"),
        nbformat.v4.new_output("stream", name="stdout", text="2\n"),
        nbformat.v4.new_output("stream", name="stderr", text="x\n"),
    ]
    nb = normalise(nbformat.v4.new_notebook(cells=[cell]))
    assert [(o.name, o.text) for o in nb.cells[0].outputs] == [
        ("stdout", "1\n2\n"),
        ("stderr", "x\n"),
    ]
