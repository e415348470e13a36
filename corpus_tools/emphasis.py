"""One row per outlet: what it emphasises, for a seminar to discuss.

Brings together the distinctive words (`distinctive`), the claims it carries (`claims`), whom
it names and quotes (`actors.actor_voices`) and, optionally, its dominant frame (`frames`).
"""

from __future__ import annotations

import pandas as pd

from corpus_tools import frames as framing
from corpus_tools.distinctive import top_terms
from corpus_tools.voice import UNATTRIBUTED


def _listed(terms: pd.DataFrame) -> str:
    """Terms with their counts, "word (n), ...", in the table's order."""
    return ", ".join(f"{t} ({n})" for t, n in zip(terms["term"], terms["n"], strict=True))


def _leaders(values: pd.Series) -> tuple[str, int]:
    """The index label(s) holding the largest value (ties joined by " / ") and that value."""
    values = values[values > 0]
    if values.empty:
        return "", 0
    best = int(values.max())
    return " / ".join(sorted(values.index[values == best])), best


def outlet_summary(
    odds: pd.DataFrame,
    coverage: pd.DataFrame,
    voices: pd.DataFrame,
    frames: pd.DataFrame | None = None,
    k: int = 5,
    robust: pd.DataFrame | None = None,
    frame_validation: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per outlet: what it emphasises, for a seminar to discuss.

    Takes `weighted_log_odds()` of `term_counts()` by `outlet_label`, `claim_coverage()`,
    `actor_voices()` and, optionally, `frames.score_frames()` (one row per sentence and frame
    with `present`). Columns: `outlet_label`; `distinctive_terms` (the `k` highest-z terms,
    "term (count)"); `claims_carried` of `n_claims`; `only_here` (claims no other outlet
    states, "; "-joined); `most_mentioned` and `most_mentioned_n`; `dominant_voice` (the
    named speaker with most quoted words, empty if none), `dominant_voice_words` and
    `quoted_words` (all quoted words, named or not); with frames, `dominant_frame` (present in
    most sentences, as `frames.dominant_frames` reports it), `dominant_frame_sentences` and
    `n_sentences`. Ties are joined by " / ". With `robust` (`distinctive.robust_terms()`),
    `distinctive_terms` lists only the terms that survive every prior variant ("none robust"
    when no term does) and `not_robust` the other top terms, so no fragile word reads as a
    trait of the outlet. With `frame_validation` (`gold.frame_validation()`), only frames that
    pass their validation can be dominant; when none passes there are no frame columns.
    """
    top = top_terms(odds, "outlet_label", k)
    carried = coverage[coverage["present"]]
    outlets_per_claim = carried.groupby("claim_id")["outlet_label"].nunique()
    only_here = carried[carried["claim_id"].map(outlets_per_claim) == 1]
    named = voices[voices["actor"] != UNATTRIBUTED]
    rows = []
    for outlet in dict.fromkeys(coverage["outlet_label"]):
        terms = top[top["outlet_label"] == outlet]
        mine = voices[voices["outlet_label"] == outlet]
        voice, voice_words = _leaders(
            named[named["outlet_label"] == outlet].groupby("actor")["quoted_words"].sum()
        )
        mentioned, n_mentioned = _leaders(mine.groupby("actor")["n_mentions"].sum())
        row = {"outlet_label": outlet, "distinctive_terms": _listed(terms)}
        if robust is not None:
            kept = robust[(robust["outlet_label"] == outlet) & robust["robust"]]
            row["distinctive_terms"] = _listed(kept) or "none robust"
            row["not_robust"] = _listed(terms)
        row |= {
            "claims_carried": carried.loc[carried["outlet_label"] == outlet, "claim_id"].nunique(),
            "n_claims": coverage["claim_id"].nunique(),
            "only_here": "; ".join(
                dict.fromkeys(only_here.loc[only_here["outlet_label"] == outlet, "claim"])
            ),
            "most_mentioned": mentioned,
            "most_mentioned_n": n_mentioned,
            "dominant_voice": voice,
            "dominant_voice_words": voice_words,
            "quoted_words": int(mine["quoted_words"].sum()),
        }
        rows.append(row)
    summary = pd.DataFrame(rows)
    if frames is not None and frame_validation is not None:
        passing = frame_validation.loc[frame_validation["verdict"] == "passes", "frame"]
        frames = frames[frames["frame"].isin(passing)]
    if frames is None or frames.empty:
        return summary
    dominant = framing.dominant_frames(framing.outlet_frames(framing.article_frames(frames)))
    dominant = dominant.rename(columns={"n_with_frame": "dominant_frame_sentences"})
    columns = ["outlet_label", "dominant_frame", "dominant_frame_sentences", "n_sentences"]
    return summary.merge(dominant[columns], on="outlet_label", how="left")
