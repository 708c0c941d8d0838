"""Wagtail's admin search on the database, able to find Chinese by part of a word (SPEC §6).

Wagtail's database backends index whole runs of CJK characters as one token (SQLite FTS5 and
PostgreSQL alike), so 数控 finds 数控加工 only as a prefix and 加工 not at all. This backend keeps
the vendor's full-text index for everything else, and answers a query that contains Chinese with
substring matching: each jieba word of the query must occur in one of the model's searchable
fields. Admin lists are small, so the scan costs little; the public search uses ``search.service``.

Settings: ``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.wagtail_backend"}}``.
"""

import re

from modelsearch.backends.database import SearchBackend as vendor_backend
from modelsearch.backends.database.fallback import DatabaseSearchBackend, DatabaseSearchQueryCompiler
from modelsearch.query import PlainText

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


def is_chinese(query):
    return bool(CHINESE.search(_text(query)))


class ChineseSubstringQueryCompiler(DatabaseSearchQueryCompiler):
    def build_database_filter(self, query, boost=1.0):
        if isinstance(query, PlainText):
            words = [word for term in query.query_string.split() for word in (query_words(term) or (term,))]
            return self.OPERATORS[query.operator]([self.build_single_term_filter(word) for word in words])
        return super().build_database_filter(query, boost)


class ChineseSubstringBackend(DatabaseSearchBackend):
    query_compiler_class = ChineseSubstringQueryCompiler
    autocomplete_query_compiler_class = ChineseSubstringQueryCompiler


class ChineseAwareMixin:
    def __init__(self, params):
        super().__init__(params)
        self.substring_backend = ChineseSubstringBackend(params)

    def search(self, query, model_or_queryset, **kwargs):
        if is_chinese(query):
            return self.substring_backend.search(query, model_or_queryset, **kwargs)
        return super().search(query, model_or_queryset, **kwargs)

    def autocomplete(self, query, model_or_queryset, **kwargs):
        if is_chinese(query):
            return self.substring_backend.autocomplete(query, model_or_queryset, **kwargs)
        return super().autocomplete(query, model_or_queryset, **kwargs)


_classes = {}


def SearchBackend(params):  # noqa: N802 (Wagtail looks this name up in the backend module)
    vendor = vendor_backend(params)
    cls = type(vendor)
    if cls not in _classes:
        _classes[cls] = type(f"ChineseAware{cls.__name__}", (ChineseAwareMixin, cls), {})
    return _classes[cls](params)
