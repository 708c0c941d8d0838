"""The public home (search, newest approvals, open notices, sections), numbered catalogue
pagination with out-of-range pages and the favicon."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_the_home_offers_search_newest_approvals_and_sections(world, catalogue_page, client):
    world.approved("数控车床编程与操作")
    html = client.get("/").content.decode()
    assert 'action="/search/"' in html and 'name="q"' in html
    assert "最新审核通过的教材" in html and "数控车床编程与操作" in html
    assert "/catalogue/textbook/" in html
    assert "正在公示的教材选用结果" in html
    assert 'rel="icon"' in html


def test_catalogue_pagination_is_numbered_and_sane_out_of_range(world, catalogue_page, client):
    titles = ["数控车床编程与操作", "数控铣床编程与操作", "汽车发动机构造与维修", "电工基础", "机械制图"]
    for index, title in enumerate(titles):
        world.approved(title, courses=[world.course if index % 2 == 0 else world.other_course],
                       chief=world.person(f"教师{index}", world.unit))
    first = client.get("/catalogue/?page_size=2").content.decode()
    assert re.search(r'<span aria-current="page">1</span>', first)
    assert 'page=2"' in first and 'page=3"' in first and "共 3 页" in first
    beyond = client.get("/catalogue/?page_size=2&page=101")
    assert beyond.status_code == 200
    html = beyond.content.decode()
    assert re.search(r'<span aria-current="page">3</span>', html) and "101" not in html.split("分页", 1)[1][:2000]


def test_the_listed_catalogue_downloads_as_xlsx(world, catalogue_page, client):
    import io

    from openpyxl import load_workbook

    from textbooks import services
    from textbooks.models import Catalogue, CatalogueKind

    kept = world.approved("数控车床编程与操作")
    stopped = world.approved("数控铣床编程与操作", courses=[world.other_course], chief=world.person("周海燕", world.unit))
    catalogue = Catalogue.objects.get(kind=CatalogueKind.NATIONAL_PLANNED)
    for version in (kept, stopped):
        services.add_to_catalogue(version, catalogue, None)
    services.stop_use(stopped, None, "存在严重科学性错误（第三十六条第（二）项）")
    assert "/catalogue/export/" in client.get("/catalogue/").content.decode()
    response = client.get("/catalogue/export/")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    rows = [[cell for cell in row] for row in load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True)]
    titles = {row[4] for row in rows[1:]}
    assert titles == {"数控车床编程与操作"}


def test_the_catalogue_lists_titles_in_pinyin_order(world, catalogue_page, client):
    from textbooks.models import Textbook
    from textbooks.rules import title_sort_key

    for index, title in enumerate(["中国历史", "CAD 机械制图", "世界历史", "安全用电"]):
        world.approved(title, courses=[world.course if index % 2 == 0 else world.other_course],
                       chief=world.person(f"主编{index}", world.unit))
    html = client.get("/catalogue/").content.decode()
    positions = [html.index(title) for title in ("安全用电", "CAD 机械制图", "世界历史", "中国历史")]
    assert positions == sorted(positions)
    assert Textbook.objects.get(title="世界历史").title_sort == title_sort_key("世界历史") == "shi4jie4li4shi3"
