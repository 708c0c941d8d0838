"""Login rate limiting: after repeated failures a username is locked for a while, per client address.

Counting per (username, address) keeps one attacker from locking a real user out from elsewhere,
while still stopping password guessing against any one account from one place.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache


def throttle_key(username, address):
    digest = hashlib.sha256(f"{(username or '').strip().lower()}|{address or ''}".encode()).hexdigest()
    return f"login-failures:{digest}"


def is_locked(key):
    return cache.get(key, 0) >= settings.LOGIN_FAILURE_LIMIT


def record_failure(key):
    cache.add(key, 0, timeout=settings.LOGIN_LOCK_SECONDS)
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=settings.LOGIN_LOCK_SECONDS)


def clear(key):
    cache.delete(key)


def client_address(request):
    return request.META.get("REMOTE_ADDR", "") if request is not None else ""
