"""Selection state changes: each is checked against selection.rules, atomic and audited."""

from collections import defaultdict
from decimal import Decimal, InvalidOperation

from django.core.mail import send_mail
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from guardian.shortcuts import assign_perm

from cms import audit, draws
from directory.models import OrganisationKind
from selection import checking, rules
from selection.models import (
    NegativeListEntry,
    Objection,
    ObjectionOutcome,
    ProvincialFiling,
    QualityCheck,
    QualityCheckItem,
    RoundStatus,
    SchoolFiling,
    SelectionCommittee,
    SelectionLine,
    SelectionRound,
    StopUseNotice,
    StopUseOrder,
    StopUseReason,
    UsageReport,
    WorkingDayOverride,
)
from textbooks import rules as textbook_rules
from textbooks import services as textbook_services
from textbooks.models import TextbookVersion, VersionAuthor, VersionStatus
from selection.rules import missing_committee_member_types

COMMITTEE_OBJECT_PERMISSIONS = ("view_selectioncommittee", "change_selectioncommittee")


def grant_committee_access(user, committee):
    """A committee member's login acts on this school's committee only."""
    for codename in COMMITTEE_OBJECT_PERMISSIONS:
        assign_perm(f"selection.{codename}", user, committee)


@transaction.atomic
def announce_committee(committee, user, on=None):
    """Publicly announce the committee's members; refused while S1's member groups are incomplete."""
    missing = missing_committee_member_types(committee.members.values_list("member_type", flat=True))
    if missing:
        labels = "、".join(member_type.label for member_type in missing)
        raise ValidationError(f"S1（第二十七条第（一）项）：教材选用委员会缺少{labels}，不能公示成员。")
    committee.announced_on = on or timezone.localdate()
    committee.save(update_fields=["announced_on"])
    audit.record(
        committee,
        "selection.committee.announce",
        user=user,
        data={"announced_on": committee.announced_on.isoformat()},
    )
    return committee


# ---------------------------------------------------------------------------------------------
# Selection rounds (S2–S9)
# ---------------------------------------------------------------------------------------------


def _refuse(message):
    raise ValidationError(message)


def _require_status(selection_round, *allowed, doing):
    if selection_round.status not in allowed:
        _refuse(f"当前状态为“{selection_round.get_status_display()}”，不能{doing}。")


def _refuse_if_locked(selection_round):
    reason = rules.round_lock_reason(selection_round.status, selection_round.get_status_display())
    if reason:
        _refuse(reason)


def _locked(selection_round):
    return SelectionRound.objects.select_for_update().select_related("school", "major", "level").get(pk=selection_round.pk)


@transaction.atomic
def create_round(school, school_year, semester, major, level, user):
    if school.kind != OrganisationKind.SCHOOL:
        _refuse("只有技工院校可以开展教材选用。")
    duplicate = "该学校本学期此专业、层级的教材选用已存在。"
    if SelectionRound.objects.filter(
        school=school, school_year=school_year, semester=semester, major=major, level=level
    ).exists():
        _refuse(duplicate)
    try:
        with transaction.atomic():
            selection_round = SelectionRound.objects.create(
                school=school, school_year=school_year, semester=semester, major=major, level=level
            )
    except IntegrityError:  # two clicks at once: the other one created it (unique_selection_round)
        _refuse(duplicate)
    audit.record(selection_round, "selection.round.create", user=user, data={"term": selection_round.term_label})
    return selection_round


def _checked_or_refused(lines):
    for checked in checking.check_lines(lines):
        if not checked.passes:
            _refuse(f"{checked.line.course.name}：{rules.refusal_message(checked.verdicts)}")


@transaction.atomic
def select_textbook(selection_round, course, version, user, *, isbn=None, printed_edition=None, exception_reason="", change_reason=""):
    """Choose (or change) the textbook of one course; refused unless S3–S8 allow it."""
    selection_round = _locked(selection_round)
    _refuse_if_locked(selection_round)
    line = SelectionLine.objects.filter(round=selection_round, course=course).first() or SelectionLine(
        round=selection_round, course=course
    )
    line.round = selection_round
    line.version = version
    # Stored as the ISBN it is (what S8 compares), never as typed: a pasted "ISBN 978-…" cannot match.
    line.isbn = version.isbn if isbn is None else textbook_rules.normalise_isbn(isbn)
    line.printed_edition = version.edition if printed_edition is None else printed_edition
    line.exception_reason = exception_reason.strip()
    line.change_reason = change_reason.strip()
    line.needs_replacement = False
    if not line.change_reason and _differs_from_reselected(selection_round, course, version):
        _refuse(f"沿用上学期教材时，调整{course.name}课程教材须说明理由。")
    _checked_or_refused([line])
    line.save()
    audit.record(
        selection_round,
        "selection.line.select",
        user=user,
        data={"course": course.name, "version": str(version), "isbn": line.isbn, "exception_reason": line.exception_reason},
    )
    return line


def _differs_from_reselected(selection_round, course, version):
    if selection_round.reselected_from_id is None:
        return False
    previous = SelectionLine.objects.filter(round=selection_round.reselected_from_id, course=course).first()
    return previous is None or previous.version_id != version.pk


@transaction.atomic
def remove_line(line, user):
    selection_round = _locked(line.round)
    _refuse_if_locked(selection_round)
    audit.record(selection_round, "selection.line.remove", user=user, data={"course": line.course.name})
    line.delete()


def previous_round(selection_round):
    school_year, semester = rules.previous_term(selection_round.school_year, selection_round.semester)
    return SelectionRound.objects.filter(
        school=selection_round.school_id,
        school_year=school_year,
        semester=semester,
        major=selection_round.major_id,
        level=selection_round.level_id,
        status__in=(RoundStatus.FINAL, RoundStatus.FILED),
    ).first()


@transaction.atomic
def reselect_previous(selection_round, user, changes=None):
    """Re-select last term's textbooks in one step.

    ``changes`` maps a course to ``{"version": …, "reason": …}`` (and optionally ``isbn``,
    ``printed_edition``, ``exception_reason``); every change needs a reason. A course whose
    previous textbook may no longer be selected must be changed. All lines or none.
    """
    selection_round = _locked(selection_round)
    _refuse_if_locked(selection_round)
    previous = previous_round(selection_round)
    if previous is None:
        _refuse("上学期没有已确定的同专业、同层级教材选用，无法沿用。")
    changes = dict(changes or {})
    missing_reason = [course.name for course, change in changes.items() if not change.get("reason", "").strip()]
    if missing_reason:
        _refuse(f"调整教材须逐项说明理由：{'、'.join(missing_reason)}。")
    SelectionLine.objects.filter(round=selection_round).delete()
    lines = []
    for old in checking.round_lines(previous):
        change = changes.pop(old.course, None)
        if change is None:
            line = SelectionLine(
                round=selection_round, course=old.course, version=old.version, isbn=old.isbn,
                printed_edition=old.printed_edition, exception_reason=old.exception_reason,
            )
        else:
            line = _changed_line(selection_round, old.course, change)
        lines.append(line)
    lines.extend(_changed_line(selection_round, course, change) for course, change in changes.items())
    _checked_or_refused(lines)
    SelectionLine.objects.bulk_create(lines)
    selection_round.reselected_from = previous
    selection_round.save(update_fields=["reselected_from"])
    audit.record(
        selection_round,
        "selection.round.reselect",
        user=user,
        data={
            "from": str(previous),
            "changes": {line.course.name: line.change_reason for line in lines if line.change_reason},
        },
    )
    return lines


def _changed_line(selection_round, course, change):
    version = change["version"]
    return SelectionLine(
        round=selection_round,
        course=course,
        version=version,
        isbn=textbook_rules.normalise_isbn(change.get("isbn", version.isbn)),
        printed_edition=change.get("printed_edition", version.edition),
        exception_reason=change.get("exception_reason", "").strip(),
        change_reason=change["reason"].strip(),
    )


def _committee_problem(school):
    committee = SelectionCommittee.objects.filter(school=school).first()
    if committee is None:
        return "S1（第二十七条第（一）项）：学校尚未组建教材选用委员会。"
    missing = missing_committee_member_types(committee.members.values_list("member_type", flat=True))
    if missing or committee.announced_on is None:
        return "S1（第二十七条第（一）项）：教材选用委员会成员不全或尚未公示，不能公示选用结果。"
    return None


def working_day_overrides():
    """HRSS's calendar entries (date → is a working day) for what the package does not cover."""
    return dict(WorkingDayOverride.objects.values_list("date", "is_working_day"))


@transaction.atomic
def publish_notice(selection_round, user, *, start=None, working_days=rules.DEFAULT_NOTICE_WORKING_DAYS):
    """S2 (Art. 27(2)): publish the result for ``working_days`` working days of the State Council
    calendar, starting on a working day."""
    selection_round = _locked(selection_round)
    _require_status(selection_round, RoundStatus.DRAFT, doing="公示")
    problem = _committee_problem(selection_round.school)
    if problem:
        _refuse(problem)
    lines = checking.round_lines(selection_round)
    if not lines:
        _refuse("尚未选用任何教材，不能公示。")
    _checked_or_refused(lines)
    overrides = working_day_overrides()
    start = start or rules.first_working_day(timezone.localdate(), overrides)
    problem = rules.notice_start_problem(start, overrides)
    if problem:
        _refuse(problem)
    selection_round.notice_starts_on = start
    selection_round.notice_working_days = working_days
    selection_round.notice_ends_on = rules.notice_end(start, working_days, overrides)
    selection_round.status = RoundStatus.NOTICE
    selection_round.save(update_fields=["notice_starts_on", "notice_working_days", "notice_ends_on", "status"])
    audit.record(
        selection_round,
        "selection.round.publish",
        user=user,
        data={"from": start.isoformat(), "to": selection_round.notice_ends_on.isoformat(), "working_days": working_days},
    )
    return selection_round


@transaction.atomic
def raise_objection(selection_round, *, kind, content, raised_by, contact="", line=None, today=None):
    """Anyone may object while the result is on public notice (S2)."""
    selection_round = _locked(selection_round)
    today = today or timezone.localdate()
    if selection_round.status != RoundStatus.NOTICE or rules.notice_is_over(selection_round.notice_ends_on, today):
        _refuse("S2（第二十七条第（二）项）：只能在公示期内对选用结果提出异议。")
    problems = rules.objection_problems(content, raised_by, contact)
    if problems:
        raise ValidationError(problems)
    if line is not None and line.round_id != selection_round.pk:
        _refuse("异议涉及的教材不属于该选用结果。")
    objection = Objection.objects.create(
        round=selection_round, line=line, kind=kind, content=content.strip(), raised_by=raised_by.strip(), contact=contact.strip()
    )
    audit.record(selection_round, "selection.objection.raise", data={"objection": objection.pk, "kind": kind})
    return objection


@transaction.atomic
def resolve_objection(objection, user, resolution, outcome=ObjectionOutcome.ANSWERED):
    """The committee answers an objection, or rules it invalid or a duplicate, with a reason (S2);
    either way it no longer blocks the result."""
    objection = Objection.objects.select_for_update().get(pk=objection.pk)
    if not objection.is_open:
        _refuse("该异议已处理。")
    problems = rules.objection_ruling_problems(outcome, resolution, ObjectionOutcome.values)
    if problems:
        raise ValidationError(problems)
    objection.outcome = outcome
    objection.resolution = resolution.strip()
    objection.resolved_by = user
    objection.resolved_at = timezone.now()
    objection.save(update_fields=["outcome", "resolution", "resolved_by", "resolved_at"])
    audit.record(
        objection.round, "selection.objection.resolve", user=user,
        data={"objection": objection.pk, "outcome": outcome, "resolution": objection.resolution},
    )
    return objection


def _open_objection_problem(selection_round):
    count = selection_round.objections.filter(resolved_at__isnull=True).count()
    if count:
        return f"S2（第二十七条第（二）项）：尚有 {count} 条公示异议未处理，选用结果不能确定。"
    return None


@transaction.atomic
def close_notice(selection_round, user, today=None):
    """End the notice once its period is over and every objection has been resolved (S2)."""
    selection_round = _locked(selection_round)
    _require_status(selection_round, RoundStatus.NOTICE, doing="结束公示")
    if not rules.notice_is_over(selection_round.notice_ends_on, today or timezone.localdate()):
        _refuse(f"S2（第二十七条第（二）项）：公示期至 {selection_round.notice_ends_on} 结束，期满前不能结束公示。")
    problem = _open_objection_problem(selection_round)
    if problem:
        _refuse(problem)
    selection_round.status = RoundStatus.RESOLVED
    selection_round.save(update_fields=["status"])
    audit.record(selection_round, "selection.round.close_notice", user=user)
    return selection_round


@transaction.atomic
def finalise(selection_round, user):
    """The result becomes final: refused while objections are open or any line fails S3–S8."""
    selection_round = _locked(selection_round)
    _require_status(selection_round, RoundStatus.RESOLVED, doing="确定选用结果（须先完成公示并处理全部异议）")
    problem = _open_objection_problem(selection_round)
    if problem:
        _refuse(problem)
    _checked_or_refused(checking.round_lines(selection_round))
    selection_round.status = RoundStatus.FINAL
    selection_round.finalised_at = timezone.now()
    selection_round.save(update_fields=["status", "finalised_at"])
    audit.record(selection_round, "selection.round.finalise", user=user)
    return selection_round


def provincial_authority(province):
    return f"{province}人力资源和社会保障厅（局）"


@transaction.atomic
def file_round(selection_round, user):
    """S9 (Art. 29): file a final result with the provincial HRSS."""
    selection_round = _locked(selection_round)
    _require_status(selection_round, RoundStatus.FINAL, doing="备案（须先确定选用结果）")
    filing = SchoolFiling.objects.create(
        round=selection_round,
        authority=provincial_authority(selection_round.school.province),
        reference=f"JCXY-{selection_round.school_year}{selection_round.semester}-{selection_round.pk:06d}",
        filed_by=user,
    )
    selection_round.status = RoundStatus.FILED
    selection_round.save(update_fields=["status"])
    audit.record(selection_round, "selection.round.file", user=user, data={"reference": filing.reference, "authority": filing.authority})
    return filing


def province_rounds(province, school_year):
    return SelectionRound.objects.filter(school__province=province, school_year=school_year)


@transaction.atomic
def file_province_aggregate(province, school_year, user):
    """S9 (Art. 29): the province's yearly aggregate of filed selections, filed with MOHRSS.

    Refused while a school's final result is still unfiled, so the aggregate is complete.
    """
    rounds = province_rounds(province, school_year)
    unfiled = rounds.filter(status=RoundStatus.FINAL).count()
    if unfiled:
        _refuse(f"S9（第二十九条）：本省尚有 {unfiled} 项已确定的选用结果未备案，不能报送年度汇总。")
    if ProvincialFiling.objects.filter(province=province, school_year=school_year).exists():
        _refuse(f"{province}{school_year}学年的教材选用情况已报送。")
    filed = list(rounds.filter(status=RoundStatus.FILED).values_list("pk", "school_id"))
    if not filed:
        _refuse("本省该学年没有已备案的教材选用结果。")
    checked = [c for r in SelectionRound.objects.filter(pk__in=[pk for pk, _ in filed]) for c in checking.check_round(r)]
    summary = defaultdict(int)
    for c in checked:
        summary[c.line.version.textbook.get_planning_level_display()] += 1
    aggregate = ProvincialFiling.objects.create(
        province=province,
        school_year=school_year,
        school_count=len({school for _, school in filed}),
        round_count=len(filed),
        line_count=len(checked),
        exception_count=sum(1 for c in checked if c.is_exception),
        summary=dict(summary),
        filed_by=user,
    )
    audit.record(aggregate, "selection.province.file", user=user, data={"rounds": len(filed), "lines": len(checked)})
    return aggregate


# ---------------------------------------------------------------------------------------------
# Supervision (S10–S12)
# ---------------------------------------------------------------------------------------------

IN_USE = (RoundStatus.NOTICE, RoundStatus.RESOLVED, RoundStatus.FINAL, RoundStatus.FILED)


@transaction.atomic
def issue_stop_use(version, reason, detail, user):
    """S12 (Art. 36): stop a version. It leaves every new selection (textbooks' S6), and every
    school that selected it is flagged, notified and given a replacement task, all logged."""
    if reason not in StopUseReason.values:
        _refuse("停用须选择第三十六条规定的情形。")
    if not detail.strip():
        _refuse("S12（第三十六条）：停用通知须写明具体情形。")
    # Two supervisors at once: the version's row lock makes the second one see the first's order.
    TextbookVersion.objects.select_for_update().filter(pk=version.pk).exists()
    if StopUseOrder.objects.filter(version=version, lifted_at__isnull=True).exists():
        _refuse(f"《{version}》已有生效的停用通知。")
    textbook_services.stop_use(version, user, f"{StopUseReason(reason).label}：{detail.strip()}")
    order = StopUseOrder.objects.create(version=version, reason=reason, detail=detail.strip(), ordered_by=user)
    lines = SelectionLine.objects.filter(version=version).select_related("round__school")
    rounds = {line.round_id: line.round for line in lines}
    lines.update(needs_replacement=True)
    StopUseNotice.objects.bulk_create([StopUseNotice(order=order, round=r) for r in rounds.values()])
    for selection_round in rounds.values():
        audit.record(selection_round, "selection.stop_use.notify", user=user, data={"order": order.pk, "version": str(version)})
    _email_schools(order, {r.school for r in rounds.values()})
    audit.record(
        order, "selection.stop_use.issue", user=user,
        data={"version": str(version), "reason": order.get_reason_display(), "schools": sorted({r.school.name for r in rounds.values()})},
    )
    return order


def _email_schools(order, schools):
    recipients = sorted({school.contact_email for school in schools if school.contact_email})
    if recipients:
        send_mail(
            f"教材停用通知：《{order.version}》",
            f"根据第三十六条{order.get_reason_display()}，《{order.version}》停止使用：{order.detail}\n请在教材选用中更换该教材。",
            None,
            recipients,
        )


@transaction.atomic
def lift_stop_use(order, user, reason):
    """Lifting a stop-use order is itself a decision with a reason, logged (S12)."""
    order = StopUseOrder.objects.select_for_update().select_related("version").get(pk=order.pk)
    if order.lifted_at is not None:
        _refuse("该停用通知已解除。")
    if not reason.strip():
        _refuse("解除停用须写明理由。")
    order.lifted_at = timezone.now()
    order.lift_reason = reason.strip()
    order.save(update_fields=["lifted_at", "lift_reason"])
    # textbooks has no lifting service yet; clearing its stop fields is the inverse of stop_use.
    version = order.version
    version.stopped_at = None
    version.stop_reason = ""
    version.save(update_fields=["stopped_at", "stop_reason"])
    audit.record(order, "selection.stop_use.lift", user=user, data={"version": str(version), "reason": order.lift_reason})
    return order


@transaction.atomic
def replace_stopped_textbook(notice, course, version, user, *, reason, exception_reason=""):
    """Complete a school's replacement task: the stopped line gets a selectable textbook.

    The round keeps its state; the change, its reason and the rule check are recorded.
    """
    if not reason.strip():
        _refuse("更换教材须写明理由。")
    line = SelectionLine.objects.select_related("round__school").get(round=notice.round, course=course)
    if not line.needs_replacement:
        _refuse("该课程教材无须更换。")
    line.version = version
    line.isbn = version.isbn
    line.printed_edition = version.edition
    line.exception_reason = exception_reason.strip()
    line.change_reason = reason.strip()
    line.needs_replacement = False
    _checked_or_refused([line])
    line.save()
    if not notice.round.lines.filter(needs_replacement=True).exists():
        notice.replaced_at = timezone.now()
        notice.save(update_fields=["replaced_at"])
    audit.record(notice.round, "selection.stop_use.replace", user=user, data={"course": course.name, "version": str(version), "reason": line.change_reason})
    return line


@transaction.atomic
def list_on_negative_list(user, reason, *, organisation=None, person=None):
    """S11 (Art. 35): list a unit or a person."""
    if (organisation is None) == (person is None):
        _refuse("负面清单条目须且只能指定一个单位或一名人员。")
    if not reason.strip():
        _refuse("S11（第三十五条）：列入负面清单须写明违规情形。")
    entry = NegativeListEntry.objects.create(organisation=organisation, person=person, reason=reason.strip())
    audit.record(entry, "selection.negative_list.add", user=user, data={"listed": str(entry), "reason": entry.reason})
    return entry


@transaction.atomic
def lift_negative_listing(entry, user, reason, on=None):
    if entry.lifted_on is not None:
        _refuse("该条目已移出负面清单。")
    if not reason.strip():
        _refuse("移出负面清单须写明理由。")
    entry.lifted_on = on or timezone.localdate()
    entry.save(update_fields=["lifted_on"])
    audit.record(entry, "selection.negative_list.lift", user=user, data={"reason": reason.strip()})
    return entry


def versions_in_use(school_year, province=""):
    """Distinct versions selected in the year's published, final or filed selections."""
    rounds = SelectionRound.objects.filter(school_year=school_year, status__in=IN_USE)
    if province:
        rounds = rounds.filter(school__province=province)
    return set(SelectionLine.objects.filter(round__in=rounds).values_list("version_id", flat=True))


@transaction.atomic
def draw_quality_check(school_year, user, *, province="", target_ratio=rules.DEFAULT_CHECK_RATIO):
    """S10 (Art. 33): draw textbooks in use so national + provincial checks of the year cover
    ``target_ratio`` of them. The seed comes from the CSPRNG at draw time and is never typed; the
    candidate list and its SHA-256 are recorded so the draw can be replayed (replay_quality_check)."""
    population = versions_in_use(school_year, province)
    if not population:
        _refuse("该学年没有在用的选用教材，无法抽查。")
    already = set(
        QualityCheckItem.objects.filter(quality_check__school_year=school_year, version_id__in=population).values_list(
            "version_id", flat=True
        )
    )
    size = rules.sample_size(len(population), float(target_ratio), len(already))
    if size == 0:
        _refuse(f"S10（第三十三条）：本学年抽查已覆盖 {len(already)}/{len(population)} 种在用教材，已达到目标比例。")
    seed = draws.make_seed()
    candidates = sorted(population - already)
    check = QualityCheck.objects.create(
        school_year=school_year, province=province, target_ratio=target_ratio, seed=seed, population=len(population),
        candidates=candidates, candidates_sha256=draws.candidate_list_sha256(candidates), sample_size=size,
    )
    drawn = rules.draw_sample(candidates, size, seed)
    QualityCheckItem.objects.bulk_create([QualityCheckItem(quality_check=check, version_id=pk) for pk in drawn])
    audit.record(check, "selection.check.draw", user=user, data={
        "seed": seed, "drawn": drawn, "population": len(population), "candidates_sha256": check.candidates_sha256,
    })
    return check


def replay_quality_check(check):
    """S10: replay a recorded check. Returns the problems found; empty when the candidate list still
    has its recorded hash and the seed draws exactly the check's sampled textbooks again."""
    problems = []
    if draws.candidate_list_sha256(check.candidates) != check.candidates_sha256:
        problems.append("候选名单与记录的 SHA-256 不符")
    drawn = rules.draw_sample(check.candidates, check.sample_size, check.seed)
    recorded = sorted(check.items.values_list("version_id", flat=True))
    if drawn != recorded:
        problems.append(f"重放结果 {drawn} 与记录的抽查教材 {recorded} 不符")
    return problems


@transaction.atomic
def record_check_finding(item, user, *, passed, finding):
    if passed not in (True, False):
        _refuse("S10（第三十三条）：请选择抽查教材是否合格。")
    if not finding.strip():
        _refuse("请填写抽查结论。")
    item.passed = passed
    item.finding = finding.strip()
    item.save(update_fields=["passed", "finding"])
    audit.record(item.quality_check, "selection.check.finding", user=user, data={"version": str(item.version), "passed": passed})
    return item


@transaction.atomic
def file_usage_report(school, school_year, semester, user, *, respondents, satisfaction, findings):
    """S10 (Art. 33): a school's usage survey and report for one term, filed with HRSS."""
    if not findings.strip():
        _refuse("S10（第三十三条）：教材使用情况报告须包含使用情况分析。")
    if satisfaction is not None and not 0 <= _percent(satisfaction) <= 100:
        _refuse("满意率须在 0 至 100 之间。")
    if satisfaction is not None and not respondents:
        _refuse("没有调查对象时不能填写满意率。")
    report, _ = UsageReport.objects.update_or_create(
        school=school, school_year=school_year, semester=semester,
        defaults={"respondents": respondents, "satisfaction": satisfaction, "findings": findings.strip(), "filed_at": timezone.now()},
    )
    audit.record(report, "selection.usage_report.file", user=user, data={"respondents": respondents})
    return report


def _percent(value):
    try:
        return Decimal(str(value))
    except InvalidOperation:
        _refuse("满意率须为数字。")


def versions_with_listed_authors():
    """S11 (Art. 35): approved versions whose chief editor or a team member is on the negative
    list; their authors must be replaced."""
    listed = NegativeListEntry.objects.filter(person__isnull=False, lifted_on__isnull=True).values("person_id")
    with_member = VersionAuthor.objects.filter(person_id__in=listed).values("version_id")
    return (
        TextbookVersion.objects.filter(status=VersionStatus.APPROVED)
        .filter(Q(chief_editor_id__in=listed) | Q(pk__in=with_member))
        .select_related("textbook", "chief_editor")
    )
