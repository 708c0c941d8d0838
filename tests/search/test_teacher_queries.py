"""Queries typed the way teachers and school administrators type, on both engines (SPEC §6, issue 17):
names, ISBNs in any form, codes, traditional characters, questions, abbreviations, typos, pinyin;
and the page around them (facets per kind, selected filters, warnings, totals, pagination)."""

from datetime import date

import pytest
from django.urls import reverse
from django.utils import timezone

from search import service
from search.models import SearchSynonym
from search.results import SearchQuery
from search.understanding import CodeTerm, isbn_codes, understand
from tests.search.conftest import reindex

pytestmark = pytest.mark.django_db

# Real-looking ISBNs (valid check digits) of the catalogue fixture's versions.
LATHE_ISBN = "9787504490971"  # ISBN-10 7504490970
LATHE_FIRST_EDITION_ISBN = "9787504443465"
UNDER_REVIEW_ISBN = "9787509420263"


def titles(text="", **options):
    return [hit.title for hit in service.search(SearchQuery(text=text, **options)).hits]


@pytest.fixture
def people(catalogue):
    """The lathe textbook has an approved first edition (older ISBN) and an approved second edition
    with a chief editor and an author; the manuscript under review has its own chief editor."""
    from directory.models import Organisation, OrganisationKind, Person
    from textbooks.models import TextbookVersion, VersionAuthor, VersionStatus

    school = Organisation.objects.filter(kind=OrganisationKind.SCHOOL).first()
    chief = Person.objects.create(name="雷振华", employer=school)
    author = Person.objects.create(name="欧阳晓岚", employer=school)
    hidden = Person.objects.create(name="诸葛文澜", employer=school)
    lathe = catalogue["lathe"]
    TextbookVersion.objects.filter(pk=lathe.pk).update(edition=2, isbn=LATHE_ISBN, chief_editor=chief)
    VersionAuthor.objects.create(version=lathe, person=author, category="teacher")
    TextbookVersion.objects.create(
        textbook=lathe.textbook, edition=1, isbn=LATHE_FIRST_EDITION_ISBN, publisher=lathe.publisher,
        published_on=date(2020, 8, 1), status=VersionStatus.APPROVED, chief_editor=chief,
    )
    TextbookVersion.objects.filter(pk=catalogue["under_review"].pk).update(isbn=UNDER_REVIEW_ISBN, chief_editor=hidden)
    return catalogue


def test_isbn_forms_are_read_as_one_isbn():
    assert understand("978-7-5044-9097-1").codes == (CodeTerm(LATHE_ISBN, False),)
    assert understand("ISBN：978 7 5044 9097 1").codes == (CodeTerm(LATHE_ISBN, False),)
    assert understand("７５０４４９０９７０").codes == (CodeTerm(LATHE_ISBN, False),)  # full-width ISBN-10
    assert understand("978750449").codes == (CodeTerm("978750449", True),)
    assert isbn_codes("978-7-5044-9097-1") == [LATHE_ISBN, "7504490970"]
    assert understand("zy-010301").codes == (CodeTerm("zy010301", True),)


def test_question_words_traditional_characters_and_synonyms():
    question = understand("数控专业有哪些教材？")
    assert [group[0] for group in question.groups] == ["数控"] and set(question.optional) == {"专业", "教材"}
    assert understand("數控車床").phrase == "数控车床"
    assert ("汽修", "汽车维修") == understand("汽修").groups[0][:2]
    assert "电气" in understand("电器控制").words


def test_names_of_approved_versions_find_the_textbook_not_those_under_review(engine, people):
    reindex()
    assert titles("雷振华")[0] == "数控车削编程与加工"
    assert titles("欧阳晓岚 数控")[0] == "数控车削编程与加工"
    # R3: a manuscript under review stays out, and so do its people.
    assert titles("诸葛文澜") == []
    assert titles(UNDER_REVIEW_ISBN) == []


def test_every_approved_edition_isbn_in_any_form(engine, people):
    reindex()
    for typed in (LATHE_ISBN, "978-7-5044-9097-1", "978 7 5044 9097 1", "7-5044-9097-0", "97875044909", LATHE_FIRST_EDITION_ISBN):
        assert titles(typed)[:1] == ["数控车削编程与加工"], typed


def test_codes_match_whole_codes_not_digits_inside_isbns(engine, people):
    reindex()
    found = titles("0103")
    assert found[0] == "数控加工"  # the major of that code, not a book whose ISBN holds 0103
    assert "新能源汽车动力电池检测与维修" not in found
    assert titles("ZY0103-01")[0] == "数控车削编程与加工"


def test_traditional_questions_abbreviations_typos_and_pinyin(engine, catalogue):
    reindex()
    assert "数控车削编程与加工" in titles("數控車削")
    assert "数控车削编程与加工" in titles("有哪些数控车削的教材？")
    assert "数控车削编程与加工" in titles("CNC 车削")
    typo = service.search(SearchQuery(text="数空车削"))
    assert "数控车削编程与加工" in [h.title for h in typo.hits] and typo.corrected == "数控车削"
    pinyin = service.search(SearchQuery(text="shukong"))
    assert pinyin.suggestion == "数控" and pinyin.searched_instead == "数控"
    assert "数控车削编程与加工" in [h.title for h in pinyin.hits]


@pytest.fixture
def fresh_synonyms():
    service.vocabulary_changed()
    yield
    service.vocabulary_changed()  # the rows are rolled back: forget them in this process too


def test_an_administrators_synonym_rule_applies_after_saving(engine, catalogue, fresh_synonyms, django_capture_on_commit_callbacks):
    reindex()
    assert "新能源汽车动力电池检测与维修" not in titles("锂电")
    with django_capture_on_commit_callbacks(execute=True):
        SearchSynonym.objects.create(rule="锂电 => 动力电池")
    service.backend().refresh()
    assert "新能源汽车动力电池检测与维修" in titles("锂电")


def test_a_malformed_synonym_rule_is_refused_in_chinese():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="至少要有两个词"):
        SearchSynonym(rule="汽修").full_clean()


def test_best_match_fallback_when_all_words_find_too_little(engine, catalogue):
    reindex()
    # No document holds 数控, 车削 and 航天 together: the best matches are shown, not nothing.
    assert "数控车削编程与加工" in titles("数控 车削 航天")


def test_facets_describe_one_kind_each_and_years_come_in_order(engine, catalogue):
    reindex()
    page = service.search(SearchQuery(text="数控"))
    assert {v.value for v in page.facets["category"]} == {"一体化教材"}
    assert {v.value for v in page.facets.get("course_category", [])} <= {"一体化课程", "专业课", "公共基础课", "职业培训课程"}
    assert "机械类" in {v.value for v in page.facets["industry"]}
    years = [v.value for v in page.facets["year"]]
    assert years == sorted(years, reverse=True)
    headings = [heading for heading, _ in page.facet_sections]
    assert "教材" in headings and "课程与课程标准" in headings


def test_a_selected_filter_stays_visible_and_removable_with_no_results(engine, catalogue, client):
    reindex()
    page = service.search(SearchQuery(text="新能源", filters={"year": ["2023"]}))
    assert page.total == 0
    assert ("year", "年份", "2023") in page.selected_filters
    assert any(v.value == "2023" and v.selected for v in page.facet_values("year"))
    html = client.get(reverse("search:page"), {"q": "新能源", "year": "2023"}).content.decode()
    assert "已选条件" in html and "年份：2023" in html and "清除全部筛选" in html


def test_an_older_edition_whose_newer_edition_was_stopped_is_flagged(engine, catalogue):
    from textbooks.models import TextbookVersion, VersionStatus

    mill = catalogue["mill"]
    newer = TextbookVersion.objects.create(
        textbook=mill.textbook, edition=2, publisher=mill.publisher, published_on=date(2025, 8, 1), status=VersionStatus.APPROVED
    )
    TextbookVersion.objects.filter(pk=newer.pk).update(stopped_at=timezone.now(), stop_reason="存在严重科学性错误")
    reindex()
    hit = next(h for h in service.search(SearchQuery(text="数控铣削")).hits if h.title == "数控铣削编程与加工")
    assert "第二版已停止使用" in hit.warning


def test_a_page_past_the_last_shows_the_last_page(engine, catalogue, client):
    reindex()
    page = service.search(SearchQuery(text="数控", page=101))
    assert page.query.page == page.pages and page.hits
    html = client.get(reverse("search:page"), {"q": "数控", "page": "101"}).content.decode()
    assert f"第 {page.pages} / {page.pages} 页" in html
