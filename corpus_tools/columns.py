"""Small checks and orderings shared by the analysis modules' tidy tables."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pandas as pd


def require(table: pd.DataFrame, columns: list[str], what: str) -> None:
    """Fail with a clear message if `table` lacks any of `columns`."""
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(f"{what} lacks column(s) {', '.join(missing)}")


def first_seen_order(values: pd.Series) -> pd.Series:
    """Rank of each value by where it first appears, so sorting keeps the corpus order."""
    order = {v: i for i, v in enumerate(dict.fromkeys(values))}
    return values.map(order)


def article_labels(table: pd.DataFrame) -> pd.Series:
    """A label per row naming its article: the outlet label, plus the id if it is ambiguous."""
    per_outlet = table.groupby("outlet_label")["article_id"].transform("nunique")
    with_id = table["outlet_label"] + " (" + table["article_id"] + ")"
    return table["outlet_label"].where(per_outlet == 1, with_id)


def row_ranges(table: pd.DataFrame) -> dict[str, tuple[int, int]]:
    """(first, end) row positions of each article in a table listing articles together."""
    positions = pd.Series(np.arange(len(table)), index=table["article_id"].to_numpy())
    bounds = positions.groupby(level=0, sort=False).agg(["min", "max"])
    return {k: (int(lo), int(hi) + 1) for k, lo, hi in bounds.itertuples()}


def records(table: pd.DataFrame, columns: list[str]) -> Iterator[tuple]:
    """The rows of `columns` as plain tuples: far faster than `itertuples` over text columns."""
    return zip(*(table[c].tolist() for c in columns), strict=True)
