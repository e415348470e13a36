"""Seeded generator of scaled corpora: copies of the bundled five with no sentence repeated.

Copy k of a bundled article has one word of every sentence replaced: a word of at least three
letters at a seeded position becomes a seeded word of the corpus's vocabulary with a suffix
spelling k in letters (so the same sentence never occurs twice, in any copy). Paragraphs,
quotation marks and sentence lengths stay those of the bundled articles: the text is news
prose for the tokenizers, and token counts stay comparable across sizes.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

import corpus_tools as ct

SEED = 20250905


def _letters(k: int) -> str:
    """k written in base 26 with the letters a to z ("a", "b", ..., "ba", ...)."""
    out = ""
    while True:
        k, r = divmod(k, 26)
        out = chr(ord("a") + r) + out
        if not k:
            return out


def generate(n_articles: int, seed: int = SEED) -> pd.DataFrame:
    """`n_articles` articles: `article_id`, `outlet`, `text` (an export-style table)."""
    articles = ct.load_articles()
    tokens = ct.tokens(articles)
    words = tokens[tokens["token"].str.fullmatch(r"[A-Za-z]{3,}")]
    vocabulary = np.array(sorted(words["lower"].unique()))
    rng = np.random.default_rng(seed)
    # Per bundled article, per sentence: the (start, end) of the words that may be replaced.
    spans = {
        article_id: [g[["start", "end"]].to_numpy() for _, g in group.groupby("sentence_id")]
        for article_id, group in words.groupby("article_id", sort=False)
    }
    rows = []
    for k in range(n_articles):
        base = articles.iloc[k % len(articles)]
        text, suffix = base["text"], _letters(k)
        chosen = [s[rng.integers(len(s))] for s in spans[base["article_id"]]]
        # Replaced from the end, so earlier offsets stay valid.
        for start, end in sorted(chosen, key=lambda span: -span[0]):
            text = text[:start] + vocabulary[rng.integers(len(vocabulary))] + suffix + text[end:]
        rows.append((f"gen{k:07d}", base["outlet_label"], text))
    return pd.DataFrame(rows, columns=["article_id", "outlet", "text"])


def write_export(n_articles: int, path: Path, seed: int = SEED) -> Path:
    """Write a generated corpus as a Parquet export (reused if it is already there)."""
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        generate(n_articles, seed).to_parquet(path, index=False)
    return path
