"""`framing-lab analyze CORPUS --out RESULTS`: the batch path for big corpora, from a shell.

Exit status: 0 when every article was processed, 1 on a bad corpus with `--on-error stop`
(the message names the file), 3 when `--on-error skip` left files out (listed with their
reasons in RESULTS/errors.csv).
"""

from __future__ import annotations

import argparse
import sys

from corpus_tools.errors import CorpusError
from corpus_tools.pipeline import CHUNK_SIZE, ERRORS_FILE, ON_ERROR, analyze

SKIPPED_STATUS = 3


def parser() -> argparse.ArgumentParser:
    """The command line: `framing-lab analyze ...`."""
    top = argparse.ArgumentParser(prog="framing-lab", description=__doc__.splitlines()[0])
    commands = top.add_subparsers(dest="command", required=True)
    run = commands.add_parser("analyze", help="process a corpus into Parquet tables")
    run.add_argument("corpus", help="corpus folder or export file (.csv, .jsonl, .parquet)")
    run.add_argument("--out", required=True, help="results folder (resumes if it exists)")
    where = run.add_mutually_exclusive_group()
    where.add_argument("--workers", type=int, default=1, help="local Dask processes (default 1)")
    where.add_argument("--scheduler", help="address of an existing Dask scheduler")
    run.add_argument("--on-error", choices=ON_ERROR, default="stop")
    run.add_argument("--chunk-size", type=int, default=CHUNK_SIZE, help="articles per chunk")
    run.add_argument("--settings", help="study settings folder (else $FRAMING_LAB_SETTINGS)")
    run.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="THEIRS=OURS",
        help="rename an export column, e.g. --column body=text (repeatable)",
    )
    run.add_argument("--quiet", action="store_true", help="no progress bar")
    return top


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = parser().parse_args(argv)
    columns = dict(c.split("=", 1) for c in args.column)
    try:
        summary = analyze(
            args.corpus,
            args.out,
            columns=columns,
            study=args.settings,
            chunk_size=args.chunk_size,
            workers=args.workers,
            scheduler=args.scheduler,
            on_error=args.on_error,
            progress=not args.quiet,
        )
    except CorpusError as err:
        print(f"framing-lab: {err}", file=sys.stderr)
        return 1
    rate = summary.articles / summary.seconds if summary.seconds else 0.0
    print(
        f"{summary.articles} articles in {summary.seconds:.1f} s ({rate:.0f} articles/s): "
        f"{summary.chunks_done} chunks written, {summary.chunks_resumed} already done"
    )
    if len(summary.skipped):
        print(
            f"{len(summary.skipped)} file(s) skipped, listed in {args.out}/{ERRORS_FILE}",
            file=sys.stderr,
        )
        return SKIPPED_STATUS
    return 0


if __name__ == "__main__":
    sys.exit(main())
