"""Paragraphs, sentences and tokens as tidy tables with character offsets into the cleaned text.

Sentences come from NLTK's Punkt tokenizer, untrained but told the abbreviations in
`data/lexicons/abbreviations.txt` (so "U.S." or "Mr." do not end a sentence); tokens from
NLTK's `NLTKWordTokenizer`, run per sentence. Neither needs downloaded NLTK data.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import numpy as np
import pandas as pd
from nltk.tokenize import NLTKWordTokenizer
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from corpus_tools.resources import data_path, read_word_list

# One character for one, so offsets into the normalised text are offsets into the original.
_TYPOGRAPHIC = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})

PARAGRAPH_COLUMNS = ["article_id", "outlet_label", "paragraph_id", "start", "end", "text"]
SENTENCE_COLUMNS = [
    "article_id",
    "outlet_label",
    "paragraph_id",
    "sentence_id",
    "start",
    "end",
    "text",
]
TOKEN_COLUMNS = [
    "article_id",
    "outlet_label",
    "paragraph_id",
    "sentence_id",
    "token_id",
    "token",
    "lower",
    "start",
    "end",
    "is_punct",
    "is_stop",
]


# Quotation marks delimit voices but belong to none; matchers skip them.
QUOTE_MARKS = frozenset("\"'`“”‘’«»„")


def is_quote_mark(token: str) -> bool:
    """True if the token consists of quotation marks only."""
    return bool(token) and QUOTE_MARKS.issuperset(token)


def join_tokens(toks: pd.DataFrame) -> str:
    """Tokens (in order) as text: no space where the article has none, one space elsewhere.

    "Where the article has none" is read from a `spaced` column if `toks` has one (True where
    whitespace precedes the token in the article, for tokens picked out of a longer run), else
    from the offsets of consecutive rows. Punctuation after a gap is glued to the word before.
    """
    if "spaced" in toks.columns:
        spaced = toks["spaced"].to_numpy()
        glue_ok = toks["token_id"].diff().eq(1).to_numpy() | toks["is_punct"].to_numpy()
    else:
        spaced = (toks["start"] != toks["end"].shift()).to_numpy()
        glue_ok = np.ones(len(toks), dtype=bool)
    glue = np.where(~spaced & glue_ok, "", " ")
    if len(glue):
        glue[0] = ""
    return "".join(f"{g}{t}" for g, t in zip(glue, toks["token"], strict=True))


def normalise_typography(text: str) -> str:
    """Curly quotes and apostrophes as straight ones, with the text's length unchanged."""
    return text.translate(_TYPOGRAPHIC)


@cache
def _sentence_splitter() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(read_word_list(data_path("lexicons", "abbreviations.txt")))
    return PunktSentenceTokenizer(params)


@cache
def stop_words() -> frozenset[str]:
    """The stop-word list: `data/lexicons/stopwords_en.txt` plus `stopwords_extra.txt`."""
    return read_word_list(data_path("lexicons", "stopwords_en.txt")) | read_word_list(
        data_path("lexicons", "stopwords_extra.txt")
    )


def paragraphs(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per paragraph of each article's cleaned `text`: `PARAGRAPH_COLUMNS`.

    A text with blank lines is read as blank-line-separated paragraphs whose single line breaks
    are soft wraps (hard-wrapped files); a text without blank lines has one paragraph per line
    (the bundled corpus). `start`/`end` exclude surrounding whitespace.
    """
    rows = [
        (a.article_id, a.outlet_label, pid, m.start(), m.end(), m.group())
        for a in articles.itertuples(index=False)
        for pid, m in enumerate(_paragraph_pattern(a.text).finditer(a.text), start=1)
    ]
    return pd.DataFrame(rows, columns=PARAGRAPH_COLUMNS)


def _paragraph_pattern(text: str) -> re.Pattern[str]:
    if re.search(r"\n[^\S\n]*\n", text):
        return re.compile(r"\S(?:(?!\n[^\S\n]*\n)[\s\S])*\S|\S")
    return re.compile(r"\S[^\n]*\S|\S")


def sentences(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence, numbered from 1 within each article: `SENTENCE_COLUMNS`."""
    return split_sentences(paragraphs(articles))


def split_sentences(paras: pd.DataFrame) -> pd.DataFrame:
    """The sentences of a `paragraphs()` table: `SENTENCE_COLUMNS`."""
    splitter = _sentence_splitter()
    rows = []
    for article_id, para in paras.groupby("article_id", sort=False):
        sid = 0
        for p in para.itertuples(index=False):
            for start, end in splitter.span_tokenize(normalise_typography(p.text)):
                sid += 1
                text = p.text[start:end]
                rows.append(
                    (
                        article_id,
                        p.outlet_label,
                        p.paragraph_id,
                        sid,
                        p.start + start,
                        p.start + end,
                        text,
                    )
                )
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS)


def is_punctuation(token: str) -> bool:
    """True if every character of the token is punctuation or a symbol (Unicode P* or S*)."""
    return all(unicodedata.category(ch)[0] in "PS" for ch in token)


_EDGE_HYPHENS = re.compile(r"^(-+)(?=\w)|(?<=\w)(-+)$")


def _word_spans(tokenizer: NLTKWordTokenizer, text: str) -> list[tuple[int, int]]:
    """The tokenizer's spans, with bullet dashes ("-His") and suspended hyphens ("UK- and")
    split off the word they are attached to."""
    spans = []
    for start, end in tokenizer.span_tokenize(text):
        m = _EDGE_HYPHENS.search(text[start:end])
        if m is None or m.end() - m.start() == end - start:
            spans.append((start, end))
        else:
            cut = start + (m.end() if m.group(1) else m.start())
            spans += [(start, cut), (cut, end)]
    return spans


def tokens(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per token of the articles' sentences: `TOKEN_COLUMNS` (see `tokenize_sentences`).

    Voice (`in_quote`, `speaker`) is added by `corpus_tools.tokens`.
    """
    return tokenize_sentences(sentences(articles))


def tokenize_sentences(sents: pd.DataFrame) -> pd.DataFrame:
    """One row per token of a `sentences()` table, numbered from 1 within each article.

    `token` is the text as written; `lower` is lower-cased with straight apostrophes, the
    form every matcher uses; `start`/`end` are offsets into the article's cleaned text.
    """
    tokenizer, stops = NLTKWordTokenizer(), stop_words()
    rows = []
    for article_id, in_article in sents.groupby("article_id", sort=False):
        tid = 0
        for s in in_article.itertuples(index=False):
            for start, end in _word_spans(tokenizer, normalise_typography(s.text)):
                tid += 1
                token = s.text[start:end]
                lower = normalise_typography(token).lower()
                rows.append(
                    (
                        article_id,
                        s.outlet_label,
                        s.paragraph_id,
                        s.sentence_id,
                        tid,
                        token,
                        lower,
                        s.start + start,
                        s.start + end,
                        is_punctuation(token),
                        lower in stops,
                    )
                )
    return pd.DataFrame(rows, columns=TOKEN_COLUMNS)
