"""Finding dictionary terms (words, phrases, wildcard forms) in a token table.

A term is written as the words it matches, case-insensitively: `dictator`, `illegal invasion`,
`legitimate target*`. A trailing `*` on a word matches any word that starts with it
(`escalat*`: escalation, escalating). A term is tokenised like the text, so `Putin's war`
and `putin 's war` are the same term. Phrases match consecutive tokens of one sentence,
across line breaks; quotation marks between the words are skipped (so `"reassurance" force`
is an instance of `reassurance force`), any other punctuation breaks the phrase.
"""

from __future__ import annotations

from functools import cache

import pandas as pd
from nltk.tokenize import NLTKWordTokenizer

from corpus_tools.segmentation import is_quote_mark, join_tokens, normalise_typography

MATCH_KEYS = ["article_id", "outlet_label", "paragraph_id", "sentence_id", "token_id"]
VOICE_COLUMNS = ["in_quote", "quote_id", "speaker", "voice"]

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


def _word_matches(word: Word, lower: str) -> bool:
    form, prefix = word
    return lower.startswith(form) if prefix else lower == form


def _find_in_sentence(words: tuple[Word, ...], lowers: list[str]) -> list[tuple[int, int]]:
    """(first, last) positions in `lowers` of each non-overlapping match, left to right."""
    found, i = [], 0
    while i < len(lowers):
        pos, j = [], i
        for word in words:
            while pos and j < len(lowers) and is_quote_mark(lowers[j]):
                j += 1
            if j >= len(lowers) or not _word_matches(word, lowers[j]):
                break
            pos.append(j)
            j += 1
        if len(pos) == len(words):
            found.append((pos[0], pos[-1]))
            i = pos[-1] + 1
        else:
            i += 1
    return found


def match_patterns(tokens: pd.DataFrame, table: pd.DataFrame, column: str = "term") -> pd.DataFrame:
    """One row per match of each row of `table` (its `column` holds the term) in `tokens`.

    Columns: `article_id`, `outlet_label`, `paragraph_id`, `sentence_id`, `token_id` (first
    token), `start`, `end`, `text` (as written), then every column of `table`; where `tokens`
    has voice columns, `in_quote` (True if any matched word is quoted), and `quote_id`,
    `speaker`, `voice` of the first quoted word (else of the first word).
    """
    voice = [c for c in VOICE_COLUMNS if c in tokens.columns]
    rows = []
    for _, sent in tokens.groupby(["article_id", "sentence_id"], sort=False):
        lowers = sent["lower"].tolist()
        for entry in table.to_dict("records"):
            for first, last in _find_in_sentence(parse_term(entry[column]), lowers):
                span = sent.iloc[first : last + 1]
                words = span[~span["lower"].map(is_quote_mark)]
                quoted = words[words["in_quote"]] if "in_quote" in voice else words.iloc[:0]
                who = (quoted if len(quoted) else words).iloc[0]
                rows.append(
                    {
                        **{k: span.iloc[0][k] for k in MATCH_KEYS},
                        "start": int(span["start"].iloc[0]),
                        "end": int(span["end"].iloc[-1]),
                        "text": join_tokens(span),
                        **entry,
                        **{c: who[c] for c in voice if c != "in_quote"},
                        **({"in_quote": bool(len(quoted))} if "in_quote" in voice else {}),
                    }
                )
    columns = [*MATCH_KEYS, "start", "end", "text", *table.columns]
    columns += [c for c in ["in_quote", "quote_id", "speaker", "voice"] if c in voice]
    matches = pd.DataFrame(rows, columns=columns)
    return matches.sort_values(["article_id", "start", column], ignore_index=True)
