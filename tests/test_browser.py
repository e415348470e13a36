"""The explorer in a real browser: JupyterLab and the Voila dashboard, in headless Chromium.

Each test starts its own server on a free loopback port (stopped by its pid when the test
ends), lets the page reach nothing but loopback, types a term into the term explorer and
checks that both the keyword-in-context table and the chart change. Screenshots go to
`tests/artifacts/`; with FRAMING_LAB_SCREENSHOT set, the dashboard's term explorer is also
saved as `figures/screenshots/explorer.png` for the README. Chromium is Debian's package
(`make chromium`); without it these tests fail, they never skip.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import Page

from corpus_tools.resources import FIGURES_ENV, PROJECT_ROOT
from tests.browser_support import (
    browser_page,
    chromium_path,
    jupyter_lab,
    open_notebook_and_run_all,
    voila,
)

NOTEBOOK = PROJECT_ROOT / "notebooks" / "05_explorer.ipynb"
ARTIFACTS = PROJECT_ROOT / "tests" / "artifacts"
SCREENSHOT_ENV = "FRAMING_LAB_SCREENSHOT"
README_SCREENSHOT = PROJECT_ROOT / "figures" / "screenshots" / "explorer.png"
# Generous: two shared cores under load can take minutes to start a kernel and run the cells.
RUN_ALL_TIMEOUT_S = 300
WIDGET_TIMEOUT_MS = 180_000
UPDATE_TIMEOUT_MS = 60_000

EXPLORER = ".framing-term-explorer"
TABLE = f"{EXPLORER} table.framing-kwic"
CHART = f"{EXPLORER} img"
ERRORS = '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'

# Bytes and a checksum of the chart as the browser holds it (an ipywidgets Image is a blob URL).
_CHART_BYTES_JS = """
async (img) => {
  const data = new Uint8Array(await (await fetch(img.src)).arrayBuffer());
  let sum = 0;
  for (const byte of data) sum = (sum * 31 + byte) >>> 0;
  return [data.length, sum, img.naturalWidth];
}
"""


@pytest.fixture(autouse=True)
def bundled_corpus_and_private_folders(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Servers inherit this environment: the bundled corpus, figures written outside the repo."""
    monkeypatch.delenv("FRAMING_LAB_CORPUS", raising=False)
    monkeypatch.setenv(FIGURES_ENV, str(tmp_path / "figures"))
    ARTIFACTS.mkdir(parents=True, exist_ok=True)


def test_chromium_is_installed() -> None:
    try:
        chromium_path()
    except FileNotFoundError as err:
        pytest.fail(f"{err} (or run `make chromium`)")


def chart_state(page: Page) -> list[int]:
    """Length, checksum and rendered width of the chart image, once it has loaded."""
    page.wait_for_function(
        "(sel) => { const img = document.querySelector(sel);"
        " return img && img.complete && img.naturalWidth > 0; }",
        arg=CHART,
        timeout=UPDATE_TIMEOUT_MS,
    )
    return page.locator(CHART).evaluate(_CHART_BYTES_JS)


def type_dictator_and_check(page: Page) -> None:
    """Replace the explorer's term by "dictator"; the table and the chart must both change."""
    table, box = page.locator(TABLE), page.locator(f"{EXPLORER} input[type=text]")
    table.wait_for(state="visible", timeout=WIDGET_TIMEOUT_MS)
    assert box.input_value() == "legitimate target*"
    table_before, chart_before = table.inner_text(), chart_state(page)
    assert "legitimate targets" in table_before and chart_before[2] > 0
    # The chart's address before typing: read afterwards, it may already be the final one
    # (the explorer answers a keystroke in milliseconds).
    src_before = page.locator(CHART).get_attribute("src")
    box.fill("")
    box.press_sequentially("dictator", delay=60)  # continuous_update: one update per key
    page.wait_for_function(
        """([table, chart, before]) => {
             const t = document.querySelector(table), img = document.querySelector(chart);
             return t && t.innerText.includes('dictator') && img && img.src !== before;
           }""",
        arg=[TABLE, CHART, src_before],
        timeout=UPDATE_TIMEOUT_MS,
    )
    rows = table.locator("tbody tr").all_inner_texts()
    assert len(rows) == 2, rows  # the outlet's heading row and its one match
    assert rows[0].startswith("Express (likely) · 1 match")
    assert "dictator" in rows[1] and rows[1].rstrip().endswith("narrator")
    chart_after = chart_state(page)
    assert chart_after[:2] != chart_before[:2] and chart_after[2] > 0
    status = page.locator(EXPLORER).inner_text()
    assert "1 match in 1 of 5 articles" in status


def check_other_widgets(page: Page) -> None:
    """The outlet comparison shows its tables; the reader switches to the Express article."""
    page.locator(".framing-outlet-comparison table").first.wait_for(timeout=WIDGET_TIMEOUT_MS)
    reader = page.locator(".framing-article-reader")
    reader.locator("select").select_option(label="003 · Express (likely)")
    reader.locator('[data-loaded="dictator"]').wait_for(timeout=UPDATE_TIMEOUT_MS)
    assert reader.locator("[data-speaker]").count() > 0


def save_screenshot(page: Page, name: str) -> None:
    page.screenshot(path=ARTIFACTS / name, full_page=True)


def test_term_explorer_in_jupyterlab() -> None:
    blocked: list[str] = []
    with jupyter_lab(PROJECT_ROOT) as base_url, browser_page(blocked) as page:
        open_notebook_and_run_all(
            page, base_url, "notebooks/05_explorer.ipynb", timeout_s=RUN_ALL_TIMEOUT_S
        )
        assert page.locator(ERRORS).count() == 0, page.locator(ERRORS).all_inner_texts()
        page.locator(EXPLORER).scroll_into_view_if_needed()
        type_dictator_and_check(page)
        save_screenshot(page, "explorer-lab.png")
        check_other_widgets(page)
    assert blocked == [], f"JupyterLab tried to reach the internet: {blocked}"


def test_term_explorer_as_voila_dashboard() -> None:
    blocked: list[str] = []
    with voila(NOTEBOOK) as url, browser_page(blocked) as page:
        page.goto(url, timeout=WIDGET_TIMEOUT_MS)
        page.locator(TABLE).wait_for(state="visible", timeout=WIDGET_TIMEOUT_MS)
        code = page.locator(".jp-CodeCell .jp-InputArea, .jp-InputArea-editor")
        assert code.count() == 0, "the dashboard shows code cells"
        assert page.locator(".jp-MarkdownCell").count() > 0  # ... but the explanations
        assert "term_explorer(" not in page.locator("body").inner_text()
        if os.environ.get(SCREENSHOT_ENV):
            README_SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
            page.locator(EXPLORER).screenshot(path=README_SCREENSHOT)
        type_dictator_and_check(page)
        page.locator(EXPLORER).screenshot(path=ARTIFACTS / "term-explorer-voila.png")
        check_other_widgets(page)
        page.locator(".framing-article-reader").scroll_into_view_if_needed()
        save_screenshot(page, "explorer-voila.png")
        assert page.locator(ERRORS).count() == 0, page.locator(ERRORS).all_inner_texts()
    assert blocked == [], f"the dashboard tried to reach the internet: {blocked}"
