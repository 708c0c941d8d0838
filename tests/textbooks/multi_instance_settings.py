"""The production settings as the multi-instance test runs them: static files are referenced
without collectstatic's manifest (collecting costs minutes on a busy CI machine and is not what
the test is about)."""

from cms.settings.production import *  # noqa: F403

STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# The test process creates the users with the test settings' fast hasher.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
