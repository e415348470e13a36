"""Small-sample statistics: intervals that keep five articles from looking like a survey."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

Z95 = 1.959963984540054


def wilson_interval(successes: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for a proportion (95% by default); (nan, nan) when n is 0."""
    if n == 0:
        return math.nan, math.nan
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


MIN_UNITS = 5


def bootstrap_mean_interval(
    values: pd.Series | np.ndarray, n_resamples: int = 2000, seed: int = 20250905
) -> tuple[float, float]:
    """Percentile bootstrap 95% interval of a mean, with a fixed seed.

    The estimand is the mean over units like the ones resampled (the sentences of these
    articles, say), not over outlets. Fewer than `MIN_UNITS` values give (nan, nan): an
    interval from two to four values is mostly an artefact of resampling them.
    """
    x = np.asarray(values, dtype=float)
    if len(x) < MIN_UNITS:
        return math.nan, math.nan
    rng = np.random.default_rng(seed)
    means = rng.choice(x, size=(n_resamples, len(x)), replace=True).mean(axis=1)
    low, high = np.percentile(means, [2.5, 97.5])
    return float(low), float(high)


def benjamini_hochberg(p_values: pd.Series | np.ndarray) -> np.ndarray:
    """Benjamini-Hochberg adjusted p-values (false discovery rate), in the input's order.

    p_adj of the i-th smallest of m p-values is min over j >= i of p_(j) * m / j, capped at 1.
    """
    p = np.asarray(p_values, dtype=float)
    m = len(p)
    if m == 0:
        return p
    order = np.argsort(p, kind="stable")
    scaled = p[order] * m / np.arange(1, m + 1)
    adjusted = np.minimum.accumulate(scaled[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.minimum(adjusted, 1.0)
    return out
