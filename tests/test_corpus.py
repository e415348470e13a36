"""Loading the corpus: metadata, raw and cleaned text, and a clear error for every bad input."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools import CorpusError
from corpus_tools.corpus import summary
from corpus_tools.resources import DATA_DIR, PROJECT_ROOT

SHARED_CORPUS = PROJECT_ROOT.parent / "shared" / "corpus"


def folder_state(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file under `folder` with its sha256 and modification time."""
    return {
        str(p.relative_to(folder)): (
            hashlib.sha256(p.read_bytes()).hexdigest(),
            p.stat().st_mtime_ns,
        )
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_bundled_corpus_has_the_five_articles(articles: pd.DataFrame) -> None:
    assert articles["article_id"].tolist() == ["000", "001", "002", "003", "004"]
    for column in ["outlet", "outlet_label", "attribution", "raw_text", "text", "n_words"]:
        assert column in articles.columns


def test_attribution_follows_provenance(articles: pd.DataFrame) -> None:
    # PROVENANCE.md: 000 verbatim match, 002 byline in the text, 003 likely, 004 a BBC rewrite.
    attribution = articles.set_index("article_id")["attribution"].to_dict()
    assert attribution == {
        "000": "confirmed",
        "001": "unknown",
        "002": "confirmed",
        "003": "likely",
        "004": "derived",
    }
    byline = articles.set_index("article_id")["byline"]
    assert byline["002"] == "Jack Buckby"


def test_raw_text_is_the_file_unchanged(articles: pd.DataFrame) -> None:
    for a in articles.itertuples():
        data = (DATA_DIR / a.file).read_bytes()
        assert a.raw_text == data.decode("utf-8")
        assert hashlib.sha256(data).hexdigest() == a.sha256


@pytest.mark.skipif(
    not SHARED_CORPUS.is_dir(), reason="../shared/corpus is not beside the checkout"
)
def test_raw_files_are_verbatim_copies_of_the_shared_corpus(articles: pd.DataFrame) -> None:
    for a in articles.itertuples():
        shipped = (DATA_DIR / a.file).read_bytes()
        assert shipped == (SHARED_CORPUS / Path(a.file).name).read_bytes()


def test_cleaning_keeps_the_article_and_drops_the_chrome(articles: pd.DataFrame) -> None:
    text = articles.set_index("article_id")["text"]
    assert text["000"].endswith("if Western troops were ever deployed inside Ukraine.")
    assert "Post a Comment" not in text["000"]
    # The "Key Points and Summary" box belongs to the article; the bio and links do not.
    assert text["002"].startswith("Key Points and Summary")
    assert text["002"].endswith("too early to talk about it.”")
    assert "About the Author" not in text["002"] and "X-37B" not in text["002"]
    for a in articles.itertuples():
        assert a.raw_text.startswith(a.text)


def test_summary_counts(articles: pd.DataFrame) -> None:
    table = summary(articles).set_index("article_id")
    # One paragraph per line: 000 has nine lines, two of them the Blogger footer.
    assert table.loc["000", "n_paragraphs"] == 7
    # 002: 18 article lines before "About the Author:".
    assert table.loc["002", "n_paragraphs"] == 18
    assert table.loc["001", "chars_removed"] == 0
    assert table["n_words"].between(300, 600).all()


def test_loading_writes_nothing_under_the_corpus_folder() -> None:
    before = folder_state(DATA_DIR / "raw")
    loaded = ct.load_articles()
    ct.tokens(loaded)
    ct.quotes(loaded)
    ct.cleaning_log(loaded)
    assert folder_state(DATA_DIR / "raw") == before


def test_own_corpus_with_only_the_required_columns(make_corpus) -> None:
    folder = make_corpus(
        {
            "a1": "Putin said troops would be “legitimate targets”.\n",
            "a2": "The summit in Paris ended.\nMacron spoke to reporters.\n",
        }
    )
    before = folder_state(folder)
    loaded = ct.load_articles(folder)
    assert loaded["outlet_label"].tolist() == ["Outlet a1", "Outlet a2"]
    assert loaded["n_words"].tolist() == [7, 9]
    assert ct.quotes(loaded)["speaker"].tolist() == ["Vladimir Putin"]
    assert folder_state(folder) == before


def test_hard_wrapped_paragraphs_are_joined(make_corpus) -> None:
    folder = make_corpus(
        {
            "w": "Russian President Vladimir Putin said\nthe troops would be targets.\n\nA new\n"
            "paragraph.\n"
        }
    )
    loaded = ct.load_articles(folder)
    paras = ct.paragraphs(loaded)
    assert paras["paragraph_id"].tolist() == [1, 2]
    assert ct.sentences(loaded)["text"].tolist() == [
        "Russian President Vladimir Putin said\nthe troops would be targets.",
        "A new\nparagraph.",
    ]


# --- bad input: one exception type, a message naming the file and the problem ---------------


def error_for(folder: Path) -> str:
    with pytest.raises(CorpusError) as info:
        ct.load_articles(folder)
    return str(info.value)


def test_missing_article_file(make_corpus) -> None:
    folder = make_corpus({"a1": "Some text here.", "a2": "Other text here."})
    (folder / "raw" / "a2.txt").unlink()
    message = error_for(folder)
    assert "a2.txt" in message and "not found" in message


@pytest.mark.parametrize("content", ["", "  \n\t\n"])
def test_empty_or_blank_article(make_corpus, content: str) -> None:
    folder = make_corpus({"a1": "Some text here.", "a2": content})
    message = error_for(folder)
    assert "a2.txt" in message and "empty or contains only whitespace" in message


def test_article_that_is_not_utf8(make_corpus) -> None:
    folder = make_corpus({"a1": "Some text here.", "a2": "Caf\xe9 au lait".encode("latin-1")})
    message = error_for(folder)
    assert "a2.txt" in message and "not valid UTF-8" in message and "byte 3" in message


def test_duplicate_article_id(make_corpus) -> None:
    folder = make_corpus({"a1": "Some text here.", "a2": "Other text here."})
    meta = pd.read_csv(folder / "articles.csv", dtype=str)
    meta.loc[1, "article_id"] = "a1"
    meta.to_csv(folder / "articles.csv", index=False)
    message = error_for(folder)
    assert "articles.csv" in message and "duplicate article_id a1" in message


def test_same_article_twice_under_two_ids(make_corpus) -> None:
    folder = make_corpus({"a1": "Same words here.", "a2": "Same   words\nhere."})
    message = error_for(folder)
    assert "a1.txt" in message and "a2.txt" in message and "duplicate article" in message


def test_metadata_without_required_columns(make_corpus) -> None:
    folder = make_corpus({"a1": "Some text here."})
    pd.read_csv(folder / "articles.csv").drop(columns="outlet").to_csv(
        folder / "articles.csv", index=False
    )
    message = error_for(folder)
    assert "articles.csv" in message and "missing required column(s) outlet" in message


def test_file_on_disk_not_named_in_metadata(make_corpus) -> None:
    folder = make_corpus({"a1": "Some text here."})
    (folder / "raw" / "stray.txt").write_text("An article nobody listed.", encoding="utf-8")
    message = error_for(folder)
    assert "stray.txt" in message and "not named in" in message


def test_folder_without_metadata(tmp_path: Path) -> None:
    message = error_for(tmp_path)
    assert "articles.csv" in message and "metadata file not found" in message


def test_file_changed_after_its_checksum_was_recorded(make_corpus) -> None:
    folder = make_corpus({"a1": "Some text here."}, {"sha256": ["0" * 64]})
    message = error_for(folder)
    assert "a1.txt" in message and "sha256" in message


def test_nothing_left_after_cleaning(make_corpus) -> None:
    folder = make_corpus({"a1": "About the Author:\nJane Doe writes."})
    message = error_for(folder)
    assert "a1.txt" in message and "nothing is left" in message
