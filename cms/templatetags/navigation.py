from django import template
from django.template.loader import render_to_string
from wagtail.models import Site

from cms.page_cache import content_fragment

register = template.Library()


def _menu(request):
    site = Site.find_for_request(request) if request is not None else None
    sections = site.root_page.get_children().live().public().order_by("path") if site else []
    return render_to_string("cms/includes/main_menu.html", {"sections": sections, "request": request})


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The site's top-level public sections (curricula, catalogue, notices …) and search: the same
    for everyone, so rendered once per content generation (and host, which its links depend on)."""
    request = context.get("request")
    if request is None:
        return _menu(None)
    return content_fragment(request, f"main-menu:{request.get_host()}", lambda: _menu(request))


@register.simple_tag(takes_context=True)
def page_ancestors(context, page):
    """The page's ancestors below the tree's root, as breadcrumbs show them: [{depth, title, url}],
    kept per content generation (a query and a URL per ancestor on every page otherwise)."""
    request = context.get("request")

    def ancestors():
        return [
            {"depth": ancestor.depth, "title": ancestor.title, "url": ancestor.get_url(request)}
            for ancestor in page.get_ancestors().filter(depth__gt=1)
        ]

    if request is None:
        return ancestors()
    return content_fragment(request, f"ancestors:{request.get_host()}:{page.pk}", ancestors)
