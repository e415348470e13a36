"""Every figure of the project: one theme, fixed colours, deterministic files in `figures/`.

Outlet colours follow the order of the corpus metadata and speaker colours the order of
`data/actors.csv`, so an outlet or speaker has the same colour in every notebook. PNG files
are written without a software stamp, so regenerating a figure gives the same bytes.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

from corpus_tools.actors import actors
from corpus_tools.resources import figures_dir
from corpus_tools.voice import NARRATOR, UNATTRIBUTED

PALETTE = "colorblind"
NARRATOR_COLOUR = "#bdbdbd"
UNATTRIBUTED_COLOUR = "#737373"


def set_theme() -> None:
    """Apply the project's seaborn theme and deterministic output settings."""
    sns.set_theme(context="notebook", style="whitegrid", palette=PALETTE, font="DejaVu Sans")
    mpl.rcParams.update(
        {
            "figure.dpi": 100,
            "savefig.dpi": 150,
            "svg.hashsalt": "framing-lab",
            "axes.titleweight": "bold",
            "axes.titlesize": 12,
            "figure.autolayout": False,
        }
    )


def outlet_colours(articles: pd.DataFrame) -> dict[str, str]:
    """A colour per `outlet_label`, in the order the outlets appear in the metadata."""
    labels = list(dict.fromkeys(articles["outlet_label"]))
    return dict(zip(labels, sns.color_palette(PALETTE, len(labels)).as_hex(), strict=True))


def voice_colours() -> dict[str, str]:
    """A colour per voice: grey for the narrator and unattributed quotes, one per actor."""
    people = actors().loc[lambda a: a["type"] == "person", "actor"].tolist()
    colours = sns.color_palette("tab20", len(people)).as_hex()
    return {NARRATOR: NARRATOR_COLOUR, UNATTRIBUTED: UNATTRIBUTED_COLOUR} | dict(
        zip(people, colours, strict=True)
    )


def save_figure(fig: plt.Figure, name: str) -> Path:
    """Write `fig` to `<figures>/<name>.png` deterministically and return the path."""
    folder = figures_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    fig.savefig(path, bbox_inches="tight", metadata={"Software": None})
    return path


def article_lengths_chart(articles: pd.DataFrame, name: str = "00_article_lengths") -> plt.Figure:
    """Horizontal bars: words per article after cleaning, one colour per outlet."""
    fig, ax = plt.subplots(figsize=(7, 0.5 * len(articles) + 1.2))
    sns.barplot(
        data=articles,
        y="outlet_label",
        x="n_words",
        hue="outlet_label",
        palette=outlet_colours(articles),
        legend=False,
        ax=ax,
    )
    for container in ax.containers:
        ax.bar_label(container, padding=3)
    ax.set(xlabel="words after cleaning", ylabel="", title="Length of each article")
    save_figure(fig, name)
    return fig


def voice_share_chart(shares: pd.DataFrame, name: str = "00_voice_shares") -> plt.Figure:
    """Stacked horizontal bars: share of each outlet's words per voice (narrator or speaker)."""
    table = shares.pivot_table(
        index="outlet_label", columns="voice", values="share", sort=False, fill_value=0.0
    )
    colours = voice_colours()
    order = [v for v in colours if v in table.columns]
    fig, ax = plt.subplots(figsize=(9, 0.5 * len(table) + 1.6))
    table[order].iloc[::-1].plot.barh(
        stacked=True, color=[colours[v] for v in order], width=0.7, ax=ax
    )
    ax.set(
        xlabel="share of the article's words",
        ylabel="",
        xlim=(0, 1),
        title="Whose words? Narration and quoted speech per outlet",
    )
    ax.xaxis.set_major_formatter(mpl.ticker.PercentFormatter(1.0))
    ax.legend(title="voice", bbox_to_anchor=(1.01, 1), loc="upper left", frameon=False)
    save_figure(fig, name)
    return fig
