"""The result shape both search backends return, so one page template serves both (SPEC §6)."""

import html
import math
import re
from dataclasses import dataclass, field

from search.registry import FACETS, kind_label

PAGE_SIZE = 10
SORTS = {"relevance": "相关度", "date": "最新"}
MARK_OPEN, MARK_CLOSE = "<mark>", "</mark>"


@dataclass
class SearchQuery:
    text: str = ""
    filters: dict = field(default_factory=dict)  # facet name -> list of selected values
    sort: str = "relevance"
    page: int = 1
    per_page: int = PAGE_SIZE

    @property
    def offset(self):
        return (self.page - 1) * self.per_page


@dataclass
class Hit:
    doc_id: str
    kind: str
    title: str
    title_html: str  # escaped, query words wrapped in <mark>
    snippet_html: str
    url: str
    date: object
    score: float = 0.0

    @property
    def kind_label(self):
        return kind_label(self.kind)


@dataclass
class FacetValue:
    value: str
    count: int
    selected: bool


@dataclass
class SearchPage:
    query: SearchQuery
    hits: list
    total: int
    facets: dict  # facet name -> list of FacetValue
    engine: str

    @property
    def pages(self):
        return max(1, math.ceil(self.total / self.query.per_page))

    @property
    def facet_groups(self):
        return [(name, FACETS[name], self.facets[name]) for name in FACETS if self.facets.get(name)]


def merge_adjacent_marks(fragment):
    """The character field highlights 数 and 控 separately; show 数控 as one mark."""
    return fragment.replace(MARK_CLOSE + MARK_OPEN, "")


def highlight(text, words):
    """Escape ``text`` and mark every occurrence of the query words, longest first (embedded mode)."""
    if not text:
        return ""
    if not words:
        return html.escape(text)
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.IGNORECASE)
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(html.escape(text[last : match.start()]))
        out.append(MARK_OPEN + html.escape(match.group(0)) + MARK_CLOSE)
        last = match.end()
    out.append(html.escape(text[last:]))
    return merge_adjacent_marks("".join(out))


def snippet(text, words, width=120):
    """A window of ``text`` around the first query word, highlighted."""
    if not text:
        return ""
    lowered = text.lower()
    positions = [p for p in (lowered.find(w) for w in words) if p >= 0]
    start = max(0, min(positions) - width // 4) if positions else 0
    window = text[start : start + width]
    prefix = "…" if start > 0 else ""
    suffix = "…" if start + width < len(text) else ""
    return prefix + highlight(window, words) + suffix
