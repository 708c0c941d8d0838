"""Shared fixtures and the service gate: tests marked ``elasticsearch`` or ``postgres`` run only
against the real servers, tests marked ``browser`` only where Chromium is installed. With
REQUIRE_SERVICES=1 (CI), a missing server or browser fails instead of skipping."""

import os

import pytest
from django.db import connection

REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"


def _service_missing(item):
    if item.get_closest_marker("elasticsearch") and not os.environ.get("ELASTICSEARCH_URL"):
        return "需要 Elasticsearch：未设置 ELASTICSEARCH_URL（scripts/services start 后 eval \"$(scripts/services env)\"）"
    if item.get_closest_marker("postgres") and connection.vendor != "postgresql":
        return "需要 PostgreSQL：DATABASE_URL 未指向 PostgreSQL"
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


@pytest.fixture(autouse=True)
def private_media_root(request, tmp_path_factory):
    """Each test stores private files (manuscripts, attachments, copies) in its own directory."""
    from django.conf import settings

    if not settings.configured:
        yield None
        return
    settings_fixture = request.getfixturevalue("settings")
    root = tmp_path_factory.mktemp("private")
    settings_fixture.PRIVATE_MEDIA_ROOT = root
    settings_fixture.SENDFILE_ROOT = str(root)
    yield root
