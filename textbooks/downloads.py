"""Who may download a textbook's private files: exactly who may open the admin page that links
to them (the version's edit page, the change request's page), through the models' Wagtail
permission policies (guardian scope, SPEC §8)."""

from wagtail.permissions import policy_registry

from cms.private_files import register_download


def _may_edit(user, instance):
    policy = policy_registry.get_by_type(type(instance))
    return user.has_perm("wagtailadmin.access_admin") and policy.user_has_permission_for_instance(
        user, "change", instance
    )


def register_textbook_downloads():
    register_download("textbooks.TextbookVersion", "manuscript", _may_edit)
    register_download("textbooks.VersionAttachment", "file", lambda user, attachment: _may_edit(user, attachment.version))
    register_download("textbooks.ChangeRequest", "new_manuscript", _may_edit)
