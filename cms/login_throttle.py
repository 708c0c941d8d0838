"""Login throttling through django-axes, shared by every application instance (cache ``default``:
Redis when ``REDIS_URL`` is set).

Three counts, each with its own limit (settings):
- one account from one address (``LOGIN_FAILURE_LIMIT``): password guessing from one place;
- one account from anywhere (``LOGIN_ACCOUNT_FAILURE_LIMIT``): guessing spread over many
  addresses or application instances;
- one address across accounts (``LOGIN_ADDRESS_FAILURE_LIMIT``): one password tried against
  many users.

Axes applies a single limit to all its lockout parameters, so the handler below weighs each count
against its own limit. The client address is ``REMOTE_ADDR`` unless that is one of
``TRUSTED_PROXIES``; only then is ``X-Forwarded-For`` read, from the right, skipping the trusted
proxies. (django-ipware matches its proxy list against the tail of ``X-Forwarded-For`` itself, a
header the client writes, so a client talking to the application directly could choose its address.)
"""

import ipaddress
from functools import lru_cache

from axes.handlers.cache import AxesCacheHandler
from axes.helpers import get_cache, get_client_cache_keys
from axes.signals import user_locked_out
from django.conf import settings
from django.core.exceptions import ValidationError

LOCKED_MESSAGE = "登录失败次数过多，账号已暂时锁定，请 {minutes} 分钟后再试。"


def lockout_parameters(request=None, credentials=None):
    """Axes' counts (settings.AXES_LOCKOUT_PARAMETERS), in the order of ``failure_limits``."""
    return [["username", "ip_address"], "username", "ip_address"]


def failure_limits():
    """The limit of each count, in the order of ``lockout_parameters``."""
    return [settings.LOGIN_FAILURE_LIMIT, settings.LOGIN_ACCOUNT_FAILURE_LIMIT, settings.LOGIN_ADDRESS_FAILURE_LIMIT]


def highest_limit(request=None, credentials=None):
    """Axes' own limit: it never locks before one of ours does (see ``LayeredLimitsCacheHandler``)."""
    return max(failure_limits())


def normalised_username(request, credentials):
    """``Teacher`` and ``teacher `` count as one account (a guesser would vary the case)."""
    source = credentials if credentials is not None else getattr(request, "POST", {})
    return (source.get(settings.AXES_USERNAME_FORM_FIELD) or "").strip().lower() or None


@lru_cache(maxsize=8)
def _networks(proxies):
    return tuple(ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def _is_trusted(address):
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in _networks(tuple(settings.TRUSTED_PROXIES)))


def client_address(request):
    """The address of whoever sent the request, as far as trusted proxies vouch for it."""
    address = request.META.get("REMOTE_ADDR", "")
    if not _is_trusted(address):
        return address
    for hop in reversed(request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")):
        hop = hop.strip()
        try:
            ipaddress.ip_address(hop)
        except ValueError:
            return address  # a malformed chain: trust nothing beyond the proxy we know
        address = hop
        if not _is_trusted(hop):
            break
    return address


def lockout_message():
    return LOCKED_MESSAGE.format(minutes=max(settings.LOGIN_LOCK_SECONDS // 60, 1))


def raise_if_locked(request):
    """Called by the login form after a failed authentication: the lock, not a wrong password, is said."""
    if getattr(request, "axes_locked_out", False):
        raise ValidationError(lockout_message(), code="locked")


def locked_response(request, original_response, credentials):
    """The login page as rendered (its form says why), answered 429 Too Many Requests."""
    original_response.status_code = 429
    return original_response


class LayeredLimitsCacheHandler(AxesCacheHandler):
    """Axes' cache handler with one limit per count (``failure_limits``), asking for the cache on
    each use rather than keeping the one configured when the handler was first made."""

    def __init__(self):
        pass

    @property
    def cache(self):
        return get_cache()

    def _counts(self, request, credentials):
        keys = get_client_cache_keys(request, credentials)
        return [self.cache.get(key, default=0) for key in keys]

    def _over_a_limit(self, request, credentials):
        return any(count >= limit for count, limit in zip(self._counts(request, credentials), failure_limits()))

    def is_locked(self, request, credentials=None):
        return self._over_a_limit(request, credentials)

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        super().user_login_failed(sender, credentials, request=request, **kwargs)
        if request is None or getattr(request, "axes_locked_out", False):
            return
        if self._over_a_limit(request, credentials):
            request.axes_locked_out = True
            request.axes_credentials = credentials
            user_locked_out.send("axes", request=request, username=credentials.get("username"), ip_address=request.axes_ip_address)

    def user_logged_in(self, sender, request, user, **kwargs):
        """A success clears the account's counts, never its address's count across accounts
        (else one valid account would reset an address trying passwords against the others)."""
        credentials = {settings.AXES_USERNAME_FORM_FIELD: user.get_username()}
        for key in get_client_cache_keys(request, credentials)[:2]:
            self.cache.delete(key)
