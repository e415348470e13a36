"""The pipeline: one pass per article, and the chunked, resumable, parallel batch path."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools import CorpusError, cli, distinctive, frames, lexicon, page, pipeline, sentiment

OWN = Path(__file__).parent / "data" / "own_corpus"


@pytest.fixture(scope="module")
def tables(articles: pd.DataFrame) -> pipeline.Tables:
    return pipeline.process(articles)


def test_process_gives_what_each_function_gives(articles, tables, tokens, found_quotes) -> None:
    pd.testing.assert_frame_equal(tables.tokens.drop(columns="role"), tokens)
    pd.testing.assert_frame_equal(tables.quotes, found_quotes)
    pd.testing.assert_frame_equal(tables.articles, articles)
    pd.testing.assert_frame_equal(
        tables.term_matches, lexicon.match_terms(tokens, lexicon.loaded_terms())
    )
    pd.testing.assert_frame_equal(tables.frame_matches, frames.match_indicators(tokens))
    pd.testing.assert_frame_equal(tables.sentiment, sentiment.score_sentences(tables.sentences))


def test_body_text_leaves_out_the_parts_of_the_page(tables: pipeline.Tables) -> None:
    parts = tables.paragraphs.loc[tables.paragraphs["role"] != "body"]
    # 002 only, as read in notebook 00: its Key Points box, two dash bullets, the headline
    # repeated in the text, and two subheads ("Putin Makes a Big Threat", "Why Now?").
    assert parts[["article_id", "paragraph_id", "role"]].values.tolist() == [
        ["002", 1, "summary"],
        ["002", 2, "bullet"],
        ["002", 3, "bullet"],
        ["002", 4, "headline"],
        ["002", 10, "subhead"],
        ["002", 13, "subhead"],
    ]
    body = tables.parts()
    assert len(body.sentences) == len(tables.sentences) - 7  # 3 box and bullet sentences, 4 lines
    assert body.articles.set_index("article_id")["n_words"].to_dict()["002"] == 377
    # the box's "legitimate targets." and the bullets' "reassurance" and "thousands" leave
    assert len(body.quotes) == len(tables.quotes) - 3
    assert set(body.tokens["role"]) == {"body"}
    every = tables.parts(page.ROLE_ORDER)
    pd.testing.assert_frame_equal(every.tokens, tables.tokens)


def test_chunking_changes_no_number(tmp_path: Path, tables: pipeline.Tables) -> None:
    pipeline.analyze(None, tmp_path, chunk_size=2, progress=False)
    read = pipeline.read_results(tmp_path)
    assert sorted(p.name for p in (tmp_path / "tokens").iterdir()) == [
        "part-000001.parquet",
        "part-000002.parquet",
        "part-000003.parquet",
    ]
    for name in pipeline.TABLES:
        pd.testing.assert_frame_equal(getattr(read, name), getattr(tables, name))
    # corpus-level statistics come from summed counts: the same with any chunking
    odds = distinctive.weighted_log_odds(
        distinctive.term_counts(read.tokens), "outlet_label", "term", "n"
    )
    expected = distinctive.weighted_log_odds(
        distinctive.term_counts(tables.tokens), "outlet_label", "term", "n"
    )
    pd.testing.assert_frame_equal(odds, expected)


def test_an_interrupted_run_resumes_without_redoing_finished_chunks(tmp_path: Path) -> None:
    first = pipeline.analyze(None, tmp_path, chunk_size=2, progress=False)
    assert (first.chunks_done, first.chunks_resumed, first.articles) == (3, 0, 5)
    finished = (tmp_path / "tokens" / "part-000001.parquet").stat().st_mtime_ns
    # As if killed while writing chunk 3: its marker is missing and a temporary file remains.
    (tmp_path / "_done" / "000003.json").unlink()
    (tmp_path / "tokens" / ".part-000003.parquet.tmp").write_bytes(b"half a file")
    with pytest.raises(CorpusError, match="no finished chunks"):
        pipeline.read_results(tmp_path / "elsewhere")
    again = pipeline.analyze(None, tmp_path, chunk_size=2, progress=False)
    assert (again.chunks_done, again.chunks_resumed, again.articles) == (1, 2, 5)
    assert (tmp_path / "tokens" / "part-000001.parquet").stat().st_mtime_ns == finished
    assert len(pipeline.read_results(tmp_path).articles) == 5


@pytest.fixture
def corpus_with_bad_files(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "Gazette").mkdir(parents=True)
    for name, text in {
        "one": "The mayor said the bridge would reopen.",
        "two": "Rain closed the market on Friday.",
        "copy": "The mayor said   the bridge would reopen.",
        "blank": "  \n",
    }.items():
        (folder / "Gazette" / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / "Gazette" / "latin.txt").write_bytes("Caf\xe9 closed.".encode("latin-1"))
    return folder


def test_stop_names_the_first_bad_file(corpus_with_bad_files: Path, tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="blank.txt: the file is empty"):
        pipeline.analyze(corpus_with_bad_files, tmp_path / "out", progress=False)


def test_skip_lists_every_skipped_file_with_its_reason(
    corpus_with_bad_files: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    status = cli.main(
        ["analyze", str(corpus_with_bad_files), "--out", str(out), "--on-error", "skip", "--quiet"]
    )
    assert status == cli.SKIPPED_STATUS
    errors = pd.read_csv(out / pipeline.ERRORS_FILE)
    reasons = dict(zip(errors["file"].map(lambda f: Path(f).name), errors["reason"], strict=True))
    # Files are read in name order: copy.txt comes first, so one.txt is the duplicate.
    assert sorted(reasons) == ["blank.txt", "latin.txt", "one.txt"]
    assert "empty" in reasons["blank.txt"] and "not valid UTF-8" in reasons["latin.txt"]
    assert reasons["one.txt"].endswith(
        "copy.txt: same text as "
        + str(corpus_with_bad_files / "Gazette" / "one.txt")
        + " (the same article twice)"
    )
    assert pipeline.read_results(out).articles["article_id"].tolist() == [
        "Gazette/copy",
        "Gazette/two",
    ]
    assert "skipped" in capsys.readouterr().err


def test_cli_stop_reports_the_file_and_fails(
    corpus_with_bad_files: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = cli.main(["analyze", str(corpus_with_bad_files), "--out", str(tmp_path / "o")])
    assert status == 1 and "blank.txt" in capsys.readouterr().err


def test_two_dask_workers_give_the_same_tables(tmp_path: Path) -> None:
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    pipeline.analyze(OWN, serial, chunk_size=1, progress=False)
    summary = pipeline.analyze(OWN, parallel, chunk_size=1, workers=2, progress=False)
    assert (summary.chunks_done, summary.articles) == (4, 4)
    one, two = pipeline.read_results(serial), pipeline.read_results(parallel)
    for name in pipeline.TABLES:
        pd.testing.assert_frame_equal(getattr(one, name), getattr(two, name))


def test_load_tables_reads_a_results_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pipeline.analyze(OWN, tmp_path, progress=False)
    monkeypatch.setenv(pipeline.RESULTS_ENV, str(tmp_path))
    assert pipeline.load_tables().articles["outlet"].nunique() == 3
    monkeypatch.delenv(pipeline.RESULTS_ENV)
    assert len(pipeline.load_tables().articles) == len(ct.load_articles())


def test_local_workers_run_without_the_profiler_and_fixed_malloc_trimming() -> None:
    def worker_settings() -> tuple:
        import os

        import dask

        return dask.config.get("distributed.worker.profile.enabled"), os.environ.get(
            "MALLOC_TRIM_THRESHOLD_"
        )

    with pipeline._executor(2, None) as run:
        found = run.__self__.client.run(worker_settings)
    assert list(found.values()) == [(False, None), (False, None)]
