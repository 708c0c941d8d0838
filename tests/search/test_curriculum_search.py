"""Published course standards, their integrated courses, learning tasks and resources are findable;
drafts and unpublished standards are not (SPEC §6)."""

import pytest

from search import service
from search.results import SearchQuery
from tests.search.conftest import reindex

pytestmark = pytest.mark.django_db


@pytest.fixture
def standards(db):
    from curriculum.demo import seed_majors, seed_public_courses, seed_standards
    from curriculum.models import CourseStandard
    from directory.demo import seed_organisations
    from review.demo import seed_experts

    seed_majors()
    seed_public_courses()
    seed_organisations()
    seed_experts()  # the demo resources are reviewed by their organiser's expert panel (Art. 37, 22)
    seed_standards()
    return CourseStandard.objects.select_related("major", "level")


def hits(text, kind=None):
    filters = {"kind": [kind]} if kind else {}
    return service.search(SearchQuery(text=text, filters=filters, per_page=50)).hits


def test_standard_courses_and_learning_tasks_are_found_with_their_pages(engine, standards):
    reindex()
    standard = standards.get(major__code="0103", level__code="intermediate")
    course = standard.to_document().courses[0]
    task = course.learning_tasks[0]
    assert standard.title in [h.title for h in hits("数控加工专业", "课程标准")]
    course_hit = next(h for h in hits(course.name, "一体化课程") if h.title == course.name)
    assert course_hit.url.endswith(f"/course/{course.code}/")
    task_hit = next(h for h in hits(task.name, "学习任务") if h.title == task.name)
    assert task.code in task_hit.url
    facets = service.search(SearchQuery(text=course.name)).facets
    assert "数控加工" in {v.value for v in facets["major"]}


def test_unpublishing_a_standard_removes_it_with_its_parts_and_resources(engine, standards, django_capture_on_commit_callbacks):
    from curriculum.models import ResourceItem

    reindex()
    standard = standards.get(major__code="0401", level__code="intermediate")
    doc = standard.to_document()
    resource = ResourceItem.objects.filter(course__code=doc.courses[0].code).first()
    assert resource is not None and resource.title in [h.title for h in hits(resource.title, "教学资源")]

    with django_capture_on_commit_callbacks(execute=True):
        standard.unpublish()
    service.backend().refresh()
    assert standard.title not in [h.title for h in hits(standard.title)]
    assert doc.courses[0].name not in [h.title for h in hits(doc.courses[0].name, "一体化课程")]
    assert resource.title not in [h.title for h in hits(resource.title, "教学资源")]


def test_a_draft_change_of_a_published_standard_is_not_public(engine, standards, django_capture_on_commit_callbacks):
    from curriculum import services as curriculum_services

    reindex()
    standard = standards.get(major__code="0103", level__code="intermediate")
    published_title = standard.title
    with django_capture_on_commit_callbacks(execute=True):
        standard.title = "数控加工专业（中级技能）课程标准征求意见稿"
        curriculum_services.save_draft(standard, None, log_action=False)
    service.backend().refresh()
    assert "数控加工专业（中级技能）课程标准征求意见稿" not in [h.title for h in hits("征求意见稿")]
    assert published_title in [h.title for h in hits("数控加工专业", "课程标准")]


def test_a_resource_with_an_external_link_is_found_through_its_course_page_art_37(engine, standards):
    """The search results never link straight off the platform: the course page shows the link as external."""
    from curriculum.demo import MICRO_LECTURE, approve_under_procedure
    from curriculum.models import Course, ResourceItem

    standard = standards.get(major__code="0103", level__code="intermediate")
    course = Course.objects.get(code=standard.to_document().courses[0].code)
    item = ResourceItem.objects.create(course=course, compiling_unit=standard.compiling_unit, **MICRO_LECTURE)
    approve_under_procedure(item, None, "讲解规范，同意公开。")
    reindex()
    hit = next(h for h in hits(MICRO_LECTURE["title"], "教学资源") if h.title == MICRO_LECTURE["title"])
    assert hit.url.endswith(f"/course/{course.code}/") and MICRO_LECTURE["url"] not in hit.url
