"""A task-queue worker's settings in tests/cms/test_jobs.py: the test settings with the broker the
test started (CELERY_BROKER_URL from the environment) instead of running tasks in place."""

from pathlib import Path

from cms.settings.test import *  # noqa: F403

CELERY_BROKER_URL = os.environ["CELERY_BROKER_URL"]  # noqa: F405
CELERY_TASK_ALWAYS_EAGER = False
CELERY_IMPORTS = ["tests.cms.slow_worker"]
# The test's own private store, where its export jobs' files go (tests/selection/test_export_jobs.py).
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", PRIVATE_MEDIA_ROOT))  # noqa: F405
SENDFILE_ROOT = str(PRIVATE_MEDIA_ROOT)
# A killed worker's task is delivered again after a few seconds instead of an hour.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 4, "unacked_restore_interval": 1, "unacked_restore_throttle": 1}
# Progress goes through the shared cache, as in production: the test reads it from the same Redis.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CELERY_BROKER_URL, "KEY_PREFIX": "jigong"}}
