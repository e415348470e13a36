"""Who speaks: the mentions a speaker sieve can name, shared by quotations and reported speech.

A speaker is named by one of these mentions:
1. an alias of the study's actor table (`actors.csv`), or the pronoun "he"/"she"; an alias
   always wins;
2. a body that news prose makes speak (`data/lexicons/speaking_bodies.txt`): a name standing for
   an institution ("the Kremlin", "Moscow") or a group noun with up to two words before it
   ("Ukrainian officials", "the city council"); a short "the council" is read as the fuller
   name used before it, and "the company" as the organisation named last (no court, forum or
   other public body, `public:` lines), else the first name in the lead that is no person's
   ("Shares in Tallow Metals fell");
3. a capitalised name the table does not list: the last two words after any title
   (`data/lexicons/titles.txt`; from the word before a particle, `name_particles.txt`; three
   with an initial; three or four from a given name, `given_names.txt` and
   `given_names_added.txt`), or a surname alone
   that a full name in the same article ends with; an unknown single word right next to its
   cue ("Dravonia said", "said Unify") is a place or an organisation, or a person where a
   title only people carry is written before it ("Ms Oduya", "Col Dunstan") or a role
   in apposition after it ("Sutrisno, a village head,"). A
   person's affiliation after "of" is not part of the name ("Jane Doe of the X Institute").
   A run of capitalised words counts as a person's name only with a sign that it is one (a
   title or a role word before it, a comma, cue or verb after it, its surname speaking
   elsewhere or written after a title alone, "Ms Doe"; a first name that nine in ten of its
   bearers share a gender with, "Declan"), so headings are not names. A name
   ending in an organisation word (`organisation_words.txt`) or a legal form
   (`legal_forms.txt`), with "&", or "X of Y" after one, is an organisation (and the name
   without its legal form, said later, is the company in full: "Tarn Metals PLC"); so is
   a name with a plural verb ("Harwick Athletic have") or a company noun before it ("the
   chain Lowry & Finch"), and a one-word name written once after a company or body noun
   ("the union Unify", "Housing charity Threshwell"), and the name a group gives itself ('a
   group calling itself "Tarn Owls" said');
4. a role ("the minister", "UN envoy", "the owner"; `titles.txt`, `person_roles.txt`): the
   person given that title or role before the name or in apposition anywhere in the article
   ("Mariners manager Luis Vega", "Labour MP Jane Doe"); "the governor of the central bank"
   is that person, else the role as written, never the bank; a role in the first
   sentence that no name is given (a headline's "says shopkeeper") names the first person the
   body names as a clause subject;
5. "it" or "they": the organisation or group that is the subject of the sentence or the one
   before, else the one that spoke last, else the firm the lead names; "they" after a
   passive whose agent is a group ("rated top by inspectors") is that group;
6. an unnamed spokesperson (`for:` lines of `speaking_bodies.txt`): the organisation spoken
   for, named in the mention, after "for", or the subject of the sentence before;
7. a document (`document:` lines): its author, named after "from" or "by", as its owner
   ("Acme's filing") or in it ("a party statement"), else, for a document named before or a
   party's own (`own:` lines, "a statement"), the organisation of the sentence before ("The
   bureau posted a notice. The notice said ..."), else the document itself as written ("P, a
   study has found": "a study"; "A report to the cabinet warned"); "it"
   opening the sentence after one a document opens is that document.
An acronym in brackets after a name ("the Kestrel Rail Authority (KRA)") stands for it
later; one never introduced speaks as written ("the nurses' union FNTE"), also in apposition
to a description ("The pilots' association, PAT, said"; so does any name after a body's noun,
"the rescue service, Rescate Costero,") and opening a sentence before "it".
Someone unnamed by closeness ("a person familiar with the matter") is "the person" or "the
people" later; "one of the officials" stays as written.
Of 2 to 7, the longest mention wins ("Police chief" over "Police").

The subject of a reporting cue is the mention right before it, after skipping adverbs and
auxiliaries ("has repeatedly"), an appositive ("The union's leader, Jane Doe, said") and a
relative clause ("Doe, who met Smith on Friday, said"). A pronoun is resolved to a person: for
a cue that continues ("added") the person who spoke in the sentence before, else the previous
quotation's speaker; for any other cue, the person most recently named as the subject of a
clause in the narration (a mention opening its sentence or clause), else the person most
recently named at all ("the 24-year-old" and "the Belgian", `demonyms.txt`, likewise); with
no person named, "she" after an unnamed spokesperson is the spokesperson's organisation.
"He" and "she" skip a person known to be of the other gender: by a title written anywhere in
the article ("Ms Ferreira"; `gendered_titles.txt`) or by a first name that at least nine in
ten of its bearers share (`given_names.txt`), or a role right before ("her son Sohel"); where
nobody else fits, the first name's usual gender gives way; of the last two subjects, one known
to fit goes before one of unknown gender, unless the last one spoke (a cue follows it) or is
known to be a person by a title, a role or an age ("Student Wanjiru, 17,"). "He" or "she" after
a narrated sentence that opens with someone unnamed ("A teacher who saw it said ...") is
that person, if nobody is named since. A person of unknown gender (a rare or ambiguous first
name, a surname alone) fits either pronoun, and the lists say nothing of how a person
describes themselves: "they" for a person is not resolved.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from itertools import islice
from typing import NamedTuple

import pandas as pd

from corpus_tools.actors import PRONOUNS, ActorIndex, actor_index, actors
from corpus_tools.columns import require
from corpus_tools.matching import word_alternation
from corpus_tools.resources import data_path, read_word_list
from corpus_tools.segmentation import short_given_names
from corpus_tools.settings import Settings, settings

PERSON, ORGANISATION = "person", "organisation"

# The upper- and lower-case letters of the Latin alphabets ("Ó", "ū", "ć" too; Azerbaijani
# "ə" from IPA Extensions; Vietnamese "ầ", "ạ" from Latin Extended Additional).
_LATIN = [chr(c) for c in (*range(0xC0, 0x2B0), *range(0x1E00, 0x1F00))]
_UPPER = "A-Z" + "".join(c for c in _LATIN if c.isupper())
_LOWER = "a-z" + "".join(c for c in _LATIN if c.islower())
# Titles, company forms and given names written with a full stop ("Dr.", "Gov.", "Acme Inc.",
# "Md."): the one-word abbreviations of the lexicon the sentence splitter reads, capitalised.
_ABBREVIATIONS = "|".join(
    sorted(
        w.capitalize()
        for w in read_word_list(data_path("lexicons", "abbreviations.txt"))
        if w.isalpha()
    )
)
# What describes a person's name after it: an apposition, an age or "who".
_DESCRIBED_AFTER = re.compile(r", (?:\d{1,3},|who |an? |the |[a-z]+(?: [a-z]+)? (?:of|at|for) )")
# endings of English nouns for people ("dietitian", "farmer", "chemist", "nominee")
_PERSON_NOUN_END = re.compile(r"(?:ian|er|or|ist|ant|ent|ee|man|woman|ive|ic|ary|ory|ess|ar)$")
_AGED_OR_WHO = re.compile(r", (?:\d{1,3},|who )")  # of these, said of people only
# A definite role and the place it works at: "the incident commander at the scene" (opening
# a text, or ending it).
_ROLE_AT_PLACE = re.compile(
    r"([Tt]he\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:at|in|on)\s+the\s+[a-z]+(?![\w'’-])"
)
_ROLE_AT_PLACE_END = re.compile(rf"{_ROLE_AT_PLACE.pattern}$")
# A role after a capitalised word and a name at the end ("... of Kelby governor Ada Ruiz", not
# "the family of cyclist Tomasz Wierzbicki").
_ROLE_THEN_RUN_END = re.compile(
    # (spaces where an acronym was blanked: "the Kelby Party (KP) district governor Jo Doe")
    r"[A-Z][\w’'.-]*\s+(?:(?!(?:of|for|at|in|to|from|with|by|the|and)\s)[a-z]+\s)?"
    r"([a-z]+(?:-[a-z]+)?)(?:\s+[A-Z][\w’'.-]*)+$"
)
# A part of a country or a city, before its name: "southern Tarn", "central Kelby".
_DIRECTIONS = r"north|south|east|west|north-?east|north-?west|south-?east|south-?west"
_REGION = rf"(?:(?:{_DIRECTIONS})ern|central)"
# The word before a continent's or a country's name in a region's: "East Africa"
_COMPASS = re.compile(rf"(?:{_DIRECTIONS})(?:ern)?|central|sub-saharan")
# A name in apposition after a comma, ending its phrase: ", Ana Ruiz."
_APPOSED_NAME = re.compile(
    rf",\s+([{_UPPER}][\w'’-]*(?:\s+[{_UPPER}][\w'’-]*){{1,3}})(?=\s*(?:[,.;:]|$))"
)
# A place's kind after its name or before "of" and it: "the Kelby village of Marr"
_PLACE_KIND = r"(?:village|town|city|county|region|province|district|suburb|borough|parish|island)"
_PLACE_AFTER = re.compile(rf"\s+{_PLACE_KIND}s?\b")
# Words right before a place's name: "across Montreal", "in southern Tarn", "a joke about
# Kelby", "the railway between Derby and Sheffield", "the village of Marr".
_PLACE_BEFORE = re.compile(
    rf"\b(?:across|near|outside|around|throughout|about|between|{_REGION}|{_PLACE_KIND} of)\s+$"
    r"|\bbetween\s+(?:[A-Z][\w'’.-]*\s+){1,3}and\s+$"
    # (where someone lives or arrives: "The nurse lives in Tarnow"; not "Shares in Tallow")
    r"|\b(?:lives?|lived|living|based|born|located|arrived?|arrives|stay(?:s|ed)?)\s+in\s+$"
)
# A comma, not one inside a number ("2,400"); with a semicolon or a colon, a mark that ends a
# phrase.
COMMA = re.compile(r",(?!(?<=\d,)\d)")
_CLAUSE_MARK = re.compile(rf"[;:]|{COMMA.pattern}")
_RELATIVE_PRONOUN = re.compile(r"\s(?:who|whose|which)\s")
# How words were delivered, in a participle's phrase: "speaking by video link", "writing in
# the Kelby Herald", "addressing reporters in Tarn".
_DELIVERY = re.compile(
    r"(?:speaking|writing|talking|addressing|appearing|testifying|responding|replying)\b[^,]*"
)
# A lower-case role word between a name and another name ("Kelby Shire mayor Tony Calder").
# (past the body's acronym and a modifier: "said Awami Front (AWF) parliamentary leader X")
_ROLE_AFTER = re.compile(
    r" (?:\([A-Z][A-Za-z&]{1,7}\) (?:[a-z]+ )?)?([a-z]+(?:-[a-z]+)?) (?=[A-Z])"
)
# The name an unnamed person gave after the mention: "a driver, who gave only his first name,
# Imran", "a nurse who gave her name as Ada", "a guard identified only as Obi", "a herder who
# identified himself only as Abdou", "a winner introduced at the draw only as Kevin", "a
# client who asked to be called Josh".
_NAME_GIVEN = re.compile(
    r"[^,.;:!?“”\"]{0,40}?,?\s+(?:who\s+(?:gave|gives|would\s+give)\s+(?:only\s+)?(?:his|her|their)"
    r"\s+(?:first\s+|sur)?name(?:\s+only)?(?:\s+as\s+|,\s*)"
    r"|who\s+(?:asked|wanted|wished)\s+to\s+be\s+called\s+"
    r"|(?:who\s+(?:(?:asked|wanted|wished)\s+to\s+be|was|were|is|are)\s+)?"
    r"(?:identified|named|known|introduced)"
    r"(?:\s+(?:himself|herself|themselves))?(?:\s+(?:at|in|to|on)\s+[^,.;:!?“”\"]{1,40}?)?\s+only\s+"
    r"(?:as|by\s+(?:his|her|their)\s+(?:first\s+|sur)?name,?)\s+"
    # (or the name someone writes or performs under: "who writes under the pen name X")
    r"|who\s+(?:writes|wrote|publishes|published|performs|performed|records|sings|paints)\s+"
    r"(?:by|under)\s+the\s+(?:pen|stage|professional)\s+name\s+)"
    rf"([{_UPPER}][{_LOWER}]+(?:[ -][{_UPPER}][{_LOWER}]+)?)"
)
# A subordinate clause after a noun phrase: " after inspectors raised concerns"
_CLAUSE_AFTER = re.compile(
    r"\s+(?:after|before|when|because|while|since|until|although|though|unless|whereas)\s.*"
)
# A title, an initial or a legal form written with a full stop, inside a name or before its
# comma ("said Dr. Ana Ruiz, ...", "chief of Orvel Ltd., ...", "Kelby Optics K.K., ...").
ABBREVIATED = re.compile(rf"\b(?:{_ABBREVIATIONS}|(?:[A-Z]\.)*[A-Z])\.(?=[ ,])")
# What follows a sentence's last word: its end, a paragraph's, or a capital.
_SENTENCE_AFTER = re.compile(rf"\s*$|\n|\s+[{_UPPER}“‘\"']")
# A capitalised word of a name: "O'Brien", "McDonald", "Al-Assad", "Marie-Ève", "Fa’alogo",
# "Tehreek-e-Insaf", "Saint-Jean-de-Luz", "Dr." (not a possessive "Doe's" nor "Doe'll");
# abbreviations first, so "Rep." is not cut to "Rep"; a place's "-based" is no part of it, so
# "New York-based Tarn Capital" holds the name "Tarn Capital".
_PLACE_MODIFIER = r"(?:based|born|headquartered)"
# A union's local inside a run ("Hospitality Workers Local 808"), and a branch by its number
# alone, after the union's name and a comma ("the Longshore Workers Union, Local 402,")
_UNION_LOCAL = re.compile(r"\bLocal \d")
_BRANCH_NUMBER = re.compile(r"\s*(?:Local|Lodge|Branch|Chapter|District)\s+\d+[A-Z]?\s*")
_RUN_WORD = (
    # (no letter right after the full stop: "S.A.C." is a legal form, no initial)
    rf"(?:(?:{_ABBREVIATIONS}|[A-Z])\.(?![^\W\d_])|(?:[A-Z]\.){{2,3}}(?![^\W\d_])"
    # (a North American union's branch and its number: "Local 1187 of the X Union")
    r"|Local \d{1,5}(?!\d)"
    # (and the Dutch capital "IJ": "IJsselmeer", "Schaatsclub IJsvogels"; and a letter before
    # a hyphen, as German writes a kind of railway: "S-Bahn Kelby"; not a party's letter
    # before a district: "R-Kelby")
    rf"|(?:IJ|[{_UPPER}](?:['’][{_UPPER}]|(?<![DRI])-[{_UPPER}])?)[{_LOWER}]+"
    # (an apostrophe inside a name, not a possessive or a contraction: "Ng'ang'a")
    rf"(?:['’]?[{_UPPER}][{_LOWER}]+|['’](?!(?:ll|re|ve|s|d|t|m)\b)[{_LOWER}]+"
    rf"|-(?!{_PLACE_MODIFIER}\b)[{_UPPER}{_LOWER}][{_LOWER}]+"
    rf"|-[{_LOWER}]{{1,3}}-[{_UPPER}][{_LOWER}]+"
    # (and a part with an apostrophe after its capital: "Kouamé-N'Dri")
    rf"|-[{_UPPER}]['’][{_UPPER}][{_LOWER}]+"
    # (a brand's "&" or "+" inside it or "+" at its end: "Pella&Finch", "Kelbo+"; or a web
    # address's ending: "Tarnpay.ng", "Kelbo.com"; not a pronoun after a missing space)
    rf"|[&+][{_UPPER}][{_LOWER}]+"
    # (capitals after lower case, at the end or before a capitalised part: "KelboPLAY",
    # "TarnAI", "BioNTarn")
    rf"|[{_UPPER}]+(?=[{_UPPER}][{_LOWER}])|[{_UPPER}]{{2,}}(?![{_LOWER}])"
    # (digits inside a brand or at its end: "Jet2", "Kelby9 Airways", "Fly2Tarn")
    rf"|\d{{1,4}}(?:[{_UPPER}][{_LOWER}]+)?(?![\d,.]\d))*"
    r"(?:\+(?![\w+])|\.(?!(?:he|she|we|they|the)\b)[a-z]{2,4}(?![\w'’.-]))?)"
)
_NOT_NAMES = (
    "The|A|An|He|She|It|They|We|I|You|This|That|These|Those|But|And|Or|So|In|On|At|For|As|If|"
    "When|While|After|Before|Asked|Speaking|According|However|Meanwhile|Still|Yet|Then|There|"
    "His|Her|Its|Their|Our|My|Your|Some|Many|Most|Both|Such|Under|Despite|Although|Though|"
    # determiners ("Neither claim could be verified"; not "All", which opens party names)
    "Neither|Either|Each|Every|Several|Few|Any|None|"
    # adverbs that open sentences ("Later Smith said" names Smith)
    "Later|Earlier|Yesterday|Tomorrow|Also|Separately|Instead|Finally|Eventually|"
    "Elsewhere|Overall|Indeed|Recently|Previously|Currently|"
    # an adjective opening a role before a name ("Former Eskom executive Jo Doe")
    "Former|"
    # weekdays ("On Monday Doe said"); months stay, some are names ("May", "June")
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
)
_NOT_NAME_WORDS = frozenset(_NOT_NAMES.split("|"))
# A group's phrase ending in "for the" or "of the" and a common noun: "lawyers for the
# journalist", "the family of the victim" (a name in apposition after it is that noun's).
_FOR_THE_NOUN = re.compile(r"\b(?:for|of)\s+(?:the|a|an|his|her|their)\s+[a-z][\w-]*$")
# Someone unnamed by their closeness to a matter: "a source close to the club", "three people
# familiar with the talks"; at the end of a subject (`_CLOSE_TO`), or anywhere before a comma,
# a stop or "said" (`_CLOSE_PHRASE`, for "the person" and "according to" later).
_CLOSE_KIND = r"(?:close to|familiar with|involved in|briefed on|with (?:direct )?knowledge of)"
_CLOSE_WORDS = re.compile(_CLOSE_KIND)  # a quick test before the patterns below
_CLOSE_TAIL = rf"\s+{_CLOSE_KIND}\s+[^,.;:]+?"
# (or a plural alone: "officials familiar with the plan")
_CLOSE = (
    r"(?:(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Pp]eople|[Ss]ources?)(?:\s+[\w-]+){0,2}?"
    r"|[A-Za-z][a-z]+s)" + _CLOSE_TAIL
)
_CLOSE_TO = re.compile(rf"(?:^|[,;:]\s*|\s)({_CLOSE})\s*$")
_CLOSE_END = r"(?=\s*[,.;:]|\s+(?:said|says)\b|\s*$)"
_CLOSE_PHRASE = re.compile(rf"(?<![\w-]){_CLOSE}{_CLOSE_END}")
_CLOSE_AFTER = re.compile(_CLOSE_TAIL + _CLOSE_END)  # "a person" "familiar with the matter"
_OWNED = re.compile(r"(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s\S+$")  # "their lawyer"
# The endings of a role's noun ("Sprinter", "Calypsonian", "Co-founder"), no given name's
_ROLE_SHAPE = re.compile(r"(?:er|or|our|ist|ian|ant|ent|s|-.*)$")
# A role owned by a pronoun: "Her husband", "his lawyer"
_OWNED_ROLE = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir)\s")
_DEFINITE = re.compile(r"(?:[Tt]he|(?:[A-Z][\w-]*\s+){0,3}[\w-]+['’]s)\s.*")
# Words in "-ing" that are no participle: "officials during the talks"
_NOT_PARTICIPLE = r"during|including|according|concerning|regarding|following|excluding"
AUXILIARY = r"would|will|could|can|may|might|must|should|is|was|are|were|has|had|have"
# An organisation's acronym ("the network operator NRL"): in brackets after its name ("the
# Kestrel Rail Authority (KRA)"), and standing alone at the end of a subject ("the KRA", "FNTE").
ACRONYM_WORD = r"[A-Z][A-Z&]*[A-Z]"
_ACRONYM = re.compile(rf"{ACRONYM_WORD}\b")
# An acronym, perhaps with a word after a hyphen: "TCAA", "TNAV-Sud"
_APPOSED_ACRONYM = re.compile(rf"{ACRONYM_WORD}(?:-[{_UPPER}][\w'’]*)?")
# A group and the name it gives itself: 'a hacker group calling itself "Ninefold"'.
_CALLING_ITSELF = (
    r"(?:calling|that\s+calls|which\s+calls)\s+(?:itself|themselves)\s+[\"“‘']?"
    rf"([{_UPPER}][\w&.-]*(?:['’]\w+)*(?:\s+[{_UPPER}][\w&.-]*(?:['’]\w+)*){{0,3}})[\"”’']?"
)
_SELF_NAMED_AT_END = re.compile(rf"\b{_CALLING_ITSELF},?$")
_SELF_NAMED_OPENING = re.compile(rf"(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){{0,3}}?{_CALLING_ITSELF}")
# A phrase and the apposition that ends it: "The civil aviation authority, TCAA,".
_LAST_APPOSITION = re.compile(r"([^,]+),\s+([^,]+),?")
# A model's number after its maker's name: "Airbus A320neo", "Boeing 737-800", "Embraer E175"
_MODEL_AFTER = re.compile(r" (?:[A-Z]{1,3}\d{2,3}|\d{3})(?:-\d{1,3}|neo|MAX)?\b")
# "the" right before a run, perhaps with an ordinal: "the 9th U.S. Circuit Court of Appeals"
_THE_BEFORE = re.compile(r"\b[Tt]he (?:\d+(?:st|nd|rd|th) )?$")
_THE_ACRONYM = re.compile(rf"(?:[Tt]he\s+)?({ACRONYM_WORD})")
# "the", capitalised words and "and" before the rest of a body's name: "the Finnish Transport
# and " (Communications Agency)
_FIELDS_AND = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w'’-]*\s+)+)(?:and|&)\s+$")
# Capitalised words and a joint ending the text, before the rest of a name: "the Kelby
# Roads and " before "Safety Authority"
_JOINED_BEFORE = re.compile(r"(?:\b[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+)+(?:and|of|for|&)\s+$")
# in brackets after a name: "(KRA)", or one written as a word ("(Kadhwu)", "(Labour)") or in
# mixed case ("(MetKelby)", "(TzSAMA)"); the word and its closing bracket
# (`SpeakerRules.acronym_introduced` adds the opening one)
_ACRONYM_INTRODUCED = rf"({ACRONYM_WORD}|[A-Z][a-z]{{2,7}}|[A-Z][a-z]*[A-Z][A-Za-z]*)\)"
# A rank or nickname in quotation marks before a name: '"General" Ada Obi', "'Doc' Ada Obi".
_EPITHET = r"[\"“‘'][A-Z][\w.-]*(?: [A-Z][\w.-]*)?[\"”’'] "
_QUOTED_EPITHET = re.compile(rf"{_EPITHET}(?=[A-Z])")
# A nickname inside a name: `Ben "Papa B" Moss` is read as "Ben Moss" after the nickname's
# length in spaces, so that the name keeps where it ends (`_nickname_out`).
_NICKNAME_INSIDE = re.compile(rf"(?<![\w'’-])([A-Z][\w'’-]*) ({_EPITHET})(?=[A-Z])")


def _is_plural(found: Speaker | None) -> bool:
    """A group named by a plural common noun ("the companies", "residents of Kelby"), which
    "it" does not stand for."""
    head = found.name.split(" of ")[0].split()[-1] if found and found.name else ""
    return bool(re.fullmatch(r"[a-z]+[^su]s", head))


def _nickname_out(m: re.Match[str]) -> str:
    return " " * len(m[2]) + m[1] + " "


# A generation's or a reign's number after a name, "II" to "XXXIX" and "V" ("Pope Gregory
# XVII"; not "I" or "X", a pronoun and a platform)
_REGNAL = r"(?!X(?![IVX]))(?:X{1,3}(?:IX|IV|V?I{0,3})|IX|IV|V?I{2,3}|VI?)"
# A person's name and the generation written after it: "Frank Doe III", "Ana Ruiz Jr." (the
# generation is part of the name, where post-nominal letters are not).
_GENERATION = re.compile(
    # (with a middle initial or a nickname: "Frank J. Doe Jr.", 'Frank "Bud" Doe Jr.')
    r"\b([A-Z][\w'’-]+(?:\s+(?:[A-Z](?:[\w'’-]+|\.)|[\"“‘][A-Z][\w.-]*[\"”’]))*?"
    r"(?:\s+[A-Z][\w'’-]+)?),?\s+"
    rf"((?:Jr|Sr)\.?|{_REGNAL})(?!\w)"
)
# A generation after a name, alone: "Jr.", "III"
_GENERATION_WORD = re.compile(rf"(?:Jr|Sr)\.?|{_REGNAL}")
# A US or Canadian legislator's party and home (", D-Ohio,", " (R-Texas)") or ward (" (12th)"),
# after the name (with the comma after it where the cue follows); a party or a constituency
# in brackets right before the cue (" (Green)", " (Lab)", " (Kelby West)"); an officer's
# " (retd)" after the name.
_PARTY_LABEL = re.compile(
    r",\s+(?:[DRI]|Ind)-[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?(?:,\s*$|(?=,))"
    r"|\s+\((?:(?:[DRI]|Ind)-[A-Z][\w.'’ ]*|\d+(?:st|nd|rd|th)(?:\s+[Ww]ard)?|[Rr]et(?:ire)?d\.?)\)"
    rf"|\s+\([{_UPPER}][^()\n]{{0,40}}\)$"
)
_EPITHET_AT_END = re.compile(rf"{_EPITHET}$")
# An acronym opening a sentence: "The KRA closed ...", "FNTE said".
_ACRONYM_OPENING = re.compile(rf"(?:[Tt]he\s+)?({ACRONYM_WORD})(?=\s|,)")
_ACRONYM_AT_END = re.compile(rf"(?<![\w-])(?:[Tt]he\s+)?({ACRONYM_WORD})$")
# A passive's agent: "was rated top by inspectors".
_BY_GROUP = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\S+\s+){1,4}?by\s+([^,.;:]+)")
_AFFILIATION = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?[\w'’&-]+(?:\s+[\w'’&-]+){0,5}$")
# Someone by their home town: "Ottawa native", "Lagos native".
_PLACE_NATIVE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,3}native")
# "the" and up to two modifiers before a nationality noun: "the 24-year-old Belgian".
_BEFORE_DEMONYM = re.compile(r"\b[Tt]he\s+(?:(?:\d+-year-old|[a-z-]+)\s+){1,2}$")
_ONE_OF = re.compile(
    r"\b(?i:one|two|three|four|five|some|several|both) of (?:the|those|these) [a-z]+$"
)
# "The agency quoted Jane Doe as" (saying): Doe is the subject of the cue that follows.
_QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+\S.{0,80}\sas$")
# "Jane Doe was quoted by the agency as" (saying): the subject speaks, not the agency.
_QUOTED_BY = re.compile(
    r",?\s+(?:was|were|is|are|has\s+been|had\s+been)\s+quoted\s+by\s.{0,80}\sas$"
)
# A word in capitals right after a name ("Kelby FK"), which no run of names takes in.
_CAPITALS_AFTER = re.compile(r" ([A-Z]{2,4})\b")
# Numbers written as words, and the quantifiers that open a group's phrase like them ("Two
# nurses", "Several residents"): lower case in a speaker's name, as written mid-sentence.
NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten"
# A count opening a run of capitalised words: "Two " in "Two Kelby National Guard soldiers"
_COUNT_OPENING = re.compile(rf"(?:{NUMBER_WORDS.title()}) (?=[A-Z])")
# A lower-case plural noun right after a run: " soldiers"
_PLURAL_NOUN_AFTER = re.compile(r"\s+[a-z]+s\b")
# A subject that names nobody who spoke: "neither club", "no official", "nobody".
_NOBODY = re.compile(
    r"(?<![\w'’-])(?:[Nn]either|[Nn]o|[Nn]obody|[Nn]o one)(?:\s+[a-z][\w'’-]*){0,2}\s*$"
)
# A clause's whole subject that is part of a group named before: "Many said", "Others warned".
_PART_OF_GROUP = frozenset(["many", "several", "some", "most", "others", "many of them"])
_WORD = re.compile(r"\b[A-Za-z]+\b")
_QUANTIFIERS = frozenset(
    ["some", "several", "many", "most", "both", "few", *NUMBER_WORDS.split("|")]
)
# A share of a group right before it: "two of", "most of", "a majority of".
_SHARE = (
    rf"(?i:{'|'.join(sorted(_QUANTIFIERS))}|\d+|half|all|none|each|a\s+few|a\s+number|"
    r"a\s+majority|a\s+minority)\s+of\s+"
)
_SHARE_OF = re.compile(rf"(?:^|(?<=\s))({_SHARE})$")
# A day of the week, as a time phrase ("said Thursday", "on Monday denied").
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# An "-ly" adverb (not "family", "rally", "assembly", "supply", "ally").
LY_ADVERB = r"(?!(?:family|ally|rally|assembly|supply)\b)[a-z]+ly"
# One before a verb (not an adjective: "early", "only", "daily").
_VERB_ADVERB = (
    r"(?!(?:early|only|likely|daily|weekly|monthly|yearly|elderly|friendly|costly|holy)\b)"
    + LY_ADVERB
)
# A time phrase after a subject: "on Tuesday", "last month", "earlier this week".
_TIME_PHRASE = (
    rf"today|yesterday|tonight|(?:on\s+)?{WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?|"
    r"(?:last|this|earlier\s+this|late\s+last|early\s+this)\s+"
    r"(?:week|month|year|weekend|morning|afternoon|evening|night|spring|summer|autumn|winter)"
)
_TIME_AT_END = re.compile(rf"\s+(?:{_TIME_PHRASE})$")
# An example of a group set off by commas after it: "Nurses, including ..., said".
_INCLUDING = re.compile(r"\s*(?:including|among\s+them|notably|such\s+as)\s")
# What opens a sign's or a placard's noun phrase: "a sign", "one banner", "one lecturer's
# placard"
_DISPLAY_DETERMINER = r"[Tt]he|[Aa]n?|[Oo]ne|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[\w-]+['’]s"
# "by" before who put it up: "banners hung by a local group"
_BY_WHOM = re.compile(r"\bby\s+")
# A lower-case article right before a word: "welcomed the | announcement".
_ARTICLE_END = re.compile(r"\b(?:the|a|an)\s+$")
# Words between a subject and its cue that do not stop the subject being the cue's
# ("Moscow has repeatedly called", "Doe later told reporters", "he also said").
_BETWEEN = re.compile(
    r"(?:\s+(?:has|have|had|was|is|were|also|later|further|then|again|previously|since|once|"
    r"himself|herself|themselves|itself|"  # ("Doe herself admitted")
    r"already|still|nevertheless|however|now|even|often|first|last|reportedly|just|are|long|"
    r"always|did|does|do|"  # ("did confirm": a stressed verb)
    rf"{_TIME_PHRASE}|"
    rf"{LY_ADVERB}|"
    r"(?:seemed|seems|appeared|appears|went on|goes on)\s+to|"
    # ("one woman can be heard saying" in a video)
    r"(?:can|could)\s+be\s+(?:heard|seen)|(?:is|was)\s+(?:heard|seen)))+\s*$"
)
# A noun phrase with a determiner and a comma right before a name in apposition to it: "called
# her rival, Jane Doe,", "beat the second seed, Jane Doe,", "met with the businessman, Jane
# Doe,"; not after a cue ("said the coach, Jane Doe") or "of" ("The head of the fire service,
# Jane Doe, said" is the subject), nor after a preposition that opens the clause ("In the end,
# Jane Doe").
_APPOSED = re.compile(
    r"(?:^|(,\s*)|\b)(?!(?i:said|says|told|of)\b)(?P<word>[\w-]+)\s+"
    r"(?:his|her|their|its|our|my|your|the|a|an)\s+(?:[a-z\d-]+\s+){0,2}[a-z-]+,\s*$"
)
OPENING_PREPOSITION = re.compile(
    r"(?i:in|on|at|after|before|during|for|by|with|from|since|until|of|to|into|over|under|"
    r"about|across|through|amid|despite)"
)
_CONJUNCTIONS = r"and|but|while|though|although|as|when|whereas|yet|so"
_CONJUNCTION = re.compile(rf"^(?:{_CONJUNCTIONS})(?:\s+|$)", re.I)
# Words that may stand before a name at the start of its clause and leave it the subject
# ("former U.S. President Donald Trump", "Ukraine's President", "the Russian leader").
_LEAD_WORD = re.compile(
    r"(?:[A-Z][\w.'’-]*|[\w-]+(?:'s|’s)|the|a|former|then|acting|new|outgoing|incoming|"
    r"deputy|his|her|its|their)$"
)


FUNCTION_WORD = re.compile(
    r"(?:about|after|against|at|before|between|by|during|for|from|in|into|of|on|over|than|to|"
    r"under|with|without|and|or|but|is|was|were|are|be|been|has|have|had|said|says|told|met|"
    r"that|which|who|whom|whose|when|where|while|if|as|because|since|\w+ed|\w+ing)$",
    re.I,
)


_LONGEST_MENTION = 120  # characters: longer than any name or group a speaker is named by
# Whom a spokesperson speaks for: "a spokesman for the regulator", "... of Acme Ltd".
# (or a possessive's: "for its rival Kelby Mart")
_FOR_WHOM = re.compile(
    r"\s+(?:for|of|at)\s+((?:(?:the|his|her|its|their)\s+)?[\w'’.&-]+(?:\s+[A-Z][\w'’.&-]*)*)"
)
# A name of one word: "INDEC", "GrubRun", "kaufgut" is none.
_ONE_WORD_NAME = re.compile(r"[A-Z][\w'’&-]*")
# A lower-case word that describes the name after it: "rival Kelby Mart", "its rival Kelby".
_DESCRIPTOR_NAME = re.compile(
    r"(?:(?:the|his|her|its|their)\s+)?(?!the\b)[a-z][\w'’-]*\s+([A-Z].*)"
)
# Lower-case role words, then a name: "retired teacher Jane Doe", "82-year-old Jane Doe" (no
# "of", "for", ... between).
ROLE_THEN_NAME = re.compile(
    r"(?:(?:the|a|an)\s+)?"  # "the actor Jens Berg"
    r"(?:(?!(?:a|an|the|of|for|at|in|on|from|with|and|to|who|which|whose|that)\b)[a-z\d][\w-]*\s+){1,5}"
    r"([A-Z].*)"
)
# A role after up to four words, some capitalised, then a name: "Knesset member Jane Doe"
_MODIFIED_ROLE_NAME = re.compile(
    r"(?:(?:the|a|an)\s+)?(?:(?!(?:a|an|the|of|for|at|in|from|with|and|to)\b)[\w-]+\s+){1,4}"
    r"([a-z][\w-]*)\s+([A-Z].*)"
)
# What may open a sentence before its subject: a wire dateline ("KALTZ —", "BRANTWICK,
# 2 September —", "VESTRA, Sept 18 (Reuters) –"; a hyphen only after a space, as "US-China
# talks" has none), a live blog's time ("14:32 –") or a
# quantity ("Thousands of protesters").
# A time zone's abbreviation after a live blog's time ("ET", "BST", "AEDT").
_TIME_ZONE = (
    r"(?:[ECMP][SD]?T|AK[SD]?T|HST|GMT|UTC|BST|IST|CES?T|AE[SD]T|AC[SD]T|AW[SD]T|NZ[SD]T)\b"
)
DATELINE = re.compile(
    rf"[{_UPPER}][{_UPPER}.'-]*(?: [{_UPPER}][{_UPPER}.'-]*)*"
    r"(?:,\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
    # a date, or a region ("KELBY, Tarn (AP) -", "MARR, Republic of the Tarn Islands -")
    r"|[A-Z][a-z]+\.?(?:\s+(?:(?:of|and)\s+(?:the\s+)?)?[A-Z][a-z]+){0,3}))?"
    r"\s*(?:\([^)]*\))?(?:\s*[—–]+|\s+-+|:)\s*"  # (or a colon: "NEW DELHI: ")
    # a live blog's time ("14:05 ", "4.12pm: ", "9:05 a.m. ET "), or its time zone alone where
    # the sentence splitter broke after "a.m." ("ET The weather service said"; "PT" only before
    # an article: "PT Sinar Logam" is an Indonesian company)
    r"|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+" + _TIME_ZONE + r")?(?::\s+|\s+(?:[—–-]+\s*)?)"
    r"|(?!PT\s+(?!(?:The|A|An)\s))" + _TIME_ZONE + r"\s+(?=[A-Z])"
)
# An organisation's or a place's name in a phrase: capitalised words, with "of", "for",
# "and", "&" and "the" between them ("Kelby General", "the Institute for Roads and Bridges").
_NAME_WORD = r"[A-Z][\w'’.&-]*"
_NAME_JOINT = r"\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?"
_NAMED = rf"{_NAME_WORD}(?:{_NAME_JOINT}{_NAME_WORD})*"
# One of a plural, or another word of a few (narrower than `_SHARE`): "one of", "each of"
_ONE_OF_WORDS = r"(?:one|each|some|any|several)\s+of\s+"
# One of a plural, where someone unnamed works: "one of the affected firms", "one of the men".
_ONE_OF_PLURAL = (
    rf"{_ONE_OF_WORDS}(?:the|its|their|his|her)\s+(?:[a-z-]+\s+)?"
    r"(?:[a-z-]+s|(?:wo)?men|children|people)"
)
# Where someone unnamed works, after their role: "at the Harbour Authority", "in the capital",
# "at the central bank" (two lower-case words, the second no verb).
_UNNAMED_TAIL = (
    r"(?:\s+(?:at|in|with|from|for|of|to)\s+"
    rf"(?:{_ONE_OF_PLURAL}(?=[\s,.;:])|"
    # (a capitalised modifier and its noun after an article: "at a European carrier")
    rf"(?:(?:the|an?)\s+[{_UPPER}][\w-]*\s+(?!(?:{AUXILIARY}|said|told|who|which|that|and|or|"
    rf"but|of|for|in|at|on|to|with|from|by|de|du|des|del|da|do|di|[a-z]+ed|[a-z]+s)\b)[a-z]+"
    rf"(?=[\s,.;:])|(?:(?:the|an?)\s+)?"
    rf"(?:{_NAMED}"
    # (not the start of a name's description: "of software supplier Tarn Ltd")
    rf"|(?!(?:the|an?)\s)[a-z]+(?:['’]s)?"
    rf"(?:\s+(?!(?:{AUXILIARY}|said|told|who|which|whose|that|[a-z]+ed|[a-z]+s)\b)[a-z]+)?"
    r"(?=[\s,.;:])"
    rf"(?!\s+(?!(?:in|of|at|on|near|outside)\b)(?:[a-z]+\s+)?[{_UPPER}])"
    rf"(?:\s+(?:in|of)\s+{_NAMED})?))))?"
)
# (compiled: where someone unnamed works, after their mention)
WORKPLACE = re.compile(_UNNAMED_TAIL)
# "of" between a role and the body it serves: "the governor of the central bank"
_OF = re.compile(r"\s+of\s+")
_OF_END = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?$")
# "of" and one or two lower-case words before a body's name: "of the state Department of Roads",
# "of the retailers’ federation Handelsrådet", "of the Hong Kong-based Harbour Trust"
_OF_MODIFIER = re.compile(
    r"\sof\s+(?:the\s+)?(?:(?:[a-z]+(?:['’]s?)?\s+){1,2}|(?:[A-Z][\w'’.]*\s+)*[\w'’.]+-[a-z]+\s+)$"
)
# A person's place of work before a body's noun phrase: "an official in the ministry"
_AT_END = re.compile(r"\s+(?:at|with|from|of|in)\s+(?:the\s+)?$")
# A person's place of work, named, ending a subject: "an engineer with the Pacific Fund",
# "a nurse at Kelby General", "a former clerk for Tarn Motors"
# (or a place, perhaps a part of it: "a priest from central Tarn")
_AT_NAME = re.compile(rf"\s+(?:at|with|from|of|for|to|in)\s+(?:the\s+|{_REGION}\s+)?{_NAMED}$")
# A workplace's preposition: "a doctor at a clinic" (its place after "in" is the clinic's).
_WORKPLACE_BEFORE = re.compile(r"\s(?:at|with|from)\s")
# A verb of writing or telling with its object before a participle cue, no clause of its own:
# "wrote to parents at Kelby Academy saying"
_WROTE_TO = re.compile(
    r"(?<!been )(?<!were )(?<!was )(?<!are )(?<!is )"
    r"\b(?:wrote|writes|told|tells|posted|posts|tweeted|emailed|texted|messaged)\b"
    r"(?![^.;:]*\b(?:that|said|says)\b)"
)
# A determiner ending a clause, or "in" or "under" and one: the "-ing" word next is no
# participle ("told reporters the ruling party", "in a 40-page ruling")
_NOUN_NEXT = re.compile(
    r"\b(?:(?:in|under)\s+(?:an?|the|his|her|its|their)\s+[\w-]+|an?|the|his|her|its|their)$"
)
# An event that made someone speak, before the infinitive of a cue: "prompting the bank to",
# "forced the ministry to" (not "asked" or "urged": those ask for words not yet said)
_CAUSED_TO = re.compile(
    r"\b(?:prompt(?:ing|ed)|forc(?:ing|ed)|leading|led|caus(?:ing|ed)|spurr(?:ing|ed)|"
    r"compell(?:ing|ed))\s+(\S.*?)\s+to$"
)
# An indefinite noun phrase of up to three lower-case words, perhaps with a relative clause
# between commas after it, as a whole subject: "A diner", "A regular diner, who asked not to
# be named,"
_UNNAMED_SUBJECT = re.compile(
    r"((?:A|An)\s+(?:(?!(?:of|in|at|on|for|with|from|to|and|or|by)\b)[a-z][\w-]*\s+){0,2}"
    r"[a-z][\w-]*)(?:,\s+who\b[^,]*,)?"
)
# Whom something was said to, before a name: "told broadcaster", "in an interview with the"
_AUDIENCE_BEFORE = re.compile(
    r"\b(?:told|telling|speaking\s+to|in\s+an\s+interview\s+with"
    # (or whom a document went to: "In a filing to the Lima Stock Exchange, the company said")
    r"|(?:filing|letter|submission|notice)\s+to)\s+(?:the\s+)?(?:[a-z]+\s+)?$"
)
# Whose aide, friend or adviser someone is, by role: "an aide to the president", "a close ally
# of the governor"
_TO_ROLE = re.compile(
    r"\s+(?:of|to)\s+(the\s+(?:[A-Z][\w.-]*['’]s\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)$"
)
# "one of" (or "each of", ...) before a plural body: "at one of the firms"
_ONE_OF_END = re.compile(rf"\b{_ONE_OF_WORDS}$")
# A person's place, a common noun, ending a subject: "a fire officer at the scene", "a
# witness in the crowd", "a doctor at a children's hospital in Matanzas", "an engineer at
# another refinery"
_AT_PLACE = re.compile(
    # (a name may come first: "at the Kelby care home")
    r"\s+(?:at|in|on|near|outside|from|with|of)\s+(?:(?:the|an?|another)\s+(?:[A-Z][\w'’-]*\s+){0,3}"
    rf"[a-z][\w'’-]*(?:\s+[a-z][\w-]*)?|{_ONE_OF_PLURAL})"
    rf"(?:\s+(?:in|of)\s+{_NAMED})?$"
)
# Whose group it is, by name, after a group noun: "The central bank of Ostravia held ..."
# Months, capitalised but no organisation's name ("the ministry in March"), written out
# because `calendar` follows the locale; weekdays are no name words at all (`_NOT_NAMES`).
_MONTHS = frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
)
# No date: a capitalised word that is no weekday or month
_NO_DATE = rf"(?!(?:{WEEKDAY}|{'|'.join(sorted(_MONTHS))})\b)"
# A body's topic after its name: "on" and capitalised words ("on Veterans' Services" after
# "the Senate Committee"; not a date: "on Monday")
_ON_TOPIC = re.compile(
    rf"\s+on\s+(?:the\s+)?{_NO_DATE}[A-Z][\w'’-]*(?:\s+(?:(?:and|of|for)\s+)?[A-Z][\w'’-]*)*"
)
# (and the town the body sits in: "Researchers at the Polar Institute in Tromsø")
_IN_TOWN = rf"\s+in\s+{_NO_DATE}[A-Z][\w'’-]*"
# Two or three capitals after a name, ending a phrase: a country's code ("Kelby Voices UK")
_CODE_AFTER = re.compile(r" [A-Z]{2,3}(?![\w'’-])")
# A capitalised name right after a group's noun: "the business association Tarn Traders"
_NAME_AFTER = re.compile(rf" {_NO_DATE}((?:[{_UPPER}][\w'’&-]*)(?: [{_UPPER}][\w'’&-]*){{0,3}})")
# "of" and up to four words before a comma: " of 12 parishes,"
_OF_BEFORE_COMMA = re.compile(r"\s+of\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+,")
# Up to three lower-case words after a name, and the town they are in: "(the Aylward) estate
# in Lewisham", "(the Lygon Park) public housing towers in Carlton"
# (no verb among them: not "Residents of the Kelby estate protested in Tarn")
_PLACE_NOUN_AFTER = re.compile(
    rf"(?:\s+(?!(?:{AUXILIARY}|say|says|said|[a-z]+ed)\b)[a-z][\w-]*){{1,3}}{_IN_TOWN}"
)
_NAMED_TAIL = re.compile(rf"\s+(?:of|at|for|in)\s+(?:the\s+)?{_NAMED}(?:{_IN_TOWN})?")
# Whom a document was sent to, after its author: " to the council" (not "the Committee to
# Protect Journalists")
_ADDRESSEE = re.compile(r"\s+to\s+(?=(?:the|a|an|his|her|its|their|all)\s)")
# A subordinate clause's conjunction, before its subject.
_SUBORDINATE_START = re.compile(r"\b(?:after|when|as|because|while|since|before|once)\s+")
_LEAD_IN = re.compile(
    rf"(?:{DATELINE.pattern})?(?:(?i:{_TIME_PHRASE})\s+)?"
    r"(?:(?:Thousands|Hundreds|Dozens|Scores|Millions|Some|Many|Several|Most) of (?:the )?)?"
)
# An unnamed individual: "one neighbour", "a retired nurse", "another"; the same words anywhere
# (`_INDEFINITE_WORD`): where someone unnamed may be.
_INDEFINITE = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s")
_INDEFINITE_WORD = re.compile(rf"(?<![\w'’-]){_INDEFINITE.pattern}")
# Someone the text does not name, by any noun: "one reviewer", "another local trader".
# (not where someone works: "an engineer at another refinery")
_UNNAMED = re.compile(
    r"(?<![\w'’-])(?<!\bat\s)(?<!\bin\s)(?:[Oo]ne|[Aa]nother)"
    r"(?:\s+(?!(?:of|in|at|on|for|to|with|by|from|and|or|but|who|which|that|is|was|has|had|"
    r"have|were|are|will|would|can|could|said|says|told|day|week|month|year|time)\b)[a-z][a-z-]*)"
    r"{1,3}(?![\w-])"
)
# A capitalised age, which opens no name: "Nine-year-old", "52-year-old" (but "Ji-ho" does)
_DESCRIPTOR = re.compile(r"\w+-year-old")
# A person named by age: "the 29-year-old wrote"; resolved like "he" or "she".
_AGED = re.compile(r"(?<![\w-])(?:[Tt]he|[Aa]n?)\s+\d+-year-old(?![\w-])")
# The lower-case word before a comma that ends the text: "The port operator, " (a name follows).
_WORD_BEFORE_COMMA = re.compile(r"([a-z]+),\s$")
_PRONOUN_GENDERS = {"he": "man", "she": "woman"}
_DETERMINER = re.compile(r"^(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+")
# Documents a platform carries, named by it: "a Facebook post", "a TikTok video"
_POSTED = frozenset(["post", "posts", "message", "messages", "video", "videos", "tweet", "tweets"])
# A noun phrase and whom it went to: "A report to the cabinet", "a letter sent to parents"
_SENT_TO = re.compile(
    r"\s*((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
    r"(?:sent\s+|addressed\s+|submitted\s+|presented\s+)?to\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}"
)
# A date after "from", no author: "a memo from November", "a report from last spring"
_FROM_DATE = (
    rf"from\s+(?:{'|'.join(sorted(_MONTHS))}|{WEEKDAY}|\d{{4}}|last|this|early|late|earlier"
    r"|spring|summer|autumn|fall|winter)\b"
)
# ... and a document dated so, up to the date: "An inspection report from early 2024"
_DATED = re.compile(
    rf"\s*((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+)\s+{_FROM_DATE}"
    r"(?:\s+[\w'’-]+){0,2}"
)
# "of" before the number a survey asked: "a survey of 1,200 shops" (and all of it, at the end)
_SAMPLE_OF = r"of(?=\s+(?:more\s+than\s+|nearly\s+|over\s+|almost\s+)?\d)"
_SAMPLE = re.compile(rf"\s{_SAMPLE_OF}\s+(?:[^,;:]|(?<=\d),(?=\d))*$")
# The last items of a list inside a body's name, and the name before them: "the Ministry of
# Higher Education, Research and Innovation"
_NAME_LIST_TAIL = re.compile(
    r"\s+(?:[A-Z][\w'’-]*\s+)*(?:and|&)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
)
_OF_NAME_END = re.compile(r"\b(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*$")
_PARTICIPLE = r"(?:[a-z]+ed|seen|written|drawn\s+up|made)"
# A noun phrase and the participle that begins its description: "an annual count released
# on Thursday", "a report tabled in parliament" (not one before its noun: "the written
# ruling", "the panel's written reasons")
_PARTICIPLE_AFTER = re.compile(
    rf"(.+?)(?<!\b[Tt]he)(?<!\b[Aa])(?<!['’]s)\s+{_PARTICIPLE}(?:\s+\S.*)?"
)
# The participle after a body's name that says what became of its document: "figures from
# the Central Bank of Kelby published on Monday"
_DONE_AFTER_NAME = re.compile(rf"\s+{_PARTICIPLE}\b")
# A document's phrase for the outlet that saw it: " seen by", " obtained by".
_SEEN_BY = re.compile(r"\s+(?:seen|obtained|reviewed|viewed)\s+by\b")
_PUBLISHED = r"(?:published|released|issued|compiled|commissioned)"
# A document and when it came out, as a subject: "An Environmental Protection Agency report
# published in May (found)"
_DOCUMENT_THEN_DONE = re.compile(
    rf"\s*((?:[Aa]n?|[Tt]he)\s+[^,;:]+?)\s+{_PUBLISHED}(?:\s+(?:in|on|last|this)\s+\w+)?"
)
# A document and the pronoun that names who put it out: "a statement it released after".
_PRONOUN_AUTHOR = re.compile(
    rf"(.+?)\s+(it|they|he|she)\s+(?:{_PUBLISHED}|put\s+out|sent|posted|filed|shared)\b.*"
)
# ... and at the end of a source's phrase: "minutes of the rates meeting published"
_DOCUMENT_DONE_AT_END = re.compile(rf"\s+{_PUBLISHED}$")
# The noun phrase that opens a sentence, up to its verb or comma: "The study, by ...", "The
# survey was ...", "The ruling said ...", "A staff report presented ..."
_DOCUMENT_OPENING = re.compile(
    # (or its owner's name: "Galbraith's 140-page report, published on Friday, said")
    r"((?:The|This|That|An?|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}['’]s)\s+(?:[\w-]+\s+)??[\w-]+)"
    r"(?:,|\s+(?:was|is|has|had|also|said|says|found|finds|[a-z]+ed)\b)"
)
# A place's "-based" before a noun: "the São Paulo-based company", "the London-based firm",
# "the Oslo-listed company"
_BASED = re.compile(
    r"the\s+(?:[A-Z][\w'’.-]*\s+)*[\w'’.-]+-(?:based|listed|headquartered)\s+(?=[a-z]+$)"
)
# A noun phrase and the topic after it: "the report on the first year", "an inquiry into";
# or the journal it appeared in: "a study in the Journal of Sleep"
_TOPIC_AFTER = re.compile(
    rf"(.+?)\s+(?:on|into|about|{_SAMPLE_OF}|in(?=\s+(?:the\s+)?[Jj]ournal\b))\s+\S.*"
)
_ROMAN = re.compile(r"[IVXL]+")
_SUBJECT_FORMS = {"him": "he", "her": "she", "them": "they"}
# A person's possessive before a document, and whom it names: "his post", "her letter"
_PERSON_POSSESSIVE = re.compile(r"([Hh]is|[Hh]er)\s")
_POSSESSIVE_SUBJECTS = {"his": "he", "her": "she"}
# An age before a description: "The 58-year-old former general".
_AGED_BEFORE = re.compile(r"\b[Tt]he\s+\d+-year-old\s+$")
# A verb in the plural right after a name: British usage for a team or a firm.
_PLURAL_VERB = re.compile(r"\s+(?:have|are|were)\b")
# A phrase up to the next comma, stop or quotation mark (60 characters at most, and the rest
# of the word there: "the National Security Department of the Hong Kong Police Force"), past
# the comma or point inside a number ("1,300 residents").
_PHRASE = re.compile(r"\s*(\w(?:[^,.;:!?“”\"‘]|(?<=\d)[,.](?=\d)){0,60}\w*)")
# The lower-case word right after a position, and right before one.
_WORD_AFTER = re.compile(r"\s([a-z][a-z-]*)\b")
_WORD_BEFORE = re.compile(r"\b([a-z][a-z-]*)\s+$")
# A passive cue names no speaker: "residents have been told", "it was reported".
_PASSIVE = re.compile(r"\b(?:be|been|being|is|was|were|are)(?:\s+\w+ly)?\s*$", re.I)
_PASSIVE_ENDS = ("be", "been", "being", "is", "was", "were", "are", "ly")


def is_passive(clause: str) -> bool:
    """Whether a cue right after `clause` is passive ("residents were told")."""
    # Only a clause ending in an auxiliary or an "-ly" adverb can be: a cheap test first.
    return clause.rstrip()[-5:].lower().endswith(_PASSIVE_ENDS) and bool(_PASSIVE.search(clause))


# A capitalised word right before a cue, perhaps past one word ("..., Doe said", "Doe also said").
_NAME_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*[a-z])\s+(?:\w+\s+)?$")
_SAID_NAME = re.compile(r"\b(?:said|says)\s+(?:[A-Z][\w'’-]*\s+)*([A-Z][\w'’-]*[a-z])\b")
# A possessor and up to three words before a cue ("Doe's repeated promise that").
_POSSESSIVE_BEFORE = re.compile(r"(?:'s|’s)(?:\s+(?:[a-z-]+|\d{4})){0,3}$")  # "’s 2021 pledge"
# A lower-case letter and a space, which a role before a name ends with.
_LOWER_THEN_SPACE = frozenset(f"{c} " for c in "abcdefghijklmnopqrstuvwxyz")
# A word in capitals right before a name: "MP Jane Doe".
_CAPITALS_BEFORE = re.compile(r"\b([A-Z]{2,4}) $")
# A relative pronoun right before a cue ("Campaigners, who call", "drivers who said").
_WHO = re.compile(r",?\s+(?:who|which)$")
# A relative clause with no comma before the cue: "Parents who crowded the gym said".
_RELATIVE_WHO = re.compile(r"\s+who\s+[^,;:]+$")
# What opens a noun phrase that is a subject: a determiner or a number, found inside a longer
# mention ("to repay 340 tenants who said"; `_PHRASE_OPENING`), or also a capital where a clause
# starts ("At the depot, a driver who ... said"; `_SUBJECT_OPENING`).
_DETERMINER_WORD = r"(?:a|an|the|one|two|three|four|five|several|some|many|most)\s"
_PHRASE_OPENING = re.compile(rf"(?<![\w'’-])(?:\d|{_DETERMINER_WORD})")
_SUBJECT_OPENING = re.compile(rf"\s*(?:[A-Z\d]|{_DETERMINER_WORD})")
# An apposition that describes the name before it: ", a fund manager at Corran Capital".
_DESCRIBED = re.compile(r"(?<=[a-z]),\s+(?:a|an|the)\s+[^,]*$")
# An age, a home town or a description in apposition ending a name's phrase: "Jo Doe, 37,
# from Iloilo", "Jo Doe, 37, a nurse"
_AGE_OR_HOME_END = re.compile(r",\s+(?:\d{1,3}|from\s+[A-Z][^,]*|(?:a|an)\s+[^,]*)$")
# An age in apposition at the end of a name: "Jane Doe, 74".
_AGE = re.compile(r",\s*\d{1,3}$")
# A preposition of place right before a name: "In Hollin Cross, ...", "a farm near Tarn Mill",
# "the post at Sungai Lebar".
_IN_PLACE_WORDS = r"[Ii]n|[Nn]ear|[Oo]utside|at"
_IN_PLACE = re.compile(rf"\b(?:{_IN_PLACE_WORDS})\s$")
# A person's noun and "from" before where they come from: "a caller from ".
_NOUN_FROM = re.compile(r"\b([a-z-]+)\s+from\s$")
# A capitalised word and "for" or "of" before a title's field: "Undersecretary for ".
_TITLE_FOR = re.compile(r"\b([A-Z][\w-]*)\s+(?:for|of)\s$")
# ... and with "On", "At" and "From", before a one-word place: "On Naxos, a British visitor,"
_PLACE_PREPOSITION = re.compile(rf"\b(?:{_IN_PLACE_WORDS}|At|[Oo]n|[Ff]rom)\s$")
# An adjective of nationality: "Japanese", "Danish", "French", "Korean", "Saudi"
_NATIONAL = re.compile(r"[A-Z][a-z]+(?:ese|ian|an|ish|ch|i)")
# A nationality's adjective that is no noun for its people and no firm's name ("Swedish",
# "Japanese", "Dutch"; not the "-an" of "Nissan")
_NATIONALITY_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ish|ese)|Dutch|French|Czech")
# "the company", or a description of it in lower case, perhaps with a nationality or a seat:
# "the Finnish forestry group", "the Riga-based airline", "the state-owned company"
_DESCRIBED_FIRM = re.compile(
    rf"(?i:the)(?:\s+(?:[a-z][\w-]*|(?:[A-Z][\w-]*\s+)?[A-Z][\w-]*-based|{_NATIONAL.pattern})){{0,3}}"
    # (a place of two words before "-based", and a hyphened noun: "the Port Kelby-based
    # start-up")
    r"\s+[a-z]+(?:-[a-z]+)?"
)
# ", whose treasurer, Ines Moll,": a role after "whose" and the name apposed to it, ending
# the subject
_WHOSE_ROLE = re.compile(
    rf",\s+whose\s+(?:[a-z-]+\s+){{0,3}}[a-z-]+,\s+(?=[{_UPPER}][\w'’.-]*(?:\s+[{_UPPER}][\w'’.-]*){{0,3}},$)"
)
# The word right before a name, after a space
_WORD_BEFORE_NAME = re.compile(r"([\w'’.-]+) $")
# Two spaces or more: what `_blanked` left of an acronym in brackets
_BLANKED = re.compile(r"(?<=\S)\s{2,}")
# A document with no author that spoke: "an independent review found", "a leaked memo said"
# (verbs a document speaks with, not every cue: "in a notice posted on its website" is a
# participle, no speaking)
_DOCUMENT_SPOKE = re.compile(
    r"\b((?:[Aa]n?)\s+(?:[a-z-]+\s+){0,2}[a-z]+)\s+(?:has\s+|had\s+)?"
    r"(?:found|said|says|concluded|warned|showed|shows|revealed)\b"
    # (or was the source: "..., according to a leaked internal memo.")
    r"|\baccording\s+to\s+(an?\s+(?:[a-z-]+\s+){0,2}[a-z]+)(?=[.,;])"
)
# A town's name after a preposition, at the end: "a nurse at a clinic in Bendigo"
_TOWN_AT_END = re.compile(
    r"\b(?:in|near|from|outside)\s+(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*$"
    r"|\b(?:of|at)\s+St\.?\s+[A-Z][\w'’-]*['’]s?$"  # a parish or a school: "vicar of St Anne's"
)
# A place's name as a possessive, of up to three words: "Tarn's", "South Africa's", "Côte
# d'Ivoire's".
_PLACE_POSSESSIVE = rf"(?:[{_UPPER}][\w-]*\s+(?:d['’])?){{0,2}}[{_UPPER}][\w-]*['’]s"
# A capitalised word right after a name: "Rica" of "Costa Rica".
_CAPITAL_NEXT = re.compile(r" ([A-Z][\w'’-]*)")
# An owner's possessive opening a noun phrase: "the EU's ", "Tarn's ".
_OWNED_BY = re.compile(rf"^(?:the )?{_PLACE_POSSESSIVE}\s")
# A subject of "the" and up to three lower-case words opening its clause: "The auction house".
_DEFINITE_SUBJECT = re.compile(
    r"(?:^|[,;]\s+|\b(?:But|And)\s+)[Tt]he\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*$"
)
# Verbs of saying or finding whose subject is who speaks ("The auction house said", "The unit
# found"; not "The rise showed").
_PLAIN_SAYING = frozenset(
    [
        "said",
        "says",
        "say",
        "told",
        "added",
        "warned",
        "confirmed",
        "insisted",
        "announced",
        "denied",
        "argued",
        "claimed",
        "noted",
        "stressed",
        "wrote",
        "found",
        "concluded",
        "ruled",
        "reported",
        "estimated",
    ]
)
# A comma inside a number: "250,000".
_IN_NUMBER = re.compile(r"\d,\d")
# One of a group a pronoun stands for: "One of them", "Another of those".
_SHARE_OF_THEM = re.compile(r"\s*(?:One|Another) of (?:them|those|us)\s*")
# "One" and the noun it counts: "One delegate", "one source".
_ONE_OF_THEM = re.compile(r"\b[Oo]ne\s+([a-z]+)\b")
# An initial with its full stop: "K."
_INITIAL = re.compile(rf"[{_UPPER}]\.")
# Initials with their full stops, written together: "T.R."
_INITIALS = re.compile(rf"(?:[{_UPPER}]\.)+")
# A sentence's opening phrase up to its comma: "At a shelter in the town, ".
_OPENING_PHRASE = re.compile(rf"(?:{OPENING_PREPOSITION.pattern})\s[^,]*,\s*$")
# The end of a quotation before an inverted cue ("...,” said Jo Doe").
_AFTER_QUOTATION = frozenset(f"{mark} " for mark in "”\"’'")
# A name and the opening of its apposition, up to a role: "Jo Doe, a 52-year-old ".
_NAME_APPOSED = re.compile(
    r"((?:[A-Z][\w'’.-]*\s)*[A-Z][\w'’.-]*),\s+(?:(?:a|an|the)\s+)?[^,.;:\n]*$"
)
# A description in apposition between a name and its cue: ", the original winners, ".
_DESCRIPTION_BETWEEN = re.compile(r",\s+(?:the|a|an|its|their)\s+([^,.;:!?\n]{1,60}?),\s*")
# An age in apposition right after a name: "Jane Doe, 74, ...".
_AGE_AFTER = re.compile(r",\s*\d{1,3},")
# An age as a noun in apposition: "Nasir, a 31-year-old from Herat,".
_YEAR_OLD_AFTER = re.compile(r",\s+an?\s+\d{1,3}-year-old\b")
# The end of a sentence right after a mention: "... the Rev. Jane Doe." (no verb follows).
_ENDS_SENTENCE = re.compile(r"[.!?]['’\"”]?(?:\s+[A-Z“\"‘']|\s*$)")
# A first name and a surname around a quoted nickname: `Harold "Hal" Brennagh`.
_LONGEST_NICKNAME = 20
_FIRST_NAME = re.compile(rf"(?<![\w'’-])({_RUN_WORD}) $")
# (the surname may be two words: `Ana "Nena" Soto Vidal`)
_SURNAME = re.compile(rf" ({_RUN_WORD}(?: {_RUN_WORD})?)(?![\w'’-])")
# "what the council calls", "What critics of the plan dubbed": the phrase between "what" and
# the cue (up to six words, no punctuation) names who uses the quoted words.
_WHAT = re.compile(r"(?<![\w'’-])(?i:what)\s+((?:[\w'’.-]+\s+){0,5}[\w'’.-]+)$")
_CLAUSE_BREAK = re.compile(r"[,;:–—]")
# A lower-case word before a determiner, in the words before a name: the name is an object.
_VERB_THEN_DETERMINER = re.compile(r"\b[a-z][\w-]*\s+(?:the|a|an|his|her|their|its)\s")
# Prepositions of place and time, whose object is no cue's subject: "a man who fell in Kelby
# told", "Farmer Jean Doe from Highfold told" (but "analysts at Corran": the source; "a
# statement from Acme" is its publisher's, found before); nor is a journal that carried a
# study ("a study in the journal Lab Animals found").
_PLACE_PREPOSITIONS = frozenset(
    {"in", "on", "near", "off", "into", "since", "during", "until", "across", "outside", "from"}
    | {"inside", "around", "through", "throughout", "within", "towards", "journal"}
)
# Words before a place's name: the prepositions above, "of" and "at" ("a resident of Tarnow").
_BEFORE_A_PLACE = _PLACE_PREPOSITIONS | {"of", "at"}
# A common noun's possessive after "the": "the league's".
_COMMON_THE = r"[Tt]he\s+[a-z][\w-]*['’]s"
# A lower-case word that may modify the noun after it ("the city council"), no preposition
# or conjunction: "passed the files to police" names no police.
_NOUN_MODIFIER = r"(?!(?:to|of|for|at|by|with|from|in|on|into|and|or|than|as)\s)[a-z][\w-]*\s+"
# A word that ends a body's description before its noun: a determiner or a past participle
_NOT_DESCRIBING = re.compile(r"\b(?:the|an?|this|that|its|their|\w+ed)\s")
# A common noun's possessive before a name: "the central bank's" (a place's stays: "Tarn's
# Foreign Ministry").
_COMMON_OWNER = re.compile(r"(?:(?i:the|a|an)\s+)?(?:[a-z][\w-]*\s+)*[a-z][\w-]*['’]s\s+(?=[A-Z])")
# A modifier before an organisation's name: "the London-based", "Kremlin-linked".
_MODIFIER = re.compile(
    rf"[\w'’]+-(?:{_PLACE_MODIFIER}|owned|backed|led|run|linked|funded|affiliated|aligned|listed|"
    r"registered|of-[\w'’]+)"  # and "Mum-of-two", "father-of-three"
)
# Words each with a capital, in a row: "Kelby", "Port Tarn"
_CAPITALISED_WORDS = rf"[{_UPPER}][\w'’-]*(?: [{_UPPER}][\w'’-]*)*"
# A name after such a modifier: "the Harlow-based Tindall Foods Group", "Cape Town-based
# Orvia".
_MODIFIED_NAME = re.compile(rf"(?:[Tt]he\s+)?(?:[A-Z][\w'’.]*\s+)*{_MODIFIER.pattern}\s+(?=[A-Z])")
# A plural noun, no verb before an object: "events" in "the next six tour events" (not
# "says that", "warns the").
_PLURAL_NOUN_NEXT = re.compile(
    rf"(?!(?:{AUXILIARY})\b)[a-z]+s\b(?!\s+(?:that|the|a|an|his|her|its|their)\b)"
)
# A word and its field in lower case before a name, a role where the word is one: "head of
# recruitment ", "director of football operations ".
_ROLE_OF_FIELD = re.compile(
    r"^\s*([a-z]+)\s+of\s+(?:(?!(?:at|for|in|with|of|the)\s)[a-z]+\s+){1,2}(?=[A-Z])"
)
# An organisation's name after "the" and a lower-case description: "the opposition Green
# Alliance", "the independent Fiscal Council"; not a jurisdiction's word, which tells one body
# from another ("the provincial Department of Environment", "the state Department of Revenue").
_DESCRIBED_NAME = re.compile(
    r"[Tt]he\s+(?:(?!(?:of|for|at|in|on|and|to|from|with|by|state|county|city|town|district)\b"
    r"|[a-z]+al\b)[a-z][\w-]*\s+){1,2}"
    rf"({_NAME_WORD}(?:{_NAME_JOINT}{_NAME_WORD})+)"
)
# Researchers at a named place ("researchers at the University of Kelby", "researchers at
# the Polar Institute in Tromsø"), whom "the team" or "the researchers" stand for later
_RESEARCH_TEAM = frozenset({"the team", "the researchers", "the scientists"})
_RESEARCHERS_AT = re.compile(
    r"\b[Rr]esearchers\s+(?:at|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’-]*)*"
    rf"(?:{_IN_TOWN})?"
)
# The city or region a body sits in, after its noun: "the foreign ministry in Port Tarnow",
# "the mission in southern Tarn".
_SEAT = re.compile(
    rf" in (?:{_REGION} )?(?!(?:{WEEKDAY}|{'|'.join(_MONTHS)})\b)"
    rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,2}}(?![\w'’])"
)
# Nothing but spaces, auxiliaries and adverbs between a subject and its cue; or a possessive
# before a cue used as a noun ("Acme's claim").
_BETWEEN_ONLY = re.compile(rf"\s*|['’]s\s+|{_BETWEEN.pattern.removesuffix('$')}")
# "it said", "they added": the organisation or group that spoke last.
_IT_THEY = re.compile(r"\b(?:it|they|It|They)\b")


def _longest(matches: Iterable[re.Match[str] | None]) -> re.Match[str] | None:
    """The actor table's match if there is one (its aliases name people for sure), else the
    longest ("Police chief" over "Police")."""
    first, *others = matches
    if first:
        return first
    return max((m for m in others if m), key=lambda m: len(m.group()), default=None)


# letters that Unicode does not decompose into a base letter and a diacritic
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D"})


def _plain(word: str) -> str:
    """A word in lower case without diacritics ("María" -> "maria", "Łukasz" -> "lukasz")."""
    word = unicodedata.normalize("NFKD", word.translate(_UNDECOMPOSED))
    return word.encode("ascii", "ignore").decode().lower()


# two given names before one surname: "Luke and Ben Doe"
_SHARED_SURNAME = re.compile(
    rf"\b([{_UPPER}][{_LOWER}]+) and ([{_UPPER}][{_LOWER}]+) ([{_UPPER}][\w'’-]+)"
)


def _name_start(words: list[str]) -> int:
    """Where a person's name starts in a run ending with the surname: a first name and the
    surname, with any initials ("K. Venkatesh Reddy", "P. R. Venugopal", "John F. Kennedy")."""
    if len(words) < 2:
        return 0
    start, initials = len(words) - 2, 0
    while start >= 0 and re.fullmatch(r"[A-Z]\.", words[start]):  # initials as first names
        start, initials = start - 1, initials + 1
    if initials:  # one middle initial keeps its first name; several are the first names
        return start if initials == 1 and start >= 0 else start + 1
    while start > 0 and re.fullmatch(r"[A-Z]\.", words[start - 1]):
        start -= 1
    return start


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans merged where they overlap (a nested quotation lies inside its outer one)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _lower_the(name: str) -> str:
    """ "The ministry" as "the ministry", "Another source" as "another source": a name's
    capital "The" or "Another" is only the sentence's."""
    return re.sub(r"^(?:The|Another)\b", lambda m: m.group().lower(), name)


class Speaker(NamedTuple):
    """A resolved speaker: canonical name, type (person/organisation), listed in the actor table."""

    name: str
    type: str
    known: bool


@dataclass(frozen=True)
class SpeakerRules:
    """A study's actors, cues and speaker word lists, compiled once per call."""

    actors: ActorIndex
    types: dict[str, str]  # actor -> person or organisation
    cues: re.Pattern[str]
    continuing: frozenset[str]
    noun_cues: frozenset[str]  # cues used as nouns before "that" ("a warning that")
    bodies: re.Pattern[str]  # speaking bodies, anchored at the end of a string
    company_nouns: frozenset[str]  # "the company", "the airline": the company named before
    public_bodies: frozenset[str]  # "court", "forum": "the company" is never a name ending so
    naming_nouns: frozenset[str]  # nouns before an organisation's one-word name ("union Unify")
    group: str  # the regular expression of a group noun phrase ("Ukrainian officials")
    group_heads: frozenset[str]  # the nouns a group noun phrase ends with
    speaks_for: frozenset[str]  # "spokesman": the organisation spoken for is the speaker
    document: re.Pattern[str]  # "a statement from", "a study by": its author is the source
    # a document as a subject: "the notice", "a party statement", "Acme's filing"
    own_documents: frozenset[str]  # a party's own word on itself ("statement", "notice")
    # a document carried or put up, from its determiner, and what follows it: "a sign at the
    # gate", "one lecturer's placard", "banners hung by a local group"
    display: re.Pattern[str]
    # and one that ends a clause, or before its relative "that": "held a sign (that)"
    display_that: re.Pattern[str]
    document_phrase: re.Pattern[str]
    # a document as a verb's object, at the end ("posted a tribute"): its author is the subject
    document_object: re.Pattern[str]
    # "found", "shows": reported speech only before "that" or after `finding_subject`
    findings: re.Pattern[str]
    finding_subject: re.Pattern[str]  # "the survey", "researchers", "an inquiry"
    wordings: frozenset[str]  # "states": a finding verb only after `finding_subject`
    plurals: frozenset[str]  # "report": a finding verb only after a plural or a pronoun
    rulings: frozenset[str]  # "held": a finding verb only after a body of `hearing`
    # "The inquest heard that P": a body that hears evidence, before "heard" in its clause
    hearing: re.Pattern[str]
    unknown: re.Pattern[str]  # a run of capitalised words (a name with its titles)
    bare_run: re.Pattern[str]  # `unknown` without a leading "the"
    title_words: frozenset[str]
    title_ends: frozenset[str]  # the last words of titles ("Minister", not "Foreign")
    # titles only people carry: abbreviations ("Col", "Dr.") and the gendered ("Ms", "Sir")
    personal_titles: frozenset[str]
    particles: frozenset[str]  # "van", "Mac", "Ní": a name runs from the word before them
    patronymic: re.Pattern[str]  # a father's name as a middle name: "Serikovich"
    son_of: frozenset[str]  # "son of", "daughter of" after a father's name: "oglu", "kyzy"
    given_names: dict[str, float]  # lower case, without diacritics -> share of women: "maria"
    title_genders: dict[str, str]  # "Ms" -> "woman", "Sir" -> "man"
    role_genders: dict[str, str]  # "widow" -> "woman", "father" -> "man"
    title_roles: dict[str, str]  # "Justice" -> "judge": the role noun a title gives
    role_synonyms: tuple[tuple[str, str], ...]  # ("manager", "boss"): "the boss" names him
    body_synonyms: frozenset[tuple[str, str]]  # ("force", "Police"): "the force" names it
    demonyms: frozenset[str]  # "Belgian", "Briton": "the Belgian said" is the person named
    irregular_past: dict[str, str]  # "took" -> "person" (a sign of a name), "fell" -> "any"
    role_words: frozenset[str]  # nouns that name a person's part but are no title ("owner")
    anonymous: frozenset[str]  # a person unnamed on purpose ("a friend", "the insider")
    post_nominals: re.Pattern[str]  # letters after a name ("Jane Doe KC,"), to read past
    post_nominal_words: frozenset[str]  # the same letters, one by one ("KC", "MP")
    organisation_words: frozenset[str]
    legal_form: re.Pattern[str]  # a company's legal form ending its name (" Ltd", ", Inc.")
    # a legal form's full stop that may be the sentence's: " SA.", " Ltd." (not " Inc.")
    form_stop: re.Pattern[str]
    # a name's short form in brackets after it ("(KRA)"), not a legal form's bracketed word
    # ("Tarn Mobile (Pvt) Ltd")
    acronym_introduced: re.Pattern[str]
    # a company's seat after its legal form, no part of its name: "Tarn Metals PLC of Kelby"
    seat_after_legal_form: re.Pattern[str]
    organisation_first_words: frozenset[str]  # "Instituto", "Agence": a name they open
    street_words: frozenset[str]  # "Lane", "Terrace": a street's name, no person's
    event_words: frozenset[str]  # "Storm", "Hurricane": a named event, no person
    countries: frozenset[str]  # "Scotland", "New Zealand": a national body's name ends with one
    family_first: frozenset[str]  # "tan", "nguyen": family names before given names (plain)
    # "na", "des": lower-case words that join an organisation's name ("Conradh na Gaeilge")
    connectors: frozenset[str]
    # ", a claim the treasurer rejected": the outlet's comment after a reported clause
    comment: re.Pattern[str]
    _names: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    _genders: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def name_in(self, run: str) -> str:
        """The name in a run of capitalised words: after its last title word, at most three
        words for a person ("Russian President Vladimir Putin" -> "Vladimir Putin"), the whole
        run for an organisation ("the Defence Ministry")."""
        name = self._names.get(run)
        if name is None:
            name = self._names[run] = self._name_in(run)
        return name

    def is_role_word(self, word: str) -> bool:
        """A lower-case role or title word ("coach", "head", "diplomat", "secretary-general")."""
        return (
            word in self.role_words
            or word.capitalize() in self.title_words
            or word.title() in self.title_words
        )

    def is_role_of_body(self, run: str) -> bool:
        """A capitalised role "of" a body, with no person's name in it ("Director-General of
        the Federal Traffic Council", "Chief Executive of Kelby Ports"; not "Minister of
        Health Jane Doe")."""
        role, of, _ = run.partition(" of ")
        name = self.name_in(run)
        return (
            bool(of)
            and all(self.is_role_word(part.lower()) for part in re.split(r"[\s-]+", role))
            and not self.is_given_name(name.split()[0] if name else "")
        )

    def is_given_name(self, word: str) -> bool:
        """A capitalised word that is a given name ("María", "Trần"), not a title."""
        plain = _plain(word)
        return (
            word[:1].isupper()
            and word not in self.title_words
            and (
                plain in self.given_names
                # two given names joined ("Jean-Pierre", "Anne-Marie"; not "Al-Assad")
                or (
                    plain.count("-") == 1
                    and all(len(p) > 2 and p in self.given_names for p in plain.split("-"))
                )
            )
        )

    def three_unlisted(self, words: list[str], second_given: bool = False) -> bool:
        """Three capitalised words that may all be one person's name though no listed given
        name opens it ("Rokon Uddin Haowlader"): the second is no listed given name either
        ("Foreign Trade Omar Haddad" starts at "Omar"), unless `second_given` ("herder
        Faadumo Grace Xirsi"), and the first is no acronym, initial, nationality, title, role
        or modifier ("UN", "Kenyan", "London-based")."""
        first = words[0]
        return (
            not self.is_given_name(first)
            and (second_given or not self.is_given_name(words[1]))
            and not first.isupper()
            and not first.endswith(".")
            and first not in self.demonyms
            and first not in self.title_words
            and first.lower() not in self.role_words
            and not _MODIFIER.fullmatch(first)
        )

    def names_body(self, words: list[str]) -> bool:
        """A run whose shape names an organisation, its first word no given name and no word a
        title: a country's name last, after a word that is no given name ("Sport Wales",
        "Tennis Canada", "Fisheries and Oceans Canada"; not "Kathy Ireland"), or another
        language's connector inside ("Conradh na Gaeilge"; not "José Ortega y Gasset")."""
        if len(words) < 2 or self.is_given_name(words[0]) or self.title_words.intersection(words):
            return False
        if self.connectors.intersection(words):
            return True
        country = next((n for n in (3, 2, 1) if " ".join(words[-n:]) in self.countries), 0)
        before = words[-country - 1] if 0 < country < len(words) else ""
        # (a region is no body: "East Africa", "Western Europe")
        return (
            bool(before)
            and all(w[:1].isupper() or w == "and" for w in words)
            and not self.is_given_name(before)
            and not _COMPASS.fullmatch(before.lower())
        )

    def is_demonym(self, mention: str) -> bool:
        """ "the Belgian", "the New Zealander", "the Ottawa native": a person just named, by
        nationality or home town."""
        words = mention.split(maxsplit=1)
        return (
            len(words) == 2
            and words[0] in ("the", "The")
            and (words[1] in self.demonyms or bool(_PLACE_NATIVE.fullmatch(words[1])))
        )

    def gender_of_name(self, name: str) -> str:
        """ "man" or "woman" if the first word of a full name is a given name that at least
        nine in ten of its bearers share (for a hyphenated one not listed whole, its first
        part: "Rosa-Maren"), else ""."""
        gender = self._genders.get(name)
        if gender is None:
            first = _plain(name.split()[0]) if " " in name else ""
            share = self.given_names.get(first, self.given_names.get(first.split("-")[0]))
            gender = (
                "" if share is None or 0.1 < share < 0.9 else "woman" if share >= 0.9 else "man"
            )
            self._genders[name] = gender
        return gender

    def _name_in(self, run: str) -> str:
        words = run.split()
        the = words[:1] in (["the"], ["The"])
        words = words[the:]
        whole = " ".join(["the"] * the + words)
        # "Instituto de ...", "Fiscalía General del Estado", "Health Canada" (not "Health
        # Minister Jo Doe": a title, and no particle; nor "Health Ines Kerr" after "Minister
        # for": a given name); and a run shaped like a body's name ("Sport Wales")
        # "Hospitality Workers Local 808": a union's branch (but "Transit Workers Local 212
        # President Jane Doe": the person its title names)
        if _UNION_LOCAL.search(whole) and not self.title_words.intersection(words):
            return whole
        # (nor a portfolio, a title and a given name: "Tourism and Wildlife Cabinet Secretary
        # Rebecca Otieno")
        titled = [i for i, w in enumerate(words[1:], 1) if w in self.title_words]
        after = titled[-1] + 1 if titled else len(words)
        named = words[after:]  # (a given name, or two or three words of no body's name)
        person = bool(named) and (
            self.is_given_name(named[0])
            or (
                len(named) in (2, 3)
                and named[0][:1].isupper()  # (not "Dirección General de Minas")
                and not self.organisation_words.intersection(named)
            )
        )
        if (
            len(words) > 1
            and words[0] in self.organisation_first_words
            # (a country's name that is also a given name: "Cámara Argentina de ...")
            and (not self.is_given_name(words[1]) or words[1] in self.countries)
            and not person
            and (any(w.islower() for w in words) or not titled)
        ) or self.names_body(words):
            return whole
        # a given name, a surname and letters that may also end a club's name: "Jo Mayo SC"
        # is a barrister, no club; so is a title before them ("Ven. Ruwan Mendis Thero"); a
        # generation ends a person's name after any words ("Sheriff Jo T. Mayo Jr.")
        generation = len(words) > 2 and _GENERATION_WORD.fullmatch(words[-1])
        if generation or (
            len(words) > 2
            and words[-1].rstrip(".") in self.post_nominal_words
            and (self.is_given_name(words[0]) or words[0] in self.personal_titles)
        ):
            words = words[:-1]
            whole = " ".join(["the"] * the + words)
        of = words.index("of") if "of" in words else len(words)
        head = words[:of]  # the words before any "of"
        # a group's plural noun opening a sentence is no part of the name after "of":
        # "Officials of the Tarn Electoral Commission", "Customers of Tarnbank"
        plural = of == 1 < len(words) - 1 and head[0].endswith("s")
        if plural and not the and head[0].lower() in self.group_heads:
            return self.name_in(" ".join(words[2:]))
        if any(w == "for" and head[i - 1] in self.organisation_words for i, w in enumerate(head)):
            return whole  # "the Centre for Policy Research" (not "Jane Doe of the ...")
        # "Inspector of Prisons Jane Doe" (not a body's word before it: "the Directorate General
        # of Civil Aviation")
        titled = (
            bool(head)
            and head[-1] in self.title_words
            and not (len(head) > 1 and head[-2] in self.organisation_words)
        )
        # (a title after the body's name, then a given name or an initial: "Bank of Finland
        # Governor Matti Salmivaara" is the governor, "Controller of Examinations Dr K. Sunil
        # Kumar" the controller)
        title = next(
            (i for i, w in enumerate(words[of + 2 : -2], of + 2) if w in self.title_ends), 0
        )
        if title and (self.is_given_name(words[title + 1]) or _INITIAL.fullmatch(words[title + 1])):
            return self._name_in(" ".join(words[title + 1 :]))
        # (but a one-word name of someone at a body: "Wulandari of the Kelby Rescue Centre")
        at_body = (
            len(head) == 1
            and not the
            and words[of + 1 : of + 2] == ["the"]
            and words[-1] in self.organisation_words
            and not head[0].endswith("s")
            and head[0] not in self.organisation_words | self.organisation_first_words
        )
        if at_body:
            return head[0]
        # (or after "the" with no title: "the Kelby Freedom of Conscience Forum")
        if (
            of < len(words)
            and not titled
            and (
                len(head) < 2
                or self.organisation_words.intersection(head[-2:])
                or (the and not self.title_words.intersection(head))
            )
        ):
            return whole  # "the Department of Health", "the Bank of England"
        if (
            of == len(words)
            and words
            and (words[-1].rstrip(".") in self.organisation_words or "&" in words)  # "Acme Inc."
        ):
            # a company noun opening a sentence is no part of the name: "Developer X Homes"
            # (but "the Shipyard Workers' Federation"); nor is a modifier such as
            # "London-based" or "state-owned"
            lead = next((i for i, w in enumerate(words) if not _MODIFIER.fullmatch(w)), len(words))
            if lead < len(words) - 1 and (
                lead or (len(words) > 2 and not the and words[0].lower() in self.company_nouns)
            ):
                return " ".join(words[max(lead, 1) :])
            return whole  # "the Foreign Ministry" (not "Ministry" after a title), "Lowry & Finch"
        # an organisation's word inside, and no person's name after it: "the Tarn Independent
        # Commission Against Corruption", "Brightfield Renewables Ireland" (a given name alone
        # at the end is a place's: "the Harbour Rescue Centre Georgia")
        inner = next((i for i, w in enumerate(words[1:-1], 1) if w in self.organisation_words), 0)
        if (
            inner
            and of == len(words)
            and not self.is_given_name(words[0])
            and not any(self.is_given_name(w) for w in words[inner:-1])
            and not self.title_words.intersection(words[inner:])
        ):
            return whole
        # (a surname that is also a title ends no name after a given name: "Ross Elder"; nor
        # is an honorific after a given name a title: "Yosef Ratu Lewoleba"; nor a father's
        # name after "bin": "Faris bin Emir Haddad")
        last = len(head) - 1 if len(head) > 1 and self.is_given_name(head[-2]) else len(head)
        cut = max(
            (
                i + 1
                for i, w in enumerate(head[:last])
                if w in self.title_words
                and not (i and w in self.personal_titles and self.is_given_name(head[i - 1]))
                and not (i and head[i - 1] in self.particles)
            ),
            default=0,
        )
        after_title = (
            cut > 0 and words[cut - 1] in self.title_ends and words[cut : cut + 1] != ["of"]
        )
        # (past each "of" and its word: "Deputy Chairman of the Cabinet of Ministers X Y"; a
        # plural after the second names no one: "President of the Association of Nigerian
        # Screen Artistes")
        hops = 0
        while cut and words[cut : cut + 1] == ["of"]:
            cut += 3 if words[cut + 1 : cut + 2] == ["the"] else 2
            hops += 1
        if hops > 1 and words[-1:] and words[-1].endswith("s"):
            return ""
        words = words[cut:]
        if "of" in words:  # "Jane Doe of the Harlow Institute": the person, not her employer
            words = words[: words.index("of")]
        # "Operator Railco said" (not "the Daily Quill": after "the", the noun names it), and
        # a role before a first name and a surname, "Drummer Ben Okafor"
        opening = words[0].lower() if len(words) > 1 and not the else ""
        if opening in self.company_nouns or (len(words) == 3 and opening in self.role_words):
            words = words[1:]
        # A person's name is a first name and a surname; with particles, from the word before
        # the first one ("Maria de Souza", "Cathal Mac Giolla Rua"); or three words with an
        # initial in the middle ("John F. Kennedy").
        tail = words[-6:]
        particle = next((i for i, w in enumerate(tail) if w in self.particles), None)
        if particle is not None and particle == len(tail) - 1 and particle > 1:
            return " ".join(tail[-3:])  # "son of" last, after a given and a father's name
        if particle is not None:  # with a given name before: "Tiago Moreira da Costa"
            # a particle that is a given name, with two more words, after a word that is no
            # given name opens the name: "Disaster Management Abu Naser Talukder"
            opens = particle and len(tail) - particle > 2 and self.is_given_name(tail[particle])
            if opens and not self.is_given_name(tail[particle - 1]):
                return " ".join(tail[particle:])
            # (a given name and a father's name before "son of": "Elchin Rauf oglu Aliyev")
            start = max(particle - (2 if tail[particle] in self.son_of else 1), 0)
            # back over every given name before it: "María Belén Ituarte de Sosa"
            while start > 0 and self.is_given_name(tail[start - 1]):
                start -= 1
            # and over a first surname after a given name: "Carmen Galán Ruiz de Castro"
            if (
                start > 1
                and self.is_given_name(tail[start - 2])
                and tail[start - 1] not in self.title_words
            ):
                start -= 2
                while start > 0 and self.is_given_name(tail[start - 1]):
                    start -= 1
            # and over an unlisted one that opens the run, before a surname and the particle:
            # "Jucilene Barbosa dos Reis"
            if start == 1 and len(tail) == len(words) and self.three_unlisted(tail[:3]):
                start = 0
            return " ".join(tail[start:])
        # three names right after a title are all the name ("Madam Lim Pei Shan", "Mayor Ana
        # Sofía Reyes"); after a portfolio ("Minister for Foreign Affairs X Y"), whose
        # length is unknown, the last two are
        if after_title and len(words) == 3 and all(w[:1].isupper() and w[-1] != "." for w in words):
            return " ".join(words)
        # from a given name written short (listed with its full stop), which only opens a
        # name: "Md. Kamal Uddin Sarkar", "Mohd Hafiz Abdul Rahman"
        last = words[-4:]
        short = next(
            (i for i, w in enumerate(last) if f"{_plain(w).rstrip('.')}." in self.given_names), -1
        )
        if 0 <= short < len(last) - 1:
            # (after given names, it opens the father's name: "Ahmad Faizal Mohd Rosli",
            # "Kamarul Ariffin Mohd Yusof", a listed given name and one more)
            start = short
            while start > 0 and self.is_given_name(last[start - 1]):
                start -= 1
            if start == short == 2 and self.is_given_name(last[0]) and last[1][:1].isupper():
                start = 0
            return " ".join(last[start:])
        # initials before a given name and a surname: "T.R. Venkata Raghavan", "M.K. Lalitha
        # Menon" (South Asian usage)
        if (
            len(words) >= 3
            and _INITIALS.fullmatch(words[-3])
            and words[-3] not in self.title_words  # "H.E. Chhay Vannak"
            and all(w[:1].isupper() and w[-1] != "." for w in words[-2:])
        ):
            start = len(words) - 3  # (and back over initials before it: "A. B. M. Rafiqul Islam")
            while start and _INITIALS.fullmatch(words[start - 1]):
                start -= 1
            return " ".join(words[start:])
        # a father's name in the middle: "Nurlan Serikovich Abenov"
        if len(words) >= 3 and self.patronymic.fullmatch(words[-2]):
            return " ".join(words[-3:])
        # a family name first, then two or three given names, perhaps after an English given
        # name: "Tan Mei Xin", "Tran Van Hai", "Vo Thi Kim Lan", "Peter Koh Wee Liang"
        if len(words) >= 4 and _plain(words[-4]) in self.family_first:
            return " ".join(words[-4:])
        if len(words) >= 3 and _plain(words[-3]) in self.family_first:
            english = len(words) >= 4 and self.is_given_name(words[-4])
            return " ".join(words[-4:] if english else words[-3:])
        # from a given name: "Luz Marina Quiroga", "Tan Wei Ling", "Joyce Nduta Mwangi",
        # "Maria Luisa Gomez Ortiz" (up to four words; a first word that is no given name,
        # "Kenyan Grace Wambui", is not part of the name)
        if len(words) >= 3 and self.is_given_name(words[-3]):
            start = len(words) - (4 if len(words) >= 4 and self.is_given_name(words[-4]) else 3)
            # back over every given name before it ("Felipe Andrés Santa Cruz Echenique")
            while start > 0 and self.is_given_name(words[start - 1]):
                start -= 1
            return " ".join(words[start:])
        # a given name and three more that may all be names: "Hanan Boutros Abi Khalil"
        if (
            len(words) >= 4
            and self.is_given_name(words[-4])
            and self.three_unlisted(words[-3:], True)
        ):
            return " ".join(words[-4:])
        # a role opening the run, and three names after it: "Lawyer Hessa Abdulaziz Al-Otaibi"
        if (
            len(words) == 4
            and words[0].lower() in self.role_words
            and all(w[:1].isupper() and w[-1] != "." for w in words[1:])
        ):
            return " ".join(words[1:])
        # after "the", a nationality before words that open with no given name names a body:
        # "the Italian Red Cross", "the British Red Cross" (not "the Italian Marco Rossi")
        if (
            the
            and len(words) > 2
            and (words[0] in self.demonyms or _NATIONAL.fullmatch(words[0]))
            and not self.is_given_name(words[1])
        ):
            return whole
        # three words that may all be one person's, none a listed given name before the last:
        # "Nkosana Dube Sibanda", "Axmed Cabdulle Guuleed" (not "Later Jo Doe", "Reading Jo
        # Doe", "Dakar Ali Ndiaye", "Kaneshie Market Kojo", nor a role's or a plural's shape
        # first: "Sprinter Ada Obi-Ruiz", "Co-founder Ada Obi", "Promoters Kelby Live", "Her
        # Honour Ada Obi")
        if (
            len(words) == 3
            and not the
            and self.three_unlisted(words)
            and not _ROLE_SHAPE.search(words[0])
            # (nor a short word first, a title's as often: "Kes", "Nii"; nor a post-nominal
            # last: "Thero")
            and len(words[0]) > 3
            and words[-1].rstrip(".") not in self.post_nominal_words
            and words[0] not in _NOT_NAME_WORDS
            and words[0] not in self.countries
            and not (self.organisation_words | self.street_words).intersection(words)
            and all(w[-1] != "." for w in words)
        ):
            return " ".join(words)
        name = words[_name_start(words) :]
        # a role or an age opening a sentence is no first name: "Shopper Noor", "Seven-year-old
        # Tomasz"
        if len(name) == 2 and (
            name[0].lower() in self.role_words or _DESCRIPTOR.fullmatch(name[0])
        ):
            return name[1]
        return " ".join(name)

    @cached_property
    def synonym_nouns(self) -> frozenset[str]:
        """The nouns that stand for a body named with another word ("union", "regulator")."""
        return frozenset(noun for noun, _ in self.body_synonyms)

    @cached_property
    def _role_heads(self) -> str:
        # (a title's last word: "the defence" names no person, "the defence minister" does)
        titles = {w.lower().rstrip(".") for w in self.title_ends}
        return word_alternation(sorted(titles | self.role_words))

    @cached_property
    def roles(self) -> re.Pattern[str]:
        """A person named by role: "the minister", "UN envoy", "Police chief" (a title word,
        `titles.txt`, as the last word, with up to two words before it)."""
        heads = self._role_heads
        # no conjunction: "As one trader put it" is "one trader"
        # (and an age: "a 22-year-old student"; a capitalised word's full stop is an
        # abbreviation's, "U.S. envoy", not a sentence's end: "... said Jo Doe. Senator Ada")
        word = (
            rf"(?:[\w-]+(?:'s|’s)\s+|(?:(?:{_ABBREVIATIONS})\.|[A-Z][\w.-]*(?<![a-z]{{2}}\.))\s+"
            r"|[a-z]+\s+|\d+-year-old\s+)"
        )
        before = rf"(?:(?!(?i:{_CONJUNCTIONS})\s){word}){{0,2}}?"
        return re.compile(rf"(?<![\w'’-])(?:(?i:the|a|an)\s+)?{before}(?i:{heads})(?![\w-])")

    @cached_property
    def role_then_comma(self) -> re.Pattern[str]:
        """A role and its phrase before a comma, at the end: "Its general manager, ", "the
        port's controller of cargo, " (the name in apposition follows)."""
        return re.compile(rf"\b(?i:{self._role_heads})\b[^,.;:\n]{{0,40}},\s$")

    @cached_property
    def role_of(self) -> re.Pattern[str]:
        """A role and the name it is given in apposition: "the United Nations envoy to the
        region, Jane Doe," (groups 1, 2) or "Jane Doe, the mayor of X", "Jane Doe, director
        general of X" (groups 3, 4); not the subject of a clause after an opening phrase ("In
        reply to Jane Doe of the X Party, the minister stated", "..., the mayor said")."""
        heads = self._role_heads
        run = self.unknown.pattern
        return re.compile(
            rf"\b(?i:({heads}))\b[^,.;:\n]{{0,40}},\s+({run})\s*,"
            rf"|({run}),\s+(?:(?:the|a|an)\s+[^,.;:\n]{{0,40}}?|(?=[a-z])(?:[a-z-]+\s+)?)"
            # (nor a role that is the subject of a cue: "Speaking in Kelby Square, the mayor
            # said")
            rf"\b(?i:({heads}))\b(?!\s+(?:{AUXILIARY}|[a-z]+ed|said|says|told|tells|wrote|writes)\b)"
        )

    @cached_property
    def described_as_body(self) -> re.Pattern[str]:
        """An apposition that says a name is a company's or a body's: ", the payments
        start-up,", ", a housing charity,", ", a charity that runs ...", ", one of the
        lenders," (not ", the governor of the bank,")."""
        nouns = word_alternation(sorted(self.naming_nouns))
        plurals = word_alternation(sorted(map(_plural, self.naming_nouns)))
        word = r"(?!(?:of|for|at)\s)[\w'’-]+\s+"
        then = r"(?:\s*,|\s+(?:that|which|founded|based)\b)"
        return re.compile(
            rf",\s+(?:(?:the|a|an)\s+(?:{word}){{0,4}}?(?:{nouns})"
            rf"|one\s+of\s+the\s+(?:{word}){{0,3}}?(?:{plurals})){then}"
        )

    @cached_property
    def anonymous_mention(self) -> re.Pattern[str]:
        """A person unnamed on purpose, with "a" or "one": "a close friend", "a source"."""
        nouns = word_alternation(sorted(self.anonymous | {"source"}))
        return re.compile(rf"(?<![\w-])(?:[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+){{0,2}}?(?:{nouns})\b")

    @cached_property
    def spokesperson_of_body(self) -> re.Pattern[str]:
        """An unnamed spokesperson after a body's name with "of" or "and" in it, at the end: "A
        Department of Health and Social Care spokesperson" (group 1, the body)."""
        nouns = word_alternation(sorted(self.speaks_for))
        name = rf"[{_UPPER}][\w'’&-]*"
        return re.compile(
            rf"\b(?:[Aa]n?|[Tt]he)\s+({name}(?:\s+(?:of|and|for)\s+(?:the\s+)?{name}"
            rf"(?:\s+{name})*)+)\s+(?:{nouns})$"
        )

    @cached_property
    def spokesperson_for(self) -> re.Pattern[str]:
        """Someone unnamed who speaks for another, before "for": "a spokesman for"."""
        nouns = word_alternation(sorted(self.speaks_for))
        return re.compile(rf"\b[Aa]n?\s+(?:[\w-]+\s+)?(?:{nouns})(?=\s+for\s)")

    @cached_property
    def group_with_tail(self) -> re.Pattern[str]:
        """A group noun and the phrase that says whose group it is, opening a clause and ending
        the string ("researchers at the Hollins Institute", "lawyers for the journalist");
        group 1 is the whole noun phrase."""
        # "in" only before a name or "the" ("in Westmarch", "in the capital"): "the ministry in
        # a statement" is no group; "along", "on", "near" and "around" only before a name or
        # "the" ("families along the Tarn river", "neighbours on Birch Lane"; not "officials
        # on Tuesday")
        # a place's name, perhaps with its kind ("in the Ruakiwi district"), never a date
        months = "|".join(sorted(_MONTHS))
        # ("in western Tarn", "in downtown Kelby", "in the Senqu valley of Tarn")
        name = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
        # and up to two lower-case words, no verb ("in Tarnian military intelligence", not "in
        # Sakhudari rejected the")
        kind = rf"(?:\s+(?!(?:the|a|an|{AUXILIARY})\b|[a-z]+ed\b)[a-z]+){{0,2}}"
        place = (
            rf"(?:the\s+)?(?:(?:{_DIRECTIONS})(?:ern)?\s+|(?:central|rural|coastal|downtown"
            r"|suburban|upstate|inner-city)\s+)?"
            rf"(?!(?:{WEEKDAY}|{months})\b){name}{kind}(?:\s+of\s+{name})?"
            rf"(?:\s+and\s+{name})?"  # "in Kharadi and Wagholi"
        )
        # no finite verb inside: "the Commission of Tarn has rejected the allegations"
        word = rf"(?!(?:{AUXILIARY})\b)[\w'’.&-]+"
        tail = (
            rf"(?:(?:at|of|from|for|with|across|to)\s+(?:{word}\s+){{0,5}}?{word}"
            # (or a longer name, capitalised but for its particles: "parents at the
            # Institución Educativa San José de la Montaña")
            rf"|(?:at|of|from|for)\s+(?:the\s+)?[A-Z][\w'’.&-]*"
            rf"(?:\s+(?:(?:de|del|la|las|los|da|do|dos|di|of|for|and|y)\s+)*[A-Z][\w'’.&-]*){{0,8}}"
            rf"|(?:in|along|on|near|around)\s+{place}"
            # ("in the town of San Jerónimo de la Loma"; no verb: not "in the north have
            # rejected the")
            r"|in\s+(?:the|both|all|several|many|some)\s+[a-z][\w'’-]*"
            rf"(?:\s+(?:of\s+)?(?!(?:{AUXILIARY})\b)[\w'’-]+){{0,5}}"
            r"|(?:along|on|near|around)\s+the\s+(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+"
            # "commuters interviewed by the Courier": the people asked, not who asked them
            r"|(?:interviewed|surveyed|polled|questioned|contacted|consulted|reached)\s+by\s+"
            r"(?:[\w'’.&-]+\s+){0,5}?[\w'’.&-]+"
            # "neighbours opposed to the plan", "residents affected by the closure": whose
            # group it is, by a participle
            r"|(?:opposed|affected|hit|displaced|evacuated|based|gathered|camped|stranded)\s+"
            r"(?:to|by|in|near|at|on|along|around|from|outside)\s+(?:[\w'’.&-]+\s+){0,5}?[\w'’.&-]+"
            # or by what its members are doing, after a plural: "parents waiting outside",
            # "farmers blocking the border crossings", "people living nearby" (not "a utility
            # serving the city", "the firm's managing director", "a group calling itself X")
            r"|(?:(?<=s\s)|(?<=people\s)|(?<=children\s)|(?<=men\s))"
            rf"(?!(?:{_NOT_PARTICIPLE})\b)[a-z]{{2,}}ing\s+(?:{word}\s+){{0,5}}?{word})"
        )
        # "..., with analysts at Corran noting that": the group after "with" speaks; so does
        # the subject of a clause after ", and" or ", but" ("Seas rose, and divers at Kelby
        # warned"), and after a sentence's "But" or "And" ("But growers in Kelby said")
        # (with a share of the group first: "Most of the analysts at Corran Securities")
        # (and a second place: "fishermen at the landing site in Tarnow"; no comma inside a
        # number opens it: "signed by 1,300 residents")
        return re.compile(
            rf"(?:^\s*|[;:]\s*|,(?!\d)\s*)(?:(?:with|and|but|And|But)\s+)?((?:{_SHARE})?{self.group}\s+{tail}"
            rf"(?:\s+in\s+{place})?)\s*$"
        )

    @cached_property
    def _mentions(self) -> tuple[re.Pattern[str], ...]:
        return (
            self.actors.names_or_pronouns,
            self.bodies,
            self.unknown,
            self.roles,
            _IT_THEY,
            _AGED,
            _UNNAMED,
        )

    @cached_property
    def _at_end(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        # The actor table's aliases, then every other kind in one pattern (none ignores case as
        # a whole): all end where the text ends, so the one that starts first is the longest.
        actors, *others = self._mentions
        return (
            re.compile(rf"(?:{actors.pattern})\s*$", actors.flags),
            # from a word's start: no "Os" out of "NGOs", no "400 voters" out of "2,400 voters"
            re.compile(
                rf"(?<!\w)(?<!\d[,.])(?:{'|'.join(f'(?:{p.pattern})' for p in others)})\s*$"
            ),
        )

    @cached_property
    def _at_start(self) -> tuple[re.Pattern[str], ...]:
        # the mention ends at a word's end; a possessive "'s" may follow
        end = r"(?!\w|['’](?!s\b))"
        return tuple(re.compile(rf"(?:{p.pattern}){end}", p.flags) for p in self._mentions)

    def mention_at_end(self, text: str) -> re.Match[str] | None:
        """The speaker mention `text` ends with (an actor, a body or a capitalised name)."""
        tail = max(0, len(text) - _LONGEST_MENTION)  # no need to try every earlier position
        actors, others = self._at_end
        actor = actors.search(text, tail)
        if actor and self.ends_other_name(text, actor.start(), actor.group()):
            actor = None
        found = actor or others.search(text, tail)
        if found and self.title_as_surname(found.group()):
            return self._unknown_at_end.search(text, found.start())
        return found

    def title_as_surname(self, mention: str) -> bool:
        """Whether a mention read as a role ends with a title that is a surname after a given
        name ("minister John Major", "novelist Stephen King", "teacher Lucy Bishop")."""
        *_, before, last = [""] + mention.split()
        return (
            last in self.title_words
            and before[:1].isupper()
            and self.is_given_name(before)
            and before not in self.title_words
        )

    def is_office(self, mention: str) -> bool:
        """Whether a mention is a title and the body or place it is held for, with no holder
        named ("the Director of Public Prosecutions", "the Governor of Svalbard", "the
        Inspector-General of the Orvel Harbour Authority"; not "Governor of Tarn Ines Doe")."""
        words = mention.split()
        words = words[words[:1] in (["the"], ["The"]) :]
        if len(words) < 3 or words[0] not in self.title_ends or words[1] not in ("of", "for"):
            return False
        body = words[2 + (words[2] == "the") :]
        return (
            all(w[:1].isupper() for w in body)
            and not any(map(self.is_given_name, body))
            and (len(body) < 3 or body[-1] in self.organisation_words)
        )

    @cached_property
    def _unknown_at_end(self) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?:{self.unknown.pattern})\s*$")

    def ends_other_name(self, text: str, start: int, alias: str) -> bool:
        """Whether a person's one-word alias at `start` ("Costa") ends someone else's name
        ("Renata Costa", "Luis da Costa"): a particle or a capitalised word right before
        it that is no title, possessive or word that opens sentences ("President Costa",
        "Portugal's Costa", "Later Costa" are the actor); or opens another name, a
        capitalised word right after it that is no day or month ("Costa Rica")."""
        actor = self.actors.resolve(alias)
        # (a pronoun or an institution is nobody's surname: "Later he", "Target NATO")
        if " " in alias or not actor or actor[1] != PERSON:
            return False
        after = _CAPITAL_NEXT.match(text, start + len(alias))
        if after and after[1] not in _MONTHS and not re.fullmatch(WEEKDAY, after[1]):
            return True
        before = _WORD_BEFORE_NAME.search(text, max(0, start - 40), start)
        word = before[1] if before else ""
        return word in self.particles or (
            word[:1].isupper()
            # (nor the end of a sentence, nor the actor's own given name: "Volodymyr Zelenskyy")
            and not word.endswith(".")
            and word not in self.title_words
            and word != actor[0].split()[0]
            and not word.endswith(("'s", "’s"))
            and word not in _NOT_NAME_WORDS
        )

    def mention_at_start(self, text: str) -> re.Match[str] | None:
        """The speaker mention `text` starts with (not an actor's surname that opens another
        name: "Costa Rica")."""
        found = _longest(p.match(text) for p in self._at_start)
        return None if found and self.ends_other_name(text, 0, found.group()) else found

    @cached_property
    def name_sign(self) -> re.Pattern[str]:
        """What may follow a person's full name: a comma, a cue, an auxiliary or a verb in the
        past or the present tense of one person ("Jane Doe runs", not "Acme Foods have")."""
        irregular = word_alternation(  # "Jane Doe took"
            sorted(v for v, kind in self.irregular_past.items() if kind == "person")
        )
        verbs = rf"has|had|is|was|will|would|[a-z]+ed|[a-z]+[^s\W]s|{irregular}"
        # on the same line, in lower case: a heading's last word is followed by a new line;
        # past letters after the name and a party or a place in brackets ("Jane Doe MP
        # (Labour) said", "Jo Roe (Kelby) has")
        letters = word_alternation(self.post_nominal_words)
        return re.compile(
            rf"(?:[ \t]+(?:{letters})\b)*[ \t]*(?:\([^()\n]{{1,40}}\)[ \t]*)?"
            rf"(?:,|(?:\w+ )?(?:{self.cues.pattern})\b|(?:{verbs})\b)"
        )

    @cached_property
    def bare_subject(self) -> re.Pattern[str]:
        """A clause whose subject is a noun without a determiner, up to its auxiliary or
        past-tense verb, or an adverb before its verb ("said crews from four stations had
        attended", "said talks with the union would begin", "said inflation remained high",
        "said sales fell", "said airlines usually pay"); not an
        infinitive, a relative clause or a preposition's object ("said sorry to those
        affected", "said goodbye", "warned of delays after ...")."""
        irregular = word_alternation(sorted(self.irregular_past))
        return re.compile(
            # (but "at least" opens a number: "said at least six fires had started")
            rf"\s+(?=(?!(?:{AUXILIARY}|be|been|being|did|does|do|not|to|by|in|on|so|as|"
            r"at(?!\s+(?:least|most)\b)|"
            r"after|before|during|since|until|when|while|because|if|once|though|although|"
            # a preposition opens no clause ("warned of delays after the bridge closed"), nor
            # does a question word ("declined to say how many jobs would go")
            r"of|for|with|from|about|over|against|into|through|across|under|without|among|"
            r"how|whether|why|what|where|who|which|"
            # "said nothing to reporters outside" (but "said nothing had changed", "said much
            # of the gain was")
            r"(?:nothing|little|much|anything)\s+(?:to|about|as|on|at|for|in)\b)(?![\w’'-]))"
            r"[a-z][\w’'-]*\s+"
            # ("to" before a determiner or a number opens a phrase, "access to the site", "up
            # to 90km/h"; else an infinitive)
            r"(?:(?!(?:to(?!\s+(?:the|a|an|its|their|his|her|our|several|some|all|many)\b|\s+\d)"
            # (nor a conjunction: "the warning underscores the risk if troops were sent")
            r"|that|which|who|or|but|if|when|whether|because|while|although|though|unless)\b)"
            # (a comma inside a number or a list of numbers: "2,400 staff", "the 3, 5 and 9
            # sites")
            r"(?:[\w’'/%$€£.-]|(?<=\d),(?=\d|\s\d))+\s+){0,8}"
            # (or an "-ly" adverb before the verb: "said airlines typically secure"; not
            # "warned officials as early as 1987", "the only", "daily")
            rf"(?<!\band )(?:{AUXILIARY}|[a-z]{{2,}}ed|{irregular}|{_VERB_ADVERB}\s+[a-z]+)\b)"
        )

    @cached_property
    def cue_ahead(self) -> re.Pattern[str]:
        """A cue within the same sentence, at most 90 characters on; group 1 is the text
        before it, group 2 the cue."""
        # a full stop only after an initial or a title: "U.S. District Judge Jane Doe wrote"
        abbreviation = rf"(?<![A-Za-z])[A-Z]\.|\b(?:{_ABBREVIATIONS})\."
        return re.compile(
            # (the cues' pattern ends a word itself, or at a cue's colon or full stop)
            rf"((?:[^.!?;“\"‘]|{abbreviation}){{0,90}}?)\b({self.cues.pattern})",
            re.I,
        )


def quote_cues(study: Settings | str | None = None) -> pd.DataFrame:
    """Attribution cues: `cue`, `continues_previous` (true where "he" means the last speaker),
    `noun` (true where the cue is also a noun before "that": "a warning that P")."""
    chosen = settings(study)
    table = chosen.table("quote_cues")
    require(table, ["cue", "continues_previous", "noun"], str(chosen.path("quote_cues")))
    return table


def speaker_rules(study: Settings | str | None = None) -> SpeakerRules:
    """Compile a study's actor table, cues and the speaker word lists."""
    table = quote_cues(study)
    # lower case and sentence case written out: much faster to scan than re.IGNORECASE
    lower = table["cue"].str.lower().tolist()
    # (a participle after "the" or a possessive is a noun or describes one: "Lawyers for the
    # accused said", "The written ruling said", "the panel's written reasons")
    written = lower + [c[:1].upper() + c[1:] for c in lower]
    participles = word_alternation(c for c in written if c.endswith(("ed", "written")))
    # (a cue written with its colon or full stop is a cue only so: "the sign read:", '"...,"
    # the post read.'; never "had read 164 books")
    marked = word_alternation(c for c in written if c.endswith((":", ".")))
    # (and without its colon right before an opening mark or after a closing one: 'A banner
    # read "Save our farms"', '"Save our farms," read one banner')
    colon = word_alternation(c[:-1] for c in written if c.endswith(":"))
    # (the start of a text is the end of a quotation where a cue after one is sought; a
    # participle is no cue there: "reading results rose")
    inverted = word_alternation(c[:-1] for c in written if c.endswith(":") and "ing" not in c)
    marked += rf"|(?:{colon})(?=\s+[“\"‘'])|(?:^|(?<=[,!?][”\"’'] ))(?:{inverted})(?= )"
    others = word_alternation(c for c in written if not c.endswith(("ed", "written", ":", ".")))
    # (the others first: "pointed out" before "pointed")
    cues = re.compile(rf"\b(?:(?:{others}|(?<![Tt]he )(?<!['’]s ){participles})\b|{marked})")
    continuing = frozenset(table.loc[table["continues_previous"] == "true", "cue"].str.lower())
    noun_cues = frozenset(table.loc[table["noun"] == "true", "cue"].str.lower())
    people = actors(study)
    types = {
        a: PERSON if t == PERSON else ORGANISATION
        for a, t in zip(people["actor"], people["type"], strict=True)
    }
    titles = read_word_list(data_path("lexicons", "titles.txt"))
    anonymous = read_word_list(data_path("lexicons", "anonymous_people.txt"))
    roles = read_word_list(data_path("lexicons", "person_roles.txt")) | anonymous
    bodies = _entries("speaking_bodies.txt")
    bodies["document"] += bodies["display"]  # (a sign is a document that reads)
    # the plural of a person's role names a group too: "Several plumbers said" (only
    # an agent noun's: "stars" and "heads" are verbs as often)
    bodies["head"] += [_plural(r) for r in sorted(roles) if r.isalpha() and _AGENT_NOUN.search(r)]
    findings = _entries("finding_cues.txt")
    finding_verbs = findings["verb"] + findings["wording"] + findings["plural"] + findings["ruling"]
    # (an "-ing" cue before a group's noun describes it: "the ruling coalition")
    comments = word_alternation(read_word_list(data_path("lexicons", "comment_nouns.txt")))
    group = _group(bodies, word_alternation(c for c in lower if not c.endswith("ing")), comments)
    genders = dict(map(str.split, read_word_list(data_path("lexicons", "gendered_titles.txt"))))
    role_genders = dict(map(str.split, read_word_list(data_path("lexicons", "gendered_roles.txt"))))
    # a given name written short that is no abbreviation of the sentence splitter's, before a
    # given name and a surname, opens a run or follows a title in one: "Ma. Teresa Cruz",
    # "Gov. Ma. Teresa Cruz" (Filipino names), not "Jack Ma. Teresa Cruz left"
    short_given = word_alternation(short_given_names()) or r"(?!)"  # (none: never matches)
    title_ends: dict[int, set[str]] = {}
    for title in titles:
        title_ends.setdefault(len(title.split()[-1]), set()).add(re.escape(title.split()[-1]))
    after_title = "|".join(rf"(?<=\b(?:{'|'.join(sorted(ends))}) )" for ends in title_ends.values())
    short_given_name = rf"(?:{short_given})\.(?= [{_UPPER}][{_LOWER}]+ [{_UPPER}])"
    # a capital first, tested before the list of words that are not names (fast to fail)
    not_names = word_alternation(_NOT_NAMES.split("|"))
    # (whole words only: "GmbH" is a legal form, no word "Gmb")
    # (Balinese names open with "I" for a man, "Ni" for a woman, before a birth-order name
    # and another: "I Wayan Sudarta", "Ni Made Sari"; the pronoun "I" is no name; "A." with
    # its full stop is an initial, no article: "A. B. M. Rafiqul Islam"; the Irish article
    # "An" before a consonant opens a body's name: "An Bord Pleanála", "An Post", not "An
    # NHS nurse" or "An Irish court")
    # (never from inside a word: "CCTV. Voters" holds no initial "V.")
    word = (
        rf"(?<![^\W\d_])(?:(?:I|Ni)(?= [{_UPPER}][{_LOWER}]+ [{_UPPER}][{_LOWER}])"
        # (and a given name written short after a title: "Gov. Ma. Teresa Cruz")
        rf"|(?=(?:{short_given})\.)(?:{after_title}){short_given_name}"
        rf"|An(?= [BCDFGJKLMNPQRSTVWXYZ][{_LOWER}])|(?=[{_UPPER}])"
        # (but "Our" after "of" opens a name inside one: "the Church of Our Lady of Lourdes";
        # and "Most" a cleric's title: "the Most Rev. Jo Obi")
        rf"(?:(?<=of )Our(?= [{_UPPER}])|Most(?= Rev)"
        rf"|(?!(?:{not_names})\b(?!\.\s[{_UPPER}])){_RUN_WORD})"
        # (a brand's lower-case start before its capitals: "easyJet", "eBay", "vKelby")
        rf"|[a-z]{{1,4}}(?=[{_UPPER}]){_RUN_WORD})(?![^\W\d_])"
    )
    # "the Department of Health", "the Bank of England": "of" inside an organisation's name
    # (and "and" after it: "the Department of Budget and Management"), as "&" ("Pennock &
    # Vale"), "and" before an organisation's word and a possessive ("the Transport Workers'
    # Union", below)
    patronymics = _entries("patronymics.txt")
    # "son of" and "daughter of" are particles too: "Rashad Tofiq oglu Mammadov"
    particles = read_word_list(data_path("lexicons", "name_particles.txt")) | set(
        patronymics["word"]
    )
    post_nominal_words = frozenset(read_word_list(data_path("lexicons", "post_nominals.txt")))
    post_nominals = "|".join(re.escape(w) for w in sorted(post_nominal_words, key=len)[::-1])
    post_nominals += f"|{_REGNAL}"  # (a reign's number too: "King Alaric VII said")
    connectors = read_word_list(data_path("lexicons", "organisation_connectors.txt"))
    # lower-case particles inside a run of capitalised words: "Pieter van der Walt"
    # and one-letter ones, which are no word of a run: "Niamh Ó Ceallaigh"
    # and the words joining an organisation's name in other languages: "Réseau X des Droits"
    lower_particles = word_alternation(
        sorted(p for p in particles if p.islower() or len(p) == 1) + sorted(connectors)
    )
    # and joined by a hyphen to the surname: "Layla al-Rashid", "Omar bin-Talal"
    listed_forms = read_word_list(data_path("lexicons", "legal_forms.txt"))
    legal = frozenset(form.removesuffix(".") for form in listed_forms)
    # (those whose full stop at a sentence's end is the sentence's: "SA", "Ltd"; not "Inc.")
    undotted = [form for form in listed_forms if "." not in form]
    bracketed = sorted({form[1 : form.index(")")] for form in legal if form.startswith("(")})
    organisation_words = read_word_list(data_path("lexicons", "organisation_words.txt")) | {
        form for form in legal if " " not in form
    }
    # those that are no capitalised word end a run after one: "Tarn Metals PLC", "Kelby TV",
    # "Minera Sur S.A.C.", "Vale Foods plc"
    legal_forms = word_alternation(
        w for w in organisation_words | legal if not re.fullmatch(_RUN_WORD, w)
    )
    # "for" after an organisation's word: "the Centre for Policy Research"
    after = "|".join(f"(?<={re.escape(w)} )" for w in sorted(organisation_words))
    # a possessive before an organisation's word: "the Okpara People's Congress"
    before = word_alternation(sorted(organisation_words))
    # (after a word, not "the": "the Transport and Aviation Union" is one name); one
    # lookbehind per length of word, as a lookbehind's alternatives must be as long
    by_length: dict[int, list[str]] = {}
    for w in sorted(organisation_words):
        by_length.setdefault(len(w), []).append(re.escape(w))
    not_after = "".join(
        rf"(?<![{_LOWER}](?<!\b[Tt]he) (?:{'|'.join(words)}) )" for words in by_length.values()
    )
    # an organisation's word (or a legal form, "Co" among them) before the comma of a legal
    # form: "Orvel Holdings, Inc.", "Kelby Steel Co, Ltd"
    comma_after = "".join(rf"|(?<=\b(?:{'|'.join(words)}))" for words in by_length.values())
    spaced = word_alternation(f for f in legal if " " in f and not f.startswith("("))
    # (a list's comma inside a name that "and" and an organisation's word or a country's name
    # end, not after an organisation's word: "the Australian Curriculum, Assessment and
    # Reporting Authority", "Immigration, Refugees and Citizenship Canada"; not "Acme Foods,
    # Tarn Metals and Kelby Power Company")
    not_after_word = "".join(rf"(?<!\b(?:{'|'.join(words)}))" for words in by_length.values())
    # (or a shop's name with its "'s" before a verb: "Supermarket chain Halden's has raised")
    possessive = (
        rf"(?:(?<=s)['’](?= [{_UPPER}])|['’]s(?= (?:[{_UPPER}][\w-]* )?(?:{before})\b)"
        r"|['’]s(?= (?:said|says|has|had|will|would|announced|confirmed|told|added|insisted"
        # (or a place or punctuation, which no possessive's noun is: "chain Harlowe's in
        # Kildare")
        r"|denied|warned|argued|admitted|stated|in|at|on)\b|[,.;:](?:\s|$)))?"
    )
    # a title in capitals opens a run before a name: "MP Jane Doe", "SP Aisha Bello"
    capital_titles = word_alternation(t for t in titles if t.isupper() and " " not in t)
    nations = word_alternation(read_word_list(data_path("lexicons", "country_names.txt")))
    comma_list = (
        rf"(?:,{not_after_word}(?= (?:[{_UPPER}][\w'’&-]* ){{1,2}}and "
        rf"(?:[{_UPPER}][\w'’&-]* ){{0,3}}(?:{before}|{nations})\b))"
    )
    # and a first word in capitals opens an organisation's name: "NHS England", "PT Tarn Mandiri"
    first_words = read_word_list(data_path("lexicons", "organisation_first_words.txt"))
    capital_first = word_alternation(w for w in first_words if w.isupper())
    run = (
        # (no place before its "-based": "Cape Town-based Orvia" holds no name "Cape Town")
        rf"(?![{_UPPER}][\w'’.]*(?: [{_UPPER}][\w'’.]*)*-{_PLACE_MODIFIER}\b)"
        rf"(?:(?:{capital_titles}|{capital_first}) (?=[{_UPPER}][{_LOWER}])"
        # or a given name written short: "Ma. Teresa Cruz"
        rf"|(?<![^\W\d_]){short_given_name} "
        # or an acronym before a name that an organisation's word ends: "NT Ambulance"
        rf"|(?<![{_UPPER}{_LOWER}])[a-z]{{0,4}}[{_UPPER}]{{2,6}} "
        rf"(?=(?:[{_UPPER}][\w'’&-]* ){{0,3}}(?:{before})\b))?"
        rf"{word}{possessive}"
        # ("of" or "for", up to two words and "and": "the Ministry of Civic Affairs and National
        # Unity", "the Centre for Statistics and Information"; or a list: "the Ministry of
        # Mines, Water and Rural Roads", "the Department of Forestry, Fisheries and the
        # Environment")
        rf"(?:{comma_list}? (?:(?:of |(?=for )(?:{after})for )(?:the )?"
        rf"(?:(?:{word} ){{1,2}}and (?=[{_UPPER}])"
        rf"|{word}(?: {word})?(?:, {word}(?: {word})?){{1,3}},? and (?:the )?(?=[{_UPPER}]))?|& "
        # "and" inside a name that an organisation's word ends: "the Food and Drug Safety
        # Agency" (not "Ada Ruiz and her son", nor two names: "Acme Foods and Acme Metals")
        rf"|(?=and ){not_after}and (?=(?:[A-Z][\w'’&-]* ){{0,3}}(?:{before})\b"
        # (or, Canadian usage, a department's name that ends in the country's: "Fisheries and
        # Oceans Canada", "Employment and Social Development Canada")
        rf"|(?:[A-Z][\w'’&-]* ){{1,3}}(?:{nations})\b)"
        # an acronym before an organisation's word: "Wexley Hospitals NHS Trust"
        rf"|[{_UPPER}]{{2,5}} (?=(?:{before})\b)"
        rf"|(?:(?:{lower_particles}) )+)?"
        # (with an elided article: "de l'Eau", "Côte d'Ivoire")
        rf"(?:(?:{lower_particles})-|[dl]['’](?=[{_UPPER}]))?{word}{possessive})*"
        # "son of" or "daughter of" ends a name after the father's: "Aizada Nurbek kyzy"
        rf"(?: (?:{word_alternation(patronymics['word'])})(?![\w'’-]))?"
        # a company's legal form in capitals ends its name: "Tarn Metals PLC", "Kelby SA"
        # (also before a possessive: "Kelby Power (Pty) Ltd's rating"; and after "Co." or an
        # organisation's word and a comma: "Kelby Steel Co., Ltd.", "Orvel Holdings, Inc."; or
        # after any word, a legal form of several words: "Grupo Tarn, S.A. de C.V."; not an
        # Irish county's "Co." after one: "Kelby Hospital, Co. Tarn")
        rf"(?:(?=, )(?:(?<=\bCo\.){comma_after}|(?=, (?:{spaced})\b)), "
        rf"(?:{word_alternation(legal - {'Co'})})\.?(?![\w-]|['’](?!s\b))"
        rf"|(?: (?:{legal_forms})\.?(?![\w-]|['’](?!s\b))))?"
    )
    return SpeakerRules(
        actors=actor_index(people),
        types=types,
        cues=cues,
        continuing=continuing,
        noun_cues=noun_cues,
        bodies=_bodies(bodies, group),
        group=group,
        company_nouns=frozenset(bodies["company"]),
        public_bodies=frozenset(bodies["public"]),
        # companies and bodies in the singular, not people ("lawyer Doe")
        naming_nouns=frozenset(
            [*bodies["company"], *(h for h in bodies["head"] if not h.endswith("s"))]
        )
        - roles
        - {t.lower().rstrip(".") for t in titles},
        group_heads=frozenset(_heads(bodies)),
        speaks_for=frozenset(bodies["for"]),
        own_documents=frozenset(bodies["own"]),
        display=re.compile(
            rf"(?:(?:{_DISPLAY_DETERMINER})\s+(?:[\w'’-]+\s+){{0,2}}?)?"
            rf"(?i:{word_alternation(bodies['display'])})s?\b(?P<rest>[^,;:]*)"
        ),
        display_that=re.compile(
            rf"(?:\b(?:{_DISPLAY_DETERMINER})\s+)?\b(?i:{word_alternation(bodies['display'])})s?"
            r"(?=(?:\s+(?:that|which))?\s*$)"
        ),
        document_phrase=re.compile(
            # (a body's name with "of" in it: "the Department of Agriculture's weekly report")
            r"(?:(?P<the>[Tt]he\s+)?(?P<owner>[A-Z][\w'’.&-]*?(?: (?:of |for )?[A-Z][\w'’.&-]*?)*)"
            r"(?:['’]s|(?<=s)['’])\s+"
            # (a body's name of up to three words before it: "A Kelby Valley University poll")
            r"|(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+)?"
            # (or a body's noun and a word before it: "The finance department's report")
            r"(?:(?P<modifier>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,2}|[a-z][\w-]*\s+[\w-]+?(?=['’]s)"
            # (a plural's possessive too: "The bishops' letter")
            r"|[\w-]+?)(?:['’]s|(?<=s)['’])?\s+)?)"
            # (and up to two words that describe it, no function word: "weekly price report",
            # "140-page report", not "said in a statement")
            r"(?:(?!(?:a|an|the|in|on|of|to|by|for|from|with|at|and|or)\s)[a-z\d-]+\s+){0,2}"
            rf"(?:{word_alternation(bodies['document'])})"
        ),
        document_object=re.compile(
            r"\s[a-z]+\s+(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+)?"
            rf"(?:{word_alternation(bodies['document'])})$"
        ),
        # "a study published on Wednesday by", "new figures from", "a survey of 1,800 nurses by",
        # "reports in the Kelby Times" (not "a study in the Kelby Journal by ..."); "Figures
        # from" opening a sentence (but "Reports in Spain" name no author)
        document=re.compile(
            # (after an article, up to two words that describe it: "the weekly market report
            # from")
            r"\s*(?:(?i:a|an|the)\s+(?:(?!(?:in|on|of|to|by|for|from|with|at|and|or)\s)[\w-]+\s+){2}"
            r"|(?:(?i:a|an|the)\s+)?(?:[\w-]+\s+)?)"
            rf"(?:{word_alternation(bodies['document'])}"
            rf"|(?=[A-Z])(?i:{word_alternation(bodies['document'])})(?!s?\s+in\s))s?"
            # (and its number: "Ministerial Decision No 235/2025 issued by"; after "No." with
            # its full stop, Punkt has already ended the sentence)
            r"(?:\s+(?:No\.?|Number)\s+\d[\w/.-]*(?<!\.))?"
            r"(?:(?:\s+(?:published|released|issued|compiled|conducted|commissioned|prepared"
            r"|written|produced|led|carried\s+out|drawn\s+up|posted|signed|filed|lodged"
            # (and a record someone keeps: "a tally kept by", "testimonies gathered by")
            r"|kept|maintained|collected|gathered)"
            rf"(?:\s+(?:on|last|this)\s+\w+|\s+{WEEKDAY})?"
            # (in apposition, only who wrote or signed it: "The assessment, prepared by X," but
            # not "The survey, carried out by volunteers," nor "The study, published in a
            # journal,"; nor an office that signs for its body, "The letter, signed by the
            # transport minister,": the letter)
            r"|,\s+(?:prepared|written|produced|compiled|drawn\s+up"
            r"|signed(?!\s+by\s+the\s+(?:[a-z-]+\s+)?[a-z]+,))(?=\s+by\s))?"
            # (not a sample's size after "of": "a survey of 9,800 pupils")
            r"\s+(?:(?:of\s+(?:[\w,.’'-]+\s+){1,6}?)?by"
            # (not a date after "from": "an inspection report from November" names no author)
            rf"|(?!{_FROM_DATE})from"
            r"|of(?!\s+(?:more\s+than\s+|nearly\s+|over\s+|almost\s+)?\d))"
            # a newspaper that carries a report is its author, but a journal that publishes a
            # study is not, nor is a paper that prints a letter ("published in the Gazette")
            r"|\s+in(?=\s+(?:the\s+)?[A-Z])(?!\s+(?:the\s+)?[Jj]ournal\b)(?![^,.;]*\sby\s))\s+"
        ),
        findings=re.compile(rf"\b(?:{word_alternation(finding_verbs)})\b"),
        wordings=frozenset(findings["wording"]),
        plurals=frozenset(findings["plural"]),
        rulings=frozenset(findings["ruling"]),
        finding_subject=re.compile(
            rf"\b(?i:{word_alternation(findings['subject'] + bodies['document'])})s?\b"
        ),
        hearing=re.compile(rf"\b(?i:{word_alternation(findings['hearing'])})\b"),
        # (with an ordinal after "the": "the 9th U.S. Circuit Court of Appeals")
        unknown=re.compile(rf"(?:[Tt]he (?:\d+(?:st|nd|rd|th) )?)?{run}"),
        bare_run=re.compile(run),
        # (and a title before it is taken up: "Minister-designate", "President-elect")
        title_words=frozenset(
            w + after for t in titles for w in t.split() for after in ("", "-designate", "-elect")
        ),
        title_ends=frozenset(
            t.split()[-1] + after for t in titles for after in ("", "-designate", "-elect")
        ),
        personal_titles=frozenset(
            {t for t in titles if t.endswith(".")}
            | {t.removesuffix(".") for t in titles if t.endswith(".")}
            | set(genders)
        ),
        particles=particles,
        patronymic=re.compile(rf"[{_UPPER}][{_LOWER}]+(?:{'|'.join(patronymics['suffix'])})"),
        son_of=frozenset(patronymics["word"]),
        given_names={
            name: float(share)
            for file in ("given_names.txt", "given_names_added.txt", "given_name_abbreviations.txt")
            for name, share in map(str.split, read_word_list(data_path("lexicons", file)))
        },
        title_genders=genders,
        role_genders=role_genders,
        title_roles=dict(map(str.split, read_word_list(data_path("lexicons", "title_roles.txt")))),
        role_synonyms=tuple(
            tuple(line.split())
            for line in sorted(read_word_list(data_path("lexicons", "role_synonyms.txt")))
        ),
        body_synonyms=frozenset(
            tuple(line.split())
            for line in read_word_list(data_path("lexicons", "body_synonyms.txt"))
        ),
        demonyms=read_word_list(data_path("lexicons", "demonyms.txt")),
        irregular_past=dict(
            map(str.split, read_word_list(data_path("lexicons", "irregular_past.txt")))
        ),
        role_words=roles,
        anonymous=anonymous,
        # after a name, not a determiner ("the MP said")
        post_nominals=re.compile(
            rf"(?<=[{_LOWER}])(?<!\b[Tt]he)(?<!\b[Aa]n)(?<!\b[Aa])(?: (?:{post_nominals}))+"
            r"(?=\s*,|\s*$)"
        ),
        post_nominal_words=post_nominal_words,
        organisation_words=organisation_words,
        legal_form=re.compile(rf",? (?:{word_alternation(legal)})\.?$"),
        form_stop=re.compile(rf"[ ,](?:{word_alternation(undotted)})\.$"),
        acronym_introduced=re.compile(
            rf"\s*\((?!(?:{word_alternation(bracketed)})\)){_ACRONYM_INTRODUCED}"
        ),
        seat_after_legal_form=re.compile(
            rf"(?<= )(?:{word_alternation(legal)})\.?( of (?:the )?{_CAPITALISED_WORDS})$"
        ),
        organisation_first_words=first_words,
        street_words=read_word_list(data_path("lexicons", "street_words.txt")),
        event_words=read_word_list(data_path("lexicons", "event_words.txt")),
        countries=read_word_list(data_path("lexicons", "country_names.txt")),
        family_first=frozenset(
            map(_plain, read_word_list(data_path("lexicons", "family_names_first.txt")))
        ),
        connectors=connectors,
        comment=re.compile(rf",[”\"’']?\s+an?\s+(?:[a-z-]+\s+)?(?:{comments})\b"),
    )


def _entries(file: str) -> dict[str, list[str]]:
    """A word list of `kind: value` lines by kind (`speaking_bodies.txt`: name, head, company,
    for, document, own, display, public; `finding_cues.txt`: verb, wording, plural, ruling,
    subject, hearing)."""
    entries: dict[str, list[str]] = {}
    for line in read_word_list(data_path("lexicons", file)):
        kind, value = line.split(":", 1)
        entries.setdefault(kind, []).append(value.strip())
    return entries


def _heads(entries: dict[str, list[str]]) -> list[str]:
    """The nouns a group noun phrase ends with, with the plural of each body and company
    noun ("boards", "airlines")."""
    nouns = entries["head"] + entries["company"]
    plurals = [_plural(n) for n in nouns if not n.endswith("s")]
    return sorted(set(nouns + plurals)) + entries["for"]


# The endings of agent nouns: "photographer", "inspector", "economist", "technician",
# "fisherman", "attendant", "resident".
_AGENT_NOUN = re.compile(r"(?:er|or|ist|ian|man|ant|ent)$")


def _blanked(pattern: re.Pattern[str], s: str) -> str:
    """`s` with what `pattern` matches as spaces, so that a mention keeps its position."""
    return pattern.sub(lambda m: " " * len(m.group()), s)


def _plural(noun: str) -> str:
    """The regular English plural of a noun ("board" -> "boards", "agency" -> "agencies",
    "fisherman" -> "fishermen")."""
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("ch", "sh", "x")) else "s")


def _group(entries: dict[str, list[str]], cues: str, comments: str) -> str:
    """The regular expression of a group noun phrase: up to four words and a head noun. The
    words are no function words or cues (`cues`, an alternation), so the longest match stops
    at a cue ("the airline" in "The airline said passengers ..."), and it opens with none of the
    outlet's comment nouns (`comments`)."""
    head = "|".join(re.escape(h) for h in sorted(_heads(entries)))
    function = (
        r"(?!(?:from|of|in|on|at|by|for|with|to|through|via|among|amid|across|between|under|"
        r"and|or|but|was|is|are|were|has|had|have|"
        r"that|which|who|as|after|before|when|while|where|whereas|although|though|if|than|over|"
        r"into|about|against|during|"
        r"without|because|since|until|the|a|an|Later|Earlier|Meanwhile|Now|Today|Also|But|"
        rf"And|So|Then|However|Still|Yet|[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I|[Yy]ou|{cues}|"
        # nor a time phrase opening the sentence: "Last year Kelby Council said"
        r"(?i:last|this|next)\s+(?:week|month|year|weekend)|"
        r"(?<=(?:[Ll]ast|[Tt]his|[Nn]ext)\s)(?:week|month|year|weekend)|"
        # nor a verb before its object: "The government expelled two diplomats"
        rf"[a-z]+ed\s+(?:\d+|{NUMBER_WORDS}|its|their|his|her|our|some|several|many))\b"
        # nor a company noun before the company's name: "budget carrier Tarn Airlines"
        rf"|(?:{word_alternation(entries['company'])})\s+[{_UPPER}])"
    )
    # greedy, so a match at a given start is the longest ("Hospital chiefs", not "Hospital")
    # (two words joined by "and" count as one: "Irish and Danish embassies", "the culture and
    # tourism ministry")
    words = (
        rf"(?:{function}(?:[\w-]+(?:'s|’s|s'|s’)|[A-Z][\w-]*(?:\s+and\s+[A-Z][\w-]*)?|"
        r"(?:[A-Z]\.){2,3}|"  # "U.S. officials"
        rf"[a-z][a-z-]*(?:\s+and\s+[a-z][a-z-]*)?|\d{{1,3}}(?:,\d{{3}})+|\d+)\s+){{0,4}}"
    )
    # a share of the group first: "One in five owners", "two in three nurses"
    share = r"(?:(?i:one|two|three|four|\d+)\s+in\s+(?:two|three|four|five|six|ten|\d+)\s+)?"
    # or a count's bound: "More than 300 residents", "fewer than 20 members"
    bound = r"(?:(?i:more|fewer|less)\s+than\s+(?=\d))?"
    # (never from the outlet's comment: "a move local leaders called" is "local leaders")
    comment = rf"(?!(?:(?i:an?)\s+)?(?:{comments})\s)"
    return rf"{share}{bound}{comment}(?:(?i:the|a|an)\s+)?{words}(?i:(?P<head>{head}))"


def _bodies(entries: dict[str, list[str]], group: str) -> re.Pattern[str]:
    names = sorted(entries["name"], key=len, reverse=True)
    name = "|".join(re.escape(n).replace("the\\ ", "(?i:the)\\ ") for n in names)
    return re.compile(rf"(?<![\w'’-])(?:{name}|{group})(?![\w-])")


class ArticleSpeakers:
    """Speaker resolution within one article: full names, subjects and pronouns.

    `quoted` lists the (start, end) character spans inside quotation marks: names there are
    the speaker's words, not the narration, so they are no antecedents for pronouns.
    `sentence_starts` are the character offsets of the article's sentences.
    """

    def __init__(
        self,
        text: str,
        rules: SpeakerRules,
        quoted: list[tuple[int, int]],
        sentence_starts: list[int],
    ) -> None:
        self.text, self.rules, self.starts = text, rules, sentence_starts
        # the organisations found speaking, by the position of their mention: quotations are
        # resolved before reported clauses, so "the last" is the last before a position
        self._spoke: list[tuple[int, int, Speaker]] = []
        self.last_organisation: Speaker | None = None
        self.surnames: dict[str, str] = {}
        # unlisted names that took a plural verb or were described as a company's
        self.organisations: set[str] = set()
        self.full_names: set[str] = set()  # unlisted people's full names
        # those named after a title or a role, or with one or an age in apposition
        self._described: set[str] = set()
        self._words_before: dict[int, str] = {}
        self._quoted = _union(quoted)
        self._quoted_starts = [s for s, _ in self._quoted]
        self.cues = list(rules.cues.finditer(text))  # every cue of the article, in one scan
        self._cue_starts = [m.start() for m in self.cues]
        self.runs = self._runs()
        self._run_starts = [m.start() for m in self.runs]
        self._find_full_names(self.runs)
        self._add_shared_surnames()
        nicknamed = self._nicknamed()
        others = self.full_names - set(self.surnames.values())
        self._add_first_names()
        mentions = [  # (not "Costa" in "Renata Costa")
            m for m in rules.actors.mentions(text) if not rules.ends_other_name(text, m[0], m[2])
        ] + nicknamed
        mentions += [  # the whole run ("Police Chief Jane Doe") by its name's surname (not a
            # place's: "Jane Doe of Port Kelby"), unless it is another person's full name with
            # that surname ("her son, John Doe,")
            (m.start(), m.end(), m.group() if name in others else surname)
            for m in self.runs
            if (surname := (name := self.rules.name_in(m.group())).rsplit(" ", 1)[-1])
            in self.surnames
            or surname in self._titled_people
        ]
        # (not in a dateline: "KELBY, Democratic Republic of Tarn (Wirepress) -")
        dateline = DATELINE.match(text)
        self._dateline_end = dateline.end() if dateline else 0
        self.people = [  # (position, person, mention end), in the narration
            (start, person, end)
            for start, end, mention in sorted(mentions)
            if end > self._dateline_end
            and (person := self.person(mention))
            and not self.is_quoted(start)
        ]
        self.positions = [p for p, _, _ in self.people]
        self._subjects: dict[int, bool] = {}
        self._pronoun_genders: dict[str, str] = {}  # people "he" or "she" was found to be

    def _subject(self, k: int) -> bool:
        """Whether `self.people[k]` is named as a clause subject (found once, when asked)."""
        found = self._subjects.get(k)
        if found is None:
            start, _, end = self.people[k]
            found = self._subjects[k] = self._is_subject(start, end)
        return found

    def _runs(self) -> list[re.Match[str]]:
        """Every run of capitalised words, as `rules.unknown.finditer` finds them: found
        without "the" (a scan twice as fast), then with it where it comes before."""
        text, rules = self.text, self.rules
        runs = [
            rules.unknown.match(text, the.start())
            if (the := _THE_BEFORE.search(text, max(m.start() - 12, 0), m.start()))
            else m
            for m in rules.bare_run.finditer(text)
        ]
        found = []
        for m in runs:
            # (a maker before a model's number is no part of an owner's name: "a Dilmun Air
            # Airbus A320", "a Kelby Jet Boeing 737-800")
            if _MODEL_AFTER.match(text, m.end()) and " " in m.group().strip():
                end = m.start() + m.group().rstrip().rindex(" ")
                m = rules.unknown.match(text, m.start(), end) or m
            # (nor the full stop ending a sentence after a legal form: "run by Tarn Metals SA.")
            m = self._without_stop(m)
            # (nor is a count before a body and its members: "Two Kelby National Guard
            # soldiers were hurt")
            counted = _COUNT_OPENING.match(m.group())
            if counted and _PLURAL_NOUN_AFTER.match(text, m.end()):
                m = rules.unknown.match(text, m.start() + counted.end(), m.end()) or m
            if " of " in m.group():
                found += self._affiliated(m)
            else:
                found += self._represented(m)
        return found

    def _without_stop(self, run: re.Match[str]) -> re.Match[str]:
        """`run` without the full stop ending a sentence after a legal form written without
        one ("run by Tarn Metals SA." names "Tarn Metals SA"; "Tarn Metals Inc." keeps it)."""
        if self.rules.form_stop.search(run.group()) and _SENTENCE_AFTER.match(self.text, run.end()):
            return self.rules.unknown.match(self.text, run.start(), run.end() - 1) or run
        return run

    def _run_at(self, start: int) -> re.Match[str] | None:
        """The run of capitalised words at `start`, as `_runs` finds it, else None."""
        run = self.rules.unknown.match(self.text, start)
        return run and self._without_stop(run)

    def _represented(self, run: re.Match[str]) -> list[re.Match[str]]:
        """A group and, after "for", the person it acts for, as two runs ("Lawyers for Ada
        Ruiz"), else the run itself ("Lawyers for Human Rights")."""
        if " for " not in run.group():
            return [run]
        at = run.group().rindex(" for ")
        person = run.group()[at + 5 :]
        # (not a body's field: "the Kelby Institute for Forest and Climate Research"; but
        # "Lawyers for Ada Ruiz" are hers)
        word = run.group()[:at].rsplit(" ", 1)[-1]
        body = word in self.rules.organisation_words and not word.endswith("s")
        if body or self.rules.name_in(person) != person or not self.rules.gender_of_name(person):
            return [run]
        return self._split(run, at, " for ")

    def _affiliated(self, run: re.Match[str]) -> list[re.Match[str]]:
        """A person's name and, after "of", the body they work for, as two runs ("Dr Ada Ruiz
        of the Kelby Institute"), else the run itself ("the Bank of Kelby")."""
        of = run.group().index(" of ")
        head = run.group()[:of]
        name = self.rules.name_in(head)
        # (words before the name make it a person's only with a title among them after "the":
        # "The Rev. Ada Ruiz of", not "The Northern Tarn Freedom of Conscience Forum")
        words = head.split()
        titled = name != head and (
            words[0] != "The" or bool(self.rules.title_words.intersection(words))
        )
        person = (
            " " in name
            and self._kind(name) == PERSON
            and (titled or bool(self.rules.gender_of_name(name)))
        )
        if not person:
            return [run]
        return self._split(run, of, " of ")

    def _split(self, run: re.Match[str], at: int, joint: str) -> list[re.Match[str]]:
        """`run` as two runs, before and after the `joint` ("of", "for") that starts at `at`
        inside it."""
        start = run.start()
        return [
            self.rules.unknown.match(self.text, start, start + at),
            self.rules.unknown.match(self.text, start + at + len(joint), run.end()),
        ]

    def _find_full_names(self, runs: list[re.Match[str]]) -> None:
        """Unlisted people's full names, for their surname alone later on.

        A run of capitalised words counts as a person's name only with a sign that it is one:
        a title before it, a comma or a cue after it ("Jane Doe, the mayor", "Jane Doe said"),
        its last word speaking or titled elsewhere in the article ("..., Doe said", "Ms Doe
        was"), or its first word speaking ("Jane admits"). Headings such as "Key Points" have
        none.
        """
        rules, text = self.rules, self.text
        self.organisations.update(self._legal_names)  # "Tarn Metals" after "Tarn Metals PLC"
        self.organisations.update(  # "device maker Corvance", "the union Unify": named alone later
            m.group()
            for m in runs
            if m.group() not in _MONTHS
            and (
                (  # (not a person's name: "the broadcaster Félix Doe", "opposition MP Jo Doe")
                    self._word_before(m.start()) in rules.naming_nouns
                    and not rules.gender_of_name(m.group())
                    and m.group().split(maxsplit=1)[0] not in rules.title_words
                )
                or (  # "The port operator, Kelby Terminaux,"
                    text[m.start() - 2 : m.start()] == ", "
                    and (noun := _WORD_BEFORE_COMMA.search(text, max(0, m.start() - 30), m.start()))
                    and noun[1] in rules.company_nouns
                    # "her producer, Oren Falk,", "the head of the club, Oren Falk,", "his
                    # promoter, Eddie Doe,": a person's name
                    and not rules.role_then_comma.search(text, max(0, m.start() - 60), m.start())
                    and not (m.group().count(" ") == 1 and rules.gender_of_name(m.group()))
                    # (nor a title and a name: "its publisher, Alhaji Musa Kelby,", "the
                    # group's head, Air Vice-Marshal Jane Doe,")
                    and m.group().split(maxsplit=1)[0] not in rules.title_words
                    and not (
                        rules.title_words.intersection(m.group().split())
                        and rules.gender_of_name(rules.name_in(m.group()))
                    )
                )
                or (  # "Pellora, the start-up,", "Kelby Mobile, the phone operator,"
                    text.startswith(",", m.end()) and rules.described_as_body.match(text, m.end())
                )
                # "Tarn Renewables Ireland, which runs the farm, said": "which" is never said
                # of a person, and the run opens the sentence, so it is no noun's complement
                or (
                    text.startswith(", which ", m.end())
                    and self._sentence_start(m.start()) == m.start()
                )
            )
        )
        # the first words of a body's name ending in an organisation's word, and where it is
        # first named: "Irwell Dolphins" of "Irwell Dolphins Swimming Club" is no person later
        opening: dict[str, int] = {}
        for m in runs:
            words = m.group().split()
            if len(words) > 2 and words[-1] in rules.organisation_words:
                for k in range(2, len(words)):
                    opening.setdefault(" ".join(words[:k]), m.start())
        for m in runs:
            # one word is never a full name, nor a company's name; nor is a product's name in
            # quotation marks ("the “Hearthwise Door 2”")
            if " " not in m.group() or m.group() in self.organisations or self.is_quoted(m.start()):
                continue
            name = rules.name_in(m.group())
            if " " not in name or self._kind(name) != PERSON or rules.actors.resolve(name):
                continue
            if name.split()[-1] in rules.street_words and not rules.gender_of_name(name):
                continue  # "Riverside Terrace was flooded": a street
            if _IN_PLACE.search(text, max(0, m.start() - 8), m.start()) and not (
                rules.gender_of_name(name)  # "in Declan Ó Briain's workshop"
            ):
                continue  # "In Hollin Cross, a tree fell": a place
            field = _TITLE_FOR.search(text, max(0, m.start() - 40), m.start())
            if field and field[1] in rules.title_words and name == m.group():
                continue  # "Assistant Secretary for Educational Affairs, said": a field
            came = _NOUN_FROM.search(text, max(0, m.start() - 30), m.start())
            if came and rules.is_role_word(came[1]) and not rules.gender_of_name(name):
                continue  # "one caller from Beni Mellal said": a place
            if name.split()[0] in rules.event_words:
                continue  # "Storm Delphine brought down trees": a storm
            if self._state_in_apposition(m):
                continue  # "Jo Doe, a nurse from Moncton, New Brunswick,": a state
            if _PLURAL_VERB.match(text, m.end()):  # "Ravensby City have sacked": a team, a firm
                self.organisations.add(name)
                continue
            after = _WORD_AFTER.match(text, m.end())
            if after and rules.is_role_word(after[1]):  # "Atletico Kelby coach": a team, a firm
                whole = _lower_the(m.group())
                self.organisations.add(whole)
                self.surnames.setdefault(whole.split()[-1], whole)  # "Kelby said" later
                continue
            the = m.group().startswith(("the ", "The "))
            dropped = m.group().split()[the : len(m.group().split()) - len(name.split())]
            # "Residents of the Lygon Park towers": "the" inside the run, right before the
            # name, makes it a place's (but "Leader of the Opposition Jo Doe" is titled)
            if dropped[-1:] == ["the"] and not rules.is_given_name(name.split()[0]):
                continue
            # (after "the", only a title or before a given name: "the Rev Jane Doe", "the
            # Government Tan Sri Zainal Abidin", not "the Seapoint Sea Swimmers")
            titled = bool(dropped) and (
                not the
                or bool(rules.title_words.intersection(dropped))
                or rules.is_given_name(name.split()[0])
            )
            if the and not titled:  # "The Pellham Rovers coach": a team, a firm, a place
                continue
            if not titled and opening.get(m.group(), m.start()) < m.start():
                continue
            # "head coach Marco Lindqvist", "the world champion, Joost de Falk,"
            titled = titled or self._role_before(m.start()) or self._role_in_apposition(m)
            followed = rules.name_sign.match(text, m.end())
            surname = name.split()[-1]
            # a first name most bearers of which share a gender: "Declan Ó Briain's" workshop
            # (not "Morgan Vale")
            given = bool(rules.gender_of_name(name))
            # the surname, or the first name, speaking alone elsewhere ("Tovana admits")
            speaking = surname in self._speaking or name.split()[0] in self._speaking
            aged = surname in self._aged  # "Botha, 22, had missed" later
            if titled or followed or given or speaking or aged or surname in self._titled:
                full = self._longer_name(m, name)
                self._add_full_name(full)
                if titled or _AGE_AFTER.match(text, m.end()):  # "Jane Doe, 74,"
                    self._described.add(full)

    def _longer_name(self, run: re.Match[str], name: str) -> str:
        """A name of three words though no listed given name opens it, right after a role, a
        reporting verb, "named", a role in apposition or a title ("organiser Pemba Dorje
        Lama", "said Kadhim Jabbar Hilfi", "Supt Rokon Uddin Haowlader";
        `SpeakerRules.three_unlisted`), else `name`; the two-word name then stands for it."""
        words = run.group().split()
        if len(words) < 3 or " ".join(words[-2:]) != name:
            return name
        before = self._word_before(run.start()).strip()
        after_role = len(words) == 3 and (
            self._role_before(run.start())
            or before == "named"  # "a trader named Akosua Serwaa Boakye"
            or bool(before and self.rules.cues.fullmatch(before))
            or self._role_in_apposition(run)
        )
        # opening its sentence before an apposition, an age or "who": "Shilan Omar Rasul,
        # who teaches chemistry,", "Nasreen Akter Munni, 34,"
        preceding = self.text[run.start() - 2 : run.start()]
        described = (
            len(words) == 3
            and _DESCRIBED_AFTER.match(self.text, run.end())
            and (  # (or right after a quotation: '"...," Ada Obi Eze, a nurse, said')
                self._sentence_start(run.start()) == run.start() or preceding in ("” ", '" ', "’ ")
            )
        )
        # or after an opening phrase, where no adjective is capitalised, before an age or
        # "who", even with a listed given name second: "In Dhaka, Rokeya Amina Sultana, 54,"
        aged = (
            len(words) == 3 and preceding == ", " and bool(_AGED_OR_WHO.match(self.text, run.end()))
        )
        after_title = len(words) > 3 and words[-4] in self.rules.title_words
        # a title only people carry right before ("Hon. Wambui Njeri Kariuki"), a role or a
        # verb leave no room for a modifier ("Texas Democrat Jane Doe"); a listed given name
        # second after a sentence's first word makes that word a role ("Dietitian Mariana
        # Coelho, who")
        titled = len(words) > 3 and words[-4] in self.rules.personal_titles
        # a first word with no ending of an English noun for a person, before an age, "who" or
        # an apposition, with a listed given name second: "Vo Thi Hoa, 52,"
        plain = described and not _PERSON_NOUN_END.search(words[-3])
        if not (after_role or after_title or described or aged) or not self.rules.three_unlisted(
            words[-3:], after_role or titled or aged or plain
        ):
            return name
        longer = " ".join(words[-3:])
        self.surnames.setdefault(name, longer)
        return longer

    def _add_full_name(self, name: str) -> None:
        """An unlisted person's full name, and its surname for the person named alone later."""
        if name in self.rules.demonyms:  # a nationality: "A South Korean appeals court"
            return
        words = name.split()
        self.full_names.add(name)
        if len(words) > 2 and _GENERATION_WORD.fullmatch(words[-1]):  # "Ann Lee Jr.": "Lee"
            words = words[:-1]
        self.surnames.setdefault(words[-1], name)
        # "al-Rashid" also as a sentence starts it: "Al-Rashid said", and as a run of capitalised
        # words finds it after its particle
        self.surnames.setdefault(words[-1][:1].upper() + words[-1][1:], name)
        particle, hyphen, rest = words[-1].partition("-")
        if hyphen and particle in self.rules.particles and rest[:1].isupper():
            self.surnames.setdefault(rest, name)
        if words[-1] in self.rules.particles and len(words) > 2:  # "Nurbek kyzy said"
            self.surnames.setdefault(" ".join(words[-2:]), name)
        # the two words that open a longer name: "Nurul Ain said" for Nurul Ain Zakaria
        if len(words) > 2:
            self.surnames.setdefault(" ".join(words[:2]), name)
        # and the two that close it: "Abi Khalil" for Hanan Boutros Abi Khalil, "Ruiz Soto" for
        # Pablo Ruiz Soto though "Ruiz" is also a given name
        if len(words) > 2:
            self.surnames.setdefault(" ".join(words[-2:]), name)
        for i, word in enumerate(words[1:], 1):  # "Van Rensburg", "Mac Giolla Rua"
            if word in self.rules.particles:  # also as a sentence starts it
                surname = " ".join(words[i:])
                self.surnames.setdefault(surname, name)
                self.surnames.setdefault(surname[:1].upper() + surname[1:], name)
                if i > 1:  # and the names before it: "Ahmad Faizal" for "Ahmad Faizal bin Rosli"
                    self.surnames.setdefault(" ".join(words[:i]), name)
        # the first family name after the given names, alone ("Julian Arce Montoya": "Arce
        # said"; "Ignacio Andrés Valdivia Sepúlveda": "Valdivia said"; "Ana Villalobos de la
        # Cruz"), and the family names together ("Ana María Soto Vidal": "Soto Vidal said"),
        # not a given name ("Mary Ann Smith") or an initial; a particle opens it, with the
        # words after it ("Del Castillo said" for Luis Del Castillo Ferrer), though "Del" is
        # also a given name
        particles = self.rules.particles
        family = next(
            (
                i
                for i, w in enumerate(words[1:-1], 1)
                if w[1:2].islower() and (w in particles or not self.rules.is_given_name(w))
            ),
            None,
        )
        # (two given names and two family names, the first of which is also listed as a given
        # name: "Carlos Darío Guzmán Ibarra", "Guzmán said")
        if family is None and len(words) == 4 and self.rules.is_given_name(words[1]):
            family = 2 if words[2][1:2].islower() and words[2] not in particles else None
        if family:
            end = family + 1
            while end < len(words) - 1 and words[end - 1] in particles:
                end += 1
            self.surnames.setdefault(" ".join(words[family:end]), name)
            self.surnames.setdefault(" ".join(words[family:]), name)

    def _add_shared_surnames(self) -> None:
        """The first of two people named with one surname ("Brothers Luke and Ben Doe": Luke
        Doe), where the second's full name is known and the first is a given name."""
        if " and " not in self.text:
            return
        for m in _SHARED_SURNAME.finditer(self.text):
            first, second, surname = m.groups()
            if f"{second} {surname}" in self.full_names and self.rules.is_given_name(first):
                self._add_full_name(f"{first} {surname}")

    def _add_first_names(self) -> None:
        """A full name's first word, for the person named by it alone later ("Delphine
        wrote"; a family name written first: "Takeda told reporters"), where no other full
        name starts with it and it is nobody's surname; and two given names that start one
        longer full name only, for that person ("Abdul Rahman said" for Abdul Rahman Yusof)."""
        given = self.rules.is_given_name
        # "Abdul Rahman" alone, after Abdul Rahman Yusof: his given names, not someone else
        for name in [
            n for n in self.full_names if n.count(" ") == 1 and all(map(given, n.split()))
        ]:
            longer = [n for n in self.full_names if n.startswith(f"{name} ")]
            if len(longer) == 1:
                self.full_names.discard(name)
                for key, value in list(self.surnames.items()):
                    if value == name:
                        self.surnames[key] = longer[0]
                self.surnames[name] = longer[0]
        firsts = Counter(name.split()[0] for name in self.full_names)
        for name in self.full_names:
            first = name.split()[0]
            if firsts[first] == 1 and first not in self.surnames and not first.endswith("."):
                self.surnames[first] = name

    def _nicknamed(self) -> list[tuple[int, int, str]]:
        """People named with a nickname in quotation marks ("Harold "Hal" Brennagh"), each as
        one mention of the first name and surname, which count as a full name."""
        found = []
        for start, end in self._quoted:
            if end - start > _LONGEST_NICKNAME or not self.text[start : start + 1].isupper():
                continue
            first = _FIRST_NAME.search(self.text, max(start - 30, 0), start - 1)
            surname = _SURNAME.match(self.text, end + 1)
            if first and surname:
                opens, given = first.start(1), first[1]
                # with a given name before the first: "Ana Lucia "Lulu" Reyes"
                before = _FIRST_NAME.search(self.text, max(opens - 30, 0), opens)
                if before and all(map(self.rules.is_given_name, (before[1], given))):
                    opens, given = before.start(1), f"{before[1]} {given}"
                name = f"{given} {surname[1]}"
                # the surname alone was taken for a full name: it is this person's
                self.full_names.discard(surname[1])
                self.surnames.update((k, name) for k, v in self.surnames.items() if v == surname[1])
                self.surnames[surname[1]] = name
                self._add_full_name(name)
                found.append((opens, surname.end(1), name))
        return found

    @cached_property
    def acronyms(self) -> dict[str, str]:
        """Acronyms the article introduces in brackets after a name, with the name: {"KRA":
        "the Kestrel Rail Authority"}; one written as a word only with the name's initial
        ("Kadhwu" for "the Kelby Dock and Harbour Workers Union", not "Labour" for "Ada Ruiz");
        and, without brackets, an organisation's initials of three letters or more ("NSF" for
        "the National Science Foundation" named anywhere in the article)."""
        ends = {m.end(): _lower_the(m.group()) for m in self.runs}
        initials: dict[str, str] = {}
        for m in self.runs:
            words = [w for w in m.group().split() if w[:1].isupper() and w != "The"]
            letters = "".join(w if w.isupper() else w[0] for w in words)
            if len(words) > 1 and len(letters) > 2 and letters.isupper():
                name = _lower_the(m.group())
                if self._kind(self.rules.name_in(m.group())) == ORGANISATION:
                    initials.setdefault(letters, name)
        introduced = {
            m[1]: self._joined(ends[m.start()], m.start(), m[1])
            for m in self.rules.acronym_introduced.finditer(self.text)
            if m.start() in ends
        }
        return initials | {
            acronym: name
            for acronym, name in introduced.items()
            if acronym.isupper() or acronym[0] == name.removeprefix("the ")[0]
        }

    def _joined(self, name: str, end: int, acronym: str) -> str:
        """`name`, ending at `end`, with the capitalised words and the "and", "of" or "for"
        before it when the acronym after it has their initials too ("the Kelby Roads and
        Safety Authority (KRSA)", not "Safety Authority")."""
        start = end - len(name.removeprefix("the "))
        before = _JOINED_BEFORE.search(self.text, max(0, start - 120), start)
        if not before or not acronym.isupper():
            return name
        joined = _lower_the(self.text[before.start() : end])
        letters = "".join(w[0] for w in joined.split() if w[:1].isupper() and w != "The")
        return joined if letters == acronym else name

    @cached_property
    def _titled(self) -> set[str]:
        """Surnames written after a title alone ("Ms Oduya was"): signs of a person's name."""
        rules = self.rules
        return {
            name
            for m in self.runs
            if " " in m.group()
            and not m.group().startswith(("the ", "The "))  # "the Tarnac squad": no title
            and (name := rules.name_in(m.group()))
            and " " not in name
        }

    @cached_property
    def _after_title(self) -> set[str]:
        """Names written after a title only people carry ("Dr. Wekesa Kenya")."""
        rules = self.rules
        return {
            rules.name_in(m.group())
            for m in self.runs
            if rules.personal_titles.intersection(m.group().split()[:-1])
        }

    @cached_property
    def _documents_that_spoke(self) -> list[tuple[int, str]]:
        """(start, phrase) of each document with no author that spoke ("an independent
        review found"), found in one scan of the article."""
        return [(m.start(m.lastindex), m[m.lastindex]) for m in _DOCUMENT_SPOKE.finditer(self.text)]

    @cached_property
    def _aged(self) -> set[str]:
        """One-word names with an age in apposition ("Botha, 22,", "Nasir, a 31-year-old") or
        "who" after them ("Botha, who led the team,"): signs of a person's name."""
        return {
            m.group()
            for m in self.runs
            if " " not in m.group()
            and (
                _AGE_AFTER.match(self.text, m.end())
                or _YEAR_OLD_AFTER.match(self.text, m.end())
                # (not a place's: "a doctor in Tarnow, who", "a resident of Tarnow, who")
                or (
                    self.text.startswith(", who ", m.end())
                    and self._word_before(m.start()).strip() not in _BEFORE_A_PLACE
                )
            )
        }

    @cached_property
    def _titled_people(self) -> set[str]:
        """One-word names of people with no full name: after a title only people carry ("Col
        Dunstan", "Dr Okafor"), a role ("agency head Sutrisno", "Student Wanjiru") or with a
        role in apposition ("Sutrisno, a village head,", "Her father, Ravi,") or an age
        ("Wahyuni, 38,"), or opening a sentence before ", who" ("Wiremu, who runs a
        bakery,"), for pronouns after them."""
        rules, text = self.rules, self.text
        titled = {
            words[-1]
            for m in self.runs
            if len(words := m.group().split()) == 2
            and (words[0] in rules.personal_titles or words[0].lower() in rules.role_words)
        }
        described = {
            m.group()
            for m in self.runs
            if " " not in m.group()
            # (a place after a preposition: "On Naxos, a British visitor, posted")
            and not _PLACE_PREPOSITION.search(text, max(0, m.start() - 8), m.start())
            and (
                (  # "Sutrisno, a village head,"; "Agency head Sutrisno" (on one line);
                    # "said Sutrisno, head of the post," (not a sentence's "Replying, the")
                    (
                        text.startswith((", a ", ", an ", ", the "), m.end())
                        or (
                            text.startswith(", ", m.end())
                            and not text.startswith(", whose ", m.end())
                            and self._sentence_start(m.start()) != m.start()
                        )
                    )
                    and (role := rules.role_of.match(text, m.start()))
                    and role[3] == m.group()
                )
                or (
                    text[m.start() - 2 : m.start()] in _LOWER_THEN_SPACE
                    and (word := text[text.rfind(" ", 0, m.start() - 1) + 1 : m.start() - 1])
                    and rules.is_role_word(word)
                )
                or (
                    text.startswith(", who ", m.end())
                    and self._sentence_start(m.start()) == m.start()
                )
                or (  # "Wahyuni, 38, said" (not a headline's "Gran, 78, rescued")
                    m.group() in self._aged and not rules.is_role_word(m.group().lower())
                )
                or self._role_in_apposition(m)
            )
        }
        # not a word that opens or ends a longer name ("Park, who ..." after "Park Seo-yeon")
        named = {
            w
            for m in self.runs
            if " " in m.group()
            for w in (m.group().split()[0], m.group().rsplit(" ", 1)[-1])
        }
        return {
            name
            for name in titled | (described - named)
            if name not in self.surnames and name not in _MONTHS and self._kind(name) == PERSON
        }

    @cached_property
    def _speaking(self) -> set[str]:
        """Capitalised words that speak: right before a cue ("..., Doe said") or after "said"."""
        text = self.text
        speaking = {
            m[1]
            for cue in self.cues
            if (m := _NAME_BEFORE.search(text, max(0, cue.start() - 40), cue.start()))
        }
        return speaking | {m[1] for m in _SAID_NAME.finditer(text)}

    def _role_word_before(self, position: int) -> str:
        """The role word right before `position`, lower-case, else "": a lower-case role or
        title ("manager"), or a title written in capitals ("MP", "MEC")."""
        if self._role_before(position):
            return self._word_before(position)
        caps = _CAPITALS_BEFORE.search(self.text, max(0, position - 8), position)
        return caps[1].lower() if caps and caps[1] in self.rules.title_words else ""

    def _role_before(self, position: int) -> bool:
        """A lower-case role or title right before `position` ("retired teacher", "coach")."""
        word = self._word_before(self._past_epithet(position))
        rules = self.rules
        return bool(word) and rules.is_role_word(word)

    def _role_in_apposition(self, run: re.Match[str]) -> bool:
        """A role and a comma before `run`, and a comma or a full stop after it: "Its general
        manager, Tevita Lolohea Manu, said", "the world champion, Joost de Falk."."""
        text, start = self.text, self._past_epithet(run.start())
        return (
            text.startswith((",", "."), run.end())
            and bool(self.rules.role_then_comma.search(text, max(0, start - 60), start))
            and not self._state_in_apposition(run)
        )

    def _state_in_apposition(self, run: re.Match[str]) -> bool:
        """Whether `run` is the state or country after a town in the apposition of a person's
        name: "Jo Doe, a nurse from Hamilton, Ontario," (not "a fisher from Betio, Rabaua,")."""
        start = run.start()
        if self.text[start - 2 : start] != ", ":
            return False
        named = _NAME_APPOSED.search(self.text, max(0, start - 100), start - 2)
        return (
            named is not None
            and self._kind(self.rules.name_in(named[1])) == PERSON
            and self._place_after_town(self.text[named.end(1) : start - 2], run.group())
        )

    def _past_epithet(self, position: int) -> int:
        """`position`, or the start of a rank or nickname in quotation marks right before it
        ('the rebels' commander, "General" Ada Obi')."""
        if self.text[position - 2 : position - 1] not in ('"', "”", "’", "'"):
            return position
        epithet = _EPITHET_AT_END.search(self.text, max(0, position - 40), position)
        return epithet.start() if epithet else position

    def _word_before(self, position: int) -> str:
        """The lower-case word right before `position` and the spaces after it, or "" (found
        once per position: several rules ask about the same runs)."""
        found = self._words_before.get(position)
        if found is not None:
            return found
        text, k = self.text, position - 1
        while k >= 0 and text[k].isspace():
            k -= 1
        # Most names follow punctuation or a capital: no need to search then.
        if k == position - 1 or k < 0 or not ("a" <= text[k] <= "z" or text[k] == "-"):
            found = ""
        else:
            word = _WORD_BEFORE.search(text, max(0, position - 40), position)
            found = word[1] if word else ""
        self._words_before[position] = found
        return found

    def cues_in(self, start: int, end: int) -> list[re.Match[str]]:
        """The article's cues that lie between character offsets `start` and `end`."""
        found = self.cues[bisect_left(self._cue_starts, start) : bisect_left(self._cue_starts, end)]
        return [m for m in found if m.end() <= end]

    def is_quoted(self, position: int) -> bool:
        """Whether a character offset lies inside quotation marks."""
        k = bisect_left(self._quoted_starts, position + 1) - 1
        return k >= 0 and position < self._quoted[k][1]

    @cached_property
    def roles(self) -> dict[str, str]:
        """Role word -> the person first given it: by a title before the name ("Education
        Minister Jane Doe") or in apposition ("the envoy to the region, Jane Doe,")."""
        rules, roles = self.rules, {}
        titles = [
            (w, m.group())
            for m in self.runs
            for w in m.group().split()[: -len(rules.name_in(m.group()).split()) or None]
            if w in rules.title_words
        ]
        given = [(w.lower().rstrip("."), run) for w, run in titles]
        # and the role a title gives: "Justice Ada Obi" is "the judge"
        given += [(rules.title_roles[w], run) for w, run in titles if w in rules.title_roles]
        given += [  # a lower-case role or a title in capitals before the name: "Mariners
            # manager Luis Vega", "Labour MP Jane Doe"
            (word, m.group())
            for m in self.runs
            if self.text[m.start() - 1 : m.start()] == " "  # on the same line
            and not m.group().startswith(("the ", "The "))
            and (word := self._role_word_before(m.start()))
        ]
        # a title and its portfolio after "for": "Union Minister of State for Water Jo Doe"
        given += [
            (word, m.group())
            for title, m in zip(self.runs, self.runs[1:], strict=False)
            if self.text[title.end() : m.start()] == " for "
            for word in title.group().split()
            if word in rules.title_words
        ]
        for m in rules.role_of.finditer(self.text):
            given.append((m[1], m[2]) if m[1] else (m[4], m[3]))
            # and the role word right before the comma: "The head coach, Jane Doe,"
            last = m[1] and self.text[m.end(1) : m.start(2)].rstrip(" ,").rsplit(" ", 1)[-1]
            if last and rules.is_role_word(last.lower()):
                given.append((last, m[2]))
        for role, run in given:
            person = self.person(run)
            if person:
                roles.setdefault(role.lower(), person)
        for role, other in rules.role_synonyms:  # "the Kelby boss" for the manager
            if role in roles:
                roles.setdefault(other, roles[role])
        return roles

    def _is_organisation(self, name: str, position: int) -> bool:
        """An organisation's name: by its last word, a plural verb after it, or a company noun
        before it ("carrier SkyMarra", "the chain Hollins & Daughters")."""
        kind = self._kind(name) == ORGANISATION or name in self.organisations
        return kind or self._company_noun_before(position, name)

    def _company_noun_before(self, position: int, name: str) -> bool:
        """A company noun right before the name at `position` ("operator Tallow Holdings"),
        unless the name is a person's ("the broadcaster Félix Doe", "police station OC Amal
        Roy": a title opens it)."""
        noun = self._word_before(position)
        return (
            noun in self.rules.company_nouns
            and not self.rules.gender_of_name(name)
            and name.split(maxsplit=1)[0] not in self.rules.title_words
        )

    def _kind(self, name: str) -> str:
        words = name.split()
        joint = next((w for w in ("of", "for") if w in words), "")
        head = words[: words.index(joint)] if joint else []
        named_for = bool(head) and head[-1] in self.rules.organisation_words
        last = words[-1].rstrip(".") if words else ""  # "Acme Inc."
        firm = (
            last in self.rules.organisation_words
            or "&" in words
            or (
                self.rules.names_body(words[words[:1] in (["the"], ["The"]) :])
                and name not in self._after_title
            )
            or (  # "(the) Instituto de ..."
                len(words) > 1
                and words[words[0] in ("the", "The")] in self.rules.organisation_first_words
            )
            or _BRANCH_NUMBER.fullmatch(name)  # "Local 402"
        )
        return ORGANISATION if firm or named_for or name in self.organisations else PERSON

    def _named_clause_subject(self, position: int, firm: bool = False) -> Speaker | None:
        """In "P, it said" or "P, the company said" (the cue's subject at `position`), P's
        subject if it is an organisation's name ("Tarn Inns will close 38 sites, it said"; not
        a capital that opens the sentence, "Normal service resumed, it said"), else None; if
        `firm` (the cue's subject describes a company: "the Finnish forestry group"), a name
        read as a person's counts too where no given name opens it."""
        here = self._sentence_start(position)
        if not self.text[here:position].rstrip().endswith(","):
            return None
        own = self.sentence_subject(here, position)
        words = own.name.removeprefix("the ").split() if own else []
        if own and firm and own.type == PERSON and not self.rules.gender_of_name(own.name):
            own = own._replace(type=ORGANISATION)
        named = (
            own
            and own.type == ORGANISATION
            and all(w[:1].isupper() for w in words)
            and (len(words) > 1 or self._capitalised_inside(words[0]))
        )
        return own if named else None

    def _namesake(self, mention: str) -> str:
        """The one person the article named with the surname `mention` ("Juliana Costa" for
        "Costa") where an actor shares it whose full name the article never gives, else ""
        (also where two people share it: "Costa" alone is then the actor's)."""
        resolved = self.rules.actors.resolve(mention)
        if not resolved or " " in mention or resolved[0] in self.text:
            return ""
        named = [name for name in self.full_names if name.endswith(f" {mention}")]
        return named[0] if len(named) == 1 else ""

    def person(self, mention: str) -> str:
        """The person a name names (actor table, full name, known surname), else ""."""
        resolved = self.rules.actors.resolve(mention)
        namesake = resolved and self._namesake(mention)
        if namesake:
            return namesake
        if resolved:
            return resolved[0] if resolved[1] == PERSON else ""
        # (a known surname as it is: "Judge" for Owen Judge, though alone it reads as a title)
        name = mention if mention in self.surnames else self.rules.name_in(mention)
        if name in self.surnames:
            found = self.surnames[name]
            return "" if found in self.organisations else found
        if name in self._titled_people:
            return name
        return name if " " in name and self._kind(name) == PERSON else ""

    def _surname_at(self, surname: str, position: int) -> str:
        """The person a surname alone names at `position` ("" if none): of several people
        named in full with it, the first one named before it, not one named only in a
        possessive, as another's kin ("Keller said" after "Tomas Keller's father, Dieter
        Keller, said" is the father)."""
        found = self.surnames.get(surname, "")
        namesakes = {n for n in self.full_names if n.rsplit(" ", 1)[-1] == surname}
        if len(namesakes) < 2:
            return found
        return next(
            (
                person
                for start, person, end in self.people[: bisect_left(self.positions, position)]
                if person in namesakes
                and self.text[start:end] != surname  # (named in full, perhaps with a nickname)
                and self.text[end : end + 2] not in ("'s", "’s")
            ),
            found,
        )

    def _sentence_start(self, position: int) -> int:
        return self.starts[max(bisect_left(self.starts, position + 1) - 1, 0)]

    def _is_subject(self, start: int, end: int) -> bool:
        """A mention that opens its sentence or clause and is not a possessive."""
        if self.text[end : end + 2] in ("'s", "’s") or _ENDS_SENTENCE.match(self.text, end):
            return False  # a possessive; a name the sentence ends with has no verb after it
        before = self.text[self._sentence_start(start) : start]
        apposed = self.text[end : end + 1] == "," and _APPOSED.search(before)
        opening = apposed and (apposed.start("word") == 0 or apposed[1])  # of the clause
        # "In the end the director, Jane Doe,", "Yet the conductor, Jane Doe,": the subject
        leads = (
            opening
            and (
                OPENING_PREPOSITION.fullmatch(apposed["word"])
                or _CONJUNCTION.match(apposed["word"])
            )
        ) or (  # "At a shelter in the town, Jane Doe, 38, said": an opening phrase, longer
            apposed and _OPENING_PHRASE.match(before)
        )
        # "Counsel to the family, Jane Doe,", "An officer leading the search, Jane Doe,": the
        # role and its phrase open the sentence
        role = before[: apposed.start("word")].split() if apposed else []
        led = (
            apposed
            and (apposed["word"] in ("to", "for", "at") or apposed["word"].endswith("ing"))
            and 0 < len(role) < 4
            and all(map(_LEAD_WORD.match, role[:-1]))
            and self.rules.is_role_word(role[-1].lower())
        )
        if apposed and not (leads or led):
            return False  # "she called her rival, Jane Doe, to ...": an apposition, an object
        lead = _CLAUSE_BREAK.split(before)[-1]
        lead = _CONJUNCTION.sub("", lead.strip())
        if _VERB_THEN_DETERMINER.search(lead):  # "beat the veteran Jane Doe": an object
            return False
        # Lower-case words just before a name are its role ("Finance spokesman Olaf Brenner",
        # "farmer Jane Doe"), unless they are function words ("met with Jane Doe").
        lower = [w for w in lead.split() if not _LEAD_WORD.match(w)]
        titled = self._role_before(start)  # "parish council chairman Jane Doe"
        # a role and its field: "director of cricket Jane Doe", "head of public affairs",
        # "spokesman on local government Jane Doe", "minister for children Jane Doe"
        field = next(
            (i for i in (3, 4) if len(lower) >= i and lower[-i + 1] in ("of", "on", "for")), 0
        )
        if field and self.rules.is_role_word(lower[-field]):
            lower, titled = lower[:-field], True
        # (the role capitalised as the sentence opens: "Director of cricket Jane Doe")
        words = lead.split()
        opening = len(words) - len(lower) - 1
        if (
            0 < len(lower) < 4
            and lower[0] in ("of", "on", "for")
            and opening >= 0
            and words[opening + 1 :] == lower
            and self.rules.is_role_word(words[opening].lower())
        ):
            lower, titled = [], True
        # before a role word, "-ing" and "-ed" words are its modifiers ("housing spokeswoman"),
        # and "and" joins two roles ("Former student and painter Leo Marten")
        function = (
            w
            for i, w in enumerate(lower)
            if not (
                titled
                and (
                    w.endswith(("ing", "ed"))
                    or (w == "and" and i and self.rules.is_role_word(lower[i - 1]))
                )
            )
        )
        return (len(lower) <= 2 or titled) and not any(map(FUNCTION_WORD.match, function))

    def speaker(self, mention: str, position: int, cue: str, last_speaker: str) -> Speaker | None:
        """The speaker a mention (from `SpeakerRules.mention_*`) at `position` names, or None.

        "it" and "they" name the organisation or group that was last found speaking."""
        found = self._speaker(mention, position, cue, last_speaker)
        # (an acronym in brackets is blanked inside a mention: "The Tarn Rowing Union (TRU)
        # supreme council said")
        if found and "  " in found.name:
            found = found._replace(name=" ".join(found.name.split()))
        if found and found.type == ORGANISATION:
            self._spoke_at(position, found)
        return found

    def _spoke_at(self, position: int, found: Speaker) -> None:
        """Record the organisation `found` speaking at `position`, for "it" and "they" later."""
        insort(self._spoke, (position, len(self._spoke), found))
        self.last_organisation = found

    def _spoke_before(self, position: int) -> Speaker | None:
        """The organisation last found speaking in a mention before `position`, else None."""
        at = bisect_left(self._spoke, (position,))
        return self._spoke[at - 1][2] if at else None

    def _speaker(self, mention: str, position: int, cue: str, last_speaker: str) -> Speaker | None:
        given = self._name_given(position + len(mention.rstrip()))
        if given:
            return given
        if mention.strip().lower() in ("it", "they"):
            group = mention.strip().lower() == "they" and self._agents_before(position)
            it = mention.strip().lower() == "it"
            document = it and self._document_subject(position)
            # "P, it said": P's subject if it is a name, else the organisation before
            here = self._sentence_start(position)
            after_clause = self.text[here:position].rstrip().endswith(",")
            return (
                group
                or document
                or self._named_clause_subject(position)
                or (after_clause and self._organisation_before(here, it))
                or self._organisation_before(position, it)
            )
        mention = mention.strip()
        if mention == "Honour" and self.text[position - 4 : position] in ("His ", "Her "):
            return self._speaker("the judge", position, cue, last_speaker)  # "Her Honour said"
        resolved = self.rules.actors.resolve(mention)
        # "the alliance" after "the Kelby Tenants' Alliance": the body the article named, not
        # an actor the study lists by the same description
        named = resolved and self._named_description(mention, position)
        if named:
            return named
        namesake = resolved and self._namesake(mention)
        if namesake:
            return Speaker(namesake, PERSON, False)
        if resolved:
            return Speaker(resolved[0], self.rules.types[resolved[0]], True)
        if (
            mention.lower() in PRONOUNS
            or _AGED.fullmatch(mention)
            or self.rules.is_demonym(mention)
            or (  # "the 24-year-old Belgian said"
                mention in self.rules.demonyms
                and _BEFORE_DEMONYM.search(self.text, max(0, position - 30), position)
            )
            or self._aged_role(mention, position)
        ):
            unnamed = mention.lower() in ("he", "she") and self._unnamed_subject(position)
            if unnamed:
                return unnamed
            name = self.pronoun(position, cue, last_speaker, mention.lower())
            if not name:  # "A police spokeswoman said ... . "...," she said."
                return self._spokesperson_before(position)
            gender = _PRONOUN_GENDERS.get(mention.lower())
            if gender:  # "he" for the director: "she" later is someone else
                self._pronoun_genders.setdefault(name, gender)
            return Speaker(name, self.rules.types.get(name, PERSON), name in self.rules.types)
        one_of = _ONE_OF.search(self.text, max(0, position - 12), position + len(mention))
        if one_of:  # "one of the sources", "two of those people": as written
            lower = one_of.group().lower()
            return Speaker(lower, PERSON if lower.startswith("one ") else ORGANISATION, False)
        # "Church said" after "Lena Church": a surname, not a group's noun ("the church")
        surname = " " not in mention and self._surname_at(mention, position)
        if surname and surname not in self.organisations:
            return Speaker(surname, PERSON, surname in self.rules.types)
        # (only where the article names the office first: after "Ama Owusu, the Director of
        # Public Prosecutions," the office may be hers)
        office = mention.removeprefix("the ").removeprefix("The ")
        first = self.text.find(office) == position + len(mention) - len(office)
        if first and self.rules.is_office(mention):
            return Speaker(_lower_the(mention), ORGANISATION, False)
        # (not a person whose surname is a body's plural noun: "Superintendent Gloria Banks")
        words = mention.split()
        plural_surname = (
            len(words) > 1
            and words[-1][:1].isupper()
            and words[-1].endswith("s")
            and words[0] not in ("the", "The")
            and self.rules.is_given_name(words[-2])
        )
        if self.rules.bodies.fullmatch(mention) and not plural_surname:
            head = mention.split()[-1].lower()
            if head in self.rules.speaks_for:
                # "the spokesman" after "ministry spokesman Col. Arvid Penn": that person
                named = _DEFINITE.match(mention) and self.roles.get(head)
                if named and mention.count(" ") == 1:
                    return Speaker(named, PERSON, named in self.rules.types)
                return self._spoken_for(mention, position)
            # "the source": the source left unnamed before ("a source close to the talks")
            unnamed = (
                head == "source" and _DEFINITE.match(mention) and self._anonymous_before(position)
            )
            if unnamed:
                return unnamed
            # "the official": someone unnamed with that role before, if any
            person = self.rules.is_role_word(head)
            owned = person and self._owned_role(mention)
            if owned:
                return owned
            # (with the same words before the role: "the Tarnian coast guard" is no "a Velmoran
            # coast guard" named before)
            described = mention.split(maxsplit=1)[-1] if mention[:4] in ("the ", "The ") else head
            # (not a body's capitalised name: "The Kelby Border Guard" after "a spokeswoman for
            # the Kelby Border Guard")
            unnamed = (
                person
                and _DEFINITE.match(mention)
                and head in mention
                and self._unnamed_role_before(position, described)
            )
            if unnamed:
                return unnamed
            # "Airport operator Tallow Holdings", "The port operator, Kelby Terminaux,": the
            # name after a singular group noun
            end = position + len(mention)
            gap = 1 if self.text[end : end + 1] == " " else 2 * (self.text[end : end + 2] == ", ")
            named = gap and self._run_at(end + gap)
            if gap == 2 and named and named.group() not in self.organisations:
                named = None
            if named and not mention.endswith("s"):
                return Speaker(_lower_the(named.group()), ORGANISATION, False)
            # "P, the company said", "P, the Riga-based airline said": P's subject if it is a
            # firm's name (a company noun says it is one: "Kuusela Paper will cut 420 jobs")
            described = mention.lower() != f"the {head}"
            own = head in self.rules.company_nouns and self._named_clause_subject(
                position, described
            )
            if own and _DESCRIBED_FIRM.fullmatch(mention):
                return own
            # (a capitalised one, "the Observatory", as the full name given before)
            name = self._in_full(self._fuller(self._common(mention), position), position)
            return Speaker(_lower_the(name), ORGANISATION, False)
        # (a given name and a surname that is also a title are a name: "Ross Elder")
        named = self.rules.title_as_surname(mention)
        if (self.rules.roles.fullmatch(mention) and not named) or _UNNAMED.fullmatch(mention):
            role = mention.split()[-1].lower().rstrip(".")
            if _INDEFINITE.match(mention):
                # "one mother asked", "a retired nurse said": someone the text does not name,
                # unless a lead's "A coroner has said" is named in the body ("one of many"
                # and "a friend" are not)
                unnamed = Speaker(mention[:1].lower() + mention[1:], PERSON, False)
                return self._withheld(mention, position, unnamed)
            if role in self.rules.anonymous:  # "the insider": the last unnamed source before it
                return self._anonymous_before(position) or Speaker(
                    _lower_the(mention), PERSON, False
                )
            # "The 58-year-old former general said": a description of the person named last
            aged = _AGED_BEFORE.search(self.text, max(0, position - 20), position)
            person = (aged and self.pronoun(position, cue, last_speaker)) or ""
            # "the minister": the person given that title
            person = person or self.roles.get(role, "")
            if person:
                return Speaker(person, PERSON, person in self.rules.types)
            unnamed = _DEFINITE.match(mention) and self._unnamed_role_before(position, role)
            return unnamed or self.named_later(position, role)
        # "said Kelby Springs Shire mayor Tony Calder": the person the role names
        role = _ROLE_AFTER.match(self.text, position + len(mention))
        if role and self.rules.is_role_word(role[1]):
            named = self._run_at(role.end())
            if named:
                return self._speaker(named.group(), role.end(), cue, last_speaker)
        if self._company_noun_before(position, mention) or mention in self.organisations:
            # "the carrier SkyMarra": a company's name, and the name alone later (in full where
            # it was given so before: "Speedline" after "Speedline UK")
            return Speaker(_lower_the(self._in_full(mention, position)), ORGANISATION, False)
        name = self.rules.name_in(mention)
        if " " not in name and name not in self.surnames:
            return self._one_word_subject(mention, name, position)
        name = self.surnames.get(name, name)
        if (name.startswith("the ") and name.count(" ") == 1) or name in self._short_names:
            name = self._in_full(name, position)  # "the Chronicle", "Tarn Velda"
        return Speaker(_lower_the(name), self._kind(name), False)

    def _named_description(self, mention: str, position: int) -> Speaker | None:
        """The organisation named before `position` whose name's last word is the noun of
        `mention`, "the" and a lower-case noun ("the alliance"), else None."""
        noun = mention[4:]
        if mention[:4] not in ("the ", "The ") or not noun.isalpha() or not noun.islower():
            return None
        fuller = self._fuller(f"the {noun}", position)
        if fuller == f"the {noun}" or fuller.islower() or self.rules.actors.resolve(fuller):
            return None
        return Speaker(fuller, ORGANISATION, False)

    def _one_word_subject(self, mention: str, name: str, position: int) -> Speaker | None:
        """An unknown one-word name right next to its cue ("Dravonia said", "said Unify",
        "Ms Oduya has repeatedly argued"): a person if written after a title here or
        elsewhere, else an organisation or a place standing for its government (people are
        named in full before their surname stands alone). A capitalised word elsewhere (a
        sentence's first word, "Weight restrictions will ...") names nobody."""
        titled = len(mention.split()) > 1 + mention.startswith(("the ", "The "))
        # "Ms Oduya", "Minister Wirasto", "Sutrisno, a village head,": a person, whatever follows
        if titled or name in self._titled_people:
            return Speaker(name, PERSON, False)
        end = position + len(mention.rstrip())
        k = bisect_left(self._cue_starts, end)
        cue_after = (
            k < len(self.cues)
            and (
                _BETWEEN_ONLY.fullmatch(self.text, end, self._cue_starts[k])
                # in apposition: "..., its owner, Węglopol, said"
                or (
                    self.text[end : self._cue_starts[k]].strip() == ","
                    and self.text[:position].rstrip().endswith(",")
                )
            )
        )
        cue_before = k > 0 and self.text[self.cues[k - 1].end() : position].isspace()
        # "Ardcourt, the original winners, said": a description in apposition before the cue,
        # a person's if its noun is a role ("Botha, the coach, said")
        described = (
            not (cue_after or cue_before)
            and k < len(self.cues)
            and _DESCRIPTION_BETWEEN.fullmatch(self.text, end, self._cue_starts[k])
        )
        if described:
            person = self.rules.is_role_word(described[1].split()[-1].lower())
            return Speaker(name, PERSON if person else ORGANISATION, False)
        if not (cue_after or cue_before):
            return None
        if name in self._titled:  # "Ms Tellani" elsewhere in the article
            return Speaker(name, PERSON, False)
        return Speaker(_lower_the(self._in_full(name, position)), ORGANISATION, False)

    def _in_full(self, name: str, position: int) -> str:
        """An organisation's acronym or one-word name ("KRA", "the Chronicle") as its full
        name given before `position` ("the Kestrel Rail Authority (KRA)", "the Kelby
        Chronicle"), else `name`."""
        bare = name.removeprefix("the ").removeprefix("The ")
        if bare in self.acronyms:
            return self.acronyms[bare]
        short = self._short_names.get(bare)
        # (only where it was given before: "the port of Delbury", then "Delbury Port
        # Authority" later, is no authority yet)
        return short if short and -1 < self.text.find(short) < position else name

    def in_full(self, found: Speaker) -> Speaker:
        """An organisation named with its legal form where the article gives one ("Tarn
        Metals" after "Tarn Metals PLC"); a person with the generation it gives ("Frank Doe
        III", "Ana Ruiz Jr.")."""
        if found.type == PERSON and not found.known:
            full = self._generations.get(found.name)
            return found._replace(name=full) if full else found
        if found.type != ORGANISATION:
            return found
        seat = self.rules.seat_after_legal_form.search(found.name)
        if seat:
            return found._replace(name=found.name[: seat.start(1)])
        full = self._legal_names.get(found.name.removeprefix("the "))
        return found._replace(name=full) if full else found

    @cached_property
    def _generations(self) -> dict[str, str]:
        """People's names with their generation ("Frank Doe III") by the name without it, and
        by its last words ("Doe", "Queen Velda II" for "Velda"), where only one is given."""
        found: dict[str, set[str]] = {}
        for m in _GENERATION.finditer(self.text):
            words = [w for w in m[1].split() if w[0] not in '"“‘']
            for k in range(1, len(words) + 1):
                name = " ".join(words[-k:])
                found.setdefault(name, set()).add(f"{name} {m[2]}")
        return {name: full.pop() for name, full in found.items() if len(full) == 1}

    @cached_property
    def _legal_names(self) -> dict[str, str]:
        """Companies' names with their legal form ("Tarn Metals PLC") by the name without it."""
        names = {}
        for m in self.runs:
            name = self.rules.name_in(m.group()).removeprefix("the ").removeprefix("The ")
            short = self.rules.legal_form.sub("", name)
            if short != name and short:
                # a sentence's full stop is no part of it: "... with Tarn Metals Ltd. The"
                ends = name.endswith(".") and _SENTENCE_AFTER.match(self.text, m.end())
                names[short] = name[:-1] if ends else name
        return names

    @cached_property
    def _short_names(self) -> dict[str, str]:
        """Organisations' names by their first or last word, for that word alone later
        ("Tallow Metals": "Tallow said"; "Kelby Wanderers": "a Wanderers coach"), or by all
        but their organisation's word ("Tarn Velda Holdings": "Tarn Velda said"), where only
        one organisation's name starts or ends with it."""
        names: dict[str, set[str]] = {}
        for m in self.runs:
            # (without a live blog's time zone: "7:15 a.m. ET Tarn Air announced")
            zone = DATELINE.match(self.text, m.start())
            run = (
                m.group()[zone.end() - m.start() :] if zone and zone.end() < m.end() else m.group()
            )
            # (the name without a company noun opening the sentence: "Housebuilder X Homes")
            words = self.rules.name_in(run).removeprefix("the ").split()
            suffix = _CAPITALS_AFTER.match(self.text, m.end())  # "Kelby FK": no run's word
            words += [suffix[1]] if suffix else []
            if len(words) > 1 and (
                words[-1].rstrip(".") in self.rules.organisation_words
                or words[0] in self.rules.organisation_first_words  # "Deportivo Tarn"
                or self.rules.names_body(words)  # "Speedline UK", "Zentek Precision Philippines"
                or " ".join(words) in self.organisations  # "Serie A club Lanterna Genova"
            ):
                names.setdefault(words[0], set()).add(" ".join(words))
                names.setdefault(words[-1], set()).add(" ".join(words))
                # and a long one by its first two: "Muskeg River" for "Muskeg River Oil Sands
                # Corp" (not before "and": "Brisa Jet and Condor Air" are two airlines)
                if len(words) > 3 and words[2] not in ("and", "&"):
                    names.setdefault(" ".join(words[:2]), set()).add(" ".join(words))
                # and by what follows the words of its kind: "Vale do Sousa" for "FC Vale do
                # Sousa", "Serra Dourada" for "Esporte Clube Serra Dourada"
                kind = next(
                    (
                        i
                        for i, w in enumerate(words)
                        if w not in self.rules.organisation_first_words
                    ),
                    0,
                )
                if 0 < kind < len(words) - 1:
                    names.setdefault(" ".join(words[kind:]), set()).add(" ".join(words))
            # by the words before "of": "the Central Bank" for "the Central Bank of Tarn"
            of = next((i for i, w in enumerate(words) if w == "of" and i > 1), 0)
            if of and words[of - 1] in self.rules.organisation_words:
                names.setdefault(" ".join(words[:of]), set()).add(" ".join(words))
            # ("Ltd." is left to `in_full`)
            if len(words) > 2 and words[-1] in self.rules.organisation_words:
                # by its last two words: "a Coast Guard spokesman" after "the Tarn Coast Guard"
                # (nor after "and")
                if words[-3] not in ("and", "&"):
                    names.setdefault(" ".join(words[-2:]), set()).add(" ".join(words))
                # (not a person's name that a body is named for: "the Ada Venn Foundation")
                if not self.rules.is_given_name(words[0]):
                    names.setdefault(" ".join(words[:-1]), set()).add(" ".join(words))
        return {first: found.pop() for first, found in names.items() if len(found) == 1}

    def _unnamed_role_before(self, position: int, role: str) -> Speaker | None:
        """The last person left unnamed with `role` (a role word, or the words of "the Tarnian
        coast guard" after "the") before `position`, as written with where they work ("an
        official at the Harbour Authority" for "the official" later)."""
        matches = [
            *re.finditer(
                rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){{0,3}}?(?i:{re.escape(role)})\b"
                # (or by their closeness to a matter: "a diplomat briefed on the talks")
                + rf"(?:{_CLOSE_AFTER.pattern}|{_UNNAMED_TAIL})",
                self.text[:position],
            )
        ]
        found = matches[-1] if matches else None
        if not found or self.is_quoted(found.start()):
            return None
        return Speaker(found.group()[:1].lower() + found.group()[1:], PERSON, False)

    def _anonymous_before(self, position: int) -> Speaker | None:
        """The last person left unnamed on purpose before `position` ("a close friend", "a
        source"), for "the pal" or "the insider" after it."""
        found = [
            *self.rules.anonymous_mention.finditer(self.text, 0, position),
            *_CLOSE_PHRASE.finditer(self.text, 0, position),  # "people familiar with the talks"
        ]
        if not found:
            return None
        last = max(found, key=lambda m: m.start())
        close = _CLOSE_AFTER.match(self.text, last.end())
        words = last.group() + (close.group() if close else "")
        cue = self.rules.cues.search(words)  # "a source close to the show claimed she had ..."
        words = words[: cue.start()].rstrip() if cue else words
        return Speaker(words[:1].lower() + words[1:], PERSON, False)

    def _owned_role(self, mention: str) -> Speaker | None:
        """The person the article gives a role by name, for the role with a possessive ("their
        lawyer" before "The lawyer, Ines Duarte,", "her spokesman" before "Her spokesman, Ben
        Ito,"), else None."""
        named = _OWNED.match(mention) and self.roles.get(mention.split()[-1].lower())
        return Speaker(named, PERSON, named in self.rules.types) if named else None

    def _spoken_for(self, mention: str, position: int) -> Speaker | None:
        """The organisation an unnamed spokesperson speaks for: named in the mention ("a
        Foreign Ministry spokesperson", "a company spokesman"), after it ("a spokesman for the
        regulator"), else the organisation of the sentence or the one before."""
        owner = [w for w in mention.split()[:-1] if w.lower() not in ("a", "an", "the")]
        possessive = len(owner) == 1 and owner[0].lower()
        owned = self._owned_role(mention)
        if owned:
            return owned
        if possessive in ("his", "her"):  # "her spokesman": the person "she" stands for
            person = self.pronoun(position, "", "", "he" if possessive == "his" else "she")
            return Speaker(person, PERSON, person in self.rules.types) if person else None
        if possessive in ("its", "their"):
            return self._organisation_before(position)
        if owner:
            name = " ".join(owner).removesuffix("'s").removesuffix("’s")
            if name.islower():  # "a company spokesman": the company named before
                return Speaker(self._fuller(f"the {name}", position), ORGANISATION, False)
            # (a title alone is the body as written: "a Garda spokesperson")
            return self._person_spoken_for(name) or Speaker(
                _lower_the(self._in_full(self.rules.name_in(name) or name, position)),
                ORGANISATION,
                False,
            )
        after = _FOR_WHOM.match(self.text, position + len(mention))
        if after:
            # a group as long as it goes ("the prime minister's office"), else the words
            # up to the first lower-case one after the first ("the regulator")
            ahead = self.text[after.start(1) : after.start(1) + _LONGEST_MENTION]
            found = self.rules.mention_at_start(ahead) or self.rules.mention_at_start(after[1])
            described = not found and _DESCRIPTOR_NAME.fullmatch(after[1])
            name = found.group() if found else described[1] if described else after[1]
            # (a group's noun and its name right after it: "the business association Tarn
            # Traders", as "the union Unify" is named)
            named = found and name[:1].islower() and _NAME_AFTER.match(ahead, found.end())
            if named:
                name = named[1]
            # (a body's noun in capitals that opens a longer name: "the federal Department of
            # Education")
            head = found and not named and name.rfind(" ") + 1
            longer = head and name[head].isupper() and self.rules.mention_at_start(ahead[head:])
            if longer and re.match(r" (?:of|for) ", longer.group()[len(name) - head :]):
                name = name[:head] + longer.group()
            # (with its topic, which the run stops before: "a spokesman for the Commission on
            # Elections")
            topic = (
                ahead.startswith(name)
                and name.split()[-1] in self.rules.organisation_words
                and _ON_TOPIC.match(ahead, len(name))
            )
            name += topic.group() if topic else ""
            return self._person_spoken_for(name) or Speaker(
                self._in_full(self._fuller(self._common(name), position), position),
                ORGANISATION,
                False,
            )
        # "the rep": whom the spokesperson named before spoke for ("a rep for the singer")
        before = mention[:4] in ("the ", "The ") and self._spokesperson_for_before(position)
        return before or self._organisation_before(position)

    def _spokesperson_for_before(self, position: int) -> Speaker | None:
        """Whom the last "a spokesperson for X" before `position` speaks for, else None."""
        found = [*self.rules.spokesperson_for.finditer(self.text, 0, position)]
        return self._spoken_for(found[-1].group(), found[-1].start()) if found else None

    def _person_spoken_for(self, name: str) -> Speaker | None:
        """A person a spokesperson speaks for, by the name without its title ("a spokeswoman
        for Transport Minister Ada Ruiz", "Ruiz's spokesman"), if `name` is a known person's,
        or by the role the article gave them ("a representative for the singer")."""
        words = name.lower().split()
        if len(words) == 2 and words[0] == "the":
            person = self.roles.get(words[1])
        else:
            person = name[:1].isupper() and self.person(name)
            # (after a title, if after anything: "for Irwell Valley Living" speaks for no
            # "Valley Living")
            before = person and name.find(person) > 0 and name[: name.find(person)]
            if before and not any(
                w in self.rules.title_words or self.rules.is_role_word(w) for w in before.split()
            ):
                person = None
        return Speaker(person, PERSON, person in self.rules.types) if person else None

    def _organisation_before(self, position: int, singular: bool = False) -> Speaker | None:
        """The organisation "it", "they" or an unnamed spokesperson stand for: the subject of
        this sentence or the one before, else the one that spoke last before it, else the firm
        the lead names ("Shares in Tallow Metals fell ... . It declined to comment"), else the
        one found speaking last (a pronoun before its name: "after it confirmed ..., the
        agency said"); if `singular`, for "it", none named by a plural noun ("the
        companies")."""

        def fits(found: Speaker | None) -> Speaker | None:
            return None if singular and _is_plural(found) else found

        found = self._organisation_subject(position, singular) or fits(self._spoke_before(position))
        firm = None if found else self._firm_before(position)
        if firm:
            return Speaker(firm, ORGANISATION, False)
        return found or fits(self.last_organisation)

    def _document_subject(self, position: int) -> Speaker | None:
        """The document that opens the sentence before the one "it" at `position` opens ("The
        study was carried out in May. It found ..."), as `_document_author` names it."""
        here = self._sentence_start(position)
        if not here or self.text[here:position].strip():  # "it" opens its sentence
            return None
        before = self._sentence_start(here - 1)
        opening = _DOCUMENT_OPENING.match(self.text, before, here)
        words = opening and opening[1]
        return (
            self._document_author(words, position)
            if words and self.rules.document_phrase.fullmatch(words)
            else None
        )

    def _unnamed_subject(self, position: int) -> Speaker | None:
        """Someone unnamed, or named by a role, who opens the last sentence of the narration
        before the one "he" or "she" at `position` opens or ends, with nobody named since ("One
        delegate was less guarded. "...," he said"; "A nurse spoke to us. She said ...";
        "The judge was unmoved. "...," she said")."""
        start = self._sentence_start(position)
        at = self._opening(start, position)
        # ("A crew member broke an arm, he said": who opens the narration "he" ends is in what he
        # said, not who said it)
        if at < position and self.text[start:position].rstrip().endswith(","):
            at = position
        while start and (at == position or self.is_quoted(at)):
            start = self._sentence_start(start - 1)
            at = self._opening(start, position)
        return self._unnamed_at(at, position) or self._unnamed_at(
            self._cue_after_comma(start, position), position
        )

    def _cue_after_comma(self, start: int, position: int) -> int:
        """Where the attribution after a clause's last comma starts in the sentence from
        `start` ("P, a spokeswoman for the airline said."), else `position`; not after a name
        ("according to Sgt Ada Ruiz, a police spokeswoman.")."""
        if bisect_left(self.positions, position) > bisect_left(self.positions, start):
            return position
        later = bisect_left(self.starts, start + 1)
        end = min(self.starts[later], position) if later < len(self.starts) else position
        comma = self.text.rfind(", ", start, end)
        return comma + 2 if comma >= 0 and not self.is_quoted(comma) else position

    def _unnamed_at(self, at: int, position: int) -> Speaker | None:
        """Someone unnamed, or named by a role, whose mention starts at `at`, with nobody
        named between it and `position`."""
        if not (_INDEFINITE.match(self.text, at) or self.text.startswith(("The ", "the "), at)):
            return None  # (only these open the mentions wanted: a quick test first)
        m = self.rules.mention_at_start(self.text[at : min(position, at + _LONGEST_MENTION)])
        head = m.group().split()[-1] if m else ""
        if not head.islower():
            return None
        if bisect_left(self.positions, position) > bisect_left(self.positions, at):
            return None  # someone named since
        if head in self.rules.speaks_for:  # "A spokeswoman for the council said ..."
            return self._spoken_for(m.group(), at)
        if _INDEFINITE.match(m.group()):
            # with where they work or whose they are: "a nurse at the clinic" (or how close to
            # a matter: "an official familiar with the talks")
            close = _CLOSE_AFTER.match(self.text, at + m.end(), position)
            tail = close or WORKPLACE.match(self.text, at + m.end(), position)
            words = m.group() + tail[0]
            return self._name_given(at + len(words)) or Speaker(
                words[:1].lower() + words[1:], PERSON, False
            )
        person = self.roles.get(head) if m.group()[:4] in ("the ", "The ") else None
        if person:  # the judge
            return Speaker(person, PERSON, person in self.rules.types)
        # "The incident commander at the scene told ...": nobody named with the role
        placed = _ROLE_AT_PLACE.match(self.text, at, min(position, at + _LONGEST_MENTION))
        return placed and self._role_at_place(placed.group())

    def _name_apposed(self, description: str, apposition: str) -> str:
        """The name of a body in apposition to its description: an acronym ("The pilots'
        association, PAT,", "The air navigation provider, TNAV-Sud,") or, after a body's noun,
        any name ("Tarn's sea rescue service, Rescate Costero,"), else ""."""
        words = description.split()
        name = apposition.strip()
        if not words or not words[-1].islower():
            return ""
        if _APPOSED_ACRONYM.fullmatch(name) or (
            words[-1] in self.rules.naming_nouns and self.rules.unknown.fullmatch(name)
        ):
            return name
        return ""

    def _name_given(self, end: int) -> Speaker | None:
        """The name an unnamed person whose mention ends at `end` gave ("a driver who gave his
        name only as Imran", "one soldier, who asked to be identified only by his first name,
        Pavel,"), else None."""
        window = self.text[end : end + 120]
        given = (
            "name" in window or " only " in window or " called " in window
        ) and _NAME_GIVEN.match(self.text, end)
        if not given:
            return None
        words = given[1].split()  # (without a title: "identified only as Mr Goh")
        return Speaker(
            " ".join(words[len(words) > 1 and words[0] in self.rules.title_words :]), PERSON, False
        )

    def _opening(self, start: int, end: int) -> int:
        """Where the sentence from `start` opens: after spaces and quotation marks."""
        sentence = self.text[start:end]
        return start + len(sentence) - len(sentence.lstrip(" \n\"“‘'"))

    def _spokesperson_before(self, position: int) -> Speaker | None:
        """The organisation of an unnamed spokesperson who opens this sentence or the one
        before: "he" or "she" after no named person."""
        here = self._sentence_start(position)
        previous = self._sentence_start(here - 1) if here else here
        for start in (here, previous):
            sentence = self.text[start:position]
            stripped = sentence.lstrip()
            m = self.rules.mention_at_start(stripped)
            if m and m.group().split()[-1].lower() in self.rules.speaks_for:
                return self._spoken_for(m.group(), start + len(sentence) - len(stripped))
        return None

    def named_later(self, position: int, role: str = "", withheld: bool = False) -> Speaker | None:
        """For a role in the first sentence (a headline's "says shopkeeper", a lead's "a judge
        has said"), the first person named after it with that title ("Judge Jane Doe"), else
        the first named as a clause subject: news names the lead's speaker in the body. A role
        that says a gender ("a widow") skips people named as of the other; a role the lead
        withholds a name from ("A nurse said") skips people named with another role ("Ward
        manager Tom Bell"), unlike a headline's ("says Rovers boss" is "manager Dean Doe")."""
        if len(self.starts) < 2 or position >= self.starts[1]:
            return None
        fits = self._fits(self.rules.role_genders.get(role, ""))
        after = [
            k
            for k in range(bisect_left(self.positions, self.starts[1]), len(self.people))
            if fits(self.people[k][1])
        ]
        titled = (  # ("Judge Jane Doe", "coroner Dr Jane Doe")
            k
            for k in after
            if role in self.text[self.people[k][0] : self.people[k][2]].lower().split()
            or self._role_word_before(self.people[k][0]) == role
        )
        person = next((self.people[k][1] for k in titled), "") if role else ""
        untitled = (
            k
            for k in after
            if not withheld or self._role_word_before(self.people[k][0]) in ("", role)
        )
        person = person or next((self.people[k][1] for k in untitled if self._subject(k)), "")
        return Speaker(person, PERSON, person in self.rules.types) if person else None

    def _aged_role(self, mention: str, position: int) -> bool:
        """A role given nobody by name, with "the" and an age in apposition: "The retired
        teacher, 67, says" is someone named before, as "the 67-year-old" would be, and so is
        "the 38-year-old singer"."""
        if mention[:4] not in ("the ", "The ") or not self.rules.roles.fullmatch(mention):
            return False
        return bool(_AGED.match(mention)) or (
            bool(_AGE_AFTER.match(self.text, position + len(mention)))
            and mention.rsplit(" ", 1)[-1].lower() not in self.roles
        )

    def _another(self, position: int) -> Speaker | None:
        """ "another" and the noun of the last "one" before `position` in this sentence or the
        two before ("One delegate said P. Another said Q": "another delegate"), else None."""
        here = self._sentence_start(position)
        for _ in range(2):
            here = self._sentence_start(here - 1) if here else here
        ones = [
            m
            for m in _ONE_OF_THEM.finditer(self.text, here, position)
            if self.rules.is_role_word(m[1]) or m[1] in self.rules.group_heads
        ]
        return Speaker(f"another {ones[-1][1]}", ORGANISATION, False) if ones else None

    def _group_before(self, position: int) -> Speaker | None:
        """The group a plural noun last named in this sentence or the one before `position`
        ("More than 80 residents packed the hall" for "Many said" after it), by that noun."""
        here = self._sentence_start(position)
        previous = self._sentence_start(here - 1) if here else here
        nouns = [
            m
            for m in _WORD.finditer(self.text, previous, position)
            if m.group().lower() in self.rules.group_heads and m.group().endswith("s")
        ]
        noun = next((m for m in reversed(nouns) if not self.is_quoted(m.start())), None)
        return Speaker(noun.group().lower(), ORGANISATION, False) if noun else None

    def _agents_before(self, position: int) -> Speaker | None:
        """A group named as the agent of a passive in the sentence before "they" at
        `position` ("rated top by inspectors. They said ...")."""
        here = self._sentence_start(position)
        previous = self._sentence_start(here - 1) if here else here
        agent = _BY_GROUP.search(self.text, previous, here)
        m = agent and self.rules.mention_at_start(agent[1])
        if not m or not self.rules.bodies.fullmatch(m.group()) or not m.group().endswith("s"):
            return None
        return Speaker(self._common(m.group()), ORGANISATION, False)

    def _organisation_subject(self, position: int, singular: bool = False) -> Speaker | None:
        """The organisation or group that is the subject of the sentence before `position`
        ("The ministry summoned the envoy over what it called ..."), else of the sentence
        before that ("The airline said ... . "...," it said."); if `singular`, not one named
        by a plural noun."""
        here = self._sentence_start(position)
        previous = self._sentence_start(here - 1) if here else here
        for start, end in ((here, position), (previous, here)):
            subject = self.sentence_subject(start, end) if start < end else None
            if subject and subject.type == PERSON:  # "Doe was held, the prosecutor's office said"
                subject = self.sentence_subject(start, end, people=False)
            if subject and subject.type == ORGANISATION and not (singular and _is_plural(subject)):
                return subject
        return None

    def group_at_start(self, text: str) -> Speaker | None:
        """A group noun and the phrase that says whose group it is, which is all of `text` up
        to its next comma or stop ("analysts at Corran Securities", "officials at the port
        authority."), else None; a spokesman's phrase is left to `speaker`, which names the
        body he speaks for."""
        phrase = _PHRASE.match(text)
        # (or someone unnamed by their closeness to a matter: "an official familiar with the
        # talks", as written)
        close = phrase and _CLOSE_PHRASE.fullmatch(phrase[1].rstrip())
        if close:
            return Speaker(close.group()[:1].lower() + close.group()[1:], PERSON, False)
        group = phrase and self.rules.group_with_tail.match(phrase[1].rstrip())
        if not group or group[2].lower() in self.rules.speaks_for:
            return None
        # (without a time phrase: "a group of doctors last month")
        phrase, head_end = _TIME_AT_END.sub("", group[1]), group.end(2) - group.start(1)
        # "the Kelby Institute in Port Alder": a name, then a place; "the Central Bank of
        # Kelby published on Monday": a name, then what became of the document it wrote
        if group[2][:1].isupper() and phrase.startswith(" in ", head_end):
            phrase = phrase[:head_end]
        elif group[2][:1].isupper() and (done := _DONE_AFTER_NAME.search(phrase, head_end)):
            phrase = phrase[: done.start()]
        # "a review by a consortium of aid agencies seen by this newspaper": what the outlet
        # saw is the document, no part of its author
        elif seen := _SEEN_BY.search(phrase, head_end):
            phrase = phrase[: seen.start()]
        return Speaker(self._common(phrase), ORGANISATION, False)

    def source(self, text: str, position: int, phrase_only: bool = True) -> Speaker | None:
        """Whoever "according to" names at the start of `text`: a speaker mention, else the
        noun phrase up to the next comma or stop ("two people familiar with the talks"), unless
        not `phrase_only` ("changed according to the season": no source)."""
        by = self.rules.document.match(text)  # "a statement from Westbury Police"
        if by:
            text, position = text[by.end() :], position + by.end()
            # (not whom it was sent to: "a letter from the mayor to the council")
            text = _ADDRESSEE.split(text, maxsplit=1)[0]
        # (up to an acronym blanked after a name: "the Kelby Quality Authority (KQA) of ...")
        text = _BLANKED.split(text, maxsplit=1)[0]
        # a body's name with a list in it: "the Ministry of Mines, Water and Roads"
        lead = len(text) - len(text.lstrip())
        listed = self.rules.unknown.match(text, lead)
        if listed and "," in listed.group():
            return self.speaker(listed.group(), position + lead, "according to", "")
        phrase = _PHRASE.match(text)
        close = phrase and _CLOSE_PHRASE.fullmatch(phrase[1].rstrip())
        if close:  # "according to people familiar with the talks"
            return Speaker(close.group(), PERSON, False)
        # (a document whose noun follows a group's: "according to a police report")
        document = phrase and self.rules.document_phrase.fullmatch(phrase[1].strip())
        found = document and self._document_author(phrase[1].strip(), position)
        if found:
            return found
        group = self.group_at_start(text)  # "according to researchers at Brindley University"
        if group:
            return group
        pronoun = phrase and _SUBJECT_FORMS.get(phrase[1].strip().lower())
        if pronoun:  # "according to him": whom "he" names
            return self.speaker(pronoun, position, "according to", "")
        acronym = phrase and _THE_ACRONYM.fullmatch(phrase[1].strip())
        if acronym and acronym[1] in self.acronyms:  # "according to the KRA"
            return Speaker(self.acronyms[acronym[1]], ORGANISATION, False)
        # past a lower-case role: "according to managing director Jane Doe"
        role = ROLE_THEN_NAME.match(text, lead)
        # (or after a team's or a country's name: "former South Africa wicketkeeper Jo Doe")
        modified = _MODIFIED_ROLE_NAME.match(text, lead)
        after_team = modified and self.rules.mention_at_start(modified[2])
        team = (
            after_team
            and re.search(r"\b[A-Z]", text[lead : modified.start(1)])
            and (
                self.rules.is_role_word(modified[1])
                or self.rules.is_given_name(after_team.group().split()[0])
            )
            # (no function word or particle before the name: "the Port of Long Beach",
            # "Registraduría Municipal de San Vicente")
            and not FUNCTION_WORD.match(modified[1])
            and modified[1] not in self.rules.particles | self.rules.connectors
            and " " in self.person(after_team.group())
            and [modified.start(2)]
        )
        for start in (team or []) + ([role.start(1)] if role else []) + [lead]:
            m = self.rules.mention_at_start(text[start:])
            # "according to his solicitor, Ana Ruiz": the person the role names in apposition
            named = (
                m
                and self.rules.roles.fullmatch(m.group())
                and _APPOSED_NAME.match(text, start + m.end())
            )
            if named and " " in self.person(named[1]):
                return self.speaker(named[1], position + named.start(1), "according to", "")
            # (a body's one-word name after its noun: "the statistics agency INDEC")
            single = (
                not m and role and phrase and start == role.start(1)
            ) and _ONE_WORD_NAME.fullmatch(text, start, len(text[: phrase.end(1)].rstrip()))
            noun = single and text[:start].split()[-1]
            if noun and noun in self.rules.group_heads | self.rules.company_nouns:
                name = self.acronyms.get(single.group(), single.group())
                return Speaker(self._in_full(name, position + start), ORGANISATION, False)
            found = m and self.speaker(m.group(), position + start, "according to", "")
            if found:
                return found
        if not phrase or len(phrase[1].split()) > 12:
            return None
        # "according to the notice", "an annual count released on Thursday", "a new analysis
        # of 30 years of buoy records" (a long phrase only if it names a document)
        document = self._document_author(phrase[1].strip(), position)
        if document or not phrase_only or len(phrase[1].split()) > 8:
            return document
        # (without a time phrase: "figures published by the HSE on Thursday"; nor what was
        # done with a document: "minutes of the meeting published on Tuesday")
        # (nor a clause after it: "rated 'inadequate' by Ofsted after inspectors raised ...")
        phrase = _TIME_AT_END.sub("", _CLAUSE_AFTER.sub("", phrase[1]).strip())
        return Speaker(_lower_the(_DOCUMENT_DONE_AT_END.sub("", phrase)), ORGANISATION, False)

    def _document_author(self, s: str, position: int, whole: str = "") -> Speaker | None:
        """Who wrote the document `s` ends with: the owner ("Acme's filing"), a body named in
        it ("a party statement", "a Kremlin statement"); "the report" itself, as the codebook
        and the blind sets' coders name it, even when its author was named before (or as it
        was named when it spoke first: "an independent review found ... . The review said");
        else, for a party's own "a statement", the organisation of the sentence before or the
        one before that ("The bureau issued a statement. A statement said ..."), else the
        document itself, named by `whole` if given ("a report to the cabinet")."""
        last = max([-1, *(m.start() for m in _CLAUSE_MARK.finditer(s))])
        # (after a conjunction: "..., and the statement added")
        words = re.sub(r"^(?:and|but)\s+", "", s[last + 1 :].strip())
        # who put it out, named after it: "a statement it released", "a report they published"
        authored = _PRONOUN_AUTHOR.fullmatch(words)
        if authored and self.rules.document_phrase.fullmatch(authored[1]):
            at = position + len(s) - len(words) + authored.start(2)
            document = authored[1][:1].lower() + authored[1][1:]
            return self.speaker(authored[2], at, "", "") or Speaker(document, ORGANISATION, False)
        # without what describes it after: "a survey released last month", "the report on
        # the first year"
        # (or its date, which its name keeps: "an inspection report from November")
        dated = _DATED.fullmatch(words)
        whole = whole or (words if dated else "")
        described = _PARTICIPLE_AFTER.match(words) or _TOPIC_AFTER.match(words) or dated
        words = described[1] if described else words
        found = self.rules.document_phrase.fullmatch(words)
        if not found:
            return None
        owner = found["owner"] or found["modifier"]
        if owner and self.rules.is_role_word(owner.lower()):  # "official figures": no owner
            return Speaker(words[:1].lower() + words[1:], ORGANISATION, False)
        # "The NAO report", "KeSA's report" (an acronym in mixed case, introduced): its body
        if owner and (re.fullmatch(ACRONYM_WORD, owner) or owner in self.acronyms):
            return Speaker(self.acronyms.get(owner, owner), ORGANISATION, False)
        if owner and owner[:1].isupper():
            m = self.rules.mention_at_start((found["the"] or "") + owner)
            named = m and self.speaker(m.group(), position, "", "")
            # (a body known by one word, never introduced, after an article or with its
            # possessive: "a Unesco report", "Oxfam's study"; a nationality's is the
            # document's own: "a British study"; not a date's, "the March report", nor a
            # sentence's first word: "One post said", "Customs data show"; nor a platform's,
            # which carries a post, not writes it: "a Facebook post")
            one_word = re.fullmatch(rf"{_NO_DATE}[A-Z][a-z]+", owner)
            posted = words.rsplit(None, 1)[-1].lower() in _POSTED
            if named or not one_word or posted or not (found["owner"] or _DETERMINER.match(words)):
                return named
            if owner in self.rules.demonyms or _NATIONALITY_ADJECTIVE.fullmatch(owner):
                return Speaker(words[:1].lower() + words[1:], ORGANISATION, False)
            return Speaker(self._in_full(owner, position), ORGANISATION, False)
        if owner and owner.split()[-1].lower() in self.rules.group_heads:
            return Speaker(self._fuller(f"the {owner.lower()}", position), ORGANISATION, False)
        possessive = _PERSON_POSSESSIVE.match(words)  # "his post": whom "he" names
        if possessive:
            return self.speaker(_POSSESSIVE_SUBJECTS[possessive[1].lower()], position, "", "")
        noun = words.split()[-1]
        here = self._sentence_start(position)  # whose subject is the document, or P's
        definite = words[:4].lower() == "the "  # the document named before, itself
        # (or as it was named when it spoke first with no author: "an independent review
        # found ... . The review said" is "an independent review")
        spoke = definite and [
            phrase
            for start, phrase in self._documents_that_spoke
            if start < here and phrase.rsplit(" ", 1)[-1].lower() == noun.lower()
        ]
        if spoke:
            return Speaker(spoke[-1], ORGANISATION, False)
        # (a party's own "a statement"; "a report" is new to the reader)
        own = not definite and (
            noun in self.rules.own_documents or not re.match(r"[Aa]n?\s", words)
        )
        author = self._organisation_before(here - 1) if here and own else None
        # else the document itself, named as written ("a study", "a report to the cabinet", as
        # the codebook and the blind sets' coders name it; not "new figures show": data, not a
        # text that speaks)
        if author or not _DETERMINER.match(words):
            return author
        phrase = whole or words
        return Speaker(phrase[:1].lower() + phrase[1:], ORGANISATION, False)

    def _common(self, phrase: str) -> str:
        """A group's noun phrase with the capital of a sentence start dropped ("Residents",
        "The ministry", "Hospital chiefs", "Two nurses"), a proper name's kept ("Ukrainian
        officials"); a modifier before a name dropped ("the Harlow-based Tindall Foods Group")."""
        # (with single spaces where a nickname was blanked: "Lawyers for Ricardo 'Ricky' Ruiz")
        phrase = " ".join(phrase.split())
        modified = _MODIFIED_NAME.match(phrase)
        # (a description keeps it: "the state-run Tarn news agency")
        if modified and not phrase.rsplit(maxsplit=1)[-1].islower():
            return phrase[modified.end() :]
        described = _DESCRIBED_NAME.fullmatch(phrase)  # "the opposition Green Alliance"
        if described:
            return f"the {described[1]}"
        owned = _COMMON_OWNER.match(phrase)  # "the central bank's Monetary Policy Committee"
        if owned:
            return f"the {phrase[owned.end() :]}"
        first = phrase.split(maxsplit=1)[0].lower().rstrip("'’")  # "Residents' groups"
        if first in ("the", "a", "an") or first in _QUANTIFIERS or first in self.rules.group_heads:
            return phrase[:1].lower() + phrase[1:]
        return phrase

    def _fuller(self, name: str, position: int) -> str:
        """ "the council" as the fuller name used before it, if any: "the city council", "the
        Bramford Council", "the Ministry of Transport" for "the ministry"; "the company" as the
        organisation named last, else as the firm the lead names; "the São Paulo-based company"
        as "the company" would be."""
        # "the team", "the researchers": the researchers at a place named before, as written
        if name.lower() in _RESEARCH_TEAM:
            named = [*_RESEARCHERS_AT.finditer(self.text, 0, position)]
            if named:
                return named[-1].group().lower()[:1] + named[-1].group()[1:]
        based = _BASED.match(name)
        if based:
            plain = f"the {name[based.end() :]}"
            fuller = self._fuller(plain, position)
            return name if fuller == plain else fuller
        words = name.split()
        if len(words) == 1 and name.islower():  # "police": the force named before, if any
            return self._body_named(name, position) or name
        # "their union": the union named before, else the one the article names after it
        if (
            len(words) == 2
            and words[0] in ("their", "its")
            and words[1] in self.rules.synonym_nouns
        ):
            plain = f"the {words[1]}"
            fuller = self._fuller(plain, position)
            fuller = fuller if fuller != plain else self._fuller(plain, len(self.text))
            return name if fuller == plain else fuller
        # "the space agency" for "the Tarn National Space Agency" named before
        if 2 < len(words) < 5 and words[0] == "the" and name[4:].islower():
            ending = " " + " ".join(words[1:])
            for run in reversed(self.runs[: bisect_left(self._run_starts, position)]):
                full = self.rules.name_in(run.group())
                if f" {full.lower()}".endswith(ending) and not self.is_quoted(run.start()):
                    return _lower_the(full)
        # "the regional carrier", "the department store chain": a company noun after a
        # description
        described = 2 < len(words) < 6 and words[-1] in self.rules.company_nouns
        # (a nationality inside a description in the lead: "Tarn Motors will cut 900 jobs,
        # the German carmaker said")
        in_lead = len(self.starts) < 2 or position < self.starts[1]
        lower = name[4:].islower() or (
            described and in_lead and all(w.islower() or _NATIONAL.fullmatch(w) for w in words[1:])
        )
        if (len(words) != 2 and not described) or words[0] != "the" or not lower:
            return name
        noun = words[-1]
        if noun.endswith("s") and noun in self.rules.group_heads:
            return self._group_with_body(noun, position) or name
        # (a common noun's possessive after "the", but not before a company's noun: "the
        # league's disciplinary commission")
        common_owner = "" if noun in self.rules.company_nouns else f"|{_COMMON_THE}"
        for earlier in re.finditer(
            # (or a place's: "Tarn's health ministry", "Côte d'Ivoire's government", and a
            # plural's after it, "Spain's referees' committee"; or none before a name:
            # "Mining company Tarn Metals")
            rf"\b(?:(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|({_PLACE_POSSESSIVE}"
            rf"(?:\s+[a-z]+s['’])?{common_owner}))\s+)?"
            # (two joined by "and" right before it: "Tarn's search and rescue agency")
            # (a name's last word, with its acronym after it: "Union (TRU) supreme council")
            rf"((?:[{_UPPER}][\w-]*\s+(?:\({ACRONYM_WORD}\)\s+)?)?(?:{_NOUN_MODIFIER}){{0,2}}"
            rf"(?:[a-z][\w-]*\s+and\s+{_NOUN_MODIFIER})?){re.escape(noun)}\b(?:,?\s+)?",
            self.text[:position],
        ):
            # (not a noun that describes the next: "the next six tour events")
            if "," not in earlier.group() and _PLURAL_NOUN_NEXT.match(self.text, earlier.end()):
                continue
            # with the name it introduces, if any: "the bookshop chain Lowry & Finch", "the
            # network operator NRL", "Her agency, Blue Orbit Media,"
            named = self._run_at(earlier.end()) or _ACRONYM.match(self.text, earlier.end())
            if named and not named.group().startswith(("the ", "The ")):
                # (with a country's code after it: "the charity Kelby Voices UK")
                code = _CODE_AFTER.match(self.text, named.end())
                return self._name_of(named.group() + (code.group() if code else ""))
            if earlier[1] and not self.is_quoted(earlier.start()):
                owner = earlier[1].split(" ")
                common = re.fullmatch(_COMMON_THE, earlier[1])  # not "Côte d'Ivoire's"
                while owner[0] in _NOT_NAME_WORDS:  # "The" or "But" before "South Africa's"
                    owner = owner[1:]
                owner = ["the", *owner[-1:]] if common else owner
                return f"{' '.join(owner)} {earlier[2]}{noun}"
            # "the council" for "the Tarn Rowing Union supreme council" named before: the
            # body's name, with "the", and the lower-case words that describe its noun (no
            # verb: not "the Review Tribunal overturned the agency"; nor none: "the
            # Johannesburg-listed company")
            at = bisect_right(self._run_starts, earlier.start()) - 1
            run = earlier[2][:1].isupper() and at >= 0 and self.runs[at]
            after = run and self.rules.acronym_introduced.sub(
                "", self.text[run.end() : earlier.end(2)]
            )
            if (
                run
                and run.end() > earlier.start()
                and run.group()[:4] in ("The ", "the ")
                and noun.capitalize() in self.rules.organisation_words
                and after.strip()
                and not _NOT_DESCRIBING.search(after)
            ):
                return f"the {run.group()[4:]}{after}{noun}"
            if earlier[2] and earlier.group()[:3] in ("the", "The"):
                described = f"the {earlier[2]}{noun}"
                # "the Gurugram-based company" before, itself a description: the firm it
                # stands for
                if _BASED.match(described):
                    fuller = self._fuller(described, earlier.start())
                    if fuller != described:
                        return fuller
                # with the city it sits in: "the defence ministry in Tarnow"
                seat = _SEAT.match(self.text, earlier.end(2) + len(noun))
                return f"{described}{seat.group() if seat else ''}"
        for run in reversed(self.runs[: bisect_left(self._run_starts, position)]):
            full = self._name_of(run.group())
            full = full if " " in full else self._in_full(full, position)
            # a run of titles alone ("Chief Inspector") names nobody; nor does the noun itself
            # opening a sentence ("Police said ..."), nor an organisation's word alone ("Rail
            # services ...")
            if not full or full.lower() == noun or full in self.rules.organisation_words:
                continue
            # nor an audience: "he told broadcaster Westvale TV", "in an interview with X"
            if _AUDIENCE_BEFORE.search(self.text, max(0, run.start() - 40), run.start()):
                continue
            heads = full.split()
            # the word before "of", "for" or another language's connector: "the Ministry of
            # Roads", "the Commission for X", "the Chama cha Haki"
            joint = next(
                (
                    i
                    for i, w in enumerate(heads[1:], 1)
                    if w in ("of", "for") or w in self.rules.connectors
                ),
                len(heads),
            )
            # (past a "General" after the head: "the Directorate General of Foreign Trade")
            head = (
                heads[joint - 2]
                if heads[joint - 1] == "General" and joint > 1
                else heads[joint - 1]
            )
            # (a union, a court or a forum is no company or firm: "the dancers' union, the
            # Kelby Guild of Dancers", "said it would appeal to the Supreme Court")
            public = (
                noun in ("company", "firm", "club") and head.lower() in self.rules.public_bodies
            )
            named = (
                head.lower() == noun
                # (or its last word, after a place with "of": "the Horn of Africa Food Policy
                # Institute")
                or heads[-1].lower() == noun
                or (noun, head) in self.rules.body_synonyms
                # (or its first word, a noun another language puts before its adjectives:
                # "the Instituto Guatemalteco del Café", "the Observatorio Lechero Pampeano")
                or (noun, heads[heads[0] == "the"]) in self.rules.body_synonyms
                or (
                    noun in self.rules.company_nouns
                    and not public
                    and self._is_organisation(full, run.start())
                )
            )
            if named and not self.is_quoted(run.start()):
                # (with the fields before "and" its run was cut from: "the Finnish Transport
                # and Communications Agency"; not another body: "the Kelby Council and Tarn
                # Water Agency")
                fields = full == run.group() and _FIELDS_AND.search(
                    self.text, max(0, run.start() - 80), run.start()
                )
                if fields and fields[1].split()[-1].lower() not in self.rules.public_bodies:
                    return _lower_the(fields.group() + full)
                # (with its topic, which the run stops before: "the Senate Committee on Health")
                topic = full == run.group() and _ON_TOPIC.match(self.text, run.end())
                return _lower_the(full + (topic.group() if topic else ""))
        # "the agency" after "ISRO announced" or "Ofcom said": the body found speaking in this
        # sentence or the one before, named by its acronym or one word alone, which has no
        # noun to match
        at = bisect_left(self._spoke, (position,))
        here = self._sentence_start(position)
        said, _, spoke = self._spoke[at - 1] if at else (0, 0, None)
        if (
            spoke
            and noun not in self.rules.company_nouns
            and said >= (self._sentence_start(here - 1) if here else 0)
            and (
                re.fullmatch(ACRONYM_WORD, spoke.name.removeprefix("the "))
                or (spoke.type == ORGANISATION and re.fullmatch(r"[A-Z][a-z]+", spoke.name))
            )
        ):
            return spoke.name
        # a firm named without a company word (not for a description, which may be of a firm
        # the article never names: "the national broadcaster", "the school bus operator";
        # unless the lead names it before by a name that says it is one)
        if noun in self.rules.company_nouns and len(words) < 3:
            return self._firm_before(position) or name
        firm = noun in self.rules.company_nouns and in_lead and self._firm_before(position)
        return firm if firm and self._kind(firm) == ORGANISATION else name

    def _name_of(self, run: str) -> str:
        """The name in a run of capitalised words: all of it where the article says it is an
        organisation's ("oil company Energía Andina Colombiana", whose last two words would
        read as a person's given name and surname), else `SpeakerRules.name_in`."""
        return run if run in self.organisations else self.rules.name_in(run)

    def _body_named(self, noun: str, position: int) -> str:
        """The organisation last named before `position` with `noun` inside its name, neither
        first nor last but right before the last ("the Kelby Police Department" for "police",
        not "the Independent Police Conduct Authority"), or first before a country's name
        ("Police Scotland"), else ""."""
        word = noun.capitalize()
        for run in reversed(self.runs[: bisect_left(self._run_starts, position)]):
            words = run.group().removeprefix("the ").removeprefix("The ").split()
            if (
                len(words) > 2
                and words[-2] == word
                and self._kind(self.rules.name_in(run.group())) != PERSON
            ) or (words[0] == word and self.rules.names_body(words)):  # "Police Scotland"
                return _lower_the(run.group())
        return ""

    def _group_with_body(self, noun: str, position: int) -> str:
        """ "the lawyers" as the group last named with its body before `position` ("lawyers
        for Tallow Metals"), else ""."""
        found = [
            *re.finditer(
                rf"\b{re.escape(noun)}\s+(for|at|from|with)\s+", self.text[:position], re.I
            )
        ]
        for m in reversed(found):
            named = self._run_at(m.end())
            if named and not self.is_quoted(m.start()):
                return f"{noun} {m[1]} {_lower_the(named.group())}"
        return ""

    def _firm_before(self, position: int) -> str:
        """The first name of the lead that is no person's ("Shares in Tallow Metals fell",
        "Engineers at Kestrel Orbital say"), for "the company" after it: news names the firm
        a story is about in its first sentence."""
        lead_end = self.starts[1] if len(self.starts) > 1 else len(self.text)
        # no firm in the dateline: "KELBY, Tarn (Wirepress) -"
        first = bisect_left(self._run_starts, self._dateline_end)
        for run in self.runs[first : bisect_left(self._run_starts, min(lead_end, position))]:
            full = self.rules.name_in(run.group())
            # one word only if it is a name ("Lumiq will raise ..."), not a sentence's first
            # word ("Prices will rise ..."): capitalised inside a sentence somewhere
            named = " " in full or self._capitalised_inside(full)
            # (nor a place: "across Montreal", "in southern Tarn", "a joke about Kelby", "out
            # at Brook Lane", "the Kelby village of Marr")
            place = (
                _PLACE_BEFORE.search(self.text, max(0, run.start() - 30), run.start())
                or full.rsplit(" ", 1)[-1] in self.rules.street_words
                or _PLACE_AFTER.match(self.text, run.end())
            )
            if (
                named
                and not place
                and not self._is_person(full)
                and not self.is_quoted(run.start())
                and full not in self.rules.demonyms  # (not "lay off Bahraini staff")
                # (nor a nationality's adjective: "the Swedish packaging group")
                and not _NATIONALITY_ADJECTIVE.fullmatch(full)
            ):
                return _lower_the(full)
        return ""

    def _capitalised_inside(self, word: str) -> bool:
        """Whether `word` is a name that is no person's, day's, month's or modifier's,
        occurring after a lower-case word or a comma (not only a capital that opens a
        sentence)."""
        if (
            word in self.surnames
            or word in _MONTHS
            or re.fullmatch(WEEKDAY, word)
            or self.rules.is_given_name(word)
            or _MODIFIER.fullmatch(word)
        ):
            return False
        return bool(re.search(rf"[a-z,\d]\s+{re.escape(word)}\b", self.text))

    def _is_person(self, name: str) -> bool:
        """A name known as a person's: listed as one, found with a sign, or opening with a
        clearly gendered first name."""
        listed = self.rules.actors.resolve(name)
        if listed:
            return listed[1] == PERSON
        return name in self.full_names or bool(self.rules.gender_of_name(name))

    def pronoun(self, position: int, cue: str, last_speaker: str, pronoun: str = "") -> str:
        """The person "he" or "she" (`pronoun`) at `position` stands for (see the module
        docstring): never a person known to be of the other gender. Where nobody fits, a
        first name's usual gender gives way ("Josefa" is mostly a woman's name, but "he"
        after Ratu Josefa Tora is him): a title or an earlier pronoun still rules out."""
        gender = _PRONOUN_GENDERS.get(pronoun, "")
        found = self._pronoun(position, cue, last_speaker, self._fits(gender))
        if found or not gender:
            return found
        return self._pronoun(position, cue, last_speaker, self._fits(gender, by_name=False))

    def _pronoun(self, position: int, cue: str, last_speaker: str, fits) -> str:
        here = self._sentence_start(position)
        if cue.lower() in self.rules.continuing:
            previous = self._sentence_start(here - 1) if here else here
            lo, hi = (bisect_left(self.positions, p) for p in (previous, here))
            spoke = [
                self.people[k][1]
                for k in range(lo, hi)
                if fits(self.people[k][1])
                and self._subject(k)
                and self.rules.cues.search(self.text, self.positions[k], here)
            ]
            if spoke or fits(last_speaker):
                return spoke[-1] if spoke else last_speaker
        # the last subject before `position`, else the last person named
        before = range(bisect_left(self.positions, position) - 1, -1, -1)
        fitting = (self.people[k][1] for k in before if fits(self.people[k][1]))
        last_named = next(fitting, "")
        fitting = (
            k
            for k in before
            if fits(self.people[k][1]) and (self._subject(k) or self._after_inverted_cue(k))
        )
        subjects = list(islice(fitting, 2))
        # of the last two subjects, one known to be of the pronoun's gender before one whose
        # gender is unknown ("Ines Calloway opened a bakery. Casa Lenta has six branches. She"),
        # unless the last one spoke ("Judge Ada Ruiz said ... . The lawyer, Rawinia Kerr,
        # argued ... . She told the court") or is known to be a person by a title, a role or
        # an age ("Counsel to the family, Chief Ebi Tonye, spoke briefly. ... he said")
        last = self.people[subjects[0]][1] if subjects else ""
        if last and (
            self._speaks(subjects[0]) or last in self._described or last in self._titled_people
        ):
            return last
        people = [self.people[k][1] for k in subjects]
        known = [person for person in people if self._named_gender(person)]
        return (known or people or [last_named])[0]

    def _after_inverted_cue(self, k: int) -> bool:
        """Whether `self.people[k]` is named right after a cue after a quotation ("'...,' said
        Jo Doe, a lawmaker."): the cue's subject, for a pronoun after it."""
        start = self.people[k][0]
        cue = bisect_left(self._cue_starts, start) - 1
        return (
            cue >= 0
            and self.cues[cue].end() == start - 1
            and self.text[self._cue_starts[cue] - 2 : self._cue_starts[cue]] in _AFTER_QUOTATION
        )

    def _speaks(self, k: int) -> bool:
        """Whether `self.people[k]` is followed by a reporting cue in the same sentence."""
        _, _, end = self.people[k]
        cue = bisect_left(self._cue_starts, end)
        if cue == len(self.cues):
            return False
        following = self._sentence_start(self._cue_starts[cue])
        return following == self._sentence_start(end) and self._cue_starts[cue] - end < 120

    def _fits(self, wanted: str, by_name: bool = True):
        """Whether a person may be the one a word of gender `wanted` ("man", "woman", "" for
        either) stands for: any person of unknown gender, none of the other (known from a
        title, an earlier pronoun and, `by_name`, the first name)."""
        if not wanted:
            return lambda person: True
        named = self._named_gender if by_name else self._titled_genders.get
        return lambda person: (
            (named(person) or self._pronoun_genders.get(person, "")) in ("", wanted)
        )

    def _named_gender(self, person: str) -> str:
        """ "man" or "woman" as a title says anywhere in the article ("Ms Ferreira"), else as
        the first name does (`SpeakerRules.gender_of_name`), else "". (A gender learnt from
        an earlier "he" or "she" only rules a person out: preferring people it names would
        make one speaker take every later pronoun.)"""
        return self._titled_genders.get(person) or self.rules.gender_of_name(person)

    @cached_property
    def _titled_genders(self) -> dict[str, str]:
        genders, found = self.rules.title_genders, {}
        for m in self.runs:
            words = m.group().split()
            gender = next((genders[w] for w in words[:-1] if w in genders), "")
            # or a role right before: "her son Sohel", "widow Ama Boateng"
            gender = gender or self.rules.role_genders.get(self._word_before(m.start()).strip(), "")
            person = gender and self.person(m.group())
            if person:
                found.setdefault(person, gender)
        return found

    @staticmethod
    def is_participle(cue: str, clause: str) -> bool:
        """A participle cue after a comma (`..., warning that`, `...,” warning that`): its
        subject is the sentence's."""
        clause = clause.rstrip().rstrip("”\"’'")
        return clause.endswith(", having") or (
            cue.split()[0].lower().endswith("ing") and clause.endswith(",")
        )

    def sentence_subject(
        self, sentence_start: int, before: int, people: bool = True
    ) -> Speaker | None:
        """The subject of the sentence starting at `sentence_start`, named before `before`.

        The first person named as a clause subject (unless not `people`), else the mention the
        sentence (or the part after an opening phrase and its comma) starts with.
        """
        first = bisect_left(self.positions, sentence_start) if people else len(self.people)
        for k in range(first, len(self.people)):
            pos, person, _ = self.people[k]
            if pos >= before:
                break
            if self._subject(k):
                return Speaker(person, PERSON, person in self.rules.types)
        sentence = self.text[sentence_start:before]
        for part in (sentence, sentence.split(",", 1)[-1]):
            stripped = part.lstrip()
            stripped = stripped[_LEAD_IN.match(stripped).end() :]  # "KALTZ —", "Thousands of"
            position = sentence_start + len(sentence) - len(stripped)
            if self.is_quoted(position):  # '"It was not a vote, it was a deal," he posted'
                continue
            self_named = _SELF_NAMED_OPENING.match(stripped)
            if self_named:
                return Speaker(self_named[1], ORGANISATION, False)
            # "Analysts at Corran Securities said" (past a noun cue, the verb's object: "The
            # union welcomed the announcement but said")
            cue = next(
                (
                    c
                    for c in self.rules.cues.finditer(stripped)
                    if not _ARTICLE_END.search(stripped, max(c.start() - 6, 0), c.start())
                ),
                None,
            )
            head = cue and _BETWEEN.sub("", stripped[: cue.start()].rstrip())  # "has", "also"
            if head and "(" in head:  # "the Kelby Rail Board (KRB)": the acronym as spaces
                head = _blanked(self.rules.acronym_introduced, head).rstrip()
            # "The civil aviation authority, TCAA, said": the body's name in apposition
            apposition = head and _LAST_APPOSITION.fullmatch(head)
            apposed = apposition and self._name_apposed(apposition[1], apposition[2])
            if apposed:
                return Speaker(self._in_full(apposed, position), ORGANISATION, False)
            group = head and self._group_at_end(head, position)
            if group:
                return group
            inverted = head and "," in head and self._inverted(head, position)
            if inverted:
                return inverted
            m = self.rules.mention_at_start(stripped)
            if m:
                return self._group_named(stripped, m) or self.speaker(m.group(), position, "", "")
            acronym = _ACRONYM_OPENING.match(stripped)  # "The KWA extended ..."
            if acronym:
                name = self.acronyms.get(acronym[1], acronym[1])
                # (one never introduced is a body's all the same: "The TCAA, Tarn's
                # regulator, grounded the jets. It warned")
                found = self.speaker(name, position + acronym.start(1), "", "")
                return found or Speaker(_lower_the(acronym.group()), ORGANISATION, False)
        return None

    def _group_named(self, text: str, mention: re.Match[str]) -> Speaker | None:
        """A group noun `mention` opening `text` with the name of whose group it is after it
        ("The central bank of Ostravia", "Analysts at Corran Securities"), else None."""
        # "Members of the Torvik Farmers Union set up a blockade": the members, as written
        # (with a common noun after a name and the town it is in: "Residents of the Aylward
        # estate in Lewisham have")
        first, joint, *_ = [*mention.group().split(), "", ""]
        if (
            joint in ("of", "at")
            and first.lower() in self.rules.group_heads
            and first.endswith("s")
        ):
            noun = " the " in mention.group() and _PLACE_NOUN_AFTER.match(text, mention.end())
            return Speaker(
                self._common(text[: noun.end() if noun else mention.end()]), ORGANISATION, False
            )
        head = mention.group().rsplit(maxsplit=1)[-1].lower()
        if head not in self.rules.group_heads or head in self.rules.speaks_for:
            return None
        tail = _NAMED_TAIL.match(text, mention.end())
        if tail:
            return Speaker(self._common(text[: tail.end()]), ORGANISATION, False)
        # (or, before a comma, by what it is made of: "A group of 12 parishes, mostly in the
        # west, issued a statement")
        return self.group_at_start(text) if _OF_BEFORE_COMMA.match(text, mention.end()) else None

    def _inverted(self, head: str, offset: int) -> Speaker | None:
        """The speaker who ends `head` after its last comma, right before a cue ("P, the
        carrier said in a statement, adding"): the sentence's speaker, not P's subject."""
        last = head.rsplit(",", 1)[1]
        m = self.rules.mention_at_start(last.lstrip())
        if not m or m.end() != len(last.strip()):
            return None
        return self.speaker(m.group(), offset + len(head) - len(last.lstrip()), "", "")

    def _group_at_end(self, s: str, offset: int) -> Speaker | None:
        """A group noun and its phrase ending `s`, from its start or its last comma
        ("Researchers at the Hollins Institute"; "a spokesman for the regulator")."""
        dateline = DATELINE.match(s)  # "KELBY - Farmers across ...", "14:05 Analysts at ..."
        begin = dateline.end() if dateline else 0
        # (no comma inside a number: "The poll of 2,400 voters")
        last = max([begin, *(m.start() for m in _CLAUSE_MARK.finditer(s, begin))])
        group = self.rules.group_with_tail.search(s[last:])
        # (a cue inside makes it no group, but an "-ing" one describes: "the ruling party")
        if not group or any(not c[0].endswith("ing") for c in self.rules.cues.finditer(group[1])):
            return None
        # (nor is the end of a body's name with a list in it: "the Liquor, Gaming and Cannabis
        # Authority of Manitoba")
        named = last > begin and self.rules.mention_at_end(s)
        if named and "," in named.group() and named.start() < last + group.start():
            return None
        # "the Department of Agriculture's weekly report": a document and its author, no group
        owned = self.rules.document_phrase.fullmatch(group[1])
        if owned and owned["owner"]:
            return self._document_author(group[1], offset + last + group.end(1))
        if group[2].lower() in self.rules.speaks_for:
            return self._spoken_for(
                group[1][: group.end(2) - group.start(1)], offset + last + group.start(1)
            )
        # "the Bank of Kelby governor Ada Ruiz": a role and a person's name end it, no group
        # (but a company's name may follow a trade: "analysts at Leeds broker Hallam Partners")
        role = _ROLE_THEN_RUN_END.search(group[1])
        if (
            role
            and self.rules.is_role_word(role[1])
            and self._kind(group[1][role.end(1) :].strip()) != ORGANISATION
        ):
            return None
        # nor do a title and a given name: "Bank of Finland Governor Matti Salmivaara" (not
        # after "the": "the trustees of the Shri Ganesh Temple")
        words = group[1].split()
        if any(
            w in self.rules.title_ends
            and words[i - 1].lower() != "the"
            and self.rules.is_given_name(words[i + 1])
            for i, w in enumerate(words[1:-2], 1)
        ):
            return None
        return Speaker(self._common(group[1]), ORGANISATION, False)

    def _named_after_what(self, phrase: str, position: int, cue: str, last_speaker: str) -> Speaker:
        """The subject of "what PHRASE calls": a mention that is the whole phrase ("what she
        called", "what the ministry terms"), else the phrase itself ("the jacket copy")."""
        m = self.rules.mention_at_start(phrase)
        found = (
            m and m.end() == len(phrase) and self.speaker(m.group(), position, cue, last_speaker)
        )
        if found or phrase.lower() in ("it", "they", "he", "she"):  # never "it" as a name
            return found or None
        return Speaker(self._common(phrase), ORGANISATION, False)

    def role_as_written(self, clause: str) -> Speaker | None:
        """A definite role that ends `clause` and names nobody the article names ("the caller",
        "Doe's barrister"), as written: the speaker of a reported clause that has no other."""
        s = clause.rstrip()
        s = _BETWEEN.sub("", s[-_LONGEST_MENTION:])
        m = self.rules.mention_at_end(s)
        found = (m and self._role_written(m.group())) or self._role_at_place(s)
        # someone unnamed by a noun no list holds, as the whole subject: "A diner said", "A
        # regular diner, who asked not to be named, said"
        # (without its auxiliary: "A leaked letter has claimed"; a document is no person)
        unnamed = not found and _UNNAMED_SUBJECT.fullmatch(_BETWEEN.sub("", clause.strip()))
        if unnamed and not self.rules.cues.search(unnamed[1]):
            kind = ORGANISATION if self.rules.document_phrase.fullmatch(unnamed[1]) else PERSON
            return Speaker(unnamed[1][:1].lower() + unnamed[1][1:], kind, False)
        return found

    def _role_at_place(self, s: str) -> Speaker | None:
        """A definite role and where it works, ending `s` ("the incident commander at the
        scene"), as written, else None."""
        placed = _ROLE_AT_PLACE_END.search(s)
        if not placed or not self._role_written(placed[1]):
            return None
        return Speaker(_lower_the(placed.group()), PERSON, False)

    def role_opening(self, clause: str) -> Speaker | None:
        """A definite role that opens `clause` and names nobody the article names ("The
        caller hung up, saying ..."), as written, as `role_as_written`."""
        s = clause.lstrip()
        s = s[_LEAD_IN.match(s).end() :]
        m = self.rules.mention_at_start(s)
        if not m or not self._role_written(m.group()):
            return None
        of = _OF.match(s, m.end())  # "The mayor of Kelby"
        body = of and self.rules.mention_at_start(s[of.end() :])
        return Speaker(_lower_the(s[: of.end() + body.end()] if body else m.group()), PERSON, False)

    def _role_of_body(self, s: str, offset: int) -> Speaker | None:
        """A definite role of (or for) an organisation or a place, ending `s` (at `offset`):
        "The chief executive of Tallow Metals", "the governor of the central bank", "the MP for
        Kelby". The person the article gave that role, else, in the lead, the person the body
        names ("The head of the Kelby Grid Office has admitted ... . Ada Ruiz told"), else the
        role as written, never the organisation (nor a spokesman's: he speaks for it)."""
        body = self.rules.mention_at_end(s)
        of = body and _OF_END.search(s, 0, body.start())
        role = of and self.rules.mention_at_end(s[: of.start()])
        if not role or role.group().split()[-1].lower() in self.rules.speaks_for:
            return None
        # from its "the" ("Later the governor")
        start = role.start() + max(role.group().rfind("the "), role.group().rfind("The "), 0)
        if not self._role_written(s[start : of.start()]):
            return None
        word = role.group().split()[-1].lower()
        holder = self.roles.get(word)
        if holder:
            return Speaker(holder, PERSON, holder in self.rules.types)
        later = self.named_later(offset + start, word, withheld=True)
        return later or Speaker(_lower_the(s[start:]), PERSON, False)

    def _unnamed_at_body(self, s: str, offset: int) -> Speaker | None:
        """Someone unnamed, by a role, at a body or a place named after it, ending `s` (at
        `offset`): "An engineer with the Pacific Resilience Fund", "a nurse at Kelby General",
        "an official in Malvoria's foreign ministry", "a fire officer at the scene", as
        written; in the lead, the person the body names (`named_later`: "A former clerk for
        Tarn Motors testified ... . Ada Ruiz told")."""
        if not _INDEFINITE_WORD.search(s):  # (a quick test first: most clauses have none)
            return None
        at = _AT_NAME.search(s)
        # ("a doctor at a clinic in Kelby": the place of the workplace, which ends the phrase)
        if (
            at
            and at.group().lstrip().startswith("in ")
            and _WORKPLACE_BEFORE.search(s, 0, at.start())
        ):
            at = None
        if not at:
            body = self.rules.mention_at_end(s)
            group = body and self.rules.bodies.fullmatch(body.group())
            # (a plural body's "of" is no workplace's: "a manager at one of the firms")
            at = (
                group
                and not _ONE_OF_END.search(s, 0, body.start())
                and _AT_END.search(s, 0, body.start())
            ) or _AT_PLACE.search(s)
        if not at:
            # ("an adviser to the minister", "an adviser to the growers", "an adviser to
            # the EU's top court")
            whose = _TO_ROLE.search(s)
            plain = whose and _OWNED_BY.sub("the ", whose[1])
            known = whose and (
                self.rules.roles.fullmatch(plain) or self.rules.bodies.fullmatch(plain)
            )
            at = whose if known else None
        role = at and self.rules.mention_at_end(s[: at.start()])
        if not role or (role.start() and s[role.start() - 1] not in " ,;:"):
            return None
        words = role.group()
        if not _INDEFINITE.match(words) or not self.rules.roles.fullmatch(words):
            return None
        if words.split()[-1].lower() in self.rules.speaks_for:  # "a spokesman for the ..."
            return None
        unnamed = Speaker(words[:1].lower() + s[role.start() + 1 :], PERSON, False)
        return self._withheld(words, offset + role.start(), unnamed)

    def _withheld(self, mention: str, position: int, unnamed: Speaker) -> Speaker:
        """Someone unnamed by a role (`mention`, as `unnamed`), unless the lead withholds the
        name the body gives (`named_later`); never "one mother", "another", "a friend"."""
        role = mention.split()[-1].lower().rstrip(".")
        if mention.split()[0].lower() in ("one", "another") or role in self.rules.anonymous:
            return unnamed
        return self.named_later(position, role, withheld=True) or unnamed

    def _place_after_town(self, before: str, phrase: str) -> bool:
        """Whether `phrase` ("Victoria", "New South Wales") is the state or country of the town
        that `before` ends with after a preposition ("... in Bendigo"): capitalised words, no
        title among them, and one alone or none a given name (not "Jane Doe" or "Mr Ali Musa"
        after "A nurse from Leeds")."""
        words = phrase.split()
        rules = self.rules
        return (
            bool(_TOWN_AT_END.search(before))
            and 0 < len(words) <= 3
            and all(w[:1].isupper() for w in words)
            and not rules.title_words.intersection(words)
            and (len(words) == 1 or not any(map(rules.is_given_name, words)))
        )

    def _described_unnamed(
        self, s: str, offset: int, cue: str, last_speaker: str
    ) -> Speaker | None:
        """Someone unnamed opening `s` (at `offset`) and a participle phrase that describes
        them: "A former clerk accused of theft", "a man injured in the blast"; the phrase is
        no part of the speaker (`speaker` reads the role), else None."""
        # (a quick test first: most subjects open otherwise; and "a diplomat briefed on the
        # talks" is someone close to a matter, `_close_at_end`)
        if not _INDEFINITE.match(s) or _CLOSE_TO.search(s):
            return None
        role = self.rules.roles.match(s)
        participle = role and _WORD_AFTER.match(s, role.end())
        if not participle or not (
            participle[1].endswith("ed") or participle[1] in self.rules.irregular_past
        ):
            return None
        return self.speaker(role.group(), offset, cue, last_speaker)

    def _role_written(self, words: str) -> Speaker | None:
        """ "The caller" as the speaker "the caller", "Her husband" as "her husband": a definite
        role, else None."""
        owned = _OWNED_ROLE.match(words)
        if not (owned or _DEFINITE.fullmatch(words)) or not self.rules.roles.fullmatch(words):
            return None
        return Speaker(words.lower()[:1] + words[1:] if owned else _lower_the(words), PERSON, False)

    def _letters_dropped(self, letters: re.Match[str]) -> str:
        """Letters after a name, dropped ("Jane Doe KC"), unless they also end a club's name
        after one word ("Kelby SC")."""
        before = letters.string[: letters.start()].split()[-2:]
        club = letters.group().split()[-1] in self.rules.organisation_words
        return (
            letters.group() if club and not (len(before) == 2 and before[0][:1].isupper()) else ""
        )

    def subject_before(
        self, clause: str, offset: int, cue: str, last_speaker: str
    ) -> Speaker | None:
        """The subject of a cue that follows `clause` (the text from its clause start)."""
        lead = DATELINE.match(clause)  # "10:47 The commission now says": no "47" in the name
        if lead:
            clause, offset = clause[lead.end() :], offset + lead.end()
        s = clause.rstrip()
        self_named = "itself" in s and _SELF_NAMED_AT_END.search(s)
        if self_named:  # 'A group calling itself "Ninefold" said': the name it gave
            return Speaker(self_named[1], ORGANISATION, False)
        if "(" in s:  # "The Kestrel Rail Authority (KRA) said": the acronym left out (as
            # spaces: a mention keeps its position in the text)
            s = _blanked(self.rules.acronym_introduced, s).rstrip()
        if "“" in s or '"' in s or "‘" in s or "'" in s:  # and an epithet before a name
            s = _NICKNAME_INSIDE.sub(_nickname_out, s)
            s = _blanked(_QUOTED_EPITHET, s)
        if "-" in s or "(" in s:  # and a party's label or a ward: "Doe, D-Ohio,", "Doe (12th)"
            s = _blanked(_PARTY_LABEL, s)
        cut = max(len(s) - _LONGEST_MENTION, 0)  # the patterns anchored at the end need no more
        s = self.rules.post_nominals.sub(self._letters_dropped, s[:cut] + _BETWEEN.sub("", s[cut:]))
        if s.endswith(" as") and _QUOTED_AS.search(s):  # "quoted Doe as saying": Doe speaks
            passive = _QUOTED_BY.search(s)
            s = s[: passive.start()] if passive else s[:-3]
        # a name ending in "'s" right before a verb is a shop's or a firm's ("Lowry's said"),
        # no owner of a noun cue ("The trust's announcement that")
        shop = (
            s.endswith(("'s", "’s"))
            and cue.lower() not in self.rules.noun_cues
            and self.rules.mention_at_end(s[:-2])
        )
        if shop and shop.group()[:1].isupper() and shop.end() == len(s) - 2:
            name = self._in_full(s[shop.start() :], offset + shop.start())
            return Speaker(_lower_the(name), ORGANISATION, name in self.rules.types)
        # "..., prompting the bank to warn that": whom the event made speak
        caused = s.endswith(" to") and _CAUSED_TO.search(s)
        if caused:
            return self.subject_before(caused[1], offset + caused.start(1), cue, last_speaker)
        # "A Department of Health spokesperson said": the department
        body = self.rules.spokesperson_of_body.search(s)
        if body:
            return self._spoken_for(body.group(), offset + body.start())
        # 'A sign at the gate reads:', 'Protesters held a sign that read "..."': the sign
        display = self.display(clause.rstrip(), offset)
        if display:
            return display
        # "A survey carried out by the council last year found": the author after "by"
        author = self.rules.document.match(s) and self.source(s, offset)
        if author:
            return author
        # "A poll of 900 voters found": the poll, not the people it asked
        document = _SAMPLE.search(s) and self._document_author(s, offset + len(s))
        if document:
            return document
        # "A report to the cabinet warned": the report (or its author), not whom it went to
        # (or dated: "An audit from last spring found", before its time phrase was cut)
        sent = _SENT_TO.fullmatch(s) or _DATED.fullmatch(clause.rstrip())
        if sent and self.rules.document_phrase.fullmatch(sent[1]):
            return self._document_author(sent[1], offset + sent.end(1), sent.group().strip())
        # "An Environmental Protection Agency report published in May found": its author
        described = _DOCUMENT_THEN_DONE.fullmatch(s)
        if described and self.rules.document_phrase.fullmatch(described[1]):
            return self._document_author(described[1], offset + len(s))
        if _NOBODY.search(s):  # "..., though neither club has confirmed": nobody reported
            return None
        part = s.rsplit(",", 1)[-1].strip().lower().removeprefix("and ").removeprefix("but ")
        if part in _PART_OF_GROUP:  # "80 residents came. Many said": some of them
            return self._group_before(offset + len(s))
        another = part == "another" and self._another(offset + len(s))
        if another:  # "One delegate said P. Another said": another delegate
            return another
        what = "hat " in s and _WHAT.search(s)  # (the pattern only where "what" may be)
        if what:
            return self._named_after_what(what[1], offset + what.start(1), cue, last_speaker)
        # "He rowed back ... and has", "She won, then said": a second verb of the subject
        if (s[-4:-3].isspace() and s.endswith(("and", "but"))) or clause.rstrip().endswith(
            ", then"
        ):
            # (or, if the sentence's own names nobody, the subject of a clause after a
            # conjunction: "Bond prices dropped after the council sold its depot and warned")
            subject = self.sentence_subject(offset, offset + len(s))
            inner = not subject and [*_SUBORDINATE_START.finditer(s)]
            m = inner and self.rules.mention_at_start(s[inner[-1].end() :])
            return (
                subject
                or (m and self.speaker(m.group(), offset + inner[-1].end(), cue, last_speaker))
                or None
            )
        # "Doe posted a tribute saying", "Doe wrote to parents at Kelby Academy saying": the
        # document's author or the writer, the sentence's subject
        if cue.endswith("ing") and (
            self.rules.document_object.search(s)
            # (not a noun: "wrote in a ruling that")
            or (_WROTE_TO.search(s) and not _NOUN_NEXT.search(s))
        ):
            return self.sentence_subject(offset, offset + len(s))
        # "Doe's repeated promise that": a cue used as a noun belongs to the possessor.
        possessive = ("'s" in s or "’s" in s) and _POSSESSIVE_BEFORE.search(s)
        if possessive and cue.lower() in self.rules.noun_cues:
            m = self.rules.mention_at_end(s[: possessive.start()])
            return m and self.speaker(m.group(), offset + m.start(), cue, last_speaker)
        # "Campaigners, who call ...", "340 tenants who said": the noun before "who"
        who = s.endswith(("who", "which")) and _WHO.search(s)
        if who:
            # "Jane Doe, a fund manager at Corran, who added": the name before its apposition
            # (and before an age or a home town: "Rowena Bautista, 37, from Iloilo, who said")
            described = _DESCRIBED.search(s, 0, who.start())
            head = s[: described.start() if described else who.start()]
            while who.group().startswith(",") and (tail := _AGE_OR_HOME_END.search(head)):
                head = head[: tail.start()]
            m = self.rules.mention_at_end(head)
            if m and not who.group().startswith(","):  # "to repay 340 tenants who said"
                # from its determiner or number ("340 tenants"); none: no subject ("...,
                # comprising NATO members who have pledged to")
                opening = _PHRASE_OPENING.search(m.group())
                # (but a bare group that says something speaks: "objections from teachers who
                # say")
                if not opening and cue.lower() in _PLAIN_SAYING and m.group()[:1].islower():
                    return self.speaker(m.group(), offset + m.start(), cue, last_speaker)
                if not opening:
                    return None
                mention, position = (
                    m.group()[opening.start() :],
                    offset + m.start() + opening.start(),
                )
                return self.speaker(mention, position, cue, last_speaker)
            return m and self.speaker(m.group(), offset + m.start(), cue, last_speaker)
        # (a relative clause that ends in a quotation, its comma inside the closing mark:
        # 'ZoomBuggi, which called its scooters "fireproof by design," said')
        if s[-2:] in (',"', ",”", ",’") and _RELATIVE_PRONOUN.search(s):
            s = s[:-2] + s[-1] + ","
        if s.endswith(","):
            # "The victim's wife, speaking to reporters, said": the participle's phrase left
            # out (with the comma that closes an apposition before it: "Jane Doe, a director
            # at X, speaking by video link, said")
            last = s.rfind(",", 0, len(s) - 1)
            apposition = last > 0 and s.rfind(",", 0, last) > 0
            if last > 0 and _DELIVERY.fullmatch(s[last + 1 : -1].strip()):
                head = s[: last + apposition]
                return self.subject_before(head, offset, cue, last_speaker) or (
                    self.role_as_written(head)
                )
            relative = re.search(r",\s+(?:who|whose|which)\b", s)
            # "Jane Doe, a partner at Bell Law, which represents the claimants, said": the
            # relative clause describes the firm in the apposition, whose name speaks
            if (
                relative
                and relative[0].endswith("which")
                and s.count(",", 0, relative.start()) == 1
            ):
                head = s[: relative.start() + 1]
                return self.subject_before(head, offset, cue, last_speaker)
            # "A guard, who asked to be identified only as Obi, said": the name he gave
            given = relative and self._name_given(offset + relative.start())
            if given:
                return given
            head_end = relative.start() if relative else s.rfind(",", 0, len(s) - 1)
            while _IN_NUMBER.match(s, head_end - 1):  # (not the comma of "$250,000")
                head_end = s.rfind(",", 0, head_end)
            # (also in an apposition: "One of them, a man who gave his name as Teodor, said")
            given = not relative and head_end > 0 and self._name_given(offset + head_end + 1)
            if given:
                return given
            # (the comma of a list inside a body's name is no apposition's: "X, a director at
            # the Ministry of Higher Education, Research and Innovation, said")
            if (
                not relative
                and _NAME_LIST_TAIL.fullmatch(s, head_end + 1, len(s) - 1)
                and _OF_NAME_END.search(s, 0, head_end)
            ):
                head_end = s.rfind(",", 0, head_end)
            # (nor the comma of a legal form after "Co." or an organisation's word: "The
            # notice, issued by Tarn Steel Co., Ltd., said", "Orvel Holdings, Inc. said")
            before = s[:head_end].rsplit(None, 1)[-1] if s[:head_end].strip() else ""
            if (
                not relative
                and (before in ("Co.", "Co") or before in self.rules.organisation_words)
                and self.rules.legal_form.fullmatch(s, head_end, len(s) - 1)
            ):
                head_end = s.rfind(",", 0, head_end)
                if head_end < 0:  # "Tarn Steel Co., Ltd., said": the firm, in no apposition
                    return self.subject_before(s[:-1], offset, cue, last_speaker)
            if head_end < 0:
                return None
            # "the bakers' guild, whose treasurer, Ines Moll, said": the name
            # apposed to the role after "whose" speaks
            whose = relative and _WHOSE_ROLE.match(s, relative.start())
            if whose:
                start = whose.end()
                return self.speaker(s[start:-1].strip(), offset + start, cue, last_speaker)
            # "Jo Doe, a nurse in Bendigo, Victoria,", "A team in Kelby, Ont.,": the state or
            # country after a town is the place's, no name in apposition
            if not relative and self._place_after_town(s[:head_end], s[head_end + 1 : -1]):
                town = s[:head_end] + ("," if "," in s[:head_end] else "")
                return self.subject_before(town, offset, cue, last_speaker)
            # (without a modifier before a name: "The maker, Cape Town-based Orvia, said")
            inner = _blanked(_MODIFIED_NAME, s[head_end + 1 : -1])
            # (nor a role and its field before a name: "One of them, head of recruitment Colin
            # Weare, told")
            field = _ROLE_OF_FIELD.match(inner)
            if field and self.rules.is_role_word(field[1]):
                inner = " " * field.end() + inner[field.end() :]
            # "Nurses, including a ward sister Ada Ruiz, said": the group, not its example
            if _INCLUDING.match(inner):
                return self.subject_before(s[:head_end], offset, cue, last_speaker)
            # "Jo Doe, president of the Longshore Workers Union, Local 402, said": Jo Doe (and
            # "The Longshore Workers Union, Local 402, said": the union)
            if _BRANCH_NUMBER.fullmatch(inner):
                apposition = s.count(",", 0, head_end) > 0
                return self.subject_before(s[: head_end + apposition], offset, cue, last_speaker)
            # "Two drivers, Ada Ruiz and Tom Okafor, told": the two names
            last = not relative and " and " in inner and self.rules.mention_at_end(inner.rstrip())
            pair = last and self.speaker(
                last.group(), offset + head_end + 1 + last.start(), cue, last_speaker
            )
            both = pair and self._coordinated(
                inner.rstrip(), last, pair, offset + head_end + 1, cue, last_speaker
            )
            if both:
                return both
            m = None if relative else self.rules.mention_at_start(inner.lstrip())
            apposed = not (m or relative) and self._name_apposed(s[:head_end], inner)
            if apposed:
                return Speaker(self._in_full(apposed, offset), ORGANISATION, False)
            # "The bank's economist, Jane Doe, said"; but a description in apposition leaves
            # the name before it the subject ("Jane Doe, a neighbour, said", "Orbitline, the
            # messaging start-up, confirmed")
            # ends with a common noun (not a name's "al-Saleh")
            # (or a title "of" a place after "the": "Emir Sani Bako, the ruler of Dangora, said";
            # or with no name after it: "Ada Whitby, Mayor of Kelby, said")
            # or a capitalised role "of" a body: "X, Director-General of the Traffic Council,"
            described = m and (
                m.group().split()[-1].islower()
                or (
                    m.group().startswith("the ")
                    and " of " in m.group()
                    # (not a body's name: "The dancers' union, the Kelby Guild of Dancers,")
                    and m.group().split(" of ")[0].split()[-1] not in self.rules.organisation_words
                )
                or (
                    " of " in m.group()
                    and m.group().split()[0] in self.rules.title_words
                    and not self.rules.name_in(m.group())
                )
                or self.rules.is_role_of_body(m.group())
            )
            # "Lawyers for the journalist, Jane Doe, argued": the name is the journalist's (but
            # "A spokesman for the airport, Jane Doe," is the spokesman's)
            named_for = m and _FOR_THE_NOUN.search(s, 0, head_end)
            # (nor is "A lawyer for the company, Jane Doe,": one person, the lawyer; nor
            # "Counsel for one of the firms, Jane Doe,")
            role = named_for and _WORD_BEFORE.search(s, 0, named_for.start())
            spokesperson = named_for and (
                self.rules.speaks_for.intersection(
                    s[max(0, head_end - 60) : head_end].lower().split()
                )
                or (role and self.rules.is_role_word(role[1].lower()))
                or self.rules.is_role_word(s.split(maxsplit=1)[0].lower())
            )
            group = named_for and not spokesperson and self._group_at_end(s[:head_end], offset)
            if group:
                return group
            # "One of them, an angel investor (who ...), said": the description, since "them"
            # names nobody
            rest = m and inner.strip()[m.end() :]
            if (
                m
                and (not rest or rest.startswith(" who "))
                and _SHARE_OF_THEM.fullmatch(s[:head_end])
            ):
                lead = len(inner) - len(inner.lstrip())
                return self.speaker(m.group(), offset + head_end + 1 + lead, cue, last_speaker)
            # (a company's seat after its legal form is no part of it: "The owner, Kelby Marine
            # SA of Tarnport, said")
            seat = m and self.rules.seat_after_legal_form.search(inner.strip())
            if (
                m
                and (m.end() == len(inner.strip()) or (seat and seat.start(1) == m.end()))
                and not described
            ):
                lead = len(inner) - len(inner.lstrip())
                return self.speaker(m.group(), offset + head_end + 1 + lead, cue, last_speaker)
            named = None if relative else ROLE_THEN_NAME.fullmatch(inner.strip())
            # (also with a capitalised word before the role: "Knesset member Jane Doe", "the
            # Spanish actor Jane Doe")
            modified = None if named or relative else _MODIFIED_ROLE_NAME.fullmatch(inner.strip())
            if modified and self.rules.is_role_word(modified[1]):
                named = modified
            name = named and named.group(named.lastindex)
            if name and self.rules.unknown.fullmatch(name) and " " in name:
                # "One, retired teacher Jane Doe, said": the name after its role
                position = offset + s.index(name, head_end)
                return self.speaker(name, position, cue, last_speaker)
            # "The family of Jane Doe, who ..., said"; "Doe, who ..., said"; "Doe, 54, said"
            # "A banker involved in the merger, who asked ..., said"
            subject = s[:head_end].rstrip()
            group = (
                self._group_at_end(subject, offset)
                or self._unnamed_at_body(subject, offset)
                or self._close_at_end(subject)
                # "The survey, which questioned 900 households,": its author
                or self._document_author(subject, offset + head_end)
            )
            if group:
                return group
            age = _AGE.search(s, 0, head_end)  # "Doe, 74, who ..., said": the age dropped
            head = s[: age.start() if age else head_end]
            m = self.rules.mention_at_end(head)
            found = m and self.speaker(m.group(), offset + m.start(), cue, last_speaker)
            # (two of them: "Ada Ruiz and Tom Okafor, who teach in Kelby, said")
            both = found and self._coordinated(head, m, found, offset, cue, last_speaker)
            if both:
                return both
            # "Doe, I-Westbury, a retired plumber, told": the person before two appositions
            if not found and "," in subject:
                found = self.subject_before(subject + ",", offset, cue, last_speaker)
                return found if found and found.type == PERSON else None
            # "The nurse, who lives in Tarn, said": a definite role the article names no one by
            return found or self.role_as_written(head)
        described = self._described_unnamed(s, offset, cue, last_speaker)
        if described:
            return described
        role = (
            (" of " in s or " for " in s) and self._role_of_body(s, offset)
        ) or self._unnamed_at_body(s, offset)
        if role:
            return role
        # "Parents who crowded the gym on Friday said": the subject before "who", not a
        # name inside the relative clause
        relative = " who " in s and _RELATIVE_WHO.search(s)
        if relative:  # (a subject opening the clause, or the part after its opening phrase)
            comma = s.rfind(",", 0, relative.start()) + 1
            if _SUBJECT_OPENING.match(s, comma):
                head = s[comma : relative.start()]
                return self.subject_before(head, offset + comma, cue, last_speaker)
        close = self._close_at_end(s)
        if close:
            return close
        group = self._group_at_end(s, offset)
        if group:
            return group
        m = self.rules.mention_at_end(s)
        before = m and self._word_before(offset + m.start())
        if before in _PLACE_PREPOSITIONS:
            # "The sister of a climber who died in March told": the sister, not March; "The
            # inspection report on Kelby Primary said": the report
            return self.sentence_subject(offset, offset + m.start()) or self._document_author(
                s, offset + len(s)
            )
        # "Solicitor Ada Ruiz of the housing advice centre told", "... of the state Department
        # of Roads told", "Ada Ruiz at Kelby Bank wrote": Ada Ruiz, not the centre or the bank
        of = before in ("of", "at") or (m and _OF_MODIFIER.search(s, 0, m.start()))
        person = of and self._person_of(s, offset, cue, last_speaker)
        if person:
            return person
        if m:
            found = self.speaker(m.group(), offset + m.start(), cue, last_speaker)
            both = found and self._coordinated(s, m, found, offset, cue, last_speaker)
            if both:
                return both
            # with the share of the group before it: "Two of the judges said"
            share = found and found.type == ORGANISATION and _SHARE_OF.search(s, 0, m.start())
            if share and m.group().split()[-1].lower() in self.rules.group_heads:
                lead = share[1][:1].lower() + share[1][1:]
                # (unless the mention had it: "two of the sources")
                if not found.name.startswith(lead):
                    return found._replace(name=lead + found.name)
            return found
        # (in a clause of time or reason: "The cull went on after a survey found")
        inner = [*_SUBORDINATE_START.finditer(s)]
        at = inner[-1].end() if inner else 0
        document = self._document_author(s[at:], offset + at)
        if document:
            return document
        acronym = _ACRONYM_AT_END.search(s)  # "the KRA said", "union FNTE said"
        previous = s[: acronym.start()].split()[-1:] if acronym else []
        # not "Brightline TV" (after "the" no name can come before it: "On Monday, the KRA";
        # nor after a comma: "On Monday, KRA")
        the = acronym and acronym.start(1) > acronym.start()
        named = previous and previous[0][:1].isupper() and not previous[0].endswith(",")
        if acronym and (the or not named):
            name = self.acronyms.get(acronym[1], acronym[1])
            return self.speaker(name, offset + acronym.start(1), cue, last_speaker)
        # a body's name that ends in an acronym: "Tarn Coastal LNG", "Brightline TV" (not a
        # person's post-nominal, "Jane Doe MP", nor a generation, "John Doe III")
        run = acronym and self.rules.mention_at_end(s[: acronym.start()].rstrip())
        if (
            run
            and run.group()[:1].isupper()
            and acronym[1] not in self.rules.post_nominal_words
            and not _ROMAN.fullmatch(acronym[1])
        ):
            return Speaker(_lower_the(f"{run.group()} {acronym[1]}"), ORGANISATION, False)
        person = self._person_of(s, offset, cue, last_speaker)
        # "The auction house said", "In a statement, the order said": a definite noun no list
        # holds, as the fuller name before it or as written
        plain = not person and cue.lower() in _PLAIN_SAYING and _DEFINITE_SUBJECT.search(s)
        if plain:
            name = self._fuller(f"the {plain[1]}", offset + plain.start(1))
            return Speaker(_lower_the(name), ORGANISATION, False)
        return person

    def _coordinated(
        self, s: str, m: re.Match[str], found: Speaker, offset: int, cue: str, last_speaker: str
    ) -> Speaker | None:
        """Two speakers of a kind that open `s` joined by "and", the second `found` at `m`
        ("Ada Ruiz and Tom Okafor said"), as the codebook names them; else None."""
        if not s.endswith(" and ", 0, m.start()):
            return None
        first = self.rules.mention_at_end(s[: m.start() - 5])
        # (opening the clause, or after its opening phrase: "On Monday, Ada Ruiz and ...")
        opening = first and s[: first.start()].rstrip()
        if not first or (opening and not opening.endswith(",")):
            return None
        other = self.speaker(first.group(), offset + first.start(), cue, last_speaker)
        if not other or other.type != found.type or other.name == found.name:
            return None
        # (people by their names alone, not a body before a role: "Social Security and Labour
        # Minister Ada Ruiz said")
        if found.type == PERSON and not all(
            self.rules.is_given_name(name.split()[0]) for name in (other.name, found.name)
        ):
            return None
        both = Speaker(f"{other.name} and {found.name}", found.type, False)
        if both.type == ORGANISATION:  # (as the one that spoke last: "It added")
            self._spoke_at(offset + m.start(), both)
        return both

    def display(self, s: str, offset: int) -> Speaker | None:
        """A sign or placard that is all of `s` ("A sign at the refuge gate", "Placards fixed
        to the tractors") or ends it, perhaps before "that" ("held a sign (that)"): as written,
        or by who put it up ("banners hung by a local group"); else None."""
        # (after an opening phrase: "At a rally, one lecturer's placard")
        start = s.rfind(",") + 1
        start += len(s[start:]) - len(s[start:].lstrip())
        found = self.rules.display.fullmatch(s, start)
        if found and found["rest"].strip() in ("that", "which"):
            found = None
        by = found and _BY_WHOM.search(found["rest"])
        author = by and self.source(
            found["rest"][by.end() :], offset + found.start("rest") + by.end()
        )
        if author:
            return author
        found = found or self.rules.display_that.search(s)
        if not found:
            return None
        phrase = found.group().strip()
        first = phrase.split()[0]
        if first[1:].islower() or len(first) == 1:  # (a sentence's capital, not "T-shirts")
            phrase = phrase[:1].lower() + phrase[1:]
        return Speaker(phrase, ORGANISATION, False)

    @staticmethod
    def _close_at_end(s: str) -> Speaker | None:
        """Someone unnamed by their closeness to a matter, ending `s` ("a source close to the
        club", "a banker involved in the merger"), as written; not the club."""
        close = _CLOSE_WORDS.search(s) and _CLOSE_TO.search(s)
        return Speaker(close[1][:1].lower() + close[1][1:], PERSON, False) if close else None

    def _person_of(self, s: str, offset: int, cue: str, last_speaker: str) -> Speaker | None:
        """A person and where they work, ending `s` ("engineer Oren Falk of the harbour pumping
        station", "Oren Falk at Kelby Bank"), else None."""
        affiliation = (" of " in s or " at " in s) and _AFFILIATION.search(s)
        m = affiliation and self.rules.mention_at_end(s[: affiliation.start()])
        found = m and self.speaker(m.group(), offset + m.start(), cue, last_speaker)
        return found if found and found.type == PERSON else None
