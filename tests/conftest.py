"""Shared fixtures: the bundled corpus, loaded once, and a builder for small corpus folders."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools import pipeline


@pytest.fixture(scope="session")
def articles() -> pd.DataFrame:
    """The bundled five-article corpus."""
    return ct.load_articles()


@pytest.fixture(scope="session")
def sentences(articles: pd.DataFrame) -> pd.DataFrame:
    """Sentences of the bundled corpus."""
    return ct.sentences(articles)


@pytest.fixture(scope="session")
def tokens(articles: pd.DataFrame) -> pd.DataFrame:
    """Tokens of the bundled corpus, with voice."""
    return ct.tokens(articles)


@pytest.fixture(scope="session")
def tables(articles: pd.DataFrame) -> pipeline.Tables:
    """Every table of the bundled corpus, computed once (`pipeline.process`)."""
    return pipeline.process(articles)


@pytest.fixture(scope="session")
def found_quotes(articles: pd.DataFrame) -> pd.DataFrame:
    """Quotations the detector finds in the bundled corpus."""
    return ct.quotes(articles)


def text_of(articles: pd.DataFrame, article_id: str) -> str:
    """The cleaned text of one article."""
    return articles.set_index("article_id").loc[article_id, "text"]


@pytest.fixture
def make_corpus(tmp_path: Path) -> Callable[..., Path]:
    """Write a corpus folder: `articles.csv` plus one text file per article; return the folder.

    `texts` maps article ids to file contents (str written as UTF-8, bytes as they are).
    """

    def build(texts: dict[str, str | bytes], extra_columns: dict[str, list[str]] | None = None):
        folder = tmp_path / "corpus"
        (folder / "raw").mkdir(parents=True)
        for article_id, content in texts.items():
            path = folder / "raw" / f"{article_id}.txt"
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        meta = pd.DataFrame(
            {
                "article_id": list(texts),
                "file": [f"raw/{a}.txt" for a in texts],
                "outlet": [f"Outlet {a}" for a in texts],
                **(extra_columns or {}),
            }
        )
        meta.to_csv(folder / "articles.csv", index=False)
        return folder

    return build
