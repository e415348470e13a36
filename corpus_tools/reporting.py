"""Reporting verbs: how each outlet introduces the words it quotes ("said" or "claimed"?).

A reporting verb frames a quotation before the reader reaches it: "said" reports, "claimed"
distances the outlet from the words, "warned" presents them as a threat, "insisted" implies
someone disagrees. The verb of every attributed quotation and every reported-speech clause
is its cue (`quotes()` and `reported_speech()` column `cue`);
`data/lexicons/verb_stance.csv` groups the cues by stance (neutral, assertive, distancing,
alarm, characterising, commitment), after the categories of speech-reporting verbs in
Caldas-Coulthard (1994) and Bell (1991). Quotations without a cue (no attribution found)
are counted apart, so the table adds up to every quotation.
"""

from __future__ import annotations

import pandas as pd

from corpus_tools.resources import read_table

NO_CUE = "(no reporting verb)"
QUOTATION, REPORTED_SPEECH = "quotation", "reported speech"
VERB_COLUMNS = ["outlet_label", "form", "speaker", "cue", "lemma", "stance", "n"]


def verb_stances() -> pd.DataFrame:
    """The stance of each reporting cue: `cue`, `lemma`, `stance`, `note`, `source`."""
    return read_table("lexicons", "verb_stance.csv")


def reporting_verbs(
    quotes: pd.DataFrame,
    reported: pd.DataFrame | None = None,
    stances: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Quotations and reported-speech clauses per outlet, form, speaker and reporting verb,
    with the verb's stance: `VERB_COLUMNS`.

    Takes `quotes()` and, optionally, `reported_speech()`; `form` is "quotation" or "reported
    speech". A cue the stance table does not list keeps its lemma and stance empty; a
    quotation without a cue has cue `NO_CUE`. Rows in corpus order, then most frequent first.
    """
    stances = verb_stances() if stances is None else stances
    parts = [quotes.assign(form=QUOTATION)]
    if reported is not None:
        parts.append(reported.assign(form=REPORTED_SPEECH))
    table = pd.concat(parts, ignore_index=True)
    table = table.assign(cue=table["cue"].str.lower().replace("", NO_CUE))
    keys = ["outlet_label", "form", "speaker", "cue"]
    counts = table.groupby(keys, sort=False).size().rename("n")
    counts = counts.reset_index().merge(stances[["cue", "lemma", "stance"]], on="cue", how="left")
    counts[["lemma", "stance"]] = counts[["lemma", "stance"]].fillna("")
    order = {o: i for i, o in enumerate(dict.fromkeys(table["outlet_label"]))}
    counts = counts.assign(_o=counts["outlet_label"].map(order)).sort_values(
        ["_o", "form", "n", "speaker", "cue"], ascending=[True, True, False, True, True]
    )
    return counts[VERB_COLUMNS].reset_index(drop=True)


def stance_counts(verbs: pd.DataFrame) -> pd.DataFrame:
    """Quotations per outlet (rows) and stance of their verb (columns), with a `total` column."""
    labelled = verbs.assign(stance=verbs["stance"].replace("", "unlisted"))
    labelled.loc[labelled["cue"] == NO_CUE, "stance"] = NO_CUE
    table = labelled.pivot_table(
        index="outlet_label", columns="stance", values="n", aggfunc="sum", fill_value=0, sort=False
    )
    table["total"] = table.sum(axis=1)
    return table


NOT_NEUTRAL = ("assertive", "distancing", "alarm", "characterising")


def verbs_result(verbs: pd.DataFrame) -> str:
    """One sentence of results from `reporting_verbs()` output, for a notebook to print."""
    quoted = verbs[verbs["form"] == QUOTATION]
    cued = quoted[quoted["cue"] != NO_CUE]
    loaded = cued[cued["stance"].isin(NOT_NEUTRAL)]
    listed = ", ".join(sorted(set(loaded["cue"]))) or "none"
    reported = verbs[verbs["form"] == REPORTED_SPEECH]
    reported_loaded = reported[reported["stance"].isin(NOT_NEUTRAL)]
    return (
        f"Reporting verbs: {int(cued['n'].sum())} of {int(quoted['n'].sum())} quotations have a "
        f"reporting cue; {int(loaded['n'].sum())} of those use a verb that is not neutral "
        f"({listed}). Of {int(reported['n'].sum())} reported-speech clauses, "
        f"{int(reported_loaded['n'].sum())} are introduced by a verb that is not neutral."
    )
