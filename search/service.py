"""The search API the pages and commands use, whichever engine serves (SPEC §6)."""

from functools import lru_cache

from search import elastic, embedded
from search.analysis import add_terms
from search.connection import elasticsearch_enabled
from search.registry import FACETS, sources
from search.results import PAGE_SIZE, SORTS, SearchQuery

MAX_PAGE = 100
STREAM_CHUNK = 500


def backend():
    """Elasticsearch when ELASTICSEARCH_URL is set, else the embedded database search."""
    return elastic if elasticsearch_enabled() else embedded


@lru_cache(maxsize=1)
def load_vocabulary():
    """Major and course names from the database join the segmenter's dictionary (once per process)."""
    for source in sources():
        if source.vocabulary:
            add_terms(source.vocabulary())
    return True


def parse_query(params):
    """A ``SearchQuery`` from request parameters (q, sort, page, and one list per facet)."""
    try:
        page = min(max(int(params.get("page", 1)), 1), MAX_PAGE)
    except (TypeError, ValueError):
        page = 1
    sort = params.get("sort") if params.get("sort") in SORTS else "relevance"
    filters = {name: [v for v in params.getlist(name) if v][:20] for name in FACETS if params.getlist(name)}
    return SearchQuery(text=(params.get("q") or "").strip()[:200], filters=filters, sort=sort, page=page, per_page=PAGE_SIZE)


def search(query):
    load_vocabulary()
    return backend().search(query)


def suggest(prefix, size=8):
    load_vocabulary()
    return backend().suggest(prefix[:50], size)


def documents(progress=None):
    """Every public document of every source, streamed (bounded memory); progress counts objects."""
    for source in sources():
        for obj in source.queryset().iterator(chunk_size=STREAM_CHUNK):
            yield from source.documents(obj)
            if progress:
                progress.advance()


def document_count():
    """Public objects (a course standard's courses and tasks are extra documents of one object)."""
    return sum(source.queryset().count() for source in sources())


def reindex(progress=None):
    """Rebuild the whole public index from the sources; see ``elastic.rebuild`` for the swap."""
    load_vocabulary()
    return backend().rebuild(documents(progress))
