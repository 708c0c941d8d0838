"""Art. 37 (凡编必审) with Art. 22: teaching resources belong to their unit, are reviewed by the
organiser responsible for them under the procedure that organiser set (panel size, expert
categories, days) before they appear on the public course page and in search; HRSS supervises
but does not review; links are public web links shown as external; a unit attaches resources
only to its own courses, whatever path the request takes."""

import datetime

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import ModelLogEntry

from curriculum import services
from curriculum.models import Course, ResourceItem, ResourceKind, ResourceReviewStatus, StandardPage
from directory.demo import upsert_person
from directory.models import Organisation, TitleLevel
from review import services as review_services
from review.models import Expert, ExpertCategory

pytestmark = pytest.mark.django_db
OWN_UNIT = "重庆市工业技师学院"
CHONGQING_HRSS = "重庆市人力资源和社会保障局"
TITLE = "数控车床对刀操作微课"


@pytest.fixture
def cnc(curriculum_world):
    standard_page = StandardPage.objects.get(standard__major__code="0103", standard__level__code="intermediate")
    course = standard_page.standard.to_document().courses[0]
    return standard_page, course.code


def new_item(code, **fields):
    values = {"kind": ResourceKind.COURSEWARE, "title": TITLE, "compiling_unit": Organisation.objects.get(name=OWN_UNIT)}
    values.update(fields)
    item = ResourceItem(course=Course.objects.get(code=code), **values)
    item.full_clean()
    item.save()
    return item


def experts(*categories):
    """One pool expert per category, none of the compiling unit (R1)."""
    pool = Expert.objects.filter(active=True).exclude(person__employer__name=OWN_UNIT).order_by("pk")
    chosen = []
    for category in categories:
        chosen.append(pool.filter(category=category).exclude(pk__in=[e.pk for e in chosen]).first())
    return chosen


def review_url(item):
    return reverse("curriculum_resources:review", args=[item.pk])


def refused(response):
    """Wagtail answers a PermissionDenied in the admin with a redirect to the dashboard."""
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home"))


def test_the_responsible_organiser_approves_a_resource_under_its_procedure_before_it_is_public_art_37_art_22(cnc, client, login):
    page, code = cnc
    item = new_item(code, url="https://www.cqgyjsxy.example.cn/weike/duidao.mp4")
    assert item.review_status == ResourceReviewStatus.PENDING
    assert TITLE not in client.get(page.course_url(code)).content.decode()
    assert not ResourceItem.objects.public().filter(pk=item.pk).exists()  # search indexes public() only

    organiser = login("organiser_cq")  # 重庆市人力资源和社会保障局: the unit's competent department
    form = client.get(review_url(item)).content.decode()
    assert "2 名评审专家" in form and CHONGQING_HRSS in form
    panel = experts(ExpertCategory.TEACHER, ExpertCategory.INDUSTRY)
    response = client.post(review_url(item), {"decision": "approve", "comment": "内容准确", "experts": [e.pk for e in panel]})
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.review_status == ResourceReviewStatus.APPROVED and item.reviewed_by == organiser
    assert item.review_organiser.name == CHONGQING_HRSS
    assert set(item.review_panel.all()) == set(panel)
    entry = ModelLogEntry.objects.get(action="curriculum.resource.review", object_id=str(item.pk))
    assert entry.data["organiser"] == CHONGQING_HRSS and entry.data["experts"] == [e.pk for e in panel]
    html = client.get(page.course_url(code)).content.decode()
    assert TITLE in html and 'rel="external nofollow noopener noreferrer"' in html and "（外部链接）" in html
    login("hrss")  # supervises: the list names who reviewed each resource
    listing = client.get(reverse("curriculum_resources:index"), {"q": TITLE}).content.decode()
    assert TITLE in listing and CHONGQING_HRSS in listing and "审核（第三十七条）" not in listing

    # A change after approval goes back to review before the public sees it.
    item.url = "https://www.cqgyjsxy.example.cn/weike/duidao-v2.mp4"
    item.save()
    item.refresh_from_db()
    assert item.review_status == ResourceReviewStatus.PENDING
    assert TITLE not in client.get(page.course_url(code)).content.decode()


def test_the_unit_hrss_and_another_organiser_cannot_review_a_resource_art_37_art_22(cnc, client, login):
    item = new_item(cnc[1])
    panel = experts(ExpertCategory.TEACHER, ExpertCategory.INDUSTRY)
    author = login("author")  # of the compiling unit: never approves its own resource (Art. 37, R1)
    with pytest.raises(ValidationError, match="编写单位和监督部门不能审核"):
        services.review_resource(item, author, approved=True, experts=panel)
    assert refused(client.post(review_url(item), {"decision": "approve", "experts": [e.pk for e in panel]}))
    hrss = login("hrss")  # supervises: reads the list and the log, does not review
    with pytest.raises(ValidationError, match="编写单位和监督部门不能审核"):
        services.review_resource(item, hrss, approved=True, experts=panel)
    assert refused(client.get(review_url(item)))
    assert client.get(reverse("curriculum_resources:index")).status_code == 200
    national = login("organiser")  # MOHRSS is not the organiser of a Chongqing unit's own resource
    with pytest.raises(ValidationError, match="第二十二条：该教学资源不属于本单位审核"):
        services.review_resource(item, national, approved=True, experts=panel)
    assert refused(client.post(review_url(item), {"decision": "approve", "experts": [e.pk for e in panel]}))
    item.refresh_from_db()
    assert item.review_status == ResourceReviewStatus.PENDING and item.reviewed_by is None


def test_the_panel_follows_the_organisers_own_procedure_art_22(cnc, client, login):
    with time_machine.travel(datetime.datetime(2026, 9, 21, 10, 0), tick=False):
        item = new_item(cnc[1])
    organiser = login("organiser_cq")
    chongqing = Organisation.objects.get(name=CHONGQING_HRSS)
    review_services.set_review_procedure(chongqing, organiser, panel_size=3, min_categories=3, review_days=7)
    _org, route, deadline = services.resource_route(item)
    assert (route.panel_size, route.min_categories, deadline) == (3, 3, datetime.date(2026, 9, 28))
    assert "评审期限至 2026-09-28" in client.get(review_url(item)).content.decode()

    two = experts(ExpertCategory.TEACHER, ExpertCategory.INDUSTRY)
    with pytest.raises(ValidationError, match="须经 3 名评审专家审核（已选 2 名）"):
        services.review_resource(item, organiser, approved=True, experts=two)
    same_kind = experts(ExpertCategory.TEACHER, ExpertCategory.TEACHER, ExpertCategory.INDUSTRY)
    with pytest.raises(ValidationError, match="R4（第十九条）：评审专家须来自至少 3 个专家类别"):
        services.review_resource(item, organiser, approved=True, experts=same_kind)
    three = experts(ExpertCategory.TEACHER, ExpertCategory.INDUSTRY, ExpertCategory.RESEARCH)
    with pytest.raises(ValidationError, match="审核不通过须写明意见"):
        services.review_resource(item, organiser, approved=False, comment=" ", experts=three)
    services.review_resource(item, organiser, approved=False, comment="视频中对刀步骤与工作页不一致，请修改。", experts=three)
    item.refresh_from_db()
    assert item.review_status == ResourceReviewStatus.REJECTED and not ResourceItem.objects.public().filter(pk=item.pk).exists()


def test_an_expert_of_the_compiling_unit_cannot_sit_on_its_resources_panel_r1(cnc, client, login):
    item = new_item(cnc[1])
    colleague = Expert.objects.create(
        person=upsert_person("冉德明", Organisation.objects.get(name=OWN_UNIT), TitleLevel.SENIOR),
        category=ExpertCategory.TEACHER,
    )
    organiser = login("organiser_cq")
    panel = [colleague, *experts(ExpertCategory.INDUSTRY)]
    with pytest.raises(ValidationError, match="R1（第十九条）：编写单位的人员不能担任其教学资源的评审专家"):
        services.review_resource(item, organiser, approved=True, experts=panel)
    # The form never offers them; a forged choice is refused and changes nothing.
    assert "冉德明" not in client.get(review_url(item)).content.decode()
    client.post(review_url(item), {"decision": "approve", "experts": [e.pk for e in panel]})
    item.refresh_from_db()
    assert item.review_status == ResourceReviewStatus.PENDING


@pytest.mark.parametrize(
    "url, message",
    [
        ("javascript:alert(1)", "须为 http 或 https 网址"),
        ("data:text/html;base64,PHNjcmlwdD4=", "须为 http 或 https 网址"),
        ("ftp://files.example.cn/jiaoan.docx", "须为 http 或 https 网址"),
        ("https://admin:123456@www.example.cn/ziyuan", "不能包含用户名或密码"),
        ("http://localhost:8000/ziyuan", "不是有效的公网域名"),
        ("http://192.168.1.20/weike.mp4", "不能指向内网或本机地址"),
    ],
)
def test_a_resource_link_must_be_a_public_web_link_art_37(cnc, url, message):
    with pytest.raises(ValidationError, match=message):
        new_item(cnc[1], url=url)


@pytest.mark.parametrize("url", ["https://www.jiaoyu.gov.cn/ziyuan/123.html", "http://微课.重庆工业技师学院.中国/duidao"])
def test_a_public_web_link_is_accepted_art_37(cnc, url):
    assert new_item(cnc[1], url=url).url == url


def other_units_course():
    doc = StandardPage.objects.get(standard__major__code="0401", standard__level__code="intermediate").standard.to_document()
    return Course.objects.get(code=doc.courses[0].code)


def test_a_unit_attaches_resources_only_to_its_own_courses_even_by_a_forged_post_art_37(cnc, client, login):
    other_course = other_units_course()
    login("author")
    form = client.get(reverse("curriculum_resources:add")).content.decode()
    assert other_course.name not in form
    before = ResourceItem.objects.count()
    response = client.post(reverse("curriculum_resources:add"), {
        "course": other_course.pk, "kind": ResourceKind.COURSEWARE, "title": "借用他校课程的课件",
        "compiling_unit": Organisation.objects.get(name=OWN_UNIT).pk,
    })
    assert response.status_code == 200 and ResourceItem.objects.count() == before
    # Moving an own resource onto the other unit's course by a forged edit is refused as well.
    own = new_item(cnc[1])
    client.post(reverse("curriculum_resources:edit", args=[own.pk]), {
        "course": other_course.pk, "kind": ResourceKind.COURSEWARE, "title": TITLE, "compiling_unit": own.compiling_unit_id,
    })
    own.refresh_from_db()
    assert own.course.code == cnc[1]


def test_the_model_refuses_another_units_course_on_every_path_art_37(cnc):
    own_unit = Organisation.objects.get(name=OWN_UNIT)
    with pytest.raises(ValidationError, match="第三十七条：教学资源属于编写单位，只能列入本单位编写的课程标准中的课程"):
        ResourceItem.objects.create(course=other_units_course(), kind=ResourceKind.WORKSHEET, title="汽车维护工作页", compiling_unit=own_unit)
    item = new_item(cnc[1])
    item.course = other_units_course()
    with pytest.raises(ValidationError, match="第三十七条"):
        item.save()
    assert ResourceItem.objects.get(pk=item.pk).course.code == cnc[1]
    # Its own course is allowed by the same rule.
    assert ResourceItem.objects.create(course=Course.objects.get(code=cnc[1]), kind=ResourceKind.WORKSHEET, title="对刀工作页", compiling_unit=own_unit).pk
