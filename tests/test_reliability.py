"""Krippendorff's alpha on tidy tables: a published example, hand-computed cases, the edges."""

from __future__ import annotations

import math

import krippendorff
import numpy as np
import pandas as pd
import pytest

from corpus_tools import reliability
from corpus_tools.stats import wilson_interval

ARGS = {"unit": "unit", "coder": "coder", "value": "value"}


def tidy(matrix: dict[str, list[float | None]]) -> pd.DataFrame:
    """Coder -> values per unit (None: not coded) as a tidy table without the missing rows."""
    rows = [
        (unit, coder, value)
        for coder, values in matrix.items()
        for unit, value in enumerate(values, start=1)
        if value is not None
    ]
    return pd.DataFrame(rows, columns=["unit", "coder", "value"])


# Krippendorff (2011), nominal data, any number of observers, missing data ("." = None).
PAPER = {
    "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    "C": [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
}


def test_the_stored_example_is_the_papers_table() -> None:
    example = reliability.published_example()
    assert example.shape == (48, 3)
    wide = example.pivot(index="observer", columns="unit", values="value")
    for observer, values in PAPER.items():
        expected = [np.nan if v is None else float(v) for v in values]
        np.testing.assert_array_equal(wide.loc[observer].to_numpy(), expected)


def test_published_alpha_is_reproduced() -> None:
    published = reliability.published_examples().set_index("example")
    assert published.loc["krippendorff_2011_nominal", "alpha"] == 0.743
    alpha = reliability.krippendorff_alpha(
        reliability.published_example(), unit="unit", coder="observer", value="value"
    )
    assert round(alpha, 3) == 0.743


def test_missing_rows_and_empty_values_are_the_same() -> None:
    with_gaps = reliability.published_example()
    without = with_gaps.dropna(subset=["value"])
    assert len(without) == 48 - 7  # A misses 3 units, B 1, C 2, D 1
    args = {"unit": "unit", "coder": "observer", "value": "value"}
    assert reliability.krippendorff_alpha(without, **args) == reliability.krippendorff_alpha(
        with_gaps, **args
    )


def test_pairable_values_of_the_example() -> None:
    # Unit 12 has one value only; the other 11 units hold the paper's n = 40 pairable values.
    table = reliability.alpha_table(
        reliability.published_example(), unit="unit", coder="observer", value="value"
    )
    assert table.loc[0, ["n_coders", "n_units", "n_values"]].tolist() == [4, 11, 40]


def test_two_coders_by_hand() -> None:
    # 8 pairable values: three 1s, five 0s; one disagreeing unit gives o01 = o10 = 1.
    # alpha = 1 - (n - 1) * (o01 + o10) / (2 * n1 * n0) = 1 - 7 * 2 / 30 = 8 / 15.
    codes = tidy({"a": [1, 1, 0, 0], "b": [1, 0, 0, 0]})
    assert reliability.krippendorff_alpha(codes, **ARGS) == pytest.approx(8 / 15)


def test_values_may_be_text_or_booleans() -> None:
    numbers = tidy({"a": [1, 1, 0, 0], "b": [1, 0, 0, 0]})
    words = numbers.assign(value=numbers["value"].map({1: "yes", 0: "no"}))
    flags = numbers.assign(value=numbers["value"] == 1)
    expected = reliability.krippendorff_alpha(numbers, **ARGS)
    assert reliability.krippendorff_alpha(words, **ARGS) == pytest.approx(expected)
    assert reliability.krippendorff_alpha(flags, **ARGS) == pytest.approx(expected)


def test_other_levels_match_the_package_on_the_matrix() -> None:
    matrix = np.array([[np.nan if v is None else v for v in row] for row in PAPER.values()])
    codes = tidy(PAPER)
    for level in ("ordinal", "interval", "ratio"):
        expected = krippendorff.alpha(reliability_data=matrix, level_of_measurement=level)
        assert reliability.krippendorff_alpha(codes, level=level, **ARGS) == pytest.approx(expected)


def test_units_can_be_keyed_by_several_columns() -> None:
    codes = tidy({"a": [1, 1, 0, 0], "b": [1, 0, 0, 0]})
    codes["article"], codes["sentence"] = codes["unit"] % 2, codes["unit"] // 2
    alpha = reliability.krippendorff_alpha(
        codes, unit=["article", "sentence"], coder="coder", value="value"
    )
    assert alpha == pytest.approx(8 / 15)


def test_perfect_agreement_is_one() -> None:
    codes = tidy({"a": [1, 0, 1, 0], "b": [1, 0, 1, 0], "c": [1, 0, None, 0]})
    assert reliability.krippendorff_alpha(codes, **ARGS) == 1.0
    assert reliability.alpha_interval(codes, **ARGS) == (1.0, 1.0)


def test_alpha_is_undefined_without_variation_or_pairs() -> None:
    nobody_says_yes = tidy({"a": [0, 0, 0], "b": [0, 0, 0]})
    one_coder = tidy({"a": [1, 0, 1]})
    no_overlap = tidy({"a": [1, 0, None, None], "b": [None, None, 1, 0]})
    for codes in (nobody_says_yes, one_coder, no_overlap):
        assert math.isnan(reliability.krippendorff_alpha(codes, **ARGS))
        assert all(math.isnan(x) for x in reliability.alpha_interval(codes, **ARGS))


def test_two_codes_for_one_unit_and_coder_are_refused() -> None:
    codes = pd.concat([tidy({"a": [1, 0], "b": [1, 1]}), tidy({"a": [0]})])
    with pytest.raises(ValueError, match="more than one code"):
        reliability.krippendorff_alpha(codes, **ARGS)


def test_bootstrap_is_seeded_and_brackets_alpha() -> None:
    example = reliability.published_example()
    args = {"unit": "unit", "coder": "observer", "value": "value"}
    first = reliability.alpha_interval(example, **args)
    assert first == reliability.alpha_interval(example, **args)
    assert first != reliability.alpha_interval(example, seed=1, **args)
    assert first[0] < reliability.krippendorff_alpha(example, **args) <= first[1] <= 1.0


def test_alpha_table_per_group() -> None:
    codes = pd.concat(
        [
            tidy({"a": [1, 1, 0, 0], "b": [1, 0, 0, 0]}).assign(frame="conflict"),
            tidy({"a": [0, 0, 0, 0], "b": [0, 0, 0, None]}).assign(frame="morality"),
        ]
    )
    table = reliability.alpha_table(codes, by="frame", **ARGS)
    assert table.columns.tolist() == ["frame", *reliability.ALPHA_COLUMNS]
    assert table["frame"].tolist() == ["conflict", "morality"]
    assert table["alpha"].iloc[0] == pytest.approx(8 / 15)
    assert math.isnan(table["alpha"].iloc[1])
    assert table[["n_coders", "n_units", "n_values"]].to_numpy().tolist() == [[2, 4, 8], [2, 3, 6]]


def test_agreement_with_a_reference() -> None:
    reference = tidy({"dictionary": [1, 0, 0, 0, 1]})
    codes = tidy({"ann": [1, 0, 0, 1, None], "bo": [1, 0, 0, 0, 1]})
    table = reliability.agreement_with(codes, reference, **ARGS).set_index("coder")
    assert table.loc["ann", ["n_units", "n_agree"]].tolist() == [4, 3]
    assert table.loc["ann", "agreement"] == 0.75
    low, high = wilson_interval(3, 4)
    assert table.loc["ann", ["agreement_low", "agreement_high"]].tolist() == [low, high]
    # ann vs dictionary on units 1-4: values 1,1 / 0,0 / 0,0 / 1,0 -> n1 = 3, n0 = 5.
    assert table.loc["ann", "alpha"] == pytest.approx(8 / 15)
    assert table.loc["bo", ["n_units", "n_agree", "alpha"]].tolist() == [5, 5, 1.0]


def test_verdicts_follow_krippendorffs_thresholds() -> None:
    assert reliability.verdict(0.8) == "reliable"
    assert reliability.verdict(0.7) == "tentative conclusions only"
    assert reliability.verdict(0.5) == "not reliable"
    assert reliability.verdict(math.nan).startswith("undefined")
