"""Validation before results: the frame dictionary and the lexicons against the team's gold."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools import coding, gold, sentiment
from corpus_tools.frames import score_frames


def test_frame_validation_by_hand() -> None:
    # Six sentences, one frame: method yes/yes/no/no/no/yes, gold yes/no/yes/no/yes/no:
    # tp 1, fp 2, fn 2: precision 1/3, recall 1/3, F1 = 2/(2+2+2) = 1/3.
    codes = pd.DataFrame(
        {"unit_id": list("abcdef"), "frame": "conflict", "present": [1, 1, 0, 0, 0, 1]}
    ).astype({"present": bool})
    truth = codes.assign(present=[True, False, True, False, True, False])
    row = gold.frame_validation(codes, truth).iloc[0]
    assert (row["tp"], row["fp"], row["fn"], row["n_gold"]) == (1, 2, 2, 3)
    assert row["precision"] == row["recall"] == row["f1"] == pytest.approx(1 / 3)
    assert row["verdict"] == "fails"
    # With two of four units carrying the frame, the gold has too little contrast to judge.
    few = gold.frame_validation(codes.head(4), truth.head(4)).iloc[0]
    assert few["verdict"] == "not measurable"


def test_tone_validation_by_hand() -> None:
    scored = pd.DataFrame(
        {
            "article_id": ["a"] * 4,
            "sentence_id": [1, 2, 3, 4],
            "compound": [-0.5, 0.0, 0.6, 0.3],
            "polarity": [-0.5, 0.0, 0.6, -0.3],
        }
    )
    truth = scored[["article_id", "sentence_id"]].assign(
        tone=["negative", "neutral", "positive", "positive"]
    )
    table = gold.tone_validation(scored, truth).set_index("lexicon")
    assert table.loc["VADER", ["accuracy", "macro_f1"]].tolist() == [1.0, 1.0]
    assert table.loc["VADER", "verdict"] == "passes"
    # TextBlob calls sentence 4 negative: accuracy 3/4; F1 negative 2/3, neutral 1, positive 2/3.
    assert table.loc["TextBlob", "accuracy"] == 0.75
    assert table.loc["TextBlob", "macro_f1"] == pytest.approx((2 / 3 + 1 + 2 / 3) / 3)


def test_gold_covers_the_sample_and_every_sentence(sentences) -> None:
    frames = gold.frame_gold(sentences)
    assert len(frames) == coding.DEFAULT_SIZE * 6  # five frames and "none"
    assert frames["unit_id"].nunique() == coding.DEFAULT_SIZE
    # Four sentences carry no frame: "And that is a fact, ...", two with "ready to meet" and
    # "open dialogue", and 004's list of Putin's meetings.
    assert frames.query("frame == 'none' and present")["unit_id"].tolist() == [
        "002:20",
        "004:13",
        "001:14",
        "003:15",
    ]
    assert len(gold.tone_gold(sentences)) == len(sentences)


def test_the_dictionary_and_both_lexicons_fail_their_validation(sentences) -> None:
    sample = coding.coding_sample(sentences, n=coding.DEFAULT_SIZE, seed=coding.SEED)
    codes = coding.dictionary_codes(score_frames(sentences), sample)
    frames = gold.frame_validation(codes, gold.frame_gold(sentences)).set_index("frame")
    assert frames.loc["responsibility", ["tp", "fp", "fn"]].tolist() == [4, 0, 12]
    assert (frames["verdict"] != "passes").all()
    assert math.isnan(frames.loc["morality", "f1"])  # the gold has no morality sentence
    scored = sentences.pipe(sentiment.score_sentences).pipe(sentiment.score_textblob)
    tone = gold.tone_validation(scored, gold.tone_gold(sentences)).set_index("lexicon")
    assert (tone["verdict"] == "fails").all()
    assert tone.loc["VADER", "macro_f1"] > tone.loc["TextBlob", "macro_f1"]


def test_gold_is_empty_for_another_corpus(make_corpus) -> None:
    other = ct.sentences(ct.load_articles(make_corpus({"000": "A different first sentence."})))
    assert gold.frame_gold(other).empty and gold.tone_gold(other).empty
