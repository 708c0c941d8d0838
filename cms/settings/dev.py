from .base import *  # noqa: F403

DEBUG = True
# A development-only key; production.py refuses to start without SECRET_KEY in the environment.
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-jigong-textbooks"  # noqa: F405
ALLOWED_HOSTS = ALLOWED_HOSTS or ["*"]  # noqa: F405
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")  # noqa: F405
