"""Widgets for a seminar: explore a term, compare two outlets, read one article with its markup.

Each builder (`term_explorer`, `outlet_comparison`, `article_reader`) takes the precomputed
tables of a corpus (`pipeline.Tables`, from `pipeline.load_tables()`) and returns an ipywidgets
box whose parts are named attributes, so a notebook only calls the builder and a test can set a
value and read what the widget then shows. The widgets connect controls to those tables: a
typed term is looked up in a positional index built once (`matching.TokenIndex`), never by
rescanning the corpus. The HTML builders are plain functions, testable without ipywidgets.

Text from the corpus and from the user is HTML-escaped before it is shown. Wrappers carry the
class `tex2jax_ignore`, so a pair of dollar signs in an article is never typeset as maths.
"""

from __future__ import annotations

import html
from itertools import pairwise
from typing import NamedTuple

import ipywidgets as ipw
import pandas as pd

from corpus_tools import claims, distinctive, frames, lexicon, plotting, sentiment
from corpus_tools.matching import TokenIndex
from corpus_tools.pipeline import Tables

DEFAULT_PATTERN = "legitimate target*"
REST = "all other outlets"
COUNT_COLUMNS = [
    "outlet_label",
    "n_words",
    "n_matches",
    "n_narrator",
    "n_reported",
    "n_quoted",
    "per_1000",
]
MAX_ROWS = 200  # keyword-in-context rows shown; every match is counted
PATTERN_HELP = (
    "Type a word (<i>dictator</i>), a phrase (<i>illegal invasion</i>) or the start of a word "
    "followed by * (<i>escalat*</i>). Case does not matter."
)
# Sentence backgrounds: VADER's neutral band (|compound| < 0.05) stays white.
SENTIMENT_COLOURS = {"negative": "#f8d0d0", "neutral": "", "positive": "#d3efd3"}
LOADED_COLOUR = "#b2182b"
_EVERY_EMPTY = pd.DataFrame({"article_id": [], "outlet": [], "voice_kind": []})


class Search(NamedTuple):
    """A looked-up pattern: `shown` (kwic rows, at most MAX_ROWS), `every` (one row per match:
    `article_id` as a code, `outlet` as a category, `voice_kind`), `problem` (a message if it
    could not be searched)."""

    shown: pd.DataFrame
    every: pd.DataFrame
    problem: str


_BOX = "font-family: var(--jp-content-font-family, sans-serif); line-height: 1.6;"
_CELL = "padding: 2px 8px; border-bottom: 1px solid #e0e0e0; vertical-align: top;"


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _message(text: str) -> str:
    """A short notice in the widget's own style (`text` is HTML already)."""
    return f'<div class="tex2jax_ignore" style="{_BOX} color: #444;">{text}</div>'


def _frame_table(table: pd.DataFrame) -> str:
    """A small DataFrame as an HTML table (pandas escapes every cell)."""
    body = table.to_html(index=False, border=0, escape=True, na_rep="")
    return f'<div class="tex2jax_ignore" style="{_BOX}">{body}</div>'


def _count(n: int, noun: str, plural: str = "") -> str:
    """ "1 match", "2 matches": a count with its noun in the right number."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def voice_label(voice_kind: str, speaker: str) -> str:
    """How a match's voice is shown: "narrator", "reported: <speaker>" or "quoted: <speaker>"."""
    return (
        voice_kind if voice_kind == "narrator" else f"{voice_kind}: {speaker or 'no named speaker'}"
    )


# --- term explorer -------------------------------------------------------------------------


def outlet_counts(matches: pd.DataFrame, words: pd.DataFrame) -> pd.DataFrame:
    """Matches of a `lexicon.kwic()` result per outlet, every outlet of `words` in corpus order.

    `words` is `lexicon.word_counts(tokens)`, computed once per corpus.

    Columns (`COUNT_COLUMNS`): `outlet_label`, `n_words` (the outlet's words), `n_matches`,
    `n_narrator`, `n_reported` and `n_quoted` (matches in the outlet's own voice, in reported
    speech, inside quotations), `per_1000` (`lexicon.rates`: no interval, words are not
    independent trials).
    """
    found = matches.rename(columns={"outlet": "outlet_label"})
    counts = lexicon.rates(found, words)
    by_kind = pd.crosstab(found["outlet_label"], found["voice_kind"])
    for kind in ("narrator", "reported", "quoted"):
        column = by_kind[kind] if kind in by_kind.columns else pd.Series(dtype=int)
        counts[f"n_{kind}"] = counts["outlet_label"].map(column).fillna(0).astype(int)
    return counts[COUNT_COLUMNS]


def search(index: TokenIndex, pattern: str, limit: int | None = None) -> Search:
    """A typed pattern looked up in the index: every match counted, the first shown in context.

    An empty pattern, or one the matcher rejects (a bare `*`), gives no rows and says why.
    `limit` defaults to `MAX_ROWS`.
    """
    typed, limit = pattern.strip(), MAX_ROWS if limit is None else limit
    nothing = Search(pd.DataFrame(columns=lexicon.KWIC_COLUMNS), _EVERY_EMPTY, "")
    if not typed:
        return nothing._replace(problem=PATTERN_HELP)
    try:
        spans, _ = index.spans(pd.Series([typed]))
    except ValueError as err:  # the matcher rejects the pattern, e.g. a bare "*"
        problem = f"Cannot search for <b>{_esc(typed)}</b> ({_esc(err)}). {PATTERN_HELP}"
        return nothing._replace(problem=problem)
    every = pd.DataFrame(
        {
            "article_id": index.article_code[spans[:, 0]],
            "outlet": pd.Categorical.from_codes(index.outlet_code[spans[:, 0]], index.outlets),
            "voice_kind": index.voice_kind(spans),
        }
    )
    return Search(lexicon.kwic(index, typed, limit=limit), every, "")


def kwic_html(matches: pd.DataFrame, colours: dict[str, str]) -> str:
    """A keyword-in-context table grouped by outlet (corpus order), with each match's voice."""
    header = "".join(
        f'<th style="{_CELL} text-align: {align};">{name}</th>'
        for name, align in [
            ("article · sentence", "left"),
            ("before", "right"),
            ("match", "center"),
            ("after", "left"),
            ("voice", "left"),
        ]
    )
    rows = []
    for outlet, group in matches.groupby("outlet", sort=False):
        n = len(group)
        rows.append(
            f'<tr><th colspan="5" style="{_CELL} text-align: left; '
            f'border-left: 8px solid {colours.get(outlet, "#999")};">'
            f"{_esc(outlet)} · {_count(n, 'match', 'matches')}</th></tr>"
        )
        for m in group.itertuples(index=False):
            rows.append(
                f'<tr><td style="{_CELL}">{_esc(m.article_id)} · {m.sentence_id}</td>'
                f'<td style="{_CELL} text-align: right;">{_esc(m.pre)}</td>'
                f'<td style="{_CELL} text-align: center; font-weight: bold;">'
                f"{_esc(m.keyword)}</td>"
                f'<td style="{_CELL}">{_esc(m.post)}</td>'
                f'<td style="{_CELL}">{_esc(voice_label(m.voice_kind, m.speaker))}</td></tr>'
            )
    return (
        f'<div class="tex2jax_ignore" style="{_BOX} max-height: 480px; overflow-y: auto;">'
        f'<table class="framing-kwic" style="border-collapse: collapse;">'
        f"<thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


class TermExplorer(ipw.VBox):
    """Type a pattern; see its matches in context by outlet and a chart of counts per outlet.

    Parts: `pattern` (Text, updated as you type), `status` (HTML: a summary or a message),
    `chart` (Image: SVG bar chart), `table` (HTML: keyword in context, the first MAX_ROWS
    matches). After each update `matches` holds those `lexicon.kwic()` rows, `n_matches` the
    number of all matches and `counts` the `outlet_counts()` table of all of them.
    """

    def __init__(self, tables: Tables, pattern: str = DEFAULT_PATTERN):
        self._index = TokenIndex(tables.tokens)
        self._words = lexicon.word_counts(tables.tokens)
        self._colours = plotting.outlet_colours(tables.articles)
        self._n_articles = len(tables.articles)
        self.pattern = ipw.Text(
            value=pattern,
            description="Term",
            placeholder="dictator, illegal invasion, escalat*",
            continuous_update=True,
            layout=ipw.Layout(width="420px"),
        )
        self.status = ipw.HTML()
        self.chart = ipw.Image(format="svg+xml", layout=ipw.Layout(max_width="640px"))
        self.table = ipw.HTML()
        self.matches = pd.DataFrame()
        self.counts = pd.DataFrame()
        super().__init__([self.pattern, self.status, self.chart, self.table])
        self.add_class("framing-term-explorer")
        self.pattern.observe(self._refresh, names="value")
        self._refresh()

    def __repr__(self) -> str:
        return f"TermExplorer(pattern={self.pattern.value!r}, matches={len(self.matches)})"

    def _refresh(self, change: dict | None = None) -> None:
        typed = self.pattern.value.strip()
        found = search(self._index, typed)
        self.matches, self.n_matches = found.shown, len(found.every)
        self.counts = outlet_counts(found.every, self._words)
        self.chart.value = plotting.term_counts_svg(self.counts, self._colours, typed)
        self.status.value = _message(found.problem or self._summary(typed, found.every))
        self.table.value = kwic_html(self.matches, self._colours) if len(self.matches) else ""

    def _summary(self, typed: str, every: pd.DataFrame) -> str:
        n = len(every)
        kinds = every["voice_kind"].value_counts()
        if not n:
            return f"No match for <b>{_esc(typed)}</b> in the {self._n_articles} articles."
        k = every["article_id"].nunique()
        shown = f" The table shows the first {len(self.matches)}." if n > len(self.matches) else ""
        return (
            f"<b>{_esc(typed)}</b>: {_count(n, 'match', 'matches')} in {k} of "
            f"{self._n_articles} articles; {kinds.get('narrator', 0)} in the outlets' own voice, "
            f"{kinds.get('reported', 0)} in reported speech, {kinds.get('quoted', 0)} inside "
            f"quotations.{shown}"
        )


def term_explorer(tables: Tables, pattern: str = DEFAULT_PATTERN) -> TermExplorer:
    """A `TermExplorer` over a corpus's tables, showing `pattern` to begin with."""
    return TermExplorer(tables, pattern)


# --- outlet comparison -----------------------------------------------------------------------


def distinctive_terms(
    toks: pd.DataFrame, first: str, second: str = REST, k: int = 10
) -> pd.DataFrame:
    """The `k` most distinctive words of each side: `first` against `second` (or the rest).

    Weighted log-odds with an informative Dirichlet prior (`distinctive.weighted_log_odds`) over
    the two sides' words, stop words left out. Columns: `side` (`first`, or `second` / REST),
    `rank`, `term`, `n` (on this side), `n_other` (on the other side), `log_odds`, `z`.
    """
    if second == REST:
        side = toks["outlet_label"].where(toks["outlet_label"] == first, REST)
    else:
        side = toks["outlet_label"].where(toks["outlet_label"].isin([first, second]))
    counts = distinctive.term_counts(toks.assign(side=side).dropna(subset="side"), "side", True)
    odds = distinctive.weighted_log_odds(counts, "side", "term", "n")
    top = distinctive.top_terms(odds, "side", k)
    totals = counts.groupby("term")["n"].sum()
    top["n_other"] = top["term"].map(totals) - top["n"]
    top = top.iloc[top["side"].ne(first).argsort(kind="stable")]  # `first` on top
    return top[["side", "rank", "term", "n", "n_other", "log_odds", "z"]].reset_index(drop=True)


def claim_comparison(coverage: pd.DataFrame, first: str, second: str = REST) -> pd.DataFrame:
    """Which claims each side carries, from `claims.claim_coverage()` output.

    One row per claim: `claim_id`, `claim`, `first` and `second` (articles of the side stating
    the claim), `first_articles` and `second_articles` (articles of the side), `carried_by`
    ("<first> only", "<second> only", "both", "neither"); the one-sided claims come first.
    """
    in_first = coverage["outlet_label"] == first
    in_second = ~in_first if second == REST else coverage["outlet_label"] == second
    sides = {"first": coverage[in_first], "second": coverage[in_second]}
    table = coverage.drop_duplicates("claim_id")[["claim_id", "claim"]].set_index("claim_id")
    for name, part in sides.items():
        table[name] = part.groupby("claim_id")["present"].sum().reindex(table.index, fill_value=0)
        table[f"{name}_articles"] = part["article_id"].nunique()
    labels = {
        (True, False): f"{first} only",
        (False, True): f"{second} only",
        (True, True): "both",
        (False, False): "neither",
    }
    table["carried_by"] = [
        labels[a > 0, b > 0] for a, b in zip(table["first"], table["second"], strict=True)
    ]
    order = table["carried_by"].map({v: i for i, v in enumerate(labels.values())})
    return table.iloc[order.argsort(kind="stable")].reset_index()


def _carried(table: pd.DataFrame, side: str) -> list[str]:
    """A side's column of a `claim_comparison()` as text: yes / no, or "k of n articles"."""
    pairs = zip(table[side], table[f"{side}_articles"], strict=True)
    return [("yes" if n else "no") if of == 1 else f"{n} of {of} articles" for n, of in pairs]


class OutletComparison(ipw.VBox):
    """Pick an outlet and another (or all others): its distinctive words and claims.

    Parts: `first`, `second` (Dropdowns), `status` (HTML message), `terms` (HTML: the most
    distinctive words of each side), `claims` (HTML: claims carried by one side and not the
    other). After each update `distinctive` holds `distinctive_terms()` and `claim_table`
    holds `claim_comparison()`.
    """

    def __init__(self, tables: Tables, first: str | None = None, second: str = REST, k: int = 10):
        self._tokens = tables.tokens
        self._coverage = claims.claim_coverage(tables.sentences, claims.claims())
        self._k = k
        outlets = list(dict.fromkeys(tables.articles["outlet_label"]))
        self.first = ipw.Dropdown(options=outlets, value=first or outlets[0], description="Outlet")
        self.second = ipw.Dropdown(options=[REST, *outlets], value=second, description="against")
        self.status, self.terms, self.claims = ipw.HTML(), ipw.HTML(), ipw.HTML()
        self.distinctive, self.claim_table = pd.DataFrame(), pd.DataFrame()
        controls = ipw.HBox([self.first, self.second])
        super().__init__([controls, self.status, self.terms, self.claims])
        self.add_class("framing-outlet-comparison")
        for control in (self.first, self.second):
            control.observe(self._refresh, names="value")
        self._refresh()

    def __repr__(self) -> str:
        return f"OutletComparison(first={self.first.value!r}, second={self.second.value!r})"

    def _refresh(self, change: dict | None = None) -> None:
        first, second = self.first.value, self.second.value
        alone = second == REST and len(self.first.options) == 1
        if first == second or alone:
            self.distinctive, self.claim_table = pd.DataFrame(), pd.DataFrame()
            self.status.value = _message(
                "The corpus has a single outlet: there is nothing to compare it with."
                if alone
                else "Pick two different outlets, or one against all others."
            )
            self.terms.value = self.claims.value = ""
            return
        self.distinctive = distinctive_terms(self._tokens, first, second, self._k)
        self.claim_table = claim_comparison(self._coverage, first, second)
        self.status.value = _message(
            "Words: weighted log-odds with an informative prior (Monroe et al. 2008), stop "
            "words left out; |z| ≥ 1.96 is the usual threshold, which few words of articles "
            "this short reach. Claims: the checkable facts of <code>data/claims.csv</code>."
        )
        self.terms.value = self._terms_html(first, second)
        self.claims.value = self._claims_html()

    def _terms_html(self, first: str, second: str) -> str:
        tables = []
        for side in (first, second):
            rows = self.distinctive[self.distinctive["side"] == side]
            shown = rows[["rank", "term", "n", "n_other", "z"]].rename(
                columns={"n": "here", "n_other": "other side"}
            )
            tables.append(
                f"<div><b>More typical of {_esc(side)}</b>"
                f"{_frame_table(shown.round({'z': 2}))}</div>"
            )
        return f'<div style="display: flex; gap: 2em; flex-wrap: wrap;">{"".join(tables)}</div>'

    def _claims_html(self) -> str:
        table = self.claim_table
        shown = pd.DataFrame(
            {
                "claim": table["claim"],
                self.first.value: _carried(table, "first"),
                self.second.value: _carried(table, "second"),
                "carried by": table["carried_by"],
            }
        )
        return f"<b>Claims</b>{_frame_table(shown)}"


def outlet_comparison(
    tables: Tables, first: str | None = None, second: str = REST
) -> OutletComparison:
    """An `OutletComparison` of `first` (default: the first outlet) against `second`."""
    return OutletComparison(tables, first, second)


# --- article reader --------------------------------------------------------------------------


def frame_tag(frame: str) -> str:
    """The short name a frame indicator is tagged with in the text ("human_interest": "human
    interest"); the legend gives the full name."""
    return frame.replace("_", " ")


def _covering(spans: pd.DataFrame, start: int, end: int) -> pd.DataFrame:
    """The rows of `spans` (with `start`, `end`) that cover the piece [start, end)."""
    return spans[(spans["start"] <= start) & (spans["end"] >= end)]


class ArticleReader(ipw.VBox):
    """Pick an article; read it with quotations, loaded terms, frame indicators and sentiment.

    Parts: `article` (Dropdown of article ids), `summary` (HTML: what is marked, counted),
    `legend` (HTML), `text` (HTML: the cleaned text, one paragraph per paragraph). Each marked
    stretch carries data attributes naming what it is (`data-speaker`, `data-loaded`,
    `data-frame`, and `data-sentiment` on each sentence) and a tooltip with the detail.
    """

    def __init__(self, tables: Tables, article_id: str | None = None):
        articles = tables.articles
        self._texts = articles.set_index("article_id")["text"]
        self._sentences = tables.sentiment.assign(
            sign=lambda t: sentiment.sign(t["compound"]).astype(str)
        )
        speakers = tables.quotes[["article_id", "quote_id", "speaker"]]
        self._quotes = tables.quote_segments.merge(speakers, on=["article_id", "quote_id"])
        self._reported = tables.reported[["article_id", "start", "end", "speaker"]]
        self._loaded = tables.term_matches
        self._frames = tables.frame_matches
        names = list(dict.fromkeys(frames.frame_indicators()["frame"]))
        self._frame_colours = plotting.frame_colours(names)
        self._voice_colours = plotting.voice_colours(
            voices=pd.concat([tables.quotes["speaker"], tables.reported["speaker"]])
        )
        options = [
            (f"{a.article_id} · {a.outlet_label}", a.article_id)
            for a in articles.itertuples(index=False)
        ]
        self.article = ipw.Dropdown(
            options=options,
            value=article_id or options[0][1],
            description="Article",
            layout=ipw.Layout(width="420px"),
        )
        self.summary, self.legend, self.text = ipw.HTML(), ipw.HTML(), ipw.HTML()
        super().__init__([self.article, self.summary, self.legend, self.text])
        self.add_class("framing-article-reader")
        self.article.observe(self._refresh, names="value")
        self._refresh()

    def __repr__(self) -> str:
        return f"ArticleReader(article={self.article.value!r})"

    def _of(self, table: pd.DataFrame) -> pd.DataFrame:
        return table[table["article_id"] == self.article.value]

    def _refresh(self, change: dict | None = None) -> None:
        sents, quoted = self._of(self._sentences), self._of(self._quotes)
        loaded, hits = self._of(self._loaded), self._of(self._frames)
        reported = self._of(self._reported)
        signs = sents["sign"].value_counts()
        self.summary.value = _message(
            f"{_count(len(sents), 'sentence')}: {signs.get('negative', 0)} negative, "
            f"{signs.get('positive', 0)} positive, {signs.get('neutral', 0)} neutral (VADER); "
            f"{_count(quoted['quote_id'].nunique(), 'quotation')}; "
            f"{_count(len(reported), 'reported-speech clause')}; "
            f"{_count(len(loaded), 'loaded term')}; {_count(len(hits), 'frame indicator')}."
        )
        self.legend.value = self._legend_html(pd.concat([quoted["speaker"], reported["speaker"]]))
        text = self._texts[self.article.value]
        paragraphs = [
            self._paragraph_html(text, p, (quoted, reported, loaded, hits))
            for _, p in sents.groupby("paragraph_id", sort=False)
        ]
        self.text.value = (
            f'<div class="tex2jax_ignore framing-article" style="{_BOX} max-width: 60em;">'
            f"{''.join(paragraphs)}</div>"
        )

    def _paragraph_html(
        self, text: str, para: pd.DataFrame, layers: tuple[pd.DataFrame, ...]
    ) -> str:
        """A paragraph's sentences, with `layers` (quoted, reported, loaded, hits) marked."""
        marks = pd.concat([layer[["start", "end"]] for layer in layers])
        parts, previous_end = [], None
        for s in para.itertuples(index=False):
            if previous_end is not None:
                parts.append(_esc(text[previous_end : s.start]))
            cuts = sorted(
                {s.start, s.end} | {int(x) for x in marks.to_numpy().ravel() if s.start < x < s.end}
            )
            pieces = [self._piece_html(text, a, b, *layers) for a, b in pairwise(cuts)]
            tip = f"sentence {s.sentence_id} · VADER compound {s.compound:+.2f} ({s.sign})"
            parts.append(
                f'<span data-sentence="{s.sentence_id}" data-sentiment="{s.sign}" '
                f'title="{_esc(tip)}" style="background: {SENTIMENT_COLOURS[s.sign] or "none"};">'
                f"{''.join(pieces)}</span>"
            )
            previous_end = s.end
        return f'<p style="margin: 0 0 0.9em 0;">{"".join(parts)}</p>'

    def _piece_html(
        self,
        text: str,
        start: int,
        end: int,
        quoted: pd.DataFrame,
        reported: pd.DataFrame,
        loaded: pd.DataFrame,
        hits: pd.DataFrame,
    ) -> str:
        piece = _esc(text[start:end])
        in_quote = not _covering(quoted, start, end).empty
        for r in [] if in_quote else _covering(reported, start, end).itertuples(index=False):
            colour = self._voice_colours.get(r.speaker, plotting.UNATTRIBUTED_COLOUR)
            who = r.speaker or "no named speaker"
            piece = (
                f'<span data-reported="{_esc(who)}" title="reported speech: {_esc(who)}" '
                f'style="border-bottom: 2px dotted {colour};">{piece}</span>'
            )
        for q in _covering(quoted, start, end).itertuples(index=False):
            colour = self._voice_colours.get(q.speaker, plotting.UNATTRIBUTED_COLOUR)
            who = q.speaker or "no named speaker"
            piece = (
                f'<span data-speaker="{_esc(who)}" title="quoted: {_esc(who)}" '
                f'style="font-style: italic; border-bottom: 3px solid {colour};">{piece}</span>'
            )
        for t in _covering(loaded, start, end).itertuples(index=False):
            piece = (
                f'<span data-loaded="{_esc(t.term)}" '
                f'title="loaded term: {_esc(t.term)} ({_esc(t.category)})" '
                f'style="font-weight: bold; color: {LOADED_COLOUR}; '
                f'outline: 1px solid {LOADED_COLOUR};">{piece}</span>'
            )
        for h in _covering(hits, start, end).itertuples(index=False):
            colour = self._frame_colours.get(h.frame, plotting.UNATTRIBUTED_COLOUR)
            piece = (
                f'<span data-frame="{_esc(h.frame)}" '
                f'title="frame indicator: {_esc(frames.frame_label(h.frame))} '
                f'({_esc(h.question_id)}: {_esc(h.indicator)})" '
                f'style="text-decoration: underline wavy {colour}; '
                f'text-decoration-thickness: 2px;">{piece}</span>'
            )
        ends = hits[hits["end"] == end]
        labels = "".join(
            f'<sup style="color: {self._frame_colours.get(h.frame, "#777")}; font-size: 70%;">'
            f"{_esc(frame_tag(h.frame))}</sup>"
            for h in ends.itertuples(index=False)
        )
        return piece + labels

    def _legend_html(self, speakers: pd.Series) -> str:
        def item(style: str, label: str) -> str:
            return f'<span style="{style} padding: 0 4px; margin-right: 1em;">{_esc(label)}</span>'

        rows = [
            item(f"background: {SENTIMENT_COLOURS['negative']};", "negative sentence")
            + item(f"background: {SENTIMENT_COLOURS['positive']};", "positive sentence")
            + item("", f"neutral: no colour (VADER |compound| < {sentiment.NEUTRAL})"),
            item(
                f"font-weight: bold; color: {LOADED_COLOUR}; outline: 1px solid {LOADED_COLOUR};",
                "loaded term",
            )
            + item("border-bottom: 2px dotted #777;", "reported speech (dotted)")
            + "quoted speech, underlined in the speaker's colour: "
            + "".join(
                item(
                    "font-style: italic; border-bottom: 3px solid "
                    f"{self._voice_colours.get(s, plotting.UNATTRIBUTED_COLOUR)};",
                    s or "no named speaker",
                )
                for s in dict.fromkeys(speakers)
            ),
            "frame indicators (wavy underline, frame named after it): "
            + "".join(
                item(
                    f"text-decoration: underline wavy {colour}; text-decoration-thickness: 2px;",
                    f"{frame_tag(frame)} = {frames.frame_label(frame)}"
                    if frame_tag(frame) != frames.frame_label(frame)
                    else frame_tag(frame),
                )
                for frame, colour in self._frame_colours.items()
            ),
        ]
        return (
            f'<div class="tex2jax_ignore" style="{_BOX} font-size: 90%; border: 1px solid '
            f'#ddd; padding: 4px 8px;">{"<br>".join(rows)}</div>'
        )


def article_reader(tables: Tables, article_id: str | None = None) -> ArticleReader:
    """An `ArticleReader` showing `article_id` (default: the first article) to begin with."""
    return ArticleReader(tables, article_id)
