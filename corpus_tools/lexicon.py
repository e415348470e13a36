"""Loaded terms: a framing dictionary, its matches in the text, keyword in context, and rates.

A dictionary has one row per term: `term` (a word, a phrase or a wildcard form, in the syntax
of `corpus_tools.matching`: case-insensitive, `escalat*` for inflections), `category`, `note`
(why the term is loaded) and `source` (origin and licence). The bundled one is
`data/lexicons/loaded_terms.csv`. Each term is matched on its own, so a stretch of text that two
terms match counts once for each.

Voice comes from `ct.tokens`: a match is quoted speech if any of its words is between
quotation marks, and then carries the quotation's speaker. Reported speech without quotation
marks ("stating that any foreign troops would be considered legitimate targets") is the outlet's
own voice here: the outlet chose to print the words as its own sentence.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from corpus_tools.errors import CorpusError
from corpus_tools.matching import TokenIndex, match_patterns, parse_term
from corpus_tools.settings import Settings, settings
from corpus_tools.voice import NARRATOR, UNATTRIBUTED
from corpus_tools.voice import REPORTED as REPORTED_VOICE

LEXICON_COLUMNS = ["term", "category", "note", "source"]
TERM_MATCH_COLUMNS = [
    "article_id",
    "outlet_label",
    "paragraph_id",
    "sentence_id",
    "token_id",
    "start",
    "end",
    "text",
    "term",
    "category",
    "in_quote",
    "quote_id",
    "speaker",
    "voice_kind",
    "voice",
]
KWIC_COLUMNS = [
    "article_id",
    "outlet",
    "sentence_id",
    "start",
    "end",
    "pre",
    "keyword",
    "post",
    "in_quote",
    "speaker",
    "voice_kind",
    "voice",
]
_TEXT = ["article_id", "outlet_label", "outlet", "text", "term", "category", "pre", "keyword"]
_DTYPES = {
    **dict.fromkeys([*_TEXT, "post", "speaker", "voice_kind", "voice"], "str"),
    "paragraph_id": "int64",
    "sentence_id": "int64",
    "token_id": "int64",
    "start": "int64",
    "end": "int64",
    "in_quote": "bool",
    "quote_id": "Int64",
}
OWN_VOICE, REPORTED, QUOTED = "own voice", "reported", "quoted"
_KIND_LABELS = {"narrator": OWN_VOICE, "reported": REPORTED, "quoted": QUOTED}


def loaded_terms(study: Settings | str | None = None) -> pd.DataFrame:
    """The study's loaded-terms dictionary (bundled: framing-lab's list, CC0): `LEXICON_COLUMNS`."""
    return load_lexicon(settings(study).path("loaded_terms"))


def load_lexicon(path: str | Path) -> pd.DataFrame:
    """A dictionary CSV with at least `LEXICON_COLUMNS`, checked; errors name the file.

    Every column is read as text and kept. `term` and `category` must not be empty, and no term
    may be listed twice (`Putin's war` and `putin 's war` are the same term).
    """
    path = Path(path)
    if not path.is_file():
        raise CorpusError(f"{path}: dictionary file not found")
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError) as err:
        raise CorpusError(f"{path}: not a readable UTF-8 CSV table ({err})") from err
    missing = [c for c in LEXICON_COLUMNS if c not in table.columns]
    if missing:
        raise CorpusError(
            f"{path}: missing column(s) {', '.join(missing)}; "
            f"a dictionary needs {', '.join(LEXICON_COLUMNS)}"
        )
    for column in ("term", "category"):
        blank = table.index[table[column].str.strip() == ""]
        if len(blank):
            raise CorpusError(f"{path}: empty {column} in data row(s) {list(blank + 1)}")
    try:
        parsed = table["term"].map(parse_term)
    except ValueError as err:
        raise CorpusError(f"{path}: {err}") from err
    twice = table.loc[parsed.duplicated(keep=False), "term"].tolist()
    if twice:
        raise CorpusError(f"{path}: the same term is listed more than once: {twice}")
    return table


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Fixed dtypes, so an empty result has the same column types as a full one."""
    return frame.astype({c: t for c, t in _DTYPES.items() if c in frame.columns})


def match_terms(tokens: pd.DataFrame | TokenIndex, lexicon: pd.DataFrame) -> pd.DataFrame:
    """One row per occurrence of a dictionary term in `tokens` (`ct.tokens`): `TERM_MATCH_COLUMNS`.

    `start`/`end` are character offsets into the article's cleaned text, `text` the match as
    written, `token_id` its first token; `in_quote`, `quote_id`, `speaker` and `voice` say whose
    words it is (see the module docstring). Sorted by article and position.
    """
    matches = match_patterns(tokens, lexicon[["term", "category"]])
    return _typed(matches[TERM_MATCH_COLUMNS])


def kwic(
    tokens: pd.DataFrame | TokenIndex, pattern: str, window: int = 5, limit: int | None = None
) -> pd.DataFrame:
    """Keyword in context, as quanteda's `kwic`: one row per match of `pattern`, `KWIC_COLUMNS`.

    `pattern` is one term in the dictionary syntax (word, phrase, `wildcard*`); `outlet` is the
    `outlet_label`. `pre` and `post` hold up to `window` tokens before and after the match,
    punctuation counting as tokens as in quanteda; like quanteda the window runs across
    sentence and paragraph breaks, never beyond the article. Context keeps the article's
    spacing, with one space for a line break. `start`/`end` are the keyword's offsets.
    `tokens` may be a `matching.TokenIndex` built once, for repeated lookups; `limit` keeps
    only the first rows (in article and reading order), for a display.
    """
    if window < 0:
        raise ValueError(f"window must be 0 or more tokens, not {window}")
    index = tokens if isinstance(tokens, TokenIndex) else TokenIndex(tokens)
    found = index.located(pd.DataFrame({"term": [pattern]}), limit=limit)
    pre, post = index.context(found[["first", "last"]].to_numpy(), window)
    rows = found.rename(columns={"outlet_label": "outlet", "text": "keyword"}).assign(
        pre=pre, post=post
    )
    return _typed(rows[KWIC_COLUMNS].reset_index(drop=True))


def _reading_order(tokens: pd.DataFrame) -> pd.DataFrame:
    """Tokens by article in corpus order, the narrator's before quoted ones in each article."""
    article = pd.factorize(tokens["article_id"])[0]
    return tokens.assign(_article=article).sort_values(["_article", "in_quote"], kind="stable")


def term_rates(
    matches: pd.DataFrame,
    tokens: pd.DataFrame,
    by: list[str] | None = None,
    breakdown: str | None = None,
    levels: list[str] | None = None,
) -> pd.DataFrame:
    """Matches per 1,000 words in each group of `tokens`, with the count and a 95% interval.

    `by` (default `["outlet_label"]`) are columns of both tables, e.g. `outlet_label` with
    `in_quote` or `voice`; the denominator is the group's own words (tokens that are not
    punctuation), so `["outlet_label", "in_quote"]` gives the density of loaded terms in the
    outlet's narration and in the speech it quotes. A group with no words (an outlet that quotes
    nobody) has no row. `breakdown`, a column of `matches` only (`category`, `term`), splits each
    group's count over `levels` (default: the values found), with 0 where there is no match.

    Columns: the `by` columns, `breakdown`, `n_words`, `n_matches`, `per_1000`. There is no
    interval: words are not independent trials (a term's uses cluster in a few sentences), and
    with one article per outlet a rate describes that article, not the outlet; compare counts.
    """
    return rates(matches, word_counts(tokens, by), breakdown, levels)


def word_counts(tokens: pd.DataFrame, by: list[str] | None = None) -> pd.DataFrame:
    """Words (tokens that are not punctuation) per group: the `by` columns and `n_words`.

    Groups in reading order (`outlet_label` by default); the denominator of `rates`.
    """
    by = by or ["outlet_label"]
    words = _reading_order(tokens).query("~is_punct")
    return words.groupby(by, sort=False).size().rename("n_words").reset_index()


def rates(
    matches: pd.DataFrame,
    words: pd.DataFrame,
    breakdown: str | None = None,
    levels: list[str] | None = None,
) -> pd.DataFrame:
    """`term_rates` from a precomputed `word_counts` table (its columns but `n_words` are `by`)."""
    groups = words
    keys = [c for c in words.columns if c != "n_words"]
    if breakdown is not None:
        found = matches[breakdown].drop_duplicates().tolist()
        values = pd.Series(found if levels is None else levels, dtype=matches[breakdown].dtype)
        groups = groups.merge(values.to_frame(breakdown), how="cross")
        keys.append(breakdown)
    counts = matches.groupby(keys).size().rename("n_matches").reset_index()
    table = groups.merge(counts, on=keys, how="left")
    table["n_matches"] = table["n_matches"].fillna(0).astype(int)
    table["per_1000"] = 1000 * table["n_matches"] / table["n_words"]
    return table[[*keys, "n_words", "n_matches", "per_1000"]]


def _counts(matches: pd.DataFrame, columns: pd.Series, order: list) -> pd.DataFrame:
    """Matches per (category, term) row and per value of `columns`, in `order`; zeros filled."""
    table = pd.crosstab([matches["category"], matches["term"]], columns)
    return table.reindex(columns=order, fill_value=0)


def term_table(matches: pd.DataFrame, tokens: pd.DataFrame) -> pd.DataFrame:
    """Occurrences of each term found, per outlet: own voice, reported speech, quoted.

    A wide table for reading. Index: `category`, `term` (only terms that occur), sorted by
    category and then by total. Columns: (`outlet_label`, "own voice" | "reported" | "quoted")
    for every outlet of `tokens` in corpus order, then ("all outlets", the three | "total").
    """
    outlets = list(dict.fromkeys(tokens["outlet_label"]))
    voice = matches["voice_kind"].map(_KIND_LABELS)
    kinds = [OWN_VOICE, REPORTED, QUOTED]
    pairs = pd.MultiIndex.from_product([outlets, kinds], names=["outlet", "voice"])
    table = _counts(matches, [matches["outlet_label"], voice], list(pairs))
    for column in kinds:
        table[("all outlets", column)] = table.xs(column, axis=1, level=1).sum(axis=1)
    table[("all outlets", "total")] = table["all outlets"].sum(axis=1)
    table.columns.names = ["outlet", "voice"]
    return _by_category(table, ("all outlets", "total"))


def term_voices(matches: pd.DataFrame) -> pd.DataFrame:
    """Occurrences of each term found, per voice: whose words each loaded term is.

    A wide table for reading. Index: `category`, `term` (only terms that occur); columns: the
    narrator (all outlets' own voice), reported speech, then each quoted speaker by number of
    matches, unattributed quotations last, then `total`.
    """
    speakers = matches.loc[
        ~matches["voice"].isin([NARRATOR, REPORTED_VOICE, UNATTRIBUTED]), "voice"
    ]
    counts = speakers.value_counts()
    ranked = sorted(counts.index, key=lambda v: (-counts[v], v))
    order = [NARRATOR, REPORTED_VOICE, *ranked, UNATTRIBUTED]
    table = _counts(matches, matches["voice"], pd.Index(order, name="voice"))
    table = table.loc[:, (table.sum() > 0) | table.columns.isin([NARRATOR, REPORTED_VOICE])]
    table["total"] = table.sum(axis=1)
    return _by_category(table, "total")


def _by_category(table: pd.DataFrame, total: str | tuple[str, str]) -> pd.DataFrame:
    """Rows grouped by category (alphabetical, ignoring case), most frequent term first."""
    keys = pd.DataFrame(
        {
            "category": table.index.get_level_values("category").str.lower(),
            "total": table[total].to_numpy(),
        }
    )
    order = keys.sort_values(["category", "total"], ascending=[True, False], kind="stable")
    return table.iloc[order.index]
