"""The public catalogue pages and API: approved content only, filters, pagination, query counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from textbooks import services
from textbooks.models import Batch, Catalogue, CatalogueKind, PlanningLevel, TextbookCategory

pytestmark = pytest.mark.django_db

URL = "/catalogue/"
API = "/api/catalogue/versions/"


def test_catalogue_lists_approved_versions_only(world, catalogue_page, client):
    world.approved("数控车床编程与操作")
    draft_book = world.textbook("汽车发动机构造与维修", courses=[world.other_course])
    submitted = world.full_team(world.version(draft_book))
    services.submit_version(submitted, None)

    html = client.get(URL).content.decode()
    assert "数控车床编程与操作" in html
    assert "汽车发动机构造与维修" not in html
    assert "全国技工教育规划教材目录" in html

    api = client.get(API).json()
    assert [r["title"] for r in api["results"]] == ["数控车床编程与操作"]
    assert client.get(f"{API}{submitted.pk}/").status_code == 404
    assert client.get(f"{URL}textbook/{draft_book.pk}/").status_code == 404


def test_a_stopped_version_leaves_the_catalogue_lists_but_its_page_says_why(world, catalogue_page, client):
    """S12 (Art. 36): a stop-use order takes the textbook out of every catalogue view."""
    stopped = world.approved("数控车床编程与操作")
    world.approved("数控铣床编程与操作", courses=[world.other_course], chief=world.person("周海燕", world.unit))
    services.stop_use(stopped, None, "存在严重科学性错误（第三十六条第（二）项）")

    html = client.get(URL).content.decode()
    assert "数控铣床编程与操作" in html and "数控车床编程与操作" not in html
    assert client.get(f"{URL}?q={stopped.isbn}").content.decode().count("数控车床编程与操作") == 0
    assert [r["title"] for r in client.get(API).json()["results"]] == ["数控铣床编程与操作"]
    assert "已停止使用" in client.get(f"{URL}textbook/{stopped.textbook_id}/").content.decode()


def test_catalogue_filters_by_catalogue_batch_category_and_planning_level(world, catalogue_page, client):
    national = world.approved("数控车床编程与操作")
    provincial = world.approved(
        "数控铣床编程与操作", courses=[world.other_course], planning_level=PlanningLevel.PROVINCIAL, province="重庆市",
        chief=world.person("周海燕", world.unit),
    )
    catalogue = Catalogue.objects.get(kind=CatalogueKind.NATIONAL_PLANNED)
    batch = Batch.objects.create(catalogue=catalogue, name="第一批", published_on="2024-09-01")
    services.add_to_catalogue(national, catalogue, None, batch=batch)

    def titles(query):
        return [r["title"] for r in client.get(f"{API}?{query}").json()["results"]]

    assert titles(f"catalogue={catalogue.pk}") == ["数控车床编程与操作"]
    assert titles(f"batch={batch.pk}") == ["数控车床编程与操作"]
    assert titles("planning_level=provincial") == ["数控铣床编程与操作"]
    assert titles("major=0103") == ["数控车床编程与操作", "数控铣床编程与操作"]
    assert titles("level=technician") == []
    assert titles(f"category={TextbookCategory.PROFESSIONAL}") == ["数控车床编程与操作", "数控铣床编程与操作"]
    assert titles(f"q={national.isbn}") == ["数控车床编程与操作"]
    assert client.get(f"{API}?category=nonsense").status_code == 400

    html = client.get(f"{URL}?batch={batch.pk}").content.decode()
    assert "数控车床编程与操作" in html and "数控铣床编程与操作" not in html
    assert "第一批" in html and provincial.textbook.title not in html
    # The filter form shows what was chosen, and every other choice.
    assert f'<option value="{batch.pk}" selected>全国技工教育规划教材目录·第一批</option>' in html
    assert '<option value="" selected>全部</option>' in html  # the other filters
    assert '<option value="provincial">省级技工教育规划教材</option>' in html


def test_textbook_detail_shows_cover_editions_status_and_memberships(world, catalogue_page, client):
    version = world.approved("数控车床编程与操作", cover=True)
    services.stop_use(version, None, "盗版盗印（第三十六条第（四）项）")
    html = client.get(f"{URL}textbook/{version.textbook_id}/").content.decode()
    assert "<h1>数控车床编程与操作</h1>" in html
    assert "第一版" in html and version.isbn in html
    assert "已停止使用" in html
    assert "技工院校教材信息库" in html and "全国技工教育规划教材目录" in html
    assert "<img" in html and "max-300x400" in html


def test_rows_show_majors_levels_memberships_and_the_detail_its_courses(world, catalogue_page, client):
    version = world.approved("数控车床编程与操作", cover=True)
    level_names = [level.name for level in world.levels[:2]]

    row = client.get(API).json()["results"][0]
    assert row["majors"] == [{"code": "0103", "name": "数控加工"}]
    assert [level["name"] for level in row["levels"]] == level_names
    assert {c["name"] for c in row["catalogues"]} == {"全国技工教育规划教材目录", "技工院校教材信息库"}
    assert "fill-90x120" in row["cover"]
    detail = client.get(f"{API}{version.pk}/").json()
    assert detail["courses"] == [{"code": "ZY0103A", "name": "数控车削加工"}] and "max-300x400" in detail["cover"]

    html = client.get(URL).content.decode()
    assert "数控加工" in html and "、".join(level_names) in html and "技工院校教材信息库" in html
    page = client.get(f"{URL}textbook/{version.textbook_id}/").content.decode()
    assert "数控车削加工" in page and "数控加工" in page


def test_api_pages_and_links(world, catalogue_page, client):
    world.many_approved(5)
    first = client.get(f"{API}?page_size=2").json()
    assert first["count"] == 5 and first["num_pages"] == 3 and len(first["results"]) == 2
    assert first["previous"] is None and "page=2" in first["next"]
    last = client.get(f"{API}?page_size=2&page=3").json()
    assert len(last["results"]) == 1 and last["next"] is None
    detail = client.get(f"{API}{first['results'][0]['id']}/").json()
    assert detail["chief_editor"].startswith("主编") and detail["selectable"] is True


def test_openapi_describes_every_filter_and_the_paths(client, db):
    document = client.get("/api/catalogue/openapi.json").json()
    assert document["openapi"].startswith("3.")
    names = {p["name"] for p in document["paths"]["/api/catalogue/versions/"]["get"]["parameters"]}
    assert {"catalogue", "batch", "major", "level", "category", "planning_level", "page", "page_size"} <= names
    assert "/api/catalogue/versions/{id}/" in document["paths"]
    category = next(p for p in document["paths"]["/api/catalogue/versions/"]["get"]["parameters"] if p["name"] == "category")
    assert "integrated" in category["schema"]["enum"]


def count_queries(client, url):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_query_count_is_independent_of_page_size(world, catalogue_page, client):
    versions = world.many_approved(6, cover=True)
    assert all(v.cover_id for v in versions)
    count_queries(client, f"{URL}?page_size=6")  # renders the cover renditions once
    count_queries(client, f"{API}?page_size=6")
    page_queries = count_queries(client, f"{URL}?page_size=2")
    api_queries = count_queries(client, f"{API}?page_size=2")
    assert 0 < page_queries <= 25 and 0 < api_queries <= 10
    assert count_queries(client, f"{URL}?page_size=6") == page_queries
    assert count_queries(client, f"{API}?page_size=6") == api_queries
