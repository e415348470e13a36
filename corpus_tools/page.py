"""The parts of a page: which paragraph is a headline, subhead, summary, bullet, byline,
caption or body text.

Rules live in `data/page_roles.csv` (one per row: `role`, `rule`, `pattern`, a regular
expression matched against the paragraph, `max_words`, `note`, `source`) and are tried in
their order; the first that fits names the paragraph's role, else it is `body`. The
`metadata_headline` rule has no pattern: it fits a paragraph equal to the article's metadata
headline. `paragraph_roles` adds `role` and `role_rule` to a `paragraphs()` table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from corpus_tools.resources import read_table

BODY = "body"
ROLE_ORDER = ["headline", "summary", "bullet", "byline", "caption", "subhead", BODY]
_PROBABLE = re.compile(r"\s*\(probable\)\s*$")


def page_rules() -> pd.DataFrame:
    """The rules for the parts of a page, in the order they are tried."""
    return read_table("page_roles.csv")


def _normalised(text: str) -> str:
    if "(probable)" in text:  # a quick test first: the pattern is tried at every character
        text = _PROBABLE.sub("", text)
    return " ".join(text.replace("’", "'").lower().split())


def paragraph_roles(
    paras: pd.DataFrame, articles: pd.DataFrame, rules: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The paragraphs (`paragraphs()`) with `role` and `role_rule` (empty for body text)."""
    rules = page_rules() if rules is None else rules
    headlines = dict(
        zip(articles["article_id"], articles["headline"].map(_normalised), strict=True)
    )
    checks = [_Rule.of(r) for r in rules.itertuples(index=False)]
    fitting = [
        next((c for c in checks if c.fits(text, headlines.get(article))), None)
        for article, text in zip(paras["article_id"].tolist(), paras["text"].tolist(), strict=True)
    ]
    return paras.assign(
        role=pd.array([BODY if c is None else c.role for c in fitting], dtype="str"),
        role_rule=pd.array(["" if c is None else c.rule for c in fitting], dtype="str"),
    )


@dataclass(frozen=True)
class _Rule:
    """One rule of `page_rules()`, compiled: tried on one paragraph at a time, so a paragraph
    stops at the first rule that fits."""

    role: str
    rule: str
    pattern: re.Pattern[str] | None  # None for `metadata_headline`
    max_words: int | None

    @classmethod
    def of(cls, row) -> _Rule:
        """The rule of one row of `page_rules()`."""
        if row.rule == "metadata_headline":
            return cls(row.role, row.rule, None, None)
        return cls(
            row.role,
            row.rule,
            re.compile(row.pattern),
            int(row.max_words) if row.max_words else None,
        )

    def fits(self, text: str, headline: str | None) -> bool:
        """Whether the rule names this paragraph (`headline`: its article's, normalised)."""
        if self.pattern is None:  # only short paragraphs can be a headline
            return len(text) <= 300 and _normalised(text) == headline
        # Words are counted first, and only up to the limit: cheaper than most patterns.
        if self.max_words is not None and len(text.split(None, self.max_words)) > self.max_words:
            return False
        return self.pattern.search(text) is not None


def role_counts(roles: pd.DataFrame) -> pd.DataFrame:
    """Paragraphs per article (rows) and role (columns, in `ROLE_ORDER`), zeros included."""
    table = pd.crosstab([roles["article_id"], roles["outlet_label"]], roles["role"])
    return table.reindex(columns=[r for r in ROLE_ORDER if r in table.columns or r == BODY],
                         fill_value=0)  # fmt: skip
