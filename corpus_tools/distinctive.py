"""Distinctive words: what each group (outlet) says more than the others.

Weighted log-odds ratios with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008),
each group against all other groups pooled. Counts are summed over tokens, so the result is
the same however the corpus was chunked.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
from scipy import stats

from corpus_tools.columns import first_seen_order, require
from corpus_tools.segmentation import stop_words
from corpus_tools.stats import benjamini_hochberg

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
    counts: pd.DataFrame,
    group: str,
    term: str,
    n: str,
    prior_scale: float = 1.0,
    leave_out: bool = False,
) -> pd.DataFrame:
    """Monroe et al.'s (2008) weighted log-odds of each term in each group against the rest.

    `counts` has one row per group and term with the count in column `n`. The informative
    Dirichlet prior is alpha_w = prior_scale * (count of w in the whole corpus), alpha_0 their
    sum: the prior includes the group itself, which pulls each group towards the corpus it is
    part of (more so for a large group). With `leave_out`, group i's prior is built from the
    other groups only, alpha_w = prior_scale * (count of w outside i + 1) (the 1 keeps a word
    only i uses from having no prior). `prior_scale` sets the prior's weight: small values
    trust the group's own counts, large ones shrink towards the corpus. For group i and the
    rest of the corpus j (token totals n_i, n_j):
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
    if leave_out:
        vocabulary = counts[term].nunique()
        alpha = prior_scale * (term_total - y + 1)
        alpha0 = prior_scale * (y.sum() - group_total + vocabulary)
    else:
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


def significance_count(odds: pd.DataFrame, group: str, z: float = 1.96) -> pd.DataFrame:
    """Per group: how many terms reach |z| >= `z`, against how many chance alone would give.

    Takes `weighted_log_odds()` output. Columns: `group`, `n_terms` (tests made), `n_beyond`
    (terms with |z| >= z), `expected_by_chance` (n_terms times the two-sided tail probability
    of z under a standard normal: 5% for 1.96). When `n_beyond` is not well above the
    expectation, the list of "distinctive" words is what noise alone would produce.
    """
    require(odds, [group, "z"], "odds")
    tail = 2 * stats.norm.sf(z)
    table = odds.groupby(group, sort=False)["z"].agg(
        n_terms="size", n_beyond=lambda v: int((v.abs() >= z).sum())
    )
    table["expected_by_chance"] = table["n_terms"] * tail
    return table.reset_index()


KEYNESS_MEASURES = ("chi2", "G2")


def keyness(
    counts: pd.DataFrame,
    target: str,
    group: str = "outlet_label",
    term: str = "term",
    n: str = "n",
    measure: str = "chi2",
) -> pd.DataFrame:
    """Keyness of each term for `target` against all other groups, as quanteda's textstat_keyness.

    For each term a 2x2 table: its count in the target (a) and in the reference (b), and the
    target's and reference's other tokens (c, d); N = a + b + c + d. `chi2` is Pearson's
    chi-squared with Yates' continuity correction, N (max(0, |ad - bc| - N/2))^2 /
    ((a+b)(c+d)(a+c)(b+d)); `G2` is Dunning's (1993) log-likelihood ratio, 2 sum O ln(O/E)
    over the four cells (no correction). Both are signed: negative where the target uses the
    term less than expected. `p` is from the chi-squared distribution with one degree of
    freedom; `p_adj` is Benjamini-Hochberg adjusted over all terms (false discovery rate).
    Columns: `term`, `n_target`, `n_reference`, the measure, `p`, `p_adj`; most key first.
    """
    if measure not in KEYNESS_MEASURES:
        raise ValueError(f"measure must be one of {KEYNESS_MEASURES}, not {measure!r}")
    require(counts, [group, term, n], "counts")
    if target not in set(counts[group]):
        raise ValueError(f"{target!r} is not a value of {group}")
    is_target = counts[group] == target
    by_term = counts[term]
    table = pd.DataFrame(
        {
            "n_target": counts[n].where(is_target, 0).groupby(by_term, sort=False).sum(),
            "n_reference": counts[n].where(~is_target, 0).groupby(by_term, sort=False).sum(),
        }
    )
    a, b = table["n_target"].to_numpy(float), table["n_reference"].to_numpy(float)
    c, d = a.sum() - a, b.sum() - b
    total = a + b + c + d
    if measure == "chi2":
        corrected = np.maximum(0.0, np.abs(a * d - b * c) - total / 2)
        value = total * corrected**2 / ((a + b) * (c + d) * (a + c) * (b + d))
    else:
        cells = [(a, a + b, a + c), (b, a + b, b + d), (c, c + d, a + c), (d, c + d, b + d)]
        value = 2 * sum(_o_log_o_over_e(o, row * col / total) for o, row, col in cells)
    signed = np.where(a >= (a + b) * (a + c) / total, value, -value)
    p = stats.chi2.sf(value, df=1)
    table[measure], table["p"], table["p_adj"] = signed, p, benjamini_hochberg(p)
    table = table.rename_axis(term).reset_index()
    return table.sort_values([measure, term], ascending=[False, True], ignore_index=True)


def _o_log_o_over_e(observed: np.ndarray, expected: np.ndarray) -> np.ndarray:
    """O ln(O/E), 0 where O is 0 (its limit)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(observed > 0, observed * np.log(observed / expected), 0.0)


PRIOR_SCALES = (0.1, 1.0, 10.0)


def robust_terms(
    counts: pd.DataFrame,
    group: str = "outlet_label",
    k: int = 8,
    scales: tuple[float, ...] = PRIOR_SCALES,
    z: float = 1.96,
    alternatives: Mapping[str, pd.DataFrame] | None = None,
) -> pd.DataFrame:
    """Distinctive words checked against the choice of prior, and of corpus: which survive.

    Computes `weighted_log_odds` of `counts` (from `term_counts`) with each prior scale in
    `scales`, with the prior from the whole corpus and left out (`leave_out`), and the same for
    each table of `alternatives` (other `term_counts` of the corpus: with headlines in, without
    some articles; an empty one is skipped). One row per group and term that is among the
    group's `k` highest-z terms in any variant: `n` (count in the group in `counts`), `z_min`
    and `z_max` over the variants, `in_top` (variants where it is in the top `k`) of
    `n_variants` (the variants in which the group occurs), and `robust`: in the top `k` with
    z >= `z` in every one of them. Rows follow the groups' order, robust terms first, then by
    `z_min`.
    """
    tables = [counts, *(t for t in (alternatives or {}).values() if len(t))]
    runs = []
    for number, (table, scale, leave_out) in enumerate(
        (t, s, lo) for t in tables for s in scales for lo in (False, True)
    ):
        odds = weighted_log_odds(table, group, "term", "n", scale, leave_out)
        ranked = top_terms(odds, group, k)
        runs.append(odds.assign(variant=number, in_top=odds.set_index([group, "term"]).index.isin(
            ranked.set_index([group, "term"]).index)))  # fmt: skip
    every = pd.concat(runs)
    variants = every.groupby(group, sort=False)["variant"].nunique()
    table = every.groupby([group, "term"], sort=False).agg(
        n=("n", "first"), z_min=("z", "min"), z_max=("z", "max"), in_top=("in_top", "sum")
    )
    table = table[table["in_top"] > 0].reset_index()
    table["n_variants"] = table[group].map(variants)
    table["robust"] = (table["in_top"] == table["n_variants"]) & (table["z_min"] >= z)
    table["_group"] = first_seen_order(table[group])
    table = table.sort_values(["_group", "robust", "z_min"], ascending=[True, False, False])
    return table.drop(columns="_group").reset_index(drop=True)
