"""Agreement between coders: Krippendorff's alpha on tidy tables, with a seeded bootstrap.

Codes come as a tidy table with one row per unit, coder and value (the code that coder gave
that unit). A missing code is a missing row or an empty value; alpha uses every unit that at
least two coders coded (the "pairable" values). Alpha itself is computed by the `krippendorff`
package; this module shapes the table, says when alpha is undefined and adds an interval.

- Alpha is undefined (NaN, not 1) when no unit was coded by two coders, or when the pairable
  values show no variation at all (every coder always said "absent"): with nothing to tell
  apart, chance agreement is perfect too, and alpha = 1 - observed/expected disagreement is 0/0.
- The interval is a percentile bootstrap over units: units coded by at least two coders are
  drawn with replacement, each keeping all its codes, with a fixed seed. Draws in which alpha is
  undefined are left out. This is simpler than the bootstrap of Hayes & Krippendorff (2007),
  which resamples pairs of values; with a few dozen units, read the interval's width, not its
  decimals.
- Krippendorff (2004) asks for alpha >= 0.800 before relying on data, and accepts
  0.667 <= alpha < 0.800 only for tentative conclusions (`RELIABLE`, `TENTATIVE`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import krippendorff
import numpy as np
import pandas as pd

from corpus_tools.resources import read_table
from corpus_tools.stats import wilson_interval

SEED = 20250905
N_RESAMPLES = 1000
RELIABLE = 0.800
TENTATIVE = 0.667
_REFERENCE = "\x00reference"  # a coder name nobody types, so it cannot clash
ALPHA_COLUMNS = ["n_coders", "n_units", "n_values", "alpha", "alpha_low", "alpha_high"]
AGREEMENT_COLUMNS = [
    "coder",
    "n_units",
    "n_agree",
    "agreement",
    "agreement_low",
    "agreement_high",
    "alpha",
    "alpha_low",
    "alpha_high",
]


def _keys(columns: str | Sequence[str]) -> list[str]:
    return [columns] if isinstance(columns, str) else list(columns)


def pairable_counts(
    codes: pd.DataFrame, unit: str | Sequence[str], coder: str, value: str
) -> pd.DataFrame:
    """Units coded by at least two coders x values: how many coders gave each value.

    Rows are units (indexed by the `unit` column or columns), columns the values seen, sorted.
    Rows with an empty value are ignored; two codes for the same unit and coder are an error.
    """
    keys = _keys(unit)
    coded = codes.dropna(subset=[value])
    twice = coded.duplicated(keys + [coder], keep=False)
    if twice.any():
        first = coded.loc[twice, keys + [coder]].iloc[0].tolist()
        raise ValueError(f"more than one code for the same unit and coder: {first}")
    if coded.empty:
        return pd.DataFrame()
    counts = pd.crosstab([coded[k] for k in keys], coded[value])
    return counts[counts.sum(axis=1) >= 2]


def _alpha(counts: np.ndarray, domain: np.ndarray, level: str) -> float:
    if len(counts) == 0 or np.count_nonzero(counts.sum(axis=0)) < 2:
        return math.nan
    return float(
        krippendorff.alpha(value_counts=counts, value_domain=domain, level_of_measurement=level)
    )


def krippendorff_alpha(
    codes: pd.DataFrame,
    unit: str | Sequence[str],
    coder: str,
    value: str,
    level: str = "nominal",
) -> float:
    """Krippendorff's alpha of the codes in a tidy table (NaN where alpha is undefined).

    `codes` has one row per unit, coder and value; `unit` names the column (or columns) that
    identify a unit, `coder` the coder's column and `value` the code's; `level` is "nominal",
    "ordinal", "interval" or "ratio" (the last three need numbers).
    """
    counts = pairable_counts(codes, unit, coder, value)
    return _alpha(counts.to_numpy(), counts.columns.to_numpy(), level)


def alpha_interval(
    codes: pd.DataFrame,
    unit: str | Sequence[str],
    coder: str,
    value: str,
    level: str = "nominal",
    n_resamples: int = N_RESAMPLES,
    seed: int = SEED,
) -> tuple[float, float]:
    """Percentile bootstrap 95% interval of alpha, resampling units with a fixed seed."""
    counts = pairable_counts(codes, unit, coder, value)
    return _interval(counts.to_numpy(), counts.columns.to_numpy(), level, n_resamples, seed)


def _interval(
    counts: np.ndarray, domain: np.ndarray, level: str, n_resamples: int, seed: int
) -> tuple[float, float]:
    if math.isnan(_alpha(counts, domain, level)):
        return math.nan, math.nan
    draws = np.random.default_rng(seed).integers(0, len(counts), size=(n_resamples, len(counts)))
    alphas = np.array([_alpha(counts[d], domain, level) for d in draws])
    low, high = np.percentile(alphas[~np.isnan(alphas)], [2.5, 97.5])
    return float(low), float(high)


def _alpha_row(
    codes: pd.DataFrame,
    unit: list[str],
    coder: str,
    value: str,
    level: str,
    n_resamples: int,
    seed: int,
) -> dict[str, float | int]:
    frame = pairable_counts(codes, unit, coder, value)
    counts, domain = frame.to_numpy(), frame.columns.to_numpy()
    low, high = _interval(counts, domain, level, n_resamples, seed)
    return {
        "n_coders": int(codes.dropna(subset=[value])[coder].nunique()),
        "n_units": len(counts),
        "n_values": int(counts.sum()),
        "alpha": _alpha(counts, domain, level),
        "alpha_low": low,
        "alpha_high": high,
    }


def alpha_table(
    codes: pd.DataFrame,
    unit: str | Sequence[str],
    coder: str,
    value: str,
    by: str | Sequence[str] | None = None,
    level: str = "nominal",
    n_resamples: int = N_RESAMPLES,
    seed: int = SEED,
) -> pd.DataFrame:
    """Alpha with its bootstrap interval, for all codes or for each group of the `by` columns.

    Columns: the `by` columns, then `ALPHA_COLUMNS`: `n_coders` (coders with a code),
    `n_units` (units coded by at least two coders), `n_values` (codes of those units, the
    values alpha uses), `alpha`, `alpha_low`, `alpha_high`.
    """
    keys, groups = _keys(unit), _keys(by) if by is not None else []
    rows = [
        dict(zip(groups, name, strict=True))
        | _alpha_row(group, keys, coder, value, level, n_resamples, seed)
        for name, group in _groups(codes, groups)
    ]
    return pd.DataFrame(rows, columns=groups + ALPHA_COLUMNS)


def _groups(codes: pd.DataFrame, groups: list[str]) -> list[tuple[tuple, pd.DataFrame]]:
    return list(codes.groupby(groups, sort=False)) if groups else [((), codes)]


def agreement_with(
    codes: pd.DataFrame,
    reference: pd.DataFrame,
    unit: str | Sequence[str],
    coder: str,
    value: str,
    by: str | Sequence[str] | None = None,
    level: str = "nominal",
    n_resamples: int = N_RESAMPLES,
    seed: int = SEED,
) -> pd.DataFrame:
    """How far each coder in `codes` agrees with a reference's codes (say, the dictionary's).

    `reference` has the same columns as `codes` (its `coder` column is ignored). One row per
    coder (and `by` group): the `by` columns, then `AGREEMENT_COLUMNS`: `n_units` coded by
    both, `n_agree` units given the same value, `agreement` (their share, 95% Wilson interval
    in `agreement_low`/`agreement_high`), and the two-coder alpha with its bootstrap interval.
    Alpha corrects the share for the agreement expected by chance.
    """
    keys, groups = _keys(unit), _keys(by) if by is not None else []
    coded = codes.dropna(subset=[value])
    ref = reference.dropna(subset=[value]).assign(**{coder: _REFERENCE})
    rows = []
    for name in coded[coder].unique():
        pair = pd.concat([coded[coded[coder] == name], ref], ignore_index=True)
        for group_name, group in _groups(pair, groups):
            counts = pairable_counts(group, keys, coder, value)
            n, k = len(counts), int((counts.max(axis=1) == 2).sum())
            low, high = wilson_interval(k, n)
            alpha = _alpha_row(group, keys, coder, value, level, n_resamples, seed)
            rows.append(
                dict(zip(groups, group_name, strict=True))
                | {"coder": name, "n_units": n, "n_agree": k}
                | {"agreement": k / n if n else math.nan}
                | {"agreement_low": low, "agreement_high": high}
                | {c: alpha[c] for c in ("alpha", "alpha_low", "alpha_high")}
            )
    return pd.DataFrame(rows, columns=groups + AGREEMENT_COLUMNS)


def verdict(alpha: float) -> str:
    """Krippendorff's (2004) reading of an alpha: reliable, tentative, unreliable or undefined."""
    if math.isnan(alpha):
        return "undefined (no variation to agree on)"
    if alpha >= RELIABLE:
        return "reliable"
    return "tentative conclusions only" if alpha >= TENTATIVE else "not reliable"


def published_examples() -> pd.DataFrame:
    """Published alphas for reliability data kept in `data/reliability/` (see its README).

    Columns: `example`, `file`, `level`, `alpha` (as published, a float), `source`.
    """
    table = read_table("reliability", "published_alphas.csv").copy()
    table["alpha"] = table["alpha"].astype(float)
    return table


def published_example(example: str = "krippendorff_2011_nominal") -> pd.DataFrame:
    """The reliability data of a published example: `unit`, `observer`, `value` (NaN: missing).

    `unit` and `value` are numbers; the default is Krippendorff (2011), nominal data, four
    observers, twelve units, missing values (published alpha 0.743).
    """
    file = published_examples().set_index("example").loc[example, "file"]
    table = read_table("reliability", file)
    return pd.DataFrame(
        {
            "unit": table["unit"].astype(int),
            "observer": table["observer"],
            "value": pd.to_numeric(table["value"].mask(table["value"] == "")),
        }
    )
