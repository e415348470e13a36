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
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from corpus_tools.cleaning import Cleaner, cleaning_rules
from corpus_tools.errors import CorpusError
from corpus_tools.resources import DATA_DIR
from corpus_tools.segmentation import sentences, word_tokens, words_per_article
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
# Values of `attribution` that name the article's source with some confidence; "unknown" and
# "derived" (a paraphrase or rewrite of another outlet's report) do not.
ATTRIBUTED = ("confirmed", "likely")
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
    meta = read_corpus(path, columns, study)
    meta["n_words"] = words_per_article(word_tokens(meta), meta["article_id"])
    return meta


def attributed(articles: pd.DataFrame) -> pd.Series:
    """True for each article whose source is known (`attribution` in `ATTRIBUTED`)."""
    return articles["attribution"].isin(ATTRIBUTED)


def read_corpus(
    path: str | Path | None = None,
    columns: dict[str, str] | None = None,
    study: Settings | str | None = None,
) -> pd.DataFrame:
    """`load_articles` without `n_words` (which needs tokens): metadata, raw and clean text."""
    checks = CorpusChecks()
    chunks = [checks.clean(c, study) for c in corpus_chunks(path, columns, checks=checks)]
    return pd.concat(chunks, ignore_index=True).drop(columns="where")


def corpus_chunks(
    path: str | Path | None = None,
    columns: dict[str, str] | None = None,
    size: int = 1_000,
    checks: CorpusChecks | None = None,
) -> Iterator[pd.DataFrame]:
    """The corpus as chunks of at most `size` articles, read one chunk at a time.

    Each chunk holds the metadata, `raw_text` and `where` (the file or export row, as errors
    name it). `checks` sees every article once: it rejects duplicates across chunks and,
    when told to skip, drops bad files and keeps their reasons; by default errors raise.
    """
    checks = checks or CorpusChecks()
    source = Path(path) if path is not None else DATA_DIR
    if source.is_file():
        chunks = export_chunks(source, columns, size, checks)
    elif (source / METADATA_FILE).is_file():
        chunks = folder_chunks(source, size, checks)
    elif source.is_dir():
        chunks = text_folder_chunks(source, size, checks)
    else:
        raise CorpusError(
            f"{source}: corpus not found (expected a folder, or an export file ending in "
            f"{', '.join(EXPORT_SUFFIXES)})"
        )
    for chunk in chunks:
        kept = checks.unique(chunk)
        if len(kept):
            yield kept


@dataclass
class CorpusChecks:
    """Checks that span the whole corpus, and what was skipped (with `skip=True`).

    `ids` and `digests` remember every article seen (by id, and by its text with whitespace
    normalised), so a duplicate in a later chunk is caught; `skipped` lists
    (`where`, `reason`) of every article left out.
    """

    skip: bool = False
    ids: dict[str, str] = field(default_factory=dict)
    digests: dict[str, str] = field(default_factory=dict)
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def fail(self, error: CorpusError, where: str) -> None:
        """Raise `error`, or record it for `where` when skipping."""
        if not self.skip:
            raise error
        self.skipped.append((where, str(error)))

    def read(self, file: Path, sha256: str = "") -> str | None:
        """The checked text of `file`, or None if it is bad and skipped."""
        try:
            return read_article(file, sha256)
        except CorpusError as err:
            self.fail(err, str(file))
            return None

    def unique(self, chunk: pd.DataFrame) -> pd.DataFrame:
        """The chunk without articles whose id or text an earlier article already has."""
        keep = []
        for article_id, where, text in zip(
            chunk["article_id"], chunk["where"], chunk["raw_text"], strict=True
        ):
            digest = hashlib.sha256(" ".join(text.split()).encode()).hexdigest()
            if article_id in self.ids:
                self.fail(
                    CorpusError(f"{where}: duplicate article_id {article_id} "
                                f"(also {self.ids[article_id]})"), where)  # fmt: skip
            elif digest in self.digests:
                self.fail(
                    CorpusError(f"{self.digests[digest]}: same text as {where} "
                                "(the same article twice)"), where)  # fmt: skip
            else:
                self.ids[article_id], self.digests[digest] = where, where
                keep.append(True)
                continue
            keep.append(False)
        return chunk[keep].reset_index(drop=True)

    def clean(self, chunk: pd.DataFrame, study: Settings | str | None = None) -> pd.DataFrame:
        """The chunk with cleaned `text`; an article with nothing left is an error."""
        clean = Cleaner(cleaning_rules(study))
        chunk = chunk.assign(text=[clean(raw)[0] for raw in chunk["raw_text"].tolist()])
        empty = chunk["text"].str.strip() == ""
        for where in chunk.loc[empty, "where"]:
            self.fail(CorpusError(f"{where}: nothing is left after removing page chrome"), where)
        return chunk[~empty].reset_index(drop=True)


def folder_chunks(folder: Path, size: int, checks: CorpusChecks) -> Iterator[pd.DataFrame]:
    """Chunks of a folder with `articles.csv` (the metadata is checked whole, first)."""
    csv_path = folder / METADATA_FILE
    meta = read_metadata(csv_path)
    files = [inside(folder, f, csv_path) for f in meta["file"]]
    check_no_unlisted_files(files, csv_path)
    meta["where"] = [str(f) for f in files]
    for start in range(0, len(meta), size):
        chunk = meta.iloc[start : start + size].copy()
        pairs = zip(chunk["where"], chunk["sha256"], strict=True)
        texts = [checks.read(Path(where), sha) for where, sha in pairs]
        yield _with_texts(chunk, texts)


def _with_texts(chunk: pd.DataFrame, texts: list[str | None]) -> pd.DataFrame:
    """The chunk's rows whose text could be read, with `raw_text`."""
    chunk["raw_text"] = texts
    return chunk[chunk["raw_text"].notna()].reset_index(drop=True)


def inside(folder: Path, name: str, csv_path: Path) -> Path:
    """The file `name` of the metadata, which must resolve inside the corpus folder."""
    path = (folder / name).resolve()
    if not path.is_relative_to(folder.resolve()):
        raise CorpusError(f"{csv_path}: file {name!r} is outside the corpus folder {folder}")
    return folder / name


def text_folder_chunks(folder: Path, size: int, checks: CorpusChecks) -> Iterator[pd.DataFrame]:
    """Chunks of a folder of `.txt` files without metadata; outlet from the sub-folder."""
    files = sorted(p for p in folder.rglob("*.txt") if p.is_file())
    if not files:
        raise CorpusError(f"{folder}: no {METADATA_FILE} and no .txt files (nothing to load)")
    for start in range(0, len(files), size):
        part = files[start : start + size]
        relative = [f.relative_to(folder) for f in part]
        chunk = pd.DataFrame(
            {
                "article_id": [r.with_suffix("").as_posix() for r in relative],
                "file": [r.as_posix() for r in relative],
                "outlet": [r.parts[0] if len(r.parts) > 1 else UNKNOWN_OUTLET for r in relative],
                "where": [str(f) for f in part],
            }
        )
        yield _with_texts(with_optional_columns(chunk), [checks.read(f) for f in part])


def export_chunks(
    path: Path, columns: dict[str, str] | None, size: int, checks: CorpusChecks
) -> Iterator[pd.DataFrame]:
    """Chunks of an export file, one row per article; rows are numbered from 1 in errors."""
    first_row = 1
    for batch in export_batches(path, size):
        renames = {k: v for k, v in EXPORT_ALIASES.items() if v not in batch.columns}
        table = batch.rename(columns={**renames, **(columns or {})})
        missing = [c for c in EXPORT_REQUIRED if c not in table.columns]
        if missing:
            raise CorpusError(
                f"{path}: missing column(s) {', '.join(missing)}; it has "
                f"{', '.join(map(str, batch.columns))} (name yours with columns={{'your_column': "
                "'text', ...}})"
            )
        table = table.astype(str).reset_index(drop=True)
        table["where"] = [f"{path}, row {first_row + i}" for i in range(len(table))]
        table["file"] = path.name
        first_row += len(table)
        bad = (table["text"].str.strip() == "") | (table["article_id"].str.strip() == "")
        for row in table[bad].itertuples(index=False):
            what = "the text is empty" if not row.text.strip() else "the id is empty"
            checks.fail(CorpusError(f"{row.where}: {what} (id {row.article_id})"), row.where)
        meta = with_optional_columns(table[~bad].rename(columns={"text": "raw_text"}))
        meta["raw_text"] = meta["raw_text"].str.removeprefix("\ufeff")
        yield meta.reset_index(drop=True)
    if first_row == 1:
        raise CorpusError(f"{path}: lists no articles")


def export_batches(path: Path, size: int) -> Iterator[pd.DataFrame]:
    """The export's rows in batches of `size`, as read by its format; errors name the file."""
    suffix = path.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise CorpusError(
            f"{path}: unknown export format (expected a file ending in "
            f"{', '.join(EXPORT_SUFFIXES)})"
        )
    try:
        if suffix == ".csv":
            yield from pd.read_csv(
                path, dtype=str, keep_default_na=False, encoding="utf-8", chunksize=size
            )
        elif suffix == ".parquet":
            for batch in pq.ParquetFile(path).iter_batches(batch_size=size):
                yield batch.to_pandas()
        else:
            yield from pd.read_json(path, lines=True, dtype=False, encoding="utf-8", chunksize=size)
    except UnicodeDecodeError as err:
        raise CorpusError(f"{path}: not valid UTF-8 ({err.reason} at byte {err.start})") from err
    except (ValueError, json.JSONDecodeError, pd.errors.ParserError, OSError) as err:
        raise CorpusError(f"{path}: not a readable {suffix[1:]} file ({err})") from err


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
