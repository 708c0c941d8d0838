"""A small selection world built through the textbooks and selection services, so every
textbook in it entered its catalogues the way a real one does (Art. 23)."""

import datetime
import itertools

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms import roles
from curriculum.models import Course, CourseCategory, Major, TrainingLevel
from directory.models import Organisation, OrganisationKind, Person, TitleLevel
from selection import services
from selection.models import CommitteeMember, MemberType, SelectionCommittee
from textbooks import rules as textbook_rules
from textbooks import services as textbook_services
from textbooks.models import (
    CompilingUnitProfile,
    NationalLeadBasis,
    PlanningLevel,
    PublisherProfile,
    Textbook,
    TextbookCategory,
    TextbookVersion,
)

_isbns = itertools.count(1)
MONDAY = datetime.date(2026, 8, 31)


def make_isbn():
    first_twelve = f"97875171{next(_isbns):04d}"  # 10,000: the date-dependent tests run three times in one session
    return first_twelve + textbook_rules.isbn13_check_digit(first_twelve)


class SelectionWorld:
    def __init__(self):
        self.school = Organisation.objects.create(
            name="广州市工贸技师学院", kind=OrganisationKind.SCHOOL, province="广东省", contact_email="jwc@gzgm.example.cn"
        )
        self.other_school = Organisation.objects.create(
            name="深圳技师学院", kind=OrganisationKind.SCHOOL, province="广东省", contact_email="jwc@sztc.example.cn"
        )
        self.unit = self._unit("中国技工教育研究所", OrganisationKind.INSTITUTE, unified_route_authorised=True)
        self.publisher = Organisation.objects.create(
            name="中国劳动社会保障出版社", kind=OrganisationKind.PUBLISHER, province="北京市"
        )
        textbook_services.verify_publisher_qualification(
            PublisherProfile.objects.create(
                organisation=self.publisher, has_qualified_editors=True, has_service_capacity=True, has_adequate_capital=True
            ),
            None,
        )
        self.major = Major.objects.create(code="0103", name="数控加工", industry="machinery")
        self.level = TrainingLevel.objects.order_by("rank").first()
        self.chinese = self.course("GG002", "语文", CourseCategory.UNIFIED_PUBLIC)
        self.maths = self.course("GG004", "数学", CourseCategory.PUBLIC_BASIC)
        self.turning = self.course("ZY0103A", "数控车削加工", CourseCategory.PROFESSIONAL)
        self.milling = self.course("ZY0103B", "数控铣削加工", CourseCategory.PROFESSIONAL)
        self.integrated = self.course("YT0103A", "数控车床零件加工", CourseCategory.INTEGRATED)
        self.training = self.course("PX0001", "数控车工职业技能培训", CourseCategory.VOCATIONAL_TRAINING)
        self._chiefs = itertools.count(1)
        self.committee = self._committee(self.school)
        self._committee(self.other_school)
        User = get_user_model()
        self.user = User.objects.create_user("gzgm", password="x")
        self.other_user = User.objects.create_user("sztc", password="x")
        self.hrss = User.objects.create_user("hrss_gd", password="x")
        services.grant_committee_access(self.user, self.committee)
        services.grant_committee_access(self.other_user, SelectionCommittee.objects.get(school=self.other_school))

    def _unit(self, name, kind, **profile):
        unit = Organisation.objects.create(name=name, kind=kind, province="北京市")
        textbook_services.verify_unit_qualification(
            CompilingUnitProfile.objects.create(
                organisation=unit, has_compiling_team=True, has_service_team=True, has_funding=True,
                national_lead_basis=NationalLeadBasis.RESEARCH_INSTITUTE, **profile,
            ),
            None,
        )
        return unit

    def _committee(self, school):
        committee = SelectionCommittee.objects.create(school=school, announced_on=datetime.date(2026, 3, 2))
        for i, member_type in enumerate(MemberType):
            person = Person.objects.create(name=f"{school.name[:2]}委员{i}", employer=school, title_level=TitleLevel.SENIOR)
            CommitteeMember.objects.create(committee=committee, person=person, member_type=member_type, is_chair=i == 0)
        return committee

    @staticmethod
    def course(code, name, category):
        return Course.objects.create(code=code, name=name, category=category)

    def approved(self, title, course, *, category=TextbookCategory.PROFESSIONAL, planning=PlanningLevel.NATIONAL, province=""):
        """An approved version, entered into its catalogues by ``approve_version``."""
        textbook = textbook_services.save_textbook(
            Textbook(title=title, category=category, planning_level=planning, province=province, compiling_unit=self.unit),
            None, courses=[course], majors=[self.major], levels=[self.level],
        )
        chief = Person.objects.create(
            name=f"主编{next(self._chiefs)}", employer=self.unit, title_level=TitleLevel.SENIOR, party_org_approved=True
        )
        version = textbook_services.save_version(
            TextbookVersion(
                textbook=textbook, isbn=make_isbn(), publisher=self.publisher,
                published_on=datetime.date(2025, 7, 1), price="36.00", chief_editor=chief,
            ),
            None,
        )
        return textbook_services.approve_version(version, None, "人社部审核通过〔2025〕8号")

    def round(self, school=None, school_year=2026, semester=1):
        return services.create_round(school or self.school, school_year, semester, self.major, self.level, self.user)


@pytest.fixture
def sworld(db):
    return SelectionWorld()


@pytest.fixture
def textbooks(sworld):
    """One approved textbook of each kind the S-rules distinguish."""
    w = sworld
    return {
        "unified_chinese": w.approved("语文（统编）", w.chinese, category=TextbookCategory.UNIFIED),
        "maths_national": w.approved("数学（第七版）", w.maths, category=TextbookCategory.PUBLIC_BASIC),
        "maths_library": w.approved("数学基础", w.maths, category=TextbookCategory.PUBLIC_BASIC, planning=PlanningLevel.NON_PLANNED),
        "turning_national": w.approved("数控车削加工技术", w.turning),
        "turning_provincial": w.approved(
            "广东省技工教育规划教材 数控车削实训", w.turning, planning=PlanningLevel.PROVINCIAL, province="广东省"
        ),
        "turning_library": w.approved("数控车削加工案例", w.turning, planning=PlanningLevel.NON_PLANNED),
        "milling_provincial": w.approved(
            "广东省技工教育规划教材 数控铣削", w.milling, planning=PlanningLevel.PROVINCIAL, province="广东省"
        ),
        "turning_job": w.approved("数控车工岗位培训", w.turning, category=TextbookCategory.JOB_TRAINING),
        "integrated_book": w.approved("数控车床零件加工（一体化）", w.integrated, category=TextbookCategory.INTEGRATED),
        "integrated_plain": w.approved("数控车床零件加工教程", w.integrated),
        "training_book": w.approved("数控车工（初级）", w.training, category=TextbookCategory.VOCATIONAL_TRAINING),
    }


@pytest.fixture(autouse=True)
def private_store(settings, tmp_path):
    """Each test's own private file store: exports are stored there as jobs' results (issue 18)."""
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.SENDFILE_ROOT = str(settings.PRIVATE_MEDIA_ROOT)
    return settings.PRIVATE_MEDIA_ROOT


@pytest.fixture
def committee_client(client, sworld):
    """Both schools' committee logins and the HRSS login hold their roles; the client acts for the
    first school's committee."""
    for user in (sworld.user, sworld.other_user):
        user.groups.add(roles.role_group(roles.SELECTION_COMMITTEE))
    sworld.hrss.groups.add(roles.role_group(roles.HRSS_ADMIN))
    client.force_login(sworld.user)
    return client


def queries_for(client, url):
    """The queries one GET of ``url`` costs (list pages must not grow with their rows), measured
    after a first GET has filled the per-process caches (content types, site, locale)."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def exported(client, url):
    """A filing form generated as a job (issue 18), as its starter sees it: the form posted, the
    job's page at 100 % with the file's link, and the file that link answers."""
    import html
    import re

    from django.test import TestCase

    with TestCase.captureOnCommitCallbacks(execute=True):  # the job's task runs in place (no broker)
        response = client.post(url)
    assert response.status_code == 302 and response.url.startswith("/admin/jobs/")
    page = client.get(response.url).content.decode()
    assert "已完成" in page and 'value="100"' in page, page
    link = re.search(r'class="job-result[^"]*" href="([^"]+)"', page)
    assert link, page
    return client.get(html.unescape(link.group(1)))
