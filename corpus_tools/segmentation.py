"""Paragraphs, sentences and tokens as tidy tables with character offsets into the cleaned text.

Sentences are NLTK's Punkt tokenizer's, untrained but told the abbreviations in
`data/lexicons/abbreviations.txt` (so "U.S." or "Mr." do not end a sentence unless a word of
`sentence_starters.txt` follows: "Acme Ltd. She said"), and ended after a company's legal
form before a quotation that opens with a capital (`legal_forms.txt`), which Punkt cannot
see; tokens are
NLTK's `NLTKWordTokenizer`'s, run per sentence, with bullet dashes and suspended hyphens split
off. Neither needs downloaded NLTK data. Both are computed by exact re-implementations that are
several times faster (`corpus_tools.punkt`, `corpus_tools.treebank`: same spans as NLTK, checked
on the corpus and on thousands of generated sentences, NLTK itself for any text they do not
model).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from itertools import chain

import numpy as np
import pandas as pd

from corpus_tools.punkt import SentenceSplitter
from corpus_tools.resources import data_path, read_word_list
from corpus_tools.treebank import Tokens, WordTokenizer

_SHORT_NAMES = "given_name_abbreviations.txt"
# A given name and a capitalised word opening a sentence; a capitalised word ending a text.
_NAME_OPENING = re.compile(r"([A-Z][a-z]+) [A-Z]")
_CAPITALISED_END = re.compile(r"(?<!\S)([A-Z][\w'’-]*)\s+$")
# Two or three initials with no space between them ending a text, not after a comma ("R.K.";
# not ", D.C."); a capitalised word opening one
_INITIALS_END = re.compile(r"(?<![\w.,])(?<!, )(?:[A-Z]\.){2,3}$")
_CAPITALISED_WORD = re.compile(r"([A-Z][a-z]+)\b")
# A month's or a number's abbreviation ending a sentence, which it never does before a number
# ("dated Oct. 3", "Order No. 4", "Art. 17"): English constants, not a word list
_NUMBER_ABBREVIATION_END = re.compile(
    r"(?<![\w.])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Art)\.$"
)
# One character for one, so offsets into the normalised text are offsets into the original.
_TYPOGRAPHIC = {"’": "'", "‘": "'", "“": '"', "”": '"'}
_CURLY = re.compile(f"[{''.join(_TYPOGRAPHIC)}]")

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
    # Four `str.replace` calls run in C; `str.translate` with a dict looks up every character.
    for curly, straight in _TYPOGRAPHIC.items():
        text = text.replace(curly, straight)
    return text


def count_words(text: str) -> int:
    """Words in a stretch of text (a quotation, a reported clause): runs of letters, digits,
    apostrophes and hyphens."""
    return len(re.findall(r"[\w'’-]+", normalise_typography(text)))


@cache
def _sentence_splitter() -> SentenceSplitter:
    return SentenceSplitter(
        read_word_list(data_path("lexicons", "abbreviations.txt")),
        read_word_list(data_path("lexicons", "sentence_starters.txt")),
    )


@cache
def _legal_form_before_quotation() -> re.Pattern[str]:
    """A company's legal form with its full stop, before a quotation opening with a capital
    ('... of Orvel Foods Ltd. "We will ..."'): Punkt ends a sentence after an abbreviation
    only before a listed starter, and a quotation mark is none, so the sentence ends here."""
    forms = {f.removesuffix(".") for f in read_word_list(data_path("lexicons", "legal_forms.txt"))}
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternation})\.\s+(?=[\"'][A-Z])")


def _split_before_quotations(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` with a sentence also ended after a legal form before a quotation (`text` with
    straight quotation marks)."""
    if '. "' not in text and ". '" not in text:
        return spans
    pattern, split = _legal_form_before_quotation(), []
    for start, end in spans:
        for m in pattern.finditer(text, start, end):
            split.append((start, m.start() + len(m.group().rstrip())))
            start = m.end()
        split.append((start, end))
    return split


@cache
def short_given_names() -> tuple[str, ...]:
    """Given names written short with a full stop that the sentence splitter does not know as
    abbreviations, capitalised ("Ma"): `given_name_abbreviations.txt` less `abbreviations.txt`."""
    punkt = read_word_list(data_path("lexicons", "abbreviations.txt"))
    listed = {line.split()[0] for line in read_word_list(data_path("lexicons", _SHORT_NAMES))}
    return tuple(
        sorted(w[:-1].capitalize() for w in listed if w[-1] == "." and w[:-1] not in punkt)
    )


@cache
def _short_given_names() -> tuple[re.Pattern[str], frozenset[str], re.Pattern[str]]:
    """A given name written short that is also a word ending sentences, so no abbreviation
    of Punkt's ("Ma." for María in Filipino names, and the Chinese surname "Ma"), before a
    sentence's end; the given names it may open a name before; and where a sentence may end
    inside a name (after it, or after initials)."""
    names = frozenset(
        line.split()[0]
        for file in ("given_names.txt", "given_names_added.txt")
        for line in read_word_list(data_path("lexicons", file))
    )
    alternation = "|".join(short_given_names()) or "(?!)"
    return (
        re.compile(rf"(?<!\S)(?:{alternation})\.$"),
        names,
        re.compile(rf"(?:[A-Z]\.){{2}}\s|(?<!\S)(?:{alternation})\.\s"),
    )


def _join_false_ends(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` with no sentence ended inside a name (`_inside_name`), nor after a month's or
    a number's abbreviation before a number ("dated Oct. 3", "Order No. 4")."""
    numbered = any(text[start].isdigit() for start, _ in spans[1:])
    if not numbered and not _short_given_names()[2].search(text):  # (most texts have none)
        return spans
    joined = spans[:1]
    for start, end in spans[1:]:
        last_start, last_end = joined[-1]
        after_abbreviation = text[start].isdigit() and _NUMBER_ABBREVIATION_END.search(
            text, max(last_end - 5, last_start), last_end
        )
        if after_abbreviation or _inside_name(text, last_start, last_end, start, end):
            joined[-1] = (last_start, end)
        else:
            joined.append((start, end))
    return joined


def _inside_name(text: str, last_start: int, last_end: int, start: int, end: int) -> bool:
    """Whether Punkt ended a sentence inside a name, after a given name written short before
    a listed given name and a capitalised word ("said Ma. Teresa Cruz", "Gov. Ma. Teresa
    Cruz"; not after a given name, as before a surname: "Jack Ma. Teresa Cruz said"), or after
    initials with no space between them before a capitalised word that opens no sentence
    ("said R.K. Shrivastava", "the B.C. River Forecast Centre"; not after a comma, as a
    place's: "Washington, D.C. The mayor said")."""
    short, names, _ = _short_given_names()
    tail = max(last_start, last_end - 12)
    m = short.search(text, tail, last_end)
    name = m and _NAME_OPENING.match(text, start, end)
    before = name and _CAPITALISED_END.search(text, 0, m.start())
    if name and name[1].lower() in names and not (before and before[1].lower() in names):
        return True
    initials = _INITIALS_END.search(text, tail, last_end)
    word = initials and _CAPITALISED_WORD.match(text, start, end)
    return bool(word) and word[1].lower() not in _starters()


@cache
def _starters() -> frozenset[str]:
    return read_word_list(data_path("lexicons", "sentence_starters.txt"))


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
    offsets, texts, counts = [], [], []
    for text in articles["text"].tolist():
        before = len(texts)
        for m in _paragraph_pattern(text).finditer(text):
            offsets += m.span()
            texts.append(m.group())
        counts.append(len(texts) - before)
    counts = np.asarray(counts, dtype=np.int64)
    paras = articles[["article_id", "outlet_label"]].take(np.repeat(np.arange(len(counts)), counts))
    paras = paras.reset_index(drop=True)
    first = np.repeat(np.cumsum(counts) - counts, counts)
    paras["paragraph_id"] = np.arange(1, len(texts) + 1) - first
    offsets = np.asarray(offsets, dtype=np.int64).reshape(-1, 2)
    paras["start"], paras["end"] = offsets[:, 0], offsets[:, 1]
    paras["text"] = pd.array(texts, dtype="str")
    return paras


def _paragraph_pattern(text: str) -> re.Pattern[str]:
    if re.search(r"\n[^\S\n]*\n", text):
        return re.compile(r"\S(?:(?!\n[^\S\n]*\n)[\s\S])*\S|\S")
    return re.compile(r"\S[^\n]*\S|\S")


def sentences(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence, numbered from 1 within each article: `SENTENCE_COLUMNS`."""
    return split_sentences(paragraphs(articles))


def split_sentences(paras: pd.DataFrame) -> pd.DataFrame:
    """The sentences of a `paragraphs()` table: `SENTENCE_COLUMNS`."""
    texts = paras["text"].tolist()
    splitter = _sentence_splitter()
    # Flat lists from the start: a list of spans per paragraph would live on and wake the
    # collector.
    sentence_texts, offsets, counts = [], [], []
    for text in texts:
        straight = normalise_typography(text)
        spans = _split_before_quotations(straight, splitter.spans(straight))
        spans = _join_false_ends(straight, spans)
        sentence_texts += [text[start:end] for start, end in spans]
        offsets += chain.from_iterable(spans)
        counts.append(len(spans))
    counts = np.asarray(counts, dtype=np.int64)
    row_of = np.repeat(np.arange(len(texts)), counts)
    offsets = np.asarray(offsets, dtype=np.int64).reshape(-1, 2)
    offsets += paras["start"].to_numpy(np.int64)[row_of, None]
    sents = paras[["article_id", "outlet_label", "paragraph_id"]].take(row_of)
    sents = sents.reset_index(drop=True)
    sents["sentence_id"] = _numbered_within_articles(paras["article_id"].to_numpy(), counts)
    sents["start"], sents["end"] = offsets[:, 0], offsets[:, 1]
    sents["text"] = pd.array(sentence_texts, dtype="str")
    return sents


def is_punctuation(token: str) -> bool:
    """True if every character of the token is punctuation or a symbol (Unicode P* or S*)."""
    return all(unicodedata.category(ch)[0] in "PS" for ch in token)


def word_tokens(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per token of the articles' sentences: `TOKEN_COLUMNS` (see `tokenize_sentences`).

    Voice (`in_quote`, `speaker`) is added by `corpus_tools.tokens`.
    """
    return tokenize_sentences(sentences(articles))


def words_per_article(toks: pd.DataFrame, article_ids: pd.Series) -> np.ndarray:
    """Each article's number of tokens that are not punctuation (0 for none), in the order of
    `article_ids`, which must be unique and include every token's article."""
    article = pd.Index(article_ids).get_indexer(toks["article_id"])
    return np.bincount(article[~toks["is_punct"].to_numpy()], minlength=len(article_ids))


def tokenize_sentences(sents: pd.DataFrame) -> pd.DataFrame:
    """One row per token of a `sentences()` table, numbered from 1 within each article.

    `token` is the text as written; `lower` is lower-cased with straight apostrophes, the
    form every matcher uses; `start`/`end` are offsets into the article's cleaned text.
    """
    texts = sents["text"].tolist()
    normalised = [normalise_typography(text) for text in texts]
    found = WordTokenizer().tokenize(normalised)
    row_of = np.repeat(np.arange(len(texts)), found.counts)
    token = _as_written(found, texts, row_of)
    s_start = sents["start"].to_numpy()[row_of]
    toks = sents[["article_id", "outlet_label", "paragraph_id", "sentence_id"]].take(row_of)
    toks = toks.reset_index(drop=True)
    # Word forms repeat: each distinct token's properties are computed once.
    codes, distinct = pd.factorize(np.array(token, dtype=object))
    lower = [normalise_typography(t).lower() for t in distinct]
    punct = np.array([is_punctuation(t) for t in distinct], dtype=bool)
    stops = stop_words()
    toks["token_id"] = _numbered_within_articles(sents["article_id"].to_numpy(), found.counts)
    toks["token"] = pd.array(distinct, dtype="str").take(codes)
    toks["lower"] = pd.array(lower, dtype="str").take(codes)
    toks["start"] = s_start + found.starts
    toks["end"] = s_start + found.ends
    toks["is_punct"] = punct[codes]
    toks["is_stop"] = np.array([w in stops for w in lower], dtype=bool)[codes]
    return toks[TOKEN_COLUMNS]


def _as_written(found: Tokens, texts: list[str], row_of: np.ndarray) -> list[str]:
    """The tokens (read from the normalised texts) as written in `texts`: those holding a curly
    quote are sliced again from their text, the others are the same either way."""
    # Offsets into all the texts joined, so one search finds every curly quote's token.
    joined = "".join(texts)
    text_lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    token_starts = (np.cumsum(text_lengths) - text_lengths)[row_of] + found.starts
    curly = np.fromiter((m.start() for m in _CURLY.finditer(joined)), dtype=np.int64)
    holding = np.unique(np.searchsorted(token_starts, curly, side="right") - 1)
    holding = holding[holding >= 0]
    words = found.words  # changed in place
    starts = token_starts[holding].tolist()
    ends = (token_starts[holding] + found.ends[holding] - found.starts[holding]).tolist()
    for k, start, end in zip(holding.tolist(), starts, ends, strict=True):
        words[k] = joined[start:end]
    return words


def _numbered_within_articles(article_ids: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Numbers from 1 within each article for the parts of rows (sentences of paragraphs,
    tokens of sentences), given each row's article and number of parts. An article's rows are
    consecutive; the parts of row i come after those of row i - 1."""
    first_part = np.cumsum(counts) - counts
    new_article = np.ones(len(counts), dtype=bool)
    new_article[1:] = article_ids[1:] != article_ids[:-1]
    article_start = np.maximum.accumulate(np.where(new_article, np.arange(len(counts)), 0))
    return np.arange(1, int(counts.sum()) + 1) - np.repeat(first_part[article_start], counts)
