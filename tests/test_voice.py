"""Whose voice each token is, and the share of quoted speech per article."""

from __future__ import annotations

import pandas as pd
import pytest

from corpus_tools.voice import NARRATOR, REPORTED, quoted_summary, voice_shares


def token_rows(tokens: pd.DataFrame, article_id: str, lower: str) -> pd.DataFrame:
    return tokens[(tokens["article_id"] == article_id) & (tokens["lower"] == lower)]


def test_dictator_is_the_narrators_word_in_003(tokens) -> None:
    rows = token_rows(tokens, "003", "dictator")
    assert len(rows) == 1
    assert not rows["in_quote"].iloc[0] and rows["voice"].iloc[0] == NARRATOR
    assert rows["speaker"].iloc[0] == ""


def test_legitimate_is_reported_then_quoted_in_001_and_reported_in_004(tokens) -> None:
    in_001 = token_rows(tokens, "001", "legitimate")
    # Paragraph 1 paraphrases ("He emphasized that ... would be considered legitimate
    # targets"); paragraph 2 quotes. 004 only paraphrases ("stating that any foreign troops
    # would be considered legitimate targets").
    assert in_001["voice_kind"].tolist() == ["reported", "quoted"]
    assert in_001["speaker"].tolist() == ["Vladimir Putin", "Vladimir Putin"]
    in_004 = token_rows(tokens, "004", "legitimate")
    assert in_004[["voice_kind", "speaker"]].values.tolist() == [["reported", "Vladimir Putin"]]


def test_quotation_marks_themselves_are_narration(tokens) -> None:
    marks = tokens[tokens["lower"] == '"']
    assert not marks["in_quote"].any()


def test_voice_shares(tokens) -> None:
    shares = voice_shares(tokens)
    assert shares.groupby("article_id")["share"].sum().round(12).eq(1.0).all()
    in_004 = shares[shares["article_id"] == "004"]
    assert in_004["voice"].tolist() == [NARRATOR, REPORTED]


def test_quoted_summary(tokens) -> None:
    summary = quoted_summary(voice_shares(tokens)).set_index("article_id")
    assert summary.loc["004", "n_quoted"] == 0 and summary.loc["004", "top_speaker"] == ""
    assert summary.loc["003", "top_speaker"] == "Vladimir Putin"
    # 001's three quotations, words counted by hand: Putin 23 + 20, Peskov 19.
    assert summary.loc["001", "n_quoted"] == 62
    assert summary.loc["001", "top_speaker_words"] == 43
    row = summary.loc["001"]
    assert row["quoted_share"] == pytest.approx(62 / row["n_words"])
