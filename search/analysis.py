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
import opencc

from search.frequencies import CompactTokenizer
from search.vocabulary import DOMAIN_TERMS

_lock = threading.Lock()
_tokenizer = None

# Function words that carry no meaning on their own; dropping them keeps "与"/"的" from
# matching half the corpus. Content words of one character (车, 钳, 焊) are kept.
STOP_WORDS = frozenset("的 与 和 及 之 了 等 或 其 并 对 以 于 由 把 被 是 在 为 从".split())
_PUNCTUATION = re.compile(r"^[\W_]+$", re.UNICODE)


def loaded_tokenizer():
    """jieba's dictionary loads once per process (about a second), quietly, plus our domain terms;
    its frequency table is a compact trie (search.frequencies), not jieba's 60 MB dict."""
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                jieba.setLogLevel(logging.WARNING)
                tokenizer = CompactTokenizer()
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
    tokenizer = loaded_tokenizer()
    added = False
    for term in terms:
        term = normalise(term).strip()
        if len(term) > 1 and not tokenizer.FREQ.get(term):
            tokenizer.add_word(term, freq=_domain_frequency(tokenizer, term))
            added = True
    if added:
        clear_caches()


_FULL_WIDTH_ASCII = re.compile("[\uff01-\uff5e]")
_FULL_WIDTH_OFFSET = 0xFEE0
_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
# A lone surrogate (from a broken document or a crafted query) cannot be encoded for OpenCC.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_converter = None


def to_simplified(text):
    """Traditional to simplified characters (電工 → 电工, 數控 → 数控) with OpenCC's maintained
    phrase tables (the C++ library's own Python binding): applied to documents and queries alike,
    so a query in either script meets the same tokens."""
    global _converter
    if not _CJK.search(text):
        return text
    if _converter is None:
        _converter = opencc.OpenCC("t2s")
    return _converter.convert(_LONE_SURROGATE.sub("\ufffd", text))


def normalise(text):
    """Full-width to half-width (ＡＢＣ１２３ → abc123, （） → ()), traditional to simplified,
    lower case, collapsed spaces.

    The width folding is NFKC. Chinese text is rarely NFKC already, only because of its full-width
    punctuation, and a full NFKC pass over a long text costs ten times more than mapping those
    characters first and letting the quick check confirm there is nothing else to do."""
    text = _FULL_WIDTH_ASCII.sub(lambda match: chr(ord(match.group()) - _FULL_WIDTH_OFFSET), text or "")
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return " ".join(to_simplified(text).lower().split())


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
    return segment_normalised(normalise(text))


def segment_normalised(text):
    """``segment`` of a text already passed through ``normalise``."""
    tokens = []
    for clause in _CLAUSE_BREAK.split(text):
        if clause:
            tokens.extend(_segment_clause(clause))
    return tuple(dict.fromkeys(tokens))


@lru_cache(maxsize=50_000)
def _segment_clause(clause):
    tokenizer = loaded_tokenizer()
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
    tokenizer = loaded_tokenizer()
    seen = dict.fromkeys(t.strip() for t in tokenizer.cut(normalise(text), HMM=True) if _keep(t))
    return tuple(seen)


_ANALYSIS_CACHES = [_segment_clause, query_words]


def cached_analysis(function):
    """An lru-cached analysis function whose cache empties when the vocabulary grows."""
    _ANALYSIS_CACHES.append(function)
    return function


def clear_caches():
    for cached in _ANALYSIS_CACHES:
        cached.cache_clear()


def words_field(text):
    """The value stored in a word-level field: tokens separated by spaces (whitespace analyzer)."""
    return " ".join(segment(text))


def chars_field(text):
    """The value stored in a character-level field (standard analyzer: one token per CJK character)."""
    return normalise(text)
