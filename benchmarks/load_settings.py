"""Settings of the load benchmark: cms.settings.production, served over plain HTTP on 127.0.0.1.

Everything production does stays (DEBUG off, manifest static files, persistent database
connections from DATABASE_CONN_MAX_AGE, the login rate limit) except what a loopback run without
TLS cannot have: secure-only cookies would never be sent back over http://127.0.0.1, so the
reviewers could not stay logged in. The driver sets SECRET_KEY, ALLOWED_HOSTS,
SECURE_SSL_REDIRECT=0 and SECURE_HSTS_SECONDS=0 in the environment.
"""

from cms.settings.production import *  # noqa: F403

SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
