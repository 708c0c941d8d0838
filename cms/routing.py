"""Finding the public page a URL names without asking the database what has not changed.

Wagtail looks up the request's site, its root page and that page's own row, then at each level of
the URL the child page (its base row, then its specific row), and before serving reads the view
restrictions of the page and its ancestors: some eight queries before a page's own work, on every
page. All of it changes only with public content, so it is kept as content fragments
(``cms.page_cache.content_fragment``): a page published, moved or restricted shows on the next
request. Pages come out of the cache as fresh copies (the cache pickles), never shared between
requests.
"""

from django.conf import settings
from django.http import Http404
from wagtail.models import Site

from cms.page_cache import content_fragment


def _with_restrictions(page):
    """The specific page, its view restrictions (and its ancestors') read once, to be kept with it."""
    page = page.specific
    page.route_view_restrictions = list(page.get_view_restrictions())
    return page


def _site_for(request):
    site = Site._find_for_request(request)
    if site is not None:
        site.root_page = _with_restrictions(site.root_page)
    return site


class CachedSiteMiddleware:
    """Sets the request's site as Wagtail keeps it (``request._wagtail_site``), its root page loaded,
    from the content-fragment cache, for Wagtail's pages alone: other views (the API, the admin,
    the workspace) need not read the generation for it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        from wagtail.views import serve  # loads the page model: not before the apps are ready

        if view_func is serve and settings.CONTENT_FRAGMENT_CACHE:
            # get_host() refuses a host not in ALLOWED_HOSTS (400) before anything is kept for it.
            key = f"site:{request.get_host()}:{request.get_port()}"
            request._wagtail_site = content_fragment(request, key, lambda: _site_for(request))


class CachedRestrictionsMixin:
    """For public page types: the view restrictions read when the page was routed from the cache."""

    def get_view_restrictions(self):
        restrictions = self.__dict__.get("route_view_restrictions")
        return super().get_view_restrictions() if restrictions is None else restrictions


class CachedChildrenMixin(CachedRestrictionsMixin):
    """For public page types with child pages: the child a URL names is found through the
    content-fragment cache. Only existing children are kept: an unknown slug is a 404 that
    queries, as before, and fills nothing."""

    def route(self, request, path_components):

        if not path_components or not settings.CONTENT_FRAGMENT_CACHE:
            return super().route(request, path_components)

        def child():
            page = self.get_children().filter(slug=path_components[0]).first()
            return _with_restrictions(page) if page is not None else None

        subpage = content_fragment(request, f"child:{self.pk}:{path_components[0]}", child)
        if subpage is None:
            raise Http404  # as Wagtail's own route says it
        subpage._cached_parent_obj = self
        return subpage.route(request, path_components[1:])
