"""Quotations: where they are, who speaks, by which cue, and whether direct or partial.

Rules, in the order they are tried (the cues are a study setting, `quote_cues.csv`):
- Spans: straight "...", curly “...” and curly single ‘...’ marks (a ’ followed by a letter is an
  apostrophe). A quotation left open at the end of a paragraph continues if the next paragraph
  opens with a quote mark (the newspaper convention for a quote over several paragraphs).
- Kind: `direct` if the quotation opens its sentence or paragraph, follows a colon, or is
  followed at once by an attribution (`," Putin said`); otherwise `partial` (a quoted word or
  phrase inside the narrator's sentence, including scare quotes).
- Speaker of a direct quotation: an attribution right after it (`," he stated`,
  `," said Putin`), else a mention followed by a cue before it in its sentence
  (`He said in a speech: "...`), else the speaker of the quotation just before it in the same
  paragraph, or in the paragraph before when the quotation is a paragraph of its own.
  A partial quotation takes the first mention in its sentence that is followed by a cue
  before the quote (`Macron later added that ... "in the coming days."`).
- Pronouns (he, she): with a continuing cue ("added") the previous quotation's speaker, else
  the person last named in the narrator's text before it.
Everything else has an empty speaker: a scare quote belongs to nobody the text names.
Each quotation names the rule that found its speaker (`rule`: `cue_after`, `cue_before` or
`continuing`; empty without a speaker) and the speaker's type (`speaker_type`: the actor
table's person or institution). A speaker the actor table does not list is found when a
capitalised name of two or three words, after any title (`data/lexicons/titles.txt`), is the
subject of the cue (`," Jane Doe said`, `Jane Doe said: "`); a later surname alone names the
same person. Such speakers have `speaker_known` False and `speaker_type` person, or
organisation when the name ends in an organisation word
(`data/lexicons/organisation_words.txt`: "the Defence Ministry", "the White House").
Single-word organisations ("Moscow", "the Kremlin") are not found unless the actor table
lists them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np
import pandas as pd

from corpus_tools.actors import PRONOUNS, ActorIndex, actor_index, actors
from corpus_tools.resources import data_path, read_word_list
from corpus_tools.segmentation import normalise_typography, paragraphs, split_sentences
from corpus_tools.settings import Settings, settings

QUOTE_COLUMNS = [
    "article_id",
    "outlet_label",
    "quote_id",
    "paragraph_id",
    "sentence_id",
    "start",
    "end",
    "text",
    "speaker",
    "speaker_type",
    "speaker_known",
    "cue",
    "rule",
    "kind",
    "n_words",
]
SEGMENT_COLUMNS = ["article_id", "quote_id", "start", "end"]
QUOTE_DTYPES = {
    **dict.fromkeys(
        ["article_id", "outlet_label", "text", "speaker", "speaker_type", "cue", "rule", "kind"],
        "str",
    ),
    **dict.fromkeys(
        ["quote_id", "paragraph_id", "sentence_id", "start", "end", "n_words"], "int64"
    ),
    "speaker_known": "bool",
}
_CLOSING = {"“": "”", '"': '"', "‘": "’"}


@dataclass
class _Quote:
    segments: list[tuple[int, int]]
    closed: bool
    paragraph_id: int
    last_paragraph_id: int = 0
    speaker: str = ""
    cue: str = ""
    rule: str = ""
    kind: str = "partial"

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]


def quote_cues(study: Settings | str | None = None) -> pd.DataFrame:
    """Attribution cues: `cue`, `continues_previous` (true where "he" means the last speaker)."""
    return settings(study).table("quote_cues")


@dataclass(frozen=True)
class _Rules:
    """A study's actors and cues, compiled once per call."""

    actors: ActorIndex
    cues: re.Pattern[str]
    continuing: frozenset[str]
    types: dict[str, str]  # actor -> person or institution
    unknown: re.Pattern[str]  # a capitalised name, with its title, not in the actor table
    titles: re.Pattern[str]
    organisation_words: frozenset[str]


def _rules(study: Settings | str | None) -> _Rules:
    table = quote_cues(study)
    names = sorted(table["cue"], key=len, reverse=True)
    cues = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in names) + r")\b", re.IGNORECASE)
    continuing = frozenset(table.loc[table["continues_previous"] == "true", "cue"].str.lower())
    people = actors(study)
    types = dict(zip(people["actor"], people["type"], strict=True))
    titles = sorted(read_word_list(data_path("lexicons", "titles.txt")), key=len, reverse=True)
    title = "|".join(re.escape(t) for t in titles)
    # Two or three capitalised words ("Jane Doe", "Friedrich Merz"), or one that an earlier
    # full name ends with, not starting with a capitalised function word.
    unknown = re.compile(
        rf"(?:(?:the|{title})\s+)*(?!(?:{_NOT_NAMES})\b)"
        rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}"
    )
    return _Rules(
        actor_index(people),
        cues,
        continuing,
        types,
        unknown,
        re.compile(rf"^(?:(?:the|{title})\s+)+"),
        read_word_list(data_path("lexicons", "organisation_words.txt")),
    )


_NAME_WORD = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?"
_NOT_NAMES = (
    "The|A|An|He|She|It|They|We|I|You|This|That|These|Those|But|And|Or|So|In|On|At|For|As|If|"
    "When|While|After|Before|Asked|Speaking|According|However|Meanwhile|Still|Yet|Then|There"
)


# An opening mark: double marks anywhere, a single one only where a word could start.
_OPENING = re.compile(r'[“"]|(?<![^\W_])‘')


def _close_at(text: str, start: int, mark: str) -> int | None:
    """Position of the mark closing a quotation opened before `start` ("’" + letter is an
    apostrophe, not a closing mark)."""
    j = text.find(mark, start)
    while j != -1 and mark == "’" and j + 1 < len(text) and text[j + 1].isalpha():
        j = text.find(mark, j + 1)
    return None if j == -1 else j


def _paragraph_spans(text: str, offset: int) -> list[tuple[int, int, bool]]:
    """(content start, content end, closed) of each quotation opened in one paragraph."""
    spans, i = [], 0
    while (m := _OPENING.search(text, i)) is not None:
        j = _close_at(text, m.end(), _CLOSING[m.group()])
        spans.append((offset + m.end(), offset + (len(text) if j is None else j), j is not None))
        if j is None:
            break
        i = j + 1
    return spans


class _Para(NamedTuple):
    paragraph_id: int
    start: int
    end: int
    text: str


def _find_quotes(paras: list[_Para]) -> list[_Quote]:
    found: list[_Quote] = []
    for p in paras:
        for k, (start, end, closed) in enumerate(_paragraph_spans(p.text, p.start)):
            last = found[-1] if found else None
            if k == 0 and start == p.start + 1 and last and not last.closed:
                last.segments.append((start, end))  # continuation of last paragraph's quote
                last.closed = closed
                last.last_paragraph_id = p.paragraph_id
            else:
                found.append(_Quote([(start, end)], closed, p.paragraph_id, p.paragraph_id))
    return found


def _who(mention: str, position: int, cue: str, context: _Context) -> str:
    """The actor a mention names; pronouns resolved as the module docstring says.

    A mention the actor table does not know is a person not in the table: a full name (its
    title dropped) is remembered, so a later surname alone names the same person; a surname
    nobody was named with, or a pronoun-like word, names nobody ("").
    """
    resolved = context.rules.actors.resolve(mention)
    if resolved:
        return resolved[0]
    if mention.lower() not in PRONOUNS:
        name = context.rules.titles.sub("", mention).strip()
        if " " in name:
            context.unknown_people.setdefault(name.split()[-1], name)
            return name
        return context.unknown_people.get(name, "")
    if cue.lower() in context.rules.continuing and context.last_speaker:
        return context.last_speaker
    return context.last_person(position)


@dataclass
class _Context:
    text: str
    rules: _Rules
    quotes: list[_Quote]
    person_mentions: list[tuple[int, str]]
    last_speaker: str = ""
    unknown_people: dict[str, str] = field(default_factory=dict)  # surname -> full name

    def last_person(self, position: int) -> str:
        """The person most recently named in narration before `position`."""
        before = [
            actor
            for pos, actor in self.person_mentions
            if pos < position and not any(s <= pos < e for q in self.quotes for s, e in q.segments)
        ]
        return before[-1] if before else ""


def _attribution_after(q: _Quote, context: _Context, para_end: int) -> tuple[str, str] | None:
    after = context.text[q.end + 1 : para_end]
    known, cues = context.rules.actors.names_or_pronouns.pattern, context.rules.cues.pattern
    unknown = f"(?-i:{context.rules.unknown.pattern})"
    for mentions in (known, unknown):  # the actor table first, then an unlisted name
        who_cue = re.match(
            rf"\s*,?\s*(?P<who>{mentions})\s+(?:\w+\s+)?(?P<cue>{cues})", after, re.I
        )
        cue_who = re.match(rf"\s*,?\s*(?P<cue>{cues})\s+(?P<who>{mentions})", after, re.I)
        m = who_cue or cue_who
        if m:
            who = _who(m["who"], q.end + 1 + m.start("who"), m["cue"], context)
            if who:
                return who, m["cue"]
    return None


def _attribution_before(
    prefix: str, prefix_start: int, context: _Context
) -> tuple[str, str] | None:
    cues = context.rules.cues
    for m in context.rules.actors.names_or_pronouns.finditer(prefix):
        cue = cues.search(prefix, m.end())
        if cue:
            return _who(m.group(), prefix_start + m.start(), cue.group(), context), cue.group()
    # An unlisted name counts only as the subject of the cue: right before it.
    for m in context.rules.unknown.finditer(prefix):
        cue = re.match(rf"\s+(?:\w+\s+)?(?P<cue>{cues.pattern})", prefix[m.end() :], re.I)
        who = _who(m.group(), prefix_start + m.start(), cue["cue"], context) if cue else ""
        if who:
            return who, cue["cue"]
    return None


def _continues(previous: _Quote, q: _Quote, para: _Para) -> bool:
    """True if an unattributed quote goes on with the previous quote's speaker.

    That is the case in the previous quote's paragraph, and for a paragraph that is nothing but
    a quotation right after the previous quote's paragraph (a speech quoted paragraph by paragraph).
    """
    if not previous.speaker:
        return False
    if previous.last_paragraph_id == q.paragraph_id:
        return True
    whole_paragraph = q.start == para.start + 1 and q.end >= para.end - 1
    return previous.last_paragraph_id == q.paragraph_id - 1 and whole_paragraph


def _sentence_at(starts: np.ndarray, ends: np.ndarray, position: int) -> int:
    """Index of the first sentence with start <= position <= end (the earlier of two that touch)."""
    i = int(np.searchsorted(starts, position, side="right")) - 1
    return i - 1 if i > 0 and ends[i - 1] >= position else i


def _article_quotes(
    text: str, paras: list[_Para], starts: np.ndarray, ends: np.ndarray, rules: _Rules
) -> list[_Quote]:
    found = _find_quotes(paras)
    persons = [
        (m.start(), rules.actors.resolve(m.group())[0])
        for m in rules.actors.names.finditer(text)
        if rules.actors.resolve(m.group())[1] == "person"
    ]
    context = _Context(text, rules, found, persons)
    para_of = {p.paragraph_id: p for p in paras}
    previous: _Quote | None = None
    for q in found:
        first, last = para_of[q.paragraph_id], para_of[q.last_paragraph_id]
        # The sentence holding the opening mark (start <= mark < end).
        sentence_start = int(starts[int(np.searchsorted(starts, q.start - 1, side="right")) - 1])
        prefix = text[sentence_start : q.start - 1]
        opens_sentence = prefix.strip() == "" or prefix.rstrip().endswith(":")
        after = _attribution_after(q, context, last.end) if text[q.end - 1] in ",.?!" else None
        before = _attribution_before(prefix, sentence_start, context)
        q.kind = "direct" if opens_sentence or after else "partial"
        continues = q.kind == "direct" and previous is not None and _continues(previous, q, first)
        if q.kind == "direct" and after:
            found_by, q.rule = after, "cue_after"
        elif before:
            found_by, q.rule = before, "cue_before"
        elif continues:
            found_by, q.rule = (previous.speaker, previous.cue), "continuing"
        else:
            found_by, q.rule = None, ""
        q.speaker, q.cue = found_by or ("", "")
        q.rule = q.rule if q.speaker else ""
        context.last_speaker = q.speaker or context.last_speaker
        previous = q
    return found


def _speaker_type(speaker: str, rules: _Rules) -> str:
    """The actor table's type; for an unlisted name, organisation or person by its last word."""
    if not speaker or speaker in rules.types:
        return rules.types.get(speaker, "")
    return "organisation" if speaker.split()[-1] in rules.organisation_words else "person"


def quote_text(text: str, segments: list[tuple[int, int]]) -> str:
    """The quoted words: the segments' text joined by one space (repeated marks dropped)."""
    return " ".join(text[s:e] for s, e in segments)


def quotes(articles: pd.DataFrame, study: Settings | str | None = None) -> pd.DataFrame:
    """One row per quotation in the cleaned texts: `QUOTE_COLUMNS`.

    `start`/`end` span the quoted words without the enclosing marks (from the first segment's
    start to the last segment's end); `segments` can differ for a multi-paragraph quote.
    """
    paras = paragraphs(articles)
    return find_quotes(articles, paras, split_sentences(paras), study)[0]


def find_quotes(
    articles: pd.DataFrame,
    paras: pd.DataFrame,
    sents: pd.DataFrame,
    study: Settings | str | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Quotations and their segments from already split paragraphs and sentences.

    Returns (`quotes()` table, `quote_segments()` table): one pass over each article.
    """
    rules = _rules(study)
    para_rows = _rows_of(paras)
    sent_rows = _rows_of(sents)
    para_records = list(
        map(_Para, paras["paragraph_id"], paras["start"], paras["end"], paras["text"])
    )
    s_start, s_end = sents["start"].to_numpy(), sents["end"].to_numpy()
    s_id = sents["sentence_id"].to_numpy()
    rows, segments = [], []
    for a in articles.itertuples(index=False):
        if a.article_id not in para_rows:
            continue
        lo, hi = sent_rows[a.article_id]
        starts, ends, ids = s_start[lo:hi], s_end[lo:hi], s_id[lo:hi]
        p_lo, p_hi = para_rows[a.article_id]
        found = _article_quotes(a.text, para_records[p_lo:p_hi], starts, ends, rules)
        segments += [
            (a.article_id, qid, s, e) for qid, q in enumerate(found, 1) for s, e in q.segments
        ]
        for qid, q in enumerate(found, start=1):
            sentence_id = int(ids[_sentence_at(starts, ends, q.start)])
            words = quote_text(a.text, q.segments)
            rows.append(
                (
                    a.article_id,
                    a.outlet_label,
                    qid,
                    q.paragraph_id,
                    sentence_id,
                    q.start,
                    q.end,
                    words,
                    q.speaker,
                    _speaker_type(q.speaker, rules),
                    q.speaker in rules.types,
                    q.cue,
                    q.rule,
                    q.kind,
                    len(re.findall(r"[\w'’-]+", normalise_typography(words))),
                )
            )
    # Explicit types, so a chunk without quotations joins and concatenates like any other.
    return (
        _typed(pd.DataFrame(rows, columns=QUOTE_COLUMNS)),
        _typed(pd.DataFrame(segments, columns=SEGMENT_COLUMNS)),
    )


def _rows_of(table: pd.DataFrame) -> dict[str, tuple[int, int]]:
    """(first, end) row positions of each article in a table listing articles together."""
    positions = pd.Series(np.arange(len(table)), index=table["article_id"].to_numpy())
    bounds = positions.groupby(level=0, sort=False).agg(["min", "max"])
    return {k: (int(lo), int(hi) + 1) for k, lo, hi in bounds.itertuples()}


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.astype({c: t for c, t in QUOTE_DTYPES.items() if c in frame.columns})


def quote_segments(articles: pd.DataFrame, study: Settings | str | None = None) -> pd.DataFrame:
    """One row per quotation segment (a paragraph's part of a quote): `SEGMENT_COLUMNS`."""
    paras = paragraphs(articles)
    return find_quotes(articles, paras, split_sentences(paras), study)[1]
