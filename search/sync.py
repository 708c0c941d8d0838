"""Keeping the index in step with the database (SPEC §6: approve, change, stop-use, delete).

``schedule_index(obj)`` / ``schedule_delete(obj)`` record the object in ``PendingIndexUpdate``
inside the caller's transaction, then try to apply it once the transaction commits. Applying
re-reads the object through its source's public queryset: present → the document is written,
absent (unpublished, stopped, deleted) → it is removed. When the engine is unreachable the row
stays, with a growing delay, and is retried by the next commit or by ``manage.py search_sync``;
so a committed change is never lost and the index never keeps a stale public document once the
engine is back. Once written and searchable, the visitors' page cache moves on
(``cms.page_cache``).
"""

import logging
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from cms import page_cache
from search.models import PendingIndexUpdate
from search.registry import document_batch, get_source, sources_for_model

logger = logging.getLogger(__name__)

MAX_DELAY = timedelta(minutes=10)
DRAIN_BATCH = 200


def schedule_index(obj):
    """Index ``obj`` (or remove it if it is not public) after the current transaction commits."""
    for source in sources_for_model(type(obj)):
        _schedule(source.kind, obj.pk)


def schedule_delete(obj):
    """Remove ``obj`` from the index after the current transaction commits."""
    schedule_index(obj)


def _schedule(kind, pk):
    PendingIndexUpdate.objects.update_or_create(
        kind=kind, object_pk=str(pk), defaults={"next_attempt_at": timezone.now()}
    )
    transaction.on_commit(drain)


def drain(limit=DRAIN_BATCH, due_only=True):
    """Apply pending updates whose (re)try is due — the ones just committed among them — and
    return how many were applied. Never raises: a failure is recorded on the rows for later.
    """
    pending = PendingIndexUpdate.objects.order_by("next_attempt_at")
    if due_only:
        pending = pending.filter(next_attempt_at__lte=timezone.now())
    rows = list(pending[:limit])
    if not rows:
        return 0
    from search.service import backend, load_vocabulary

    try:
        load_vocabulary()
        parents, documents = _current_state(rows)
        engine = backend()
        engine.write(parents, documents)
        engine.refresh()
    except Exception as error:  # the engine is down or refused: keep the rows for later
        logger.warning("search index update failed, %d kept for retry: %s", len(rows), error)
        _postpone(rows, error)
        return 0
    # Only rows not rescheduled meanwhile (a newer change re-sets next_attempt_at) are done.
    for row in rows:
        PendingIndexUpdate.objects.filter(pk=row.pk, next_attempt_at=row.next_attempt_at).delete()
    # Search pages cached before the write are stale now that it can be searched.
    page_cache.bump_generation()
    return len(rows)


def _current_state(rows):
    """(parent keys, documents): each row's object replaced by its current public documents, if any."""
    parents, documents = [], []
    by_kind = {}
    for row in rows:
        by_kind.setdefault(row.kind, []).append(row.object_pk)
    with document_batch():
        for kind, pks in by_kind.items():
            source = get_source(kind)
            for obj in source.queryset().filter(pk__in=pks):
                documents.extend(source.documents(obj))
            parents.extend(source.parent_key(pk) for pk in pks)
    return parents, documents


def _postpone(rows, error):
    now = timezone.now()
    for row in rows:
        delay = min(timedelta(seconds=2 ** min(row.attempts, 12)), MAX_DELAY)
        PendingIndexUpdate.objects.filter(pk=row.pk).update(
            attempts=row.attempts + 1, last_error=str(error)[:2000], next_attempt_at=now + delay
        )


def pending_count():
    return PendingIndexUpdate.objects.count()
