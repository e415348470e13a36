"""Finding dictionary terms (words, phrases, wildcard forms) in a token table.

A term is written as the words it matches, case-insensitively: `dictator`, `illegal invasion`,
`legitimate target*`. A trailing `*` on a word matches any word that starts with it
(`escalat*`: escalation, escalating). A term is tokenised like the text, so `Putin's war`
and `putin 's war` are the same term. Phrases match consecutive tokens of one sentence,
across line breaks; quotation marks between the words are skipped (so `"reassurance" force`
is an instance of `reassurance force`), any other punctuation breaks the phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, cached_property, lru_cache

import numpy as np
import pandas as pd
from nltk.tokenize import NLTKWordTokenizer

from corpus_tools.segmentation import is_quote_mark, normalise_typography

MATCH_KEYS = ["article_id", "outlet_label", "paragraph_id", "sentence_id", "token_id"]
VOICE_COLUMNS = ["in_quote", "quote_id", "speaker", "voice_kind", "voice"]

# One word of a term: its lower-case form and whether it matches as a prefix.
Word = tuple[str, bool]


@cache
def parse_term(term: str) -> tuple[Word, ...]:
    """The words a term matches, as (lower-case form, is_prefix) pairs."""
    tokenizer, words = NLTKWordTokenizer(), []
    for part in term.split():
        prefix = part.endswith("*")
        # Tokenised as inside a sentence (a word follows), like the text: else "U.S." at the
        # end of the string would split into "u.s" + "." and miss "U.S." mid-sentence.
        pieces = tokenizer.tokenize(normalise_typography(part.rstrip("*")).lower() + " _")[:-1]
        if not pieces:
            raise ValueError(f"dictionary term {term!r} has a word without letters")
        words += [(p, False) for p in pieces[:-1]] + [(pieces[-1], prefix)]
    if not words:
        raise ValueError(f"empty dictionary term {term!r}")
    return tuple(words)


def _next_word(is_mark: np.ndarray, sentence: np.ndarray) -> np.ndarray:
    """For each token, the position of the next token that is not a quotation mark, in the
    same sentence (-1 where there is none): the step a phrase takes to its next word."""
    n = len(is_mark)
    # Positions of the nearest non-mark token at or after each position, scanning backwards.
    candidate = np.where(~is_mark, np.arange(n), n)
    nearest = np.minimum.accumulate(candidate[::-1])[::-1]
    following = np.append(nearest[1:], n) if n else nearest
    same = np.zeros(n, dtype=bool)
    inside = following < n
    same[inside] = sentence[following[inside]] == sentence[np.flatnonzero(inside)]
    return np.where(same, following, -1)


def _codes_for(word: Word, vocabulary: np.ndarray) -> np.ndarray:
    """Vocabulary codes a term word matches: its exact form, or every form it prefixes.

    The vocabulary is sorted, so the forms a prefix starts are one contiguous run.
    """
    form, prefix = word
    if prefix:
        first = np.searchsorted(vocabulary, form, side="left")
        return np.arange(first, np.searchsorted(vocabulary, form + "\U0010ffff", side="left"))
    found = np.searchsorted(vocabulary, form)
    if found < len(vocabulary) and vocabulary[found] == form:
        return np.array([found])
    return np.array([], dtype=int)


def _term_spans(
    words: tuple[Word, ...],
    vocabulary: np.ndarray,
    codes: np.ndarray,
    positions_of: pd.Series,
    next_word: np.ndarray,
) -> np.ndarray:
    """(first, last) token positions of a term's non-overlapping matches, left to right."""
    first_codes = _codes_for(words[0], vocabulary)
    starts = np.sort(np.concatenate([positions_of.get(c, _EMPTY) for c in first_codes] or [_EMPTY]))
    ends = starts.copy()
    for word in words[1:]:
        allowed = np.zeros(len(vocabulary), dtype=bool)
        allowed[_codes_for(word, vocabulary)] = True
        step = next_word[ends]
        ok = step >= 0
        ok[ok] = allowed[codes[step[ok]]]
        starts, ends = starts[ok], step[ok]
    if len(starts) > 1 and (starts[1:] <= ends[:-1]).any():  # overlaps: keep left to right
        kept, last = [], -1
        for i, (a, b) in enumerate(zip(starts, ends, strict=True)):
            if a > last:
                kept.append(i)
                last = b
        starts, ends = starts[kept], ends[kept]
    return np.column_stack([starts, ends])


_EMPTY = np.array([], dtype=np.int64)


class TokenIndex:
    """A token table indexed once for dictionary lookups: word form -> positions.

    Build it once (`TokenIndex(tokens)`), then `match` any number of term tables or `kwic`
    any typed pattern: each lookup costs only as much as its first word's occurrences, not
    a scan of the corpus, so a widget can answer every keystroke on a large corpus.
    `tokens` must list each article's tokens together, in reading order (as `ct.tokens` does).
    """

    def __init__(self, tokens: pd.DataFrame) -> None:
        self.tokens = tokens.reset_index(drop=True)
        codes, vocabulary = pd.factorize(self.tokens["lower"], sort=True)
        self.codes, self.vocabulary = codes, np.asarray(vocabulary, dtype=object)
        # A stable sort of small integers is a radix sort: codes as narrow as they can be.
        order = np.argsort(codes.astype(np.min_scalar_type(len(vocabulary))), kind="stable")
        bounds = np.searchsorted(codes[order], np.arange(len(vocabulary) + 1))
        self.positions_of = pd.Series(
            [order[a:b] for a, b in zip(bounds[:-1], bounds[1:], strict=True)], dtype=object
        )
        self.is_mark = np.array([is_quote_mark(w) for w in self.vocabulary], dtype=bool)[codes]
        article, article_ids = pd.factorize(self.tokens["article_id"])
        sentence_ids = self.tokens["sentence_id"].to_numpy()
        sentence = article * (int(sentence_ids.max(initial=0)) + 1) + sentence_ids
        self.next_word = _next_word(self.is_mark, sentence)
        # Articles are consecutive runs, numbered in order of appearance.
        sizes = np.bincount(article, minlength=len(article_ids))
        self.article_end = np.cumsum(sizes)[article]
        self.article_start = self.article_end - sizes[article]
        self.text = _Joiner(self.tokens)
        rank = np.empty(len(article_ids), dtype=np.int64)
        rank[np.argsort(np.asarray(article_ids, dtype=object))] = np.arange(len(article_ids))
        self.article_rank = rank[article]  # the article's place in sorted order
        # Keys as integer codes, read once: converting a text column costs per call.
        self.article_code = article
        self.outlet_code, self.outlets = pd.factorize(self.tokens["outlet_label"])
        self.quotable = (
            self.tokens["in_quote"].to_numpy() & ~self.is_mark
            if ("in_quote" in self.tokens.columns)
            else np.zeros(len(self.tokens), dtype=bool)
        )
        # Quoted words before each position: a span holds one if the count rises across it.
        self.quoted_before = np.concatenate([[0], np.cumsum(self.quotable)])

    def spans(self, terms: pd.Series) -> tuple[np.ndarray, np.ndarray]:
        """(first, last) token positions of every match, and the index in `terms` of each."""
        spans, entries = [], []
        for i, term in enumerate(terms):
            found = _term_spans(
                parse_term(term), self.vocabulary, self.codes, self.positions_of, self.next_word
            )
            spans.append(found)
            entries.append(np.full(len(found), i))
        if not spans:
            return np.empty((0, 2), dtype=int), _EMPTY
        return np.concatenate(spans).astype(int), np.concatenate(entries).astype(int)

    def in_quote(self, spans: np.ndarray) -> np.ndarray:
        """Per span: True if any of its words (quotation marks aside) is quoted."""
        before = self.quoted_before
        return before[spans[:, 1] + 1] > before[spans[:, 0]]

    @cached_property
    def _voice_kinds(self) -> np.ndarray:
        """Each token's voice kind, read once (narrator where tokens carry no voice)."""
        if "voice_kind" not in self.tokens.columns:
            return np.full(len(self.tokens), "narrator", dtype=object)
        return self.tokens["voice_kind"].to_numpy(dtype=object)

    def voice_kind(self, spans: np.ndarray) -> np.ndarray:
        """Per span: quoted if any word is quoted, else the voice kind of its first word."""
        return np.where(self.in_quote(spans), "quoted", self._voice_kinds[spans[:, 0]])

    def first(self, spans: np.ndarray, entry: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
        """The `n` spans that come first in match order (article id, then position)."""
        order = np.lexsort((spans[:, 0], self.article_rank[spans[:, 0]]))[:n]
        return spans[order], entry[order]

    def match(self, table: pd.DataFrame, column: str = "term") -> pd.DataFrame:
        """`match_patterns(tokens, table, column)`, from the index."""
        return self.located(table, column).drop(columns=["first", "last"])

    def located(
        self, table: pd.DataFrame, column: str = "term", limit: int | None = None
    ) -> pd.DataFrame:
        """`match` plus `first` and `last`, the matched token positions in `self.tokens`.

        With `limit`, only the first `limit` matches in output order (for a display).
        """
        spans, entry = self.spans(table[column])
        if limit is not None:
            spans, entry = self.first(spans, entry, limit)
        return _match_rows(self, table, column, spans, entry)

    def context(self, spans: np.ndarray, window: int) -> tuple[list[str], list[str]]:
        """Up to `window` tokens before and after each span, within its article, as text."""
        pre = [self.text(max(self.article_start[a], a - window), a) for a in spans[:, 0]]
        post = [self.text(b + 1, min(self.article_end[b], b + 1 + window)) for b in spans[:, 1]]
        return pre, post


def word_alternation(words: Iterable[str]) -> str:
    """A regular expression for any of `words`, written as a trie ("sa(?:id|ying)"): Python's
    `re` tries a plain alternation word by word at every position, a trie letter by letter.
    Longer words win over their prefixes, as in a longest-first alternation."""
    return _alternation(frozenset(words))


@lru_cache(maxsize=64)  # a pure function of the words: every chunk of a run asks again
def _alternation(words: frozenset[str]) -> str:
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def regex(node: dict) -> str:
        branches = [re.escape(char) + regex(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return regex(trie)


def match_patterns(
    tokens: pd.DataFrame | TokenIndex, table: pd.DataFrame, column: str = "term"
) -> pd.DataFrame:
    """One row per match of each row of `table` (its `column` holds the term) in `tokens`.

    Columns: `article_id`, `outlet_label`, `paragraph_id`, `sentence_id`, `token_id` (first
    token), `start`, `end`, `text` (as written), then every column of `table`; where `tokens`
    has voice columns, `in_quote` (True if any matched word is quoted), and `quote_id`,
    `speaker`, `voice_kind`, `voice` of the first quoted word (else of the first word). To
    look up many patterns in one corpus, build a `TokenIndex` once and pass it instead.
    """
    index = tokens if isinstance(tokens, TokenIndex) else TokenIndex(tokens)
    return index.match(table, column)


class _Joiner:
    """`join_tokens` for runs of rows of one token table, from arrays read once."""

    def __init__(self, toks: pd.DataFrame) -> None:
        self.token = toks["token"].to_numpy(dtype=object)
        end = toks["end"].to_numpy()
        self.gap = np.ones(len(toks), dtype=bool)
        self.gap[1:] = toks["start"].to_numpy()[1:] != end[:-1]

    def __call__(self, first: int, stop: int) -> str:
        """The text of rows `first` to `stop - 1`, spaced as `segmentation.join_tokens`."""
        if stop <= first:
            return ""
        pieces = [self.token[first]]
        for i in range(first + 1, stop):
            pieces.append(" " + self.token[i] if self.gap[i] else self.token[i])
        return "".join(pieces)


def _match_rows(
    index: TokenIndex, table: pd.DataFrame, column: str, spans: np.ndarray, entry: np.ndarray
) -> pd.DataFrame:
    """The match table for (first, last) token positions and the table row each belongs to."""
    toks = index.tokens
    voice = [c for c in VOICE_COLUMNS if c in toks.columns]
    first, last = spans[:, 0], spans[:, 1]
    matches = toks.loc[first, MATCH_KEYS].reset_index(drop=True)
    matches["start"] = toks["start"].to_numpy()[first]
    matches["end"] = toks["end"].to_numpy()[last]
    texts = [index.text(a, b + 1) for a, b in spans]
    matches["text"] = pd.Series(texts, index=matches.index, dtype="str")
    matches = matches.join(table.iloc[entry].reset_index(drop=True))
    if voice:
        # The speaker of a match is that of its first quoted word, else of its first word.
        quoted = toks["in_quote"].to_numpy() & ~index.is_mark
        who = [next((j for j in range(a, b + 1) if quoted[j]), a) for a, b in spans]
        for c in voice:
            if c != "in_quote":
                matches[c] = toks[c].iloc[who].reset_index(drop=True)
        matches["in_quote"] = quoted[who] if len(who) else np.array([], dtype=bool)
    matches["first"], matches["last"] = first, last
    columns = [*MATCH_KEYS, "start", "end", "text", *table.columns]
    columns += voice
    columns += ["first", "last"]
    return matches[columns].sort_values(["article_id", "start", column], ignore_index=True)
