"""Object-scoped permissions for the Wagtail admin (SPEC §8).

Wagtail's generic admin views ask a permission policy per model. A role that acts on all objects
holds the model permission through its group; a role that acts only on its own objects (its unit,
its school, its assigned manuscripts) holds django-guardian object permissions instead. The policy
below answers both, and ``ScopedModelViewSet`` makes every listing and every object lookup of the
admin go through it, so another unit's objects answer 404 and never data.
"""

from django.http import Http404
from guardian.shortcuts import get_objects_for_user
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy

READ_ACTIONS = ("view", "change")


class ScopedPermissionPolicy(ModelPermissionPolicy):
    """Model permission → every instance; guardian object permission → that instance only."""

    def _has_model_permission(self, user, action):
        return user.is_active and user.has_perm(self._get_permission_name(action))

    def _defined_actions(self, actions):
        """The actions the model has a permission for. Wagtail also asks for others (every
        history view asks "publish"): nobody holds those, and guardian must not be asked."""
        meta = self.auth_model._meta
        codenames = {f"{action}_{meta.model_name}" for action in meta.default_permissions}
        codenames.update(codename for codename, _ in meta.permissions)
        return [action for action in actions if self._get_permission_codename(action) in codenames]

    def _scoped_instances(self, user, actions):
        actions = self._defined_actions(actions)
        if not actions or not user.is_active or user.is_anonymous:
            return self.model._default_manager.none()
        return get_objects_for_user(
            user,
            [self._get_permission_name(action) for action in actions],
            klass=self.model._default_manager.all(),
            any_perm=True,
            with_superuser=False,
            accept_global_perms=False,
        )

    def user_has_permission(self, user, action):
        if self._has_model_permission(user, action):
            return True
        # "add" is a model-level decision: owning one object does not let you create others.
        if action == "add":
            return False
        # Listings ask this for every row's buttons; kept on the user object for its request,
        # as Django keeps model permissions (``_perm_cache``).
        known = user.__dict__.setdefault("_scoped_permission_cache", {})
        key = (self.model._meta.label, action)
        if key not in known:
            known[key] = self._scoped_instances(user, [action]).exists()
        return known[key]

    def user_has_any_permission(self, user, actions):
        """One scoped query for all the actions (the admin's menu asks add, change, delete and view
        of every model on every page), kept for the request like ``user_has_permission``."""
        if any(self._has_model_permission(user, action) for action in actions):
            return True
        scoped = frozenset(actions) - {"add"}
        if not scoped:
            return False
        known = user.__dict__.setdefault("_scoped_permission_cache", {})
        key = (self.model._meta.label, scoped)
        if key not in known:
            known[key] = self._scoped_instances(user, sorted(scoped)).exists()
        return known[key]

    def user_has_permission_for_instance(self, user, action, instance):
        if self._has_model_permission(user, action):
            return True
        return user.is_active and user.has_perm(self._get_permission_name(action), instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, a, instance) for a in actions)

    def instances_user_has_any_permission_for(self, user, actions):
        if any(self._has_model_permission(user, action) for action in actions):
            return self.model._default_manager.all()
        return self._scoped_instances(user, actions)

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])


class ScopedObjectMixin:
    """Look objects up only among those the user may read; anything else is a 404."""

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if not self.permission_policy.user_has_any_permission_for_instance(
            self.request.user, READ_ACTIONS, obj
        ):
            raise Http404
        return obj


class ScopedIndexView(generic.IndexView):
    def get_base_queryset(self):
        allowed = self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, READ_ACTIONS
        )
        return super().get_base_queryset().filter(pk__in=allowed.values("pk"))


class ScopedEditView(ScopedObjectMixin, generic.EditView):
    pass


class ScopedDeleteView(ScopedObjectMixin, generic.DeleteView):
    pass


class ScopedInspectView(ScopedObjectMixin, generic.InspectView):
    pass


class ScopedCopyView(ScopedObjectMixin, generic.CopyView):
    pass


class ScopedHistoryView(ScopedObjectMixin, history.HistoryView):
    pass


class ScopedUsageView(ScopedObjectMixin, usage.UsageView):
    pass


class ReadableScopeMixin:
    """For a viewset's custom views: the objects the user may read, through the model's policy."""

    def readable(self, user):
        return self.permission_policy.instances_user_has_any_permission_for(user, READ_ACTIONS)


class ScopedChooserMixin:
    """For a chooser's views (list, search, chosen): only the objects the user may read, through
    the model's policy. Wagtail's choosers otherwise offer every object to every admin user."""

    def _readable(self):
        policy = policy_registry.get_by_type(self.model_class)
        return policy.instances_user_has_any_permission_for(self.request.user, READ_ACTIONS)

    def get_object_list(self):
        return super().get_object_list().filter(pk__in=self._readable().values("pk"))

    def get_object(self, pk):
        return self._readable().get(pk=pk)

    def get_objects(self, pks):
        return self._readable().filter(pk__in=pks)


class ScopedModelViewSet(ReadableScopeMixin, ModelViewSet):
    """A ModelViewSet whose every view is limited to the objects the user may act on."""

    index_view_class = ScopedIndexView
    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    inspect_view_class = ScopedInspectView
    copy_view_class = ScopedCopyView
    history_view_class = ScopedHistoryView
    usage_view_class = ScopedUsageView
    add_to_admin_menu = False


def register_scoped_policies(*models):
    """Called from each app's ``AppConfig.ready()``, before Wagtail builds its viewsets."""
    for model in models:
        register_permission_policy(model, ScopedPermissionPolicy(model))
