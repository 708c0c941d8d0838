"""Every save, delete and many-to-many change of a searchable model schedules an index update."""

import logging

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from search.registry import sources
from search.sync import schedule_index

_M2M_ACTIONS = {"post_add", "post_remove", "post_clear"}


def _on_change(sender, instance, **kwargs):
    if not kwargs.get("raw"):
        schedule_index(instance)


def _dependent_handler(affected):
    def handler(sender, instance, **kwargs):
        if kwargs.get("raw"):
            return
        for obj in affected(instance):
            schedule_index(obj)

    return handler


def _dependent_m2m_handler(model, affected):
    def handler(sender, instance, action, reverse, pk_set, **kwargs):
        if action not in _M2M_ACTIONS:
            return
        owners = [instance] if isinstance(instance, model) else model.objects.filter(pk__in=pk_set or ())
        for owner in owners:
            for obj in affected(owner):
                schedule_index(obj)

    return handler


def _on_m2m(sender, instance, action, reverse, model, pk_set, **kwargs):
    if action not in _M2M_ACTIONS:
        return
    if not reverse:
        schedule_index(instance)
    else:
        for obj in model.objects.filter(pk__in=pk_set or ()):
            schedule_index(obj)


def connect():
    for source in sources():
        uid = f"search-{source.kind}"
        post_save.connect(_on_change, sender=source.model, dispatch_uid=f"{uid}-save")
        post_delete.connect(_on_change, sender=source.model, dispatch_uid=f"{uid}-delete")
        for field in source.model._meta.many_to_many:
            m2m_changed.connect(_on_m2m, sender=field.remote_field.through, dispatch_uid=f"{uid}-m2m-{field.name}")
        for model, affected in source.depends_on.items():
            handler = _dependent_handler(affected)
            # Keep a reference: signals hold receivers weakly.
            _handlers.append(handler)
            post_save.connect(handler, sender=model, dispatch_uid=f"{uid}-depends-save-{model._meta.label}")
            # Before the delete: afterwards the relation to the affected objects is gone.
            pre_delete.connect(handler, sender=model, dispatch_uid=f"{uid}-depends-delete-{model._meta.label}")
            for field in model._meta.many_to_many:
                m2m_handler = _dependent_m2m_handler(model, affected)
                _handlers.append(m2m_handler)
                m2m_changed.connect(m2m_handler, sender=field.remote_field.through, dispatch_uid=f"{uid}-depends-m2m-{model._meta.label}-{field.name}")


_handlers = []


logger = logging.getLogger(__name__)


def _synonyms_changed(sender, **kwargs):
    """A synonym rule was saved or deleted in the admin: reload the dictionary and, once committed,
    rebuild the index (new words change how the segmenter cuts documents)."""
    from search import service

    def rebuild():
        service.vocabulary_changed()
        try:
            service.reindex()
        except Exception as error:  # the search server is down: search_reindex later
            logger.warning("search index not rebuilt after a synonym change: %s", error)

    service.vocabulary_changed()
    transaction.on_commit(rebuild)


def connect_synonyms():
    from search.models import SearchSynonym

    post_save.connect(_synonyms_changed, sender=SearchSynonym, dispatch_uid="search-synonym-saved")
    post_delete.connect(_synonyms_changed, sender=SearchSynonym, dispatch_uid="search-synonym-deleted")
