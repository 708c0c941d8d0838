"""The visitors' page cache (cms/page_cache.py): a visitor's second look costs one query, and every
committed change of public content (approval, change, stop-use: S12, Art. 36) shows on the very
next request; signed-in users and pages with a form are never served from it."""

import contextlib

import pytest
from django.core.cache import caches
from django.db import transaction
from django.http import HttpResponse, StreamingHttpResponse
from django.test import RequestFactory

from cms import page_cache
from textbooks import services

pytestmark = pytest.mark.django_db

URL = "/catalogue/"
API = "/api/catalogue/versions/"


def run_pending_commits():
    connection = transaction.get_connection()
    pending, connection.run_on_commit[:] = list(connection.run_on_commit), []
    for _, callback, _ in pending:
        callback()


@pytest.fixture
def cached(settings, world):
    """The cache on, and the world's setup committed: what it left to run on commit has run."""
    settings.PAGE_CACHE_SECONDS = 120
    caches[page_cache.CACHE_ALIAS].clear()
    run_pending_commits()
    yield
    caches[page_cache.CACHE_ALIAS].clear()


@pytest.fixture
def fragments(settings, world, catalogue_page):
    """Content fragments kept (as in production), the visitors' page cache off, the world's setup
    and the catalogue page committed."""
    settings.CONTENT_FRAGMENT_CACHE = True
    tiers = [caches[alias] for alias in (page_cache.FRAGMENT_ALIAS, page_cache.FRAGMENT_LOCAL_ALIAS) if alias in settings.CACHES]
    for tier in tiers:
        tier.clear()
    run_pending_commits()
    yield
    for tier in tiers:
        tier.clear()


@pytest.fixture
def committed():
    """Runs what the block leaves to run on commit, as a real request's transaction would on its
    way out, and forgets it as a commit does (the test's own transaction never commits)."""

    @contextlib.contextmanager
    def block():
        connection = transaction.get_connection()
        start = len(connection.run_on_commit)
        yield
        while len(connection.run_on_commit) > start:
            pending = connection.run_on_commit[start:]
            del connection.run_on_commit[start:]
            for _, callback, _ in pending:
                callback()

    return block


def text(response):
    return response.content.decode()


def test_a_visitors_second_look_comes_from_the_cache_for_one_query(cached, committed, world, catalogue_page, client, django_assert_num_queries):
    with committed():
        version = world.approved("数控车床编程与操作")
    detail = f"{URL}textbook/{version.textbook_id}/"
    for url in (URL, detail, API, f"{URL}?q=车床"):
        first = client.get(url)
        assert first.status_code == 200 and "数控车床编程与操作" in text(first)
        with django_assert_num_queries(1):  # the content generation, nothing else
            again = client.get(url)
        assert again.content == first.content


def test_in_production_pages_are_files_every_worker_reads(cached, committed, world, catalogue_page, client, settings, tmp_path, django_assert_num_queries):
    # As cms/settings/production.py has it (that module refuses to load without a SECRET_KEY).
    pages = tmp_path / "pages"
    files = {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": str(pages)}
    settings.CACHES = {**settings.CACHES, "pages": files}
    with committed():
        world.approved("数控车床编程与操作")
    first = client.get(URL)
    assert [path.suffix for path in pages.iterdir()] == [".djcache"]
    with django_assert_num_queries(1):
        again = client.get(URL)
    assert again.content == first.content and "数控车床编程与操作" in text(again)


def test_pages_stay_as_stored_until_the_change_commits(cached, world, catalogue_page, client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        version = world.approved("数控车床编程与操作")
    client.get(URL)
    with django_capture_on_commit_callbacks(execute=False) as pending:
        version.textbook.title = "数控车床编程与操作（第二版）"
        version.textbook.save()
    assert "（第二版）" not in text(client.get(URL))  # still the stored page
    for callback in pending:  # the commit
        callback()
    assert "（第二版）" in text(client.get(URL))


def test_approval_change_and_stop_use_show_on_the_next_request(cached, committed, world, catalogue_page, client):
    with committed():
        lathe = world.approved("数控车床编程与操作")
    detail = f"{URL}textbook/{lathe.textbook_id}/"
    assert "数控铣床编程与操作" not in text(client.get(URL))
    assert "已停止使用" not in text(client.get(detail))
    client.get(API)

    with committed():
        world.approved("数控铣床编程与操作", courses=[world.other_course], chief=world.person("周海燕", world.unit))
    assert "数控铣床编程与操作" in text(client.get(URL))
    assert "数控铣床编程与操作" in text(client.get(API))

    with committed():
        lathe.textbook.title = "数控车床编程与操作（活页式）"
        lathe.textbook.save()
    assert "数控车床编程与操作（活页式）" in text(client.get(detail))

    with committed():
        services.stop_use(lathe, None, "存在严重科学性错误（第三十六条第（二）项）")
    assert "已停止使用" in text(client.get(detail))
    assert "数控车床编程与操作" not in text(client.get(URL))
    assert [row["title"] for row in client.get(API).json()["results"]] == ["数控铣床编程与操作"]


def test_signed_in_users_are_never_served_or_stored(cached, committed, world, catalogue_page, client, django_user_model):
    with committed():
        world.approved("数控车床编程与操作")
    visitor_page = text(client.get(URL))
    assert "登录" in visitor_page
    user = django_user_model.objects.create_user("chen_lixin", password="x", first_name="立新", last_name="陈")
    client.force_login(user)
    for _ in range(2):
        signed_in = text(client.get(URL))
        assert "chen_lixin" in signed_in or "陈" in signed_in.split('class="site-user">')[1][:10]
    client.logout()
    assert text(client.get(URL)) == visitor_page


def test_the_cache_is_off_when_its_lifetime_is_zero(world, catalogue_page, client, django_assert_max_num_queries, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(URL)
    with django_assert_max_num_queries(100) as queries:
        client.get(URL)
    assert len(queries) > 1


# -- what may be stored, decided without a request cycle ----------------------------------------


@pytest.fixture
def factory(settings):
    settings.PAGE_CACHE_SECONDS = 120
    return RequestFactory()


def test_only_visitors_get_requests_outside_the_signed_in_areas_are_cacheable(factory, settings):
    assert page_cache.is_cacheable_request(factory.get("/catalogue/?q=数控"))
    assert page_cache.is_cacheable_request(factory.get("/search/", HTTP_COOKIE="csrftoken=abc"))
    assert not page_cache.is_cacheable_request(factory.post("/catalogue/"))
    assert not page_cache.is_cacheable_request(factory.head("/catalogue/"))
    assert not page_cache.is_cacheable_request(factory.get("/catalogue/", HTTP_COOKIE=f"{settings.SESSION_COOKIE_NAME}=s"))
    assert not page_cache.is_cacheable_request(factory.get("/catalogue/", HTTP_COOKIE="messages=m"))
    for path in ("/admin/", "/review-workspace/", "/review-workspace/a/3/", "/documents/7/书稿.docx", "/media/x.png"):
        assert not page_cache.is_cacheable_request(factory.get(path)), path


def test_only_pages_the_same_for_everyone_are_stored():
    assert page_cache.is_cacheable_response(HttpResponse("目录"))
    varies = HttpResponse("目录")
    varies["Vary"] = "Cookie, Accept-Language"
    assert page_cache.is_cacheable_response(varies)

    with_form = HttpResponse("<form>")
    with_form.set_cookie("csrftoken", "token")
    private = HttpResponse("私有")
    private["Cache-Control"] = "private, max-age=0"
    no_store = HttpResponse("x")
    no_store["Cache-Control"] = "no-store"
    per_agent = HttpResponse("x")
    per_agent["Vary"] = "User-Agent"
    for response in (with_form, private, no_store, per_agent, HttpResponse(status=404), StreamingHttpResponse(iter(["x"]))):
        assert not page_cache.is_cacheable_response(response)


def test_one_new_generation_per_transaction_however_many_writes(cached, world, django_capture_on_commit_callbacks):
    before = page_cache.current_generation()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        world.approved("数控车床编程与操作")
        world.approved("数控铣床编程与操作", courses=[world.other_course], chief=world.person("周海燕", world.unit))
    assert sum(callback is page_cache.bump_generation for callback in callbacks) == 1
    assert page_cache.current_generation() != before


def test_data_written_by_migrations_leaves_the_generation_alone(settings, django_capture_on_commit_callbacks):
    """A fresh database migrates before the generation's table exists (cms 0003 comes late)."""
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader
    from django.db.models.signals import post_save

    settings.PAGE_CACHE_SECONDS = 120
    historical = MigrationLoader(connection).project_state().apps.get_model("directory", "Organisation")
    with django_capture_on_commit_callbacks() as callbacks:
        post_save.send(sender=historical, instance=historical(name="重庆市工业技师学院"), created=True, raw=False)
    assert page_cache.bump_generation not in callbacks


def test_making_a_thumbnail_keeps_every_cached_page(cached, committed, world):
    """A cover thumbnail made while a visitor's page renders (Wagtail's get_rendition) changes no
    page: it must not send every visitor after it to an empty cache."""
    with committed():
        version = world.approved("数控车床编程与操作", cover=True)
    generation = page_cache.current_generation()
    with committed():
        version.cover.get_rendition("fill-160x220")
        version.cover.get_rendition("max-600x800")
    assert page_cache.current_generation() == generation
    with committed():
        version.cover.title = "数控车床编程与操作（新封面）"
        version.cover.save()  # the image itself is public content
    assert page_cache.current_generation() != generation


@pytest.mark.redis
def test_with_redis_a_hit_costs_no_query_and_a_change_reaches_every_instance(shared_cache, catalogue_page, cached, committed, world, client, django_assert_num_queries):
    import pickle

    import redis

    from cms.models import ContentGeneration

    with committed():
        world.approved("数控车床编程与操作")
    first = client.get(URL)
    with django_assert_num_queries(0):  # the generation and the page both come from Redis
        again = client.get(URL)
    assert again.content == first.content
    other_instance = redis.Redis.from_url(shared_cache)
    keys = {key.decode() for key in other_instance.keys("jigong-pages:*")}
    assert any(key.endswith(f":{page_cache.GENERATION_KEY}") for key in keys) and len(keys) == 2
    before = page_cache.current_generation()
    with committed():
        world.approved("数控铣床编程与操作", courses=[world.other_course], chief=world.person("周海燕", world.unit))
    generation = pickle.loads(other_instance.get(f"jigong-pages:1:{page_cache.GENERATION_KEY}"))  # noqa: S301 (our own cache)
    assert generation != before and generation == ContentGeneration.objects.get().token
    assert "数控铣床编程与操作" in text(client.get(URL))


# -- content fragments (the site, routes, menu, breadcrumbs, the catalogue's lists) -----------------


def count_queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)


def test_uncached_pages_keep_what_depends_on_content_alone(fragments, committed, world, catalogue_page, client, settings):
    with committed():
        world.approved("数控车床编程与操作")
    client.get(URL)
    kept, kept_count = count_queries(client, URL)
    settings.CONTENT_FRAGMENT_CACHE = False
    fresh, fresh_count = count_queries(client, URL)
    assert kept.content == fresh.content
    # Kept: the generation (read), the count and the page's ids. Spared: the site (1), its root
    # page (2), the catalogue page (2) and its restrictions (2), the menu (2), the ancestors (1),
    # the catalogues with their batches (2), the filters' options (4), and the rows (kept per
    # version: their versions and three lists, 4).
    assert (fresh_count, kept_count) == (21, 3)


def test_a_kept_fragment_gives_way_on_the_next_request_after_a_change(fragments, committed, world, catalogue_page, client):
    from wagtail.models import Page, PageViewRestriction

    from cms.models import SelectionNoticePage
    from textbooks.models import Batch, Catalogue, CatalogueKind

    with committed():
        lathe = world.approved("数控车床编程与操作")
    assert "教材选用公示" not in text(client.get(URL))
    assert client.get("/notice/").status_code == 404
    assert "数控车床编程与操作</a>" in text(client.get("/"))  # the home's newest approvals
    with committed():
        lathe.textbook.title = "数控车床编程与操作（活页式）"
        lathe.textbook.save()
    assert "数控车床编程与操作（活页式）" in text(client.get(URL))  # its row
    assert "数控车床编程与操作（活页式）</a>" in text(client.get("/"))

    with committed():
        catalogue = Catalogue.objects.create(kind=CatalogueKind.PROVINCIAL_PLANNED, province="广东省", name="广东省技工教育规划教材目录")
        Batch.objects.create(catalogue=catalogue, name="2026年第一批")
        Page.objects.get(depth=2).add_child(instance=SelectionNoticePage(title="教材选用公示", slug="notice"))
    page = text(client.get(URL))
    assert page.count("广东省技工教育规划教材目录") == 3  # the nav, the catalogue filter, the batch filter
    assert "2026年第一批" in page.split('class="catalogue-nav"')[1]
    assert '>教材选用公示</a>' in page  # the main menu
    assert client.get("/notice/").status_code == 200

    with committed():
        PageViewRestriction.objects.create(page=catalogue_page, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(URL).status_code == 302  # to the sign-in page

    with committed():
        SelectionNoticePage.objects.get().unpublish()
    assert client.get("/notice/").status_code == 404
    assert "教材选用公示" not in text(client.get("/"))



def test_the_api_keeps_each_version_and_shows_a_change_on_the_next_request(fragments, committed, world, client, settings):
    from textbooks.models import Batch, Catalogue, CatalogueKind

    with committed():
        lathe = world.approved("数控车床编程与操作")
        world.approved("数控铣床编程与操作", courses=[world.other_course], chief=world.person("周海燕", world.unit))
    client.get(API)
    kept, kept_count = count_queries(client, API)
    detail_url = f"{API}{lathe.pk}/"
    settings.CONTENT_FRAGMENT_CACHE = False
    fresh, fresh_count = count_queries(client, API)
    fresh_detail = client.get(detail_url).json()
    settings.CONTENT_FRAGMENT_CACHE = True
    assert kept.json() == fresh.json() and client.get(detail_url).json() == fresh_detail
    # Kept: the generation, the count and the page's ids; spared: the versions and their lists.
    assert kept_count < fresh_count and kept_count == 3

    with committed():
        lathe.textbook.title = "数控车床编程与操作（活页式）"
        lathe.textbook.save()
    assert "数控车床编程与操作（活页式）" in [row["title"] for row in client.get(API).json()["results"]]
    assert client.get(detail_url).json()["title"] == "数控车床编程与操作（活页式）"

    catalogues = "/api/catalogue/catalogues/"
    client.get(catalogues)
    with committed():
        Batch.objects.create(catalogue=Catalogue.objects.create(kind=CatalogueKind.PROVINCIAL_PLANNED, province="广东省", name="广东省技工教育规划教材目录"), name="2026年第一批")
    assert "广东省技工教育规划教材目录" in [row["name"] for row in client.get(catalogues).json()["results"]]

    with committed():
        services.stop_use(lathe, None, "存在严重科学性错误（第三十六条第（二）项）")
    assert [row["title"] for row in client.get(API).json()["results"]] == ["数控铣床编程与操作"]


@pytest.mark.redis
def test_with_redis_a_process_keeps_its_own_copy_of_a_fragment_and_a_change_elsewhere_still_shows(shared_cache, fragments, committed, world, catalogue_page, client):
    from textbooks.models import Textbook

    with committed():
        lathe = world.approved("数控车床编程与操作")
    client.get(URL)
    row = f"fragment:{page_cache.current_generation()}:catalogue-row:{URL}:{lathe.pk}"
    kept_here = caches[page_cache.FRAGMENT_LOCAL_ALIAS].get(row)
    assert "数控车床编程与操作" in kept_here and caches[page_cache.FRAGMENT_ALIAS].get(row) == kept_here

    # Another instance renames the textbook and moves the shared generation; this process's copy
    # of the row is still there, under the old generation, and is not shown.
    Textbook.objects.filter(pk=lathe.textbook_id).update(title="数控车床编程与操作（活页式）")
    page_cache.bump_generation()
    assert caches[page_cache.FRAGMENT_LOCAL_ALIAS].get(row) == kept_here
    assert "数控车床编程与操作（活页式）" in text(client.get(URL))
