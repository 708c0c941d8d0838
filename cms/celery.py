"""The task queue's Celery application (issue 18): ``celery -A cms.celery worker`` and
``celery -A cms.celery beat`` in production (``scripts/services prod`` starts both).

Celery with Redis rather than the Django tasks backport: retries with back-off, late
acknowledgement (a task whose worker dies is delivered again), and a periodic scheduler (beat) are
all maintained parts of it, and Redis is already the production cache. Settings are the
``CELERY_*`` names in ``cms/settings/base.py``; without a broker (the embedded defaults) tasks run
in the process that starts them. The web process imports this only when it starts a job
(``cms.jobs``), so pages do not carry the queue's client.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

app = Celery("jigong")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
