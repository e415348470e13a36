"""`corpus_tools.punkt.SentenceSplitter` gives exactly the spans of NLTK's untrained Punkt with
the project's abbreviations and sentence starters: on generated paragraphs, on the bundled corpus
and on written cases."""

from __future__ import annotations

import re

import numpy as np
import pytest
import regex
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

import corpus_tools as ct
from corpus_tools.punkt import _UNSAFE_CHARACTER, SentenceSplitter
from corpus_tools.resources import data_path, read_word_list
from corpus_tools.segmentation import normalise_typography

ABBREVIATION_LIST = read_word_list(data_path("lexicons", "abbreviations.txt"))
STARTER_LIST = read_word_list(data_path("lexicons", "sentence_starters.txt"))


def nltk_punkt(abbreviations: frozenset[str], starters: frozenset[str]) -> PunktSentenceTokenizer:
    """NLTK's Punkt, untrained, told the abbreviations and sentence starters."""
    params = PunktParameters()
    params.abbrev_types = set(abbreviations)
    params.sent_starters = set(starters)
    return PunktSentenceTokenizer(params)


_NLTK = nltk_punkt(ABBREVIATION_LIST, STARTER_LIST)


def reference_sentence_spans(text: str) -> list[tuple[int, int]]:
    """The reference: NLTK's Punkt, untrained, told the project's lists."""
    return list(_NLTK.span_tokenize(text))


def pieces(text: str) -> list[str]:
    """The space-separated pieces of `text`."""
    return text.split()


# Pieces of generated paragraphs, by kind: news prose and every construction Punkt's rules
# look at. UNSAFE are characters the fast path hands to NLTK.
WORDS = pieces(
    "the a of to in and on for with that as by from at said would be has had will not "
    "President Putin Macron Trump Zelensky Peskov Russia Ukraine Moscow Kyiv Paris NATO "
    "Kremlin troops forces leaders ceasefire security guarantees talks war nations day "
    "statement warning targets deal coalition Friday September UK France Europe Western "
    "right-wing so-called post-war French-led it's don't they're O'Brien troops' 's n't "
    "Rowling Zelenskyy Łukasz Škoda Müller café Москва Ελλάδα x I i é The She Its In "
    "According The. She's IN"
)
ABBREVIATIONS = pieces(
    "U.S. U.K. U.N. E.U. Mr. Mrs. Ms. Dr. St. Gen. Lt. Col. Sen. Rep. Gov. Jr. Sr. Prof. "
    "ex-Gen. U.S.-led mr. GEN. e.g. i.e. a.m. p.m. etc. vs. No. Inc. U.S.A. St.-Denis"
)
INITIALS = pieces("J. K. A. x. é. Ł. J.K. 1. II. a.")
NUMBERS = pieces(
    "€1.1 billion 3.5% 1,000 5:30 2026 2026. 1.5. -3 -3. .5 .5. ,5 10,000,000 $5 £3.2m "
    "1990s 9/11 24/7 50-50 1st 2nd 21st 12:00pm 0.3 1-2. 3,5. 1.2.3"
)
PUNCTUATION = [
    *",,,..:;?!/$%&@#*()[]{}<>+=_|~^\"\"'''`-“”‘’«»„",
    *pieces('... .. .... … ?! !! !? -- -His UK- – — .) ." .\' .” .’ .» .") .] .} .; .: .* .@'),
    *pieces('?) !” ?" .( .[ .- ..)'),
    ". . .",
    ". .",
]
ENDS = [".", ".", ".", ".", "?", "!", "?!", "!!", "...", ". . .", ". .", "..", ";"]
CLOSERS = ["", "", "", '"', "'", ")", "]", "}", "”", "’", "»", '")', "”)", "'\"", "))", "“"]
SPACES = [" "] * 12 + ["", "", "", "  ", "\n", "\n\n", " \n ", "\t", "\xa0", "\r\n", "\x0c"]
UNSAFE = ["é\u0301", "x²", "½", "\u2028", "\x1c", "\x85", "🙂", "中文", "\u200b", "\u3000"]
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
    [WORDS] * 55
    + [ABBREVIATIONS] * 12
    + [INITIALS] * 6
    + [NUMBERS] * 10
    + [PUNCTUATION] * 17
    + [PHRASES] * 2
)


def generated_paragraphs(n: int, seed: int = 2026) -> list[str]:
    """`n` paragraphs of a few sentences of random pieces, now and then an unsafe character."""
    paragraphs = []
    for draws in np.random.default_rng(seed).random((n, 256)).tolist():
        uniform = iter(draws)

        def pick(options: list, uniform=uniform):  # this paragraph's draws, in turn
            return options[int(next(uniform) * len(options))]

        parts = [pick(SPACES)] if pick(range(10)) == 0 else []
        for _ in range(pick(range(5))):
            for _ in range(pick(range(9))):
                kind = UNSAFE if pick(range(500)) == 0 else pick(KINDS)
                parts += [pick(kind), pick(SPACES)]
            # A sentence end: a mark or a period-final piece, maybe closing punctuation, and
            # the next sentence starting with a capital, a lower-case word, a quote or digit.
            if pick(range(4)) == 0:
                parts[-1:] = [pick(ABBREVIATIONS + INITIALS + NUMBERS)]
            parts += [pick(ENDS), pick(CLOSERS), pick(SPACES)]
            parts.append(pick(["", "", "", "", '"', "“", "(", "'", "‘", "[", "2026", "i", "The"]))
        paragraphs.append("".join(parts))
    return paragraphs


@pytest.fixture(scope="module")
def paragraphs() -> list[str]:
    return generated_paragraphs(50_000)


def assert_same_spans(
    texts: list[str],
    abbreviations: frozenset[str] = ABBREVIATION_LIST,
    starters: frozenset[str] = STARTER_LIST,
):
    splitter = SentenceSplitter(abbreviations, starters)
    nltk = nltk_punkt(abbreviations, starters)
    differing = [
        (text, expected, got)
        for text in texts
        if (expected := list(nltk.span_tokenize(text))) != (got := splitter.spans(text))
    ]
    shown = "\n".join(f"{t!r}\n  nltk: {e}\n  ours: {g}" for t, e, g in differing[:5])
    assert not differing, f"{len(differing)} of {len(texts)} texts differ, first:\n{shown}"


def test_generated_paragraphs_match_nltk(paragraphs: list[str]) -> None:
    assert_same_spans(paragraphs)


def test_generated_paragraphs_match_nltk_once_normalised(paragraphs: list[str]) -> None:
    # What the project splits: curly quotes made straight.
    assert_same_spans([normalise_typography(p) for p in paragraphs[:25_000]])


def test_other_abbreviations(paragraphs: list[str]) -> None:
    # Nothing is specific to the bundled lists: different ones, with an initial-like
    # abbreviation, one that contains a hyphen, and a starter that is also an abbreviation.
    others = frozenset({"e.g", "etc", "j", "no", "st-denis"})
    assert_same_spans(paragraphs[:10_000], others, frozenset({"no", "i", "she"}))
    assert_same_spans(paragraphs[:5_000], frozenset(), frozenset())


def test_generated_paragraphs_exercise_both_paths(paragraphs: list[str]) -> None:
    falls_back = sum(bool(_UNSAFE_CHARACTER.search(p)) for p in paragraphs)
    assert 0.001 * len(paragraphs) < falls_back < 0.05 * len(paragraphs)


def test_bundled_corpus_matches_nltk() -> None:
    texts = ct.paragraphs(ct.load_articles())["text"]
    normalised = [normalise_typography(text) for text in texts]
    assert_same_spans(normalised)
    assert_same_spans(list(texts))
    assert not any(_UNSAFE_CHARACTER.search(text) for text in normalised)


def test_fast_path_alphabet_means_the_same_to_both_regex_engines() -> None:
    # On every character outside UNSAFE_CHARACTERS, stdlib `re` (used here) and `regex` (used
    # by NLTK) agree on \w, \s and \d, \s agrees with str.isspace, and case-insensitive
    # matching of the letters NLTK's opening-quote rule names agrees.
    classes = [r"\w", r"\s", r"\d", "(?i)[revlmtsdn]"]
    disagreeing = [
        (hex(code), pattern)
        for code in range(0x110000)
        if not _UNSAFE_CHARACTER.match(ch := chr(code))
        for pattern in classes
        if bool(re.match(pattern, ch)) != bool(regex.match(pattern, ch))
        or (pattern == r"\s" and bool(re.match(pattern, ch)) != ch.isspace())
    ]
    assert not disagreeing


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("The U.S. said so. Mr. Smith left.", ["The U.S. said so.", "Mr. Smith left."]),
        (
            'He said: "We\'ll see." Then he left.',
            ['He said: "We\'ll see."', "Then he left."],
        ),
        # Initials stay; an abbreviation at the end of a sentence does not end it.
        ("J. K. Rowling wrote it. It sold.", ["J. K. Rowling wrote it.", "It sold."]),
        ("Talks with the U.S. Officials met.", ["Talks with the U.S. Officials met."]),
        # ... unless a sentence starter follows; an initial is no abbreviation that could end
        # one ("Dr. A. Ruiz": "A." reads as the word "a").
        ("He joined Acme Ltd. She left.", ["He joined Acme Ltd.", "She left."]),
        ("Gen. He Wen and Dr. In-ho Ra met.", ["Gen. He Wen and Dr. In-ho Ra met."]),
        ("Wait... The end.", ["Wait...", "The end."]),
        # A number ends a sentence before a capital, not before a lower-case word.
        ("It was 2026. Then came 2027. and more", ["It was 2026.", "Then came 2027. and more"]),
        # Closing quotes and brackets stay with the sentence they close.
        ("(He left.) Then? Yes.", ["(He left.)", "Then?", "Yes."]),
        # Punkt knows no "she said": a quoted "!" or "?" ends the sentence.
        ("“Yes!” she said.", ["“Yes!”", "she said."]),
        # An ellipsis ends a sentence only if something in its context does: here the "?" of
        # the next token, "what?!", which Punkt reads along with it.
        ("Wait... what now? No. Fine", ["Wait... what now?", "No.", "Fine"]),
        ("Wait... what?! no. Fine", ["Wait...", "what?!", "no.", "Fine"]),
        # The next token is read whole: "etc." in "etc.)" makes "Gen." end a sentence. And
        # "foo.)bar." is one word to Punkt, judged once, at its end.
        ("Gen. etc.) Then", ["Gen.", "etc.)", "Then"]),
        ("foo.)bar. Baz", ["foo.)bar.", "Baz"]),
        # Leading whitespace stays in the first sentence; trailing whitespace is dropped.
        ("  Leading and trailing.  ", ["  Leading and trailing."]),
        ("", []),
    ],
)
def test_written_cases(text: str, sentences: list[str]) -> None:
    expected = []
    for sentence in sentences:
        start = text.index(sentence, expected[-1][1] if expected else 0)
        expected.append((start, start + len(sentence)))
    assert reference_sentence_spans(text) == expected
    assert SentenceSplitter(ABBREVIATION_LIST, STARTER_LIST).spans(text) == expected
