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
