"""Search tests run against the embedded database search and, marked ``elasticsearch``, against the
real server (no mocks), in indices under a per-session prefix that is removed afterwards."""

import os
import uuid
from datetime import date

import pytest
from django.conf import settings as django_settings
from django.utils import timezone

from search import service
from search.connection import get_client

ES_URL = os.environ.get("ELASTICSEARCH_URL", "")
ENGINES = ["database", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)]


@pytest.fixture(scope="session", autouse=True)
def search_index_prefix():
    previous = django_settings.ELASTICSEARCH_INDEX_PREFIX
    django_settings.ELASTICSEARCH_INDEX_PREFIX = f"test-search-{uuid.uuid4().hex[:8]}"
    yield django_settings.ELASTICSEARCH_INDEX_PREFIX
    if ES_URL:
        from elasticsearch import Elasticsearch

        Elasticsearch(ES_URL).indices.delete(
            index=f"{django_settings.ELASTICSEARCH_INDEX_PREFIX}*", ignore_unavailable=True, allow_no_indices=True
        )
    django_settings.ELASTICSEARCH_INDEX_PREFIX = previous


def use_engine(settings, name):
    settings.ELASTICSEARCH_URL = ES_URL if name == "elasticsearch" else ""
    get_client.cache_clear()


@pytest.fixture(params=ENGINES)
def engine(request, settings, db):
    """Each test using this runs once per engine, on an empty index."""
    use_engine(settings, request.param)
    service.backend().drop_all()
    yield request.param
    service.backend().drop_all()
    get_client.cache_clear()


@pytest.fixture
def es(settings, db):
    use_engine(settings, "elasticsearch")
    service.backend().drop_all()
    yield
    service.backend().drop_all()
    get_client.cache_clear()


def reindex():
    service.reindex()
    service.backend().refresh()


@pytest.fixture
def catalogue(db):
    """Courses and textbook versions in every publication state (only approved ones are public)."""
    from curriculum.demo import seed_majors, seed_public_courses
    from curriculum.models import Course, CourseCategory, Major, TrainingLevel
    from directory.demo import seed_organisations
    from directory.models import Organisation, OrganisationKind
    from textbooks.models import PlanningLevel, Textbook, TextbookCategory, TextbookForm, TextbookVersion, VersionStatus

    seed_majors()
    seed_public_courses()
    seed_organisations()
    cnc = Major.objects.get(code="0103")
    ev = Major.objects.get(code="0408")
    levels = list(TrainingLevel.objects.filter(code__in=["intermediate", "advanced"]))
    school = Organisation.objects.filter(kind=OrganisationKind.SCHOOL).first()
    labour, machine, higher = (Organisation.objects.get(name=n) for n in ("中国劳动社会保障出版社", "机械工业出版社", "高等教育出版社"))
    course = Course.objects.create(code="ZY0103-01", name="数控车削编程与加工", category=CourseCategory.INTEGRATED)
    course.majors.add(cnc)
    battery_course = Course.objects.create(code="ZY0408-03", name="动力电池检修", category=CourseCategory.INTEGRATED)
    battery_course.majors.add(ev)

    def textbook(title, *, status=VersionStatus.APPROVED, planning=PlanningLevel.NATIONAL, form=TextbookForm.LOOSE_LEAF,
                 publisher=labour, year=2024, major=cnc, stopped=False, description=""):
        book = Textbook.objects.create(
            title=title, category=TextbookCategory.INTEGRATED, planning_level=planning,
            province="重庆市" if planning == PlanningLevel.PROVINCIAL else "", compiling_unit=school,
        )
        book.courses.add(course if major == cnc else battery_course)
        book.majors.add(major)
        book.levels.set(levels)
        version = TextbookVersion.objects.create(
            textbook=book, publisher=publisher, published_on=date(year, 8, 1), form=form, status=status,
            description=description or f"{title}，工学一体化教材，按典型工作任务组织学习任务。",
        )
        if stopped:
            TextbookVersion.objects.filter(pk=version.pk).update(stopped_at=timezone.now())
        return version

    return {
        "course": course,
        "lathe": textbook("数控车削编程与加工", description="以数控车床操作为载体，完成轴类零件的车削编程与加工。"),
        "mill": textbook("数控铣削编程与加工", planning=PlanningLevel.PROVINCIAL, form=TextbookForm.WORKBOOK, publisher=machine, year=2023),
        "battery": textbook("新能源汽车动力电池检测与维修", form=TextbookForm.MULTIMEDIA, publisher=higher, year=2025, major=ev),
        "under_review": textbook("数控机床故障诊断与维修", status=VersionStatus.SUBMITTED),
        "draft": textbook("数控多轴加工技术", status=VersionStatus.DRAFT),
        "rejected": textbook("数控仿真编程", status=VersionStatus.REJECTED),
        "stopped": textbook("数控加工工艺与刀具", stopped=True),
    }
