"""Long work in the task queue, with its progress shown to the person who started it (issue 18).

A job is a ``BackgroundJob`` row plus a Celery task given the row's id. The task marks the row
running, reports progress through ``JobProgress`` (the interface of ``cms.progress.Progress``, so
the same service code serves management commands and jobs), and records the outcome. Tasks are
idempotent: a task delivered again after its job finished (a worker killed between the work and
the acknowledgement) does nothing, and a task delivered again mid-way starts the work over, which
each job's work must tolerate (a reindex builds a new index and swaps the alias only at the end).
"""

import time

from django.db import transaction
from django.utils import timezone

from cms.models import BackgroundJob

RETRY_LIMIT = 3
_WRITE_EVERY_SECONDS = 1.0


class JobProgress:
    """``advance``/``finish`` like ``cms.progress.Progress``, saved to the job at most once a second."""

    def __init__(self, job, total):
        self.job = job
        self.job.total, self.job.done = total, 0
        self._written = 0.0
        self._save()

    def advance(self, count=1):
        self.job.done += count
        if time.monotonic() - self._written >= _WRITE_EVERY_SECONDS:
            self._save()

    def finish(self):
        self._save()

    def _save(self):
        self._written = time.monotonic()
        BackgroundJob.objects.filter(pk=self.job.pk).update(done=self.job.done, total=self.job.total)


def start(kind, user, task):
    """A queued job of ``kind`` started by ``user``; ``task`` (a Celery task taking the job's id) is
    sent once the job's row is committed, so the worker always finds it."""
    job = BackgroundJob.objects.create(kind=kind, started_by=user)
    transaction.on_commit(lambda: task.delay(str(job.pk)))
    return job


def run(task, job_id, work):
    """Run ``work(job)`` for the job (``task`` is the bound Celery task): returns the message to
    show. A failure is retried with back-off up to ``RETRY_LIMIT`` times, then recorded."""
    job = BackgroundJob.objects.filter(pk=job_id).first()
    if job is None or job.state == BackgroundJob.State.DONE:
        return
    job.state, job.attempts, job.message = BackgroundJob.State.RUNNING, job.attempts + 1, ""
    job.save(update_fields=["state", "attempts", "message"])
    try:
        message = work(job)
    except Exception as error:
        if task.request.retries < RETRY_LIMIT and not task.request.is_eager:
            job.state, job.message = BackgroundJob.State.QUEUED, f"第 {job.attempts} 次执行失败，稍后自动重试：{error}"[:500]
            job.save(update_fields=["state", "message"])
            raise task.retry(exc=error, countdown=2 ** (task.request.retries + 2)) from error
        job.state, job.message, job.finished_at = BackgroundJob.State.FAILED, f"失败：{error}"[:500], timezone.now()
        job.save(update_fields=["state", "message", "finished_at"])
        raise
    job.state, job.message, job.finished_at = BackgroundJob.State.DONE, message[:500], timezone.now()
    job.save(update_fields=["state", "message", "finished_at", "done", "total"])
    return message
