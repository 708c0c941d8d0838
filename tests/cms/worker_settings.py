"""A task-queue worker's settings in tests/cms/test_jobs.py: the test settings with the broker the
test started (CELERY_BROKER_URL from the environment) instead of running tasks in place."""

from cms.settings.test import *  # noqa: F403

CELERY_BROKER_URL = os.environ["CELERY_BROKER_URL"]  # noqa: F405
CELERY_TASK_ALWAYS_EAGER = False
