"""Distinctive words: what each group (outlet) says more than the others.

Weighted log-odds ratios with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008),
each group against all other groups pooled. Counts are summed over tokens, so the result is
the same however the corpus was chunked.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from corpus_tools.columns import first_seen_order, require
from corpus_tools.segmentation import stop_words

COUNT_COLUMNS = ["term", "n"]


def term_counts(
    tokens: pd.DataFrame, by: str = "outlet_label", drop_stop: bool = False, drop_punct: bool = True
) -> pd.DataFrame:
    """Tokens counted per group and term: columns `by`, `term`, `n`.

    `term` is the token's `lower` form; `drop_stop` removes the project's stop words.
    Rows keep the groups' order of first appearance, then go from the most frequent term down.
    """
    require(tokens, [by, "lower", "is_punct"], "tokens")
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
    counts["_group"] = first_seen_order(counts[by])
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
    require(counts, [group, term, n], "counts")
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
    require(odds, [group, term, n, "z"], "odds")
    ranked = odds.assign(_group=first_seen_order(odds[group])).sort_values(
        ["_group", "z", n, term], ascending=[True, False, False, True]
    )
    top = ranked.groupby(group, sort=False).head(k).drop(columns="_group")
    return top.assign(rank=top.groupby(group, sort=False).cumcount() + 1).reset_index(drop=True)
