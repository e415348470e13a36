"""The pipeline: every table computed once per article, and a batch path for big corpora.

`process(articles)` makes one pass over each article (paragraphs, sentences, tokens,
quotations, voice) and returns the tidy tables together (`Tables`); later steps take those
tables and never re-read `articles`. Sentence sentiment, loaded-term matches and frame-indicator
matches are computed from them once as well.

`analyze(corpus, out)` (and its console twin `framing-lab analyze`) streams a corpus of any
size in chunks of articles: each chunk is processed on its own (in this process, on a local
Dask cluster of N processes, or on an existing Dask scheduler) and its tables are written as
Parquet files, `out/<table>/part-<chunk>.parquet`. Memory is bounded by a few chunks, not by
the corpus. A chunk counts as done only when its marker `out/_done/<chunk>.json` exists, which
is written after all its files; every file is written under a temporary name and renamed, so an
interrupted run leaves no half-written file, and a rerun skips the finished chunks.
`read_results(out)` gives the same `Tables` back. Corpus-level statistics (rates, log-odds)
are computed from these tables' summed counts, so they do not depend on the chunking.
"""

from __future__ import annotations

import gc
import json
import os
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from pathlib import Path

import numpy as np
import pandas as pd
from tqdm.auto import tqdm

from corpus_tools import frames, lexicon, page, segmentation, sentiment
from corpus_tools.corpus import CorpusChecks, corpus_chunks, load_articles
from corpus_tools.errors import CorpusError
from corpus_tools.matching import TokenIndex
from corpus_tools.reported import speech
from corpus_tools.settings import Settings, settings
from corpus_tools.voice import with_voice

RESULTS_ENV = "FRAMING_LAB_RESULTS"
CHUNK_SIZE = 500
DONE = "_done"
ERRORS_FILE = "errors.csv"
ON_ERROR = ("stop", "skip")


@dataclass
class Tables:
    """The tidy tables of one corpus, each keyed by `article_id` (see each module for columns).

    `articles` (metadata, `raw_text`, `text`, `n_words`), `paragraphs`, `sentences`,
    `tokens` (with voice), `quotes`, `quote_segments`, `reported` (reported-speech clauses),
    `sentiment` (VADER per sentence),
    `term_matches` (the study's loaded terms), `frame_matches` (its frame indicators).
    """

    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    tokens: pd.DataFrame
    quotes: pd.DataFrame
    quote_segments: pd.DataFrame
    reported: pd.DataFrame
    sentiment: pd.DataFrame
    term_matches: pd.DataFrame
    frame_matches: pd.DataFrame

    def parts(self, roles: Sequence[str] = (page.BODY,)) -> Tables:
        """These tables restricted to paragraphs with the given roles (`page.ROLE_ORDER`):
        body text by default, so a headline, summary box or subhead is not counted as prose.

        Every table keeps its keys; `articles.n_words` counts the kept words. Tables made
        before paragraphs had roles are all body text.
        """
        paras = self.paragraphs
        if "role" not in paras.columns:
            return self
        keys = ["article_id", "paragraph_id"]
        kept = pd.MultiIndex.from_frame(paras.loc[paras["role"].isin(roles), keys])

        def kept_rows(table: pd.DataFrame) -> pd.DataFrame:
            inside = pd.MultiIndex.from_frame(table[keys]).isin(kept)
            return table[inside].reset_index(drop=True)

        quotes = kept_rows(self.quotes)
        quoted = pd.MultiIndex.from_frame(quotes[["article_id", "quote_id"]])
        segments = self.quote_segments
        segments = segments[
            pd.MultiIndex.from_frame(segments[["article_id", "quote_id"]]).isin(quoted)
        ].reset_index(drop=True)
        tokens = kept_rows(self.tokens)
        words = tokens[~tokens["is_punct"]].groupby("article_id", sort=False).size()
        articles = self.articles.assign(
            n_words=self.articles["article_id"].map(words).fillna(0).astype(int)
        )
        return Tables(
            articles=articles,
            paragraphs=kept_rows(paras),
            sentences=kept_rows(self.sentences),
            tokens=tokens,
            quotes=quotes,
            quote_segments=segments,
            reported=kept_rows(self.reported),
            sentiment=kept_rows(self.sentiment),
            term_matches=kept_rows(self.term_matches),
            frame_matches=kept_rows(self.frame_matches),
        )


TABLES = [f.name for f in fields(Tables)]


def process(articles: pd.DataFrame, study: Settings | str | None = None) -> Tables:
    """Every table of `articles` (from `load_articles` or `read_corpus`), each computed once."""
    study = settings(study)
    paras = page.paragraph_roles(segmentation.paragraphs(articles), articles)
    sents = segmentation.split_sentences(paras)
    found, segments, reports = speech(articles, paras, sents, study)
    toks = with_voice(segmentation.tokenize_sentences(sents), segments, found, reports)
    roles = paras["role"].array
    sents, toks = (
        table.assign(role=roles.take(_paragraph_rows(paras, table), allow_fill=True))
        for table in (sents, toks)
    )
    index = TokenIndex(toks)  # shared by the term and frame matchers
    articles = articles.assign(n_words=segmentation.words_per_article(toks, articles["article_id"]))
    return Tables(
        articles=articles,
        paragraphs=paras,
        sentences=sents,
        tokens=toks,
        quotes=found,
        quote_segments=segments,
        reported=reports,
        sentiment=sentiment.score_sentences(sents),
        term_matches=lexicon.match_terms(index, lexicon.loaded_terms(study)),
        frame_matches=frames.match_indicators(index, frames.frame_indicators(study)),
    )


def _paragraph_rows(paras: pd.DataFrame, table: pd.DataFrame) -> np.ndarray:
    """The row of `paras` of each row's paragraph (by `article_id` and `paragraph_id`), or -1.

    A lookup array indexed by (article, paragraph) as one integer: a MultiIndex reindex of a
    token table costs far more."""
    ids = pd.Index(paras["article_id"].unique())
    width = int(paras["paragraph_id"].to_numpy(np.int64).max(initial=0)) + 1
    lookup = np.full(len(ids) * width + 1, -1)  # the last entry answers unknown keys
    keys = ids.get_indexer(paras["article_id"]) * width + paras["paragraph_id"].to_numpy(np.int64)
    lookup[keys] = np.arange(len(paras))
    article = ids.get_indexer(table["article_id"])
    paragraph = table["paragraph_id"].to_numpy(np.int64)
    known = (article >= 0) & (paragraph >= 0) & (paragraph < width)
    return lookup[np.where(known, article * width + paragraph, -1)]


def load_tables(
    corpus: str | Path | None = None,
    results: str | Path | None = None,
    study: Settings | str | None = None,
    roles: Sequence[str] = (page.BODY,),
) -> Tables:
    """The tables of a results folder (`results` or $FRAMING_LAB_RESULTS) if there is one,
    else of the corpus (`corpus` or $FRAMING_LAB_CORPUS, else the bundled one), processed now.

    Body text only by default; `roles=page.ROLE_ORDER` keeps every part of the page
    (headlines, summary boxes, bullets, bylines, captions, subheads)."""
    results = results or os.environ.get(RESULTS_ENV) or None
    if results is not None:
        return read_results(results).parts(roles)
    corpus = corpus or os.environ.get("FRAMING_LAB_CORPUS") or None
    return process(load_articles(corpus, study=study), study).parts(roles)


# --- the batch path ------------------------------------------------------------------------


@dataclass
class Summary:
    """What `analyze` did: chunks written now and earlier, articles, and skipped files."""

    chunks_done: int
    chunks_resumed: int
    articles: int
    skipped: pd.DataFrame
    seconds: float


def analyze(
    corpus: str | Path,
    out: str | Path,
    *,
    columns: dict[str, str] | None = None,
    study: Settings | str | None = None,
    chunk_size: int = CHUNK_SIZE,
    workers: int = 1,
    scheduler: str | None = None,
    on_error: str = "stop",
    progress: bool = True,
) -> Summary:
    """Process a corpus chunk by chunk into Parquet tables under `out`; resume where it stopped.

    `workers` > 1 starts a local Dask cluster of that many processes; `scheduler` (an address
    such as `tcp://10.0.0.5:8786`) uses an existing Dask cluster instead, e.g. one started by
    dask-jobqueue on SLURM or PBS. `on_error="stop"` raises `CorpusError` at the first bad
    file, naming it; `"skip"` leaves bad files out and lists each with its reason in
    `out/errors.csv` (also in `Summary.skipped`).
    """
    if on_error not in ON_ERROR:
        raise ValueError(f"on_error must be one of {ON_ERROR}, not {on_error!r}")
    out, study, started = Path(out), settings(study), time.perf_counter()
    (out / DONE).mkdir(parents=True, exist_ok=True)
    checks = CorpusChecks(skip=on_error == "skip")
    chunks = _numbered(corpus_chunks(corpus, columns, chunk_size, checks))
    bar = tqdm(desc="articles", unit=" articles", disable=not progress, smoothing=0.1)
    with _executor(workers, scheduler) as run:
        done, resumed, articles = 0, 0, 0
        for _, n, was_done in run(chunks, out, study, checks):
            done += not was_done
            resumed += was_done
            articles += n
            bar.update(n)
    bar.close()
    skipped = pd.DataFrame(checks.skipped, columns=["file", "reason"])
    _write_atomic(out / ERRORS_FILE, lambda p: skipped.to_csv(p, index=False))
    return Summary(done, resumed, articles, skipped, time.perf_counter() - started)


def _numbered(chunks: Iterator[pd.DataFrame]) -> Iterator[tuple[str, pd.DataFrame]]:
    for i, chunk in enumerate(chunks, start=1):
        yield f"{i:06d}", chunk


def process_chunk(
    name: str, chunk: pd.DataFrame, out: Path, study: Settings
) -> tuple[str, int, list[tuple[str, str]]]:
    """Clean and process one chunk and write its tables; return (name, articles, skipped)."""
    checks = CorpusChecks(skip=True)
    with _collector_paused():
        tables = process(checks.clean(chunk, study).drop(columns="where"), study)
    for table in TABLES:
        path = out / table / f"part-{name}.parquet"
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_atomic(path, lambda p, t=table: getattr(tables, t).to_parquet(p, index=False))
    marker = {"chunk": name, "articles": len(tables.articles), "skipped": checks.skipped}
    _write_atomic(out / DONE / f"{name}.json", lambda p: p.write_text(json.dumps(marker)))
    return name, len(tables.articles), checks.skipped


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector for one chunk: processing allocates millions of small
    objects without reference cycles, and scanning them again and again cost about 5% of a
    run (`make bench`). What a chunk leaves in cycles is collected when it resumes."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _write_atomic(path: Path, write) -> None:
    """Write through a temporary file and rename it: a reader never sees half a file."""
    tmp = path.with_name(f".{path.name}.tmp")
    write(tmp)
    os.replace(tmp, path)


def _resumed(out: Path, name: str, checks: CorpusChecks) -> int | None:
    """The articles of a chunk an earlier run finished (its skipped files recorded again),
    or None if it has still to be done."""
    marker = out / DONE / f"{name}.json"
    if not marker.is_file():
        return None
    finished = json.loads(marker.read_text())
    checks.skipped += [tuple(s) for s in finished["skipped"]]
    return finished["articles"]


# Dask's defaults for a local cluster's workers, changed for this workload (`make bench`):
# its sampling profiler interrupts the working thread every 10 ms, and a fixed malloc trim
# threshold hands freed memory back to the system only to fault it in again (seven times the
# page faults of one process). Together they made each chunk about 15% slower on a worker.
LOCAL_WORKER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
}


class _executor:
    """Runs chunks in this process, on a local Dask cluster, or on a given scheduler.

    Used as `with _executor(workers, scheduler) as run: for result in run(chunks, ...)`;
    results come back as (chunk name, articles, resumed from an earlier run).
    """

    def __init__(self, workers: int, scheduler: str | None) -> None:
        self.workers, self.scheduler, self.client, self.cluster = workers, scheduler, None, None

    def __enter__(self):
        if self.scheduler or self.workers > 1:
            from dask.distributed import Client, LocalCluster

            if self.scheduler:
                self.client = Client(self.scheduler)
            else:
                import dask

                with dask.config.set(LOCAL_WORKER_CONFIG):
                    self.cluster = LocalCluster(
                        n_workers=self.workers,
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=None,
                    )
                self.client = Client(self.cluster)
        return self._run

    def __exit__(self, *exc) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def _run(self, chunks, out: Path, study: Settings, checks: CorpusChecks):
        if self.client is None:
            for name, chunk in chunks:
                yield self._local(name, chunk, out, study, checks)
            return
        yield from self._distributed(chunks, out, study, checks)

    @staticmethod
    def _local(name, chunk, out, study, checks):
        done = _resumed(out, name, checks)
        if done is not None:
            return name, done, True
        name, n, skipped = process_chunk(name, chunk, out, study)
        _record(checks, skipped)
        return name, n, False

    def _distributed(self, chunks, out, study, checks):
        from dask.distributed import wait

        # At most two chunks per worker in flight, so memory stays bounded by chunks.
        limit = 2 * max(self.workers, len(self.client.scheduler_info().get("workers", {})), 1)
        pending = set()
        for name, chunk in chunks:
            done = _resumed(out, name, checks)
            if done is not None:
                yield name, done, True
                continue
            pending.add(self.client.submit(process_chunk, name, chunk, out, study, pure=False))
            if len(pending) >= limit:
                finished, pending = wait(pending, return_when="FIRST_COMPLETED")
                yield from self._collect(finished, checks)
        finished, _ = wait(pending)
        yield from self._collect(finished, checks)

    @staticmethod
    def _collect(finished, checks):
        for future in sorted(finished, key=lambda f: f.key):
            name, n, skipped = future.result()
            _record(checks, skipped)
            yield name, n, False


def _record(checks: CorpusChecks, skipped: list) -> None:
    """Articles a chunk left out (nothing left after cleaning): raise when stopping."""
    for where, reason in skipped:
        checks.fail(CorpusError(reason), where)


def read_results(out: str | Path) -> Tables:
    """The `Tables` of a results folder written by `analyze` (finished chunks only)."""
    out = Path(out)
    names = sorted(p.stem for p in (out / DONE).glob("*.json"))
    if not names:
        raise CorpusError(f"{out}: no finished chunks (run `framing-lab analyze` first)")
    parts = {
        table: pd.concat(
            [pd.read_parquet(out / table / f"part-{n}.parquet") for n in names],
            ignore_index=True,
        )
        for table in TABLES
    }
    return Tables(**parts)
