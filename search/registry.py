"""Which objects are searchable: each app's public content is described by a ``SearchSource``.

A source names its document kind, the queryset of PUBLIC objects only (approved, published, not
stopped: SPEC §6), and how one object becomes a search document. The index is fed from
``queryset()`` alone, so an object that leaves the queryset (withdrawn, stopped, deleted) leaves the
index on its next sync.
"""

import contextlib
import contextvars
from dataclasses import dataclass, field
from typing import Callable

# Facet fields, in display order, with their Chinese names. Each describes one kind of thing:
# a textbook's category is not a course's, a resource's kind nor a major's industry.
FACETS = {
    "kind": "类型",
    "major": "专业",
    "level": "培养层级",
    "year": "年份",
    "planning_level": "规划级别",
    "status": "状态",
    "category": "教材类别",
    "form": "教材形式",
    "publisher": "出版单位",
    "catalogue": "目录",
    "course_category": "课程类别",
    "resource_kind": "资源类型",
    "industry": "专业大类",
    "document": "政策文件",
}
# The facets shown under each heading of the search page, by what they describe.
FACET_SECTIONS = (
    ("", ("kind", "major", "level", "year", "planning_level", "status")),
    ("教材", ("category", "form", "publisher", "catalogue")),
    ("课程与课程标准", ("course_category", "industry")),
    ("教学资源", ("resource_kind",)),
    ("政策文件", ("document",)),
)
# Facets whose values are listed in their own order rather than by count.
ORDERED_FACETS = {"year": lambda value: -int(value) if value.isdigit() else 0}


@dataclass(frozen=True)
class SearchDocument:
    """What a source says about one object (or one part of it); every backend stores exactly this."""

    kind: str
    key: str  # unique within the kind
    parent: str  # the source object it came from ("standard-3"): replaced and removed together
    title: str
    body: str = ""
    url: str = ""
    date: object = None
    weight: float = 1.0
    facets: dict = field(default_factory=dict)
    codes: tuple = ()  # its own ISBNs and major/course codes, normalised (search.understanding)
    related_codes: tuple = ()  # codes of what it belongs to (a textbook's majors): rank lower
    warning: str = ""  # shown with the hit (a stopped newer edition, an overdue revision)

    @property
    def doc_id(self):
        return f"{self.kind}-{self.key}"

    def facet_lists(self):
        """{name: [value, …]} of the facets that have a value, every value as a string."""
        lists = {}
        for name, values in self.facets.items():
            if name in FACETS:
                kept = [str(v) for v in (values if isinstance(values, (list, tuple, set)) else (values,)) if v not in (None, "")]
                if kept:
                    lists[name] = kept
        return lists

    def facet_values(self):
        """(name, value) pairs, one per value of a multi-valued facet, in display order."""
        lists = self.facet_lists()
        for name in FACETS:
            for value in lists.get(name, ()):
                yield name, value


@dataclass(frozen=True)
class SearchSource:
    """``to_document(obj)`` returns the fields of the object's own document (title, and optionally
    body, url, date, weight, facets); ``children(obj)`` may add documents for parts of the object
    (the courses and learning tasks inside a course standard), each a dict with ``kind`` and ``key``
    too. All of an object's documents are written, replaced and removed together."""

    kind: str
    label: str
    model: type
    queryset: Callable  # () -> QuerySet of public objects, ready for to_document (related rows loaded)
    to_document: Callable
    children: Callable = None
    # Other models whose changes alter this kind's documents: model -> (instance -> affected objects).
    depends_on: dict = field(default_factory=dict)
    vocabulary: Callable = None  # () -> iterable of names the segmenter should keep whole

    def parent_key(self, pk):
        return f"{self.kind}-{pk}"

    def documents(self, obj):
        parent = self.parent_key(obj.pk)
        parts = [{"kind": self.kind, "key": str(obj.pk), **self.to_document(obj)}]
        if self.children:
            parts += [{**part, "key": f"{obj.pk}-{part['key']}"} for part in self.children(obj)]
        return [_document(parent, **part) for part in parts]


def _document(parent, kind, key, facets=None, **fields):
    return SearchDocument(kind=kind, key=key, parent=parent, facets={"kind": kind_label(kind), **(facets or {})}, **fields)


_sources = {}
_kind_labels = {}


def register(source):
    _sources[source.kind] = source
    _kind_labels[source.kind] = source.label
    return source


def register_kind(kind, label):
    """A kind of document that is part of another source's objects (see ``SearchSource.children``)."""
    _kind_labels[kind] = label


def kind_label(kind):
    return _kind_labels.get(kind, kind)


def sources():
    return list(_sources.values())


def get_source(kind):
    return _sources[kind]


def sources_for_model(model):
    return [s for s in _sources.values() if s.model is model]


_batch = contextvars.ContextVar("search_document_batch", default=None)


@contextlib.contextmanager
def document_batch():
    """Documents made together (a rebuild, a sync's batch) share what every one of them looks up
    the same way (``batch_value``): read once per batch, never kept beyond it."""
    token = _batch.set({})
    try:
        yield
    finally:
        _batch.reset(token)


def batch_value(name, compute):
    """``compute()``, once per ``document_batch`` (every time outside one)."""
    values = _batch.get()
    if values is None:
        return compute()
    if name not in values:
        values[name] = compute()
    return values[name]
