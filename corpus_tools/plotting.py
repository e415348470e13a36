"""Every figure of the project: one theme, fixed colours, deterministic files in `figures/`.

Outlet colours follow the order of the corpus metadata and speaker colours the order of
`data/actors.csv`, so an outlet or speaker has the same colour in every notebook. PNG files
are written without a software stamp, so regenerating a figure gives the same bytes.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Iterable

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns

from corpus_tools import claims as claim_positions
from corpus_tools.actors import actors
from corpus_tools.columns import article_labels
from corpus_tools.frames import frame_label
from corpus_tools.reliability import RELIABLE, TENTATIVE
from corpus_tools.resources import figures_dir
from corpus_tools.sentiment import NEUTRAL
from corpus_tools.settings import Settings
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


# The colour-blind palette has ten colours; beyond ten outlets each further round of colours
# gets its own hatch (bars) and marker (dots), so no two outlets look the same.
HATCHES = ["", "///", "...", "xxx", "\\\\\\", "ooo"]
MARKERS = ["o", "s", "^", "D", "v", "P"]


def outlet_styles(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per `outlet_label` in metadata order: `colour`, `hatch` and `marker`.

    Colours repeat after ten outlets, the (colour, hatch) and (colour, marker) pairs do not
    (up to sixty outlets; beyond that, use small multiples).
    """
    labels = list(dict.fromkeys(articles["outlet_label"]))
    size = sns.color_palette(PALETTE).as_hex()
    rounds = [i // len(size) for i in range(len(labels))]
    return pd.DataFrame(
        {
            "outlet_label": labels,
            "colour": [size[i % len(size)] for i in range(len(labels))],
            "hatch": [HATCHES[r % len(HATCHES)] for r in rounds],
            "marker": [MARKERS[r % len(MARKERS)] for r in rounds],
        }
    )


def outlet_colours(articles: pd.DataFrame) -> dict[str, str]:
    """A colour per `outlet_label`, in the order the outlets appear in the metadata."""
    styles = outlet_styles(articles)
    return dict(zip(styles["outlet_label"], styles["colour"], strict=True))


def voice_colours(
    study: Settings | str | None = None, voices: Iterable[str] = ()
) -> dict[str, str]:
    """A colour per voice: grey for the narrator and unattributed quotes, one per actor.

    People come first in the study's actor order, then institutions, then any other speaker
    in `voices` (a name the actor table does not list), so adding one recolours nobody.
    """
    table = actors(study)
    people = table.loc[table["type"] == "person", "actor"].tolist()
    others = table.loc[table["type"] != "person", "actor"].tolist()
    fixed = {NARRATOR: NARRATOR_COLOUR, UNATTRIBUTED: UNATTRIBUTED_COLOUR}
    speakers = [*people, *others]
    speakers += [v for v in dict.fromkeys(voices) if v not in fixed and v not in speakers]
    colours = sns.color_palette("tab20", len(speakers)).as_hex()
    return fixed | dict(zip(speakers, colours, strict=True))


def save_figure(chart: plt.Figure | plt.Axes | np.ndarray, name: str) -> None:
    """Write the figure a chart is drawn on to `<figures>/<name>.png`, deterministically.

    `chart` is what a chart function returned (its Axes, or an array of Axes), or a Figure.
    """
    fig = chart if isinstance(chart, plt.Figure) else np.ravel(chart)[0].figure
    folder = figures_dir()
    folder.mkdir(parents=True, exist_ok=True)
    fig.savefig(folder / f"{name}.png", bbox_inches="tight", metadata={"Software": None})


def article_lengths_chart(articles: pd.DataFrame, ax: plt.Axes | None = None) -> plt.Axes:
    """Horizontal bars: words per article after cleaning, one colour per outlet."""
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 0.5 * len(articles) + 1.2))
    styles = outlet_styles(articles).set_index("outlet_label")
    sns.barplot(
        data=articles,
        y="outlet_label",
        x="n_words",
        hue="outlet_label",
        palette=styles["colour"].to_dict(),
        legend=False,
        ax=ax,
    )
    for container, outlet in zip(ax.containers, styles.index, strict=False):
        ax.bar_label(container, padding=3)
        if styles.loc[outlet, "hatch"]:
            for bar in container:
                bar.set(hatch=styles.loc[outlet, "hatch"], edgecolor="white")
    ax.set(xlabel="words after cleaning", ylabel="", title="Length of each article")
    return ax


def voice_share_chart(shares: pd.DataFrame, ax: plt.Axes | None = None) -> plt.Axes:
    """Stacked horizontal bars: share of each outlet's words per voice (narrator or speaker)."""
    table = shares.pivot_table(
        index="outlet_label", columns="voice", values="share", sort=False, fill_value=0.0
    )
    colours = voice_colours(voices=table.columns)
    order = [v for v in colours if v in table.columns]
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 0.5 * len(table) + 1.6))
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
    return ax


# --- notebook 04: outlet emphasis --------------------------------------------------------

POSITION_COLOURS = {
    claim_positions.LEAD: "#08519c",
    claim_positions.UPPER: "#6baed6",
    claim_positions.LOWER: "#c6dbef",
    claim_positions.ABSENT: "#f7f7f7",
}


def distinctive_terms_chart(
    top: pd.DataFrame,
    colours: dict[str, str],
    axes: np.ndarray | None = None,
    title: str = "Most distinctive words per outlet",
) -> np.ndarray:
    """One panel per outlet: `top_terms()` rows as bars of z, each labelled with its count."""
    outlets = list(dict.fromkeys(top["outlet_label"]))
    ncols = min(3, len(outlets))
    nrows = -(-len(outlets) // ncols)
    k = int(top.groupby("outlet_label").size().max())
    if axes is None:
        _, axes = plt.subplots(
            nrows,
            ncols,
            figsize=(4.3 * ncols, (0.3 * k + 0.9) * nrows + 0.8),
            sharex=True,
            squeeze=False,
            layout="constrained",
        )
    fig = np.ravel(axes)[0].figure
    for ax, outlet in zip(axes.flat, outlets, strict=False):
        rows = top[top["outlet_label"] == outlet]
        ax.barh(range(len(rows)), rows["z"], color=colours.get(outlet, "#4c72b0"))
        ax.set_yticks(range(len(rows)), rows["term"])
        ax.invert_yaxis()
        for i, (z, n) in enumerate(zip(rows["z"], rows["n"], strict=True)):
            ax.text(max(z, 0), i, f" n={n}", va="center", fontsize=8)
        ax.axvline(1.96, color="#737373", linestyle=":", linewidth=1)
        ax.set_title(outlet, fontsize=10)
    for ax in axes.flat[len(outlets) :]:
        ax.set_visible(False)
    axes.flat[0].set_xlim(min(0.0, top["z"].min()), top["z"].max() * 1.35)
    fig.supxlabel("z of the weighted log-odds (this outlet against all others; dotted: 1.96)")
    fig.suptitle(title, fontweight="bold")
    return axes


def claim_coverage_chart(coverage: pd.DataFrame, ax: plt.Axes | None = None) -> plt.Axes:
    """Claims by articles, coloured by where each article first states the claim (¶ = paragraph)."""
    table = coverage.assign(article=article_labels(coverage))
    carried = table.groupby("claim", sort=False)["present"].sum()
    claims = carried.sort_values(ascending=False, kind="stable").index
    articles = list(dict.fromkeys(table["article"]))
    wide = table.pivot(index="claim", columns="article", values="position")
    codes = wide.loc[claims, articles].map(claim_positions.POSITIONS.index)
    para = table.pivot(index="claim", columns="article", values="paragraph_id")
    labels = para.loc[claims, articles].map(lambda p: "" if pd.isna(p) else f"¶{p}")
    if ax is None:
        _, ax = plt.subplots(figsize=(2.6 + 1.5 * len(articles), 0.3 * len(claims) + 1.8))
    sns.heatmap(
        codes,
        cmap=mpl.colors.ListedColormap(list(POSITION_COLOURS.values())),
        vmin=-0.5,
        vmax=len(POSITION_COLOURS) - 0.5,
        annot=labels.to_numpy(),
        fmt="",
        annot_kws={"fontsize": 8},
        cbar=False,
        linewidths=1,
        linecolor="white",
        ax=ax,
    )
    ax.set(xlabel="", ylabel="", title="Which article states which claim, and how high up")
    ax.set_yticklabels([f"{c} ({carried[c]})" for c in claims])
    ax.tick_params(axis="x", labelrotation=30)
    ax.xaxis.tick_top()
    handles = [
        mpl.patches.Patch(facecolor=c, edgecolor="#bdbdbd") for c in POSITION_COLOURS.values()
    ]
    ax.legend(
        handles,
        list(POSITION_COLOURS),
        title="first stated in",
        bbox_to_anchor=(1.01, 1),
        loc="upper left",
        frameon=False,
    )
    return ax


def sentence_sentiment_chart(
    scored: pd.DataFrame, articles: pd.DataFrame, ax: plt.Axes | None = None
) -> plt.Axes:
    """One dot per sentence: VADER's compound per outlet, the neutral band shaded grey."""
    colours = outlet_colours(articles)
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 0.7 * len(colours) + 1.4))
    ax.axvspan(-NEUTRAL, NEUTRAL, color=NARRATOR_COLOUR, alpha=0.4, lw=0)
    sns.swarmplot(
        data=scored,
        x="compound",
        y="outlet_label",
        hue="outlet_label",
        order=list(colours),
        palette=colours,
        size=4.5,
        legend=False,
        # On a large corpus, points that do not fit pile up at the row's edge, without a warning.
        warn_thresh=1,
        ax=ax,
    )
    ax.set(
        xlim=(-1.05, 1.05),
        xlabel="VADER compound (-1 most negative, +1 most positive; grey: neutral)",
        ylabel="",
        title="Sentence by sentence: how VADER scores each outlet",
    )
    return ax


def voice_sentiment_chart(profile: pd.DataFrame, ax: plt.Axes | None = None) -> plt.Axes:
    """Mean VADER compound per outlet and voice with its 95% interval; counts at the right.

    Takes `sentiment.mean_sentiment(segments, ["outlet_label", "voice"])`. A voice with fewer
    than five segments has no interval and is drawn as an open circle.
    """
    colours = voice_colours(voices=profile["voice"])
    outlets = list(dict.fromkeys(profile["outlet_label"]))
    rank = {v: i for i, v in enumerate(colours)}
    rows = profile.assign(
        outlet_rank=profile["outlet_label"].map(outlets.index),
        voice_rank=profile["voice"].map(rank),
    ).sort_values(["outlet_rank", "voice_rank"], ignore_index=True)
    # One line per voice, a blank line between outlets, the first outlet at the top.
    rows["y"] = -(rows.index + rows["outlet_rank"])
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 0.32 * (len(rows) + len(outlets)) + 1.4))
    ax.axvspan(-NEUTRAL, NEUTRAL, color=NARRATOR_COLOUR, alpha=0.4, lw=0)
    for r in rows.itertuples(index=False):
        colour = colours[r.voice]
        if pd.notna(r.low):
            ax.plot([r.low, r.high], [r.y, r.y], color=colour, lw=2)
        ax.plot(r.mean, r.y, "o", ms=7, color=colour, mfc=colour if pd.notna(r.low) else "white")
        ax.annotate(
            f"n={r.n_scored}",
            (1.01, r.y),
            xycoords=("axes fraction", "data"),
            va="center",
            fontsize=8,
        )
    centres = rows.groupby("outlet_rank")["y"].mean()
    ax.set_yticks(centres.to_numpy(), [outlets[i] for i in centres.index])
    ax.grid(axis="y", visible=False)
    for gap in rows.groupby("outlet_rank")["y"].min().iloc[:-1]:
        ax.axhline(gap - 1, color=NARRATOR_COLOUR, lw=0.8)
    ax.set(
        xlim=(-1.05, 1.05),
        xlabel="mean VADER compound of the voice's segments (95% bootstrap interval)",
        title="Whose words carry the charge? Sentiment by voice",
    )
    handles = [
        mpl.lines.Line2D([], [], marker="o", ls="", color=colours[v], label=v)
        for v in colours
        if v in set(rows["voice"])
    ]
    handles.append(
        mpl.lines.Line2D([], [], marker="o", ls="", color="black", mfc="white", label="one segment")
    )
    ax.legend(handles=handles, title="voice", bbox_to_anchor=(1.08, 1), loc="upper left")
    return ax


def lexicon_agreement_chart(
    scored: pd.DataFrame, articles: pd.DataFrame, ax: plt.Axes | None = None
) -> plt.Axes:
    """Each sentence's VADER compound against its TextBlob polarity; grey bands are neutral."""
    styles = outlet_styles(articles).set_index("outlet_label")
    colours = styles["colour"].to_dict()
    if ax is None:
        _, ax = plt.subplots(figsize=(6.5, 6))
    ax.axvspan(-NEUTRAL, NEUTRAL, color=NARRATOR_COLOUR, alpha=0.4, lw=0)
    ax.axhspan(-NEUTRAL, NEUTRAL, color=NARRATOR_COLOUR, alpha=0.4, lw=0)
    ax.plot([-1, 1], [-1, 1], ls="--", lw=1, color=UNATTRIBUTED_COLOUR)
    sns.scatterplot(
        data=scored,
        x="compound",
        y="polarity",
        hue="outlet_label",
        hue_order=list(colours),
        palette=colours,
        style="outlet_label",
        style_order=list(colours),
        markers=styles["marker"].to_dict(),
        s=40,
        ax=ax,
    )
    ax.set(
        xlim=(-1.05, 1.05),
        ylim=(-1.05, 1.05),
        xlabel="VADER compound",
        ylabel="TextBlob polarity",
        title="Two lexicons, the same sentences",
    )
    ax.legend(title="outlet", bbox_to_anchor=(1.01, 1), loc="upper left", frameon=False)
    return ax


def actor_voice_chart(voices: pd.DataFrame, axes: np.ndarray | None = None) -> np.ndarray:
    """Two heatmaps over actors and articles: name mentions (with first ¶) and quoted words."""
    table = voices.assign(article=article_labels(voices))
    articles = list(dict.fromkeys(table["article"]))
    totals = table.groupby("actor")[["n_mentions", "quoted_words"]].sum()
    totals["unnamed"] = totals.index == UNATTRIBUTED
    order = totals.sort_values(
        ["unnamed", "n_mentions", "quoted_words"], ascending=[True, False, False], kind="stable"
    ).index

    def wide(column: str) -> pd.DataFrame:
        return table.pivot(index="actor", columns="article", values=column).loc[order, articles]

    mentions, words, first = wide("n_mentions"), wide("quoted_words"), wide("first_paragraph")
    mention_labels = mentions.fillna(0).astype(int).astype(str) + " ¶" + first.astype(str)
    if axes is None:
        _, axes = plt.subplots(
            1,
            2,
            figsize=(4.5 + 2.4 * len(articles), 0.34 * len(order) + 2.2),
            sharey=True,
            layout="constrained",
        )
    fig = np.ravel(axes)[0].figure
    panels = [
        (mentions, mention_labels, "Blues", "Spoken about: name mentions (¶ of the first)"),
        (words, words.fillna(0).astype(int).astype(str), "Oranges", "Speaks: quoted words"),
    ]
    for ax, (values, labels, cmap, title) in zip(axes, panels, strict=True):
        values = values.fillna(0)
        sns.heatmap(
            values,
            mask=values.to_numpy() == 0,
            cmap=cmap,
            annot=labels.to_numpy(),
            fmt="",
            annot_kws={"fontsize": 8},
            cbar=False,
            linewidths=1,
            linecolor="white",
            ax=ax,
        )
        ax.set(xlabel="", ylabel="", title=title)
        ax.tick_params(axis="x", labelrotation=30)
        ax.grid(False)
    fig.suptitle("Who is spoken about, and who speaks", fontweight="bold")
    return axes


# --- notebook 03: loaded terms -----------------------------------------------------------


def _two_lines(label: str) -> str:
    """A label broken at the space that makes its longer line shortest."""
    words = label.split()
    cuts = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    return "\n".join(min(cuts, key=lambda cut: max(map(len, cut)))) if cuts else label


def loaded_terms_chart(
    rates: pd.DataFrame, articles: pd.DataFrame, axes: np.ndarray | None = None
) -> np.ndarray:
    """Outlets by term categories: own voice, reported speech and quoted speech side by side;
    each cell shows its matches.

    Takes `lexicon.term_rates(..., by=["outlet_label", "voice_kind"], breakdown="category")`.
    Colour is the count too (one scale for both panels), not the rate: a rate over a few quoted
    words would paint the smallest samples darkest. Words per voice are printed beside each
    row; a hatched row is an outlet that quotes nobody.
    """
    colours = outlet_colours(articles)
    outlets, categories = list(colours), list(dict.fromkeys(rates["category"]))
    vmax = max(int(rates["n_matches"].max()) if len(rates) else 0, 1)
    if axes is None:
        _, axes = plt.subplots(
            1, 3, figsize=(18, 0.55 * len(outlets) + 2.4), sharey=True, layout="constrained"
        )
    fig = np.ravel(axes)[0].figure
    panels = (
        ("narrator", "in the outlet's own voice"),
        ("reported", "in reported speech"),
        ("quoted", "inside quotation marks"),
    )
    for ax, (kind, title) in zip(axes, panels, strict=True):
        part = rates[rates["voice_kind"] == kind]
        count = part.pivot(index="outlet_label", columns="category", values="n_matches")
        count = count.reindex(index=outlets, columns=categories)
        words = part.groupby("outlet_label")["n_words"].first().reindex(outlets, fill_value=0)
        sns.heatmap(
            count,
            vmin=0,
            vmax=vmax,
            cmap="YlOrRd",
            annot=True,
            fmt=".0f",
            annot_kws={"fontsize": 11, "fontweight": "bold"},
            cbar=False,
            linewidths=1,
            linecolor="white",
            ax=ax,
        )
        ax.grid(False)
        ax.patch.set(hatch="//", edgecolor="#d9d9d9", facecolor="white")
        ax.set(xlabel="", ylabel="", title=title)
        ax.set_xticklabels([_two_lines(c) for c in categories], fontsize=8, rotation=0)
        ax.tick_params(axis="y", labelrotation=0)
        side = ax.secondary_yaxis("right")
        side.set_yticks([i + 0.5 for i in range(len(outlets))], [f"{n} words" for n in words])
        side.tick_params(length=0, labelsize=8)
    for label in axes[0].get_yticklabels():
        label.set(color=colours[label.get_text()], fontweight="bold")
    fig.colorbar(axes[0].collections[0], ax=axes, label="loaded-term matches")
    fig.suptitle("Loaded terms per outlet: in its own voice, or quoted?", fontweight="bold")
    return axes


# --- notebook 01: framing ----------------------------------------------------------------

LEAD_COLOURS = ["#f7f7f7", "#6baed6"]


def _frame_ticks(ax: plt.Axes, frames: list[str]) -> None:
    ax.set_xticklabels([textwrap.fill(frame_label(f), 14) for f in frames], rotation=0)
    ax.xaxis.tick_top()
    ax.grid(False)


def frame_profile_chart(by_outlet: pd.DataFrame, ax: plt.Axes | None = None) -> plt.Axes:
    """Outlets by frames: share of sentences carrying the frame, each cell annotated k/n."""
    outlets = list(dict.fromkeys(by_outlet["outlet_label"]))
    frames = list(dict.fromkeys(by_outlet["frame"]))

    def wide(column: str) -> pd.DataFrame:
        return by_outlet.pivot(index="outlet_label", columns="frame", values=column).loc[
            outlets, frames
        ]

    share = wide("share").astype(float)
    labels = (
        wide("n_with_frame").astype(str)
        + "/"
        + wide("n_sentences").astype(str)
        + "\n"
        + share.map("{:.0%}".format)
    )
    if ax is None:
        _, ax = plt.subplots(figsize=(3 + 1.45 * len(frames), 0.62 * len(outlets) + 1.9))
    sns.heatmap(
        share,
        vmin=0,
        vmax=1,
        cmap="Blues",
        annot=labels.to_numpy(),
        fmt="",
        annot_kws={"fontsize": 9},
        linewidths=1,
        linecolor="white",
        cbar_kws={"label": "share of the outlet's sentences", "format": "{x:.0%}"},
        ax=ax,
    )
    _frame_ticks(ax, frames)
    ax.set(xlabel="", ylabel="")
    ax.set_title("Frame profile: sentences carrying a frame's indicators (k/n)", pad=12)
    return ax


def lead_frame_chart(by_article: pd.DataFrame, ax: plt.Axes | None = None) -> plt.Axes:
    """Articles by frames: which frames the lead carries, each cell showing the words."""
    table = by_article.assign(article=article_labels(by_article))
    articles = list(dict.fromkeys(table["article"]))
    frames = list(dict.fromkeys(table["frame"]))
    in_lead = table.pivot(index="article", columns="frame", values="in_lead")
    words = table.pivot(index="article", columns="frame", values="lead_indicators")
    labels = words.loc[articles, frames].map(lambda w: textwrap.fill(w, 16))
    if ax is None:
        _, ax = plt.subplots(figsize=(3 + 1.45 * len(frames), 0.62 * len(articles) + 1.9))
    sns.heatmap(
        in_lead.loc[articles, frames].astype(int),
        vmin=0,
        vmax=1,
        cmap=mpl.colors.ListedColormap(LEAD_COLOURS),
        annot=labels.to_numpy(),
        fmt="",
        annot_kws={"fontsize": 8},
        cbar=False,
        linewidths=1,
        linecolor="white",
        ax=ax,
    )
    _frame_ticks(ax, frames)
    ax.set(xlabel="", ylabel="")
    ax.set_title("The lead paragraph: which frames, by which words (blue: present)", pad=12)
    return ax


# --- notebook 05: explorer widgets -------------------------------------------------------

QUOTED_ALPHA = 0.45
REPORTED_ALPHA = 0.7


def frame_colours(frame_names: list[str]) -> dict[str, str]:
    """A colour per frame, in the order given (the indicator table's), from a dark palette."""
    colours = sns.color_palette("Dark2", len(frame_names)).as_hex()
    return dict(zip(frame_names, colours, strict=True))


def term_counts_chart(
    counts: pd.DataFrame,
    colours: dict[str, str],
    pattern: str,
    ax: plt.Axes | None = None,
) -> plt.Axes:
    """Horizontal bars: matches of a pattern per outlet, own voice solid, reported speech
    dotted, quotations hatched.

    Takes `widgets.outlet_counts()`; every outlet keeps its bar, so a zero shows. (The term
    explorer draws the same chart as SVG, `term_counts_svg`, fast enough for each keystroke.)
    """
    rows = counts.iloc[::-1]
    y = list(range(len(rows)))
    bars = [colours.get(o, UNATTRIBUTED_COLOUR) for o in rows["outlet_label"]]
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 0.45 * len(rows) + 1.5))
    ax.barh(y, rows["n_narrator"], color=bars, height=0.7)
    reported = {"alpha": REPORTED_ALPHA, "hatch": "..", "edgecolor": "white", "linewidth": 0}
    ax.barh(y, rows["n_reported"], left=rows["n_narrator"], color=bars, height=0.7, **reported)
    quoted = {"alpha": QUOTED_ALPHA, "hatch": "//", "edgecolor": "white", "linewidth": 0}
    left = rows["n_narrator"] + rows["n_reported"]
    ax.barh(y, rows["n_quoted"], left=left, color=bars, height=0.7, **quoted)
    for i, total in zip(y, rows["n_matches"], strict=True):
        ax.text(total, i, f" {total}", va="center")
    ax.set_yticks(y, rows["outlet_label"])
    ax.set_xlim(0, max([1, *rows["n_matches"]]) * 1.15)
    ax.xaxis.set_major_locator(mpl.ticker.MaxNLocator(integer=True))
    ax.set_xlabel("matches")
    shown = textwrap.shorten(pattern, 40, placeholder="…")
    title = f"Matches of “{shown}” per outlet" if shown else "Matches per outlet: type a term"
    ax.set_title(title, parse_math=False)  # a typed "$" must not start mathtext
    handles = [
        mpl.patches.Patch(facecolor=UNATTRIBUTED_COLOUR, label="outlet's own voice"),
        mpl.patches.Patch(facecolor=UNATTRIBUTED_COLOUR, label="reported speech", **reported),
        mpl.patches.Patch(facecolor=UNATTRIBUTED_COLOUR, label="inside quotations", **quoted),
    ]
    ax.legend(handles=handles, bbox_to_anchor=(1.01, 1), loc="upper left", frameon=False)
    return ax


def term_counts_svg(counts: pd.DataFrame, colours: dict[str, str], pattern: str) -> bytes:
    """`term_counts_chart` as a small SVG drawn directly: fast enough for every keystroke.

    Own voice solid, reported speech dotted, quotations hatched and paler, the total after
    each bar; same input.
    """
    label_w, bar_w, row_h, top = 190, 360, 22, 34
    height = top + row_h * len(counts) + 34
    most = max([1, *counts["n_matches"]])
    shown = textwrap.shorten(pattern, 40, placeholder="…")
    title = f"Matches of “{shown}” per outlet" if shown else "Matches per outlet: type a term"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="640" height="{height}" '
        'font-family="DejaVu Sans, sans-serif" font-size="12">',
        '<defs><pattern id="q" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="3" height="6" fill="white" '
        'opacity="0.6"/></pattern><pattern id="r" width="5" height="5" '
        'patternUnits="userSpaceOnUse"><circle cx="2.5" cy="2.5" r="1" fill="white" '
        'opacity="0.8"/></pattern></defs>',
        '<rect width="100%" height="100%" fill="white"/>',
        f'<text x="8" y="20" font-weight="bold" font-size="13">{html.escape(title)}</text>',
    ]
    for i, row in enumerate(counts.itertuples(index=False)):
        y = top + i * row_h
        colour = colours.get(row.outlet_label, UNATTRIBUTED_COLOUR)
        own, said = bar_w * row.n_narrator / most, bar_w * row.n_reported / most
        quoted = bar_w * row.n_quoted / most
        label = html.escape(textwrap.shorten(row.outlet_label, 28, placeholder="…"))
        parts += [
            f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end">{label}</text>',
            f'<rect x="{label_w}" y="{y + 3}" width="{own:.1f}" height="16" fill="{colour}"/>',
            *_svg_segment(label_w + own, y, said, colour, REPORTED_ALPHA, "r"),
            *_svg_segment(label_w + own + said, y, quoted, colour, QUOTED_ALPHA, "q"),
            f'<text x="{label_w + own + said + quoted + 4:.1f}" y="{y + 15}">'
            f"{row.n_matches}</text>",
        ]
    legend_y = top + row_h * len(counts) + 20
    parts += [
        f'<rect x="{label_w}" y="{legend_y - 10}" width="12" height="12" '
        f'fill="{UNATTRIBUTED_COLOUR}"/>',
        f'<text x="{label_w + 16}" y="{legend_y}">outlet\'s own voice</text>',
        *_svg_segment(
            label_w + 140, legend_y - 13, 12, UNATTRIBUTED_COLOUR, REPORTED_ALPHA, "r", 12
        ),
        f'<text x="{label_w + 156}" y="{legend_y}">reported speech</text>',
        *_svg_segment(label_w + 270, legend_y - 13, 12, UNATTRIBUTED_COLOUR, QUOTED_ALPHA, "q", 12),
        f'<text x="{label_w + 286}" y="{legend_y}">inside quotations</text>',
        "</svg>",
    ]
    return "".join(parts).encode("utf-8")


def _svg_segment(
    x: float, y: float, width: float, colour: str, opacity: float, texture: str, height: int = 16
) -> list[str]:
    """A bar segment of the term-count SVG: the outlet's colour, paler, with a texture."""
    box = f'x="{x:.1f}" y="{y + 3}" width="{width:.1f}" height="{height}"'
    return [
        f'<rect {box} fill="{colour}" opacity="{opacity}"/>',
        f'<rect {box} fill="url(#{texture})"/>',
    ]


# --- notebook 06: the frame-coding exercise ----------------------------------------------


def frame_alpha_chart(
    alphas: pd.DataFrame, coders: list[str], ax: plt.Axes | None = None
) -> plt.Axes:
    """Krippendorff's alpha per frame with its bootstrap interval, against the usual thresholds.

    Takes `reliability.alpha_table(..., by="frame")`; `coders` (the names analysed) are printed
    under the title, so the figure always says whose codes it shows. A frame without variation
    has no alpha and is marked as undefined.
    """
    table = alphas.iloc[::-1].reset_index(drop=True)
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 0.55 * len(table) + 2.0))
    low = table["alpha_low"].min()
    lowest = -0.2 if pd.isna(low) else min(-0.2, low - 0.1)
    ax.axvspan(TENTATIVE, RELIABLE, color="#fee391", alpha=0.6, lw=0, label="tentative")
    ax.axvspan(RELIABLE, 1.0, color="#a1d99b", alpha=0.6, lw=0, label="reliable")
    ax.axvline(0, color=UNATTRIBUTED_COLOUR, lw=1)
    for y, row in table.iterrows():
        if pd.isna(row["alpha"]):
            ax.text(lowest + 0.02, y, "undefined: no variation", va="center", color="#737373")
            continue
        ax.plot([row["alpha_low"], row["alpha_high"]], [y, y], color="#333333", lw=2)
        ax.plot(row["alpha"], y, "o", color="#333333", ms=7)
        ax.annotate(
            f"{row['alpha']:.2f} ({row['n_units']} units)",
            (row["alpha"], y),
            xytext=(0, 7),
            textcoords="offset points",
            ha="center",
            fontsize=9,
        )
    ax.set_yticks(range(len(table)), [frame_label(f) for f in table["frame"]])
    ax.set(xlim=(lowest, 1.05), ylim=(-0.7, len(table) - 0.3), xlabel="Krippendorff's alpha")
    ax.set_title(
        "Agreement per frame (95% bootstrap interval)\ncoders: "
        + textwrap.shorten(", ".join(coders), width=90, placeholder=" ..."),
        loc="left",
    )
    ax.legend(title="Krippendorff (2004)", bbox_to_anchor=(1.01, 1), loc="upper left")
    ax.grid(axis="y", visible=False)
    return ax
