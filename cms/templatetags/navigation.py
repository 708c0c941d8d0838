from django import template
from wagtail.models import Site

register = template.Library()


@register.inclusion_tag("cms/includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The site's top-level public sections (curricula, catalogue, notices …) and search."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    sections = site.root_page.get_children().live().public().order_by("path") if site else []
    return {"sections": sections, "request": request}
