"""Permission matrix (SPEC §1, §8; R3): every route of the URLconf and of the public routable
pages × anonymous and the nine demo roles, on the full ``seed_demo`` data.

Each route is filled with real objects: for object routes, one the identity owns (its unit's
textbook, its school's selection, its own assignment) and others it does not (another unit's,
another school's, another reviewer's, an unassigned manuscript). Expectations come from the
rule table in ``tests/permission_matrix.py``; a route without a rule, or whose path cannot be
filled, fails here with a message saying what to add. A refusal (302 to login, Wagtail's "no
permission" redirect, 403, 404) must never carry the protected object's distinctive text.
"""

import contextlib
import datetime
import io
from dataclasses import dataclass, field

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import reverse

from tests import permission_matrix as pm

OWN_UNIT = "重庆市工业技师学院"
OTHER_UNIT = "江苏省常州技师学院"
OWN_SCHOOL = "广州市工贸技师学院"
OWN_PUBLISHER = "中国劳动社会保障出版社"

ROUTES = pm.routes()
CELLS = {"checked": 0, "routes": 0, "probes": 0, "listings": 0, "forged": 0}


# ------------------------------------------------------------------------------- the seeded world


@dataclass
class Sample:
    """An object that fills a route's path; ``owners``: identities for whom it is their own."""

    label: str
    obj: object
    owners: frozenset
    marker: str  # distinctive text of the object: never in a refusal
    extra: dict = field(default_factory=dict)  # path values that do not follow from ``obj``
    needs: tuple = ()  # only for routes with these parameters
    search: str | None = None  # what a listing's ?q= finds it by (None: the listing is not searched)
    shows: str | None = None  # how a listing shows it, where that is not the marker

    @property
    def listed_as(self):
        return self.shows or self.marker


class World:
    """``seed_demo`` plus the few objects it has no example of (built through the services)."""

    def __init__(self):
        User = get_user_model()
        self.users = {name: User.objects.get(username=name) for name in pm.ROLES}
        self.superuser = User.objects.get(username="admin")
        self.samples = {}
        self._textbooks()
        self._directory_and_reference()
        self._curriculum()
        self._selection()
        self._review()
        self._wagtail()
        self._jobs()

    def add(self, key, *samples):
        self.samples[key] = list(samples)

    def _textbooks(self):
        from textbooks import services
        from textbooks.models import (
            Batch,
            Catalogue,
            CompilingUnitProfile,
            PublisherPenalty,
            PublisherProfile,
            Textbook,
            TextbookVersion,
            VersionStatus,
        )

        author = self.users[pm.AUTHOR]
        own = Textbook.objects.filter(versions__chief_editor__user=author).distinct().get()
        own_titles = set(Textbook.objects.filter(compiling_unit__name=OWN_UNIT).values_list("title", flat=True))
        other = (
            Textbook.objects.filter(compiling_unit__name=OTHER_UNIT, versions__status=VersionStatus.APPROVED)
            .exclude(title__in=own_titles)
            .order_by("pk")
            .first()
        )
        self.own_textbook = own
        unit_side = frozenset({pm.AUTHOR, pm.UNIT_ADMIN})
        self.add(
            "textbook",
            Sample("own-unit", own, unit_side, own.title, search=own.title[1:-1]),
            Sample("other-unit", other, pm.NOBODY, other.title, search=other.title[1:-1]),
        )

        def approved(textbook):
            return textbook.versions.filter(status=VersionStatus.APPROVED, frozen_at__isnull=False).order_by("-edition").first()

        own_version, other_version = approved(own), approved(other)
        self.add(
            "textbookversion",
            Sample("own-unit", own_version, unit_side, own_version.isbn, search=own_version.isbn[1:-1]),
            Sample("other-unit", other_version, pm.NOBODY, other_version.isbn, search=other_version.isbn[1:-1]),
        )
        def with_manuscript(unit_name):
            return TextbookVersion.objects.exclude(manuscript="").filter(textbook__compiling_unit__name=unit_name).order_by("pk").first()

        own_file, other_file = with_manuscript(OWN_UNIT), with_manuscript(OTHER_UNIT)
        self.add(
            "manuscript",
            Sample("own-unit", own_file, unit_side, own_file.isbn or str(own_file.pk)),
            Sample("other-unit", other_file, pm.NOBODY, other_file.isbn or str(other_file.pk)),
        )
        own_change = services.request_change(
            own_version, author, reason="第三章数控系统操作界面随新版系统更新，申请修订内容简介。",
            new_description="新增华中数控 HNC-848Di 系统操作界面说明。",
        )
        other_change = services.request_change(
            other_version, None, reason="常州方面申请：教材配套实训设备型号调整，修订内容简介。",
            new_description="实训设备改为新型号。",
        )
        self.add(
            "changerequest",
            Sample("own-unit", own_change, unit_side, own_change.reason, shows=str(own_version)),
            Sample("other-unit", other_change, pm.NOBODY, other_change.reason, shows=str(other_version)),
        )
        own_profile = CompilingUnitProfile.objects.get(organisation__name=OWN_UNIT)
        other_profile = CompilingUnitProfile.objects.get(organisation__name=OTHER_UNIT)
        self.add(
            "compilingunitprofile",
            Sample("own-unit", own_profile, frozenset({pm.UNIT_ADMIN}), OWN_UNIT, search=OWN_UNIT[1:-1]),
            Sample("other-unit", other_profile, pm.NOBODY, OTHER_UNIT, search=OTHER_UNIT[1:-1]),
        )
        publisher = PublisherProfile.objects.order_by("pk").first()
        self.add("publisherprofile", Sample("any", publisher, pm.NOBODY, publisher.licence_number or publisher.organisation.name))
        penalty = PublisherPenalty.objects.create(
            publisher=PublisherProfile.objects.order_by("-pk").first(),
            penalised_on=datetime.date(2019, 6, 3), authority="北京市新闻出版局",
            description="教辅材料擅自使用“规划教材”字样，责令改正。",
        )
        self.add("publisherpenalty", Sample("any", penalty, pm.NOBODY, penalty.description))
        catalogue = Catalogue.objects.order_by("pk").first()
        self.add("catalogue", Sample("any", catalogue, pm.NOBODY, catalogue.name))
        batch = Batch.objects.order_by("pk").first()
        self.add("batch", Sample("any", batch, pm.NOBODY, batch.document_number or batch.name))

        # The public catalogue and API show approved versions only (Art. 23, S6).
        draft_version = TextbookVersion.objects.filter(status=VersionStatus.DRAFT).order_by("pk").first()
        self.add(
            "public_version",
            Sample("approved", other_version, pm.EVERYONE, other_version.isbn),
            Sample("draft", draft_version, pm.NOBODY, draft_version.isbn),
        )
        unapproved = Textbook.objects.exclude(versions__status=VersionStatus.APPROVED).order_by("pk").first()
        self.add(
            "public_textbook",
            Sample("approved", other, pm.EVERYONE, other.title),
            Sample("never-approved", unapproved, pm.NOBODY, unapproved.title),
        )

    def _directory_and_reference(self):
        from curriculum.models import Course, Major
        from directory.models import Organisation
        from review.models import Expert

        self.add(
            "organisation",
            Sample("own-unit", Organisation.objects.get(name=OWN_UNIT), frozenset({pm.UNIT_ADMIN}), OWN_UNIT,
                   search=OWN_UNIT[1:-1]),
            Sample("own-publisher", Organisation.objects.get(name=OWN_PUBLISHER), frozenset({pm.GATEKEEPER}),
                   OWN_PUBLISHER, search=OWN_PUBLISHER[1:-1]),
            Sample("other-unit", Organisation.objects.get(name=OTHER_UNIT), pm.NOBODY, OTHER_UNIT, search=OTHER_UNIT[1:-1]),
        )
        expert = Expert.objects.select_related("person").exclude(person__user__isnull=False).order_by("pk").first()
        self.add("expert", Sample("any", expert, pm.NOBODY, expert.person.email))
        self.add("person", Sample("any", expert.person, pm.NOBODY, expert.person.phone))
        major = Major.objects.order_by("code").first()
        self.add("major", Sample("any", major, pm.NOBODY, major.code))
        course = Course.objects.order_by("code").first()
        self.add("course", Sample("any", course, pm.NOBODY, course.code))
        from search.models import SearchSynonym

        synonym = SearchSynonym.objects.create(rule="钳工实训, 钳工实习", note="矩阵样本")
        self.add("searchsynonym", Sample("any", synonym, pm.NOBODY, synonym.rule))

    def _curriculum(self):
        from curriculum.models import CourseStandard, ResourceItem

        author_only = frozenset({pm.AUTHOR})
        own = CourseStandard.objects.filter(compiling_unit__name=OWN_UNIT).order_by("pk").first()
        other = CourseStandard.objects.filter(compiling_unit__name=OTHER_UNIT).order_by("pk").first()
        self.add("coursestandard", Sample("own-unit", own, author_only, own.title), Sample("other-unit", other, pm.NOBODY, other.title))
        own_item = ResourceItem.objects.filter(compiling_unit__name=OWN_UNIT).order_by("pk").first()
        other_item = ResourceItem.objects.filter(compiling_unit__name=OTHER_UNIT).order_by("pk").first()
        self.add(
            "resourceitem",
            # Its unit's authors, and the organiser that reviews it (the unit's province, Art. 22).
            Sample("own-unit", own_item, author_only | {pm.ORGANISER_CQ}, own_item.title, search=own_item.title[1:-1]),
            Sample("other-unit", other_item, pm.NOBODY, other_item.title, search=other_item.title[1:-1]),
        )

    def _selection(self):
        from selection.models import (
            IntegratedPilot,
            NegativeListEntry,
            ProvincialFiling,
            QualityCheck,
            RoundStatus,
            SelectionCommittee,
            SelectionRound,
            StopUseOrder,
            UsageReport,
            WorkingDayOverride,
        )

        WorkingDayOverride.objects.create(date=datetime.date(2099, 1, 26), is_working_day=False, note="2099年春节放假安排")
        committee = frozenset({pm.COMMITTEE})
        own, other = (SelectionCommittee.objects.get(school__name=name) for name in (OWN_SCHOOL, OTHER_UNIT))
        self.add(
            "selectioncommittee",
            Sample("own-school", own, committee, OWN_SCHOOL, search=OWN_SCHOOL[1:-1]),
            Sample("other-school", other, pm.NOBODY, OTHER_UNIT, search=OTHER_UNIT[1:-1]),
        )
        own_round = SelectionRound.objects.filter(school__name=OWN_SCHOOL, status=RoundStatus.NOTICE).get()
        other_round = SelectionRound.objects.filter(school__name=OTHER_UNIT).get()
        self.add(
            "selectionround",
            Sample("own-school", own_round, committee, str(own_round), search=OWN_SCHOOL[1:-1]),
            Sample("other-school", other_round, pm.NOBODY, str(other_round), search=OTHER_UNIT[1:-1]),
        )
        draft_round = SelectionRound.objects.filter(status=RoundStatus.DRAFT).exclude(school__name=OWN_SCHOOL).first()
        self.add(
            "notice_round",
            Sample("on-notice", own_round, pm.EVERYONE, str(own_round)),
            Sample("draft", draft_round, pm.NOBODY, str(draft_round)),
        )
        from selection import services

        own_report = UsageReport.objects.get(school__name=OWN_SCHOOL)
        other_report = services.file_usage_report(
            other_round.school, 2025, 2, None, respondents=860, satisfaction="88.50",
            findings="常州方面：本学期使用教材 12 种，汽车类实训教材配套视频不足，建议补充。",
        )
        self.add(
            "usagereport",
            Sample("own-school", own_report, committee, own_report.findings, search=OWN_SCHOOL[1:-1], shows=str(own_report)),
            Sample("other-school", other_report, pm.NOBODY, other_report.findings, search=OTHER_UNIT[1:-1],
                   shows=str(other_report)),
        )
        for key, model in (
            ("provincialfiling", ProvincialFiling),
            ("stopuseorder", StopUseOrder),
            ("negativelistentry", NegativeListEntry),
            ("qualitycheck", QualityCheck),
            ("integratedpilot", IntegratedPilot),
            ("workingdayoverride", WorkingDayOverride),
        ):
            obj = model.objects.order_by("pk").first()
            self.add(key, Sample("any", obj, pm.NOBODY, str(obj)))

    def _review(self):
        from review import services
        from review.models import Assignment, AssignmentStatus, Stage, Submission
        from textbooks.models import TextbookVersion, VersionStatus

        from curriculum import services as curriculum_services
        from curriculum.models import CourseStandard, StandardPlanningLevel

        author = self.users[pm.AUTHOR]
        # The demo author sends their unit's course standard (凡编必审): the submitter follows it
        # (review.add_submission). A standard has no publisher, so the unit's gates are all it needs.
        # Planned at provincial level, so Chongqing's HRSS organises its review (Art. 18).
        standard = CourseStandard.objects.filter(compiling_unit__name=OWN_UNIT).order_by("pk").first()
        standard.planning_level = StandardPlanningLevel.PROVINCIAL
        standard.save(update_fields=["planning_level"])
        item = curriculum_services.submit_for_review(standard, author)
        services.record_checks(item, author, authors_announced_on=datetime.date(2025, 9, 1))
        own = services.submit(item, author)
        assert self._organisers_of(own) == {pm.ORGANISER_CQ}, own.organiser
        national = Submission.objects.filter(stage=Stage.IN_REVIEW, organiser__name="人力资源社会保障部").exclude(pk=own.pk).order_by("pk").first()
        self.add(
            "submission",
            Sample("national", national, frozenset({pm.ORGANISER}), national.code),
            Sample("own-unit", own, frozenset({pm.AUTHOR}) | self._organisers_of(own), own.code),
        )
        own_copy = own.current_round.copies.order_by("index").first()
        self.add("preview_submission", Sample("own-unit", own, self._organisers_of(own), own.code, {"copy_pk": own_copy.pk}))
        from review.models import PanelDraw

        record = PanelDraw.objects.order_by("pk").first()
        self.add("panel_draw", Sample("any", record, frozenset({pm.HRSS}), record.candidates_sha256))
        decided = Submission.objects.filter(decided_at__isnull=False).order_by("pk").first()
        self.add("decided_submission", Sample("decided", decided, self._organisers_of(decided), decided.code))

        reviewer = self.users[pm.REVIEWER]
        mine = Assignment.objects.filter(expert__person__user=reviewer, status=AssignmentStatus.DECLARED).select_related("round__submission").get()
        another = mine.round.assignments.exclude(pk=mine.pk).order_by("position").first()
        political = self._political_submission(reviewer)
        unassigned = political.current_round.assignments.order_by("position").first()
        foreign_copy = unassigned.round.copies.order_by("index").first()
        mine_copy = mine.round.copies.order_by("index").first()
        self.add(
            "assignment",
            Sample("own", mine, frozenset({pm.REVIEWER}), mine.round.submission.code, {"copy_pk": mine_copy.pk}),
            # Another expert's name never reaches the reviewer (R3), nor their assignment.
            Sample("another-reviewers", another, pm.NOBODY, another.expert.person.name, {"copy_pk": mine_copy.pk}),
            Sample("unassigned", unassigned, pm.NOBODY, political.code, {"copy_pk": foreign_copy.pk}),
            Sample("own-with-foreign-copy", mine, pm.NOBODY, foreign_copy.neutral_name, {"copy_pk": foreign_copy.pk},
                   needs=("copy_pk",)),
        )
        other_queue = Submission.objects.exclude(pk=political.pk).filter(stage=Stage.IN_REVIEW).order_by("pk").first()
        political_copy = political.current_round.copies.order_by("index").first()
        self.add(
            "political_submission",
            Sample("own-province", political, frozenset({pm.POLITICAL}), political.safe_title, {"copy_pk": political_copy.pk}),
            Sample("not-in-queue", other_queue, pm.NOBODY, other_queue.code,
                   {"copy_pk": other_queue.current_round.copies.order_by("index").first().pk}),
        )
        submittable = self._new_draft(self.own_textbook)
        other_draft = TextbookVersion.objects.filter(
            textbook__compiling_unit__name=OTHER_UNIT, status=VersionStatus.DRAFT
        ).order_by("pk").first()
        self.add(
            "submittable",
            Sample("own-unit", submittable, frozenset({pm.AUTHOR, pm.UNIT_ADMIN}), submittable.isbn),
            Sample("other-unit", other_draft, pm.NOBODY, other_draft.isbn),
        )
        self.submittable = submittable
        # Drafts not yet sent, by publisher: the gatekeeping body self-checks its own (Art. 18).
        sent = Submission.objects.filter(content_type=ContentType.objects.get_for_model(TextbookVersion))
        drafts = TextbookVersion.objects.filter(status=VersionStatus.DRAFT).exclude(pk__in=sent.values("object_id"))
        own_draft = drafts.filter(publisher__name=OWN_PUBLISHER).order_by("pk").first()
        other_draft = drafts.exclude(publisher__name=OWN_PUBLISHER).order_by("pk").first()
        self.add(
            "gatekept_version",
            Sample("own-publisher", own_draft, frozenset({pm.GATEKEEPER}), own_draft.isbn),
            Sample("other-publisher", other_draft, pm.NOBODY, other_draft.isbn),
        )

    def _new_draft(self, textbook):
        """The next edition of the demo author's textbook, drafted by the author (not yet sent)."""
        from textbooks import rules, services
        from textbooks.models import TextbookVersion

        latest = textbook.versions.order_by("-edition").first()
        first = f"97875045{latest.edition + 1:02d}{textbook.pk:03d}"[:12]
        draft = TextbookVersion(
            textbook=textbook, edition=latest.edition + 1, isbn=first + rules.isbn13_check_digit(first),
            publisher=latest.publisher, published_on=datetime.date(2026, 8, 1), price="45.00",
            chief_editor=latest.chief_editor, form=latest.form, description="第四版：对接新版数控系统。",
        )
        return services.save_version(draft, self.users[pm.AUTHOR])

    def _organisers_of(self, submission):
        by_unit = {"人力资源社会保障部": pm.ORGANISER, "重庆市人力资源和社会保障局": pm.ORGANISER_CQ}
        return frozenset({by_unit[submission.organiser.name]}) if submission.organiser.name in by_unit else pm.NOBODY

    def _political_submission(self, reviewer):
        """An ideologically strong textbook of a Chongqing unit in political review (Art. 18),
        drawn while the demo reviewer was out of the pool: a manuscript not assigned to them."""
        from review import services
        from review.models import Expert
        from tests.review.conftest import ReviewWorld, all_review
        from textbooks import services as textbook_services
        from textbooks.models import CompilingUnitProfile

        world = ReviewWorld()
        CompilingUnitProfile.objects.filter(organisation=world.unit).update(unified_route_authorised=True)
        textbook_services.verify_unit_qualification(CompilingUnitProfile.objects.get(organisation=world.unit), None)
        world.unit.refresh_from_db()
        version = world.textbook_version("思想政治（统编）", category="unified")
        Expert.objects.filter(person__user=reviewer).update(active=False)
        submission = world.into_review(version, filing=True)
        Expert.objects.filter(person__user=reviewer).update(active=True)
        all_review(submission)
        services.close_round(submission, world.organiser)
        services.decide(submission, world.organiser, "pass")
        submission.refresh_from_db()
        return submission

    def _jobs(self):
        from cms.models import BackgroundJob

        job = BackgroundJob.objects.create(
            kind="search_reindex", started_by=self.superuser, state=BackgroundJob.State.DONE, message="权限矩阵：已写入 42 条公开文档"
        )
        own_round = next(s.obj for s in self.samples["selectionround"] if s.label == "own-school")
        export = BackgroundJob.objects.create(
            kind="filing_export", started_by=self.users[pm.COMMITTEE], state=BackgroundJob.State.DONE,
            params={"subject": "round", "pk": own_round.pk, "format": "docx"}, message="权限矩阵：已生成备案表",
        )
        own_manuscript = next(s.obj for s in self.samples["manuscript"] if s.label == "own-unit")
        submitting = BackgroundJob.objects.create(
            kind="review_submit", started_by=self.users[pm.AUTHOR], state=BackgroundJob.State.RUNNING,
            params={"ct": ContentType.objects.get_for_model(own_manuscript).pk, "pk": own_manuscript.pk},
            message="权限矩阵：正在匿名化处理",
        )
        self.add(
            "background_job",
            Sample("admin's reindex", job, pm.NOBODY, job.message),
            Sample("committee's export", export, frozenset({pm.COMMITTEE}), export.message),
            Sample("author's submission", submitting, frozenset({pm.AUTHOR}), submitting.message),
        )

    def _wagtail(self):
        from curriculum.models import CurriculumIndexPage, Major, MajorPage, StandardPage
        from cms.models import CataloguePage
        from cms.models import SelectionNoticePage
        from wagtail.admin.models import EditingSession
        from wagtail.contrib.redirects.models import Redirect
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction, Workflow
        from wagtail.models import UploadedFile

        admin = self.superuser
        index = CurriculumIndexPage.objects.get()
        spare = list(Major.objects.filter(page__isnull=True).order_by("code")[:3])
        # An admin page in moderation (Wagtail's default workflow): revisions, states, locks.
        self.page = index.add_child(instance=MajorPage(title="权限矩阵：审核中的专业页", slug="matrix-moderated", major=spare[0]))
        self.page_revision = self.page.save_revision(user=admin)
        self.workflow = Workflow.objects.get()
        self.workflow_state = self.workflow.start(self.page, admin)
        self.task_state = self.workflow_state.current_task_state
        self.task = self.task_state.task
        self.curriculum_index = index
        self.unpublished = index.add_child(
            instance=MajorPage(title="权限矩阵：未发布的专业页", slug="matrix-unpublished", major=spare[1], live=False)
        )
        self.private = index.add_child(instance=MajorPage(title="权限矩阵：加密的专业页", slug="matrix-private", major=spare[2]))
        self.page_restriction = PageViewRestriction.objects.create(
            page=self.private, restriction_type=PageViewRestriction.PASSWORD, password="jigong-matrix"
        )
        self.home = Page.objects.get(depth=2)
        self.alias = index.create_alias(parent=self.home, update_slug="matrix-alias")
        self.add(
            "public_page",
            Sample("home", self.home, pm.EVERYONE, self.home.title),
            Sample("standard", StandardPage.objects.order_by("pk").first(), pm.EVERYONE, "课程标准"),
            Sample("unpublished", self.unpublished, pm.NOBODY, self.unpublished.title),
        )
        self.standard_page = StandardPage.objects.order_by("pk").first()
        self.catalogue_page = CataloguePage.objects.get()
        self.notice_page = SelectionNoticePage.objects.get()

        self.collection = Collection.get_first_root_node().add_child(name="权限矩阵：内部资料")
        self.collection_restriction = CollectionViewRestriction.objects.create(
            collection=self.collection, restriction_type=CollectionViewRestriction.PASSWORD, password="jigong-matrix"
        )
        Document = get_document_model()
        self.document = Document.objects.create(
            title="数控加工专业教学资源包说明", file=ContentFile(b"%PDF-1.4 matrix", name="resource-pack.pdf"), uploaded_by_user=admin
        )
        self.image = get_image_model().objects.order_by("pk").first()
        self.uploaded_document = UploadedFile.objects.create(
            file=ContentFile(b"%PDF-1.4 upload", name="upload.pdf"), uploaded_by_user=admin,
            for_content_type=ContentType.objects.get_for_model(Document),
        )
        self.uploaded_image = UploadedFile.objects.create(
            file=ContentFile(b"GIF89a", name="upload.gif"), uploaded_by_user=admin,
            for_content_type=ContentType.objects.get_for_model(get_image_model()),
        )
        self.redirect = Redirect.objects.create(old_path="/jiaocai-mulu-2021", redirect_link="/textbooks/")
        self.editing_session = EditingSession.objects.create(
            user=admin, content_type=ContentType.objects.get_for_model(Page), object_id=str(self.page.pk),
            last_seen_at=datetime.datetime.now(datetime.timezone.utc),
        )
        from django.contrib.auth.models import Group

        self.group = Group.objects.get(name="审核专家")
        from wagtail.models import Site

        self.site = Site.objects.get()


# ------------------------------------------------------------------------------- filling routes


class CannotFill(Exception):
    pass


# Routes whose view names no model: which samples fill their pk.
SAMPLES_BY_KEY = {
    "wagtailadmin_workflows:usage*": "workflow",
    "wagtailadmin_workflows:*task*": "task",
    "wagtailsettings:*": "site",
    "wagtaildocs_chooser:*": "document",
    "wagtailimages_chooser:*": "image",
    "wagtailadmin_api:pages:*": "page",
    "wagtailadmin_api:documents:*": "document",
    "wagtailadmin_api:images:*": "image",
    "wagtailadmin_pages:*": "page",
    "wagtailadmin_workflows:enable": "workflow",
    "wagtailadmin_workflows:enable_task": "task",
    "review_admin:submit_item": "submittable",
    "review_admin:self_check_record": "gatekept_version",
    "review_admin:letter": "decided_submission",
    "review_admin:preview": "preview_submission",
    "review_admin:draw": "panel_draw",
    "review_admin:*": "submission",
    "review_workspace:political_*": "political_submission",
    "review_workspace:*": "assignment",
    "catalogue_api:version": "public_version",
}


def sample_key(route, rule):
    import fnmatch

    if rule.samples:
        return rule.samples
    for pattern, key in SAMPLES_BY_KEY.items():
        if fnmatch.fnmatchcase(route.key, pattern):
            return key
    if route.model is not None:
        return route.model._meta.model_name
    return None


def wagtail_samples(world):
    """Samples of Wagtail's own objects (roles own none of them)."""
    page = world.page
    return {
        "page": [Sample("any", page, pm.NOBODY, page.title)],
        "document": [Sample("any", world.document, pm.NOBODY, world.document.title)],
        "image": [Sample("any", world.image, pm.NOBODY, world.image.title)],
        "workflow": [Sample("any", world.workflow, pm.NOBODY, world.workflow.name)],
        "task": [Sample("any", world.task, pm.NOBODY, world.task.name)],
        "collection": [Sample("any", world.collection, pm.NOBODY, world.collection.name)],
        "site": [Sample("any", world.site, pm.NOBODY, world.site.hostname)],
        "user": [Sample("any", world.users[pm.HRSS], pm.NOBODY, world.users[pm.HRSS].email)],
        "group": [Sample("any", world.group, pm.NOBODY, world.group.name)],
        "redirect": [Sample("any", world.redirect, pm.NOBODY, world.redirect.old_path)],
    }


def _page_type(page):
    return page.specific_class._meta.app_label, page.specific_class._meta.model_name


def path_value(name, route, sample, world):
    """The value of one path parameter, from the sample's object or from the world."""
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    if sample is not None and name in sample.extra:
        return sample.extra[name]
    obj = sample.obj if sample is not None else None
    standards = route.key.startswith("curriculum_standards:")
    values = {
        "page_id": world.page.pk,
        "parent_page_id": world.page.pk,
        "page_to_move_id": world.page.pk,
        "page_pk": world.page.pk,
        "destination_id": world.alias.pk,  # a curriculum index: where a MajorPage may move
        "object_id": world.page.pk,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
        "workflow_state_id": world.workflow_state.pk,
        "task_state_id": world.task_state.pk,
        "task_id": world.task.pk,
        "workflow_pk": world.workflow.pk,
        "action_name": "unpublish" if route.key == "wagtailadmin_api:pages:action" else "approve",
        "collection_id": world.collection.pk,
        "session_id": world.editing_session.pk,
        "redirect_id": world.redirect.pk,
        "document_id": world.document.pk,
        "doc_id": world.document.pk,
        "image_id": world.image.pk,
        "filter_spec": "fill-80x80",
        "uidb64": urlsafe_base64_encode(force_bytes(world.superuser.pk)),
        "token": "set-password",
        "restriction_id": world.collection_restriction.pk,
        "page_view_restriction_id": world.page_restriction.pk,
        "kind": "docx",
        "label": obj._meta.label_lower if obj is not None else "",
        "field": "manuscript",
        "role": "reviewer",
        "ct": ContentType.objects.get_for_model(obj or world.submittable).pk,
    }
    if name == "pk":
        return obj.pk
    if name == "parent_page_id" and route.key.startswith("wagtailadmin_pages:") and "add" in route.key:
        return world.curriculum_index.pk  # where a MajorPage may be added
    if name == "page_id" and route.key == "wagtailadmin_pages:convert_alias":
        return world.alias.pk
    if name == "revision_id":
        return obj.latest_revision_id if standards else world.page_revision.pk
    if name == "uploaded_file_id":
        return (world.uploaded_image if route.key.startswith("wagtailimages") else world.uploaded_document).pk
    if name in ("content_type_app_name", "content_type_model_name"):
        return _page_type(world.page)[name != "content_type_app_name"]
    if name in ("app_label", "app_name", "model_name"):
        app_model = {
            "wagtail_bulk_action": ("wagtailcore", "page"),
            "wagtailadmin_pages:choose_parent": _page_type(world.page),
            "wagtailadmin_workflows:add_task": ("wagtailcore", "groupapprovaltask"),
            "wagtailadmin_editing_sessions:ping": ("wagtailcore", "page"),
            "wagtailadmin_tag_model_autocomplete": ("wagtaildocs", "document"),
        }.get(route.key, ("cms", "homepage"))  # settings: the project registers no settings model
        return app_model[name == "model_name"]
    if name == "action":
        return {"wagtail_bulk_action": "delete", "review_admin:submit_item": "checks"}.get(route.key, "decide")
    if name in values:
        return values[name]
    raise CannotFill(name)


def query_for(route, sample, world):
    """Query strings some views need to show anything at all."""
    if route.key == "curriculum_standards:compare":
        revisions = list(sample.obj.revisions.order_by("pk").values_list("pk", flat=True))
        return f"?from={revisions[0]}&to={revisions[-1]}"
    if route.key == "wagtail_bulk_action":
        return f"?id={world.page.pk}"
    if route.key.startswith("wagtailadmin_api:") and route.key.endswith(":find"):
        kind = route.key.split(":")[1]
        return f"?id={ {'pages': world.page, 'documents': world.document, 'images': world.image}[kind].pk}"
    if route.key == "wagtailsnippetchoosers_curriculum_coursestandard:chosen_multiple":
        return "?" + "&".join(f"id={s.obj.pk}" for s in world.samples["coursestandard"])
    if route.key == "wagtailadmin_block_preview":
        from curriculum.blocks import CoursePlanRowBlock
        from wagtail.blocks import Block

        return "?id=" + next(k for k, v in Block.definition_registry.items() if isinstance(v, CoursePlanRowBlock))
    return ""


UNNAMED_URLS = {
    "admin/test404/": "/admin/test404/",
    "admin/^.*/$": "/admin/matrix-no-such-area/",
    "admin/reports/site-history/": "/admin/reports/site-history/",
    "admin/reports/site-history/results/": "/admin/reports/site-history/results/",
}


def samples_for(route, rule, world):
    key = sample_key(route, rule)
    found = world.samples.get(key) or wagtail_samples(world).get(key)
    if found is None:
        raise CannotFill(f"no samples named {key!r} for pk")
    return found


def page_route_cells(route, rule, world):
    page = {
        "CataloguePage": world.catalogue_page,
        "StandardPage": world.standard_page,
        "SelectionNoticePage": world.notice_page,
    }.get(route.page_class)
    if page is None:
        raise CannotFill(f"no live page of type {route.page_class}")
    if not route.params:
        return [(None, page.url)]
    if route.page_class == "StandardPage":
        doc = page.standard.to_document()
        course = doc.courses[0]
        kwargs = {"code": course.code, "course_code": course.code, "task_code": course.learning_tasks[0].code}
        return [(None, page.url + page.reverse_subpage(route.name, kwargs={k: kwargs[k] for k in route.params}))]
    cells = []
    for sample in samples_for(route, rule, world):
        kwargs = {name: sample.obj.pk for name in route.params}
        cells.append((sample, page.url + page.reverse_subpage(route.name, kwargs=kwargs)))
    return cells


def cells_for(route, rule, world):
    """(sample, url) for every object the route is checked with."""
    if route.page_class:
        return page_route_cells(route, rule, world)
    if route.name is None:
        if route.key not in UNNAMED_URLS:
            raise CannotFill("unnamed route")
        return [(None, UNNAMED_URLS[route.key])]
    if route.key == "wagtail_serve":
        return [(s, s.obj.url) for s in world.samples["public_page"]]
    if route.key == "wagtaildocs_serve":
        return [(None, reverse(route.name, args=[world.document.pk, world.document.filename]))]
    if route.positional:
        raise CannotFill("positional parameters")
    samples = samples_for(route, rule, world) if "pk" in route.params else [None]
    samples = [s for s in samples if s is None or set(s.needs) <= set(route.params)]
    cells = []
    for sample in samples:
        kwargs = {name: path_value(name, route, sample, world) for name in route.params}
        cells.append((sample, reverse(route.name, kwargs=kwargs) + query_for(route, sample, world)))
    return cells


# ------------------------------------------------------------------------------- requests


def request_as(world, identity, method, url):
    client = Client(raise_request_exception=False)
    if identity != pm.ANONYMOUS:
        client.cookies[settings.SESSION_COOKIE_NAME] = world.sessions[identity]
    return client.post(url, {}) if method == "POST" else client.get(url)


def body(response):
    """The text a user could read: JSON is decoded, so that escaped Chinese is compared too."""
    import json

    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode("utf-8", "replace")
    text = response.content.decode("utf-8", "replace")
    if response.get("Content-Type", "").startswith("application/json"):
        try:
            return json.dumps(json.loads(text), ensure_ascii=False)
        except ValueError:
            return text
    return text


def observe_as(world, identity, rule, url):
    """The response and what it means; with ``rule.follow``, after the redirects inside the area."""
    response = request_as(world, identity, rule.method, url)
    observed = pm.observe(response)
    hops = 0
    while rule.follow and observed.kind == "redirect" and hops < 3:
        response = request_as(world, identity, "GET", observed.location)
        observed = pm.observe(response)
        hops += 1
    return response, observed


def check_route(route, world):
    """Every identity × every sample of one route; returns the failures, counts the cells."""
    rule = pm.expectation_for(route.key)
    if rule is None:
        pytest.fail(
            f"{route.id}: no expectation for this route. Add a rule to tests/permission_matrix.py RULES "
            f"saying which identities reach it (SPEC §1).",
            pytrace=False,
        )
    try:
        cells = cells_for(route, rule, world)
    except CannotFill as exc:
        pytest.fail(
            f"{route.id}: cannot fill the path ({exc}). Add samples for it in tests/test_permission_matrix.py "
            f"(World, SAMPLES_BY_KEY or path_value).",
            pytrace=False,
        )
    failures = []
    for sample, url in cells:
        label = sample.label if sample else "-"
        reached = False
        for identity in pm.IDENTITIES:
            expected = rule.expected(identity, sample.owners if sample else None)
            response, observed = observe_as(world, identity, rule, url)
            CELLS["checked"] += 1
            reached = reached or (identity != pm.ANONYMOUS and expected == pm.ALLOW and observed.reached)
            if not pm.satisfies(observed, expected, rule):
                failures.append(f"{identity:13} {label:22} {rule.method} {url} → {observed.status} {observed.kind} "
                                f"{observed.location} (expected {expected})")
            elif observed.refused and sample is not None and sample.marker in body(response):
                failures.append(f"{identity:13} {label:22} {url}: refused but shows {sample.marker!r}")
        if route.route.startswith("admin/") and not rule.open and rule.superuser and not reached:
            # Nobody reached this URL: it must reach the view for a superuser, so that the
            # refusals above are permissions and not a sample that does not exist.
            _, observed = observe_as(world, "admin", rule, url)
            CELLS["probes"] += 1
            if not pm.satisfies(observed, pm.ALLOW, rule):
                failures.append(f"superuser     {label:22} {url} → {observed.status} {observed.kind}: "
                                f"the sample does not reach the view")
    if rule.lists:
        failures += check_listing(rule, cells[0][1], world)
    CELLS["routes"] += 1
    return failures


def check_listing(rule, url, world):
    """A scoped identity's listing shows its own objects and never another's."""
    from urllib.parse import quote

    failures = []
    samples = [s for s in world.samples[rule.lists] if not s.needs]
    for identity in sorted(rule.allow & rule.scoped):
        plain = None
        for sample in samples:
            if sample.search is not None:
                response = request_as(world, identity, "GET", f"{url}?q={quote(sample.search)}")
                text = body(response)
            else:
                plain = plain if plain is not None else body(request_as(world, identity, "GET", url))
                text = plain
            CELLS["listings"] += 1
            shown = sample.listed_as in text
            if shown != (identity in sample.owners):
                failures.append(f"{identity:13} listing {url}: {sample.label} {sample.listed_as!r} "
                                f"{'shown' if shown else 'missing'}")
    return failures


# ------------------------------------------------------------------------------- fixtures


class CellCount:
    """Reports at the end of the run how many (URL × identity) cells the matrix checked."""

    def pytest_terminal_summary(self, terminalreporter):
        if CELLS["routes"]:
            terminalreporter.write_sep("-", "permission matrix")
            terminalreporter.write_line(
                f"{CELLS['routes']} routes, {CELLS['checked']} (URL × identity) cells, "
                f"{CELLS['probes']} superuser probes, {CELLS['listings']} listing checks, "
                f"{CELLS['forged']} forged posts"
            )


@contextlib.contextmanager
def _seeded_world(media):
    """``seed_demo`` and the World on top of it, with a logged-in session per identity."""
    import logging

    quiet = [logging.getLogger(name) for name in ("django.request", "django.security")]
    levels = [logger.level for logger in quiet]
    with override_settings(MEDIA_ROOT=media, EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        for logger in quiet:
            logger.setLevel(logging.CRITICAL)
        try:
            call_command("seed_demo", stdout=io.StringIO())
            seeded = World()
            seeded.sessions = {}
            for identity, user in [*seeded.users.items(), ("admin", seeded.superuser)]:
                client = Client()
                client.force_login(user)
                seeded.sessions[identity] = client.cookies[settings.SESSION_COOKIE_NAME].value
            yield seeded
        finally:
            for logger, level in zip(quiet, levels):
                logger.setLevel(level)


@pytest.fixture(scope="module")
def world(request, shared_worlds, tmp_path_factory):
    """The full demo world, seeded once for this module and the others reading it (the walk in
    Chinese, the file reachability walk, the demo logins) inside a transaction rolled back after
    them, so that other modules see the database as they left it (tests/conftest.py: SharedWorlds)."""
    if not request.config.pluginmanager.has_plugin("permission-matrix-count"):
        request.config.pluginmanager.register(CellCount(), "permission-matrix-count")
    return shared_worlds.get("permission-matrix", lambda: _seeded_world(tmp_path_factory.mktemp("matrix-media")))


@pytest.mark.django_db
@pytest.mark.parametrize("route", ROUTES, ids=[route.id for route in ROUTES])
def test_every_route_answers_each_identity_as_the_rules_say(world, route):
    failures = check_route(route, world)
    assert not failures, f"{route.id}:\n  " + "\n  ".join(failures)


# ------------------------------------------------------------------------------- forged posts


def _at(url_name, of, *args):
    return lambda world: reverse(url_name, args=[of(world).pk, *args])


def _values(model_path, of, *fields):
    """A snapshot of some fields of one object, or None once it is gone."""

    def snapshot(world):
        from django.apps import apps

        model = apps.get_model(model_path)
        return tuple(model.objects.filter(pk=of(world).pk).values_list(*fields)) or None

    return snapshot


def _sample(key, label):
    return lambda world: next(s.obj for s in world.samples[key] if s.label == label)


def _count(model_path, **lookup_of):
    def snapshot(world):
        from django.apps import apps

        lookups = {name: of(world) for name, of in lookup_of.items()}
        return apps.get_model(model_path).objects.filter(**lookups).count()

    return snapshot


OTHER_TEXTBOOK = _sample("textbook", "other-unit")
OTHER_VERSION = _sample("textbookversion", "other-unit")
OTHER_CHANGE = _sample("changerequest", "other-unit")
OTHER_PROFILE = _sample("compilingunitprofile", "other-unit")
OWN_PROFILE = _sample("compilingunitprofile", "own-unit")
OTHER_COMMITTEE = _sample("selectioncommittee", "other-school")
OTHER_ROUND = _sample("selectionround", "other-school")
OTHER_STANDARD = _sample("coursestandard", "other-unit")
OTHER_RESOURCE = _sample("resourceitem", "other-unit")
OWN_RESOURCE = _sample("resourceitem", "own-unit")
OTHER_DRAFT = _sample("submittable", "other-unit")
NATIONAL = _sample("submission", "national")
OWN_SUBMISSION = _sample("submission", "own-unit")
ANOTHER_ASSIGNMENT = _sample("assignment", "another-reviewers")
UNASSIGNED = _sample("assignment", "unassigned")
NOT_IN_QUEUE = _sample("political_submission", "not-in-queue")
OWN_PUBLISHER_ORG = _sample("organisation", "own-publisher")


def FINAL_ROUND(world):  # noqa: N802  (named like the samples above)
    from selection.models import RoundStatus, SelectionRound

    return SelectionRound.objects.filter(status=RoundStatus.FINAL).exclude(school__name=OWN_SCHOOL).first()


def _opinion():
    from tests.review.conftest import opinion_data

    return opinion_data(ideology_comment="（伪造）思想性意见", recommendation="pass")


# (who, url, form, what must not change). Every URL names another's object, or an action the
# identity's role does not take on its own; the answer is a refusal and the state is as before.
FORGED = {
    "unit admin renames another unit's textbook": (
        pm.UNIT_ADMIN, _at("textbooks:edit", OTHER_TEXTBOOK),
        lambda w: {"title": "篡改的教材名称"}, _values("textbooks.Textbook", OTHER_TEXTBOOK, "title"),
    ),
    "author rewrites another unit's version": (
        pm.AUTHOR, _at("textbook_versions:edit", OTHER_VERSION),
        lambda w: {"description": "篡改的内容简介", "isbn": "9787111111111"},
        _values("textbooks.TextbookVersion", OTHER_VERSION, "description", "isbn", "status"),
    ),
    "unit admin sends another unit's draft from its workflow page": (
        pm.UNIT_ADMIN, _at("textbook_versions:workflow", OTHER_DRAFT),
        lambda w: {"action": "submit"}, _values("textbooks.TextbookVersion", OTHER_DRAFT, "status"),
    ),
    "unit admin announces another unit's authors": (
        pm.UNIT_ADMIN, _at("textbook_versions:workflow", OTHER_DRAFT),
        lambda w: {"action": "announce"}, _count("textbooks.AuthorAnnouncement", version=OTHER_DRAFT),
    ),
    "author changes another unit's change request": (
        pm.AUTHOR, _at("textbook_changes:edit", OTHER_CHANGE),
        lambda w: {"reason": "篡改的变更理由", "version": OTHER_CHANGE(w).version_id},
        _values("textbooks.ChangeRequest", OTHER_CHANGE, "reason", "status"),
    ),
    "unit admin rewrites another unit's qualification": (
        pm.UNIT_ADMIN, _at("textbook_units:edit", OTHER_PROFILE),
        lambda w: {"organisation": OTHER_PROFILE(w).organisation_id, "verified_on": "2020-01-01"},
        _values("textbooks.CompilingUnitProfile", OTHER_PROFILE, "verified_on", "has_funding"),
    ),
    "unit admin verifies its own unit's qualification (Art. 12: only HRSS verifies)": (
        pm.UNIT_ADMIN, _at("textbook_units:verify", OWN_PROFILE),
        lambda w: {"action": "verify"},
        _values("textbooks.CompilingUnitProfile", OWN_PROFILE, "verified_facts", "verified_on", "verified_by"),
    ),
    "unit admin sets verified facts on its own qualification (Art. 12, R10)": (
        pm.UNIT_ADMIN, _at("textbook_units:edit", OWN_PROFILE),
        lambda w: {
            "organisation": OWN_PROFILE(w).organisation_id, "registered_in_prc": "on", "independent_legal_person": "on",
            "legal_representative_nationality": "中国", "verified_on": "2020-01-01", "verified_by": "1",
            "verified_facts": '{"unified_route_authorised": true}',
        },
        _values("textbooks.CompilingUnitProfile", OWN_PROFILE, "verified_facts", "verified_on", "verified_by"),
    ),
    "unit admin sends another unit's draft to review": (
        pm.UNIT_ADMIN,
        lambda w: reverse("review_admin:submit_item", args=[ContentType.objects.get_for_model(OTHER_DRAFT(w)).pk,
                                                            OTHER_DRAFT(w).pk, "submit"]),
        lambda w: {}, _count("review.Submission", object_id=lambda w: OTHER_DRAFT(w).pk),
    ),
    "committee finalises another school's round": (
        pm.COMMITTEE, _at("selection_rounds:workspace", OTHER_ROUND),
        lambda w: {"action": "finalise"}, _values("selection.SelectionRound", OTHER_ROUND, "status"),
    ),
    "committee files another school's final round": (
        pm.COMMITTEE, _at("selection_rounds:workspace", FINAL_ROUND),
        lambda w: {"action": "file"}, _count("selection.SchoolFiling", round=FINAL_ROUND),
    ),
    "committee deletes another school's round": (
        pm.COMMITTEE, _at("selection_rounds:delete", OTHER_ROUND),
        lambda w: {}, _values("selection.SelectionRound", OTHER_ROUND, "status"),
    ),
    "committee announces another school's committee": (
        pm.COMMITTEE, _at("committees:edit", OTHER_COMMITTEE),
        lambda w: {"school": OTHER_COMMITTEE(w).school_id, "announced_on": "2026-01-05"},
        _values("selection.SelectionCommittee", OTHER_COMMITTEE, "announced_on"),
    ),
    "reviewer declares on another reviewer's assignment": (
        pm.REVIEWER, _at("review_workspace:declare", ANOTHER_ASSIGNMENT),
        lambda w: {"no_conflict": "1"},
        _values("review.Assignment", ANOTHER_ASSIGNMENT, "status", "declared_at"),
    ),
    "reviewer gives an opinion on an unassigned manuscript": (
        pm.REVIEWER, _at("review_workspace:opinion", UNASSIGNED),
        lambda w: _opinion(), _count("review.Opinion", assignment=UNASSIGNED),
    ),
    "political reviewer decides a submission outside its queue": (
        pm.POLITICAL, _at("review_workspace:political_detail", NOT_IN_QUEUE),
        lambda w: {"passed": "1", "comment": "（伪造）政治把关通过"},
        _count("review.PoliticalReview", submission=NOT_IN_QUEUE),
    ),
    "provincial organiser draws a panel for a national submission": (
        pm.ORGANISER_CQ, _at("review_admin:action", NATIONAL, "draw"),
        lambda w: {"seed": "forged"}, _count("review.Assignment", round__submission=NATIONAL),
    ),
    "provincial organiser closes a national round": (
        pm.ORGANISER_CQ, _at("review_admin:action", NATIONAL, "close_round"),
        lambda w: {}, _values("review.Submission", NATIONAL, "stage"),
    ),
    "author decides their own submission": (
        pm.AUTHOR, _at("review_admin:action", OWN_SUBMISSION, "decide"),
        lambda w: {"decision": "pass", "comment": "自己通过"},
        _values("review.Submission", OWN_SUBMISSION, "stage", "decision"),
    ),
    "author edits another unit's course standard": (
        pm.AUTHOR, _at("curriculum_standards:edit", OTHER_STANDARD),
        lambda w: {"title": "篡改的课程标准"},
        _values("curriculum.CourseStandard", OTHER_STANDARD, "title", "latest_revision_id"),
    ),
    "author sends another unit's course standard to review": (
        pm.AUTHOR, _at("curriculum_standards:submit", OTHER_STANDARD),
        lambda w: {}, _count("curriculum.StandardVersion", standard=OTHER_STANDARD),
    ),
    "author locks another unit's course standard": (
        pm.AUTHOR, _at("curriculum_standards:lock", OTHER_STANDARD),
        lambda w: {}, _values("curriculum.CourseStandard", OTHER_STANDARD, "locked", "locked_by"),
    ),
    "author approves its own unit's teaching resource (Art. 37, R1)": (
        pm.AUTHOR, _at("curriculum_resources:review", OWN_RESOURCE),
        lambda w: {"decision": "approve", "comment": "自己通过"},
        _values("curriculum.ResourceItem", OWN_RESOURCE, "review_status", "reviewed_by", "reviewed_at", "review_comment"),
    ),
    "HRSS, which supervises, rejects a unit's teaching resource (Art. 37, 22)": (
        pm.HRSS, _at("curriculum_resources:review", OWN_RESOURCE),
        lambda w: {"decision": "reject", "comment": "监督部门代为审核"},
        _values("curriculum.ResourceItem", OWN_RESOURCE, "review_status", "reviewed_by", "reviewed_at", "review_comment"),
    ),
    "national organiser rejects a provincial unit's teaching resource (Art. 22)": (
        pm.ORGANISER, _at("curriculum_resources:review", OWN_RESOURCE),
        lambda w: {"decision": "reject", "comment": "越权审核"},
        _values("curriculum.ResourceItem", OWN_RESOURCE, "review_status", "reviewed_by", "reviewed_at", "review_comment"),
    ),
    "author attaches a resource to another unit's course (Art. 37)": (
        pm.AUTHOR, lambda w: reverse("curriculum_resources:add"),
        lambda w: {"course": OTHER_RESOURCE(w).course_id, "kind": "courseware", "title": "借用常州课程的课件",
                   "compiling_unit": OWN_RESOURCE(w).compiling_unit_id},
        _count("curriculum.ResourceItem", title=lambda w: "借用常州课程的课件"),
    ),
    "author deletes another unit's teaching resource": (
        pm.AUTHOR, _at("curriculum_resources:delete", OTHER_RESOURCE),
        lambda w: {}, _values("curriculum.ResourceItem", OTHER_RESOURCE, "title"),
    ),
    "gatekeeper renames its own publisher (read only)": (
        pm.GATEKEEPER, _at("organisations:edit", OWN_PUBLISHER_ORG),
        lambda w: {"name": "篡改的出版社", "kind": OWN_PUBLISHER_ORG(w).kind},
        _values("directory.Organisation", OWN_PUBLISHER_ORG, "name"),
    ),
    "committee bulk-deletes a page": (
        pm.COMMITTEE, lambda w: reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]) + f"?id={w.page.pk}",
        lambda w: {}, _values("wagtailcore.Page", lambda w: w.page, "title", "live"),
    ),
    "HRSS releases the superuser's editing session": (
        pm.HRSS, lambda w: reverse("wagtailadmin_editing_sessions:release", args=[w.editing_session.pk]),
        lambda w: {}, _values("wagtailadmin.EditingSession", lambda w: w.editing_session, "user_id"),
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("case", FORGED)
def test_forged_posts_change_nothing(world, case):
    identity, url_of, form_of, snapshot = FORGED[case]
    url, before = url_of(world), snapshot(world)
    client = Client(raise_request_exception=False)
    client.cookies[settings.SESSION_COOKIE_NAME] = world.sessions[identity]
    response = client.post(url, form_of(world))
    CELLS["forged"] += 1
    assert snapshot(world) == before, f"{case}: {url} changed the state"
    observed = pm.observe(response)
    text = body(response)
    # The editing-session release answers 200 but deletes only the user's own sessions; the
    # bulk page answers with the list of pages the user may not delete; a unit saves its own
    # proposal, and the verified fields it forged are ignored; the resource form answers with
    # its Art. 37 error and saves nothing.
    if case not in (
        "HRSS releases the superuser's editing session",
        "committee bulk-deletes a page",
        "unit admin sets verified facts on its own qualification (Art. 12, R10)",
        "author attaches a resource to another unit's course (Art. 37)",
    ):
        assert observed.refused, f"{case}: {url} answered {observed.status} {observed.kind} {observed.location}"
    assert "篡改" not in text and "伪造" not in text
