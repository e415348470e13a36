"""framing-lab's helper library: tidy tables of articles, sentences, tokens and quotations.

Every public function takes and returns pandas DataFrames with documented columns, keyed by
`article_id` (and `paragraph_id`, `sentence_id`, `token_id`, `quote_id` where they apply).
"""

from corpus_tools.cleaning import cleaning_log
from corpus_tools.corpus import load_articles
from corpus_tools.errors import CorpusError
from corpus_tools.quotes import quotes
from corpus_tools.segmentation import paragraphs, sentences
from corpus_tools.voice import tokens

__all__ = [
    "CorpusError",
    "cleaning_log",
    "load_articles",
    "paragraphs",
    "quotes",
    "sentences",
    "tokens",
]
