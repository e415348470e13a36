"""Removal of page chrome (footers, author bios, link blocks) by named rules kept as data.

The rules live in `data/cleaning_rules.csv`, one per row:
`rule` (name), `action`, `pattern` (a regular expression matched against whole lines) and
`description`. Actions:
- `cut_from`: the first matching line and everything after it is removed;
- `drop_trailing`: matching lines are removed while they are the last lines of the text.
Only trailing material is ever removed, so the cleaned text is a prefix of the raw text and
character offsets into it are offsets into the raw file too.
"""

from __future__ import annotations

import re

import pandas as pd

from corpus_tools.settings import Settings, settings


def cleaning_rules(study: Settings | str | None = None) -> pd.DataFrame:
    """The study's chrome-removal rules: `rule`, `action`, `pattern`, `description`."""
    return settings(study).table("cleaning_rules")


def clean_text(raw: str, rules: pd.DataFrame | None = None) -> tuple[str, list[dict]]:
    """The text without page chrome, and one record per removal (rule, start, removed_text)."""
    return Cleaner(rules)(raw)


class Cleaner:
    """`clean_text` with the rules read once, for many texts: `Cleaner(rules)(raw)`."""

    def __init__(self, rules: pd.DataFrame | None = None) -> None:
        """Read the rules (the study's default ones if None)."""
        rules = cleaning_rules() if rules is None else rules
        columns = (rules["rule"].tolist(), rules["action"].tolist(), rules["pattern"].tolist())
        self._rules = [
            (rule, action, re.compile(pattern))
            for rule, action, pattern in zip(*columns, strict=True)
        ]

    def __call__(self, raw: str) -> tuple[str, list[dict]]:
        """The text without page chrome, and one record per removal (see `clean_text`)."""
        lines = raw.splitlines(keepends=True)
        stripped = [line.strip() for line in lines]
        # Whether each rule matches each line is read once; every pass below looks at a prefix.
        matched = [
            (rule, action, [pattern.match(line) is not None for line in stripped])
            for rule, action, pattern in self._rules
        ]
        keep, removals = len(lines), []
        # Peel blocks off the end one at a time, latest first, so each block is credited to the
        # rule that names it (a bio followed by a link block gives two records, not one).
        while True:
            cuts = [
                (_cut_point(matches[:keep], stripped[:keep], action), rule)
                for rule, action, matches in matched
            ]
            cuts = [(cut, rule) for cut, rule in cuts if cut is not None]
            if not cuts:
                break
            cut, rule = max(cuts)
            start = sum(len(line) for line in lines[:cut])
            removals.append(
                {"rule": rule, "start": start, "removed_text": "".join(lines[cut:keep]).strip()}
            )
            keep = cut
        return "".join(lines[:keep]).rstrip(), sorted(removals, key=lambda r: r["start"])


def _cut_point(matches: list[bool], stripped: list[str], action: str) -> int | None:
    """Index of the first line a rule removes, or None if it removes nothing, given whether
    the rule's pattern matches each (stripped) line."""
    if action == "cut_from":
        return matches.index(True) if any(matches) else None
    if action == "drop_trailing":
        cut = len(matches)
        while cut > 0 and (matches[cut - 1] or not stripped[cut - 1]):
            cut -= 1
        return cut if any(matches[cut:]) else None
    raise ValueError(f"unknown cleaning action {action!r} (expected cut_from or drop_trailing)")


def cleaning_log(articles: pd.DataFrame, study: Settings | str | None = None) -> pd.DataFrame:
    """What cleaning removed: one row per article and rule, with `removed_text` and `n_lines`."""
    table = cleaning_rules(study)
    rules = table.set_index("rule")["description"]
    clean = Cleaner(table)
    rows = [
        {
            "article_id": a.article_id,
            "outlet_label": a.outlet_label,
            **removal,
            "n_lines": len(removal["removed_text"].splitlines()),
            "description": rules.get(removal["rule"], ""),
        }
        for a in articles.itertuples(index=False)
        for removal in clean(a.raw_text)[1]
    ]
    columns = ["article_id", "outlet_label", "rule", "start", "n_lines", "removed_text"]
    return pd.DataFrame(rows, columns=[*columns, "description"])
