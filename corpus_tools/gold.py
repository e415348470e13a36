"""Hand-coded gold standards, and how a measure scores against them.

`load_gold` reads the team's annotation of every quotation in the bundled corpus
(`data/gold/quotes.csv`, see `data/gold/CODEBOOK.md` and `data/README.md`); `compare_with_gold`
pairs the detector's quotations with it; `gold_scores` gives precision and recall with the
counts. `frame_gold` and `tone_gold` read the team's coding of frames (notebook 06's sample)
and of the tone of every sentence; `frame_validation` and `tone_validation` score the frame
dictionary and the sentiment lexicons against them. A measure whose F1 (frames) or macro-F1
(tone) is below `THRESHOLD` fails its validation, and no notebook draws a conclusion from it.
"""

from __future__ import annotations

import hashlib
from functools import partial
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.stats import spearmanr

from corpus_tools import segmentation
from corpus_tools.coding import NONE
from corpus_tools.reported import speech
from corpus_tools.resources import data_path
from corpus_tools.segmentation import normalise_typography
from corpus_tools.settings import Settings
from corpus_tools.stats import wilson_interval


def load_gold(path: str | Path | None = None) -> pd.DataFrame:
    """Hand-annotated quotations: `article_id`, `quote_text`, `speaker`, `kind`, `note`.

    The default is the team's gold standard for the bundled corpus, `data/gold/quotes.csv`.
    """
    return pd.read_csv(path or data_path("gold", "quotes.csv"), dtype=str, keep_default_na=False)


def _match_key(text: str) -> str:
    words = normalise_typography(text).lower().split()
    return " ".join(words).strip(" .,;:!?")


def compare_with_gold(found: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Found and gold quotations side by side (outer join on article and normalised text).

    Columns: `article_id`, `text`, `speaker_found`, `speaker_gold`, `kind_found`, `kind_gold`,
    `match` (both / found only / gold only), `speaker_ok`, `kind_ok`. Repeated identical
    quotations in one article are paired in order.
    """

    def keyed(df: pd.DataFrame, text: str) -> pd.DataFrame:
        df = df.assign(key=df[text].map(_match_key))
        return df.assign(nth=df.groupby(["article_id", "key"]).cumcount())

    merged = keyed(found, "text").merge(
        keyed(gold, "quote_text"),
        on=["article_id", "key", "nth"],
        how="outer",
        suffixes=("_found", "_gold"),
        indicator=True,
    )
    merged["text"] = merged["text"].fillna(merged["quote_text"])
    merged["match"] = (
        merged["_merge"]
        .map({"both": "both", "left_only": "found only", "right_only": "gold only"})
        .astype(str)
    )
    both = merged["match"] == "both"
    merged["speaker_ok"] = both & (merged["speaker_found"] == merged["speaker_gold"])
    merged["kind_ok"] = both & (merged["kind_found"] == merged["kind_gold"])
    columns = ["article_id", "text", "speaker_found", "speaker_gold", "kind_found", "kind_gold"]
    return merged[[*columns, "match", "speaker_ok", "kind_ok"]].sort_values(
        ["article_id", "text"], ignore_index=True
    )


def gold_scores(comparison: pd.DataFrame) -> pd.DataFrame:
    """Precision and recall of `quotes()` against the gold, with the counts behind each.

    One row per task: finding the quotation; finding it with the right speaker; with the
    right kind. Columns: `task`, `correct`, `found`, `gold`, `precision`, `recall`, each rate
    with a 95% Wilson interval (`precision_low`, `precision_high`, `recall_low`, `recall_high`).
    """
    correct = {
        "quotation found": int((comparison["match"] == "both").sum()),
        "... and speaker right": int(comparison["speaker_ok"].sum()),
        "... and kind right": int(comparison["kind_ok"].sum()),
    }
    return _scores(comparison, correct)


def _scores(comparison: pd.DataFrame, correct: dict[str, int]) -> pd.DataFrame:
    """Precision and recall for each task's number of correct items, with Wilson intervals."""
    found = int((comparison["match"] != "gold only").sum())
    gold = int((comparison["match"] != "found only").sum())
    rows = []
    for task, n in correct.items():
        p_low, p_high = wilson_interval(n, found)
        r_low, r_high = wilson_interval(n, gold)
        rows.append(
            {
                "task": task,
                "correct": n,
                "found": found,
                "gold": gold,
                "precision": n / found if found else float("nan"),
                "precision_low": p_low,
                "precision_high": p_high,
                "recall": n / gold if gold else float("nan"),
                "recall_low": r_low,
                "recall_high": r_high,
            }
        )
    return pd.DataFrame(rows)


def load_reported_gold(path: str | Path | None = None) -> pd.DataFrame:
    """Hand-coded reported-speech clauses: `article_id`, `span`, `speaker`, `speaker_type`,
    `cue`, `note` (default: the bundled corpus, `data/gold/reported.csv`)."""
    return pd.read_csv(path or data_path("gold", "reported.csv"), dtype=str, keep_default_na=False)


def compare_reported(
    found: pd.DataFrame, gold: pd.DataFrame, articles: pd.DataFrame
) -> pd.DataFrame:
    """Found and gold reported-speech clauses paired by overlap.

    Takes `reported_speech()` output, `load_reported_gold()` and the articles (for the gold
    spans' positions in `text`). A found and a gold clause of the same article pair up when
    their characters overlap by at least half of the shorter one (clause boundaries are a
    matter of judgement; the clause and its speaker are what is scored); each clause pairs at
    most once, best overlap first (of equal overlaps, the closer span), a clause whose best
    match is taken pairing with its next best. Columns: `article_id`, `text_found`,
    `text_gold`, `speaker_found`, `speaker_gold`, `match` (both / found only / gold only),
    `speaker_ok`.
    """
    texts = articles.set_index("article_id")["text"]
    gold = gold[gold["article_id"].isin(texts.index)]  # the gold covers its own corpus only
    gold = gold.assign(
        start=[texts[a].find(s) for a, s in zip(gold["article_id"], gold["span"], strict=True)]
    ).assign(end=lambda g: g["start"] + g["span"].str.len(), gold_id=lambda g: range(len(g)))
    found = found.assign(found_id=range(len(found)))
    pairs = found[["article_id", "found_id", "start", "end"]].merge(
        gold[["article_id", "gold_id", "start", "end"]], on="article_id", suffixes=("_f", "_g")
    )
    overlap = np.minimum(pairs["end_f"], pairs["end_g"]) - np.maximum(
        pairs["start_f"], pairs["start_g"]
    )
    shorter = np.minimum(pairs["end_f"] - pairs["start_f"], pairs["end_g"] - pairs["start_g"])
    union = np.maximum(pairs["end_f"], pairs["end_g"]) - np.minimum(
        pairs["start_f"], pairs["start_g"]
    )
    pairs = pairs.assign(overlap=overlap, union=union)[overlap >= shorter / 2]
    # (of equal overlaps, the closer span first: a clause nested in another, "the pilot told
    # managers he had drunk", overlaps the outer gold clause as much as its own)
    pairs = pairs.sort_values(["overlap", "union"], ascending=[False, True], kind="stable")
    pairs = pd.DataFrame(
        _one_to_one(pairs["found_id"], pairs["gold_id"]), columns=["found_id", "gold_id"]
    )
    table = (
        found.merge(pairs, on="found_id", how="outer")
        .merge(gold, on="gold_id", how="outer", suffixes=("_found", "_gold"), indicator=True)
        .rename(columns={"text": "text_found", "span": "text_gold"})
    )
    table["article_id"] = table["article_id_found"].fillna(table["article_id_gold"])
    table["match"] = (
        table["_merge"]
        .map({"both": "both", "left_only": "found only", "right_only": "gold only"})
        .astype(str)
    )
    table["speaker_ok"] = (table["match"] == "both") & (
        table["speaker_found"] == table["speaker_gold"]
    )
    columns = ["article_id", "text_found", "text_gold", "speaker_found", "speaker_gold"]
    return (
        table[[*columns, "match", "speaker_ok"]]
        .fillna("")
        .sort_values(["article_id", "match"], ignore_index=True)
    )


def _one_to_one(found: pd.Series, gold: pd.Series) -> list[tuple[int, int]]:
    """Pairs taken in order, each found and each gold clause at most once (a greedy matching:
    a found clause whose best gold clause is taken pairs with its next best)."""
    used_found, used_gold, kept = set(), set(), []
    for f, g in zip(found, gold, strict=True):
        if f not in used_found and g not in used_gold:
            used_found.add(f)
            used_gold.add(g)
            kept.append((f, g))
    return kept


def reported_scores(comparison: pd.DataFrame) -> pd.DataFrame:
    """Precision and recall of reported-speech clauses (`compare_reported()` output): the
    clause found, and found with the right speaker; columns as `gold_scores()`."""
    correct = {
        "clause found": int((comparison["match"] == "both").sum()),
        "... and speaker right": int(comparison["speaker_ok"].sum()),
    }
    return _scores(comparison, correct)


# --- frames and tone: the team's gold coding, and how the dictionary and lexicons score -----

THRESHOLD = 0.70  # the F1 / macro-F1 a measure needs before a notebook draws on it
GOLD_CODER = "framing-lab team (gold)"
TONES = ["negative", "neutral", "positive"]


def _text_key(text: str) -> str:
    """A short checksum of a sentence (whitespace normalised): gold applies to this text only."""
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()[:16]


def _matching(gold: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Gold rows whose sentence is, word for word, a sentence of `sentences`."""
    keys = sentences.assign(text_sha256=sentences["text"].map(_text_key))
    keys = keys[["article_id", "sentence_id", "text_sha256"]].astype(
        {"sentence_id": str, "article_id": str}
    )
    return gold.merge(keys, on=["article_id", "sentence_id", "text_sha256"])


def frame_gold(sentences: pd.DataFrame) -> pd.DataFrame:
    """The team's frame coding of notebook 06's sample, for the sentences it applies to.

    Columns: `coder` (`GOLD_CODER`), `unit_id`, `article_id`, `sentence_id`, `frame`,
    `present`; the code "none" is present where no frame is, as in a coder's file. Empty for a
    corpus it was not made for (each sentence is checked by checksum).
    """
    gold = pd.read_csv(data_path("gold", "frames_sentences.csv"), dtype=str)
    found = _matching(gold, sentences).assign(present=lambda g: g["present"] == "true")
    found["sentence_id"] = found["sentence_id"].astype(int)
    keys = ["unit_id", "article_id", "sentence_id"]
    none = found.groupby(keys, sort=False)["present"].any().map(lambda any_frame: not any_frame)
    none = none.reset_index().assign(frame=NONE)
    found = pd.concat([found.drop(columns="text_sha256"), none], ignore_index=True)
    found.insert(0, "coder", GOLD_CODER)
    return found


def article_frame_gold(articles: pd.DataFrame) -> pd.DataFrame:
    """The team's coding of the five frames per whole article (`frames_articles.csv`).

    Columns: `unit_id` (the article id), `article_id`, `frame`, `present` (at least one of the
    frame's questions answered yes). Only for articles whose text is the one coded (checked by
    checksum), so empty on any other corpus.
    """
    gold = pd.read_csv(data_path("gold", "frames_articles.csv"), dtype=str, keep_default_na=False)
    coded = articles.assign(text_sha256=articles["text"].map(_text_key))
    gold = gold.merge(coded[["article_id", "text_sha256"]], on=["article_id", "text_sha256"])
    present = (
        gold.assign(yes=gold["answer"] == "yes")
        .groupby(["article_id", "frame"], sort=False)["yes"]
        .any()
    )
    table = present.rename("present").reset_index()
    return table.assign(unit_id=table["article_id"])[["unit_id", "article_id", "frame", "present"]]


def tone_gold(sentences: pd.DataFrame) -> pd.DataFrame:
    """The team's tone coding of every sentence (`tone`: negative, neutral, positive), for the
    sentences it applies to: `article_id`, `sentence_id`, `tone`."""
    gold = pd.read_csv(data_path("gold", "tone_sentences.csv"), dtype=str)
    found = _matching(gold, sentences)
    found["sentence_id"] = found["sentence_id"].astype(int)
    return found.drop(columns="text_sha256")


MIN_CONTRAST = 3  # gold units with, and without, a frame needed to validate it


def validation_verdict(score: float) -> str:
    """`passes` at or above `THRESHOLD`, `fails` below, `not measurable` without a value."""
    if pd.isna(score):
        return "not measurable"
    return "passes" if score >= THRESHOLD else "fails"


def frame_validation(codes: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """A method's frame codes (e.g. `coding.dictionary_codes`) against the gold, per frame.

    Columns: `frame`, `n_units`, `n_gold` (units the gold gives the frame), `tp`, `fp`, `fn`,
    `precision`, `recall`, `f1` (nan where undefined) and `verdict` on F1: "not measurable"
    where fewer than `MIN_CONTRAST` gold units carry the frame, or lack it.
    """
    both = codes.merge(gold, on=["unit_id", "frame"], suffixes=("", "_gold"))
    both = both[both["frame"] != NONE]  # "none" is the absence of a frame, not a measure
    rows = []
    for frame, g in both.groupby("frame", sort=False):
        tp = int((g["present"] & g["present_gold"]).sum())
        fp = int((g["present"] & ~g["present_gold"]).sum())
        fn = int((~g["present"] & g["present_gold"]).sum())
        precision = tp / (tp + fp) if tp + fp else float("nan")
        recall = tp / (tp + fn) if tp + fn else float("nan")
        f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else float("nan")
        rows.append(
            {
                "frame": frame,
                "n_units": len(g),
                "n_gold": tp + fn,
                "tp": tp,
                "fp": fp,
                "fn": fn,
                "precision": precision,
                "recall": recall,
                "f1": f1,
                # with (almost) every unit or none carrying the frame in the gold, a method
                # that always says yes, or never, would score as well as one that reads
                "verdict": validation_verdict(f1)
                if min(tp + fn, len(g) - tp - fn) >= MIN_CONTRAST
                else "not measurable",
            }
        )
    columns = ["frame", "n_units", "n_gold", "tp", "fp", "fn", "precision", "recall", "f1"]
    return pd.DataFrame(rows, columns=[*columns, "verdict"])


def tone_validation(
    scored: pd.DataFrame, gold: pd.DataFrame, neutral: float = 0.05
) -> pd.DataFrame:
    """Each lexicon's sentence scores against the gold tone: one row per lexicon.

    `scored` has `compound` (VADER) and `polarity` (TextBlob) per sentence. A score within
    `neutral` of 0 is neutral. Columns: `lexicon`, `n_sentences`, `accuracy` (sign equals the
    gold tone), `macro_f1` (F1 averaged over the three tones), `spearman` (rank correlation of
    the score with the tone as -1, 0, 1) and `verdict` on macro-F1.
    """
    both = scored.merge(gold, on=["article_id", "sentence_id"])
    truth = both["tone"].map({"negative": -1, "neutral": 0, "positive": 1})
    rows = []
    for lexicon, column in [("VADER", "compound"), ("TextBlob", "polarity")]:
        score = both[column]
        predicted = pd.Series(
            np.select([score <= -neutral, score >= neutral], ["negative", "positive"], "neutral"),
            index=both.index,
        )
        f1s = []
        for tone in TONES:
            tp = int(((predicted == tone) & (both["tone"] == tone)).sum())
            wrong = int(((predicted == tone) != (both["tone"] == tone)).sum())
            f1s.append(2 * tp / (2 * tp + wrong) if tp + wrong else float("nan"))
        rho = spearmanr(score, truth).statistic if len(both) > 2 else float("nan")
        macro = float(np.nanmean(f1s)) if len(both) else float("nan")
        rows.append(
            {
                "lexicon": lexicon,
                "n_sentences": len(both),
                "accuracy": float((predicted == both["tone"]).mean()) if len(both) else np.nan,
                "macro_f1": macro,
                "spearman": float(rho),
                "verdict": validation_verdict(macro),
            }
        )
    return pd.DataFrame(rows)


def validation_result(table: pd.DataFrame) -> str:
    """One sentence from `frame_validation` or `tone_validation` output, for a notebook.

    Names what passes and what fails; with no gold for the corpus, says the measure is not
    validated here.
    """
    name, score = ("frame", "f1") if "frame" in table.columns else ("lexicon", "macro_f1")
    measured = table[table["verdict"] != "not measurable"]
    units = table["n_sentences"] if "n_sentences" in table else table["n_units"]
    if table.empty or (units == 0).all():
        return "No gold coding matches this corpus: the measure is not validated here."

    def listed(verdict: str) -> str:
        rows = measured[measured["verdict"] == verdict]
        return ", ".join(f"{r[name]} ({score} {r[score]:.2f})" for _, r in rows.iterrows())

    unmeasured = ", ".join(table.loc[table["verdict"] == "not measurable", name])
    return (
        f"Passing validation ({score} >= {THRESHOLD:.2f}): {listed('passes') or 'none'}. "
        f"Failing: {listed('fails') or 'none'}."
        + (
            f" Not measurable (too few cases with or without it in the gold): {unmeasured}."
            if unmeasured
            else ""
        )
    )


# --- the voice pattern suite: invented passages, one construction each ---------------------


def load_patterns(name: str = "patterns") -> tuple[pd.DataFrame, pd.DataFrame]:
    """Invented passages (`passage_id`, `construction`, `text`) and their units (`passage_id`,
    `unit` quote|reported, `span`, `speaker`, `speaker_type`, `cue`): the pattern suite, or a
    blind set ("heldout_a" to "heldout_z", "heldout_zz", "heldout_aa" to "heldout_il", see
    `data/README.md`)."""
    read = partial(pd.read_csv, dtype=str, keep_default_na=False)
    units = "pattern_units" if name == "patterns" else f"{name}_units"
    return read(data_path("gold", f"{name}.csv")), read(data_path("gold", f"{units}.csv"))


def heldout_scores(study: Settings | str | None = None) -> pd.DataFrame:
    """The blind passage sets scored now beside their first score, made before any rule was
    written with them in view (`data/gold/heldout_first_scores.csv`).

    One row per set and score, the sets in the order they were written (`when`: "first" or
    "now", with the `commit` of the code for the first): `quotes`, `speaker_right`,
    `speaker_accuracy` and its 95% Wilson interval (`accuracy_low`, `accuracy_high`);
    `reported` (gold clauses), `reported_found`, `reported_right`, `reported_precision`,
    `reported_recall`. The latest sets' first scores are the held-out estimate; later scores
    on a set that was then read are development scores.
    """
    first = pd.read_csv(data_path("gold", "heldout_first_scores.csv"), dtype={"commit": str})
    now = [
        pattern_scores(*load_patterns(f"heldout_{name}"), study)
        .set_index("construction")
        .loc["all"]
        .rename(name)
        for name in first["set"]
    ]
    columns = ["quotes", "speaker_right", "reported", "reported_found", "reported_right"]
    table = pd.concat(
        [
            first.assign(when="first"),
            pd.DataFrame(now)[columns]
            .astype(int)
            .rename_axis("set")
            .reset_index()
            .assign(when="now", commit=""),
        ]
    )
    table["speaker_accuracy"] = table["speaker_right"] / table["quotes"]
    table["accuracy_low"], table["accuracy_high"] = zip(
        *map(wilson_interval, table["speaker_right"], table["quotes"]), strict=True
    )
    table["reported_precision"] = table["reported_right"] / table["reported_found"]
    table["reported_recall"] = table["reported_right"] / table["reported"]
    order = ["set", "when", "commit", *columns[:2], "speaker_accuracy", "accuracy_low"]
    order += ["accuracy_high", *columns[2:], "reported_precision", "reported_recall"]
    # in the order the sets were written (the file's): "aa" came after "zz"
    written = {name: k for k, name in enumerate(first["set"])}
    table = table.sort_values(
        ["set", "when"], key=lambda c: c.map(written) if c.name == "set" else c, kind="stable"
    )
    return table.reset_index(drop=True)[order]


def heldout_estimate(table: pd.DataFrame) -> pd.Series:
    """The held-out estimate from `heldout_scores`: the first scores of the sets scored first
    on the newest set's commit, their counts summed (`sets`, "r, s"; `quotes`, `speaker_right`,
    `speaker_accuracy` with its 95% Wilson interval; `reported`, `reported_found`,
    `reported_right`, `reported_precision`, `reported_recall`)."""
    first = table[table["when"] == "first"]
    newest = first["commit"].iloc[-1]  # the table lists the sets in the order written
    pooled = first[first["commit"] == newest]
    columns = ["quotes", "speaker_right", "reported", "reported_found", "reported_right"]
    total = pooled[columns].sum()
    low, high = wilson_interval(total["speaker_right"], total["quotes"])
    return pd.Series(
        {
            "sets": ", ".join(pooled["set"]),
            **total,
            "speaker_accuracy": total["speaker_right"] / total["quotes"],
            "accuracy_low": low,
            "accuracy_high": high,
            "reported_precision": total["reported_right"] / total["reported_found"],
            "reported_recall": total["reported_right"] / total["reported"],
        }
    )


def _same_speaker(found: pd.Series, gold: pd.Series) -> pd.Series:
    """Speakers compared without case and a leading "the" ("The ministry" = "the ministry")."""

    def norm(s: pd.Series) -> pd.Series:
        return s.fillna("").str.lower().str.replace(r"^the\s+", "", regex=True)

    return norm(found) == norm(gold)


def pattern_scores(
    passages: pd.DataFrame, units: pd.DataFrame, study: Settings | str | None = None
) -> pd.DataFrame:
    """How the speaker sieve and the reported-speech rules score on the pattern suite.

    One row per construction, then "all": `n_passages`; quotations: `quotes` (in the gold),
    `quotes_found` (found at the gold's opening mark: a quotation's, or a paragraph's of one
    that runs over several, which the codebook counts once), `speaker_right` and
    `speaker_accuracy`
    (right speaker, an empty one included, over the gold's quotations); reported speech:
    `reported` (gold clauses), `reported_found` (found clauses), `reported_right` (paired by
    overlap as `compare_reported`, with the right speaker), `reported_precision`,
    `reported_recall`.
    """
    articles = passages.rename(columns={"passage_id": "article_id"}).assign(
        outlet_label=passages["construction"]
    )
    paras = segmentation.paragraphs(articles)
    sents = segmentation.split_sentences(paras)
    found, segments, reports = speech(articles, paras, sents, study)
    # each paragraph of a quotation that runs over several opens with its own mark
    opened = segments.merge(
        found[["article_id", "quote_id", "speaker"]], on=["article_id", "quote_id"]
    )
    units = units.rename(columns={"passage_id": "article_id"})
    texts = articles.set_index("article_id")["text"]
    quotes = units[units["unit"] == "quote"]
    quotes = quotes.assign(
        start=[texts[a].find(s) for a, s in zip(quotes["article_id"], quotes["span"], strict=True)]
    ).merge(
        opened[["article_id", "start", "speaker"]],
        on=["article_id", "start"],
        how="left",
        suffixes=("", "_found"),
        indicator=True,
    )
    quotes["found"] = quotes["_merge"] == "both"
    quotes["right"] = quotes["found"] & _same_speaker(quotes["speaker_found"], quotes["speaker"])
    reported = compare_reported(reports, units[units["unit"] == "reported"], articles)
    reported["right"] = (reported["match"] == "both") & _same_speaker(
        reported["speaker_found"], reported["speaker_gold"]
    )
    construction = passages.set_index("passage_id")["construction"]
    per_quote = quotes.groupby(quotes["article_id"].map(construction)).agg(
        quotes=("found", "size"), quotes_found=("found", "sum"), speaker_right=("right", "sum")
    )
    kind = reported["article_id"].map(construction)
    per_report = pd.DataFrame(
        {
            "reported": (reported["match"] != "found only").groupby(kind).sum(),
            "reported_found": (reported["match"] != "gold only").groupby(kind).sum(),
            "reported_right": reported["right"].groupby(kind).sum(),
        }
    )
    table = (
        construction.value_counts(sort=False)
        .rename("n_passages")
        .to_frame()
        .join(per_quote)
        .join(per_report)
        .fillna(0)
        .astype(int)
    )
    table.loc["all"] = table.sum()
    table["speaker_accuracy"] = table["speaker_right"] / table["quotes"].replace(0, np.nan)
    table["reported_precision"] = table["reported_right"] / table["reported_found"].replace(
        0, np.nan
    )
    table["reported_recall"] = table["reported_right"] / table["reported"].replace(0, np.nan)
    table.index.name = "construction"
    return table.reset_index()
