"""Loading a corpus folder: metadata, raw text and cleaned text, with strict checks.

A corpus folder holds `articles.csv` (at least `article_id`, `file`, `outlet`; `file` is a
path relative to the csv) and the UTF-8 text files it names. Every problem raises
`CorpusError` naming the file and what is wrong. Nothing in the folder is ever written.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from corpus_tools.cleaning import clean_text
from corpus_tools.errors import CorpusError
from corpus_tools.resources import DATA_DIR
from corpus_tools.segmentation import sentences, tokens

REQUIRED_COLUMNS = ("article_id", "file", "outlet")
OPTIONAL_COLUMNS = (
    "outlet_label",
    "outlet_type",
    "country",
    "headline",
    "byline",
    "published",
    "published_precision",
    "url",
    "attribution",
    "evidence",
    "sha256",
)
METADATA_FILE = "articles.csv"


def load_articles(path: str | Path | None = None) -> pd.DataFrame:
    """One row per article: the metadata, `raw_text`, cleaned `text` and `n_words`.

    `path` is a corpus folder holding `articles.csv`; None means the bundled corpus.
    Missing optional metadata reads "unknown" (`outlet_label` falls back to `outlet`).
    """
    folder = Path(path) if path is not None else DATA_DIR
    meta = read_metadata(folder / METADATA_FILE)
    files = [folder / f for f in meta["file"]]
    check_no_unlisted_files(files, folder / METADATA_FILE)
    meta["raw_text"] = [read_article(f, sha) for f, sha in zip(files, meta["sha256"], strict=True)]
    check_no_duplicate_texts(meta, folder)
    meta["text"] = [clean_text(raw)[0] for raw in meta["raw_text"]]
    for f, text in zip(files, meta["text"], strict=True):
        if not text.strip():
            raise CorpusError(f"{f}: nothing is left after removing page chrome")
    words = tokens(meta).query("~is_punct").groupby("article_id", sort=False).size()
    meta["n_words"] = meta["article_id"].map(words).astype(int)
    return meta


def read_metadata(csv_path: Path) -> pd.DataFrame:
    """The metadata table, validated: required columns, no blank or duplicate ids or files."""
    if not csv_path.is_file():
        raise CorpusError(f"{csv_path}: metadata file not found (a corpus folder needs one)")
    try:
        meta = pd.read_csv(csv_path, dtype=str, keep_default_na=False, encoding="utf-8")
    except UnicodeDecodeError as err:
        raise CorpusError(
            f"{csv_path}: not valid UTF-8 ({err.reason} at byte {err.start})"
        ) from err
    except pd.errors.ParserError as err:
        raise CorpusError(f"{csv_path}: not a readable CSV table ({err})") from err
    missing = [c for c in REQUIRED_COLUMNS if c not in meta.columns]
    if missing:
        raise CorpusError(f"{csv_path}: missing required column(s) {', '.join(missing)}")
    if meta.empty:
        raise CorpusError(f"{csv_path}: lists no articles")
    for column in ("article_id", "file"):
        blank = meta.index[meta[column].str.strip() == ""]
        if len(blank):
            raise CorpusError(f"{csv_path}: empty {column} in data row(s) {list(blank + 1)}")
        dupes = sorted(meta.loc[meta[column].duplicated(), column].unique())
        if dupes:
            raise CorpusError(f"{csv_path}: duplicate {column} {', '.join(dupes)}")
    for column in OPTIONAL_COLUMNS:
        if column not in meta.columns:
            meta[column] = meta["outlet"] if column == "outlet_label" else ""
    blank_label = meta["outlet_label"].str.strip() == ""
    meta.loc[blank_label, "outlet_label"] = meta.loc[blank_label, "outlet"]
    return meta


def read_article(file: Path, sha256: str = "") -> str:
    """The file's text, checked: it exists, is UTF-8, is not blank, matches its checksum."""
    if not file.is_file():
        raise CorpusError(f"{file}: article file not found")
    data = file.read_bytes()
    if sha256 and hashlib.sha256(data).hexdigest() != sha256.strip().lower():
        raise CorpusError(f"{file}: content differs from the sha256 recorded in the metadata")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise CorpusError(
            f"{file}: not valid UTF-8 ({err.reason} at byte {err.start}); re-save the file as UTF-8"
        ) from err
    if not text.strip():
        raise CorpusError(f"{file}: the file is empty or contains only whitespace")
    return text.removeprefix("\ufeff")


def check_no_unlisted_files(files: list[Path], csv_path: Path) -> None:
    """Fail if a folder holding articles has a `.txt` file the metadata does not name."""
    listed = {f.resolve() for f in files}
    folders = sorted({f.parent.resolve() for f in files if f.parent.is_dir()})
    unlisted = sorted(str(p) for d in folders for p in d.glob("*.txt") if p.resolve() not in listed)
    if unlisted:
        raise CorpusError(
            f"{unlisted[0]}: on disk but not named in {csv_path}"
            + (f" (and {len(unlisted) - 1} more)" if len(unlisted) > 1 else "")
        )


def check_no_duplicate_texts(meta: pd.DataFrame, folder: Path) -> None:
    """Fail if two articles have the same text (the same article added twice)."""
    digests = meta["raw_text"].map(
        lambda t: hashlib.sha256(" ".join(t.split()).encode()).hexdigest()
    )
    dupes = meta.loc[digests.duplicated(keep=False), "file"].tolist()
    if dupes:
        raise CorpusError(
            f"{folder / dupes[0]}: same text as {', '.join(dupes[1:])} (duplicate article)"
        )


def summary(articles: pd.DataFrame) -> pd.DataFrame:
    """Size of each article: paragraphs, sentences and words after cleaning, characters removed.

    Columns: `article_id`, `outlet_label`, `n_paragraphs`, `n_sentences`, `n_words`,
    `chars_raw`, `chars_removed` (page chrome and trailing whitespace dropped by cleaning).
    """
    sents = sentences(articles)
    counts = sents.groupby("article_id", sort=False).agg(
        n_paragraphs=("paragraph_id", "nunique"), n_sentences=("sentence_id", "size")
    )
    table = articles[["article_id", "outlet_label", "n_words"]].join(counts, on="article_id")
    table["chars_raw"] = articles["raw_text"].str.len()
    table["chars_removed"] = table["chars_raw"] - articles["text"].str.len()
    return table[
        [
            "article_id",
            "outlet_label",
            "n_paragraphs",
            "n_sentences",
            "n_words",
            "chars_raw",
            "chars_removed",
        ]
    ]
