"""The searchable content of each app, described as ``SearchSource``s (read-only use of their models).

Only public content is listed here (SPEC §6); sources for textbooks and course standards follow
their apps' publication states.
"""

from curriculum.models import Course, Major
from directory.models import Organisation
from search.models import PolicyArticle
from search.registry import SearchSource, register
from textbooks import rules as textbook_rules
from textbooks.models import CatalogueEntry, PlanningLevel, Textbook, TextbookVersion

# National planned textbooks rank a little higher for the same text match (Art. 28(3): first choice).
PLANNING_WEIGHT = {PlanningLevel.NATIONAL: 1.5, PlanningLevel.PROVINCIAL: 1.2}


def _names(queryset):
    return list(queryset.values_list("name", flat=True))


def _major_document(major):
    levels = [level.name for level in major.levels.all()]
    return {
        "title": major.name,
        "body": f"专业编码 {major.code}；{major.get_industry_display()}；培养层级：{'、'.join(levels)}",
        "facets": {"major": major.name, "level": levels, "category": major.get_industry_display()},
    }


def _course_document(course):
    majors = [major.name for major in course.majors.all()]
    return {
        "title": course.name,
        "body": f"课程代码 {course.code}；{course.get_category_display()}；适用专业：{'、'.join(majors) or '各专业'}",
        "facets": {"major": majors, "category": course.get_category_display()},
    }


def _public_versions():
    """S6 (Art. 28(4), 36(8)): approved, unaltered, not stopped — the textbooks' own rule."""
    return (
        TextbookVersion.objects.filter(**textbook_rules.selectable_filter())
        .select_related("textbook", "publisher")
        .prefetch_related("textbook__majors", "textbook__levels", "textbook__courses", "catalogue_entries__catalogue")
    )


def _textbook_document(version):
    # Author and editor names stay out of the index: search results never identify people (R3).
    textbook = version.textbook
    courses = [course.name for course in textbook.courses.all()]
    majors = [major.name for major in textbook.majors.all()]
    publisher = version.publisher.name if version.publisher else ""
    body = "；".join(
        part
        for part in (
            textbook.subtitle,
            textbook.series_name,
            version.description,
            f"服务课程：{'、'.join(courses)}" if courses else "",
            f"适用专业：{'、'.join(majors)}" if majors else "",
            f"{textbook.get_category_display()}，{textbook.get_planning_level_display()}，{version.get_form_display()}",
            f"{publisher} {version.edition_label}" if publisher else version.edition_label,
            f"ISBN {version.isbn}" if version.isbn else "",
        )
        if part
    )
    return {
        "title": textbook.title,
        "body": body,
        "date": version.published_on,
        "weight": PLANNING_WEIGHT.get(textbook.planning_level, 1.0),
        "facets": {
            "major": majors,
            "level": [level.name for level in textbook.levels.all()],
            "category": textbook.get_category_display(),
            "planning_level": textbook.get_planning_level_display(),
            "form": version.get_form_display(),
            "publisher": publisher,
            "year": version.published_on.year if version.published_on else None,
            "catalogue": [entry.catalogue.name for entry in version.catalogue_entries.all()],
            "status": version.get_status_display(),
        },
    }


def _policy_document(article):
    return {
        "title": f"{article.document} {article.heading}",
        "body": article.text,
        "date": article.issued,
        "facets": {"category": "政策文件", "year": article.issued.year if article.issued else None},
    }


def _vocabulary():
    return _names(Major.objects.all()) + _names(Course.objects.all())


register(
    SearchSource(
        kind="major",
        label="专业",
        model=Major,
        queryset=lambda: Major.objects.prefetch_related("levels"),
        to_document=_major_document,
        vocabulary=_vocabulary,
    )
)
register(
    SearchSource(
        kind="course",
        label="课程",
        model=Course,
        queryset=lambda: Course.objects.prefetch_related("majors"),
        to_document=_course_document,
        depends_on={Major: lambda major: major.courses.all()},
    )
)
register(
    SearchSource(
        kind="textbook",
        label="教材",
        model=TextbookVersion,
        queryset=_public_versions,
        to_document=_textbook_document,
        depends_on={
            Textbook: lambda textbook: textbook.versions.all(),
            CatalogueEntry: lambda entry: [entry.version],
            Organisation: lambda organisation: organisation.published_versions.all(),
            Course: lambda course: TextbookVersion.objects.filter(textbook__courses=course),
            Major: lambda major: TextbookVersion.objects.filter(textbook__majors=major),
        },
    )
)
register(
    SearchSource(
        kind="policy",
        label="政策条文",
        model=PolicyArticle,
        queryset=lambda: PolicyArticle.objects.all(),
        to_document=_policy_document,
    )
)
