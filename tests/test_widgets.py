"""The seminar widgets, driven from Python: set a value, read what the widget then shows.

Corpus facts were checked by reading `data/raw/*.txt`: "dictator" occurs once, in 003 (Express,
likely), in its own voice ("the Russian dictator gave the strongest sign yet"); "legitimate
target(s)" occurs 8 times (000: 1 quoted; 001: 1 reported speech, 1 quoted; 002: 3 quoted; 003:
1 quoted; 004: 1 reported speech); "especially now" only inside Putin's quotation in 001, 002
and 003; Zelensky is spelled "Zelensky" in 000, 003, 004 and "Zelenskyy" in 001 and 002.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools import pipeline, widgets

EXPRESS, BBC = "Express (likely)", "BBC rewrite (unknown)"


class _Text(HTMLParser):
    """The visible text of an HTML fragment, without the `<sup>` frame labels."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._in_sup = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self._in_sup += tag == "sup"

    def handle_endtag(self, tag: str) -> None:
        self._in_sup -= tag == "sup"
        if tag == "p":
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._in_sup:
            self.parts.append(data)


def visible_text(fragment: str) -> str:
    parser = _Text()
    parser.feed(fragment)
    return "".join(parser.parts)


def spans(fragment: str, attribute: str) -> list[tuple[str, str]]:
    """(attribute value, text) of each span carrying `attribute` around text, other spans in
    between allowed."""
    pattern = rf'<span {attribute}="([^"]*)"[^>]*>(?:<span [^>]*>)*([^<]*)</span>'
    return re.findall(pattern, fragment)


@pytest.fixture(scope="module")
def explorer(tables: pipeline.Tables) -> widgets.TermExplorer:
    return widgets.term_explorer(tables)


@pytest.fixture(scope="module")
def reader(tables: pipeline.Tables) -> widgets.ArticleReader:
    return widgets.article_reader(tables)


# --- term explorer -------------------------------------------------------------------------


def test_explorer_opens_on_the_default_pattern(explorer: widgets.TermExplorer) -> None:
    explorer.pattern.value = widgets.DEFAULT_PATTERN
    counts = explorer.counts.set_index("outlet_label")
    assert counts["n_matches"].to_dict() == {
        "democracyguardian blog": 1,
        "Unknown (paraphrase)": 2,
        "National Security Journal": 3,
        EXPRESS: 1,
        BBC: 1,
    }
    # 001 and 004 paraphrase Putin: reported speech, not the outlets' own voice
    assert counts[["n_narrator", "n_reported", "n_quoted"]].sum().tolist() == [0, 2, 6]
    status = "8 matches in 5 of 5 articles; 0 in the outlets' own voice, 2 in reported speech"
    assert status in explorer.status.value
    assert repr(explorer) == "TermExplorer(pattern='legitimate target*', matches=8)"


def test_typing_dictator_finds_only_the_express_in_its_own_voice(
    explorer: widgets.TermExplorer,
) -> None:
    explorer.pattern.value = widgets.DEFAULT_PATTERN
    chart_before, table_before = explorer.chart.value, explorer.table.value
    explorer.pattern.value = "dictator"
    m = explorer.matches
    assert len(m) == 1
    row = m.iloc[0]
    assert (row["article_id"], row["outlet"], row["keyword"]) == ("003", EXPRESS, "dictator")
    assert not row["in_quote"] and row["pre"].endswith("the Russian")
    assert explorer.counts.set_index("outlet_label")["n_matches"].to_dict() == {
        "democracyguardian blog": 0,
        "Unknown (paraphrase)": 0,
        "National Security Journal": 0,
        EXPRESS: 1,
        BBC: 0,
    }
    table = explorer.table.value
    assert table != table_before and explorer.chart.value != chart_before
    assert "Express (likely) · 1 match<" in table and "National Security" not in table
    assert "<td" in table and ">narrator</td>" in table and "quoted:" not in table
    assert (
        "1 match in 1 of 5 articles; 1 in the outlets' own voice, 0 in reported speech, 0 inside"
        in (explorer.status.value)
    )


def test_the_kwic_table_names_the_speaker_of_quoted_matches(
    explorer: widgets.TermExplorer,
) -> None:
    explorer.pattern.value = "especially now"
    assert explorer.matches["article_id"].tolist() == ["001", "002", "003"]
    assert explorer.matches["in_quote"].all()
    assert explorer.table.value.count(">quoted: Vladimir Putin</td>") == 3
    assert ">narrator</td>" not in explorer.table.value


def test_a_wildcard_finds_both_spellings(explorer: widgets.TermExplorer) -> None:
    explorer.pattern.value = "Zelensk*"
    found = explorer.matches.groupby("article_id")["keyword"].agg(set).to_dict()
    assert found == {
        "000": {"Zelensky"},
        "001": {"Zelenskyy"},
        "002": {"Zelenskyy"},
        "003": {"Zelensky"},
        "004": {"Zelensky"},
    }
    counts = explorer.counts.set_index("outlet_label")["n_matches"]
    assert counts.tolist() == [1, 3, 3, 2, 2]


@pytest.mark.parametrize("typed", ["", "   ", "*", "legitimate *"])
def test_empty_or_bare_wildcard_input_shows_help_not_an_error(
    explorer: widgets.TermExplorer, typed: str
) -> None:
    explorer.pattern.value = typed
    assert "Type a word" in explorer.status.value
    assert ("Cannot search for" in explorer.status.value) == ("*" in typed)
    assert explorer.table.value == ""
    assert explorer.matches.empty and explorer.counts["n_matches"].sum() == 0
    assert len(explorer.counts) == 5  # every outlet keeps its (empty) bar
    assert (
        bytes(explorer.chart.value).startswith(b"<svg")
        and b"type a term" in bytes(explorer.chart.value)
        or typed.strip()
    )


def test_chart_draws_each_outlet_count_and_escapes_the_pattern(
    explorer: widgets.TermExplorer,
) -> None:
    explorer.pattern.value = "legitimate target*"
    svg = bytes(explorer.chart.value).decode()
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    totals = re.findall(r'<text x="[\d.]+" y="\d+">(\d+)</text>', svg)
    assert [int(t) for t in totals] == explorer.counts["n_matches"].tolist()
    explorer.pattern.value = "<script> & troops"
    assert "&lt;script&gt; &amp; troops" in bytes(explorer.chart.value).decode()


def test_a_frequent_word_is_counted_in_full_and_shown_in_part(
    explorer: widgets.TermExplorer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(widgets, "MAX_ROWS", 10)
    found = widgets.search(explorer._index, "the", limit=10)
    assert len(found.shown) == 10 and len(found.every) > 100
    explorer.pattern.value = "the"
    assert explorer.n_matches == len(found.every) == explorer.counts["n_matches"].sum()
    assert f"The table shows the first {len(explorer.matches)}." in explorer.status.value


def test_no_match_says_so_and_escapes_what_was_typed(explorer: widgets.TermExplorer) -> None:
    explorer.pattern.value = "<b>zebra</b> & co"
    assert "No match for <b>&lt;b&gt;zebra&lt;/b&gt; &amp; co</b> in the 5 articles" in (
        explorer.status.value
    )
    assert explorer.table.value == "" and explorer.matches.empty


def test_the_chart_is_the_same_for_the_same_pattern(explorer: widgets.TermExplorer) -> None:
    explorer.pattern.value = "troops"
    first = explorer.chart.value
    explorer.pattern.value = "troop"
    assert explorer.chart.value != first
    explorer.pattern.value = "troops"
    assert explorer.chart.value == first


def test_outlet_counts_rate_has_its_count(explorer: widgets.TermExplorer) -> None:
    explorer.pattern.value = "dictator"
    row = explorer.counts.set_index("outlet_label").loc[EXPRESS]
    assert row["n_matches"] == 1 and row["per_1000"] == pytest.approx(1000 / row["n_words"])


# --- outlet comparison ---------------------------------------------------------------------


def test_comparing_two_outlets_lists_their_own_words_and_claims(tables: pipeline.Tables) -> None:
    comparison = widgets.outlet_comparison(tables, EXPRESS, BBC)
    words = comparison.distinctive
    assert words["side"].iloc[0] == EXPRESS
    # "NATO" six times in 003, never in 004.
    nato = words[(words["side"] == EXPRESS) & (words["term"] == "nato")].iloc[0]
    assert (nato["n"], nato["n_other"]) == (6, 0) and nato["rank"] <= 3
    carried = comparison.claim_table.set_index("claim_id")["carried_by"]
    # 004: "26 countries pledged"; 003 gives no number. 003 alone reports the "Nazi" label.
    assert carried["countries_pledged"] == f"{BBC} only"
    assert carried["zelensky_nazi_label"] == f"{EXPRESS} only"
    assert carried["legitimate_targets"] == "both"
    assert "More typical of Express (likely)" in comparison.terms.value
    assert "<td>Zelensky labelled 'Nazi'</td>" in comparison.claims.value


def test_one_outlet_against_all_others_counts_articles(tables: pipeline.Tables) -> None:
    comparison = widgets.outlet_comparison(tables, BBC)
    comparison.first.value = EXPRESS
    assert comparison.second.value == widgets.REST
    row = comparison.claim_table.set_index("claim_id").loc["countries_pledged"]
    # 26 nations (000), 26 countries (001, 004), two dozen countries (002).
    assert (row["first"], row["second"], row["second_articles"]) == (0, 4, 4)
    assert row["carried_by"] == "all other outlets only"
    assert "<td>4 of 4 articles</td>" in comparison.claims.value


def test_the_same_outlet_twice_asks_for_two(tables: pipeline.Tables) -> None:
    comparison = widgets.outlet_comparison(tables, EXPRESS, BBC)
    comparison.second.value = EXPRESS
    assert "Pick two different outlets" in comparison.status.value
    assert comparison.terms.value == "" and comparison.claims.value == ""


# --- article reader ------------------------------------------------------------------------


def test_reader_shows_the_whole_article_text(
    reader: widgets.ArticleReader, articles: pd.DataFrame
) -> None:
    for article_id, text in articles.set_index("article_id")["text"].items():
        reader.article.value = article_id
        shown = visible_text(reader.text.value)
        assert shown.split() == text.split(), article_id


def test_reader_marks_loaded_terms_quotes_and_frames(reader: widgets.ArticleReader) -> None:
    reader.article.value = "003"
    page = reader.text.value
    assert ("dictator", "dictator") in spans(page, "data-loaded")
    assert ("illegal invasion", "illegal invasion") in spans(page, "data-loaded")
    # "illegal invasion" stands in the paraphrase of a Kremlin claim: reported speech
    assert ("the Kremlin", "illegal invasion") in spans(page, "data-reported")
    # Putin's "legitimate targets for strikes", inside his quotation.
    assert re.search(r'data-speaker="Vladimir Putin"[^>]*>(<span [^>]*>)*legitimate targets', page)
    # "the Kyiv government": a responsibility indicator (government*), named after the word.
    assert re.search(
        r'data-frame="responsibility"[^>]*>(<span [^>]*>)*government(</span>)+<sup', page
    )
    assert "Vladimir Putin" in reader.legend.value and "loaded term" in reader.legend.value


def test_reader_colours_sentences_by_vader_sign(reader: widgets.ArticleReader) -> None:
    reader.article.value = "003"
    page = reader.text.value
    signs = re.findall(r'data-sentence="(\d+)" data-sentiment="(\w+)"', page)
    assert len(signs) == 16 and [int(s) for s, _ in signs] == list(range(1, 17))
    # "illegal" is in VADER's lexicon: the "illegal invasion ... provoked" sentence is negative.
    sentence = re.search(r'data-sentiment="(\w+)"[^>]*>The Kremlin has often claimed', page)
    assert sentence and sentence.group(1) == "negative"
    counts = pd.Series([s for _, s in signs]).value_counts()
    assert f"16 sentences: {counts['negative']} negative, {counts['positive']} positive" in (
        reader.summary.value
    )


def test_reader_escapes_the_text(make_corpus: Callable[..., Path]) -> None:
    folder = make_corpus(
        {
            "a": 'The <b>dictator</b> & his "regime" cost $5 and $6.\n',
            "b": "A second article.\n",
        }
    )
    tables = pipeline.process(ct.load_articles(folder))
    page = widgets.article_reader(tables, "a").text.value
    assert "<b>" not in page and "&lt;b&gt;" in page and "&amp; his" in page
    assert 'class="tex2jax_ignore' in page  # "$5 and $6" must not be typeset as maths
    explorer = widgets.term_explorer(tables, "dictator")
    assert explorer.counts["n_matches"].tolist() == [1, 0]
    assert "&lt;b&gt;" in explorer.table.value


def test_widgets_work_on_another_corpus(make_corpus: Callable[..., Path]) -> None:
    tables = pipeline.process(
        ct.load_articles(make_corpus({"x": "One article about the dictator.\n"}))
    )
    comparison = widgets.outlet_comparison(tables)
    assert "single outlet" in comparison.status.value and comparison.claims.value == ""
    reader = widgets.article_reader(tables)
    assert "1 sentence: " in reader.summary.value and "1 loaded term;" in reader.summary.value
    assert widgets.term_explorer(tables, "dictator").counts["n_matches"].tolist() == [1]
