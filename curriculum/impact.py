"""What cites a course (SPEC §2: the impact list shown when a course changes).

Other apps add their citations (textbooks serving the course, school selections of it) with
``register_citation_source`` from their ``AppConfig.ready()``; curriculum registers its own below.
"""

from dataclasses import dataclass

from django.urls import reverse


@dataclass(frozen=True)
class Citation:
    kind: str  # "教学资源", "教材", "选用结果" …
    title: str
    url: str = ""


_SOURCES = []


def register_citation_source(source):
    """``source(courses)`` gets a list of curriculum.Course and yields (course_id, Citation) pairs,
    in a fixed number of queries whatever the number of courses."""
    if source not in _SOURCES:
        _SOURCES.append(source)
    return source


def citations_for_courses(courses):
    """course code → citations, for the given curriculum.Course objects."""
    courses = list(courses)
    code_by_id = {course.pk: course.code for course in courses}
    result = {course.code: [] for course in courses}
    for source in _SOURCES:
        for course_id, citation in source(courses):
            result[code_by_id[course_id]].append(citation)
    return result


def citations_for_codes(codes):
    from curriculum.models import Course

    found = citations_for_courses(Course.objects.filter(code__in=codes))
    return {code: found.get(code, []) for code in codes}


@register_citation_source
def resource_items(courses):
    from curriculum.models import ResourceItem

    for item in ResourceItem.objects.filter(course__in=courses).order_by("kind", "title"):
        url = reverse("curriculum_resources:inspect", args=[item.pk])
        yield item.course_id, Citation(f"教学资源（{item.get_kind_display()}）", item.title, url)


@register_citation_source
def published_standards(courses):
    """Other live standards whose content contains the course code (a course shared by two levels)."""
    from curriculum.models import CourseStandard

    by_code = {course.code: course.pk for course in courses}
    for standard in CourseStandard.objects.filter(live=True).select_related("major", "level"):
        for block in standard.courses:
            course_id = by_code.get(block.value["code"])
            if course_id is not None:
                yield course_id, Citation("已发布课程标准", str(standard), reverse("curriculum_standards:edit", args=[standard.pk]))
