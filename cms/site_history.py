"""Wagtail's site-wide history report, reachable only by those its menu item is shown to.

Wagtail lists every log entry of a model to anyone holding any permission on that model, so an
author (review.add_submission) would read every submission's log, reviewer names included (R3),
and a school committee every school's selections (SPEC §8: other objects answer 404, never
data). Wagtail shows the report in the menu only to page editors; no role of SPEC §1 edits
pages, so the report stays with the superusers, and the objects' own history pages (scoped by
cms.permissions) are where each role reads its audit trail.
"""

from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import permission_denied, require_admin_access
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.models import Page
from wagtail.permissions import policy_registry


def may_read_site_history(user):
    return policy_registry.get_by_type(Page).explorable_root_instance(user) is not None


class SiteHistoryView(LogEntriesView):
    def dispatch(self, request, *args, **kwargs):
        if not may_read_site_history(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)


def _view(**initkwargs):
    return never_cache(require_admin_access(SiteHistoryView.as_view(**initkwargs)))


# Listed in cms/urls.py before Wagtail's admin URLs, so they answer the report's own paths.
urlpatterns = [
    path("admin/reports/site-history/", _view()),
    path("admin/reports/site-history/results/", _view(results_only=True)),
]
