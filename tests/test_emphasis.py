"""Emphasis: weighted log-odds, claim coverage, actors and voices, the per-outlet summary.

Expectations on the bundled corpus were checked by reading `data/raw/*.txt`; the log-odds
values were worked out by hand (the arithmetic is in the comments).
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools import plotting
from corpus_tools.actors import actor_mentions
from corpus_tools.claims import (
    ABSENT,
    LEAD,
    LOWER,
    UPPER,
    claim_coverage,
    claim_matches,
    claims,
    coverage_matrix,
    lead_claims,
    paragraph_position,
)
from corpus_tools.distinctive import term_counts, top_terms, weighted_log_odds
from corpus_tools.emphasis import outlet_summary
from corpus_tools.frames import score_frames
from corpus_tools.resources import FIGURES_ENV
from corpus_tools.voice import UNATTRIBUTED, actor_voices

BLOG, PARAPHRASE, NSJ, EXPRESS, BBC = "000", "001", "002", "003", "004"


@pytest.fixture(scope="module")
def coverage(sentences: pd.DataFrame) -> pd.DataFrame:
    return claim_coverage(sentences, claims())


@pytest.fixture(scope="module")
def voices(articles: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    return actor_voices(actor_mentions(articles), ct.quotes(articles), sentences)


@pytest.fixture(scope="module")
def content_odds(tokens: pd.DataFrame) -> pd.DataFrame:
    return weighted_log_odds(term_counts(tokens, drop_stop=True), "outlet_label", "term", "n")


def row(table: pd.DataFrame, **keys: str) -> pd.Series:
    """The single row of `table` whose columns equal `keys`."""
    mask = np.logical_and.reduce([table[k] == v for k, v in keys.items()])
    found = table[mask]
    assert len(found) == 1, f"{len(found)} rows for {keys}"
    return found.iloc[0]


# --- weighted log-odds: constructed cases ------------------------------------------------

# Group A says "war" 3 times and "peace" once (n_A = 4); group B says "war" once, "peace"
# twice and "talks" 3 times (n_B = 6). Corpus counts: war 4, peace 3, talks 3; 10 tokens.
TINY = pd.DataFrame(
    {
        "side": ["A", "A", "B", "B", "B"],
        "word": ["war", "peace", "war", "peace", "talks"],
        "count": [3, 1, 1, 2, 3],
    }
)


def test_log_odds_worked_out_by_hand() -> None:
    odds = weighted_log_odds(TINY, "side", "word", "count")
    # "war" in A, prior_scale 1: a_war = 4, a_0 = 10; y_i = 3, n_i = 4; y_j = 1, n_j = 6.
    #   omega_i = (3 + 4) / (4 + 10 - 3 - 4) = 7 / 7 = 1
    #   omega_j = (1 + 4) / (6 + 10 - 1 - 4) = 5 / 11
    #   log_odds = log(1) - log(5/11) = log(2.2) = 0.788457
    #   variance = 1/7 + 1/5 = 12/35 = 0.342857;  z = 0.788457 / 0.585540 = 1.346547
    war = row(odds, side="A", word="war")
    assert war["log_odds"] == pytest.approx(0.788457, abs=1e-6)
    assert war["variance"] == pytest.approx(12 / 35)
    assert war["z"] == pytest.approx(1.346547, abs=1e-6)
    # "talks" in B (A never says it): a = 3; y_i = 3, n_i = 6; y_j = 0, n_j = 4.
    #   omega_i = (3 + 3) / (6 + 10 - 3 - 3) = 6 / 10;  omega_j = (0 + 3) / (4 + 10 - 0 - 3) = 3/11
    #   log_odds = log(0.6 * 11 / 3) = log(2.2) = 0.788457; variance = 1/6 + 1/3 = 0.5
    #   z = 0.788457 / 0.707107 = 1.115047
    talks = row(odds, side="B", word="talks")
    assert talks["log_odds"] == pytest.approx(0.788457, abs=1e-6)
    assert talks["variance"] == pytest.approx(0.5)
    assert talks["z"] == pytest.approx(1.115047, abs=1e-6)


def test_log_odds_with_half_the_prior_worked_out_by_hand() -> None:
    odds = weighted_log_odds(TINY, "side", "word", "count", prior_scale=0.5)
    # "war" in A: a_war = 0.5 * 4 = 2, a_0 = 0.5 * 10 = 5.
    #   omega_i = (3 + 2) / (4 + 5 - 3 - 2) = 5/4;  omega_j = (1 + 2) / (6 + 5 - 1 - 2) = 3/8
    #   log_odds = log((5/4) / (3/8)) = log(10/3) = 1.203973
    #   variance = 1/5 + 1/3 = 8/15;  z = 1.203973 / 0.730297 = 1.648608
    war = row(odds, side="A", word="war")
    assert war["log_odds"] == pytest.approx(1.203973, abs=1e-6)
    assert war["variance"] == pytest.approx(8 / 15)
    assert war["z"] == pytest.approx(1.648608, abs=1e-6)


def test_log_odds_keeps_the_input_rows_and_adds_three_columns() -> None:
    shuffled = TINY.sample(frac=1, random_state=1)
    odds = weighted_log_odds(shuffled, "side", "word", "count")
    assert list(odds.columns) == ["side", "word", "count", "log_odds", "variance", "z"]
    pd.testing.assert_frame_equal(odds[list(TINY.columns)], shuffled)
    assert "z" not in shuffled.columns


def test_two_groups_are_mirror_images() -> None:
    rng = np.random.default_rng(7)
    words = [f"w{i}" for i in range(12)]
    counts = pd.DataFrame(
        {
            "side": ["A"] * 12 + ["B"] * 12,
            "word": words * 2,
            "count": rng.integers(1, 20, 24),
        }
    )
    odds = weighted_log_odds(counts, "side", "word", "count").set_index(["word", "side"])
    a, b = odds.xs("A", level="side"), odds.xs("B", level="side")
    np.testing.assert_allclose(a["log_odds"], -b["log_odds"])
    np.testing.assert_allclose(a["variance"], b["variance"])
    np.testing.assert_allclose(a["z"], -b["z"])


def test_groups_with_the_same_proportions_have_nothing_distinctive() -> None:
    counts = pd.DataFrame(
        {"side": list("AAABBB"), "word": ["x", "y", "z"] * 2, "count": [2, 4, 6, 1, 2, 3]}
    )
    odds = weighted_log_odds(counts, "side", "word", "count")
    np.testing.assert_allclose(odds["log_odds"], 0, atol=1e-12)


def test_twice_the_text_in_the_same_proportions_multiplies_z_by_root_two() -> None:
    single = weighted_log_odds(TINY, "side", "word", "count")
    double = weighted_log_odds(TINY.assign(count=TINY["count"] * 2), "side", "word", "count")
    np.testing.assert_allclose(double["log_odds"], single["log_odds"])
    np.testing.assert_allclose(double["z"], single["z"] * math.sqrt(2))


def test_a_stronger_prior_shrinks_the_log_odds() -> None:
    shrinking = [
        row(weighted_log_odds(TINY, "side", "word", "count", scale), side="A", word="war")
        for scale in (0.25, 0.5, 1, 2, 4)
    ]
    values = [r["log_odds"] for r in shrinking]
    assert all(v > 0 for v in values)
    assert values == sorted(values, reverse=True)


@pytest.mark.parametrize(
    ("counts", "kwargs", "message"),
    [
        (TINY, {"prior_scale": 0}, "prior_scale"),
        (pd.concat([TINY, TINY.iloc[:1]]), {}, "one row per"),
        (TINY.assign(count=[3, -1, 1, 2, 3]), {}, "negative"),
        (TINY.drop(columns="count"), {}, "count"),
        (TINY.assign(count=[3, 0, 1, 2, 3]), {}, None),
        (TINY.assign(count=[3, 0, 1, 0, 3]), {}, "at least once"),
    ],
)
def test_bad_counts_are_refused(counts: pd.DataFrame, kwargs: dict, message: str | None) -> None:
    if message is None:  # a zero count is fine when the term occurs elsewhere
        assert weighted_log_odds(counts, "side", "word", "count", **kwargs)["z"].notna().all()
        return
    with pytest.raises(ValueError, match=message):
        weighted_log_odds(counts, "side", "word", "count", **kwargs)


def test_top_terms_ranks_by_z_within_each_group() -> None:
    top = top_terms(
        weighted_log_odds(TINY, "side", "word", "count"), "side", k=1, term="word", n="count"
    )
    assert top[["side", "word", "rank"]].values.tolist() == [["A", "war", 1], ["B", "talks", 1]]


# --- term counts -------------------------------------------------------------------------


def test_term_counts_drop_what_they_are_asked_to() -> None:
    tokens = pd.DataFrame(
        {
            "outlet_label": ["X", "X", "X", "X", "Y"],
            "lower": ["his", "his", ",", "troops", "troops"],
            "is_punct": [False, False, True, False, False],
        }
    )
    counts = term_counts(tokens)
    assert counts.values.tolist() == [["X", "his", 2], ["X", "troops", 1], ["Y", "troops", 1]]
    content = term_counts(tokens, drop_stop=True, drop_punct=False)
    assert set(content["term"]) == {",", "troops"}


def test_bullet_dashes_are_not_part_of_words(tokens: pd.DataFrame) -> None:
    # 002's summary box: "-His comments ...", "-Ukrainian President ...", "a UK- and French-led".
    in_002 = tokens[tokens["article_id"] == "002"]
    assert not in_002["lower"].isin(["-his", "-ukrainian", "uk-"]).any()
    assert {"his", "ukrainian", "uk", "french-led"} <= set(in_002["lower"])


def test_term_counts_add_up_to_each_outlets_words(
    articles: pd.DataFrame, tokens: pd.DataFrame
) -> None:
    totals = term_counts(tokens).groupby("outlet_label")["n"].sum()
    assert totals.to_dict() == articles.set_index("outlet_label")["n_words"].to_dict()


def test_counts_read_off_the_texts(tokens: pd.DataFrame) -> None:
    counts = term_counts(tokens).set_index(["outlet_label", "term"])["n"]
    # grep -o -w -i: "troops" 16 times in 002, "threat" 5 times in 002 and nowhere else.
    assert counts[("National Security Journal", "troops")] == 16
    assert counts.xs("threat", level="term").to_dict() == {"National Security Journal": 5}


# --- distinctive words on the corpus -----------------------------------------------------


def test_words_only_one_outlet_uses_are_distinctive_for_it(content_odds: pd.DataFrame) -> None:
    # "dictator" is 003's own label for Putin (once); "peskov" only 001 names (twice).
    for term, outlet, n in [
        ("dictator", "Express (likely)", 1),
        ("peskov", "Unknown (paraphrase)", 2),
    ]:
        rows = content_odds[content_odds["term"] == term]
        assert rows["outlet_label"].tolist() == [outlet]
        assert rows["n"].iloc[0] == n and rows["z"].iloc[0] > 0


def test_threat_is_the_national_security_journals_most_distinctive_word(
    content_odds: pd.DataFrame,
) -> None:
    top = top_terms(content_odds, "outlet_label", k=3)
    nsj = top[top["outlet_label"] == "National Security Journal"]
    assert nsj["term"].iloc[0] == "threat"


def test_stop_words_are_gone_from_the_content_terms(content_odds: pd.DataFrame) -> None:
    assert not content_odds["term"].isin(["the", "has", "'s", "us"]).any()


# --- claims ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "n", "expected"),
    [(1, 1, LEAD), (1, 7, LEAD), (2, 7, UPPER), (4, 7, UPPER), (5, 7, LOWER), (2, 2, LOWER)]
    + [(9, 18, UPPER), (10, 18, LOWER)],
)
def test_paragraph_position(paragraph: int, n: int, expected: str) -> None:
    assert paragraph_position(paragraph, n) == expected


CLAIMS = pd.DataFrame(
    {
        "claim_id": ["count", "alaska", "china", "never"],
        "claim": ["26 countries", "Alaska", "Chinese troops", "nothing"],
        "pattern": [r"\b26 countries\b", r"\bAlaska\b", r"\bChina's troops\b", r"\bzzz\b"],
    }
)


def small_sentences() -> pd.DataFrame:
    """Four paragraphs of one article; sentence 3 uses a curly apostrophe."""
    texts = [
        (1, "Some 26 Countries pledged."),
        (2, "Trump met Putin in Alaska."),
        (3, "Nobody wants China’s troops."),
        (4, "The end."),
    ]
    rows, start = [], 0
    for sid, (pid, text) in enumerate(texts, start=1):
        rows.append(("X1", "Outlet X", pid, sid, start, start + len(text), text))
        start += len(text) + 1
    columns = ["article_id", "outlet_label", "paragraph_id", "sentence_id", "start", "end"]
    return pd.DataFrame(rows, columns=[*columns, "text"])


def test_claim_coverage_on_a_constructed_article() -> None:
    cov = claim_coverage(small_sentences(), CLAIMS).set_index("claim_id")
    assert cov["present"].to_dict() == {
        "count": True,
        "alaska": True,
        "china": True,
        "never": False,
    }
    # 4 paragraphs: 1 is the lead, 2 the upper half, 3 and 4 the lower half.
    assert cov["position"].tolist() == [LEAD, UPPER, LOWER, ABSENT]
    # Matching ignores case and curly apostrophes, but reports the text as written.
    assert cov.loc["count", "matched"] == "26 Countries"
    assert cov.loc["china", "matched"] == "China’s troops"
    assert cov.loc["alaska", "sentence_id"] == 2
    assert pd.isna(cov.loc["never", "paragraph_id"]) and cov.loc["never", "matched"] == ""


def test_claim_matches_give_offsets_into_the_text() -> None:
    sentences = small_sentences()
    text = " ".join(sentences["text"])
    for m in claim_matches(sentences, CLAIMS).itertuples():
        assert text[m.start : m.end] == m.matched


def test_a_broken_pattern_names_its_claim() -> None:
    broken = CLAIMS.assign(pattern=[r"(", "a", "b", "c"])
    with pytest.raises(ValueError, match="claim count"):
        claim_coverage(small_sentences(), broken)


def test_every_bundled_claim_is_documented_and_compiles() -> None:
    table = claims()
    assert table["claim_id"].is_unique and table["claim"].is_unique
    for column in ("claim", "description", "pattern", "source"):
        assert (table[column].str.strip() != "").all(), column
    for c in table.itertuples():
        assert re.compile(c.pattern, re.IGNORECASE).search("") is None, c.claim_id


# Which articles state each claim, checked sentence by sentence against data/raw.
CARRIED = {
    "countries_pledged": {BLOG, PARAPHRASE, NSJ, BBC},  # 003 gives no number
    "force_size_thousands": {PARAPHRASE, NSJ},
    "legitimate_targets": {BLOG, PARAPHRASE, NSJ, EXPRESS, BBC},
    "targets_during_fighting": {PARAPHRASE, NSJ, EXPRESS, BBC},  # 000 says only "immediately"
    "peskov_security_expense": {PARAPHRASE},
    "nato_expansion_root_cause": {PARAPHRASE, NSJ, EXPRESS},
    "trump_chinese_troops": {NSJ},
    "italy_no_troops": {BBC},
    "russian_oil_revenue": {BLOG},
    "alaska_meeting": {EXPRESS, BBC},
    "moscow_invitation": {EXPRESS},
    "putin_talks_unlikely": {EXPRESS},
    "venue_eef_vladivostok": {PARAPHRASE, NSJ, EXPRESS, BBC},
    "paris_summit": {PARAPHRASE, BBC},  # 002 says "a Thursday pledge", 003 no summit at all
    "uk_france_lead": {BLOG, NSJ, EXPRESS},
    "land_sea_air": {PARAPHRASE, NSJ, BBC},
    "troops_not_front_lines": {BLOG, BBC},
    "us_role": {BLOG, PARAPHRASE, EXPRESS, BBC},
    "trump_joined_talks": {BLOG, PARAPHRASE},
    "us_scale_back_europe": {BLOG},
    "open_dialogue_trump": {BLOG, PARAPHRASE},
    "troops_pointless_after_peace": {EXPRESS, BBC},
    "not_discussed_with_russia": {PARAPHRASE},
    "zelensky_costa": {PARAPHRASE, NSJ},
    "zelensky_welcomes_pledges": {BLOG, BBC},
    "merz_caution": {BBC},
    "starmer_uk_troops": {EXPRESS},
    "trump_nawrocki_poland": {BLOG},
    "china_pressure": {BLOG},
    "trump_day_one": {BLOG},
    "zelensky_nazi_label": {EXPRESS},
    "xi_china_parade": {BBC},
    "playing_for_time": {BBC},
    "russian_advances": {BBC},
}


def test_every_claim_is_found_where_a_reader_finds_it(coverage: pd.DataFrame) -> None:
    found = coverage[coverage["present"]].groupby("claim_id")["article_id"].agg(set).to_dict()
    assert set(claims()["claim_id"]) == set(CARRIED)
    assert {c: found.get(c, set()) for c in CARRIED} == CARRIED


@pytest.mark.parametrize(
    ("article_id", "claim_id", "position", "paragraph", "matched"),
    [
        (BBC, "countries_pledged", LEAD, 1, "26 countries"),
        (NSJ, "countries_pledged", LOWER, 14, "two dozen countries"),
        (BLOG, "countries_pledged", UPPER, 2, "26 nations"),
        (EXPRESS, "legitimate_targets", UPPER, 3, "legitimate targets"),
        (NSJ, "trump_chinese_troops", LOWER, 12, "Chinese troops"),
        (EXPRESS, "alaska_meeting", LOWER, 7, "Alaska"),
        (BBC, "alaska_meeting", LOWER, 5, "Alaska"),
        (BLOG, "russian_oil_revenue", LOWER, 6, "€1.1 billion"),
    ],
)
def test_where_each_article_first_states_a_claim(
    coverage: pd.DataFrame,
    article_id: str,
    claim_id: str,
    position: str,
    paragraph: int,
    matched: str,
) -> None:
    found = row(coverage, article_id=article_id, claim_id=claim_id)
    assert (found["position"], found["paragraph_id"], found["matched"]) == (
        position,
        paragraph,
        matched,
    )


def test_legitimate_targets_leads_every_article_but_the_express(coverage: pd.DataFrame) -> None:
    targets = coverage[coverage["claim_id"] == "legitimate_targets"]
    leads = set(targets.loc[targets["position"] == LEAD, "article_id"])
    assert leads == {BLOG, PARAPHRASE, NSJ, BBC}


def test_what_each_lead_states(coverage: pd.DataFrame) -> None:
    leads = lead_claims(coverage).set_index("article_id")["lead_claims"]
    # 004's first paragraph: "legitimate targets" and "a Paris summit where 26 countries
    # pledged"; 003's (Putin's "firm warning", the coalition "mooted") states none of them.
    assert leads[BBC] == "26 countries pledged; 'Legitimate targets' remark; Paris summit"
    assert leads[EXPRESS] == ""


def test_coverage_matrix_reads_like_the_figure(coverage: pd.DataFrame) -> None:
    matrix = coverage_matrix(coverage)
    assert matrix.loc["26 countries pledged", "National Security Journal"] == "lower half ¶14"
    assert matrix.loc["26 countries pledged", "Express (likely)"] == ""
    assert matrix.loc["'Legitimate targets' remark", "n_articles"] == 5
    assert list(matrix.index) == claims()["claim"].tolist()


# --- actors and voices -------------------------------------------------------------------


def test_actor_voices_on_a_constructed_article() -> None:
    sentences = small_sentences()
    mentions = pd.DataFrame(
        {
            "article_id": ["X1", "X1", "X1"],
            "outlet_label": ["Outlet X"] * 3,
            # "Trump" and "Putin" in sentence 2 (paragraph 2, offsets 27-53); one more Putin
            # mention placed in sentence 4 (paragraph 4, offsets 83-91).
            "start": [27, 37, 84],
            "end": [32, 42, 89],
            "mention": ["Trump", "Putin", "Putin"],
            "actor": ["Donald Trump", "Vladimir Putin", "Vladimir Putin"],
            "type": ["person"] * 3,
        }
    )
    quotes = pd.DataFrame(
        {
            "article_id": ["X1"] * 3,
            "outlet_label": ["Outlet X"] * 3,
            "quote_id": [1, 2, 3],
            "speaker": ["Vladimir Putin", "", "Dmitry Peskov"],
            "n_words": [5, 2, 4],
        }
    )
    table = actor_voices(mentions, quotes, sentences).set_index("actor")
    assert table.index.tolist() == ["Vladimir Putin", "Donald Trump", "Dmitry Peskov", UNATTRIBUTED]
    assert table.loc[
        "Vladimir Putin", ["n_mentions", "first_paragraph", "quoted_words"]
    ].tolist() == [
        2,
        2,
        5,
    ]
    assert table.loc["Vladimir Putin", "first_position"] == UPPER
    # Peskov speaks without being named; the unattributed quote has no type.
    assert table.loc["Dmitry Peskov", ["n_mentions", "first_position", "type"]].tolist() == [
        0,
        ABSENT,
        "person",
    ]
    assert table.loc[UNATTRIBUTED, ["n_quotes", "quoted_words", "type"]].tolist() == [1, 2, ""]


def test_putin_is_named_in_every_lead(voices: pd.DataFrame) -> None:
    putin = voices[voices["actor"] == "Vladimir Putin"]
    assert len(putin) == 5 and (putin["first_position"] == LEAD).all()


@pytest.mark.parametrize(
    ("article_id", "actor", "n_mentions", "quoted_words"),
    [
        # 8 x "Putin" + 2 x "The Russian president"; 29 words with "security guarantees"
        (NSJ, "Vladimir Putin", 10, 29),
        (EXPRESS, "Vladimir Putin", 7, 125),  # 5 x "Putin", "the Russian dictator/leader"
        (NSJ, "NATO", 8, 0),
        (NSJ, "Volodymyr Zelensky", 3, 29),  # 1 + 11 + 17 words, counted by hand
        (PARAPHRASE, "Dmitry Peskov", 2, 19),  # "It is impossible ... of another" = 19 words
        (BLOG, "Donald Trump", 5, 3),  # the blog names Trump more often than Putin (3)
        (BLOG, "Vladimir Putin", 3, 4),
    ],
)
def test_mentions_and_quoted_words_read_off_the_texts(
    voices: pd.DataFrame, article_id: str, actor: str, n_mentions: int, quoted_words: int
) -> None:
    found = row(voices, article_id=article_id, actor=actor)
    assert (found["n_mentions"], found["quoted_words"]) == (n_mentions, quoted_words)


def test_the_bbc_rewrite_quotes_nobody(voices: pd.DataFrame) -> None:
    bbc = voices[voices["article_id"] == BBC]
    assert len(bbc) > 0 and bbc["quoted_words"].sum() == 0


# --- per-outlet summary ------------------------------------------------------------------


def test_outlet_summary_on_the_corpus(
    content_odds: pd.DataFrame, coverage: pd.DataFrame, voices: pd.DataFrame
) -> None:
    summary = outlet_summary(content_odds, coverage, voices).set_index("outlet_label")
    assert "dominant_frame" not in summary.columns
    assert summary.loc["National Security Journal", "only_here"] == "Trump floats Chinese troops"
    assert summary.loc["National Security Journal", "distinctive_terms"].startswith("threat (5)")
    assert summary.loc[
        "democracyguardian blog", ["most_mentioned", "most_mentioned_n"]
    ].tolist() == [
        "Donald Trump",
        5,
    ]
    assert summary.loc["Express (likely)", "dominant_voice"] == "Vladimir Putin"
    assert summary.loc["BBC rewrite (unknown)", ["dominant_voice", "quoted_words"]].tolist() == [
        "",
        0,
    ]
    assert (summary["n_claims"] == len(claims())).all()


def test_outlet_summary_takes_the_dominant_frame_from_a_frame_table(
    content_odds: pd.DataFrame,
    coverage: pd.DataFrame,
    voices: pd.DataFrame,
    sentences: pd.DataFrame,
) -> None:
    keys = sentences[["article_id", "outlet_label", "paragraph_id", "sentence_id"]]
    frames = keys.merge(pd.DataFrame({"frame": ["conflict", "morality"]}), how="cross")
    # Morality in the first two sentences of each article, conflict in the first only.
    first_two = frames["sentence_id"] <= 2
    frames["present"] = first_two & ((frames["frame"] == "morality") | (frames["sentence_id"] == 1))
    frames["n_hits"] = frames["present"].astype(int)
    frames["indicators"] = ""
    summary = outlet_summary(content_odds, coverage, voices, frames)
    assert (summary["dominant_frame"] == "morality").all()
    assert (summary["dominant_frame_sentences"] == 2).all()
    n_sentences = sentences.groupby("outlet_label").size()
    assert summary.set_index("outlet_label")["n_sentences"].to_dict() == n_sentences.to_dict()
    # Only validated frames can be dominant; with none validated there is no frame column.
    checked = pd.DataFrame({"frame": ["conflict", "morality"], "verdict": ["passes", "fails"]})
    only_conflict = outlet_summary(content_odds, coverage, voices, frames, frame_validation=checked)
    assert (only_conflict["dominant_frame"] == "conflict").all()
    failing = checked.assign(verdict="fails")
    none = outlet_summary(content_odds, coverage, voices, frames, frame_validation=failing)
    assert "dominant_frame" not in none.columns


def test_outlet_summary_accepts_score_frames_output(
    content_odds: pd.DataFrame,
    coverage: pd.DataFrame,
    voices: pd.DataFrame,
    sentences: pd.DataFrame,
) -> None:
    summary = outlet_summary(content_odds, coverage, voices, score_frames(sentences))
    assert summary["dominant_frame"].str.len().gt(0).all()
    assert (summary["dominant_frame_sentences"] <= summary["n_sentences"]).all()


# --- figures -----------------------------------------------------------------------------


def test_the_charts_write_their_files(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    articles: pd.DataFrame,
    content_odds: pd.DataFrame,
    coverage: pd.DataFrame,
    voices: pd.DataFrame,
) -> None:
    monkeypatch.setenv(FIGURES_ENV, str(tmp_path))
    top = top_terms(content_odds, "outlet_label", k=5)
    plotting.save_figure(
        plotting.distinctive_terms_chart(top, plotting.outlet_colours(articles)), "t_terms"
    )
    plotting.save_figure(plotting.claim_coverage_chart(coverage), "t_claims")
    plotting.save_figure(plotting.actor_voice_chart(voices), "t_voices")
    assert sorted(p.name for p in tmp_path.glob("*.png")) == [
        "t_claims.png",
        "t_terms.png",
        "t_voices.png",
    ]
    plt.close("all")
