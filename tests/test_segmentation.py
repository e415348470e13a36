"""Paragraphs, sentences and tokens: offsets, abbreviations, apostrophes, stop words."""

from __future__ import annotations

import pandas as pd

import corpus_tools as ct
from corpus_tools.segmentation import normalise_typography, split_sentences, tokenize_sentences
from tests.conftest import text_of


def test_offsets_point_into_the_cleaned_text(articles, sentences, tokens) -> None:
    for frame in (ct.paragraphs(articles), sentences, tokens):
        column = "token" if "token" in frame.columns else "text"
        for row in frame.itertuples():
            assert text_of(articles, row.article_id)[row.start : row.end] == getattr(row, column)


def test_abbreviations_do_not_end_sentences(sentences) -> None:
    in_000 = sentences[sentences["article_id"] == "000"]
    # "former U.S. President Donald Trump" and "the U.S. remains cautious" stay inside.
    assert in_000["text"].str.contains("former U.S. President Donald Trump met", regex=False).any()
    assert in_000["text"].str.contains("though the U.S. remains cautious", regex=False).any()
    assert not in_000["text"].str.endswith("U.S.").any()


def test_abbreviated_ranks_do_not_end_sentences() -> None:
    text = "The union's head, Sgt. Oren Falk, spoke. So did Insp. Ada Ruiz and Capt. Ines Kerr."
    articles = pd.DataFrame({"article_id": ["x"], "outlet_label": ["X"], "text": [text]})
    found = split_sentences(ct.paragraphs(articles))["text"].tolist()
    assert found == [
        "The union's head, Sgt. Oren Falk, spoke.",
        "So did Insp. Ada Ruiz and Capt. Ines Kerr.",
    ]
    # nor do the first halves of companies' legal forms
    text = (
        "Kelby Urja Pvt. Ltd. and Tarn Mining Pty. Ltd. signed. Kelby Sur A.G. and Tarn "
        "Noord U.A. agreed. Work starts soon."
    )
    articles = pd.DataFrame({"article_id": ["x"], "outlet_label": ["X"], "text": [text]})
    assert len(split_sentences(ct.paragraphs(articles))) == 3


def test_a_filipino_mas_full_stop_ends_a_sentence_only_after_a_given_name() -> None:
    # "Ma." (María) before a given name and a capitalised word is no sentence's end; after
    # a given name it is the surname Ma's, and so it is before anything but a given name
    text = (
        "The levee broke, said Ma. Lourdes Tanaka-Reyes. Its founder is Jack Ma. Lourdes "
        "Tanaka-Reyes left. It was quiet, said Ma. The mayor left."
    )
    articles = pd.DataFrame({"article_id": ["x"], "outlet_label": ["X"], "text": [text]})
    assert split_sentences(ct.paragraphs(articles))["text"].tolist() == [
        "The levee broke, said Ma. Lourdes Tanaka-Reyes.",
        "Its founder is Jack Ma.",
        "Lourdes Tanaka-Reyes left.",
        "It was quiet, said Ma.",
        "The mayor left.",
    ]


def test_initials_without_spaces_end_a_sentence_only_before_a_starter_or_after_a_comma() -> None:
    text = (
        "The dam is safe, said engineer T.K. Oyelaran. The B.C. Flood Office agreed. Fees "
        "rose in Kelby, D.C. Officials left. She moved to B.C. The firm stayed."
    )
    articles = pd.DataFrame({"article_id": ["x"], "outlet_label": ["X"], "text": [text]})
    assert split_sentences(ct.paragraphs(articles))["text"].tolist() == [
        "The dam is safe, said engineer T.K. Oyelaran.",
        "The B.C. Flood Office agreed.",
        "Fees rose in Kelby, D.C.",
        "Officials left.",
        "She moved to B.C.",
        "The firm stayed.",
    ]


def test_a_months_or_a_numbers_abbreviation_ends_no_sentence_before_a_number() -> None:
    text = (
        "The letter, dated Oct. 3, was signed. Decree No. 12 and Art. 4 apply from Jan. 1 "
        "2027. The mill closed in Oct. The union said so."
    )
    articles = pd.DataFrame({"article_id": ["x"], "outlet_label": ["X"], "text": [text]})
    assert split_sentences(ct.paragraphs(articles))["text"].tolist() == [
        "The letter, dated Oct. 3, was signed.",
        "Decree No. 12 and Art. 4 apply from Jan. 1 2027.",
        "The mill closed in Oct.",
        "The union said so.",
    ]


def test_a_legal_form_ends_a_sentence_before_a_quotation() -> None:
    # Punkt keeps an abbreviation inside a sentence before a quotation mark; a legal form
    # there ends it, with or without full stops inside, but a title does not
    text = (
        "“Sales fell,” said Ana Ruiz, head of Orvel Foods Ltd. “We cut costs.” She "
        "left. Its chair, Tarn Gulf Bank Q.P.S.C. 'Loans rose,' it said. Its head, Rev. "
        "'Ofa Tupou, said the school shut."
    )
    articles = pd.DataFrame({"article_id": ["x"], "outlet_label": ["X"], "text": [text]})
    assert split_sentences(ct.paragraphs(articles))["text"].tolist() == [
        "“Sales fell,” said Ana Ruiz, head of Orvel Foods Ltd.",
        "“We cut costs.”",
        "She left.",
        "Its chair, Tarn Gulf Bank Q.P.S.C.",
        "'Loans rose,' it said.",
        "Its head, Rev. 'Ofa Tupou, said the school shut.",
    ]


def test_sentence_counts_and_numbering(sentences) -> None:
    # 000 read by hand: paragraphs of 1, 3, 2, 2, 2, 2 and 2 sentences.
    in_000 = sentences[sentences["article_id"] == "000"]
    assert in_000.groupby("paragraph_id").size().tolist() == [1, 3, 2, 2, 2, 2, 2]
    for _, group in sentences.groupby("article_id"):
        assert group["sentence_id"].tolist() == list(range(1, len(group) + 1))


def test_curly_apostrophe_splits_like_a_straight_one(tokens) -> None:
    first = tokens[(tokens["article_id"] == "000") & (tokens["sentence_id"] == 1)]
    words = first["token"].tolist()
    i = words.index("Moscow")
    assert words[i : i + 2] == ["Moscow", "’s"]
    assert first["lower"].tolist()[i + 1] == "'s"


def test_punctuation_and_stop_words(tokens) -> None:
    flags = tokens.drop_duplicates("lower").set_index("lower")
    assert flags.loc["the", "is_stop"] and not flags.loc["putin", "is_stop"]
    assert flags.loc["'s", "is_stop"]
    assert flags.loc['"', "is_punct"] and flags.loc["—", "is_punct"]
    assert not flags.loc["€1.1", "is_punct"]  # "over €1.1 billion" in 000


def test_typography_keeps_lengths() -> None:
    text = "Putin’s “legitimate targets” ‘so-called’"
    assert normalise_typography(text) == "Putin's \"legitimate targets\" 'so-called'"
    assert len(normalise_typography(text)) == len(text)


def test_tokenize_any_sentence_table() -> None:
    sents = pd.DataFrame(
        {
            "article_id": ["x"],
            "outlet_label": ["X"],
            "paragraph_id": [1],
            "sentence_id": [4],
            "start": [10],
            "end": [31],
            "text": ["Mr. Peskov didn't say."],
        }
    )
    toks = tokenize_sentences(sents)
    assert toks["token"].tolist() == ["Mr.", "Peskov", "did", "n't", "say", "."]
    assert toks["start"].tolist() == [10, 14, 21, 24, 28, 31]
    assert (toks["sentence_id"] == 4).all()
