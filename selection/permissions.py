"""Who reaches which selections in the admin (SPEC §1, §8).

HRSS admins read every school's selections through their model permissions. A committee
member's login holds a guardian grant on its school's committee (``services.grant_committee_access``);
every selection round and usage report of that school — including those created later — is in its
scope, and another school's answers 404.
"""

from guardian.shortcuts import get_objects_for_user

from cms.permissions import ScopedPermissionPolicy

COMMITTEE_PERMISSIONS = ["selection.view_selectioncommittee", "selection.change_selectioncommittee"]


def committee_schools(user):
    """The schools whose committee ``user`` acts for (a queryset of Organisation ids)."""
    from selection.models import SelectionCommittee

    if not user.is_active or user.is_anonymous:
        return SelectionCommittee.objects.none().values("school_id")
    return get_objects_for_user(
        user, COMMITTEE_PERMISSIONS, klass=SelectionCommittee, any_perm=True, with_superuser=False, accept_global_perms=False
    ).values("school_id")


class SchoolPolicy(ScopedPermissionPolicy):
    """For models with a ``school``: a committee acts on its own school's objects; nobody else's."""

    def _scoped_instances(self, user, actions):
        if not set(actions) & {"view", "change"}:
            return self.model._default_manager.none()
        return self.model._default_manager.filter(school__in=committee_schools(user))

    def user_has_permission(self, user, action):
        # The scope is the school, not the objects it has so far: a committee reaches its (maybe
        # still empty) lists, and another school's object is a 404 rather than a denial.
        if self._has_model_permission(user, action):
            return True
        return action in ("view", "change") and committee_schools(user).exists()

    def user_has_permission_for_instance(self, user, action, instance):
        if self._has_model_permission(user, action):
            return True
        return action in ("view", "change") and self._scoped_instances(user, [action]).filter(pk=instance.pk).exists()
