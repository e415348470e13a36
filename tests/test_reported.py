"""Reported speech and the speaker sieve: constructed passages per rule, the gold, the suite."""

from __future__ import annotations

import pandas as pd
import pytest

from corpus_tools import gold, segmentation
from corpus_tools.quotes import find_quotes
from corpus_tools.reported import REPORTED_COLUMNS, reported_speech, speech


def reports_in(text: str) -> list[tuple[str, str, str]]:
    articles = pd.DataFrame({"article_id": ["x"], "outlet_label": ["X"], "text": [text]})
    paras = segmentation.paragraphs(articles)
    sents = segmentation.split_sentences(paras)
    found, segments = find_quotes(articles, paras, sents)
    table = reported_speech(articles, sents, segments, found)
    assert list(table.columns) == REPORTED_COLUMNS
    return list(table[["text", "speaker", "rule"]].itertuples(index=False, name=None))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject, a cue and "that"
        (
            "Mayor Ines Calloway said that the bridge would reopen in May.",
            [("the bridge would reopen in May", "Ines Calloway", "cue_that")],
        ),
        # no "that", after a time phrase
        (
            "Ines Calloway said on Monday the bridge would reopen in May.",
            [("the bridge would reopen in May", "Ines Calloway", "cue_that")],
        ),
        # a participle: the sentence's subject speaks
        (
            "Ines Calloway opened the session, warning that the budget was short.",
            [("the budget was short", "Ines Calloway", "participle")],
        ),
        # according to, before and after the content
        (
            "According to the port authority, the ferry will sail at noon.",
            [("the ferry will sail at noon", "the port authority", "according_to")],
        ),
        (
            "The ferry will sail at noon, according to the port authority.",
            [("The ferry will sail at noon", "the port authority", "according_to")],
        ),
        # "according to" any source, named or not
        (
            "According to two people close to the board, the merger is off.",
            [("the merger is off", "two people close to the board", "according_to")],
        ),
        # the cue after the content, past an appositive
        (
            "The ferry will sail at noon, the harbour's manager, Ines Calloway, said on Friday.",
            [("The ferry will sail at noon", "Ines Calloway", "cue_after")],
        ),
        # an organisation as the subject, and "it" for it later
        (
            "The ministry denied that the talks had stalled. Further rounds will follow, it said.",
            [
                ("the talks had stalled", "the ministry", "cue_that"),
                ("Further rounds will follow", "the ministry", "cue_after"),
            ],
        ),
        # two cues in a row: the first clause ends where the second begins
        (
            "Ines Calloway said the plan was ready, adding that costs had fallen.",
            [
                ("the plan was ready", "Ines Calloway", "cue_that"),
                ("costs had fallen", "Ines Calloway", "participle"),
            ],
        ),
        # a group noun with the phrase that says whose group it is
        (
            "Engineers at the Tamsin Water Board say the dam needs urgent repairs.",
            [("the dam needs urgent repairs", "engineers at the Tamsin Water Board", "cue_that")],
        ),
        # "in a statement" is no part of the group that speaks
        (
            "Officials at the Lanark Ramblers Association said in a statement the path would "
            "stay open.",
            [
                (
                    "the path would stay open",
                    "officials at the Lanark Ramblers Association",
                    "cue_that",
                )
            ],
        ),
        # a company noun with the company's name after it
        (
            "Ferry operator Blue Sound Lines said sailings would resume on Friday.",
            [("sailings would resume on Friday", "Blue Sound Lines", "cue_that")],
        ),
        # "The Observatory", capitalised, is the full name given before
        (
            "Schools shut after the Kelby Observatory raised a gale signal. The Observatory said "
            "the storm would pass by noon.",
            [("the storm would pass by noon", "Kelby Observatory", "cue_that")],
        ),
        # a surname with "who" after it is a person's, so the full name before is one too,
        # though "lost" is no sign of a person (teams lose) and "Robin" says no gender
        (
            "Robin Stray lost the final in Kelby.\n\nStray, who had led for an hour, said the "
            "wind had turned.",
            [("the wind had turned", "Robin Stray", "cue_that")],
        ),
        # a one-word name with a description in apposition before the cue: a body's, or a
        # person's if the description's noun is a role
        (
            "Kilmory, the league leaders, said the fixture would go ahead. Strand, the club's "
            "coach, said the pitch was fine.",
            [
                ("the fixture would go ahead", "Kilmory", "cue_that"),
                ("the pitch was fine", "Strand", "cue_that"),
            ],
        ),
        # squatters, leaseholders, objectors: groups
        (
            "Squatters in the old Kelby mill said they would leave in May. Leaseholders told "
            "the tribunal that fees had doubled.",
            [
                ("they would leave in May", "squatters in the old Kelby mill", "cue_that"),
                ("fees had doubled", "leaseholders", "cue_that"),
            ],
        ),
        # a cue inside a clause of time after the comma reports nothing ("asked for it")
        (
            "The footbridge reopened on Monday, months after commuters first asked for it. "
            "Engineers said the deck was sound.",
            [("the deck was sound", "engineers", "cue_that")],
        ),
        # "told" with an object and no clause after it reports nothing
        (
            "Ines Calloway told analysts on a conference call. She said margins had improved.",
            [("margins had improved", "Ines Calloway", "cue_that")],
        ),
        # "according to" a group with its phrase, or a document: its author
        (
            "According to engineers at the Tamsin Water Board, the dam needs repairs.",
            [("the dam needs repairs", "engineers at the Tamsin Water Board", "according_to")],
        ),
        (
            "According to a statement from Kelby Police, two men were arrested.",
            [("two men were arrested", "Kelby Police", "according_to")],
        ),
        # (the outlet that saw the document is no part of its author)
        (
            "Fees doubled, according to a review by a group of charities seen by this newspaper.",
            [("Fees doubled", "a group of charities", "according_to")],
        ),
        # (a long name is not cut inside its last word)
        (
            "Fares will rise, according to the Passenger Services Directorate of the Kelby "
            "Transport Authority.",
            [
                (
                    "Fares will rise",
                    "the Passenger Services Directorate of the Kelby Transport Authority",
                    "according_to",
                )
            ],
        ),
        # a document whose author the text does not name speaks itself, as "the" document
        # (but "new figures show" is data, not a text)
        (
            "Evictions are rising in Kelby, a study has found. The study warned that rents "
            "would climb. Rents are up by a third, new figures show.",
            [
                ("Evictions are rising in Kelby", "a study", "cue_after"),
                ("rents would climb", "the study", "cue_that"),
            ],
        ),
        # a new document speaks itself, with whom it went to; a party's statement is the
        # party's named before
        (
            "Kelby councillors said the plan was rushed. A report to the cabinet warned that "
            "rents would rise.\n\nThe Tarn Rail Union met on Monday. A statement said pay was "
            "low.",
            [
                ("the plan was rushed", "Kelby councillors", "cue_that"),
                ("rents would rise", "a report to the cabinet", "cue_that"),
                ("pay was low", "the Tarn Rail Union", "cue_that"),
            ],
        ),
        # a group in two places, or the people a newspaper asked: the group, with its phrase
        (
            "Tenants' groups in Tarnby and Kelby said they had not been told. Commuters "
            "interviewed by the Kelby Courier said fares would rise.",
            [
                ("they had not been told", "tenants' groups in Tarnby and Kelby", "cue_that"),
                ("fares would rise", "commuters interviewed by the Kelby Courier", "cue_that"),
            ],
        ),
        # a document's writer in apposition ("prepared by"), not whoever carried it out; "the
        # survey" named before is itself, as the codebook names it
        (
            "Curlew numbers have halved, according to a survey by the Kelby Bird Trust. The "
            "survey, carried out by 140 volunteers, found that the birds had gone. The "
            "assessment, prepared by the consultancy Tarnwell Partners, concluded that the "
            "damage would be small.",
            [
                ("Curlew numbers have halved", "the Kelby Bird Trust", "according_to"),
                ("the birds had gone", "the survey", "cue_that"),
                ("the damage would be small", "Tarnwell Partners", "cue_that"),
            ],
        ),
        # "one of the lenders" in apposition makes a one-word name a company's
        (
            "Tarnpay, one of the affected lenders, said it would appeal.",
            [("it would appeal", "Tarnpay", "cue_that")],
        ),
        # a name that ends in an acronym is a body's, unless the letters are a person's
        (
            "Tarn Coastal LNG said its workforce would grow. Brightline TV said the show would "
            "return. Jane Doe MP said the vote was lost.",
            [
                ("its workforce would grow", "Tarn Coastal LNG", "cue_that"),
                ("the show would return", "Brightline TV", "cue_that"),
                ("the vote was lost", "Jane Doe", "cue_that"),
            ],
        ),
        # a governorate, a police command, a secretariat speak as bodies
        (
            "Some 400 families have returned home, the Kelby governorate said. Two men were "
            "held, the provincial police command said.",
            [
                ("Some 400 families have returned home", "the Kelby governorate", "cue_after"),
                ("Two men were held", "the provincial police command", "cue_after"),
            ],
        ),
        # a document with what describes it after its noun: a participle, or its topic
        (
            "The inspection report on Kelby Primary said pupils were safe. A housing survey "
            "released last month found that rents had doubled.",
            [
                ("pupils were safe", "the inspection report", "cue_that"),
                ("rents had doubled", "a housing survey", "cue_that"),
            ],
        ),
        # a share of a group speaks as that share: "One in five owners"
        (
            "One in five owners said they had cut opening hours.",
            [("they had cut opening hours", "one in five owners", "cue_that")],
        ),
        # an acronym in mixed case in brackets is left out of the name too
        (
            "The Kelby Meteorological Department (MetKelby) warned that heavy rain was expected.",
            [("heavy rain was expected", "the Kelby Meteorological Department", "cue_that")],
        ),
        # "..., X (KRB) said, warning that Q": the body with its acronym speaks Q too
        (
            "Fares will rise, the Kelby Rail Board (KRB) said, warning that services would be cut.",
            [
                ("Fares will rise", "the Kelby Rail Board", "cue_after"),
                ("services would be cut", "the Kelby Rail Board", "participle"),
            ],
        ),
        # places of worship, shelters, clinics, pubs and shops speak as bodies
        (
            "Volunteers have served 3,000 meals since the floods, the gurdwara said on Sunday. "
            "The pub said staff were safe.",
            [
                (
                    "Volunteers have served 3,000 meals since the floods",
                    "the gurdwara",
                    "cue_after",
                ),
                ("staff were safe", "the pub", "cue_that"),
            ],
        ),
        # a plural alone close to a matter: "officials familiar with the plan", as written
        (
            "The bridge will open late, officials familiar with the plan said. Diplomats briefed "
            "on the talks said a deal was close.",
            [
                ("The bridge will open late", "officials familiar with the plan", "cue_after"),
                ("a deal was close", "diplomats briefed on the talks", "cue_that"),
            ],
        ),
        # "About 400 ..." opens a clause, not a prepositional phrase
        (
            "About 400 students withheld rent on Monday, the Kelby Tenants Union said.",
            [
                (
                    "About 400 students withheld rent on Monday",
                    "the Kelby Tenants Union",
                    "cue_after",
                )
            ],
        ),
        # "informed" (after its object), "advised" and "speculated" report a clause; "informed
        # staff of the change" none
        (
            "Dr Ada Ruiz informed the council that the budget was short. Analysts speculated "
            "that rates would fall. Ines Calloway informed staff of the change.",
            [
                ("the budget was short", "Ada Ruiz", "cue_that"),
                ("rates would fall", "analysts", "cue_that"),
            ],
        ),
        # "an assurance that", "the announcement that" are noun cues
        (
            "Ada Ruiz gave an assurance that schools would reopen. Tarn Metals made the "
            "announcement that the plant would close.",
            [
                ("schools would reopen", "Ada Ruiz", "noun_that"),
                ("the plant would close", "Tarn Metals", "noun_that"),
            ],
        ),
        # "assured" and "reassured" report what they vouch for, with or without an object
        (
            "Dr Ada Ruiz assured parents that schools would reopen. Officials reassured that "
            "buses would run.",
            [
                ("schools would reopen", "Ada Ruiz", "cue_that"),
                ("buses would run", "officials", "cue_that"),
            ],
        ),
        # "the Kelby-based company" is the company named last, as "the company" is
        (
            "Tarnpay Ltd cut 40 jobs on Monday. In a statement, the Kelby-based company "
            "warned that prices would rise.",
            [("prices would rise", "Tarnpay Ltd", "cue_that")],
        ),
        # and so is "the Oslo-listed company"
        (
            "Tarnpay Ltd cut 40 jobs on Monday. The Oslo-listed company said margins had fallen.",
            [("margins had fallen", "Tarnpay Ltd", "cue_that")],
        ),
        # "the contractor", "the builder", "the exporter": the company named last
        (
            "Ravel Construction won the contract on Monday. The contractor said work would "
            "start in May.",
            [("work would start in May", "Ravel Construction", "cue_that")],
        ),
        # a court "ruling that" P, as a participle after its decision; "the ruling coalition"
        # reports nothing
        (
            "The Kelby High Court dismissed the petition, ruling that the vote had been fair. "
            "The ruling coalition said it would appeal.",
            [
                ("the vote had been fair", "the Kelby High Court", "participle"),
                ("it would appeal", "the ruling coalition", "cue_that"),
            ],
        ),
        # "It" opening the sentence after one a document opens is that document
        (
            "Rents rose, a study has found.\n\nThe study was carried out in May. It found "
            "that 71% of tenants were satisfied.",
            [
                ("Rents rose", "a study", "cue_after"),
                ("71% of tenants were satisfied", "the study", "cue_that"),
            ],
        ),
        # a document described by a participle is the document, named as written
        (
            "Rough sleeping fell by 9%, according to an annual count released on Thursday. "
            "Posts are empty, according to a report tabled in parliament.",
            [
                ("Rough sleeping fell by 9%", "an annual count", "according_to"),
                ("Posts are empty", "a report", "according_to"),
            ],
        ),
        # or a pronoun: whom "he", "she" or "they" would name
        (
            "Dr Ines Calloway met the board. According to her, fees would rise. The Tarn Rail "
            "Union met too. According to them, pay was low.",
            [
                ("fees would rise", "Ines Calloway", "according_to"),
                ("pay was low", "the Tarn Rail Union", "according_to"),
            ],
        ),
        # a noun that is no noun cue ("a phone call") does not start a second clause
        (
            "Ines Calloway told staff on a phone call that the branch would close.",
            [("the branch would close", "Ines Calloway", "cue_that")],
        ),
        # groups named by plural nouns of news ("officers", "motorists"), the plural of any
        # body ("boards") with its phrase, and a province speaking for its government
        (
            "Officers said the lane would stay shut overnight, while motorists claimed the "
            "signs were wrong.",
            [
                ("the lane would stay shut overnight", "officers", "cue_that"),
                ("the signs were wrong", "motorists", "cue_that"),
            ],
        ),
        # a name before a description in apposition is the subject; "the company" is the firm
        # named before (after an app noun), without a modifier such as "Leeds-based"
        (
            "Pellora, the Leeds-based payments start-up, confirmed it would cut 40 jobs. The "
            "Harlow-based Tindall Foods Group said profits had fallen. Budgeting app Quidly will "
            "close, the company announced.",
            [
                ("it would cut 40 jobs", "Pellora", "cue_that"),
                ("profits had fallen", "Tindall Foods Group", "cue_that"),
                ("Budgeting app Quidly will close", "Quidly", "cue_after"),
            ],
        ),
        # a run of titles alone ("Chief Inspector") names no organisation for "the company"
        (
            "A Chief Inspector visited the plant. The company said it would close the site.",
            [("it would close the site", "the company", "cue_that")],
        ),
        # "told" an object, then "he", "she", "they", "we" or "I": a clause without "that"
        (
            "Giving evidence, Oren Falk told jurors he never saw the van. Ada Ruiz told the "
            "Courier she had moved.",
            [
                ("he never saw the van", "Oren Falk", "cue_that"),
                ("she had moved", "Ada Ruiz", "cue_that"),
            ],
        ),
        # a one-word name written after a body noun is an organisation's, also alone later
        (
            "The teachers' union Edvance said pay talks had failed. On Monday Edvance warned "
            "that strikes were likely.",
            [
                ("pay talks had failed", "Edvance", "cue_that"),
                ("strikes were likely", "Edvance", "cue_that"),
            ],
        ),
        (
            "Health boards across the region say they need 400 more nurses. The province said "
            "it would fund 250.",
            [
                ("they need 400 more nurses", "Health boards across the region", "cue_that"),
                ("it would fund 250", "the province", "cue_that"),
            ],
        ),
        # an unknown one-word name right next to its cue: a place, a firm, a titled person
        (
            "Dravonia said the shelling was a provocation. Ms Tellani has repeatedly argued "
            "that the border was open. The harvest was late, said Agrivale.",
            [
                ("the shelling was a provocation", "Dravonia", "cue_that"),
                ("the border was open", "Tellani", "cue_that"),
                ("The harvest was late", "Agrivale", "cue_after"),
            ],
        ),
        # a capitalised word that only opens the sentence names nobody: "it" is the agency
        (
            "The roads agency said the bridge would reopen. Weight limits will stay, it said.",
            [
                ("the bridge would reopen", "the roads agency", "cue_that"),
                ("Weight limits will stay", "the roads agency", "cue_after"),
            ],
        ),
        # no "that" and no determiner: a bare noun subject up to its auxiliary or verb
        (
            "The water board said crews from three depots had been sent out. Ines Calloway "
            "said on Friday turnout increased sharply.",
            [
                ("crews from three depots had been sent out", "the water board", "cue_that"),
                ("turnout increased sharply", "Ines Calloway", "cue_that"),
            ],
        ),
        # a capitalised word after the comma opens the speaker's name, even "Banking"
        (
            "Savings rates will fall, Banking Minister Oren Falk said on Monday.",
            [("Savings rates will fall", "Oren Falk", "cue_after")],
        ),
        # letters after a name ("KC", "MP") and a role with its article in apposition
        (
            "Her counsel, Oren Falk KC, said his client was sorry. Ines Calloway MP said the "
            "vote had failed. The panel's chair, the author Ada Ruiz, said the book had won. "
            "Counsel to the bank, Manase Fenn SAN, said the claim was void.",
            [
                ("his client was sorry", "Oren Falk", "cue_that"),
                ("the vote had failed", "Ines Calloway", "cue_that"),
                ("the book had won", "Ada Ruiz", "cue_that"),
                ("the claim was void", "Manase Fenn", "cue_that"),
            ],
        ),
        # a dateline or a live blog's time before the subject; "today", "just" before the cue
        (
            "VESTRA, Sept 18 – The Bank of Orlia held rates, saying inflation was falling.\n\n"
            "14:32 – Transport Secretary Ada Ruiz has just told MPs that fares will rise.\n\n"
            "BRANTWICK, 2 September — Nordvik Shipping today announced that it had bought a rival.",
            [
                ("inflation was falling", "the Bank of Orlia", "participle"),
                ("fares will rise", "Ada Ruiz", "cue_that"),
                ("it had bought a rival", "Nordvik Shipping", "cue_that"),
            ],
        ),
        # "told" an object, then a possessive opens the clause; a Welsh "ap" inside a name
        (
            "Oren Falk's agent, Ines Calloway, told the Courier his client wanted to stay. "
            "Farmer Rhodri ap Huw told the committee the field flooded each winter.",
            [
                ("his client wanted to stay", "Ines Calloway", "cue_that"),
                ("the field flooded each winter", "Rhodri ap Huw", "cue_that"),
            ],
        ),
        # a bare weekday as a time phrase, after the cue or between subject and cue
        (
            "Bolt Motors said Wednesday it would cut 600 jobs. A driver was charged with fraud, "
            "the Orlia Police said Thursday. Orlia's foreign ministry on Friday denied that it "
            "had agreed to a truce.",
            [
                ("it would cut 600 jobs", "Bolt Motors", "cue_that"),
                ("A driver was charged with fraud", "the Orlia Police", "cue_after"),
                ("it had agreed to a truce", "Orlia's foreign ministry", "cue_that"),
            ],
        ),
        # a clause that opens with a quantity; a group named with a plural possessive
        (
            "The nurses' union said 87 per cent of members backed action. Organiser Ada Ruiz "
            "said more than 40 bags were collected. The weather service said up to 200 "
            "millimetres could fall.",
            [
                ("87 per cent of members backed action", "the nurses' union", "cue_that"),
                ("more than 40 bags were collected", "Ada Ruiz", "cue_that"),
                ("up to 200 millimetres could fall", "the weather service", "cue_that"),
            ],
        ),
        # "P, X said" before a clause of the narrator's; a wire dateline is not what was said
        (
            "KALDOR, May 4 (Reuters) - The ban will stay, a senior minister said on Monday, as "
            "officials met investors.",
            [("The ban will stay", "a senior minister", "cue_after")],
        ),
        # institutions that speak: the coastguard, a fire brigade, a school
        (
            "A ship was towed into port on Thursday, the coastguard said. The school said "
            "lessons would resume.",
            [
                ("A ship was towed into port on Thursday", "the coastguard", "cue_after"),
                ("lessons would resume", "the school", "cue_that"),
            ],
        ),
        # people unnamed by their closeness to a matter; a one-word name after a title
        (
            "Three people familiar with the talks said a deal was near. Energy Minister "
            "Wirasto, who uses one name, told reporters the ban would stay.",
            [
                ("a deal was near", "three people familiar with the talks", "cue_that"),
                ("the ban would stay", "Wirasto", "cue_that"),
            ],
        ),
        # "the company": the firm the lead names, even without a company word in its name
        (
            "Shares in Tallow Metals fell 9 per cent on Monday.\n\nThe company said output "
            "would recover.",
            [("output would recover", "Tallow Metals", "cue_that")],
        ),
        # a report inside a report: the outer clause runs on past the inner cue
        (
            "Opposition MP Oren Falk said local residents had told him the soldiers were setting "
            "up checkpoints.",
            [
                (
                    "local residents had told him the soldiers were setting up checkpoints",
                    "Oren Falk",
                    "cue_that",
                ),
                ("the soldiers were setting up checkpoints", "local residents", "cue_that"),
            ],
        ),
        # a name in apposition after "the family of the victim" is the victim's
        (
            "The family of the victim, Ada Ruiz, said the sentence was too short. The bank's "
            "economist, Oren Falk, said rates would fall.",
            [
                ("the sentence was too short", "the family of the victim", "cue_that"),
                ("rates would fall", "Oren Falk", "cue_that"),
            ],
        ),
        # a time in the phrase before "that" and a company noun opening the sentence ("Operator");
        # signatories speak; "..., X said, who ..."
        (
            "Operator Railco said in a Facebook post at 7.52am that trains were slow. In the "
            "letter, the signatories said the fjord was unique. The plant will close, its owner "
            "Ada Ruiz said, who bought it in 1990.",
            [
                ("trains were slow", "Railco", "cue_that"),
                ("the fjord was unique", "the signatories", "cue_that"),
                ("The plant will close", "Ada Ruiz", "cue_after"),
            ],
        ),
        # a study or figures "published (on Wednesday) by" their authors
        (
            "A common drug may slow memory loss, according to a study published on Wednesday "
            "by researchers at the University of Hallam.",
            [
                (
                    "A common drug may slow memory loss",
                    "researchers at the University of Hallam",
                    "according_to",
                )
            ],
        ),
        # figures, data and polls speak for their authors, with or without an article
        (
            "Homelessness has risen above 14,000, according to new figures from the Department "
            "of Housing.",
            [("Homelessness has risen above 14,000", "the Department of Housing", "according_to")],
        ),
        # "Officer" is a title
        (
            "Chief Executive Officer Ines Calloway told staff that the firm would shrink.",
            [("the firm would shrink", "Ines Calloway", "cue_that")],
        ),
        # "quoted X as saying": X speaks
        (
            "The state news agency quoted Foreign Minister Oren Falk as saying the issue was "
            "closed.",
            [("the issue was closed", "Oren Falk", "cue_that")],
        ),
        # a cue of two words ("told reporters") takes a clause without "that" too
        (
            "Captain Oren Falk told reporters the repaired ferry sailed on time.",
            [("the repaired ferry sailed on time", "Oren Falk", "cue_that")],
        ),
        # people unnamed by their closeness to a matter, and "the person" or "one of the
        # people" after them
        (
            "Railco may sell its depot, according to a person familiar with the matter. The "
            "sale could close in May, said the person, who asked not to be named. Two people "
            "close to the board said talks had stalled. A rival bid is likely, one of the "
            "people said.",
            [
                ("Railco may sell its depot", "a person familiar with the matter", "according_to"),
                ("The sale could close in May", "a person familiar with the matter", "cue_after"),
                ("talks had stalled", "two people close to the board", "cue_that"),
                ("A rival bid is likely", "one of the people", "cue_after"),
            ],
        ),
        (
            "Two officials briefed us. The plan is dead, one of the officials said.",
            [("The plan is dead", "one of the officials", "cue_after")],
        ),
        # a second verb after ", then"; a role nobody in the article holds ("the caller",
        # "Doe's lawyer") is the speaker as written
        (
            "Ines Calloway won the final, then said she would retire. A woman rang the helpline. "
            "The caller claimed that her pension had been stopped. Oren Falk's lawyer said his "
            "client had been abroad.",
            [
                ("she would retire", "Ines Calloway", "cue_that"),
                ("her pension had been stopped", "the caller", "cue_that"),
                ("his client had been abroad", "Oren Falk's lawyer", "cue_that"),
            ],
        ),
        # after "..., X said": a relative clause, "in what", a participle, an apposition or
        # "on condition of anonymity" starts the narrator's words again
        (
            "The depot will close, officials said, in what would be the third closure this "
            "year. The ferry will stop, two councillors said on condition of anonymity because "
            "talks were continuing. Fares will rise, Ada Ruiz said on Monday, prompting anger "
            "among regular passengers on the island. Inflation eased to 4 percent, the "
            "statistics office said on Friday, the lowest reading in nine months.",
            [
                ("The depot will close", "officials", "cue_after"),
                ("The ferry will stop", "two councillors", "cue_after"),
                ("Fares will rise", "Ada Ruiz", "cue_after"),
                ("Inflation eased to 4 percent", "the statistics office", "cue_after"),
            ],
        ),
        # three names after a title or a role, though no listed given name opens them; the
        # surname alone later is the same person
        (
            "Sub-Inspector Rokon Uddin Haowlader said the van had been stolen. Trek organiser "
            "Pemba Dorje Lama said the route was closed. Haowlader said it was found later.",
            [
                ("the van had been stolen", "Rokon Uddin Haowlader", "cue_that"),
                ("the route was closed", "Pemba Dorje Lama", "cue_that"),
                ("it was found later", "Rokon Uddin Haowlader", "cue_that"),
            ],
        ),
        # three names in apposition after a role, though no listed given name opens them; a
        # name with "bint" ("daughter of") inside it
        (
            "The port's chief engineer, Tevita Lolohea Manu, said the hull was sound. Later "
            "Manu said repairs would take a week. Dr Ashwe bint Kelvane Ruiz said it was old.",
            [
                ("the hull was sound", "Tevita Lolohea Manu", "cue_that"),
                ("repairs would take a week", "Tevita Lolohea Manu", "cue_that"),
                ("it was old", "Ashwe bint Kelvane Ruiz", "cue_that"),
            ],
        ),
        # a name with an apostrophe before a lower-case letter (Samoan, Hawaiian)
        (
            "Losa Fa’atasi-Moors said the new clinic would open in March.",
            [("the new clinic would open in March", "Losa Fa’atasi-Moors", "cue_that")],
        ),
        # a subject without a determiner up to an irregular past verb, also one as often said
        # of things ("fell") as of people ("took")
        (
            "Tallow Metals said sales fell in May. Oren Falk said officials took the view early.",
            [
                ("sales fell in May", "Tallow Metals", "cue_that"),
                ("officials took the view early", "Oren Falk", "cue_that"),
            ],
        ),
        # a participle after "P, X said": X speaks, not P's subject; one after a partial
        # quotation with "that" opens a clause of its own
        (
            "All 90 passengers left the ferry safely, the operator said, adding that the hull "
            "had been checked. Oren Falk said the audit was a ‘whitewash’, arguing that "
            "inspectors had missed the leak.",
            [
                ("All 90 passengers left the ferry safely", "the operator", "cue_after"),
                ("the hull had been checked", "the operator", "participle"),
                ("the audit was a ‘whitewash’", "Oren Falk", "cue_that"),
                ("inspectors had missed the leak", "Oren Falk", "participle"),
            ],
        ),
        # "who" after a name and its apposition is the name's
        (
            "“Prices have peaked,” said Manase Fenn, a fund manager at Corran Asset "
            "Management, who added that he had sold the shares.",
            [("he had sold the shares", "Manase Fenn", "cue_that")],
        ),
        # a Fijian chiefly title is no part of the name
        (
            "Coach Ratu Manase Fenn named six new players, saying the team needed fresh legs.",
            [("the team needed fresh legs", "Manase Fenn", "participle")],
        ),
        # a one-word name with a role in apposition is a person's, wherever the cue is
        (
            "Manase, a ferry pilot who goes by one name, said most crossings had stopped.",
            [("most crossings had stopped", "Manase", "cue_that")],
        ),
        # a document speaks for its author: its owner, a body named in it, else (a party's
        # own statement) the organisation of the sentence before; "the notice" named before
        # is itself
        (
            "The Kelby Water Board posted a notice on Friday. The notice said supplies would "
            "be cut. Farms that ignore it could be fined, according to the notice. Tallow "
            "Metals' annual report said costs had risen. The Tarn Labour Party met on Sunday. "
            "A party statement said the count was fair.",
            [
                ("supplies would be cut", "the notice", "cue_that"),
                ("Farms that ignore it could be fined", "the notice", "according_to"),
                ("costs had risen", "Tallow Metals", "cue_that"),
                ("the count was fair", "the Tarn Labour Party", "cue_that"),
            ],
        ),
        # a document owned by a body named by its common noun: the body's fuller name
        (
            "A study by the Kelby Reading Council was published today. The council's report "
            "says pupils were reading less.",
            [
                ("pupils were reading less", "the Kelby Reading Council", "cue_that"),
            ],
        ),
        # "The 58-year-old ..." describes the person named last
        (
            "Oren Falk filed his papers on Monday. The 58-year-old former police chief told "
            "supporters that he would win.",
            [("he would win", "Oren Falk", "cue_that")],
        ),
        # "District" ends an organisation's name, which the lead names
        (
            "The Kelby Health District confirmed a case of measles on Monday. It said the child "
            "was recovering.",
            [("the child was recovering", "the Kelby Health District", "cue_that")],
        ),
        # a possessive inside an organisation's name, before one of its words; a person's
        # possessive stays outside
        (
            "The Tarn People's Congress said the vote was rigged. The Kelby Children's "
            "Hospital said beds were full. Ada Ruiz's lawyer said she would appeal.",
            [
                ("the vote was rigged", "the Tarn People's Congress", "cue_that"),
                ("beds were full", "the Kelby Children's Hospital", "cue_that"),
                ("she would appeal", "Ada Ruiz's lawyer", "cue_that"),
            ],
        ),
        # a place's possessive before a body's name is kept, as written (the codebook's
        # convention), and so are a saint's and a place's before a common noun
        (
            "Tarnland's Ministry of Water said wells were dry. St Ives's Hospital Trust said "
            "beds were short. Kelby's council said roads were shut.",
            [
                ("wells were dry", "Tarnland's Ministry of Water", "cue_that"),
                ("beds were short", "St Ives's Hospital Trust", "cue_that"),
                ("roads were shut", "Kelby's council", "cue_that"),
            ],
        ),
        # bodies by the last word of their names: a procuracy, a confederation, a municipality
        (
            "The Kelby People's Procuracy said the fine was fair. The Tarn Growers’ "
            "Confederation said prices fell. The Kelby Municipality said roads were shut. The "
            "Tarnside Valley School Division confirmed that enrolment had fallen.",
            [
                ("the fine was fair", "the Kelby People's Procuracy", "cue_that"),
                ("prices fell", "the Tarn Growers’ Confederation", "cue_that"),
                ("roads were shut", "the Kelby Municipality", "cue_that"),
                ("enrolment had fallen", "the Tarnside Valley School Division", "cue_that"),
            ],
        ),
        # a company form with a full stop ends neither the sentence nor the name
        (
            "Software maker Corvance Inc. said on Wednesday it would cut 600 jobs. Tallow "
            "Metals Ltd. said sales fell. Brenmoor Shipping Co. raised fares, saying fuel had cost "
            "more.",
            [
                ("it would cut 600 jobs", "Corvance Inc.", "cue_that"),
                ("sales fell", "Tallow Metals Ltd.", "cue_that"),
                ("fuel had cost more", "Brenmoor Shipping Co.", "participle"),
            ],
        ),
        # "the company" is no newsroom somebody spoke to; "GmbH" is one word of a name
        (
            "Porters at Brenmoor Klinik GmbH walked out, their union said. The union chief told "
            "the Tarnside Courier the wards were short. The company said cover was in place.",
            [
                ("Porters at Brenmoor Klinik GmbH walked out", "their union", "cue_after"),
                ("the wards were short", "the union chief", "cue_that"),
                ("cover was in place", "Brenmoor Klinik GmbH", "cue_that"),
            ],
        ),
        # a longer description of a company is the company named before, if one was; else it
        # speaks as written
        (
            "Tarnway Stores plc cut prices. The discount grocery chain said margins would hold.",
            [("margins would hold", "Tarnway Stores plc", "cue_that")],
        ),
        (
            "Pupils in Co Marrow lost their bus seats. The school bus operator said it was "
            "hiring drivers.",
            [("it was hiring drivers", "the school bus operator", "cue_that")],
        ),
        # a shop's name ending in "'s" speaks (in full, after a company noun opening its
        # first mention); creditors and respondents are groups
        (
            "Discounter Penhale’s Food Stores reported a loss. Penhale’s said it would shut "
            "two depots. "
            "Marlow's said rents rose. Most "
            "respondents said costs rose. Some creditors said they were ignored.",
            [
                ("it would shut two depots", "Penhale’s Food Stores", "cue_that"),
                ("rents rose", "Marlow's", "cue_that"),
                ("costs rose", "most respondents", "cue_that"),
                ("they were ignored", "some creditors", "cue_that"),
            ],
        ),
        # names that open with the kind of body in Spanish or Portuguese are whole, and their
        # last word alone names them later
        (
            "Deportivo Marisol lost at home, the league said. Marisol have said the coach "
            "will stay. Grupo Andino del Norte said the mine would reopen.",
            [
                ("Deportivo Marisol lost at home", "the league", "cue_after"),
                ("the coach will stay", "Deportivo Marisol", "cue_that"),
                ("the mine would reopen", "Grupo Andino del Norte", "cue_that"),
            ],
        ),
        # "the ministry" is the ministry named before with a place's possessive, as written
        (
            "Tarnland's transport ministry shut the bridge. The ministry said repairs would "
            "take a month.",
            [("repairs would take a month", "Tarnland's transport ministry", "cue_that")],
        ),
        # a name after its role in apposition, with a capitalised word before the role
        (
            "The motion's backer, Assembly member Ana Lutz, said fees would fall. The prize "
            "committee's head, the Danish poet Jens Holm Berg, said the choice was easy.",
            [
                ("fees would fall", "Ana Lutz", "cue_that"),
                ("the choice was easy", "Jens Holm Berg", "cue_that"),
            ],
        ),
        # an argument and allegations as noun cues, their owner or the subject speaking
        (
            "The panel dismissed the insurer's argument that the notice was late. The union made "
            "allegations that staff were bullied.",
            [
                ("the notice was late", "the insurer", "cue_that"),
                ("staff were bullied", "the union", "noun_that"),
            ],
        ),
        # a share of a group speaks with its share; justices are a group; "finding that" is a
        # participle cue
        (
            "Two of the magistrates said the fine was too low. The justices split, arguing "
            "that the statute was vague. The board turned down the plan, finding that it cost "
            "too much. Most of the analysts at Tarn Bank said rates would rise.",
            [
                ("the fine was too low", "two of the magistrates", "cue_that"),
                ("the statute was vague", "the justices", "participle"),
                ("it cost too much", "the board", "participle"),
                ("rates would rise", "most of the analysts at Tarn Bank", "cue_that"),
            ],
        ),
        # letters that end a club's name after one word are no barrister's
        (
            "Marlow SC said the coach had left. Jo Mayo SC said the appeal would fail.",
            [
                ("the coach had left", "Marlow SC", "cue_that"),
                ("the appeal would fail", "Jo Mayo", "cue_that"),
            ],
        ),
        # aides, allies and hosts are groups, with whom they serve after "to" or "of"
        (
            "The bill goes to the senate next week, two aides to the governor said. Allies of "
            "the mayor said she would stand again.",
            [
                ("The bill goes to the senate next week", "two aides to the governor", "cue_after"),
                ("she would stand again", "allies of the mayor", "cue_that"),
            ],
        ),
        # someone unnamed by a noun no list holds, also before a relative clause; a named place
        # before a common noun; a subject and its verb after a cue are no speaker
        (
            "A longtime patron, who gave no name, claimed that the scales were rigged. A porter "
            "at the Kelby care home, who would not be identified, said night shifts were "
            "unpaid.",
            [
                ("the scales were rigged", "a longtime patron", "cue_that"),
                ("night shifts were unpaid", "a porter at the Kelby care home", "cue_that"),
            ],
        ),
        # a firm's role as written, and a reviewer; a group with a participle's phrase
        (
            "Kelby United's manager complained that the pitch was poor. The Tarn Gazette's "
            "reviewer wrote that the ending was weak. Families living near the quarry said the "
            "dust was thick.",
            [
                ("the pitch was poor", "Kelby United's manager", "cue_that"),
                ("the ending was weak", "the Tarn Gazette's reviewer", "cue_that"),
                ("the dust was thick", "families living near the quarry", "cue_that"),
            ],
        ),
        # a quantity in words opens a clause; an apostrophe inside a name; a consortium, a
        # choir, a militia and reports speak
        (
            "The Tarn Water Board said about two million litres were lost. Chair Mwangi "
            "Ng'eno said pipes were old. The Kelby Valley Choir said the concert was off. "
            "Reports in Tarnland claimed that the deal was done.",
            [
                ("about two million litres were lost", "the Tarn Water Board", "cue_that"),
                ("pipes were old", "Mwangi Ng'eno", "cue_that"),
                ("the concert was off", "the Kelby Valley Choir", "cue_that"),
                ("the deal was done", "reports in Tarnland", "cue_that"),
            ],
        ),
        # initials with full stops open a body's name or a group ("U.S.", "U.K.")
        (
            "The U.S. Marine Fisheries Service said stocks fell. U.K. officials said quotas "
            "would hold.",
            [
                ("stocks fell", "the U.S. Marine Fisheries Service", "cue_that"),
                ("quotas would hold", "U.K. officials", "cue_that"),
            ],
        ),
        # "official" before a document is no owner; papers and files speak as documents
        (
            "Official figures show that rents rose.",
            [("rents rose", "official figures", "cue_that")],
        ),
        (
            "The papers show that the firm owed tax.",
            [("the firm owed tax", "the papers", "cue_that")],
        ),
        # "the Kelby native" is the person just named, by home town
        (
            "Goalkeeper Ana Roy, 22, saved a penalty. The Kelby native says she guessed right.",
            [("she guessed right", "Ana Roy", "cue_that")],
        ),
        # whom an event made speak, before the infinitive of a cue; not whom someone asked to
        (
            "Fares rose, prompting the rail regulator to warn that services would suffer. "
            "Unions urged the board to admit that the plan had failed.",
            [("services would suffer", "the rail regulator", "cue_that")],
        ),
        # a common noun's possessive before a body's name is no part of it (a place's is)
        (
            "The central bank's Rate Setting Committee said prices were stable. Tarnland's "
            "Supreme Court said the law was void.",
            [
                ("prices were stable", "the Rate Setting Committee", "cue_that"),
                ("the law was void", "Tarnland's Supreme Court", "cue_that"),
            ],
        ),
        # the object of "remind", "warn", "advise" or "promise" is no part of the clause
        (
            "The board reminded the minister that the fund was empty. It warned the council "
            "that rates would rise, and advised tenants that rents were frozen.",
            [
                ("the fund was empty", "the board", "cue_that"),
                ("rates would rise", "the board", "cue_that"),
                ("rents were frozen", "the board", "cue_that"),
            ],
        ),
        # an investigation speaks as a document; city hall as a body; "e.V." ends a German
        # association's name
        (
            "A faulty valve started the fire, an internal investigation has found. City hall "
            "maintained that the library would reopen. The club Kelby Ruderverein e.V. said it "
            "would row again.",
            [
                ("A faulty valve started the fire", "an internal investigation", "cue_after"),
                ("the library would reopen", "city hall", "cue_that"),
                ("it would row again", "Kelby Ruderverein e.V.", "cue_that"),
            ],
        ),
        # a body's last words in lower case name it again
        (
            "The Tarnland Independent Electoral Commission counted the votes. The electoral "
            "commission said turnout was low.",
            [("turnout was low", "the Tarnland Independent Electoral Commission", "cue_that")],
        ),
        # a time phrase after a group or a source is no part of it
        (
            "Tenants last week said the rent rose. A group of nurses earlier this month said "
            "wards were full. Turnout fell, according to figures released by the Electoral "
            "Office of Tarnland on Monday.",
            [
                ("the rent rose", "tenants", "cue_that"),
                ("wards were full", "a group of nurses", "cue_that"),
                ("Turnout fell", "the Electoral Office of Tarnland", "according_to"),
            ],
        ),
        # a participle after a verb of writing and its object is the writer's; an "-ing" word
        # after a determiner is no participle
        (
            "Coach Ada Ruiz wrote to the members at Kelby Rowing Club on Monday saying the "
            "boathouse would shut. Judge Ines Kerr wrote in a brief order that the fee was "
            "unlawful.",
            [
                ("the boathouse would shut", "Ada Ruiz", "cue_that"),
                ("the fee was unlawful", "Ines Kerr", "cue_that"),
            ],
        ),
        # a legal form in brackets before a possessive ends the name the short name stands for
        (
            "Marrow Grid Holdings (Pty) Ltd’s bonds fell. Marrow said the sell-off was overdone.",
            [("the sell-off was overdone", "Marrow Grid Holdings (Pty) Ltd", "cue_that")],
        ),
        # "that" right before a verb is the clause's subject, but not before a participle
        # that describes the clause's subject
        (
            "The Kelby Council met on Monday. It added that affected staff would be told soon.",
            [("affected staff would be told soon", "the Kelby Council", "cue_that")],
        ),
        # "that" right before a verb is the clause's subject
        (
            "Oren Falk said that was false. Ada Ruiz said that fares had risen.",
            [
                ("that was false", "Oren Falk", "cue_that"),
                ("fares had risen", "Ada Ruiz", "cue_that"),
            ],
        ),
        # "and" inside an organisation's name after "of" (a branch of it is a group, as five
        # blind sets code it; set C's coder gave the body's name)
        (
            "A spokeswoman for the Department of Roads and Bridges said the work was late. The "
            "local branch of the Guild of Pilots and Pursers said fares would rise.",
            [
                ("the work was late", "the Department of Roads and Bridges", "cue_that"),
                (
                    "fares would rise",
                    "the local branch of the Guild of Pilots and Pursers",
                    "cue_that",
                ),
            ],
        ),
        # a centre is a body that speaks, with its phrase
        (
            "The regional weather centre at Kelby warned that the heat would last.",
            [("the heat would last", "the regional weather centre at Kelby", "cue_that")],
        ),
        # someone unnamed at a named body speaks as written, also before a relative clause;
        # a spokesman for a body is the body
        (
            "An engineer with the Kelby Harbour Fund said the wall would hold. A nurse at "
            "Kelby General, who asked not to be named, said the ward was full. A spokesman "
            "for the Kelby Council said the road was shut. An official in Tarn's foreign "
            "ministry said the treaty was ready.",
            [
                ("the wall would hold", "an engineer with the Kelby Harbour Fund", "cue_that"),
                ("the ward was full", "a nurse at Kelby General", "cue_that"),
                ("the road was shut", "the Kelby Council", "cue_that"),
                ("the treaty was ready", "an official in Tarn's foreign ministry", "cue_that"),
            ],
        ),
        # someone unnamed at one of several bodies or places, with the plural as written
        (
            "A clerk at one of the affected firms said the invoices were paid. A medic in one "
            "of the camps said food was short.",
            [
                ("the invoices were paid", "a clerk at one of the affected firms", "cue_that"),
                ("food was short", "a medic in one of the camps", "cue_that"),
            ],
        ),
        # someone unnamed by whose aide, ally or adviser they are, or where they come from; not
        # the description of a firm named after it
        (
            "A senior aide said the talks had stalled. A close ally of the mayor said she would "
            "stand again. An adviser to Governor Ada Ruiz said the budget was late. A driver "
            "from the depot said the buses were old. A former clerk of lender Tarn Savings Ltd "
            "said files were lost.",
            [
                ("the talks had stalled", "a senior aide", "cue_that"),
                ("she would stand again", "a close ally of the mayor", "cue_that"),
                ("the budget was late", "an adviser to Governor Ada Ruiz", "cue_that"),
                ("the buses were old", "a driver from the depot", "cue_that"),
                ("files were lost", "a former clerk", "cue_that"),
            ],
        ),
        # a capitalised particle that is a given name opens the name after a portfolio;
        # "for" after a title is no part of an organisation's name
        (
            "State Minister for Flood Management Abu Tariq Haldar told reporters that boats "
            "had arrived. Minister for Health Ines Kerr said the wards were full.",
            [
                ("boats had arrived", "Abu Tariq Haldar", "cue_that"),
                ("the wards were full", "Ines Kerr", "cue_that"),
            ],
        ),
        # "for" inside an organisation's name after one of its words, not a person's
        # affiliation
        (
            "The Centre for Harbour Studies said rents rose. Ada Ruiz of the Institute for "
            "Rail Policy said fares fell.",
            [
                ("rents rose", "the Centre for Harbour Studies", "cue_that"),
                ("fares fell", "Ada Ruiz", "cue_that"),
            ],
        ),
        # a lower-case description before an organisation's name is no part of it, but "the
        # government of" and a jurisdiction's adjective are; "Fund" ends an organisation's name
        (
            "The opposition Harbour Alliance said turnout was high. The government of Santa "
            "Ines said the count was fair. The ruling Party for Renewal said it had won. The "
            "provincial Department of Roads said it would appeal. The Kelby Harbour Fund said "
            "it would pay.",
            [
                ("turnout was high", "the Harbour Alliance", "cue_that"),
                ("the count was fair", "the government of Santa Ines", "cue_that"),
                ("it had won", "the Party for Renewal", "cue_that"),
                ("it would appeal", "the provincial Department of Roads", "cue_that"),
                ("it would pay", "the Kelby Harbour Fund", "cue_that"),
            ],
        ),
        # a one-word organisation in apposition before the cue; a dateline with letters
        # beyond ASCII
        (
            "ŁOMNICA - The Kelby pit will close next year, its owner, Węglomet, said.",
            [("The Kelby pit will close next year", "Węglomet", "cue_after")],
        ),
        # a title in capitals before a name gives that person the title ("the MP" later),
        # and after "the" it is no post-nominal
        (
            "Labour MP Thandi Kerr spoke first. The MP said the vote was close. Education "
            "MEC Ada Ruiz was next. The MEC acknowledged that schools lagged behind.",
            [
                ("the vote was close", "Thandi Kerr", "cue_that"),
                ("schools lagged behind", "Ada Ruiz", "cue_that"),
            ],
        ),
        # "told" with a long object before "that"
        (
            "Ada Ruiz told an audience at the Kelby book festival last month that the idea "
            "came from her grandfather.",
            [("the idea came from her grandfather", "Ada Ruiz", "cue_that")],
        ),
        # a cue between commas inside the clause: the whole sentence, the cue included; a
        # cue with a phrase after its comma ends the clause
        (
            "Oren Falk has farmed here for years. These days, he said, the rain comes late. "
            "The road, police said on Monday, would reopen. Fares rose, Ada Ruiz said on "
            "Monday, the steepest rise in a year.",
            [
                ("These days, he said, the rain comes late", "Oren Falk", "cue_inside"),
                ("The road, police said on Monday, would reopen", "police", "cue_inside"),
                ("Fares rose", "Ada Ruiz", "cue_after"),
            ],
        ),
        # a wire dateline or a live blog's time is no part of what was said; a hyphen with no
        # space before it opens none
        (
            "22:04 First counts put the Unity Party ahead, according to the returning officer."
            "\n\nAL-MARSA (Reuters) — Fares rose in May, the port authority said.\n\n"
            "UK-Irish talks stalled on Monday, officials said.",
            [
                ("First counts put the Unity Party ahead", "the returning officer", "according_to"),
                ("Fares rose in May", "the port authority", "cue_after"),
                ("UK-Irish talks stalled on Monday", "officials", "cue_after"),
            ],
        ),
        # a group with its phrase after a wire dateline or a live blog's time
        (
            "KELBY - Growers across the northern valleys say the frost came early.\n\n"
            "14:05 Analysts at Corran Securities said the fund would close.",
            [
                ("the frost came early", "growers across the northern valleys", "cue_that"),
                ("the fund would close", "analysts at Corran Securities", "cue_that"),
            ],
        ),
        # a group with the name of whose it is, a role of a body (as written, or the person
        # given it), a role nobody holds opening a participle's sentence
        (
            "The port authority of Vessel Bay cut its fees on Monday, saying traffic had fallen. "
            "The chief executive of Corran Securities said the fund would close. The coroner "
            "opened the inquest, saying the cause was unclear. Ada Ruiz, the governor of the "
            "bank, spoke next. The governor of the bank said rates would hold.",
            [
                ("traffic had fallen", "the port authority of Vessel Bay", "participle"),
                ("the fund would close", "the chief executive of Corran Securities", "cue_that"),
                ("the cause was unclear", "the coroner", "participle"),
                ("rates would hold", "Ada Ruiz", "cue_that"),
            ],
        ),
        # "it" and an unnamed spokeswoman with no organisation as subject nearby: the firm the
        # lead names; "the cooperative" is the cooperative named before
        (
            "Shares in Tallow Metals fell 9 percent on Thursday. Tallow declined to comment. A "
            "spokeswoman said only that the board would meet in May. Farms lost water, "
            "according to Marrow Creek Water Cooperative. The cooperative said pumps were "
            "failing. It warned that supplies could run out.",
            [
                ("the board would meet in May", "Tallow Metals", "cue_that"),
                ("Farms lost water", "Marrow Creek Water Cooperative", "according_to"),
                ("pumps were failing", "Marrow Creek Water Cooperative", "cue_that"),
                ("supplies could run out", "Marrow Creek Water Cooperative", "cue_that"),
            ],
        ),
        # an acronym in brackets after its organisation's name is left out; later, alone, it
        # is that organisation; one never introduced speaks as written
        (
            "The Kestrel Rail Authority (KRA) said the line had reopened. Two engineers at the "
            "Harbour Trust (HT), who declined to be named, said repairs were slow. The KRA said "
            "fares would not rise. The nurses' union FNTE said it backed the plan.",
            [
                ("the line had reopened", "the Kestrel Rail Authority", "cue_that"),
                ("repairs were slow", "two engineers at the Harbour Trust", "cue_that"),
                ("fares would not rise", "the Kestrel Rail Authority", "cue_that"),
                ("it backed the plan", "FNTE", "cue_that"),
            ],
        ),
        # a body's name with its acronym and words that describe its organ ("supreme
        # council") speaks as one name; later, "the council" is that organ, but a noun after a
        # verb ("overturned the agency") describes nothing
        (
            "The Tarn Rowing Union (TRU) supreme council said it would meet. The council said "
            "fees would rise. The Kelby Appeals Tribunal overturned the agency's decision. The "
            "agency said it would comply.",
            [
                ("it would meet", "the Tarn Rowing Union supreme council", "cue_that"),
                ("fees would rise", "the Tarn Rowing Union supreme council", "cue_that"),
                ("it would comply", "the agency", "cue_that"),
            ],
        ),
        # "the agency" is a body whose name joins two fields with "and", in full; not the
        # second of two bodies joined by "and"
        (
            "Delays doubled, the Tarn Transport and Energy Agency said. The agency said crews were "
            "short. The Kelby Council and Velmora Water Agency met. The agency said pipes leaked.",
            [
                ("Delays doubled", "the Tarn Transport and Energy Agency", "cue_after"),
                ("crews were short", "the Tarn Transport and Energy Agency", "cue_that"),
                ("pipes leaked", "Velmora Water Agency", "cue_that"),
            ],
        ),
        # "the institute", "the chamber": a body named in another language, whose noun opens
        # its name before an adjective
        (
            "The Instituto Velmorano del Cacao said prices fell. The institute said stocks were "
            "low. The Câmara Tarnense de Comércio said exports rose. The chamber said ports "
            "were full.",
            [
                ("prices fell", "the Instituto Velmorano del Cacao", "cue_that"),
                ("stocks were low", "the Instituto Velmorano del Cacao", "cue_that"),
                ("exports rose", "the Câmara Tarnense de Comércio", "cue_that"),
                ("ports were full", "the Câmara Tarnense de Comércio", "cue_that"),
            ],
        ),
        # "the centre" is a body named "Center" before (and the other way round)
        (
            "The Tarn Safety Investigation Center said the runway was wet. In its report, the "
            "centre said the crew had erred.",
            [
                ("the runway was wet", "the Tarn Safety Investigation Center", "cue_that"),
                ("the crew had erred", "the Tarn Safety Investigation Center", "cue_that"),
            ],
        ),
        # court reporting: "testified that"; a witness the lead describes (at a body, or with
        # a participle phrase) is the person the body names, not one given another role;
        # "accused of" takes no clause
        (
            "A former cashier for Tarn Motors testified that she was told to lie.\n\n"
            "Defence lawyer Oren Falk said the claim was new. Ada Ruiz, 41, told jurors she "
            "was afraid.",
            [
                ("she was told to lie", "Ada Ruiz", "cue_that"),
                ("the claim was new", "Oren Falk", "cue_that"),
                ("she was afraid", "Ada Ruiz", "cue_that"),
            ],
        ),
        (
            "A porter accused of theft from a Kelby hotel testified that he had the keys.\n\n"
            "Oren Falk, 52, told jurors the safe was open. A man injured in the fire said "
            "smoke filled the hall.",
            [
                ("he had the keys", "Oren Falk", "cue_that"),
                ("the safe was open", "Oren Falk", "cue_that"),
                ("smoke filled the hall", "a man", "cue_that"),
            ],
        ),
        # "telling" and an object with its determiner before "that"
        (
            "Ines Calloway defended the plan, telling the council on Monday that the road "
            "would open.",
            [("the road would open", "Ines Calloway", "participle")],
        ),
        # "the company" is the firm the lead names, one word too where it is capitalised
        # inside a sentence (a name), not a sentence's first word or a dateline's region
        (
            "KELBY, Tarn (Wirepress) - Lumiq will raise prices in June, the company said. "
            "Users of Lumiq were angry.",
            [("Lumiq will raise prices in June", "Lumiq", "cue_after")],
        ),
        (
            "KELBY, Tarn (Wirepress) - Prices will rise in June, the company said. Users in "
            "Tarn were angry.",
            [("Prices will rise in June", "the company", "cue_after")],
        ),
        # a name with no title, comma or cue is a person's when its first name speaks alone
        (
            "Tovana Kelbridge-Oyo has kept bees on the hill for fifty years. She says the hives "
            "calm her.\n\nTovana admits she was stung often at first.",
            [
                ("the hives calm her", "Tovana Kelbridge-Oyo", "cue_that"),
                ("she was stung often at first", "Tovana Kelbridge-Oyo", "cue_that"),
            ],
        ),
        # bodies whose last word is an organisation's: a unit, a guild, an assembly
        (
            "The Marrow Valley Health Unit said cases had risen. The Tarn Reporters Guild said "
            "pay was frozen.",
            [
                ("cases had risen", "the Marrow Valley Health Unit", "cue_that"),
                ("pay was frozen", "the Tarn Reporters Guild", "cue_that"),
            ],
        ),
        # an acronym written as a word, introduced in brackets, stands for its name; a party
        # in brackets after a person is no acronym of hers
        (
            "The Kelby Dock and Harbour Workers Union (Kadhwu) said the stoppage was lawful. "
            "Kadhwu said talks would resume. Ada Ruiz (Labour) said the plan was dead.",
            [
                ("the stoppage was lawful", "the Kelby Dock and Harbour Workers Union", "cue_that"),
                ("talks would resume", "the Kelby Dock and Harbour Workers Union", "cue_that"),
                ("the plan was dead", "Ada Ruiz", "cue_that"),
            ],
        ),
        # "police" is the force named before; "the regional carrier" the firm; a person's
        # "rep" speaks for that person
        (
            "A boy was hurt, according to the Kelby Police Department. He was in hospital, "
            "police said.\n\nBrightwing Air will cut routes, the regional carrier said. Singer "
            "Tom Bell has cancelled his tour. Bell’s rep said he was exhausted.",
            [
                ("A boy was hurt", "the Kelby Police Department", "according_to"),
                ("He was in hospital", "the Kelby Police Department", "cue_after"),
                ("Brightwing Air will cut routes", "Brightwing Air", "cue_after"),
                ("he was exhausted", "Tom Bell", "cue_that"),
            ],
        ),
        # names ending in the words of consultancies, data firms and financial bodies
        (
            "Brenmoor Freight Analytics said rates fell. Prices rose, according to data from the "
            "Tarnside Property Monitor. Orlan Credit Ratings said the debt was safe.",
            [
                ("rates fell", "Brenmoor Freight Analytics", "cue_that"),
                ("Prices rose", "the Tarnside Property Monitor", "according_to"),
                ("the debt was safe", "Orlan Credit Ratings", "cue_that"),
            ],
        ),
        # the noun for a company ("the utility", "the carmaker") is the company named before;
        # a company noun before a name ending in a plural one is no part of it
        (
            "Power firm Dunmore Utilities said bills would rise. The utility said demand had "
            "grown. Brakes maker Olsen Motors said sales fell, and the carmaker said jobs were "
            "safe.",
            [
                ("bills would rise", "Dunmore Utilities", "cue_that"),
                ("demand had grown", "Dunmore Utilities", "cue_that"),
                ("sales fell", "Olsen Motors", "cue_that"),
                ("jobs were safe", "Olsen Motors", "cue_that"),
            ],
        ),
        # "the carrier" is not a body named only later ("the port of Delbury" is no authority
        # yet); a participle after "P, X said," reports nothing of its own
        (
            "Tarnlink Lines will add a ferry to the port of Delbury in June, the carrier said, "
            "calling it “overdue”. Delbury Port Authority said it had asked for the ferry.",
            [
                (
                    "Tarnlink Lines will add a ferry to the port of Delbury in June",
                    "Tarnlink Lines",
                    "cue_after",
                ),
                ("it had asked for the ferry", "Delbury Port Authority", "cue_that"),
            ],
        ),
        # scientists by their field, with whose they are
        (
            "The tremors may recur, seismologists at Tarn University said.",
            [
                (
                    "The tremors may recur",
                    "seismologists at Tarn University",
                    "cue_after",
                )
            ],
        ),
        # a noun cue's owner before a year ("Ruiz's 2021 promise that")
        (
            "Mayor Ada Ruiz faces voters today. Voters remember Ruiz's 2021 promise that taxes "
            "would fall.",
            [("taxes would fall", "Ada Ruiz", "cue_that")],
        ),
        # a noun cue opening the sentence's subject: P ends before the sentence's own verb
        (
            "Lena Frost's promise that the lane would open by May was broken. The union's "
            "warning that jobs would go if the depot was sold has proved right.",
            [
                ("the lane would open by May", "Lena Frost", "noun_that"),
                ("jobs would go if the depot was sold", "the union", "cue_that"),
            ],
        ),
        # a possessive pronoun before a noun cue names whom the pronoun would
        (
            "Ada Ruiz spoke at noon. Her warning that fees would rise was ignored. The Kelby "
            "Housing Trust met later. Its claim that rents had fallen was disputed.",
            [
                ("fees would rise", "Ada Ruiz", "noun_that"),
                ("rents had fallen", "the Kelby Housing Trust", "noun_that"),
            ],
        ),
        # a clause ending in a partial quotation before its cue is reported; a whole
        # quotation before its cue is not (nor one after an opening phrase)
        (
            "The numbers were “plainly inflated”, the minister, Omar Diaz, insisted. The budget "
            "had been 'carefully balanced,' said Lena Frost. “We tried,” she said, “but we "
            "failed,” she added. In a statement, “We regret the delay,” the firm said.",
            [
                ("The numbers were “plainly inflated”", "Omar Diaz", "cue_after"),
                ("The budget had been 'carefully balanced,'", "Lena Frost", "cue_after"),
            ],
        ),
        # a cue used as a noun reports only before "that" (also after "shortly after 6am")
        (
            "Omar Diaz said the fund was “nearly empty”, a claim the treasurer rejected. Costs "
            "would rise, said Lena Frost, echoing the board’s announcement. Kelby Water issued a "
            "flood warning shortly after 6am that the river would burst its banks.",
            [
                ("the fund was “nearly empty”", "Omar Diaz", "cue_that"),
                ("Costs would rise", "Lena Frost", "cue_after"),
                ("the river would burst its banks", "Kelby Water", "noun_that"),
            ],
        ),
        # the outlet's comment after a reported clause is no part of it
        (
            "Ada Ruiz said the figure was “a fiction,” an accusation the bank denied. Lena Frost "
            "said costs would rise, a view shared by the board.",
            [
                ("the figure was “a fiction,”", "Ada Ruiz", "cue_that"),
                ("costs would rise", "Lena Frost", "cue_that"),
            ],
        ),
        # a place by its name between the cue and the clause
        (
            "Omar Diaz told reporters in Kelby no ballots had gone missing. Ada "
            "Ruiz said in Port Moresby the deal was close.",
            [
                ("no ballots had gone missing", "Omar Diaz", "cue_that"),
                ("the deal was close", "Ada Ruiz", "cue_that"),
            ],
        ),
        # a subject with a contrast between commas
        (
            "Ada Ruiz said bad weather, not the new tax, was behind the shortage. Omar Diaz "
            "argued the old bridge, rather than the new one, would close first.",
            [
                ("bad weather, not the new tax, was behind the shortage", "Ada Ruiz", "cue_that"),
                (
                    "the old bridge, rather than the new one, would close first",
                    "Omar Diaz",
                    "cue_that",
                ),
            ],
        ),
        # a mining company by the last word of its name, for "the company" later
        (
            "Some 300 miners at Kelvar Platinum's Orris pit walked out on Monday. The "
            "company warns output could fall.\n\nThe Miners' Union wants a 9 percent rise. "
            "Kelvar Platinum said in a statement that its offer was fair. The company said it "
            "remained open to talks.",
            [
                ("output could fall", "Kelvar Platinum", "cue_that"),
                ("its offer was fair", "Kelvar Platinum", "cue_that"),
                ("it remained open to talks", "Kelvar Platinum", "cue_that"),
            ],
        ),
        # a national statistics office by its English name
        (
            "Statistics New Zealand said on Friday that retail spending had fallen.",
            [("retail spending had fallen", "Statistics New Zealand", "cue_that")],
        ),
        # a verdict and a communiqué are documents that speak
        (
            "A judge sentenced him on Friday. The verdict stated that the funds had been moved "
            "abroad.\n\nMinisters met in Kelby. A joint communiqué said the border would reopen.",
            [
                ("the funds had been moved abroad", "the verdict", "cue_that"),
                ("the border would reopen", "a joint communiqué", "cue_that"),
            ],
        ),
        # "long" and "always" between the auxiliary and the cue
        (
            "Analysts have long argued that the levy hurts small firms. Ada Ruiz has always "
            "insisted that the plan was sound.",
            [
                ("the levy hurts small firms", "analysts", "cue_that"),
                ("the plan was sound", "Ada Ruiz", "cue_that"),
            ],
        ),
        # groups: "both candidates", and two capitalised modifiers joined by "and"
        (
            "Both candidates say the campaign has been bruising. Irish and Danish consulates in "
            "Kelby said their staff were safe.",
            [
                ("the campaign has been bruising", "both candidates", "cue_that"),
                ("their staff were safe", "Irish and Danish consulates in Kelby", "cue_that"),
            ],
        ),
        # a long phrase after the cue naming where it was said; a quoted subject after "said"
        (
            "The cuts were needed to protect the grid, the ministry said in a post on its "
            "official account on X.\n\nDara Quinn said “firm guarantees” were needed.",
            [
                ("The cuts were needed to protect the grid", "the ministry", "cue_after"),
                ("“firm guarantees” were needed", "Dara Quinn", "cue_that"),
            ],
        ),
        # a division is a body
        (
            "The school division, in a statement, said talks would resume on Monday.",
            [("talks would resume on Monday", "the school division", "cue_that")],
        ),
        # more verbs of saying: "hinted", "disclosed", "lamented"
        (
            "Ada Ruiz hinted that fares would rise. The firm disclosed that profits had "
            "fallen. Omar Diaz lamented that the market was emptying.",
            [
                ("fares would rise", "Ada Ruiz", "cue_that"),
                ("profits had fallen", "the firm", "cue_that"),
                ("the market was emptying", "Omar Diaz", "cue_that"),
            ],
        ),
        # a body's name, a role and a person's name: the person speaks (but a group "of" a
        # person stays a group)
        (
            "Tarn Teachers’ Union of Kelby secretary-general Dr Tony Calder said fares would "
            "rise. The family of cyclist Tom Wirz said he was kind.",
            [
                ("fares would rise", "Tony Calder", "cue_that"),
                ("he was kind", "the family of cyclist Tom Wirz", "cue_that"),
            ],
        ),
        # "P, it said": "it" is the organisation before P, not P's subject (unless none is)
        (
            "Rail operator Kelby Rail said trains were delayed. Normal service resumed at noon, "
            "it later said.\n\nBakery chain Tarn Loaves is to shut 12 shops, it has confirmed.",
            [
                ("trains were delayed", "Kelby Rail", "cue_that"),
                ("Normal service resumed at noon", "Kelby Rail", "cue_after"),
                ("Bakery chain Tarn Loaves is to shut 12 shops", "Tarn Loaves", "cue_after"),
            ],
        ),
        # "claimed" and a number: a sports result, not a clause (but a clause opening with a
        # number is one)
        (
            "Seamer Tom Ashby claimed five for 22 as Kelby dismissed Tarn for 140. The "
            "ministry claimed 40 people had died.",
            [("40 people had died", "the ministry", "cue_that")],
        ),
        # a group as the object of an infinitive reports nothing, whatever "-ed" word follows
        (
            "The Kelby Police warned motorists not to use closed roads. Ada Ruiz said "
            "farmers in the valley would be paid.",
            [("farmers in the valley would be paid", "Ada Ruiz", "cue_that")],
        ),
        # a participle's phrase of delivery after an apposition is left out
        (
            "Ilse Brandauer, a director at the Kelby Commission’s transport department, speaking "
            "by video link, said the corridor would open in May.",
            [("the corridor would open in May", "Ilse Brandauer", "cue_that")],
        ),
        # graziers, rebels, principals and representatives are groups, with their place
        (
            "Graziers in the dry west of Tarnland say they are selling stock. Rebels in the hills "
            "said the truce had collapsed. Farmers' representatives said prices at the depot "
            "were too low.",
            [
                ("they are selling stock", "graziers in the dry west of Tarnland", "cue_that"),
                ("the truce had collapsed", "rebels in the hills", "cue_that"),
                ("prices at the depot were too low", "farmers' representatives", "cue_that"),
            ],
        ),
        # a document named by a body of up to three words speaks for that body
        (
            "A Kelby Valley University poll published on Sunday found that most voters backed "
            "the levy.",
            [("most voters backed the levy", "Kelby Valley University", "cue_that")],
        ),
        # someone unnamed at "a" place, and the place's name after it
        (
            "A doctor at a hospital in Tarn, who asked not to be named, said many more patients "
            "had been turned away.",
            [
                (
                    "many more patients had been turned away",
                    "a doctor at a hospital in Tarn",
                    "cue_that",
                )
            ],
        ),
        # "P, said X, Tarn's minister of ...": a possessive opens an apposition after the name
        (
            "The bridge will cost 90 million euros, said Edin Kovač, Tarn's minister of transport "
            "and communications.",
            [("The bridge will cost 90 million euros", "Edin Kovač", "cue_after")],
        ),
        # an occasion without its article between the cue and the clause (not a gerund)
        (
            "Coach Tess Harlow told reporters at practice the young winger was devastated. "
            "“Fine,” the club said after welcoming the pledge.",
            [("the young winger was devastated", "Tess Harlow", "cue_that")],
        ),
        # "the Kelby boss" is the manager the article named
        (
            "Kelby manager Conal Reddan said the defence had failed. Tarn forward Fergal Mannion "
            "scored twice. But the Kelby boss said the squad would be at full strength next month.",
            [
                ("the defence had failed", "Conal Reddan", "cue_that"),
                ("the squad would be at full strength next month", "Conal Reddan", "cue_that"),
            ],
        ),
        # a document named by a body's acronym speaks for the body the acronym stands for
        (
            "The Kelby Audit Office (KAO) met on Monday. The KAO report concluded that the "
            "contract had been poorly managed.",
            [("the contract had been poorly managed", "the Kelby Audit Office", "cue_that")],
        ),
        # "the memo" is itself, not the person who spoke in a memo before
        (
            "Tarnco will cut 900 jobs, chief executive Ada Ruiz-Vance told staff in a memo on "
            "Wednesday.\n\nThe memo said the cuts would fall in June.",
            [
                ("Tarnco will cut 900 jobs", "Ada Ruiz-Vance", "cue_after"),
                ("the cuts would fall in June", "the memo", "cue_that"),
            ],
        ),
        # "the district" is the district named before
        (
            "The Kelby Valley Water District will close two reservoirs in August, the district "
            "said.\n\nBoth will reopen in spring, the district said.",
            [
                (
                    "The Kelby Valley Water District will close two reservoirs in August",
                    "the Kelby Valley Water District",
                    "cue_after",
                ),
                ("Both will reopen in spring", "the Kelby Valley Water District", "cue_after"),
            ],
        ),
        # reports in a newspaper are the newspaper's, and so is "the newspaper" later; a person
        # of a body with a lower-case word before its name speaks, not the body
        (
            "Delbury Rovers have bid for a goalkeeper, according to reports in the Harbourtown "
            "Post on Sunday. The newspaper reported that the bid was £2m.\n\nDeputy Director "
            "Ada Ruiz-Vance of the state Department of Roads conceded that the bridge survey was "
            "late.",
            [
                (
                    "Delbury Rovers have bid for a goalkeeper",
                    "the Harbourtown Post",
                    "according_to",
                ),
                ("the bid was £2m", "the Harbourtown Post", "cue_that"),
                ("the bridge survey was late", "Ada Ruiz-Vance", "cue_that"),
            ],
        ),
        # a spokesperson for a person speaks for that person, named without a title
        (
            "A spokesman for Health Minister Ada Ruiz-Vance said the minister would visit the "
            "ward. Ruiz-Vance’s spokesman said she was unwell.",
            [
                ("the minister would visit the ward", "Ada Ruiz-Vance", "cue_that"),
                ("she was unwell", "Ada Ruiz-Vance", "cue_that"),
            ],
        ),
        # an acronym nobody introduced, after "the" and an opening phrase; the phrase is no
        # reported clause ("At least ... were hurt, police said" is one)
        (
            "In a letter sent to tenants on Friday, the KFSB said engineers had found damp.\n\n"
            "The KFSB said the plant would stay shut. At least 14 people were hurt, police "
            "said.",
            [
                ("engineers had found damp", "KFSB", "cue_that"),
                ("the plant would stay shut", "KFSB", "cue_that"),
                ("At least 14 people were hurt", "police", "cue_after"),
            ],
        ),
        # an acronym in brackets earlier in the clause moves no mention after it
        (
            "Ada Ruiz won, the Kelby Electoral Board (KEB) said on Sunday, though the opposition "
            "Green Future Party said it would appeal.",
            [
                ("Ada Ruiz won", "the Kelby Electoral Board", "cue_after"),
                ("it would appeal", "the Green Future Party", "cue_that"),
            ],
        ),
        # "and" inside an organisation's name, when an organisation's word ends it (even
        # after one: "the Transport and Dock Workers Union")
        (
            "The Food and Drug Safety Agency said the recall covered four batches, and the Tarn "
            "and Vell Hospitals Trust said beds were short. The Transport and Dock Workers Union "
            "said pay was low.",
            [
                ("the recall covered four batches", "the Food and Drug Safety Agency", "cue_that"),
                ("beds were short", "the Tarn and Vell Hospitals Trust", "cue_that"),
                ("pay was low", "the Transport and Dock Workers Union", "cue_that"),
            ],
        ),
        # and after "of" and two words, though no organisation's word ends the name
        (
            "A spokesman for the Ministry of Civic Affairs and National Unity said work began.",
            [("work began", "the Ministry of Civic Affairs and National Unity", "cue_that")],
        ),
        # "pointed out", "countered" and a lawyer's "submitted" report a clause
        (
            "Oren Falk, who was not involved, pointed out that the sample was small. Counsel "
            "Ada Ruiz submitted that most claims were settled. Ines Calloway, for the tenants, "
            "countered that the figures were wrong.",
            [
                ("the sample was small", "Oren Falk", "cue_that"),
                ("most claims were settled", "Ada Ruiz", "cue_that"),
                ("the figures were wrong", "Ines Calloway", "cue_that"),
            ],
        ),
        # "this" and "last" open a time phrase only before a word of time, a weekday not
        # before "'s"
        (
            "Ines Calloway said this was the problem. Oren Falk said last year's figures were "
            "wrong. Ada Ruiz said this week the plan had failed. Cr Ines Calloway told "
            "Tuesday's hearing the grant should go to libraries.",
            [
                ("this was the problem", "Ines Calloway", "cue_that"),
                ("last year's figures were wrong", "Oren Falk", "cue_that"),
                ("the plan had failed", "Ada Ruiz", "cue_that"),
                ("the grant should go to libraries", "Ines Calloway", "cue_that"),
            ],
        ),
        # two partial quotations with words between are no one whole quotation
        (
            "Ada Ruiz told the Diario de Lima that 'two labels' had called but that the singer "
            "'only wants to tour'.",
            [
                (
                    "'two labels' had called but that the singer 'only wants to tour'",
                    "Ada Ruiz",
                    "cue_that",
                )
            ],
        ),
        # a clause before a colon that introduces a quotation is reported; a phrase is not
        (
            'Ada Ruiz said the queue had grown since spring: "We open at six now." Oren Falk '
            'said in a speech: "We will win."',
            [("the queue had grown since spring", "Ada Ruiz", "cue_that")],
        ),
        # unnamed people by what they do ("a cyclist", "a critic"); "the grocer" is the firm
        # the lead names
        (
            "A cyclist, who gave only her first name, told us the lane was blocked daily. A "
            "critic wrote that the staging was too dark. Shares in Tallow Foods slid after the "
            "grocer warned that margins would shrink.",
            [
                ("the lane was blocked daily", "a cyclist", "cue_that"),
                ("the staging was too dark", "a critic", "cue_that"),
                ("margins would shrink", "Tallow Foods", "cue_that"),
            ],
        ),
        # a cue used as a noun with its agent after "by" or "from": the agent speaks
        (
            "Ministers dismissed a stark warning from the Fiscal Council that debt would rise.",
            [("debt would rise", "the Fiscal Council", "noun_that")],
        ),
        # a person and, after "of", where they work, in lower case
        (
            "Chief engineer Oren Falk of the harbour pumping station said the valves had failed.",
            [("the valves had failed", "Oren Falk", "cue_that")],
        ),
        # "P, the firm's chief executive said": an unnamed role speaks as written, after P too
        (
            "Tallow Metals expects profits to rise, the company's chief executive said.",
            [
                (
                    "Tallow Metals expects profits to rise",
                    "the company's chief executive",
                    "cue_after",
                )
            ],
        ),
        # a review "concluded that": the review's finding, as the codebook names it
        (
            "The Kelby Audit Office published its review on Monday. The review concluded that "
            "the scheme had failed.",
            [("the scheme had failed", "the review", "cue_that")],
        ),
        # "claim" as a noun after its owner, and "claims" as a verb
        (
            "The operator rejected Oren Falk's claim that the offer was a pay cut. Ada Ruiz "
            "claims that the depot will close.",
            [
                ("the offer was a pay cut", "Oren Falk", "noun_that"),
                ("the depot will close", "Ada Ruiz", "cue_that"),
            ],
        ),
        # "According to the mayor, Ada Ruiz, P": the name in apposition is no part of P
        (
            "According to the mayor, Ada Ruiz, the bridge will reopen.",
            [("the bridge will reopen", "Ada Ruiz", "according_to")],
        ),
        # a court's ruling reports what it decided ("ruling" alone is no cue: "the ruling
        # party")
        (
            "The Kelby Supreme Court ruled that the levy was void.",
            [("the levy was void", "the Kelby Supreme Court", "cue_that")],
        ),
        # a company named in apposition after its noun is the subject of a second verb
        (
            "The port operator, Kelby Terminaux, said its offer was final and warned that "
            "ships would go elsewhere.",
            [
                ("its offer was final", "Kelby Terminaux", "cue_that"),
                ("ships would go elsewhere", "Kelby Terminaux", "cue_that"),
            ],
        ),
        # a clause may open with a number word or "several", "many"
        (
            "Police said two of the men seen near the quay had been arrested. Ada Ruiz said "
            "several of the boats in the northern fleet had sunk.",
            [
                ("two of the men seen near the quay had been arrested", "police", "cue_that"),
                ("several of the boats in the northern fleet had sunk", "Ada Ruiz", "cue_that"),
            ],
        ),
        # after "add" a number is what was added, not a clause's subject
        (
            "The operator said it had added three trains a day since May and was hiring staff.",
            [
                (
                    "it had added three trains a day since May and was hiring staff",
                    "the operator",
                    "cue_that",
                )
            ],
        ),
        # a participle after a quotation's attribution is the quotation's speaker's
        (
            "Ada Ruiz spoke first. “We are ready,” she said at a briefing, adding that the "
            "ferry would sail. “It is late,” said Oren Falk, adding that the fare had risen.",
            [
                ("the ferry would sail", "Ada Ruiz", "participle"),
                ("the fare had risen", "Oren Falk", "participle"),
            ],
        ),
        # before its cue a participle phrase is part of what was said; a gendarmerie speaks
        (
            "A bus overturned near Kelby, injuring 11 people, the regional gendarmerie said.",
            [
                (
                    "A bus overturned near Kelby, injuring 11 people",
                    "the regional gendarmerie",
                    "cue_after",
                )
            ],
        ),
        # people unnamed by what they know: "involved in", "briefed on", "with knowledge of"
        (
            "Fees were the last hurdle, a diplomat involved in the talks said. Two people "
            "briefed on the plan said the deal was close.",
            [
                ("Fees were the last hurdle", "a diplomat involved in the talks", "cue_after"),
                ("the deal was close", "two people briefed on the plan", "cue_that"),
            ],
        ),
        # insolvency administrators with their firm; an exchange named after its noun
        (
            "Administrators from Tallow Advisory said the stores would keep trading. The "
            "exchange Kelvane halted trading and said it expected to reopen soon.",
            [
                (
                    "the stores would keep trading",
                    "administrators from Tallow Advisory",
                    "cue_that",
                ),
                ("it expected to reopen soon", "Kelvane", "cue_that"),
            ],
        ),
        # a festival and a theatre speak as companies do: the one named before
        (
            "The Kelby Lakes Film Festival opens today. The festival said 42 films would be "
            "shown. The Tarn Playhouse has cancelled its last week, the theatre said.",
            [
                ("42 films would be shown", "the Kelby Lakes Film Festival", "cue_that"),
                (
                    "The Tarn Playhouse has cancelled its last week",
                    "the Tarn Playhouse",
                    "cue_after",
                ),
            ],
        ),
        # "she" after "P, a spokeswoman for X said." is the spokeswoman's (X's); after a
        # name in the same sentence, the name's
        (
            "Trains were cancelled, a spokeswoman for the Kestrel Rail Authority said. She "
            "said engineers were checking the line. Roads were shut, according to Sgt Ada "
            "Ruiz, a police spokeswoman. She said crews were clearing trees.",
            [
                ("Trains were cancelled", "the Kestrel Rail Authority", "cue_after"),
                ("engineers were checking the line", "the Kestrel Rail Authority", "cue_that"),
                ("Roads were shut", "Ada Ruiz", "according_to"),
                ("crews were clearing trees", "Ada Ruiz", "cue_that"),
            ],
        ),
        # a firm's name with "&" in a group's phrase; a group after "with" ("..., with
        # analysts at X noting that")
        (
            "Traders at Falk & Ruiz said prices had peaked. Shares fell, with analysts at "
            "Corran Securities noting that the offer was low.",
            [
                ("prices had peaked", "traders at Falk & Ruiz", "cue_that"),
                ("the offer was low", "analysts at Corran Securities", "cue_that"),
            ],
        ),
        # "they" after a group with its phrase ("Analysts at X said") is the whole group
        (
            "Analysts at Corran Securities said bond yields would ease. They conceded that the "
            "data was mixed.",
            [
                ("bond yields would ease", "analysts at Corran Securities", "cue_that"),
                ("the data was mixed", "analysts at Corran Securities", "cue_that"),
            ],
        ),
        # a group and where it is, after "in the"
        (
            "However, one foreign diplomat in the capital said talks were well advanced.",
            [("talks were well advanced", "one foreign diplomat in the capital", "cue_that")],
        ),
        # a number with commas between the cue and "that"
        (
            "Works council chief Oren Falk told a rally of 5,000 staff that the firm had lied.",
            [("the firm had lied", "Oren Falk", "cue_that")],
        ),
        # "posted on" a platform, "posted online": a post reports what its author says
        (
            "Ada Ruiz later posted on her blog that the ferry had been late again. The club "
            "posted online that tickets were sold out.",
            [
                ("the ferry had been late again", "Ada Ruiz", "cue_that"),
                ("tickets were sold out", "the club", "cue_that"),
            ],
        ),
        # a participle after a document its subject issued: the document's author speaks
        (
            "Oren Falk posted a tribute saying his mentor had changed his life. The museum "
            "released a short video claiming the statue was genuine.",
            [
                ("his mentor had changed his life", "Oren Falk", "cue_that"),
                ("the statue was genuine", "the museum", "cue_that"),
            ],
        ),
        # the object of a preposition of place or time is no cue's subject; a person named
        # with the body they work for, in lower case after "of", is the person
        (
            "A man who was hit in Kelby told the court that he had been pushed. Solicitor Ada "
            "Ruiz of the housing advice centre told reporters the ruling was clear.",
            [
                ("he had been pushed", "a man", "cue_that"),
                ("the ruling was clear", "Ada Ruiz", "cue_that"),
            ],
        ),
        # a lead's role that says a gender is the next person named as a subject who is not
        # of the other
        (
            "A widow told the hearing that the ladder had slipped. Oren Falk, the site manager, "
            "said the ground was wet. Ada Ruiz, 58, said her husband had been careful.",
            [
                ("the ladder had slipped", "Ada Ruiz", "cue_that"),
                ("the ground was wet", "Oren Falk", "cue_that"),
                ("her husband had been careful", "Ada Ruiz", "cue_that"),
            ],
        ),
        # a name right before a role word is a team's or a firm's, not a person's: the person
        # is the name after the role, and the name's last word alone later is the team
        (
            "Atletico Los Tarnac manager Ada Ruiz praised her squad, telling reporters that the "
            "league was still open. Tarnac said in a statement that it would sign a keeper.",
            [
                ("the league was still open", "Ada Ruiz", "participle"),
                ("it would sign a keeper", "Atletico Los Tarnac", "cue_that"),
            ],
        ),
        # a newspaper named after its noun ("the sports daily"), with "do" inside its name
        (
            "Kelby have offered Oren Falk a deal, according to the sports daily Jornal do Tarn.",
            [("Kelby have offered Oren Falk a deal", "Jornal do Tarn", "according_to")],
        ),
        # the subject before a relative clause with no comma, not a name inside it; a number
        # opening a group's phrase in lower case, as written mid-sentence
        (
            "Parents who spoke to Ada Ruiz on Monday said the school was cold. Two nurses said "
            "the ward was full.",
            [
                ("the school was cold", "parents", "cue_that"),
                ("the ward was full", "two nurses", "cue_that"),
            ],
        ),
        # a name described as a body with a relative clause after the noun is an
        # organisation's, and "its" report is that organisation's
        (
            "Tarn Aid, a charity that runs food banks in the Kelby hills, has warned it may shut "
            "two of them. The food banks fed 6,000 families last year, according to its annual "
            "report.",
            [
                ("it may shut two of them", "Tarn Aid", "cue_that"),
                ("The food banks fed 6,000 families last year", "Tarn Aid", "according_to"),
            ],
        ),
        # "Rangers" ends a club's name, which "the club" then stands for
        (
            "Kelby Rangers have sacked their coach, Oren Falk. The club said a search for his "
            "successor had begun.",
            [("a search for his successor had begun", "Kelby Rangers", "cue_that")],
        ),
        # a participle after a quotation's closing mark is the subject's; the clause before it
        # keeps the comma inside the mark
        (
            'Ada Ruiz told the assembly the levy was "harsh but fair," arguing that the budget '
            "would not balance without it.",
            [
                ('the levy was "harsh but fair,"', "Ada Ruiz", "cue_that"),
                ("the budget would not balance without it", "Ada Ruiz", "participle"),
            ],
        ),
        # a study "of" its subjects "by" its authors; a live blog's time before the subject
        (
            "Night shifts raise blood pressure, according to a survey of 1,800 nurses by "
            "researchers at the Kelby Heart Institute.\n\nThe Kelby Nursing Council now says the "
            "rota will change.",
            [
                (
                    "Night shifts raise blood pressure",
                    "researchers at the Kelby Heart Institute",
                    "according_to",
                ),
                ("the rota will change", "the Kelby Nursing Council", "cue_that"),
            ],
        ),
        (
            "09:12 Trains are running again, the Kelby Rail Commission says.\n\n10:47 The "
            "commission now says two lines remain shut.",
            [
                ("Trains are running again", "the Kelby Rail Commission", "cue_after"),
                ("two lines remain shut", "the Kelby Rail Commission", "cue_that"),
            ],
        ),
        # a role "for" a place is the speaker, not the place; P ends with the subordinate clause
        # it opens, and "ruled him out" reports nothing
        (
            "After the member for East Kelby claimed that the count was rigged, the chair ruled "
            "him out of order. The MP for Tarn said the vote was fair.",
            [
                ("the count was rigged", "the member for East Kelby", "cue_that"),
                ("the vote was fair", "the MP for Tarn", "cue_that"),
            ],
        ),
        # a comma inside a quotation ends no clause; before a participle, the comma inside the
        # closing mark stays with the quotation
        (
            'Ada Ruiz said the delay was caused by "a fault, nothing more". Oren Falk said troops '
            "were “legitimate targets,” citing the treaty.",
            [
                ('the delay was caused by "a fault, nothing more"', "Ada Ruiz", "cue_that"),
                ("troops were “legitimate targets,”", "Oren Falk", "cue_that"),
            ],
        ),
        # a bare subject with a phrase after it ("negotiations with the union"), before its
        # auxiliary
        (
            "Ada Ruiz said negotiations with the union would begin within weeks.",
            [("negotiations with the union would begin within weeks", "Ada Ruiz", "cue_that")],
        ),
        # "to" before a determiner opens a phrase inside a bare subject, which may run to six
        # words; "said nothing to the press" reports nothing
        (
            "The office said access to the three valleys was blocked. The curator, Ada Ruiz, "
            "said entry fees for the summer exhibition would be waived. Oren Falk said "
            "nothing to reporters outside the court.",
            [
                ("access to the three valleys was blocked", "the office", "cue_that"),
                (
                    "entry fees for the summer exhibition would be waived",
                    "Ada Ruiz",
                    "cue_that",
                ),
            ],
        ),
        # a cue inside a reported clause near its end is no "P, X said": its subject is in P
        (
            "Ada Ruiz, whose film won a prize, has said that she shot it on a phone.",
            [("she shot it on a phone", "Ada Ruiz", "cue_that")],
        ),
        # someone unnamed by closeness before a relative clause; "by-elections" opens a clause
        # (the word "by" does not)
        (
            "A banker involved in the merger, who asked not to be identified, said the price had "
            "been agreed. Ada Ruiz said by-laws rarely changed anything.",
            [
                ("the price had been agreed", "a banker involved in the merger", "cue_that"),
                ("by-laws rarely changed anything", "Ada Ruiz", "cue_that"),
            ],
        ),
        # more groups ("dealers", "the two sides", a "force"); a relative clause after an opening
        # phrase's subject
        (
            "The shares slid to a two-year low, dealers said. The two sides said talks would "
            "resume. At the depot in Kelby, a driver who asked not to be named said the buses "
            "were unsafe.",
            [
                ("The shares slid to a two-year low", "dealers", "cue_after"),
                ("talks would resume", "the two sides", "cue_that"),
                ("the buses were unsafe", "a driver", "cue_that"),
            ],
        ),
        # "who" with no comma right before the cue: the noun phrase before it speaks
        (
            "The judge ordered the landlord to repay 340 tenants who said their flats were damp.",
            [("their flats were damp", "340 tenants", "cue_that")],
        ),
        # "claimed" with a clause and its verb (a number's comma is no clause's end)
        (
            "Organisers claimed more than 40,000 had marched.",
            [("more than 40,000 had marched", "organisers", "cue_that")],
        ),
        # a group in the plural opens a clause with a verb later, however long its phrase
        (
            "Ada Ruiz backed the scheme but said farmers in the upper valley of the Tarn river "
            "would be compensated.",
            [
                (
                    "farmers in the upper valley of the Tarn river would be compensated",
                    "Ada Ruiz",
                    "cue_that",
                )
            ],
        ),
        # a group with whose it is after an inverted cue, as before a cue
        (
            "The plan is dead, said officials at the Kelby port authority.",
            [("The plan is dead", "officials at the Kelby port authority", "cue_after")],
        ),
        # a name with an age before it, in apposition to "one patient"
        (
            "One passenger, 67-year-old Oren Falk, told the paper he had waited six hours.",
            [("he had waited six hours", "Oren Falk", "cue_that")],
        ),
        # "write" in the present tense, as a letter's or a study's authors do; a noun ending
        # like a past tense ("seabed") after "that" opens the clause
        (
            "Some 120 doctors signed a letter. In it, the doctors write that bed shortages are "
            "costing lives.",
            [("bed shortages are costing lives", "the doctors", "cue_that")],
        ),
        # sport's and the professions' roles before a name: the name is a person's full name
        # (so its first word alone, a family name written first, is that person later)
        (
            "Oyel Fenn knocked out the reigning champion Tarn Ashwe in straight sets. Tarn, the "
            "top seed, said the heat had been hard. The port's controller of cargo, Manase Lolo "
            "Fenn, said two cranes had failed.",
            [
                ("the heat had been hard", "Tarn Ashwe", "cue_that"),
                ("two cranes had failed", "Manase Lolo Fenn", "cue_that"),
            ],
        ),
        # what a survey, study or inquiry found or showed, said by its author; a document
        # named before by its author ("a report ... by X"), then "the report"; a place after
        # an organisation's name is not part of it
        (
            "A survey of 900 bakers by the Tarn Flour Guild found that most now bake at night. "
            "Most river otters in Kelby now live near farms, a study by the Kelby Wildlife Trust "
            "showed.",
            [
                ("most now bake at night", "the Tarn Flour Guild", "cue_that"),
                (
                    "Most river otters in Kelby now live near farms",
                    "the Kelby Wildlife Trust",
                    "cue_after",
                ),
            ],
        ),
        (
            "Bus fares rose by a fifth, according to a report published on Monday by the Orrin "
            "Transit Institute in Port Ledge. The report found that rural routes had been cut. "
            "The inquiry found the harbour master had ignored three warnings.",
            [
                ("Bus fares rose by a fifth", "the Orrin Transit Institute", "according_to"),
                ("rural routes had been cut", "the report", "cue_that"),
                ("the harbour master had ignored three warnings", "the inquiry", "cue_that"),
            ],
        ),
        # "said in a brief statement" without "that"; local radio and state media speak
        (
            "Tallow Metals lost the case. The company said in a brief statement it would "
            "appeal. Local radio reported that two boats had sunk.",
            [
                ("it would appeal", "Tallow Metals", "cue_that"),
                ("two boats had sunk", "Local radio", "cue_that"),
            ],
        ),
        # a document described between commas is itself ("The study, which ..., found")
        (
            "Rents rose, according to a study by the Kelby Tenants Union. The study, which "
            "questioned 900 households, found that one in four had moved.",
            [
                ("Rents rose", "the Kelby Tenants Union", "according_to"),
                ("one in four had moved", "the study", "cue_that"),
            ],
        ),
        # the author after "by", past the words that say how the document was made
        (
            "A consultation carried out by Kelby City Council last year found that most "
            "residents wanted a park.",
            [("most residents wanted a park", "Kelby City Council", "cue_that")],
        ),
        # utilities and builders by their names' last words; one word of a firm's name,
        # given in full after a company noun opening a sentence, is the firm
        (
            "Hosepipes are banned, Tarrow Valley Water said. Housebuilder Ashgrove Homes sold "
            "900 homes. Ashgrove said prices held.",
            [
                ("Hosepipes are banned", "Tarrow Valley Water", "cue_after"),
                ("prices held", "Ashgrove Homes", "cue_that"),
            ],
        ),
        # "the commission" is the body named before with "for" after its organisation word
        (
            "Turnout was low, the Independent Electoral Commission for Tarn State said. The "
            "commission said counting would end on Friday.",
            [
                (
                    "Turnout was low",
                    "the Independent Electoral Commission for Tarn State",
                    "cue_after",
                ),
                (
                    "counting would end on Friday",
                    "the Independent Electoral Commission for Tarn State",
                    "cue_that",
                ),
            ],
        ),
        # a group with its place after "along", "on", "near", "around" or "in" (not "on
        # Friday"), a place's name with its kind too ("the Ruakiwi district")
        (
            "Oyster farmers along the Kelby estuary say the water is too warm. Hoteliers on the "
            "north shore of Tarn Island say bookings fell. Officials on Friday said it would pass. "
            "Neighbours on Birch Lane said the noise was constant. Dairy farmers in the Ruakiwi "
            "district say prices fell.",
            [
                ("the water is too warm", "Oyster farmers along the Kelby estuary", "cue_that"),
                ("bookings fell", "hoteliers on the north shore of Tarn Island", "cue_that"),
                ("it would pass", "officials", "cue_that"),
                ("the noise was constant", "neighbours on Birch Lane", "cue_that"),
                ("prices fell", "Dairy farmers in the Ruakiwi district", "cue_that"),
            ],
        ),
        # a company's legal form in capitals ends its name; a name opening a sentence and
        # followed by ", which" is an organisation's, whole
        (
            "Halvard Tarn PLC said profits fell. Orvel Metals GmbH said it would hire. Kelby "
            "Renewables Ireland, which runs the farm, said the blades were safe.",
            [
                ("profits fell", "Halvard Tarn PLC", "cue_that"),
                ("it would hire", "Orvel Metals GmbH", "cue_that"),
                ("the blades were safe", "Kelby Renewables Ireland", "cue_that"),
            ],
        ),
        # a company named with its legal form keeps it when named without ("Kelby Metals",
        # "the company", a spokesman for it); dotted and lower-case forms end its name too
        (
            "Dust came from a site run by Kelby Metals Ltd, a miner. Kelby Metals said it was "
            "safe. A spokesman for Kelby Metals said filters were fitted. Minera Tarn S.A.C. "
            "said the pits were closed, and Orvel Foods plc said sales rose.",
            [
                ("it was safe", "Kelby Metals Ltd", "cue_that"),
                ("filters were fitted", "Kelby Metals Ltd", "cue_that"),
                ("the pits were closed", "Minera Tarn S.A.C.", "cue_that"),
                ("sales rose", "Orvel Foods plc", "cue_that"),
            ],
        ),
        # "Fire and Rescue" ends a body's name; an unnamed role with its place speaks
        (
            "Sixty homes were evacuated, Kelby Fire and Rescue said. The incident commander at "
            "the scene told reporters that the supply was cut.",
            [
                ("Sixty homes were evacuated", "Kelby Fire and Rescue", "cue_after"),
                ("the supply was cut", "the incident commander at the scene", "cue_that"),
            ],
        ),
        # a clause opening with a role and a name, a relative clause after them; but a role
        # and a name after "warned" are its object
        (
            "Jo Dunn said striker Jo Mayo, who scored twice, was attracting interest. Ada Ruiz "
            "warned minister Tom Hale of delays.",
            [
                (
                    "striker Jo Mayo, who scored twice, was attracting interest",
                    "Jo Dunn",
                    "cue_that",
                )
            ],
        ),
        # an event or a place between the cue and a clause without "that"
        (
            "Her lawyer, Ada Ruiz, said after the verdict the store had known about the leak. "
            "Jo Dunn said outside the court he would appeal.",
            [
                ("the store had known about the leak", "Ada Ruiz", "cue_that"),
                ("he would appeal", "Jo Dunn", "cue_that"),
            ],
        ),
        # "confirmed" and "found" without "that": a clause with an auxiliary, never a thing
        # confirmed or found
        (
            "A survey by the Kelby Chamber of Trade found one in six shops was empty. The "
            "department confirmed work on a new school would not begin until 2027. Health "
            "officials confirmed three cases of measles linked to a school.",
            [
                ("one in six shops was empty", "the Kelby Chamber of Trade", "cue_that"),
                ("work on a new school would not begin until 2027", "the department", "cue_that"),
            ],
        ),
        # "the coach" is the head coach named first, not another side's coach named later
        (
            "The head coach, Ana Ruiz, said the squad had trained hard. The coach also said "
            "the federation owed players money. Tarn's coach, Jo Dunn, praised the winners.",
            [
                ("the squad had trained hard", "Ana Ruiz", "cue_that"),
                ("the federation owed players money", "Ana Ruiz", "cue_that"),
            ],
        ),
        # "reminded X that P" reports P; a group "in" a named place opening the sentence
        # keeps its place before a noun cue
        (
            "Health authorities in Tarn have issued a warning that workers face a risk, and "
            "reminded employers that the ban is in force.",
            [
                ("workers face a risk", "Health authorities in Tarn", "noun_that"),
                ("the ban is in force", "Health authorities in Tarn", "cue_that"),
            ],
        ),
        # a group's place with a direction before it or a place it lies in after it
        (
            "The coastguard in western Tarn said its boats could not reach the area. Villagers "
            "in the Senqu valley of Tarn say compensation has not been paid.",
            [
                (
                    "its boats could not reach the area",
                    "the coastguard in western Tarn",
                    "cue_that",
                ),
                (
                    "compensation has not been paid",
                    "villagers in the Senqu valley of Tarn",
                    "cue_that",
                ),
            ],
        ),
        # "according to" a role with a name in apposition, or a name with a role: the person,
        # and the apposition is no part of the clause; a cue's "that" after ", however,"
        (
            "According to the county prefect, Ana Ruiz, no one has been injured. According to "
            "Jo Dunn, the fire chief, two boats burned. Ruiz warned, however, that the fire "
            "could reach the pumps.",
            [
                ("no one has been injured", "Ana Ruiz", "according_to"),
                ("two boats burned", "Jo Dunn", "according_to"),
                ("the fire could reach the pumps", "Ana Ruiz", "cue_that"),
            ],
        ),
        # names of bodies in other languages keep their joining words ("des", "pour le",
        # "de l'"), and so does a country's name ("Côte d'Ivoire")
        (
            "The Réseau Citoyen des Droits Humains said 200 people had been returned. The "
            "Association Tarn pour le Développement Rural said wells had dried. The Agence "
            "Régionale de l'Eau de Kelby said supply would be cut. Officials in Côte d'Ivoire "
            "said roads were shut.",
            [
                (
                    "200 people had been returned",
                    "the Réseau Citoyen des Droits Humains",
                    "cue_that",
                ),
                (
                    "wells had dried",
                    "the Association Tarn pour le Développement Rural",
                    "cue_that",
                ),
                ("supply would be cut", "the Agence Régionale de l'Eau de Kelby", "cue_that"),
                ("roads were shut", "officials", "cue_that"),
            ],
        ),
        # a named object of "told", or "this newspaper", is no part of the clause after it
        (
            "One paramedic told the Kelby Echo crews were queuing outside. Jo Okon told Reuters "
            "on Monday the deal was off. Principal Ada Obi told this newspaper all fees were "
            "approved. Ada Ruiz told the Tarn Courier her client wanted to stay.",
            [
                ("crews were queuing outside", "one paramedic", "cue_that"),
                ("the deal was off", "Jo Okon", "cue_that"),
                ("all fees were approved", "Ada Obi", "cue_that"),
                ("her client wanted to stay", "Ada Ruiz", "cue_that"),
            ],
        ),
        # a person "of" a body named after its kind, a possessive in the kind
        (
            "Ada Lind of the retailers’ federation Handelsrat argued that shoppers were spending.",
            [("shoppers were spending", "Ada Lind", "cue_that")],
        ),
        # a place after "from" is where the subject comes from, not the subject
        (
            "Farmer Jean Tolley from Highfold told the Kelby Times she had moved her ewes.",
            [("she had moved her ewes", "Jean Tolley", "cue_that")],
        ),
        # industry nouns end a firm's name, so "the company" is the firm, not the place
        (
            "About 300 jobs will go when Harwell Packaging closes its plant in Port Tarn next "
            "spring, the company confirmed. In a statement, Harwell said demand had fallen.",
            [
                (
                    "About 300 jobs will go when Harwell Packaging closes its plant in Port Tarn "
                    "next spring",
                    "Harwell Packaging",
                    "cue_after",
                ),
                ("demand had fallen", "Harwell Packaging", "cue_that"),
            ],
        ),
        # one word after a cue with a role in apposition names a person, whom "he" means
        # later, not the place after "at"
        (
            "“The lake is rising,” said Haryono, head of the flood post at Sungai Lebar, who "
            "uses one name. He said the gauges were broken.",
            [("the gauges were broken", "Haryono", "cue_that")],
        ),
        # "her spokesman" speaks for the person "she" would be, "its spokesman" for the body
        (
            "Singer Ada Cobb has cancelled her tour, her representative confirmed on Tuesday. "
            "Tarn Metals has cut 200 jobs, its spokesman said.",
            [
                ("Singer Ada Cobb has cancelled her tour", "Ada Cobb", "cue_after"),
                ("Tarn Metals has cut 200 jobs", "Tarn Metals", "cue_after"),
            ],
        ),
        # a finding's long subject before "has found"; results published by a body are its
        (
            "Corals recovered faster than expected, a survey by the Marine Ecology Centre at "
            "Kelby University has found. A new oat yielded more, according to results "
            "published on Monday by the Tarn Research Institute.",
            [
                (
                    "Corals recovered faster than expected",
                    "the Marine Ecology Centre at Kelby University",
                    "cue_after",
                ),
                ("A new oat yielded more", "the Tarn Research Institute", "according_to"),
            ],
        ),
        # a subject without a determiner, with numbers and units in its phrase; a live blog's
        # time before the sentence ("4.12pm:"); no clause across a comma after a time
        (
            "The bureau said gusts of up to 90km/h were likely.\n\n4.12pm: The Kelby Weather "
            "Bureau has upgraded its warning for the coast, saying 3,400 homes are at risk.\n\n"
            "The fire service issued a warning just after 2pm, saying it was too late to leave.",
            [
                ("gusts of up to 90km/h were likely", "the bureau", "cue_that"),
                ("3,400 homes are at risk", "the Kelby Weather Bureau", "participle"),
                ("it was too late to leave", "the fire service", "participle"),
            ],
        ),
        # a title in capitals before a name ("SP", "MP") is the person's, not part of a
        # body's name; "Ombudsman" and "Area" end an organisation's name
        (
            "The Kelby Police Command’s spokesperson, SP Adaeze Kolo, said the men were safe. "
            "Opposition MP Oren Vask said the raid was botched. A report by the Tenancy Redress "
            "Ombudsman found that the firm had failed. The Ekowa North Local Government Area "
            "said the levy would fund repairs.",
            [
                ("the men were safe", "Adaeze Kolo", "cue_that"),
                ("the raid was botched", "Oren Vask", "cue_that"),
                ("the firm had failed", "the Tenancy Redress Ombudsman", "cue_that"),
                (
                    "the levy would fund repairs",
                    "the Ekowa North Local Government Area",
                    "cue_that",
                ),
            ],
        ),
        # "said P but warned that Q": two clauses, each under its own cue (the "that" is the
        # later cue's); but "said in a written submission that", "denied claims that" are one
        (
            "Councillor Ada Ruiz said she respected the vote but warned that costs would rise. "
            "Tarn Homes said in a written submission that the plan had changed.",
            [
                ("she respected the vote", "Ada Ruiz", "cue_that"),
                ("costs would rise", "Ada Ruiz", "cue_that"),
                ("the plan had changed", "Tarn Homes", "cue_that"),
            ],
        ),
        # "said he had told him that Q": what he said is the telling, with its clause
        (
            "His captain, Ada Ruiz, said she had told him before the match that he would bowl.",
            [
                (
                    "she had told him before the match that he would bowl",
                    "Ada Ruiz",
                    "cue_that",
                ),
                ("he would bowl", "Ada Ruiz", "cue_that"),
            ],
        ),
        # a presidency, a delegation and a guard speak as bodies; military ranks are titles
        (
            "The Palundran presidency said the leader was well. The Kavarani delegation said the "
            "talks had failed. The Senovian coast guard said the ship was seized. Brig. Lena "
            "Dorr said the line held. Brigadier Anton Welk said the drones were ready.",
            [
                ("the leader was well", "the Palundran presidency", "cue_that"),
                ("the talks had failed", "the Kavarani delegation", "cue_that"),
                ("the ship was seized", "the Senovian coast guard", "cue_that"),
                ("the line held", "Lena Dorr", "cue_that"),
                ("the drones were ready", "Anton Welk", "cue_that"),
            ],
        ),
        # letters after a name ("BL", a barrister) and a comma phrase before the cue
        (
            "Cian Darragh BL, defending, said his client had been a driver.",
            [("his client had been a driver", "Cian Darragh", "cue_that")],
        ),
        # "Many", "several": part of the group a plural noun named just before
        (
            "More than 80 residents packed the hall. Many said the plan would worsen traffic. "
            "Customers wrote in, and several said they would cancel.",
            [
                ("the plan would worsen traffic", "residents", "cue_that"),
                ("they would cancel", "customers", "cue_that"),
            ],
        ),
        # "Her Honour", "His Honour": the judge
        (
            "Judge Marta Vell heard the case. Her Honour said the posts had caused harm.",
            [("the posts had caused harm", "Marta Vell", "cue_that")],
        ),
        # a role given nobody, with "the" and an age: the person named before
        (
            "Each dawn, Joyce Nasimiyu Barasa opens the reading room.\n\nThe retired nurse, 71, "
            "says she started it with ten books.",
            [("she started it with ten books", "Joyce Nasimiyu Barasa", "cue_that")],
        ),
        # the Irish police ("gardaí") and groups such as monitors speak as groups
        (
            "In a statement, gardaí said a woman had been arrested. Election monitors said "
            "turnout was low.",
            [
                ("a woman had been arrested", "gardaí", "cue_that"),
                ("turnout was low", "Election monitors", "cue_that"),
            ],
        ),
        # someone unnamed, by a role and where they are, as written
        (
            "A witness in the crowd said the car had sped away.",
            [("the car had sped away", "a witness in the crowd", "cue_that")],
        ),
        # "much of" opens a clause's subject
        (
            "The analyst said much of the rise was seasonal.",
            [("much of the rise was seasonal", "the analyst", "cue_that")],
        ),
        # a number's "at least" may open the clause
        (
            "The union said at least six cranes had failed.",
            [("at least six cranes had failed", "the union", "cue_that")],
        ),
        # "found" with a phrase of where or when before "that"
        (
            "The ministry said the delay would not matter, but the state auditor found in a "
            "report last month that 14 million euros could be lost.",
            [
                ("the delay would not matter", "the ministry", "cue_that"),
                ("14 million euros could be lost", "the state auditor", "cue_that"),
            ],
        ),
        # "adding" after a speaker named after P: that speaker, with all of the phrase
        (
            "The hostages are safe, a mediator close to the talks said, adding that an exchange "
            "was being discussed.",
            [
                ("The hostages are safe", "a mediator close to the talks", "cue_after"),
                ("an exchange was being discussed", "a mediator close to the talks", "participle"),
            ],
        ),
        # a person by their job: "a travel agent"
        (
            "A travel agent said the lines had moved.",
            [("the lines had moved", "a travel agent", "cue_that")],
        ),
        # a subject without a determiner may run to eight words before its verb
        (
            "Ines Calloway said reserves in four of the 17 depots would run out by June.",
            [
                (
                    "reserves in four of the 17 depots would run out by June",
                    "Ines Calloway",
                    "cue_that",
                )
            ],
        ),
        # a name joined by "-e-" or "-ul-" is one word ("Tehreek-e-Insaf", "Zia-ul-Haq")
        (
            "Shops in Mirpur stayed shut on Monday, the Anjuman-e-Dukandaran Mirpur said. A "
            "spokesman for the Excise Board of Kohat-e-Bala said the levy would stay.",
            [
                (
                    "Shops in Mirpur stayed shut on Monday",
                    "Anjuman-e-Dukandaran Mirpur",
                    "cue_after",
                ),
                ("the levy would stay", "the Excise Board of Kohat-e-Bala", "cue_that"),
            ],
        ),
        # "a police spokesman" speaks for the police, not for "the files to police"
        (
            "The inspectors said they had handed the files to police. A police spokesman said "
            "two men had been questioned.",
            [
                ("they had handed the files to police", "the inspectors", "cue_that"),
                ("two men had been questioned", "the police", "cue_that"),
            ],
        ),
        # a rank in quotation marks before the name in apposition is no part of it
        (
            "In a video, the militia's spokesman, “Colonel” Tamba Sahr Kpakima, said the "
            "checkpoint had been moved.",
            [("the checkpoint had been moved", "Tamba Sahr Kpakima", "cue_that")],
        ),
        # "the spokesman" is the spokesman named before; a sentence opening "Neither" names
        # nobody
        (
            "The Tarnian Defence Ministry said the line held. Ministry spokesman Colonel Arvid "
            "Penn said the crossing failed. Neither claim could be verified. The spokesman said "
            "figures would follow.",
            [
                ("the line held", "the Tarnian Defence Ministry", "cue_that"),
                ("the crossing failed", "Arvid Penn", "cue_that"),
                ("figures would follow", "Arvid Penn", "cue_that"),
            ],
        ),
        # a plural of letters is a group, not its last letters ("Ps", "Os")
        (
            "Backbench MPs claimed the levy would hurt small firms. Several NGOs said the shelters "
            "were full.",
            [
                ("the levy would hurt small firms", "Backbench MPs", "cue_that"),
                ("the shelters were full", "several NGOs", "cue_that"),
            ],
        ),
        # a body's "of" phrase holds no verb: "it" is the office, not "... has rebuffed the"
        (
            "The Audit Office of Norland has rebuffed the allegations. In a letter, it said the "
            "accounts were sound.",
            [("the accounts were sound", "the Audit Office of Norland", "cue_that")],
        ),
        # "the ministry" keeps the city it sits in
        (
            "Ferries were halted, the transport ministry in Velmora said. The ministry said the "
            "port would reopen on Friday.",
            [
                ("Ferries were halted", "the transport ministry in Velmora", "cue_after"),
                (
                    "the port would reopen on Friday",
                    "the transport ministry in Velmora",
                    "cue_that",
                ),
            ],
        ),
        # four words before a body's noun; a description after "state-funded" keeps it
        (
            "Two trawlers were boarded, the Norland navy's coastal patrol command said. The "
            "state-funded Velmoran wire agency said the launch had failed. The union's student "
            "wing said the strike would go ahead.",
            [
                (
                    "Two trawlers were boarded",
                    "the Norland navy's coastal patrol command",
                    "cue_after",
                ),
                ("the launch had failed", "the state-funded Velmoran wire agency", "cue_that"),
                ("the strike would go ahead", "the union's student wing", "cue_that"),
            ],
        ),
        # a spokesman's name in apposition with a lower-case particle
        (
            "The rebel council's chief spokesman, Yusuf al-Haddad, said the convoy had been "
            "turned back.",
            [("the convoy had been turned back", "Yusuf al-Haddad", "cue_that")],
        ),
        # "the communique" that no sentence before named speaks itself, and so does "the
        # report" named before
        (
            "Farm ministers from nine states met in Orvel on Monday. The closing communique said "
            "subsidies would be cut. The Orvel Grain Board issued a report on Friday. The report "
            "said yields had fallen.",
            [
                ("subsidies would be cut", "the closing communique", "cue_that"),
                ("yields had fallen", "the report", "cue_that"),
            ],
        ),
        # "the Tarnian coast guard" is no "Velmoran coast guard" named before; "Commodore"
        # is a title
        (
            "A Velmoran coast guard cutter shadowed two fishing boats for an hour, the Tarnian "
            "coast guard said. Commodore Ines Padua, the fleet's spokeswoman, said the cutter had "
            "left.",
            [
                (
                    "A Velmoran coast guard cutter shadowed two fishing boats for an hour",
                    "the Tarnian coast guard",
                    "cue_after",
                ),
                ("the cutter had left", "Ines Padua", "cue_that"),
            ],
        ),
        # a group "in" a place with two lower-case words after its name
        (
            "A source in Velmoran naval intelligence told reporters that the frigate had left "
            "port.",
            [("the frigate had left port", "a source in Velmoran naval intelligence", "cue_that")],
        ),
        # "It" is the body that said the sentence before, not the person it was about
        (
            "Ana Brook was arrested at dawn, the regional prosecutor's office in Orvel said. It "
            "said she had forged permits.",
            [
                (
                    "Ana Brook was arrested at dawn",
                    "the regional prosecutor's office in Orvel",
                    "cue_after",
                ),
                ("she had forged permits", "the regional prosecutor's office in Orvel", "cue_that"),
            ],
        ),
        # the cue's tail: remarks it was said in; a relative clause before "that"; "estimate"
        (
            "Grain exports resumed, the farm minister, Ivo Ralt, said on Monday in remarks "
            "carried by a local radio station. Mira Sol told students in Orvel, where she grew "
            "up, that the mine would reopen. Local traders estimate that half the stalls are "
            "empty.",
            [
                ("Grain exports resumed", "Ivo Ralt", "cue_after"),
                ("the mine would reopen", "Mira Sol", "cue_that"),
                ("half the stalls are empty", "Local traders", "cue_that"),
            ],
        ),
        # and a participle's phrase about the document, the terms, the language or a name in
        # apposition between the cue and "that"
        (
            "The board said in its annual report, published on Friday, that sales fell. A "
            "manager told staff in a memo, seen by the Kelby Post, that jobs would go. An aide "
            "told reporters, on condition of anonymity, that the vote was off. Ada Roe told the "
            "paper, in Spanish, that she would run. Ivo Ralt said in a filing with the "
            "regulator, the TSC, that profit rose.",
            [
                ("sales fell", "the board", "cue_that"),
                ("jobs would go", "a manager", "cue_that"),
                ("the vote was off", "an aide", "cue_that"),
                ("she would run", "Ada Roe", "cue_that"),
                ("profit rose", "Ivo Ralt", "cue_that"),
            ],
        ),
        # a participle's phrase after a relative clause; a news website speaks as written
        (
            "A diplomat who took part in the meeting, speaking on condition of anonymity, said "
            "the vote had been delayed. A Velmora-based news website said the dam had cracked.",
            [
                ("the vote had been delayed", "a diplomat", "cue_that"),
                ("the dam had cracked", "a Velmora-based news website", "cue_that"),
            ],
        ),
        # an age before a role: someone unnamed with "a", the person named before with "the"
        (
            "Lena Marsh, 41, joined the ward in May. The 41-year-old nurse said the unit was "
            "short of beds. The unit is in Orvel. A 19-year-old porter at the Orvel clinic said "
            "the lifts had failed.",
            [
                ("the unit was short of beds", "Lena Marsh", "cue_that"),
                ("the lifts had failed", "a 19-year-old porter at the Orvel clinic", "cue_that"),
            ],
        ),
        # "the agency" is the one named after its description, with a demonym in it
        (
            "Jets struck ten sites. The Velmoran state news agency Velpress said the base was "
            "hit. The agency said two planes were lost.",
            [
                ("the base was hit", "Velpress", "cue_that"),
                ("two planes were lost", "Velpress", "cue_that"),
            ],
        ),
        # "the band", "the network" as company nouns: the one named before
        (
            "Orvel band Glass Pylon has a new album out. The band said it was recorded in a barn. "
            "Velo TV dropped its quiz show. A spokeswoman for the network said ratings had fallen.",
            [
                ("it was recorded in a barn", "Glass Pylon", "cue_that"),
                ("ratings had fallen", "Velo TV", "cue_that"),
            ],
        ),
        # a representative for someone named by role before is that person, and so is "the
        # rep" later
        (
            "Jazz singer Ada Quill will miss the summer festivals, a representative for the singer "
            "said on Monday. The rep said she needed rest.",
            [
                ("Jazz singer Ada Quill will miss the summer festivals", "Ada Quill", "cue_after"),
                ("she needed rest", "Ada Quill", "cue_that"),
            ],
        ),
        # a field opens a national body's name, but not a title and a name
        (
            "Athletics Port Velmora said the trials would move. Health Minister Jo Dane said "
            "beds were short.",
            [
                ("the trials would move", "Athletics Port Velmora", "cue_that"),
                ("beds were short", "Jo Dane", "cue_that"),
            ],
        ),
        # a time phrase after an author named by an acronym is no part of it
        (
            "More than 900 flights were late, according to figures published by the CAA on Friday.",
            [("More than 900 flights were late", "the CAA", "according_to")],
        ),
        # whom a poll asked is no author, and a number's comma ends nothing
        (
            "A poll of 2,400 voters found that most backed the plan. Fares rose, a survey of "
            "1,100 commuters found.",
            [
                ("most backed the plan", "a poll", "cue_that"),
                ("Fares rose", "a survey", "cue_after"),
            ],
        ),
        # "the utility" is the firm the lead names after a number, not a place "across" it;
        # "the national broadcaster" names none the article gave
        (
            "About 80,000 Velgrid customers had no heating after a pipe burst across Orvel. The "
            "utility said repairs would take two days.",
            [("repairs would take two days", "Velgrid", "cue_that")],
        ),
        (
            "Presenter Ana Vey read out the wrong results from Orvel on the Late Hour Show. The "
            "national broadcaster said it would review its checks.",
            [("it would review its checks", "the national broadcaster", "cue_that")],
        ),
        # a group keeps a second place after its first
        (
            "Farmers in the hill village of Dorna in northern Velmora say the well has dried up.",
            [
                (
                    "the well has dried up",
                    "farmers in the hill village of Dorna in northern Velmora",
                    "cue_that",
                )
            ],
        ),
        # an acronym after an opening phrase's comma; a long phrase about the notice it was
        # said in, before "that"
        (
            "The watchdog KVB fined the lender. In a statement on Monday, KVB said the lender's "
            "reports were late. Ana Ruiz recalled the heaters. She said in a notice posted on "
            "her shop's website on Friday that refunds would be paid.",
            [
                ("the lender's reports were late", "KVB", "cue_that"),
                ("refunds would be paid", "Ana Ruiz", "cue_that"),
            ],
        ),
        # "pointed out" without "that"; a stressed "did confirm"
        (
            "Ana Ruiz pointed out the bus now runs only twice a day. Coach Ben Ode did confirm "
            "that the striker would miss the final.",
            [
                ("the bus now runs only twice a day", "Ana Ruiz", "cue_that"),
                ("the striker would miss the final", "Ben Ode", "cue_that"),
            ],
        ),
        # a second verb of a subject named by its acronym
        (
            "Roads flooded, the Orvel Water Board (OWB) said. The OWB closed two bridges and "
            "warned that more rain would fall.",
            [
                ("Roads flooded", "the Orvel Water Board", "cue_after"),
                ("more rain would fall", "the Orvel Water Board", "cue_that"),
            ],
        ),
        # "the accused" is no cue; "where" opens no group
        (
            "Lawyers for the accused said the search had been unlawful. The fires started in "
            "flats along the canal, where residents say the alarms never worked.",
            [
                ("the search had been unlawful", "lawyers for the accused", "cue_that"),
                ("the alarms never worked", "residents", "cue_that"),
            ],
        ),
        # an organisation's word inside a name; a company noun opening a sentence
        (
            "The Tarn Standing Commission Against Graft said the audit was complete. Wholesaler "
            "Orvel Trade & Supply said sales had risen.",
            [
                (
                    "the audit was complete",
                    "the Tarn Standing Commission Against Graft",
                    "cue_that",
                ),
                ("sales had risen", "Orvel Trade & Supply", "cue_that"),
            ],
        ),
        # "the operator" is no place "between" the lead's ends, nor the word opening it
        (
            "Ferry services between Orvel Quay and the island will stop for a week, the operator "
            "said.",
            [
                (
                    "Ferry services between Orvel Quay and the island will stop for a week",
                    "the operator",
                    "cue_after",
                )
            ],
        ),
        # new groups; a group "in both" or "in all" of something
        (
            "Hunters in Orvel Bay say the caribou came late this year. Officials in both towns "
            "say the bridge will reopen.",
            [
                ("the caribou came late this year", "hunters in Orvel Bay", "cue_that"),
                ("the bridge will reopen", "officials in both towns", "cue_that"),
            ],
        ),
        # a role of a body in the lead is the person the body names; "Ombudsman" is a title
        (
            "The head of the Orvel Water Office has admitted that the pumps failed. Ana Reyes, "
            "who runs the office, said repairs would take a month.",
            [
                ("the pumps failed", "Ana Reyes", "cue_that"),
                ("repairs would take a month", "Ana Reyes", "cue_that"),
            ],
        ),
        (
            "Ombudsman Kiri Tane published her report on Monday. The ombudsman said the council "
            "had broken its own rules.",
            [("the council had broken its own rules", "Kiri Tane", "cue_that")],
        ),
        # an acronym inside a name before an organisation's word
        (
            "Orvel Valley NHS Trust closed a ward on Monday. A spokesperson for the trust said its "
            "staff had been moved.",
            [("its staff had been moved", "Orvel Valley NHS Trust", "cue_that")],
        ),
        # "Watch" ends a body's name; "the mission" keeps the region it sits in
        (
            "The Coastal Fisheries Watch said the nets had been cut. Shells hit a depot, the "
            "peacekeeping mission in western Tarn said. The mission said its staff were safe.",
            [
                ("the nets had been cut", "the Coastal Fisheries Watch", "cue_that"),
                ("Shells hit a depot", "the peacekeeping mission in western Tarn", "cue_after"),
                ("its staff were safe", "the peacekeeping mission in western Tarn", "cue_that"),
            ],
        ),
        # someone close to a matter, with a participle: the phrase is part of who they are
        (
            "An envoy briefed on the plan said the text was weak.",
            [("the text was weak", "an envoy briefed on the plan", "cue_that")],
        ),
        # a group by how the outlet reached it; a chamber of commerce
        (
            "Farmers reached by radio said the bridge was down. The chamber of shipping in Orvel "
            "said that port fees had doubled.",
            [
                ("the bridge was down", "farmers reached by radio", "cue_that"),
                ("port fees had doubled", "the chamber of shipping in Orvel", "cue_that"),
            ],
        ),
        # someone unnamed "in" a place, but a workplace's place stays the workplace's
        (
            "Shells fell overnight. A senior nurse in Velmora told reporters that the wards were "
            "full. A doctor at a clinic in Orvel said supplies were low.",
            [
                ("the wards were full", "a senior nurse in Velmora", "cue_that"),
                ("supplies were low", "a doctor at a clinic in Orvel", "cue_that"),
            ],
        ),
        # an acronym opens a body's name; a given name alone after an organisation's word is a
        # place's
        (
            "Roads were shut on Monday. NT Ambulance said that three crews had been sent. Two "
            "sailors were missing, the Harbour Rescue Centre Georgia said.",
            [
                ("three crews had been sent", "NT Ambulance", "cue_that"),
                ("Two sailors were missing", "the Harbour Rescue Centre Georgia", "cue_after"),
            ],
        ),
        # "the force" is the police named before
        (
            "Two men were arrested in Orvel, Kelby Constabulary said. The force said both had "
            "been bailed.",
            [
                ("Two men were arrested in Orvel", "Kelby Constabulary", "cue_after"),
                ("both had been bailed", "Kelby Constabulary", "cue_that"),
            ],
        ),
        # a lead's unnamed role is the person the body names with that role before the name
        (
            "A coroner has found that the river crossing was unsafe. Tom Reed, 19, drowned there "
            "in March. Senior coroner Dr Ada Venn said warning signs had been missing.",
            [
                ("the river crossing was unsafe", "Ada Venn", "cue_that"),
                ("warning signs had been missing", "Ada Venn", "cue_that"),
            ],
        ),
        # after the cue, a role between a place or a body and the name: the person
        (
            "The ferry was late, said Kelby harbour master Ruth Abara. Water bills would rise in "
            "May, said Orvel Bay Water Board spokeswoman Ada Venn.",
            [
                ("The ferry was late", "Ruth Abara", "cue_after"),
                ("Water bills would rise in May", "Ada Venn", "cue_after"),
            ],
        ),
        # "accused X of doing": whom and of what, nothing reported
        (
            "The mine would reopen in May, the union's leader, Tom Reed, said. His rival, Ada "
            "Venn, accused the union of misleading its members.",
            [("The mine would reopen in May", "Tom Reed", "cue_after")],
        ),
        # a word of a title that is not its last names nobody: "the defence" is a body
        (
            "Ada Venn noted the defence's claim that the gate was locked.",
            [("the gate was locked", "the defence", "cue_that")],
        ),
        # "men" and "women" are groups: one of them, or with where they are
        (
            "A lifeboat crew reached the trawler at dawn. One of the men said the engine had "
            "failed. The women at the hut said the path was icy.",
            [
                ("the engine had failed", "one of the men", "cue_that"),
                ("the path was icy", "the women at the hut", "cue_that"),
            ],
        ),
        # "police" is a force with "Police" right before its last word, not a body that
        # watches the police
        (
            "A watchdog, the Orvel Police Standards Board, will look into the crash, police said.",
            [
                (
                    "A watchdog, the Orvel Police Standards Board, will look into the crash",
                    "police",
                    "cue_after",
                )
            ],
        ),
        # an Indonesian honorific before a one-word name
        (
            "Teachers in the village were worried. Bu Sari said the school roof had collapsed.",
            [("the school roof had collapsed", "Sari", "cue_that")],
        ),
        # a ministry's name with a list of portfolios
        (
            "Grain stocks were low, the Ministry of Mines, Water and Rural Roads said.",
            [
                (
                    "Grain stocks were low",
                    "the Ministry of Mines, Water and Rural Roads",
                    "cue_after",
                )
            ],
        ),
        # a document opening the sentence names its author after "from", not after "in"
        (
            "Figures from the port authority show that cargo fell in May. Reports in Velmora "
            "said the port would close.",
            [
                ("cargo fell in May", "the port authority", "cue_that"),
                ("the port would close", "reports in Velmora", "cue_that"),
            ],
        ),
        # after the cue, whom it was told and where, at the sentence's end
        (
            "Fares will rise in June, Mayor Ada Venn told a radio show in Kelby on Friday.",
            [("Fares will rise in June", "Ada Venn", "cue_after")],
        ),
        # a forecast's verbs before "that" ("estimates" is a document's noun too)
        (
            "The fund forecast that growth would slow. The statistics office projected that debt "
            "would rise. The ministry estimates that visitors spend $40m a year. Official "
            "estimates suggest that exports fell.",
            [
                ("growth would slow", "the fund", "cue_that"),
                ("debt would rise", "the statistics office", "cue_that"),
                ("visitors spend $40m a year", "the ministry", "cue_that"),
                ("exports fell", "official estimates", "cue_that"),
            ],
        ),
        # evacuees are a group; a group by where it waits
        (
            "Evacuees at the hall told reporters the tents leaked. Families camped outside the "
            "station said the trains had stopped.",
            [
                ("the tents leaked", "evacuees at the hall", "cue_that"),
                ("the trains had stopped", "families camped outside the station", "cue_that"),
            ],
        ),
        # a plural possessive owns a noun cue, in the object or as the subject
        (
            "The minister dismissed the growers' claim that the dam had failed. The growers' claim "
            "that prices fell was denied.",
            [
                ("the dam had failed", "the growers", "noun_that"),
                ("prices fell", "the growers", "noun_that"),
            ],
        ),
        # "according to" a role and the name in apposition; "was quoted by X as saying": the
        # subject speaks
        (
            "The hearing was delayed, according to his solicitor, Ana Ruiz. The club's captain, "
            "Ben Ito, was quoted by a local paper as saying that the pitch was poor.",
            [
                ("The hearing was delayed", "Ana Ruiz", "according_to"),
                ("the pitch was poor", "Ben Ito", "cue_that"),
            ],
        ),
        # a noun cue as a cue's object, with its owner after "by": the owner's, not the denier's
        (
            "The operator denied allegations from two drivers that the brakes had failed.",
            [("the brakes had failed", "two drivers", "noun_that")],
        ),
        # "the regulator" is a commission named before, and stays as written with none
        (
            "The Tarn Water Commission fined Velgrid £2m on Monday. The regulator said the firm "
            "had misled customers. Orvel Gas was fined too. The watchdog said bills would fall.",
            [
                ("the firm had misled customers", "the Tarn Water Commission", "cue_that"),
                ("bills would fall", "the Tarn Water Commission", "cue_that"),
            ],
        ),
        (
            "Velgrid was fined £2m on Monday. The watchdog said the firm had misled customers.",
            [("the firm had misled customers", "the watchdog", "cue_that")],
        ),
        (
            "The Orvel Centre for Disease Control reported 40 new cases. The agency said the "
            "outbreak was slowing.",
            [("the outbreak was slowing", "the Orvel Centre for Disease Control", "cue_that")],
        ),
        (
            "The Kelby Employment Tribunal ruled against the firm on Monday. The court said the "
            "dismissal was unfair. The Orvel Dockers Federation called a strike. The union said "
            "talks had failed.",
            [
                ("the dismissal was unfair", "the Kelby Employment Tribunal", "cue_that"),
                ("talks had failed", "the Orvel Dockers Federation", "cue_that"),
            ],
        ),
        # letters that open a body's or a company's name
        (
            "Waiting lists had grown, NHS Orvel said. PT Tarn Mandiri said exports fell.",
            [
                ("Waiting lists had grown", "NHS Orvel", "cue_after"),
                ("exports fell", "PT Tarn Mandiri", "cue_that"),
            ],
        ),
        # research is a document: its author after "from" or "by"
        (
            "Cyclists take fewer sick days, research from Orvel University has found. Research by "
            "the Kelby Institute found that naps help workers.",
            [
                ("Cyclists take fewer sick days", "Orvel University", "cue_after"),
                ("naps help workers", "the Kelby Institute", "cue_that"),
            ],
        ),
        # two given names joined by a hyphen open a name
        (
            "Anne-Marie Tshibanda Lukusa said the mine would close.",
            [("the mine would close", "Anne-Marie Tshibanda Lukusa", "cue_that")],
        ),
        # an unlisted given name opening a run before a surname and a particle
        (
            "Jucilene Barbosa dos Reis said the harvest was late.",
            [("the harvest was late", "Jucilene Barbosa dos Reis", "cue_that")],
        ),
        # "her spokesman", "their lawyer": the person the article gives the role by name
        (
            "Radio host Jo Mayo is to leave the drive-time show after nine years, her spokesman "
            "has confirmed.\n\nHer spokesman, Ben Ito, denied that there had been a row.",
            [
                (
                    "Radio host Jo Mayo is to leave the drive-time show after nine years",
                    "Ben Ito",
                    "cue_after",
                ),
                ("there had been a row", "Ben Ito", "cue_that"),
            ],
        ),
        (
            "Two fishermen were released on bail, their lawyer said. The lawyer, Ines Duarte, "
            "said the charges would be dropped.",
            [
                ("Two fishermen were released on bail", "Ines Duarte", "cue_after"),
                ("the charges would be dropped", "Ines Duarte", "cue_that"),
            ],
        ),
        # a branch of a union is a group with its union's name before it
        (
            "The Kelby Nurses Union branch said a strike vote would be held in May.",
            [("a strike vote would be held in May", "the Kelby Nurses Union branch", "cue_that")],
        ),
        # "Garda" (an Irish police rank) and "Adi" (a Fijian chiefly title) before a name; a
        # Garda spokesperson speaks for the Garda, and "An Garda Síochána" is a body
        (
            "Detective Garda Ann Walsh said the car had been stolen in Cork. A Garda "
            "spokesperson said the van was seized. An Garda Síochána said the inquiry would go on. "
            "Adi Litia Qalo said the jetty was cut off.",
            [
                ("the car had been stolen in Cork", "Ann Walsh", "cue_that"),
                ("the van was seized", "Garda", "cue_that"),
                ("the inquiry would go on", "An Garda Síochána", "cue_that"),
                ("the jetty was cut off", "Litia Qalo", "cue_that"),
            ],
        ),
        # a group's plural noun opening a sentence is no part of the body's name after "of"
        (
            "Officials of the Orvel Electoral Board counted the ballots overnight. The board said "
            "turnout was low.",
            [("turnout was low", "the Orvel Electoral Board", "cue_that")],
        ),
        (
            "Customers of Tarnbank could not withdraw cash on Monday. The bank said a power cut "
            "had hit its data centre.",
            [("a power cut had hit its data centre", "Tarnbank", "cue_that")],
        ),
        # a pronoun and its verb before "that": that clause is what was said
        (
            "Coach Jo Hara said he accepted that the team had played badly.",
            [("he accepted that the team had played badly", "Jo Hara", "cue_that")],
        ),
        # "and warned" after a clause whose subject follows a conjunction
        (
            "Bond prices dropped after the council sold its depot and warned that reserves would "
            "run out.",
            [("reserves would run out", "the council", "cue_that")],
        ),
        # a document "released Wednesday by" or "posted by" its author
        (
            "Commutes grew longer, according to a survey released Friday by the Kelby Transport "
            "Forum. The pool will shut for repairs, according to a notice posted by the Orvel "
            "Leisure Trust.",
            [
                ("Commutes grew longer", "the Kelby Transport Forum", "according_to"),
                ("The pool will shut for repairs", "the Orvel Leisure Trust", "according_to"),
            ],
        ),
        # an index is a document, with its author after "published ... by"
        (
            "Tarn ranks last for broadband speed, according to an index published on Monday by "
            "the Orvel Digital Trust.",
            [("Tarn ranks last for broadband speed", "the Orvel Digital Trust", "according_to")],
        ),
        # a list of numbers inside a subject without "that"; a lab is a body
        (
            "The dairy Tarnmilk closed two plants. The company said output at the 3, 5 and 9 sites "
            "had fallen.",
            [("output at the 3, 5 and 9 sites had fallen", "Tarnmilk", "cue_that")],
        ),
        (
            "The Orvel Soil Lab tested the samples. The lab said the wells held too much salt.",
            [("the wells held too much salt", "the Orvel Soil Lab", "cue_that")],
        ),
        # a group in a place with its part ("downtown", "suburban"); "Bank" opens a bank's name
        (
            "Taxi drivers in suburban Velmora said fares had doubled. Bank Tarnia Raya held its "
            "rate on Monday. The bank said prices were stable.",
            [
                ("fares had doubled", "Taxi drivers in suburban Velmora", "cue_that"),
                ("prices were stable", "Bank Tarnia Raya", "cue_that"),
            ],
        ),
        # a generation after a name is part of it, also for the surname alone later
        (
            "Oren Calloway Jr. said the ferry was late. Calloway said the fares would rise. "
            "Queen Velda II said the palace would open.",
            [
                ("the ferry was late", "Oren Calloway Jr.", "cue_that"),
                ("the fares would rise", "Oren Calloway Jr.", "cue_that"),
                ("the palace would open", "Velda II", "cue_that"),
            ],
        ),
        # a pope's or a monarch's reign number is part of the name, which "the pope" and "the
        # king" stand for later; a place before "the mayor said" is no mayor's name
        (
            "Pope Gregory XIX called for calm on Sunday. The pope said the talks must go on. "
            "King Alaric VII said the crown would help. Speaking in Kelby Square, the mayor "
            "said the fountain would reopen.",
            [
                ("the talks must go on", "Gregory XIX", "cue_that"),
                ("the crown would help", "Alaric VII", "cue_that"),
                ("the fountain would reopen", "the mayor", "cue_that"),
            ],
        ),
        # ... also after a title, with a middle initial or a nickname before the surname; and
        # the surname alone is the surname, no generation, where a given name and it are all
        (
            "Sheriff Dale R. Pruitt Jr. said the bridge was shut. Pruitt said it would reopen. "
            'Commissioner Ernesto "Boy" Tadeo Jr. said the vote was void. Tadeo said he would '
            "appeal. Mayor Ann Bello Sr. said the road was clear. Bello said it was salted.",
            [
                ("the bridge was shut", "Dale R. Pruitt Jr.", "cue_that"),
                ("it would reopen", "Dale R. Pruitt Jr.", "cue_that"),
                ("the vote was void", "Ernesto Tadeo Jr.", "cue_that"),
                ("he would appeal", "Ernesto Tadeo Jr.", "cue_that"),
                ("the road was clear", "Ann Bello Sr.", "cue_that"),
                ("it was salted", "Ann Bello Sr.", "cue_that"),
            ],
        ),
        # "P, he said": someone unnamed opening P is in what he said; a description with a
        # street in apposition is no name
        (
            "Harbour master Oren Falk said the tide had turned early. A trawler crew member "
            "broke an arm, he said. Ines Calloway, a baker on Quay Lane, said rents had doubled "
            "since March.",
            [
                ("the tide had turned early", "Oren Falk", "cue_that"),
                ("A trawler crew member broke an arm", "Oren Falk", "cue_after"),
                ("rents had doubled since March", "Ines Calloway", "cue_that"),
            ],
        ),
        # a document in apposition "signed by" its authors
        (
            "The letter, signed by 40 doctors, warned that the ward was unsafe.",
            [("the ward was unsafe", "40 doctors", "cue_that")],
        ),
        # "the club" is no street the lead names
        (
            "Ada Ruiz, 100, led the team out at Mill Road on Saturday.\n\nThe club said it was "
            "proud to mark the day.",
            [("it was proud to mark the day", "the club", "cue_that")],
        ),
        # a person's camp is a group
        (
            "Boxer Oren Falk missed weight. Falk's camp said he had been ill all week.",
            [("he had been ill all week", "Falk's camp", "cue_that")],
        ),
        # a reflexive after the subject ("herself") leaves it the subject
        (
            "Lena Moss won the vote. Lena herself admitted she had been surprised by the margin.",
            [("she had been surprised by the margin", "Lena Moss", "cue_that")],
        ),
        # stewards are a group; a bookmaker is a company's noun, no part of its name
        (
            "Stewards at Orvel Downs said the rider had been warned. Bookmaker Tarnbet said the "
            "favourite had drifted.",
            [
                ("the rider had been warned", "stewards at Orvel Downs", "cue_that"),
                ("the favourite had drifted", "Tarnbet", "cue_that"),
            ],
        ),
        # a sport's name ends a national governing body's name
        (
            "Orvel Netball said the final would be moved. New Velmora Cricket said fans would "
            "get refunds.",
            [
                ("the final would be moved", "Orvel Netball", "cue_that"),
                ("fans would get refunds", "New Velmora Cricket", "cue_that"),
            ],
        ),
        # a role opening the sentence before a first name and a surname is no part of the name
        (
            "Drummer Ben Okafor said the tour would end in May.",
            [("the tour would end in May", "Ben Okafor", "cue_that")],
        ),
        # someone or something unnamed by a noun no list holds, without its auxiliary; a
        # document is no person
        (
            "A leaked letter has claimed that the pool would close. A regular diner has said the "
            "soup was cold.",
            [
                ("the pool would close", "a leaked letter", "cue_that"),
                ("the soup was cold", "a regular diner", "cue_that"),
            ],
        ),
        # a clause in a relative clause set off by commas ends with it
        (
            "The council, which said the road was safe, refused to act.",
            [("the road was safe", "the council", "cue_that")],
        ),
        # a bare plural and an adverb before its verb, without "that"
        (
            "Economists said lenders typically charge more in winter.",
            [("lenders typically charge more in winter", "economists", "cue_that")],
        ),
        # "told" someone named with an age between commas, then "that"
        (
            "The coach told Tomas Reyes, 19, that he would start on Saturday.",
            [("he would start on Saturday", "the coach", "cue_that")],
        ),
        # the plural of a person's role (an agent noun) is a group
        (
            "Several plumbers said the pipes had frozen.",
            [("the pipes had frozen", "several plumbers", "cue_that")],
        ),
        # households and renters are groups
        (
            "Forty households said the drains had failed.",
            [("the drains had failed", "Forty households", "cue_that")],
        ),
        # a weekday between a noun cue and "that"; deputies and callers are groups
        (
            "Coastguards found Sunday that the jetty had cracked. Several "
            "callers said the line was dead. The deputies said the vote was rigged.",
            [
                ("the jetty had cracked", "coastguards", "cue_that"),
                ("the line was dead", "several callers", "cue_that"),
                ("the vote was rigged", "the deputies", "cue_that"),
            ],
        ),
        # "states" reports after a document, never after "member" ("member states")
        (
            "The bylaw states that dogs must be leashed on the beach. The envoy warned member "
            "states in a memo that the fund was empty.",
            [
                ("dogs must be leashed on the beach", "the bylaw", "cue_that"),
                ("the fund was empty", "the envoy", "cue_that"),
            ],
        ),
        # North American styles: a legislator's party and home, or ward, after the name, and
        # a description after that; "Ald.", "Trustee" and "Reeve" are titles
        (
            "Oren Falk, I-Westbury, a retired plumber, told the meeting that the pool should "
            "stay open. Sen. Lena Moss (R-Texas) said the fund was empty. Ald. Ines Calloway "
            "(4th Ward) said the bridge would reopen. Trustee Ben Okafor said fees would rise. "
            "Reeve Ana Lund said the road was closed.",
            [
                ("the pool should stay open", "Oren Falk", "cue_that"),
                ("the fund was empty", "Lena Moss", "cue_that"),
                ("the bridge would reopen", "Ines Calloway", "cue_that"),
                ("fees would rise", "Ben Okafor", "cue_that"),
                ("the road was closed", "Ana Lund", "cue_that"),
            ],
        ),
        # an unnamed role "to" a group is the person, as written
        (
            "An adviser to the growers said prices would fall.",
            [("prices would fall", "an adviser to the growers", "cue_that")],
        ),
        # two lower-case words joined by "and" before a body's noun
        (
            "The fisheries and oceans department said quotas would fall.",
            [("quotas would fall", "the fisheries and oceans department", "cue_that")],
        ),
        # "P, X told Y" with where or when it was said, at length, and a participle after it
        (
            "Ferry fares will rise by a fifth, harbour master Ines Calloway told councillors "
            "during a budget hearing in May. Ticket sales fell in March, Oren Falk said at the "
            "annual dinner of the guild on Friday, citing the strike.",
            [
                ("Ferry fares will rise by a fifth", "Ines Calloway", "cue_after"),
                ("Ticket sales fell in March", "Oren Falk", "cue_after"),
            ],
        ),
        # a group, not the example of it set off by commas after it
        (
            "Nurses, including ward sister Ada Ruiz, said the rota was unsafe. "
            "Residents, among them retired teacher Oren Falk, said the road was unsafe.",
            [
                ("the rota was unsafe", "nurses", "cue_that"),
                ("the road was unsafe", "residents", "cue_that"),
            ],
        ),
        # the filing or disclosure something was said in, to whom, however long its name
        (
            "Orvel Mining said in a submission to the Tarn Water Board that it had found copper. "
            "Net profit rose 8 percent, Velda Gold said in a note to the Orvel Harbour Trust on "
            "Monday.",
            [
                ("it had found copper", "Orvel Mining", "cue_that"),
                ("Net profit rose 8 percent", "Velda Gold", "cue_after"),
            ],
        ),
        # a prospectus or a treaty speaks as a document does
        (
            "The prospectus said the fund would list in May. The treaty says that ships may pass.",
            [
                ("the fund would list in May", "the prospectus", "cue_that"),
                ("ships may pass", "the treaty", "cue_that"),
            ],
        ),
        # a quoted name or title in a subject's apposition is no quotation the cue attributes
        (
            'Bram Okafor, known in the dressing room as "the Wall", said the season was over. '
            "The bakery, famous for “Orvel Twists”, said prices would rise.",
            [
                ("the season was over", "Bram Okafor", "cue_that"),
                ("prices would rise", "the bakery", "cue_that"),
            ],
        ),
        # a passive cue before "that" names nobody, or whom "by" names
        (
            "Tenants were told in a letter on Friday that the lifts would be fixed. It was "
            "reported last month that the mill had been sold. Parents were told by the Orvel "
            "school board that fees would rise.",
            [
                ("the lifts would be fixed", "", "passive"),
                ("the mill had been sold", "", "passive"),
                ("fees would rise", "the Orvel school board", "passive"),
            ],
        ),
        # what a court, an inquest or a meeting heard, from nobody named or from whom "from"
        # names
        (
            "The inquest into his fall heard that the ladder had snapped. The tribunal had "
            "earlier heard from a payroll clerk that wages were late. Magistrates heard the "
            "dog had bitten twice.",
            [
                ("the ladder had snapped", "", "hearing"),
                ("wages were late", "a payroll clerk", "hearing"),
                ("the dog had bitten twice", "", "hearing"),
            ],
        ),
        # and what it heard said before it, at a sentence's end; a quotation there is none
        (
            "A lorry driver fell asleep at the wheel, an inquest has heard. The crane had not "
            "been inspected, the tribunal into the collapse heard on Tuesday. “He was careless,” "
            "the court heard.",
            [
                ("A lorry driver fell asleep at the wheel", "", "hearing"),
                ("The crane had not been inspected", "", "hearing"),
            ],
        ),
        # "report" as a finding verb after a plural or a pronoun, "reports" after a document;
        # a noun in "the audit report found" and after a possessive
        (
            "The audit report found that fees were lost. The minister disliked Okoro's reports "
            "about the harbour. Most of the tagged eels returned upstream, researchers report. "
            "The paper reports that two rivers recovered.",
            [
                ("fees were lost", "the audit report", "cue_that"),
                ("Most of the tagged eels returned upstream", "researchers", "cue_after"),
                ("two rivers recovered", "the paper", "cue_that"),
            ],
        ),
        # a long document phrase after "according to" by whom "by" names; a journal that
        # carried a study is no author, a newspaper that carried a report is
        (
            "Toll roads cut commuting times by a tenth, according to a working paper released "
            "on Monday by economists at Kelby University. Cyclists in bright jackets are hit "
            "less often, an analysis in the Journal of Road Safety suggests. Bridges built "
            "after 1990 rust more slowly, the survey in the journal Steel Review shows. The "
            "mayor had misled the council, according to a report in the Orvel Gazette.",
            [
                (
                    "Toll roads cut commuting times by a tenth",
                    "economists at Kelby University",
                    "according_to",
                ),
                ("Cyclists in bright jackets are hit less often", "an analysis", "cue_after"),
                ("Bridges built after 1990 rust more slowly", "the survey", "cue_after"),
                ("The mayor had misled the council", "the Orvel Gazette", "according_to"),
            ],
        ),
        # a place of one or two words before "-based" is no part of the name after it
        (
            "Shares fell, New York-based Tarlow Capital said. Tarlow said demand was weak. The "
            "maker, Cape Town-based Orvia Pharma, confirmed the valve was faulty. Professor Ada "
            "Ruiz of the Hong Kong-based Harbour Trust said trade had slowed.",
            [
                ("Shares fell", "Tarlow Capital", "cue_after"),
                ("demand was weak", "Tarlow Capital", "cue_that"),
                ("the valve was faulty", "Orvia Pharma", "cue_that"),
                ("trade had slowed", "Ada Ruiz", "cue_that"),
            ],
        ),
        # a name's possessive before a noun cue; a tech firm's last word ("AI") makes the
        # name alone later the firm's
        (
            "Orla Penn disputed Tarnex's claim that the new line was safe. Velmora AI opened an "
            "office in Kelby. Velmora said it would hire 40 engineers.",
            [
                ("the new line was safe", "Tarnex", "noun_that"),
                ("it would hire 40 engineers", "Velmora AI", "cue_that"),
            ],
        ),
        # an opening phrase with a pronoun and its verb after it is a clause; one without is
        # no part of what was said
        (
            "Over two winters it lowered heating bills by a fifth, the operator said. In a "
            "notice posted on Friday, the operator said fares would rise.",
            [
                (
                    "Over two winters it lowered heating bills by a fifth",
                    "the operator",
                    "cue_after",
                ),
                ("fares would rise", "the operator", "cue_that"),
            ],
        ),
        # South Asian police ranks and a scholar's honorific are titles, also after a company
        # noun ("station")
        (
            "Harbour police station OC Amal Roy said a boat had been seized. The OC said its "
            "crew had fled. Party chief Maulana Idris Khan said the march would go ahead.",
            [
                ("a boat had been seized", "Amal Roy", "cue_that"),
                ("its crew had fled", "Amal Roy", "cue_that"),
                ("the march would go ahead", "Idris Khan", "cue_that"),
            ],
        ),
        # a court's bench speaks; "held that" is a ruling only after a body that hears evidence
        (
            "A two-judge bench said the quarry had no licence. The bench also observed that "
            "the ward had no drains. The Supreme Court on Wednesday held that the arrest had "
            "been unlawful. Police held that man for a week.",
            [
                ("the quarry had no licence", "a two-judge bench", "cue_that"),
                ("the ward had no drains", "the bench", "cue_that"),
                ("the arrest had been unlawful", "the Supreme Court", "cue_that"),
            ],
        ),
        # a document "signed by" its authors, a number with a comma among them
        (
            "A letter signed by 2,400 parents of Kelby Primary warned that the crossing was "
            "unsafe.",
            [("the crossing was unsafe", "2,400 parents of Kelby Primary", "cue_that")],
        ),
        # "according to" a complaint "filed by" its author, whose name and age in apposition
        # are no part of P; a number that opens P stays in it
        (
            "According to the lawsuit filed by the tenant, Arun Pillai, 61, the roof had "
            "leaked for a year. According to Mina Das, 52, the well had run dry. According to "
            "police, 14 people died.",
            [
                ("the roof had leaked for a year", "Arun Pillai", "according_to"),
                ("the well had run dry", "Mina Das", "according_to"),
                ("14 people died", "police", "according_to"),
            ],
        ),
        # "the force" for a battalion named before
        (
            "The Coastal Rifles Battalion arrested two men on Monday. The force said both had "
            "confessed.",
            [("both had confessed", "the Coastal Rifles Battalion", "cue_that")],
        ),
        # a body's acronym owns a noun cue; "PC" after a name (Sri Lanka's President's Counsel)
        (
            "The Orvel Farmers Front (OFF) met on Friday. Ada Ruiz, the water minister, rejected "
            "the OFF's claim that the dam was leaking. A lawyer, Nalin Perera PC, told the court "
            "that the lease was valid.",
            [
                ("the dam was leaking", "the Orvel Farmers Front", "noun_that"),
                ("the lease was valid", "Nalin Perera", "cue_that"),
            ],
        ),
        # a title whose portfolio follows "for" gives its role; a name before ", the minister"
        # that opens a clause is no apposition
        (
            "Deputy Minister for Ports Ram Kishore Yadav toured the docks. Answering Dr. Meena "
            "Roy of the Kelby People's Party, the minister said two cranes had failed.",
            [("two cranes had failed", "Ram Kishore Yadav", "cue_that")],
        ),
        # a given name of given_names_added.txt opens a three-word name whose second word
        # is a given name too
        (
            "Harvinder Kumar Sandhu said the canal was dry. Nekesa Halima Wafula told reporters "
            "she would vote against it.",
            [
                ("the canal was dry", "Harvinder Kumar Sandhu", "cue_that"),
                ("she would vote against it", "Nekesa Halima Wafula", "cue_that"),
            ],
        ),
        # Swahili connectors inside a party's name; a judge's "held that"; "Barr." is a title
        # with its full stop
        (
            "Chama cha Wavuvi na Wakulima said on Monday that diesel prices must fall. Justice "
            "Ruth Mensah held that the market fee was unlawful. Barr. Ifeoma Obi told the "
            "tribunal that the ballot boxes were missing.",
            [
                ("diesel prices must fall", "Chama cha Wavuvi na Wakulima", "cue_that"),
                ("the market fee was unlawful", "Ruth Mensah", "cue_that"),
                ("the ballot boxes were missing", "Ifeoma Obi", "cue_that"),
            ],
        ),
        # a relative clause's "heard" after a judge reports nothing; nor does the relative
        # "that" after an infinitive and its object
        (
            "Judge Lena Hart, who had heard both appeals, wrote that the rules were unclear. "
            "The council had promised the drivers in 2024 to find them a yard that is still "
            "closed.",
            [("the rules were unclear", "Lena Hart", "cue_that")],
        ),
        # a ruler's title "of" a place in apposition describes the name before it; "the
        # monarch" is whom "Oba" titles
        (
            "Emir Sani Bako, the ruler of Dangora, said the bridge was closed. Speaking at a "
            "durbar, the monarch said traders had lost goods in the flood.",
            [
                ("the bridge was closed", "Sani Bako", "cue_that"),
                ("traders had lost goods in the flood", "Sani Bako", "cue_that"),
            ],
        ),
        # a subject of up to twelve words after P; "of more than 9,000 nurses" is a sample,
        # no author
        (
            "Night shifts raise the risk of gout, a study of more than 9,000 nurses in five "
            "Tarnian cities has found.",
            [("Night shifts raise the risk of gout", "a study", "cue_after")],
        ),
        # a live blog's time zone after its time, also where the sentence splitter broke
        # after "a.m."; an Indonesian company's "PT" stays in its name
        (
            "11:20 a.m. ET The Kelby Weather Office said two roads had flooded.\n\n11:45 a.m. "
            "ET Police said a tunnel had reopened.\n\n4.15pm BST Network engineers said the "
            "fault was fixed.\n\nPT Kelbara Nusantara said its smelter would close.",
            [
                ("two roads had flooded", "the Kelby Weather Office", "cue_that"),
                ("a tunnel had reopened", "police", "cue_that"),
                ("the fault was fixed", "network engineers", "cue_that"),
                ("its smelter would close", "PT Kelbara Nusantara", "cue_that"),
            ],
        ),
        # "According to" after a live blog's time; a name in apposition to the person told
        (
            "8.05am According to the harbour board, two ferries are cancelled.\n\n8.30am The "
            "committee chair, Ada Ruiz, told the treasurer, Ben Dole, that his figures were "
            "wrong.",
            [
                ("two ferries are cancelled", "the harbour board", "according_to"),
                ("his figures were wrong", "Ada Ruiz", "cue_that"),
            ],
        ),
        # a party or a constituency in brackets after a member's name and letters, before the
        # cue
        (
            "Nell Harte TD (Kelby West) told the Dáil that the clinic had closed. Aled Roe MS "
            "(Green) warned the committee that the river was polluted.",
            [
                ("the clinic had closed", "Nell Harte", "cue_that"),
                ("the river was polluted", "Aled Roe", "cue_that"),
            ],
        ),
        # a club's letters, "Project", a Hindi word for a union and "Cymru" end a body's name
        (
            "Kelby RFC have signed two props from Tarn. The club said both would start.\n\nA "
            "report by the Tarnside Learning Project found that attendance had fallen. The Tarn "
            "Weavers’ Sangh said looms stood idle. Fair Play Cymru said fees were too high.",
            [
                ("both would start", "Kelby RFC", "cue_that"),
                ("attendance had fallen", "the Tarnside Learning Project", "cue_that"),
                ("looms stood idle", "the Tarn Weavers’ Sangh", "cue_that"),
                ("fees were too high", "Fair Play Cymru", "cue_that"),
            ],
        ),
        # a campaign named by a group's plural and "for" is one organisation
        (
            "Kelby Parents for Safer Roads said the crossing was dangerous. Parents said the bus "
            "was late.",
            [
                ("the crossing was dangerous", "Kelby Parents for Safer Roads", "cue_that"),
                ("the bus was late", "parents", "cue_that"),
            ],
        ),
        (
            "Tarn Voices for Clean Rivers said the weir leaked. It said the fish had gone.",
            [
                ("the weir leaked", "Tarn Voices for Clean Rivers", "cue_that"),
                ("the fish had gone", "Tarn Voices for Clean Rivers", "cue_that"),
            ],
        ),
        # the state or country after a town in an apposition is no name in apposition; a name
        # after a town is
        (
            "Nell Harte, a nurse at a clinic in Bendigo, Victoria, said pay was low. A driver "
            "from Tarnow, Ivo Mazur, said the road was icy.",
            [
                ("pay was low", "Nell Harte", "cue_that"),
                ("the road was icy", "Ivo Mazur", "cue_that"),
            ],
        ),
        # a description with a nationality after the lead's firm is the firm; a body the lead
        # does not name stays as written
        (
            "Tarnwell Motors will cut 900 jobs at its Kelby plant, the German carmaker said."
            "\n\nCases in Kelby have doubled, the city health department said.",
            [
                (
                    "Tarnwell Motors will cut 900 jobs at its Kelby plant",
                    "Tarnwell Motors",
                    "cue_after",
                ),
                ("Cases in Kelby have doubled", "the city health department", "cue_after"),
            ],
        ),
        # transport firms' words end their names
        (
            "Tarnwell Cruises said the ship would sail on Friday. It said the engine was fixed.",
            [
                ("the ship would sail on Friday", "Tarnwell Cruises", "cue_that"),
                ("the engine was fixed", "Tarnwell Cruises", "cue_that"),
            ],
        ),
        # the name apposed to a role after "whose" speaks, not the body before it
        (
            "The march was led by the bakers’ guild, whose treasurer, Ines Moll, said flour "
            "prices had doubled.",
            [("flour prices had doubled", "Ines Moll", "cue_that")],
        ),
        # a group with its phrase opens a clause after ", and"; "fisherfolk" is a group too
        (
            "Tides rose overnight, and engineers at the Kelby marina warned that the pier could "
            "fail. Fisherfolk in Arnmouth said the harbour was shut.",
            [
                ("the pier could fail", "engineers at the Kelby marina", "cue_that"),
                ("the harbour was shut", "fisherfolk in Arnmouth", "cue_that"),
            ],
        ),
        # a document that opened a sentence before with no author speaks for itself, not for
        # a body its phrase names
        (
            "An independent audit into spending at the Kelby Harbour Board was released on "
            "Friday. The audit found that fees had gone missing.",
            [("fees had gone missing", "the audit", "cue_that")],
        ),
        # "it" after a document that spoke in the sentence before is that document
        (
            "The ruling said the fence was lawful. It noted that the gate had been locked.",
            [
                ("the fence was lawful", "the ruling", "cue_that"),
                ("the gate had been locked", "the ruling", "cue_that"),
            ],
        ),
        # the town after a parish's or a school's name is no name in apposition
        (
            "The Rev Dara Quinlan, rector of St Jude's, Marlow, said the roof leaked.",
            [("the roof leaked", "Dara Quinlan", "cue_that")],
        ),
        # a sport's firm's or club's word ends its name
        (
            "Tarnfield Fight Promotions said every purse had been paid.",
            [("every purse had been paid", "Tarnfield Fight Promotions", "cue_that")],
        ),
        # so does a campaign's "Voice"
        (
            "Renters Voice Tasmania said the survey was flawed.",
            [("the survey was flawed", "Renters Voice Tasmania", "cue_that")],
        ),
        # and a religious body's
        (
            "The Tarn Valley Conference said the grant was fair.",
            [("the grant was fair", "the Tarn Valley Conference", "cue_that")],
        ),
        # "the alliance" is the alliance the article named, not NATO, which the study's actor
        # table lists as "the alliance"
        (
            "Rents rose again, according to a report by the Kelby Tenants Alliance. The alliance "
            "said rents were higher than ever.",
            [
                ("Rents rose again", "the Kelby Tenants Alliance", "according_to"),
                ("rents were higher than ever", "the Kelby Tenants Alliance", "cue_that"),
            ],
        ),
        # "police" is the force named before with its country ("Police Scotland")
        (
            "Police Scotland closed the harbour road. Police said the march would go ahead.",
            [("the march would go ahead", "Police Scotland", "cue_that")],
        ),
        # a named lawyer in apposition to "A lawyer for the company" is that lawyer (lawyers for
        # someone, with a name after them, are that someone's); a person "at" a bank is no bank
        (
            "A lawyer for the company, Dov Ashkenazi, told the court that the debt would be "
            "repaid. Ines Calloway at Tarn Bank said rates would fall.",
            [
                ("the debt would be repaid", "Dov Ashkenazi", "cue_that"),
                ("rates would fall", "Ines Calloway", "cue_that"),
            ],
        ),
        # "a reminder that", "warnings from X that": nouns that report
        (
            "The Kelby Coastguard issued a reminder that tides can turn quickly. The board "
            "raised fees despite warnings from the Tarn Tenants Union that rents would rise.",
            [
                ("tides can turn quickly", "the Kelby Coastguard", "noun_that"),
                ("rents would rise", "the Tarn Tenants Union", "noun_that"),
            ],
        ),
        # "the Central Bank" is the name given before without its "of" phrase
        (
            "The Central Bank of Tarnland published its figures. The Central Bank said arrears "
            "had fallen.",
            [("arrears had fallen", "Central Bank of Tarnland", "cue_that")],
        ),
        # "the synod" is the synod named before, "the forum" the forum
        (
            "The Tarn Synod voted on Friday. In a statement, the synod said the vote was binding.",
            [("the vote was binding", "the Tarn Synod", "cue_that")],
        ),
        (
            "The Kelby Traders Forum lost its appeal. The forum said it was disappointed.",
            [("it was disappointed", "the Kelby Traders Forum", "cue_that")],
        ),
        # a title "of" a place in apposition, with no name after it, leaves the name before it
        # the subject
        (
            "Opening the debate, Ada Whitby, Mayor of Kelby, told the council that the bridge "
            "would close.",
            [("the bridge would close", "Ada Whitby", "cue_that")],
        ),
        # an officer's "(retd)" after the name, before an apposition
        (
            "Air Marshal Kiran Bedi-Rao (retd), a former vice chief, said the order was late.",
            [("the order was late", "Kiran Bedi-Rao", "cue_that")],
        ),
        # a nickname inside a name in apposition: the name speaks, not the role's body
        (
            "The head of the Kelby Darts League, Gareth “Arrow” Pryce-Lloyd, said entries had "
            "fallen.",
            [("entries had fallen", "Gareth Pryce-Lloyd", "cue_that")],
        ),
        # a Philippine police rank is a title; "Force" ends an armed group's name, after a
        # possessive inside it too
        (
            "PO1 Liza Ramos said the suspect fled. The Kelby Citizens' Defence Force held a "
            "parade. In a post, the group said its volunteers had trained for a year.",
            [
                ("the suspect fled", "Liza Ramos", "cue_that"),
                (
                    "its volunteers had trained for a year",
                    "the Kelby Citizens' Defence Force",
                    "cue_that",
                ),
            ],
        ),
        # "the company" is the firm named right after "company", though no article stands
        # before it and another group is named later
        (
            "Shares in mining company Tarn Metals rose after the charity Oak Watch Trust praised "
            "its new dam. In a statement, the company said the dam had cost £9 million.",
            [("the dam had cost £9 million", "Tarn Metals", "cue_that")],
        ),
        # the study's actor table lists "Costa" for Antonio Costa: after another given name
        # or a particle it is someone else's surname; alone it is still the actor's
        (
            "Renata Costa, who runs a florist's in Kelby, said trade was slow. Luis Mota da Costa, "
            "a baker, said flour was dear. Costa said talks would resume.",
            [
                ("trade was slow", "Renata Costa", "cue_that"),
                ("flour was dear", "Luis Mota da Costa", "cue_that"),
                ("talks would resume", "Antonio Costa", "cue_that"),
            ],
        ),
        # "the team" and "the researchers" are the researchers at a place named before
        (
            "Researchers at the Tarnside Centre for Sleep have tracked 400 pupils for a year."
            "\n\nThe team said pupils who walked slept longer. In a paper, the researchers "
            "reported that cycling did not help.",
            [
                (
                    "pupils who walked slept longer",
                    "researchers at the Tarnside Centre for Sleep",
                    "cue_that",
                ),
                (
                    "cycling did not help",
                    "researchers at the Tarnside Centre for Sleep",
                    "cue_that",
                ),
            ],
        ),
        # an acronym in brackets ends the author's name in a document's "by" phrase
        (
            "A study by the Kelby Water and Rivers Authority (KWRA) of the Tarn estuary has "
            "found that mussels were dying.",
            [("mussels were dying", "the Kelby Water and Rivers Authority", "cue_that")],
        ),
        # "the review" after "an independent review found" with no author is that review
        (
            "A ferry firm in Kelby changed its timetable after an independent review found late "
            "sailings. The review said crews were short of sleep.",
            [("crews were short of sleep", "an independent review", "cue_that")],
        ),
        # a student's year opening the sentence is no part of the name ("Junior" is a given
        # name too)
        (
            "Junior Tessa Marsh said the vote was rigged.",
            [("the vote was rigged", "Tessa Marsh", "cue_that")],
        ),
        # "for", up to two words and "and" inside a body's name, as after "of"
        (
            "Rents rose 9 per cent, according to data from the Tarn Centre for Housing and "
            "Planning (TCHP).",
            [("Rents rose 9 per cent", "the Tarn Centre for Housing and Planning", "according_to")],
        ),
        # a participle after a body's name says what became of its document
        (
            "Lending slowed in May, according to figures from the Reserve Bank of Tarnland "
            "released on Friday.",
            [("Lending slowed in May", "the Reserve Bank of Tarnland", "according_to")],
        ),
        # a capitalised role "of" a body in apposition leaves the name before it the subject
        (
            "Speed cameras will be moved, Colonel Idris Nasser Karami, Director-General of the "
            "Kelby Roads Council, said on Monday.",
            [("Speed cameras will be moved", "Idris Nasser Karami", "cue_after")],
        ),
        # a list inside a body's name holds commas that are no apposition's
        (
            "Dr Lena Fairweather, a director at the Ministry of Trade, Industry and Tourism, "
            "said exports had doubled.",
            [("exports had doubled", "Lena Fairweather", "cue_that")],
        ),
        # "it" stands for no group named by a plural noun
        (
            "The Kelby Ports Authority fined 40 shipping agents. According to the authority, "
            "the agents had forged manifests. Fines reach 9,000 dinars, it said.",
            [
                ("the agents had forged manifests", "the Kelby Ports Authority", "according_to"),
                ("Fines reach 9,000 dinars", "the Kelby Ports Authority", "cue_after"),
            ],
        ),
        # a decree's number before "issued by"; a decision is a document ("No." with its
        # full stop ends a sentence for Punkt, as "said no." does)
        (
            "Shops must close at midnight, according to Ministerial Decision No 41/2026 issued "
            "by the Kelby Ministry of Commerce.",
            [("Shops must close at midnight", "the Kelby Ministry of Commerce", "according_to")],
        ),
        # the whole name of a firm a company noun introduced, though its last two words read
        # as a given name and a surname
        (
            "Shares in mining company Minera Lucas Ortega fell. The company said output would "
            "recover.",
            [("output would recover", "Minera Lucas Ortega", "cue_that")],
        ),
        # a Portuguese firm's kind opens its name
        (
            "Mineradora Vale Verde denied the charges. It said it had paid the fines.",
            [("it had paid the fines", "Mineradora Vale Verde", "cue_that")],
        ),
        # a given name listed among the Gulf's opens a name with "Al" before a father's name
        (
            "Obaid Khamis Al Tarni said the road would reopen.",
            [("the road would reopen", "Obaid Khamis Al Tarni", "cue_that")],
        ),
        # a document named with its author's name before it and a participle after it
        (
            "Beaches were closed. A Kelby Water Agency report published in May found that 14 "
            "beaches were poor.",
            [("14 beaches were poor", "Kelby Water Agency", "cue_that")],
        ),
        # "Éireann" ends an Irish body's name as a country's name does
        (
            "Drains overflowed. Iontas Éireann confirmed that the pumps had failed. It said the "
            "overflows were licensed.",
            [
                ("the pumps had failed", "Iontas Éireann", "cue_that"),
                ("the overflows were licensed", "Iontas Éireann", "cue_that"),
            ],
        ),
        # "and the" closing a list inside a body's name
        (
            "The Department of Tides, Harbours and the Coast said it was studying the judgment.",
            [
                (
                    "it was studying the judgment",
                    "the Department of Tides, Harbours and the Coast",
                    "cue_that",
                )
            ],
        ),
        # a portfolio, a title and a given name: the person
        (
            "Tourism and Heritage Cabinet Secretary Mary Wanjala said the figures were good.",
            [("the figures were good", "Mary Wanjala", "cue_that")],
        ),
        # the article's own person, not an actor of the study's table with the same surname
        (
            "Lucia Costa, 37, runs a shop in Recife. Costa said the line was dead.",
            [("the line was dead", "Lucia Costa", "cue_that")],
        ),
        # a role after a possessive and a capitalised place, then the name in apposition
        (
            "Power was restored on Friday, said Kelbytel’s Wales director, Ffion Rees.",
            [("Power was restored on Friday", "Ffion Rees", "cue_after")],
        ),
        # "the Kelby-based company" before "the company": the firm the lead names
        (
            "Millions of users of the Tarnpay app could not pay on Saturday, the second outage "
            "at the Kelby-based company in a month. The company said refunds were under way.",
            [("refunds were under way", "Tarnpay", "cue_that")],
        ),
        # a product's name in quotation marks names no person
        (
            "Home firm Brightdoor is recalling doorbells. The regulator had reports about the "
            "“Brightdoor Chime 2”. Brightdoor said customers should stop using them.",
            [("customers should stop using them", "Brightdoor", "cue_that")],
        ),
        # "P, the company said": P's subject, not the last firm P names
        (
            "Kelby start-up Tarnlabs has raised $4 million in a round led by Westfield Capital, "
            "the company said.",
            [
                (
                    "Kelby start-up Tarnlabs has raised $4 million in a round led by Westfield "
                    "Capital",
                    "Tarnlabs",
                    "cue_after",
                )
            ],
        ),
        # a North American union's branch by its number
        (
            "Local 512 of the Kelby Bakery Workers Union said it would fight the closure.",
            [
                (
                    "it would fight the closure",
                    "Local 512 of the Kelby Bakery Workers Union",
                    "cue_that",
                )
            ],
        ),
        (
            "Tarn Dockers Local 77 said talks had stalled.",
            [("talks had stalled", "Tarn Dockers Local 77", "cue_that")],
        ),
        # a firm's first word alone after its name with "UK"
        (
            "Parcel firm Swiftline UK told drivers to sign new contracts. Swiftline said it had "
            "consulted drivers.",
            [("it had consulted drivers", "Swiftline UK", "cue_that")],
        ),
        # "Recorder", a judge's title
        (
            "The injuries were grave, said Recorder Jane Pike.",
            [("The injuries were grave", "Jane Pike", "cue_after")],
        ),
        # a shop's name with its "'s" before a verb
        (
            "Supermarket chain Marrow’s has raised the price of its pies. The company said costs "
            "had risen.",
            [("costs had risen", "Marrow’s", "cue_that")],
        ),
        # after "the", a run whose first word is no title names no person ("Sea Rowers")
        (
            "A spokeswoman for the Tarnmouth Sea Rowers club said the slipway was shut. She said "
            "members were angry.",
            [
                ("the slipway was shut", "the Tarnmouth Sea Rowers club", "cue_that"),
                ("members were angry", "the Tarnmouth Sea Rowers club", "cue_that"),
            ],
        ),
        # a business lobby's name ends with "Roundtable", its nationality kept
        (
            "The Tarnian Business Roundtable said the reform was risky.",
            [("the reform was risky", "the Tarnian Business Roundtable", "cue_that")],
        ),
        # a nationality in the lead is no firm for "the company"
        (
            "Kelby Resins has denied it will lay off Bahraini staff. The company said cuts would "
            "hit contractors.",
            [
                ("it will lay off Bahraini staff", "Kelby Resins", "cue_that"),
                ("cuts would hit contractors", "the company", "cue_that"),
            ],
        ),
        # ", which" describes the firm in the apposition: the name before it speaks
        (
            "Ada Mensah, a partner at Tarn Bell solicitors, which represents the tenants, said the "
            "ruling was a landmark.",
            [("the ruling was a landmark", "Ada Mensah", "cue_that")],
        ),
        # a city's or a region's administration in Central Asia
        (
            "Residents will face water cuts from Monday, the city akimat said. The akimat said "
            "supplies would be off for six hours.",
            [
                ("Residents will face water cuts from Monday", "the city akimat", "cue_after"),
                ("supplies would be off for six hours", "the city akimat", "cue_that"),
            ],
        ),
        # Balinese names open with "I" or "Ni"
        (
            "I Ketut Arsawa said only 40 per cent had paid. Ni Luh Sari said the fee was fair.",
            [
                ("only 40 per cent had paid", "I Ketut Arsawa", "cue_that"),
                ("the fee was fair", "Ni Luh Sari", "cue_that"),
            ],
        ),
        # a portfolio, a title and two names: the person, also by the given name alone
        (
            "Tourism and Sports Minister Somkiat Rattanachai said visas would be shortened. "
            "Somkiat said stays had been abused.",
            [
                ("visas would be shortened", "Somkiat Rattanachai", "cue_that"),
                ("stays had been abused", "Somkiat Rattanachai", "cue_that"),
            ],
        ),
        # a place after "On" with a description in apposition names no person
        (
            "On Tarnos, a British visitor, Hannah Kirby, 31, complained about prices. “The beach "
            "is public,” said Stavros Melas, an activist. He said locals were angry.",
            [("locals were angry", "Stavros Melas", "cue_that")],
        ),
        # a title "of" a body "of" another before the name
        (
            "Deputy Chairman of the Council of Ministers Oraz Meredov told the meeting that "
            "construction would begin next year.",
            [("construction would begin next year", "Oraz Meredov", "cue_that")],
        ),
        # "published" after an unnamed source's phrase is no part of it
        (
            "Inflation eased, according to minutes of the rates meeting published on Tuesday.",
            [("Inflation eased", "the rates meeting", "according_to")],
        ),
        # a given name and two surnames, the second with its particle; the Catalan "i"
        (
            "Beatriz Olmedo Sanz de Lara said the wells were dry. Jordi Pla i Ferrer said the "
            "canal would be repaired.",
            [
                ("the wells were dry", "Beatriz Olmedo Sanz de Lara", "cue_that"),
                ("the canal would be repaired", "Jordi Pla i Ferrer", "cue_that"),
            ],
        ),
        # after "the", a nationality before words that open with no given name is a body's
        (
            "The Norwegian Red Cross said 40 volunteers had been sent.",
            [("40 volunteers had been sent", "the Norwegian Red Cross", "cue_that")],
        ),
        # a club's name that a company noun introduced, by its first word alone later
        (
            "Second-division club Falco Rennbach has sacked its coach. Falco said the decision "
            "had been unanimous.",
            [("the decision had been unanimous", "Falco Rennbach", "cue_that")],
        ),
        # "according to" an acronym the article introduced
        (
            "The Kelby Marine Board (KMB) closed the harbour. According to the KMB, three "
            "moorings were damaged.",
            [("three moorings were damaged", "the Kelby Marine Board", "according_to")],
        ),
        # "counsel for X" speaks as a group; with a name in apposition, the name speaks
        (
            "Counsel for the tenants said the eviction notices were invalid. Counsel for one of "
            "the landlords, Priya Walcott, told the court the notices were lawful.",
            [
                ("the eviction notices were invalid", "counsel for the tenants", "cue_that"),
                ("the notices were lawful", "Priya Walcott", "cue_that"),
            ],
        ),
        # plural heads of groups that name people by their work or study
        (
            "The site managers at the depot said the cranes were unsafe. Some postgraduates said "
            "their stipends had not been paid.",
            [
                ("the cranes were unsafe", "the site managers at the depot", "cue_that"),
                ("their stipends had not been paid", "some postgraduates", "cue_that"),
            ],
        ),
        # researchers at a named place in a town, whom "they" stand for in the next sentence
        (
            "Researchers at the Halvard Marine Institute in Bergen tagged 300 cod. They found "
            "that most fish had moved north.",
            [
                (
                    "most fish had moved north",
                    "researchers at the Halvard Marine Institute in Bergen",
                    "cue_that",
                )
            ],
        ),
        # a maker and a model's number after an airline's name are no part of it
        (
            "A Tarnair Boeing 737-800 turned back to Kelby after a bird strike. Tarnair said "
            "nobody had been hurt.",
            [("nobody had been hurt", "Tarnair", "cue_that")],
        ),
        # "their union": the union the article names after it
        (
            "Cabin crew at Kelby Air will strike on Friday, their union said. The Kelby Aircrew "
            "Association said talks had failed.",
            [
                (
                    "Cabin crew at Kelby Air will strike on Friday",
                    "the Kelby Aircrew Association",
                    "cue_after",
                ),
                ("talks had failed", "the Kelby Aircrew Association", "cue_that"),
            ],
        ),
        # the words of the arts and their trade end a body's name
        (
            "The singer will stay with Bluefinch Crown Music, the label said. Ikoro Fine Art "
            "Auctions said a portrait had sold for $2m.",
            [
                (
                    "The singer will stay with Bluefinch Crown Music",
                    "Bluefinch Crown Music",
                    "cue_after",
                ),
                ("a portrait had sold for $2m", "Ikoro Fine Art Auctions", "cue_that"),
            ],
        ),
        # a union's name in apposition speaks; "the company" is the firm, not the union
        (
            "Stagehands at the Tarn Opera Company walked out. The stagehands' union, the Kelby "
            "Guild of Stage Crews, said pay had been frozen. The company said it had offered a "
            "rise.",
            [
                ("pay had been frozen", "the Kelby Guild of Stage Crews", "cue_that"),
                ("it had offered a rise", "the Tarn Opera Company", "cue_that"),
            ],
        ),
        # a document opening a sentence with "A", for "it" in the next; and "according to" a
        # document whose noun follows a group's
        (
            "A staff report presented to councillors found that fares covered half the costs. "
            "It also noted that two depots were full. Three buses were damaged, according to a "
            "fire department report.",
            [
                ("fares covered half the costs", "a staff report", "cue_that"),
                ("two depots were full", "a staff report", "cue_that"),
                ("Three buses were damaged", "a fire department report", "according_to"),
            ],
        ),
        # titles of North American town officials; a union's branch before a title and a name;
        # "Hydro" ends a utility's name
        (
            "Councilmember Rosa Whitcombe said the vote was rushed. Bus Drivers Local 410 "
            "President Gil Moreau said talks had stalled. Tarnfield Hydro said 900 homes were "
            "without power.",
            [
                ("the vote was rushed", "Rosa Whitcombe", "cue_that"),
                ("talks had stalled", "Gil Moreau", "cue_that"),
                ("900 homes were without power", "Tarnfield Hydro", "cue_that"),
            ],
        ),
        # a body a document went to is no speaker; Peru's and Qatar's legal forms end a name
        (
            "Pickets have closed the haul road, Minera Pucará Norte SAA said. In a letter to the "
            "National Mining Council, the company said output had halved. Tarn Gas Company QPSC "
            "said a cargo had left.",
            [
                ("Pickets have closed the haul road", "Minera Pucará Norte SAA", "cue_after"),
                ("output had halved", "Minera Pucará Norte SAA", "cue_that"),
                ("a cargo had left", "Tarn Gas Company QPSC", "cue_that"),
            ],
        ),
        # a firm's name by its first two words; a grid's "Operator"
        (
            "Regulators fined Kelby Bay Shale Resources Corp on Monday. Kelby Bay said it would "
            "appeal. The Southern Grid Market Operator said supply was tight.",
            [
                ("it would appeal", "Kelby Bay Shale Resources Corp", "cue_that"),
                ("supply was tight", "the Southern Grid Market Operator", "cue_that"),
            ],
        ),
        # medical and scientific specialists are roles
        (
            "A senior registrar at a Tarnfield hospital said two wards had closed.",
            [("two wards had closed", "a senior registrar at a Tarnfield hospital", "cue_that")],
        ),
        # a town after "between X and" is no firm; a document the article cited before speaks
        # as "it" after "The memo, ..."
        (
            "Fares on the line between Kelby and Tarnmouth will rise by 9 per cent, according to "
            "a leaked internal memo. The memo, seen by this newspaper, was sent to managers last "
            "week. It warns that ticket sales have fallen.",
            [
                (
                    "Fares on the line between Kelby and Tarnmouth will rise by 9 per cent",
                    "a leaked internal memo",
                    "according_to",
                ),
                ("ticket sales have fallen", "a leaked internal memo", "cue_that"),
            ],
        ),
        # South Asian parties' words for a front or a platform end a body's name
        (
            "The Rashtriya Kisan Morcha said the count had been rigged.",
            [("the count had been rigged", "the Rashtriya Kisan Morcha", "cue_that")],
        ),
        # a spokesperson for a group's noun and its name right after it; "the consortium" for
        # the firm named in apposition before
        (
            "A spokesman for the traders' association Kelby Koopmans said shops would close. The "
            "consortium running the port, Tarn Harbour Partners, closed a quay. The consortium "
            "said the quay was unsafe.",
            [
                ("shops would close", "Kelby Koopmans", "cue_that"),
                ("the quay was unsafe", "Tarn Harbour Partners", "cue_that"),
            ],
        ),
        # a second that-clause joined by "and" after a first with a number's comma in it
        (
            "Ines Calloway said 12,000 homes had no heating and that repairs would take weeks.",
            [
                (
                    "12,000 homes had no heating and that repairs would take weeks",
                    "Ines Calloway",
                    "cue_that",
                )
            ],
        ),
        # a person whose surname is a body's plural noun; a Punjabi given name
        (
            "Superintendent Maria Banks said the hall would reopen. Senior Superintendent of "
            "Police Harjit Kaur Gill said two men were held.",
            [
                ("the hall would reopen", "Maria Banks", "cue_that"),
                ("two men were held", "Harjit Kaur Gill", "cue_that"),
            ],
        ),
        # church officers' titles in apposition
        (
            "Their leader, Catechist John Okello, said the walk was safe.",
            [("the walk was safe", "John Okello", "cue_that")],
        ),
        # an ordinal after "the" is part of a body's name
        (
            "The 4th District Court of Appeal said the contract was void.",
            [("the contract was void", "the 4th District Court of Appeal", "cue_that")],
        ),
        # "the processor" and "the co-op" for the firm named before; a clause that opens
        # with an approximate share ("about a third of"); a group with its place after "But"
        (
            "Harrow Vale Co-op has raised its milk price, the processor said. The co-op said "
            "that feed costs had risen. The guild said about a third of its members had quit. "
            "But fishmongers in Portlow warned that cod would cost more.",
            [
                ("Harrow Vale Co-op has raised its milk price", "Harrow Vale Co-op", "cue_after"),
                ("feed costs had risen", "Harrow Vale Co-op", "cue_that"),
                ("about a third of its members had quit", "the guild", "cue_that"),
                ("cod would cost more", "fishmongers in Portlow", "cue_that"),
            ],
        ),
        # a document's author: a body's name with "of" before its possessive, two words that
        # describe the document, "The latest forecast from"; "and the statement added" is
        # itself
        (
            "According to the Ministry of Fisheries’ monthly landings report, cod catches fell. "
            "The Board of Trade's annual report said exports rose. The latest forecast from the "
            "Tarn weather bureau said rain would ease. A statement from the Kelby Trust said fees "
            "would rise. The warden promised talks, and the statement added that the hall would "
            "stay open.",
            [
                ("cod catches fell", "the Ministry of Fisheries", "according_to"),
                ("exports rose", "the Board of Trade", "cue_that"),
                ("rain would ease", "the Tarn weather bureau", "cue_that"),
                ("fees would rise", "the Kelby Trust", "cue_that"),
                ("the hall would stay open", "the statement", "cue_that"),
            ],
        ),
        # a group's place "in the town of" a name with particles; a Hispanic American given
        # name that the name-gender dataset lacks
        (
            "Shopkeepers in the town of San Pedro de la Sierra told reporters that they paid "
            "gangs. Economist Yuleisy Carolina Pérez Mora said prices would rise.",
            [
                (
                    "they paid gangs",
                    "shopkeepers in the town of San Pedro de la Sierra",
                    "cue_that",
                ),
                ("prices would rise", "Yuleisy Carolina Pérez Mora", "cue_that"),
            ],
        ),
        # a lead's firm described after its clause, though its name looks like a person's; a
        # person's name with a given name is no firm, nor is a nationality's adjective
        (
            "Tarvik Glass will cut 120 jobs, the Swedish packaging group said. Ines Moll will "
            "lead the plant, the company said.",
            [
                ("Tarvik Glass will cut 120 jobs", "Tarvik Glass", "cue_after"),
                ("Ines Moll will lead the plant", "the company", "cue_after"),
            ],
        ),
        # a body's name "of" something, then a title or a role and the person's name
        (
            "Bank of Tarnland Governor Ines Moll said rates would rise. Office of Water Supply "
            "senior hydrologist Tom Reed said the river would peak.",
            [
                ("rates would rise", "Ines Moll", "cue_that"),
                ("the river would peak", "Tom Reed", "cue_that"),
            ],
        ),
        # a relative clause that ends in a quotation with its comma inside the closing mark;
        # a restaurateur is a role
        (
            "Jane Doe, who called the plan “reckless,” said it would fail. Restaurateur Omar "
            "Tilly said his orders fell.",
            [
                ("it would fail", "Jane Doe", "cue_that"),
                ("his orders fell", "Omar Tilly", "cue_that"),
            ],
        ),
        # "the confederation" for the one named before; a role and its field before a name in
        # apposition
        (
            "The Kelby Rowing Confederation ordered a new vote. The confederation said in a "
            "statement that it would comply. One of them, head of recruitment Ola Berg, told the "
            "tribunal that the decision was hasty.",
            [
                ("it would comply", "the Kelby Rowing Confederation", "cue_that"),
                ("the decision was hasty", "Ola Berg", "cue_that"),
            ],
        ),
        # a noun that describes the next is no mention of the body: "the next six tour events"
        (
            "The Kelby Golf Tour suspended 14 players. They were barred from the next six tour "
            "events. The tour denied that any permission had been given.",
            [("any permission had been given", "Kelby Golf Tour", "cue_that")],
        ),
        # the nouns of shipbuilding for a firm: "yard", "the shipbuilder"
        (
            "Tarn yard Kelmar Heavy Industries has won an order for six ferries, the shipbuilder "
            "announced.",
            [
                (
                    "Tarn yard Kelmar Heavy Industries has won an order for six ferries",
                    "Kelmar Heavy Industries",
                    "cue_after",
                )
            ],
        ),
        # a document an office signs for its body is the document's own
        (
            "The notice, signed by the harbour master, said the quay was closed.",
            [("the quay was closed", "the notice", "cue_that")],
        ),
        # the Dutch capital "IJ" inside a name
        (
            "Its builder, Bouwbedrijf IJsseldijk, said the quay would reopen.",
            [("the quay would reopen", "Bouwbedrijf IJsseldijk", "cue_that")],
        ),
        # a club's first words after its full name are no person's name
        (
            "The coach worked at Kelby Otters Swimming Club for years. Kelby Otters said in a "
            "statement that he had been suspended. The statement added that police had been told.",
            [
                ("he had been suspended", "Kelby Otters Swimming Club", "cue_that"),
                ("police had been told", "the statement", "cue_that"),
            ],
        ),
        # a person's report with a number among its words, and "It" for it next
        (
            "An inquiry was led by Ruth Amadi. Amadi's 90-page report, published on Friday, said "
            "coaches had bullied riders. It found that complaints were ignored.",
            [
                ("coaches had bullied riders", "Ruth Amadi", "cue_that"),
                ("complaints were ignored", "Ruth Amadi", "cue_that"),
            ],
        ),
        # when it was said, after the cue; a body's two-word noun owning its report; a tour
        (
            "Riders under 16 will be barred, the union announced on Saturday after a vote by its "
            "board in Lyon. The finance department's report, due out next week, found that costs "
            "had doubled. The Pacific Golf Tour has fined two players, the tour said.",
            [
                ("Riders under 16 will be barred", "the union", "cue_after"),
                ("costs had doubled", "the finance department", "cue_that"),
                (
                    "The Pacific Golf Tour has fined two players",
                    "the Pacific Golf Tour",
                    "cue_after",
                ),
            ],
        ),
        # the speaker after an inverted cue is a subject, "He" next; so is a name after an
        # opening phrase of several words
        (
            "Finance Minister Tolvar Essenby told MPs the plan was sound. “It borrows from our "
            "children,” said Kirrin Mabbe, an opposition lawmaker. He claimed that half the money "
            "had gone to coalition seats.\n\nAt a hall in the old port, Dessa Rimmick, 38, said "
            "the road was cut. “We carried the children,” she said.",
            [
                ("the plan was sound", "Tolvar Essenby", "cue_that"),
                ("half the money had gone to coalition seats", "Kirrin Mabbe", "cue_that"),
                ("the road was cut", "Dessa Rimmick", "cue_that"),
            ],
        ),
        # "Former" opens no firm's name; the Swahili "Mheshimiwa" is a title; a country's
        # name of two words as a possessive owns "the government"
        (
            "Regulators fined Voltana on Monday. Former Voltana engineer Abel Mosi said the plant "
            "was badly run.\n\nVoltana said it would study the ruling. “We will appeal,” said "
            "Mheshimiwa Baraka Oloo, the energy committee chair. Oloo said the fine was too small."
            "\n\nCôte d'Ivoire's government has raised the price of cocoa. The government said "
            "the rise would reward farmers.",
            [
                ("the plant was badly run", "Abel Mosi", "cue_that"),
                ("it would study the ruling", "Voltana", "cue_that"),
                ("the fine was too small", "Baraka Oloo", "cue_that"),
                ("the rise would reward farmers", "Côte d'Ivoire's government", "cue_that"),
            ],
        ),
        # a participle after a quotation of two clauses: "it" inside the quotation is no
        # subject of the sentence
        (
            "The Vantor Electoral Board declared Ama Tsikata the winner. Turnout was low, the "
            'board said.\n\nKofi Larbi rejected the result. "This was not a vote, it was a '
            'deal," he posted on X, adding that his agents had been barred.',
            [
                ("Turnout was low", "the Vantor Electoral Board", "cue_after"),
                ("his agents had been barred", "Kofi Larbi", "participle"),
            ],
        ),
        # an adviser to a body owned by a possessive, named later; a chancellery speaks
        (
            "An adviser to the EU's top court said on Thursday that the tax deal was unlawful."
            "\n\nIn her opinion, Advocate General Orla Brannock wrote that the ruling had been "
            "wrong. In a statement, the presidential chancellery said the bill had been rushed.",
            [
                ("the tax deal was unlawful", "Orla Brannock", "cue_that"),
                ("the ruling had been wrong", "Orla Brannock", "cue_that"),
                ("the bill had been rushed", "the presidential chancellery", "cue_that"),
            ],
        ),
        # a jurisdiction's word before a body's name is part of it
        (
            "The state Department of Revenue said the tax raised $9 million.",
            [("the tax raised $9 million", "the state Department of Revenue", "cue_that")],
        ),
        # an organisation's initials, never introduced in brackets, stand for its name
        (
            "The Coastal Science Foundation has cut 400 grants. The CSF said the cuts were needed.",
            [("the cuts were needed", "the Coastal Science Foundation", "cue_that")],
        ),
        # a noun cue as the subject of a verb cue; "written" before a document describes it;
        # a panel's written reasons are its own
        (
            "Rian Brandt was banned for six weeks. The panel's ruling said the tackle was "
            "reckless. The tribunal's written reasons stated that Brandt had lifted the player. "
            "The written judgment said the contact was dangerous.",
            [
                ("the tackle was reckless", "the panel", "cue_that"),
                ("Brandt had lifted the player", "the tribunal", "cue_that"),
                ("the contact was dangerous", "the written judgment", "cue_that"),
            ],
        ),
        # initials: "A." opening a name, the Telugu "Ch.", one after a title after a body's
        # name of "of"
        (
            "A. B. K. Ravindran, the election commissioner, said polling would be peaceful. "
            "Managing director Ch. Srinivasa Murthy said 30 localities would be hit. Controller "
            "of Examinations Dr P. Latha Karunakar said results would be out.",
            [
                ("polling would be peaceful", "A. B. K. Ravindran", "cue_that"),
                ("30 localities would be hit", "Ch. Srinivasa Murthy", "cue_that"),
                ("results would be out", "P. Latha Karunakar", "cue_that"),
            ],
        ),
        # "Another" after "One delegate": another delegate; "Another source" in lower case
        (
            "One delegate, who asked not to be named, said the talks were short. Another said "
            "the mood was calm. Another source said exports would be delayed.",
            [
                ("the talks were short", "one delegate", "cue_that"),
                ("the mood was calm", "another delegate", "cue_that"),
                ("exports would be delayed", "another source", "cue_that"),
            ],
        ),
        # "cannot" is a clause's finite verb, also inside a quotation
        (
            "Eoin Marrable said tenants cannot absorb more rises. Ruth Kemble said landlords "
            '"cannot go on like this".',
            [
                ("tenants cannot absorb more rises", "Eoin Marrable", "cue_that"),
                ('landlords "cannot go on like this"', "Ruth Kemble", "cue_that"),
            ],
        ),
        # an unnamed spokesperson after a body's name with "of" or "and" speaks for the body
        (
            "A Department of Culture and Heritage spokesperson said the grant had been paid. A "
            "Ministry of Water spokesman said supplies were safe.",
            [
                ("the grant had been paid", "Department of Culture and Heritage", "cue_that"),
                ("supplies were safe", "Ministry of Water", "cue_that"),
            ],
        ),
        # the Swahili "Dkt." ends no sentence; "the party" for a party with another head word,
        # also after a connector of another language
        (
            "The Speaker, Mheshimiwa Dkt. Neema Lukumay, ruled that an MP of the Chama cha "
            "Wakulima had broken the rules.\n\nIn a letter, the party argued that the ban was "
            "unfair. The opposition Alliance for Renewal also wrote. The party said the ruling "
            "was rushed.",
            [
                (
                    "an MP of the Chama cha Wakulima had broken the rules",
                    "Neema Lukumay",
                    "cue_that",
                ),
                ("the ban was unfair", "the Chama cha Wakulima", "cue_that"),
                ("the ruling was rushed", "Alliance for Renewal", "cue_that"),
            ],
        ),
        # a religious order is an organisation, with its "of" phrase
        (
            "The Lebanese Order of Hermit Monks said the harvest was small.",
            [("the harvest was small", "the Lebanese Order of Hermit Monks", "cue_that")],
        ),
        # a group keeps the participle's phrase that says what its members are doing; a
        # "Community" ends a body's name
        (
            "Parents waiting outside said the gates were locked. Growers picketing the Tarnby "
            "depot said prices had halved. West Coast leaders meeting in Kelby said they were "
            "ready. The Northern Coastal Fisheries Community said stocks were low.",
            [
                ("the gates were locked", "parents waiting outside", "cue_that"),
                ("prices had halved", "growers picketing the Tarnby depot", "cue_that"),
                ("they were ready", "West Coast leaders meeting in Kelby", "cue_that"),
                (
                    "stocks were low",
                    "the Northern Coastal Fisheries Community",
                    "cue_that",
                ),
            ],
        ),
        # bodies' names in other languages opening with their kind, or joined by "en"; a body's
        # "Directorate General" is no general
        (
            "Deutsche Kelbahn Logistik said the strike was unlawful. The Osservatorio Tarnese "
            "Trasporti said fares rose. The Comisión Federal de Vigilancia en el Transporte "
            "said buses were late. The Directorate General of Inland Shipping said locks were "
            "shut. The Dirección General de Aguas Interiores said wells were dry. HC Tarnby "
            "said the match was off. Asociația Arbitrilor Kelbeni said the ban was lenient. "
            "The Tarn Court of Arbitration for Trade said the fine stood.",
            [
                ("the strike was unlawful", "Deutsche Kelbahn Logistik", "cue_that"),
                ("fares rose", "the Osservatorio Tarnese Trasporti", "cue_that"),
                (
                    "buses were late",
                    "the Comisión Federal de Vigilancia en el Transporte",
                    "cue_that",
                ),
                ("locks were shut", "the Directorate General of Inland Shipping", "cue_that"),
                ("wells were dry", "the Dirección General de Aguas Interiores", "cue_that"),
                ("the match was off", "HC Tarnby", "cue_that"),
                ("the ban was lenient", "Asociația Arbitrilor Kelbeni", "cue_that"),
                ("the fine stood", "the Tarn Court of Arbitration for Trade", "cue_that"),
            ],
        ),
        # "According to" a role, then the person in apposition: the person's; not a name that
        # opens P with its age and verb
        (
            "According to the Minister of Ports, Ilse Varga, the dredging had finished. "
            "According to police, Tomas Brevik, 41, was held overnight.",
            [
                ("the dredging had finished", "Ilse Varga", "according_to"),
                ("Tomas Brevik, 41, was held overnight", "police", "according_to"),
            ],
        ),
        # after a team's name and a role; past a relative clause on the source
        (
            "According to former Tarn Rovers goalkeeper Mikael Strand, the pitch was "
            "flooded. According to the trust, which owns the ground, the lease has ended.",
            [
                ("the pitch was flooded", "Mikael Strand", "according_to"),
                ("the lease has ended", "the trust", "according_to"),
            ],
        ),
        # a body's name with a list in it after "according to"; a firm named by its industry;
        # a hyphenated "Vice-" title
        (
            "According to the Ministry of Ports, Canals and Inland Waterways, traffic rose. "
            "Tarnby Aluminium said prices fell. It added that output was steady. "
            "Vice-President Odile Marchetti said the rules were final. The Tarn Glacier "
            "Survey said the ice had thinned.",
            [
                (
                    "traffic rose",
                    "the Ministry of Ports, Canals and Inland Waterways",
                    "according_to",
                ),
                ("prices fell", "Tarnby Aluminium", "cue_that"),
                ("output was steady", "Tarnby Aluminium", "cue_that"),
                ("the rules were final", "Odile Marchetti", "cue_that"),
                ("the ice had thinned", "the Tarn Glacier Survey", "cue_that"),
            ],
        ),
        # the name someone unnamed gave, after where they work, or as a surname with a title
        (
            "A welder from Tarnby, who asked to be identified only as Ravi, said the shifts "
            "had moved. A clerk who gave only her surname, Quarshie, said pay was late. The "
            "owner, who wished to be named only as Mr Brill, said the shop would close.",
            [
                ("the shifts had moved", "Ravi", "cue_that"),
                ("pay was late", "Quarshie", "cue_that"),
                ("the shop would close", "Brill", "cue_that"),
            ],
        ),
        # a body's acronym in apposition to its description, or opening the sentence before
        # "it"; a name in apposition that someone unnamed gave
        (
            "The cabin crew union, UCTA, said talks had failed. The air navigation provider, "
            "TNAV-Sud, said radar was down. The TCAA, Tarn's aviation regulator, grounded the "
            "jets. It warned that checks would take weeks. The pilots' association, PAT, said "
            "pay was frozen. Later, it added, the union would vote. One of the riders, a "
            "man who gave his name as Teodor, said the boat had sunk.",
            [
                ("talks had failed", "UCTA", "cue_that"),
                ("radar was down", "TNAV-Sud", "cue_that"),
                ("checks would take weeks", "the TCAA", "cue_that"),
                ("pay was frozen", "PAT", "cue_that"),
                ("Later, it added, the union would vote", "PAT", "cue_inside"),
                ("the boat had sunk", "Teodor", "cue_that"),
            ],
        ),
        # two firms joined by "and", each speaking alone later
        (
            "The Tarn Aviation Administration said Brisa Jet and Condor Air had broken the "
            "rules. Condor Air said it would appeal. Brisa Jet said it had retrained its "
            "pilots. The regulator said the fines stood.",
            [
                (
                    "Brisa Jet and Condor Air had broken the rules",
                    "the Tarn Aviation Administration",
                    "cue_that",
                ),
                ("it would appeal", "Condor Air", "cue_that"),
                ("it had retrained its pilots", "Brisa Jet", "cue_that"),
                ("the fines stood", "the Tarn Aviation Administration", "cue_that"),
            ],
        ),
        # a body's name after its description in apposition, also for "it" after it; a talent
        # agency; a ship's deckhand as a role before a name
        (
            "Tarn's sea rescue service, Rescate Costero, said the slick had spread. It "
            "estimated that the wreck held fuel. Members of the band Glasswing sued Orla "
            "Entertainment. The agency said it had paid them. Deckhand Xoán Pereira Lage said "
            "the ship listed.",
            [
                ("the slick had spread", "Rescate Costero", "cue_that"),
                ("the wreck held fuel", "Rescate Costero", "cue_that"),
                ("it had paid them", "Orla Entertainment", "cue_that"),
                ("the ship listed", "Xoán Pereira Lage", "cue_that"),
            ],
        ),
        # "the company" is never the exchange a firm files with; a property firm's "Realty"
        (
            "Huarong Vale Homes Co Ltd expects a loss, the developer said in a warning filed "
            "with the Kelby Stock Exchange. The company said debts would be repaid. Crestmoor "
            "Bay Realty said prices had dropped.",
            [
                (
                    "Huarong Vale Homes Co Ltd expects a loss",
                    "Huarong Vale Homes Co Ltd",
                    "cue_after",
                ),
                ("debts would be repaid", "Huarong Vale Homes Co Ltd", "cue_that"),
                ("prices had dropped", "Crestmoor Bay Realty", "cue_that"),
            ],
        ),
        # the name a group gives itself, before a cue or opening the sentence before "it"
        (
            "A hacker group calling itself “Tarn Owls” said it had breached the port. A gang "
            "calling itself ‘Ninefold’ posted files online, claiming it had taken payroll data.",
            [
                ("it had breached the port", "Tarn Owls", "cue_that"),
                ("it had taken payroll data", "Ninefold", "participle"),
            ],
        ),
        # "the hospital" for a medical centre, "the authority" for a council named before
        (
            "A cyberattack has forced Kelby Ridge Medical Center to divert ambulances, the "
            "hospital said. Tarnvale Borough Council was also hit. The authority said payroll "
            "records were taken.",
            [
                (
                    "A cyberattack has forced Kelby Ridge Medical Center to divert ambulances",
                    "Kelby Ridge Medical Center",
                    "cue_after",
                ),
                ("payroll records were taken", "Tarnvale Borough Council", "cue_that"),
            ],
        ),
        # "the museum" for a museum named in another language
        (
            "The Musée des Beaux-Arts de Tarnac has returned a painting. The museum said the "
            "claim was settled.",
            [("the claim was settled", "the Musée des Beaux-Arts de Tarnac", "cue_that")],
        ),
        # a weekday is no firm for "it" (nor is a one-word name opening a sentence)
        ("Tarnair cut 40 flights on Monday. It warned that fares would rise.", []),
        # someone unnamed at "another" workplace; a firm's name after its trade
        (
            "An engineer at another refinery, who declined to be named, said the plant would "
            "close. Analysts at Leeds broker Hallam Partners estimated the shares were worth more.",
            [
                ("the plant would close", "an engineer at another refinery", "cue_that"),
                (
                    "the shares were worth more",
                    "analysts at Leeds broker Hallam Partners",
                    "cue_that",
                ),
            ],
        ),
        # an acronym after a name with "and" in it; a letter and a hyphen open a railway's name
        # (not a party's letter before a district)
        (
            "Drivers struck after the Kelby Roads and Safety Authority (KRSA) set a deadline. The "
            "KRSA insisted that the rules would stay. S-Bahn Tarnow said one train in four ran.",
            [
                ("the rules would stay", "the Kelby Roads and Safety Authority", "cue_that"),
                ("one train in four ran", "S-Bahn Tarnow", "cue_that"),
            ],
        ),
        (
            "Sen. Ada Ruiz, R-Kelby, said the bill was dead.",
            [("the bill was dead", "Ada Ruiz", "cue_that")],
        ),
        # a brand's "&" or "+" inside its name or "+" after it; users and recipients speak
        (
            "Pella&Finch said it had a duty to act. Streaming service Kelbo+ said it would raise "
            "prices. Wheelchair users in Tarnow say the buses are no easier to board.",
            [
                ("it had a duty to act", "Pella&Finch", "cue_that"),
                ("it would raise prices", "Kelbo+", "cue_that"),
                (
                    "the buses are no easier to board",
                    "Wheelchair users in Tarnow",
                    "cue_that",
                ),
            ],
        ),
        # Canadian usage: a department's name with "and" that ends in the country's
        (
            "Fisheries and Oceans Canada said the stock was low.",
            [("the stock was low", "Fisheries and Oceans Canada", "cue_that")],
        ),
        # a group by what it is made of, before a comma, as the subject of a later verb
        (
            "A group of 12 parishes, mostly in the west, met on Monday and said they would leave.",
            [("they would leave", "a group of 12 parishes", "cue_that")],
        ),
        # a web address's ending in a firm's name; an acronym of six letters before a name
        (
            "Tarnpay.ng said it had dismissed three agents. The KELCOM Court of Justice ruled "
            "that the ban was unlawful.",
            [
                ("it had dismissed three agents", "Tarnpay.ng", "cue_that"),
                ("the ban was unlawful", "the KELCOM Court of Justice", "cue_that"),
            ],
        ),
        # "the service" for a branch of the armed forces named before
        (
            "The Tarn Navy missed its recruiting goal. The service said it was confident that "
            "new courses would help.",
            [("it was confident that new courses would help", "Tarn Navy", "cue_that")],
        ),
        # a count before a body and its members opens no name
        (
            "Two Kelby National Guard soldiers were hurt when a shell burst, the Guard said.",
            [
                (
                    "Two Kelby National Guard soldiers were hurt when a shell burst",
                    "Kelby National Guard",
                    "cue_after",
                )
            ],
        ),
        # a traveller by where they come from
        (
            "A honeymooner from Tarn said she had filled in the form online.",
            [("she had filled in the form online", "a honeymooner from Tarn", "cue_that")],
        ),
        # the members of a people's nation, as written; a steelmaker's name without its trade
        (
            "Members of the Torvik First Nation set up a blockade on Monday, saying they had "
            "never agreed to the mine. Steelmaker Forja Norte SA said it had shut a furnace.",
            [
                (
                    "they had never agreed to the mine",
                    "members of the Torvik First Nation",
                    "participle",
                ),
                ("it had shut a furnace", "Forja Norte SA", "cue_that"),
            ],
        ),
        # after "admitted" or "denied", "it" and a verb in the past open a clause; "it"
        # alone is the object
        (
            "Kelby Mills admitted it underpaid 300 staff, and denied it outright.",
            [("it underpaid 300 staff", "Kelby Mills", "cue_that")],
        ),
        # a report that an acronym in mixed case owns, introduced before: its body's
        (
            "The Kelby Schools Authority (KeSA) said fees were high. KeSA's annual report, "
            "released on Monday, found that many schools had no licence.",
            [
                ("fees were high", "the Kelby Schools Authority", "cue_that"),
                ("many schools had no licence", "the Kelby Schools Authority", "cue_that"),
            ],
        ),
        # a body whose capitalised noun opens a longer name after a modifier
        (
            "A spokesperson for the federal Department of Tarn Affairs said the caps were fair.",
            [("the caps were fair", "the federal Department of Tarn Affairs", "cue_that")],
        ),
        # a dateline whose region has "of" in it is no part of the clause
        (
            "MARR, Republic of the Tarn Islands (Wirepress) - Two rangers were hurt, the agency "
            "said.",
            [("Two rangers were hurt", "the agency", "cue_after")],
        ),
        # a group counted with a bound keeps it
        (
            "More than 300 residents said the permit was unlawful.",
            [("the permit was unlawful", "More than 300 residents", "cue_that")],
        ),
        # a document with two words that describe it, then its author
        (
            "Rents rose 4%, according to the quarterly lettings survey of the Kelby Agents Guild.",
            [("Rents rose 4%", "the Kelby Agents Guild", "according_to")],
        ),
        # a country's name after a Spanish body's first word is no given name
        (
            "The Cámara Argentina de Molinos Tarneños said flour would cost more.",
            [("flour would cost more", "the Cámara Argentina de Molinos Tarneños", "cue_that")],
        ),
        # "claims" after a subject with no owner and no verb after the clause: a verb; a
        # start-up described after its clause is the firm named in it
        (
            "The lawsuit claims that the files were stolen. Kelbo AI has raised $4 million, the "
            "Tel Tarn-based start-up said.",
            [
                ("the files were stolen", "the lawsuit", "cue_that"),
                ("Kelbo AI has raised $4 million", "Kelbo AI", "cue_after"),
            ],
        ),
        # a title and a name in apposition to a company noun: a person, named by surname later
        (
            "The Kelby Echo will close, its publisher, Alhaji Musa Tarn-Reed, announced. "
            "Tarn-Reed said 60 staff would stay.",
            [
                ("The Kelby Echo will close", "Musa Tarn-Reed", "cue_after"),
                ("60 staff would stay", "Musa Tarn-Reed", "cue_that"),
            ],
        ),
        # a role and a name after a party's name and its acronym
        (
            "Kelby Alliance for Tarn Unity (KATU) district governor Ada Marr said her members "
            "were attacked.",
            [("her members were attacked", "Ada Marr", "cue_that")],
        ),
        # free-zone, Faroese and Chilean legal forms end a company's name; a company's seat
        # after its legal form is no part of it
        (
            "Kelby Arc Trading FZE denied that it knew. The ship's owner, Tarnvik Shipping P/F "
            "of Marrow, said its crew was safe. Trade group Kelby Sur A.G. said talks would "
            "resume.",
            [
                ("it knew", "Kelby Arc Trading FZE", "cue_that"),
                ("its crew was safe", "Tarnvik Shipping P/F", "cue_that"),
                ("talks would resume", "Kelby Sur A.G.", "cue_that"),
            ],
        ),
        # two people or two bodies joined by "and" speak together, as the codebook names
        # them; so do two names in apposition to a group (not a body before a role)
        (
            "Ada Ruiz and Tom Okafor, who teach in Kelby, said they paid for the books. Two "
            "drivers, Ines Kerr and Oren Falk, told the paper they worked 60 hours. Kelby "
            "Power and Tarn Water Ltd said bills would rise. Health and Safety Minister Ada "
            "Marr said the rule stands.",
            [
                ("they paid for the books", "Ada Ruiz and Tom Okafor", "cue_that"),
                ("they worked 60 hours", "Ines Kerr and Oren Falk", "cue_that"),
                ("bills would rise", "Kelby Power and Tarn Water Ltd", "cue_that"),
                ("the rule stands", "Ada Marr", "cue_that"),
            ],
        ),
        # a document's date after "from" is no author, and its name keeps it
        (
            "An inspection report from November, seen by reporters, warned that the doors "
            "were locked. An audit from last spring found that the books were wrong.",
            [
                ("the doors were locked", "an inspection report from November", "cue_that"),
                ("the books were wrong", "an audit from last spring", "cue_that"),
            ],
        ),
        # a body's capitalised name that ends in a role word is the body, not the unnamed
        # spokeswoman for it named before
        (
            "Nine people died, a spokeswoman for the Kelby Border Guard said. The Kelby Border "
            "Guard has denied that its officers push people back.",
            [
                ("Nine people died", "the Kelby Border Guard", "cue_after"),
                ("its officers push people back", "the Kelby Border Guard", "cue_that"),
            ],
        ),
        # a record kept or gathered by a body speaks for it
        (
            "Nine people have died, according to a tally kept by the Tarn Witness Foundation. "
            "Dozens were left in the desert, according to testimonies gathered by the rights "
            "group Kelby Watch.",
            [
                ("Nine people have died", "the Tarn Witness Foundation", "according_to"),
                ("Dozens were left in the desert", "Kelby Watch", "according_to"),
            ],
        ),
        # "without" and Filipino "ng" and "mga" join a body's name
        (
            "One in four were minors, Infancia sin Fronteras said. Samahan ng mga Tsuper said "
            "4,000 drivers took part.",
            [
                ("One in four were minors", "Infancia sin Fronteras", "cue_after"),
                ("4,000 drivers took part", "Samahan ng mga Tsuper", "cue_that"),
            ],
        ),
        # a union's local after its name and a comma is neither a person nor the speaker
        (
            "Ada Ruiz, president of the Kelby Dock Workers Union, Local 402, said the port was "
            "shut. She told reporters that members refused overtime.",
            [
                ("the port was shut", "Ada Ruiz", "cue_that"),
                ("members refused overtime", "Ada Ruiz", "cue_that"),
            ],
        ),
        # "for" and a field with "and" after a body's word is its name, not a client's ("the
        # institute" later is all of it); two bodies that spoke together are "it" later
        (
            "A study by the Kelby Institute for Forest and Climate Research found that soils "
            "dried. The institute reported that rain fell. Fares will rise, Kelby Rail and "
            "Tarn Water Ltd have confirmed. It insisted that service would not suffer.",
            [
                ("soils dried", "the Kelby Institute for Forest and Climate Research", "cue_that"),
                ("rain fell", "the Kelby Institute for Forest and Climate Research", "cue_that"),
                ("Fares will rise", "Kelby Rail and Tarn Water Ltd", "cue_after"),
                ("service would not suffer", "Kelby Rail and Tarn Water Ltd", "cue_that"),
            ],
        ),
        # a document after a body's one word, never introduced, is that body's (its full name
        # where it was given); a nationality's is the document's own
        (
            "A Tarnex report found that the town had shrunk. Velmart's study said rents rose. A "
            "British study found that wages fell. Kelby Port Holdings, the operator, cut jobs. "
            "Kelby's annual report said throughput rose. One post said the dam broke.",
            [
                ("the town had shrunk", "Tarnex", "cue_that"),
                ("rents rose", "Velmart", "cue_that"),
                ("wages fell", "a British study", "cue_that"),
                ("throughput rose", "Kelby Port Holdings", "cue_that"),
                ("the dam broke", "one post", "cue_that"),
            ],
        ),
        # "the agency" right after a body named by its acronym alone spoke is that body (not
        # two sentences on: "the court" is the court); a body's noun after two modifiers
        # joined by "and" is named as before
        (
            "The rover found ice, KNSA said. The agency said more tests would follow. A court "
            "fined a builder, broadcaster KTV reported. It was rare. The court found that "
            "money was lost. A ferry sank, Tarnland's search and rescue agency said. Nine "
            "were missing, the agency said.",
            [
                ("The rover found ice", "KNSA", "cue_after"),
                ("more tests would follow", "KNSA", "cue_that"),
                ("A court fined a builder", "KTV", "cue_after"),
                ("money was lost", "the court", "cue_that"),
                ("A ferry sank", "Tarnland's search and rescue agency", "cue_after"),
                ("Nine were missing", "Tarnland's search and rescue agency", "cue_after"),
            ],
        ),
        # so is a body named by one word that spoke in the sentence before (not a person)
        (
            "Tarnwatch said on Monday that bidders needed more time. The regulator said the "
            "auction would open in March. Jo Okafor, a trader, said prices were high. The "
            "agency said it would act.",
            [
                ("bidders needed more time", "Tarnwatch", "cue_that"),
                ("the auction would open in March", "Tarnwatch", "cue_that"),
                ("prices were high", "Jo Okafor", "cue_that"),
                ("it would act", "the agency", "cue_that"),
            ],
        ),
        # a verb of naming and its "as" end no clause before them; a body's one-word name
        # after its noun is the source; a spokesman for a rival or "her rival" speaks for the
        # name after it
        (
            "Kelby Bank will cut its fees, the lender said, in a move analysts hailed as bold. "
            "Prices rose, according to the statistics agency TSA. A spokesman for rival "
            "Velmart said the company was reviewing its options. A spokesman for her rival "
            "Tom Okafor said he would appeal.",
            [
                ("Kelby Bank will cut its fees", "Kelby Bank", "cue_after"),
                ("Prices rose", "TSA", "according_to"),
                ("the company was reviewing its options", "Velmart", "cue_that"),
                ("he would appeal", "Tom Okafor", "cue_that"),
            ],
        ),
        # a two-word nationality is no person's name; a document's author as the pronoun of
        # its relative clause; "Solidarity" ends a body's name; a plural possessive with no
        # determiner owns a noun cue; "a/l" joins a Malaysian name, and "Mohd" after given
        # names opens the father's name, not a new name
        (
            "A Sierra Leonean labour court struck down the rule, ruling that it breached the "
            "constitution. Tarn Mobile has since changed its app, according to a statement it "
            "released on Friday. A civic group, Citizens' Solidarity for Clean Air, said the "
            "fine was too small. The judge rejected prosecutors' allegations that the clerk "
            "had lied. Defence counsel Rajan a/l Muthusamy said his client would appeal. Ahmad "
            "Danial Mohd Salleh, a clerk, said the bail was too high. Ahmad added that he was "
            "tired.",
            [
                ("it breached the constitution", "a Sierra Leonean labour court", "participle"),
                ("Tarn Mobile has since changed its app", "Tarn Mobile", "according_to"),
                ("the fine was too small", "Citizens' Solidarity for Clean Air", "cue_that"),
                ("the clerk had lied", "prosecutors", "noun_that"),
                ("his client would appeal", "Rajan a/l Muthusamy", "cue_that"),
                ("the bail was too high", "Ahmad Danial Mohd Salleh", "cue_that"),
                ("he was tired", "Ahmad Danial Mohd Salleh", "cue_that"),
            ],
        ),
        # a body's noun later is the body named before with a common noun's or a country's
        # possessive (and a plural's); a league's or a club's name opens with its kind
        (
            "Tarn Rovers lost an appeal to the federation's appeals panel. The panel said fans "
            "had thrown bottles. Norway's judges' council met on Monday. The council said the "
            "rule was lawful. Liga Nacional Kelby said it had paid the players. KV Marrebeek "
            "said all fees were settled.",
            [
                ("fans had thrown bottles", "the federation's appeals panel", "cue_that"),
                ("the rule was lawful", "Norway's judges' council", "cue_that"),
                ("it had paid the players", "Liga Nacional Kelby", "cue_that"),
                ("all fees were settled", "KV Marrebeek", "cue_that"),
            ],
        ),
        # armed forces' abbreviated ranks and clerics' titles are no part of the name, nor
        # are they a company's after a company's noun and a comma; "the Brewery ..." keeps
        # its company noun
        (
            "Navy spokesman Cmdr Ilse Marrow-Vane said the frigate would sail. A spokesman, "
            "Mawlawi Karim Hotak, denied that any troops had crossed. Appearing on Monday, the "
            "head of the agency's drone capability acquisition group, Air Vice-Marshal Ines "
            "Calloway, said the drone was late. The Brewery Workers' Federation said that wages "
            "were low. Kelby Ales rejected the federation's claim that staff were underpaid.",
            [
                ("the frigate would sail", "Ilse Marrow-Vane", "cue_that"),
                ("any troops had crossed", "Karim Hotak", "cue_that"),
                ("the drone was late", "Ines Calloway", "cue_that"),
                ("wages were low", "the Brewery Workers' Federation", "cue_that"),
                ("staff were underpaid", "the Brewery Workers' Federation", "cue_that"),
            ],
        ),
        # "Scheme" ends a body's name; rectors and deans are groups; a group keeps a long
        # capitalised name after "at", with its particles, and a school's name its first word
        (
            "The National Student Loans Scheme said payments were late. Rectors of at least 12 "
            "public universities warned that they could not pay staff. Parents at the "
            "Institución Educativa San Tarn de la Loma said their children were ill.",
            [
                ("payments were late", "the National Student Loans Scheme", "cue_that"),
                (
                    "they could not pay staff",
                    "rectors of at least 12 public universities",
                    "cue_that",
                ),
                (
                    "their children were ill",
                    "parents at the Institución Educativa San Tarn de la Loma",
                    "cue_that",
                ),
            ],
        ),
        # "organisation" is a body's noun: "the organisation" is the body named last
        (
            "Nurses have left, according to Tarn’s nursing organisation. The Kelby Research "
            "Foundation has approved funding for six centres, the organisation said.",
            [
                ("Nurses have left", "Tarn’s nursing organisation", "according_to"),
                (
                    "The Kelby Research Foundation has approved funding for six centres",
                    "the Kelby Research Foundation",
                    "cue_after",
                ),
            ],
        ),
        # Iceland's "hf." ends a company's name, not a sentence; an actor's surname that opens
        # another name ("Costa" of "Costa Rica") is not the actor
        (
            "Kelby Whaling hf. said it had bought new boats. Nesting fell by half, according "
            "to Costa Rica's coast guard.",
            [
                ("it had bought new boats", "Kelby Whaling hf.", "cue_that"),
                ("Nesting fell by half", "Costa Rica's coast guard", "according_to"),
            ],
        ),
        # a one-word name "of the" body is the person, not a body's name
        (
            "The ape was thin, said Sutarmi of the Tarn Wildlife Centre.",
            [("The ape was thin", "Sutarmi", "cue_after")],
        ),
        # the Dutch "ten" joins a name; continental local-government titles are no part of it
        (
            "Wethouder Marit ten Brink said the road would close. Ten Brink added that buses "
            "would still run. Gemeinderätin Gerlind Obwald-Reiter, who sits on the board, said "
            "the bridge was safe.",
            [
                ("the road would close", "Marit ten Brink", "cue_that"),
                ("buses would still run", "Marit ten Brink", "cue_that"),
                ("the bridge was safe", "Gerlind Obwald-Reiter", "cue_that"),
            ],
        ),
        # a role owned by a pronoun speaks as written; a participle's phrase after a subject
        # that is no name is left out
        (
            "Oren Falk was never found. His widow said she had stopped hoping. The driver's "
            "brother, speaking to reporters, said the family would sue.",
            [
                ("she had stopped hoping", "his widow", "cue_that"),
                ("the family would sue", "the driver's brother", "cue_that"),
            ],
        ),
        # a finding verb with a time after it, or with no "that" after its subject; a body by
        # the word before a postposed "General", or by its last word after a place with "of"
        (
            "Bean prices doubled, figures from the Tarn Grain Board showed on Friday. Data "
            "from the board show stocks fell. The Directorate General of Fisheries said boats "
            "stayed home, and the directorate said quotas would fall. The Gulf of Kelby Ocean "
            "Institute said reefs were dying. Catches were down, the institute said.",
            [
                ("Bean prices doubled", "the Tarn Grain Board", "cue_after"),
                ("stocks fell", "the Tarn Grain Board", "cue_that"),
                ("boats stayed home", "the Directorate General of Fisheries", "cue_that"),
                ("quotas would fall", "the Directorate General of Fisheries", "cue_that"),
                ("reefs were dying", "the Gulf of Kelby Ocean Institute", "cue_that"),
                ("Catches were down", "the Gulf of Kelby Ocean Institute", "cue_after"),
            ],
        ),
        # Turkish and Mexican legal forms end a company's name
        (
            "Kelby Denizcilik AŞ said the ship was late. Tarn Fletes SA de CV said the road "
            "was shut. Kelby Denizcilik added that crews were safe.",
            [
                ("the ship was late", "Kelby Denizcilik AŞ", "cue_that"),
                ("the road was shut", "Tarn Fletes SA de CV", "cue_that"),
                ("crews were safe", "Kelby Denizcilik AŞ", "cue_that"),
            ],
        ),
        # a Gulf company's dotted legal form ends no sentence; a partnership's "LP" and the
        # Irish article "An" before a consonant are part of a name
        # Southern African forms in brackets, Italy's "S.r.l." and an East Asian "Co., Ltd"
        (
            "Tarn Mobile (Pvt) Ltd said fees rose. Kelby Fibre (Private) Limited said a cable "
            "broke. Orvel Foods (Proprietary) Limited said sales fell. Orvel Moda S.r.l. said a "
            "shop shut. Tarn Pelle Srl said a tannery shut. Kelby Garment Co., Ltd said orders "
            "fell.",
            [
                ("fees rose", "Tarn Mobile (Pvt) Ltd", "cue_that"),
                ("a cable broke", "Kelby Fibre (Private) Limited", "cue_that"),
                ("sales fell", "Orvel Foods (Proprietary) Limited", "cue_that"),
                ("a shop shut", "Orvel Moda S.r.l.", "cue_that"),
                ("a tannery shut", "Tarn Pelle Srl", "cue_that"),
                ("orders fell", "Kelby Garment Co., Ltd", "cue_that"),
            ],
        ),
        (
            "Tarn Build W.L.L. said wages were paid. Kelby Homes Partners LP said rents rose. "
            "An Bord Kelby said the plan was refused. An Irish court said the fine stood.",
            [
                ("wages were paid", "Tarn Build W.L.L.", "cue_that"),
                ("rents rose", "Kelby Homes Partners LP", "cue_that"),
                ("the plan was refused", "An Bord Kelby", "cue_that"),
                ("the fine stood", "an Irish court", "cue_that"),
            ],
        ),
        # a club named later without the words of its kind is the club named in full before
        (
            "The league fined Esporte Clube Vila Tarnow. Vila Tarnow said it would appeal.",
            [("it would appeal", "Esporte Clube Vila Tarnow", "cue_that")],
        ),
        # a group's "of the" phrase keeps the common noun after a name and its town, but no
        # verb; two unlisted words right after its "the" name a place, not a person
        (
            "Tenants of the Kelby estate in Tarnow have stopped paying, saying the lifts are "
            "broken. Tenants of the Orvel Trust walked out in Tarnow, saying rents were high. "
            "Tenants of the Delmont Ashby towers in Tarnow have vowed to stay, telling the "
            "council that they were never asked.",
            [
                ("the lifts are broken", "tenants of the Kelby estate in Tarnow", "participle"),
                ("rents were high", "tenants of the Orvel Trust", "participle"),
                (
                    "they were never asked",
                    "tenants of the Delmont Ashby towers in Tarnow",
                    "participle",
                ),
            ],
        ),
        # a definite role with a relative clause speaks as written, or by the pen name it
        # writes under; a jury's citation and a catalogue are their owners' documents
        (
            "The nurse, who lives in Tarnow, said the ward was full. The poet, who writes under "
            "the pen name Lumi Vale, wrote that she had quit. The jury's citation said the book "
            "was brave. The gallery's catalogue says the vase was Kelby's.",
            [
                ("the ward was full", "the nurse", "cue_that"),
                ("she had quit", "Lumi Vale", "cue_that"),
                ("the book was brave", "the jury", "cue_that"),
                ("the vase was Kelby's", "the gallery", "cue_that"),
            ],
        ),
        # ", who said" after a name, its age and its home town or description; and the name
        # someone "gives" in the present tense
        (
            "Among the guests was Ines Calloway, 37, from Tarnow, who said the hall was cold. "
            "In a video, a man who gives his name as Oren says the pay was late.",
            [
                ("the hall was cold", "Ines Calloway", "cue_that"),
                ("the pay was late", "Oren", "cue_that"),
            ],
        ),
        # a committee, an ombudsman or a court finds; "the committee" later is the body with
        # its topic after "on"; a participle after a noun reports no finding
        (
            "Waiting times have doubled, the Senate Committee on Kelby Affairs has found. In "
            "its report, the committee said staff were leaving. The ombudsman found the agency "
            "had erred. The Tarn Mines Commission said any miner found operating illegally "
            "would be fined. Oren Falk told the court the money found in his car was a loan.",
            [
                (
                    "Waiting times have doubled",
                    "the Senate Committee on Kelby Affairs",
                    "cue_after",
                ),
                ("staff were leaving", "the Senate Committee on Kelby Affairs", "cue_that"),
                ("the agency had erred", "the ombudsman", "cue_that"),
                (
                    "any miner found operating illegally would be fined",
                    "the Tarn Mines Commission",
                    "cue_that",
                ),
                ("the money found in his car was a loan", "Oren Falk", "cue_that"),
            ],
        ),
        (
            "The coroner found the fall was an accident. The watchdog found the bank had misled "
            "savers. The regulator found the fees were unlawful. The inspectorate found the "
            "school had improved. The commission found the rules were broken. The court found "
            "the contract was void.",
            [
                ("the fall was an accident", "the coroner", "cue_that"),
                ("the bank had misled savers", "the watchdog", "cue_that"),
                ("the fees were unlawful", "the regulator", "cue_that"),
                ("the school had improved", "the inspectorate", "cue_that"),
                ("the rules were broken", "the commission", "cue_that"),
                ("the contract was void", "the court", "cue_that"),
            ],
        ),
        # an East Asian firm's "Co., Ltd": one name, whose comma opens no apposition
        (
            "The notice, issued by Tarn Property Group Co., Ltd., said the club would close. "
            "The company said it would appeal. Its rival is Kelby Steel Co., Ltd. The firm said "
            "sales fell. Orvel Co., Ltd., said the shop was shut.",
            [
                ("the club would close", "Tarn Property Group Co., Ltd.", "cue_that"),
                ("it would appeal", "Tarn Property Group Co., Ltd.", "cue_that"),
                ("sales fell", "Kelby Steel Co., Ltd", "cue_that"),
                ("the shop was shut", "Orvel Co., Ltd.", "cue_that"),
            ],
        ),
        # a spokesperson for three capitalised words with no title among them speaks for a
        # body, not for a person named by the last two
        (
            "A spokesperson for Tarnside Valley Living said the landlord was sorry. A "
            "spokeswoman for Transport Minister Ada Ruiz said she was away.",
            [
                ("the landlord was sorry", "Tarnside Valley Living", "cue_that"),
                ("she was away", "Ada Ruiz", "cue_that"),
            ],
        ),
        # legal forms written with full stops end the name and no sentence
        (
            "Tarn Gulf Bank Q.P.S.C. said profit rose. Orvel Water Company S.A.E. said the "
            "pipes were stored.",
            [
                ("profit rose", "Tarn Gulf Bank Q.P.S.C.", "cue_that"),
                ("the pipes were stored", "Orvel Water Company S.A.E.", "cue_that"),
            ],
        ),
        # a legal form after an organisation's word and a comma ends the firm's name
        (
            "Orvel Holdings, Inc. said the deal had closed. Tarn Tulong Foundation, Inc., said "
            "900 clients were hit.",
            [
                ("the deal had closed", "Orvel Holdings, Inc.", "cue_that"),
                ("900 clients were hit", "Tarn Tulong Foundation, Inc.", "cue_that"),
            ],
        ),
        # and a legal form of several words after any word and a comma
        (
            "Alimentos del Tarn, S.A. de C.V., a supplier, said the trucks were late.",
            [("the trucks were late", "Alimentos del Tarn, S.A. de C.V.", "cue_that")],
        ),
        # a full stop ending a sentence after a form written without one is the sentence's,
        # after "Inc." and a form with full stops inside it is the name's
        (
            "The dam is run by Orvel Hidro SA. The firm said it was safe. The mill belongs to "
            "Tarn Paper Ltd.\n\nThe company said the mill would close. The port is run by "
            "Kelby Docks Inc. The company said ships were late. The depot is run by Tarn "
            "Haven N.V. The company said it was full. Tickets sold out, according to its "
            "distributor, Orvel Films Ltd. The film is long.",
            [
                ("it was safe", "Orvel Hidro SA", "cue_that"),
                ("the mill would close", "Tarn Paper Ltd", "cue_that"),
                ("ships were late", "Kelby Docks Inc.", "cue_that"),
                ("it was full", "Tarn Haven N.V.", "cue_that"),
                ("Tickets sold out", "Orvel Films Ltd", "according_to"),
            ],
        ),
        # a body's name with a list in it and a place after "of" is no group after its comma
        (
            "The Forests, Parks and Wildlife Authority of Tarn said the fence was down. A "
            "spokesperson for the Roads, Rail and Ports Commission of Kelby said fees rose.",
            [
                (
                    "the fence was down",
                    "the Forests, Parks and Wildlife Authority of Tarn",
                    "cue_that",
                ),
                ("fees rose", "the Roads, Rail and Ports Commission of Kelby", "cue_that"),
            ],
        ),
        # a body's name with "of" inside, after "the" and no title: no person "of" a body
        (
            "The Southern Kelby Freedom of Worship Forum said the ban was unjust. The Rev. Ada "
            "Ruiz of the Tarn Mission said the hall was shut. The Upper Tarn Rights of Way "
            "Society said the path was open.",
            [
                ("the ban was unjust", "the Southern Kelby Freedom of Worship Forum", "cue_that"),
                ("the hall was shut", "Ada Ruiz", "cue_that"),
                ("the path was open", "the Upper Tarn Rights of Way Society", "cue_that"),
            ],
        ),
        # one clause after a chain of cues is the first cue's; "that" after a noun cue or a
        # gerund is theirs, not the main cue's
        (
            "Tarn Metals said in a stock exchange announcement that the mine would close. The "
            "port authority said it had issued a warning that boats should stay moored. A clerk "
            "told the tribunal she was fired after warning managers that the books were wrong.",
            [
                ("the mine would close", "Tarn Metals", "cue_that"),
                (
                    "it had issued a warning that boats should stay moored",
                    "the port authority",
                    "cue_that",
                ),
                ("boats should stay moored", "the port authority", "noun_that"),
                (
                    "she was fired after warning managers that the books were wrong",
                    "a clerk",
                    "cue_that",
                ),
                ("the books were wrong", "a clerk", "cue_that"),
            ],
        ),
        # a noun cue that is a verb's object is no cue the subject ends before
        (
            "The Association of Tarn Tenants welcomed the announcement but said the rent was "
            "still too high.",
            [("the rent was still too high", "the Association of Tarn Tenants", "cue_that")],
        ),
        # someone unnamed from a part of a place
        (
            "A priest from central Tarn, who asked not to be named, said the road was shut. A "
            "farmer in northern Kelby, who grows maize, said the river had dried up.",
            [
                ("the road was shut", "a priest from central Tarn", "cue_that"),
                ("the river had dried up", "a farmer in northern Kelby", "cue_that"),
            ],
        ),
        # "the Most Rev." before a cleric's name in apposition
        (
            "The Archbishop of Kelby, the Most Rev. John Obi, said the hall was shut.",
            [("the hall was shut", "John Obi", "cue_that")],
        ),
        # "Our" after "of" inside a body's name
        (
            "The Congregation of Our Lady of Refuge said the hall was shut. A spokesman for the "
            "Parish of Our Saviour said the roof had leaked.",
            [
                ("the hall was shut", "the Congregation of Our Lady of Refuge", "cue_that"),
                ("the roof had leaked", "the Parish of Our Saviour", "cue_that"),
            ],
        ),
        # a spokesperson's body with its topic after "on" (not a date)
        (
            "A spokesman for the Commission on Elections said the count was fair. A spokeswoman "
            "for the Council on Monday said the hall was shut.",
            [
                ("the count was fair", "the Commission on Elections", "cue_that"),
                ("the hall was shut", "the Council", "cue_that"),
            ],
        ),
        # "According to X, a description of X, P": the description is no part of P (but P's
        # subject with its age or its relative clause is)
        (
            "According to Kelby Metrics, a research firm that tracks start-ups, funding fell. "
            "According to police, a driver, 34, was arrested. According to the union, a driver, "
            "who had been drinking, was fired.",
            [
                ("funding fell", "Kelby Metrics", "according_to"),
                ("a driver, 34, was arrested", "police", "according_to"),
                ("a driver, who had been drinking, was fired", "the union", "according_to"),
            ],
        ),
        # "claims", "alleges", "alleged", "states" and "stated" without "that"
        (
            "Ada Ruiz claims the boy waited six hours. Tom Obi alleges the firm hid losses. The "
            "firm stated the pipes leaked in May. Jo Mayo alleged the clerk lied.",
            [
                ("the boy waited six hours", "Ada Ruiz", "cue_that"),
                ("the firm hid losses", "Tom Obi", "cue_that"),
                ("the pipes leaked in May", "the firm", "cue_that"),
                ("the clerk lied", "Jo Mayo", "cue_that"),
            ],
        ),
        # a cue that is also a noun, as the verb of a subject that speaks (not "The insurance
        # claims the firm rejected")
        (
            "The lawsuit claims the clinic lost the records. The audit also claims the fund paid "
            "twice. The lawsuit, filed on Monday in Kelby, claims the ward was short of staff. "
            "The insurance claims the firm rejected were small. A nurse now claims the ward was "
            "shut.",
            [
                ("the clinic lost the records", "the lawsuit", "cue_that"),
                ("the fund paid twice", "the audit", "cue_that"),
                ("the ward was short of staff", "the lawsuit", "cue_that"),
                ("the ward was shut", "a nurse", "cue_that"),
            ],
        ),
        # a document owned by a group in the plural: its author is the group
        (
            "The bishops' letter said the parishes would merge. The growers' petition claims the "
            "mill cheated them. The nurses' report found that two wards were closed.",
            [
                ("the parishes would merge", "the bishops", "cue_that"),
                ("the mill cheated them", "the growers", "cue_that"),
                ("two wards were closed", "the nurses", "cue_that"),
            ],
        ),
        # a share of a group named before, and one of them described in apposition (a comma
        # inside a number is no apposition's)
        (
            "The deal, two of those people said, is worth $1bn. One of them, a banker who lent "
            "$250,000 in 2020, said the founders had ignored him.",
            [
                (
                    "The deal, two of those people said, is worth $1bn",
                    "two of those people",
                    "cue_inside",
                ),
                ("the founders had ignored him", "a banker", "cue_that"),
            ],
        ),
        # a definite subject that no word list holds speaks as written, or as the fuller name
        # before it; specialists are a group
        (
            "The auction house said the vases had been stolen. The Tarn Weather Service issued "
            "an alert. The service warned that roads would flood. Two specialists said the "
            "case would go to the high court. The unit found that the nurse had erred.",
            [
                ("the vases had been stolen", "the auction house", "cue_that"),
                ("roads would flood", "the Tarn Weather Service", "cue_that"),
                ("the case would go to the high court", "two specialists", "cue_that"),
                ("the nurse had erred", "the unit", "cue_that"),
            ],
        ),
        # a time phrase that is the clause's subject, and a bare group before "who say"
        (
            "Ada Ruiz said this season is the worst in years. The rules passed despite "
            "objections from teachers who say they had no time to prepare.",
            [
                ("this season is the worst in years", "Ada Ruiz", "cue_that"),
                ("they had no time to prepare", "teachers", "cue_that"),
            ],
        ),
        # a title in quotation marks inside the object of "told"
        (
            'Ada Ruiz told the podcast "Tech Talk" that the deal was dead.',
            [("the deal was dead", "Ada Ruiz", "cue_that")],
        ),
        # a clause opening with "only" and a number, its subject a noun with a clause of its own
        (
            "Dr Ada Ruiz said only one in four pupils in the schools her team visited had "
            "returned. Tom Obi said only 12 of the 40 firms he spoke to had paid.",
            [
                (
                    "only one in four pupils in the schools her team visited had returned",
                    "Ada Ruiz",
                    "cue_that",
                ),
                ("only 12 of the 40 firms he spoke to had paid", "Tom Obi", "cue_that"),
            ],
        ),
        # a document as the subject of a clause of time or reason
        (
            "The cull went on after a survey found that the herd had shrunk. The mill closed "
            "because an audit found the roof was unsafe.",
            [
                ("the herd had shrunk", "a survey", "cue_that"),
                ("the roof was unsafe", "an audit", "cue_that"),
            ],
        ),
        # a document's author, not whom it was sent to
        (
            "Aid was sold, according to a letter from the mayor to the council. A letter from "
            "the bank to its clients said fees would rise. A report from the Committee to "
            "Protect Reporters said two were held.",
            [
                ("Aid was sold", "the mayor", "according_to"),
                ("fees would rise", "the bank", "cue_that"),
                ("two were held", "the Committee to Protect Reporters", "cue_that"),
            ],
        ),
        # a time phrase opening the sentence is no part of its subject's name
        (
            "Last year Kelby Council said that the fees were unlawful. This week Tarnia's High "
            "Court ruled that the notice was late, finding that the tenants had not been told.",
            [
                ("the fees were unlawful", "Kelby Council", "cue_that"),
                ("the notice was late", "Tarnia's High Court", "cue_that"),
                ("the tenants had not been told", "Tarnia's High Court", "participle"),
            ],
        ),
        # a group with a nickname inside its name, as written with single spaces
        (
            "Lawyers for Dorian 'Dodo' Hale, 39, told the court that the cells were cold.",
            [("the cells were cold", "lawyers for Dorian Hale", "cue_that")],
        ),
    ],
)
def test_reported_clauses(text: str, expected: list) -> None:
    assert reports_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a quotation introduced by its cue is quoted speech, not reported
        'Ines Calloway said: "The bridge will reopen in May."',
        '"The bridge will reopen in May," Ines Calloway said.',
        '"The bridge will reopen in May," the council\'s engineer, Ines Calloway, said.',
        # a sentence that ends with a colon introduces the quotation in the next paragraph
        'Ines Calloway told the council on Monday:\n"The bridge will reopen in May."',
        # a relative clause after "announced a plan" is not what was said
        "Ines Calloway announced a plan that would close the bridge.",
        # a thought is not speech
        "Ines Calloway believes the bridge will reopen in May.",
        # a passive cue names nobody who speaks
        "Residents of the valley were told the bridge would reopen in May.",
        # "said sorry", "said goodbye": no clause follows
        "Ines Calloway said sorry and promised to call. Oren Falk said goodbye to fans.",
        # "that" and a verb after a cue's object and more words is a relative clause
        "Ines Calloway posted to the group chat a photo that went viral.",
        # "according to" a thing, right after a lower-case word, names no source
        "Fares rose and fell according to the season, and the ferry stayed full.",
        # "as he liked to say" attributes the quotation after it, not the clause before
        "Oren Falk has retired. Raised in Kelby by his aunt, he opened his shop in Tarn with, as "
        "he liked to say, 'two needles and a lot of nerve'.",
        # "claimed" a thing, not a clause
        "Ada Ruiz claimed the sprint crown at the Kelby games, edging out Oren Falk.",
        # a question after the cue is no content clause
        "A spokesman for the mill declined to say how many jobs would go.",
        # a preposition after the cue opens no clause: "warned of", "told of"
        "Ines Calloway warned of delays after the bridge closed.",
        "A pensioner has told of his shock after a lorry ploughed into his shop.",
        # "..., told the Gazette": the newspaper was told, it does not speak
        '"It was loud all night," one resident, who asked not to be named, told the Gazette.',
        # finding a thing, or finding it strange, reports nothing; nor does "found" after
        # someone other than a study or an inquiry, without "that"
        "Ferry wardens found the missing boat in a cove near Tarn. Ada Ruiz finds that odd.",
        "Ines Calloway closed the bakery after inspectors found mould in two of its kitchens.",
        # a noun and its relative clause: the claims are reported by nobody here
        "Singer Oren Vask quit the tour. He was last year accused of theft, claims he denied.",
        # a cue word in capitals inside a name ("Morning Call") is part of the name
        "Ada Ruiz spoke on Kelby Radio's Morning Call programme that day. The road was shut.",
        # a name and an age before a comma are no clause ("described as" is no cue here)
        "Director Ruvimbo Tendai Chikore, 31, shot the film in nine days on a budget she "
        "described as “smaller than a party”.",
        # a cue's object and what it was about, with no verb after: no clause
        "Tenants warned the landlord about the damp as far back as 2021.",
        # a subject that names nobody ("neither", "no") reports nothing
        "The fee is about 18 million euros, though neither club has confirmed.",
        "No official said the plan was dead.",
        # a role in apposition before the name, or an opening word, is no clause before a cue
        "The site manager, Brennan Ode, 58, denies the charges.",
        # "it" or "this" as the object of "said", not a clause's subject
        "Ines Calloway said it twice at the meeting, in case anyone missed it.",
        "Oren Falk said this outside the court on Friday, as reporters waited.",
        # a noun cue before a verb: "if" opens no subject's phrase
        "The council's warning underscores the cost of delay if the river were ever to rise.",
        # a noun cue after an opening preposition: the outlet's framing, nobody's words
        "Amid claims that fares would rise, shares in the airline fell.",
        "Following allegations that he had lied, the treasurer resigned.",
        # the outlet's comment on an act; whom someone urged, to do what
        "Velmart shut nine of its stores on Monday, a move its rivals described as overdue.",
        "At the rally, Ada Obi, the union's leader, urged members to stay calm.",
        # a comma inside a list of names ends no clause
        "The coaches of Tarn, Velmora and Orvel criticised the draw on Monday.",
        # what should have been said; rumour; "heard" without a hearing or a clause
        "The crew should have been told that the storm was coming.",
        "Neighbours heard that the bakery would close.",
        "Shoppers heard a loud bang near the court on Friday.",
        "The committee heard evidence from four farmers.",
        # where a quotation's speaker said it is nobody: no "P, said X" after a quotation
        '"I begged them. I told them he was ill," his mother, Ada Ruiz, said outside court.',
        # an infinitive, a gerund in quotation marks and a matter opening with a participle
        "The Kelby Drivers Union claims to have 4,200 members in the city.",
        'Ada Ruiz, who wrote the bill, accused the firms of "dragging their feet".',
        "The bank warned the public about unlicensed lenders in 2022.",
    ],
)
def test_not_reported(text: str) -> None:
    assert reports_in(text) == []


def test_an_apostrophe_is_no_closing_quotation_mark() -> None:
    # "Bessarin’s" holds no quotation whose speaker the participle could take: the speaker
    # was the fragment "s delegation"
    text = (
        "The talks broke up after Bessarin’s delegation threatened to walk out, claiming a map "
        "had been altered."
    )
    assert "s delegation" not in [speaker for _, speaker, _ in reports_in(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A coroner wrote that Kelbet had sent the man 90 emails.\n\nKelbet has 28 days to "
            "respond. A spokesperson said the firm would “cooperate fully”.\n\nThe charity Tarn "
            "Families Trust said the story was “all too familiar”.",
            ["a coroner", "Kelbet", "the Tarn Families Trust"],
        ),
        # (nor is "it" a place the lead names, before or after its kind)
        (
            "The Dorset village of Marrow lost its only bank on Monday when Tarn Mutual closed its "
            "branch. It said the branch had few customers.",
            [],
        ),
    ],
)
def test_it_or_a_spokesperson_never_speaks_for_an_organisation_named_later(
    text: str, expected: list[str]
) -> None:
    articles = pd.DataFrame({"article_id": ["x"], "outlet_label": ["X"], "text": [text]})
    paras = segmentation.paragraphs(articles)
    _, _, reports = speech(articles, paras, segmentation.split_sentences(paras))
    assert reports["speaker"].tolist() == expected


def test_reported_gold_of_the_five_articles(articles, tables) -> None:
    comparison = gold.compare_reported(tables.reported, gold.load_reported_gold(), articles)
    scores = gold.reported_scores(comparison).set_index("task")
    # 47 clauses coded by hand; misses read in notebook 00 (a noun cue "sign", "remain
    # adamant", "reportedly", a participle whose subject is the second clause's).
    assert scores.loc["clause found", ["correct", "found", "gold"]].tolist() == [44, 44, 47]
    assert scores.loc["... and speaker right", "correct"] == 43
    assert scores.loc["... and speaker right", ["precision", "recall"]].min() >= 0.9


def test_a_clause_nested_in_another_pairs_with_its_own_gold_clause() -> None:
    text = "Kelby Air said the pilot told managers he was tired."
    outer, inner = "the pilot told managers he was tired", "he was tired"
    clauses = pd.DataFrame(
        {
            "article_id": ["1", "1"],
            "text": [outer, inner],
            "speaker": ["Kelby Air", "the pilot"],
            "start": [text.find(outer), text.find(inner)],
        }
    ).assign(end=lambda f: f["start"] + f["text"].str.len())
    units = pd.DataFrame(
        {"article_id": ["1", "1"], "span": [outer, inner], "speaker": ["Kelby Air", "the pilot"]}
    )
    articles = pd.DataFrame({"article_id": ["1"], "text": [text]})
    comparison = gold.compare_reported(clauses, units, articles)
    # the inner clause overlaps the outer gold clause as much as its own (12 characters), but
    # the outer gold clause is taken by the outer found one (36)
    assert comparison["match"].tolist() == ["both", "both"]
    assert comparison["speaker_ok"].all()


def test_pattern_scores_by_hand() -> None:
    passages = pd.DataFrame(
        {
            "passage_id": ["1", "2"],
            "construction": ["after", "scare"],
            "text": [
                '"We are ready," said Ines Calloway. She said the ferry was late.\n\n"The '
                'crossing is rough.\n\n"It always is."',
                'The so-called "fast lane" is closed, officials said.',
            ],
        }
    )
    units = pd.DataFrame(
        {
            "passage_id": ["1", "1", "1", "1", "2", "2"],
            "unit": ["quote", "reported", "quote", "quote", "quote", "reported"],
            "span": [
                "We are ready,",
                "the ferry was late",
                "The crossing is rough.",
                "It always is.",
                "fast lane",
                "The so-called",
            ],
            "speaker": [*["Ines Calloway"] * 4, "", "officials"],
            "speaker_type": [*["person"] * 4, "", "organisation"],
            "cue": ["said", "said", "", "", "", "said"],
        }
    )
    scores = gold.pattern_scores(passages, units).set_index("construction")
    # passage 1: the quotation and the clause right, and the quotation over two paragraphs
    # found at each paragraph's opening mark; passage 2: the scare quote right (no speaker),
    # and the found clause "The so-called "fast lane" is closed" overlaps the coded span "The
    # so-called" by all of the shorter one, with the right speaker.
    assert scores.loc[
        "all", ["quotes", "speaker_right", "reported", "reported_right"]
    ].tolist() == [
        4,
        4,
        2,
        2,
    ]
    assert scores.loc["after", "speaker_accuracy"] == 1.0


def test_pattern_suite() -> None:
    passages, units = gold.load_patterns()
    scores = gold.pattern_scores(passages, units).set_index("construction")
    assert len(passages) >= 150 and scores.drop("all")["n_passages"].min() >= 10
    assert (scores["quotes_found"] == scores["quotes"]).all()  # every quotation span found
    # The issue's target for quotation speakers; reported speech at its measured level
    # (notebook 00), so a rule change that loses ground fails here.
    assert scores.loc["all", "speaker_accuracy"] >= 0.95
    assert scores.loc["all", "reported_precision"] >= 0.90
    assert scores.loc["all", "reported_recall"] >= 0.80


def test_heldout_estimate_pools_the_sets_first_scored_on_the_newest_commit() -> None:
    # the newest sets are the last written, whatever their names ("ab" after "z")
    table = pd.DataFrame(
        {
            "set": ["z", "z", "aa", "ab"],
            "when": ["first", "now", "first", "first"],
            "commit": ["x", "", "y", "y"],
            "quotes": [10, 10, 20, 30],
            "speaker_right": [9, 10, 15, 27],
            "reported": [5, 5, 10, 10],
            "reported_found": [5, 5, 8, 10],
            "reported_right": [4, 5, 6, 8],
        }
    )
    estimate = gold.heldout_estimate(table)
    assert estimate["sets"] == "aa, ab"
    assert estimate[["quotes", "speaker_right"]].tolist() == [50, 42]
    assert estimate["speaker_accuracy"] == pytest.approx(0.84)
    assert estimate["reported_precision"] == pytest.approx(14 / 18)
    assert estimate["reported_recall"] == pytest.approx(14 / 20)
    assert estimate["accuracy_low"] < 0.84 < estimate["accuracy_high"]


def test_blind_passage_sets() -> None:
    table = gold.heldout_scores().set_index(["set", "when"])
    for name in table.index.unique("set"):
        passages, units = gold.load_patterns(f"heldout_{name}")
        assert len(passages) == 60 and set(units["passage_id"]) <= set(passages["passage_id"])
        # the first score is the stored one; reading a set's failures only ever helped it
        assert (
            table.loc[(name, "now"), "speaker_right"] >= table.loc[(name, "first"), "speaker_right"]
        )
    # the levels measured once each set was read (notebook 00): a rule change that loses ground
    # on them fails here
    now = table.xs("now", level="when")["speaker_accuracy"]
    assert now[["a", "b", "c", "e", "f"]].min() >= 0.93 and now["d"] >= 0.97
    assert now[["g", "h"]].min() >= 0.86 and now["i"] >= 0.93
    assert now["j"] >= 0.94 and now["k"] >= 0.97 and now["l"] >= 0.98 and now["m"] >= 0.91
    assert now["n"] >= 0.94 and now["o"] >= 0.96 and now["p"] >= 0.93 and now["q"] >= 0.96
    assert now["r"] >= 0.95 and now["s"] >= 0.98 and now["t"] >= 0.92 and now["u"] >= 0.98
    assert now["v"] >= 0.96 and now["w"] >= 0.92 and now["x"] >= 0.97 and now["y"] >= 0.96
    assert now["z"] >= 0.93 and now["zz"] >= 0.97 and now["aa"] >= 0.96 and now["ab"] >= 0.93
    # (AD's coder named the court for "the bench", which J's, AT's and BC's kept as written)
    assert now["ac"] >= 0.96 and now["ad"] >= 0.96 and now["ae"] >= 0.92 and now["af"] >= 0.95
    # (AG's coder left out a place's possessive before a body, which the codebook keeps)
    assert now["ag"] >= 0.92 and now["ah"] >= 0.96 and now["ai"] >= 0.98 and now["aj"] >= 0.96
    assert now["ak"] >= 0.94 and now["al"] >= 0.93 and now["am"] >= 0.94 and now["an"] >= 0.96
    assert now["ao"] >= 0.95 and now["ap"] >= 0.94 and now["aq"] >= 0.94 and now["ar"] >= 0.92
    assert now["as"] >= 0.90 and now["at"] >= 0.94 and now["au"] >= 0.95 and now["av"] >= 0.92
    assert now["aw"] >= 0.95 and now["ax"] >= 0.97 and now["ay"] >= 0.93 and now["az"] >= 0.94
    # (BB's chief keeps "Kgosi", a Tswana title that is also a given name, once three unlisted
    # capitalised words are read as one name)
    assert now["ba"] >= 0.95 and now["bb"] >= 0.93 and now["bc"] >= 0.93 and now["bd"] >= 0.94
    assert now["be"] >= 0.95 and now["bf"] >= 0.91 and now["bg"] >= 0.94 and now["bh"] >= 0.94
    assert now["bi"] >= 0.98 and now["bj"] >= 0.95 and now["bk"] >= 0.94 and now["bl"] >= 0.95
    # (BN's abbot keeps "Dom", a Benedictine title the lists lack, once "abbot" is a title)
    assert now["bm"] >= 0.95 and now["bn"] >= 0.94 and now["bo"] >= 0.96 and now["bp"] >= 0.95
    assert now["bq"] >= 0.97 and now["br"] >= 0.95 and now["bs"] >= 0.90 and now["bt"] >= 0.95
    assert now["bu"] >= 0.95 and now["bv"] >= 0.96 and now["bw"] >= 0.94 and now["bx"] >= 0.94
    assert now["by"] >= 0.96 and now["bz"] >= 0.93 and now["ca"] >= 0.94 and now["cb"] >= 0.95
    assert now["cc"] >= 0.96 and now["cd"] >= 0.95 and now["ce"] >= 0.96 and now["cf"] >= 0.97
    assert now["cg"] >= 0.95 and now["ch"] >= 0.96 and now["ci"] >= 0.95 and now["cj"] >= 0.96
    assert now["ck"] >= 0.88 and now["cl"] >= 0.96 and now["cm"] >= 0.97 and now["cn"] >= 0.95
    assert now["co"] >= 0.96 and now["cp"] >= 0.92 and now["cq"] >= 0.99 and now["cr"] >= 0.97
    # (CS's coder named the author of "the statement" or "the review", which the codebook
    # keeps as written)
    assert now["cs"] >= 0.94 and now["ct"] >= 0.96 and now["cu"] >= 0.95 and now["cv"] >= 0.90
    assert now["cw"] >= 0.92 and now["cx"] >= 0.92 and now["cy"] >= 0.94 and now["cz"] >= 0.96
    assert now["da"] >= 0.98 and now["db"] >= 0.89
    assert now["dc"] >= 0.89 and now["dd"] >= 0.94 and now["de"] >= 0.93 and now["df"] >= 0.96
    assert now["dg"] >= 0.91 and now["dh"] >= 0.96 and now["di"] >= 0.97 and now["dj"] >= 0.89
    assert now["dk"] >= 0.90 and now["dl"] >= 0.98 and now["dm"] >= 0.96 and now["dn"] >= 0.91
    assert now["do"] >= 0.98 and now["dp"] >= 0.92 and now["dq"] >= 0.93 and now["dr"] >= 0.98
    assert now["ds"] >= 0.98 and now["dt"] >= 0.95 and now["du"] >= 0.94 and now["dv"] >= 0.94
    assert now["dw"] >= 0.97 and now["dx"] >= 0.98 and now["dy"] >= 0.95 and now["dz"] >= 0.96
    assert now["ea"] >= 0.95 and now["eb"] >= 0.90 and now["ec"] >= 0.95 and now["ed"] >= 0.91
    assert now["ee"] >= 0.93 and now["ef"] >= 0.92 and now["eg"] >= 0.91 and now["eh"] >= 0.96
    assert now["ei"] >= 0.90 and now["ej"] >= 0.95 and now["ek"] >= 0.95 and now["el"] >= 0.94
    assert now["em"] >= 0.93 and now["en"] >= 0.92 and now["eo"] >= 0.97 and now["ep"] >= 0.92
    assert now["eq"] >= 0.89 and now["er"] >= 0.90 and now["es"] >= 0.95 and now["et"] >= 0.96
    assert now["eu"] >= 0.91 and now["ev"] >= 0.83 and now["ew"] >= 0.97 and now["ex"] >= 0.91
    assert now["ey"] >= 0.88 and now["ez"] >= 0.91 and now["fa"] >= 0.88 and now["fb"] >= 0.93
    assert now["fc"] >= 0.88 and now["fd"] >= 0.94 and now["fe"] >= 0.89 and now["ff"] >= 0.94
    assert now["fg"] >= 0.95 and now["fh"] >= 0.88 and now["fi"] >= 0.95 and now["fj"] >= 0.84
    assert now["fk"] >= 0.91 and now["fl"] >= 0.93 and now["fm"] >= 0.98 and now["fn"] >= 0.93
    assert now["fo"] >= 0.97 and now["fp"] >= 0.89 and now["fq"] >= 0.95 and now["fr"] >= 0.92
    assert now["fs"] >= 0.90 and now["ft"] >= 0.92 and now["fu"] >= 0.93 and now["fv"] >= 0.95
    assert now["fw"] >= 0.89 and now["fx"] >= 0.92 and now["fy"] >= 0.94 and now["fz"] >= 0.90
    assert now["ga"] >= 0.90 and now["gb"] >= 0.94 and now["gc"] >= 0.94 and now["gd"] >= 0.94
    assert now["ge"] >= 0.90 and now["gf"] >= 0.93 and now["gg"] >= 0.96 and now["gh"] >= 0.89
    assert now["gi"] >= 0.96 and now["gj"] >= 0.91 and now["gk"] >= 0.87 and now["gl"] >= 0.91
    assert now["gm"] >= 0.89 and now["gn"] >= 0.93 and now["go"] >= 0.89 and now["gp"] >= 0.86
    assert now["gq"] >= 0.89 and now["gr"] >= 0.91 and now["gs"] >= 0.92 and now["gt"] >= 0.90
    assert now["gu"] >= 0.89 and now["gv"] >= 0.92 and now["gw"] >= 0.86 and now["gx"] >= 0.91
    assert now["gy"] >= 0.91 and now["gz"] >= 0.92 and now["ha"] >= 0.93 and now["hb"] >= 0.81
    assert now["hc"] >= 0.87 and now["hd"] >= 0.94 and now["he"] >= 0.91 and now["hf"] >= 0.91
    assert now["hg"] >= 0.94 and now["hh"] >= 0.86 and now["hi"] >= 0.95 and now["hj"] >= 0.91
    assert now["hk"] >= 0.88 and now["hl"] >= 0.94 and now["hm"] >= 0.92 and now["hn"] >= 0.91
    assert now["ho"] >= 0.88 and now["hp"] >= 0.91 and now["hq"] >= 0.93 and now["hr"] >= 0.91
    assert now["hs"] >= 0.91 and now["ht"] >= 0.97 and now["hu"] >= 0.96 and now["hv"] >= 0.92
    assert now["hw"] >= 0.90 and now["hx"] >= 0.90 and now["hy"] >= 0.95 and now["hz"] >= 0.93
    assert now["ia"] >= 0.96 and now["ib"] >= 0.91 and now["ic"] >= 0.91 and now["id"] >= 0.92
    assert now["ie"] >= 0.93 and now["if"] >= 0.96
    assert now["ig"] >= 0.97 and now["ih"] >= 0.92
    assert now["ii"] >= 0.92 and now["ij"] >= 0.96
    assert now["ik"] >= 0.88 and now["il"] >= 0.92


@pytest.mark.parametrize("body", ["prison", "jail", "sanctuary", "movement", "mine", "refinery"])
def test_more_bodies_speak_by_their_noun(body: str) -> None:
    found = reports_in(f"The {body} said the gate had been shut since May.")
    assert found == [("the gate had been shut since May", f"the {body}", "cue_that")]


@pytest.mark.parametrize(
    "group",
    [
        "realtors",
        "loggers",
        "smugglers",
        "architects",
        "medics",
        "restaurateurs",
        "youths",
        "priests",
        "monks",
    ],
)
def test_more_groups_speak_with_their_place(group: str) -> None:
    found = reports_in(f"{group.capitalize()} in the valley said the road was closed.")
    assert found == [("the road was closed", f"{group} in the valley", "cue_that")]


@pytest.mark.parametrize(
    "role",
    [
        "gambler",
        "punter",
        "bettor",
        "croupier",
        "addict",
        "poacher",
        "trafficker",
        "conservationist",
        "naturalist",
        "biologist",
        "zoologist",
        "ecologist",
        "primatologist",
        "botanist",
        "ornithologist",
        "entomologist",
        "tipster",
        "elder",
    ],
)
def test_more_roles_speak(role: str) -> None:
    found = reports_in(f"A retired {role} from Kelby said the track had been closed.")
    assert found == [("the track had been closed", f"a retired {role} from Kelby", "cue_that")]


@pytest.mark.parametrize(
    "document",
    [
        "charge sheet",
        "charge-sheet",
        "chargesheet",
        "court order",
        "writ",
        "summons",
        "motion",
        "planning application",
        "application",
        "notices",
    ],
)
def test_more_documents_speak(document: str) -> None:
    found = reports_in(f"The {document} states that the fees were unlawful.")
    assert found == [("the fees were unlawful", f"the {document}", "cue_that")]
