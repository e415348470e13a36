"""VADER sentiment scores, exactly as `vaderSentiment` 3.3.2 computes them, only faster.

`VaderScorer.polarity_scores(text)` returns the same dict as the reference,
`vaderSentiment.vaderSentiment.SentimentIntensityAnalyzer().polarity_scores(text)` (Hutto and
Gilbert 2014): the same lexicon files, read from the installed package, the same rules applied
in the same order with the same floating-point operations, so every value is equal (`==`).
`tests/test_vader.py` checks this on 100,000 seeded random sentences built to exercise every
rule, on every sentence of the bundled corpus and on hand-checked cases.

The speed comes from doing less work, never from changing the arithmetic:

* each distinct whitespace-separated token is stripped of punctuation and lower-cased once,
  then remembered (a cache on the instance, emptied when it grows past `_MAX_CACHED_TOKENS`);
* emoji are replaced by their descriptions only when a token holds an emoji character, and
  then by one regular-expression substitution that gives the reference loop's exact text;
* a sentence with no scorable lexicon word gets the neutral result without running any rule;
* the rules run only at the lexicon words, on the lower-cased words (the reference lower-cases
  the whole sentence again inside every check), and the rules about the preceding words only
  where one of the words they look for is near.

The reference's quirks are kept on purpose, each marked "Reference quirk" below.
"""

from __future__ import annotations

import math
import re
import string
from collections.abc import Iterable
from importlib import resources

import numpy as np
from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    C_INCR,
    N_SCALAR,
    NEGATE,
    SPECIAL_CASES,
    normalize,
)

VADER_COLUMNS = ["neg", "neu", "pos", "compound"]

_PACKAGE = "vaderSentiment"
_NEGATIONS = frozenset(NEGATE)
# Common words of the idioms; each idiom has other words, its anchors, which are rare.
_IDIOM_FILLERS = frozenset({"the", "of", "to", "for", "just", "right"})
_SO_THIS = ("so", "this")
# Words that a rule about the preceding words reacts to; so is any word holding "n't".
_CONTEXT_CUES = frozenset({*BOOSTER_DICT, *NEGATE, "never", "so", "this", "least", "no"})
# Enough for a large news corpus's vocabulary; beyond it the token cache starts afresh.
_MAX_CACHED_TOKENS = 500_000
_EMPTY = (0.0, 0.0, 0.0, 0.0)
_NEUTRAL = (0.0, 1.0, 0.0, 0.0)


def _idiom_anchors() -> frozenset[str]:
    """Words of which every multi-word idiom or booster ("kiss of death", "sort of") holds one.

    Tokens never hold whitespace, so only multi-word keys can match the word sequences that
    `_special_idioms` builds, and none can where no anchor is near.
    """
    anchors = set()
    for key in (*SPECIAL_CASES, *BOOSTER_DICT):
        words = key.split(" ")
        if len(words) > 1:
            anchors.update([word for word in words if word not in _IDIOM_FILLERS] or words)
    return frozenset(anchors)


_IDIOM_ANCHORS = _idiom_anchors()


class _TokenWords(dict):
    """Token -> the lower-cased word VADER reads from it, worked out once per distinct token.

    It also remembers which tokens hold a character of the emoji lexicon (no such character is
    whitespace, so a text holds one exactly when one of its tokens does), and which words are
    context cues: boosters, negations and the other words the rules look for.
    """

    def __init__(self, emoji_chars: frozenset[str]) -> None:
        super().__init__()
        self.emoji_chars = emoji_chars
        self.emoji_tokens: set[str] = set()
        self.cue_words: set[str] = set()

    def __missing__(self, token: str) -> str:
        # Reference quirk (`_strip_punc_if_word`): a token left with two characters or fewer
        # after stripping is kept whole, as a likely emoticon (":)"), so "no." stays "no.".
        word = token.strip(string.punctuation)
        if len(word) <= 2:
            word = token
        lowered = self[token] = word.lower()
        if not self.emoji_chars.isdisjoint(token):
            self.emoji_tokens.add(token)
        if lowered in _CONTEXT_CUES or _negated(lowered):
            self.cue_words.add(lowered)
        return lowered

    def clear(self) -> None:
        """Forget every token."""
        super().clear()
        self.emoji_tokens.clear()
        self.cue_words.clear()

    def lowered(self, tokens: list[str]) -> list[str]:
        """The lower-cased word of each token."""
        if len(self) > _MAX_CACHED_TOKENS:
            self.clear()
        return list(map(self.__getitem__, tokens))

    def any_emoji(self, tokens: list[str]) -> bool:
        """Whether any of these tokens, already looked up, holds an emoji character."""
        return bool(self.emoji_tokens) and not self.emoji_tokens.isdisjoint(tokens)


class VaderScorer:
    """VADER's reference scores (vaderSentiment 3.3.2), computed faster; same numbers."""

    def __init__(self) -> None:
        """Read the lexicon and the emoji lexicon shipped with the installed `vaderSentiment`."""
        self._lexicon = _read_lexicon(_read_package_text("vader_lexicon.txt"))
        self._emojis = _read_emojis(_read_package_text("emoji_utf8_lexicon.txt"))
        # Boosters count 0 even when they are lexicon words, so only the others are scored.
        self._scorable = frozenset(self._lexicon.keys() - BOOSTER_DICT.keys())
        # The reference replaces one character at a time, so only one-character keys matter.
        emoji_chars = frozenset(key for key in self._emojis if len(key) == 1)
        self._words = _TokenWords(emoji_chars)
        self._emoji_pattern = _emoji_pattern(emoji_chars)

    @property
    def lexicon(self) -> dict[str, float]:
        """The lexicon the scores use (word -> valence), as a copy: editing it changes nothing."""
        return dict(self._lexicon)

    def polarity_scores(self, text: str) -> dict[str, float]:
        """The reference's `polarity_scores(text)`: neg, neu, pos and compound."""
        neg, neu, pos, compound = self._scores(text)
        return {"neg": neg, "neu": neu, "pos": pos, "compound": compound}

    def score_texts(self, texts: Iterable[str]) -> np.ndarray:
        """The scores of many texts, shape (n, 4) float64, columns in `VADER_COLUMNS` order."""
        rows = [self._scores(text) for text in texts]
        return np.array(rows, dtype=np.float64).reshape(-1, len(VADER_COLUMNS))

    # --- one text ------------------------------------------------------------------------

    def _scores(self, text: str) -> tuple[float, float, float, float]:
        """The rounded (neg, neu, pos, compound) of one text."""
        if not isinstance(text, str):
            raise TypeError(f"VADER scores strings, not {type(text).__name__}")
        tokens = text.split()
        words = self._words.lowered(tokens)
        # Checked on the tokens, which are cached: scanning every character costs more.
        if self._words.any_emoji(tokens):
            text = self._describe_emojis(text)
            tokens = text.split()
            words = self._words.lowered(tokens)
        if not tokens:
            return _EMPTY
        scorable = self._scorable
        if scorable.isdisjoint(words):
            # Every valence is 0: the reference's arithmetic gives exactly this.
            return _NEUTRAL
        positions = [i for i, word in enumerate(words) if word in scorable]
        sentiments: list[float] = [0] * len(tokens)
        for i in positions:
            if not _is_kind_of(words, i):
                sentiments[i] = self._valence(i, tokens, words)
        if "but" in words:
            _but_check(sentiments, positions, words.index("but"))
        return _score_valence(sentiments, positions, text)

    def _describe_emojis(self, text: str) -> str:
        """The text with each emoji character replaced by its description, as the reference."""
        emojis = self._emojis

        def describe(match: re.Match[str]) -> str:
            char = match.group()
            if char not in emojis:  # the pattern matches every non-BMP character
                return char
            # The reference's loop puts a space before a description unless it starts the
            # text or follows a plain " " (so also after another emoji).
            start = match.start()
            if start > 0 and text[start - 1] != " ":
                return " " + emojis[char]
            return emojis[char]

        return self._emoji_pattern.sub(describe, text).strip()

    def _valence(self, i: int, tokens: list[str], words: list[str]) -> float:
        """The reference's `sentiment_valence`: the lexicon word at `i` after the rules."""
        lexicon = self._lexicon
        word = words[i]
        valence = lexicon[word]
        # "no" before another lexicon word negates it instead of counting on its own.
        if word == "no" and i != len(words) - 1 and words[i + 1] in lexicon:
            valence = 0.0
        # Most lexicon words have no cue word among the three words before them, and no idiom
        # near: then no rule but the capitals rule can change their valence.
        cued = not self._words.cue_words.isdisjoint(words[i - 3 : i] if i >= 3 else words[:i])
        if cued and _after_no(words, i):
            valence = lexicon[word] * N_SCALAR
        if tokens[i].isupper() and _cap_diff(tokens):
            # Reference quirk: a valence of exactly 0 (a negating "NO") moves down, not up.
            valence = valence + C_INCR if valence > 0 else valence - C_INCR
        if cued or (i >= 3 and not _IDIOM_ANCHORS.isdisjoint(words[i - 3 : i + 3])):
            valence = self._preceding_words(valence, i, tokens, words)
        if cued:
            valence = self._least_check(valence, words, i)
        return valence

    def _preceding_words(
        self, valence: float, i: int, tokens: list[str], words: list[str]
    ) -> float:
        """The valence after the boosters, negations and idioms among the three words before."""
        lexicon = self._lexicon
        for distance in range(1, min(i, 3) + 1):
            j = i - distance
            if words[j] in lexicon:
                continue
            if words[j] in BOOSTER_DICT:
                valence = valence + _booster_scalar(words[j], tokens, j, valence, distance)
            valence = _negation_check(valence, words, distance, i)
            if distance == 3:
                valence = _special_idioms(valence, words, i)
        return valence

    def _least_check(self, valence: float, words: list[str], i: int) -> float:
        """The reference's `_least_check`: negate after "least", but not "at/very least"."""
        if i > 0 and words[i - 1] == "least" and "least" not in self._lexicon:
            if i > 1 and words[i - 2] in ("at", "very"):
                return valence
            return valence * N_SCALAR
        return valence


# --- the rules, on lower-cased words ----------------------------------------------------------


def _read_package_text(name: str) -> str:
    """A file of the installed vaderSentiment package, decoded as the reference decodes it."""
    # Bytes, then decode: the reference's `codecs.open` keeps "\r" (no newline translation).
    return resources.files(_PACKAGE).joinpath(name).read_bytes().decode("utf-8")


def _read_lexicon(content: str) -> dict[str, float]:
    """The reference's `make_lex_dict`: word -> mean valence."""
    lexicon = {}
    for line in content.rstrip("\n").split("\n"):
        if not line:
            continue
        word, measure = line.strip().split("\t")[0:2]
        lexicon[word] = float(measure)
    return lexicon


def _read_emojis(content: str) -> dict[str, str]:
    """The reference's `make_emoji_dict`: emoji -> textual description."""
    emojis = {}
    for line in content.rstrip("\n").split("\n"):
        emoji, description = line.strip().split("\t")[0:2]
        emojis[emoji] = description
    return emojis


def _emoji_pattern(emoji_chars: frozenset[str]) -> re.Pattern[str]:
    """A pattern matching every emoji character, and any other character beyond the BMP."""
    # `re` tests characters beyond the BMP in a set one by one (a thousand emoji, so slowly);
    # one range covers them, and the caller leaves those that are not emoji unchanged.
    bmp = sorted(char for char in emoji_chars if ord(char) <= 0xFFFF)
    return re.compile("[" + "".join(map(re.escape, bmp)) + "\U00010000-\U0010ffff]")


def _after_no(words: list[str], i: int) -> bool:
    """Whether "no" one or two words before `i`, or three before with "or"/"nor", negates it."""
    return (
        (i > 0 and words[i - 1] == "no")
        or (i > 1 and words[i - 2] == "no")
        or (i > 2 and words[i - 3] == "no" and words[i - 1] in ("or", "nor"))
    )


def _cap_diff(tokens: list[str]) -> bool:
    """The reference's `allcap_differential`: whether some but not all words are in capitals."""
    # A token and the word stripped from it have the same cased characters (only ASCII
    # punctuation is stripped), so `isupper` agrees on them. Worked out only when a word that
    # matters is in capitals, which is rare.
    capitals = sum(map(str.isupper, tokens))
    return 0 < capitals < len(tokens)


def _is_kind_of(words: list[str], i: int) -> bool:
    """Whether the word at `i` is the "kind" of "kind of", a dampener rather than a sentiment."""
    return words[i] == "kind" and i < len(words) - 1 and words[i + 1] == "of"


def _negated(word: str) -> bool:
    """The reference's `negated([word])` for one lower-cased word."""
    # `negated` lower-cases again; lower-casing is idempotent (checked over all of Unicode).
    return word in _NEGATIONS or "n't" in word


def _booster_scalar(word: str, tokens: list[str], j: int, valence: float, distance: int) -> float:
    """The reference's `scalar_inc_dec` for the booster at `j`, dampened by its distance."""
    scalar = BOOSTER_DICT[word]
    if valence < 0:
        scalar *= -1
    if tokens[j].isupper() and _cap_diff(tokens):
        if valence > 0:
            scalar += C_INCR
        else:
            scalar -= C_INCR
    if distance == 2:
        scalar = scalar * 0.95
    elif distance == 3:
        scalar = scalar * 0.9
    return scalar


def _negation_check(valence: float, words: list[str], distance: int, i: int) -> float:
    """The reference's `_negation_check` for the word `distance` places before `i`."""
    if distance == 1:
        if _negated(words[i - 1]):
            valence = valence * N_SCALAR
    elif distance == 2:
        if words[i - 2] == "never" and words[i - 1] in _SO_THIS:
            valence = valence * 1.25
        elif words[i - 2] == "without" and words[i - 1] == "doubt":
            pass
        elif _negated(words[i - 2]):
            valence = valence * N_SCALAR
    else:
        # Reference quirk: its `a and b or c` groups as `(a and b) or c`, so "so" or "this"
        # right before the word boosts it even without "never" three words back.
        if (words[i - 3] == "never" and words[i - 2] in _SO_THIS) or words[i - 1] in _SO_THIS:
            valence = valence * 1.25
        elif words[i - 3] == "without" and (words[i - 2] == "doubt" or words[i - 1] == "doubt"):
            pass
        elif _negated(words[i - 3]):
            valence = valence * N_SCALAR
    return valence


def _special_idioms(valence: float, words: list[str], i: int) -> float:
    """The reference's `_special_idioms_check` around the word at `i` (i >= 3)."""
    # Most windows hold no idiom's anchor word, so nothing can match: skip building sequences.
    if _IDIOM_ANCHORS.isdisjoint(words[i - 3 : i + 3]):
        return valence
    w3, w2, w1, w0 = words[i - 3], words[i - 2], words[i - 1], words[i]
    onezero = f"{w1} {w0}"
    twoonezero = f"{w2} {w1} {w0}"
    twoone = f"{w2} {w1}"
    threetwoone = f"{w3} {w2} {w1}"
    threetwo = f"{w3} {w2}"
    for sequence in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if sequence in SPECIAL_CASES:
            valence = SPECIAL_CASES[sequence]
            break
    if len(words) - 1 > i:
        zeroone = f"{w0} {words[i + 1]}"
        if zeroone in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroone]
    if len(words) - 1 > i + 1:
        zeroonetwo = f"{w0} {words[i + 1]} {words[i + 2]}"
        if zeroonetwo in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in BOOSTER_DICT:
            valence = valence + BOOSTER_DICT[n_gram]
    return valence


def _but_check(sentiments: list[float], positions: list[int], but_index: int) -> None:
    """The reference's `_but_check`, in place: halve before the first "but", 1.5x after it."""
    # Only lexicon positions can hold a non-zero value; a zero stays zero, so it is skipped.
    for k in positions:
        sentiment = sentiments[k]
        if sentiment == 0:
            continue
        # Reference quirk: the value is rescaled at the FIRST position holding an equal value
        # (`list.index`), which for repeated values need not be position k.
        si = sentiments.index(sentiment)
        if si < but_index:
            sentiments[si] = sentiment * 0.5
        elif si > but_index:
            sentiments[si] = sentiment * 1.5


def _punctuation_emphasis(text: str) -> float:
    """The reference's `_punctuation_emphasis`: up to 4 "!", and 2 or more "?"."""
    ep_count = text.count("!")
    if ep_count > 4:
        ep_count = 4
    ep_amplifier = ep_count * 0.292
    qm_count = text.count("?")
    qm_amplifier = 0
    if qm_count > 1:
        qm_amplifier = qm_count * 0.18 if qm_count <= 3 else 0.96
    return ep_amplifier + qm_amplifier


def _score_valence(
    sentiments: list[float], positions: list[int], text: str
) -> tuple[float, float, float, float]:
    """The reference's `score_valence`, as a rounded (neg, neu, pos, compound) tuple."""
    sum_s = float(sum(sentiments))
    punct_emph_amplifier = _punctuation_emphasis(text)
    if sum_s > 0:
        sum_s += punct_emph_amplifier
    elif sum_s < 0:
        sum_s -= punct_emph_amplifier
    compound = normalize(sum_s)
    # The reference's `_sift_sentiment_scores`, in the same order; zeros are only counted.
    pos_sum = 0.0
    neg_sum = 0.0
    for i in positions:
        sentiment = sentiments[i]
        if sentiment > 0:
            pos_sum += float(sentiment) + 1
        elif sentiment < 0:
            neg_sum += float(sentiment) - 1
    neu_count = sentiments.count(0)
    if pos_sum > math.fabs(neg_sum):
        pos_sum += punct_emph_amplifier
    elif pos_sum < math.fabs(neg_sum):
        neg_sum -= punct_emph_amplifier
    total = pos_sum + math.fabs(neg_sum) + neu_count
    pos = math.fabs(pos_sum / total)
    neg = math.fabs(neg_sum / total)
    neu = math.fabs(neu_count / total)
    return round(neg, 3), round(neu, 3), round(pos, 3), round(compound, 4)
