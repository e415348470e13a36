"""Loaded terms: the bundled dictionary, matches with voice, keyword in context, rates, tables.

Counts on the real corpus were checked by reading `data/raw/*.txt`.
"""

from __future__ import annotations

import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools import plotting
from corpus_tools.errors import CorpusError
from corpus_tools.lexicon import (
    KWIC_COLUMNS,
    LEXICON_COLUMNS,
    TERM_MATCH_COLUMNS,
    kwic,
    load_lexicon,
    loaded_terms,
    match_terms,
    term_rates,
    term_table,
    term_voices,
)
from corpus_tools.voice import NARRATOR, REPORTED, UNATTRIBUTED

PUTIN = "Vladimir Putin"


@pytest.fixture(scope="module")
def lexicon() -> pd.DataFrame:
    return loaded_terms()


@pytest.fixture(scope="module")
def matches(tokens, lexicon) -> pd.DataFrame:
    return match_terms(tokens, lexicon)


def of_term(matches: pd.DataFrame, term: str, article_id: str | None = None) -> pd.DataFrame:
    rows = matches[matches["term"] == term]
    return rows if article_id is None else rows[rows["article_id"] == article_id]


def tokens_of(*texts: str) -> pd.DataFrame:
    """Tokens, with voice, of constructed articles x1, x2, ... of outlets X1, X2, ..."""
    ids = [f"x{i}" for i in range(1, len(texts) + 1)]
    articles = pd.DataFrame(
        {"article_id": ids, "outlet_label": [i.upper() for i in ids], "text": list(texts)}
    )
    return ct.tokens(articles)


def terms(*terms: str) -> pd.DataFrame:
    return pd.DataFrame({"term": list(terms), "category": ["test"] * len(terms)})


# --- the bundled dictionary ---------------------------------------------------------------


def test_dictionary_has_the_terms_the_issue_asks_for(lexicon) -> None:
    required = [
        "dictator",
        "illegal invasion",
        "legitimate target*",
        "aggression",
        "regime",
        "nazi*",
        "root cause*",
        "nato expansion",
        "eastward expansion",
        "coalition of the willing",
        "reassurance force",
        "peacekeep*",
        "boots on the ground",
        "escalat*",
        "chilling threat",
        "ww3",
    ]
    assert set(required) <= set(lexicon["term"])
    assert list(lexicon.columns[:4]) == LEXICON_COLUMNS
    assert (lexicon["category"] != "").all() and (lexicon["note"] != "").all()
    assert set(lexicon["source"]) == {"framing-lab curated list (2026), CC0"}


def test_notes_say_absent_exactly_for_the_terms_that_do_not_occur(lexicon, matches) -> None:
    # A note that says "Not in the default corpus" must be true, and every absent term says so.
    says_absent = set(
        lexicon.loc[lexicon["note"].str.contains("Not in the default corpus"), "term"]
    )
    assert says_absent == set(lexicon["term"]) - set(matches["term"])
    # In the texts, by reading: no "regime"; "chilling threat" and "WW3" only in metadata.
    assert {"regime", "chilling threat", "ww3"} <= says_absent


# --- loading a researcher's dictionary ------------------------------------------------------


def test_load_lexicon_keeps_extra_columns(tmp_path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text("term,category,note,source,weight\ntyrant,label,,me (2026),2\n")
    table = load_lexicon(path)
    assert table.to_dict("records") == [
        {"term": "tyrant", "category": "label", "note": "", "source": "me (2026)", "weight": "2"}
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("term,category\nregime,label\n", "missing column(s) note, source"),
        ("term,category,note,source\n,label,,me\n", "empty term in data row(s) [1]"),
        ("term,category,note,source\nregime,,,me\n", "empty category in data row(s) [1]"),
        (
            "term,category,note,source\nPutin's war,a,,me\nputin 's war,b,,me\n",
            "listed more than once",
        ),
        ("term,category,note,source\n*,a,,me\n", "has a word without letters"),
    ],
)
def test_load_lexicon_errors_name_the_file(tmp_path, content, message) -> None:
    path = tmp_path / "mine.csv"
    path.write_text(content)
    with pytest.raises(CorpusError, match="mine.csv") as err:
        load_lexicon(path)
    assert message in str(err.value)


def test_load_lexicon_missing_file(tmp_path) -> None:
    with pytest.raises(CorpusError, match="nowhere.csv: dictionary file not found"):
        load_lexicon(tmp_path / "nowhere.csv")


# --- matches on the real corpus ---------------------------------------------------------------


def test_match_columns_and_types(matches) -> None:
    assert list(matches.columns) == TERM_MATCH_COLUMNS
    assert matches["in_quote"].dtype == bool and matches["start"].dtype == "int64"
    assert len(matches) == 65


def test_dictator_and_illegal_invasion_are_003s_own_words(matches, articles) -> None:
    text = articles.set_index("article_id").loc["003", "text"]
    # "dictator" is the narrator's; "illegal invasion" stands in the outlet's paraphrase of a
    # Kremlin claim ("The Kremlin has often claimed its illegal invasion ... had been provoked"):
    # reported speech, worded by the outlet.
    for term, voice, speaker in [
        ("dictator", NARRATOR, ""),
        ("illegal invasion", REPORTED, "the Kremlin"),
    ]:
        rows = of_term(matches, term)
        assert rows["article_id"].tolist() == ["003"]
        row = rows.iloc[0]
        assert not row["in_quote"] and row["voice"] == voice and row["speaker"] == speaker
        assert row["text"] == term == text[row["start"] : row["end"]]


def test_legitimate_targets_quoted_or_adopted(matches) -> None:
    rows = of_term(matches, "legitimate target*")
    # By reading: 000 once quoted; 001 once paraphrased, once in Putin's quote; 002 three times
    # quoted; 003 once, inside Putin's two-paragraph quote; 004 once, as reported speech.
    assert rows.groupby("article_id").size().to_dict() == {
        "000": 1,
        "001": 2,
        "002": 3,
        "003": 1,
        "004": 1,
    }
    in_001 = of_term(matches, "legitimate target*", "001")
    assert in_001["voice_kind"].tolist() == ["reported", "quoted"]
    adopted = of_term(matches, "legitimate target*", "004").iloc[0]
    assert adopted["voice"] == REPORTED and adopted["speaker"] == PUTIN
    quoted = rows[rows["in_quote"]]
    assert len(quoted) == 6 and set(quoted["speaker"]) == {PUTIN}


def test_scare_quotes_inside_a_phrase(matches) -> None:
    # 002: a post-war "reassurance" force, and a new "reassurance" force; nobody is named.
    rows = of_term(matches, "reassurance force", "002")
    assert rows["text"].tolist() == ["reassurance” force", "reassurance” force"]
    assert rows["in_quote"].all() and set(rows["voice"]) == {UNATTRIBUTED}
    # 003: The so-called 'coalition of the willing'; 004 names the summit in its own voice.
    coalition = of_term(matches, "coalition of the willing")
    assert coalition["article_id"].tolist() == ["003", "004"]
    assert coalition["in_quote"].tolist() == [True, False]
    assert coalition["text"].tolist() == ["coalition of the willing", "Coalition of the Willing"]


def test_putins_words_quoted_in_003(matches) -> None:
    # He labelled Zelensky a "Nazi"; "root causes", "hero city" are inside his quotations.
    for term in ["nazi*", "root cause*", "hero city"]:
        row = of_term(matches, term, "003").iloc[0]
        assert row["in_quote"] and row["speaker"] == PUTIN, term
    assert len(of_term(matches, "boots on the ground", "003")) == 2
    assert not of_term(matches, "boots on the ground")["in_quote"].any()


def test_wildcard_on_the_corpus(matches) -> None:
    rows = of_term(matches, "escalat*")
    assert rows["text"].tolist() == [
        "escalation",
        "escalation",
        "escalates",
        "escalation",
        "escalating",
    ]
    assert rows["article_id"].tolist() == ["000", "000", "002", "004", "004"]


# --- matches on constructed text --------------------------------------------------------------


def test_phrase_across_a_line_break_in_a_hard_wrapped_text() -> None:
    text = (
        "The paper called it an illegal\ninvasion of a neighbour.\n\n"
        "Britain may send boots on\nthe ground after a deal."
    )
    toks = tokens_of(text)
    found = match_terms(toks, terms("illegal invasion", "boots on the ground"))
    assert found["term"].tolist() == ["illegal invasion", "boots on the ground"]
    assert found["text"].tolist() == ["illegal invasion", "boots on the ground"]
    assert [text[s:e] for s, e in zip(found["start"], found["end"], strict=True)] == [
        "illegal\ninvasion",
        "boots on\nthe ground",
    ]
    assert found["paragraph_id"].tolist() == [1, 2]


def test_phrase_does_not_cross_other_punctuation() -> None:
    found = match_terms(tokens_of("It was illegal. Invasion followed."), terms("illegal invasion"))
    assert found.empty


def test_term_inside_quotation_marks_has_a_speaker() -> None:
    text = "Putin said the troops would be “legitimate targets” for strikes. Experts disagreed."
    found = match_terms(tokens_of(text), terms("legitimate target*"))
    row = found.iloc[0]
    assert (row["text"], row["in_quote"], row["speaker"]) == ("legitimate targets", True, PUTIN)
    assert row["voice"] == PUTIN and row["quote_id"] == 1


def test_wildcard_and_case() -> None:
    text = "The Dictator escalated. ESCALATION is a scale, and the DICTATORSHIP fell."
    found = match_terms(tokens_of(text), terms("dictator", "escalat*"))
    assert found["text"].tolist() == ["Dictator", "escalated", "ESCALATION"]
    assert found["term"].tolist() == ["dictator", "escalat*", "escalat*"]


def test_a_term_that_does_not_occur() -> None:
    toks = tokens_of("Nothing loaded here.")
    found = match_terms(toks, terms("regime"))
    assert found.empty and list(found.columns) == TERM_MATCH_COLUMNS
    assert found["in_quote"].dtype == bool and found["start"].dtype == "int64"
    assert kwic(toks, "regime").empty and list(kwic(toks, "regime").columns) == KWIC_COLUMNS


# --- keyword in context -----------------------------------------------------------------------


def test_kwic_on_the_corpus(tokens) -> None:
    # 003: "... Economic Forum (EEF), the Russian dictator gave the strongest sign yet that ..."
    row = kwic(tokens, "dictator").iloc[0]
    assert (row["article_id"], row["outlet"]) == ("003", "Express (likely)")
    assert (row["pre"], row["keyword"], row["post"]) == (
        "EEF), the Russian",
        "dictator",
        "gave the strongest sign yet",
    )
    assert not row["in_quote"] and row["voice"] == NARRATOR
    assert list(kwic(tokens, "dictator").columns) == KWIC_COLUMNS


def test_kwic_window_crosses_sentences_but_not_articles() -> None:
    toks = tokens_of("One two three. Dictator four five.", "Dictator six. Seven.")
    found = kwic(toks, "dictator", window=3)
    assert found[["article_id", "pre", "keyword", "post"]].values.tolist() == [
        ["x1", "two three.", "Dictator", "four five."],
        ["x2", "", "Dictator", "six. Seven"],
    ]
    assert kwic(toks, "dictator", window=0)["pre"].tolist() == ["", ""]
    with pytest.raises(ValueError, match="window"):
        kwic(toks, "dictator", window=-1)


def test_kwic_phrase_with_quotation_marks() -> None:
    text = "They would be “legitimate targets,” Putin said."
    row = kwic(tokens_of(text), "legitimate target*", window=2).iloc[0]
    assert (row["pre"], row["keyword"], row["post"]) == ("be “", "legitimate targets", ",”")
    assert row["in_quote"] and row["speaker"] == PUTIN


# --- rates and tables -------------------------------------------------------------------------


def test_rates_hand_computed() -> None:
    # x1: 8 words of narration ("tyrant" once), 2 quoted words ("Regime change") with one match;
    # x2: 3 words, no match.
    toks = tokens_of(
        'The tyrant spoke of "regime change" today, said Putin.', "Nothing here today."
    )
    found = match_terms(toks, terms("tyrant", "regime"))
    rates = term_rates(found, toks, by=["outlet_label", "in_quote"])
    assert rates[["outlet_label", "in_quote", "n_words", "n_matches"]].values.tolist() == [
        ["X1", False, 7, 1],
        ["X1", True, 2, 1],
        ["X2", False, 3, 0],
    ]
    first = rates.iloc[0]
    assert first["per_1000"] == pytest.approx(1000 / 7)
    assert "per_1000_low" not in rates.columns  # words are not trials: no interval
    by_term = term_rates(found, toks, breakdown="term", levels=["tyrant", "regime", "despot"])
    assert by_term["n_matches"].tolist() == [1, 1, 0, 0, 0, 0]
    assert by_term["n_words"].tolist() == [9, 9, 9, 3, 3, 3]


def test_rates_of_004_and_a_group_without_words(matches, tokens) -> None:
    rates = term_rates(matches, tokens, by=["outlet_label", "voice_kind"])
    # 004 quotes nobody, so it has no quoted row: ten matches, counted by reading, one of them
    # in its paraphrase of Putin.
    in_004 = rates.set_index("outlet_label").loc[["BBC rewrite (unknown)"]]
    assert in_004[["voice_kind", "n_matches"]].values.tolist() == [["narrator", 9], ["reported", 1]]
    assert in_004["n_words"].sum() == 524
    assert rates["n_matches"].sum() == 65


def test_term_table(matches, tokens) -> None:
    table = term_table(matches, tokens)
    row = table.xs("legitimate target*", level="term").iloc[0]
    assert row[("Unknown (paraphrase)", "reported")] == 1
    assert row[("Unknown (paraphrase)", "quoted")] == 1
    assert row[("BBC rewrite (unknown)", "reported")] == 1
    assert row[("National Security Journal", "quoted")] == 3
    assert row["all outlets"].tolist() == [0, 2, 6, 8]
    assert table[("all outlets", "total")].sum() == len(matches)
    assert table.columns.get_level_values("outlet").unique().tolist()[:5] == list(
        tokens["outlet_label"].unique()
    )


def test_term_voices(matches) -> None:
    voices = term_voices(matches)
    assert voices.columns.tolist() == [NARRATOR, REPORTED, PUTIN, UNATTRIBUTED, "total"]
    assert voices.xs("legitimate target*", level="term").iloc[0].tolist() == [0, 2, 6, 0, 8]
    assert voices.xs("reassurance force", level="term").iloc[0].tolist() == [1, 1, 0, 2, 4]


def test_chart_writes_its_figure(matches, tokens, articles, lexicon, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("FRAMING_LAB_FIGURES", str(tmp_path))
    categories = list(dict.fromkeys(lexicon["category"]))
    rates = term_rates(
        matches, tokens, by=["outlet_label", "voice_kind"], breakdown="category", levels=categories
    )
    axes = plotting.loaded_terms_chart(rates, articles)
    plotting.save_figure(axes, "03_test")
    fig = axes[0].figure
    assert (tmp_path / "03_test.png").is_file()
    assert len(fig.axes[0].texts) == len(articles) * len(categories)
    plotting.plt.close(fig)
