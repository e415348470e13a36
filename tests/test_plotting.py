"""Figures stay readable with many outlets: no two outlets share a look."""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from corpus_tools import plotting
from corpus_tools.resources import FIGURES_ENV

MANY = pd.DataFrame(
    {"outlet_label": [f"Outlet {i:02d}" for i in range(23)], "n_words": range(100, 123)}
)


def test_styles_never_repeat_beyond_ten_outlets() -> None:
    styles = plotting.outlet_styles(MANY)
    assert styles["colour"].nunique() == 10
    assert not styles.duplicated(["colour", "hatch"]).any()
    assert not styles.duplicated(["colour", "marker"]).any()
    assert styles["hatch"].tolist()[:10] == [""] * 10  # ten outlets or fewer: colour alone


def test_bars_of_the_eleventh_outlet_are_hatched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(FIGURES_ENV, str(tmp_path))
    ax = plotting.article_lengths_chart(MANY)
    plotting.save_figure(ax, "many")
    fig = ax.figure
    bars = {
        label.get_text(): patch
        for label, patch in zip(fig.axes[0].get_yticklabels(), fig.axes[0].patches, strict=True)
    }
    assert bars["Outlet 00"].get_hatch() in (None, "")
    assert bars["Outlet 10"].get_hatch() == "///"
    assert bars["Outlet 20"].get_hatch() == "..."
    assert (tmp_path / "many.png").is_file()
    plt.close(fig)


def test_a_chart_draws_on_the_axes_it_is_given_and_saves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(FIGURES_ENV, str(tmp_path))
    fig, (left, right) = plt.subplots(1, 2)
    assert plotting.article_lengths_chart(MANY.head(3), ax=right) is right
    assert len(right.patches) == 3 and not left.patches
    assert list(tmp_path.iterdir()) == []
    plt.close(fig)


def test_a_speaker_the_actor_table_does_not_list_gets_its_own_colour() -> None:
    colours = plotting.voice_colours(voices=["Jane Doe", "Vladimir Putin"])
    assert colours["Jane Doe"] not in (colours["Vladimir Putin"], plotting.NARRATOR_COLOUR)
    assert plotting.voice_colours()["Vladimir Putin"] == colours["Vladimir Putin"]
