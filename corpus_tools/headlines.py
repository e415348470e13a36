"""Headlines and leads against the body: what an outlet puts first, in which words.

Readers who stop at the headline or the first paragraph see a different story from those who
read on. `page_parts` splits each article into `headline` (from the metadata: the `headline`
column, a trailing " (probable)" dropped, "unknown" or empty meaning none), `lead` (the first
paragraph of the body text) and `body` (the rest), and `part_profile` counts, per part, its words,
the study's loaded terms and frame indicators. A headline inferred from a URL slug or a copy
is marked probable in the metadata and should be read as such.
"""

from __future__ import annotations

import pandas as pd

from corpus_tools import frames, lexicon
from corpus_tools.settings import Settings
from corpus_tools.voice import tokens as voiced_tokens

PARTS = ["headline", "lead", "body"]
PROFILE_COLUMNS = [
    "article_id",
    "outlet_label",
    "part",
    "n_words",
    "n_loaded",
    "loaded_terms",
    "n_indicators",
    "frames",
]


def headlines(articles: pd.DataFrame) -> pd.DataFrame:
    """Known headlines: `article_id`, `outlet_label`, `text` (articles without one left out)."""
    text = articles["headline"].fillna("").str.replace(r"\s*\(probable\)\s*$", "", regex=True)
    known = (text.str.strip() != "") & (text.str.lower() != "unknown")
    return pd.DataFrame(
        {
            "article_id": articles["article_id"],
            "outlet_label": articles["outlet_label"],
            "text": text,
        }
    )[known].reset_index(drop=True)


def page_parts(
    body_tokens: pd.DataFrame, articles: pd.DataFrame, study: Settings | str | None = None
) -> pd.DataFrame:
    """Tokens of every part, in article order: the body's tokens (`ct.tokens`, or body text
    only from `Tables.parts()`) tagged `lead` (the first paragraph) or `body`, and each known
    headline's tokens tagged `headline` (`part`)."""
    heads = headlines(articles)
    first = body_tokens.groupby("article_id", sort=False)["paragraph_id"].transform("min")
    parts = [body_tokens.assign(part=body_tokens["paragraph_id"].eq(first).map(_LEAD_OR_BODY))]
    if len(heads):
        parts.append(voiced_tokens(heads, study).assign(part="headline"))
    every = pd.concat(parts, ignore_index=True)
    article = every["article_id"].map({a: i for i, a in enumerate(articles["article_id"])})
    order = pd.DataFrame({"a": article, "p": every["part"].map(PARTS.index)})
    return every.loc[order.sort_values(["a", "p"], kind="stable").index].reset_index(drop=True)


_LEAD_OR_BODY = {True: "lead", False: "body"}


def part_profile(
    parts: pd.DataFrame,
    terms: pd.DataFrame | None = None,
    indicators: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Per article and part: words, loaded-term matches, frame-indicator matches: `PROFILE_COLUMNS`.

    Takes `page_parts()`. `loaded_terms` and `frames` join what was found ("; "). Parts an
    article lacks (no known headline) have no row.
    """
    terms = lexicon.loaded_terms() if terms is None else terms
    keys = ["article_id", "outlet_label", "part"]
    words = parts[~parts["is_punct"]].groupby(keys, sort=False).size().rename("n_words")
    found = []
    for part, toks in parts.groupby("part", sort=False):
        loaded = lexicon.match_terms(toks, terms).assign(part=part)
        hits = frames.match_indicators(toks, indicators).assign(part=part)
        found.append((loaded, hits))
    loaded = (
        pd.concat([f[0] for f in found])
        .groupby(keys)["term"]
        .agg(n_loaded="size", loaded_terms=lambda t: "; ".join(dict.fromkeys(t)))
    )
    hits = (
        pd.concat([f[1] for f in found])
        .groupby(keys)["frame"]
        .agg(n_indicators="size", frames=lambda f: "; ".join(dict.fromkeys(f)))
    )
    table = words.to_frame().join(loaded).join(hits).reset_index()
    table = table.fillna({"n_loaded": 0, "loaded_terms": "", "n_indicators": 0, "frames": ""})
    table = table.astype({"n_loaded": int, "n_indicators": int})
    table["_p"] = table["part"].map(PARTS.index)
    table["_a"] = table["article_id"].map(
        {a: i for i, a in enumerate(parts["article_id"].unique())}
    )
    return table.sort_values(["_a", "_p"])[PROFILE_COLUMNS].reset_index(drop=True)


def parts_result(profile: pd.DataFrame, n_articles: int) -> str:
    """One sentence of results from `part_profile()` output, for a notebook to print."""
    early = profile[profile["part"].isin(["headline", "lead"]) & (profile["n_loaded"] > 0)]
    known = int((profile["part"] == "headline").sum())
    return (
        f"Headlines and leads: {early['article_id'].nunique()} of {n_articles} articles carry a "
        f"loaded term in the headline or lead; {known} headline(s) are known."
    )
