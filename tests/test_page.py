"""Parts of a page: headline, summary, bullet, byline, caption, subhead, body."""

from __future__ import annotations

import pandas as pd

import corpus_tools as ct
from corpus_tools import page

TEXT = """Council Votes to Close Harbour Bridge
By Ana Lopes
Key Points – The council voted on Tuesday to close the bridge for repairs.
- Traffic will be diverted through the old town.
• Ferries will run every twenty minutes.
Photo: The bridge at dawn (Reuters)
What Happens Next?
The closure starts in March and will last six weeks.
Engineers said the cables were worn.
It is over.
“We had no choice,” the mayor said.
"""


def roles_of(text: str, headline: str = "") -> list[tuple[str, str]]:
    articles = pd.DataFrame(
        {"article_id": ["a"], "outlet_label": ["Gazette"], "text": [text], "headline": [headline]}
    )
    roles = page.paragraph_roles(ct.paragraphs(articles), articles)
    return list(zip(roles["role"], roles["role_rule"], strict=True))


def test_each_part_of_a_page_gets_its_role() -> None:
    roles = roles_of(TEXT, "Council votes to close harbour bridge (probable)")
    assert [r for r, _ in roles] == [
        "headline",
        "byline",
        "summary",
        "bullet",
        "bullet",
        "caption",
        "subhead",
        "body",
        "body",
        "body",  # short, but it ends with a full stop: a sentence, not a heading
        "body",  # a quotation's closing mark: speech, not a heading
    ]
    assert roles[0][1] == "metadata_headline" and roles[-1][1] == ""


def test_without_metadata_a_headline_is_a_short_line() -> None:
    assert roles_of("Bridge To Close\nThe council voted.\n")[0] == ("subhead", "short_unpunctuated")


def test_the_bundled_corpus(articles) -> None:
    roles = page.paragraph_roles(ct.paragraphs(articles), articles)
    parts = roles[roles["role"] != "body"]
    # 002 (raw file): a Key Points box with two dash bullets, its headline, two subheads.
    assert set(parts["article_id"]) == {"002"}
    assert parts["role"].tolist() == [
        "summary",
        "bullet",
        "bullet",
        "headline",
        "subhead",
        "subhead",
    ]
    assert parts.loc[parts["role"] == "subhead", "text"].tolist() == [
        "Putin Makes a Big Threat",
        "Why Now?",
    ]
    assert page.role_counts(roles).loc["002"]["body"].item() == 12
