"""The search index's work in the task queue (issue 18): a full rebuild started from the admin,
with progress, and the periodic catch-up of updates that waited for the search server."""

from cms.celery import app

from cms import jobs
from search import service, sync

REINDEX = "search_reindex"


@app.task(bind=True, acks_late=True, name="search.reindex")
def reindex(self, job_id):
    def work(job):
        service.load_vocabulary()
        progress = jobs.JobProgress(job, service.document_count())
        index, count = service.reindex(progress)
        progress.finish()
        return f"已写入 {count} 条公开文档，当前索引：{index}"

    return jobs.run(self, job_id, work)


@app.task(name="search.sync_pending")
def sync_pending():
    """Updates queued while the search server was away (``search.sync``), applied when due."""
    applied = 0
    while done := sync.drain(due_only=True):
        applied += done
    return applied
