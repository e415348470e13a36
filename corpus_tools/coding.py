"""The frame-coding exercise: a fixed sample of sentences, a coding widget, one CSV per coder.

- **Sample.** `coding_sample` draws sentences stratified by article: the sample is shared out
  as evenly as the articles allow (round robin in metadata order, so any remainder goes to the
  first articles), then each article's share is drawn without replacement with a seeded
  generator, and the whole sample is put in one seeded random order. Every coder sees the
  same sentences in the same order; every article, and so every outlet, is represented.
- **Blind coding.** The widget shows each sentence alone, without its article, outlet or
  neighbours, so an outlet's reputation cannot sway the coder. The dictionary method also
  judges one sentence at a time, so coders and dictionary answer the same question.
- **Codes.** For each sentence the coder ticks any of the five Semetko & Valkenburg frames
  (the `frame` values of `data/lexicons/frames.csv`) or "none". A code is a frame (or "none")
  marked present or absent for a sentence.
- **Files.** Each coder's answers go to their own CSV (`CODER_FILE_COLUMNS`, one row per
  coded sentence, 1/0 per frame) in a folder the teacher chooses, rewritten after every
  answer through a temporary file and `os.replace`, so an interruption leaves either the old
  or the new file, never a broken one. The file name comes from the coder's name ("Anna
  Müller" -> `anna-muller.csv`); the exact name is stored in every row, so a different name
  that gives the same file name gets a new file (`anna-muller-2.csv`) and never writes into
  someone else's. Entering the same name again resumes: the widget opens at the first
  uncoded sentence and shows earlier answers. A file coded on another sample is refused.
"""

from __future__ import annotations

import html
import itertools
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import ipywidgets as widgets
import numpy as np
import pandas as pd

from corpus_tools.frames import frame_indicators, frame_label
from corpus_tools.resources import DATA_DIR

SEED = 20250905
DEFAULT_SIZE = 30
DEFAULT_FOLDER = "coding"
NONE = "none"
DICTIONARY = "dictionary method"
UNIT_KEYS = ["unit_id", "article_id", "sentence_id"]
SAMPLE_COLUMNS = ["position", *UNIT_KEYS, "outlet_label", "paragraph_id", "text"]
CODES_COLUMNS = ["coder", "file", "position", *UNIT_KEYS, "frame", "present"]


class CodingError(ValueError):
    """A coding folder or coder file that cannot be used as it is."""


def codes() -> list[str]:
    """What a coder can tick: the frames of `data/lexicons/frames.csv` in order, then "none"."""
    return [*dict.fromkeys(frame_indicators()["frame"]), NONE]


def coder_file_columns() -> list[str]:
    """Columns of a coder's CSV: coder, position, unit keys, the sentence, one 0/1 per code."""
    return ["coder", "position", *UNIT_KEYS, "text", *codes()]


def codebook() -> pd.DataFrame:
    """The coding instructions, one row per question: `code`, `label`, `question_id`, `question`.

    The questions are Semetko & Valkenburg's (2000), as listed in `data/lexicons/frames.csv`;
    the last row is the code "none".
    """
    table = frame_indicators()[["frame", "question_id", "question"]].drop_duplicates()
    table = table.rename(columns={"frame": "code"}).reset_index(drop=True)
    table.insert(1, "label", table["code"].map(frame_label))
    none = {"code": NONE, "label": NONE, "question_id": "", "question": "None of the five frames."}
    return pd.concat([table, pd.DataFrame([none])], ignore_index=True)


def _questions() -> dict[str, str]:
    """Per code, its questions as one text (the widget's tooltips)."""
    book = codebook()
    return {
        code: "\n".join(
            f"({q.question_id}) {q.question}".removeprefix("() ") for q in g.itertuples()
        )
        for code, g in book.groupby("code", sort=False)
    }


def coding_sample(sentences: pd.DataFrame, n: int = DEFAULT_SIZE, seed: int = SEED) -> pd.DataFrame:
    """A seeded sample of `n` sentences, stratified by article, in coding order: `SAMPLE_COLUMNS`.

    `position` is the coding order (1 to n); `unit_id` ("article_id:sentence_id") names a
    sentence. Asking for more sentences than there are gives them all, in seeded order.
    """
    sizes = sentences.groupby("article_id", sort=False).size()
    if n < len(sizes):
        raise ValueError(f"a sample of {n} cannot represent all {len(sizes)} articles")
    quota = dict.fromkeys(sizes.index, 0)
    for article_id in itertools.cycle(sizes.index):
        if sum(quota.values()) >= min(n, len(sentences)):
            break
        quota[article_id] += quota[article_id] < sizes[article_id]
    rng = np.random.default_rng(seed)
    picked = [
        group.iloc[np.sort(rng.choice(len(group), size=quota[article_id], replace=False))]
        for article_id, group in sentences.groupby("article_id", sort=False)
    ]
    sample = pd.concat(picked).iloc[rng.permutation(sum(quota.values()))].reset_index(drop=True)
    sample["position"] = np.arange(1, len(sample) + 1)
    sample["unit_id"] = sample["article_id"] + ":" + sample["sentence_id"].astype(str)
    return sample[SAMPLE_COLUMNS]


def clean_name(name: str) -> str:
    """A coder's name as stored: the name typed, with runs of whitespace made single spaces."""
    return " ".join(name.split())


def file_stem(name: str) -> str:
    """A safe file name for a coder: lower-case ASCII letters, digits and hyphens, or "coder"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40].strip("-")
    return stem or "coder"


def coding_folder(folder: str | Path) -> Path:
    """The folder for coder files, checked: never inside `data/` or a corpus folder."""
    path = Path(folder).expanduser().resolve()
    inside = [path, *path.parents]
    if DATA_DIR.resolve() in inside or any((p / "articles.csv").is_file() for p in inside):
        raise CodingError(f"{path}: coder files must not go into the corpus; choose another folder")
    if path.exists() and not path.is_dir():
        raise CodingError(f"{path}: not a folder")
    return path


def read_coder_file(path: str | Path) -> pd.DataFrame:
    """One coder's CSV, checked: `coder_file_columns()`, codes 0/1, one coder name (as text)."""
    path = Path(path)
    if path.stat().st_size == 0:  # claimed by a session that has not saved yet
        return pd.DataFrame(columns=coder_file_columns(), dtype=str)
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError) as err:
        raise CodingError(f"{path}: not a coder file ({err})") from err
    missing = [c for c in coder_file_columns() if c not in table.columns]
    if missing:
        raise CodingError(f"{path}: not a coder file (no column {', '.join(missing)})")
    if not table[codes()].isin(["0", "1"]).all().all():
        raise CodingError(f"{path}: codes must be 0 or 1")
    if table["coder"].nunique() > 1:
        raise CodingError(f"{path}: holds more than one coder name")
    return table[coder_file_columns()]


def _holds(path: Path, name: str) -> bool:
    try:
        coders = read_coder_file(path)["coder"]
    except (OSError, CodingError):
        return False
    return len(coders) > 0 and coders.iloc[0] == name


def coder_file(folder: str | Path, name: str) -> Path:
    """The coder's CSV in `folder`: the file that already holds this exact name, else a free one.

    A free name is `<file_stem(name)>.csv`, or `-2`, `-3`, ... when that file exists.
    """
    folder = Path(folder)
    for path in sorted(folder.glob("*.csv")):
        if _holds(path, name):
            return path
    stem = file_stem(name)
    candidates = (folder / f"{stem}{'' if i == 1 else f'-{i}'}.csv" for i in itertools.count(1))
    return next(p for p in candidates if not p.exists())


def write_csv_atomic(table: pd.DataFrame, path: Path) -> None:
    """Write a CSV through a temporary file in the same folder and `os.replace`."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            table.to_csv(f, index=False, lineterminator="\n")
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)  # mkstemp's 0600 would hide the file from the teacher
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class CoderFile:
    """One coder's answers on a sample, saved to the coder's own CSV after every answer."""

    def __init__(self, folder: str | Path, name: str, sample: pd.DataFrame) -> None:
        self.folder, self.name = coding_folder(folder), clean_name(name)
        if not self.name:
            raise CodingError("a coder needs a name")
        self.sample = sample.set_index("unit_id")
        self.path = coder_file(self.folder, self.name) if self.folder.exists() else None
        self.path = self.path or self.folder / f"{file_stem(self.name)}.csv"
        self._claimed = False
        self.answers = self._read()

    def _read(self) -> dict[str, frozenset[str]]:
        if not (self.path.exists() and (self._claimed or _holds(self.path, self.name))):
            return {}
        table = read_coder_file(self.path)
        for row in table.itertuples():
            known = row.unit_id in self.sample.index
            if not known or self.sample.at[row.unit_id, "text"] != row.text:
                raise CodingError(
                    f"{self.path}: coded on a different sample (sentence {row.unit_id}); "
                    "use the folder and sample it was made with, or another folder"
                )
        return {
            row["unit_id"]: frozenset(c for c in codes() if row[c] == "1")
            for _, row in table.iterrows()
        }

    def first_uncoded(self) -> int:
        """Index (from 0) in the sample of the first sentence without an answer; -1 if none."""
        todo = [i for i, u in enumerate(self.sample.index) if u not in self.answers]
        return todo[0] if todo else -1

    def save(self, unit_id: str, selection: Iterable[str]) -> None:
        """Record the codes ticked for one sentence and rewrite the file atomically."""
        selection = frozenset(selection)
        unknown = selection - set(codes())
        if unit_id not in self.sample.index or unknown or not selection:
            raise CodingError(f"cannot save {sorted(selection)} for sentence {unit_id!r}")
        self._own()
        # The file, not memory, is the record: merging with it keeps answers another session
        # of the same coder saved meanwhile.
        answers = self._read() | {unit_id: selection}
        write_csv_atomic(self._table(answers), self.path)
        self.answers = answers

    def _own(self) -> None:
        """Make `path` this coder's file, claiming a free name (exclusive create) if needed."""
        while True:
            if self.path.exists():
                if self._claimed or _holds(self.path, self.name):
                    return
            else:
                self.folder.mkdir(parents=True, exist_ok=True)
                try:
                    self.path.open("x").close()
                except FileExistsError:
                    pass  # another coder took this name a moment ago
                else:
                    self._claimed = True
                    return
            self.path = coder_file(self.folder, self.name)

    def _table(self, answers: dict[str, frozenset[str]]) -> pd.DataFrame:
        coded = self.sample[self.sample.index.isin(list(answers))].reset_index()
        table = coded.assign(coder=self.name)
        for code in codes():
            table[code] = [int(code in answers[u]) for u in table["unit_id"]]
        return table[coder_file_columns()]


def read_codes(folder: str | Path) -> pd.DataFrame:
    """Every coder's codes in a folder of coder CSVs, tidy: `CODES_COLUMNS`.

    One row per coder, coded sentence and code (the five frames and "none"); `present` is
    a bool, `file` the CSV's name. A missing folder gives an empty table. If two files hold the
    same coder name, their coders are told apart as "name [file]".
    """
    folder = Path(folder)
    files = sorted(folder.glob("*.csv")) if folder.is_dir() else []
    tables = [read_coder_file(p).assign(file=p.name) for p in files]
    empty = pd.DataFrame(columns=[*coder_file_columns(), "file"], dtype=str)
    wide = pd.concat([t for t in tables if len(t)] or [empty], ignore_index=True)
    shared = wide.groupby("coder")["file"].transform("nunique") > 1
    wide["coder"] = wide["coder"].where(~shared, wide["coder"] + " [" + wide["file"] + "]")
    tidy = wide.melt(
        id_vars=["coder", "file", "position", *UNIT_KEYS], value_vars=codes(), var_name="frame"
    )
    tidy["present"] = tidy["value"] == "1"
    tidy["position"] = tidy["position"].astype(int)
    tidy["sentence_id"] = tidy["sentence_id"].astype(int)
    return _in_code_order(tidy, ["file", "position"])


def coder_summary(codes_table: pd.DataFrame) -> pd.DataFrame:
    """Per coder, from `read_codes` output: `coder`, `file`, `n_sentences` (coded),
    `n_with_frame` (sentences given at least one frame), `n_frames` (frames ticked in all)."""
    framed = codes_table[codes_table["frame"] != NONE]
    per_sentence = (
        framed.groupby(["coder", "file", "unit_id"], sort=False)["present"]
        .sum()
        .rename("n_frames")
        .reset_index()
    )
    per_sentence["framed"] = per_sentence["n_frames"] > 0
    table = per_sentence.groupby(["coder", "file"], sort=False).agg(
        n_sentences=("unit_id", "size"),
        n_with_frame=("framed", "sum"),
        n_frames=("n_frames", "sum"),
    )
    return table.reset_index()


def _in_code_order(tidy: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """`CODES_COLUMNS` sorted by `by`, then frames in codebook order."""
    rank = tidy["frame"].map({c: i for i, c in enumerate(codes())})
    ordered = tidy.assign(rank=rank).sort_values([*by, "rank"], kind="stable")
    return ordered[CODES_COLUMNS].reset_index(drop=True)


def save_codes(codes_table: pd.DataFrame, sample: pd.DataFrame, folder: str | Path) -> list[Path]:
    """Write tidy codes (`CODES_COLUMNS`, e.g. `dictionary_codes`) as one coder CSV per coder."""
    paths = []
    for name, g in codes_table.groupby("coder", sort=False):
        coder = CoderFile(folder, name, sample)
        present = g[g["present"]]
        for unit_id in g["unit_id"].unique():
            coder.save(unit_id, present.loc[present["unit_id"] == unit_id, "frame"])
        paths.append(coder.path)
    return paths


def dictionary_codes(
    scores: pd.DataFrame, sample: pd.DataFrame, min_hits: int | None = None
) -> pd.DataFrame:
    """The dictionary method's codes for the sample, shaped like `read_codes`: `CODES_COLUMNS`.

    `scores` is `frames.score_frames(sentences)` output. With `min_hits` None a frame is
    present as the dictionary says (any indicator); with a number, when at least that many
    indicators matched. "none" is present when no frame is. `coder` names the rule, `file` is "".
    """
    coder = DICTIONARY if min_hits is None else f"{DICTIONARY} (at least {min_hits} hits)"
    keys = ["article_id", "sentence_id"]
    table = sample[["position", *UNIT_KEYS]].merge(scores, on=keys)
    if min_hits is not None:
        table["present"] = table["n_hits"] >= min_hits
    none = table.groupby("unit_id", sort=False)["present"].any().rename("any")
    none = sample[["position", *UNIT_KEYS]].join(none, on="unit_id")
    none = none.assign(frame=NONE, present=~none["any"].astype(bool))
    tidy = pd.concat([table, none], ignore_index=True).assign(coder=coder, file="")
    return _in_code_order(tidy, ["position"])


class CodingExercise(widgets.VBox):
    """The coding widget: a name and a Start button, then one sentence at a time.

    Parts a test (or a curious teacher) can drive: `name`, `start`, `boxes` (code ->
    Checkbox), `previous`, `next`, and the read-outs `status`, `progress`, `sentence`.
    """

    def __init__(self, sample: pd.DataFrame, folder: str | Path = DEFAULT_FOLDER) -> None:
        self.sample, self.folder = sample.reset_index(drop=True), folder
        coding_folder(folder)  # refuse a corpus folder before anyone codes
        self.coder: CoderFile | None = None
        self.position = 0
        self._showing = False
        questions = _questions()
        self.name = widgets.Text(description="Your name:", placeholder="first and last name")
        self.start = widgets.Button(description="Start coding", button_style="primary")
        self.status = widgets.HTML()
        self.progress = widgets.HTML()
        self.sentence = widgets.HTML()
        self.boxes = {
            code: widgets.Checkbox(
                description=frame_label(code), tooltip=questions[code], indent=False
            )
            for code in codes()
        }
        self.previous = widgets.Button(description="◀ Previous")
        self.next = widgets.Button(description="Save and next ▶", button_style="success")
        self.panel = widgets.VBox(
            [
                self.progress,
                self.sentence,
                widgets.HTML("Which frames does this sentence carry? Tick all that apply."),
                widgets.VBox(list(self.boxes.values())),
                widgets.HBox([self.previous, self.next]),
            ],
            layout=widgets.Layout(display="none"),
        )
        super().__init__([widgets.HBox([self.name, self.start]), self.status, self.panel])
        self.start.on_click(self._on_start)
        self.next.on_click(self._on_next)
        self.previous.on_click(self._on_previous)
        for box in self.boxes.values():
            box.observe(self._on_tick, names="value")

    def __repr__(self) -> str:  # the text/plain output a notebook stores: no model ids
        return f"CodingExercise({len(self.sample)} sentences, folder={str(self.folder)!r})"

    def _say(self, message: str, error: bool = False) -> None:
        colour = "#b2182b" if error else "#1a6334"
        self.status.value = f'<span style="color:{colour}">{html.escape(message)}</span>'

    def _on_start(self, _: widgets.Button) -> None:
        try:
            self.coder = CoderFile(self.folder, self.name.value, self.sample)
        except (CodingError, OSError) as err:
            self._say(str(err) if clean_name(self.name.value) else "Enter your name first.", True)
            return
        self.name.disabled = self.start.disabled = True
        self.panel.layout.display = ""
        first = self.coder.first_uncoded()
        self.position = first if first >= 0 else len(self.sample) - 1
        self._show()
        done, n = len(self.coder.answers), len(self.sample)
        where = f"{self.coder.path.name} in {self.coder.folder}"
        if done:
            self._say(f"Welcome back, {self.coder.name}: {done} of {n} coded ({where}).")
        else:
            self._say(f"Hello {self.coder.name}: each answer is saved at once to {where}.")

    def _selection(self) -> frozenset[str]:
        return frozenset(code for code, box in self.boxes.items() if box.value)

    def _unit(self) -> str:
        return self.sample.at[self.position, "unit_id"]

    def _show(self) -> None:
        row, n = self.sample.iloc[self.position], len(self.sample)
        self.progress.value = (
            f"<b>Sentence {self.position + 1} of {n}</b> · {len(self.coder.answers)} coded"
        )
        self.sentence.value = (
            '<blockquote style="font-size:1.15em;border-left:4px solid #999;padding-left:0.6em">'
            f"{html.escape(row['text'])}</blockquote>"
        )
        saved = self.coder.answers.get(row["unit_id"], frozenset())
        self._showing = True
        for code, box in self.boxes.items():
            box.value = code in saved
        self._showing = False
        self.previous.disabled = self.position == 0

    def _on_tick(self, change: dict) -> None:
        if self._showing or not change["new"]:
            return
        if change["owner"] is self.boxes[NONE]:
            for code, box in self.boxes.items():
                box.value = box.value and code == NONE
        else:
            self.boxes[NONE].value = False

    def _record(self, required: bool) -> bool:
        """Save the ticked codes if they changed; False if nothing may move on."""
        selection, unit = self._selection(), self._unit()
        if not selection:
            if required:
                self._say("Tick at least one frame, or 'none', then click again.", True)
            return not required
        if selection == self.coder.answers.get(unit):
            return True
        try:
            self.coder.save(unit, selection)
        except (CodingError, OSError) as err:
            self._say(f"NOT saved: {err}", True)
            return False
        self._say(f"Saved to {self.coder.path.name}.")
        return True

    def _on_next(self, _: widgets.Button) -> None:
        if not self._record(required=True):
            return
        if self.position < len(self.sample) - 1:
            self.position += 1
            self._show()
        else:
            self._show()
            self._say(
                f"Done: {len(self.coder.answers)} of {len(self.sample)} sentences coded and "
                f"saved to {self.coder.path}. Hand this file to your teacher."
            )

    def _on_previous(self, _: widgets.Button) -> None:
        if self.position > 0 and self._record(required=False):
            self.position -= 1
            self._show()


def coding_exercise(sample: pd.DataFrame, folder: str | Path = DEFAULT_FOLDER) -> CodingExercise:
    """The coding widget for `sample`, saving one CSV per coder into `folder` (see the module)."""
    return CodingExercise(sample, folder)
