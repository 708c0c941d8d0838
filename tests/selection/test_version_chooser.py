"""The committee's version chooser (issue 18): the workspace lists only the first matching
selectable versions and asks the round's chooser endpoint as the committee types, so its cost does
not grow with the national catalogue; what may be chosen is still decided by S3–S8 on saving."""

import datetime

import lxml.html
import pytest
from django.urls import reverse

from selection import choosing, services
from selection.demo import bulk_selection
from selection.models import SelectionLine
from textbooks import services as textbook_services
from textbooks.models import PlanningLevel, Textbook, TextbookCategory, TextbookVersion

from .conftest import make_isbn, queries_for

pytestmark = pytest.mark.django_db


def workspace(r):
    return reverse("selection_rounds:workspace", args=[r.pk])


def chooser(r):
    return reverse("selection_rounds:versions", args=[r.pk])


def catalogue_of(w, count, year):
    """``count`` more approved, catalogued versions, filed by another school so that none of them
    is a line of the round under test."""
    bulk_selection(
        w.other_school, w.major, w.level, count, unit=w.unit, publisher=w.publisher, school_year=year, prefix=f"C{year}"
    )


def version_options(page, select_id="version"):
    return lxml.html.fromstring(page).xpath(f"//select[@id='{select_id}']/option")


def test_the_workspace_costs_the_same_at_100_and_2000_selectable_versions(committee_client, sworld, textbooks):
    r = sworld.round()
    catalogue_of(sworld, 100, 2001)
    queries_small = queries_for(committee_client, workspace(r))
    page_small = committee_client.get(workspace(r)).content
    catalogue_of(sworld, 1900, 2002)
    assert TextbookVersion.objects.selectable().count() > 2000
    assert queries_for(committee_client, workspace(r)) == queries_small
    page_large = committee_client.get(workspace(r)).content
    assert len(version_options(page_small)) == len(version_options(page_large)) == choosing.CHOICES_SHOWN
    # The same page but for the version numbers in the first titles (and the CSRF token).
    assert abs(len(page_large) - len(page_small)) < 200
    assert "仅列出前 20 个匹配的版本" in page_large.decode()


def test_typing_a_title_or_isbn_finds_selectable_versions_only(committee_client, sworld, textbooks):
    r = sworld.round()
    stopped = textbooks["turning_library"]
    services.issue_stop_use(stopped, "scientific", "第三章工艺参数错误", sworld.hrss)
    answer = committee_client.get(chooser(r), {"q": "数控车削"}).json()
    labels = [found["label"] for found in answer["results"]]
    # 数控车削加工案例 is stopped (S6); 数控车工岗位培训 does not contain the words.
    expected = (textbooks["turning_national"], textbooks["turning_provincial"])
    assert sorted(labels) == sorted(f"{v} {v.isbn}" for v in expected) and answer["more"] is False
    national = textbooks["turning_national"]
    hyphenated = f"{national.isbn[:3]}-{national.isbn[3]}-{national.isbn[4:8]}-{national.isbn[8:12]}"
    assert [found["id"] for found in committee_client.get(chooser(r), {"q": hyphenated}).json()["results"]] == [national.pk]
    assert committee_client.get(chooser(r), {"q": "不存在的书名"}).json() == {"results": [], "more": False}


def test_an_unapproved_version_is_never_offered(committee_client, sworld, textbooks):
    r = sworld.round()
    textbook = textbook_services.save_textbook(
        Textbook(
            title="数控车削加工（送审稿）", category=TextbookCategory.PROFESSIONAL, planning_level=PlanningLevel.NATIONAL,
            compiling_unit=sworld.unit,
        ),
        None, courses=[sworld.turning], majors=[sworld.major], levels=[sworld.level],
    )
    draft = textbook_services.save_version(
        TextbookVersion(textbook=textbook, isbn=make_isbn(), publisher=sworld.publisher, published_on=datetime.date(2025, 7, 1)),
        None,
    )
    ids = [found["id"] for found in committee_client.get(chooser(r), {"q": "送审稿"}).json()["results"]]
    assert ids == [] and not draft.is_selectable


def test_the_chooser_answers_the_first_matches_and_says_there_are_more(committee_client, sworld, textbooks):
    r = sworld.round()
    catalogue_of(sworld, 30, 2003)
    answer = committee_client.get(chooser(r), {"q": "专业教材"}).json()
    assert len(answer["results"]) == choosing.CHOICES_SHOWN and answer["more"] is True
    assert answer["results"][0]["label"].startswith("专业教材C20030000（第一版） 978")


def test_only_the_rounds_own_committee_asks_the_chooser(client, committee_client, sworld, textbooks):
    ours, theirs = sworld.round(), sworld.round(school=sworld.other_school)
    assert committee_client.get(chooser(ours), {"q": "数学"}).status_code == 200
    assert committee_client.get(chooser(theirs), {"q": "数学"}).status_code == 404
    client.force_login(sworld.hrss)  # HRSS reads every round but does not choose for a school
    assert client.get(workspace(ours)).status_code == 200
    refused = client.get(chooser(ours), {"q": "数学"})  # Wagtail's "no permission" redirect
    assert (refused.status_code, refused.url) == (302, reverse("wagtailadmin_home"))
    client.logout()
    response = client.get(chooser(ours), {"q": "数学"})
    assert response.status_code == 302 and "数学" not in response.content.decode()


def test_without_script_the_search_reloads_the_page_with_the_matches(committee_client, sworld, textbooks):
    r = sworld.round()
    national = textbooks["turning_national"]
    page = committee_client.get(workspace(r), {"version_q": national.isbn}).content
    assert [option.get("value") for option in version_options(page)] == [str(national.pk)]
    tree = lxml.html.fromstring(page)
    search = tree.xpath("//input[@id='version-search']")[0]
    assert search.get("form") == "version-find" and search.get("value") == national.isbn
    assert tree.xpath("//form[@id='version-find']/@method") == ["get"]
    # The script is a static file (CSP): no inline script on the page.
    assert any(src.endswith("selection/version-chooser.js") for src in tree.xpath("//script/@src"))
    assert "version-chooser" not in "".join(s.text or "" for s in tree.xpath("//script[not(@src)]"))


def test_a_forged_id_of_an_ineligible_version_is_refused_with_the_rule(committee_client, sworld, textbooks):
    r = sworld.round()
    stopped = textbooks["maths_national"]
    services.issue_stop_use(stopped, "scientific", "第三章例题答案错误", sworld.hrss)
    response = committee_client.post(
        workspace(r), {"action": "select", "course": sworld.maths.pk, "version": stopped.pk}, follow=True
    )
    assert "S6（第三十六条）" in response.content.decode() and "已被停止使用，不得选用" in response.content.decode()
    # A version the chooser offers is still refused for a course its rule bars: 语文 takes 统编 only (S3).
    professional = textbooks["turning_national"]
    response = committee_client.post(
        workspace(r), {"action": "select", "course": sworld.chinese.pk, "version": professional.pk}, follow=True
    )
    assert "S3（第二十八条第（一）项）：语文课程必须使用国家统编教材" in response.content.decode()
    assert not SelectionLine.objects.filter(round=r).exists()
