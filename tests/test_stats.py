"""Small-sample statistics, checked against values worked out by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from corpus_tools.stats import bootstrap_mean_interval, wilson_interval


def test_wilson_interval_by_hand() -> None:
    # p = 0.5, n = 10, z = 1.96: centre (0.5 + 0.19208) / 1.38415 = 0.5;
    # half-width 1.96 * sqrt(0.025 + 0.0096037) / 1.38415 = 0.26340.
    low, high = wilson_interval(5, 10)
    assert low == pytest.approx(0.23659, abs=1e-5)
    assert high == pytest.approx(0.76341, abs=1e-5)


def test_wilson_interval_edges() -> None:
    assert wilson_interval(0, 20)[0] == 0.0 and wilson_interval(0, 20)[1] > 0.1
    assert all(math.isnan(x) for x in wilson_interval(0, 0))


def test_bootstrap_is_seeded_and_brackets_the_mean() -> None:
    values = np.array([0.1, -0.4, 0.3, 0.0, 0.5])
    first, second = bootstrap_mean_interval(values), bootstrap_mean_interval(values)
    assert first == second
    assert first[0] < values.mean() < first[1]
    # Fewer than five units: no interval, the values speak for themselves.
    assert all(math.isnan(x) for x in bootstrap_mean_interval(values[:4]))
