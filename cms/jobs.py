"""Long work in the task queue, with its progress shown to the person who started it (issue 18).

A job is a ``BackgroundJob`` row plus a Celery task given the row's id. The task marks the row
running, reports progress through ``JobProgress`` (the interface of ``cms.progress.Progress``, so
the same service code serves management commands and jobs), and records the outcome. Tasks are
idempotent: a task delivered again after its job finished (a worker killed between the work and
the acknowledgement) does nothing, and a task delivered again mid-way starts the work over, which
each job's work must tolerate (a reindex builds a new index and swaps the alias only at the end;
an export writes its file again and replaces the first; a submission commits with the job's note
of it, so a second delivery finds the note).

Each kind of job is registered by its app (``register_kind``) with the check that decides who sees
it besides its starter; what a finished job made is a file in the private store (``store_result``,
served by the private file view under the same check) or a page its kind links to.
"""

import tempfile
import time
from dataclasses import dataclass
from typing import Callable

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import transaction
from django.utils import timezone

from cms import private_files
from cms.models import BackgroundJob

RETRY_LIMIT = 3
RESULT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
_WRITE_EVERY_SECONDS = 1.0


@dataclass(frozen=True)
class Kind:
    """A kind of job: its name in the admin, and who may see a job of it besides being its starter
    (``may_see(user, job)``: the same check as the page the work was started from)."""

    label: str
    may_see: Callable
    link: Callable | None = None  # a finished job -> (url, text) of what it made, if not a file


_KINDS: dict[str, Kind] = {}


def register_kind(kind, label, may_see, link=None):
    """Called from the apps' ``ready``: the web process knows every kind without importing the
    task queue's modules."""
    _KINDS[kind] = Kind(label, may_see, link)


def result_link(job):
    """(url, text) of what a finished job made: its file, or what its kind links to; else None."""
    if job.state != BackgroundJob.State.DONE:
        return None
    if job.result:
        return job.result.url, f"下载：{job.result_name}"
    kind = _KINDS.get(job.kind)
    return kind.link(job) if kind and kind.link else None


def label(kind):
    return _KINDS[kind].label if kind in _KINDS else kind


def may_see(user, job):
    """A job's page and its generated file answer its starter only, and only while the starter may
    still read what the job worked on (a committee member moved to another school loses the
    filings of the old one)."""
    kind = _KINDS.get(job.kind)
    return (
        kind is not None and user.is_authenticated and job.started_by_id == user.pk and kind.may_see(user, job)
    )


def progress_key(job_id):
    return f"job-progress:{job_id}"


def live_progress(job):
    """(done, total) of a job: while it runs, from the shared cache; its row is written inside the
    work's own transaction (a database reindex is one), which no other connection sees before the
    end."""
    if job.state in (BackgroundJob.State.QUEUED, BackgroundJob.State.RUNNING):
        cached = cache.get(progress_key(job.pk))
        if cached:
            return tuple(cached)
    return job.done, job.total


class JobProgress:
    """``advance``/``finish`` like ``cms.progress.Progress``, published at most once a second."""

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
        cache.set(progress_key(self.job.pk), (self.job.done, self.job.total), timeout=24 * 3600)


class ProgressFor:
    """The ``progress_for(total)`` a job gives the service it runs: the job's bar over ``total``
    steps, made when the service knows its total; ``finish`` publishes the last count."""

    def __init__(self, job):
        self.job, self.bar = job, None

    def __call__(self, total):
        self.bar = JobProgress(self.job, total)
        return self.bar

    def finish(self):
        if self.bar is not None:
            self.bar.finish()


def start(kind, user, task, params=None):
    """A queued job of ``kind`` started by ``user`` on ``params``; ``task`` (a Celery task taking
    the job's id) is sent once the job's row is committed, so the worker always finds it."""
    job = BackgroundJob.objects.create(kind=kind, started_by=user, params=params or {})
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
    except ValidationError as error:
        # A refusal by the rules (a manuscript that cannot be anonymised, R3) is no fault to retry.
        _failed(job, "；".join(error.messages))
        raise
    except Exception as error:
        if task.request.retries < RETRY_LIMIT and not task.request.is_eager:
            job.state, job.message = BackgroundJob.State.QUEUED, f"第 {job.attempts} 次执行失败，稍后自动重试：{error}"[:500]
            job.save(update_fields=["state", "message"])
            raise task.retry(exc=error, countdown=2 ** (task.request.retries + 2)) from error
        _failed(job, error)
        raise
    job.state, job.message, job.finished_at = BackgroundJob.State.DONE, message[:500], timezone.now()
    job.save(update_fields=["state", "message", "finished_at", "done", "total"])
    return message


def _failed(job, reason):
    job.state, job.message, job.finished_at = BackgroundJob.State.FAILED, f"失败：{reason}"[:500], timezone.now()
    job.save(update_fields=["state", "message", "finished_at"])


def store_result(job, write, filename):
    """``write(out)`` fills a temporary file that becomes the job's result in the private store.
    A delivery that starts over writes a new file and replaces the earlier one, which is removed
    once no row refers to it (``PrivateFileField``); a failure while storing leaves no file."""
    with tempfile.TemporaryFile() as out:
        write(out)
        out.seek(0)
        with private_files.atomic_with_files():
            job.result.save(filename, File(out), save=False)
            job.save(update_fields=["result", "result_name"])


def result_type(job):
    return RESULT_TYPES.get(job.result_name.rpartition(".")[2], "application/octet-stream")
