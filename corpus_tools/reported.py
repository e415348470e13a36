"""Reported speech: narration that gives someone's words without quotation marks.

One row per reported-speech clause, found by these rules (named in `rule`), with the cues of the
study (`quote_cues.csv`) and the speakers of `corpus_tools.speakers`:
- `cue_that`: a subject, a cue, and a content clause: `Doe said (that) P`, `Doe told reporters
  on Monday that P`, `Moscow has repeatedly denied that P`. Without "that", only after forms
  of say, tell, add, insist, argue, claim and warn, and only where a clause starts (a pronoun,
  a determiner, a capitalised word or a quantity; or a bare noun with an auxiliary or a
  past-tense verb within five words): `Doe said the plan had failed`, `Doe said crews had
  attended`, `Doe said 87 per cent backed it`.
- `participle`: `..., warning that P`, `..., saying P`: the speaker is the sentence's subject.
- `noun_that`: a cue used as a noun before "that": `issued a warning that P`, `her promise
  that P`, `rejected Acme's claim that P`, `a warning from the council that P`: the owner's or
  the agent's words.
- `according_to`: `According to Doe, P` and `P, according to Doe`.
- `cue_after`: `P, Doe said.` / `P, said Doe.` at the end of a sentence.
- `cue_inside`: `P, Doe said, Q.`: a cue between commas inside the clause, which is the whole
  sentence, the cue included (`These days, she said, the queues are shorter`).
- `passive`: `Residents were told that P`, `It was reported that P`: said, by nobody named
  (speaker empty).
- `hearing`: `The inquest heard (that) P`: what witnesses told a court, an inquest or a
  meeting (`finding_cues.txt`), none of them named (speaker empty).
The clause P runs to the end of the sentence or to the comma before the next reporting cue
(`claimed that P, claiming that Q`); a cue inside P with no comma before it reports inside
P (`said residents had told him Q`: both clauses are rows). Content that is one whole
quotation is a direct quotation (`quotes.py`), not reported speech; a partial quotation
inside P stays quoted. What the rules do not see: reported speech without a cue from the
list, speech acts without a content clause ("called for talks"), and a passive cue without
"that" right after it ("residents were told the water was safe").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

import pandas as pd

from corpus_tools.columns import records, row_ranges
from corpus_tools.quotes import (
    find_quotes,
    follows_label_phrase,
    is_title,
    named_after,
    names_a_work,
)
from corpus_tools.segmentation import count_words
from corpus_tools.settings import Settings
from corpus_tools.speakers import (
    ACRONYM_WORD,
    AUXILIARY,
    COMMA,
    DATELINE,
    FUNCTION_WORD,
    NUMBER_WORDS,
    OPENING_PREPOSITION,
    PERSON,
    WEEKDAY,
    ArticleSpeakers,
    Speaker,
    SpeakerRules,
    is_passive,
    speaker_rules,
)

REPORTED_COLUMNS = [
    "article_id",
    "outlet_label",
    "report_id",
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
    "n_words",
]
REPORTED_DTYPES = {
    **dict.fromkeys(
        ["article_id", "outlet_label", "text", "speaker", "speaker_type", "cue", "rule"], "str"
    ),
    **dict.fromkeys(
        ["report_id", "paragraph_id", "sentence_id", "start", "end", "n_words"], "int64"
    ),
    "speaker_known": "bool",
}
# what comes right before a cue that is a verb of its own clause ("but warned", "he had told")
_LATER_VERB = re.compile(
    r"\b(?:and|but|has|had|have|would|will|he|she|they|it|we|I)\s+(?:[a-z]+ly\s+)?$"
)
# A preposition before a cue's gerund: "after warning", "without telling".
_GERUND_AFTER = re.compile(r"\b(?:after|before|by|for|while|without|since|on)\s+$")
# A pronoun and its verb group before "that": "she accepted", "it was clear".
_PRONOUN_CLAUSE = re.compile(
    r"\s*(?:he|she|they|we|I|it)\s+(?:[a-z]+ly\s+)?[a-z]+(?:\s+[a-z]+)?\s*"
)
# ", claims he denied.", ", allegations she has rejected.": a plural noun, then a pronoun and
# its verb (a relative clause without "which") that end the sentence
_NOUN_THEN_CLAUSE = re.compile(
    r",\s+[a-z]+s\s+(?:he|she|they|it|we)\s+(?:(?:has|have|had)\s+)?[a-z]+[.!?]?\s*$"
)
# Cues whose object, the person told, may come before the clause: "told reporters that",
# "warned the council that", "promised voters that".
_TELLING = (
    "told",
    "tell",
    "inform",
    "assur",
    "reassur",
    "remind",
    "warn",
    "notif",
    "advis",
    "promis",
)
# A preposition opening a sentence right before a noun cue: "Amid claims that".
_FRAMING_PREPOSITION = re.compile(
    r"(?:Amid|Amidst|Despite|Following|After|Over|With|Given|Against|Among|Under|Since|"
    r"Without|Because\s+of|Due\s+to|In\s+response\s+to)"
)
# What follows a participle after its noun: "(any miner found) operating illegally", "(the
# money found) in his car", "(a man found) dead"
_PARTICIPLE_PHRASE = re.compile(
    r"\s+(?:[a-z]+ing|in|at|on|inside|near|under|behind|guilty|dead|alive)\b"
)
# "that" after a cue, or after a phrase of where or when: "found in a report last month that"
_THAT_NEXT = re.compile(
    r"\s+(?:(?:just|shortly|soon|late|early)\s+)?"
    rf"(?:(?:in|after|before|during|on|at|last|this|earlier|later|yesterday|today|{WEEKDAY})\b"
    r"[^,.;:]{0,40}?\s)?that\b"
)
# up to eleven words before "that" (a number may hold commas: "told a rally of 5,000 that"; an
# age follows a name between commas: "told Oren Falk, 46, that", and a name a role: "told
# the treasurer, Ben Dole, that")
_THAT = re.compile(
    # (after a parenthetical adverb too: "warned, however, that")
    r"((?:,\s+(?:however|though|also|too|meanwhile|moreover|nevertheless|nonetheless|instead|"
    r"again),)?(?:\s+(?:[\w’'.-]|(?<=\d),(?=\d))+|,\s+\d{1,3},"
    # (a title in quotation marks: 'told the podcast "Tech Talk" that'; not a name given: 'A
    # group that calls itself "Owl" said that')
    r"|(?<!self)(?<!selves)(?<!\bas)(?<!called)(?<!named)\s+[“\"‘][A-Z][^“”\"‘’]{0,60}[”\"’]"
    r"|,\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},){0,11}?"
    # (and a relative clause about the place or the audience: "told reporters in Kelby, where
    # the talks were held, that"; a participle's phrase about the document: "said in a letter,
    # seen by this newspaper, that"; or the terms or the language: "told reporters, on
    # condition of anonymity, that", "told the paper, in Arabic, that")
    r"(?:,\s+(?:(?:where|which|who|whom|when)\s[^,.;:“”\"]{1,80}"
    r"|(?:(?:later|first|also|then)\s+)?[a-z]+(?:ed|en|wn)\s+(?:by|on|in|to|at|with|from)\s"
    r"[^,.;:“”\"]{1,60}|(?:speaking\s+)?on\s+condition\s+of\s+anonymity|in\s+[A-Z][a-z]+),)?)"
    r"\s+that\b"
)
_TIME_NOUN = (
    rf"(?:week|month|year|morning|afternoon|evening|night|weekend|spring|summer|autumn|fall|"
    rf"winter|season|term|quarter|time|{WEEKDAY})\b"
)
# A document or occasion something was said in: "in a statement", "in a brief written statement".
_SAID_IN = (
    r"in\s+(?:a|an|its|his|her|their)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:statement|speech|interview|post|letter|briefing|notice|email|message|filing|"
    r"disclosure|report|note|circular|submission|memo|release|bulletin)"
)
_WHEN = re.compile(
    rf"(?:\s+(?:on\s+\w+day|(?:late\s+|early\s+)?{WEEKDAY}(?![’']s)|yesterday|today|tonight|"
    # (not a subject: "said this season is the worst")
    rf"earlier|later|(?:last|this)\s+{_TIME_NOUN}(?![’']s|\s+(?:{AUXILIARY})\b)|"
    # "after the verdict", "outside the court": an event or a place, before the clause
    r"(?:after|before|following|outside)\s+(?:the|a|an|his|her|their|its)\s+"
    r"(?:[a-z]+\s+)?[a-z]+(?=\s+(?:the|a|an|his|her|their|its|he|she|they|it|we)\s)|"
    # "at training", "after practice": an occasion without its article, before the clause
    # (not "after welcoming the pledge": a gerund and its object)
    r"(?:at\s+|after\s+(?![a-z]+ing\b))[a-z]+"
    r"(?=\s+(?:the|a|an|his|her|their|its|he|she|they|it|we)\s)|"
    # "in Astana", "in Port Moresby": a place by its name, before the clause
    r"(?:in|at)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
    r"(?=\s+(?:the|a|an|his|her|their|its|he|she|they|it|we|no|there|this|these|those|all|"
    r"some|many|most|several|nobody|nothing|\d[\d,.]*)\s)|"
    # "in a statement", "in a brief written statement to shareholders", "in a filing to the
    # Tarn Securities Exchange"
    rf"{_SAID_IN}(?:\s+to\s+(?:the\s+)?(?:[a-z]+|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*))?))+"
)
# That document right after a cue, however long its description: "said in a notice posted on
# its website on Friday that".
_IN_DOCUMENT = re.compile(rf"\s*{_SAID_IN}\b")
_DETERMINER = re.compile(r"\s+(?:a|an|the|his|her|its|their|this|these|those)\b")
# A list of names going on after a comma: "Tarn, | Velmora and Orvel".
_NAME_AT_END = re.compile(r"\b[A-Z][\w'’-]*$")
_LIST_GOES_ON = re.compile(r"\s*[A-Z][\w'’-]*(?:,\s+[A-Z][\w'’-]*)*\s+and\s+[A-Z]")
# A lower-case word right before a capitalised one: a role before a name ("striker Jo Mayo").
_ROLE_BEFORE_NAME = re.compile(r"\s+([a-z]+)\s+(?=[A-Z][a-z])")
# A clause's subject of up to seven words and its auxiliary ("one in six shops was").
_AUXILIARY_CLAUSE = re.compile(rf"(?:[\w.’'-]+\s+){{1,7}}?(?:{AUXILIARY})\b")
_ZERO_THAT_CUES = re.compile(
    r"^(?:say|says|said|saying|heard|told|tells|add|adds|added|adding|insist|insists|insisted|"
    r"insisting|argue|argues|argued|arguing|claim|claims|claimed|claiming|warn|warns|warned|"
    r"warning|states|stated|alleges|alleged|"
    r"confirm|confirms|confirmed|confirming|find|finds|found|finding|point|points|pointed|"
    r"pointing|stress|stresses|stressed|stressing|explain|explains|explained|explaining|"
    r"show|shows|showed|showing)$",
    re.I,
)
_FRACTIONS = "third|quarter|fifth|tenth|dozen|fraction|handful"
_CLAUSE_START = re.compile(
    r"\s+(?=(?:the|a|an|he|she|it|they|we|i|his|her|its|their|this|these|those|there|any|no|"
    rf"some|all|several|many|most|both|each|every|none|half|{NUMBER_WORDS}|[A-Z][\w’'-]*)\b"
    # a quantity: "said 87 per cent of members", "said up to 200 millimetres could fall",
    # "said about a third of its suppliers", "said only one in four pupils"
    r"|(?:(?:more|fewer|less) than\s+|up to\s+|at least\s+|about\s+|around\s+|nearly\s+|"
    rf"almost\s+|over\s+|only\s+)?(?:[\d£$€]|(?:{NUMBER_WORDS}|half|a\s+(?:{_FRACTIONS}))\b))"
)
# "it" and its verb, perhaps after an adverb or inside a partial quotation: "it was", "it
# still matters", "it cannot", 'it "respected'
_PRONOUN_VERB = re.compile(
    r"it\s+(?:[a-z]+\s+)?[“\"‘']?"
    rf"(?:{AUXILIARY}|did|does|cannot|[a-z]+n[’']t|[a-z]{{2,}}ed|[a-z]+s)\b"
)
# A relative clause up to its comma: "who asked not to be named, "
_RELATIVE_AFTER_SOURCE = re.compile(r"(?:who|which|whose)\b[^,.;:!?“”\"]*,\s*")
# A noun phrase describing it, with its relative clause: "a research firm that tracks deals, "
_DESCRIPTION_AFTER_SOURCE = re.compile(
    r"(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?(?P<head>[a-z][\w-]*)"
    r"(?:\s+(?:that|which|who)\s[^,.;:!?“”\"]*)?,\s*"
)
# A verb opening what follows a name: "Jo Doe, 34, was held", "Jo Doe, 34, died"
_VERB_FIRST = re.compile(
    rf"(?:(?:also|then|later|still)\s+)?(?:{AUXILIARY}|did|does|cannot|[a-z]+n[’']t|[a-z]{{2,}}ed)\b"
)
# An age, a relative pronoun or a verb right after a comma: "34, was held", "who had
# been drinking, was held", "was held"
_AGE_OR_VERB_NEXT = re.compile(rf"\d|(?:who|which|whose)\b|{_VERB_FIRST.pattern}")
# "this" as the object, before a preposition or an adverb: "said this outside the court"
_THIS_OBJECT = re.compile(
    r"this\s+(?:outside|on|at|in|with|without|to|during|after|before|while|as|twice|again|"
    r"repeatedly|often|publicly|privately)\b|this[,.;]"
)
# A cue's object and what it was about: "the board about", "its landlord about"
_OBJECT_ABOUT = re.compile(
    rf"(?:the|a|an|his|her|its|their|our)\s+(?:(?!(?:{AUXILIARY}|\w+ed)\b)[\w'’-]+\s+){{0,3}}?"
    r"about\s"
)
_AUXILIARY_WORD = re.compile(rf"\b(?:{AUXILIARY})\b")
# A participle opening a noun phrase: "unlicensed" in "unlicensed apps".
_PARTICIPLE_OPENING = re.compile(r"^\w+ed\s+(?=[a-z])")
# A subject pronoun and a verb in the past or present: "it reduced", "they say", "she wants".
_SUBJECT_PRONOUN_VERB = re.compile(
    r"\b(?:it|he|she|they|we|I|you)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b"
)
_LOWER_WORD_END = re.compile(r"[a-z]\s*$")
_WORD = re.compile(r"\s+([a-z]+)\b")
_INFINITIVE_NEXT = re.compile(r"\s+(?:not\s+|never\s+)?to\s+[a-z]")
# "accused the minister of lying", 'accused the firms of "dragging their feet"'
_OF_GERUND = re.compile(r"\s+of\s+[“\"‘']?[a-z]+ing\b")
_NUMBER = re.compile(rf"\s+(?:[\d£$€]|(?:{NUMBER_WORDS})\b)")
_SPEAKER = ["speaker", "speaker_type", "speaker_known"]
# a bare noun before a determiner: the object of "told" ("told jurors the safe was open")
_BARE_OBJECT = re.compile(
    r"\s+(?!(?:of|about|on|in|at|by|with|for|to|from|that|after|before|during|outside|inside|"
    r"following|near|over|under|into|through|across|against|without|among|since|until|as|"
    r"than)\b)[a-z]+"
    r"(?=\s+(?:the|a|an|his|her|its|their|this|these|those)\s)"
)
# A named object of "told" before its clause ("told Reuters", "told the Kelby Herald"), or
# the outlet writing ("told this newspaper").
_NAMED_OBJECT = re.compile(
    r"\s+(?:(?:the\s+)?(?:[A-Z][\w’'&-]*\s+){0,3}[A-Z][\w’'-]*(?<![’']s)|this\s+(?:newspaper|paper|"
    r"reporter|website|publication|programme|program|station))(?=\s+[a-z\d])"
)
_OBJECT_PRONOUN = re.compile(r"(?:\s+(?:him|her|them|us|me)\b(?=\s))?")
# What may follow the cue of `P, Doe said`: up to five words to the sentence's end, or before
# an adverbial or relative clause, a participle or an apposition ("..., Doe said on Monday, as
# talks resumed", "..., Doe said, in what would be", "..., Doe said on condition of anonymity",
# "..., the office said on Monday, the lowest reading in a year").
# (or a document it was said in, of any length: "said in a post on its official account on X",
# "said in remarks carried by the state broadcaster")
_TAIL = re.compile(
    # (or a body's name of up to four words, a role and a name: "said Orvel Bay Water Board
    # spokeswoman Ada Venn")
    r"\W*(?:(?:\w+\W+){0,5}|"
    r"(?:[A-Z][\w'’-]*\s+){1,4}(?:[a-z][\w-]*\s+){1,3}(?:[A-Z][\w'’-]*\s+){0,2}|"
    # (and where or when it was said: "in a statement to the Kelby Herald", "after a vote by
    # its board in Budapest")
    r"(?:\w+\W+){0,3}(?:in|at|during|after|following)\s+(?:(?:a|an|the|its|his|her|their)\s+|"
    r"remarks\s+|comments\s+|(?=[A-Z]))(?:\w+\W+){0,12})"
    r"\w*\W*"
)
_TAIL_THEN_CLAUSE = re.compile(
    # (after where or when it was said: "told members at a meeting on Saturday, blaming")
    r"\W*(?:(?:\w+\W+){0,3}?(?:in|at|during)\s+)?(?:\w+\W+){0,5}?"
    r"(?:(?:,\s*|\s+)(?:as|while|when|because|after|though|although|amid|"
    r"who|which|in\s+what|on\s+condition)|(?<=,\s)(?:[a-z]+ing|the|a|an|[A-Z][\w-]*['’]s))\b"
)
# A cue in a relative clause set off by commas: "The council, which said ..., refused".
_RELATIVE_CUE = re.compile(r",\s+(?:who|which)\s+(?:[a-z]+\s+){0,2}$")
# A sentence that opens with a subordinate clause ("When Doe said that P, ...").
_SUBORDINATE = re.compile(
    r"(?:When|After|As|While|If|Because|Although|Though|Once|Before|Since|Until|Whereas)\b"
)
# A place's preposition right after a cue: "said outside court", "said in Kelby".
_PLACE_AFTER_CUE = re.compile(r"\s+(?:outside|inside|in|at|near|on|from|after|before)\s")
# A verb of naming or judging and its "as": what follows is its predicate, not a clause's end
# ("P, in a move analysts described as bold"; but "P, she said as crews arrived").
_AS_PREDICATE = re.compile(
    r"(?:describ|characteri[sz]|portray|depict|hail|brand|label|dismiss|denounc|condemn"
    r"|critici[sz]|prais|regard|view)\w*\s+as\b"
)
_OBJECT_PARTICLE = re.compile(r"\s+(?:him|her|them|us|me|it)\s+(?:out|off|up|down|into|as)\b")
_JOINED = re.compile(r"\b(?:and|but)\s+$")
# a phrase that names something by a quoted name or title ("known as", "famous for")
_NAMED_AS = re.compile(r",[^,]*\b(?:as|for|nicknamed|dubbed|called|named|titled)$")
# "heard", a cue only after a body that hears evidence (`SpeakerRules.hearing`)
_HEARD = re.compile(r"\bheard\b")
# "the" and an acronym, ending a text: "rejected the KFU".
_THE_ACRONYM_END = re.compile(rf"\b[Tt]he\s+{ACRONYM_WORD}$")
# A relative pronoun right before a verb ("who heard", "which has heard").
_RELATIVE_END = re.compile(r"\b(?:who|which)\s+(?:has\s+|had\s+)?$")
# An infinitive and its object: "to allocate them", "to build a".
_INFINITIVE_OBJECT = re.compile(
    r"\bto\s+[a-z]+\s+(?:them|him|her|it|us|me|the|a|an|their|its|his|our)\s"
)
# An age in apposition, with its comma: "38, ".
_AGE_APPOSED = re.compile(r"\d{1,3},\s+")
# A plural noun or a pronoun right before a verb: "researchers report", "they report".
_PLURAL_BEFORE = re.compile(r"(?:\b(?:they|we|I|you)|[a-z]s)\s+$")
# the speaker of a clause whose cue names nobody ("it was reported that", "the court heard")
_UNNAMED = Speaker("", "", False)
_JOINED_THAT = re.compile(r"\b(?:and|but|or)\s+that$")
# a passive cue of what should have been, or never was, said: "should have been told that"
_UNREAL = re.compile(
    r"\b(?:should|would|could|might|must|may|will|never|not)\s+(?:have\s+)?be(?:en)?\s+$"
)
_OPENING_MARKS = ("“", '"', "‘", "'")
_CLOSING_MARKS = ("”", '"', "’", "'")
_OPENING_OF = {"”": "“", '"': '"', "’": "‘", "'": "'"}
# A quotation mark, not an apostrophe inside a word ("the council's").
_QUOTATION_MARK = re.compile(r"[“”\"‘]|(?<![^\W\d_])[’']|[’'](?![^\W\d_])")
_CLOSING_MARK = re.compile(r"[”\"’'](?!\w)")
# A participle phrase after a comma ends the reported clause: it is the narrator's comment
# (`that P, underlining the tension`).
_ADJUNCT = re.compile(
    r",[”\"’]?\s+(?:[a-z]+ing\b|with\b|(?:and|but|while)\s+(?:he|she|they|it|we|has|have|had|"
    r"is|was|will|would|also)\b)"
)
# A short quotation and a finite verb after it: the subject of a reported clause ('said
# "firm guarantees" were needed').
_QUOTED_SUBJECT = re.compile(
    r"\s+(?=[“\"‘'][^”\"’'.,;:!?]{1,80}[”\"’']\s+(?:would|will|could|can|may|might|must|should|"
    r"is|was|are|were|has|had|have|remained|remains)\b)"
)
# The agent of a cue used as a noun, before its clause ("a warning from the Fiscal Council that").
_AGENT = re.compile(r"\s+(?:by|from)\s+([^,;:]+?)\s+that\b")
# A determiner before a noun cue: an article or a possessive pronoun.
_DETERMINER_WORD = r"[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir"
# A possessive ending, singular or plural: "the union's", "the growers'".
_POSSESSIVE = r"(?:['’]s|(?<=s)['’])"
# A cue used as a noun after a determiner ("a stark warning that", "his promise that") or a
# name's possessive ("rejected Acme's claim that").
_NOUN_CUE = re.compile(
    rf"(?:\b(?:{_DETERMINER_WORD})\s+(?:[\w-]+(?<=s)['’]?\s+|[\w-]+\s+){{0,2}}"
    rf"|\b[A-Z][\w.-]*{_POSSESSIVE}\s+(?:[a-z][\w-]*\s+)?)$"
)
# A cue used as a noun that opens its sentence's subject: "Doe's promise that P was broken".
# (a possessor of up to four words: not "The union has rejected the company's assurance that")
_NOUN_SUBJECT = re.compile(
    rf"(?:{_DETERMINER_WORD}|[A-Z][\w.-]*(?:\s+[\w.-]+){{0,3}}?{_POSSESSIVE})"
    r"(?:\s+[\w-]+){0,2}\s*"
)
# A subject opening its sentence, then perhaps a description in commas and an adverb: "The
# lawsuit", "The suit, filed on Monday," "A hacker also".
_SUBJECT_OPENING = re.compile(
    rf"(?:{_DETERMINER_WORD})(?:\s+[\w-]+{_POSSESSIVE}?)??\s+(?P<head>[\w-]+)"
    r"(?:,[^,;:]{3,80},)?"
    r"(?:\s+(?:also|now|further|still|\w+ly))?\s*"
)
# Words inside a verb group ("was not", "has since been") and words after which a verb
# group belongs to a clause inside P ("that", "if", "and").
_IN_VERB_GROUP = re.compile(r"not|never|been|be|also|since|already|still|just|\w+ly")
_OPENS_INNER_CLAUSE = re.compile(
    r"that|which|who|whom|whose|if|when|because|as|after|before|while|since|until|although|"
    r"though|unless|whether|and|or|but",
    re.I,
)
# A possessive pronoun before a noun cue ("her stark warning that"), and what it stands for.
_OWNER_PRONOUN = re.compile(
    r"\b([Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?!(?:a|an|the)\b)(?:[\w-]+\s+){0,2}$"
)
_OWNER = {"his": "he", "her": "she", "its": "it", "their": "they"}
# A noun cue as a cue's object, with whose it is: "denied claims by residents that P", "rejected
# the union's claim that P" (P is the owner's, not the denier's).
_OWNED_OBJECT = re.compile(
    rf"\s+(?:(?:the|a|an)\s+)?(?:(?P<owner>[\w-]+{_POSSESSIVE})\s+)?(?P<noun>[a-z]+)"
    r"(?:\s+(?P<by>by|from)\s)?"
)
# A possessive before a noun cue, singular or plural ("the union's claim that", "the
# growers' repeated claim that"): its owner ends right before it.
_POSSESSIVE_OWNER = re.compile(rf"{_POSSESSIVE}\s+(?:[a-z][\w-]*\s+)?$")
# A finite verb: an auxiliary, a modal or a past tense.
_FINITE = re.compile(
    r"\b(?:will|would|had|has|have|was|were|is|are|could|can|cannot|should|might|may|must|did|"
    r"does|won['’]t|\w+ed)\b"
)
# Nouns that end like a past tense: "said that bed shortages are" ("that" opens P).
_ED_NOUN = re.compile(r"(?:\w*(?:eed|bed)|hundred|red|shed)\b")
# A number after a sentence's first word: "About 400 students", "Over 2,000 homes"
_NUMBER_AFTER = re.compile(r"\s+\d")
# A participle before its noun and the clause's verb: "said that affected staff would" ("that"
# opens P).
_ED_MODIFIER = re.compile(
    r"\w+ed\s+[a-z]+\s+(?:would|will|could|can|may|might|must|should|is|was|are|were|had|have"
    r"|has)\b"
)
# A clause without "that": up to three words, then an auxiliary or modal verb
# ("suggested the US would", "signalling it may"); not a question ("declined to say how many
# were hurt").
_FINITE_CLAUSE = re.compile(
    # (not an infinitive: "claims to have 4,200 members")
    r"\s+(?!(?:how|whether|why|what|where|who|which|to)\b)"
    r"(?=((?:[\w.’'-]+\s+){1,3})(?:would|will|could|can|cannot|may|might|must|should|is|was|"
    r"are|were|has|had|have|did|does)\b)"
)
# A subject with a contrast between commas, and its auxiliary ("said food imports, not
# monetary policy, were").
_CONTRAST_SUBJECT = re.compile(
    r"\s+(?=(?:[\w’'-]+\s+){0,3}[\w’'-]+,\s+(?:(?:and|but)\s+not|not|rather\s+than)\s+"
    r"(?:[\w’'-]+\s+){0,3}[\w’'-]+,\s+(?:would|will|could|can|may|might|must|should|is|was|"
    r"are|were|has|had|have|did|does)\b)"
)
# A cue right after a quotation, up to three words after its closing mark (`," Doe said`).
_AFTER_QUOTE = re.compile(r"(?:[,.?!][”\"’']|[”\"’']\s*,)\s*((?:\S+\s+){0,3})$")
# After a cue that interrupts the clause: a comma, and the clause going on ("The plan, she
# said on Monday, was sound").
_INTERRUPTS = re.compile(r"(?:\s+(?:on|last|this|in)\s+\w+)?,\s+[\w‘“\"']")
_COLON_THEN_QUOTE = re.compile(r":\s*[“\"‘']")
# A colon introducing a quotation: `said in a speech: "`.
_COLON_QUOTE = re.compile(r"(?:[^.;:“\"‘]{0,60}):\s*[“\"‘']")
_PRONOUN_SUBJECT = re.compile(r"\s+(?=(?:he|she|they|we|I)(?:[’'](?:s|d|ll|re|ve))?\s)")
# "it" and a verb in the past, perhaps after an adverb: "admitted it underpaid staff", "denied it
# knowingly misled buyers" (not "denied it outright": "it" is the object there)
_IT_PAST = re.compile(r"\s+(?=it\s+(?:[a-z]+ly\s+)?([a-z]+)\b)")
# The object of "told" before a clause that "he", "she", "they", "we" or "I" opens: "told the
# Gazette she", "told jurors he" ("told analysts on a conference call." has no clause).
_TOLD_OBJECT = re.compile(r"(?:\s+[\w’'-]+){1,4}?(?=\s+(?:he|she|they|we|I)\s)")


def reported_speech(
    articles: pd.DataFrame,
    sents: pd.DataFrame,
    segments: pd.DataFrame,
    quotes: pd.DataFrame,
    study: Settings | str | None = None,
    speakers: dict[str, ArticleSpeakers] | None = None,
) -> pd.DataFrame:
    """One row per reported-speech clause: `REPORTED_COLUMNS`.

    Takes the articles, their `split_sentences()`, and `find_quotes()`'s quotations and
    segments (and, if it kept them, its `speakers`, so names are resolved once per article).
    `start`/`end` span the reported words in the cleaned text (without "that"); `text` is that
    span; `speaker`, `speaker_type`, `speaker_known` as for quotations.
    """
    sent_rows, seg_rows = row_ranges(sents), row_ranges(segments) if len(segments) else {}
    columns = ["paragraph_id", "sentence_id", "start", "end"]
    sent_arrays = {c: sents[c].to_numpy() for c in columns}
    seg_start, seg_end = segments["start"].to_numpy(), segments["end"].to_numpy()
    said_in: dict[str, list[list]] = {}  # each article's quotations: [start, speaker]
    for article_id, start, speaker in zip(
        quotes["article_id"].tolist(),
        quotes["start"].tolist(),
        quotes["speaker"].tolist(),
        strict=True,
    ):
        said_in.setdefault(article_id, []).append([start, speaker])
    rows, rules = [], None
    for article_id, outlet_label, text in records(articles, ["article_id", "outlet_label", "text"]):
        if article_id not in sent_rows:
            continue
        lo, hi = sent_rows[article_id]
        s_lo, s_hi = seg_rows.get(article_id, (0, 0))
        quoted = list(zip(seg_start[s_lo:s_hi].tolist(), seg_end[s_lo:s_hi].tolist(), strict=True))
        said = said_in.get(article_id, [])
        sentences = zip(*(sent_arrays[c][lo:hi].tolist() for c in columns), strict=True)
        sentences = list(sentences)
        resolved = (speakers or {}).get(article_id)
        if resolved is None:  # compiled only when `find_quotes` kept no resolution
            rules = rules or speaker_rules(study)
            resolved = ArticleSpeakers(text, rules, quoted, [s[2] for s in sentences])
        found = _article_reports(text, sentences, quoted, said, resolved)
        rows += [
            (article_id, outlet_label, rid, *row, count_words(row[4]))
            for rid, row in enumerate(found, 1)
        ]
    table = pd.DataFrame(rows, columns=REPORTED_COLUMNS)
    return table.astype(REPORTED_DTYPES)


def speech(
    articles: pd.DataFrame,
    paras: pd.DataFrame,
    sents: pd.DataFrame,
    study: Settings | str | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Quotations, their segments and reported-speech clauses (`find_quotes`,
    `reported_speech`), each quotation inside a clause given its speaker (`quotes_in_clauses`)."""
    speakers: dict = {}  # each article's speaker resolution, shared by both finders
    found, segments = find_quotes(articles, paras, sents, study, speakers)
    reports = reported_speech(articles, sents, segments, found, study, speakers)
    return quotes_in_clauses(found, reports, articles), segments, reports


def quotes_in_clauses(
    quotes: pd.DataFrame, reports: pd.DataFrame, articles: pd.DataFrame
) -> pd.DataFrame:
    """`quotes` with the speaker of the reported clause around each quotation that names
    nobody itself (rule `reported_clause`): in `Doe said the talks were "constructive"`, Doe
    chose the word. A quoted title or name (`quotes.is_title`: the "Blue Wave" rally, "Hal"),
    a word after "so-called" or "known as" and a name after a verb that names ("a tool called
    "Scout"") stay unattributed: they are the outlet's label, whoever speaks around them."""
    open_ = quotes[(quotes["speaker"] == "") & (quotes["rule"] == "")].reset_index()
    pairs = open_[["index", "article_id", "start", "end", "text"]].merge(
        reports.loc[reports["speaker"] != "", ["article_id", "start", "end", *_SPEAKER]],
        on="article_id",
        suffixes=("", "_clause"),
    )
    pairs = pairs[(pairs["start"] >= pairs["start_clause"]) & (pairs["end"] <= pairs["end_clause"])]
    texts = articles.set_index("article_id")["text"]
    label = [
        follows_label_phrase(texts[a], start, words)
        or is_title(words, one_word=True)
        or names_a_work(texts[a], start, words)
        for a, start, words in zip(pairs["article_id"], pairs["start"], pairs["text"], strict=True)
    ]
    pairs = pairs[~pd.Series(label, index=pairs.index, dtype=bool)].drop_duplicates("index")
    quotes = quotes.copy()
    quotes.loc[pairs["index"], _SPEAKER] = pairs[_SPEAKER].to_numpy()
    quotes.loc[pairs["index"], "rule"] = "reported_clause"
    return quotes


def _article_reports(
    text: str,
    sentences: list[tuple[int, int, int, int]],
    quoted: list[tuple[int, int]],
    said: list[list],
    speakers: ArticleSpeakers,
) -> list[tuple]:
    quote_starts = [s for s, _ in said]
    # every cue and finding verb of the article outside quotation marks, found in one scan
    # (few: merged only if any)
    findings = [*speakers.rules.findings.finditer(text), *_HEARD.finditer(text)]
    every = sorted([*speakers.cues, *findings], key=_start) if findings else speakers.cues
    cues = [m for m in every if not speakers.is_quoted(m.start())]
    cue_starts = [m.start() for m in cues]
    found = []
    for paragraph_id, sentence_id, start, end in sentences:
        in_sentence = cues[bisect_left(cue_starts, start) : bisect_left(cue_starts, end)]
        if not in_sentence:
            continue
        inside = [(s, e) for s, e in quoted if s < end and e > start]
        previous = (
            said[bisect_left(quote_starts, start) - 1][1]
            if quote_starts and start > quote_starts[0]
            else ""
        )
        for content_start, content_end, speaker, cue, rule in _sentence_reports(
            text, start, end, in_sentence, inside, speakers, previous
        ):
            words = text[content_start:content_end]
            if _wholly_quoted(words, content_start, inside):
                continue
            speaker = speakers.in_full(speaker)
            found.append(
                (
                    paragraph_id,
                    sentence_id,
                    content_start,
                    content_end,
                    words,
                    speaker.name,
                    speaker.type,
                    speaker.known,
                    cue,
                    rule,
                )
            )
    return found


def _wholly_quoted(words: str, start: int, quoted: list[tuple[int, int]]) -> bool:
    """Content that is one quotation, marks and all (`claimed that "it will fail."`), not two
    with words between (`that 'three clubs' had made offers but that the player 'is keen'`);
    `quoted` holds the sentence's quoted spans, without their marks."""
    stripped = words.strip(" ,.;:")
    if not stripped or stripped[0] not in _OPENING_MARKS:
        return False
    opening = start + len(words) - len(words.lstrip(" ,.;:"))
    return any(s == opening + 1 and e >= opening + len(stripped) - 2 for s, e in quoted)


def _sentence_reports(
    text: str,
    start: int,
    end: int,
    cues: list[re.Match[str]],
    quoted: list[tuple[int, int]],
    speakers: ArticleSpeakers,
    last_speaker: str,
) -> list[tuple[int, int, Speaker, str, str]]:
    """(content start, content end, speaker, cue, rule) of each reported clause in a sentence,
    from the cues found in it."""
    body_end = end
    while body_end > start and text[body_end - 1] in " .!?;\n":
        body_end -= 1
    if text[start:body_end].rstrip().endswith(":"):  # it introduces a quotation
        return []
    hits = [
        (cue, hit)
        for cue in cues
        if (hit := _read_cue(text, start, body_end, cue, speakers, last_speaker, quoted))
    ]
    # "said that P and announced Q": a later cue after "and" ends P even if it reports nothing
    joins = [c.start() for c in cues if _JOINED.search(text, max(start, c.start() - 6), c.start())]
    found = []
    for k, (cue, (content_start, content_end, speaker, rule)) in enumerate(hits):
        # "said in a statement posted on its website that P": one clause, the first cue's
        if k and hits[k - 1][1][0] == content_start and cue.end() <= content_start:
            continue
        # "P, a source close to the talks said, adding that Q": the speaker named after P
        if rule == "participle" and k and hits[k - 1][1][3] == "cue_after":
            speaker = hits[k - 1][1][2]
        later = [j for j in joins if j > content_start]
        if later:
            content_end = min(content_end, text.rfind(" ", start, text.rfind(" ", start, later[0])))
        if k + 1 < len(hits) and hits[k + 1][0].start() > content_start:
            cut = _boundary(text, hits[k + 1][0].start(), content_start, content_end)
            content_end = min(content_end, cut)
        # "After Doe claimed that P, the chair ruled ...", "The council, which said P,
        # refused": P ends with its subordinate or relative clause
        if (_SUBORDINATE.match(text, start) and "," not in text[start : cue.start()]) or (
            _RELATIVE_CUE.search(text, start, cue.start())
        ):
            comma = next(
                (i for i in _commas(text, content_start, content_end) if not speakers.is_quoted(i)),
                None,
            )
            content_end = comma if comma is not None else content_end
        # (before its cue, "P, injuring 11, police said", the whole of P is what was said)
        adjunct = rule != "cue_after" and next(
            (  # (not inside a quotation: `"a fault, nothing more"`)
                m
                for m in _ADJUNCT.finditer(text, content_start, content_end)
                if not speakers.is_quoted(m.end() - 1)
            ),
            None,
        )
        if adjunct:  # (a comma inside the closing mark stays with the quotation, `,”`)
            content_end = adjunct.start() + 2 * (text[adjunct.start() + 1] in _CLOSING_MARKS)
        comment = speakers.rules.comment.search(text, content_start, content_end)
        if comment and not speakers.is_quoted(comment.end() - 1):
            content_end = comment.start() + 2 * (text[comment.start() + 1] in _CLOSING_MARKS)
        colon = _COLON_THEN_QUOTE.search(text, content_start, content_end)  # P: "..."
        content_end = colon.start() if colon else content_end
        while content_end > content_start and text[content_end - 1] in " ,;":
            content_end -= 1
        if content_start == start:  # "22:04 First results show ..., according to X"
            content_start = _after_dateline(text, start, content_end)
        if content_end > content_start:
            found.append((content_start, content_end, speaker, cue.group(), rule))
    return found


def _commas(text: str, start: int, end: int) -> Iterator[int]:
    """The offsets of the commas between `start` and `end`, in order."""
    i = text.find(",", start, end)
    while i >= 0:
        yield i
        i = text.find(",", i + 1, end)


def _after_dateline(text: str, start: int, end: int) -> int:
    """Where a sentence starts after its wire dateline or live blog's time ("KELBY - ",
    "22:04 "), if any."""
    lead = DATELINE.match(text, start, end)
    return lead.end() if lead else start


def _boundary(text: str, next_cue: int, start: int, end: int) -> int:
    """Where the clause before the next cue ends: the last comma or semicolon before it; with
    none, the next cue is inside the clause ("said residents had told him ..."), which runs on
    to `end`."""
    cut = max(text.rfind(",", start, next_cue), text.rfind(";", start, next_cue))
    if cut > start and text[cut + 1 : cut + 2] in _CLOSING_MARKS:  # a quotation's ,” stays in
        cut += 2
    return cut if cut > start else end


def _read_cue(
    text: str,
    start: int,
    end: int,
    cue: re.Match[str],
    speakers: ArticleSpeakers,
    last_speaker: str,
    quoted: list[tuple[int, int]],
) -> tuple[int, int, Speaker, str] | None:
    """The reported clause one cue introduces, if it introduces one."""
    word, before, after = cue.group(), text[start : cue.start()], text[cue.end() : end]
    # the cue opens the sentence, perhaps after a live blog's time ("6.45am According to")
    opens = before.strip() == "" or bool(DATELINE.fullmatch(before))
    if word[:1].isupper() and not opens:  # "Sound's Morning Call programme": a name
        return None
    if word.lower() == "according to":
        # right after a lower-case word, only a speaker is a source: "Fares rose and fell
        # according to the season", "went according to plan"
        who = speakers.source(after, cue.end(), phrase_only=not _LOWER_WORD_END.search(before))
        if not who:
            return None
        if opens:  # "According to Doe, P"
            # (after a body's name with a list in it: "the Ministry of Mines, Water and Roads")
            listed = speakers.rules.unknown.match(text, cue.end() + _space(text, cue.end()))
            named_end = listed.end() if listed and "," in listed.group() else cue.end()
            comma = text.find(",", named_end, end)
            if comma < 0:
                return None
            content = _past_age(text, comma + 1 + _space(text, comma + 1), end)
            # (past a relative clause that describes the source: "According to Jo Doe, who
            # chairs the board, P"; or a noun phrase that does, a body's or a role's: "According
            # to Kelby Metrics, a research firm that tracks deals, P")
            relative = _RELATIVE_AFTER_SOURCE.match(text, content, end)
            described = not relative and _DESCRIPTION_AFTER_SOURCE.match(text, content, end)
            # (not P's subject and what follows it: "According to police, a man, 34, was held")
            kind = (
                described
                and not _AGE_OR_VERB_NEXT.match(text, described.end(), end)
                and described["head"]
            )
            if kind and (
                kind in speakers.rules.company_nouns
                or kind in speakers.rules.group_heads
                or speakers.rules.is_role_word(kind)
            ):
                relative = described
            content = relative.end() if relative else content
            # "According to the mayor, Ada Ruiz, P": the name in apposition is the source's
            named = speakers.rules.mention_at_start(text[content:end])
            apposed = named and text.startswith(",", content + named.end())
            person = apposed and speakers.speaker(named.group(), content, word, last_speaker)
            # (also a role the source names no one by: "According to the Minister of
            # Finance, Ada Ruiz, P"; but "According to police, Jo Doe, 34, was held": P's
            # subject)
            after = apposed and content + named.end() + 1
            rest = apposed and _past_age(text, after + _space(text, after), end)  # "Jo Doe, 38,"
            role = (
                person
                and person.type == PERSON
                and " " in person.name
                and speakers.rules.roles.search(text, cue.end(), comma)
                and not _VERB_FIRST.match(text, rest)
            )
            if apposed and (person == who or role):
                return rest, end, person, "according_to"
            return content, end, who, "according_to"
        named_end = re.match(r"[^,.;:!?]*", after).end()  # the source, up to its comma
        if re.fullmatch(
            r"\W*(?:\w+\W+){0,4}\w*\W*", after[named_end + 1 :]
        ):  # "P, according to Doe"
            return start, start + len(before.rstrip(" ,")), who, "according_to"
        return start, end, who, "according_to"  # "P, according to Doe, Q": the whole sentence
    rules = speakers.rules
    noun = word.lower() in rules.noun_cues and not _verb_after_subject(word, before, rules)
    # "Residents were told that P", "The inquest heard (that) P": said by whoever "by" or
    # "from" names ("was told by the council that", "heard from a clerk that"), else by
    # nobody named
    if word == "heard":
        content = _hearing_before(before, rules) and _content_start(text, cue, end, rules)
        if content and _has_verb(text[content:end], rules):
            return content, end, _agent(_AGENT.match(text, cue.end(), end), speakers), "hearing"
        # "P, an inquest has heard (on Monday).": P before the comma of the body that heard
        # it (not a quotation: '"...," the court heard')
        comma, when = before.rfind(","), _WHEN.match(after)
        if (
            comma > 0
            and not after[when.end() if when else 0 :].strip(" .")
            and before[comma + 1 : comma + 2] not in _CLOSING_MARKS
            and _hearing_before(before[comma + 1 :], rules)
            and _has_verb(before[:comma], rules)
        ):
            return _after_dateline(text, start, start + comma), start + comma, _UNNAMED, "hearing"
        return None
    if _attributes_quote(before, after, quoted, cue):
        return None  # a quotation's cue
    if is_passive(before):  # (not "should have been told that": what was not said)
        agent = _AGENT.match(text, cue.end(), end)
        that = agent or _THAT_NEXT.match(text, cue.end(), end)
        if not that or _JOINED_THAT.search(that.group()) or _UNREAL.search(before):
            return None  # ("had been fitted in May and that P": a later verb's "that")
        return that.end() + _space(text, that.end()), end, _agent(agent, speakers), "passive"
    owned = _OWNED_OBJECT.match(after)
    that = (
        owned
        and owned["noun"] in rules.noun_cues
        and word.lower() not in rules.noun_cues
        and text.find(" that ", cue.end(), end)
    )
    # (a possessive's noun phrase may be a clause's subject: "said the team's claim that P was
    # wrong")
    if (
        that
        and that > 0
        and (
            owned["by"] or (owned["owner"] and _before_main_verb(text, that + 6, end, rules) == end)
        )
    ):
        return None  # the noun cue reports it
    # "Deputies found the car" reports nothing; "Deputies found that", "the audit found" do
    finding = rules.findings.fullmatch(word)
    that = _THAT_NEXT.match(after) and word not in rules.wordings  # (not "member states that")
    if finding and not (that or rules.finding_subject.search(before)):
        return None
    # "any miner found operating illegally", "the money found in his car": a participle after
    # a noun that is no finding's subject (not "P, the inquiry found in its report")
    last = before.rsplit(None, 1)[-1] if before.strip() else ""
    if (
        finding
        and not that
        and last.isalpha()
        and last.islower()
        and not rules.finding_subject.fullmatch(last)
        and _PARTICIPLE_PHRASE.match(after)
    ):
        return None
    # a noun, not a verb: "the audit report found", "Doe's reports about the harbour"; and
    # "held" only as a court's ruling ("The court held that", not "Police held that man")
    if finding and (
        (word in rules.plurals and not _PLURAL_BEFORE.search(before))
        or before.endswith(("'s ", "’s ", "s' ", "s’ "))
        or (word in rules.rulings and not (that and _hearing_before(before, rules)))
    ):
        return None
    # a cue used as a noun reports only with "that" after it, or its agent's "from X that":
    # not "a claim the organisers rejected" nor "P, a phrase used in the board's announcement."
    if (
        noun
        and (_NOUN_CUE.search(before) or before.endswith(("'s ", "’s ", "s' ", "s’ ")))
        and not (_THAT_NEXT.match(after) or _AGENT.match(after))
    ):
        return None
    # "Amid claims that P, ...", "Following allegations that P": the outlet's framing, with
    # nobody named as saying it
    if noun and _FRAMING_PREPOSITION.fullmatch(before.strip()):
        return None
    content = _content_start(text, cue, end, rules)
    if content is None:
        # "inspectors found mouse droppings in a store" (not "P, data showed on Monday.")
        when = _WHEN.match(after)
        if finding and after[when.end() if when else 0 :].strip(" ."):
            return None
        return _reported_before(text, start, cue, before, after, speakers, last_speaker)
    found = text[content:end]
    if finding and not (_has_verb(found, rules) or len(found.split()) > 2):
        return None  # "she finds that strange"
    # "The panel's ruling said P": the cue is a noun, the subject of the verb after it
    owned = before.endswith(("'s ", "’s ")) or _NOUN_CUE.search(before)
    verb = owned and rules.cues.match(found)
    if verb and verb.group().lower() not in rules.noun_cues:
        return None
    agent = _AGENT.match(text, cue.end(), content)
    if agent and noun:
        # "a warning from the Fiscal Council that P": the agent speaks
        who = speakers.source(agent[1], agent.start(1))
        rule = "noun_that"
    elif speakers.is_participle(word, before):
        who = (
            speakers.sentence_subject(start, cue.start())
            or speakers.role_opening(before)
            or _quotation_speaker(text, start, before, speakers, last_speaker)
        )
        rule = "participle"
    elif noun and (_NOUN_CUE.search(before) or before.endswith(("s' ", "s’ "))):
        # "issued a clear warning that P"; "her warning that P": whom "she" names (not "gave
        # her a warning"); "rejected prosecutors' allegations that P"
        owner = _OWNER_PRONOUN.search(before)
        possessive = not owner and _POSSESSIVE_OWNER.search(before)
        # (a plural possessive with no determiner is one word: "rejected prosecutors'")
        bare = possessive and not _NOUN_CUE.search(before)
        head = before.rfind(" ", 0, possessive.start()) + 1 if bare else 0
        named = possessive and rules.mention_at_end(before[head : possessive.start()])
        who = (
            (
                owner
                and speakers.speaker(
                    _OWNER[owner[1].lower()], start + owner.start(1), word, last_speaker
                )
            )
            or (
                named
                and speakers.speaker(
                    named.group(), start + head + named.start(), word, last_speaker
                )
            )
            # "rejected the KFU's claim that": a body by its acronym
            or (
                possessive
                and _THE_ACRONYM_END.search(before, 0, possessive.start())
                and speakers.subject_before(before[: possessive.start()], start, word, last_speaker)
            )
            or speakers.sentence_subject(start, cue.start())
        )
        rule = "noun_that"
        # "A hacker claims that P": with no owner and no verb after P, a verb after its
        # subject (not "The hacker claims that P were false")
        if (
            not who
            and word.endswith("s")
            and _NOUN_SUBJECT.fullmatch(before.lstrip())
            and _before_main_verb(text, content, end, rules) == end
        ):
            who, rule = speakers.subject_before(before, start, word, last_speaker), "cue_that"
    else:
        who = speakers.subject_before(before, start, word, last_speaker)
        who = who or speakers.role_as_written(before)
        rule = "cue_that"
    if who and noun and _NOUN_SUBJECT.fullmatch(before.lstrip()):
        return content, _before_main_verb(text, content, end, rules), who, rule
    if who:
        return content, end, who, rule
    # "P, said Jane Doe.": a name after the cue looks like a clause, but ends the sentence
    return _reported_before(text, start, cue, before, after, speakers, last_speaker)


def _verb_after_subject(word: str, before: str, rules: SpeakerRules) -> bool:
    """Whether a cue that is also a noun in -s is the verb of the subject before it: "The
    lawsuit claims", "The hacker also claims" (not "The insurance claims the firm rejected")."""
    subject = word.endswith("s") and _SUBJECT_OPENING.fullmatch(before.lstrip())
    head = subject and subject["head"].lower()
    return bool(
        head
        and (
            rules.finding_subject.fullmatch(head)
            or head in rules.company_nouns
            or rules.is_role_word(head)
        )
    )


def _agent(agent: re.Match[str] | None, speakers: ArticleSpeakers) -> Speaker:
    """Whom an `_AGENT` match names ("by the council that"), else nobody named."""
    return (agent and speakers.source(agent[1], agent.start(1))) or _UNNAMED


def _past_age(text: str, position: int, end: int) -> int:
    """`position`, past an age in apposition that opens the text there ("According to Jo Doe,
    38, P")."""
    age = _AGE_APPOSED.match(text, position, end)
    return age.end() if age else position


def _hearing_before(before: str, rules: SpeakerRules) -> bool:
    """Whether a body that hears evidence opens the clause that `before` ends with, before
    "heard" ("The inquest into her death has heard", not "A committee member said MPs had
    heard")."""
    found = [*rules.hearing.finditer(before)]
    between = before[found[-1].end() :] if found else ""
    # (nor a relative clause's "heard": "Judge Ada Obi, who had heard both cases, wrote")
    return (
        bool(found)
        and len(between.split()) <= 5
        and not rules.cues.search(between)
        and not _RELATIVE_END.search(between)
    )


def _quotation_speaker(
    text: str, start: int, before: str, speakers: ArticleSpeakers, last_speaker: str
) -> Speaker | None:
    """`"...," she said, adding that P` or `"...," said Doe, adding that P`: whoever is named
    next to the cue of the quotation before P."""
    # the last closing mark, not an apostrophe inside a word ("Bessarin’s delegation")
    closes = [m.start() for m in _CLOSING_MARK.finditer(before)]
    if not closes:
        return None
    after = start + closes[-1] + 1
    cues = speakers.cues_in(after, start + len(before))
    if not cues:
        return None
    cue = cues[0]
    found = speakers.subject_before(text[after : cue.start()], after, cue.group(), last_speaker)
    position = cue.end() + _space(text, cue.end())
    named = not found and speakers.rules.mention_at_start(text[position : start + len(before)])
    return found or (named and speakers.speaker(named.group(), position, cue.group(), last_speaker))


# A word that opens a clause of time or cause inside a phrase: "years after survivors ...".
_SUBORDINATOR = re.compile(r"\b(?:after|before|since|until|because|once)\s")


def _reported_before(
    text: str,
    start: int,
    cue: re.Match[str],
    before: str,
    after: str,
    speakers: ArticleSpeakers,
    last_speaker: str,
) -> tuple[int, int, Speaker, str] | None:
    """`P, Doe said (on Monday).` / `P, said Doe.`: the cue near the sentence's end."""
    # at the sentence's end, or before a clause of the narrator's ("..., police said, as
    # crews gained ground"), and not introducing a quotation
    near_end = _TAIL.fullmatch(after) or _TAIL_THEN_CLAUSE.match(after)
    # "The road, police said, would reopen": the clause goes on with its verb; "These days,
    # she said, the rain comes late": what came before has none
    interrupts = _INTERRUPTS.match(after)
    if interrupts and (
        not near_end
        or _FINITE.match(after, interrupts.end() - 1)
        or not _has_verb(before[: before.rfind(",")], speakers.rules)
    ):
        end = cue.end() + len(after)
        return _interrupted(text, start, end, cue, before, speakers, last_speaker)
    # "the chair ruled him out of order": a phrasal verb and its object, nothing reported
    if not near_end or after.rstrip().endswith(":") or _OBJECT_PARTICLE.match(after):
        return None
    word = cue.group()
    if _AS_PREDICATE.match(word + after):
        return None
    if word.endswith("ing"):  # "..., the carrier said, calling it ...": no "P, X calling"
        return None
    lead = _after_dateline(text, start, cue.start())  # not part of what was said
    start, before = lead, before[lead - start :]
    # (where it was said is nobody: '"...," his mother, Jo Doe, said outside court')
    place = _PLACE_AFTER_CUE.match(after)
    m = not place and speakers.rules.mention_at_start(after.lstrip())
    # "P, claims he denied.": a noun and its relative clause, nobody's report
    if _NOUN_THEN_CLAUSE.search(before + word + after):
        return None
    # "P, said Doe."; never "P, told Doe": Doe is who was told
    tail = before.rstrip()
    # ('were "simply wrong," said Doe': the comma inside the closing mark, and the quotation
    # with it, end P)
    inside = tail[-2:-1] == "," and tail.endswith(_CLOSING_MARKS) and _quotation_inside_clause(tail)
    # (not "..., who spoke on condition of anonymity, said agency staff were paid more": a
    # subject and its verb after the cue make a clause, no speaker)
    clause_after = m and _AUXILIARY_WORD.match(after.lstrip(), m.end() + 1)
    # (nor "..., the imam, urged both sides to work together": whom he urged, to do what; nor
    # "..., accused the minister of lying")
    urged = m and (
        _INFINITIVE_NEXT.match(after.lstrip(), m.end()) or _OF_GERUND.match(after.lstrip(), m.end())
    )
    if (
        (tail.endswith(",") or inside)
        and m
        and not clause_after
        and not urged
        and not word.lower().startswith(("told", "tell"))
    ):
        who = named_after(after, cue.end(), word, speakers, last_speaker)
        head = tail if inside else tail[:-1]
        # '"...," said Doe': a quotation
        quoted = head.rstrip().endswith(_CLOSING_MARKS) and not _quotation_inside_clause(head)
        return (start, start + len(head), who, "cue_after") if who and not quoted else None
    # "P, Doe said", "P, the bank's economist, Jane Doe, said": the subject after one of the
    # last three commas
    # (no comma inside a number: "P, a poll of 2,400 voters found")
    commas = [comma.start() for comma in COMMA.finditer(before)][-3:]
    for comma in reversed(commas):
        if speakers.rules.comment.match(before, comma):  # "P, a claim the bank denied"
            return None
        # ('were "simply wrong," the minister said': the comma inside the closing mark, and the
        # quotation with it, end P)
        inside = before[comma + 1 : comma + 2] in _CLOSING_MARKS and _quotation_inside_clause(
            before[: comma + 2]
        )
        i = comma + 2 if inside else comma  # where P ends
        who_text = before[i + (not inside) :]
        words = who_text.split()
        # "P, with both leaders describing ...": a phrase, not a subject ("P, Housing Minister
        # Jane Doe said" is one: a capital there opens a name)
        opener = words and words[0][:1].islower() and FUNCTION_WORD.match(words[0])
        if opener and words[0] == "as":  # "..., as he liked to say, '...'": the quotation's
            return None
        # (", has said that she wrote it": a clause reported before, not a subject)
        # (a subject of twelve words at most, not counting its auxiliary: "a survey by the
        # Marine Ecology Centre at Kelby University has found")
        long = len(words) - (words[-1:] in (["has"], ["have"], ["had"])) > 12
        if long or not before[:i].strip() or opener or " that " in who_text:
            continue
        # ("P, years after survivors first called for it": a clause of time, no subject)
        if _SUBORDINATOR.search(who_text):
            continue
        # (nor a list of names that goes on: "The ministers of Tarn, Velmora and Orvel said")
        if _NAME_AT_END.search(before, 0, i) and _LIST_GOES_ON.match(who_text):
            continue
        # '"...", the minister said' or '"...," the minister said': a quotation's attribution
        if not inside and (
            (
                before[:i].rstrip().endswith(_CLOSING_MARKS)
                and not _quotation_inside_clause(before[:i])
            )
            or who_text.lstrip().startswith(_CLOSING_MARKS)
        ):
            return None
        # "The finance minister, Jane Doe, said", "Defending, Jane Doe said": a noun phrase in
        # apposition or an opening word, no clause
        head, content = before[:i].strip(), before[:i].split()
        whole = speakers.rules.mention_at_start(head)
        # ("His wife of 52 years, Jane Doe, said"; but "Prices rise, she said" may be present
        # tense: a word in "s" before the last counts as a verb)
        short = (
            len(content) <= 5
            and not _has_verb(head, speakers.rules)
            and not any(w.endswith("s") for w in content[:-1])
        )
        if " " not in head or (whole and whole.end() == len(head)) or short:
            continue
        # "In a notice published on Monday, the KRA said P": an opening phrase, not what was
        # said ("At least 14 people were killed, police said" is a clause: its verb says so)
        if (
            "," not in before[:i]
            and OPENING_PREPOSITION.fullmatch(content[0])
            and not _NUMBER_AFTER.match(before[:i].lstrip(), len(content[0]))  # "About 400"
            and not _AUXILIARY_WORD.search(before[:i])
            and not any(w in speakers.rules.irregular_past for w in content)
            and not _SUBJECT_PRONOUN_VERB.search(before[:i])  # "In a trial it cut pain, X said"
        ):
            continue
        who = speakers.subject_before(who_text, start + i + (not inside), word, last_speaker)
        who = who or speakers.role_as_written(who_text)  # "P, the firm's chief executive said"
        if who:
            return start, start + len(before[:i].rstrip()), who, "cue_after"
    return None


def _before_main_verb(text: str, content: int, end: int, rules: SpeakerRules) -> int:
    """Where P ends in a sentence whose subject is "the claim that P": before the last group of
    finite verbs, the sentence's own ("... was broken"); `end` if it has no second group."""
    groups: list[int] = []
    in_group, previous = False, ""
    for word in re.finditer(r"[\w'’-]+", text[content:end]):
        w = word.group()  # (lower case only: "May" is a month)
        if _FINITE.fullmatch(w) or w in rules.irregular_past:
            # a group opens at its first verb, or at an auxiliary after another verb ("the
            # plant was sold has proved")
            opens = not in_group or (
                _AUXILIARY_WORD.fullmatch(w) and not _AUXILIARY_WORD.fullmatch(previous)
            )
            if opens and not _OPENS_INNER_CLAUSE.fullmatch(previous):
                groups.append(content + word.start())
            in_group = True
        elif not (in_group and _IN_VERB_GROUP.fullmatch(w)):
            in_group = False
        previous = w
    if len(groups) < 2:
        return end
    return len(text[: groups[-1]].rstrip(" ,"))


def _has_verb(words: str, rules: SpeakerRules) -> bool:
    """Whether `words` hold an auxiliary or a past-tense verb ("Prices rose", "It had")."""
    return bool(_FINITE.search(words)) or any(
        w in rules.irregular_past for w in words.lower().split()
    )


def _interrupted(
    text: str,
    start: int,
    end: int,
    cue: re.Match[str],
    before: str,
    speakers: ArticleSpeakers,
    last_speaker: str,
) -> tuple[int, int, Speaker, str] | None:
    """`P, Doe said, Q.`: a cue between commas inside the clause, which runs on around it."""
    head = before.rstrip()
    comma = head.rfind(",")
    who_text = head[comma + 1 :]
    if comma < 0 or not head[:comma].strip() or len(who_text.split()) > 6:
        return None
    if who_text.split()[:1] == ["as"]:  # "..., as he liked to say, '...'": the quotation's
        return None
    if head[:comma].rstrip().endswith(_CLOSING_MARKS):  # '"...," she said, "..."'
        return None
    who = speakers.subject_before(who_text, start + comma + 1, cue.group(), last_speaker)
    if not who:
        return None
    start = _after_dateline(text, start, cue.start())
    return start, end, who, "cue_inside"


def _space(text: str, i: int) -> int:
    return len(text[i:]) - len(text[i:].lstrip())


def _content_start(text: str, cue: re.Match[str], end: int, rules: SpeakerRules) -> int | None:
    """Where the content clause after a cue starts: after "that", or a clause start after a
    verb of saying (with "told", "informed", "warned", "promised", ..., after its object)."""
    telling = cue.group().lower().startswith(_TELLING)
    that = _THAT.match(text, cue.end(), end)
    # up to seven words before "that", or eleven after "told" ("told reporters at a briefing
    # in the capital on Monday that")
    # (or after a document it was said in: "said in a notice posted on its website on
    # Thursday that")
    if that and not telling and len(that[1].split()) > 7 and not _IN_DOCUMENT.match(that[1]):
        that = None
    # "said 10,000 nurses had quit and that P": a second that-clause, the first right after
    # the cue
    if that and _JOINED_THAT.search(that.group()):
        that = None
    # "said he respected it but warned that", "said he had told him that": that "that" is
    # the later verb's (not "said in a written submission that", "denied claims that")
    later = that and rules.cues.search(that[1])
    if later and _LATER_VERB.search(that[1], 0, later.start()):
        that = None
    # (or the last cue before it is a noun, "said it had issued a warning that", or a gerund,
    # "told the panel she was fired after warning managers that"; but not the document it was
    # said in, "said in a stock exchange announcement that")
    inside = that and later and not that[1].lstrip().startswith("in ")
    last = inside and list(rules.cues.finditer(that[1], later.start()))[-1]
    if last and (
        (last.group().lower() in rules.noun_cues and _NOUN_CUE.search(that[1], 0, last.start()))
        or (last.group().endswith("ing") and _GERUND_AFTER.search(that[1], 0, last.start()))
    ):
        that = None
    # "said she accepted that P", "said it was clear that P": a clause of its own before
    # "that", which is what was said
    if that and _PRONOUN_CLAUSE.fullmatch(that[1]):
        that = None
    # "promised the drivers to find them a yard that is still closed": an infinitive and its
    # object before "that", whose relative clause it opens
    if that and _INFINITIVE_OBJECT.search(that[1]):
        that = None
    # "accused of" takes a gerund, never a clause: in "a clerk accused of theft testified
    # that", "that" is the later cue's
    if cue.group()[:6].lower() == "accuse" and text.startswith(" of ", cue.end()):
        return None
    # "announced a plan that ..." is a relative clause, not what was said; "told the BBC that"
    # is a content clause after an object, and so is "posted on the club's website that" after
    # a cue's preposition.
    governs = telling or cue.group().endswith((" on", " to"))
    object_first = _DETERMINER.match(that[1]) and not governs if that else False
    after = that.end() + _space(text, that.end()) if that else 0
    # "said that was false": "that" is the clause's subject, not its conjunction; after other
    # words ("posted on the forum a photo that went viral") it opens a relative clause
    verb = that and (
        (
            _FINITE.match(text, after, end)
            and not _ED_NOUN.match(text, after, end)
            and not _ED_MODIFIER.match(text, after, end)
        )
        or rules.irregular_past.get(text[after : text.find(" ", after, end)])
    )
    if that and not object_first and not (verb and that[1].strip() and not telling):
        return that.end() - len("that") if verb else after
    told = telling and _TOLD_OBJECT.match(text, cue.end(), end)  # "told the Gazette she was"
    if told:
        clause = _CLAUSE_START.match(text, told.end(), end)
        return clause.end() if clause else None
    when = _WHEN.match(text, cue.end(), end)  # "said on Thursday the company would"
    position = when.end() if when else cue.end()
    bare = None  # the object of "told", if any
    if telling:  # "told him the soldiers were", "told jurors the safe was", "told the Kelby
        # Herald repairs would", "told this newspaper all fees were": the object is no part
        # of the clause
        position = _OBJECT_PRONOUN.match(text, position, end).end()
        bare = _BARE_OBJECT.match(text, position, end) or _NAMED_OBJECT.match(text, position, end)
        position = bare.end() if bare else position
        when = _WHEN.match(text, position, end)  # "told the Herald on Monday the deal was"
        position = when.end() if when else position
    finite = _FINITE_CLAUSE.match(text, position, end)
    if finite and re.search(r"\b(?:that|which|who)\b", finite[1]):  # "a plan that would"
        finite = None
    it_past = _IT_PAST.match(text, position, end)
    if it_past and not (it_past[1].endswith("ed") or rules.irregular_past.get(it_past[1])):
        it_past = None
    finite = (
        finite
        or it_past
        or _PRONOUN_SUBJECT.match(text, position, end)
        or _CONTRAST_SUBJECT.match(text, position, end)
        or _QUOTED_SUBJECT.match(text, position, end)
    )
    if finite:
        return finite.end()
    if not _ZERO_THAT_CUES.match(cue.group().split()[0]):  # "told reporters the plan had"
        return None
    # "told a news conference the"
    if telling and not bare and cue.group().lower() in ("told", "tells"):
        obj = re.match(  # (not "told of his shock after ...": no object, no clause)
            r"(?!\s+(?:of|about)\b)(?:\s+[\w’'-]+){1,4}?"
            r"(?=\s+(?:it|the|a|an|his|her|its|their|our|my)\s)",
            text[position:end],
        )
        # "told analysts on a conference call." has no clause after its object
        if not obj or not _FINITE.search(text, position + obj.end(), end):
            return None
        position += obj.end()
    # "added three trains", "adding 200 jobs", "claimed seven for 41": after "add" and
    # "claim" a number is what was added or claimed
    if cue.group()[:3].lower() in ("add", "cla") and _NUMBER.match(text, position, end):
        return None
    clause = _CLAUSE_START.match(text, position, end) or rules.bare_subject.match(
        text, position, end
    )
    role = not clause and _ROLE_BEFORE_NAME.match(text, position, end)
    # "said striker Jo Mayo, who scored twice, was" (not "warned minister Jo Dunn of delays")
    if role and rules.is_role_word(role[1]) and _has_verb(text[role.end() : end], rules):
        return role.start(1)
    # "claimed the sprint crown at the Kelby games": "claim" also takes a thing, so only a
    # clause with its verb before the next comma is what was claimed; after "confirmed" and
    # "found" ("confirmed three cases linked to a school"), only one with an auxiliary
    if clause and cue.group()[:5].lower() == "claim":
        comma = text.find(", ", clause.end(), end)  # (not "100,000")
        clause = _has_verb(text[clause.end() : comma if comma > 0 else end], rules) and clause
    if clause and cue.group()[:4].lower() in ("conf", "find", "foun"):
        clause = _AUXILIARY_CLAUSE.match(text, clause.end(), end) and clause
    # "it" is the object unless its verb follows ("said it twice at the meeting"), and so is
    # "this" before a preposition ("said this outside the court", not "said this year's")
    if clause and text.startswith("it ", clause.end()):
        after = text[clause.end() : end].split()[1:3]
        verb = _PRONOUN_VERB.match(text, clause.end(), end) or any(
            w.strip("“\"‘'") in rules.irregular_past for w in after
        )
        clause = verb and clause
    if clause and _THIS_OBJECT.match(text, clause.end(), end):
        clause = None
    # "warned the board about the losses a year earlier": an object and its matter, no verb
    # (its matter may open with a participle: "warned the public about unlicensed apps")
    about = clause and _OBJECT_ABOUT.match(text, clause.end(), end)
    matter = about and _PARTICIPLE_OPENING.sub("", text[about.end() : end])
    if about and not _has_verb(matter, rules):
        clause = None
    if clause:
        return clause.end()
    # a group in the plural, with a verb later: "said farmers in the upper valley of the Tarn
    # river would be compensated" (not "..., said officials at the ministry.")
    # (nor "warned motorists not to cross flooded roads": an object and its infinitive)
    group = _WORD.match(text, position, end)
    plural = group and group[1].endswith("s") and group[1] in rules.group_heads
    if not plural or _INFINITIVE_NEXT.match(text, group.end(), end):
        return None
    return group.start(1) if _FINITE.search(text, group.end(), end) else None


def _attributes_quote(
    before: str, after: str, quoted: list[tuple[int, int]], cue: re.Match[str]
) -> bool:
    """A cue that attributes a quotation: right after it (`," Doe said`) or introducing it
    (`Doe said in a speech: "`)."""
    # (each pattern only where its marks occur: most cues have none near them)
    between = any(m in before for m in _CLOSING_MARKS) and _AFTER_QUOTE.search(before)
    coordinated = between and re.match(r"(?:and|but)\b", between[1])  # '"...," but warned'
    # "... ‘a quiet crisis’, arguing that P": a new clause, not the quotation's cue
    that = between and re.match(r"\s+that\b", after)
    if between and not coordinated and not that and any(e <= cue.start() for _, e in quoted):
        return not _quotation_inside_clause(before[: between.start(1)])
    introduces = ":" in after[:61] and _COLON_QUOTE.match(after)
    # unless a clause comes before the colon: `said demand had doubled: "We used to ..."`
    if introduces and _FINITE.search(after, 0, after.index(":")):
        introduces = None
    # (not a quoted subject with its verb after it: 'said "firm guarantees" were needed')
    return bool(introduces) or (
        after.lstrip()[:1] in _OPENING_MARKS and not _QUOTED_SUBJECT.match(after)
    )


def _quotation_inside_clause(head: str) -> bool:
    """Whether the quotation `head` ends with is part of a clause of the narration that opens
    `head` ('Prices were "far too high"'), not the whole of what was said."""
    head = head.rstrip(" ,")
    if not head.endswith(_CLOSING_MARKS):
        return False
    opening = head.rfind(_OPENING_OF[head[-1]], 0, len(head) - 1)
    lead = head[: max(opening, 0)].rstrip()
    # (or a name or title a phrase gives, in a subject's apposition: 'Doe, known as "the
    # Hammer",', 'The bakery, famous for "Orvel Twists",')
    return (
        lead[-1:].isalnum()
        and not _QUOTATION_MARK.search(lead)
        and bool(_FINITE.search(lead) or _NAMED_AS.search(lead))
    )


def _start(match: re.Match[str]) -> int:
    return match.start()
