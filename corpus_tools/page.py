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

import pandas as pd

from corpus_tools.resources import read_table

BODY = "body"
ROLE_ORDER = ["headline", "summary", "bullet", "byline", "caption", "subhead", BODY]


def page_rules() -> pd.DataFrame:
    """The rules for the parts of a page, in the order they are tried."""
    return read_table("page_roles.csv")


def _normalised(text: str) -> str:
    text = re.sub(r"\s*\(probable\)\s*$", "", text)
    return " ".join(text.replace("’", "'").lower().split())


def paragraph_roles(
    paras: pd.DataFrame, articles: pd.DataFrame, rules: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The paragraphs (`paragraphs()`) with `role` and `role_rule` (empty for body text)."""
    rules = page_rules() if rules is None else rules
    headline = articles.set_index("article_id")["headline"].map(_normalised)
    role = pd.Series(BODY, index=paras.index)
    rule_name = pd.Series("", index=paras.index)
    undecided = pd.Series(True, index=paras.index)
    n_words = paras["text"].str.split().str.len()
    for r in rules.itertuples(index=False):
        if r.rule == "metadata_headline":  # only short paragraphs can be a headline
            short = paras["text"].str.len() <= 300
            fits = pd.Series(False, index=paras.index)
            fits[short] = paras.loc[short, "text"].map(_normalised) == paras.loc[
                short, "article_id"
            ].map(headline)
        else:
            fits = paras["text"].str.contains(r.pattern, regex=True)
            if r.max_words:
                fits &= n_words <= int(r.max_words)
        fits &= undecided
        role[fits], rule_name[fits] = r.role, r.rule
        undecided &= ~fits
    return paras.assign(role=role, role_rule=rule_name)


def role_counts(roles: pd.DataFrame) -> pd.DataFrame:
    """Paragraphs per article (rows) and role (columns, in `ROLE_ORDER`), zeros included."""
    table = pd.crosstab([roles["article_id"], roles["outlet_label"]], roles["role"])
    return table.reindex(columns=[r for r in ROLE_ORDER if r in table.columns or r == BODY],
                         fill_value=0)  # fmt: skip
