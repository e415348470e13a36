"""A fast drop-in for NLTK's untrained Punkt sentence splitter, with identical spans.

What is reproduced: `PunktSentenceTokenizer(params).span_tokenize(text)` where `params` is a
`PunktParameters` holding only `abbrev_types` and `sent_starters` (no collocations or
orthographic context), with NLTK's default `PunktLanguageVars` and boundary realignment on.
That is how `corpus_tools.segmentation` uses Punkt.

With empty collocations and orthographic context, Punkt's decisions reduce to:

1. Candidates. A break can only fall after ".", "?" or "!" followed either by one "non-word"
   character (``)";}]*:@'({[``, curly quotes, guillemets, "?" or "!") or by whitespace and
   a further token (`_match_potential_end_contexts`). A mark followed by anything else (a
   letter, digit, comma, period, hyphen, or only whitespace) is never a candidate.
2. Context. Each candidate is judged on a short string: the "word" before it (back to the
   last ASCII whitespace after the previous candidate), the mark, and what follows (the
   non-word character, or the whitespace plus the whole next whitespace-free token). A
   candidate whose word reaches back over the previous candidate (no ASCII whitespace
   between them) swallows it: the earlier one is never judged on its own.
3. Decision. The context is split into Punkt word tokens; the candidate is a break if any
   token but the last is a sentence break. A token is a break if it is exactly ".", "?" or
   "!", or ends in a single "." and is not an abbreviation (the lower-cased token minus its
   period, or the part of that after the last hyphen, is in the list), with two exceptions
   from the orthographic heuristic, which without orthographic evidence can only say "not a
   sentence starter" (for a lower-case word or one of ``;:,.!?``) or "unknown": an initial
   ("J.") is no break before either of those or before a capital; a number ("2026.",
   "1.5.") is no break before a lower-case word or ``;:,.!?``. An abbreviation that is no
   initial, and an ellipsis, break only before a sentence starter: a next token whose first
   character is upper case and whose lower-cased form (minus a sentence-final period) is in
   the starters ("Acme Ltd. She said"). A "?" or "!" is always a token of its own and never
   the last, so those candidates always break.
4. Slices. A sentence ends after the mark; the next one starts at the next token (or at the
   non-word character). The first sentence keeps leading whitespace; the last one ends at
   the text's last non-whitespace character.
5. Realignment. Closing quotes and brackets right after a break followed by whitespace,
   "--" or a line end are moved onto the sentence before (`_realign_boundaries`).

Quirks reproduced on purpose: the next token is read whole, so "Wait... what?! no" breaks
after "Wait..." (because of the "?" in "what?!") while "Wait... what now" does not; a
quoted "!" or "?" ends the sentence before "she said"; "foo.)bar. Baz" is judged once, on
"foo.)bar. Baz", so the break falls after "bar." only; an abbreviation never ends a
sentence unless a listed starter follows ("the U.S. Officials" is one sentence).

All of this runs on stdlib `re`; NLTK runs its patterns on the third-party `regex` engine,
whose \\w, \\s and \\d differ from `re`'s on some characters (combining marks, superscript
digits, some separators). A text with a character outside the alphabet on which the two
agree (any of `UNSAFE_CHARACTERS`) is handed to NLTK itself; nothing else falls back.

Equality is tested in `tests/test_punkt.py`: differentially against NLTK on generated
paragraphs mixing news prose with every construction that matters above, and on the
bundled corpus, plus hand-written cases.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

# Characters on which stdlib `re` and the `regex` engine NLTK uses may disagree about \w, \s
# or \d, or \s and str.isspace: everything but ASCII, Latin-1 letters and signs, Latin
# Extended, Greek, Cyrillic, general punctuation, currency and letter-like symbols. The
# tests check the agreement on every other character.
UNSAFE_CHARACTERS = (
    r"\x1c-\x1f\x80-\x9f\xb2\xb3\xb9\xbc-\xbe\u0300-\u036f\u0483-\u0489\u0530-\u200f"
    r"\u2028-\u202f\u203f\u2040\u2054\u205f-\u209f\u20c1-\u20ff\u2150-\U0010ffff"
)
_UNSAFE_CHARACTER = re.compile(f"[{UNSAFE_CHARACTERS}]")

# Punkt's "non-word" characters: a sentence mark directly followed by one is a candidate.
_NON_WORD = r"[)\";}\]*:@'({\[\u2018\u2019\u201c\u201d\xab\xbb?!]"

# A possible break: the mark, then a non-word character or whitespace and the next token.
_CANDIDATE = re.compile(rf"[.?!](?=(?P<after>{_NON_WORD}|\s+(?P<next>\S+)))")

# Punkt's word tokenizer (`PunktLanguageVars._word_tokenize_fmt`): multi-character
# punctuation, else a word running up to whitespace, non-word punctuation, multi-character
# punctuation or a word-final comma, else a single character.
_MULTI_CHAR = r"(?:-{2,}|\.{2,}|(?:\.\s){2,}\.)"
_PUNKT_WORD = re.compile(
    rf"""{_MULTI_CHAR}
    | (?=[^(\"`{{\[:;&\#*@)}}\]\-,])\S+?
      (?=\s|$|{_NON_WORD}|{_MULTI_CHAR}|,(?=$|\s|{_NON_WORD}|{_MULTI_CHAR}))
    | \S""",
    re.VERBOSE,
)

# Period-final tokens the second pass may keep inside a sentence: an initial ("J.") or a
# number ("2026.", "1.5."; Punkt's `_RE_NUMERIC`, whose optional final period the class
# already covers).
_INITIAL_OR_NUMBER = re.compile(r"(?P<initial>[^\W\d]\.)|(?P<number>-?[.,]?\d[\d,.-]*)")
# Tokens the orthographic heuristic says never start a sentence.
_PUNCTUATION = (";", ":", ",", ".", "!", "?")

# Closing punctuation moved onto the sentence before (`re_boundary_realignment`).
_REALIGN = re.compile(r"[\"')\]}\u2018\u2019\u201c\u201d\xab\xbb]+?(?:\s+|(?=--)|$)", re.MULTILINE)

# What `PunktSentenceTokenizer._get_last_whitespace_index` counts as whitespace
# (`string.whitespace`, narrower than \s: no-break space is not in it).
_ASCII_WHITESPACE = " \t\n\r\x0b\x0c"


class SentenceSplitter:
    """Sentence spans of a text, as NLTK's untrained Punkt with the given abbreviations and
    sentence starters."""

    def __init__(self, abbreviations: Iterable[str], starters: Iterable[str] = ()) -> None:
        """Abbreviations are lower case without the final period, e.g. "u.s", "mr"; starters
        are lower-case words, e.g. "the"."""
        self._abbreviations = frozenset(abbreviations)
        self._starters = frozenset(starters)
        params = PunktParameters()
        params.abbrev_types = set(self._abbreviations)
        params.sent_starters = set(self._starters)
        self._reference = PunktSentenceTokenizer(params)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each sentence of `text`, equal to Punkt's `span_tokenize`."""
        if _UNSAFE_CHARACTER.search(text):
            return list(self._reference.span_tokenize(text))
        return list(_realign(text, self._slices(text)))

    def _slices(self, text: str) -> Iterator[tuple[int, int]]:
        """Sentences before realignment (`_slices_from_text`)."""
        last_break = 0
        for match, word in _judged_candidates(text):
            if self._breaks(word, match):
                yield last_break, match.end()
                last_break = match.start("next") if match.group("next") else match.end()
        yield last_break, len(text.rstrip())

    def _breaks(self, word: str, match: re.Match[str]) -> bool:
        """Punkt's decision on a candidate, read with the `word` before it."""
        if match.group() != ".":
            # "?" and "!" are always tokens of their own, and breaks, and never last.
            return True
        following = match.group("next") or match.group("after")
        if word.isalpha() and not ("." in following or "?" in following or "!" in following):
            # The common case, decided without tokenizing: "word." is the one token that
            # could be a break, and the next token's first Punkt word is all the heuristics
            # read.
            return self._is_break(word + ".", following)
        return self._contains_break(word + match.group() + match.group("after"))

    def _contains_break(self, context: str) -> bool:
        """True if a token of `context` other than the last is a sentence break."""
        # Punkt tokenizes line by line; only ". . ." could otherwise straddle a line break.
        if "\n" in context:
            tokens = [tok for line in context.split("\n") for tok in _PUNKT_WORD.findall(line)]
        else:
            tokens = _PUNKT_WORD.findall(context)
        return any(map(self._is_break, tokens, tokens[1:]))

    def _is_break(self, token: str, following: str) -> bool:
        """Punkt's verdict on `token`, followed by `following` (the next token, or text that
        starts with it), after both annotation passes."""
        if token in (".", "?", "!"):
            return True
        if not token.endswith("."):
            return False
        # Ellipses ("..", "...": the only tokens ending in "..") and abbreviations that are
        # no initial break before a sentence starter only.
        if token.endswith(".."):
            return self._starts_sentence(following)
        kind = _INITIAL_OR_NUMBER.fullmatch(token)
        if self._is_abbreviation(token):
            is_initial = kind is not None and kind.lastgroup == "initial"
            return not is_initial and self._starts_sentence(following)
        if kind is None:
            return True
        # With no orthographic evidence the heuristic says "not a sentence starter" for a
        # lower-case word or listed punctuation and "unknown" otherwise; "unknown" keeps an
        # initial before a capital ("J. Smith") but not a number ("in 2026. The").
        # (";", ":" and "," are tokens of their own, whether `following` is a token or text)
        if following in _PUNCTUATION or following[0] in ";:," or following[0].islower():
            return False
        return kind.lastgroup == "number" or not following[0].isupper()

    def _starts_sentence(self, following: str) -> bool:
        """Whether the next token is a sentence starter (capitalised, its type listed)."""
        if not self._starters or not following[0].isupper():
            return False
        token = _PUNKT_WORD.match(following).group()
        typ = token.lower()
        # (Punkt's `type_no_sentperiod`: the period of a token the first pass breaks after.)
        if typ.endswith(".") and not typ.endswith("..") and not self._is_abbreviation(token):
            typ = typ[:-1]
        return typ in self._starters

    def _is_abbreviation(self, token: str) -> bool:
        """Whether a period-final token is a listed abbreviation (also after its last hyphen)."""
        stem = token[:-1].lower()
        return stem in self._abbreviations or stem.split("-")[-1] in self._abbreviations


def _last_whitespace(text: str, start: int, end: int, whitespace: str) -> int:
    """Index of the last of the `whitespace` characters in text[start:end], or -1."""
    if len(whitespace) == 1:
        return text.rfind(whitespace, start, end)
    return max(text.rfind(ch, start, end) for ch in whitespace)


def _judged_candidates(text: str) -> Iterator[tuple[re.Match[str], str]]:
    """Each judged candidate and the word before it, as `_match_potential_end_contexts` has it.

    The word runs back to the last ASCII whitespace after the previous candidate. NLTK treats
    whitespace at offset 0 of that stretch as none, and then the word reaches back to the
    previous candidate's word start; a candidate whose word so reaches over the previous one
    swallows it: the earlier candidate is not judged at all.
    """
    # A printable text has no whitespace but spaces, so one `rfind` finds the last one.
    whitespace = " " if text.isprintable() else _ASCII_WHITESPACE
    previous: re.Match[str] | None = None
    word_start = word_end = 0  # the previous candidate's word: text[word_start:word_end]
    for match in _CANDIDATE.finditer(text):
        space = _last_whitespace(text, word_end, match.start(), whitespace)
        start = space + 1 if space > word_end else word_start
        if previous is not None and word_end <= start:
            yield previous, text[word_start:word_end]
        previous, word_start, word_end = match, start, match.start()
    if previous is not None:
        yield previous, text[word_start:word_end]


def _realign(text: str, slices: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Move closing quotes and brackets after a break onto the sentence before."""
    slices = list(slices)  # never empty: the last sentence is always there
    shift = 0  # how far the current sentence's start moves past punctuation given away
    for (start, end), (next_start, next_end) in zip(slices, slices[1:], strict=False):
        start += shift
        closing = _REALIGN.match(text, next_start, next_end)  # endpos acts as the slice end
        if closing:
            # Yielded even if empty, as NLTK does.
            yield start, next_start + len(closing.group().rstrip())
            shift = closing.end() - next_start
        else:
            shift = 0
            if start < end:
                yield start, end
    start, end = slices[-1]
    if start + shift < end:
        yield start + shift, end
