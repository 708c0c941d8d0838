"""School selection committees (S1), selection rounds with notice and filing (S2–S9), supervision (S10–S12)."""

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel

from directory.models import PROVINCE_CHOICES, Organisation, OrganisationKind, Person


class MemberType(models.TextChoices):
    """The member groups Art. 27(1) requires on every committee."""

    PROFESSIONAL_TEACHER = "professional_teacher", "专业教师"
    INDUSTRY_EXPERT = "industry_expert", "行业企业专家"
    TEACHING_RESEARCHER = "teaching_researcher", "教科研人员"
    TEACHING_MANAGER = "teaching_manager", "教学管理人员"


class SelectionCommittee(ClusterableModel):
    school = models.OneToOneField(
        Organisation,
        verbose_name="学校",
        on_delete=models.CASCADE,
        related_name="selection_committee",
        limit_choices_to={"kind": OrganisationKind.SCHOOL},
    )
    # Set only by services.announce_committee, which checks the four member groups (S1).
    announced_on = models.DateField("成员公示日期", null=True, blank=True, editable=False)

    panels = [FieldPanel("school"), InlinePanel("members", label="成员")]

    class Meta:
        verbose_name = "教材选用委员会"
        verbose_name_plural = "教材选用委员会"
        ordering = ["school__name"]

    def __str__(self):
        return f"{self.school.name}教材选用委员会"


class CommitteeMember(models.Model):
    committee = ParentalKey(
        SelectionCommittee, verbose_name="委员会", on_delete=models.CASCADE, related_name="members"
    )
    person = models.ForeignKey(Person, verbose_name="人员", on_delete=models.PROTECT)
    member_type = models.CharField("成员类别", max_length=30, choices=MemberType.choices)
    is_chair = models.BooleanField("主任委员", default=False)

    panels = [FieldPanel("person"), FieldPanel("member_type"), FieldPanel("is_chair")]

    class Meta:
        verbose_name = "委员会成员"
        verbose_name_plural = "委员会成员"
        constraints = [
            models.UniqueConstraint(fields=["committee", "person"], name="unique_committee_member")
        ]

    def __str__(self):
        return f"{self.person.name}（{self.get_member_type_display()}）"


# ---------------------------------------------------------------------------------------------
# Selection rounds (S2–S9): one per school, term, major and level
# ---------------------------------------------------------------------------------------------


class Semester(models.IntegerChoices):
    FIRST = 1, "第一学期"
    SECOND = 2, "第二学期"


class RoundStatus(models.TextChoices):
    DRAFT = "draft", "选用中"
    NOTICE = "notice", "公示中"
    RESOLVED = "resolved", "公示结束（异议已处理）"
    FINAL = "final", "已确定"
    FILED = "filed", "已备案"


class IntegratedPilot(models.Model):
    """A school's 一体化 reform pilot for one major: switches on S5's 一体化-textbook rule."""

    school = models.ForeignKey(
        Organisation,
        verbose_name="学校",
        on_delete=models.CASCADE,
        related_name="integrated_pilots",
        limit_choices_to={"kind": OrganisationKind.SCHOOL},
    )
    major = models.ForeignKey("curriculum.Major", verbose_name="专业", on_delete=models.CASCADE, related_name="+")
    since = models.DateField("试点起始日期", null=True, blank=True)

    class Meta:
        verbose_name = "一体化课程教学改革试点"
        verbose_name_plural = "一体化课程教学改革试点"
        ordering = ["school__name", "major__code"]
        constraints = [models.UniqueConstraint(fields=["school", "major"], name="unique_integrated_pilot")]

    def __str__(self):
        return f"{self.school.name}·{self.major.name}（一体化试点）"


class SelectionRound(models.Model):
    school = models.ForeignKey(
        Organisation,
        verbose_name="学校",
        on_delete=models.PROTECT,
        related_name="selection_rounds",
        limit_choices_to={"kind": OrganisationKind.SCHOOL},
    )
    school_year = models.PositiveSmallIntegerField("学年（起始年份）", help_text="例如 2026 表示 2026—2027 学年")
    semester = models.PositiveSmallIntegerField("学期", choices=Semester.choices)
    major = models.ForeignKey("curriculum.Major", verbose_name="专业", on_delete=models.PROTECT, related_name="+")
    level = models.ForeignKey(
        "curriculum.TrainingLevel", verbose_name="培养层级", on_delete=models.PROTECT, related_name="+"
    )
    status = models.CharField(
        "状态", max_length=20, choices=RoundStatus.choices, default=RoundStatus.DRAFT, db_index=True
    )
    reselected_from = models.ForeignKey(
        "self", verbose_name="沿用的上学期选用", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    notice_starts_on = models.DateField("公示开始日期", null=True, blank=True)
    notice_ends_on = models.DateField("公示截止日期", null=True, blank=True)
    notice_working_days = models.PositiveSmallIntegerField("公示期（工作日）", default=5)
    finalised_at = models.DateTimeField("确定时间", null=True, blank=True)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)

    class Meta:
        verbose_name = "教材选用"
        verbose_name_plural = "教材选用"
        ordering = ["-school_year", "-semester", "school__name", "major__code", "level__rank"]
        constraints = [
            models.UniqueConstraint(
                fields=["school", "school_year", "semester", "major", "level"], name="unique_selection_round"
            )
        ]

    def __str__(self):
        return f"{self.school.name} {self.term_label} {self.major.name}（{self.level.name}）"

    @property
    def term_label(self):
        return term_label(self.school_year, self.semester)


def term_label(school_year, semester):
    return f"{school_year}—{school_year + 1}学年{Semester(semester).label}"


class SelectionLine(models.Model):
    """One course's chosen textbook version, with the copy the school buys (ISBN, edition: S8)."""

    round = models.ForeignKey(SelectionRound, verbose_name="选用", on_delete=models.CASCADE, related_name="lines")
    course = models.ForeignKey("curriculum.Course", verbose_name="课程", on_delete=models.PROTECT, related_name="+")
    version = models.ForeignKey(
        "textbooks.TextbookVersion", verbose_name="教材版本", on_delete=models.PROTECT, related_name="selection_lines"
    )
    isbn = models.CharField("所购教材 ISBN", max_length=17, help_text="按所购教材版权页填写，须与目录一致（第二十八条第（六）项）")
    printed_edition = models.PositiveSmallIntegerField("所购教材版次")
    exception_reason = models.TextField(
        "例外选用理由", blank=True, help_text="如专业课程从教材信息库选用，须写明理由（第二十八条第（三）项、第（四）项）"
    )
    change_reason = models.TextField("与上学期不同的理由", blank=True)
    needs_replacement = models.BooleanField("须更换（停用通知）", default=False)

    class Meta:
        verbose_name = "选用教材"
        verbose_name_plural = "选用教材"
        ordering = ["round", "course__code"]
        constraints = [models.UniqueConstraint(fields=["round", "course"], name="unique_selection_line")]

    def __str__(self):
        return f"{self.course.name}：{self.version}"


class ObjectionKind(models.TextChoices):
    GENERAL = "general", "一般意见"
    FACTUAL_ERROR = "factual_error", "事实错误"
    SUITABILITY = "suitability", "教材适用性"


class ObjectionOutcome(models.TextChoices):
    ANSWERED = "answered", "已答复"
    INVALID = "invalid", "无效异议"
    DUPLICATE = "duplicate", "重复异议"


class Objection(models.Model):
    """An objection raised during the notice period (S2); the result is final only once all are resolved."""

    round = models.ForeignKey(SelectionRound, verbose_name="选用", on_delete=models.CASCADE, related_name="objections")
    line = models.ForeignKey(
        SelectionLine, verbose_name="涉及教材", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    kind = models.CharField("异议类型", max_length=20, choices=ObjectionKind.choices)
    content = models.TextField("异议内容")
    # Name and contact are required and never shown on the public notice page (S2).
    raised_by = models.CharField("提出人姓名", max_length=40, help_text="不对外公开")
    contact = models.CharField("联系方式", max_length=60, help_text="电话或电子邮箱，不对外公开")
    raised_at = models.DateTimeField("提出时间", auto_now_add=True)
    outcome = models.CharField("处理结果", max_length=20, choices=ObjectionOutcome.choices, blank=True)
    resolution = models.TextField("处理意见", blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="处理人", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    resolved_at = models.DateTimeField("处理时间", null=True, blank=True)

    class Meta:
        verbose_name = "公示异议"
        verbose_name_plural = "公示异议"
        ordering = ["raised_at", "pk"]

    def __str__(self):
        return f"{self.get_kind_display()}：{self.content[:20]}"

    @property
    def is_open(self):
        return self.resolved_at is None


class SchoolFiling(models.Model):
    """A school's filing (备案) of a final selection with the provincial HRSS (S9, Art. 29)."""

    round = models.OneToOneField(SelectionRound, verbose_name="选用", on_delete=models.PROTECT, related_name="filing")
    authority = models.CharField("备案机关", max_length=80)
    reference = models.CharField("备案编号", max_length=40, unique=True)
    filed_at = models.DateTimeField("备案时间", default=timezone.now)
    filed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="备案人", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = "学校选用备案"
        verbose_name_plural = "学校选用备案"
        ordering = ["-filed_at"]

    def __str__(self):
        return self.reference


class ProvincialFiling(models.Model):
    """A province's yearly aggregate of its schools' filings, filed with MOHRSS (S9, Art. 29)."""

    province = models.CharField("省份", max_length=20, choices=PROVINCE_CHOICES)
    school_year = models.PositiveSmallIntegerField("学年（起始年份）")
    school_count = models.PositiveIntegerField("学校数")
    round_count = models.PositiveIntegerField("备案选用数")
    line_count = models.PositiveIntegerField("选用教材条目数")
    exception_count = models.PositiveIntegerField("例外选用条目数")
    summary = models.JSONField("按目录统计", default=dict)
    filed_at = models.DateTimeField("报送时间", default=timezone.now)
    filed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="报送人", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = "省级年度选用备案"
        verbose_name_plural = "省级年度选用备案"
        ordering = ["-school_year", "province"]
        constraints = [
            models.UniqueConstraint(fields=["province", "school_year"], name="unique_provincial_filing")
        ]

    def __str__(self):
        return f"{self.province}{self.school_year}学年技工院校教材选用情况"


# ---------------------------------------------------------------------------------------------
# Supervision (S10–S12)
# ---------------------------------------------------------------------------------------------


class UsageReport(models.Model):
    """A school's usage survey and report for one term, filed with HRSS (S10, Art. 33)."""

    school = models.ForeignKey(
        Organisation, verbose_name="学校", on_delete=models.CASCADE, related_name="usage_reports",
        limit_choices_to={"kind": OrganisationKind.SCHOOL},
    )
    school_year = models.PositiveSmallIntegerField("学年（起始年份）")
    semester = models.PositiveSmallIntegerField("学期", choices=Semester.choices)
    respondents = models.PositiveIntegerField("调查人数", default=0)
    satisfaction = models.DecimalField("满意率（%）", max_digits=5, decimal_places=2, null=True, blank=True)
    findings = models.TextField("使用情况分析")
    filed_at = models.DateTimeField("报送时间", null=True, blank=True)

    class Meta:
        verbose_name = "教材使用情况报告"
        verbose_name_plural = "教材使用情况报告"
        ordering = ["-school_year", "-semester", "school__name"]
        constraints = [
            models.UniqueConstraint(fields=["school", "school_year", "semester"], name="unique_usage_report")
        ]

    def __str__(self):
        return f"{self.school.name}{term_label(self.school_year, self.semester)}教材使用情况报告"


class QualityCheck(models.Model):
    """A random quality check (抽查) of selected textbooks; the draw is reproducible from ``seed`` (S10)."""

    school_year = models.PositiveSmallIntegerField("学年（起始年份）")
    province = models.CharField(
        "省份", max_length=20, choices=PROVINCE_CHOICES, blank=True, help_text="留空为人力资源社会保障部组织的全国抽查"
    )
    target_ratio = models.DecimalField("抽查覆盖目标", max_digits=4, decimal_places=2, default=Decimal("0.50"))
    seed = models.CharField("随机种子", max_length=40)
    population = models.PositiveIntegerField("在用教材数")
    drawn_at = models.DateTimeField("抽取时间", default=timezone.now)

    class Meta:
        verbose_name = "教材质量抽查"
        verbose_name_plural = "教材质量抽查"
        ordering = ["-drawn_at"]

    def __str__(self):
        return f"{self.province or '全国'}{self.school_year}学年教材质量抽查"


class QualityCheckItem(models.Model):
    quality_check = models.ForeignKey(QualityCheck, verbose_name="抽查", on_delete=models.CASCADE, related_name="items")
    version = models.ForeignKey("textbooks.TextbookVersion", verbose_name="教材版本", on_delete=models.PROTECT, related_name="+")
    finding = models.TextField("抽查结论", blank=True)
    passed = models.BooleanField("合格", null=True)

    class Meta:
        verbose_name = "抽查教材"
        verbose_name_plural = "抽查教材"
        ordering = ["quality_check", "pk"]
        constraints = [models.UniqueConstraint(fields=["quality_check", "version"], name="unique_check_item")]

    def __str__(self):
        return str(self.version)


class NegativeListEntry(models.Model):
    """A unit or person on the negative list (负面清单, S11, Art. 35/36)."""

    organisation = models.ForeignKey(
        Organisation, verbose_name="单位", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    person = models.ForeignKey(Person, verbose_name="人员", on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    reason = models.TextField("列入原因")
    listed_on = models.DateField("列入日期", default=timezone.localdate)
    lifted_on = models.DateField("移出日期", null=True, blank=True)

    class Meta:
        verbose_name = "负面清单"
        verbose_name_plural = "负面清单"
        ordering = ["-listed_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(organisation__isnull=False, person__isnull=True)
                | models.Q(organisation__isnull=True, person__isnull=False),
                name="negative_list_unit_xor_person",
            )
        ]

    def __str__(self):
        return str(self.organisation or self.person)


class StopUseReason(models.TextChoices):
    """The grounds of Art. 36 (1)–(9)."""

    POLITICAL = "political", "（一）政治方向、价值导向存在问题"
    SCIENTIFIC = "scientific", "（二）出现严重的科学性错误"
    LINKS = "links", "（三）所含链接内容存在问题，产生严重后果"
    PIRATED = "pirated", "（四）盗版盗印教材"
    UNIFIED_VIOLATION = "unified_violation", "（五）违规编写出版国家统编类教材及公共基础课程教材"
    MISLEADING_MARK = "misleading_mark", "（六）擅自使用规划教材标识或误导性表述"
    IMPROPER_MEANS = "improper_means", "（七）用不正当手段严重影响审核、选用"
    UNREVIEWED = "unreviewed", "（八）未按程序选用或选用未经审核、审核未通过的教材"
    OTHER = "other", "（九）其他造成严重后果的违法违纪违规行为"


class StopUseOrder(models.Model):
    """A stop-use order (S12, Art. 36): reaches every school that selected the version."""

    version = models.ForeignKey(
        "textbooks.TextbookVersion", verbose_name="教材版本", on_delete=models.PROTECT, related_name="stop_use_orders"
    )
    reason = models.CharField("停用依据（第三十六条）", max_length=30, choices=StopUseReason.choices)
    detail = models.TextField("具体情形")
    ordered_at = models.DateTimeField("下达时间", default=timezone.now)
    ordered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="下达人", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    lifted_at = models.DateTimeField("解除时间", null=True, blank=True)
    lift_reason = models.TextField("解除理由", blank=True)

    class Meta:
        verbose_name = "停用通知"
        verbose_name_plural = "停用通知"
        ordering = ["-ordered_at"]

    def __str__(self):
        return f"停止使用《{self.version}》"


class StopUseNotice(models.Model):
    """What a stop-use order tells one school's selection: flag, notification, replacement task."""

    order = models.ForeignKey(StopUseOrder, verbose_name="停用通知", on_delete=models.CASCADE, related_name="notices")
    round = models.ForeignKey(SelectionRound, verbose_name="选用", on_delete=models.CASCADE, related_name="stop_use_notices")
    notified_at = models.DateTimeField("通知时间", default=timezone.now)
    replaced_at = models.DateTimeField("完成更换时间", null=True, blank=True)

    class Meta:
        verbose_name = "停用更换任务"
        verbose_name_plural = "停用更换任务"
        ordering = ["-notified_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["order", "round"], name="unique_stop_use_notice")]

    def __str__(self):
        return f"{self.round.school.name}：更换《{self.order.version}》"


class WorkingDayOverride(models.Model):
    """HRSS's entry for a day the holiday package does not know yet (S2, Art. 27(2)): a public
    holiday or an adjusted working day of a year the State Council announced after the release."""

    date = models.DateField("日期", unique=True)
    is_working_day = models.BooleanField("是工作日", help_text="勾选：调休上班日；不勾选：法定节假日或休息日")
    note = models.CharField("依据", max_length=120, help_text="如：国务院办公厅关于2027年部分节假日安排的通知")

    class Meta:
        verbose_name = "节假日与调休安排"
        verbose_name_plural = "节假日与调休安排"
        ordering = ["-date"]

    def __str__(self):
        return f"{self.date}（{'工作日' if self.is_working_day else '休息日'}）"
