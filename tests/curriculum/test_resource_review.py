"""Art. 37 (凡编必审): teaching resources belong to their unit, are reviewed before they appear on
the public course page and in search, links are web links shown as external, and a unit attaches
resources only to its own courses."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import ModelLogEntry

from curriculum import services
from curriculum.models import ResourceItem, ResourceKind, ResourceReviewStatus, StandardPage
from directory.models import Organisation

pytestmark = pytest.mark.django_db
OWN_UNIT = "重庆市工业技师学院"


@pytest.fixture
def cnc(curriculum_world):
    standard_page = StandardPage.objects.get(standard__major__code="0103", standard__level__code="intermediate")
    course = standard_page.standard.to_document().courses[0]
    return standard_page, course.code


def new_item(code, **fields):
    from curriculum.models import Course

    values = {"kind": ResourceKind.COURSEWARE, "title": "数控车床对刀操作微课", "compiling_unit": Organisation.objects.get(name=OWN_UNIT)}
    values.update(fields)
    item = ResourceItem(course=Course.objects.get(code=code), **values)
    item.full_clean()
    item.save()
    return item


def test_a_resource_is_public_only_once_hrss_approved_it_art_37(cnc, client, login):
    page, code = cnc
    item = new_item(code, url="https://www.example.cn/cnc/duidao.mp4")
    assert item.review_status == ResourceReviewStatus.PENDING
    assert "数控车床对刀操作微课" not in client.get(page.course_url(code)).content.decode()
    assert not ResourceItem.objects.public().filter(pk=item.pk).exists()  # search indexes public() only

    author = login("author")  # of the compiling unit: may not review its own resource (Art. 37, R1)
    with pytest.raises(ValidationError, match="第三十七条"):
        services.review_resource(item, author, approved=True)
    hrss = login("hrss")
    with pytest.raises(ValidationError, match="审核不通过须写明意见"):
        services.review_resource(item, hrss, approved=False, comment=" ")
    client.post(f"/admin/curriculum/resources/review/{item.pk}/", {"decision": "approve", "comment": "内容准确"})
    item.refresh_from_db()
    assert item.review_status == ResourceReviewStatus.APPROVED and item.reviewed_by == hrss
    assert ModelLogEntry.objects.filter(action="curriculum.resource.review", object_id=str(item.pk)).exists()
    html = client.get(page.course_url(code)).content.decode()
    assert "数控车床对刀操作微课" in html and 'rel="external nofollow noopener noreferrer"' in html and "（外部链接）" in html

    # A change after approval goes back to review before the public sees it.
    item.url = "https://www.example.cn/cnc/duidao-v2.mp4"
    item.save()
    item.refresh_from_db()
    assert item.review_status == ResourceReviewStatus.PENDING
    assert "数控车床对刀操作微课" not in client.get(page.course_url(code)).content.decode()


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://files.example.cn/jiaoan.docx"])
def test_a_resource_link_must_be_a_web_link_art_37(cnc, url):
    with pytest.raises(ValidationError, match="资源链接须为 http 或 https 网址"):
        new_item(cnc[1], url=url)


def test_a_unit_attaches_resources_only_to_its_own_courses(cnc, client, login):
    other_course = StandardPage.objects.get(standard__major__code="0401", standard__level__code="intermediate").standard.to_document().courses[0]
    login("author")
    form = client.get(reverse("curriculum_resources:add")).content.decode()
    assert other_course.name not in form
    from curriculum.models import Course

    before = ResourceItem.objects.count()
    response = client.post(reverse("curriculum_resources:add"), {
        "course": Course.objects.get(code=other_course.code).pk, "kind": ResourceKind.COURSEWARE, "title": "借用他校课程的课件",
        "compiling_unit": Organisation.objects.get(name=OWN_UNIT).pk,
    })
    assert response.status_code == 200 and ResourceItem.objects.count() == before
