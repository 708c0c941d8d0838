"""Imported by the test worker (``CELERY_IMPORTS`` in tests/cms/worker_settings.py, after Django is
set up): with ``SLOW_REINDEX_SECONDS`` set, each indexed object takes that long, so that a test
can kill the worker in the middle of a job."""

import os
import time

from search import service

DELAY = float(os.environ.get("SLOW_REINDEX_SECONDS", "0"))

if DELAY:
    _documents = service.documents

    def _slow_documents(progress=None):
        for document in _documents(progress):
            time.sleep(DELAY)
            yield document

    service.documents = _slow_documents
