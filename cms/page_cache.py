"""The anonymous page cache: what every visitor sees alike is rendered once per content change.

Visitors make most of the traffic (catalogue, curriculum pages, search, the catalogue API) and
see the same pages. A GET without a session or messages cookie, outside the signed-in areas
(``PAGE_CACHE_EXCLUDED_PATHS``), is answered from the cache when the same URL was rendered
since public content last changed. The cache is per process by default, shared by every
instance through Redis when ``REDIS_URL`` is set (the generation too: a hit then costs no query),
else shared by a machine's workers in production (``cms/settings/production.py``: files under
``PAGE_CACHE_DIR``), so that each page is rendered once, not once per worker.

Freshness: cached pages are filed under the current ``ContentGeneration``, read from the
database once at the start of each cacheable request. Every commit that saves, deletes or
re-links a model of ``PUBLIC_CONTENT_APPS`` (an approval, a catalogue change, a stop-use order,
a page published or deleted) gives the generation a new token, and so does every search index
update once it is visible (``search.sync``); the next request of every worker renders afresh.
``PAGE_CACHE_SECONDS`` bounds what changes without a write can leave: time passing (the end of a
notice period shown on a page).

Only pages that are the same for everyone are stored: answered 200, not streamed, setting no
cookie (a form's CSRF token sets one), not marked private or no-store, varying on nothing but
the cookie and the language (one language is served, and a cacheable request carries no cookie
a page could depend on).
"""

import hashlib
import uuid

from django.apps import apps as django_apps
from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.cache import cc_delim_re
from wagtail.images.models import AbstractRendition

from cms.generation import ContentGeneration

CACHE_ALIAS = "pages"
PUBLIC_CONTENT_APPS = frozenset(
    {"cms", "directory", "curriculum", "textbooks", "selection", "wagtailcore", "wagtailimages", "wagtaildocs", "wagtailredirects"}
)
_HARMLESS_VARY = frozenset({"cookie", "accept-language"})
_PRIVATE_CONTROL = frozenset({"private", "no-store", "no-cache"})


GENERATION_KEY = "generation"
FRAGMENT_ALIAS = "default"
FRAGMENT_LOCAL_ALIAS = "fragments-local"
# Nothing kept as a fragment changes with time alone; the bound only frees a per-process cache.
FRAGMENT_SECONDS = 3600


def _generation_from_database():
    token = ContentGeneration.objects.values_list("token", flat=True).first()
    if token is None:
        token = ContentGeneration.objects.get_or_create(pk=1, defaults={"token": uuid.uuid4().hex})[0].token
    return token


def current_generation():
    """The database holds the generation; a shared cache (Redis) holds a copy, so that a hit
    costs no query. A per-process cache must not: another process's bump would not reach it."""
    if not settings.PAGE_CACHE_SHARED:
        return _generation_from_database()
    cache = caches[CACHE_ALIAS]
    token = cache.get(GENERATION_KEY)
    if token is None:
        token = _generation_from_database()
        cache.add(GENERATION_KEY, token, None)  # a concurrent bump's newer token wins
    return token


def generation_kept():
    """Whether anything is filed under the generation (visitors' pages or content fragments), so
    that public writes must move it."""
    return bool(settings.PAGE_CACHE_SECONDS or settings.CONTENT_FRAGMENT_CACHE)


def bump_generation():
    """Every worker renders public pages afresh from its next request on."""
    if not generation_kept():
        return
    token = uuid.uuid4().hex
    if not ContentGeneration.objects.filter(pk=1).update(token=token):
        ContentGeneration.objects.get_or_create(pk=1, defaults={"token": token})
    if settings.PAGE_CACHE_SHARED:
        caches[CACHE_ALIAS].set(GENERATION_KEY, token, None)


def bump_after_commit():
    """``bump_generation`` once the current transaction commits (once, however many writes)."""
    connection = transaction.get_connection()
    if connection.in_atomic_block and any(callback is bump_generation for _, callback, _ in connection.run_on_commit):
        return
    # Robust: the change itself has committed; a failed bump is logged, not shown to its author.
    transaction.on_commit(bump_generation, robust=True)


def is_cacheable_request(request):
    if not settings.PAGE_CACHE_SECONDS or request.method != "GET":
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    return not request.path.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PATHS))


def is_cacheable_response(response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    control = {part.split("=")[0].strip().lower() for part in cc_delim_re.split(response.get("Cache-Control", ""))}
    vary = {part.strip().lower() for part in cc_delim_re.split(response.get("Vary", "")) if part.strip()}
    return not (control & _PRIVATE_CONTROL) and vary <= _HARMLESS_VARY


def page_key(request, generation):
    digest = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
    return f"page:{generation}:{digest}"


class AnonymousPageCacheMiddleware:
    """Serves and stores visitors' pages; placed before the session, so a hit costs one query."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable_request(request):
            return self.get_response(request)
        cache = caches[CACHE_ALIAS]
        # Read before the page: a change committed while it renders files it under an old key.
        request.content_generation = current_generation()
        key = page_key(request, request.content_generation)
        response = cache.get(key)
        if response is not None:
            return response
        response = self.get_response(request)
        if is_cacheable_response(response):
            cache.set(key, response, settings.PAGE_CACHE_SECONDS)
        return response


def _generation_of(request):
    """The generation, read once per request (the visitors' page cache may have read it)."""
    generation = getattr(request, "content_generation", None)
    if generation is None:
        generation = request.content_generation = current_generation()
    return generation


class _FragmentStore:
    """The content fragments of one generation: this process's own copy in front of the shared
    cache where there is one (REDIS_URL). A key names its generation, so what a key holds never
    goes stale and the process's copy needs no invalidation; it spares a Redis round trip per
    fragment (0.5–1.5 ms of CPU per uncached page)."""

    def __init__(self):
        shared = caches[FRAGMENT_ALIAS]
        local = caches[FRAGMENT_LOCAL_ALIAS] if FRAGMENT_LOCAL_ALIAS in settings.CACHES else None
        self.tiers = [local, shared] if local is not None else [shared]

    def get_many(self, keys):
        found, missing = {}, list(keys)
        for number, tier in enumerate(self.tiers):
            if not missing:
                break
            values = tier.get_many(missing)
            found.update(values)
            missing = [key for key in missing if key not in values]
            if values and number:  # found further down: keep it here too
                self.tiers[0].set_many(values, FRAGMENT_SECONDS)
        return found

    def set_many(self, values):
        for tier in self.tiers:
            tier.set_many(values, FRAGMENT_SECONDS)


def content_fragment(request, name, build):
    """``build()``, kept under the current content generation in the default cache (per process, or
    Redis): what depends on public content alone (the site, the main menu, the catalogue's lists)
    is not queried again by every page the visitors' cache misses, yet a change shows on the very
    next request, as for cached pages. The generation is read once per request."""
    if not settings.CONTENT_FRAGMENT_CACHE:
        return build()

    def build_one(_keys):
        value = build()
        return {} if value is None else {name: value}  # nothing is kept for what does not exist

    return content_fragments(request, {name: name}, build_one).get(name)


def content_fragments(request, names, build):
    """``content_fragment`` for many at once: ``names`` maps keys to fragment names; ``build`` is
    given the keys of those not kept and returns {key: value}. Returns {key: value} for all."""
    if not settings.CONTENT_FRAGMENT_CACHE:
        return build(list(names))
    generation = _generation_of(request)
    store = _FragmentStore()
    cache_keys = {key: f"fragment:{generation}:{name}" for key, name in names.items()}
    found = store.get_many(list(cache_keys.values()))
    values = {key: found[cache_key] for key, cache_key in cache_keys.items() if cache_key in found}
    missing = [key for key in names if key not in values]
    if missing:
        built = build(missing)
        store.set_many({cache_keys[key]: value for key, value in built.items()})
        values.update(built)
    return values


def _on_public_write(sender, **kwargs):
    if kwargs.get("raw") or not generation_kept() or sender is ContentGeneration:
        return
    if sender._meta.apps is not django_apps:  # a migration's historical model: no pages yet
        return
    if issubclass(sender, AbstractRendition):
        # A thumbnail made while rendering a page changes no page: its image already did (or will
        # when saved). Bumping here would empty the cache from visitors' own requests.
        return
    if sender._meta.app_label in PUBLIC_CONTENT_APPS:
        bump_after_commit()


def _on_public_m2m(sender, action, **kwargs):
    if action.startswith("post_"):
        _on_public_write(sender)


def connect():
    post_save.connect(_on_public_write, dispatch_uid="cms.page_cache.save")
    post_delete.connect(_on_public_write, dispatch_uid="cms.page_cache.delete")
    m2m_changed.connect(_on_public_m2m, dispatch_uid="cms.page_cache.m2m")
