"""The result shape both search backends return, so one page template serves both (SPEC §6)."""

import html
import math
import re
from dataclasses import dataclass, field

from search.registry import FACET_SECTIONS, FACETS, kind_label

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
    warning: str = ""  # a newer edition stopped, a revision overdue (shown with the hit)

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
    understood: object = None  # search.understanding.Understood of the query text
    suggestion: str = ""  # "您是不是要找…"
    searched_instead: str = ""  # the suggestion was searched because the query found nothing

    @property
    def pages(self):
        return max(1, math.ceil(self.total / self.query.per_page))

    @property
    def corrected(self):
        return self.understood.corrected if self.understood else ""

    def facet_values(self, name):
        """The facet's values, every selected one included (count 0 when nothing matches it), so a
        selection can always be seen and removed."""
        values = list(self.facets.get(name, ()))
        present = {v.value for v in values}
        missing = [FacetValue(value, 0, True) for value in self.query.filters.get(name, ()) if value not in present]
        return missing + values

    @property
    def facet_groups(self):
        return [(name, FACETS[name], self.facet_values(name)) for name in FACETS if self.facet_values(name)]

    @property
    def facet_sections(self):
        """(heading, [(name, label, values)]) by what the facets describe (textbooks, courses …)."""
        sections = []
        for heading, names in FACET_SECTIONS:
            groups = [(name, FACETS[name], self.facet_values(name)) for name in names if self.facet_values(name)]
            if groups:
                sections.append((heading, groups))
        return sections

    @property
    def selected_filters(self):
        return [(name, FACETS[name], value) for name, values in self.query.filters.items() if name in FACETS for value in values]


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
