from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from wagtail import hooks

from cms import avatars


@hooks.register("register_admin_urls")
def register_avatar_url():
    return [path("avatar/<int:pk>.svg", avatars.avatar, name="cms_avatar")]


@hooks.register("register_admin_urls")
def register_job_urls():
    from cms import job_views

    return [
        path("jobs/", job_views.jobs_index, name="cms_jobs"),
        path("jobs/<uuid:pk>/", job_views.job_detail, name="cms_job"),
        path("jobs/<uuid:pk>/progress/", job_views.job_progress, name="cms_job_progress"),
    ]


@hooks.register("register_settings_menu_item")
def jobs_menu_item():
    from wagtail.admin.menu import MenuItem

    # Every admin user's own jobs (exports); the reindex button is the platform administrator's.
    return MenuItem("后台任务", reverse("cms_jobs"), icon_name="cogs", order=900, name="background-jobs")


@hooks.register("get_avatar_url")
def initials_avatar(user, size):
    """The initials drawn locally, never Gravatar nor a stored photo (no avatar upload: cms.accounts)."""
    if user is None or not getattr(user, "pk", None):
        return None
    return reverse("cms_avatar", args=[user.pk])


@hooks.register("construct_homepage_panels")
def role_panels(request, panels):
    """Each role's own queue first (cms/dashboard.py)."""
    from cms.dashboard import panels_for

    panels[:0] = panels_for(request.user)


# Wagtail's help menu points at its English editor guide and release notes on wagtail.org.
WAGTAIL_HELP_ITEMS = {"editor-guide"}


@hooks.register("construct_help_menu")
def platform_guide(request, menu_items):
    from wagtail.admin.menu import MenuItem

    from cms.guides import guide_for

    menu_items[:] = [
        item for item in menu_items
        if item.name not in WAGTAIL_HELP_ITEMS and not item.name.startswith("whats-new-in-wagtail")
    ]
    role = guide_for(request.user)
    url = reverse("user_guide", args=[role]) if role else reverse("user_guide_index")
    menu_items.insert(0, MenuItem("平台使用指南", url, icon_name="help", order=100, name="platform-guide"))



@hooks.register("insert_global_admin_css")
def admin_css():
    """The admin's own styles, from a static file: the Content-Security-Policy allows no inline
    styles in our templates."""
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))
