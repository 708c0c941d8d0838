"""Shared fixtures, the fixed clock and the service gate: tests marked ``elasticsearch`` or
``postgres`` run only against the real servers, tests marked ``redis`` only where Debian's
redis-server is installed, tests marked ``browser`` only where Chromium is installed. With
REQUIRE_SERVICES=1 (CI), a missing server or browser fails instead of skipping.

Today is an input: the whole run (session fixtures included) sees the clock start at 10:00 Beijing
time on ``--today`` (or TEST_TODAY; default a plain Wednesday) and tick on from there, so a test
never depends on the day it happens to run. The date-dependent tests (``DATE_DEPENDENT``) run
once more on each ``--also-on`` date: CI adds a Sunday and a public holiday.
"""

import datetime
import itertools
import os
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection

DEFAULT_TODAY = "2026-12-09"  # a Wednesday with no public holiday near it
CLOCK_TIME = datetime.time(10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))

REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"

# The tests whose outcome depends on today's date (notice periods, review deadlines and reminders,
# penalties, catalogue years), by path under tests/: with --also-on they also run on those dates.
DATE_DEPENDENT = (
    "selection/",
    "review/test_rules.py",
    "review/test_gatekeeper.py",
    "review/test_pipeline.py",
    "textbooks/test_rules.py",
    "textbooks/test_services.py",
)
TESTS_DIR = Path(__file__).parent


def _service_missing(item):
    if item.get_closest_marker("elasticsearch") and not os.environ.get("ELASTICSEARCH_URL"):
        return "需要 Elasticsearch：未设置 ELASTICSEARCH_URL（scripts/services start 后 eval \"$(scripts/services env)\"）"
    if item.get_closest_marker("postgres") and connection.vendor != "postgresql":
        return "需要 PostgreSQL：DATABASE_URL 未指向 PostgreSQL"
    if item.get_closest_marker("redis") and not shutil.which("redis-server"):
        return "需要 Redis：未找到 redis-server（Debian 软件包 redis-server）"
    if item.get_closest_marker("nginx") and not shutil.which("nginx"):
        return "需要 nginx：未找到 nginx（Debian 软件包 nginx-light）"
    # Review worlds (and seed_demo's submissions, marker libreoffice) confirm copies, which
    # LibreOffice renders into the reviewers' PDFs.
    needs_libreoffice = item.get_closest_marker("libreoffice") or "review_world" in getattr(item, "fixturenames", ())
    if needs_libreoffice and not shutil.which("soffice"):
        return "需要 LibreOffice：未找到 soffice（Debian 软件包 libreoffice-writer-nogui）"
    if item.get_closest_marker("browser"):
        from tests.e2e.conftest import browser_missing

        return browser_missing()
    return None


def pytest_addoption(parser):
    parser.addoption(
        "--today",
        default=os.environ.get("TEST_TODAY", DEFAULT_TODAY),
        help="the date (YYYY-MM-DD) the suite runs on; e.g. a Sunday or a public holiday",
    )
    parser.addoption(
        "--also-on",
        action="append",
        default=[],
        metavar="YYYY-MM-DD",
        help="run the date-dependent tests (tests/conftest.py: DATE_DEPENDENT) once more on this date; repeatable",
    )


def pytest_generate_tests(metafunc):
    """With --also-on, each date-dependent test runs on --today and on every --also-on date, a
    module's tests for one date after another (so its world is seeded on the day its tests run)."""
    also_on = metafunc.config.getoption("--also-on")
    path = Path(metafunc.definition.path)
    if also_on and path.is_relative_to(TESTS_DIR) and path.relative_to(TESTS_DIR).as_posix().startswith(DATE_DEPENDENT):
        metafunc.parametrize("_today", [metafunc.config.getoption("--today"), *also_on], indirect=True, scope="module")


@pytest.fixture(scope="module", autouse=True)
def _today(request):
    """The clock for a date-dependent test run on an --also-on date; the others keep --today's."""
    day = getattr(request, "param", request.config.getoption("--today"))
    if day == request.config.getoption("--today"):
        yield
        return
    with time_machine.travel(datetime.datetime.combine(datetime.date.fromisoformat(day), CLOCK_TIME), tick=True):
        yield


def pytest_configure(config):
    today = datetime.date.fromisoformat(config.getoption("--today"))
    config._fixed_clock = time_machine.travel(datetime.datetime.combine(today, CLOCK_TIME), tick=True)
    config._fixed_clock.start()


def pytest_unconfigure(config):
    if getattr(config, "_fixed_clock", None) is not None:
        config._fixed_clock.stop()


def pytest_report_header(config):
    also_on = "".join(f", date-dependent tests also on {day}" for day in config.getoption("--also-on"))
    return f"fixed clock: {config.getoption('--today')} {CLOCK_TIME.isoformat()} (--today / TEST_TODAY){also_on}"


@pytest.fixture(autouse=True)
def _wall_clock_for_a_real_browser(request):
    """Chromium keeps the real clock (cookie expiry, TLS): browser journeys run on it too."""
    if request.node.get_closest_marker("browser") is None:
        yield
        return
    real_now = datetime.datetime.fromtimestamp(time_machine.escape_hatch.time.time(), datetime.timezone.utc)
    with time_machine.travel(real_now, tick=True):
        yield


def pytest_runtest_setup(item):
    if _shared_worlds is not None and not _in_shared_world(item):
        _shared_worlds.close()  # a test outside a shared world's modules never sees its rows
    if _open_module_world is item.module and _uses_database(item) and "demo_world" not in item.fixturenames:
        pytest.fail("a test without the demo world runs inside its module's world (the order "
                    "pytest_collection_modifyitems sets was changed)", pytrace=False)
    reason = _service_missing(item)
    if reason is None:
        return
    if REQUIRE_SERVICES:
        pytest.fail(f"REQUIRE_SERVICES=1 but the service is missing: {reason}", pytrace=False)
    pytest.skip(reason)


# A test still running this long on PostgreSQL (pytest-timeout interrupts at 300 s) prints what every
# session of the server is doing: a statement that hangs past statement_timeout (cms/settings/test.py)
# without being cancelled left no trace in CI but its client's traceback.
SESSIONS_REPORT_AFTER_SECONDS = 240


def _report_sessions(settings_dict):
    import sys

    import psycopg

    try:
        with psycopg.connect(dbname=settings_dict["NAME"], user=settings_dict["USER"], password=settings_dict["PASSWORD"],
                             host=settings_dict["HOST"], port=settings_dict["PORT"], autocommit=True, connect_timeout=10) as other:
            rows = other.execute(
                "SELECT pid, datname, state, wait_event_type, wait_event, now() - query_start, now() - xact_start,"
                " left(query, 400) FROM pg_stat_activity WHERE backend_type = 'client backend' ORDER BY query_start"
            ).fetchall()
    except psycopg.Error as exc:
        rows = [f"pg_stat_activity unavailable: {exc}"]
    print(f"\n== PostgreSQL sessions after {SESSIONS_REPORT_AFTER_SECONDS} s of one test", file=sys.__stderr__)
    for row in rows:
        print(row, file=sys.__stderr__)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    watchdog = None
    if connection.vendor == "postgresql":
        watchdog = threading.Timer(SESSIONS_REPORT_AFTER_SECONDS, _report_sessions, [dict(connection.settings_dict)])
        watchdog.daemon = True
        watchdog.start()
    try:
        yield
    finally:
        if watchdog is not None:
            watchdog.cancel()


LIBREOFFICE_MISSING = "服务器未安装 LibreOffice"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A test that sends a manuscript through review without declaring it (the permission matrix,
    the hostile suites) meets the product's own refusal when LibreOffice is missing: on a
    developer's machine that is a skip naming the package, as for the declared ones; in CI a failure."""
    outcome = yield
    report = outcome.get_result()
    if (
        report.failed
        and call.excinfo is not None
        and not REQUIRE_SERVICES
        and not shutil.which("soffice")
        and LIBREOFFICE_MISSING in str(call.excinfo.value)
    ):
        report.outcome = "skipped"
        report.longrepr = (str(item.path), item.location[1] or 0, "需要 LibreOffice：未找到 soffice（Debian 软件包 libreoffice-writer-nogui）")


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
        **{
            alias: {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_url, "KEY_PREFIX": prefix}
            for alias, prefix in (("default", "jigong"), ("pages", "jigong-pages"))
        },
        "fragments-local": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "test-fragments"},
    }
    settings.PAGE_CACHE_SHARED = True
    caches["default"].clear()
    yield redis_url
    caches["default"].clear()


def seed_demo_world():
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


TRANSACTIONAL_FIXTURES = {"transactional_db", "live_server", "django_db_serialized_rollback"}


def _uses_database(item):
    return item.get_closest_marker("django_db") is not None or "db" in item.fixturenames


def _is_transactional(item):
    marker = item.get_closest_marker("django_db")
    return bool(TRANSACTIONAL_FIXTURES & set(item.fixturenames)) or bool(marker and marker.kwargs.get("transaction"))


# Layers of demo data over the demo world, each a fixture made by ``world_layer``: fixture name →
# the seeders it runs.
WORLD_LAYERS = {}


def world_layer(name, doc, *seeders):
    """A fixture ``name`` running ``seeders`` (functions of no argument) over the demo world. In a
    module whose every world test asks for it, the layer is seeded once with the module's world
    (``_module_demo_world``); elsewhere per test."""
    WORLD_LAYERS[name] = seeders

    def layer(demo_world):
        if name not in demo_world:
            for seed in seeders:
                seed()

    layer.__doc__ = doc
    return pytest.fixture(name=name)(layer)


def _module_world_tests(session, module):
    """The module's database tests that use the demo world, or None when the module cannot share
    one: a test that commits (transactional tests, the live server) sees no open transaction."""
    tests = [item for item in session.items if item.module is module and _uses_database(item)]
    if any(_is_transactional(item) for item in tests):
        return None
    return [item for item in tests if "demo_world" in item.fixturenames]


_open_module_world = None  # the module whose world is seeded and open, if any


@pytest.fixture(scope="module")
def _module_demo_world(request, _today, django_db_setup, django_db_blocker):
    """Seeds the demo world once for a module's tests that use it, inside a transaction rolled
    back after the module; each test's own transaction is a savepoint within it, so tests still
    see only their own changes. The module's tests without the world run before it
    (``pytest_collection_modifyitems``), on an empty database. A module with a test that commits
    seeds per test instead. Yields the world layers already seeded (None: seed per test)."""
    global _open_module_world
    tests = _module_world_tests(request.session, request.module)
    if tests is None:
        yield None
        return
    from django.db import transaction

    layers = {name for name in WORLD_LAYERS if all(name in item.fixturenames for item in tests)}
    with django_db_blocker.unblock(), transaction.atomic():
        seed_demo_world()
        for name in sorted(layers):
            for seed in WORLD_LAYERS[name]:
                seed()
        _open_module_world = request.module
        try:
            yield layers
        finally:
            _open_module_world = None
            transaction.set_rollback(True)


class SharedWorlds:
    """Expensive worlds (``seed_demo`` and more) that several modules read: each is seeded once,
    inside a transaction, for consecutive modules that ask for it (``pytest_collection_modifyitems``
    puts them next to each other), and rolled back before any other test runs. Every test still
    runs in its own savepoint within it, so tests see only their own changes."""

    def __init__(self, blocker):
        self.blocker = blocker
        self.key, self.world, self._exit = None, None, None

    def get(self, key, seed):
        """The world ``seed`` builds: a context manager yielding it, entered once per key."""
        if self.key != key:
            self.close()
            from contextlib import ExitStack

            from django.db import transaction

            with ExitStack() as stack:  # a seeding that fails leaves nothing open
                stack.enter_context(self.blocker.unblock())
                stack.enter_context(transaction.atomic())
                self.world = stack.enter_context(seed())
                self.key, self._exit = key, stack.pop_all()
        return self.world

    def close(self):
        if self._exit is None:
            return
        from django.db import transaction

        transaction.set_rollback(True)
        self._exit.close()
        self.key, self.world, self._exit = None, None, None


_shared_worlds = None  # the session's SharedWorlds, once a test has asked for one


@pytest.fixture(scope="session")
def shared_worlds(django_db_setup, django_db_blocker):
    global _shared_worlds
    _shared_worlds = SharedWorlds(django_db_blocker)
    yield _shared_worlds
    _shared_worlds.close()
    _shared_worlds = None


def _in_shared_world(item):
    return "shared_worlds" in getattr(item, "fixturenames", ())


def pytest_collection_modifyitems(config, items):
    """The modules reading shared worlds run one after another (at the place of the first of them),
    so that each world is seeded once and rolled back once. Within a module, the tests without the
    demo world run first, before the module's world is seeded (``_module_demo_world``)."""
    sharing = [item for item in items if _in_shared_world(item)]
    if sharing:
        others = [item for item in items if not _in_shared_world(item)]
        place = items.index(sharing[0])
        items[:] = others[:place] + sharing + others[place:]
    items[:] = [item for _, run in itertools.groupby(items, key=lambda item: getattr(item, "module", None)) for item in _worldless_first(run)]


def _worldless_first(run):
    run = list(run)
    return [item for item in run if "demo_world" not in item.fixturenames] + [
        item for item in run if "demo_world" in item.fixturenames
    ]


@pytest.fixture
def demo_world(_module_demo_world, db):
    """The foundation's demo data (see ``seed_demo_world``), seeded once per module where possible.
    Its value: the world layers (``world_layer``) already there."""
    if _module_demo_world is None:
        seed_demo_world()
        return frozenset()
    return frozenset(_module_demo_world)


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

