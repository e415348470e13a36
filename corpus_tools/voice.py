"""Whose voice each word is: the outlet's own narration, reported speech, or quoted speech.

Three kinds of voice (`voice_kind`): `quoted` (between quotation marks), `reported` (narration
that gives someone's words without quotation marks, `corpus_tools.reported`) and `narrator`
(everything else: the outlet's own words).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from corpus_tools import segmentation
from corpus_tools.actors import actors
from corpus_tools.claims import ABSENT, paragraph_position
from corpus_tools.reported import speech
from corpus_tools.settings import Settings

NARRATOR = "narrator (outlet's own voice)"
REPORTED = "reported speech (outlet's paraphrase)"
UNATTRIBUTED = "quoted, no named speaker"
VOICE_KINDS = ["narrator", "reported", "quoted"]


def tokens(articles: pd.DataFrame, study: Settings | str | None = None) -> pd.DataFrame:
    """One row per token: `TOKEN_COLUMNS` plus `in_quote`, `quote_id`, `speaker`,
    `voice_kind` and `voice` (see `with_voice`)."""
    paras = segmentation.paragraphs(articles)
    sents = segmentation.split_sentences(paras)
    found, segments, reports = speech(articles, paras, sents, study)
    return with_voice(segmentation.tokenize_sentences(sents), segments, found, reports)


def with_voice(
    toks: pd.DataFrame, segments: pd.DataFrame, found: pd.DataFrame, reports: pd.DataFrame
) -> pd.DataFrame:
    """Tokens plus their voice, from quotation segments and reported clauses by interval joins.

    `in_quote` is True for tokens between quotation marks (the marks themselves are not);
    `voice_kind` is quoted, reported or narrator; `speaker` is the quotation's or the reported
    clause's speaker (empty for narration and where nobody is named); `voice` is a readable
    label: the narrator, reported speech, a quoted speaker's name, or "quoted, no named
    speaker". A token is quoted if a quotation segment covers it, else reported if a reported
    clause covers it.
    """
    codes, articles = pd.factorize(toks["article_id"])
    starts, ends = toks["start"].to_numpy(np.int64), toks["end"].to_numpy(np.int64)
    segment = _covering(codes, starts, ends, articles, segments)
    report = _covering(codes, starts, ends, articles, reports)
    in_quote = segment >= 0
    in_report = (report >= 0) & ~in_quote
    # Every token's voice as a code into one list of labels: 0 the narrator, then one per
    # quotation segment, then one per reported clause. Text columns are taken from the
    # short lists, not built token by token.
    who = np.zeros(len(toks), dtype=np.int64)
    who[in_report] = 1 + len(segments) + report[in_report]
    who[in_quote] = 1 + segment[in_quote]
    quoted_by = _speakers(segments, found, "quote_id")
    reported_by = reports["speaker"].fillna("").tolist()
    speakers = ["", *quoted_by, *reported_by]
    voices = [NARRATOR, *(s or UNATTRIBUTED for s in quoted_by), *[REPORTED] * len(reports)]
    quote_ids = np.zeros(len(toks), dtype=np.int64)
    quote_ids[in_quote] = segments["quote_id"].to_numpy(np.int64)[segment[in_quote]]
    kind = np.where(in_quote, 2, np.where(in_report, 1, 0))  # positions in VOICE_KINDS
    return toks.assign(  # not a copy: the token columns are shared
        in_quote=in_quote,
        quote_id=pd.arrays.IntegerArray(quote_ids, mask=~in_quote),
        speaker=pd.array(speakers, dtype="str").take(who),
        voice_kind=pd.array(VOICE_KINDS, dtype="str").take(kind),
        voice=pd.array(voices, dtype="str").take(who),
    )


def _covering(
    codes: np.ndarray, starts: np.ndarray, ends: np.ndarray, articles: pd.Index, spans: pd.DataFrame
) -> np.ndarray:
    """For each token (its article's code in `articles`, start and end), the row of `spans`
    covering it, or -1: the last span of its article starting at or before the token, if that
    span also covers the token's end. One sorted search over (article, offset) keys, no loop."""
    if spans.empty:
        return np.full(len(codes), -1, dtype=np.int64)
    shift = np.int64(1) << 40  # offsets within an article stay below 2**40
    span_codes = articles.get_indexer(spans["article_id"]).astype(np.int64)
    span_keys = span_codes * shift + spans["start"].to_numpy(np.int64)
    order = np.argsort(span_keys)
    at = np.searchsorted(span_keys[order], codes.astype(np.int64) * shift + starts, "right") - 1
    row = order[np.maximum(at, 0)]
    inside = (at >= 0) & (span_codes[row] == codes) & (ends <= spans["end"].to_numpy()[row])
    return np.where(inside, row, -1)


def _speakers(segments: pd.DataFrame, found: pd.DataFrame, key: str) -> list[str]:
    """The `speaker` in `found` of each row of `segments` (by article and `key`), else ""."""
    who = found.set_index(["article_id", key])["speaker"]
    rows = pd.MultiIndex.from_frame(segments[["article_id", key]])
    return who.reindex(rows).fillna("").tolist()


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
        quoted = g[~g["voice"].isin([NARRATOR, REPORTED])]
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
    "voice_kind",
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
                    g["voice_kind"].iloc[0],
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
