"""Versions and change requests are scoped through their textbook's object permissions.

A unit admin or author holds guardian permissions on the unit's textbooks (granted by
``textbooks.services.sync_textbook_access``); everything hanging off those textbooks follows.
"""

from guardian.shortcuts import get_objects_for_user
from wagtail.permissions import register_permission_policy

from cms.permissions import ScopedPermissionPolicy

# Acting on a child means viewing or changing its textbook; deleting needs the model permission.
TEXTBOOK_ACTIONS = {"view": "view", "change": "change"}


class TextbookChildPolicy(ScopedPermissionPolicy):
    def __init__(self, model, textbook_path):
        super().__init__(model)
        self.textbook_path = textbook_path

    def _textbook_permissions(self, actions):
        return [f"textbooks.{TEXTBOOK_ACTIONS[a]}_textbook" for a in actions if a in TEXTBOOK_ACTIONS]

    def _scoped_instances(self, user, actions):
        permissions = self._textbook_permissions(actions)
        if not user.is_active or user.is_anonymous or not permissions:
            return self.model._default_manager.none()
        from textbooks.models import Textbook

        textbooks = get_objects_for_user(
            user, permissions, klass=Textbook, any_perm=True, with_superuser=False, accept_global_perms=False
        )
        return self.model._default_manager.filter(**{f"{self.textbook_path}__in": textbooks})

    def user_has_permission_for_instance(self, user, action, instance):
        if self._has_model_permission(user, action):
            return True
        textbook = instance
        for part in self.textbook_path.split("__"):
            textbook = getattr(textbook, part)
        return any(user.has_perm(p, textbook) for p in self._textbook_permissions([action]))


def register_version_policies():
    from textbooks.models import ChangeRequest, TextbookVersion

    register_permission_policy(TextbookVersion, TextbookChildPolicy(TextbookVersion, "textbook"))
    register_permission_policy(ChangeRequest, TextbookChildPolicy(ChangeRequest, "version__textbook"))
