"""Generic frames: the indicator table, facts of the real corpus read by hand, and small cases."""

from __future__ import annotations

import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools.frames import (
    article_frames,
    dominant_frames,
    frame_indicators,
    frame_matches,
    frame_words,
    indicator_dependence,
    lead_frames,
    match_indicators,
    outlet_frames,
    question_overview,
    score_frames,
)
from corpus_tools.matching import parse_term
from corpus_tools.stats import wilson_interval

FRAMES = ["responsibility", "human_interest", "conflict", "morality", "economic"]


@pytest.fixture(scope="module")
def scores(sentences: pd.DataFrame) -> pd.DataFrame:
    return score_frames(sentences)


@pytest.fixture(scope="module")
def matches(sentences: pd.DataFrame) -> pd.DataFrame:
    return frame_matches(sentences)


@pytest.fixture(scope="module")
def by_article(scores: pd.DataFrame) -> pd.DataFrame:
    return article_frames(scores)


def sentence(scores: pd.DataFrame, article_id: str, sentence_id: int) -> pd.DataFrame:
    """The five rows of one sentence, indexed by frame."""
    rows = scores[(scores["article_id"] == article_id) & (scores["sentence_id"] == sentence_id)]
    return rows.set_index("frame")


def constructed(*texts: str, outlet: str = "X") -> pd.DataFrame:
    """Sentences of small articles a, b, ... (one paragraph per line) of one outlet."""
    ids = [chr(ord("a") + i) for i in range(len(texts))]
    articles = pd.DataFrame({"article_id": ids, "outlet_label": outlet, "text": list(texts)})
    return ct.sentences(articles)


# --- the indicator table -----------------------------------------------------------------


def test_the_table_has_semetko_and_valkenburgs_twenty_questions() -> None:
    questions = question_overview()
    per_frame = questions.groupby("frame", sort=False)["question_id"].apply(list)
    assert per_frame.to_dict() == {
        "responsibility": ["R1", "R2", "R3", "R4", "R5"],
        "human_interest": ["H1", "H2", "H3", "H4", "H5"],
        "conflict": ["C1", "C2", "C3", "C4"],
        "morality": ["M1", "M2", "M3"],
        "economic": ["E1", "E2", "E3"],
    }
    assert questions.set_index("question_id").loc["C2", "question"] == (
        "Does one party-individual-group-country reproach another?"
    )
    # Visual information (H5) is the one question a text cannot answer.
    assert questions.loc[questions["n_indicators"] == 0, "question_id"].tolist() == ["H5"]


def test_every_indicator_parses_and_states_origin_and_licence() -> None:
    table = frame_indicators()
    assert list(table.columns) == [
        "frame",
        "question_id",
        "question",
        "indicator",
        "note",
        "source",
    ]
    usable = table[table["indicator"] != ""]
    assert not usable["indicator"].duplicated().any()
    assert all(parse_term(term) for term in usable["indicator"])
    assert table["note"].str.len().gt(0).all()
    assert table["source"].str.contains("Semetko & Valkenburg (2000)", regex=False).all()
    assert table["source"].str.endswith("CC0").all()


# --- the real corpus, read by hand -------------------------------------------------------


def test_every_sentence_has_one_row_per_frame(
    scores: pd.DataFrame, sentences: pd.DataFrame
) -> None:
    assert len(scores) == 5 * len(sentences)
    assert (
        scores.groupby(["article_id", "sentence_id"])["frame"].apply(list).map(FRAMES.__eq__).all()
    )
    assert (scores["present"] == (scores["n_hits"] > 0)).all()


def test_putins_stark_warning_opens_000_with_conflict(scores: pd.DataFrame) -> None:
    # 000, sentence 1: "Putin has issued a stark warning, saying that any Western or NATO ..."
    rows = sentence(scores, "000", 1)
    assert rows.loc["conflict", "indicators"] == "warning"
    assert rows["present"].sum() == 1


def test_an_accusation_is_a_reproach(scores: pd.DataFrame, matches: pd.DataFrame) -> None:
    # 004, sentence 16: "Western leaders accuse Putin of playing for time to seize more ..."
    assert sentence(scores, "004", 16).loc["conflict", "indicators"] == "accuse"
    hit = matches[(matches["article_id"] == "004") & (matches["sentence_id"] == 16)]
    assert hit[["text", "question_id", "indicator"]].values.tolist() == [["accuse", "C2", "accus*"]]


def test_the_stalemate_sentence_carries_conflict_and_responsibility(scores: pd.DataFrame) -> None:
    # 004, sentence 17: "This stalemate highlights the challenges in reaching a diplomatic
    # resolution, with both sides entrenched in their positions."
    rows = sentence(scores, "004", 17)
    assert rows.loc["conflict", "indicators"] == "stalemate, both sides"
    assert rows.loc["responsibility", "indicators"] == "resolution"
    assert rows["n_hits"].sum() == 3


def test_the_oil_revenue_sentence_is_the_economic_frame(scores: pd.DataFrame) -> None:
    # 000, sentence 11: "... reliance on Russian oil which generated over €1.1 billion in
    # sales for Moscow in just one year and to increase economic pressure on China ..."
    rows = sentence(scores, "000", 11)
    assert rows.loc["economic", "indicators"] == "oil, billion, sales, economic pressure"
    assert scores.loc[scores["frame"] == "economic", "present"].sum() == 1


def test_the_eastern_economic_forum_is_a_venue_not_an_economic_frame(
    scores: pd.DataFrame,
) -> None:
    # 001, sentence 4: "Putin's comments were made during a plenary session at the Eastern
    # Economic Forum in Vladivostok." No frame at all.
    assert not sentence(scores, "001", 4)["present"].any()


def test_jewish_heritage_is_the_private_life_of_an_actor_not_religion(
    scores: pd.DataFrame,
) -> None:
    # 003, sentence 13: '... labelled a "Nazi", despite the Ukrainian president's Jewish heritage.'
    rows = sentence(scores, "003", 13)
    assert rows.loc["human_interest", "indicators"] == "heritage"
    assert not rows.loc["morality", "present"]


def test_matches_point_at_the_words_in_the_cleaned_text(
    matches: pd.DataFrame, articles: pd.DataFrame
) -> None:
    texts = articles.set_index("article_id")["text"]
    written = [texts[m.article_id][m.start : m.end] for m in matches.itertuples()]
    assert written == matches["text"].tolist()


def test_lead_frames_of_the_real_articles(by_article: pd.DataFrame) -> None:
    leads = lead_frames(by_article).set_index("article_id")
    # 001's lead reports the threat ("would be considered legitimate targets") without any
    # conflict indicator; its only frame word is the summit's "security guarantees".
    assert leads.loc["001", "lead_indicators"] == "responsibility: guarantees"
    # 002 opens with a "Key Points and Summary" box, whose first item is the lead.
    assert leads.loc["002", "lead_indicators"] == "conflict: threat, warning"
    assert leads.loc["004", "lead_frames"] == "responsibility, conflict"


def test_scare_quoted_security_guarantees_count_as_quoted(tokens: pd.DataFrame) -> None:
    # 002, sentence 8: '... as part of a “security guarantees” deal pose a threat to Russia ...'
    voiced = match_indicators(tokens)
    rows = voiced[(voiced["article_id"] == "002") & (voiced["sentence_id"] == 8)]
    assert rows.set_index("text")["in_quote"].to_dict() == {"guarantees": True, "threat": False}


def test_security_guarantees_supply_most_responsibility_evidence(matches: pd.DataFrame) -> None:
    top = indicator_dependence(matches).set_index("frame").loc["responsibility"]
    assert (top["top_indicator"], top["top_hits"]) == ("guarantee*", 9)


# --- small constructed cases -------------------------------------------------------------


def test_a_sentence_without_indicators_gets_five_false_rows() -> None:
    scores = score_frames(constructed("The weather was mild in Vladivostok."))
    assert scores["frame"].tolist() == FRAMES
    assert not scores["present"].any()
    assert scores["n_hits"].tolist() == [0] * 5
    assert scores["indicators"].tolist() == [""] * 5


def test_a_wildcard_matches_every_word_it_starts() -> None:
    rows = score_frames(constructed("Negotiators negotiated a compromise.")).set_index("frame")
    assert rows.loc["responsibility", "n_hits"] == 3  # negotiat* twice, compromis* once
    assert rows.loc["responsibility", "indicators"] == "Negotiators, negotiated, compromise"


def test_a_custom_table_defines_its_own_frames() -> None:
    table = pd.DataFrame(
        {"frame": ["risk", "risk"], "question_id": ["X1", "X2"], "indicator": ["escalat*", "U.S."]}
    )
    scores = score_frames(constructed("The U.S. fears escalation and escalating costs."), table)
    assert scores[["frame", "n_hits", "indicators"]].values.tolist() == [
        ["risk", 3, "U.S., escalation, escalating"]
    ]
    with pytest.raises(ValueError, match="indicator"):
        score_frames(constructed("Anything."), table.drop(columns="indicator"))


def test_counts_per_article_and_outlet() -> None:
    sents = constructed(
        "Leaders disagree about the plan. The weather was mild.\nThey accused each other.",
        "Oil prices rose.\nTalks resumed after the disagreement.",
    )
    by_article = article_frames(score_frames(sents))
    a = by_article.set_index(["article_id", "frame"])
    assert a.loc[("a", "conflict"), ["n_sentences", "n_with_frame", "n_hits"]].tolist() == [3, 2, 2]
    assert a.loc[("a", "conflict"), "share"] == pytest.approx(2 / 3)
    low, high = wilson_interval(2, 3)
    assert a.loc[("a", "conflict"), ["share_low", "share_high"]].tolist() == [low, high]
    assert a.loc[("a", "conflict"), "lead_indicators"] == "disagree"
    assert not a.loc[("b", "conflict"), "in_lead"]  # its conflict word is in paragraph 2
    assert a.loc[("b", "economic"), "in_lead"]
    assert (
        article_frames(score_frames(sents), lead=2)
        .set_index(["article_id", "frame"])
        .loc[("b", "conflict"), "in_lead"]
    )

    outlet = outlet_frames(by_article).set_index("frame").loc["conflict"]
    assert outlet[["n_articles", "n_articles_with_frame", "n_lead"]].tolist() == [2, 2, 1]
    assert outlet[["n_sentences", "n_with_frame", "n_hits"]].tolist() == [5, 3, 3]
    top = dominant_frames(outlet_frames(by_article)).iloc[0]
    assert (top["dominant_frame"], top["n_with_frame"], top["n_sentences"]) == ("conflict", 3, 5)


def test_tied_frames_are_both_dominant_and_no_frame_is_none() -> None:
    tied = outlet_frames(article_frames(score_frames(constructed("Oil disputes."))))
    assert dominant_frames(tied)["dominant_frame"].tolist() == ["conflict / economic"]
    empty = outlet_frames(article_frames(score_frames(constructed("Cats sleep."))))
    assert dominant_frames(empty)["dominant_frame"].tolist() == ["none"]


def test_frame_words_counts_each_word_most_frequent_first() -> None:
    words = frame_words(frame_matches(constructed("A threat, threats and more threats.")))
    assert words.values.tolist() == [["X", "conflict", 3, "threats ×2 (C1), threat ×1 (C1)"]]
