"""The search API the pages and commands use, whichever engine serves (SPEC §6)."""

from dataclasses import replace
from functools import lru_cache

from search import elastic, embedded, synonyms
from search.analysis import add_terms, clear_caches
from search.connection import elasticsearch_enabled
from search.registry import FACETS, document_batch, sources
from search.results import PAGE_SIZE, SORTS, SearchQuery
from search.understanding import pinyin_suggestion, set_vocabulary
from search.vocabulary import DOMAIN_TERMS

MAX_PAGE = 100
STREAM_CHUNK = 500


def backend():
    """Elasticsearch when ELASTICSEARCH_URL is set, else the embedded database search."""
    return elastic if elasticsearch_enabled() else embedded


@lru_cache(maxsize=1)
def load_vocabulary():
    """Major and course names and the synonym dictionary's words from the database join the
    segmenter's dictionary and the vocabulary typos are read against (once per process)."""
    terms = list(DOMAIN_TERMS)
    for source in sources():
        if source.vocabulary:
            names = list(source.vocabulary())
            add_terms(names)
            terms += names
    set_vocabulary(terms)
    return True


def vocabulary_changed():
    """The synonym rules changed: reload them and the vocabulary in this process."""
    synonyms.clear()
    load_vocabulary.cache_clear()
    clear_caches()


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
    """One page of results. A page past the last shows the last page; a query typed in pinyin
    (shukong) is answered with the word it spells when it finds nothing itself."""
    load_vocabulary()
    engine = backend()
    page = engine.search(query)
    suggestion = pinyin_suggestion(query.text) if query.text else ""
    instead = ""
    if suggestion and not page.total:
        instead = suggestion
        page = engine.search(replace(query, text=instead))
    if page.total and query.page > page.pages:
        query = replace(query, page=page.pages)
        page = engine.search(replace(query, text=instead or query.text))
    page.query, page.searched_instead = query, instead
    page.suggestion = suggestion or page.corrected
    return page


def suggest(prefix, size=8):
    load_vocabulary()
    return backend().suggest(prefix[:50], size)


def documents(progress=None):
    """Every public document of every source, streamed (bounded memory); progress counts objects."""
    with document_batch():
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
