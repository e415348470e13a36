"""Whose voice each word is: the outlet's own narration, or quoted speech and its speaker."""

from __future__ import annotations

import numpy as np
import pandas as pd

from corpus_tools import segmentation
from corpus_tools.actors import actors
from corpus_tools.claims import ABSENT, paragraph_position
from corpus_tools.quotes import find_quotes
from corpus_tools.settings import Settings

NARRATOR = "narrator (outlet's own voice)"
UNATTRIBUTED = "quoted, no named speaker"


def tokens(articles: pd.DataFrame, study: Settings | str | None = None) -> pd.DataFrame:
    """One row per token: `TOKEN_COLUMNS` plus `in_quote`, `speaker`, `quote_id` and `voice`.

    `in_quote` is True for tokens between quotation marks (the marks themselves are narration);
    `speaker` is the quotation's canonical speaker, empty for narration and unattributed quotes;
    `voice` is a readable label: the narrator, a speaker's name, or "quoted, no named speaker".
    """
    paras = segmentation.paragraphs(articles)
    sents = segmentation.split_sentences(paras)
    found, segments = find_quotes(articles, paras, sents, study)
    return with_voice(segmentation.tokenize_sentences(sents), segments, found)


def with_voice(toks: pd.DataFrame, segments: pd.DataFrame, found: pd.DataFrame) -> pd.DataFrame:
    """Tokens plus their voice, from quotation segments by one interval join (no loop).

    Each token is matched to the last segment of its article that starts at or before it
    (`merge_asof`); it is quoted if it also ends within that segment.
    """
    located = (
        pd.merge_asof(
            toks[["article_id", "start", "end"]].reset_index().sort_values("start"),
            segments.rename(columns={"start": "seg_start", "end": "seg_end"}).sort_values(
                "seg_start"
            ),
            left_on="start",
            right_on="seg_start",
            by="article_id",
        )
        .set_index("index")
        .sort_index()
    )
    inside = (located["end"] <= located["seg_end"]).to_numpy()
    toks = toks.copy()
    toks["in_quote"] = inside
    toks["quote_id"] = located["quote_id"].where(inside).astype("Int64").array
    who = found.set_index(["article_id", "quote_id"])["speaker"]
    keys = pd.MultiIndex.from_arrays([toks["article_id"], toks["quote_id"].fillna(0).astype(int)])
    toks["speaker"] = who.reindex(keys).fillna("").to_numpy()
    toks["voice"] = np.where(
        ~toks["in_quote"], NARRATOR, np.where(toks["speaker"] == "", UNATTRIBUTED, toks["speaker"])
    )
    return toks


def voice_shares(toks: pd.DataFrame) -> pd.DataFrame:
    """Words per article and voice: `article_id`, `outlet_label`, `voice`, `n_words`, `share`.

    Punctuation is not counted; `share` is the voice's fraction of the article's words.
    """
    words = toks[~toks["is_punct"]]
    counts = (
        words.groupby(["article_id", "outlet_label", "voice"], sort=False)
        .size()
        .rename("n_words")
        .reset_index()
    )
    counts["share"] = counts["n_words"] / counts.groupby("article_id")["n_words"].transform("sum")
    return counts.sort_values(["article_id", "n_words"], ascending=[True, False], ignore_index=True)


def quoted_summary(shares: pd.DataFrame) -> pd.DataFrame:
    """Per article: words, quoted words, quoted share, most quoted voice.

    Takes `voice_shares()` output. Columns: `article_id`, `outlet_label`, `n_words`,
    `n_quoted`, `quoted_share`, `top_speaker`, `top_speaker_words` (tied voices joined by
    " / "; empty and 0 where an article quotes nobody). The share is a full count of the
    article, not a sample, so it has no interval.
    """
    rows = []
    for (article_id, outlet), g in shares.groupby(["article_id", "outlet_label"], sort=False):
        quoted = g[g["voice"] != NARRATOR]
        n, k = int(g["n_words"].sum()), int(quoted["n_words"].sum())
        most = int(quoted["n_words"].max()) if k else 0
        top = sorted(quoted.loc[quoted["n_words"] == most, "voice"]) if k else []
        rows.append(
            {
                "article_id": article_id,
                "outlet_label": outlet,
                "n_words": n,
                "n_quoted": k,
                "quoted_share": k / n,
                "top_speaker": " / ".join(top),
                "top_speaker_words": most,
            }
        )
    return pd.DataFrame(rows)


SEGMENT_COLUMNS = [
    "article_id",
    "outlet_label",
    "paragraph_id",
    "sentence_id",
    "voice",
    "speaker",
    "in_quote",
    "n_words",
    "text",
]


def voice_segments(toks: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence and voice: `SEGMENT_COLUMNS`, in reading order.

    Takes `tokens()` output. `text` is the voice's tokens of the sentence, quotation marks
    left out, spaced as in the article where tokens are adjacent and joined by one space where
    another voice's words were cut out (the narrator's part of `said they were "legitimate
    targets" by Moscow` is `said they were by Moscow`). `n_words` counts tokens that are not
    punctuation; a voice with no word in a sentence (only a stray mark) gives no row.
    """
    toks = toks.sort_values(["article_id", "token_id"])
    same_article = toks["article_id"] == toks["article_id"].shift()
    spaced = ~(same_article & (toks["start"] == toks["end"].shift()))
    kept = toks.assign(spaced=spaced)[~toks["token"].map(segmentation.is_quote_mark)]
    rows = []
    keys = ["article_id", "outlet_label", "paragraph_id", "sentence_id", "voice"]
    for key, g in kept.groupby(keys, sort=False):
        n_words = int((~g["is_punct"]).sum())
        if n_words:
            rows.append(
                (
                    *key,
                    g["speaker"].iloc[0],
                    bool(g["in_quote"].iloc[0]),
                    n_words,
                    segmentation.join_tokens(g),
                )
            )
    return pd.DataFrame(rows, columns=keys + SEGMENT_COLUMNS[5:])


ACTOR_VOICE_COLUMNS = [
    "article_id",
    "outlet_label",
    "actor",
    "type",
    "n_mentions",
    "first_paragraph",
    "n_paragraphs",
    "first_position",
    "n_quotes",
    "quoted_words",
]


def actor_voices(
    mentions: pd.DataFrame,
    quotes: pd.DataFrame,
    sentences: pd.DataFrame,
    study: Settings | str | None = None,
) -> pd.DataFrame:
    """One row per article and actor named or quoted in it: who is spoken about, who speaks.

    Takes `actors.actor_mentions()`, `quotes()` and `sentences()` of the same articles.
    Columns (`ACTOR_VOICE_COLUMNS`): `n_mentions` (names and aliases, in narration and inside
    quotations alike; pronouns not counted); `first_paragraph` and `first_position` of the first
    mention (missing / absent when never named); `n_quotes` and `quoted_words` (from the
    quotations' `n_words`) where the actor is the speaker. Quotations without a named speaker
    form one row, `actor` = "quoted, no named speaker". Rows keep the articles' order, then go
    from the most mentioned actor down.
    """
    keys = ["article_id", "outlet_label", "actor"]
    located = pd.merge_asof(
        mentions.sort_values("start"),
        sentences[["article_id", "start", "paragraph_id"]].sort_values("start"),
        on="start",
        by="article_id",
    )
    named = located.groupby(keys, sort=False).agg(
        type=("type", "first"),
        n_mentions=("start", "size"),
        first_paragraph=("paragraph_id", "min"),
    )
    speakers = quotes.assign(actor=quotes["speaker"].replace("", UNATTRIBUTED))
    spoken = speakers.groupby(keys, sort=False).agg(
        n_quotes=("quote_id", "size"), quoted_words=("n_words", "sum")
    )
    table = named.join(spoken, how="outer").reset_index()
    types = actors(study).set_index("actor")["type"]
    table["type"] = table["type"].fillna(table["actor"].map(types)).fillna("")
    table = table.fillna({"n_mentions": 0, "n_quotes": 0, "quoted_words": 0})
    table = table.astype(
        {"n_mentions": int, "n_quotes": int, "quoted_words": int, "first_paragraph": "Int64"}
    )
    n_paras = sentences.groupby("article_id", sort=False)["paragraph_id"].max()
    table["n_paragraphs"] = table["article_id"].map(n_paras).astype(int)
    table["first_position"] = [
        ABSENT if pd.isna(p) else paragraph_position(int(p), n)
        for p, n in zip(table["first_paragraph"], table["n_paragraphs"], strict=True)
    ]
    article_order = {a: i for i, a in enumerate(sentences["article_id"].unique())}
    table["_article"] = table["article_id"].map(article_order)
    table = table.sort_values(
        ["_article", "n_mentions", "quoted_words", "actor"], ascending=[True, False, False, True]
    )
    return table[ACTOR_VOICE_COLUMNS].reset_index(drop=True)
