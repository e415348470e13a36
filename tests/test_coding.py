"""The coding exercise: the sample, the widget driven in Python, and the coders' files."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from corpus_tools import coding
from corpus_tools.frames import score_frames
from corpus_tools.resources import DATA_DIR

FRAMES = ["responsibility", "human_interest", "conflict", "morality", "economic"]


@pytest.fixture(scope="module")
def sample(sentences: pd.DataFrame) -> pd.DataFrame:
    """The default sample of the bundled corpus (30 sentences, seed 20250905)."""
    return coding.coding_sample(sentences)


@pytest.fixture(scope="module")
def small(sentences: pd.DataFrame) -> pd.DataFrame:
    """A five-sentence sample (one per article) for driving the widget."""
    return coding.coding_sample(sentences, n=5)


def read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def started(sample: pd.DataFrame, folder: Path, name: str) -> coding.CodingExercise:
    exercise = coding.coding_exercise(sample, folder)
    exercise.name.value = name
    exercise.start.click()
    return exercise


def answer(exercise: coding.CodingExercise, *ticked: str) -> None:
    for code in ticked:
        exercise.boxes[code].value = True
    exercise.next.click()


def ticked(exercise: coding.CodingExercise) -> set[str]:
    return {code for code, box in exercise.boxes.items() if box.value}


# --- the sample -----------------------------------------------------------------------------


def test_codes_are_the_five_frames_and_none() -> None:
    assert coding.codes() == [*FRAMES, "none"]
    book = coding.codebook()
    assert book["question_id"].tolist()[:3] == ["R1", "R2", "R3"]
    assert book.groupby("code", sort=False).size().tolist() == [5, 5, 4, 3, 3, 1]


def test_sample_is_stratified_by_article(sample: pd.DataFrame, sentences: pd.DataFrame) -> None:
    assert sample.columns.tolist() == coding.SAMPLE_COLUMNS
    assert sample["position"].tolist() == list(range(1, 31))
    assert sample.groupby("article_id").size().to_dict() == dict.fromkeys(
        ["000", "001", "002", "003", "004"], 6
    )
    assert sample["unit_id"].is_unique
    merged = sample.merge(sentences, on=["article_id", "sentence_id"], suffixes=("", "_corpus"))
    assert (merged["text"] == merged["text_corpus"]).all() and len(merged) == 30


def test_sample_is_fixed_by_its_seed(sample: pd.DataFrame, sentences: pd.DataFrame) -> None:
    # Read in data/raw/000_*.txt, paragraph 4: its second sentence.
    first = sample.iloc[0]
    assert (first["unit_id"], first["paragraph_id"]) == ("000:8", 4)
    assert first["text"].endswith("scale back some of its European security programs after 2026.")
    pd.testing.assert_frame_equal(sample, coding.coding_sample(sentences))
    other = coding.coding_sample(sentences, seed=1)
    assert set(other["unit_id"]) != set(sample["unit_id"])


def test_sample_shares_out_evenly_then_takes_what_is_left() -> None:
    sents = pd.DataFrame(
        {
            "article_id": ["a"] + ["b"] * 5,
            "outlet_label": ["A"] + ["B"] * 5,
            "paragraph_id": 1,
            "sentence_id": [1, 1, 2, 3, 4, 5],
            "text": [f"s{i}" for i in range(6)],
        }
    )
    sizes = coding.coding_sample(sents, n=4).groupby("article_id").size().to_dict()
    assert sizes == {"a": 1, "b": 3}
    assert len(coding.coding_sample(sents, n=50)) == 6
    with pytest.raises(ValueError, match="cannot represent"):
        coding.coding_sample(sents, n=1)


# --- names and folders ----------------------------------------------------------------------


def test_file_names_are_safe() -> None:
    assert coding.file_stem("Anna Müller") == "anna-muller"
    assert coding.file_stem("../../etc/passwd") == "etc-passwd"
    assert coding.file_stem("Анна") == "coder"
    assert coding.clean_name("  Anna   Müller ") == "Anna Müller"


def test_the_corpus_is_never_a_coding_folder(tmp_path: Path, small: pd.DataFrame) -> None:
    for folder in (DATA_DIR / "raw", DATA_DIR / "raw" / "coding", DATA_DIR):
        with pytest.raises(coding.CodingError, match="corpus"):
            coding.coding_exercise(small, folder)
    corpus = tmp_path / "my_corpus"
    corpus.mkdir()
    (corpus / "articles.csv").write_text("article_id,file,outlet\n", encoding="utf-8")
    with pytest.raises(coding.CodingError, match="corpus"):
        coding.coding_folder(corpus / "codes")
    assert coding.coding_folder(tmp_path / "codes") == (tmp_path / "codes").resolve()


# --- the widget -----------------------------------------------------------------------------


def test_a_name_comes_first(tmp_path: Path, small: pd.DataFrame) -> None:
    exercise = started(small, tmp_path, "   ")
    assert "Enter your name first" in exercise.status.value
    assert exercise.panel.layout.display == "none"
    assert not exercise.name.disabled and not list(tmp_path.iterdir())


def test_every_answer_is_saved_at_once(tmp_path: Path, small: pd.DataFrame) -> None:
    exercise = started(small, tmp_path, "Anna Müller")
    assert exercise.panel.layout.display == "" and exercise.name.disabled
    assert small["text"].iloc[0][:20] in exercise.sentence.value
    assert not list(tmp_path.iterdir())  # nothing written before the first answer

    answer(exercise, "conflict")
    path = tmp_path / "anna-muller.csv"
    saved = read(path)
    assert saved.columns.tolist() == coding.coder_file_columns()
    assert saved[["coder", "position", "unit_id"]].values.tolist() == [
        ["Anna Müller", "1", small["unit_id"].iloc[0]]
    ]
    assert saved.loc[0, coding.codes()].tolist() == ["0", "0", "1", "0", "0", "0"]
    assert "Sentence 2 of 5" in exercise.progress.value and ticked(exercise) == set()

    answer(exercise, "morality", "economic")
    assert read(path)["unit_id"].tolist() == small["unit_id"].iloc[:2].tolist()
    assert read(path).loc[1, ["morality", "economic", "none"]].tolist() == ["1", "1", "0"]
    assert not list(tmp_path.glob(".*.tmp"))


def test_next_without_an_answer_is_refused(tmp_path: Path, small: pd.DataFrame) -> None:
    exercise = started(small, tmp_path, "Bo")
    answer(exercise, "none")
    before = (tmp_path / "bo.csv").read_bytes()
    exercise.next.click()
    assert "Tick at least one" in exercise.status.value
    assert exercise.position == 1 and (tmp_path / "bo.csv").read_bytes() == before


def test_none_excludes_the_frames(tmp_path: Path, small: pd.DataFrame) -> None:
    exercise = started(small, tmp_path, "Bo")
    exercise.boxes["conflict"].value = exercise.boxes["morality"].value = True
    exercise.boxes["none"].value = True
    assert ticked(exercise) == {"none"}
    exercise.boxes["economic"].value = True
    assert ticked(exercise) == {"economic"}


def test_previous_shows_and_changes_earlier_answers(tmp_path: Path, small: pd.DataFrame) -> None:
    exercise = started(small, tmp_path, "Bo")
    assert exercise.previous.disabled
    answer(exercise, "conflict")
    exercise.previous.click()
    assert exercise.position == 0 and ticked(exercise) == {"conflict"}
    exercise.boxes["human_interest"].value = True
    exercise.next.click()
    saved = read(tmp_path / "bo.csv")
    assert len(saved) == 1 and saved.loc[0, ["human_interest", "conflict"]].tolist() == ["1", "1"]
    # Previous also keeps a new answer to the current sentence.
    exercise.boxes["responsibility"].value = True
    exercise.previous.click()
    assert read(tmp_path / "bo.csv")["responsibility"].tolist() == ["0", "1"]


def test_an_interrupted_session_resumes(tmp_path: Path, small: pd.DataFrame) -> None:
    first = started(small, tmp_path, "Anna Müller")
    answer(first, "conflict")
    answer(first, "none")
    del first  # the kernel died
    again = started(small, tmp_path, "Anna Müller")
    assert "Welcome back" in again.status.value
    assert again.position == 2 and "Sentence 3 of 5" in again.progress.value
    again.previous.click()
    assert ticked(again) == {"none"}
    again.previous.click()
    assert ticked(again) == {"conflict"}
    assert list(tmp_path.glob("*.csv")) == [tmp_path / "anna-muller.csv"]


def test_the_last_answer_finishes(tmp_path: Path, small: pd.DataFrame) -> None:
    exercise = started(small, tmp_path, "Bo")
    for _ in range(5):
        answer(exercise, "none")
    assert "Done: 5 of 5" in exercise.status.value and exercise.position == 4
    assert len(read(tmp_path / "bo.csv")) == 5
    assert started(small, tmp_path, "Bo").position == 4  # all coded: opens at the last


def test_two_coders_never_share_a_file(tmp_path: Path, small: pd.DataFrame) -> None:
    anna = started(small, tmp_path, "Anna Müller")
    other = started(small, tmp_path, "anna muller")  # same file name once sanitised
    answer(anna, "conflict")
    answer(other, "morality")
    answer(other, "none")
    first, second = read(tmp_path / "anna-muller.csv"), read(tmp_path / "anna-muller-2.csv")
    assert first["coder"].tolist() == ["Anna Müller"] and first["conflict"].tolist() == ["1"]
    assert second["coder"].tolist() == ["anna muller"] * 2
    assert second["morality"].tolist() == ["1", "0"]
    assert started(small, tmp_path, "anna muller").position == 2


def test_a_file_name_taken_meanwhile_is_not_overwritten(
    tmp_path: Path, small: pd.DataFrame
) -> None:
    late = coding.CoderFile(tmp_path, "Anna", small)  # resolves anna.csv, writes nothing yet
    early = coding.CoderFile(tmp_path, "anna!", small)
    early.save(small["unit_id"].iloc[0], {"none"})
    late.save(small["unit_id"].iloc[0], {"conflict"})
    assert read(tmp_path / "anna.csv")["coder"].tolist() == ["anna!"]
    assert late.path.name == "anna-2.csv" and read(late.path)["coder"].tolist() == ["Anna"]


def test_two_sessions_of_one_coder_keep_both_answers(tmp_path: Path, small: pd.DataFrame) -> None:
    one, two = (coding.CoderFile(tmp_path, "Bo", small) for _ in range(2))
    one.save(small["unit_id"].iloc[0], {"conflict"})
    two.save(small["unit_id"].iloc[1], {"none"})
    assert read(tmp_path / "bo.csv")["unit_id"].tolist() == small["unit_id"].iloc[:2].tolist()


def test_a_failed_write_keeps_the_old_file(
    tmp_path: Path, small: pd.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    exercise = started(small, tmp_path, "Bo")
    answer(exercise, "conflict")
    before = (tmp_path / "bo.csv").read_bytes()

    def interrupted(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(coding.os, "replace", interrupted)
    answer(exercise, "morality")
    assert "NOT saved: disk full" in exercise.status.value and exercise.position == 1
    assert (tmp_path / "bo.csv").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["bo.csv"]  # no temporary file left
    monkeypatch.undo()
    exercise.next.click()  # the answer is still ticked: saving again works
    assert read(tmp_path / "bo.csv")["morality"].tolist() == ["0", "1"]


def test_a_file_from_another_sample_is_refused(
    tmp_path: Path, small: pd.DataFrame, sentences: pd.DataFrame
) -> None:
    answer(started(small, tmp_path, "Bo"), "conflict")
    before = (tmp_path / "bo.csv").read_bytes()
    other = coding.coding_sample(sentences, n=5, seed=7)
    exercise = started(other, tmp_path, "Bo")
    assert "different sample" in exercise.status.value
    assert exercise.panel.layout.display == "none"
    assert (tmp_path / "bo.csv").read_bytes() == before


def test_the_stored_repr_is_stable(small: pd.DataFrame) -> None:
    exercise = coding.coding_exercise(small, "coding")
    assert (
        exercise._repr_mimebundle_()["text/plain"] == "CodingExercise(5 sentences, folder='coding')"
    )


# --- collecting and the dictionary ----------------------------------------------------------


def test_read_codes_collects_a_folder(tmp_path: Path, small: pd.DataFrame) -> None:
    anna = started(small, tmp_path, "Anna")
    answer(anna, "conflict", "morality")
    answer(anna, "none")
    answer(started(small, tmp_path, "Bo"), "conflict")
    codes = coding.read_codes(tmp_path)
    assert codes.columns.tolist() == coding.CODES_COLUMNS
    assert len(codes) == (2 + 1) * 6
    first = codes[(codes["coder"] == "Anna") & (codes["position"] == 1)]
    assert first.loc[first["present"], "frame"].tolist() == ["conflict", "morality"]
    assert codes["present"].dtype == bool and codes["sentence_id"].dtype.kind == "i"
    summary = coding.coder_summary(codes).set_index("coder")
    assert summary.loc["Anna", ["n_sentences", "n_with_frame", "n_frames"]].tolist() == [2, 1, 2]
    assert coding.read_codes(tmp_path / "missing").empty


def test_read_codes_tells_apart_files_with_the_same_name(
    tmp_path: Path, small: pd.DataFrame
) -> None:
    answer(started(small, tmp_path, "Bo"), "conflict")
    (tmp_path / "bo-laptop.csv").write_bytes((tmp_path / "bo.csv").read_bytes())
    coders = set(coding.read_codes(tmp_path)["coder"])
    assert coders == {"Bo [bo.csv]", "Bo [bo-laptop.csv]"}


def test_a_foreign_csv_is_reported(tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(coding.CodingError, match="notes.csv: not a coder file"):
        coding.read_codes(tmp_path)


def test_dictionary_codes_on_the_corpus(sample: pd.DataFrame, sentences: pd.DataFrame) -> None:
    codes = coding.dictionary_codes(score_frames(sentences), sample)
    assert codes.columns.tolist() == coding.CODES_COLUMNS
    assert len(codes) == 30 * 6 and set(codes["coder"]) == {coding.DICTIONARY}
    present = codes[codes["present"]].groupby("unit_id")["frame"].apply(list)
    # 001, last paragraph: "As tensions rise, both Russia and Western nations are navigating..."
    assert present["001:19"] == ["conflict"]
    # 000, paragraph 4: "Ukraine's President Volodymyr Zelensky welcomed European support..."
    assert present["000:8"] == ["none"]
    assert (present.map(len) >= 1).all()


def test_dictionary_codes_with_a_hit_threshold() -> None:
    sample = pd.DataFrame(
        {"position": [1, 2], "unit_id": ["a:1", "a:2"], "article_id": "a", "sentence_id": [1, 2]}
    )
    scores = pd.DataFrame(
        {
            "article_id": "a",
            "sentence_id": [1, 1, 2, 2],
            "frame": ["conflict", "economic"] * 2,
            "present": [True, True, False, True],
            "n_hits": [2, 1, 0, 1],
        }
    )
    strict = coding.dictionary_codes(scores, sample, min_hits=2)
    assert strict["coder"].iloc[0] == "dictionary method (at least 2 hits)"
    assert strict.loc[strict["present"], ["unit_id", "frame"]].values.tolist() == [
        ["a:1", "conflict"],
        ["a:2", "none"],
    ]


def test_saved_codes_read_back_the_same(
    tmp_path: Path, sample: pd.DataFrame, sentences: pd.DataFrame
) -> None:
    codes = coding.dictionary_codes(score_frames(sentences), sample)
    paths = coding.save_codes(codes, sample, tmp_path)
    assert [p.name for p in paths] == ["dictionary-method.csv"]
    back = coding.read_codes(tmp_path)
    pd.testing.assert_frame_equal(back.drop(columns="file"), codes.drop(columns="file"))
