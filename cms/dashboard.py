"""The admin's home for each role (Wagtail dashboard panels): the person's own queue with counts,
deadlines, the next action for each item and links into the work. Every panel reads a bounded
number of queries whatever the size of the queue (tests/test_dashboard.py counts them)."""

from django.db.models import Count, Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

LIST_LIMIT = 8


class QueuePanel(Component):
    """A titled queue: counts on top, then up to LIST_LIMIT items with their next action."""

    template_name = "cms/dashboard/queue_panel.html"
    order = 10

    def __init__(self, title, counts, items, more_url="", more_label="查看全部", empty="目前没有需要处理的事项。", guide=""):
        self.title, self.counts, self.items = title, counts, items
        self.more_url, self.more_label, self.empty, self.guide = more_url, more_label, empty, guide

    def get_context_data(self, parent_context):
        return {"panel": self}


def _item(label, detail, action, url, deadline=None, overdue=False):
    return {"label": label, "detail": detail, "action": action, "url": url, "deadline": deadline, "overdue": overdue}


# ------------------------------------------------------------------------- authors (编写人员)

AUTHOR_NEXT_ACTION = {
    "preparing": "等待组织单位完成匿名化处理",
    "in_review": "专家盲审中，请等待结论",
    "round_closed": "等待组织单位作出结论",
    "political_review": "政治把关中，请等待结论",
    "revision": "按评审意见修改并提交修改稿",
    "passed": "等待批准",
    "failed": "审核未通过，可查看结论通知书",
    "approved": "已批准入库",
}


def author_panel(user):
    from review.services import authored_by
    from review.models import Stage

    submissions = authored_by(user).order_by("-submitted_at")
    counts = [
        (Stage(row["stage"]).label, row["n"])
        for row in submissions.values("stage").annotate(n=Count("pk")).order_by("stage")
    ]
    items = [
        _item(s.code, s.title, AUTHOR_NEXT_ACTION.get(s.stage, ""), reverse("review_admin:detail", args=[s.pk]),
              overdue=s.stage == Stage.REVISION)
        for s in submissions.only("pk", "code", "title", "stage")[:LIST_LIMIT]
    ]
    return QueuePanel(
        "我的送审稿", counts, items, reverse("review_admin:list"),
        empty="还没有送审稿。书稿完成后，在“送审与审核”中提交审核（凡编必审，第十八条）。", guide="author",
    )


# ------------------------------------------------------------------------- unit admins (编写单位管理员)


def unit_panel(user):
    """The unit's textbook versions by stage, its qualification's verification by HRSS (Art. 12)
    and what waits on the unit: manuscripts sent back for revision, revisions overdue (Art. 17)."""
    from review.services import authored_by
    from review.models import Stage
    from textbooks.models import CompilingUnitProfile, TextbookVersion, VersionStatus
    from textbooks.permissions import administered_units

    units = administered_units(user)
    versions = TextbookVersion.objects.filter(textbook__compiling_unit__in=units)
    status_counts = dict(versions.values_list("status").annotate(n=Count("pk")).values_list("status", "n"))
    revisions = authored_by(user).filter(stage=Stage.REVISION).order_by("submitted_at")
    overdue = versions.overdue().select_related("textbook").order_by("revision_due_on")
    counts = [(VersionStatus(key).label, status_counts.get(key, 0)) for key in
              (VersionStatus.DRAFT, VersionStatus.SUBMITTED, VersionStatus.APPROVED)]
    counts += [("待修改后再审", revisions.count()), ("修订逾期", overdue.count())]
    items = [
        _item(s.code, s.title, "按评审意见修改并提交修改稿", reverse("review_admin:detail", args=[s.pk]), overdue=True)
        for s in revisions.only("pk", "code", "title")[:LIST_LIMIT]
    ]
    items += [
        _item(str(v), "", "修订逾期：提交修订版（第十七条）", reverse("textbook_versions:edit", args=[v.pk]),
              deadline=v.revision_due_on, overdue=True)
        for v in overdue[:LIST_LIMIT]
    ]
    for profile in CompilingUnitProfile.objects.filter(organisation__in=units).select_related("organisation"):
        if not profile.is_verified:
            detail, action = "编写资质尚未经人社部门核验", "提交资质材料，等待核验（第十二条）"
        elif profile.awaiting_verification:
            detail, action = f"资质已于 {profile.verified_on:%Y-%m-%d} 核验，新提交的变更待核验", "等待人社部门核验变更"
        else:
            detail, action = f"资质已于 {profile.verified_on:%Y-%m-%d} 经人社部门核验", "查看资质"
        items.append(_item(profile.organisation.name, detail, action, reverse("textbook_units:edit", args=[profile.pk])))
    return QueuePanel("本单位教材", counts, items[:LIST_LIMIT], reverse("textbook_versions:index"), guide="unit_admin")


# ------------------------------------------------------------------------- organisers (审核组织者)

ORGANISER_NEXT_ACTION = {
    "preparing": "清理遮盖清单、抽取专家并发放匿名稿",
    "round_closed": "比较专家意见，作出审核结论",
    "passed": "批准入库",
}


def organiser_panel(user):
    from review import services
    from review.models import OFF_PANEL, Assignment, AssignmentStatus, ExtensionRequest, ExtensionStatus, Stage

    submissions = services.organised_by(user)
    today = timezone.localdate()
    overdue_assignments = Assignment.objects.filter(
        round__submission__in=submissions, round__submission__stage=Stage.IN_REVIEW, round__closed_at=None,
    ).exclude(status__in=[*OFF_PANEL, AssignmentStatus.SUBMITTED]).filter(
        Q(extended_deadline__lt=today) | Q(extended_deadline=None, round__deadline__lt=today)
    )
    pending_extensions = ExtensionRequest.objects.filter(
        assignment__round__submission__in=submissions, status=ExtensionStatus.PENDING
    )
    waiting = submissions.filter(stage__in=list(ORGANISER_NEXT_ACTION)).annotate(
        late=Exists(overdue_assignments.filter(round__submission=OuterRef("pk")))
    )
    attention = submissions.filter(
        Q(stage__in=list(ORGANISER_NEXT_ACTION))
        | Q(pk__in=overdue_assignments.values("round__submission"))
        | Q(pk__in=pending_extensions.values("assignment__round__submission"))
    ).order_by("submitted_at")
    stage_counts = dict(waiting.values_list("stage").annotate(n=Count("pk")).values_list("stage", "n"))
    counts = [
        ("待匿名化与抽取", stage_counts.get(Stage.PREPARING, 0)),
        ("待作出结论", stage_counts.get(Stage.ROUND_CLOSED, 0)),
        ("待批准", stage_counts.get(Stage.PASSED, 0)),
        ("逾期未提交意见的专家", overdue_assignments.count()),
        ("待处理延期申请", pending_extensions.count()),
    ]
    late_ids = set(overdue_assignments.values_list("round__submission", flat=True))
    extension_ids = set(pending_extensions.values_list("assignment__round__submission", flat=True))
    items = []
    for s in attention.only("pk", "code", "title", "stage")[:LIST_LIMIT]:
        action = ORGANISER_NEXT_ACTION.get(s.stage) or (
            "处理延期申请" if s.pk in extension_ids else "催促逾期专家或改抽"
        )
        items.append(_item(s.code, s.title, action, reverse("review_admin:detail", args=[s.pk]), overdue=s.pk in late_ids))
    return QueuePanel("待组织审核的送审稿", counts, items, reverse("review_admin:list"), guide="organiser")


# ------------------------------------------------------------------------- gatekeepers (专题自查)


def gatekeeper_panel(user):
    from review import services

    versions = services.gatekept_versions(user)
    count = versions.count()
    items = [
        _item(str(v), "", "进行送审前专题自查（第十八条）", reverse("review_admin:self_check_record", args=[v.pk]))
        for v in versions.select_related("textbook")[:LIST_LIMIT]
    ]
    return QueuePanel("待专题自查的书稿", [("待自查", count)], items, reverse("review_admin:self_check"), guide="gatekeeper")


# ------------------------------------------------------------------------- committees (教材选用委员会)

ROUND_NEXT_ACTION = {
    "draft": "完成选用并提交公示",
    "notice": "公示中：答复异议",
    "resolved": "确定选用结果",
    "final": "向人社部门备案",
}


def committee_panel(user):
    from selection.models import Objection, RoundStatus, SelectionRound
    from selection.permissions import committee_schools

    rounds = SelectionRound.objects.filter(school__in=committee_schools(user))
    open_objections = Objection.objects.filter(round__in=rounds, resolved_at=None)
    stage_counts = dict(rounds.values_list("status").annotate(n=Count("pk")).values_list("status", "n"))
    counts = [(RoundStatus(key).label, stage_counts.get(key, 0)) for key in ROUND_NEXT_ACTION]
    counts.append(("待答复异议", open_objections.count()))
    active = rounds.exclude(status=RoundStatus.FILED).annotate(
        objections_open=Count("objections", filter=Q(objections__resolved_at=None))
    ).select_related("major").order_by("notice_ends_on", "-created_at")
    items = []
    for r in active[:LIST_LIMIT]:
        action = f"答复 {r.objections_open} 条异议" if r.objections_open else ROUND_NEXT_ACTION.get(r.status, "")
        items.append(_item(
            r.term_label, r.major.name, action, reverse("selection_rounds:workspace", args=[r.pk]),
            deadline=r.notice_ends_on if r.status == RoundStatus.NOTICE else None, overdue=bool(r.objections_open),
        ))
    return QueuePanel("本校教材选用", counts, items, reverse("selection_rounds:index"), guide="committee")


# ------------------------------------------------------------------------- HRSS (人社部门)


def hrss_panel(user):
    from textbooks.models import ChangeRequest, ChangeRequestStatus, TextbookVersion

    overdue = TextbookVersion.objects.overdue()
    pending_changes = ChangeRequest.objects.filter(status=ChangeRequestStatus.PENDING)
    from selection.models import RoundStatus, SelectionRound

    filing_counts = dict(
        SelectionRound.objects.filter(status__in=[RoundStatus.FINAL, RoundStatus.FILED])
        .values_list("status").annotate(n=Count("pk")).values_list("status", "n")
    )
    counts = [
        ("修订逾期教材", overdue.count()), ("待批准变更申请", pending_changes.count()),
        # S9 (Art. 29): schools' selections decided but not filed yet, and filed.
        ("已确定待备案的选用", filing_counts.get(RoundStatus.FINAL, 0)),
        ("已备案的选用", filing_counts.get(RoundStatus.FILED, 0)),
    ]
    items = [
        _item(str(v), "", "督促编写单位修订（第十七条）", reverse("textbook_versions:overdue"), deadline=v.revision_due_on, overdue=True)
        for v in overdue.select_related("textbook").order_by("revision_due_on")[:LIST_LIMIT]
    ]
    return QueuePanel("教材监管", counts, items, reverse("textbook_versions:overdue"), "查看全部修订逾期教材", guide="hrss")


def panels_for(user):
    """The panels of every role the user holds (a person may hold several)."""
    from review import services

    found = []
    if user.has_perm("review.add_submission"):
        found.append(author_panel(user))
    from textbooks.permissions import administered_units

    if administered_units(user).exists():
        found.append(unit_panel(user))
    if user.has_perm("review.organise_submission"):
        found.append(organiser_panel(user))
    if services.gatekept_publishers(user).exists():
        found.append(gatekeeper_panel(user))
    if user.has_perm("selection.add_selectionround"):
        found.append(committee_panel(user))
    if user.has_perm("textbooks.change_changerequest"):
        found.append(hrss_panel(user))
    return [panel for panel in found if panel is not None]
