from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_global_admin_css")
def admin_css():
    """The admin's own styles, from a static file: the Content-Security-Policy allows no inline
    styles in our templates."""
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))
