"""What each outlet foregrounds: the words that set it apart, the facts it selects, its voices.

Framing is selection and salience (Entman 1993). This module measures three kinds of emphasis:
- distinctive words: weighted log-odds ratios with an informative Dirichlet prior (Monroe,
  Colaresi & Quinn 2008), each group against all other groups pooled;
- fact selection: the checkable claims of `data/claims.csv`, found by regular expressions in
  each sentence, and how high up the article first states each one;
- voices and actors: how often each actor is named, where first, and how many quoted words
  each speaker gets.

Position in an article is the paragraph rank of the first mention: `lead` is the first
paragraph; `upper half` the other paragraphs up to paragraph ceil(n/2) of n (so the middle
paragraph of an odd number counts as upper); `lower half` the rest; `absent` if never.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd

from corpus_tools import frames as framing
from corpus_tools.actors import actors
from corpus_tools.segmentation import normalise_typography, stop_words
from corpus_tools.settings import Settings, settings
from corpus_tools.voice import UNATTRIBUTED

LEAD, UPPER, LOWER, ABSENT = "lead", "upper half", "lower half", "absent"
POSITIONS = (LEAD, UPPER, LOWER, ABSENT)
COUNT_COLUMNS = ["term", "n"]
MATCH_COLUMNS = [
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
VOICE_COLUMNS = [
    "article_id",
    "outlet_label",
    "actor",
    "type",
    "n_mentions",
    "first_paragraph",
    "n_paragraphs",
    "first_position",
    "n_quotes",
    "quoted_words",
]


def _require(table: pd.DataFrame, columns: list[str], what: str) -> None:
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(f"{what} lacks column(s) {', '.join(missing)}")


def _first_seen_order(values: pd.Series) -> pd.Series:
    """Rank of each value by where it first appears, so sorting keeps the corpus order."""
    order = {v: i for i, v in enumerate(dict.fromkeys(values))}
    return values.map(order)


# --- distinctive words -------------------------------------------------------------------


def term_counts(
    tokens: pd.DataFrame, by: str = "outlet_label", drop_stop: bool = False, drop_punct: bool = True
) -> pd.DataFrame:
    """Tokens counted per group and term: columns `by`, `term`, `n`.

    `term` is the token's `lower` form; `drop_stop` removes the project's stop words.
    Rows keep the groups' order of first appearance, then go from the most frequent term down.
    """
    _require(tokens, [by, "lower", "is_punct"], "tokens")
    toks = tokens[~tokens["is_punct"]] if drop_punct else tokens
    terms = toks["lower"]
    if drop_stop:
        keep = ~terms.isin(stop_words())
        toks, terms = toks[keep], terms[keep]
    counts = (
        pd.DataFrame({by: toks[by].to_numpy(), "term": terms.to_numpy()})
        .groupby([by, "term"], sort=False)
        .size()
        .rename("n")
        .reset_index()
    )
    counts["_group"] = _first_seen_order(counts[by])
    counts = counts.sort_values(["_group", "n", "term"], ascending=[True, False, True])
    return counts.drop(columns="_group").reset_index(drop=True)


def weighted_log_odds(
    counts: pd.DataFrame, group: str, term: str, n: str, prior_scale: float = 1.0
) -> pd.DataFrame:
    """Monroe et al.'s (2008) weighted log-odds of each term in each group against the rest.

    `counts` has one row per group and term with the count in column `n`. The informative
    Dirichlet prior is alpha_w = prior_scale * (count of w in the whole corpus), alpha_0 their
    sum. For group i and the rest of the corpus j (token totals n_i, n_j):
    log_odds = log((y_wi + a_w) / (n_i + a_0 - y_wi - a_w))
             - log((y_wj + a_w) / (n_j + a_0 - y_wj - a_w)),
    variance = 1 / (y_wi + a_w) + 1 / (y_wj + a_w), z = log_odds / sqrt(variance).
    Returns the input rows (index kept) plus `log_odds`, `variance` and `z`. Terms a group
    never uses have no row, so the table shows what a group says more, not what it omits.
    """
    _require(counts, [group, term, n], "counts")
    if not prior_scale > 0:
        raise ValueError(f"prior_scale must be positive, got {prior_scale}")
    if counts.duplicated([group, term]).any():
        raise ValueError(f"counts must have one row per {group} and {term}")
    y = counts[n].astype(float)
    if (y < 0).any():
        raise ValueError(f"counts in column {n} must not be negative")
    term_total = y.groupby(counts[term]).transform("sum")
    if (term_total == 0).any():
        raise ValueError("every term must occur at least once in the corpus")
    if counts[term].nunique() < 2:
        raise ValueError("log-odds need at least two different terms")
    group_total = y.groupby(counts[group]).transform("sum")
    alpha, alpha0 = prior_scale * term_total, prior_scale * y.sum()
    y_rest, n_rest = term_total - y, y.sum() - group_total
    log_odds = np.log((y + alpha) / (group_total + alpha0 - y - alpha)) - np.log(
        (y_rest + alpha) / (n_rest + alpha0 - y_rest - alpha)
    )
    variance = 1 / (y + alpha) + 1 / (y_rest + alpha)
    return counts.assign(log_odds=log_odds, variance=variance, z=log_odds / np.sqrt(variance))


def top_terms(
    odds: pd.DataFrame, group: str, k: int = 10, term: str = "term", n: str = "n"
) -> pd.DataFrame:
    """The `k` rows with the highest `z` per group, plus `rank` (1 = most distinctive).

    Ties in `z` go to the more frequent term (count column `n`), then alphabetically.
    """
    _require(odds, [group, term, n, "z"], "odds")
    ranked = odds.assign(_group=_first_seen_order(odds[group])).sort_values(
        ["_group", "z", n, term], ascending=[True, False, False, True]
    )
    top = ranked.groupby(group, sort=False).head(k).drop(columns="_group")
    return top.assign(rank=top.groupby(group, sort=False).cumcount() + 1).reset_index(drop=True)


# --- fact selection ----------------------------------------------------------------------


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
    """One row per match of a claim's pattern in a sentence: `MATCH_COLUMNS`.

    `start`/`end` are offsets into the article's cleaned text; `matched` is the text as written.
    """
    _require(claims, ["claim_id", "pattern"], "claims")
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
    return pd.DataFrame(rows, columns=MATCH_COLUMNS)


def claim_coverage(sentences: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """One row per article and claim: whether the article states it, and how high up.

    Columns (`COVERAGE_COLUMNS`): `present`; `n_sentences` stating it; `paragraph_id` and
    `sentence_id` of the first sentence stating it (missing when absent); `n_paragraphs` of
    the article; `position` (lead, upper half, lower half, absent); `matched`, the first match.
    Articles keep the order of `sentences`, claims the order of `claims`.
    """
    _require(claims, ["claim_id", "claim", "pattern"], "claims")
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


def article_labels(table: pd.DataFrame) -> pd.Series:
    """A label per row naming its article: the outlet label, plus the id if it is ambiguous."""
    per_outlet = table.groupby("outlet_label")["article_id"].transform("nunique")
    with_id = table["outlet_label"] + " (" + table["article_id"] + ")"
    return table["outlet_label"].where(per_outlet == 1, with_id)


# --- voices and actors -------------------------------------------------------------------


def actor_voices(
    mentions: pd.DataFrame,
    quotes: pd.DataFrame,
    sentences: pd.DataFrame,
    study: Settings | str | None = None,
) -> pd.DataFrame:
    """One row per article and actor named or quoted in it: who is spoken about, who speaks.

    Takes `actors.actor_mentions()`, `quotes()` and `sentences()` of the same articles.
    Columns (`VOICE_COLUMNS`): `n_mentions` (names and aliases, in narration and inside
    quotations alike; pronouns not counted); `first_paragraph` and `first_position` of the first
    mention (missing / absent when never named); `n_quotes` and `quoted_words` (from the
    quotations' `n_words`) where the actor is the speaker. Quotations without a named speaker
    form one row, `actor` = "quoted, no named speaker". Rows keep the articles' order, then go
    from the most mentioned actor down.
    """
    keys = ["article_id", "outlet_label", "actor"]
    located = pd.merge_asof(
        mentions.sort_values("start"),
        sentences[["article_id", "start", "paragraph_id"]].sort_values("start"),
        on="start",
        by="article_id",
    )
    named = located.groupby(keys, sort=False).agg(
        type=("type", "first"),
        n_mentions=("start", "size"),
        first_paragraph=("paragraph_id", "min"),
    )
    speakers = quotes.assign(actor=quotes["speaker"].replace("", UNATTRIBUTED))
    spoken = speakers.groupby(keys, sort=False).agg(
        n_quotes=("quote_id", "size"), quoted_words=("n_words", "sum")
    )
    table = named.join(spoken, how="outer").reset_index()
    types = actors(study).set_index("actor")["type"]
    table["type"] = table["type"].fillna(table["actor"].map(types)).fillna("")
    table = table.fillna({"n_mentions": 0, "n_quotes": 0, "quoted_words": 0})
    table = table.astype(
        {"n_mentions": int, "n_quotes": int, "quoted_words": int, "first_paragraph": "Int64"}
    )
    n_paras = sentences.groupby("article_id", sort=False)["paragraph_id"].max()
    table["n_paragraphs"] = table["article_id"].map(n_paras).astype(int)
    table["first_position"] = [
        ABSENT if pd.isna(p) else paragraph_position(int(p), n)
        for p, n in zip(table["first_paragraph"], table["n_paragraphs"], strict=True)
    ]
    article_order = {a: i for i, a in enumerate(sentences["article_id"].unique())}
    table["_article"] = table["article_id"].map(article_order)
    table = table.sort_values(
        ["_article", "n_mentions", "quoted_words", "actor"], ascending=[True, False, False, True]
    )
    return table[VOICE_COLUMNS].reset_index(drop=True)


# --- per-outlet summary ------------------------------------------------------------------


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
    `n_sentences`. Ties are joined by " / ".
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
        row = {
            "outlet_label": outlet,
            "distinctive_terms": ", ".join(
                f"{t} ({n})" for t, n in zip(terms["term"], terms["n"], strict=True)
            ),
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
    if frames is None:
        return summary
    dominant = framing.dominant_frames(framing.outlet_frames(framing.article_frames(frames)))
    dominant = dominant.rename(columns={"n_with_frame": "dominant_frame_sentences"})
    columns = ["outlet_label", "dominant_frame", "dominant_frame_sentences", "n_sentences"]
    return summary.merge(dominant[columns], on="outlet_label", how="left")
