"""Who reaches which textbooks in the admin (SPEC §1, §8).

Roles with model permissions (HRSS admins) act on every textbook. Everyone else acts only on
the textbooks in their scope:

* a unit admin: every textbook of the units they administer (their guardian
  ``directory.change_organisation`` grant, see ``directory.services.grant_unit_admin``), so
  textbooks created or imported later are in scope without further grants;
* an author: every textbook of which they are chief editor or team member;
* anyone holding a guardian grant on a textbook (``textbooks.services.grant_textbook_access``).

Versions, change requests and units' and publishers' qualification profiles follow their textbook or unit.
"""

from django.db.models import Q
from guardian.shortcuts import get_objects_for_user
from wagtail.permissions import register_permission_policy

from cms.permissions import ScopedPermissionPolicy

SCOPED_ACTIONS = ("view", "change")


def administered_units(user):
    from directory.models import Organisation

    return get_objects_for_user(
        user,
        "directory.change_organisation",
        klass=Organisation,
        with_superuser=False,
        accept_global_perms=False,
    )


def scoped_textbooks(user):
    """Each way into scope is its own ``pk IN (subquery)``: joining versions and authors instead
    (with DISTINCT) made PostgreSQL plan a nested loop that took minutes on every admin page."""
    from textbooks.models import Textbook, TextbookVersion, VersionAuthor

    if not user.is_active or user.is_anonymous:
        return Textbook.objects.none()
    granted = get_objects_for_user(
        user,
        ["textbooks.view_textbook", "textbooks.change_textbook"],
        klass=Textbook,
        any_perm=True,
        with_superuser=False,
        accept_global_perms=False,
    )
    return Textbook.objects.filter(
        Q(pk__in=granted.values("pk"))
        | Q(compiling_unit__in=administered_units(user).values("pk"))
        | Q(pk__in=TextbookVersion.objects.filter(chief_editor__user=user).values("textbook_id"))
        | Q(pk__in=VersionAuthor.objects.filter(person__user=user).values("version__textbook_id"))
    )


class TextbookScopePolicy(ScopedPermissionPolicy):
    """``path`` leads from the model to the Textbook ("" for Textbook itself) or, with
    ``unit_path``, to the compiling unit (Organisation)."""

    def __init__(self, model, path="", unit_path=None):
        super().__init__(model)
        self.path = path
        self.unit_path = unit_path

    def _lookup(self):
        if self.unit_path is not None:
            return f"{self.unit_path}__in"
        return f"{self.path}__in" if self.path else "pk__in"

    def _scoped_instances(self, user, actions):
        if not user.is_active or user.is_anonymous or not set(actions) & set(SCOPED_ACTIONS):
            return self.model._default_manager.none()
        scope = administered_units(user) if self.unit_path is not None else scoped_textbooks(user)
        return self.model._default_manager.filter(**{self._lookup(): scope.values("pk")})

    def user_has_permission_for_instance(self, user, action, instance):
        if self._has_model_permission(user, action):
            return True
        return self._scoped_instances(user, [action]).filter(pk=instance.pk).exists()


def register_textbook_policies():
    from textbooks.models import ChangeRequest, CompilingUnitProfile, PublisherProfile, Textbook, TextbookVersion

    for policy in (
        TextbookScopePolicy(Textbook),
        TextbookScopePolicy(TextbookVersion, "textbook"),
        TextbookScopePolicy(ChangeRequest, "version__textbook"),
        TextbookScopePolicy(CompilingUnitProfile, unit_path="organisation"),
        TextbookScopePolicy(PublisherProfile, unit_path="organisation"),
    ):
        register_permission_policy(policy.model, policy)
