"""A fast drop-in for NLTK's `NLTKWordTokenizer` plus the project's hyphen rule, same spans.

What is reproduced: `NLTKWordTokenizer().span_tokenize(text)`
with each token's leading hyphens before a word character ("-His") or trailing hyphens after
one ("UK-") split off (only one of the two per token, the leading ones if both).

NLTK gets its tokens by padding punctuation with spaces through ~25 regular-expression
substitutions and splitting on whitespace. On the text modelled here these amount to:

- always a token of their own: ``; @ # $ % & ? ! * ( ) [ ] { } < >``, the figure, en and em
  dashes and horizontal bar (U+2012-U+2015), and each straight double quote;
- "," and ":" are tokens of their own unless a digit follows ("1,000", "5:30" stay whole);
- runs of two or more periods are tokens ("...", but ". . ." is three); a single period stays
  inside its word ("U.S.", "3.5", "Mr.") except the text's final period: the last "." when
  only closing brackets, quotes and whitespace follow it, not preceded by another ".", and
  with no double quote after a space among what follows (NLTK's starting-quote rule turns
  that quote into ``` `` ``` first, which stops its final-period rule);
- clitics 's 'S 'm 'M 'd 'D 'll 'LL 're 'RE 've 'VE n't N'T start a token when a split
  (whitespace, the end, or a character that is split off as above) follows them and a
  non-space character precedes them: "do n't", "John 's", but "John's-based" stays whole;
- a bare "'" is split from a non-space character before it when a split follows it
  ("troops '"), and from the word after it when no word character precedes it and what
  follows is not re/ve/ll/m/t/s/d/n as a whole word ("' Hello", but "'s" and "'n'" stay).

Everything else (letters, digits, hyphens, slashes, other symbols) sticks together. Then
the project's rule cuts a token's edge hyphens.

Quirks reproduced on purpose: only the text's final period is split ("so. Then" keeps
"so."), and not at all in 'He said. "' (see above); "," before a digit never splits, even in
"word,5"; the clitic rules are case-sensitive ("Don'T" stays whole); "-UK-" gives "-" and
"UK-" (the hyphen rule cuts one edge only).

When it falls back to NLTK: a text containing any of `punkt.UNSAFE_CHARACTERS` (where stdlib
`re` and NLTK's `regex` engine disagree about \\w, \\s or \\d), a backtick, curly quote,
guillemet or low-9 quote (NLTK converts and pads those with rules of their own), "--", two
commas or colons in a row (NLTK's comma rule swallows the second), a quote right after a
clitic or another quote ("''", "'s'", "n't'": NLTK's clitic rule is one left-to-right pass
that sees some of the spaces other splits make and not others), or the letters of a
MacIntyre contraction ("cannot", "gonna", "'tis", ...) anywhere. `_UNMODELLED` finds all of
these in one search.

Equality is tested in `tests/test_treebank.py`: differentially against NLTK on generated
sentences mixing news prose with every construction above, and on the bundled corpus, plus
hand-written cases.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import compress
from typing import NamedTuple

import numpy as np
from nltk.tokenize import NLTKWordTokenizer

from corpus_tools.punkt import UNSAFE_CHARACTERS

# Characters NLTK always pads with spaces.
_ALONE = r";@#$%&?!*\[\](){}<>\"\u2012-\u2015"
# NLTK puts a space here: whitespace, the end, a padded character or an ellipsis.
_SPLIT = rf"(?=\s|$|[{_ALONE}]|[,:](?!\d)|\.\.)"
# Clitic endings NLTK splits off before a space (case-sensitive, unlike _NOT_QUOTED).
_CLITIC = r"(?:[sSmMdD]|ll|LL|re|RE|ve|VE)"
# After a quote, these whole words keep it attached (NLTK's opening-quote rule skips them).
_NOT_QUOTED = r"(?i:re|ve|ll|m|t|s|d|n)\b"
# A quote after a non-word character and before a word (other than _NOT_QUOTED) is split
# from both.
_OPENING_QUOTE = rf"'(?<!\w')(?=\w)(?!{_NOT_QUOTED})"
# After a hyphen: a new NLTK token begins here.
_TOKEN_STARTS = (
    rf"(?:{_SPLIT}|'{_CLITIC}{_SPLIT}|(?:n't|N'T){_SPLIT}|'{_SPLIT}"
    rf"|'(?=\w)(?!{_NOT_QUOTED}))"
)

# Characters at which no token begins or ends by itself: a run of them (with single hyphens
# inside) followed by a split is one token.
_PLAIN = rf"[^\s{_ALONE},:.'\-]"
# More of a token that has begun: anything but the start of a new one. Most of a word is
# matched by the first branch; the others look at the characters that can split.
_MORE = rf"""
    [^\s{_ALONE},:.'nN\-]+
    | n(?!'t{_SPLIT}) | N(?!'T{_SPLIT}) | [nN](?<='[nN])
    | \.(?!\.)
    | [,:](?=\d)
    | '(?:(?<=\w')|(?!\w)|(?={_NOT_QUOTED}))(?!{_SPLIT}|{_CLITIC}{_SPLIT})
"""
# A hyphen continues a token unless it begins trailing hyphens after a word character (the
# project's rule splits "UK-" into "UK" and "-").
_HYPHEN = rf"-(?<!\w-)|-(?!-*{_TOKEN_STARTS})"

# One token. Every branch continues from one non-space character (so the engine skips
# whitespace quickly) and says by a look behind which characters it starts with.
_TOKEN = re.compile(
    rf"""
    \S(?:
          (?<={_PLAIN}){_PLAIN}*+(?:-{_PLAIN}++)*+{_SPLIT}   # a plain, maybe hyphenated word
        | (?<=[{_ALONE}])
        | (?<=[,:])(?!\d)
        | (?<=\.)\.++                                       # an ellipsis
        | (?<=')(?<!\w')(?=\w)(?!{_NOT_QUOTED})             # an opening quote
        | (?<=-)-*+(?=\w)                                   # leading hyphens ("-His")
        | (?<=-\w)(?:{_MORE}|-)*                # the word after them keeps trailing hyphens
        | (?:{_MORE}|{_HYPHEN})*
    )
    """,
    re.VERBOSE,
)

# Characters the fast path leaves to NLTK: unsafe ones, backticks, curly and low quotes and
# guillemets (NLTK converts and pads those by rules of their own).
_ODD_CHARACTERS = rf"{UNSAFE_CHARACTERS}`\u2018\u2019\u201c\u201d\u201e\xab\xbb"
# A clitic (or the "t" of "n't") right before a quote: NLTK's clitic rule, one left-to-right
# pass, may or may not see the space the quote's own split makes.
_CLITIC_OR_T = r"(?:[sSmMdDtT]|ll|LL|re|RE|ve|VE)"
# Everything the fast path does not model, found in one search: the leading class lets the
# engine skip all other characters, then the look-arounds say which construction it is.
# The contractions are found wherever their letters are, a superset of where NLTK's
# word-bounded patterns apply; the double letter in each is what is looked for first.
_UNMODELLED = re.compile(
    rf"""
    [{_ODD_CHARACTERS}'\-,:nNmMtT]
    (?:
          (?<=[nNmMtT])(?=[nNmMtT])
          (?i: (?<=can)not | (?<=gon)na | (?<=wan)na | (?<=gim)me | (?<=lem)me | (?<=got)ta )
        | (?<=')(?: {_CLITIC_OR_T}?' | (?i: (?<=d')ye | (?<=more')n | tis | twas ) )
        | (?<=-)-
        | (?<=[,:])[,:]
        | (?<=[{_ODD_CHARACTERS}])
    )
    """,
    re.VERBOSE,
)

# What may follow the final period for NLTK to split it off.
_FINAL_TAIL = re.compile(r"[\]\)}>\"' ]*+\s*\Z")


class Tokens(NamedTuple):
    """The tokens of many texts, flat: each token's text, start and end (offsets into its own
    text), and how many tokens each text has (the tokens of one text are consecutive)."""

    words: list[str]
    starts: np.ndarray
    ends: np.ndarray
    counts: np.ndarray


class WordTokenizer:
    """Token spans of a sentence, as `NLTKWordTokenizer` plus the project's hyphen rule."""

    def __init__(self) -> None:
        """Keep an NLTK tokenizer for texts the fast path does not model."""
        self._reference = NLTKWordTokenizer()

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each token of `text`, equal to NLTK's plus the hyphen rule."""
        found = self.tokenize([text])
        return list(zip(found.starts.tolist(), found.ends.tolist(), strict=True))

    def tokenize(self, texts: Sequence[str]) -> Tokens:
        """The tokens of every text, as `spans` gives them, in one pass over all the texts."""
        # Flat lists from the start: a list per text would live on and wake the collector.
        words, counts, modelled, reference_starts = [], [], [], []
        for text in texts:
            fast = not _UNMODELLED.search(text)
            if fast:
                found = _fast_words(text)
            else:
                spans = _reference_spans(self._reference, text)
                found = [text[start:end] for start, end in spans]
                reference_starts += [start for start, _ in spans]
            words += found
            counts.append(len(found))
            modelled.append(fast)
        counts = np.asarray(counts, dtype=np.int64)
        lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
        modelled = np.asarray(modelled, dtype=bool)
        fast = np.repeat(modelled, counts)
        starts = np.empty(len(words), dtype=np.int64)
        fast_texts = list(compress(texts, modelled))
        starts[fast] = _word_starts(fast_texts, lengths[fast], counts[modelled])
        starts[~fast] = reference_starts
        return Tokens(words, starts, starts + lengths, counts)


def _fast_words(text: str) -> list[str]:
    """The tokens of a text the fast path models, as strings."""
    period = _final_period(text)
    if period < 0:
        return _TOKEN.findall(text)
    return [*_TOKEN.findall(text, 0, period), ".", *_TOKEN.findall(text, period + 1)]


def _word_starts(texts: list[str], lengths: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Where each token of fast-path texts starts in its text, from the tokens' lengths alone
    (`counts`: tokens per text).

    A fast-path token holds no whitespace, and the tokens of a text cover all its other
    characters (every match begins with \\S, so only whitespace is skipped): a token starts
    after as many non-whitespace characters as the tokens before it hold, plus every
    whitespace character that comes before that many. Counted over all the texts joined, this
    gives every start with no per-token loop.
    """
    joined = "".join(texts)
    # Fast-path texts hold no character above U+214F (see `UNSAFE_CHARACTERS`): one UTF-16
    # code unit each.
    codes = np.frombuffer(joined.encode("utf-16-le"), dtype=np.uint16)
    assert len(codes) == len(joined), "fast-path texts stay within the BMP"
    # What \s matches, for every code point up to the highest one present.
    is_space = np.array([chr(c).isspace() for c in range(int(codes.max(initial=0)) + 1)])
    spaces = np.flatnonzero(is_space[codes])
    assert len(codes) - len(spaces) == lengths.sum(), "fast-path tokens cover all but whitespace"
    before = np.cumsum(lengths) - lengths  # non-whitespace characters before each token
    # Whitespace character i has spaces[i] - i non-whitespace characters before it.
    skipped = np.searchsorted(spaces - np.arange(len(spaces)), before, side="right")
    text_lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    text_offsets = np.cumsum(text_lengths) - text_lengths
    return before + skipped - np.repeat(text_offsets, counts)


def _final_period(text: str) -> int:
    """Index of the period NLTK splits off at the end of the text, or -1."""
    period = text.rfind(".")
    if period <= 0 or text[period - 1] == "." or not _FINAL_TAIL.match(text, period + 1):
        return -1
    return -1 if ' "' in text[period + 1 :] else period


_EDGE_HYPHENS = re.compile(r"^(-+)(?=\w)|(?<=\w)(-+)$")


def _reference_spans(tokenizer: NLTKWordTokenizer, text: str) -> list[tuple[int, int]]:
    """NLTK's spans with the project's hyphen rule: the reference this module reproduces."""
    spans = []
    for start, end in tokenizer.span_tokenize(text):
        m = _EDGE_HYPHENS.search(text[start:end])
        if m is None or m.end() - m.start() == end - start:
            spans.append((start, end))
        else:
            cut = start + (m.end() if m.group(1) else m.start())
            spans += [(start, cut), (cut, end)]
    return spans
