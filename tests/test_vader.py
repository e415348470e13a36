"""The fast VADER scorer against the reference, `vaderSentiment` 3.3.2's own analyser.

Every value must be equal (`==`), not close: on 100,000 seeded random sentences built to
exercise every rule of the reference, on every sentence of the bundled corpus, and on cases
whose reference values are written out below.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    NEGATE,
    SPECIAL_CASES,
    SentimentIntensityAnalyzer,
)

from corpus_tools import vader
from corpus_tools.vader import VADER_COLUMNS, VaderScorer

SEED = 20140601  # VADER's paper, ICWSM June 2014
N_GENERATED = 100_000

# Ordinary news words, with the function words the rules look at ("no", "least", "so", "this",
# "at", "very", "or", "nor", "but", "kind", "of") and the fillers of the idioms.
NEWS_TEXT = """
the a an of to in for on at by with from and or nor as that this these those it its is was
were are be been has have had will would could should may said says told according officials
government minister president police city state country report people year week month percent
economy election vote court law troops forces military border talks leaders meeting plan policy
market prices workers company bank health school water energy after before while during over
under about against between into through U.S. NATO EU Moscow Kyiv Ukraine Russia Washington
Putin Trump Macron spokesman ceasefire sanctions statement Tuesday 2025 26 nations no so very
least at but kind sort just enough right die kiss death yeah bus stop beating heart bad ass
the the of to for this so at very or nor no never without doubt least
"""
NEWS_WORDS = NEWS_TEXT.split()
NEGATIONS = [*NEGATE, "no", "NOT", "Never", "isn't", "doesn't", "won't", "ain't", "n't", "hasn't"]
# Multi-word units: boosters, idioms, and the word pairs several rules look for.
PHRASES = [
    *(key for key in BOOSTER_DICT if " " in key),
    *(key for key in SPECIAL_CASES if " " in key),
    "never so",
    "never this",
    "without doubt",
    "without a doubt",
    "at least",
    "very least",
    "the least",
    "least",
    "kind of",
    "sort of",
    "no or",
    "no nor",
    "not so",
    "never so very",
    "BUT",
    "but",
    "But",
    "no",
    "NO",
    "so",
    "this",
]
EMOTICONS = [":)", ":(", ":-)", ":D", ":P", "<3", ":/", ";)", ":'(", "xD", "(:", "):", ":-(", "D:"]
# "🔛" and "🆙" have a "!" in their descriptions; "❤️" is two characters.
EMOJI = ["😀", "😂", "💔", "😡", "👍", "🔛", "🆙", "©", "‼", "❤", "❤️", "🤣", "😐", "👎"]
OPENERS = ['"', "'", "“", "‘", "(", "[", "--", "...", "*"]
CLOSERS = [",", ".", "!", "!!", "!!!!!", "?", "??", "???", "????", "?!", '"', "”", "’", "'s",
           "...", ")", ":", ";", "-", "."]  # fmt: skip
SEPARATORS = [" ", " ", " ", " ", " ", " ", "  ", "\t", "\n", "\u00a0", " - "]
SHORT_TEXTS = [
    "",
    " ",
    "\t\n ",
    "!",
    "?!",
    "??",
    ":)",
    ":(",
    "no",
    "NO",
    "not",
    "but",
    "BUT",
    "kind of",
    "least",
    "😀",
    "🔛",
    "good",
    "GOOD",
    "Good!",
    "no good",
    "NO GOOD",
    "No",
    "so good",
    "very",
    "kind",
    "the bomb",
    "yeah right",
]


@pytest.fixture(scope="module")
def reference() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


@pytest.fixture(scope="module")
def scorer() -> VaderScorer:
    return VaderScorer()


def word_pools() -> list[list[str]]:
    """The pools sentences draw their words from, in the order of `POOL_WEIGHTS`."""
    reference = SentimentIntensityAnalyzer()
    lexicon = reference.lexicon
    words = sorted(lexicon)
    positive = [word for word in words if lexicon[word] > 0]
    negative = [word for word in words if lexicon[word] < 0]
    # Valences in ratios of 2 or 1.5 meet the `list.index` quirk of the "but" rule.
    round_valued = [word for word in words if lexicon[word] * 2 % 1 == 0]
    emoji = EMOJI + sorted(key for key in reference.emojis if len(key) == 1)[::97]
    return [
        NEWS_WORDS,
        positive,
        negative,
        round_valued,
        list(BOOSTER_DICT),
        NEGATIONS,
        PHRASES,
        EMOTICONS,
        emoji,
    ]


POOL_WEIGHTS = np.array([40, 10, 10, 8, 8, 6, 10, 3, 1], dtype=float)


def generated_sentences(n: int, seed: int = SEED) -> list[str]:
    """`n` varied sentences mixing news words with everything VADER's rules react to."""
    # Random numbers are drawn for all words at once and each change is made only to the
    # words it applies to: a loop drawing word by word took several times longer.
    rng = np.random.default_rng(seed)
    pools = word_pools()
    # Mostly 3 to 20 words; some of 1 to 5, some of 20 to 45.
    kind = rng.random(n)
    lengths = np.select(
        [kind < 0.15, kind < 0.9],
        [rng.integers(1, 6, n), rng.integers(3, 21, n)],
        rng.integers(20, 46, n),
    )
    sentence_of = np.repeat(np.arange(n), lengths)
    shouting = (rng.random(n) < 0.3)[sentence_of]  # some words of the sentence in capitals
    all_caps = (rng.random(n) < 0.03)[sentence_of]
    n_words = len(sentence_of)
    pool_ids = rng.choice(len(pools), size=n_words, p=POOL_WEIGHTS / POOL_WEIGHTS.sum()).tolist()
    picks = rng.integers(0, 1 << 30, size=n_words).tolist()
    draws = rng.random((n_words, 6))
    words = [pools[p][pick % len(pools[p])] for p, pick in zip(pool_ids, picks, strict=True)]
    upper = all_caps | (shouting & (draws[:, 0] < 0.25))
    for k in np.flatnonzero(upper).tolist():
        words[k] = words[k].upper()
    for k in np.flatnonzero(~upper & (draws[:, 0] > 0.9)).tolist():
        words[k] = words[k].capitalize()
    for k in np.flatnonzero(draws[:, 1] < 0.08).tolist():
        words[k] = OPENERS[picks[k] % len(OPENERS)] + words[k]
    for k in np.flatnonzero(draws[:, 2] < 0.2).tolist():
        words[k] += CLOSERS[picks[k] % len(CLOSERS)]
    for k in np.flatnonzero(draws[:, 3] < 0.005).tolist():
        words[k] += EMOJI[picks[k] % len(EMOJI)]  # an emoji touching a word
    for k in np.flatnonzero(draws[:, 4] < 0.06).tolist():
        words[k] += " " + words[k]  # a repeated word
    separators = np.array(SEPARATORS, dtype=object)[(draws[:, 5] * len(SEPARATORS)).astype(int)]
    ends = np.cumsum(lengths)
    starts = ends - lengths
    separators[starts] = ""  # none before a sentence's first word
    pieces = [sep + word for sep, word in zip(separators.tolist(), words, strict=True)]
    sentences = ["".join(pieces[a:b]) for a, b in zip(starts.tolist(), ends.tolist(), strict=True)]
    for index in np.flatnonzero(rng.random(n) < 0.05).tolist():
        sentences[index] = f"{SEPARATORS[index % len(SEPARATORS)]}{sentences[index]} "
    # Every 50th is a short text: empty, whitespace, a lone cue word, mark or emoji.
    for index in range(0, n, 50):
        sentences[index] = SHORT_TEXTS[(index // 50) % len(SHORT_TEXTS)]
    return sentences


def differences(
    scorer: VaderScorer, reference: SentimentIntensityAnalyzer, texts: list[str]
) -> list[str]:
    """Texts whose scores differ from the reference's, described."""
    found = []
    for text in texts:
        expected = reference.polarity_scores(text)
        got = scorer.polarity_scores(text)
        if got != expected:
            found.append(f"{text!r}\n  reference {expected}\n  fast      {got}")
    return found


def test_equal_to_reference_on_generated_sentences(scorer, reference) -> None:
    texts = generated_sentences(N_GENERATED)
    assert len(texts) == N_GENERATED
    found = differences(scorer, reference, texts)
    assert not found, f"{len(found)} of {len(texts)} differ; first:\n" + "\n".join(found[:5])


def test_generated_sentences_exercise_the_rules() -> None:
    texts = generated_sentences(2_000)
    lowered = " ".join(texts).lower()
    for cue in ["but", "kind of", "at least", "never so", "without doubt", "the bomb", "n't",
                "!!", "???", ":)", "😀", "🔛", "kiss of death", "yeah right", "no or"]:  # fmt: skip
        assert cue in lowered, cue
    assert any(text.isupper() for text in texts)
    assert sum(any(w.isupper() for w in t.split()) and not t.isupper() for t in texts) > 100
    assert {"", " ", "\t\n "} <= set(texts)


def test_equal_to_reference_on_corpus_sentences(scorer, reference, sentences) -> None:
    texts = sentences["text"].tolist()
    assert len(texts) > 50
    found = differences(scorer, reference, texts)
    assert not found, f"{len(found)} of {len(texts)} differ; first:\n" + "\n".join(found[:5])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", (0.0, 0.0, 0.0, 0.0)),
        ("   \n", (0.0, 0.0, 0.0, 0.0)),
        ("The talks resumed in Geneva on Tuesday.", (0.0, 1.0, 0.0, 0.0)),  # no lexicon word
        (
            "The plot was good, but the characters are uncompelling and the dialog is not great.",
            (0.327, 0.579, 0.094, -0.7042),
        ),
        ("VADER is smart, handsome, and funny!", (0.0, 0.248, 0.752, 0.8439)),
        ("VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!", (0.0, 0.294, 0.706, 0.9469)),
        ("At least it isn't a horrible book.", (0.0, 0.678, 0.322, 0.431)),
        ("The book was only kind of good.", (0.0, 0.697, 0.303, 0.3832)),
        ("Catch utf-8 emoji such as 💘 and 💋 and 😁", (0.0, 0.583, 0.417, 0.875)),
        ("Without a doubt, excellent idea.", (0.0, 0.341, 0.659, 0.7013)),
        ("Roger Dodger is one of the least compelling variations.", (0.172, 0.828, 0.0, -0.1695)),
        ("NO good, never so bad", (0.812, 0.188, 0.0, -0.8239)),
        # "no" scores 0 before a lexicon word, which it negates: good = 1.9 * -0.74 = -1.406,
        # compound = -1.406 / sqrt(1.406**2 + 15); neg = 2.406 / (2.406 + 1), neu = 1 / 3.406.
        ("no good", (0.706, 0.294, 0.0, -0.3412)),
    ],
)
def test_hand_checked_cases(scorer, text, expected) -> None:
    assert tuple(scorer.polarity_scores(text).values()) == expected


def test_polarity_scores_is_a_dict_in_column_order(scorer) -> None:
    scores = scorer.polarity_scores("A good day.")
    assert list(scores) == VADER_COLUMNS
    assert all(type(value) is float for value in scores.values())


def test_score_texts_matches_polarity_scores(scorer) -> None:
    texts = generated_sentences(500, seed=SEED + 1)
    table = scorer.score_texts(iter(texts))
    assert table.shape == (len(texts), len(VADER_COLUMNS))
    assert table.dtype == np.float64
    expected = pd.DataFrame([scorer.polarity_scores(text) for text in texts])
    assert (table == expected[VADER_COLUMNS].to_numpy()).all()


def test_score_texts_of_nothing(scorer) -> None:
    assert scorer.score_texts([]).shape == (0, len(VADER_COLUMNS))


def test_lexicon_is_the_reference_lexicon(scorer, reference) -> None:
    assert scorer.lexicon == reference.lexicon
    scorer.lexicon["good"] = -4.0  # a copy: editing it changes no score
    assert scorer.polarity_scores("good")["compound"] > 0


def test_no_emoji_character_is_whitespace(reference) -> None:
    # The scorer looks for emoji in the whitespace-separated tokens, not in the whole text.
    assert not any(key.isspace() for key in reference.emojis if len(key) == 1)


def test_rejects_what_is_not_text(scorer) -> None:
    with pytest.raises(TypeError):
        scorer.polarity_scores(None)  # type: ignore[arg-type]


def test_equal_after_the_token_cache_is_cleared(monkeypatch, reference) -> None:
    monkeypatch.setattr(vader, "_MAX_CACHED_TOKENS", 20)
    scorer = VaderScorer()  # a fresh cache, cleared every few sentences
    texts = generated_sentences(1_000, seed=SEED + 2)
    found = differences(scorer, reference, texts)
    assert not found, f"{len(found)} of {len(texts)} differ; first:\n" + "\n".join(found[:5])
    # Emptied whenever it is past 20 tokens, so it holds a few texts' tokens, not thousands.
    assert len({token for text in texts for token in text.split()}) > 5_000
    assert len(scorer._words) < 200
