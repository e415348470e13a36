"""Quote fidelity: one utterance as each outlet renders it, compared word by word.

The same remark reaches readers in different words: one outlet quotes it in full, another
adds "immediately", a third drops a condition. `renderings` picks, per article, the first
sentence matching a pattern that identifies the utterance (e.g. `legitimate target`);
`alignment` lines each rendering up with a reference rendering word by word (Python's
`difflib`, longest matching blocks first), and `fidelity_summary` lists what each adds and
drops (content words, whatever their order) and which words it swaps for others. Words are
compared lower-cased, without punctuation and quotation marks; a paraphrase and a quotation
are compared alike, so read the sentences themselves beside the table.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

import pandas as pd

from corpus_tools.segmentation import normalise_typography, stop_words

RENDERING_COLUMNS = ["article_id", "outlet_label", "sentence_id", "text"]
ALIGNMENT_COLUMNS = ["article_id", "outlet_label", "op", "reference_words", "rendering_words"]
OPS = {"equal": "same", "insert": "added", "delete": "dropped", "replace": "changed"}
_WORD = re.compile(r"[\w'-]+")


def words(text: str) -> list[str]:
    """The words of a text as they are compared: lower case, no punctuation or quote marks."""
    return _WORD.findall(normalise_typography(text).lower().replace("'", ""))


def renderings(sentences: pd.DataFrame, pattern: str) -> pd.DataFrame:
    """Per article, the first sentence matching `pattern` (a case-insensitive regex).

    Takes `sentences()` (or `Tables.sentences`). Articles without a match have no row.
    Columns: `RENDERING_COLUMNS`.
    """
    found = sentences[sentences["text"].str.contains(pattern, case=False, regex=True)]
    first = found.drop_duplicates("article_id")
    return first[RENDERING_COLUMNS].reset_index(drop=True)


def alignment(found: pd.DataFrame, reference: str | None) -> pd.DataFrame:
    """Each rendering aligned with the reference rendering: `ALIGNMENT_COLUMNS`.

    `reference` is an `article_id` of `found` (see `reference_rendering`).
    `op` is `same`, `added` (in the rendering, not the reference), `dropped` (in the reference,
    not the rendering) or `changed` (a run of words replaced by another); the reference's own
    rows are all `same`.
    """
    if found.empty:
        return pd.DataFrame(columns=ALIGNMENT_COLUMNS)
    ref = words(found.set_index("article_id").loc[reference, "text"])
    rows = []
    for r in found.itertuples(index=False):
        mine = words(r.text)
        matcher = SequenceMatcher(a=ref, b=mine, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            rows.append(
                (
                    r.article_id,
                    r.outlet_label,
                    OPS[tag],
                    " ".join(ref[i1:i2]),
                    " ".join(mine[j1:j2]),
                )
            )
    return pd.DataFrame(rows, columns=ALIGNMENT_COLUMNS)


def fidelity_summary(aligned: pd.DataFrame, max_change: int = 3) -> pd.DataFrame:
    """Per article: what its rendering adds, drops and changes against the reference.

    Outlets reorder sentences ("X said ..." against "... , X said"), so `added` and `dropped`
    compare the content words of the two renderings as bags, whatever their order (stop words
    left out): each word as often as one side has it more than the other. `changed` lists the
    local substitutions of the word alignment ("old -> new", at most `max_change` words a
    side). Columns: `article_id`, `outlet_label`, `n_same` (reference words the alignment
    keeps), `n_reference`, `added`, `dropped`, `changed` ("; "-joined).
    """
    stops = stop_words()
    rows = []
    for (article_id, outlet), g in aligned.groupby(["article_id", "outlet_label"], sort=False):
        ref = " ".join(g["reference_words"]).split()
        mine = " ".join(g["rendering_words"]).split()
        ref_bag = Counter(w for w in ref if w not in stops)
        my_bag = Counter(w for w in mine if w not in stops)
        local = g[g["op"] == "changed"]
        small = (local["reference_words"].str.split().str.len() <= max_change) & (
            local["rendering_words"].str.split().str.len() <= max_change
        )
        same = g.loc[g["op"] == "same", "reference_words"].str.split().str.len().sum()
        rows.append(
            {
                "article_id": article_id,
                "outlet_label": outlet,
                "n_same": int(same),
                "n_reference": len(ref),
                "added": "; ".join((my_bag - ref_bag).elements()),
                "dropped": "; ".join((ref_bag - my_bag).elements()),
                "changed": "; ".join(
                    f"{old} -> {new}"
                    for old, new in zip(
                        local.loc[small, "reference_words"],
                        local.loc[small, "rendering_words"],
                        strict=True,
                    )
                ),
            }
        )
    return pd.DataFrame(rows)


def reference_rendering(found: pd.DataFrame, quotes: pd.DataFrame, pattern: str) -> str | None:
    """The article to compare the others with: the one whose quotation matching `pattern` is
    the longest (the fullest direct rendering of the speaker's words), else the longest
    rendering; None when no article renders the remark."""
    if found.empty:
        return None
    quoted = quotes[quotes["text"].str.contains(pattern, case=False, regex=True)]
    quoted = quoted[quoted["article_id"].isin(found["article_id"])]
    if len(quoted):
        return str(quoted.loc[quoted["n_words"].idxmax(), "article_id"])
    return str(found.loc[found["text"].map(lambda t: len(words(t))).idxmax(), "article_id"])


def fidelity_result(summary: pd.DataFrame, reference: str | None) -> str:
    """One sentence of results from `fidelity_summary()` output, for a notebook to print."""
    if summary.empty:
        return "Quote fidelity: no article renders the remark."
    others = summary[summary["article_id"] != reference]
    return (
        f"Quote fidelity: {len(summary)} articles render the remark; against article "
        f"{reference}, {int((others['added'] != '').sum())} of the other {len(others)} add "
        f"content words and {int((others['dropped'] != '').sum())} drop some."
    )
