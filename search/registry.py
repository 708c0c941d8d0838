"""Which objects are searchable: each app's public content is described by a ``SearchSource``.

A source names its document kind, the queryset of PUBLIC objects only (approved, published, not
stopped: SPEC §6), and how one object becomes a search document. The index is fed from
``queryset()`` alone, so an object that leaves the queryset (withdrawn, stopped, deleted) leaves the
index on its next sync.
"""

from dataclasses import dataclass, field
from typing import Callable

# Facet fields shared by every kind of document, in display order, with their Chinese names.
FACETS = {
    "kind": "类型",
    "major": "专业",
    "level": "培养层级",
    "category": "类别",
    "planning_level": "规划级别",
    "form": "教材形式",
    "publisher": "出版单位",
    "year": "年份",
    "catalogue": "目录",
    "status": "状态",
}


@dataclass(frozen=True)
class SearchDocument:
    """What a source says about one object; every backend stores exactly this."""

    kind: str
    pk: object
    title: str
    body: str = ""
    url: str = ""
    date: object = None
    weight: float = 1.0
    facets: dict = field(default_factory=dict)

    @property
    def doc_id(self):
        return f"{self.kind}-{self.pk}"

    def facet_values(self):
        """(name, value) pairs, one per value of a multi-valued facet; empty values are skipped."""
        for name in FACETS:
            values = self.facets.get(name)
            if values in (None, "", [], ()):
                continue
            for value in values if isinstance(values, (list, tuple, set)) else [values]:
                if value not in (None, ""):
                    yield name, str(value)


@dataclass(frozen=True)
class SearchSource:
    kind: str
    label: str
    model: type
    queryset: Callable  # () -> QuerySet of public objects, ready for to_document (related rows loaded)
    # (obj) -> dict with title and optionally body, url, date, weight, facets (SearchDocument's fields)
    to_document: Callable
    # Other models whose changes alter this kind's documents: model -> (instance -> affected objects).
    depends_on: dict = field(default_factory=dict)
    vocabulary: Callable = None  # () -> iterable of names the segmenter should keep whole

    def document(self, obj):
        fields = self.to_document(obj)
        facets = {"kind": self.label, **fields.pop("facets", {})}
        return SearchDocument(kind=self.kind, pk=obj.pk, facets=facets, **fields)


_sources = {}


def register(source):
    _sources[source.kind] = source
    return source


def sources():
    return list(_sources.values())


def get_source(kind):
    return _sources[kind]


def sources_for_model(model):
    return [s for s in _sources.values() if s.model is model]
