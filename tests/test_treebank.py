"""`corpus_tools.treebank.WordTokenizer` gives exactly the spans of NLTK's word tokenizer plus
the project's hyphen rule: on generated sentences, on the bundled corpus and on written cases."""

from __future__ import annotations

import re

import numpy as np
import pytest
from nltk.tokenize import NLTKWordTokenizer

import corpus_tools as ct
from corpus_tools.segmentation import normalise_typography
from corpus_tools.treebank import _UNMODELLED, WordTokenizer

_EDGE_HYPHENS = re.compile(r"^(-+)(?=\w)|(?<=\w)(-+)$")
_NLTK = NLTKWordTokenizer()


def reference_token_spans(text: str) -> list[tuple[int, int]]:
    """The reference: NLTK's spans, bullet dashes and suspended hyphens split off."""
    spans = []
    for start, end in _NLTK.span_tokenize(text):
        m = _EDGE_HYPHENS.search(text[start:end])
        if m is None or m.end() - m.start() == end - start:
            spans.append((start, end))
        else:
            cut = start + (m.end() if m.group(1) else m.start())
            spans += [(start, cut), (cut, end)]
    return spans


def pieces(text: str) -> list[str]:
    """The space-separated pieces of `text`."""
    return text.split()


# Pieces of generated sentences, by kind. Most are news prose and what the fast path models;
# UNMODELLED are the rare constructions it hands to NLTK.
WORDS = pieces(
    "the a of to in and on for with that as by from at said would be has had will not "
    "President Putin Macron Trump Zelensky Peskov Russia Ukraine Moscow Kyiv Paris NATO "
    "Kremlin troops forces leaders ceasefire security guarantees talks war nations day "
    "statement warning targets deal coalition Friday September UK France Europe Western "
    "right-wing so-called post-war long-range French-led peace-keeping e-mail co-operation "
    "Rowling Zelenskyy Nawrocki Łukasz Škoda Müller café naïve São Москва Ελλάδα x I n N s t"
)
ABBREVIATIONS = pieces(
    "U.S. U.K. U.N. E.U. Mr. Mrs. Ms. Dr. St. Gen. Lt. Col. Sen. Rep. Gov. Jr. Sr. Prof. "
    "e.g. i.e. a.m. p.m. etc. vs. No. ex-Gen. U.S.-led Inc. J. K. A. x."
)
NUMBERS = pieces(
    "€1.1 billion 3.5% 1,000 5:30 2026 2026. 1.5. -3 .5 10,000,000 $5 £3.2m 1990s '90s 9/11 "
    "24/7 50-50 1st 2nd 3rd 21st 1. 2. 3,5 12:00pm 100m 0.3"
)
CLITICS = pieces(
    "it's don't can't won't isn't they're we'll I've she'd I'm It's DON'T Don'T WON'T y'all "
    "o'clock O'Brien O'Neill's rock'n'roll ma'am troops' countries' 's n't 'S 'LL 'RE 'VE 'D "
    "'M N'T 'll 're 've 'd 'm 't 'n John's Putin's U.S.'s Jones' 'Hello 'em 'sorry 'N' "
    "x'n't -'s '- s' e'er 'n't x'n'T 'a' 'Ll' 's's 'll've n'tt"
)
PUNCTUATION = [
    *",,,,..:;?!/$%&@#*()[]{}<>+=_|\\~^\"\"\"'''-",
    *pieces('... .. .... … ?! !! ?!? -His UK- - – — ‒ ― ‐ x- -5 ." .\' .) .") ?" "( (\' :" ,"'),
    ". . .",
    '. "',
]
SPACES = [" "] * 12 + ["", "", "", "", "", "  ", "\n", "\t", "\xa0", "\r\n", "\x0c", "\x0b"]
UNMODELLED = [
    *pieces("cannot Gonna gotta wanna gimme lemme 'tis 'Twas d'ye more'n -- `` '' 's' ,, :,"),
    *"“”‘’«»„`½\u2028\x1c\x85\u3000\u200b",
    *pieces("é\u0301 x² 🙂 中文"),
]
# Multi-word pieces, whole.
PHRASES = [
    "J. K. Rowling",
    "Gen. Mark Milley",
    "at 5:30 p.m. Friday",
    "the U.S. and U.K.",
    "No. 10",
]
# Which list each piece comes from, in proportion.
KINDS = (
    [WORDS] * 45
    + [ABBREVIATIONS] * 10
    + [NUMBERS] * 10
    + [CLITICS] * 12
    + [PUNCTUATION] * 23
    + [PHRASES] * 2
)


def generated_sentences(n: int, seed: int = 2026) -> list[str]:
    """`n` sentences: random pieces and gaps, now and then an unmodelled construction."""
    sentences = []
    for draws in np.random.default_rng(seed).random((n, 128)).tolist():
        uniform = iter(draws)

        def pick(options: list, uniform=uniform):  # this sentence's draws, in turn
            return options[int(next(uniform) * len(options))]

        parts = [pick(SPACES)] if pick(range(10)) == 0 else []
        for _ in range(pick(range(16))):
            kind = UNMODELLED if pick(range(250)) == 0 else pick(KINDS)
            parts += [pick(kind), pick(SPACES)]
        if pick(range(2)) == 0:  # half end in a full stop, often with closing punctuation
            parts += [pick(["", "", '"', "'", ")", '")', " ", "\n"]), "."]
            parts.append(pick(["", "", '"', "'", ")", "]", " ", '" ', ". "]))
        sentences.append("".join(parts))
    return sentences


def reference_or_error(text: str) -> list[tuple[int, int]] | type[Exception]:
    """The reference spans, or the exception class NLTK raises on `text`."""
    try:
        return reference_token_spans(text)
    except Exception as e:  # NLTK's alignment fails on some inputs; ours must fail alike
        return type(e)


def ours_or_error(tokenizer: WordTokenizer, text: str) -> list[tuple[int, int]] | type[Exception]:
    try:
        return tokenizer.spans(text)
    except Exception as e:
        return type(e)


def assert_same_spans(texts: list[str]) -> None:
    tokenizer = WordTokenizer()
    differing = [
        (text, expected, got)
        for text in texts
        if (expected := reference_or_error(text)) != (got := ours_or_error(tokenizer, text))
    ]
    shown = "\n".join(f"{t!r}\n  nltk: {e}\n  ours: {g}" for t, e, g in differing[:5])
    assert not differing, f"{len(differing)} of {len(texts)} texts differ, first:\n{shown}"


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    return generated_sentences(60_000)


def test_generated_sentences_match_nltk(sentences: list[str]) -> None:
    assert_same_spans(sentences)


def test_generated_sentences_exercise_both_paths(sentences: list[str]) -> None:
    falls_back = sum(bool(_UNMODELLED.search(s)) for s in sentences)
    assert 0.01 * len(sentences) < falls_back < 0.1 * len(sentences)


def test_bundled_corpus_matches_nltk() -> None:
    sents = ct.sentences(ct.load_articles())
    texts = [normalise_typography(text) for text in sents["text"]]
    assert_same_spans(texts)
    # News prose is the fast path: nothing in the corpus needs NLTK.
    assert not any(_UNMODELLED.search(text) for text in texts)


def test_raw_corpus_text_matches_nltk() -> None:
    # Not normalised: curly quotes are NLTK's business, and must still come out the same.
    assert_same_spans(list(ct.sentences(ct.load_articles())["text"]))


def spans_of(text: str, tokens: list[str]) -> list[tuple[int, int]]:
    """Spans of `tokens` found left to right in `text` (to write expected spans readably)."""
    spans, at = [], 0
    for token in tokens:
        at = text.index(token, at)
        spans.append((at, at + len(token)))
        at += len(token)
    return spans


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        (
            'He said: "We\'ll see." Then he left.',
            ["He", "said", ":", '"', "We", "'ll", "see.", '"', "Then", "he", "left", "."],
        ),
        (
            "The U.S. said so. Mr. Smith left.",
            ["The", "U.S.", "said", "so.", "Mr.", "Smith", "left", "."],
        ),
        ("Mr. Peskov didn't say.", ["Mr.", "Peskov", "did", "n't", "say", "."]),
        (
            'over €1.1 billion, or 3.5%."',
            ["over", "€1.1", "billion", ",", "or", "3.5", "%", ".", '"'],
        ),
        ("at 5:30, 1,000 troops' kit", ["at", "5:30", ",", "1,000", "troops", "'", "kit"]),
        ("-His UK- and French-led force", ["-", "His", "UK", "-", "and", "French-led", "force"]),
        (
            "O'Brien's 'plan' (so-called)",
            ["O'Brien", "'s", "'", "plan", "'", "(", "so-called", ")"],
        ),
        ("Wait... what?! No—never", ["Wait", "...", "what", "?", "!", "No", "—", "never"]),
        ('He said. "', ["He", "said.", '"']),  # NLTK keeps this last period: the quote opens
        ("", []),
    ],
)
def test_written_cases(text: str, tokens: list[str]) -> None:
    expected = spans_of(text, tokens)
    assert reference_token_spans(text) == expected
    assert WordTokenizer().spans(text) == expected
