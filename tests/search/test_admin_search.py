"""The Wagtail admin search (database backend) finds Chinese titles by part of a word (SPEC §6)."""

import pytest
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages():
    root = Page.objects.get(depth=1)
    for title, slug in (("数控车削编程与加工", "cnc-turning"), ("汽车维修（中级技能）", "car-repair"), ("Welding basics", "welding")):
        root.add_child(instance=Page(title=title, slug=slug))


def titles(results):
    return {page.title for page in results}


def test_part_of_a_chinese_word_is_found(pages):
    backend = get_search_backend()
    assert "数控车削编程与加工" in titles(backend.search("数控", Page))
    assert "数控车削编程与加工" in titles(backend.autocomplete("车削", Page))
    assert "数控车削编程与加工" in titles(backend.search("编程加工", Page))  # words apart in the title
    assert "数控车削编程与加工" not in titles(backend.search("焊接", Page))


def test_latin_queries_still_use_the_full_text_index(pages):
    assert "Welding basics" in titles(get_search_backend().search("welding", Page))


def test_admin_page_search_finds_chinese_by_part_of_a_word(pages, client, django_user_model):
    admin = django_user_model.objects.create_superuser("search-admin", "a@example.cn", "x")
    client.force_login(admin)
    response = client.get("/admin/pages/search/", {"q": "车削"})
    assert response.status_code == 200
    assert "数控车削编程与加工" in response.content.decode()


def test_traditional_characters_and_full_width_find_simplified_titles(pages):
    backend = get_search_backend()
    assert "数控车削编程与加工" in titles(backend.search("數控車削", Page))
    assert "汽车维修（中级技能）" in titles(backend.search("汽車維修", Page))


def test_domain_synonyms_and_abbreviations_find_the_full_name(pages):
    backend = get_search_backend()
    assert titles(backend.search("汽修", Page)) == {"汽车维修（中级技能）"}
    assert "数控车削编程与加工" in titles(backend.search("CNC", Page))
    assert "数控车削编程与加工" in titles(backend.search("ＣＮＣ车削", Page))  # full-width, as an IME types it
    assert "汽车维修（中级技能）" not in titles(backend.search("CNC", Page))


def test_a_synonym_the_hrss_administrator_adds_reaches_the_admin_search(pages):
    from search.models import SearchSynonym

    assert "汽车维修（中级技能）" not in titles(get_search_backend().search("汽车修理", Page))
    SearchSynonym.objects.create(rule="汽车修理 => 汽车维修")  # as saved in the admin (signal reloads)
    assert "汽车维修（中级技能）" in titles(get_search_backend().search("汽车修理", Page))


def test_admin_page_search_takes_traditional_characters(pages, client, django_user_model):
    admin = django_user_model.objects.create_superuser("search-admin-tw", "t@example.cn", "x")
    client.force_login(admin)
    response = client.get("/admin/pages/search/", {"q": "車削"})
    assert "数控车削编程与加工" in response.content.decode()
