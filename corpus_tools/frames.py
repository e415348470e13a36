"""Generic news frames (Semetko & Valkenburg 2000) found per sentence by indicator words.

Semetko and Valkenburg's coders answered 20 yes/no questions about each whole story. Here each
question is approximated by indicator words (`data/lexicons/frames.csv`: `frame`,
`question_id`, `question`, `indicator`, `note`, `source`), found with the project's matcher
(`corpus_tools.matching`, whose docstring gives the term syntax). A sentence carries a frame
when any of the frame's indicators occurs in it. A question whose `indicator` is empty (H5,
visual information) has no text proxy and is never detected.

The lead of an article is its first paragraph (`lead` paragraphs, if given): the first text the
outlet puts before the reader. An opening summary box ("Key Points and Summary") therefore
counts as the lead, since it is the outlet's own choice of what comes first.
"""

from __future__ import annotations

import pandas as pd

from corpus_tools.matching import MATCH_KEYS, TokenIndex, match_patterns
from corpus_tools.segmentation import tokenize_sentences
from corpus_tools.settings import Settings, settings
from corpus_tools.stats import wilson_interval

FRAME_LABELS = {
    "responsibility": "attribution of responsibility",
    "human_interest": "human interest",
    "conflict": "conflict",
    "morality": "morality",
    "economic": "economic consequences",
}
SENTENCE_KEYS = ["article_id", "outlet_label", "paragraph_id", "sentence_id"]
INDICATOR_MATCH_COLUMNS = [*MATCH_KEYS, "start", "end", "text", "frame", "question_id", "indicator"]
SCORE_COLUMNS = [*SENTENCE_KEYS, "frame", "present", "n_hits", "indicators"]
REQUIRED = ("frame", "question_id", "indicator")  # `question` too for question_overview


def frame_indicators(study: Settings | str | None = None) -> pd.DataFrame:
    """The study's frame indicators (bundled: `data/lexicons/frames.csv`), one row each."""
    return settings(study).table("frames")


def frame_label(frame: str) -> str:
    """A frame's readable name ("economic" -> "economic consequences"); unknown names as given."""
    return FRAME_LABELS.get(frame, frame)


def question_overview(indicators: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per coding question, with the indicators that stand in for it.

    Columns: `frame`, `question_id`, `question`, `n_indicators`, `indicators` (", "-joined;
    empty for a question without a text proxy).
    """
    table = _checked(indicators)
    table = table.assign(usable=table["indicator"].str.strip() != "")
    rows = [
        {
            "frame": frame,
            "question_id": qid,
            "question": g["question"].iloc[0],
            "n_indicators": int(g["usable"].sum()),
            "indicators": ", ".join(g.loc[g["usable"], "indicator"]),
        }
        for (frame, qid), g in table.groupby(["frame", "question_id"], sort=False)
    ]
    return pd.DataFrame(rows)


def match_indicators(
    tokens: pd.DataFrame | TokenIndex, indicators: pd.DataFrame | None = None
) -> pd.DataFrame:
    """One row per indicator match in any token table (see `frame_matches` for the columns).

    When `tokens` has voice columns (`ct.tokens`), the matches also carry `in_quote`,
    `quote_id`, `speaker` and `voice` (see `corpus_tools.matching.match_patterns`).
    """
    table = _checked(indicators)
    table = table[table["indicator"].str.strip() != ""]
    matches = match_patterns(tokens, table[list(REQUIRED)], column="indicator")
    extra = [c for c in matches.columns if c not in INDICATOR_MATCH_COLUMNS]
    return matches[INDICATOR_MATCH_COLUMNS + extra]


def frame_matches(sentences: pd.DataFrame, indicators: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per indicator match in a `sentences()` table: `INDICATOR_MATCH_COLUMNS`.

    `article_id`, `outlet_label`, `paragraph_id`, `sentence_id`, `token_id` (first word),
    `start`/`end` (offsets into the cleaned text), `text` (as written), `frame`, `question_id`,
    `indicator` (the term that matched).
    """
    return match_indicators(tokenize_sentences(sentences), indicators)


def score_frames(sentences: pd.DataFrame, indicators: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per sentence and frame: `SCORE_COLUMNS`.

    Every sentence has a row for each frame of the indicator table, in the table's order.
    `present` is True when at least one indicator matched, `n_hits` counts the matches and
    `indicators` joins the matched words as written (", "-joined, empty if none).
    """
    table = _checked(indicators)
    frames = pd.DataFrame({"frame": list(dict.fromkeys(table["frame"]))})
    hits = (
        frame_matches(sentences, table)
        .groupby(["article_id", "sentence_id", "frame"], sort=False)["text"]
        .agg(n_hits="size", indicators=", ".join)
        .reset_index()
    )
    scores = sentences[SENTENCE_KEYS].merge(frames, how="cross")
    scores = scores.merge(hits, on=["article_id", "sentence_id", "frame"], how="left")
    scores["n_hits"] = scores["n_hits"].fillna(0).astype(int)
    scores["indicators"] = scores["indicators"].fillna("").astype(str)
    scores["present"] = scores["n_hits"] > 0
    return scores[SCORE_COLUMNS]


def article_frames(scores: pd.DataFrame, lead: int = 1) -> pd.DataFrame:
    """Per article and frame, from `score_frames()` output.

    Columns: `article_id`, `outlet_label`, `frame`, `present` (any sentence carries it),
    `n_sentences`, `n_with_frame` (sentences carrying it), `share` with its 95% Wilson interval
    `share_low`/`share_high`, `n_hits`, `in_lead` (carried by a sentence of the first `lead`
    paragraphs) and `lead_indicators` (the words that put it there). The interval treats
    sentences as independent, which they are not: read it as a lower bound on the uncertainty.
    """
    rows = []
    for (article_id, outlet, frame), g in scores.groupby(
        ["article_id", "outlet_label", "frame"], sort=False
    ):
        k, n = int(g["present"].sum()), len(g)
        in_lead = g[(g["paragraph_id"] <= lead) & g["present"]]
        rows.append(
            {
                "article_id": article_id,
                "outlet_label": outlet,
                "frame": frame,
                "present": k > 0,
                "n_sentences": n,
                "n_with_frame": k,
                **_share(k, n),
                "n_hits": int(g["n_hits"].sum()),
                "in_lead": len(in_lead) > 0,
                "lead_indicators": ", ".join(in_lead["indicators"]),
            }
        )
    return pd.DataFrame(rows)


def outlet_frames(by_article: pd.DataFrame) -> pd.DataFrame:
    """Per outlet and frame, from `article_frames()` output, pooling the outlet's articles.

    Columns: `outlet_label`, `frame`, `n_articles`, `n_articles_with_frame`, `n_lead` (articles
    whose lead carries the frame), `n_sentences`, `n_with_frame`, `share`, `share_low`,
    `share_high` (95% Wilson interval over sentences), `n_hits`.
    """
    rows = []
    for (outlet, frame), g in by_article.groupby(["outlet_label", "frame"], sort=False):
        k, n = int(g["n_with_frame"].sum()), int(g["n_sentences"].sum())
        rows.append(
            {
                "outlet_label": outlet,
                "frame": frame,
                "n_articles": len(g),
                "n_articles_with_frame": int(g["present"].sum()),
                "n_lead": int(g["in_lead"].sum()),
                "n_sentences": n,
                "n_with_frame": k,
                **_share(k, n),
                "n_hits": int(g["n_hits"].sum()),
            }
        )
    return pd.DataFrame(rows)


def dominant_frames(by_outlet: pd.DataFrame) -> pd.DataFrame:
    """Per outlet, the frame carried by most sentences, from `outlet_frames()` output.

    Columns: `outlet_label`, `dominant_frame` (tied frames joined by " / "; "none" when no
    sentence carries any frame), `n_with_frame`, `n_sentences`, `share`, `share_low`,
    `share_high` (the same for every tied frame).
    """
    rows = []
    for outlet, g in by_outlet.groupby("outlet_label", sort=False):
        top = g[g["n_with_frame"] == g["n_with_frame"].max()]
        first = top.iloc[0]
        rows.append(
            {
                "outlet_label": outlet,
                "dominant_frame": " / ".join(top["frame"]) if first["n_with_frame"] else "none",
                **first[["n_with_frame", "n_sentences", "share", "share_low", "share_high"]],
            }
        )
    return pd.DataFrame(rows)


def lead_frames(by_article: pd.DataFrame) -> pd.DataFrame:
    """Per article, the frames of its lead, from `article_frames()` output.

    Columns: `article_id`, `outlet_label`, `n_lead_frames`, `lead_frames` (frame names joined
    by ", ", "none" if the lead carries no indicator), `lead_indicators` ("frame: words; ...").
    """
    rows = []
    for (article_id, outlet), g in by_article.groupby(["article_id", "outlet_label"], sort=False):
        lead = g[g["in_lead"]]
        rows.append(
            {
                "article_id": article_id,
                "outlet_label": outlet,
                "n_lead_frames": len(lead),
                "lead_frames": ", ".join(lead["frame"]) or "none",
                "lead_indicators": "; ".join(
                    f"{f}: {w}" for f, w in zip(lead["frame"], lead["lead_indicators"], strict=True)
                ),
            }
        )
    return pd.DataFrame(rows)


def frame_words(matches: pd.DataFrame) -> pd.DataFrame:
    """The words behind each outlet-and-frame cell, from `frame_matches()` output.

    One row per outlet and frame with at least one match, in order of first match:
    `outlet_label`, `frame`, `n_hits`, `words` ("word ×count (question), ...", most frequent
    first, then alphabetical; words lower-cased).
    """
    rows = []
    for (outlet, frame), g in matches.groupby(["outlet_label", "frame"], sort=False):
        counts = g.groupby([g["text"].str.lower(), g["question_id"]]).size()
        counts = counts.sort_values(ascending=False, kind="stable")
        words = ", ".join(f"{w} ×{n} ({q})" for (w, q), n in counts.items())
        rows.append({"outlet_label": outlet, "frame": frame, "n_hits": len(g), "words": words})
    return pd.DataFrame(rows, columns=["outlet_label", "frame", "n_hits", "words"])


def indicator_dependence(matches: pd.DataFrame) -> pd.DataFrame:
    """Per frame, how much of its evidence one indicator supplies, from `frame_matches()` output.

    Columns: `frame`, `n_hits`, `n_indicators` (distinct indicators that matched),
    `top_indicator` (the one with most matches; ties go to the first by name), `top_hits`,
    `top_share` (its fraction of the frame's matches). Frames with most matches come first.
    """
    columns = ["frame", "n_hits", "n_indicators", "top_indicator", "top_hits", "top_share"]
    counts = matches.groupby(["frame", "indicator"]).size().rename("n").reset_index()
    rows = []
    for frame, g in counts.groupby("frame", sort=False):
        top = g.sort_values("n", ascending=False, kind="stable").iloc[0]
        total = int(g["n"].sum())
        rows.append(
            {
                "frame": frame,
                "n_hits": total,
                "n_indicators": len(g),
                "top_indicator": top["indicator"],
                "top_hits": int(top["n"]),
                "top_share": top["n"] / total,
            }
        )
    table = pd.DataFrame(rows, columns=columns)
    return table.sort_values("n_hits", ascending=False, kind="stable", ignore_index=True)


def frame_sentences(scores: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """The sentences behind the counts: one row per sentence and frame it carries.

    Columns: `SENTENCE_KEYS`, `frame`, `indicators`, `text` (the sentence).
    """
    present = scores[scores["present"]]
    text = sentences[["article_id", "sentence_id", "text"]]
    merged = present.merge(text, on=["article_id", "sentence_id"], how="left")
    return merged[[*SENTENCE_KEYS, "frame", "indicators", "text"]]


def quoted_hits(matches: pd.DataFrame) -> pd.DataFrame:
    """Per outlet and frame, how many indicator matches are the outlet's own words, reported
    speech, or quoted.

    Takes `match_indicators(ct.tokens(articles))` output (voice columns needed). Columns:
    `outlet_label`, `frame`, `n_hits`, `n_own_voice`, `n_reported`, `n_quoted`,
    `quoted_share`.
    """
    rows = [
        {
            "outlet_label": outlet,
            "frame": frame,
            "n_hits": len(g),
            "n_own_voice": int((g["voice_kind"] == "narrator").sum()),
            "n_reported": int((g["voice_kind"] == "reported").sum()),
            "n_quoted": int(g["in_quote"].sum()),
            "quoted_share": g["in_quote"].mean(),
        }
        for (outlet, frame), g in matches.groupby(["outlet_label", "frame"], sort=False)
    ]
    columns = [
        "outlet_label",
        "frame",
        "n_hits",
        "n_own_voice",
        "n_reported",
        "n_quoted",
        "quoted_share",
    ]
    return pd.DataFrame(rows, columns=columns)


def _checked(indicators: pd.DataFrame | None) -> pd.DataFrame:
    """The indicator table to use (the bundled one by default), checked for its columns."""
    table = frame_indicators() if indicators is None else indicators
    missing = [c for c in REQUIRED if c not in table.columns]
    if missing:
        raise ValueError(f"indicator table lacks column(s) {', '.join(missing)}")
    return table


def _share(k: int, n: int) -> dict[str, float]:
    low, high = wilson_interval(k, n)
    return {"share": k / n if n else float("nan"), "share_low": low, "share_high": high}
