"""Sentence sentiment (VADER, TextBlob), voice segments, aggregates and the lexicon audit."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer as ReferenceVader

import corpus_tools as ct
from corpus_tools import sentiment
from corpus_tools.resources import read_table
from corpus_tools.voice import NARRATOR, REPORTED, SEGMENT_COLUMNS, voice_segments


@pytest.fixture(scope="module")
def scored(sentences: pd.DataFrame) -> pd.DataFrame:
    """The bundled corpus's sentences scored by both lexicons."""
    return sentences.pipe(sentiment.score_sentences).pipe(sentiment.score_textblob)


@pytest.fixture(scope="module")
def segments(tokens: pd.DataFrame) -> pd.DataFrame:
    """The bundled corpus's voice segments, scored by VADER."""
    return voice_segments(tokens).pipe(sentiment.score_sentences)


@pytest.fixture(scope="module")
def audit() -> pd.DataFrame:
    """The audit of the bundled loaded-terms dictionary."""
    return sentiment.lexicon_audit(read_table("lexicons", "loaded_terms.csv"))


def row(frame: pd.DataFrame, article_id: str, sentence_id: int) -> pd.DataFrame:
    return frame[(frame["article_id"] == article_id) & (frame["sentence_id"] == sentence_id)]


def texts(text: str | list[str]) -> pd.DataFrame:
    return pd.DataFrame({"text": [text] if isinstance(text, str) else text})


# --- VADER: offline, and against the reference implementation -----------------------------


def test_vader_runs_offline_on_the_packaged_lexicon() -> None:
    assert len(sentiment.vader().lexicon) == 7506
    assert sentiment.vader() is sentiment.vader()  # cached


def test_score_sentences_keeps_rows_and_adds_vader_columns() -> None:
    frame = pd.DataFrame({"key": ["a", "b"], "text": ["an illegal invasion", "a lovely day"]})
    frame.index = [10, 20]
    out = sentiment.score_sentences(frame)
    assert list(out.columns) == ["key", "text", *sentiment.VADER_COLUMNS]
    assert list(out.index) == [10, 20] and list(out["key"]) == ["a", "b"]
    assert out["compound"].iloc[0] < 0 < out["compound"].iloc[1]


def test_illegal_invasion_scores_only_through_illegal() -> None:
    # OFFLINE-NLP.md: -0.5574, all of it from "illegal"; "invasion" is not in the lexicon.
    out = sentiment.score_sentences(texts(["illegal invasion", "illegal", "invasion"]))
    assert out["compound"].tolist() == [-0.5574, -0.5574, 0.0]


def test_dictator_and_president_score_the_same() -> None:
    out = sentiment.score_sentences(texts(["the Russian dictator", "the Russian president"]))
    assert out["compound"].tolist() == [0.0, 0.0]


def test_quotation_marks_no_longer_hide_a_word() -> None:
    # Unprepared, VADER misses a word touching a curly mark.
    text = 'He called it “great”, then "terrible," he said.'
    assert ReferenceVader().polarity_scores("He called it “great”.")["compound"] == 0.0
    out = sentiment.score_sentences(texts([text, "He called it great, then terrible, he said."]))
    assert out["compound"].iloc[0] == out["compound"].iloc[1] != 0.0
    assert sentiment.without_quotation_marks("‘x’ “y” Moscow’s troops’ don't") == (
        "x y Moscow’s troops don't"
    )


def test_scores_are_the_reference_implementations() -> None:
    # Rules NLTK's port lacks: "no" negates the words after it, "major" boosts, and more than
    # one punctuation mark is stripped from a word ("terrible.)" still counts).
    frame = texts(["no immediate prospect", "major attacks", "attacks", "it was terrible.)"])
    out = sentiment.score_sentences(frame)
    expected = [ReferenceVader().polarity_scores(t)["compound"] for t in frame["text"]]
    assert out["compound"].tolist() == expected
    assert out["compound"].iloc[1] < out["compound"].iloc[2] < 0 and out["compound"].iloc[3] < 0
    assert isinstance(sentiment.vader(), ReferenceVader)


def test_straight_quoted_destruction_counts_in_001(scored) -> None:
    # 001 #6: '..."legitimate targets for their destruction," he stated, ...' (raw file, line 2).
    s = row(scored, "001", 6).iloc[0]
    assert s["text"].startswith('"If any troops appear there')
    assert s["compound"] == -0.8591


def test_illegal_invasion_sentence_of_003(scored) -> None:
    # 003 #8: "The Kremlin has often claimed its illegal invasion of Ukraine had been provoked..."
    s = sentiment.lexicon_words(row(scored, "003", 8)).iloc[0]
    assert "illegal invasion" in s["text"]
    assert s["compound"] == -0.6249
    assert s["vader_words"] == "illegal -2.6; provoked -1.1; warming +0.6"


def test_the_dictator_sentence_of_003_is_scored_without_dictator(scored) -> None:
    # 003 #4: "..., the Russian dictator gave the strongest sign yet that ..."
    s = sentiment.lexicon_words(row(scored, "003", 4)).iloc[0]
    assert "the Russian dictator" in s["text"]
    assert "dictator" not in s["vader_words"]
    assert s["vader_words"] == "strongest +1.9; drag -0.9; conflict -1.3"


def test_the_nazi_sentence_of_003_is_neutral_to_vader(scored) -> None:
    # 003 #13: '... and labelled a “Nazi”, despite ...': no word of it is in VADER.
    s = sentiment.lexicon_words(row(scored, "003", 13)).iloc[0]
    assert "“Nazi”" in s["text"]
    assert s["compound"] == 0.0 and s["vader_words"] == ""


# --- TextBlob and the agreement of the two lexicons ---------------------------------------


def test_textblob_scores_offline() -> None:
    out = sentiment.score_textblob(texts(["a horrible and illegal invasion", "the troops"]))
    assert out["polarity"].iloc[0] == pytest.approx(-0.75)
    assert out["polarity"].iloc[1] == 0.0
    assert out["subjectivity"].between(0, 1).all()


def test_sign_uses_the_neutral_band() -> None:
    signs = sentiment.sign(pd.Series([-0.05, -0.0499, 0.0, 0.0499, 0.05]))
    assert signs.tolist() == ["negative", "neutral", "neutral", "neutral", "positive"]


def test_lexicon_agreement_by_hand() -> None:
    frame = pd.DataFrame({"compound": [0.5, -0.5, 0.0, 0.3], "polarity": [0.2, 0.4, 0.0, -0.01]})
    got = sentiment.lexicon_agreement(frame).iloc[0]
    # Ranks (1, 4, 2, 3)... d^2 = 1 + 9 + 0 + 4 = 14; rho = 1 - 6 * 14 / (4 * 15) = -0.4.
    assert got["spearman_rho"] == pytest.approx(-0.4)
    assert (got["n"], got["n_same_sign"], got["n_opposite_sign"], got["n_one_neutral"]) == (
        4,
        2,
        1,
        1,
    )
    assert got["same_sign_low"] < 0.5 < got["same_sign_high"]


def test_lexicon_agreement_without_variation_has_no_rho() -> None:
    frame = pd.DataFrame({"compound": [0.0, 0.0, 0.0], "polarity": [0.1, 0.2, 0.3]})
    assert math.isnan(sentiment.lexicon_agreement(frame)["spearman_rho"].iloc[0])


def test_sign_table_counts_every_sentence(scored) -> None:
    table = sentiment.sign_table(scored)
    assert table.shape == (3, 3) and table.to_numpy().sum() == len(scored) == 90
    agreement = sentiment.lexicon_agreement(scored).iloc[0]
    assert agreement["n_same_sign"] == sum(table.loc[s, s] for s in sentiment.SIGNS)


def test_disagreements_are_the_largest_gaps() -> None:
    frame = pd.DataFrame(
        {"text": ["a", "b", "c"], "compound": [0.9, 0.0, -0.2], "polarity": [-0.5, 0.1, -0.2]}
    )
    top = sentiment.disagreements(frame, n=2)
    assert top["text"].tolist() == ["a", "b"]
    assert top["gap"].tolist() == pytest.approx([1.4, 0.1])
    assert top["vader_sign"].tolist() == ["positive", "neutral"]


# --- Voice segments -----------------------------------------------------------------------


def test_voice_segments_of_a_constructed_sentence() -> None:
    articles = pd.DataFrame(
        {
            "article_id": ["x"],
            "outlet_label": ["Test"],
            "text": ['Putin said forces would be "legitimate targets" by Moscow.'],
        }
    )
    segs = voice_segments(ct.tokens(articles))
    assert list(segs.columns) == SEGMENT_COLUMNS
    assert segs[["voice", "voice_kind", "n_words", "text"]].values.tolist() == [
        [NARRATOR, "narrator", 2, "Putin said."],
        [REPORTED, "reported", 5, "forces would be by Moscow"],
        ["Vladimir Putin", "quoted", 2, "legitimate targets"],
    ]


def test_voice_segments_split_the_first_sentence_of_000(segments) -> None:
    # 000, first line: '... would immediately be treated as “legitimate targets” by Moscow’s
    # military.'
    first = row(segments, "000", 1)
    assert first["voice"].tolist() == [NARRATOR, REPORTED, "Vladimir Putin"]
    assert first["text"].iloc[0].endswith("a stark warning, saying that.")
    assert first["text"].iloc[1].endswith("treated as by Moscow’s military")
    assert first["text"].iloc[2] == "legitimate targets"
    assert first["n_words"].tolist() == [11, 17, 2]


def test_voice_segments_keep_punctuation_after_a_cut(segments) -> None:
    # 003 #13: '... and labelled a “Nazi”, despite the Ukrainian president’s Jewish heritage.'
    # The reported clause ("seemed to confirm that he was unlikely ...") ends before "and
    # labelled", a second verb of the narrator's sentence.
    nazi = row(segments, "003", 13)
    assert nazi["voice"].tolist() == [NARRATOR, REPORTED, "Vladimir Putin"]
    assert (
        nazi["text"]
        .iloc[0]
        .endswith("and labelled a, despite the Ukrainian president’s Jewish heritage.")
    )
    assert nazi["text"].iloc[2] == "Nazi"


def test_voice_segments_of_a_straight_quoted_sentence(segments) -> None:
    # 001 #12: '"It is impossible ... the security of another," Peskov told reporters ...'
    peskov = row(segments, "001", 12)
    assert peskov["voice"].tolist() == ["Dmitry Peskov", NARRATOR]
    assert peskov["text"].iloc[1].startswith("Peskov told reporters in Vladivostok, emphasizing")


def test_a_sentence_all_in_quotes_has_no_narrator_segment(segments) -> None:
    # 002 #20: '“And that is a fact, but it is still a little too early to talk about it.”'
    assert row(segments, "002", 20)["voice"].tolist() == ["Volodymyr Zelensky"]


def test_voice_segments_keep_every_word(segments, articles) -> None:
    words = segments.groupby("article_id")["n_words"].sum()
    assert words.to_dict() == dict(zip(articles["article_id"], articles["n_words"], strict=True))


def test_004_quotes_nobody(segments) -> None:
    assert set(segments.loc[segments["article_id"] == "004", "voice"]) == {NARRATOR, REPORTED}


# --- Aggregates ---------------------------------------------------------------------------


def test_mean_sentiment_by_hand() -> None:
    frame = pd.DataFrame(
        {
            "g": ["a"] * 5 + ["b"],
            "n_words": [3, 4, 5, 6, 7, 5],
            "compound": [0.2, 0.4, 0.2, 0.4, 0.3, -0.6],
        }
    )
    got = sentiment.mean_sentiment(frame, ["g"]).set_index("g")
    assert got.loc["a", "mean"] == pytest.approx(0.3)
    assert 0.2 <= got.loc["a", "low"] <= got.loc["a", "high"] <= 0.4
    assert (got.loc["a", "n_scored"], got.loc["a", "n_words"], got.loc["a", "n_positive"]) == (
        5,
        25,
        5,
    )
    # One row (fewer than five): the value, no interval.
    assert math.isnan(got.loc["b", "low"]) and got.loc["b", "n_negative"] == 1


def test_mean_sentiment_is_reproducible(segments) -> None:
    first = sentiment.mean_sentiment(segments, ["outlet_label", "voice"])
    pd.testing.assert_frame_equal(
        first, sentiment.mean_sentiment(segments, ["outlet_label", "voice"])
    )


def test_mean_sentiment_by_voice_counts_every_segment(segments) -> None:
    by_voice = sentiment.mean_sentiment(segments, ["article_id", "outlet_label", "voice"])
    assert by_voice["n_scored"].sum() == len(segments)
    putin_003 = by_voice[
        (by_voice["article_id"] == "003") & (by_voice["voice"] == "Vladimir Putin")
    ]
    # 003 quotes Putin in sentences 5, 6, 9, 13, 14, 15 and 16.
    assert putin_003["n_scored"].item() == 7


# --- Lexicon audit ------------------------------------------------------------------------


def test_framing_words_are_absent_from_vader(audit) -> None:
    words = audit.drop_duplicates("word").set_index("word")
    for word in ["legitimate", "dictator", "invasion", "regime"]:
        assert words.loc[word, "vader"] == sentiment.ABSENT


def test_illegal_invasion_in_the_audit(audit) -> None:
    rows = audit[audit["term"] == "illegal invasion"].set_index("word")
    assert rows.loc["illegal", "vader"] == -2.6 and rows.loc["illegal", "textblob"] == -0.5
    assert rows.loc["invasion", "vader"] == rows.loc["invasion", "textblob"] == sentiment.ABSENT
    assert rows["phrase_vader"].unique().tolist() == [-0.5574]


def test_legitimate_targets_is_blind_to_both_lexicons(audit) -> None:
    summary = sentiment.audit_summary(audit).set_index("term")
    assert summary.loc["legitimate target*", "blind"]
    assert summary.loc["legitimate target*", "phrase_vader"] == 0.0
    assert not summary.loc["illegal invasion", "blind"]


def test_audit_of_constructed_terms() -> None:
    terms = pd.DataFrame({"term": ["dictator", "peacekeep*", "zzqx*"]})
    got = sentiment.lexicon_audit(terms)
    assert got["category"].eq("").all()
    keep = got[got["term"] == "peacekeep*"]
    # VADER's entries for the stem; TextBlob (adjectives only) has none of them.
    assert keep["word"].tolist() == ["peacekeeper", "peacekeepers", "peacekeeping", "peacekeepings"]
    assert keep["textblob"].eq(sentiment.ABSENT).all()
    assert keep["vader"].ne(sentiment.ABSENT).all()
    nothing = got[got["term"] == "zzqx*"]
    assert nothing[["word", "vader", "textblob"]].values.tolist() == [
        ["zzqx*", sentiment.ABSENT, sentiment.ABSENT]
    ]
    summary = sentiment.audit_summary(got).set_index("term")
    assert summary["blind"].to_dict() == {"dictator": True, "peacekeep*": False, "zzqx*": True}
    assert summary.loc["peacekeep*", "n_in_vader"] == 4
