"""A review world on top of the demo foundation: a textbook with planted identities (the same ones
the anonymiser tests plant: tests/review/hostile_files.py) and a course standard, both submitted
through review.services, and a small controlled expert pool containing the demo reviewer."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile

from cms import roles
from curriculum.models import Course, CourseCategory, Major, TrainingLevel
from directory.models import Organisation, OrganisationKind, Person, TitleLevel
from directory.services import grant_publisher_gatekeeper
from review import services
from review.models import Expert, ExpertCategory
from tests.review import hostile_files as hf

MEMBER = "欧阳静怡"
MEMBER_EMAIL = "ouyang.jy@wudang-q7.edu.cn"
MEMBER_PHONE = "13587654321"
SELF_CHECK_ON = datetime.date(2025, 9, 10)
SELF_CHECK_NOTE = "经专题自查，书稿政治方向正确，未发现政治性、导向性问题。"


def mask_everything(copy):
    """The organiser's decisions when they mask every finding that can be masked and note why the
    others (images, embedded objects) need nothing more."""
    return {
        i: ("mask", "") if f.get("redactable") else ("dismiss", "已人工核对，无身份信息")
        for i, f in enumerate(copy.findings) if not f["cleaned"]
    }


def clear_and_confirm(copy, organiser, extra=()):
    """R3: resolve every finding, look at the preview, confirm."""
    services.resolve_findings(copy, organiser, mask_everything(copy), extra)
    copy.refresh_from_db()  # the cleaned file replaced the one this object names (deleted on commit)
    assert services.copy_preview(copy) is not None
    services.confirm_copy(copy, organiser)


def planted_strings():
    """Everything that identifies the planted textbook's makers: none of it may reach a reviewer."""
    return [*hf.all_markers(), MEMBER, MEMBER_EMAIL, MEMBER_PHONE, hf.ORIGINAL_FILE_NAME, "exif_attachment_原图"]


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    # Private files inside it, so that "no file left on disk" checks see both stores.
    settings.PRIVATE_MEDIA_ROOT = settings.MEDIA_ROOT / "private"
    settings.SENDFILE_ROOT = str(settings.PRIVATE_MEDIA_ROOT)
    return settings.MEDIA_ROOT


def _isbn(n):
    from textbooks import rules

    first = f"97875167{n:04d}"
    return first + rules.isbn13_check_digit(first)


class ReviewWorld:
    def __init__(self):
        from textbooks import services as textbook_services
        from textbooks.models import CompilingUnitProfile, NationalLeadBasis, PublisherProfile

        self.unit = Organisation.objects.create(
            name=hf.UNIT, kind=OrganisationKind.SCHOOL, province="重庆市",
            contact_email="office@wudang-q7.edu.cn", contact_phone=hf.LANDLINE,
        )
        textbook_services.verify_unit_qualification(
            CompilingUnitProfile.objects.create(
                organisation=self.unit, has_compiling_team=True, has_service_team=True, has_funding=True,
                national_lead_basis=NationalLeadBasis.HIGH_QUALITY_SCHOOL,
            ),
            None,
        )
        self.publisher = Organisation.objects.create(name=hf.PUBLISHER, kind=OrganisationKind.PUBLISHER, province="北京市")
        textbook_services.verify_publisher_qualification(
            PublisherProfile.objects.create(
                organisation=self.publisher, has_qualified_editors=True, has_service_capacity=True, has_adequate_capital=True
            ),
            None,
        )
        self.chief = Person.objects.create(
            name=hf.NAME, employer=self.unit, title="正高级讲师", title_level=TitleLevel.SENIOR,
            party_org_approved=True, email=hf.EMAIL, phone=hf.PHONE,
        )
        self.member = Person.objects.create(
            name=MEMBER, employer=self.unit, title="高级讲师", title_level=TitleLevel.ASSOCIATE_SENIOR,
            party_org_approved=True, email=MEMBER_EMAIL, phone=MEMBER_PHONE,
        )
        User = get_user_model()
        self.author_user = User.objects.create_user("leak_author", email=hf.EMAIL)
        self.author_user.groups.add(roles.role_group(roles.AUTHOR))
        # The publisher's political gatekeeping body, which self-checks before submission (Art. 18).
        self.gatekeeper = User.objects.create_user("publisher_gatekeeper")
        self.gatekeeper.groups.add(roles.role_group(roles.PUBLISHER_GATEKEEPER))
        grant_publisher_gatekeeper(self.gatekeeper, self.publisher)
        self.chief.user = self.author_user
        self.chief.save(update_fields=["user"])
        self.major = Major.objects.order_by("code").first()
        self.course = Course.objects.create(code="ZYLEAK01", name="数控车床零件加工", category=CourseCategory.PROFESSIONAL)
        self.organiser = User.objects.get(username="organiser")
        self.reviewer = User.objects.get(username="reviewer")
        self.reviewer_expert = Expert.objects.get(person__user=self.reviewer)
        self._isbn = 0

    def textbook_version(self, title="数控车床编程与操作", *, planning_level="national", province="", category="professional",
                         practical=False, course=None, publisher=None):
        from textbooks import services as textbook_services
        from textbooks.models import Textbook, TextbookVersion, VersionAttachment

        textbook = textbook_services.save_textbook(
            Textbook(title=title, category=category, planning_level=planning_level, province=province,
                     compiling_unit=self.unit, is_practical_skills=practical,
                     carries_planned_mark=planning_level == "national" and category != "unified"),
            None,
            courses=[course or self.course], majors=[self.major], levels=list(TrainingLevel.objects.order_by("rank")[:1]),
        )
        self._isbn += 1
        version = TextbookVersion(
            textbook=textbook, edition=1, isbn=_isbn(self._isbn), publisher=publisher or self.publisher,
            published_on=datetime.date(2025, 8, 1), price="42.00", chief_editor=self.chief,
            description=f"本书由{hf.NAME}主编，{MEMBER}参编。",
        )
        version.manuscript = ContentFile(hf.build_planted_docx().data, name=hf.ORIGINAL_FILE_NAME)
        version = textbook_services.save_version(version, None)
        from textbooks.models import AuthorCategory, VersionAuthor

        VersionAuthor.objects.create(version=version, person=self.member, category=AuthorCategory.TEACHER)
        VersionAttachment.objects.create(
            version=version, title="实训图片",
            file=ContentFile(hf.make_jpeg_with_metadata(), name=f"{hf.NAME}_exif_attachment_原图.jpg"),
        )
        return version

    def gates(self, item, filing=False):
        """The unit's gates (Art. 13, R9) and, where there is a publisher, its gatekeeper's self-check
        (Art. 18). The test team (chief editor and one teacher) lacks an enterprise member: the
        organiser relaxed Art. 15 for it."""
        from textbooks import services as textbook_services
        from textbooks.models import TextbookVersion

        if isinstance(item, TextbookVersion) and textbook_services.team_structure_problems(item):
            textbook_services.relax_team_requirement(
                item, None, kind="structure", reason="企业专家参与了审读，编写团队暂无企业人员。"
            )
        services.record_checks(
            item, None,
            authors_announced_on=datetime.date(2025, 9, 1),
            **({"major_topic_reference": "重大选题备案〔2025〕18号", "major_topic_filed_on": datetime.date(2025, 9, 5)} if filing else {}),
        )
        if item.review_people().publisher is not None:
            self.self_check(item)

    def self_check(self, item):
        return services.record_self_check(item, self.gatekeeper, SELF_CHECK_ON, SELF_CHECK_NOTE)

    def small_pool(self, extra=()):
        """Leave three experts in the pool: the demo reviewer and two of other categories."""
        keep = [self.reviewer_expert]
        for category in (ExpertCategory.SUBJECT, ExpertCategory.INDUSTRY):
            keep.append(
                Expert.objects.filter(
                    category=category, person__title_level__in=[TitleLevel.SENIOR, TitleLevel.ASSOCIATE_SENIOR]
                ).exclude(person__employer=self.unit).order_by("pk").first()
            )
        keep += list(extra)
        Expert.objects.exclude(pk__in=[e.pk for e in keep]).update(active=False)
        # The demo reviewer must be drawable whatever title the demo gave them.
        Person.objects.filter(pk=self.reviewer_expert.person_id).update(title_level=TitleLevel.SENIOR)
        return keep

    def into_review(self, item, filing=False):
        """Submitted, copies cleared, panel drawn, released: the reviewer has work."""
        self.gates(item, filing=filing)
        submission = services.submit(item, self.author_user)
        for copy in submission.current_round.copies.all():
            if copy.cleared_at is None:
                clear_and_confirm(copy, self.organiser, [hf.NAME_LATIN])
        services.confirm_intake(submission, self.organiser, submission.proposed_flags)
        services.draw_panel(submission, self.organiser)
        services.release(submission, self.organiser)
        submission.refresh_from_db()
        return submission


def second_course():
    """Another course for a second planted textbook: R8 keeps a chief editor to one edition per course."""
    return Course.objects.create(code="ZYLEAK02", name="数控铣床零件加工", category=CourseCategory.PROFESSIONAL)


@pytest.fixture
def review_world(demo_world):
    return ReviewWorld()


def opinion_data(**overrides):
    data = {
        "ideology_score": 90, "ideology_comment": "政治方向正确，价值导向鲜明。",
        "science_score": 85, "science_comment": "技术内容准确，个别参数需核对。",
        "adaptability_score": 88, "adaptability_comment": "符合工学一体化教学要求。",
        "political_error": "none", "texts_to_replace": "", "authors_to_replace": "",
        "recommendation": "pass",
    }
    data.update(overrides)
    return data


def all_review(submission, **overrides):
    """Every panel member declares and submits an opinion."""
    from review.models import AssignmentStatus

    pending = submission.current_round.assignments.exclude(status__in=[AssignmentStatus.CONFLICT, AssignmentStatus.SUBMITTED])
    for assignment in pending:
        user = assignment.expert.person.user
        if assignment.status == AssignmentStatus.AWAITING_DECLARATION:
            services.declare(assignment, user, True)
        services.submit_opinion(assignment, user, **opinion_data(**overrides))

