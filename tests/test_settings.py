"""A study settings folder: own actors, cues, rules and lists, bundled ones where it has none."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools import CorpusError, claims, frames, lexicon
from corpus_tools.settings import SETTINGS_ENV, settings

ARTICLE = "Mayor Jane Okafor said the bridge would “reopen in spring”.\n"


@pytest.fixture
def article(make_corpus) -> pd.DataFrame:
    return ct.load_articles(make_corpus({"m1": ARTICLE}))


def write_actors(folder: Path, aliases: str, actor: str = "Jane Okafor") -> None:
    folder.mkdir(exist_ok=True)
    pd.DataFrame({"actor": [actor], "type": ["person"], "aliases": [aliases], "note": [""]}).to_csv(
        folder / "actors.csv", index=False
    )


def known(found: pd.DataFrame) -> list[tuple[str, bool]]:
    return list(zip(found["speaker"], found["speaker_known"], strict=True))


def test_own_actors_name_the_speaker(article: pd.DataFrame, tmp_path: Path) -> None:
    # The bundled actors do not know her: found by her name, but not a known actor.
    assert known(ct.quotes(article)) == [("Jane Okafor", False)]
    write_actors(tmp_path / "study", "Jane Okafor|Okafor")
    assert known(ct.quotes(article, study=tmp_path / "study")) == [("Jane Okafor", True)]


def test_an_edited_file_counts_at_the_next_call(
    article: pd.DataFrame, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    study = tmp_path / "study"
    write_actors(study, "Mayor Smith", actor="John Smith")
    monkeypatch.setenv(SETTINGS_ENV, str(study))
    assert known(ct.quotes(article)) == [("Jane Okafor", False)]
    write_actors(study, "Jane Okafor")
    assert known(ct.quotes(article)) == [("Jane Okafor", True)]


def test_missing_files_fall_back_to_the_bundled_ones(tmp_path: Path) -> None:
    write_actors(tmp_path, "Jane Okafor")
    study = settings(tmp_path)
    sources = study.sources().set_index("setting")["own"]
    assert sources.to_dict() == {
        "actors": True,
        "quote_cues": False,
        "cleaning_rules": False,
        "loaded_terms": False,
        "frames": False,
        "claims": False,
    }
    assert lexicon.loaded_terms(study).equals(lexicon.loaded_terms())
    assert frames.frame_indicators(study).equals(frames.frame_indicators())
    assert claims.claims(study).equals(claims.claims())


def test_own_cleaning_rules(make_corpus, tmp_path: Path) -> None:
    folder = make_corpus({"n1": "The council met.\nSubscribe to our newsletter\n"})
    (tmp_path / "study").mkdir()
    assert ct.load_articles(folder)["text"].tolist() == [
        "The council met.\nSubscribe to our newsletter"
    ]
    pd.DataFrame(
        {
            "rule": ["newsletter"],
            "action": ["cut_from"],
            "pattern": ["^Subscribe to our newsletter$"],
            "description": ["sign-up box"],
        }
    ).to_csv(tmp_path / "study" / "cleaning_rules.csv", index=False)
    loaded = ct.load_articles(folder, study=tmp_path / "study")
    assert loaded["text"].tolist() == ["The council met."]
    assert ct.cleaning_log(loaded, tmp_path / "study")["rule"].tolist() == ["newsletter"]


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda p: p / "nowhere", "settings folder not found"),
        (lambda p: (p / "actor.csv").write_text("x\n") and p, "not a settings file"),
    ],
)
def test_bad_settings_folder(tmp_path: Path, make, expected: str) -> None:
    with pytest.raises(CorpusError, match=expected):
        settings(make(tmp_path))


def test_own_cues_without_a_column_name_the_file(article: pd.DataFrame, tmp_path: Path) -> None:
    study = tmp_path / "study"
    study.mkdir()
    pd.DataFrame({"cue": ["said"], "continues_previous": ["false"]}).to_csv(
        study / "quote_cues.csv", index=False
    )
    with pytest.raises(ValueError, match=r"study/quote_cues\.csv lacks column\(s\) noun"):
        ct.quotes(article, study=study)
