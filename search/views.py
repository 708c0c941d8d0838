"""The public search page and title suggestions; the same for Elasticsearch and the database."""

import logging
from urllib.parse import urlencode

from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from search import service
from search.results import SORTS

logger = logging.getLogger(__name__)


def _url(params, **changes):
    query = params.copy()
    for key, value in changes.items():
        if value is None:
            query.pop(key, None)
        else:
            query.setlist(key, value if isinstance(value, list) else [value])
    return "?" + query.urlencode()


def _facet_links(params, name, values):
    """Each value's link toggles it. The other parameters are encoded once per facet, not once per
    value: a results page has some thirty facet links."""
    selected = params.getlist(name)
    others = params.copy()
    others.pop(name, None)
    others.pop("page", None)
    prefix = "?" + others.urlencode()
    links = []
    for value in values:
        chosen = [v for v in selected if v != value.value] if value.selected else selected + [value.value]
        own = urlencode([(name, v) for v in chosen])
        links.append((value, prefix + ("&" if own and len(prefix) > 1 else "") + own))
    return links


def _facet_sections(params, page):
    """(heading, [(label, links)]) by what the facets describe; selected values always listed."""
    return [(heading, [(label, _facet_links(params, name, values)) for name, label, values in groups]) for heading, groups in page.facet_sections]


def _selected_filters(params, page):
    """Every selected filter with a link that removes it, shown even when nothing matches."""
    return [
        (label, value, _url(params, **{name: [v for v in params.getlist(name) if v != value], "page": None}))
        for name, label, value in page.selected_filters
    ]


@require_GET
def search_page(request):
    query = service.parse_query(request.GET)
    context = {"query": query, "sorts": SORTS, "results": None, "error": None}
    try:
        results = service.search(query)
    except Exception:  # the search server is down: say so instead of a server error
        logger.exception("search failed")
        context["error"] = "检索服务暂时不可用，请稍后再试。"
        return render(request, "search/search.html", context, status=503)
    params = request.GET.copy()
    query = results.query  # a page past the last was answered with the last page
    context.update(
        query=query,
        results=results,
        facet_sections=_facet_sections(params, results),
        selected_filters=_selected_filters(params, results),
        clear_filters_url=_url(params, **{name: None for name in results.query.filters}, page=None),
        suggestion_url=_url(params, q=results.suggestion, page=None) if results.suggestion else None,
        original_url=_url(params, q=query.text, page=None),
        sort_links=[(key, label, _url(params, sort=key, page=None)) for key, label in SORTS.items()],
        previous_url=_url(params, page=str(query.page - 1)) if query.page > 1 else None,
        next_url=_url(params, page=str(query.page + 1)) if query.page < min(results.pages, service.MAX_PAGE) else None,
    )
    return render(request, "search/search.html", context)


@require_GET
def suggest(request):
    try:
        suggestions = service.suggest((request.GET.get("q") or "").strip())
    except Exception:
        logger.exception("suggest failed")
        suggestions = []
    return JsonResponse({"suggestions": suggestions})
