"""`make bench`: the pipeline against a naive NLTK loop, timed side by side in the same run.

    python -m benchmarks.bench [--sizes 200 2000] [--workers 2] [--keep]

For each size, a seeded corpus (`benchmarks.corpus`) is written once as a Parquet export under
`build/bench/`; then, each in a fresh process (so peak memory is its own):

- baseline: a plain loop over the articles of NLTK's Punkt, NLTK's word tokenizer and NLTK's
  VADER (lexicon from `vaderSentiment`), the way a researcher would write it;
- pipeline: `pipeline.analyze` with one worker: cleaning, sentences, tokens, quotations and
  voice, sentiment, loaded-term and frame matches, all written to Parquet;
- at the largest size, `pipeline.analyze` on a local Dask cluster of `--workers` processes.

Printed: tokens per second of each, the speed-up (pipeline over baseline, both timed in this
run, so a busy machine slows both), the pipeline's cost per token at each size (flat means
linear), peak memory, the Dask speed-up over one worker, and the term explorer's response to a
typed term at the largest size. Timings are noisy on shared machines; compare ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd

from benchmarks.corpus import write_export
from corpus_tools.resources import PROJECT_ROOT

BENCH_DIR = PROJECT_ROOT / "build" / "bench"
PATTERNS = ["dictator", "legitimate target*", "escalat*", "troops", "nato forces"]


def baseline(export: Path) -> dict:
    """The naive loop: Punkt, NLTK's word tokenizer and NLTK's VADER over every article."""
    import nltk
    import vaderSentiment
    from nltk.sentiment.vader import SentimentIntensityAnalyzer
    from nltk.tokenize import NLTKWordTokenizer
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    folder = os.path.dirname(vaderSentiment.__file__)
    nltk.data.path.append(folder)
    vader = SentimentIntensityAnalyzer(lexicon_file="file:" + f"{folder}/vader_lexicon.txt")
    splitter, words = PunktSentenceTokenizer(), NLTKWordTokenizer()
    texts = pd.read_parquet(export, columns=["text"])["text"]
    started, n_tokens = time.perf_counter(), 0
    for text in texts:
        for sentence in splitter.tokenize(text):
            n_tokens += len(words.tokenize(sentence))
            vader.polarity_scores(sentence)
    return {"seconds": time.perf_counter() - started, "tokens": n_tokens}


def pipeline_run(export: Path, workers: int) -> dict:
    """`pipeline.analyze` on the export, into a fresh results folder."""
    from corpus_tools import pipeline

    out = export.with_name(f"{export.stem}-results-{workers}")
    shutil.rmtree(out, ignore_errors=True)
    started = time.perf_counter()
    pipeline.analyze(export, out, workers=workers, progress=False)
    seconds = time.perf_counter() - started
    n_tokens = sum(
        len(pd.read_parquet(p, columns=["token_id"])) for p in (out / "tokens").glob("*.parquet")
    )
    shutil.rmtree(out, ignore_errors=True)
    return {"seconds": seconds, "tokens": n_tokens}


def explorer_response(export: Path) -> dict:
    """Mean seconds the term explorer takes to show a typed term (table, counts and chart)."""
    from corpus_tools import pipeline, plotting, widgets

    out = export.with_name(f"{export.stem}-results-explorer")
    if not (out / "_done").is_dir():
        pipeline.analyze(export, out, progress=False)
    plotting.set_theme()
    explorer = widgets.term_explorer(pipeline.read_results(out))
    times = []
    for pattern in PATTERNS:
        started = time.perf_counter()
        explorer.pattern.value = pattern
        times.append(time.perf_counter() - started)
    shutil.rmtree(out, ignore_errors=True)
    return {"seconds": sum(times) / len(times), "matches": len(explorer.matches)}


JOBS = {"baseline": baseline, "pipeline": pipeline_run, "explorer": explorer_response}


def run_job(job: str, export: Path, workers: int = 1) -> dict:
    """Run one job in a fresh Python process; its result plus `peak_mb` (its maximum RSS)."""
    args = [sys.executable, "-m", "benchmarks.bench", "--job", job, str(export), str(workers)]
    done = subprocess.run(args, capture_output=True, text=True, check=True, cwd=PROJECT_ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _job_main(job: str, export: str, workers: str) -> None:
    kwargs = {"workers": int(workers)} if job == "pipeline" else {}
    result = JOBS[job](Path(export), **kwargs)
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its table."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench")
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 2000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-baseline", action="store_true", help="time the pipeline only")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask comparison")
    parser.add_argument("--no-explorer", action="store_true", help="skip the term explorer")
    parser.add_argument("--job", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.job:
        _job_main(*args.job)
        return 0
    rows = []
    for size in args.sizes:
        export = write_export(size, BENCH_DIR / f"corpus-{size}.parquet")
        ours = run_job("pipeline", export)
        naive = None if args.no_baseline else run_job("baseline", export)
        rows.append(
            {
                "articles": size,
                "tokens": ours["tokens"],
                "pipeline_s": ours["seconds"],
                "pipeline_tok_per_s": ours["tokens"] / ours["seconds"],
                "pipeline_us_per_token": 1e6 * ours["seconds"] / ours["tokens"],
                "pipeline_peak_mb": ours["peak_mb"],
                "baseline_s": naive["seconds"] if naive else float("nan"),
                "baseline_tok_per_s": naive["tokens"] / naive["seconds"] if naive else float("nan"),
                "baseline_peak_mb": naive["peak_mb"] if naive else float("nan"),
            }
        )
        rows[-1]["speed_up"] = rows[-1]["pipeline_tok_per_s"] / rows[-1]["baseline_tok_per_s"]
    table = pd.DataFrame(rows)
    largest = write_export(args.sizes[-1], BENCH_DIR / f"corpus-{args.sizes[-1]}.parquet")
    pd.set_option("display.width", 200)
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}")
    print(table.round(2).to_string(index=False))
    costs = table["pipeline_us_per_token"]
    print(f"cost per token, largest / smallest size: {costs.iloc[-1] / costs.iloc[0]:.2f}")
    if not args.no_dask:
        parallel = run_job("pipeline", largest, args.workers)
        print(
            f"Dask, {args.workers} workers against 1, {args.sizes[-1]} articles: "
            f"{table['pipeline_s'].iloc[-1] / parallel['seconds']:.2f}x "
            f"({parallel['seconds']:.1f} s, cluster start-up included; "
            f"peak memory of the driver {parallel['peak_mb']:.0f} MB)"
        )
    if not args.no_explorer:
        explorer = run_job("explorer", largest)
        print(
            f"term explorer, {args.sizes[-1]} articles: {1000 * explorer['seconds']:.0f} ms per "
            f"typed term (mean of {len(PATTERNS)})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
