"""Textbooks, their versions, compiling units, publishers and catalogues (SPEC §3).

The pieces other apps build on:

* ``TextbookVersion`` is what is reviewed (it implements ``review.reviewable.Reviewable``),
  approved, frozen, put into catalogues and selected by schools. A ``Textbook`` is the stable
  identity (title, course, category, planning level) its editions share.
* ``CatalogueEntry`` says which approved version is in which catalogue (and batch).
* ``textbooks.rules.is_selectable(version)`` is the one answer to "may a school select this
  version?" (S6: approved, unaltered, not stopped); ``TextbookVersion.objects.selectable()`` is
  the same decision as a queryset. A catalogue's kind (``CatalogueKind``) tells which of
  Art. 28's catalogues a selectable version is in; ``services.stop_use`` records a stop-use
  order (Art. 36, S12) and ``services.approve_version`` is the review pipeline's approval.

State changes go through ``textbooks.services``; the model ``clean()`` methods run the same
rule checks for forms.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from cms import upload_checks
from cms.private_files import PrivateFileField
from curriculum.models import Course, Major, TrainingLevel
from directory.models import PROVINCE_CHOICES, Organisation, OrganisationKind, Person
from review.reviewable import ReviewFile, ReviewPeople
from textbooks import rules
from textbooks.choices import PlanningLevel, VersionStatus


class TextbookCategory(models.TextChoices):
    """The kinds of teaching material the Rules govern (Art. 4, 28, 37; SPEC §3)."""

    UNIFIED = "unified", "国家统编教材"
    PUBLIC_BASIC = "public_basic", "公共基础课程教材"
    PROFESSIONAL = "professional", "专业课程教材"
    INTEGRATED = "integrated", "一体化教材"
    VOCATIONAL_TRAINING = "vocational_training", "职业培训教材"
    JOB_TRAINING = "job_training", "岗位培训教材"
    SCHOOL_BASED = "school_based", "校本教材"
    LECTURE_NOTES = "lecture_notes", "讲义"
    LESSON_PLANS = "lesson_plans", "教案"
    TEACHING_REFERENCE = "teaching_reference", "教学参考书"
    DIGITAL = "digital", "数字教材"


class TextbookForm(models.TextChoices):
    TRADITIONAL = "traditional", "传统纸质教材"
    LOOSE_LEAF = "loose_leaf", "活页式"
    WORKBOOK = "workbook", "工作手册式"
    MULTIMEDIA = "multimedia", "融媒体式"
    DIGITAL = "digital", "数字教材"


class NationalLeadBasis(models.TextChoices):
    """Art. 12(5): who may lead a national planned textbook."""

    HIGH_QUALITY_SCHOOL = "high_quality_school", "办学质量水平较高的技工院校"
    COMPETITION_SCHOOL = "competition_school", "在国家级技能竞赛中成绩突出的技工院校"
    LEADING_ENTERPRISE = "leading_enterprise", "行业领先企业"
    RESEARCH_INSTITUTE = "research_institute", "教科研机构"
    SPECIALIST_PUBLISHER = "specialist_publisher", "人社、教育、科技类或行业出版机构"


# The Art. 12 facts a unit proposes and HRSS verifies.
UNIT_FACT_FIELDS = (
    "registered_in_prc",
    "independent_legal_person",
    "legal_representative_nationality",
    "has_compiling_team",
    "has_service_team",
    "has_funding",
    "national_lead_basis",
    "unified_route_authorised",
)
# The Art. 24 facts a publisher proposes and HRSS verifies; penalties are HRSS's own record.
PUBLISHER_FACT_FIELDS = ("licence_number", "has_qualified_editors", "has_service_capacity", "has_adequate_capital")


class VerifiedQualification(models.Model):
    """A qualification the regulated organisation proposes and HRSS verifies (Art. 12, 24; R10):
    the organisation edits the fields named in ``FACT_FIELDS``; only HRSS's verified snapshot of
    them counts. The snapshot is never in a form: the verification services alone set it."""

    FACT_FIELDS = ()

    verified_facts = models.JSONField("已核验的资质", default=dict, blank=True, editable=False)
    verified_on = models.DateField("资质核验日期", null=True, blank=True, editable=False)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="核验人", on_delete=models.SET_NULL, null=True, blank=True,
        editable=False, related_name="+",
    )

    class Meta:
        abstract = True

    def proposed_facts(self):
        return {name: getattr(self, name) for name in self.FACT_FIELDS}

    @property
    def is_verified(self):
        return bool(self.verified_facts)

    @property
    def awaiting_verification(self):
        """The organisation proposed something HRSS has not verified yet."""
        return self.proposed_facts() != self.verified_facts


class CompilingUnitProfile(VerifiedQualification):
    """A compiling unit's Art. 12 qualifications; the eligibility follows from ``rules``."""

    FACT_FIELDS = UNIT_FACT_FIELDS

    organisation = models.OneToOneField(
        Organisation,
        verbose_name="编写单位",
        on_delete=models.CASCADE,
        related_name="compiling_profile",
    )
    registered_in_prc = models.BooleanField("在中华人民共和国境内登记注册", default=True)
    independent_legal_person = models.BooleanField("具有独立法人资格", default=True)
    legal_representative_nationality = models.CharField(
        "法定代表人国籍", max_length=30, default=rules.PRC_NATIONALITY
    )
    has_compiling_team = models.BooleanField(
        "有熟悉教材编写的专业团队", default=False, help_text="第十二条第（二）项"
    )
    has_service_team = models.BooleanField(
        "有跟踪服务与研究的专业团队及质量监控机制", default=False, help_text="第十二条第（三）项"
    )
    has_funding = models.BooleanField(
        "有经费保障与硬件支持条件", default=False, help_text="第十二条第（四）项"
    )
    national_lead_basis = models.CharField(
        "牵头全国规划教材的依据",
        max_length=30,
        choices=NationalLeadBasis.choices,
        blank=True,
        help_text="第十二条第（五）项；留空表示不具备牵头全国规划教材的条件",
    )
    unified_route_authorised = models.BooleanField(
        "承担国家统编教材编写",
        default=False,
        help_text="经人力资源社会保障部委托承担统一编写任务（第四条）",
    )

    class Meta:
        verbose_name = "编写单位资质"
        verbose_name_plural = "编写单位资质"
        ordering = ["organisation__name"]
        permissions = [("verify_compilingunitprofile", "Can verify a compiling unit's Art. 12 qualification")]

    def __str__(self):
        return f"{self.organisation.name}（编写单位资质）"

    def qualification(self):
        """The verified Art. 12 facts, or None before HRSS verified any."""
        if not self.is_verified:
            return None
        facts = self.verified_facts
        return rules.UnitQualification(
            **{name: facts[name] for name in UNIT_FACT_FIELDS if name != "unified_route_authorised"},
            organisation_kind=self.organisation.kind,
        )

    @property
    def verified_unified_route(self):
        return bool(self.verified_facts.get("unified_route_authorised"))

    @property
    def eligible_planning_levels(self):
        q = self.qualification()
        return rules.eligible_planning_levels(q) if q else []

    def eligible_planning_levels_display(self):
        if not self.is_verified:
            return "待人社部门核验"
        labels = dict(PlanningLevel.choices)
        return "、".join(labels[level] for level in self.eligible_planning_levels) or "不具备编写条件"

    eligible_planning_levels_display.short_description = "可牵头编写"


class PublisherProfile(VerifiedQualification):
    """A publisher's Art. 24 qualification; penalties are kept as history."""

    FACT_FIELDS = PUBLISHER_FACT_FIELDS

    organisation = models.OneToOneField(
        Organisation,
        verbose_name="出版单位",
        on_delete=models.CASCADE,
        related_name="publisher_profile",
        limit_choices_to={"kind": OrganisationKind.PUBLISHER},
    )
    licence_number = models.CharField("出版许可证号", max_length=40, blank=True)
    has_qualified_editors = models.BooleanField(
        "有相关专业背景、中级以上职业资格的在编专职编辑", default=False, help_text="第二十四条第（一）项"
    )
    has_service_capacity = models.BooleanField(
        "具备使用培训、回访服务能力", default=False, help_text="第二十四条第（二）项"
    )
    has_adequate_capital = models.BooleanField(
        "资金和经营规模与教材出版相适应", default=False, help_text="第二十四条第（三）项"
    )

    class Meta:
        verbose_name = "出版单位资质"
        verbose_name_plural = "出版单位资质"
        ordering = ["organisation__name"]
        permissions = [("verify_publisherprofile", "Can verify a publisher's Art. 24 qualification")]

    def __str__(self):
        return f"{self.organisation.name}（出版资质）"

    def qualification_problems(self, today=None):
        """Art. 24 on the facts HRSS verified (the penalties are HRSS's own record)."""
        if not self.is_verified:
            return [rules.PUBLISHER_UNVERIFIED]
        facts = self.verified_facts
        return rules.publisher_qualification_problems(
            has_qualified_editors=facts["has_qualified_editors"],
            has_service_capacity=facts["has_service_capacity"],
            has_adequate_capital=facts["has_adequate_capital"],
            penalty_dates=[p.penalised_on for p in self.penalties.all()],
            today=today or timezone.localdate(),
        )

    def is_qualified(self):
        return not self.qualification_problems()

    is_qualified.boolean = True
    is_qualified.short_description = "符合出版资质"


class PublisherPenalty(models.Model):
    publisher = models.ForeignKey(
        PublisherProfile, verbose_name="出版单位", on_delete=models.CASCADE, related_name="penalties"
    )
    penalised_on = models.DateField("处罚日期")
    authority = models.CharField("处罚机关", max_length=80)
    description = models.TextField("处罚事由")

    class Meta:
        verbose_name = "出版处罚记录"
        verbose_name_plural = "出版处罚记录"
        ordering = ["-penalised_on"]

    def __str__(self):
        return f"{self.publisher.organisation.name} {self.penalised_on}"


class TextbookQuerySet(models.QuerySet):
    def bulk_create(self, objs, *args, **kwargs):
        # bulk_create skips save(): the pinyin sort key is filled here for the demo and benchmarks.
        objs = list(objs)
        for textbook in objs:
            textbook.title_sort = rules.title_sort_key(textbook.title)
        return super().bulk_create(objs, *args, **kwargs)


class Textbook(models.Model):
    """The identity an edition's versions share: what it is, whom it serves, how it is planned."""

    title = models.CharField("书名", max_length=120)
    title_sort = models.CharField(
        "书名拼音排序键", max_length=rules.TITLE_SORT_KEY_LENGTH, blank=True, editable=False, db_index=True
    )
    subtitle = models.CharField("副书名", max_length=120, blank=True)
    series_name = models.CharField("丛书名/封面标注", max_length=120, blank=True)
    carries_planned_mark = models.BooleanField(
        "印有全国技工教育规划教材标识", default=False, help_text="仅全国规划教材可使用（第三十六条第（六）项）"
    )
    category = models.CharField("教材类别", max_length=30, choices=TextbookCategory.choices)
    planning_level = models.CharField("规划级别", max_length=20, choices=PlanningLevel.choices)
    province = models.CharField(
        "规划省份", max_length=20, choices=PROVINCE_CHOICES, blank=True, help_text="省级规划教材必填"
    )
    compiling_unit = models.ForeignKey(
        Organisation, verbose_name="编写单位", on_delete=models.PROTECT, related_name="compiled_textbooks"
    )
    courses = models.ManyToManyField(Course, verbose_name="服务课程", related_name="textbooks")
    majors = models.ManyToManyField(Major, verbose_name="适用专业", related_name="textbooks", blank=True)
    levels = models.ManyToManyField(
        TrainingLevel, verbose_name="适用层级", related_name="textbooks", blank=True
    )
    touches_sovereignty = models.BooleanField("涉及国家主权", default=False)
    touches_security = models.BooleanField("涉及国家安全", default=False)
    touches_ethnicity = models.BooleanField("涉及民族", default=False)
    touches_religion = models.BooleanField("涉及宗教", default=False)
    is_major_topic = models.BooleanField("属于重大选题", default=False, help_text="第二十一条；由审核组织单位受理时确认")
    is_practical_skills = models.BooleanField("实用技能类教材", default=False, help_text="第二十二条；由审核组织单位受理时确认")
    schooling_cycle_years = models.PositiveSmallIntegerField(
        "修订周期（学制年数）", default=3, help_text="第十七条：一般按学制周期修订"
    )
    created_at = models.DateTimeField("创建时间", auto_now_add=True)

    class Meta:
        verbose_name = "教材"
        verbose_name_plural = "教材"
        ordering = ["title_sort", "pk"]
        indexes = [models.Index(fields=["category", "planning_level"])]

    objects = TextbookQuerySet.as_manager()

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.title_sort = rules.title_sort_key(self.title)
        if kwargs.get("update_fields") is not None and "title" in kwargs["update_fields"]:
            kwargs["update_fields"] = {*kwargs["update_fields"], "title_sort"}
        super().save(*args, **kwargs)

    def approved_new_chief_editor_ids(self):
        """R7: the chief editors that approved change requests brought to this textbook's versions."""
        return set(
            ChangeRequest.objects.filter(
                version__textbook=self, status=ChangeRequestStatus.APPROVED, new_chief_editor__isnull=False
            ).values_list("new_chief_editor_id", flat=True)
        )

    @property
    def sensitive_topics(self):
        flags = {
            "sovereignty": self.touches_sovereignty,
            "security": self.touches_security,
            "ethnicity": self.touches_ethnicity,
            "religion": self.touches_religion,
        }
        return {topic for topic, on in flags.items() if on}

    def clean(self):
        from textbooks import checks

        # Forms and services put the not-yet-saved courses, majors and levels here.
        checks.raise_if(checks.textbook_problems(self, getattr(self, "proposed_relations", None)))


# The three *_path functions name the folders of files stored before the private store; only
# migration 0001 refers to them now.
def manuscript_path(instance, filename):
    return f"textbooks/manuscripts/{instance.textbook_id}/{filename}"


def attachment_path(instance, filename):
    return f"textbooks/attachments/{instance.version.textbook_id}/{filename}"


class TextbookVersionQuerySet(models.QuerySet):
    def selectable(self):
        """S6 as a filter; the same decision as ``rules.is_selectable``."""
        return self.filter(**rules.selectable_filter())

    def overdue(self, today=None):
        """Art. 17: approved versions past their revision date with no newer approved edition
        (``rules.is_revision_overdue`` for a whole list)."""
        newer = TextbookVersion.objects.filter(
            textbook=models.OuterRef("textbook"),
            edition__gt=models.OuterRef("edition"),
            status=VersionStatus.APPROVED,
        )
        return self.filter(
            status=VersionStatus.APPROVED, revision_due_on__lt=today or timezone.localdate()
        ).exclude(models.Exists(newer))


class TextbookVersion(ClusterableModel):
    """One edition (and, after an approved change request, one changed printing) of a textbook.

    Approval freezes it (Art. 23): ``fingerprint`` is a SHA-256 over its files and canonical
    metadata; ``altered_at`` is set when verification finds the content no longer matches.
    """

    review_kind_label = "教材"

    textbook = models.ForeignKey(
        Textbook, verbose_name="教材", on_delete=models.CASCADE, related_name="versions"
    )
    edition = models.PositiveSmallIntegerField("版次", default=1)
    change_number = models.PositiveSmallIntegerField(
        "变更序号", default=0, help_text="经批准的变更申请生成的新版本依次编号"
    )
    isbn = models.CharField("ISBN", max_length=17, blank=True, db_index=True, help_text="13 位书号，可含连字符")
    publisher = models.ForeignKey(
        Organisation,
        verbose_name="出版单位",
        on_delete=models.PROTECT,
        related_name="published_versions",
        null=True,
        blank=True,
        limit_choices_to={"kind": OrganisationKind.PUBLISHER},
    )
    published_on = models.DateField("出版日期", null=True, blank=True)
    price = models.DecimalField("定价（元）", max_digits=8, decimal_places=2, null=True, blank=True)
    form = models.CharField(
        "教材形态", max_length=20, choices=TextbookForm.choices, default=TextbookForm.TRADITIONAL
    )
    description = models.TextField("内容简介", blank=True)
    chief_editor = models.ForeignKey(
        Person,
        verbose_name="主编",
        on_delete=models.PROTECT,
        related_name="chief_edited_versions",
        null=True,
        blank=True,
    )
    manuscript = PrivateFileField(
        "书稿（DOCX/PDF）",
        folder="textbooks/manuscripts",
        original_name_field="manuscript_original_name",
        blank=True,
        validators=[upload_checks.manuscript_upload],
    )
    manuscript_original_name = models.CharField("书稿原文件名", max_length=200, blank=True, editable=False)
    cover = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="封面",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    status = models.CharField(
        "状态", max_length=20, choices=VersionStatus.choices, default=VersionStatus.DRAFT, db_index=True
    )
    fingerprint = models.CharField("内容指纹（SHA-256）", max_length=64, blank=True, editable=False)
    frozen_at = models.DateTimeField("冻结时间", null=True, blank=True, editable=False)
    altered_at = models.DateTimeField("发现擅自更改时间", null=True, blank=True, editable=False)
    stopped_at = models.DateTimeField("停止使用时间", null=True, blank=True, editable=False)
    stop_reason = models.CharField("停止使用原因", max_length=200, blank=True, editable=False)
    revision_due_on = models.DateField("应修订日期", null=True, blank=True, editable=False, db_index=True)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)

    objects = TextbookVersionQuerySet.as_manager()

    class Meta:
        verbose_name = "教材版本"
        verbose_name_plural = "教材版本"
        ordering = ["textbook__title", "-edition", "-change_number"]
        constraints = [
            models.UniqueConstraint(
                fields=["textbook", "edition", "change_number"], name="unique_textbook_edition_change"
            )
        ]

    def __str__(self):
        return f"{self.textbook.title}（{self.edition_label}）"

    @property
    def edition_label(self):
        return rules.edition_label(self.edition, self.change_number)

    @property
    def is_frozen(self):
        return self.frozen_at is not None

    @property
    def lock_reason(self):
        return rules.version_lock_reason(self.is_frozen, self.status == VersionStatus.SUBMITTED)

    @property
    def is_selectable(self):
        return rules.is_selectable(self)

    @property
    def public_status(self):
        return rules.public_status_label(self)

    def clean(self):
        from textbooks import checks

        checks.raise_if(checks.version_problems(self))

    def save(self, *args, **kwargs):
        # A full save of a frozen version must not change its content; services that record
        # status, alteration or stop-use name their update_fields.
        if self.pk and self.frozen_at and kwargs.get("update_fields") is None:
            from textbooks import freezing

            if not freezing.matches_fingerprint(self):
                raise ValidationError(rules.frozen_refusal())
        self.revision_due_on = rules.revision_due_on(self.published_on, self.textbook.schooling_cycle_years)
        super().save(*args, **kwargs)

    # --- review.reviewable.Reviewable -------------------------------------------------------

    def review_title(self):
        return f"{self.textbook.title}（{self.edition_label}）"

    def review_planning_level(self):
        return self.textbook.planning_level

    def review_province(self):
        return self.textbook.province if self.textbook.planning_level == PlanningLevel.PROVINCIAL else ""

    def review_course(self):
        return self.textbook.courses.order_by("code").first()

    def review_people(self):
        members = [a.person for a in self.authors.select_related("person__employer")]
        authors = ([self.chief_editor] if self.chief_editor else []) + members
        return ReviewPeople(
            authors=authors,
            chief_editor=self.chief_editor,
            compiling_unit=self.textbook.compiling_unit,
            publisher=self.publisher,
        )

    def review_metadata(self):
        textbook = self.textbook
        return {
            "书名": textbook.title,
            "版次": self.edition_label,
            "教材类别": textbook.get_category_display(),
            "规划级别": textbook.get_planning_level_display(),
            "教材形态": self.get_form_display(),
            "服务课程": "、".join(c.name for c in textbook.courses.order_by("code")),
            "适用专业": "、".join(m.name for m in textbook.majors.order_by("code")),
            "适用层级": "、".join(level.name for level in textbook.levels.order_by("rank")),
            "内容简介": self.description,
        }

    def public_namesakes(self):
        """R3: approved versions shown in the public catalogue, its API and search under the same
        title (earlier editions of this textbook included), with the unit and people they name."""
        public = (
            TextbookVersion.objects.filter(textbook__title=self.textbook.title, status__in=[VersionStatus.APPROVED, VersionStatus.SUPERSEDED])
            .exclude(pk=self.pk)
            .select_related("textbook__compiling_unit", "chief_editor", "publisher")
            .prefetch_related("authors__person")
        )
        return [
            {
                "where": f"公开教材目录《{v.textbook.title}》（{v.edition_label}）",
                "names": [n for n in (v.textbook.compiling_unit.name, v.chief_editor.name if v.chief_editor else "",
                                      v.publisher.name if v.publisher else "") if n]
                + [a.person.name for a in v.authors.all()],
            }
            for v in public
        ]

    def neutral_review_title(self):
        textbook = self.textbook
        course = textbook.courses.order_by("code").first()
        levels = "、".join(level.name for level in textbook.levels.order_by("rank"))
        subject = f"“{course.name}”课程" if course else textbook.get_category_display()
        return f"{subject}教材（{textbook.get_category_display()}，{levels}）{'修订版' if self.edition > 1 else '送审稿'}"

    def neutral_review_metadata(self):
        textbook = self.textbook
        return {
            "教材类别": textbook.get_category_display(),
            "规划级别": textbook.get_planning_level_display(),
            "教材形态": self.get_form_display(),
            "适用层级": "、".join(level.name for level in textbook.levels.order_by("rank")),
        }

    def review_files(self):
        files = []
        if self.manuscript:
            files.append(ReviewFile(self.manuscript.name, "书稿", path=self.manuscript.path))
        files.extend(
            ReviewFile(a.file.name, "教学资源", path=a.file.path) for a in self.attachments.order_by("pk")
        )
        return files

    def is_ideologically_strong(self):
        textbook = self.textbook
        return rules.is_ideologically_strong(
            textbook.category,
            [c.category for c in textbook.courses.all()],
            textbook.sensitive_topics,
        )

    def is_practical_skills(self):
        return self.textbook.is_practical_skills

    def trial_facts(self):
        """Art. 16: (has a 审读, has a 试用, records whose opinion the unit has not answered)."""
        records = list(self.trial_records.all())
        return (
            any(r.kind == TrialKind.READING for r in records),
            any(r.kind == TrialKind.USE for r in records),
            sum(1 for r in records if not r.unit_response.strip()),
        )

    def content_flags(self):
        """What the unit proposes (R10); the organiser confirms or corrects it at intake."""
        t = self.textbook
        return {
            "sovereignty": t.touches_sovereignty,
            "security": t.touches_security,
            "ethnicity": t.touches_ethnicity,
            "religion": t.touches_religion,
            "major_topic": t.is_major_topic,
            "practical_skills": t.is_practical_skills,
        }

    def ideologically_strong_with(self, flags):
        textbook = self.textbook
        topics = {topic for topic in rules.SENSITIVE_TOPIC_LABELS if flags.get(topic)}
        return rules.is_ideologically_strong(textbook.category, [c.category for c in textbook.courses.all()], topics)

    def intake_refusal(self, flags):
        """R10 (Art. 4, 36(5)) on the organiser's confirmed facts."""
        from textbooks import checks

        return checks.r10_problem(self.textbook, self.ideologically_strong_with(flags))

    def review_fingerprint(self):
        from textbooks import freezing

        return freezing.compute_fingerprint(self)


class AuthorRole(models.TextChoices):
    DEPUTY_CHIEF = "deputy_chief", "副主编"
    MEMBER = "member", "参编"


class AuthorCategory(models.TextChoices):
    """Team structure of Art. 15."""

    SUBJECT_EXPERT = "subject_expert", "课程专业领域专家"
    TEACHER = "teacher", "一线教师"
    INTEGRATED_TEACHER = "integrated_teacher", "一体化教师"
    INDUSTRY_TECHNICIAN = "industry_technician", "行业企业专业技术人员"
    HIGH_SKILL = "high_skill", "高技能人才"


class VersionAuthor(models.Model):
    """A team member besides the chief editor (who is ``TextbookVersion.chief_editor``)."""

    version = ParentalKey(
        TextbookVersion, verbose_name="教材版本", on_delete=models.CASCADE, related_name="authors"
    )
    person = models.ForeignKey(Person, verbose_name="人员", on_delete=models.PROTECT, related_name="+")
    role = models.CharField("分工", max_length=20, choices=AuthorRole.choices, default=AuthorRole.MEMBER)
    category = models.CharField("人员类别", max_length=30, choices=AuthorCategory.choices)
    sort_order = models.PositiveSmallIntegerField("排序", default=0)

    class Meta:
        verbose_name = "编写人员"
        verbose_name_plural = "编写人员"
        ordering = ["sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["version", "person"], name="unique_version_author")
        ]

    def __str__(self):
        return f"{self.person.name}（{self.get_role_display()}）"

    def clean(self):
        _refuse_if_frozen(self.version if self.version_id else None)


class RelaxationKind(models.TextChoices):
    TITLE = "title", "职称（职业资格、技能等级）要求适当放宽（第十三条、第十四条）"
    STRUCTURE = "structure", "团队结构要求适当放宽（第十五条）"


class TeamRelaxation(models.Model):
    """The organiser relaxes a team requirement the Rules allow to relax, with its reason: titles for
    新兴专业、紧缺技术人才、高技能人才 (Art. 13(2), 14(2)), the team's usual structure (Art. 15)."""

    version = models.ForeignKey(
        TextbookVersion, verbose_name="教材版本", on_delete=models.CASCADE, related_name="team_relaxations"
    )
    kind = models.CharField("放宽事项", max_length=20, choices=RelaxationKind.choices)
    person = models.ForeignKey(
        Person, verbose_name="人员", on_delete=models.CASCADE, null=True, blank=True, related_name="+",
        help_text="职称要求放宽时填写",
    )
    reason = models.TextField("理由")
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="决定人", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField("决定时间", auto_now_add=True)

    class Meta:
        verbose_name = "编写团队要求放宽"
        verbose_name_plural = "编写团队要求放宽"

    def __str__(self):
        return f"{self.version}：{self.get_kind_display()}"


class TrialKind(models.TextChoices):
    READING = "reading", "审读"
    USE = "use", "试用"


class TrialRecord(models.Model):
    """Art. 16: front-line teachers and enterprise staff read (审读) and try out (试用) the finished
    textbook; their opinion and how the unit answered it are recorded before submission."""

    version = ParentalKey(
        TextbookVersion, verbose_name="教材版本", on_delete=models.CASCADE, related_name="trial_records"
    )
    kind = models.CharField("类型", max_length=20, choices=TrialKind.choices)
    participant = models.CharField("审读/试用人员", max_length=60)
    participant_role = models.CharField("人员类别及单位", max_length=120, help_text="如：一线任课教师，某技师学院")
    held_on = models.DateField("日期")
    opinion = models.TextField("审读意见/试用情况")
    unit_response = models.TextField("编写单位的处理与修改情况", blank=True)

    class Meta:
        verbose_name = "审读与试用记录"
        verbose_name_plural = "审读与试用记录"
        ordering = ["held_on", "pk"]

    def __str__(self):
        return f"{self.get_kind_display()}：{self.participant}（{self.held_on}）"

    def clean(self):
        _refuse_if_frozen(self.version if self.version_id else None)


class AuthorAnnouncement(models.Model):
    """The unit's public announcement (公示) of a version's authors (Art. 13)."""

    version = models.ForeignKey(
        TextbookVersion, verbose_name="教材版本", on_delete=models.CASCADE, related_name="announcements"
    )
    announced_on = models.DateField("公示日期")
    period_days = models.PositiveSmallIntegerField("公示期（天）", default=5)
    notice = models.TextField("公示内容")
    announced_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="公示人", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = "编写人员公示"
        verbose_name_plural = "编写人员公示"
        ordering = ["-announced_on", "-pk"]

    def __str__(self):
        return f"{self.version}编写人员公示（{self.announced_on}）"


class VersionAttachment(models.Model):
    """Resource files that belong to the textbook's content (Art. 2: audio/video, atlases …)."""

    version = ParentalKey(
        TextbookVersion, verbose_name="教材版本", on_delete=models.CASCADE, related_name="attachments"
    )
    title = models.CharField("资源名称", max_length=120)
    file = PrivateFileField(
        "文件",
        folder="textbooks/attachments",
        original_name_field="original_name",
        validators=[upload_checks.attachment_upload],
    )
    original_name = models.CharField("原文件名", max_length=200, blank=True, editable=False)

    class Meta:
        verbose_name = "配套资源"
        verbose_name_plural = "配套资源"
        ordering = ["pk"]

    def __str__(self):
        return self.title

    def clean(self):
        _refuse_if_frozen(self.version if self.version_id else None)


def _refuse_if_frozen(version):
    from textbooks import checks

    problem = checks.frozen_child_problem(version)
    if problem:
        raise ValidationError(problem)


class ApprovalRecord(models.Model):
    """A review outcome for a version. The review pipeline writes these; approval reads them.

    Non-planned textbooks enter the information library only with a passed record (Art. 23).
    """

    version = models.ForeignKey(
        TextbookVersion, verbose_name="教材版本", on_delete=models.CASCADE, related_name="approval_records"
    )
    passed = models.BooleanField("审核通过")
    review_reference = models.CharField("审核意见/批准文号", max_length=120)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="批准人", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField("批准时间", default=timezone.now)

    class Meta:
        verbose_name = "审核批准记录"
        verbose_name_plural = "审核批准记录"
        ordering = ["-decided_at", "-pk"]

    def __str__(self):
        return f"{self.version}：{'通过' if self.passed else '未通过'}（{self.review_reference}）"


class ChangeRequestStatus(models.TextChoices):
    PENDING = "pending", "待批准"
    APPROVED = "approved", "已批准"
    REJECTED = "rejected", "已驳回"
    SENT_TO_REVIEW = "sent_to_review", "实质性修改，退回重新审核"


def change_manuscript_path(instance, filename):
    return f"textbooks/changes/{instance.version.textbook_id}/{filename}"


class ChangeRequest(models.Model):
    """The only way to change an approved version (Art. 14, 23): approval creates a new version."""

    version = models.ForeignKey(
        TextbookVersion, verbose_name="变更的版本", on_delete=models.CASCADE, related_name="change_requests"
    )
    reason = models.TextField("变更理由")
    new_chief_editor = models.ForeignKey(
        Person,
        verbose_name="新主编",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="仅在确需更换主编时填写（第十四条）",
    )
    new_manuscript = PrivateFileField(
        "修改后的书稿",
        folder="textbooks/changes",
        original_name_field="new_manuscript_original_name",
        blank=True,
        validators=[upload_checks.manuscript_upload],
    )
    new_manuscript_original_name = models.CharField("修改后书稿原文件名", max_length=200, blank=True, editable=False)
    new_price = models.DecimalField("新定价（元）", max_digits=8, decimal_places=2, null=True, blank=True)
    new_description = models.TextField("新内容简介", blank=True)
    status = models.CharField(
        "状态", max_length=20, choices=ChangeRequestStatus.choices, default=ChangeRequestStatus.PENDING
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="申请人", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    requested_at = models.DateTimeField("申请时间", default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="审批人", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField("审批时间", null=True, blank=True)
    resulting_version = models.OneToOneField(
        TextbookVersion,
        verbose_name="生成的新版本",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="created_by_change",
    )

    class Meta:
        verbose_name = "变更申请"
        verbose_name_plural = "变更申请"
        ordering = ["-requested_at", "-pk"]

    def __str__(self):
        return f"{self.version}变更申请（{self.get_status_display()}）"


class CatalogueKind(models.TextChoices):
    NATIONAL_PLANNED = "national_planned", "全国技工教育规划教材目录"
    PROVINCIAL_PLANNED = "provincial_planned", "省级技工教育规划教材目录"
    VOCATIONAL_TRAINING = "vocational_training", "全国职业培训规划教材目录"
    SKILLS_UPGRADING = "skills_upgrading", "国家职业技能提升行动教材目录"
    INFORMATION_LIBRARY = "information_library", "技工院校教材信息库"


class Catalogue(models.Model):
    kind = models.CharField("目录类型", max_length=30, choices=CatalogueKind.choices)
    province = models.CharField(
        "省份", max_length=20, choices=PROVINCE_CHOICES, blank=True, help_text="仅省级规划教材目录"
    )
    name = models.CharField("目录名称", max_length=80, unique=True)
    description = models.TextField("说明", blank=True)

    class Meta:
        verbose_name = "教材目录"
        verbose_name_plural = "教材目录"
        ordering = ["kind", "province"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "province"], name="unique_catalogue_per_province")
        ]

    def __str__(self):
        return self.name

    def clean(self):
        message = rules.catalogue_province_problem(self.kind, self.province)
        if message:
            raise ValidationError({"province": message})

    @property
    def lock_reason(self):
        published = sum(rules.is_published(on, timezone.localdate()) for on in self.batches.values_list("published_on", flat=True))
        return rules.catalogue_lock_reason(published)

    def save(self, *args, **kwargs):
        _refuse_changing_published(self, ("kind", "province", "name", "description"))
        super().save(*args, **kwargs)


class Batch(models.Model):
    """A planning batch (规划批次) of a catalogue, published on a date."""

    catalogue = models.ForeignKey(
        Catalogue, verbose_name="目录", on_delete=models.CASCADE, related_name="batches"
    )
    name = models.CharField("批次", max_length=60)
    published_on = models.DateField("发布日期", null=True, blank=True)
    document_number = models.CharField("发布文号", max_length=60, blank=True)

    class Meta:
        verbose_name = "规划批次"
        verbose_name_plural = "规划批次"
        ordering = ["catalogue", "-published_on", "name"]
        constraints = [
            models.UniqueConstraint(fields=["catalogue", "name"], name="unique_batch_name_per_catalogue")
        ]

    def __str__(self):
        return f"{self.catalogue.name}·{self.name}"

    @property
    def lock_reason(self):
        return rules.batch_lock_reason(self.published_on, self.document_number, timezone.localdate())

    def save(self, *args, **kwargs):
        _refuse_changing_published(self, ("catalogue_id", "name", "published_on", "document_number"))
        super().save(*args, **kwargs)


def _refuse_changing_published(instance, fields):
    """Art. 23: whatever route saves it, a published catalogue or batch keeps what was published
    (the edit views show it read-only with the same reason)."""
    stored = type(instance)._default_manager.filter(pk=instance.pk).first() if instance.pk else None
    if stored is None or not stored.lock_reason:
        return
    if any(getattr(stored, field) != getattr(instance, field) for field in fields):
        raise ValidationError(stored.lock_reason)


class CatalogueEntry(models.Model):
    """An approved version's membership of a catalogue (and batch)."""

    catalogue = models.ForeignKey(
        Catalogue, verbose_name="目录", on_delete=models.CASCADE, related_name="entries"
    )
    version = models.ForeignKey(
        TextbookVersion, verbose_name="教材版本", on_delete=models.CASCADE, related_name="catalogue_entries"
    )
    batch = models.ForeignKey(
        Batch, verbose_name="批次", on_delete=models.SET_NULL, null=True, blank=True, related_name="entries"
    )
    added_on = models.DateField("纳入日期", default=timezone.localdate)

    class Meta:
        verbose_name = "目录收录"
        verbose_name_plural = "目录收录"
        ordering = ["catalogue", "version__textbook__title"]
        constraints = [
            models.UniqueConstraint(fields=["catalogue", "version"], name="unique_catalogue_entry")
        ]

    def __str__(self):
        return f"{self.catalogue}：{self.version}"
