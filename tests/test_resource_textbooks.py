"""A resource package's textbook item links a platform textbook serving its course (C9, SPEC §2):
the admin refuses any other, and the public course page points to the catalogue while it is listed."""

import pytest
from django.utils import timezone

from curriculum.demo import approve_under_procedure, seed_standards
from curriculum.models import Course, ResourceItem, ResourceKind, StandardPage
from cms.models import CataloguePage
from tests.conftest import world_layer
from textbooks.catalogue import listed_versions
from textbooks.demo import seed_textbooks
from textbooks.models import Textbook

pytestmark = pytest.mark.django_db
ADD_URL = "/admin/curriculum/resources/new/"


catalogue_world = world_layer(
    "catalogue_world", "The demo catalogue and standards over the demo world.", seed_textbooks, seed_standards
)


def _published_course_with_listed_textbook():
    """A course of a published standard, and a listed textbook made to serve it."""
    page = StandardPage.objects.live().select_related("standard").first()
    code = page.standard.to_document().courses[0].code
    textbook = listed_versions().select_related("textbook").first().textbook
    textbook.courses.add(Course.objects.get(code=code))
    return page, code, textbook


def _post_item(client, course, textbook, kind=ResourceKind.TEXTBOOK, reference=""):
    return client.post(
        ADD_URL,
        {
            "course": course.pk,
            "kind": kind,
            "title": "数控加工工作手册式教材",
            "textbook": textbook.pk if textbook else "",
            "textbook_reference": reference,
            "compiling_unit": course.resource_items.first().compiling_unit_id,
        },
    )


def test_c9_the_admin_refuses_a_textbook_that_does_not_serve_the_course(catalogue_world, client, login):
    login("admin")
    _, code, serving = _published_course_with_listed_textbook()
    item = ResourceItem.objects.filter(course__code=code).first()
    other = Textbook.objects.exclude(courses=item.course).first()
    before = ResourceItem.objects.count()

    response = _post_item(client, item.course, other)
    assert response.status_code == 200 and "C9（教学资源包）：所选教材不服务于该课程" in response.content.decode()
    response = _post_item(client, item.course, serving, kind=ResourceKind.VIDEO)
    assert "只有“教材”类资源可以关联平台教材" in response.content.decode()
    response = _post_item(client, item.course, None)
    assert "教材类资源须关联平台教材或填写教材信息" in response.content.decode()
    assert ResourceItem.objects.count() == before

    assert _post_item(client, item.course, serving).status_code == 302
    assert ResourceItem.objects.filter(textbook=serving, course=item.course).exists()


def test_the_course_page_links_a_listed_textbook_and_not_a_stopped_one(catalogue_world, client):
    page, code, textbook = _published_course_with_listed_textbook()
    item = ResourceItem.objects.filter(course__code=code, kind=ResourceKind.TEXTBOOK).get()
    item.textbook = textbook
    item.save()
    # The change is reviewed again (Art. 37), by its organiser's procedure (Art. 22).
    approve_under_procedure(item, None, "教材信息与目录一致。")
    detail = CataloguePage.listed_textbook_urls([textbook.pk])[textbook.pk]
    assert client.get(detail).status_code == 200

    html = client.get(page.course_url(code)).content.decode()
    assert f'<a href="{detail}">《{textbook.title}》</a>' in html

    textbook.versions.update(stopped_at=timezone.now())  # a stop-use order (S12)
    html = client.get(page.course_url(code)).content.decode()
    assert f"《{textbook.title}》" in html and detail not in html
