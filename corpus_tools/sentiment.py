"""Sentence sentiment from two independent lexicons, split by voice, and what the lexicons miss.

VADER (Hutto and Gilbert 2014) is scored by the authors' own analyser, the reference
implementation in the PyPI package `vaderSentiment` (MIT licence, 7,506 lexicon entries), so
nothing is downloaded. (NLTK's port differs from it: it does not read "no" as negating the
next words, lacks some adjective boosters and idioms, and strips only one punctuation mark, so
it is not used.) VADER strips punctuation from a word's edge but not curly quotation marks,
so it cannot see a word touching one (`“terrible”`): texts are scored with their quotation
marks removed (`without_quotation_marks`), the one documented preprocessing step. Scores are
computed by `corpus_tools.vader.VaderScorer`, a faster re-implementation whose every value
equals the reference's (checked on 100,000 generated sentences and the whole corpus).

The second lexicon is Pattern's adjective lexicon (`en-sentiment.xml`, De Smedt and Daelemans,
PDDL licence) as shipped by TextBlob (MIT licence), scored by TextBlob's `PatternAnalyzer`,
which needs no NLTK data. Both give a score in [-1, 1]. A score within `NEUTRAL` of 0 counts
as neutral, VADER's own convention (|compound| < 0.05), applied to TextBlob's polarity too.
A word that is not in a lexicon contributes nothing: "legitimate", "dictator", "invasion" are
not in VADER, so a sentence built on them can score 0. `lexicon_audit` shows which words of a
term list that is.
"""

from __future__ import annotations

import math
import re
from functools import cache

import numpy as np
import pandas as pd
from scipy.stats import spearmanr
from textblob.en import sentiment as pattern_lexicon
from textblob.en.sentiments import PatternAnalyzer
from vaderSentiment import vaderSentiment as reference

from corpus_tools.matching import parse_term
from corpus_tools.segmentation import QUOTE_MARKS
from corpus_tools.stats import bootstrap_mean_interval, wilson_interval
from corpus_tools.vader import VADER_COLUMNS, VaderScorer

NEUTRAL = 0.05
ABSENT = "absent"
TEXTBLOB_COLUMNS = ["polarity", "subjectivity"]
SIGNS = ["negative", "neutral", "positive"]
# Other marks anywhere; those that double as apostrophes only at a word's edge ("Moscow's").
_APOSTROPHES = "'’"
_OTHER_MARKS = re.escape("".join(sorted(QUOTE_MARKS - set(_APOSTROPHES))))
# One leading class lets `re` skip quickly to the next mark; the look-arounds then say whether
# it counts: any other mark does, an apostrophe only with no word character before or after.
_QUOTATION_MARKS = re.compile(
    rf"[{_OTHER_MARKS}{_APOSTROPHES}]"
    rf"(?:(?<=[{_OTHER_MARKS}])|(?<!\w[{_APOSTROPHES}])|(?!\w))"
)


@cache
def vader() -> reference.SentimentIntensityAnalyzer:
    """vaderSentiment's own analyser (the reference implementation), built once."""
    return reference.SentimentIntensityAnalyzer()


@cache
def scorer() -> VaderScorer:
    """The fast exact VADER scorer (`corpus_tools.vader`), built once."""
    return VaderScorer()


@cache
def textblob() -> PatternAnalyzer:
    """TextBlob's analyser over Pattern's lexicon, built once."""
    return PatternAnalyzer()


def without_quotation_marks(text: str) -> str:
    """The text with its quotation marks removed, the form VADER is given.

    VADER strips at most one ASCII mark from a word's edge, so `“terrible”` or `destruction,"`
    would not be found in its lexicon: without the marks, words at a quotation's edge count.
    """
    return _QUOTATION_MARKS.sub("", text)


def score_sentences(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows of any table with a `text` column plus VADER's `neg`, `neu`, `pos`, `compound`.

    `compound` is in [-1, 1]; `neg`, `neu`, `pos` are the shares of the text's valence. The
    text is scored without its quotation marks (`without_quotation_marks`).
    """
    scores = pd.DataFrame(
        scorer().score_texts(map(without_quotation_marks, frame["text"].tolist())),
        columns=VADER_COLUMNS,
        index=frame.index,
    )
    return frame.join(scores)


def score_textblob(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows of any table with a `text` column plus TextBlob's `polarity` and `subjectivity`.

    `polarity` is in [-1, 1], `subjectivity` in [0, 1].
    """
    analyser = textblob()
    scores = pd.DataFrame(
        [tuple(analyser.analyze(t)) for t in frame["text"]],
        columns=TEXTBLOB_COLUMNS,
        index=frame.index,
    )
    return frame.join(scores)


def sign(scores: pd.Series, neutral: float = NEUTRAL) -> pd.Series:
    """Each score's sign as a categorical: negative, neutral (|score| < `neutral`), positive."""
    labels = np.select([scores <= -neutral, scores >= neutral], ["negative", "positive"], "neutral")
    return pd.Series(pd.Categorical(labels, categories=SIGNS), index=scores.index)


def sign_table(scored: pd.DataFrame, neutral: float = NEUTRAL) -> pd.DataFrame:
    """Counts of rows by VADER sign (rows) and TextBlob sign (columns); needs both scores."""
    return pd.crosstab(
        sign(scored["compound"], neutral).rename("VADER"),
        sign(scored["polarity"], neutral).rename("TextBlob"),
        dropna=False,
    )


def lexicon_agreement(scored: pd.DataFrame, neutral: float = NEUTRAL) -> pd.DataFrame:
    """One row: how far VADER's `compound` and TextBlob's `polarity` agree on the same rows.

    Columns: `n`, `spearman_rho` (rank correlation; nan for fewer than 3 rows or a constant
    score), `n_same_sign` (both negative, both neutral or both positive), `n_opposite_sign`
    (one negative, one positive), `n_one_neutral`, `same_sign_share` with its 95% Wilson
    interval `same_sign_low`, `same_sign_high`. Rows are treated as independent, which
    sentences of one article are not.
    """
    vader_sign, blob_sign = sign(scored["compound"], neutral), sign(scored["polarity"], neutral)
    n, same = len(scored), int((vader_sign == blob_sign).sum())
    opposite = int(
        ((vader_sign != blob_sign) & (vader_sign != "neutral") & (blob_sign != "neutral")).sum()
    )
    varies = n >= 3 and scored["compound"].nunique() > 1 and scored["polarity"].nunique() > 1
    rho = spearmanr(scored["compound"], scored["polarity"]).statistic if varies else math.nan
    low, high = wilson_interval(same, n)
    return pd.DataFrame(
        [
            {
                "n": n,
                "spearman_rho": float(rho),
                "n_same_sign": same,
                "n_opposite_sign": opposite,
                "n_one_neutral": n - same - opposite,
                "same_sign_share": same / n if n else math.nan,
                "same_sign_low": low,
                "same_sign_high": high,
            }
        ]
    )


def lexicon_words(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows plus `vader_words` and `textblob_words`: each lexicon's scored words, as text.

    `vader_words` lists the words of `text` found in VADER's lexicon with their valence
    (-4 to 4); `textblob_words` the words or phrases TextBlob assessed with their polarity.
    """
    return frame.assign(
        vader_words=frame["text"].map(_vader_hits), textblob_words=frame["text"].map(_blob_hits)
    )


def _vader_hits(text: str) -> str:
    sia = vader()
    words = reference.SentiText(without_quotation_marks(text)).words_and_emoticons
    return "; ".join(f"{w} {sia.lexicon[w.lower()]:+g}" for w in words if w.lower() in sia.lexicon)


def _blob_hits(text: str) -> str:
    found = textblob().analyze(text, keep_assessments=True).assessments
    return "; ".join(f"{' '.join(words)} {polarity:+.2g}" for words, polarity, _, _ in found)


def disagreements(scored: pd.DataFrame, n: int = 8, neutral: float = NEUTRAL) -> pd.DataFrame:
    """The `n` rows where VADER's `compound` and TextBlob's `polarity` differ most.

    The rows keep their columns and gain `gap` (|compound - polarity|, both on [-1, 1]),
    `vader_sign`, `textblob_sign` and the scored words of each lexicon (`lexicon_words`).
    """
    gap = (scored["compound"] - scored["polarity"]).abs()
    top = scored.assign(
        gap=gap,
        vader_sign=sign(scored["compound"], neutral),
        textblob_sign=sign(scored["polarity"], neutral),
    )
    return lexicon_words(top.sort_values("gap", ascending=False, kind="stable").head(n))


def mean_sentiment(scored: pd.DataFrame, by: list[str], score: str = "compound") -> pd.DataFrame:
    """Mean `score` per group of `by`, with counts and a seeded 95% bootstrap interval.

    Columns: `by`, `n_scored` (rows: sentences or voice segments), `n_words` (where the input
    has it), `mean`, `low`, `high` (percentile bootstrap of the mean over rows like these,
    nan for fewer than `stats.MIN_UNITS` rows: read the values instead), and `n_negative`,
    `n_neutral`, `n_positive` (rows by sign of `score`). Each row weighs the same whatever its
    length, and rows are resampled as if independent: sentences of one article are not, and
    with one article per outlet the interval describes that article, not the outlet.
    """
    rows = []
    for key, g in scored.groupby(by, sort=False):
        low, high = bootstrap_mean_interval(g[score])
        counts = sign(g[score]).value_counts()
        rows.append(
            {
                **dict(zip(by, key, strict=True)),
                "n_scored": len(g),
                **({"n_words": int(g["n_words"].sum())} if "n_words" in g else {}),
                "mean": float(g[score].mean()),
                "low": low,
                "high": high,
                **{f"n_{s}": int(counts[s]) for s in SIGNS},
            }
        )
    return pd.DataFrame(rows)


def _lexicon_entries(form: str, prefix: bool) -> list[str]:
    """The words an audited word stands for: itself, or every entry a prefix form matches."""
    if not prefix:
        return [form]
    entries = sorted({w for w in (*vader().lexicon, *pattern_lexicon) if w.startswith(form)})
    return entries or [form + "*"]


def _vader_valence(word: str) -> float | str:
    return vader().lexicon.get(word, ABSENT)


def _textblob_polarity(word: str) -> float | str:
    # Pattern averages a word's polarity over its senses; the None key holds that average.
    return round(pattern_lexicon[word][None][0], 4) if word in pattern_lexicon else ABSENT


def lexicon_audit(terms: pd.DataFrame) -> pd.DataFrame:
    """What VADER and TextBlob give every word of every term: a score, or "absent".

    Takes a table with a `term` column (and `category` if it has one); a term's words are read
    as the matcher reads them (`matching.parse_term`: lower-cased, `Putin's` is `putin` `'s`).
    A wildcard word (`escalat*`) stands for every entry of either lexicon it matches
    (`terror*`: terror, terrorism, ...; `war*` also warm), or for itself, absent from both,
    when it matches none. One row per term and word: `term`, `category`, `word`,
    `vader` (the lexicon's valence, -4 to 4, or "absent"), `textblob` (the lexicon's polarity,
    -1 to 1, or "absent"), and for the whole term `phrase_vader` (VADER's compound) and
    `phrase_textblob` (TextBlob's polarity), the term scored with its `*` removed (so a stem
    such as "escalat" scores 0 in both: neither knows it).
    """
    rows = []
    for t in terms.itertuples(index=False):
        phrase = pd.DataFrame({"text": [t.term.replace("*", "")]})
        scores = score_textblob(score_sentences(phrase)).iloc[0]
        for word in (e for w in parse_term(t.term) for e in _lexicon_entries(*w)):
            rows.append(
                {
                    "term": t.term,
                    "category": getattr(t, "category", ""),
                    "word": word,
                    "vader": _vader_valence(word),
                    "textblob": _textblob_polarity(word),
                    "phrase_vader": scores["compound"],
                    "phrase_textblob": scores["polarity"],
                }
            )
    return pd.DataFrame(rows)


def audit_summary(audit: pd.DataFrame) -> pd.DataFrame:
    """One row per term of a `lexicon_audit()`: how many of its words each lexicon knows.

    Columns: `term`, `category`, `n_words` (words audited; a wildcard counts every entry it
    matches), `n_in_vader`, `n_in_textblob`, `absent_from_vader` (those words, joined by ", "),
    `phrase_vader`, `phrase_textblob`, `blind` (True where neither lexicon knows any word).
    """
    known = audit.assign(
        in_vader=audit["vader"].ne(ABSENT),
        in_textblob=audit["textblob"].ne(ABSENT),
        unknown_to_vader=audit["word"].where(audit["vader"].eq(ABSENT)),
    )
    summary = known.groupby(["term", "category"], sort=False).agg(
        n_words=("word", "size"),
        n_in_vader=("in_vader", "sum"),
        n_in_textblob=("in_textblob", "sum"),
        absent_from_vader=("unknown_to_vader", lambda w: ", ".join(w.dropna())),
        phrase_vader=("phrase_vader", "first"),
        phrase_textblob=("phrase_textblob", "first"),
    )
    summary["blind"] = (summary["n_in_vader"] == 0) & (summary["n_in_textblob"] == 0)
    return summary.reset_index()
