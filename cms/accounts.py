"""One sign-in for everybody, sign-out from every page, and sign-out after idling.

Wagtail's login form (with the project's throttling) is kept; only where it sends a person after
signing in changes: reviewers and political reviewers have no admin and go to their workspace.
"""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import LogoutView
from django.urls import reverse
from django.shortcuts import redirect
from wagtail.admin.views.account import AccountView, AvatarSettingsPanel, LoginView

from cms import roles, rules

_PLACES = {
    rules.ADMIN: "wagtailadmin_home",
    rules.POLITICAL_REVIEW: "review_workspace:political_index",
    rules.REVIEW_WORKSPACE: "review_workspace:index",
}


def home_url(user):
    groups = set(user.groups.values_list("name", flat=True))
    place = rules.home_for(
        uses_admin=user.has_perm(roles.ADMIN_ACCESS),
        political_reviewer=roles.POLITICAL_REVIEWER.name in groups,
        reviewer=roles.REVIEWER.name in groups or _has_assignments(user),
    )
    return reverse(_PLACES[place]) if place in _PLACES else "/"


def _has_assignments(user):
    from review.models import Assignment

    return Assignment.objects.filter(expert__person__user=user).exists()


class SignInView(LoginView):
    """The admin's login page at its usual address, sending each role to its place."""

    def get_success_url(self):
        wanted = self.get_redirect_url()
        if wanted and not (wanted.startswith("/admin/") and not self.request.user.has_perm(roles.ADMIN_ACCESS)):
            return wanted
        return home_url(self.request.user)

    def get(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            # Consume Wagtail's "no permission for the admin" notice: a reviewer is simply sent home.
            list(messages.get_messages(request))
            return redirect(home_url(request.user))
        return super().get(request, *args, **kwargs)


class SignOutView(LogoutView):
    """Sign-out (POST only) from the public site and the workspace, back to the home page."""

    next_page = "/"

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        messages.success(request, "您已安全退出。")
        return response


SESSION_ACTIVITY_KEY = "last_activity"


def _now():
    return time.time()


class IdleSessionMiddleware:
    """Signs a person out after SESSION_IDLE_SECONDS without a request, so that on a shared school
    computer the next person does not inherit a reviewer's or committee member's session."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = _now()
            last = request.session.get(SESSION_ACTIVITY_KEY)
            if rules.session_is_idle(last, now, settings.SESSION_IDLE_SECONDS):
                logout(request)
                messages.info(request, "由于长时间未操作，您已自动退出登录，请重新登录。")
            elif rules.activity_needs_recording(last, now):
                request.session[SESSION_ACTIVITY_KEY] = now
        return self.get_response(request)


class AccountSettingsView(AccountView):
    """Wagtail's account settings without the profile-picture upload: the admin shows initials
    avatars drawn by the site (cms/avatars.py), so no photo of a person is stored at all (issue
    12: avatars would otherwise be one more private file to keep and serve)."""

    def get_panels(self):
        return [panel for panel in super().get_panels() if not isinstance(panel, AvatarSettingsPanel)]
