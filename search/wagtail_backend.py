"""Wagtail's admin search on the database, able to find Chinese by part of a word (SPEC §6).

Wagtail's database backends index whole runs of CJK characters as one token (SQLite FTS5 and
PostgreSQL alike), so 数控 finds 数控加工 only as a prefix and 加工 not at all. This backend keeps
the vendor's full-text index for everything else, and answers a query that contains Chinese with
substring matching: each jieba word of the query — or one of its synonyms from the domain
dictionary (汽修 finds 汽车维修, CNC finds 数控) — must occur in one of the model's searchable fields.
Queries are folded like the public search's (traditional → simplified, full width → half width), so
數控車削 finds 数控车削. A Latin query with a synonym (CNC) takes the same path. Admin lists are small,
so the scan costs little; the public search uses ``search.service``.

Settings: ``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.wagtail_backend"}}``.
"""

import re

from modelsearch.backends.database import SearchBackend as vendor_backend
from modelsearch.backends.database.fallback import DatabaseSearchBackend, DatabaseSearchQueryCompiler
from modelsearch.query import PlainText

from search import synonyms
from search.analysis import query_words

CHINESE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _text(query):
    """The words of a query string or of a parsed query (the admin page search parses first)."""
    if isinstance(query, str):
        return query
    parts = [getattr(query, "query_string", "")]
    parts += [_text(sub) for sub in getattr(query, "subqueries", ())]
    parts += [_text(getattr(query, name)) for name in ("subquery", "subquery_a", "subquery_b") if hasattr(query, name)]
    return " ".join(parts)


def _words(query_string):
    return [word for term in query_string.split() for word in (query_words(term) or (term,))]


def needs_substring_search(query):
    """Chinese in the query, or a word the synonym dictionary maps to Chinese (CNC → 数控)."""
    text = _text(query)
    return bool(CHINESE.search(text)) or any(synonyms.table().get(word) for word in _words(text))


class ChineseSubstringQueryCompiler(DatabaseSearchQueryCompiler):
    def build_database_filter(self, query, boost=1.0):
        if isinstance(query, PlainText):
            any_alternative = self.OPERATORS["or"]
            return self.OPERATORS[query.operator]([
                any_alternative([self.build_single_term_filter(alt) for alt in synonyms.alternatives(word)])
                for word in _words(query.query_string)
            ])
        return super().build_database_filter(query, boost)


class ChineseSubstringBackend(DatabaseSearchBackend):
    query_compiler_class = ChineseSubstringQueryCompiler
    autocomplete_query_compiler_class = ChineseSubstringQueryCompiler


class ChineseAwareMixin:
    def __init__(self, params):
        super().__init__(params)
        self.substring_backend = ChineseSubstringBackend(params)

    def search(self, query, model_or_queryset, **kwargs):
        if needs_substring_search(query):
            return self.substring_backend.search(query, model_or_queryset, **kwargs)
        return super().search(query, model_or_queryset, **kwargs)

    def autocomplete(self, query, model_or_queryset, **kwargs):
        if needs_substring_search(query):
            return self.substring_backend.autocomplete(query, model_or_queryset, **kwargs)
        return super().autocomplete(query, model_or_queryset, **kwargs)


_classes = {}


def SearchBackend(params):  # noqa: N802 (Wagtail looks this name up in the backend module)
    vendor = vendor_backend(params)
    cls = type(vendor)
    if cls not in _classes:
        _classes[cls] = type(f"ChineseAware{cls.__name__}", (ChineseAwareMixin, cls), {})
    return _classes[cls](params)
