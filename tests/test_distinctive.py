"""Keyness with multiple-comparison control, the leave-out prior, and chance counts.

Every expected value below is worked out by hand in the comments.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools.actors import actor_mentions
from corpus_tools.claims import claim_coverage, claims
from corpus_tools.distinctive import (
    keyness,
    robust_terms,
    significance_count,
    term_counts,
    weighted_log_odds,
)
from corpus_tools.emphasis import outlet_summary
from corpus_tools.stats import benjamini_hochberg
from corpus_tools.voice import actor_voices

# Target A: x 10 of 100 tokens; reference B: x 5 of 200 tokens.
COUNTS = pd.DataFrame(
    {"outlet_label": ["A", "A", "B", "B"], "term": ["x", "y", "x", "y"], "n": [10, 90, 5, 195]}
)


def test_chi2_with_yates_correction_by_hand() -> None:
    # a=10 b=5 c=90 d=195 N=300; |ad-bc| = |1950-450| = 1500, minus N/2 = 1350;
    # 300 * 1350^2 / (15 * 285 * 100 * 200) = 546,750,000 / 85,500,000 = 6.3947...
    table = keyness(COUNTS, "A").set_index("term")
    assert table.loc["x", "chi2"] == pytest.approx(546_750_000 / 85_500_000)
    assert table.loc["y", "chi2"] == pytest.approx(-546_750_000 / 85_500_000)  # less than expected
    assert table.loc["x", ["n_target", "n_reference"]].tolist() == [10, 5]


def test_log_likelihood_g2_by_hand() -> None:
    # Expected: E_a = 15*100/300 = 5, E_b = 10, E_c = 95, E_d = 190;
    # G2 = 2 (10 ln 2 + 5 ln 0.5 + 90 ln(90/95) + 195 ln(195/190)) = 7.3298...
    g2 = 2 * (
        10 * math.log(2) + 5 * math.log(0.5) + 90 * math.log(90 / 95) + 195 * math.log(195 / 190)
    )
    table = keyness(COUNTS, "A", measure="G2").set_index("term")
    assert table.loc["x", "G2"] == pytest.approx(g2)
    assert table.loc["x", "p"] == pytest.approx(0.00678, abs=1e-5)  # chi2(1) tail at 7.33


def test_yates_correction_floors_at_zero() -> None:
    # a=1 b=2 c=9 d=18: ad - bc = 18 - 18 = 0, so chi2 is 0 (not negative) and p is 1.
    counts = pd.DataFrame(
        {"outlet_label": ["A", "A", "B", "B"], "term": ["x", "y", "x", "y"], "n": [1, 9, 2, 18]}
    )
    table = keyness(counts, "A").set_index("term")
    assert table.loc["x", "chi2"] == 0 and table.loc["x", "p"] == 1


def test_benjamini_hochberg_by_hand() -> None:
    # Sorted 0.01, 0.03, 0.04, 0.20 (m = 4) scale to 0.04, 0.06, 0.0533, 0.20; the running
    # minimum from the top gives 0.04, 0.0533, 0.0533, 0.20, returned in the input's order.
    adjusted = benjamini_hochberg([0.01, 0.04, 0.03, 0.20])
    assert adjusted == pytest.approx([0.04, 0.04 * 4 / 3, 0.04 * 4 / 3, 0.20])
    assert benjamini_hochberg([0.9, 0.8]).tolist() == [0.9, 0.9]


def test_leave_out_prior_by_hand() -> None:
    # A: x 2; B: x 1, y 1. Left out for A's x: alpha = (3 - 2) + 1 = 2, alpha_0 = (4 - 2) + 2
    # terms = 4; log-odds = ln((2+2)/(2+4-2-2)) - ln((1+2)/(2+4-1-2)) = ln 2;
    # variance = 1/4 + 1/3; z = ln 2 / sqrt(7/12) = 0.9075...
    counts = pd.DataFrame({"g": ["A", "B", "B"], "t": ["x", "x", "y"], "n": [2, 1, 1]})
    row = weighted_log_odds(counts, "g", "t", "n", leave_out=True).iloc[0]
    assert row["log_odds"] == pytest.approx(math.log(2))
    assert row["z"] == pytest.approx(math.log(2) / math.sqrt(7 / 12))
    default = weighted_log_odds(counts, "g", "t", "n").iloc[0]
    assert default["z"] != pytest.approx(row["z"])  # the choice of prior matters


def test_significance_count_against_chance() -> None:
    odds = pd.DataFrame({"g": ["A"] * 4 + ["B"], "z": [2.5, -2.0, 0.3, 1.0, 1.95]})
    table = significance_count(odds, "g").set_index("g")
    assert table.loc["A", ["n_terms", "n_beyond"]].tolist() == [4, 2]
    assert table.loc["A", "expected_by_chance"] == pytest.approx(4 * 0.05, abs=1e-4)
    assert table.loc["B", "n_beyond"] == 0


def test_keyness_on_the_corpus_adjusts_every_p_value_upwards(tokens) -> None:
    counts = term_counts(tokens, drop_stop=True)
    target = counts["outlet_label"].iloc[0]
    table = keyness(counts, target, measure="G2")
    assert (table["p_adj"] >= table["p"]).all() and (table["p_adj"] <= 1).all()
    assert table["n_target"].sum() == counts.loc[counts["outlet_label"] == target, "n"].sum()
    assert np.all(np.diff(table["G2"].to_numpy()) <= 0)


def test_keyness_rejects_an_unknown_target_or_measure() -> None:
    with pytest.raises(ValueError, match="not a value"):
        keyness(COUNTS, "Z")
    with pytest.raises(ValueError, match="measure"):
        keyness(COUNTS, "A", measure="pmi")


def test_a_word_only_one_group_uses_often_survives_every_prior() -> None:
    shared = [f"w{i}" for i in range(30)]
    counts = pd.DataFrame(
        {
            "outlet_label": ["A"] * 31 + ["B"] * 30,
            "term": [*shared, "alpha", *shared],
            "n": [20] * 30 + [300] + [20] * 30,
        }
    )
    table = robust_terms(counts, k=3)
    assert table.loc[table["robust"], ["outlet_label", "term"]].values.tolist() == [["A", "alpha"]]
    assert (table["n_variants"] == 6).all()
    # Another version of the corpus where A does not use "alpha" (its headline left out, say):
    # the word no longer survives; a version without group B adds no variant for B.
    without_alpha = counts.assign(n=counts["n"].where(counts["term"] != "alpha", 20))
    only_a = counts[counts["outlet_label"] == "A"]
    table = robust_terms(counts, k=3, alternatives={"other": without_alpha, "A only": only_a})
    assert not table["robust"].any()
    assert table.groupby("outlet_label")["n_variants"].first().to_dict() == {"A": 18, "B": 12}


def test_no_distinctive_word_of_the_bundled_corpus_survives_every_prior(tokens) -> None:
    # A few hundred words per outlet: the top words change with the prior, and none reaches
    # z >= 1.96 under all six variants.
    table = robust_terms(term_counts(tokens, drop_stop=True))
    assert not table["robust"].any()
    assert (table["in_top"] < table["n_variants"]).any()


def test_summary_shows_only_robust_terms(tokens, articles) -> None:
    counts = term_counts(tokens, drop_stop=True)
    odds = weighted_log_odds(counts, "outlet_label", "term", "n")
    coverage = claim_coverage(ct.sentences(articles), claims())
    voices = actor_voices(actor_mentions(articles), ct.quotes(articles), ct.sentences(articles))
    summary = outlet_summary(odds, coverage, voices, robust=robust_terms(counts))
    assert (summary["distinctive_terms"] == "none robust").all()
    assert summary["not_robust"].str.len().gt(0).all()
