"""What a visitor of the public search sees, on both engines (SPEC §6)."""

import re

import pytest
from django.urls import reverse

from search import service
from search.results import SearchQuery
from tests.search.conftest import reindex

pytestmark = pytest.mark.django_db


def titles(text="", **options):
    return [hit.title for hit in service.search(SearchQuery(text=text, **options)).hits]


def textbook_titles(text):
    return titles(text, filters={"kind": ["教材"]})


def test_part_of_a_word_finds_the_title(engine, catalogue):
    reindex()
    assert "数控车削编程与加工" in titles("数控")
    assert "数控车削编程与加工" in titles("车削")
    assert titles("动力电池")[0] == "新能源汽车动力电池检测与维修"


def test_full_width_and_case_do_not_matter(engine, catalogue):
    reindex()
    assert "数控车削编程与加工" in titles("数控车削")
    assert titles("ＡＢＣ不存在的词") == []


def test_nothing_unpublished_is_findable(engine, catalogue):
    """Only approved, unaltered, not stopped versions are public (S6, Art. 28(4), 36(8))."""
    reindex()
    found = set(titles("数控", per_page=50))
    for hidden in ("数控机床故障诊断与维修", "数控多轴加工技术", "数控仿真编程", "数控加工工艺与刀具"):
        assert hidden not in found
    assert titles("故障诊断") == []
    assert titles("刀具") == []


def test_facets_count_matches_and_filters_narrow(engine, catalogue):
    reindex()
    page = service.search(SearchQuery(text="数控"))
    planning = {v.value: v.count for v in page.facets["planning_level"]}
    assert planning == {"国家级规划": 1, "省级规划": 1}
    kinds = {v.value: v.count for v in page.facets["kind"]}
    assert kinds["教材"] == 2 and kinds["课程"] == 1 and kinds["专业"] == 1

    narrowed = service.search(SearchQuery(text="数控", filters={"planning_level": ["省级规划"]}))
    assert [h.title for h in narrowed.hits] == ["数控铣削编程与加工"]
    # The chosen facet still offers its other value (counts ignore the facet's own selection).
    assert {v.value: (v.count, v.selected) for v in narrowed.facets["planning_level"]} == {
        "国家级规划": (1, False),
        "省级规划": (1, True),
    }
    assert {v.value for v in narrowed.facets["publisher"]} == {"机械工业出版社"}


def test_several_filters_each_facet_counts_under_the_other_selections(engine, catalogue):
    """Hits meet every selection; each facet counts what every OTHER facet's selection leaves, so
    its own other values stay on offer, and a selected value with no hits stays visible."""
    reindex()
    filters = {"kind": ["教材"], "planning_level": ["国家级规划"], "publisher": ["中国劳动社会保障出版社", "机械工业出版社"]}
    page = service.search(SearchQuery(text="编程", filters=filters))
    assert [h.title for h in page.hits] == ["数控车削编程与加工"] and page.total == 1
    assert "<mark>编程</mark>" in page.hits[0].title_html

    def counts(name):
        return {v.value: (v.count, v.selected) for v in page.facet_values(name)}

    # Textbooks of those publishers matching 编程: the lathe (national) and the mill (provincial).
    assert counts("planning_level") == {"国家级规划": (1, True), "省级规划": (1, False)}
    # National textbooks matching 编程: the lathe alone; the mill's publisher stays selected at 0.
    assert counts("publisher") == {"中国劳动社会保障出版社": (1, True), "机械工业出版社": (0, True)}
    assert counts("kind") == {"教材": (1, True)}
    assert counts("year") == {"2024": (1, False)}
    assert ("publisher", "出版单位", "机械工业出版社") in page.selected_filters


def test_highlighting_marks_the_query_in_title_and_snippet(engine, catalogue):
    reindex()
    hit = next(h for h in service.search(SearchQuery(text="车削编程")).hits if h.title == "数控车削编程与加工")
    assert "<mark>车削</mark>" in hit.title_html or "<mark>车削编程</mark>" in hit.title_html
    assert "<mark>" in hit.snippet_html


def test_date_order_and_pagination(engine, catalogue):
    reindex()
    newest_first = titles("", filters={"kind": ["教材"]}, sort="date")
    assert newest_first == ["新能源汽车动力电池检测与维修", "数控车削编程与加工", "数控铣削编程与加工"]
    first = service.search(SearchQuery(filters={"kind": ["教材"]}, sort="date", per_page=2))
    second = service.search(SearchQuery(filters={"kind": ["教材"]}, sort="date", per_page=2, page=2))
    assert first.total == 3 and first.pages == 2
    assert [h.title for h in first.hits + second.hits] == newest_first


def test_title_suggestions_as_you_type(engine, catalogue):
    reindex()
    assert "数控车削编程与加工" in [s["title"] for s in service.suggest("数控")]
    assert "数控车削编程与加工" in [s["title"] for s in service.suggest("车削")]
    assert "数控机床故障诊断与维修" not in [s["title"] for s in service.suggest("数控")]


def test_index_follows_approval_change_stop_use_and_delete_after_commit(engine, catalogue, django_capture_on_commit_callbacks):
    from textbooks import services as textbook_services
    from textbooks.models import VersionStatus

    reindex()
    pending = catalogue["under_review"]
    with django_capture_on_commit_callbacks(execute=True):
        pending.status = VersionStatus.APPROVED
        pending.save(update_fields=["status"])
    service.backend().refresh()
    assert "数控机床故障诊断与维修" in textbook_titles("故障诊断")

    with django_capture_on_commit_callbacks(execute=True):
        book = catalogue["mill"].textbook
        book.title = "数控铣削加工（活页式）"
        book.save()
    service.backend().refresh()
    assert textbook_titles("铣削") == ["数控铣削加工（活页式）"]

    with django_capture_on_commit_callbacks(execute=True):
        textbook_services.stop_use(catalogue["lathe"], None, "内容存在科学性错误（第三十六条）")
    service.backend().refresh()
    assert "数控车削编程与加工" not in textbook_titles("车削")

    with django_capture_on_commit_callbacks(execute=True):
        catalogue["battery"].textbook.delete()
    service.backend().refresh()
    assert textbook_titles("动力电池") == []


def test_nothing_is_indexed_before_the_transaction_commits(engine, catalogue, django_capture_on_commit_callbacks):
    reindex()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        book = catalogue["mill"].textbook
        book.title = "数控铣削工艺"
        book.save()
    service.backend().refresh()
    assert textbook_titles("铣削") == ["数控铣削编程与加工"]
    for callback in callbacks:
        callback()
    service.backend().refresh()
    assert textbook_titles("铣削") == ["数控铣削工艺"]


def test_a_visitors_cached_search_page_follows_the_index(engine, catalogue, client, settings, django_capture_on_commit_callbacks):
    """Visitors' search pages are cached (cms/page_cache.py); an index update moves them on as
    soon as the new document can be found, with no wait for the engine's periodic refresh."""
    from textbooks.models import VersionStatus

    settings.PAGE_CACHE_SECONDS = 120
    reindex()
    url = reverse("search:page") + "?q=故障诊断"

    def shown():  # as read, without the highlighting marks
        return re.sub(r"<[^>]+>", "", client.get(url).content.decode())

    assert "数控机床故障诊断与维修" not in shown()
    assert "数控机床故障诊断与维修" not in shown()
    with django_capture_on_commit_callbacks(execute=True):
        pending = catalogue["under_review"]
        pending.status = VersionStatus.APPROVED
        pending.save(update_fields=["status"])
    assert "数控机床故障诊断与维修" in shown()


def test_search_page_renders_results_facets_and_highlights(engine, catalogue, client):
    reindex()
    response = client.get(reverse("search:page"), {"q": "数控"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<mark>数控</mark>车削编程与加工" in html
    assert "规划级别" in html and "国家级规划" in html
    assert "数控机床故障诊断与维修" not in html

    suggestions = client.get(reverse("search:suggest"), {"q": "数控"}).json()["suggestions"]
    assert "数控车削编程与加工" in [s["title"] for s in suggestions]


def test_search_page_query_count_does_not_grow_with_results(engine, catalogue, client, django_assert_max_num_queries):
    reindex()
    service.load_vocabulary()
    with django_assert_max_num_queries(15) as few:
        client.get(reverse("search:page"), {"q": "数控铣削"})
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse("search:page"), {"q": "数控"})


def test_search_never_reveals_the_people_of_a_manuscript_under_review(engine, catalogue):
    """R3 (Art. 21): approved, published textbooks are findable by their people (SPEC §6), a
    manuscript under review is not, and neither are its people through it."""
    from directory.models import Person
    from textbooks.models import TextbookVersion, VersionAuthor

    version = catalogue["under_review"]
    editor = Person.objects.create(name="欧阳建国", employer=version.textbook.compiling_unit)
    TextbookVersion.objects.filter(pk=version.pk).update(chief_editor=editor)
    VersionAuthor.objects.create(version=version, person=editor, category="teacher")
    reindex()
    assert titles("欧阳建国") == []
    assert "数控机床故障诊断与维修" not in textbook_titles(version.textbook.compiling_unit.name)


def test_one_hit_per_textbook_for_its_newest_public_edition(engine, catalogue, django_capture_on_commit_callbacks):
    from textbooks import services as textbook_services
    from textbooks.models import TextbookVersion, VersionStatus

    reindex()
    first = catalogue["lathe"]
    with django_capture_on_commit_callbacks(execute=True):
        second = TextbookVersion.objects.create(
            textbook=first.textbook, edition=2, publisher=first.publisher, published_on=first.published_on.replace(year=2026),
            form=first.form, status=VersionStatus.APPROVED, description="第二版：新增多轴车削内容。",
        )
    service.backend().refresh()

    def lathe_years():
        page = service.search(SearchQuery(text="车削编程", filters={"kind": ["教材"], "planning_level": ["国家级规划"]}))
        assert [h.title for h in page.hits] == ["数控车削编程与加工"]
        return [v.value for v in page.facets["year"]]

    assert lathe_years() == ["2026"]
    with django_capture_on_commit_callbacks(execute=True):
        textbook_services.stop_use(second, None, "第二版存在质量问题（第三十六条）")
    service.backend().refresh()
    assert lathe_years() == ["2024"]
