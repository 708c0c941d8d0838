"""Majors, training levels and the course catalogue that textbooks and selections refer to (SPEC §2)."""

from dataclasses import asdict

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.http import Http404
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import DraftStateMixin, LockableMixin, Orderable, Page, RevisionMixin

from cms.page_cache import content_fragment
from cms.routing import CachedChildrenMixin, CachedRestrictionsMixin
from curriculum.blocks import (
    COURSE_TEXT_FIELDS,
    STEP_FIELD_BY_NAME,
    CourseBlock,
    CoursePlanRowBlock,
    TypicalWorkTaskBlock,
)
from curriculum.diff import course_history
from curriculum.document import (
    WORK_PROCESS_STEPS,
    CourseDoc,
    CoursePlanRow,
    LearningTaskDoc,
    StandardDoc,
    TypicalWorkTaskDoc,
    normalize_line,
    normalize_text,
)
from curriculum.rules import resource_course_problem, resource_link_problem, resource_textbook_problems
from directory.models import Organisation, Person
from review.reviewable import PlanningLevel, ReviewFile, ReviewPeople


class TrainingLevel(models.Model):
    """中级技能 / 高级技能 / 预备技师（技师）: fixed rows created by a data migration."""

    code = models.CharField("代码", max_length=20, unique=True)
    name = models.CharField("名称", max_length=30)
    rank = models.PositiveSmallIntegerField("排序")

    class Meta:
        verbose_name = "培养层级"
        verbose_name_plural = "培养层级"
        ordering = ["rank"]

    def __str__(self):
        return self.name


class Industry(models.TextChoices):
    """专业类 of the 技工院校专业目录."""

    MACHINERY = "machinery", "机械类"
    ELECTRICAL = "electrical", "电工电子类"
    INFORMATION = "information", "信息类"
    TRANSPORT = "transport", "交通类"
    SERVICES = "services", "服务类"
    COMMERCE = "commerce", "财经商贸类"
    CONSTRUCTION = "construction", "建筑类"
    CHEMICAL = "chemical", "化工类"
    AGRICULTURE = "agriculture", "农业类"
    ARTS = "arts", "文化艺术类"


class Major(models.Model):
    code = models.CharField("专业编码", max_length=10, unique=True)
    name = models.CharField("专业名称", max_length=60)
    industry = models.CharField("专业类", max_length=20, choices=Industry.choices)
    levels = models.ManyToManyField(TrainingLevel, verbose_name="培养层级", related_name="majors")

    class Meta:
        verbose_name = "专业"
        verbose_name_plural = "专业"
        ordering = ["code"]

    def __str__(self):
        return f"{self.code} {self.name}"


class CourseCategory(models.TextChoices):
    """Course kinds that decide which catalogue a school must select from (Art. 28, S3–S7)."""

    UNIFIED_PUBLIC = "unified_public", "统编公共课（思想政治、语文、历史）"
    PUBLIC_BASIC = "public_basic", "公共基础课"
    PROFESSIONAL = "professional", "专业课"
    INTEGRATED = "integrated", "一体化课程"
    VOCATIONAL_TRAINING = "vocational_training", "职业培训课程"


class Course(models.Model):
    """A course that textbooks serve and schools select for.

    The 工学一体化 content of an integrated course (work analysis, learning tasks) belongs to the
    versioned course standard; this row is the stable identity those versions and textbooks share.
    """

    code = models.CharField("课程代码", max_length=20, unique=True)
    name = models.CharField("课程名称", max_length=80)
    category = models.CharField("课程类别", max_length=30, choices=CourseCategory.choices)
    majors = models.ManyToManyField(Major, verbose_name="适用专业", related_name="courses", blank=True)

    class Meta:
        verbose_name = "课程"
        verbose_name_plural = "课程"
        ordering = ["code"]

    def __str__(self):
        return f"{self.code} {self.name}"


# ---------------------------------------------------------------------------------------------
# 工学一体化 course standards (SPEC §2): one standard per major and level, every version a revision
# ---------------------------------------------------------------------------------------------


class StandardPlanningLevel(models.TextChoices):
    """Decides the review organiser (Art. 18); values are review.reviewable.PlanningLevel's."""

    NATIONAL = PlanningLevel.NATIONAL, "国家级（人力资源社会保障部）"
    PROVINCIAL = PlanningLevel.PROVINCIAL, "省级（省级人力资源社会保障部门）"


class CourseStandard(DraftStateMixin, LockableMixin, RevisionMixin, ClusterableModel):
    """A talent-training standard of one major at one level with its integrated courses.

    All content (courses, learning tasks, typical work tasks, course plan) lives in this row's
    fields, so each Wagtail revision is a full snapshot of one version: ``to_document()`` turns any
    revision into a ``StandardDoc`` for DOCX export and for structured diffs between versions.
    Review runs through ``review.Submission`` alone; the standard has no Wagtail workflow.
    """

    major = models.ForeignKey(Major, verbose_name="专业", on_delete=models.PROTECT, related_name="standards")
    level = models.ForeignKey(
        TrainingLevel, verbose_name="培养层级", on_delete=models.PROTECT, related_name="standards"
    )
    title = models.CharField("标题", max_length=120)
    planning_level = models.CharField(
        "标准级别", max_length=20, choices=StandardPlanningLevel.choices, default=StandardPlanningLevel.NATIONAL
    )
    compiling_unit = models.ForeignKey(
        Organisation, verbose_name="编写单位", on_delete=models.PROTECT, related_name="course_standards"
    )
    version_label = models.CharField("版本", max_length=40, blank=True, help_text="例如：2026版；提交审核前须填写（C8）")
    effective_term = models.CharField(
        "生效学期", max_length=40, blank=True, help_text="例如：2026-2027学年第一学期；提交审核前须填写（C8）"
    )
    effective_from = models.DateField("生效日期", null=True, blank=True)
    training_goals = models.TextField("培养目标", blank=True)
    course_norms = models.TextField("课程规范（总体说明）", blank=True)
    implementation_advice = models.TextField("实施建议", blank=True)
    assessment_and_evaluation = models.TextField("考核与评价", blank=True)
    course_plan = StreamField([("row", CoursePlanRowBlock())], verbose_name="课程安排", blank=True)
    typical_work_tasks = StreamField(
        [("task", TypicalWorkTaskBlock())], verbose_name="典型工作任务", blank=True
    )
    courses = StreamField([("course", CourseBlock())], verbose_name="一体化课程", blank=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="course_standard")

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("major"),
                FieldPanel("level"),
                FieldPanel("title"),
                FieldPanel("planning_level"),
                FieldPanel("compiling_unit"),
                FieldPanel("version_label"),
                FieldPanel("effective_term"),
                FieldPanel("effective_from"),
            ],
            heading="基本信息",
        ),
        InlinePanel("authorships", heading="编写人员", label="编写人员"),
        FieldPanel("training_goals"),
        FieldPanel("course_plan"),
        FieldPanel("typical_work_tasks"),
        FieldPanel("course_norms"),
        FieldPanel("courses"),
        FieldPanel("implementation_advice"),
        FieldPanel("assessment_and_evaluation"),
    ]

    class Meta:
        verbose_name = "课程标准"
        verbose_name_plural = "课程标准"
        ordering = ["major__code", "level__rank"]
        # Declared here (Wagtail adds them only for registered snippets, possibly after the role
        # groups were synchronised) so cms.roles can grant them on every database.
        permissions = [
            ("publish_coursestandard", "Can publish 课程标准"),
            ("lock_coursestandard", "Can lock 课程标准"),
            ("unlock_coursestandard", "Can unlock 课程标准"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["major", "level"], name="one_standard_per_major_and_level")
        ]

    def __str__(self):
        return self.title

    @property
    def revisions(self):
        return self._revisions

    @transaction.atomic
    def delete(self, *args, **kwargs):
        # A version protects its revision from revision purging; deleting the standard itself
        # takes its versions first, then Wagtail deletes the revisions.
        self.versions.all().delete()
        return super().delete(*args, **kwargs)

    # ------------------------------------------------------------------ StandardDoc mapping
    def to_document(self):
        """This object's content (the live row or a revision's ``as_object()``) as a StandardDoc."""
        return StandardDoc(
            major_code=self.major.code,
            major_name=normalize_line(self.major.name),
            level=self.level.code,
            title=normalize_line(self.title),
            version_label=normalize_line(self.version_label),
            effective_term=normalize_line(self.effective_term),
            training_goals=normalize_text(self.training_goals),
            course_plan=[
                CoursePlanRow(
                    course_code=row["course_code"].strip(),
                    course_name=normalize_line(row["course_name"]),
                    hours_per_term=list(row["hours_per_term"]),
                )
                for row in _values(self.course_plan)
            ],
            course_norms=normalize_text(self.course_norms),
            implementation_advice=normalize_text(self.implementation_advice),
            assessment_and_evaluation=normalize_text(self.assessment_and_evaluation),
            typical_work_tasks=[
                TypicalWorkTaskDoc(
                    code=task["code"].strip(),
                    name=normalize_line(task["name"]),
                    description=normalize_text(task["description"]),
                )
                for task in _values(self.typical_work_tasks)
            ],
            courses=[_course_doc(course) for course in _values(self.courses)],
        )

    def apply_document(self, doc):
        """Set this object's content from a StandardDoc; the caller saves a revision."""
        self.major = Major.objects.get(code=doc.major_code)
        self.level = TrainingLevel.objects.get(code=doc.level)
        self.title = doc.title
        self.version_label = doc.version_label
        self.effective_term = doc.effective_term
        self.training_goals = doc.training_goals
        self.course_norms = doc.course_norms
        self.implementation_advice = doc.implementation_advice
        self.assessment_and_evaluation = doc.assessment_and_evaluation
        self.course_plan = [
            {"type": "row", "value": {**asdict(row), "hours_per_term": list(row.hours_per_term)}}
            for row in doc.course_plan
        ]
        self.typical_work_tasks = [{"type": "task", "value": asdict(task)} for task in doc.typical_work_tasks]
        self.courses = [{"type": "course", "value": _course_value(course)} for course in doc.courses]

    def published_documents(self):
        """(StandardVersion, StandardDoc) of every published version, oldest first, in one query."""
        versions = (
            self.versions.filter(status=VersionStatus.PUBLISHED)
            .select_related("revision")
            .order_by("published_at", "revision_id")
        )
        return [(version, self.document_of(version.revision.content)) for version in versions]

    def document_of(self, content):
        """The StandardDoc of a revision's content, without a query: a standard keeps its major and
        level across versions, so the snapshot's foreign keys need not be fetched or checked."""
        snapshot = CourseStandard.from_serializable_data(content, check_fks=False, strict_fks=False)
        snapshot.major, snapshot.level = self.major, self.level
        return snapshot.to_document()

    # ------------------------------------------------------------------------ validation
    def clean(self):
        """Every save stores a draft whose codes are well formed (rules.draft_problems); the
        curriculum rules C1–C8 are enforced when the draft is submitted for review."""
        super().clean()
        if not (self.major_id and self.level_id):
            return
        from curriculum.rules import draft_problems

        problems = draft_problems(self.to_document())
        if problems:
            raise ValidationError(problems)


def rule_context(major):
    """What curriculum.rules.standard_problems needs from the database besides the document."""
    offered = set(major.levels.values_list("code", flat=True))
    others = dict(
        Course.objects.exclude(category=CourseCategory.INTEGRATED).values_list("code", "name")
    )
    return offered, others


def _values(stream):
    return [child.value for child in stream]


def _course_doc(course):
    return CourseDoc(
        code=course["code"].strip(),
        name=normalize_line(course["name"]),
        baseline_hours=course["baseline_hours"],
        typical_work_task_codes=[code.strip() for code in course["typical_work_task_codes"]],
        **{name: normalize_text(course[name]) for name, _ in COURSE_TEXT_FIELDS},
        process_assessment_weight=course["process_assessment_weight"],
        process_assessment=normalize_text(course["process_assessment"]),
        final_assessment_weight=course["final_assessment_weight"],
        final_assessment=normalize_text(course["final_assessment"]),
        learning_tasks=[
            LearningTaskDoc(
                code=task["code"].strip(),
                name=normalize_line(task["name"]),
                hours=task["hours"],
                description=normalize_text(task["description"]),
                steps={
                    step: normalize_text(task[STEP_FIELD_BY_NAME[step]])
                    for step in WORK_PROCESS_STEPS
                    if normalize_text(task[STEP_FIELD_BY_NAME[step]])
                },
            )
            for task in course["learning_tasks"]
        ],
    )


def _course_value(course):
    value = asdict(course)
    value["learning_tasks"] = [
        {
            "code": task.code,
            "name": task.name,
            "hours": task.hours,
            "description": task.description,
            **{STEP_FIELD_BY_NAME[step]: task.step_text(step) for step in WORK_PROCESS_STEPS},
        }
        for task in course.learning_tasks
    ]
    return value


class AuthorRole(models.TextChoices):
    CHIEF_EDITOR = "chief_editor", "主编"
    AUTHOR = "author", "编写人员"


class StandardAuthorship(Orderable):
    """Who wrote the standard: kept apart from its review (R1, R2) and hidden from reviewers (R3)."""

    standard = ParentalKey(CourseStandard, on_delete=models.CASCADE, related_name="authorships")
    person = models.ForeignKey(Person, verbose_name="人员", on_delete=models.PROTECT, related_name="+")
    role = models.CharField("分工", max_length=20, choices=AuthorRole.choices, default=AuthorRole.AUTHOR)

    panels = [FieldPanel("person"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = "编写人员"
        verbose_name_plural = "编写人员"

    def __str__(self):
        return f"{self.person.name}（{self.get_role_display()}）"


class VersionStatus(models.TextChoices):
    IN_REVIEW = "in_review", "审核中"
    PUBLISHED = "published", "已发布"
    REJECTED = "rejected", "审核未通过"


class StandardVersion(models.Model):
    """One version of a standard: a revision submitted for review or published with an effective term.

    This is the reviewable item (凡编必审, Art. 18): the review pipeline reviews exactly this
    revision, and passing the review publishes it.
    """

    standard = models.ForeignKey(
        CourseStandard, verbose_name="课程标准", on_delete=models.CASCADE, related_name="versions"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision", verbose_name="修订版本", on_delete=models.PROTECT, related_name="+"
    )
    version_label = models.CharField("版本", max_length=40)
    effective_term = models.CharField("生效学期", max_length=40)
    effective_from = models.DateField("生效日期", null=True, blank=True)
    status = models.CharField("状态", max_length=20, choices=VersionStatus.choices)
    submitted_at = models.DateTimeField("提交时间", null=True, blank=True)
    published_at = models.DateTimeField("发布时间", null=True, blank=True)

    review_kind_label = "课程标准"

    class Meta:
        verbose_name = "课程标准版本"
        verbose_name_plural = "课程标准版本"
        ordering = ["standard", "-revision_id"]
        constraints = [models.UniqueConstraint(fields=["standard", "revision"], name="one_version_per_revision")]

    def __str__(self):
        return f"{self.standard}（{self.version_label}）"

    def snapshot(self):
        """The standard as it was in this version."""
        return self.revision.as_object()

    # ------------------------------------------------------------ review.reviewable.Reviewable
    def review_title(self):
        standard = self.standard
        return f"{standard.major.name}专业（{standard.level.name}）工学一体化课程标准（{self.version_label}）"

    def review_planning_level(self):
        return self.standard.planning_level

    def review_province(self):
        if self.standard.planning_level == StandardPlanningLevel.NATIONAL:
            return ""
        return self.standard.compiling_unit.province

    def review_course(self):
        # A standard spans all courses of a major and level, not one course (R2, R8 are per course).
        return None

    def review_people(self):
        authorships = list(self.snapshot().authorships.all())
        people = {p.pk: p for p in Person.objects.filter(pk__in=[a.person_id for a in authorships])}
        chief = next((people[a.person_id] for a in authorships if a.role == AuthorRole.CHIEF_EDITOR), None)
        return ReviewPeople(
            authors=[people[a.person_id] for a in authorships],
            chief_editor=chief,
            compiling_unit=self.standard.compiling_unit,
            publisher=None,
        )

    def public_namesakes(self):
        """R3: the published standard of the same major and level (public curriculum pages and
        search show it with its compiling unit and authors)."""
        standard = self.standard
        if not standard.live or standard.live_revision_id == self.revision_id:
            return []
        live = standard.live_revision.as_object() if standard.live_revision_id else standard
        names = [standard.compiling_unit.name] + list(
            Person.objects.filter(pk__in=[a.person_id for a in live.authorships.all()]).values_list("name", flat=True)
        )
        return [{"where": f"公开课程标准《{standard.major.name}专业（{standard.level.name}）工学一体化课程标准》", "names": names}]

    def neutral_review_title(self):
        return f"{self.standard.level.name}工学一体化课程标准（修订版）"

    def neutral_review_metadata(self):
        return {"培养层级": self.standard.level.name, "标准级别": self.standard.get_planning_level_display()}

    def review_metadata(self):
        doc = self.snapshot().to_document()
        return {
            "专业": f"{doc.major_code} {doc.major_name}",
            "培养层级": doc.level_label,
            "标准级别": self.standard.get_planning_level_display(),
            "版本": self.version_label,
            "生效学期": self.effective_term,
            "一体化课程数": str(len(doc.courses)),
            "参考性学习任务数": str(doc.learning_task_count()),
        }

    def review_files(self):
        from curriculum.docx_io import export_standard

        doc = self.snapshot().to_document()
        return [ReviewFile(name=f"{doc.title}（{self.version_label}）.docx", kind="课程标准", content=export_standard(doc))]

    def is_ideologically_strong(self):
        return False

    def is_practical_skills(self):
        return False

    def content_flags(self):
        from review.rules import CONTENT_FLAGS

        return dict.fromkeys(CONTENT_FLAGS, False)

    def ideologically_strong_with(self, flags):
        from review.rules import TOPIC_FLAGS

        return any(flags.get(topic) for topic in TOPIC_FLAGS)

    def intake_refusal(self, flags):
        return None  # R10 governs textbooks; a standard touching such topics is politically reviewed

    def review_fingerprint(self):
        # A version pins one Wagtail revision, and revisions never change.
        return f"revision:{self.revision_id}"

class ResourceKind(models.TextChoices):
    TEXTBOOK = "textbook", "教材"
    WORKSHEET = "worksheet", "工作页"
    CASE = "case", "教学案例库"
    COURSEWARE = "courseware", "教学课件"
    VIDEO = "video", "教学视频"


class ResourceForm(models.TextChoices):
    LOOSE_LEAF = "loose_leaf", "活页式"
    WORKBOOK = "workbook", "工作手册式"
    MULTIMEDIA = "multimedia", "融媒体式"
    DIGITAL = "digital", "数字教材"


class ResourceReviewStatus(models.TextChoices):
    PENDING = "pending", "待审核"
    APPROVED = "approved", "审核通过"
    REJECTED = "rejected", "审核未通过"


# What a review covers: changing any of these sends an approved item back to review (Art. 37).
RESOURCE_REVIEWED_FIELDS = (
    "course_id", "learning_task_code", "kind", "form", "title", "textbook_id", "textbook_reference",
    "document_id", "url", "description", "compiling_unit_id",
)


def course_codes_compiled_by(units):
    """The codes of the courses in the standards ``units`` compile (drafts included): the only
    courses those units attach teaching resources to (Art. 37)."""
    return {
        course.code
        for standard in CourseStandard.objects.filter(compiling_unit__in=units)
        for course in standard.to_document().courses
    }


class ResourceItemQuerySet(models.QuerySet):
    def public(self):
        """Art. 37: only reviewed and approved resources appear on public pages and in search."""
        return self.filter(review_status=ResourceReviewStatus.APPROVED)


class ResourceItem(models.Model):
    """An item of a course's teaching resource package (教学资源包).

    It cites the stable course identity, so it survives new versions of the standard and shows up
    in the course's impact list when the course changes.
    """

    course = models.ForeignKey(Course, verbose_name="课程", on_delete=models.PROTECT, related_name="resource_items")
    learning_task_code = models.CharField("学习任务代码", max_length=40, blank=True, help_text="留空表示整门课程")
    kind = models.CharField("资源类型", max_length=20, choices=ResourceKind.choices)
    form = models.CharField("形态", max_length=20, choices=ResourceForm.choices, blank=True)
    title = models.CharField("名称", max_length=120)
    textbook = models.ForeignKey(
        "textbooks.Textbook",
        verbose_name="平台教材",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="resource_items",
        help_text="本平台目录中服务该课程的教材；平台外的教材请填写教材信息",
    )
    textbook_reference = models.CharField(
        "教材信息", max_length=200, blank=True, help_text="教材名称、版次、ISBN 或出版单位"
    )
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name="文件", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    url = models.URLField("链接", blank=True)
    description = models.TextField("说明", blank=True)
    compiling_unit = models.ForeignKey(
        Organisation, verbose_name="编写单位", on_delete=models.PROTECT, related_name="resource_items"
    )
    review_status = models.CharField(
        "审核状态", max_length=20, choices=ResourceReviewStatus.choices, default=ResourceReviewStatus.PENDING,
        editable=False, db_index=True,
    )
    review_comment = models.TextField("审核意见", blank=True, editable=False)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="审核人", on_delete=models.SET_NULL, null=True, blank=True, editable=False, related_name="+"
    )
    reviewed_at = models.DateTimeField("审核时间", null=True, blank=True, editable=False)
    # Art. 22: the organiser responsible for the item reviews it under its own procedure; the
    # panel and the day the review period started are kept for HRSS, which supervises.
    review_requested_on = models.DateField("送审日期", null=True, blank=True, editable=False)
    review_organiser = models.ForeignKey(
        Organisation, verbose_name="审核组织单位", on_delete=models.PROTECT, null=True, blank=True, editable=False, related_name="+"
    )
    review_panel = models.ManyToManyField("review.Expert", verbose_name="评审专家", blank=True, editable=False, related_name="+")

    objects = ResourceItemQuerySet.as_manager()

    class Meta:
        verbose_name = "教学资源"
        verbose_name_plural = "教学资源包"
        permissions = [("review_resourceitem", "Can review teaching resources before they are public (Art. 37)")]
        ordering = ["course__code", "learning_task_code", "kind", "title"]

    def __str__(self):
        return f"{self.get_kind_display()}：{self.title}"

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and not {name.removesuffix("_id") for name in RESOURCE_REVIEWED_FIELDS} & set(update_fields):
            return super().save(*args, **kwargs)  # the review's own fields, not the content
        stored = type(self).objects.filter(pk=self.pk).values(*RESOURCE_REVIEWED_FIELDS).first() if self.pk else None
        # Ownership holds on every path (admin form, forged post, service, shell): Art. 37.
        if stored is None or (stored["course_id"], stored["compiling_unit_id"]) != (self.course_id, self.compiling_unit_id):
            problem = self.course_problem()
            if problem:
                raise ValidationError({"course": problem})
        # A reviewed item whose content changes is reviewed again before it is public (Art. 37).
        changed = stored is not None and any(stored[name] != getattr(self, name) for name in RESOURCE_REVIEWED_FIELDS)
        if changed and self.review_status != ResourceReviewStatus.PENDING:
            self.review_status = ResourceReviewStatus.PENDING
        if self.review_status == ResourceReviewStatus.PENDING and (changed or self.review_requested_on is None):
            self.review_requested_on = timezone.localdate()
        super().save(*args, **kwargs)

    def course_problem(self):
        if not (self.course_id and self.compiling_unit_id):
            return None
        codes = course_codes_compiled_by(Organisation.objects.filter(pk=self.compiling_unit_id))
        return resource_course_problem(self.course.code in codes)

    # What review.services.organiser_for reads to find the responsible organiser (Art. 18, 22):
    # a unit's own teaching resource is a non-planned item of its province.
    def review_planning_level(self):
        return PlanningLevel.NON_PLANNED

    def review_province(self):
        return ""

    def review_people(self):
        return ReviewPeople(compiling_unit=self.compiling_unit)

    @property
    def is_external_link(self):
        return bool(self.url)

    def clean(self):
        link = resource_link_problem(self.url)
        if link:
            raise ValidationError({"url": link})
        course = self.course_problem()
        if course:
            raise ValidationError({"course": course})
        serves = bool(self.textbook_id and self.course_id) and self.textbook.courses.filter(pk=self.course_id).exists()
        problems = resource_textbook_problems(
            self.kind == ResourceKind.TEXTBOOK, self.textbook_id is not None, bool(self.textbook_reference.strip()), serves
        )
        if problems:
            raise ValidationError({"textbook": problems})


# textbook id → public catalogue URL, for the textbooks a catalogue lists. The textbooks app, which
# builds on curriculum, registers it from its AppConfig.ready(); curriculum never imports it.
_catalogue_urls_source = None


def register_catalogue_urls_source(source):
    global _catalogue_urls_source
    _catalogue_urls_source = source


def resource_context(resources):
    """A resource list for the public pages, with the catalogue pages of its listed textbooks."""
    resources = list(resources.select_related("document", "textbook"))
    textbook_ids = [item.textbook_id for item in resources if item.textbook_id]
    urls = _catalogue_urls_source(textbook_ids) if _catalogue_urls_source and textbook_ids else {}
    for item in resources:
        item.catalogue_url = urls.get(item.textbook_id, "")
    return {"resources": resources}


# ---------------------------------------------------------------------------------------------
# Public pages: 专业目录 → 专业 → 培养层级（课程标准） → 课程 → 学习任务
# ---------------------------------------------------------------------------------------------


class CurriculumIndexPage(CachedChildrenMixin, Page):
    intro = RichTextField("简介", blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["curriculum.MajorPage"]
    max_count = 1

    class Meta:
        verbose_name = "工学一体化课程标准目录"

    def get_context(self, request, *args, **kwargs):

        context = super().get_context(request, *args, **kwargs)
        context["majors"] = content_fragment(request, f"curriculum-index:{self.pk}", self._majors)
        return context

    def _majors(self):
        """[(major page, its published standards' pages)]: public content alone, kept per generation."""
        standard_pages = (
            StandardPage.objects.descendant_of(self)
            .live()
            .public()
            .filter(standard__live=True)
            .select_related("standard__level")
            .order_by("standard__level__rank")
        )
        levels_by_major = {}
        for standard_page in standard_pages:
            levels_by_major.setdefault(standard_page.standard.major_id, []).append(standard_page)
        major_pages = MajorPage.objects.child_of(self).live().public().select_related("major").order_by("major__code")
        return [(page, levels_by_major.get(page.major_id, [])) for page in major_pages]


class MajorPage(CachedChildrenMixin, Page):
    major = models.OneToOneField(Major, verbose_name="专业", on_delete=models.PROTECT, related_name="page")

    content_panels = Page.content_panels + [FieldPanel("major")]
    parent_page_types = ["curriculum.CurriculumIndexPage"]
    subpage_types = ["curriculum.StandardPage"]

    class Meta:
        verbose_name = "专业页面"

    def get_context(self, request, *args, **kwargs):

        context = super().get_context(request, *args, **kwargs)
        context.update(content_fragment(request, f"major-page:{self.pk}", self._standards))
        return context

    def _standards(self):
        """The major and its published standards' pages: public content alone, kept per generation."""
        standard_pages = (
            StandardPage.objects.child_of(self)
            .live()
            .public()
            .filter(standard__live=True)
            .select_related("standard__level", "standard__compiling_unit")
            .order_by("standard__level__rank")
        )
        return {"major": Major.objects.get(pk=self.major_id), "standard_pages": list(standard_pages)}


class StandardPage(CachedRestrictionsMixin, RoutablePageMixin, Page):
    """A published course standard; its courses and learning tasks are sub-routes read from the
    live version, so publishing a new version updates every public page at once."""

    standard = models.OneToOneField(
        CourseStandard, verbose_name="课程标准", on_delete=models.PROTECT, related_name="page"
    )

    content_panels = Page.content_panels + [FieldPanel("standard")]
    parent_page_types = ["curriculum.MajorPage"]
    subpage_types = []

    class Meta:
        verbose_name = "课程标准页面"

    def _live_standard(self):
        standard = CourseStandard.objects.select_related("major", "level", "compiling_unit").get(pk=self.standard_id)
        if not standard.live:
            raise Http404("课程标准未发布")
        return standard

    def _render(self, request, template, route, build):
        """Renders ``template`` with ``build()``'s context (standard, doc, route crumbs and the
        route's own), which depends on public content alone: kept per content generation, so the
        live document is not read again (a StreamField parsed, the history's revisions too). An
        Http404 raised by ``build`` keeps nothing."""

        context = content_fragment(request, f"standard-page:{self.pk}:{route}", build)
        return self.render(request, template=f"curriculum/{template}.html", context_overrides=context)

    def course_url(self, code):
        return self.url + self.reverse_subpage("course", args=[code])

    def task_url(self, course_code, task_code):
        return self.url + self.reverse_subpage("learning_task", args=[course_code, task_code])

    @path("")
    def overview(self, request):
        def build():
            standard = self._live_standard()
            doc = standard.to_document()
            return {
                "standard": standard,
                "doc": doc,
                "route_crumbs": [],
                "courses": [(course, self.course_url(course.code)) for course in doc.courses],
                "versions": list(
                    StandardVersion.objects.filter(standard=standard, status=VersionStatus.PUBLISHED).order_by("-published_at")
                ),
                "terms": range(1, doc.term_count() + 1),
            }

        return self._render(request, "standard_page", "overview", build)

    def _course(self, doc, code):
        course = next((c for c in doc.courses if c.code == code), None)
        if course is None:
            raise Http404("课程不存在")
        return course

    @re_path(r"^course/(?P<code>[^/]+)/$", name="course")
    def course(self, request, code):
        def build():
            standard = self._live_standard()
            doc = standard.to_document()
            course = self._course(doc, code)
            work_tasks = [doc.typical_work_task(c) for c in course.typical_work_task_codes]
            return {
                "standard": standard,
                "doc": doc,
                "route_crumbs": [(course.heading, "")],
                "course": course,
                "tasks": [(task, self.task_url(code, task.code)) for task in course.learning_tasks],
                "work_tasks": [task for task in work_tasks if task],
                **resource_context(ResourceItem.objects.public().filter(course__code=code)),
                "history": course_history(standard.published_documents(), code),
            }

        return self._render(request, "course", f"course:{code}", build)

    @re_path(r"^course/(?P<course_code>[^/]+)/task/(?P<task_code>[^/]+)/$", name="learning_task")
    def learning_task(self, request, course_code, task_code):
        def build():
            standard = self._live_standard()
            doc = standard.to_document()
            course = self._course(doc, course_code)
            task = next((t for t in course.learning_tasks if t.code == task_code), None)
            if task is None:
                raise Http404("学习任务不存在")
            resources = ResourceItem.objects.public().filter(course__code=course_code, learning_task_code=task_code)
            return {
                "standard": standard,
                "doc": doc,
                "route_crumbs": [(course.heading, self.course_url(course_code)), (f"{task.code} {task.name}", "")],
                "course": course,
                "task": task,
                "steps": [(step, task.step_text(step)) for step in WORK_PROCESS_STEPS],
                **resource_context(resources),
            }

        return self._render(request, "learning_task", f"task:{course_code}:{task_code}", build)
