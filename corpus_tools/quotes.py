"""Quotations: where they are, who speaks, by which cue, and whether direct or partial.

Spans: straight "..." and '...', curly “...” and curly single ‘...’ marks (a ’ or ' followed
by a letter is an apostrophe; a straight ' opens a quotation only before a word that follows a
space, a bracket or a dash). A quotation left open at the end of a paragraph continues if the next
paragraph opens with a quote mark (the newspaper convention for a quote over several
paragraphs); a quotation nested in another is part of it.

Kind: `direct` if the quotation opens its sentence or paragraph, follows a colon, is a whole
content clause after "that" ending its sentence, or is followed by an attribution
(`," Putin said`); otherwise `partial` (a quoted word or phrase inside the narrator's
sentence, including scare quotes).

Speaker: an ordered sieve; the first rule that names someone wins, and its name is kept in
`rule` (the cues are a study setting, `quote_cues.csv`; the mentions and pronouns are those of
`corpus_tools.speakers`):
1. `cue_after`: a cue later in the sentence and its subject (`," Doe said`, `," said coach
   Jane Doe`, `," the bank's economist, Jane Doe, said`, `," according to the ministry`);
2. `label`: a partial quotation used as a name for something (after "so-called", or
   modifying the noun after it or an indefinite noun phrase where no cue just before governs
   it) keeps an empty speaker;
3. `cue_before`: the nearest cue before it in its sentence that names a subject (a passive cue
   is skipped; a participle cue takes the sentence's subject; "according to" names who
   follows it; "what the council calls" names the council);
4. `colon`: a colon introduction without a cue (`Doe was blunt: "..."`, a headline's `Doe:`),
   or a paragraph ending with a colon before a quotation paragraph;
   `cue_after` again for "according to" later in the sentence;
5. `caption`: a quotation paragraph followed by a short line naming its speaker, or by a
   paragraph that opens by naming it (`So said Jane Doe, ...`, `That is how Jane Doe
   described ...`);
6. `continuing`: the previous quotation's speaker, in the same paragraph, or for a paragraph
   that is nothing but a quotation right after it;
7. `paragraph_before`: a quotation that is all of its paragraphs, after a paragraph whose last
   sentence has a cue and its subject (`Nurse Jane Doe described the night.` / `"It was dark
   on the ward..."`);
8. `sentence_before`: a quotation that opens a sentence inside its paragraph and runs to the
   paragraph's end, after a sentence with a cue and its subject (`Doe told the court she had
   been afraid. "I could not sleep."`), or with a person as its subject (`Doe was blunt.
   "This is a disaster."`: the blind coders of sets M and N read it so);
9. `caption` again, last: a quotation that opens its paragraph, then a sentence (the rest of
   the paragraph, else the next paragraph) whose subject is a person with a cue (`"..."` /
   `Jane Doe, who grows coffee, says the sums no longer work.`, `"..." So says Jane Doe.`).
A quoted title or name in title case ("Red Hills Rising", a book, a film) is nobody's words
and keeps an empty speaker whatever cue is near. Then, once reported speech is known
(`reported.speech`), `reported_clause`: a partial quotation that no rule named, label or not,
inside a reported clause with a speaker takes that speaker (`Doe said the plan followed
"constructive" talks`), unless it follows "so-called" or "known as" or is a name in title
case. Everything else has an empty speaker: a scare quote belongs to nobody the text names.
Every quotation with a speaker keeps its cue (":" for a colon, "caption" for a caption line), the
speaker's type (person or organisation) and whether the actor table lists it
(`speaker_known`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import NamedTuple

import pandas as pd

from corpus_tools.columns import records, row_ranges
from corpus_tools.segmentation import count_words, paragraphs, split_sentences
from corpus_tools.settings import Settings
from corpus_tools.speakers import (
    ABBREVIATED,
    LY_ADVERB,
    PERSON,
    ROLE_THEN_NAME,
    WORKPLACE,
    ArticleSpeakers,
    Speaker,
    SpeakerRules,
    is_passive,
    speaker_rules,
)

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
_CLOSING = {"“": "”", '"': '"', "‘": "’", "'": "'"}


@dataclass
class _Quote:
    segments: list[tuple[int, int]]
    closed: bool
    paragraph_id: int
    last_paragraph_id: int = 0
    speaker: str = ""
    speaker_type: str = ""
    known: bool = False
    cue: str = ""
    rule: str = ""
    kind: str = "partial"

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]


# An opening mark: double marks anywhere, a single one only where a word could start.
# a mark first, found by a fast scan; a straight ' only where a word starts after a space, a
# bracket or a dash ('Not now,' she said), not in "Doe's" or "'90s"
_OPENING = re.compile(r"""[“"‘](?<![^\W_]‘)|(?<![^\s(\[—–-])'(?=[^\W\d_])""")
# A copula or auxiliary right after a cue that is also a noun: the noun is a subject ("the
# ministry's assurances were "sound""), not a cue naming whoever speaks the quotation.
_NOUN_AS_SUBJECT = re.compile(r"\s+(?:is|was|are|were|has|have|had|will|would|remains?|remained)\b")
# A quoted word used as a label, not as anyone's words: after "so-called" or "known as", or
# modifying the noun that follows it (a "security guarantees" deal, a "reassurance" force).
_LABEL_BEFORE = re.compile(
    r"\b(?:so-called|so called|(?:known|referred to)(?:\s+[a-z]+ly)?\s+as)\s*$", re.I
)
# A verb that gives something its name right before a quoted name: "the ferry, called
# "Sea Lark Two,"", "a ferry dubbed "Kite"", "a tool named "Scout"".
_NAMING_BEFORE = re.compile(
    r"\b(?:called|named|dubbed|nicknamed|codenamed|code-named|branded|titled|christened)\s*$"
)
# An adjective or a noun made of a name, a people's or a movement's: "Dickensian",
# "Victorian", "Kafkaesque", "Nazi", "Stalinist", "British"
_PROPER_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ian|ean|an|ese|ish|ch|i|ist|esque|ic)")
_TITLE_WORD = r"(?:[A-Z][\w'’-]*[a-z][\w'’-]*|\d+)"  # not all capitals: "I FELT" is a cry
_TITLE = re.compile(  # ("A" may open it: "A Life Below Zero")
    rf"(?:A\s+)?{_TITLE_WORD}(?:\s+(?:(?:of|the|a|an|and|in|on|to|for|at|by|with|from)\s+)*"
    rf"{_TITLE_WORD})*"
)


def follows_label_phrase(text: str, start: int, words: str = "") -> bool:
    """Whether the quotation whose words start at `start` (after its opening mark) follows
    "so-called" or "known (locally) as", or its `words` are a name after a verb that names
    ("a tool called "Scout,"", a stage dubbed "the Night Meadow"): a label, not anyone's
    words."""
    return _LABEL_BEFORE.search(text, max(0, start - 40), start - 1) is not None or (
        is_title(words.removesuffix(",").removeprefix("the "), one_word=True)
        and _NAMING_BEFORE.search(text, max(0, start - 30), start - 1) is not None
    )


def is_title(words: str, one_word: bool = False) -> bool:
    """Whether quoted words are a title or a name, nobody's words: each capitalised but the
    small ones, nothing after the last ("Red Hills Rising", "The Keeper's Daughter"); two or
    more words unless `one_word` ("Hal"). An utterance ends with its punctuation inside the
    marks ("We Will Win,")."""
    return _TITLE.fullmatch(words) is not None and (one_word or " " in words)


_ADVERB = re.compile(LY_ADVERB)
# A capitalised word right before a quotation's opening mark, and right after its closing one.
_NAME_END = re.compile(r"[A-Z][\w’'-]*\s$")
_NAME_NEXT = re.compile(r"[’”\"']\s+[A-Z]")
# A title and the "for" of its portfolio: "Minister of State for", "Secretary for".
_PORTFOLIO = re.compile(r"((?:[A-Z][\w'’.-]*\s+|of\s+)+)for\s+(?=[A-Z])")
# A quoted word right after a linking verb is its complement, not a premodifier: `it was
# "delighted" services would resume`.
_LINKING = re.compile(
    r"\b(?:be|been|being|is|was|were|are|am|seemed|seems|felt|feels|remained|remains|looked|"
    r"looks|became|becomes|sounded|sounds)\s*$",
    re.I,
)
# Words that can follow a quoted phrase without it modifying them ("did not slow down" before
# ...): the phrase is then not a label.
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "about",
        "after",
        "against",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "between",
        "but",
        "by",
        "during",
        "for",
        "from",
        "had",
        "has",
        "have",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "over",
        "rather",
        "since",
        "than",
        "that",
        "the",
        "their",
        "them",
        "they",
        "this",
        "through",
        "to",
        "under",
        "until",
        "was",
        "were",
        "when",
        "which",
        "while",
        "who",
        "will",
        "with",
        "within",
        "without",
        "would",
    ]
)
# Words that count someone unnamed: "one", "another", "two"
_QUANTIFIERS = frozenset(["one", "another", "two", "three", "several", "some", "many"])


def _close_at(text: str, start: int, mark: str) -> int | None:
    """Position of the mark closing a quotation opened before `start` ("’" or "'" + letter is
    an apostrophe, not a closing mark)."""
    j = text.find(mark, start)
    while j != -1 and mark in "’'" and j + 1 < len(text) and text[j + 1].isalpha():
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


def _attribution_after(
    q: _Quote, after: str, speakers: ArticleSpeakers, last_speaker: str
) -> tuple[Speaker, str] | None:
    """A cue later in the quotation's sentence and its subject: `"...," Doe said`, `"...,"
    the bank's economist, Jane Doe, said`, `"...," said coach Jane Doe, who ...`,
    `"...," according to the ministry`."""
    rules = speakers.rules
    rest = after.lstrip(" ,")
    if _NEW_CLAUSE.match(rest):  # '"...", while the council described him as': not its cue
        return None
    offset = q.end + 1 + len(after) - len(rest)
    cue = rules.cue_ahead.match(rest)
    if not cue:
        return None
    who_text, word = cue[1], cue[2]
    if who_text.strip():
        found = speakers.subject_before(who_text, offset, word, last_speaker)
        found = found or speakers.role_as_written(who_text)
    else:  # the cue first: "said Doe", "asked opposition leader Jane Doe in parliament"
        found = named_after(rest[cue.end() :], offset + cue.end(), word, speakers, last_speaker)
    return (found, word) if found else None


# A conjunction that opens a new clause after a quotation (or a clause of time or cause:
# `"prematurely", before conciliation at the council had concluded`).
_NEW_CLAUSE = re.compile(
    r"(?:while|whereas|although|though|but|and|before|after|until|because|since|unless)\s",
    re.I,
)
# A noun phrase and the name in apposition after it, whose title may have a full stop: "the
# hospital's director, Dr. Ana Ruiz".
_APPOSITIVE = re.compile(rf"[^,.;:!?]*,\s*((?:{ABBREVIATED.pattern}|[^,.;:!?])+)")
_OWNER = re.compile(r"[A-Z][\w-]*['’]s\s+")  # a place's possessive: "Tarnland's "


_ROLES_BEFORE_NAME = re.compile(
    # (the body's name may hold "and", "of", "for" or "&": "Aviation and Transport Employees
    # Union national secretary Jane Doe")
    r"\s*((?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|&)\s+(?=[A-Z]))?){1,5}(?=[a-z]))?"
    r"((?:[a-z][\w-]*\s+){0,3})(?=[A-Z])"
)


# Capitalised words, then a lower-case one and a comma: a field's name runs on ("North
# American research,")
_FIELD_RUNS_ON = re.compile(r"(?:[A-Z][\w'’-]*\s+)+[a-z][\w-]*,")


def named_after(
    tail: str, offset: int, cue: str, speakers: ArticleSpeakers, last_speaker: str
) -> Speaker | None:
    """The speaker named right after a cue: "Jane Doe", "opposition leader Jane Doe",
    "the club's owner, Jane Doe" (the appositive, not the possessor)."""
    rules = speakers.rules
    # "opposition leader Jane Doe", "Hurricanes spinner Jane Doe": a role, then the name
    # (after a club's or a body's name of up to four words: "Kelby Ironmen head coach Jo Mayo")
    roles = _ROLES_BEFORE_NAME.match(tail)
    # (a role and its field: "said head of primates Rachel Dunmore")
    lower = roles[2].split() if roles else []
    field = lower[1:2] == ["of"] and rules.is_role_word(lower[0])
    if field:
        lower = lower[2:]
    # not past a function word ("say parents as Millbrook school shuts"), a name's particle
    # ("said Salim bin Hamad al-Rawahi") or an organisation's connector ("said Réseau des
    # Pêcheurs")
    skip = (
        roles.end()
        if roles
        and not tail.lstrip().startswith(("the ", "a "))
        and not _FUNCTION_WORDS.intersection(lower)
        and not _QUANTIFIERS.intersection(lower)  # "said one EU diplomat": as written
        and not (rules.particles | rules.connectors).intersection(roles.group().split())
        # (nor a field that runs on past its capitals to a comma: "said Tarn's head of North
        # American research, Jo Doe")
        and not (field and _FIELD_RUNS_ON.match(tail, roles.end()))
        else 0
    )
    # "said the pianist Jane Doe": a role the lists lack after "the", before a person's name
    definite = (
        not skip
        and roles
        and tail.lstrip().startswith("the ")
        and not _FUNCTION_WORDS.intersection(roles.group().split()[1:])
        and rules.unknown.match(tail, roles.end())
    )
    if definite and " " in speakers.person(definite.group()):
        skip = roles.end()
    rest = tail[skip:].lstrip()
    position = offset + len(tail) - len(rest)
    portfolio = _PORTFOLIO.match(rest)  # "Minister for Health Jane Doe": the name follows
    if portfolio and rules.title_ends.intersection(portfolio[1].split()):
        rest, position = rest[portfolio.end() :], position + portfolio.end()
    m = rules.mention_at_start(rest)
    described = (
        not m  # "the line's owner, Norrvik Rail"
        or re.match(r"['’]s\b", rest[m.end() :])  # "the club's owner, Jane Doe,"
        or not m.group()[:1].isupper()  # "the plant's operator, Voltane Energy"
        # "Tarn Energy's lawyer, Jane Doe,", "Albion's Scotland director, Jane Doe,"
        or re.search(r"['’]s\s+(?:[A-Z][\w-]*\s+){0,2}[a-z]", m.group())
        # "Minister for Water and Sanitation, Jane Doe": the portfolio runs on to the name
        or (portfolio and not re.match(r"\s*(?:[,.;:!?]|$)", rest[m.end() :]))
    )
    # "said Tarnland's Jane Doe": the person named right after a place's possessive
    owned = m and re.match(r"['’]s\s+", rest[m.end() :])
    named = owned and rules.mention_at_start(rest[m.end() + owned.end() :])
    if named and named.group()[:1].isupper() and speakers.person(named.group()):
        start = position + m.end() + owned.end()
        return speakers.speaker(named.group(), start, cue, last_speaker)
    if described:
        appositive = _APPOSITIVE.match(rest)
        role = appositive and ROLE_THEN_NAME.fullmatch(appositive[1].rstrip())
        if role and rules.unknown.fullmatch(role[1]):  # "said another, retired nurse Jane Doe"
            start = position + appositive.start(1) + role.start(1)
            return speakers.speaker(role[1], start, cue, last_speaker)
        named = appositive and rules.mention_at_start(appositive[1])
        if named and named.group()[:1].isupper() and named.end() == len(appositive[1].rstrip()):
            return speakers.speaker(
                named.group(), position + appositive.start(1), cue, last_speaker
            )
        # a role with a capitalised word, then the name: "said the rapporteur, Socialist MEP
        # Jo Doe,"
        after_role = named and rules.roles.fullmatch(named.group()) and appositive[1][named.end() :]
        person = after_role and rules.unknown.fullmatch(after_role.strip())
        if person and " " in speakers.person(person.group()):
            spaces = len(after_role) - len(after_role.lstrip())
            start = position + appositive.start(1) + named.end() + spaces
            return speakers.speaker(person.group(), start, cue, last_speaker)
        # a person named after a place's possessive: "said the chairman, Tarnland's Prime
        # Minister Jo Doe"
        named = appositive and rules.mention_at_end(appositive[1].rstrip())
        if (
            named
            and _OWNER.fullmatch(appositive[1][: named.start()])
            and speakers.person(named.group())
        ):
            start = position + appositive.start(1) + named.start()
            return speakers.speaker(named.group(), start, cue, last_speaker)
    if not m:  # up to the first function word: "says shopkeeper as last bank closes"
        words = re.match(r"[^,.;:!?]*", tail)[0].split()
        cut = next((i for i, w in enumerate(words) if w.lower() in _FUNCTION_WORDS), len(words))
        m = rules.mention_at_end(" ".join(words[:cut]))
        position = offset
        if not m and cut:  # a role the lists lack ("says grower"): named in the body, if at all
            return speakers.named_later(offset)
    # "said analysts at Corran Securities": the group with whose it is, as before a cue
    found = m and (
        speakers.group_at_start(rest)
        or speakers.speaker(m.group(), position + m.start(), cue, last_speaker)
    )
    # someone unnamed with where they work: "said a doctor at a children's hospital"
    if found and found.type == PERSON and found.name == m.group()[:1].lower() + m.group()[1:]:
        k = bisect_right(speakers.starts, position + m.end())  # (within the sentence)
        end = speakers.starts[k] - position if k < len(speakers.starts) else len(rest)
        place = WORKPLACE.match(rest, m.end(), max(end, m.end()))[0]
        found = found._replace(name=found.name + place.removesuffix("."))
    return found or (m and speakers.role_as_written(m.group()))


def _attribution_before(
    prefix: str, prefix_start: int, speakers: ArticleSpeakers, last_speaker: str
) -> tuple[Speaker, str] | None:
    """The subject of the nearest cue before the quotation in its sentence that names one.

    A participle cue (`..., warning that`) takes the sentence's subject; a passive one names
    its agent (`was accused by rivals of`), else no speaker and is skipped (`would be
    confirmed`).
    """
    for cue in reversed(speakers.cues_in(prefix_start, prefix_start + len(prefix))):
        word, start, end = cue.group(), cue.start() - prefix_start, cue.end() - prefix_start
        clause = prefix[:start]
        if word.lower() in speakers.rules.noun_cues and _NOUN_AS_SUBJECT.match(prefix, end):
            continue
        if word.lower() == "according to":  # the speaker follows the cue
            found = speakers.source(prefix[end:], cue.end())
            if found:
                return found, word
            continue
        if is_passive(clause):  # "was accused by rivals of": the agent speaks, if named
            by = prefix[end : end + 4] == " by " and speakers.rules.mention_at_start(
                prefix[end + 4 :]
            )
            agent = by and speakers.speaker(by.group(), cue.end() + 4, word, last_speaker)
            if agent:
                return agent, word
            continue
        if word.lower().startswith("reading"):  # "held up a placard reading": the placard
            found = speakers.display(clause.rstrip(), prefix_start)
        elif speakers.is_participle(word, clause):
            found = speakers.sentence_subject(prefix_start, cue.start())
        else:
            found = speakers.subject_before(clause, prefix_start, word, last_speaker)
        if found:
            return found, word
    return None


def _introduced(prefix: str, prefix_start: int, speakers: ArticleSpeakers) -> Speaker | None:
    """`Doe was blunt: "..."`, a headline's `Doe: "..."`: the sentence's subject before a colon."""
    if not prefix.rstrip().endswith(":"):
        return None
    return speakers.sentence_subject(prefix_start, prefix_start + len(prefix))


def _headline_colon(q: _Quote, text: str, speakers: ArticleSpeakers) -> Speaker | None:
    """A headline's `"...": union condemns pay offer` or `‘...’: debutant spinner stars`: the
    subject after the colon, a role there the person the body names first."""
    rest = text[q.end + 1 : q.end + 80]
    if not rest.startswith(":") or len(speakers.starts) < 2 or q.end >= speakers.starts[1]:
        return None
    position = q.end + 2 + len(rest[1:]) - len(rest[1:].lstrip())
    m = speakers.rules.mention_at_start(rest[1:].lstrip())
    found = m and speakers.speaker(m.group(), position, ":", "")
    return found or speakers.named_later(position)


def _according_after(
    q: _Quote, text: str, speakers: ArticleSpeakers, last_speaker: str
) -> tuple[Speaker, str] | None:
    """`... "fully operational" by December, according to the mayor's office.`: "according
    to" later in the quotation's sentence governs the whole sentence."""
    later = [s for s in speakers.starts if s > q.end]
    sentence = text[q.end : later[0] if later else len(text)]
    cue = re.search(r"\baccording to\b", sentence, re.I)
    if not cue:
        return None
    found = named_after(
        sentence[cue.end() :], q.end + cue.end(), cue.group(), speakers, last_speaker
    ) or speakers.source(sentence[cue.end() :], q.end + cue.end())
    return (found, cue.group()) if found else None


def _introduced_before(
    first: _Para, para_of: dict[int, _Para], starts: list[int], speakers: ArticleSpeakers
) -> tuple[Speaker, str] | None:
    """A quotation opening its paragraph after a paragraph that ends with a colon
    (`Doe told delegates:` / new paragraph `"..."`): that last sentence's cue or subject."""
    before = para_of.get(first.paragraph_id - 1)
    if before is None or not before.text.rstrip().endswith(":"):
        return None
    start, clause = _last_sentence(before, starts, speakers.text)
    found = _attribution_before(clause, start, speakers, "")
    if found:
        return found
    subject = _introduced(clause, start, speakers)
    return (subject, ":") if subject else None


def _last_sentence(para: _Para, starts: list[int], text: str) -> tuple[int, str]:
    """The start and text of a paragraph's last sentence."""
    start = starts[bisect_right(starts, max(para.end - 1, para.start)) - 1]
    return start, text[start : para.end]


def _narrated_before(
    q: _Quote, first: _Para, last: _Para, para_of: dict[int, _Para], speakers: ArticleSpeakers
) -> tuple[Speaker, str] | None:
    """A quotation that is all of its paragraphs, after a paragraph whose last sentence has a
    cue and its subject (`Nurse Jane Doe described the night.` / new paragraph `"It was
    dark..."`): that subject."""
    before = para_of.get(first.paragraph_id - 1)
    if before is None or q.start != first.start + 1 or q.end < last.end - 1:
        return None
    start, sentence = _last_sentence(before, speakers.starts, speakers.text)
    return _attribution_before(sentence, start, speakers, "") or _inverted_before(
        sentence, start, speakers
    )


def _inverted_before(
    sentence: str, start: int, speakers: ArticleSpeakers
) -> tuple[Speaker, str] | None:
    """The speaker a sentence names after its cue, after what they said (`Prices fell, said
    Jane Doe, a grower.`), for the quotation that follows it."""
    for cue in reversed(speakers.cues_in(start, start + len(sentence))):
        if sentence[: cue.start() - start].rstrip().endswith(","):
            tail = sentence[cue.end() - start :]
            found = named_after(tail, cue.end(), cue.group(), speakers, "")
            return (found, cue.group()) if found else None
    return None


def _sentence_before(
    q: _Quote, first: _Para, last: _Para, sentence_start: int, speakers: ArticleSpeakers
) -> tuple[Speaker, str] | None:
    """A quotation that opens a sentence inside its paragraph and runs to the paragraph's end,
    after a sentence with a cue and its subject (`Doe told the court she had been afraid.
    "I could not sleep."`), else with a person as its subject (`Doe was blunt. "..."`): that
    subject."""
    starts = speakers.starts
    # (a whole sentence, perhaps with more after it: `... afraid. "I could not sleep." She
    # left the court in tears.`)
    whole = q.end >= last.end - 1 or speakers.text[q.end - 1 : q.end] in tuple(".?!")
    if q.start - 1 != sentence_start or not whole or sentence_start <= first.start:
        return None
    start = starts[bisect_right(starts, sentence_start - 1) - 1]
    sentence = speakers.text[start:sentence_start]
    found = _attribution_before(sentence, start, speakers, "") or _inverted_before(
        sentence, start, speakers
    )
    if found:
        return found
    subject = speakers.sentence_subject(start, sentence_start)
    return (subject, "") if subject and subject.type == PERSON else None


# a paragraph that names the speaker of the quotation paragraph before it
_NAMED_NEXT = re.compile(
    r"(?:So\s+(?P<cue>says|said)|(?:That|This|Such)\s+(?:is|was)\s+(?:how|what)"
    # "That was the verdict of Jane Doe", "Those were the words of ..."
    r"|(?:That|This|Those|These)\s+(?:is|was|are|were)\s+the\s+(?:[a-z]+\s+)?"
    r"(?:words|verdict|view|message|assessment|warning|plea|reaction|response|answer|advice"
    r"|judgement|judgment)\s+of"
    # "The line, delivered on Monday by opposition MP Jane Doe, drew applause"
    r"|The\s+(?:line|remarks?|comments?|words|quip|warning|message|plea|appeal|claim),\s+"
    r"(?:delivered|spoken|uttered|made|offered|issued|posted|written)\b[^,.;:!?\"“”]{0,60}?\bby)\s+"
)


def _caption(following: _Para | None, speakers: ArticleSpeakers) -> tuple[Speaker, str] | None:
    """A quotation that is its paragraph, followed by a short line naming its speaker, or by
    a paragraph that opens by naming it ("So said Jane Doe, a tailor, ...", "That is how Jane
    Doe described the flood"); with the cue ("caption" for a line)."""
    if following is None:
        return None
    lead = _NAMED_NEXT.match(following.text)
    if lead:
        tail, offset = following.text[lead.end() :], following.start + lead.end()
        cue = lead["cue"] or "caption"
        the = 4 * tail.startswith("the ")  # "So says the ferryman Jane Doe"
        found = named_after(tail, offset, cue, speakers, "") or (
            the and named_after(tail[the:], offset + the, cue, speakers, "")
        )
        return (found, cue) if found else None
    if len(following.text.split()) > 20 or following.text.endswith("."):
        return None
    line = following.text.lstrip("—–- ")
    name = line.split(",")[0]  # "Jane Doe, mother of the victim"
    m = speakers.rules.mention_at_end(name)
    if not m or len(name.split()) > 5:
        return None
    found = speakers.speaker(m.group(), following.end - len(line) + m.start(), "", "")
    return (found, "caption") if found else None


# A work's noun before its quoted title: "In her 2021 book", "In his history of the estate,".
_WORK_BEFORE = re.compile(
    r"\b(?:book|memoir|novel|film|movie|album|song|single|EP|history|play|musical|opera|"
    r"documentary|series|sitcom|essay|poem|column|podcast|biography|autobiography|collection|"
    r"painting|portrait|sculpture|exhibition)\b[^.!?“”\"]{0,40}$"
)


def names_a_work(text: str, start: int, words: str) -> bool:
    """Whether quoted `words` that end in a comma are a title after a work's noun ("her
    album, "Gravel Roads and Glass," is out"), nobody's words."""
    return (
        words.endswith(",")
        and is_title(words[:-1])
        and _WORK_BEFORE.search(text, max(0, start - 60), start - 1) is not None
    )


# "Jane Doe, 34, was speaking outside the shelter", "Chief Ada Obi spoke outside the court"
# (after a quotation): she said it
# or "Jane Doe made the remark as ...", "Doe made the admission during a meeting"
_SPEAKING = re.compile(
    r"\b(?:(?:is|was|were)\s+(?:speaking|talking)|spoke|made\s+(?:the|these|those|this|that|his|her"
    r"|their)\s+(?:remarks?|comments?|admission|claim|point|plea|appeal|observation|prediction"
    r"|pledge|promise|confession|quip|statement))\b"
)


def _named_next(
    q: _Quote, last: _Para, para_of: dict[int, _Para], speakers: ArticleSpeakers
) -> tuple[Speaker, str] | None:
    """A quotation that opens its paragraph and that nothing before attributes, then a
    sentence (the rest of its paragraph, else the next paragraph) that opens by naming it ("So
    says Dr Jane Doe, who ...") or whose subject is a person with a cue ("Jane Doe, who grows
    coffee, says the sums no longer work", "Chief Jane Doe spoke outside"): that person, with
    the cue."""
    text, starts = speakers.text, speakers.starts
    rest = text[q.end + 1 : last.end]
    if rest.strip():
        start = last.end - len(rest.lstrip())
        following: _Para | None = _Para(last.paragraph_id, start, last.end, text[start : last.end])
    else:
        following = para_of.get(q.last_paragraph_id + 1)
    if following is None:
        return None
    k = bisect_right(starts, following.start)
    end = min(following.end, starts[k]) if k < len(starts) else following.end
    sentence = _Para(following.paragraph_id, following.start, end, text[following.start : end])
    if _NAMED_NEXT.match(sentence.text):
        return _caption(sentence, speakers)
    # (the earlier: "made the admission", not its noun cue "admission")
    cue = min(
        (
            m
            for m in (speakers.rules.cues.search(sentence.text), _SPEAKING.search(sentence.text))
            if m
        ),
        key=lambda m: m.start(),
        default=None,
    )
    subject = cue and speakers.sentence_subject(sentence.start, sentence.start + cue.start())
    if not (subject and subject.name and subject.type == PERSON):
        return None
    # the sentence opens with the name, perhaps after a title or a role ("Chief Ada Obi
    # spoke", "Kelby Rovers captain Ada Obi said it twice", "Obi spoke"), not after a clause
    found = (sentence.text.find(word) for word in subject.name.split())
    at = min((i for i in found if i >= 0), default=-1)
    opens = at >= 0 and "," not in sentence.text[:at] and sentence.text.count(" ", 0, at) <= 5
    return (subject, cue.group()) if opens else None


# A passive verb of naming or judging right before a quoted word: "has been dubbed a", "was
# rated", "were described as"
_PASSIVE_NAMING = re.compile(
    r"\b(?:was|were|been|be|being|is|are)\s+(?:[a-z]+ly\s+)?(dubbed|called|branded|labell?ed"
    r"|described\s+as|rated|deemed|judged|termed|(?:hailed|condemned|denounced|criticised"
    r"|criticized)\s+as)\s+(?:(?:an?|the)\s+)?$"
)


def _passive_agent(
    q: _Quote, text: str, prefix: str, speakers: ArticleSpeakers
) -> tuple[Speaker, str] | None:
    """A quoted word after a passive verb of naming, and who named it after "by": `dubbed a
    "white elephant" by local traders`, `rated 'inadequate' by inspectors`."""
    verb = _PASSIVE_NAMING.search(prefix)
    by = verb and re.match(r"[,.]?\s+by\s+", text[q.end + 1 : q.end + 8])
    if not by:
        return None
    start = q.end + 1 + by.end()
    agent = speakers.source(text[start : start + 120], start)
    return (agent, verb[1]) if agent else None


def _is_label(text: str, q: _Quote, sentence_start: int, cues: re.Pattern[str]) -> bool:
    """A quoted word used as a name for something, not as anyone's words: after "so-called",
    or, where no cue just before governs it, modifying the noun after it (a "security
    guarantees" deal; but calls its "green streets" plan) or a noun phrase (pledged a post-war
    "reassurance force"; but labelled a "Nazi", hailed the deal as a "new chapter")."""
    before = text[sentence_start : q.start - 1]
    if follows_label_phrase(text, q.start):
        return True
    # a nickname between a given name and a surname: Kittisak "Big" Wongsawat
    if (
        _NAME_END.search(before)
        and _NAME_NEXT.match(text, q.end)
        and is_title(text[q.start : q.end], one_word=True)
    ):
        return True
    article = re.search(r"\b(?:a|an)\s+((?:[\w-]+\s+){0,2})$", before)
    if (
        article
        and not _FUNCTION_WORDS.intersection(article[1].split())  # "described a patient as"
        and not cues.search(" ".join(before[: article.start()].split()[-3:]))
        and not _as_predicate(before[: article.start()], cues)
    ):
        return True
    # (with the opening mark, which a cue such as "read" needs: 'Placards read "..."')
    if cues.search(" ".join(before.split()[-3:]) + " " + text[q.start - 1]):
        return False
    next_word = re.match(r"[’”\"']?\s+([a-z][\w-]*)", text[q.end :])
    ends_word = text[q.end - 1].isalnum()
    # a noun follows a premodifier; an adverb does not ("heard "a loud bang" shortly after")
    premodifier = (
        bool(next_word)
        and next_word[1] not in _FUNCTION_WORDS
        and not _ADVERB.fullmatch(next_word[1])
    )
    return ends_word and premodifier and not _LINKING.search(before)


def _as_predicate(before: str, cues: re.Pattern[str]) -> bool:
    """Whether `before` ends with "as" after a cue and its object ("hailed the deal as"): what
    follows is the cue's predicate, in the speaker's words."""
    head = before.rstrip()
    return head.endswith(" as") and bool(cues.search(" ".join(head[:-3].split()[-6:])))


def _splits(
    previous: _Quote | None, q: _Quote, text: str, sentence_start: int, speakers: ArticleSpeakers
) -> tuple[Speaker, str] | None:
    """The second half of a quotation split by its attribution (`"...," said Doe, "..."`): the
    first half's speaker, if that attribution named it."""
    if previous is None or previous.rule != "cue_after" or previous.end < sentence_start:
        return None
    # (a title's full stop ends no sentence: `"...," said Dr. Doe, "..."`)
    between = ABBREVIATED.sub("", text[previous.end + 1 : q.start - 1])
    if not between.rstrip().endswith(",") or re.search(r"[.!?;:]", between.lstrip(" ,")):
        return None
    return Speaker(previous.speaker, previous.speaker_type, previous.known), previous.cue


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


def _sentence_at(starts: list[int], ends: list[int], position: int) -> int:
    """Index of the first sentence with start <= position <= end (the earlier of two that touch)."""
    i = bisect_right(starts, position) - 1
    return i - 1 if i > 0 and ends[i - 1] >= position else i


def _article_quotes(
    text: str, paras: list[_Para], starts: list[int], rules: SpeakerRules
) -> tuple[list[_Quote], ArticleSpeakers]:
    found = _find_quotes(paras)
    quoted = [segment for q in found for segment in q.segments]
    speakers = ArticleSpeakers(text, rules, quoted, starts)
    para_of = {p.paragraph_id: p for p in paras}
    previous: _Quote | None = None
    for q in found:
        # The sentence holding the opening mark (start <= mark < end).
        sentence_start = starts[bisect_right(starts, q.start - 1) - 1]
        rule, result = _sieve(q, previous, text, sentence_start, para_of, speakers)
        if result:
            (q.speaker, q.speaker_type, q.known), q.cue = speakers.in_full(result[0]), result[1]
            q.rule = rule
        previous = q
    return found, speakers


def _sieve(
    q: _Quote,
    previous: _Quote | None,
    text: str,
    sentence_start: int,
    para_of: dict[int, _Para],
    speakers: ArticleSpeakers,
) -> tuple[str, tuple[Speaker, str] | None]:
    """The first rule that names the quotation's speaker, and (speaker, cue); sets `q.kind`."""
    last_speaker = previous.speaker if previous else ""
    first, last = para_of[q.paragraph_id], para_of[q.last_paragraph_id]
    prefix = text[sentence_start : q.start - 1]
    # A whole content clause quoted after "that" (`claimed that "it will fail."`) is an utterance.
    # the quotation's last character, past the marks of a quotation nested at its end
    last_char = text[q.start : q.end].rstrip("’'\"”")[-1:]
    whole_clause = prefix.rstrip().endswith(" that") and last_char in tuple(".?!")
    opens_sentence = prefix.strip() == "" or prefix.rstrip().endswith(":") or whole_clause
    after = text[q.end + 1 : last.end]
    # a full stop that ends the sentence ends the quotation's attribution too: in `"...fine."
    # Later a source said ...` the source speaks the next sentence
    starts = speakers.starts
    ends_sentence = last_char == "." and bisect_right(starts, q.end + 3) > bisect_right(
        starts, q.end
    )
    by_after = (
        _attribution_after(q, after, speakers, last_speaker)
        if (last_char in tuple(",.?!") and not ends_sentence) or after.lstrip().startswith(",")
        else None
    )
    # "Roots Go Down", a book: nobody's words; after a work's noun also with its comma ("In
    # his memoir, "A Life Below Zero," Doe wrote")
    quoted = text[q.start : q.end]
    if (
        is_title(quoted)
        # (one capitalised word inside a sentence names a ship, a system or a work: the
        # destroyer "Asakaze", the "Skjold" system; but a proper adjective is someone's
        # word: conditions were "Dickensian", a "Nazi" regime)
        or (
            is_title(quoted, one_word=True)
            and not opens_sentence
            and not _PROPER_ADJECTIVE.fullmatch(quoted)
        )
        or names_a_work(text, q.start, quoted)
        or follows_label_phrase(text, q.start, quoted)
    ):
        q.kind = "partial"
        return "", None
    split = _splits(previous, q, text, sentence_start, speakers)
    q.kind = "direct" if opens_sentence or by_after or split else "partial"
    if by_after:
        return "cue_after", by_after
    if split:
        return "continuing", split
    agent = q.kind == "partial" and _passive_agent(q, text, prefix, speakers)
    if agent:
        return "cue_after", agent
    if q.kind == "partial" and _is_label(text, q, sentence_start, speakers.rules.cues):
        return "label", None
    before = _attribution_before(prefix, sentence_start, speakers, last_speaker)
    if before:
        return "cue_before", before
    introduced = _introduced(prefix, sentence_start, speakers) or _headline_colon(q, text, speakers)
    if introduced:
        return "colon", (introduced, ":")
    according = _according_after(q, text, speakers, last_speaker)
    if according:
        return "cue_after", according
    if q.kind == "partial":
        return "", None
    opens_paragraph = q.start == first.start + 1
    introduced = opens_paragraph and _introduced_before(first, para_of, speakers.starts, speakers)
    if introduced:
        return "colon", introduced
    caption = opens_paragraph and _caption(para_of.get(q.last_paragraph_id + 1), speakers)
    if caption:
        return "caption", caption
    if previous is not None and _continues(previous, q, first):
        return "continuing", (
            Speaker(previous.speaker, previous.speaker_type, previous.known),
            previous.cue,
        )
    narrated = _narrated_before(q, first, last, para_of, speakers)
    if narrated:
        return "paragraph_before", narrated
    narrated = _sentence_before(q, first, last, sentence_start, speakers)
    if narrated:
        return "sentence_before", narrated
    named = opens_paragraph and _named_next(q, last, para_of, speakers)
    if named:
        return "caption", named
    return "", None


def quote_text(text: str, segments: list[tuple[int, int]]) -> str:
    """The quoted words: the segments' text joined by one space (repeated marks dropped)."""
    return " ".join(text[s:e] for s, e in segments)


def quotes(articles: pd.DataFrame, study: Settings | str | None = None) -> pd.DataFrame:
    """One row per quotation in the cleaned texts: `QUOTE_COLUMNS`.

    `start`/`end` span the quoted words without the enclosing marks (from the first segment's
    start to the last segment's end); `segments` can differ for a multi-paragraph quote. A
    quotation inside a reported clause takes the clause's speaker (`reported.speech`).
    """
    # imported here: reported speech builds on this module's quotations
    from corpus_tools.reported import speech

    paras = paragraphs(articles)
    return speech(articles, paras, split_sentences(paras), study)[0]


def find_quotes(
    articles: pd.DataFrame,
    paras: pd.DataFrame,
    sents: pd.DataFrame,
    study: Settings | str | None = None,
    speakers: dict[str, ArticleSpeakers] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Quotations and their segments from already split paragraphs and sentences.

    Returns (`quotes()` table, `quote_segments()` table): one pass over each article. Pass a
    dict as `speakers` to keep each article's speaker resolution for `reported_speech`.
    """
    rules = speaker_rules(study)
    para_rows = row_ranges(paras)
    sent_rows = row_ranges(sents)
    para_records = list(map(_Para._make, records(paras, list(_Para._fields))))
    s_start, s_end = sents["start"].to_numpy(), sents["end"].to_numpy()
    s_id = sents["sentence_id"].to_numpy()
    rows, segments = [], []
    for article_id, outlet_label, text in records(articles, ["article_id", "outlet_label", "text"]):
        if article_id not in para_rows:
            continue
        lo, hi = sent_rows[article_id]
        starts, ends, ids = s_start[lo:hi].tolist(), s_end[lo:hi].tolist(), s_id[lo:hi]
        p_lo, p_hi = para_rows[article_id]
        found, resolved = _article_quotes(text, para_records[p_lo:p_hi], starts, rules)
        if speakers is not None:
            speakers[article_id] = resolved
        segments += [
            (article_id, qid, s, e) for qid, q in enumerate(found, 1) for s, e in q.segments
        ]
        for qid, q in enumerate(found, start=1):
            sentence_id = int(ids[_sentence_at(starts, ends, q.start)])
            words = quote_text(text, q.segments)
            rows.append(
                (
                    article_id,
                    outlet_label,
                    qid,
                    q.paragraph_id,
                    sentence_id,
                    q.start,
                    q.end,
                    words,
                    q.speaker,
                    q.speaker_type,
                    q.known,
                    q.cue,
                    q.rule,
                    q.kind,
                    count_words(words),
                )
            )
    # Explicit types, so a chunk without quotations joins and concatenates like any other.
    return (
        _typed(pd.DataFrame(rows, columns=QUOTE_COLUMNS)),
        _typed(pd.DataFrame(segments, columns=SEGMENT_COLUMNS)),
    )


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.astype({c: t for c, t in QUOTE_DTYPES.items() if c in frame.columns})


def quote_segments(articles: pd.DataFrame, study: Settings | str | None = None) -> pd.DataFrame:
    """One row per quotation segment (a paragraph's part of a quote): `SEGMENT_COLUMNS`."""
    paras = paragraphs(articles)
    return find_quotes(articles, paras, split_sentences(paras), study)[1]
