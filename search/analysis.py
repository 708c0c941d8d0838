"""Chinese text analysis done in Python, because the server has no Chinese analyzer (SPEC §8).

The same functions analyse documents at index time and queries at search time, so the word
tokens stored in Elasticsearch (whitespace analyzer), in the embedded index and in the Wagtail
admin index always agree with the tokens a query is cut into.
"""

import logging
import re
import threading
import unicodedata
from functools import lru_cache

import jieba

from search.vocabulary import DOMAIN_TERMS

_lock = threading.Lock()
_tokenizer = None

# Function words that carry no meaning on their own; dropping them keeps "与"/"的" from
# matching half the corpus. Content words of one character (车, 钳, 焊) are kept.
STOP_WORDS = frozenset("的 与 和 及 之 了 等 或 其 并 对 以 于 由 把 被 是 在 为 从".split())
_PUNCTUATION = re.compile(r"^[\W_]+$", re.UNICODE)


def _loaded_tokenizer():
    """jieba's dictionary loads once per process (about a second), quietly, plus our domain terms."""
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                jieba.setLogLevel(logging.WARNING)
                tokenizer = jieba.Tokenizer()
                tokenizer.initialize()
                for term in DOMAIN_TERMS:
                    tokenizer.add_word(term, freq=_domain_frequency(tokenizer, term))
                _tokenizer = tokenizer
    return _tokenizer


def _domain_frequency(tokenizer, term):
    # jieba's suggest_freq makes a term win against the dictionary's own split of the same text.
    return max(tokenizer.suggest_freq(term, tune=False), 10)


def add_terms(terms):
    """Teach the segmenter more vocabulary (major and course names from the database)."""
    tokenizer = _loaded_tokenizer()
    added = False
    for term in terms:
        term = normalise(term).strip()
        if len(term) > 1 and not tokenizer.FREQ.get(term):
            tokenizer.add_word(term, freq=_domain_frequency(tokenizer, term))
            added = True
    if added:
        _segment_clause.cache_clear()
        query_words.cache_clear()


def normalise(text):
    """Full-width to half-width (ＡＢＣ１２３ → abc123, （） → ()), lower case, collapsed spaces."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    return " ".join(text.split())


def _keep(token):
    token = token.strip()
    return token and token not in STOP_WORDS and not _PUNCTUATION.match(token)


# Punctuation and spaces end every jieba word, so text is segmented clause by clause and each clause
# is cached: titles, course names and boilerplate sentences recur across thousands of documents.
_CLAUSE_BREAK = re.compile(r"[\s，。；：、！？,.;:!?（）()“”\"'‘’《》〈〉【】\[\]/|]+")


def segment(text):
    """Index-time word tokens: jieba's search mode plus every dictionary word inside a long word
    (数控车削编程与加工 → 数控, 车削, 数控车削, 编程, 加工, …), so that a query for any word-sized
    part of a title finds it; jieba's search mode alone stops at three-character sub-words."""
    tokens = []
    for clause in _CLAUSE_BREAK.split(normalise(text)):
        if clause:
            tokens.extend(_segment_clause(clause))
    return tuple(dict.fromkeys(tokens))


@lru_cache(maxsize=50_000)
def _segment_clause(clause):
    tokenizer = _loaded_tokenizer()
    tokens = []
    for token in tokenizer.cut_for_search(clause, HMM=True):
        token = token.strip()
        if len(token) > 3:
            tokens.extend(_inner_words(tokenizer, token))
        tokens.append(token)
    return tuple(t for t in tokens if _keep(t))


def _inner_words(tokenizer, word):
    return [
        word[start : start + size]
        for size in range(2, len(word))
        for start in range(len(word) - size + 1)
        if tokenizer.FREQ.get(word[start : start + size])
    ]


@lru_cache(maxsize=4096)
def query_words(text):
    """Query-time word tokens: jieba's precise mode, deduplicated in order."""
    tokenizer = _loaded_tokenizer()
    seen = dict.fromkeys(t.strip() for t in tokenizer.cut(normalise(text), HMM=True) if _keep(t))
    return tuple(seen)


def words_field(text):
    """The value stored in a word-level field: tokens separated by spaces (whitespace analyzer)."""
    return " ".join(segment(text))


def chars_field(text):
    """The value stored in a character-level field (standard analyzer: one token per CJK character)."""
    return normalise(text)
