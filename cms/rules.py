"""Site-wide rules that are not any one app's domain: where a signed-in person belongs."""

ADMIN = "admin"
POLITICAL_REVIEW = "political_review"
REVIEW_WORKSPACE = "review_workspace"
PUBLIC_SITE = "public_site"


def home_for(*, uses_admin, political_reviewer, reviewer):
    """Where one sign-in sends a person (SPEC §8): admin roles to the admin, reviewers and the
    political reviewers to their workspace (never the admin), anybody else to the public site."""
    if uses_admin:
        return ADMIN
    if political_reviewer:
        return POLITICAL_REVIEW
    if reviewer:
        return REVIEW_WORKSPACE
    return PUBLIC_SITE


def session_is_idle(last_activity, now, idle_seconds):
    """A signed-in session left alone longer than the idle limit is over (shared school computers)."""
    return last_activity is not None and idle_seconds > 0 and now - last_activity > idle_seconds


def activity_needs_recording(last_activity, now, resolution_seconds=60):
    """Recording the last activity at most once a minute keeps a session write off most requests."""
    return last_activity is None or now - last_activity >= resolution_seconds
