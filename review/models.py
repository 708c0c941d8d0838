"""The expert pool (专家库) from which review panels are drawn (SPEC §4, R4, R5)."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models

from cms.private_files import PrivateFileField
from curriculum.models import Major
from directory.models import Organisation, Person


class ExpertCategory(models.TextChoices):
    """The four reviewer categories of Art. 19."""

    SUBJECT = "subject", "学科专业领域专家"
    RESEARCH = "research", "教科研专家"
    TEACHER = "teacher", "一线教师"
    INDUSTRY = "industry", "行业企业专家"


class Expert(models.Model):
    person = models.OneToOneField(
        Person, verbose_name="人员", on_delete=models.PROTECT, related_name="expert_profile"
    )
    category = models.CharField("专家类别", max_length=20, choices=ExpertCategory.choices)
    specialties = models.ManyToManyField(
        Major, verbose_name="擅长专业", related_name="experts", blank=True
    )
    active = models.BooleanField("在库", default=True)
    joined_on = models.DateField("入库日期", null=True, blank=True)

    class Meta:
        verbose_name = "审核专家"
        verbose_name_plural = "专家库"
        ordering = ["person__name"]

    def __str__(self):
        return f"{self.person.name}（{self.get_category_display()}）"


# ---------------------------------------------------------------------------------- pipeline


class Stage(models.TextChoices):
    """Where a submission is (SPEC §4); the allowed moves between them are review.rules.TRANSITIONS."""

    PREPARING = "preparing", "匿名化处理（待清理遮盖清单）"
    IN_REVIEW = "in_review", "盲审中"
    ROUND_CLOSED = "round_closed", "本轮评审结束"
    POLITICAL_REVIEW = "political_review", "政治把关中"
    REVISION = "revision", "修改后再审"
    PASSED = "passed", "审核通过（待批准）"
    FAILED = "failed", "审核未通过"
    APPROVED = "approved", "已批准入库"


class Decision(models.TextChoices):
    PASS = "pass", "通过"
    REVISE = "revise", "修改后通过"
    FAIL = "fail", "不通过"


class ReviewProcedure(models.Model):
    """Each review body's own procedure: the simplified route of practical-skills items (Art. 22)
    and whether textbooks come with their 审读 and 试用 records (Art. 16)."""

    organiser = models.OneToOneField(
        Organisation, verbose_name="审核组织单位", on_delete=models.CASCADE, related_name="practical_skills_procedure"
    )
    # Art. 16: whether this organiser accepts textbooks only with their 审读 and 试用 recorded.
    trial_records_required = models.BooleanField("送审前须有审读与试用记录（第十六条）", default=False)
    panel_size = models.PositiveSmallIntegerField("评审专家人数", default=2)
    min_categories = models.PositiveSmallIntegerField("至少涵盖的专家类别数", default=2)
    review_days = models.PositiveSmallIntegerField("评审期限（天）", default=10)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="制定人", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    updated_at = models.DateTimeField("制定时间", auto_now=True)

    class Meta:
        verbose_name = "审核程序（第十六条、第二十二条）"
        verbose_name_plural = "审核程序（第十六条、第二十二条）"

    def __str__(self):
        return f"{self.organiser.name}审核程序"


class PreReviewChecks(models.Model):
    """Unit gates before submission (SPEC §4 stage 2): Art. 13 announcement, Art. 21 major-topic
    filing (R9), Art. 18 publisher self-check. Keyed to the reviewable item, whatever app owns it."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveIntegerField()
    item = GenericForeignKey("content_type", "object_id")
    authors_announced_on = models.DateField("编写人员公示日期", null=True, blank=True, help_text="第十三条")
    major_topic_reference = models.CharField("重大选题备案文号", max_length=80, blank=True, help_text="第二十一条")
    major_topic_filed_on = models.DateField("重大选题备案日期", null=True, blank=True)
    self_check_on = models.DateField("出版单位专题自查日期", null=True, blank=True, help_text="第十八条")
    self_check_note = models.TextField("自查结论", blank=True)

    class Meta:
        verbose_name = "送审前单位核查"
        verbose_name_plural = "送审前单位核查"
        # The gatekeeper role's model permission; which items it reaches is the publisher it is
        # granted on (directory.gatekeep_publisher, review.services.gatekept_publishers).
        permissions = [("record_self_check", "Can record a publisher's 专题自查 (Art. 18)")]
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id"], name="one_check_per_item")
        ]


class Submission(models.Model):
    """One reviewable item in the review pipeline, known to reviewers only by ``code`` (R3)."""

    code = models.CharField("审核编号", max_length=20, unique=True)
    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, related_name="+")
    object_id = models.PositiveIntegerField()
    item = GenericForeignKey("content_type", "object_id")
    kind_label = models.CharField("类型", max_length=20)
    title = models.CharField("送审名称", max_length=200)
    # The reviewer-safe snapshot taken at submission (R3): masked title and metadata.
    safe_title = models.CharField("匿名名称", max_length=200)
    safe_metadata = models.JSONField("匿名元数据", default=dict)
    # What the experts of the current round review (Reviewable.review_fingerprint, Art. 18).
    submitted_fingerprint = models.CharField("送审内容指纹", max_length=80, blank=True)
    metadata_findings = models.JSONField("元数据遮盖记录", default=list)
    # R3: why reviewers see a neutral title (a public record reachable from the exact one names
    # the unit or an author); shown to the organiser, never to reviewers.
    reidentification_note = models.TextField("改用中性名称的原因", blank=True)
    organiser = models.ForeignKey(
        Organisation, verbose_name="审核组织单位", on_delete=models.PROTECT, related_name="review_submissions"
    )
    planning_level = models.CharField("规划级别", max_length=20)
    province = models.CharField("省份", max_length=20, blank=True)
    # Non-planned items are politically reviewed in the compiling unit's province (Art. 18).
    unit_province = models.CharField("编写单位所在省份", max_length=20, blank=True)
    # The unit proposes its content facts; the organiser confirms or corrects them at intake
    # (R9, R10, Art. 22) and routing follows only the confirmed ones below.
    proposed_flags = models.JSONField("编写单位申报的内容属性", default=dict, blank=True)
    confirmed_flags = models.JSONField("审核组织单位确认的内容属性", default=dict, blank=True)
    intake_at = models.DateTimeField("受理时间", null=True, blank=True)
    intake_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="受理人", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    intake_reason = models.TextField("更正理由", blank=True)
    ideologically_strong = models.BooleanField("需政治把关", default=False)
    major_topic = models.BooleanField("重大选题", default=False)
    practical_skills = models.BooleanField("实用技能类简化流程", default=False)
    stage = models.CharField("阶段", max_length=20, choices=Stage.choices, default=Stage.PREPARING, db_index=True)
    round_number = models.PositiveSmallIntegerField("当前轮次", default=1)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="送审人", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    submitted_at = models.DateTimeField("送审时间", auto_now_add=True)
    decision = models.CharField("审核结论", max_length=10, choices=Decision.choices, blank=True)
    decision_comment = models.TextField("结论说明", blank=True)
    decided_at = models.DateTimeField("结论时间", null=True, blank=True)
    approved_at = models.DateTimeField("批准时间", null=True, blank=True)

    class Meta:
        verbose_name = "送审稿"
        verbose_name_plural = "送审稿"
        ordering = ["-submitted_at", "-pk"]
        permissions = [("organise_submission", "Can organise review of 送审稿")]

    def __str__(self):
        return f"{self.code} {self.title}"

    @property
    def current_round(self):
        return self.rounds.filter(number=self.round_number).first()


class ReviewRound(models.Model):
    submission = models.ForeignKey(Submission, verbose_name="送审稿", on_delete=models.CASCADE, related_name="rounds")
    number = models.PositiveSmallIntegerField("轮次")
    deadline = models.DateField("评审截止日期", null=True, blank=True)
    response_letter = models.TextField("作者修改说明", blank=True)
    released_at = models.DateTimeField("匿名稿发放时间", null=True, blank=True)
    closed_at = models.DateTimeField("本轮结束时间", null=True, blank=True)
    # R3: reviewers receive a watermarked PDF; the editable DOCX only where the organiser allows it.
    docx_allowed = models.BooleanField("允许评审专家另行下载 DOCX 原格式", default=False)

    class Meta:
        verbose_name = "评审轮次"
        verbose_name_plural = "评审轮次"
        ordering = ["submission", "number"]
        constraints = [models.UniqueConstraint(fields=["submission", "number"], name="one_round_number")]

    def __str__(self):
        return f"{self.submission.code} 第{self.number}轮"


class DrawKind(models.TextChoices):
    DRAW = "draw", "抽取"
    REDRAW = "redraw", "补抽"


class PanelDraw(models.Model):
    """One draw or redraw of a round's panel (R5, Art. 19), kept for the supervising HRSS.

    The seed comes from the operating system's CSPRNG at draw time (review.rules.make_seed); the
    candidate list, its SHA-256 and the kept experts let ``manage.py replay_draws`` give the
    same panel again. Rows are only ever added, never edited.
    """

    round = models.ForeignKey(ReviewRound, verbose_name="轮次", on_delete=models.CASCADE, related_name="draws")
    kind = models.CharField("类型", max_length=10, choices=DrawKind.choices)
    reason = models.TextField("补抽理由", blank=True)
    seed = models.CharField("随机种子（系统生成）", max_length=64)
    route = models.CharField("审核流程", max_length=60)
    panel_size = models.PositiveSmallIntegerField("专家组人数")
    min_categories = models.PositiveSmallIntegerField("最少专家类别数")
    candidates = models.JSONField("候选名单", default=list)
    candidates_sha256 = models.CharField("候选名单 SHA-256", max_length=64)
    kept = models.JSONField("保留的专家", default=list)
    drawn = models.JSONField("抽中的专家", default=list)
    excluded = models.JSONField("被排除的专家及理由", default=dict)
    overridden = models.JSONField("例外处理的专家", default=list)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="操作人", on_delete=models.SET_NULL, null=True, related_name="+")
    at = models.DateTimeField("抽取时间")

    class Meta:
        verbose_name = "专家抽取记录"
        verbose_name_plural = "专家抽取记录"
        ordering = ["round", "at", "pk"]

    def __str__(self):
        return f"{self.round} {self.get_kind_display()}"


class ExclusionOverride(models.Model):
    """An organiser lets an automatically excluded expert be drawn (logged, with a reason)."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="overrides")
    expert = models.ForeignKey(Expert, verbose_name="专家", on_delete=models.CASCADE, related_name="+")
    reason = models.TextField("理由")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "回避例外"
        verbose_name_plural = "回避例外"
        constraints = [models.UniqueConstraint(fields=["submission", "expert"], name="one_override_per_expert")]


class AssignmentStatus(models.TextChoices):
    AWAITING_DECLARATION = "awaiting", "待声明无利益冲突"
    DECLARED = "declared", "评审中"
    CONFLICT = "conflict", "已声明回避"
    SUBMITTED = "submitted", "已提交意见"
    DECLINED = "declined", "已谢绝评审"


# Panel members who left the round (a declared conflict or a declined invitation): neither kept on
# the panel, nor redrawn for the same submission, nor waited for when the round closes.
OFF_PANEL = (AssignmentStatus.CONFLICT, AssignmentStatus.DECLINED)


class Assignment(models.Model):
    """One expert on one round's panel. Guardian object permissions scope the workspace to it."""

    round = models.ForeignKey(ReviewRound, verbose_name="轮次", on_delete=models.CASCADE, related_name="assignments")
    expert = models.ForeignKey(Expert, verbose_name="专家", on_delete=models.PROTECT, related_name="assignments")
    position = models.PositiveSmallIntegerField("专家序号", default=1)
    status = models.CharField(
        "状态", max_length=20, choices=AssignmentStatus.choices, default=AssignmentStatus.AWAITING_DECLARATION
    )
    declared_at = models.DateTimeField("声明时间", null=True, blank=True)
    conflict_note = models.TextField("回避说明", blank=True)
    reminded_at = models.DateTimeField("最近提醒时间", null=True, blank=True)
    declined_reason = models.TextField("谢绝理由", blank=True)
    # A deadline granted by the organiser on the reviewer's request; the round's applies otherwise.
    extended_deadline = models.DateField("延期后截止日期", null=True, blank=True)

    class Meta:
        verbose_name = "评审任务"
        verbose_name_plural = "评审任务"
        ordering = ["round", "position"]
        constraints = [models.UniqueConstraint(fields=["round", "expert"], name="one_assignment_per_round")]

    def __str__(self):
        return f"{self.round} 专家{self.position}"

    @property
    def deadline(self):
        return self.extended_deadline or self.round.deadline


class AnonymisedCopy(models.Model):
    """A reviewer-safe copy with a neutral name; the organiser clears its findings before release."""

    round = models.ForeignKey(ReviewRound, on_delete=models.CASCADE, related_name="copies")
    index = models.PositiveSmallIntegerField("序号")
    kind = models.CharField("文件类别", max_length=20)
    neutral_name = models.CharField("文件名", max_length=120)
    content_type_header = models.CharField(max_length=120)
    file = PrivateFileField("匿名稿", folder="review/copies", blank=True)
    # The cleaned PDF (rendered from a DOCX by LibreOffice) that each assignment's watermarked
    # copy is stamped from (review.reviewer_copy); made when the organiser confirms the copy.
    reviewer_pdf = PrivateFileField("评审用 PDF", folder="review/copies", blank=True)
    # R3: an attachment whose metadata cannot be removed (audio, video, archives) is kept from
    # reviewers; the organiser sees why.
    withheld_reason = models.TextField("不发给评审专家的原因", blank=True)
    # Each finding: part, kind, excerpt, matched (organisers only), cleaned, and once the organiser
    # decided it: resolution (mask/dismiss), reason, by, at (R3).
    findings = models.JSONField("遮盖清单", default=list)
    extra_masked = models.JSONField("组织者补充遮盖的内容", default=list, blank=True)
    resolved_at = models.DateTimeField("遮盖清单处理时间", null=True, blank=True)
    # Set only when the organiser confirmed the preview of what reviewers receive.
    cleared_at = models.DateTimeField("确认发放时间", null=True, blank=True)

    class Meta:
        verbose_name = "匿名稿"
        verbose_name_plural = "匿名稿"
        ordering = ["round", "index"]

    def __str__(self):
        return self.neutral_name

    @property
    def pending_findings(self):
        return [f for f in self.findings if not f["cleaned"]]

    @property
    def pdf_name(self):
        return self.neutral_name.rsplit(".", 1)[0] + ".pdf"

    @property
    def reviewer_download(self):
        """(name, content type) of what reviewers download: the PDF when the copy has one (R3)."""
        if self.reviewer_pdf:
            return self.pdf_name, "application/pdf"
        return self.neutral_name, self.content_type_header


class CleanFileRequest(models.Model):
    """R3 (Art. 21): the organiser asks the compiling unit for a clean file when identities on a
    PDF's pages cannot be removed reliably; the request names the exact pages and strings. Only
    the submission's own side answers it, with a replacement that is anonymised again. Reviewers
    never see it."""

    copy = models.ForeignKey(AnonymisedCopy, verbose_name="匿名稿", on_delete=models.CASCADE, related_name="clean_file_requests")
    locations = models.JSONField("须处理的页面与内容", default=list)  # [{"part": "第3页", "string": "…"}]
    note = models.TextField("说明", blank=True)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="提出人", on_delete=models.SET_NULL, null=True, related_name="+")
    requested_at = models.DateTimeField("提出时间")
    replacement = PrivateFileField("编写单位提交的干净文件", folder="review/replacements", blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="提交人", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    answered_at = models.DateTimeField("提交时间", null=True, blank=True)

    class Meta:
        verbose_name = "干净文件要求"
        verbose_name_plural = "干净文件要求"
        ordering = ["-requested_at", "-pk"]

    def __str__(self):
        return f"{self.copy} 干净文件要求"


class IssuedCopy(models.Model):
    """The watermarked PDF one assignment, or one political reviewer (Art. 18), received (R3): its
    visible code and invisible mark map a leaked copy back to its recipient
    (``manage.py trace_reviewer_copy``)."""

    assignment = models.ForeignKey(
        Assignment, verbose_name="评审任务", on_delete=models.PROTECT, related_name="issued_copies", null=True, blank=True
    )
    political_reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="政治把关人员", on_delete=models.PROTECT, related_name="+", null=True, blank=True
    )
    copy = models.ForeignKey(AnonymisedCopy, verbose_name="匿名稿", on_delete=models.PROTECT, related_name="issued")
    visible_code = models.CharField("可见水印编号", max_length=9, unique=True)
    mark = models.CharField("隐藏标记", max_length=32, unique=True)
    file = PrivateFileField("带水印的 PDF", folder="review/issued")
    sha256 = models.CharField("文件 SHA-256", max_length=64, db_index=True)
    issued_at = models.DateTimeField("发放时间")

    class Meta:
        verbose_name = "评审专家所得 PDF"
        verbose_name_plural = "评审专家所得 PDF"
        constraints = [
            models.UniqueConstraint(fields=["assignment", "copy"], name="one_issued_copy_per_assignment"),
            models.UniqueConstraint(fields=["political_reviewer", "copy"], name="one_issued_copy_per_political_reviewer"),
            models.CheckConstraint(
                condition=models.Q(assignment__isnull=False, political_reviewer__isnull=True)
                | models.Q(assignment__isnull=True, political_reviewer__isnull=False),
                name="issued_copy_has_one_recipient",
            ),
        ]

    def __str__(self):
        return f"{self.recipient} {self.visible_code}"

    @property
    def recipient(self):
        """Who received this copy, as the trace names them."""
        if self.assignment_id:
            assignment = self.assignment
            return f"第{assignment.round.number}轮 专家{assignment.position}：{assignment.expert.person.name}（任务 {assignment.pk}）"
        person = getattr(self.political_reviewer, "person", None)
        return f"政治把关：{person.name if person else self.political_reviewer.get_username()}"


class PoliticalError(models.TextChoices):
    NONE = "none", "未发现政治性错误"
    FOUND = "found", "存在政治性错误"


class Recommendation(models.TextChoices):
    PASS = "pass", "建议通过"
    REVISE = "revise", "建议修改后通过"
    FAIL = "fail", "建议不通过"


class Opinion(models.Model):
    """One reviewer's opinion (Art. 21): 思想性 / 科学性 / 适应性, political check, R6 findings."""

    assignment = models.OneToOneField(Assignment, on_delete=models.CASCADE, related_name="opinion")
    ideology_score = models.PositiveSmallIntegerField("思想性评分")
    ideology_comment = models.TextField("思想性意见")
    science_score = models.PositiveSmallIntegerField("科学性评分")
    science_comment = models.TextField("科学性意见")
    adaptability_score = models.PositiveSmallIntegerField("适应性评分")
    adaptability_comment = models.TextField("适应性意见")
    political_error = models.CharField("政治性错误检查", max_length=10, choices=PoliticalError.choices)
    texts_to_replace = models.TextField("须更换的选文", blank=True, help_text="内容消极、导向不正确的选文（第二十一条）")
    authors_to_replace = models.TextField(
        "须更换的作者或编写人员", blank=True, help_text="选文作者评价负面或编写人员有问题的（第二十一条）"
    )
    recommendation = models.CharField("评审建议", max_length=10, choices=Recommendation.choices)
    submitted_at = models.DateTimeField("提交时间", auto_now_add=True)

    class Meta:
        verbose_name = "评审意见"
        verbose_name_plural = "评审意见"

    @property
    def total_score(self):
        return self.ideology_score + self.science_score + self.adaptability_score


class PoliticalReview(models.Model):
    """Political gatekeeping by the propaganda department for ideologically strong items (Art. 18)."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="political_reviews")
    passed = models.BooleanField("通过政治把关")
    comment = models.TextField("意见")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "政治把关意见"
        verbose_name_plural = "政治把关意见"


class OpinionDraft(models.Model):
    """What a reviewer has typed into the opinion form so far, saved as they go; never read by
    anyone else, and removed when the opinion is submitted."""

    assignment = models.OneToOneField(Assignment, on_delete=models.CASCADE, related_name="draft")
    data = models.JSONField("草稿内容", default=dict)
    saved_at = models.DateTimeField("保存时间")

    class Meta:
        verbose_name = "评审意见草稿"
        verbose_name_plural = "评审意见草稿"


class AnnotatedCopy(models.Model):
    """A reviewer's annotated copy of the manuscript, anonymised on upload like every copy (R3):
    authors read it later, so it carries neither the reviewer's nor the authors' identities."""

    assignment = models.OneToOneField(Assignment, on_delete=models.CASCADE, related_name="annotated_copy")
    neutral_name = models.CharField("文件名", max_length=120)
    content_type_header = models.CharField(max_length=120)
    file = PrivateFileField("批注稿", folder="review/annotated")
    uploaded_at = models.DateTimeField("上传时间")

    class Meta:
        verbose_name = "专家批注稿"
        verbose_name_plural = "专家批注稿"

    def __str__(self):
        return self.neutral_name


class ExtensionStatus(models.TextChoices):
    PENDING = "pending", "待组织单位处理"
    GRANTED = "granted", "已同意延期"
    REFUSED = "refused", "未同意延期"


class ExtensionRequest(models.Model):
    """A reviewer asks the organiser for more time; only the organiser grants it."""

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="extension_requests")
    requested_until = models.DateField("申请延期至")
    reason = models.TextField("申请理由")
    status = models.CharField("处理状态", max_length=10, choices=ExtensionStatus.choices, default=ExtensionStatus.PENDING)
    requested_at = models.DateTimeField("申请时间")
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    decided_at = models.DateTimeField("处理时间", null=True, blank=True)

    class Meta:
        verbose_name = "延期申请"
        verbose_name_plural = "延期申请"
        ordering = ["-requested_at", "-pk"]
