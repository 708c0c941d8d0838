from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# TEST_FILES_DIR gives a test run files of its own: CI runs the embedded-defaults pass and the
# services pass side by side in one checkout.
TEST_FILES_DIR = Path(os.environ.get("TEST_FILES_DIR", BASE_DIR))  # noqa: F405
MEDIA_ROOT = TEST_FILES_DIR / ".test-media"
ELASTICSEARCH_INDEX_PREFIX = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "jigong-test")  # noqa: F405
# Visitors' pages are cached only in the tests that test the cache (tests/test_page_cache.py):
# elsewhere one test's page would be served to the next, and most tests never commit.
PAGE_CACHE_SECONDS = 0
CONTENT_FRAGMENT_CACHE = False  # likewise (cms/page_cache.py: content_fragment)
# Caches per process whatever the environment says (CI's services pass exports REDIS_URL): the
# tests of the shared cache point at their own Redis (tests/conftest.py: shared_cache).
REDIS_URL = ""
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages", "OPTIONS": {"MAX_ENTRIES": 2000}},
}
PAGE_CACHE_SHARED = False
SESSION_ENGINE = "django.contrib.sessions.backends.db"
PRIVATE_MEDIA_ROOT = TEST_FILES_DIR / ".test-private-media"
SENDFILE_ROOT = str(PRIVATE_MEDIA_ROOT)
# Jobs run where they are started; the task queue's tests start a worker on their own Redis
# (tests/cms/test_jobs.py).
CELERY_BROKER_URL = "memory://"
CELERY_TASK_ALWAYS_EAGER = True
# A statement that waits on a lock or runs away fails on its own, naming its SQL, well before the
# test's timeout (pytest-timeout, 300 s) interrupts the driver mid-query and leaves the session
# unusable for the test's teardown and every test after it.
if DATABASES["default"]["ENGINE"].endswith("postgresql"):  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c statement_timeout=120s -c lock_timeout=60s"  # noqa: F405
