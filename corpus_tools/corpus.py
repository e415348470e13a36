"""Loading a corpus: metadata, raw text and cleaned text, with strict checks.

Three forms are read, each with the same checks:
- a folder with `articles.csv` (at least `article_id`, `file`, `outlet`; `file` is a path
  relative to the csv that must stay inside the folder) and the UTF-8 text files it names;
- a folder of `.txt` files without metadata: the outlet is the name of the sub-folder a file is
  in ("unknown" for files at the top), the id is the file's path without `.txt`;
- one export file (`.csv`, `.jsonl`/`.ndjson` or `.parquet`) with one row per article and at
  least an id, an outlet and the text; `columns` renames the export's columns to ours.
Every problem raises `CorpusError` naming the file (and row) and what is wrong. Nothing is
ever written where the corpus is.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd

from corpus_tools.cleaning import clean_text, cleaning_rules
from corpus_tools.errors import CorpusError
from corpus_tools.resources import DATA_DIR
from corpus_tools.segmentation import sentences, tokens
from corpus_tools.settings import Settings

REQUIRED_COLUMNS = ("article_id", "file", "outlet")
EXPORT_REQUIRED = ("article_id", "outlet", "text")
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
EXPORT_SUFFIXES = (".csv", ".jsonl", ".ndjson", ".parquet")
# Column names common in news-archive and API exports (Media Cloud, GDELT-style tables),
# used where the caller's `columns` does not say otherwise.
EXPORT_ALIASES = {
    "id": "article_id",
    "media_name": "outlet",
    "title": "headline",
    "publish_date": "published",
    "author": "byline",
}
UNKNOWN_OUTLET = "unknown"


def load_articles(
    path: str | Path | None = None,
    columns: dict[str, str] | None = None,
    study: Settings | str | None = None,
) -> pd.DataFrame:
    """One row per article: the metadata, `raw_text`, cleaned `text` and `n_words`.

    `path` is a corpus folder (with or without `articles.csv`) or an export file; None means
    the bundled corpus. `columns` maps an export's column names to ours
    (`{"body": "text", "media_name": "outlet"}`). Missing optional metadata is empty
    (`outlet_label` falls back to `outlet`). Cleaning uses the study's `cleaning_rules`.
    """
    source = Path(path) if path is not None else DATA_DIR
    if source.is_file():
        meta = read_export(source, columns)
    elif (source / METADATA_FILE).is_file():
        meta = read_folder(source)
    elif source.is_dir():
        meta = read_text_folder(source)
    else:
        raise CorpusError(
            f"{source}: corpus not found (expected a folder, or an export file ending in "
            f"{', '.join(EXPORT_SUFFIXES)})"
        )
    where = meta["file"] if source.is_file() else [str(source / f) for f in meta["file"]]
    check_no_duplicate_texts(meta, where)
    rules = cleaning_rules(study)
    meta["text"] = [clean_text(raw, rules)[0] for raw in meta["raw_text"]]
    for name, text in zip(where, meta["text"], strict=True):
        if not text.strip():
            raise CorpusError(f"{name}: nothing is left after removing page chrome")
    words = tokens(meta).query("~is_punct").groupby("article_id", sort=False).size()
    meta["n_words"] = meta["article_id"].map(words).astype(int)
    return meta


def read_folder(folder: Path) -> pd.DataFrame:
    """Metadata and raw text of a folder with `articles.csv`."""
    csv_path = folder / METADATA_FILE
    meta = read_metadata(csv_path)
    files = [inside(folder, f, csv_path) for f in meta["file"]]
    check_no_unlisted_files(files, csv_path)
    meta["raw_text"] = [read_article(f, sha) for f, sha in zip(files, meta["sha256"], strict=True)]
    return meta


def inside(folder: Path, name: str, csv_path: Path) -> Path:
    """The file `name` of the metadata, which must resolve inside the corpus folder."""
    path = (folder / name).resolve()
    if not path.is_relative_to(folder.resolve()):
        raise CorpusError(f"{csv_path}: file {name!r} is outside the corpus folder {folder}")
    return folder / name


def read_text_folder(folder: Path) -> pd.DataFrame:
    """Raw text of a folder of `.txt` files without metadata; outlet from the sub-folder."""
    files = sorted(p for p in folder.rglob("*.txt") if p.is_file())
    if not files:
        raise CorpusError(f"{folder}: no {METADATA_FILE} and no .txt files (nothing to load)")
    relative = [f.relative_to(folder) for f in files]
    meta = pd.DataFrame(
        {
            "article_id": [r.with_suffix("").as_posix() for r in relative],
            "file": [r.as_posix() for r in relative],
            "outlet": [r.parts[0] if len(r.parts) > 1 else UNKNOWN_OUTLET for r in relative],
        }
    )
    meta = with_optional_columns(meta)
    meta["raw_text"] = [read_article(f) for f in files]
    return meta


def read_export(path: Path, columns: dict[str, str] | None = None) -> pd.DataFrame:
    """Metadata and text of an export file: one row per article, at least id, outlet, text."""
    table = read_export_table(path)
    renames = {k: v for k, v in EXPORT_ALIASES.items() if v not in table.columns}
    table = table.rename(columns={**renames, **(columns or {})})
    missing = [c for c in EXPORT_REQUIRED if c not in table.columns]
    if missing:
        raise CorpusError(
            f"{path}: missing column(s) {', '.join(missing)}; it has {', '.join(table.columns)}"
            " (name yours with columns={'your_column': 'text', ...})"
        )
    if table.empty:
        raise CorpusError(f"{path}: lists no articles")
    table = table.astype(str)
    table["file"] = [f"{path}, row {i}" for i in range(1, len(table) + 1)]
    check_ids(table, path)
    blank = table.index[table["text"].str.strip() == ""]
    if len(blank):
        row = table.loc[blank[0]]
        raise CorpusError(f"{row['file']}: the text is empty (id {row['article_id']})")
    meta = with_optional_columns(table.rename(columns={"text": "raw_text"}))
    meta["raw_text"] = meta["raw_text"].str.removeprefix("\ufeff")
    return meta


def read_export_table(path: Path) -> pd.DataFrame:
    """The export's rows as read by its format; an unreadable file names the problem."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
        if suffix in (".jsonl", ".ndjson"):
            return pd.read_json(path, lines=True, dtype=False, encoding="utf-8")
        if suffix == ".parquet":
            return pd.read_parquet(path)
    except UnicodeDecodeError as err:
        raise CorpusError(f"{path}: not valid UTF-8 ({err.reason} at byte {err.start})") from err
    except (ValueError, json.JSONDecodeError, pd.errors.ParserError, OSError) as err:
        raise CorpusError(f"{path}: not a readable {suffix[1:]} file ({err})") from err
    raise CorpusError(
        f"{path}: unknown export format (expected a file ending in {', '.join(EXPORT_SUFFIXES)})"
    )


def read_metadata(csv_path: Path) -> pd.DataFrame:
    """The metadata table, validated: required columns, no blank or duplicate ids or files."""
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
    check_ids(meta, csv_path, ("article_id", "file"))
    return with_optional_columns(meta)


def check_ids(meta: pd.DataFrame, where: Path, keys: tuple[str, ...] = ("article_id",)) -> None:
    """Fail on a blank or duplicated value in any of `keys`, naming the rows."""
    for column in keys:
        blank = meta.index[meta[column].str.strip() == ""]
        if len(blank):
            raise CorpusError(f"{where}: empty {column} in data row(s) {list(blank + 1)}")
        dupes = sorted(meta.loc[meta[column].duplicated(), column].unique())
        if dupes:
            raise CorpusError(f"{where}: duplicate {column} {', '.join(dupes)}")


def with_optional_columns(meta: pd.DataFrame) -> pd.DataFrame:
    """Add every optional column that is missing (empty); `outlet_label` falls back to `outlet`."""
    for column in OPTIONAL_COLUMNS:
        if column not in meta.columns:
            meta[column] = ""
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


def check_no_duplicate_texts(meta: pd.DataFrame, names: list[str] | pd.Series) -> None:
    """Fail if two articles have the same text (whitespace aside), naming exactly those files.

    `names` gives each article's file (or export row) as the error should name it.
    """
    digests = meta["raw_text"].map(
        lambda t: hashlib.sha256(" ".join(t.split()).encode()).hexdigest()
    )
    table = pd.DataFrame({"digest": digests.to_numpy(), "name": list(names)})
    repeated = table[table["digest"].duplicated(keep=False)]
    if repeated.empty:
        return
    groups = repeated.groupby("digest", sort=False)["name"].agg(list).tolist()
    first = groups[0]
    others = f"; {len(groups) - 1} more group(s) of copies" if len(groups) > 1 else ""
    raise CorpusError(
        f"{first[0]}: same text as {', '.join(first[1:])} (the same article twice){others}"
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
