"""Actors (people and institutions) and where the articles mention them.

Canonical actors and their aliases live in `data/actors.csv`: `actor`, `type` (person or
institution), `aliases` (separated by `|`), `note`.
"""

from __future__ import annotations

import re
from functools import cache

import pandas as pd

from corpus_tools.resources import read_table

MENTION_COLUMNS = ["article_id", "outlet_label", "start", "end", "mention", "actor", "type"]
PRONOUNS = ("he", "she")


def actors() -> pd.DataFrame:
    """The bundled actor table, one row per actor: `actor`, `type`, `aliases`, `note`."""
    return read_table("actors.csv")


@cache
def _alias_index() -> dict[str, tuple[str, str]]:
    return {
        alias.lower(): (a.actor, a.type)
        for a in actors().itertuples(index=False)
        for alias in a.aliases.split("|")
    }


@cache
def mention_pattern(with_pronouns: bool = False) -> re.Pattern[str]:
    """A regex finding any actor alias (longest first), optionally also `he`/`she`."""
    names = sorted(_alias_index(), key=len, reverse=True)
    names += list(PRONOUNS) if with_pronouns else []
    body = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w.])(?:{body})(?!\w)", re.IGNORECASE)


def resolve_alias(mention: str) -> tuple[str, str] | None:
    """The (actor, type) an alias names, or None for a pronoun or unknown string."""
    return _alias_index().get(mention.lower())


def actor_mentions(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per alias mention in each article's cleaned text: `MENTION_COLUMNS`."""
    rows = [
        (a.article_id, a.outlet_label, m.start(), m.end(), m.group(), *resolve_alias(m.group()))
        for a in articles.itertuples(index=False)
        for m in mention_pattern().finditer(a.text)
    ]
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)
