"""Hand-coded gold standards, and how a measure scores against them.

`load_gold` reads the team's annotation of every quotation in the bundled corpus
(`data/gold/quotes.csv`, see `data/gold/` and `data/README.md`); `compare_with_gold` pairs the
detector's quotations with it; `gold_scores` gives precision and recall with the counts.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from corpus_tools.resources import data_path
from corpus_tools.segmentation import normalise_typography
from corpus_tools.stats import wilson_interval


def load_gold(path: str | Path | None = None) -> pd.DataFrame:
    """Hand-annotated quotations: `article_id`, `quote_text`, `speaker`, `kind`, `note`.

    The default is the team's gold standard for the bundled corpus, `data/gold/quotes.csv`.
    """
    return pd.read_csv(path or data_path("gold", "quotes.csv"), dtype=str, keep_default_na=False)


def _match_key(text: str) -> str:
    words = normalise_typography(text).lower().split()
    return " ".join(words).strip(" .,;:!?")


def compare_with_gold(found: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Found and gold quotations side by side (outer join on article and normalised text).

    Columns: `article_id`, `text`, `speaker_found`, `speaker_gold`, `kind_found`, `kind_gold`,
    `match` (both / found only / gold only), `speaker_ok`, `kind_ok`. Repeated identical
    quotations in one article are paired in order.
    """

    def keyed(df: pd.DataFrame, text: str) -> pd.DataFrame:
        df = df.assign(key=df[text].map(_match_key))
        return df.assign(nth=df.groupby(["article_id", "key"]).cumcount())

    merged = keyed(found, "text").merge(
        keyed(gold, "quote_text"),
        on=["article_id", "key", "nth"],
        how="outer",
        suffixes=("_found", "_gold"),
        indicator=True,
    )
    merged["text"] = merged["text"].fillna(merged["quote_text"])
    merged["match"] = (
        merged["_merge"]
        .map({"both": "both", "left_only": "found only", "right_only": "gold only"})
        .astype(str)
    )
    both = merged["match"] == "both"
    merged["speaker_ok"] = both & (merged["speaker_found"] == merged["speaker_gold"])
    merged["kind_ok"] = both & (merged["kind_found"] == merged["kind_gold"])
    columns = ["article_id", "text", "speaker_found", "speaker_gold", "kind_found", "kind_gold"]
    return merged[[*columns, "match", "speaker_ok", "kind_ok"]].sort_values(
        ["article_id", "text"], ignore_index=True
    )


def gold_scores(comparison: pd.DataFrame) -> pd.DataFrame:
    """Precision and recall of `quotes()` against the gold, with the counts behind each.

    One row per task: finding the quotation; finding it with the right speaker; with the
    right kind. Columns: `task`, `correct`, `found`, `gold`, `precision`, `recall`, each rate
    with a 95% Wilson interval (`precision_low`, `precision_high`, `recall_low`, `recall_high`).
    """
    found = int((comparison["match"] != "gold only").sum())
    gold = int((comparison["match"] != "found only").sum())
    correct = {
        "quotation found": int((comparison["match"] == "both").sum()),
        "... and speaker right": int(comparison["speaker_ok"].sum()),
        "... and kind right": int(comparison["kind_ok"].sum()),
    }
    rows = []
    for task, n in correct.items():
        p_low, p_high = wilson_interval(n, found)
        r_low, r_high = wilson_interval(n, gold)
        rows.append(
            {
                "task": task,
                "correct": n,
                "found": found,
                "gold": gold,
                "precision": n / found if found else float("nan"),
                "precision_low": p_low,
                "precision_high": p_high,
                "recall": n / gold if gold else float("nan"),
                "recall_low": r_low,
                "recall_high": r_high,
            }
        )
    return pd.DataFrame(rows)
