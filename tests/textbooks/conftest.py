"""Small textbook worlds built through the services, so every fixture obeys the rules."""

import datetime
import io
import itertools

import pytest
from django.core.files.base import ContentFile

from curriculum.models import Course, CourseCategory, Major, TrainingLevel
from directory.models import Organisation, OrganisationKind, Person, TitleLevel
from textbooks import rules, services
from textbooks.models import (
    CompilingUnitProfile,
    NationalLeadBasis,
    PlanningLevel,
    PublisherProfile,
    Textbook,
    TextbookCategory,
    TextbookVersion,
    VersionAuthor,
)

_isbn_numbers = itertools.count(1)


def make_isbn():
    first_twelve = f"97875170{next(_isbn_numbers):04d}"  # 10,000: the date-dependent tests run three times in one session
    return first_twelve + rules.isbn13_check_digit(first_twelve)


def docx_bytes(text="数控车床编程与操作"):
    """A minimal real DOCX (a zip), enough for content sniffing and hashing."""
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pytest_collection_finish(session):
    """The node-kill test's three-node Elasticsearch cluster starts while the tests before it run."""
    from tests.conftest import _service_missing

    if session.config.option.collectonly:
        return
    faults = [item for item in session.items if item.path.name == "test_search_cluster_fault.py"]
    if any(_service_missing(item) is None for item in faults):
        faults[0].module.start_early(session.config)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    # Private files inside it, so that "no file left on disk" checks see both stores.
    settings.PRIVATE_MEDIA_ROOT = settings.MEDIA_ROOT / "private"
    settings.SENDFILE_ROOT = str(settings.PRIVATE_MEDIA_ROOT)
    return settings.MEDIA_ROOT


def _unit(name, province, kind=OrganisationKind.SCHOOL, **profile):
    organisation = Organisation.objects.create(name=name, kind=kind, province=province)
    services.verify_unit_qualification(
        CompilingUnitProfile.objects.create(
            organisation=organisation,
            has_compiling_team=True,
            has_service_team=True,
            has_funding=True,
            **profile,
        ),
        None,
    )
    return organisation


class World:
    """Units, a publisher, courses and people for textbook tests."""

    def __init__(self):
        self.unit = _unit("重庆市工业技师学院", "重庆市", national_lead_basis=NationalLeadBasis.HIGH_QUALITY_SCHOOL)
        self.other_unit = _unit("江苏省常州技师学院", "江苏省")
        self.unified_unit = _unit(
            "中国技工教育研究所", "北京市", OrganisationKind.INSTITUTE,
            national_lead_basis=NationalLeadBasis.RESEARCH_INSTITUTE, unified_route_authorised=True,
        )
        self.publisher = Organisation.objects.create(
            name="中国劳动社会保障出版社", kind=OrganisationKind.PUBLISHER, province="北京市"
        )
        services.verify_publisher_qualification(
            PublisherProfile.objects.create(
                organisation=self.publisher, has_qualified_editors=True, has_service_capacity=True, has_adequate_capital=True
            ),
            None,
        )
        self.major = Major.objects.create(code="0103", name="数控加工", industry="machinery")
        self.levels = list(TrainingLevel.objects.order_by("rank"))
        self.course = Course.objects.create(code="ZY0103A", name="数控车削加工", category=CourseCategory.PROFESSIONAL)
        self.other_course = Course.objects.create(code="ZY0103B", name="数控铣削加工", category=CourseCategory.PROFESSIONAL)
        self.chinese = Course.objects.create(code="GG002", name="语文", category=CourseCategory.UNIFIED_PUBLIC)
        self.training_course = Course.objects.create(
            code="PX0001", name="电工职业技能培训", category=CourseCategory.VOCATIONAL_TRAINING
        )
        self.chief = self.person("陈立新", self.unit)
        self.second_chief = self.person("王建华", self.other_unit)
        self.member = self.person("李晓东", self.unit, TitleLevel.INTERMEDIATE)

    def person(self, name, employer, level=TitleLevel.ASSOCIATE_SENIOR, approved=True):
        return Person.objects.create(
            name=name, employer=employer, title="高级讲师", title_level=level, party_org_approved=approved
        )

    def textbook(self, title="数控车床编程与操作", *, courses=None, user=None, **fields):
        defaults = {
            "category": TextbookCategory.PROFESSIONAL,
            "planning_level": PlanningLevel.NATIONAL,
            "compiling_unit": self.unit,
        }
        defaults.update(fields)
        textbook = Textbook(title=title, **defaults)
        return services.save_textbook(
            textbook, user, courses=courses or [self.course], majors=[self.major], levels=self.levels[:2]
        )

    def version(self, textbook, *, chief=None, user=None, manuscript=True, **fields):
        version = TextbookVersion(
            textbook=textbook,
            edition=fields.pop("edition", 1),
            isbn=fields.pop("isbn", make_isbn()),
            publisher=self.publisher,
            published_on=fields.pop("published_on", datetime.date(2024, 8, 1)),
            price=fields.pop("price", "39.80"),
            chief_editor=chief if chief is not None else self.chief,
            **fields,
        )
        if manuscript:
            version.manuscript = ContentFile(docx_bytes(textbook.title), name="书稿.docx")
        return services.save_version(version, user)

    def full_team(self, version):
        """Art. 15: a front-line teacher and an enterprise technician besides the chief editor."""
        VersionAuthor.objects.create(version=version, person=self.member, category="integrated_teacher")
        engineer = self.person("严志刚", self.unit, "associate_senior")
        VersionAuthor.objects.create(version=version, person=engineer, category="industry_technician")
        return version

    def approved(self, title="数控车床编程与操作", *, chief=None, cover=False, **textbook_fields):
        version = self.version(self.textbook(title, **textbook_fields), chief=chief)
        if cover:
            version.cover = make_cover(title)
            version.save()
        return services.approve_version(version, None, "人社部审核通过〔2024〕1号")

    def many_approved(self, count, prefix="电气控制技术", **fields):
        """``count`` approved textbooks, each with its own course and chief editor (R8)."""
        versions = []
        for i in range(count):
            course = Course.objects.create(code=f"ZY9{i:03d}", name=f"{prefix}{i + 1}", category=CourseCategory.PROFESSIONAL)
            chief = self.person(f"主编{i + 1:03d}", self.unit)
            versions.append(self.approved(f"{prefix}（第{i + 1}分册）", chief=chief, courses=[course], **fields))
        return versions


def make_cover(title):
    from PIL import Image as PILImage
    from wagtail.images import get_image_model

    buffer = io.BytesIO()
    PILImage.new("RGB", (300, 400), (179, 38, 30)).save(buffer, format="PNG")
    return get_image_model().objects.create(title=f"{title}封面", file=ContentFile(buffer.getvalue(), name="cover.png"))


@pytest.fixture
def catalogue_page(db):
    from wagtail.models import Page

    from cms.models import CataloguePage

    home = Page.objects.get(depth=2)
    page = CataloguePage(title="教材目录", slug="catalogue")
    home.add_child(instance=page)
    return page


@pytest.fixture
def world(db):
    return World()
