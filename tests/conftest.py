"""Shared fixtures and the service gate: tests marked ``elasticsearch`` or ``postgres`` run only
against the real servers, tests marked ``redis`` only where Debian's redis-server is installed,
tests marked ``browser`` only where Chromium is installed. With
REQUIRE_SERVICES=1 (CI), a missing server or browser fails instead of skipping."""

import os
import shutil
import socket
import subprocess
import time

import pytest
from django.db import connection

REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"


def _service_missing(item):
    if item.get_closest_marker("elasticsearch") and not os.environ.get("ELASTICSEARCH_URL"):
        return "需要 Elasticsearch：未设置 ELASTICSEARCH_URL（scripts/services start 后 eval \"$(scripts/services env)\"）"
    if item.get_closest_marker("postgres") and connection.vendor != "postgresql":
        return "需要 PostgreSQL：DATABASE_URL 未指向 PostgreSQL"
    if item.get_closest_marker("redis") and not shutil.which("redis-server"):
        return "需要 Redis：未找到 redis-server（Debian 软件包 redis-server）"
    if item.get_closest_marker("nginx") and not shutil.which("nginx"):
        return "需要 nginx：未找到 nginx（Debian 软件包 nginx-light）"
    if item.get_closest_marker("browser"):
        from tests.e2e.conftest import browser_missing

        return browser_missing()
    return None


def pytest_runtest_setup(item):
    reason = _service_missing(item)
    if reason is None:
        return
    if REQUIRE_SERVICES:
        pytest.fail(f"REQUIRE_SERVICES=1 but the service is missing: {reason}", pytrace=False)
    pytest.skip(reason)


def pytest_sessionstart(session):
    if REQUIRE_SERVICES and not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise pytest.UsageError("REQUIRE_SERVICES=1 needs DATABASE_URL pointing at PostgreSQL")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory):
    """A private Redis server (Debian's redis-server) for this test session, stopped at its end."""
    port = free_port()
    workdir = tmp_path_factory.mktemp("redis")
    server = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(workdir)],
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.1)
    yield f"redis://127.0.0.1:{port}/0"
    server.terminate()
    server.wait(timeout=20)


@pytest.fixture
def shared_cache(settings, redis_url):
    """The settings REDIS_URL gives (cms/settings/base.py), pointed at the test session's Redis."""
    from django.core.cache import caches

    settings.REDIS_URL = redis_url
    settings.CACHES = {
        alias: {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_url, "KEY_PREFIX": prefix}
        for alias, prefix in (("default", "jigong"), ("pages", "jigong-pages"))
    }
    settings.PAGE_CACHE_SHARED = True
    caches["default"].clear()
    yield redis_url
    caches["default"].clear()


@pytest.fixture
def demo_world(db):
    """The foundation's demo data: majors, units, expert pool, committees and one login per role."""
    from cms.demo import seed_users
    from curriculum.demo import seed_majors, seed_public_courses
    from directory.demo import seed_organisations
    from review.demo import seed_experts
    from selection.demo import seed_committees

    seed_majors()
    seed_public_courses()
    seed_organisations()
    seed_experts()
    seed_committees()
    seed_users()


@pytest.fixture
def login(client, django_user_model):
    """Log the test client in as a demo user by username."""

    def _login(username):
        user = django_user_model.objects.get(username=username)
        client.force_login(user)
        return user

    return _login


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Login throttling, visitors' pages and other cached state must not leak from one test into the next."""
    from django.conf import settings

    if not settings.configured:  # pure-module tests run with -p no:django
        yield
        return
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()
