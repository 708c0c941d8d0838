"""Browser journeys: Playwright driving Debian's Chromium against pytest-django's live server.

The browser is the one installed by the system (``CHROMIUM_PATH``, default /usr/bin/chromium):
Playwright's own browser download does not work on these machines. Tests marked ``browser`` are
skipped with a visible reason where it is missing, and fail instead under REQUIRE_SERVICES=1 (CI).
Screenshots go to tests/artifacts/e2e/ (git-ignored), one per step, so a person can look at them.
"""

import os
import re
import uuid
from pathlib import Path

import pytest
from django.conf import settings as django_settings

from cms.demo import DEMO_PASSWORD
from tests.curriculum.conftest import cnc_doc  # noqa: F401  (the teacher's Word file)

# Playwright's sync API runs an event loop in the test's thread; the test's own ORM calls (setting
# up data, reading results) are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
ARTIFACTS = Path(django_settings.BASE_DIR) / "tests" / "artifacts" / "e2e"


def browser_missing():
    if not Path(CHROMIUM_PATH).exists():
        return f"需要 Chromium：{CHROMIUM_PATH} 不存在（apt-get install chromium fonts-noto-cjk，或设置 CHROMIUM_PATH）"
    return None


@pytest.fixture
def browser():
    # Per test, not per session: while Playwright's loop runs, Django's connection handler hands the
    # test's thread other connection objects, which lack the serialized rows that the next
    # transactional test restores (training levels, the Wagtail site and home page).
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM_PATH, headless=True, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    # Private files inside it, so that "no file left on disk" checks see both stores.
    settings.PRIVATE_MEDIA_ROOT = settings.MEDIA_ROOT / "private"
    settings.SENDFILE_ROOT = str(settings.PRIVATE_MEDIA_ROOT)


@pytest.fixture(autouse=True)
def page_cache(settings):
    """Visitors' pages are cached as in production: the journeys see approval and stop-use through it."""
    from django.core.cache import caches

    settings.PAGE_CACHE_SECONDS = 120
    caches["pages"].clear()
    yield
    caches["pages"].clear()


@pytest.fixture(autouse=True)
def search_index(settings):
    """Live search updates go to this test's own Elasticsearch indices (when a server is set)."""
    from search import service
    from search.connection import get_client

    settings.ELASTICSEARCH_INDEX_PREFIX = f"test-e2e-{uuid.uuid4().hex[:8]}"
    get_client.cache_clear()
    yield
    service.backend().drop_all()
    get_client.cache_clear()


class Person:
    """One user at their own browser (own cookies), who logs in through the real login form."""

    def __init__(self, browser, base_url, name):
        self.context = browser.new_context(base_url=base_url, locale="zh-CN", accept_downloads=True)
        self.context.set_default_timeout(15_000)
        self.page = self.context.new_page()
        self.name = name
        self.seen = []  # (url, DOM) of every page this person looked at through `visit`/`shot`

    def login(self, username, next_url="/admin/"):
        page = self.page
        page.goto(f"/admin/login/?next={next_url}")
        page.fill("#id_username", username)
        page.fill("#id_password", DEMO_PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(re.compile(re.escape(next_url) + r"(\?.*)?$"))
        return self

    def visit(self, url):
        self.page.goto(url)
        self.remember()
        return self.page

    def remember(self):
        self.seen.append((self.page.url, self.page.content()))

    def shot(self, step):
        """Keep what the person sees now: a full-page screenshot and the DOM."""
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{self.name}-{step}.png"), full_page=True)
        self.remember()

    def click(self, name, role="button"):
        self.page.get_by_role(role, name=name).click()
        self.page.wait_for_load_state()

    def success_message(self):
        """Wagtail's flash messages after a POST/redirect; an error message fails the step."""
        messages = self.page.locator(".messages li")
        texts = [messages.nth(i).inner_text() for i in range(messages.count())]
        errors = [t for t in texts if "error" in (messages.nth(texts.index(t)).get_attribute("class") or "")]
        assert not errors, errors
        return " ".join(texts)

    def close(self):
        self.context.close()


@pytest.fixture
def people(browser, live_server):
    opened = []

    def open_browser(name):
        person = Person(browser, live_server.url, name)
        opened.append(person)
        return person

    yield open_browser
    for person in opened:
        person.close()
