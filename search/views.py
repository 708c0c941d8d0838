"""The public search page and title suggestions; the same for Elasticsearch and the database."""

import logging

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


def _facet_links(params, page):
    groups = []
    for name, label, values in page.facet_groups:
        selected = params.getlist(name)
        links = []
        for value in values:
            chosen = [v for v in selected if v != value.value] if value.selected else selected + [value.value]
            links.append((value, _url(params, **{name: chosen, "page": None})))
        groups.append((label, links))
    return groups


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
    context.update(
        results=results,
        facet_groups=_facet_links(params, results),
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
