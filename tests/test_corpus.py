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


def test_duplicate_error_names_exactly_the_copies(make_corpus) -> None:
    folder = make_corpus(
        {"a0": "Same words here.", "b0": "Other words.", "a1": "Same   words\nhere.", "c0": "More."}
    )
    message = error_for(folder)
    assert message == (
        f"{folder / 'raw/a0.txt'}: same text as {folder / 'raw/a1.txt'} (the same article twice)"
    )


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


def test_folder_with_neither_metadata_nor_text_files(tmp_path: Path) -> None:
    message = error_for(tmp_path)
    assert str(tmp_path) in message and "no articles.csv and no .txt files" in message


@pytest.mark.parametrize("name", ["../outside.txt", "/etc/hostname", "raw/../../outside.txt"])
def test_metadata_path_outside_the_corpus_folder(make_corpus, name: str) -> None:
    folder = make_corpus({"a1": "Some text here."})
    (folder.parent / "outside.txt").write_text("Not part of the corpus.", encoding="utf-8")
    meta = pd.read_csv(folder / "articles.csv", dtype=str)
    meta.loc[0, "file"] = name
    meta.to_csv(folder / "articles.csv", index=False)
    message = error_for(folder)
    assert name in message and "outside the corpus folder" in message


# --- a folder of .txt files, and export files ---------------------------------------------------


def test_text_folder_takes_the_outlet_from_the_sub_folder(tmp_path: Path) -> None:
    for name, text in {
        "Daily Post/one.txt": "The minister said talks would resume.",
        "Daily Post/two.txt": "Markets fell on Monday.",
        "Evening Star/one.txt": "A storm closed the port.",
        "loose.txt": "A note without an outlet.",
    }.items():
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    loaded = ct.load_articles(tmp_path)
    assert loaded[["article_id", "outlet"]].values.tolist() == [
        ["Daily Post/one", "Daily Post"],
        ["Daily Post/two", "Daily Post"],
        ["Evening Star/one", "Evening Star"],
        ["loose", "unknown"],
    ]
    assert loaded["outlet_label"].tolist() == loaded["outlet"].tolist()


def test_text_folder_checks_each_file(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Fine words.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes("Caf\xe9".encode("latin-1"))
    message = error_for(tmp_path)
    assert "bad.txt" in message and "not valid UTF-8" in message


EXPORT = pd.DataFrame(
    {
        "stories_id": ["s1", "s2", "s3"],
        "media_name": ["Daily Post", "Evening Star", "Daily Post"],
        "title": ["Talks resume", "Port closed", "Markets fall"],
        "publish_date": ["2026-01-02", "2026-01-03", "2026-01-04"],
        "body": [
            "The minister said talks would resume.",
            "A storm closed the port.",
            "Markets fell on Monday.",
        ],
    }
)
COLUMNS = {"stories_id": "article_id", "body": "text"}


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_export_file_loads_with_one_call(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"export{suffix}"
    {
        ".csv": lambda: EXPORT.to_csv(path, index=False),
        ".jsonl": lambda: EXPORT.to_json(path, orient="records", lines=True),
        ".parquet": lambda: EXPORT.to_parquet(path, index=False),
    }[suffix]()
    before = folder_state(tmp_path)
    loaded = ct.load_articles(path, columns=COLUMNS)
    assert loaded["article_id"].tolist() == ["s1", "s2", "s3"]
    assert loaded["outlet"].tolist() == ["Daily Post", "Evening Star", "Daily Post"]
    # media_name, title and publish_date are recognised without being named
    assert loaded["headline"].tolist() == ["Talks resume", "Port closed", "Markets fall"]
    assert loaded["published"].tolist() == ["2026-01-02", "2026-01-03", "2026-01-04"]
    assert loaded["n_words"].tolist() == [6, 5, 4]
    assert folder_state(tmp_path) == before


def test_export_of_a_thousand_articles(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    pd.DataFrame(
        {
            "id": [f"n{i}" for i in range(1000)],
            "media_name": [f"Outlet {i % 7}" for i in range(1000)],
            "text": [f"Report number {i} says the council met." for i in range(1000)],
        }
    ).to_csv(path, index=False)
    loaded = ct.load_articles(path)
    assert len(loaded) == 1000 and loaded["outlet"].nunique() == 7


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda t: t.drop(columns="media_name"), "missing column(s) outlet"),
        (
            lambda t: t.assign(body=["Words.", " ", "More words."]),
            "row 2: the text is empty (id s2)",
        ),
        (lambda t: t.assign(stories_id=["s1", "s1", "s3"]), "duplicate article_id s1"),
        (lambda t: t.assign(body=["Same.", "Other.", "Same."]), "row 1: same text as"),
    ],
)
def test_bad_export_names_the_file_and_row(tmp_path: Path, change, expected: str) -> None:
    path = tmp_path / "export.csv"
    change(EXPORT).to_csv(path, index=False)
    with pytest.raises(CorpusError) as info:
        ct.load_articles(path, columns=COLUMNS)
    assert str(path) in str(info.value) and expected in str(info.value)


def test_export_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes("article_id,outlet,text\n1,Le Monde,Caf\xe9\n".encode("latin-1"))
    message = error_for(path)
    assert str(path) in message and "not valid UTF-8" in message


def test_unknown_export_format(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    path.write_bytes(b"PK")
    message = error_for(path)
    assert str(path) in message and "unknown export format" in message


def test_file_changed_after_its_checksum_was_recorded(make_corpus) -> None:
    folder = make_corpus({"a1": "Some text here."}, {"sha256": ["0" * 64]})
    message = error_for(folder)
    assert "a1.txt" in message and "sha256" in message


def test_nothing_left_after_cleaning(make_corpus) -> None:
    folder = make_corpus({"a1": "About the Author:\nJane Doe writes."})
    message = error_for(folder)
    assert "a1.txt" in message and "nothing is left" in message
