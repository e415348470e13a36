"""Page-chrome removal: named rules kept as data, and a log of what each removed."""

from __future__ import annotations

import pandas as pd

import corpus_tools as ct
from corpus_tools.cleaning import clean_text


def test_cleaning_log_of_the_bundled_corpus(articles) -> None:
    log = ct.cleaning_log(articles)
    assert list(log[["article_id", "rule", "n_lines"]].itertuples(index=False, name=None)) == [
        ("000", "blogger_footer", 2),
        ("002", "author_bio", 2),
        ("002", "related_links", 4),
    ]
    links = log[log["rule"] == "related_links"]["removed_text"].iloc[0]
    assert links.startswith("More Military") and "X-37B" in links
    assert (log["description"] != "").all()


def test_footer_words_inside_the_article_are_kept() -> None:
    raw = "Comments\nThe article goes on.\nComments\nPost a Comment\n"
    text, removals = clean_text(raw)
    assert text == "Comments\nThe article goes on."
    assert [r["rule"] for r in removals] == ["blogger_footer"]


def test_custom_rules() -> None:
    rules = pd.DataFrame(
        {
            "rule": ["ad"],
            "action": ["cut_from"],
            "pattern": ["^ADVERTISEMENT$"],
            "description": [""],
        }
    )
    text, removals = clean_text("Body.\nADVERTISEMENT\nBuy now.", rules)
    assert text == "Body."
    assert removals == [{"rule": "ad", "start": 6, "removed_text": "ADVERTISEMENT\nBuy now."}]
