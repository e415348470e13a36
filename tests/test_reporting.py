"""Reporting verbs, quote fidelity and page parts: analyses a framing paper would include."""

from __future__ import annotations

import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools import fidelity, headlines, reporting
from corpus_tools.speakers import quote_cues


def one_article(text: str, headline: str = "") -> pd.DataFrame:
    return pd.DataFrame(
        {"article_id": ["a"], "outlet_label": ["Gazette"], "text": [text], "headline": [headline]}
    )


# --- reporting verbs -----------------------------------------------------------------------


def test_verbs_are_counted_per_speaker_with_their_stance() -> None:
    quotes = pd.DataFrame(
        {
            "outlet_label": ["G", "G", "G", "H"],
            "speaker": ["Mayor", "Mayor", "Mayor", ""],
            "cue": ["said", "Claimed", "said", ""],
        }
    )
    reported = pd.DataFrame({"outlet_label": ["H"], "speaker": ["Mayor"], "cue": ["warned"]})
    verbs = reporting.reporting_verbs(quotes, reported)
    assert verbs[["outlet_label", "form", "cue", "stance", "n"]].values.tolist() == [
        ["G", "quotation", "said", "neutral", 2],
        ["G", "quotation", "claimed", "distancing", 1],
        ["H", "quotation", reporting.NO_CUE, "", 1],
        ["H", "reported speech", "warned", "alarm", 1],
    ]
    table = reporting.stance_counts(verbs)
    assert table.loc["G", "total"] == 3 and table.loc["H", reporting.NO_CUE] == 1


def test_every_bundled_cue_has_a_stance(found_quotes) -> None:
    # every cue of the study, and the two the sieve adds: a colon, a caption line
    cues = set(quote_cues()["cue"].str.lower()) | {":", "caption"}
    stances = reporting.verb_stances()
    assert cues <= set(stances["cue"])
    # one row per cue: a repeated one would count its quotations twice
    assert quote_cues()["cue"].is_unique and stances["cue"].is_unique
    verbs = reporting.reporting_verbs(found_quotes)
    assert verbs["n"].sum() == len(found_quotes)


# --- quote fidelity ------------------------------------------------------------------------


def test_alignment_names_what_was_added_dropped_and_changed() -> None:
    found = pd.DataFrame(
        {
            "article_id": ["r", "x"],
            "outlet_label": ["Ref", "Other"],
            "sentence_id": [1, 1],
            "text": [
                "The minister said they will strike any troops during the fighting.",
                "The minister said they will immediately strike any soldiers.",
            ],
        }
    )
    summary = fidelity.fidelity_summary(fidelity.alignment(found, reference="r"))
    other = summary.set_index("article_id").loc["x"]
    assert other["added"] == "immediately; soldiers"
    assert other["dropped"] == "troops; fighting"  # "during" and "the" are stop words
    assert "troops during the fighting -> soldiers" not in other["changed"]  # more than 3 words
    assert summary.set_index("article_id").loc["r", ["n_same", "n_reference"]].tolist() == [11, 11]


def test_reordered_rendering_still_shows_the_added_word() -> None:
    found = pd.DataFrame(
        {
            "article_id": ["r", "x"],
            "outlet_label": ["Ref", "Other"],
            "sentence_id": [1, 1],
            "text": [
                "“We will strike any troops,” the minister said.",
                "The minister said they would immediately strike any troops.",
            ],
        }
    )
    other = fidelity.fidelity_summary(fidelity.alignment(found, "r")).set_index("article_id")
    assert other.loc["x", "added"] == "immediately" and other.loc["x", "dropped"] == ""
    assert fidelity.reference_rendering(found, found.iloc[:0].assign(n_words=[]), "x") == "x"


def test_putin_remark_as_each_outlet_renders_it(tables) -> None:
    found = fidelity.renderings(tables.sentences, r"legitimate targets?")
    assert found["article_id"].tolist() == ["000", "001", "002", "003", "004"]
    reference = fidelity.reference_rendering(found, tables.quotes, r"legitimate targets?")
    assert reference == "003"  # the Express quotes the sentence in full
    summary = fidelity.fidelity_summary(fidelity.alignment(found, reference)).set_index(
        "article_id"
    )
    # 000 renders it as "would immediately be treated as legitimate targets" (raw file, line 1)
    assert "immediately" in summary.loc["000", "added"]


# --- headlines and leads -------------------------------------------------------------------


def test_headline_lead_and_body_are_profiled_apart() -> None:
    article = one_article(
        "The illegal invasion began at dawn.\nTalks resumed later.\n",
        "Dictator threatens (probable)",
    )
    parts = headlines.page_parts(ct.tokens(article), article)
    assert parts["part"].drop_duplicates().tolist() == ["headline", "lead", "body"]
    profile = headlines.part_profile(parts).set_index("part")
    assert profile.loc["headline", "loaded_terms"] == "dictator"
    assert profile.loc["lead", "loaded_terms"] == "illegal invasion"
    assert profile.loc["body", "n_loaded"] == 0
    assert profile.loc["headline", "n_words"] == 2  # "(probable)" is not part of it


@pytest.mark.parametrize("headline", ["", "unknown", "Unknown"])
def test_an_unknown_headline_gives_no_headline_part(headline: str) -> None:
    article = one_article("Talks resumed.\n", headline)
    assert headlines.headlines(article).empty
    assert "headline" not in set(headlines.page_parts(ct.tokens(article), article)["part"])
