"""Fact selection: which checkable claims of the event each article states, and how high up.

Framing is selection and salience (Entman 1993). The claims are a study setting
(`claims.csv`), found by regular expressions in each sentence. Position in an article is the
paragraph rank of the first mention: `lead` is the first paragraph; `upper half` the other
paragraphs up to paragraph ceil(n/2) of n (so the middle paragraph of an odd number counts as
upper); `lower half` the rest; `absent` if never.
"""

from __future__ import annotations

import math
import re

import pandas as pd

from corpus_tools.columns import article_labels, require
from corpus_tools.segmentation import normalise_typography
from corpus_tools.settings import Settings, settings

LEAD, UPPER, LOWER, ABSENT = "lead", "upper half", "lower half", "absent"
POSITIONS = (LEAD, UPPER, LOWER, ABSENT)
CLAIM_MATCH_COLUMNS = [
    "article_id",
    "outlet_label",
    "paragraph_id",
    "sentence_id",
    "claim_id",
    "start",
    "end",
    "matched",
]
COVERAGE_COLUMNS = [
    "article_id",
    "outlet_label",
    "claim_id",
    "claim",
    "present",
    "n_sentences",
    "paragraph_id",
    "n_paragraphs",
    "position",
    "sentence_id",
    "matched",
]


def claims(study: Settings | str | None = None) -> pd.DataFrame:
    """The study's claims: `claim_id`, `claim`, `description`, `pattern`, `note`, `source`.

    A pattern is a Python regular expression, matched case-insensitively within one sentence
    at a time, on text with curly quotes and apostrophes made straight.
    """
    return settings(study).table("claims")


def paragraph_position(paragraph_id: int, n_paragraphs: int) -> str:
    """`lead` for paragraph 1, `upper half` up to paragraph ceil(n/2), else `lower half`."""
    if paragraph_id == 1:
        return LEAD
    return UPPER if paragraph_id <= math.ceil(n_paragraphs / 2) else LOWER


def _compiled(table: pd.DataFrame) -> list[tuple[str, re.Pattern[str]]]:
    compiled = []
    for c in table.itertuples(index=False):
        try:
            compiled.append((c.claim_id, re.compile(c.pattern, re.IGNORECASE)))
        except re.error as err:
            raise ValueError(f"claim {c.claim_id}: invalid pattern ({err})") from err
    return compiled


def claim_matches(sentences: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """One row per match of a claim's pattern in a sentence: `CLAIM_MATCH_COLUMNS`.

    `start`/`end` are offsets into the article's cleaned text; `matched` is the text as written.
    """
    require(claims, ["claim_id", "pattern"], "claims")
    patterns = _compiled(claims)
    rows = [
        (
            s.article_id,
            s.outlet_label,
            s.paragraph_id,
            s.sentence_id,
            claim_id,
            s.start + m.start(),
            s.start + m.end(),
            s.text[m.start() : m.end()],
        )
        for s in sentences.itertuples(index=False)
        for claim_id, pattern in patterns
        for m in pattern.finditer(normalise_typography(s.text))
        if m.end() > m.start()
    ]
    return pd.DataFrame(rows, columns=CLAIM_MATCH_COLUMNS)


def claim_coverage(sentences: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """One row per article and claim: whether the article states it, and how high up.

    Columns (`COVERAGE_COLUMNS`): `present`; `n_sentences` stating it; `paragraph_id` and
    `sentence_id` of the first sentence stating it (missing when absent); `n_paragraphs` of
    the article; `position` (lead, upper half, lower half, absent); `matched`, the first match.
    Articles keep the order of `sentences`, claims the order of `claims`.
    """
    require(claims, ["claim_id", "claim", "pattern"], "claims")
    matches = claim_matches(sentences, claims)
    first = matches.drop_duplicates(["article_id", "claim_id"]).set_index(
        ["article_id", "claim_id"]
    )
    n_sents = matches.groupby(["article_id", "claim_id"])["sentence_id"].nunique()
    n_paras = sentences.groupby("article_id", sort=False)["paragraph_id"].max()
    outlets = sentences.drop_duplicates("article_id").set_index("article_id")["outlet_label"]
    rows = []
    for article_id, outlet in outlets.items():
        for c in claims.itertuples(index=False):
            key = (article_id, c.claim_id)
            hit = first.loc[key] if key in first.index else None
            para = int(hit["paragraph_id"]) if hit is not None else pd.NA
            rows.append(
                {
                    "article_id": article_id,
                    "outlet_label": outlet,
                    "claim_id": c.claim_id,
                    "claim": c.claim,
                    "present": hit is not None,
                    "n_sentences": int(n_sents.get(key, 0)),
                    "paragraph_id": para,
                    "n_paragraphs": int(n_paras[article_id]),
                    "position": ABSENT
                    if hit is None
                    else paragraph_position(para, int(n_paras[article_id])),
                    "sentence_id": int(hit["sentence_id"]) if hit is not None else pd.NA,
                    "matched": hit["matched"] if hit is not None else "",
                }
            )
    coverage = pd.DataFrame(rows, columns=COVERAGE_COLUMNS)
    return coverage.astype({"paragraph_id": "Int64", "sentence_id": "Int64"})


def lead_claims(coverage: pd.DataFrame) -> pd.DataFrame:
    """Per article, the claims its lead (first paragraph) states, from `claim_coverage()`.

    Columns: `article_id`, `outlet_label`, `n_lead_claims`, `lead_claims` (the `claim`
    labels, "; "-joined; empty when the lead states none of the claims).
    """
    rows = [
        {
            "article_id": article_id,
            "outlet_label": outlet,
            "n_lead_claims": int((g["position"] == LEAD).sum()),
            "lead_claims": "; ".join(g.loc[g["position"] == LEAD, "claim"]),
        }
        for (article_id, outlet), g in coverage.groupby(["article_id", "outlet_label"], sort=False)
    ]
    return pd.DataFrame(
        rows, columns=["article_id", "outlet_label", "n_lead_claims", "lead_claims"]
    )


def coverage_matrix(coverage: pd.DataFrame) -> pd.DataFrame:
    """Claims by articles: one row per claim, one column per article, plus `n_articles`.

    A cell reads "lead ¶1", "lower half ¶14" or is empty; columns are outlet labels (with the
    article id added where an outlet has several articles). Rows keep the claims' order.
    """
    labels = article_labels(coverage)
    cells = coverage["position"].where(
        ~coverage["present"], coverage["position"] + " ¶" + coverage["paragraph_id"].astype(str)
    )
    cells = cells.where(coverage["present"], "")
    wide = (
        pd.DataFrame({"claim": coverage["claim"], "article": labels, "cell": cells})
        .pivot(index="claim", columns="article", values="cell")
        .reindex(index=list(dict.fromkeys(coverage["claim"])), columns=list(dict.fromkeys(labels)))
    )
    wide.columns.name = None
    wide["n_articles"] = coverage.groupby("claim", sort=False)["present"].sum()
    return wide
