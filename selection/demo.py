"""Demo selection committees: one per school, each with all four member groups (S1)."""

import datetime

from django.utils import timezone

from directory.demo import chinese_names, upsert_person
from directory.models import Organisation, OrganisationKind, TitleLevel
from selection.models import CommitteeMember, MemberType, SelectionCommittee, SelectionLine, SelectionRound

MEMBER_PLAN = [
    (MemberType.TEACHING_MANAGER, True, TitleLevel.SENIOR),
    (MemberType.PROFESSIONAL_TEACHER, False, TitleLevel.ASSOCIATE_SENIOR),
    (MemberType.PROFESSIONAL_TEACHER, False, TitleLevel.INTERMEDIATE),
    (MemberType.INDUSTRY_EXPERT, False, TitleLevel.ASSOCIATE_SENIOR),
    (MemberType.TEACHING_RESEARCHER, False, TitleLevel.ASSOCIATE_SENIOR),
]


def seed_committees():
    schools = list(Organisation.objects.filter(kind=OrganisationKind.SCHOOL).order_by("name"))
    industry = list(Organisation.objects.filter(kind=OrganisationKind.ENTERPRISE).order_by("name"))
    names = chinese_names(len(schools) * len(MEMBER_PLAN), seed="committees")
    committees = []
    for s, school in enumerate(schools):
        committee, _ = SelectionCommittee.objects.update_or_create(
            school=school, defaults={"announced_on": datetime.date(2026, 3, 2)}
        )
        for m, (member_type, is_chair, level) in enumerate(MEMBER_PLAN):
            # Industry experts are employed by enterprises, everyone else by the school.
            employer = industry[s % len(industry)] if member_type == MemberType.INDUSTRY_EXPERT else school
            person = upsert_person(names[s * len(MEMBER_PLAN) + m], employer, level)
            CommitteeMember.objects.update_or_create(
                committee=committee,
                person=person,
                defaults={"member_type": member_type, "is_chair": is_chair},
            )
        committees.append(committee)
    return committees


def bulk_selection(school, major, level, count, *, unit, publisher, school_year=2026, semester=1, prefix="BK"):
    """A draft selection of ``count`` professional courses, each with its own approved national
    planned textbook, bulk-created for the benchmark and the query-count tests."""
    from curriculum.models import Course, CourseCategory
    from textbooks.models import Catalogue, CatalogueEntry, CatalogueKind, PlanningLevel, Textbook, TextbookCategory
    from textbooks.models import TextbookVersion, VersionStatus
    from textbooks.rules import isbn13_check_digit

    catalogue, _ = Catalogue.objects.get_or_create(
        kind=CatalogueKind.NATIONAL_PLANNED, province="", defaults={"name": CatalogueKind.NATIONAL_PLANNED.label}
    )
    courses = Course.objects.bulk_create(
        Course(code=f"{prefix}{i:04d}", name=f"专业课程{prefix}{i:04d}", category=CourseCategory.PROFESSIONAL)
        for i in range(count)
    )
    textbooks = Textbook.objects.bulk_create(
        Textbook(
            title=f"专业教材{prefix}{i:04d}", category=TextbookCategory.PROFESSIONAL,
            planning_level=PlanningLevel.NATIONAL, compiling_unit=unit,
        )
        for i in range(count)
    )
    Textbook.courses.through.objects.bulk_create(
        Textbook.courses.through(textbook_id=t.pk, course_id=c.pk) for t, c in zip(textbooks, courses)
    )
    now = timezone.now()
    isbns = [f"97875{sum(map(ord, prefix)) % 1000:03d}{i:04d}" for i in range(count)]
    versions = TextbookVersion.objects.bulk_create(
        TextbookVersion(
            textbook=t, isbn=isbn + isbn13_check_digit(isbn), publisher=publisher,
            status=VersionStatus.APPROVED, frozen_at=now, fingerprint="0" * 64,
        )
        for t, isbn in zip(textbooks, isbns)
    )
    CatalogueEntry.objects.bulk_create(CatalogueEntry(catalogue=catalogue, version=v) for v in versions)
    selection_round = SelectionRound.objects.create(
        school=school, school_year=school_year, semester=semester, major=major, level=level
    )
    SelectionLine.objects.bulk_create(
        SelectionLine(round=selection_round, course=c, version=v, isbn=v.isbn, printed_edition=v.edition)
        for c, v in zip(courses, versions)
    )
    return selection_round
