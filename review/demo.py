"""Demo expert pool: at least ten experts in each of the four Art. 19 categories."""

import contextlib
import datetime
import random

from curriculum.models import Major
from directory.demo import chinese_names, upsert_person
from directory.models import Organisation, OrganisationKind, TitleLevel
from review.models import Expert, ExpertCategory

EXPERTS_PER_CATEGORY = 11

# Where each category's experts work.
CATEGORY_EMPLOYER_KINDS = {
    ExpertCategory.SUBJECT: (OrganisationKind.SCHOOL, OrganisationKind.INSTITUTE),
    ExpertCategory.RESEARCH: (OrganisationKind.INSTITUTE,),
    ExpertCategory.TEACHER: (OrganisationKind.SCHOOL,),
    ExpertCategory.INDUSTRY: (OrganisationKind.ENTERPRISE,),
}


def seed_experts(progress=None):
    rng = random.Random(20261123)
    majors = list(Major.objects.order_by("code"))
    names = chinese_names(EXPERTS_PER_CATEGORY * len(ExpertCategory), seed="experts")
    experts = []
    for category_index, category in enumerate(ExpertCategory):
        employers = list(
            Organisation.objects.filter(kind__in=CATEGORY_EMPLOYER_KINDS[category]).order_by("name")
        )
        for i in range(EXPERTS_PER_CATEGORY):
            number = category_index * EXPERTS_PER_CATEGORY + i
            # Art. 19 asks for senior titles as a rule; a few frontline teachers hold intermediate ones.
            level = TitleLevel.INTERMEDIATE if category == ExpertCategory.TEACHER and i % 4 == 3 else (
                TitleLevel.SENIOR if i % 3 == 0 else TitleLevel.ASSOCIATE_SENIOR
            )
            person = upsert_person(
                names[number],
                employers[i % len(employers)],
                level,
                email=f"expert{number + 1:03d}@experts.example.cn",
                phone=f"139{number + 1:08d}",
            )
            expert, _ = Expert.objects.update_or_create(
                person=person,
                defaults={
                    "category": category,
                    "active": True,
                    "joined_on": datetime.date(2022 + number % 4, 1 + number % 12, 1),
                },
            )
            expert.specialties.set(rng.sample(majors, k=3))
            experts.append(expert)
            if progress:
                progress.advance()
    return experts


# ------------------------------------------------------------------------ review pipeline demo

# Panel members write differently: each assignment's position picks one of these (deterministic,
# so that seed_demo stays idempotent). None asks for replacements: that is the explicit overrides'.
DEMO_OPINIONS = [
    {
        "ideology_score": 92,
        "ideology_comment": "坚持正确政治方向，将职业道德、工匠精神有机融入学习任务，未发现“两张皮”现象。",
        "science_score": 86,
        "science_comment": "技术内容总体准确；第四章切削参数表个别数值与现行标准不一致，请核对。",
        "adaptability_score": 88,
        "adaptability_comment": "学习任务源于典型工作任务，难度适合中级技能层级学生，建议增加安全操作提示。",
        "recommendation": "pass",
    },
    {
        "ideology_score": 88,
        "ideology_comment": "思政元素结合较自然，第二章“大国工匠”案例选取得当；建议在任务评价中体现安全与环保意识。",
        "science_score": 79,
        "science_comment": "图3-6刀具角度标注有误，表5-2单位混用mm与cm；术语“走刀量”与国标“进给量”不统一，请全书统一。",
        "adaptability_score": 83,
        "adaptability_comment": "任务难度梯度合理，但缺少企业真实图纸，建议每个学习任务配一份企业案例图样。",
        "recommendation": "revise",
    },
    {
        "ideology_score": 95,
        "ideology_comment": "内容导向正确，语言表述规范。",
        "science_score": 90,
        "science_comment": "工艺流程描述清楚，与现行职业技能标准一致。个别习题答案有误（第七章第3题），请核对。",
        "adaptability_score": 91,
        "adaptability_comment": "按工作过程六步法组织，符合工学一体化教学要求，适用于技工院校中级工和高级工层级。",
        "recommendation": "pass",
    },
    {
        "ideology_score": 85,
        "ideology_comment": "整体符合要求。第一章引言部分对行业发展的表述略显空泛，建议结合本地产业实际。",
        "science_score": 74,
        "science_comment": "第六章数控系统仍以已停产型号为例，建议更新为当前主流系统；部分截图分辨率不足。",
        "adaptability_score": 80,
        "adaptability_comment": "实训设备要求较高，部分学校可能不具备条件，建议给出替代方案。",
        "recommendation": "revise",
    },
]
DEMO_OPINION = {**DEMO_OPINIONS[0], "political_error": "none", "texts_to_replace": "", "authors_to_replace": ""}


def demo_opinion(position, **overrides):
    """The opinion a demo panel member at ``position`` writes."""
    base = DEMO_OPINIONS[(position - 1) % len(DEMO_OPINIONS)]
    return {**DEMO_OPINION, **base, **overrides}


# What each demo manuscript goes through, in order; the last entry is the stage it stays in.
DEMO_STAGES = [
    ("preparing", ()),
    ("in_review_awaiting", ("clear", "draw", "release")),
    ("in_review_declared", ("clear", "draw", "release", "reviewer_declares", "others_review")),
    ("round_closed", ("clear", "draw", "release", "conflict", "redraw", "all_review", "close")),
    ("revision", ("clear", "draw", "release", "all_review_replace", "close", "revise")),
    ("passed", ("clear", "draw", "release", "all_review", "close", "pass")),
    ("failed", ("clear", "draw", "release", "all_review_fail", "close", "fail")),
    ("approved", ("clear", "draw", "release", "all_review", "close", "pass", "approve")),
]


def _demo_items():
    """Draft and submitted demo textbooks; those without a manuscript get one so the reviewer
    workspace has a file to download. The catalogue demo made some of them 审核中 already, which
    locks them against edits (Art. 18): the file is part of what they were submitted with."""
    from django.core.files.base import ContentFile

    from textbooks.demo import manuscript_bytes
    from textbooks.models import TextbookVersion, VersionStatus

    items = sorted(
        TextbookVersion.objects.filter(status__in=[VersionStatus.DRAFT, VersionStatus.SUBMITTED]).select_related("textbook"),
        key=lambda v: (v.textbook.planning_level != "national", v.pk),
    )
    for version in items:
        if not version.manuscript:
            version.manuscript = ContentFile(
                manuscript_bytes(version.textbook.title, version.edition_label), name="manuscript.docx"
            )
            version.save(update_fields=["manuscript", "manuscript_original_name"])
    return items


@contextlib.contextmanager
def _pool_for_demo_reviewer(submission, reviewer_expert):
    """The demo reviewer must have work to log in to. The draw itself cannot be steered (R5: the
    seed is the system's), so the demo narrows the pool instead: while it draws, only a valid panel
    holding the demo reviewer stays active. The recorded candidate list shows that narrow pool."""
    from review import rules, services
    from review.models import Expert

    rows = services.exclusion_table(submission)
    eligible = [row["candidate"] for row in rows if row["eligible"]]
    if reviewer_expert is None or reviewer_expert.pk not in {c.expert_id for c in eligible}:
        yield
        return
    route = services.route_of(submission)
    keep = list(submission.current_round.assignments.exclude(status="conflict").values_list("expert_id", flat=True))
    keep = keep or [reviewer_expert.pk]
    panel = rules.draw_panel(eligible, "demo", route, keep=keep).drawn
    others = Expert.objects.filter(active=True).exclude(pk__in=panel)
    paused = list(others.values_list("pk", flat=True))
    others.update(active=False)
    try:
        yield
    finally:
        Expert.objects.filter(pk__in=paused).update(active=True)


def _review_all(submission, user, **overrides):
    from review import services
    from review.models import AssignmentStatus

    for assignment in submission.current_round.assignments.exclude(
        status__in=[AssignmentStatus.CONFLICT, AssignmentStatus.SUBMITTED]
    ):
        if assignment.status == AssignmentStatus.AWAITING_DECLARATION:
            services.declare(assignment, assignment.expert.person.user, True)
        services.submit_opinion(assignment, assignment.expert.person.user, **demo_opinion(assignment.position, **overrides))


def _run_step(step, submission, organiser, reviewer_expert):
    from review import services

    submission.refresh_from_db()
    if step == "clear":
        for copy in submission.current_round.copies.filter(cleared_at=None):
            decisions = {
                i: ("mask", "") if f.get("redactable") else ("dismiss", "已人工核对图片与嵌入对象，无身份信息")
                for i, f in enumerate(copy.findings) if not f["cleaned"]
            }
            services.resolve_findings(copy, organiser, decisions)
            services.confirm_copy(copy, organiser)
    elif step in ("draw", "redraw"):
        if submission.intake_at is None:
            services.confirm_intake(submission, organiser, submission.proposed_flags)
        with _pool_for_demo_reviewer(submission, reviewer_expert):
            services.draw_panel(submission, organiser, reason=DEMO_REDRAW_REASON if step == "redraw" else "")
    elif step == "release":
        services.release(submission, organiser)
    elif step == "reviewer_declares":
        mine = submission.current_round.assignments.filter(expert=reviewer_expert).first()
        if mine is not None:
            services.declare(mine, reviewer_expert.person.user, True)
    elif step == "others_review":
        for assignment in submission.current_round.assignments.exclude(expert=reviewer_expert):
            services.declare(assignment, None, True)
            services.submit_opinion(assignment, None, **demo_opinion(assignment.position))
    elif step == "conflict":
        # A panel member who knows the team recuses; the redraw replaces them (R2).
        other = submission.current_round.assignments.exclude(expert=reviewer_expert).order_by("position").first()
        services.declare(other, None, False, "曾参与该教材编写团队的前期调研")
    elif step.startswith("all_review"):
        overrides = {
            "all_review": {},
            "all_review_replace": {"texts_to_replace": "第二章阅读材料导向不够明确，建议更换。", "recommendation": "revise"},
            "all_review_fail": {"political_error": "found", "recommendation": "fail",
                                "ideology_comment": "第五章地图表述不规范，存在政治性错误。"},
        }[step]
        _review_all(submission, organiser, **overrides)
    elif step == "close":
        services.close_round(submission, organiser)
    elif step in ("pass", "revise", "fail"):
        services.decide(submission, organiser, step, {"pass": "同意通过。", "revise": "请按专家意见修改后再审。", "fail": "存在政治性错误，不予通过。"}[step])
    elif step == "approve":
        services.approve(submission, organiser)


# Beyond the textbook stages: an ideologically strong (统编) textbook waiting in political review
# (Art. 18) and a course-standard version in blind review (凡编必审 holds for standards too).
POLITICAL_STEPS = ("clear", "draw", "release", "all_review", "close", "pass")
STANDARD_STEPS = ("clear", "draw", "release")
DEMO_REDRAW_REASON = "专家1声明曾参与该教材编写团队的前期调研，申请回避，补抽一名专家。"
DEMO_SELF_CHECK = "经专题自查，书稿政治方向正确，未发现政治性、导向性问题。"


def _gates(item, gatekeeper):
    """The unit's gates, and the publisher's self-check by the demo gatekeeper where the publisher
    is theirs (the platform records it for the other demo publishers)."""
    import datetime

    from review import services

    services.record_checks(
        item, None,
        authors_announced_on=datetime.date(2026, 3, 1),
        major_topic_reference="重大选题备案〔2026〕3号",
        major_topic_filed_on=datetime.date(2026, 3, 5),
    )
    _relax_structure_if_needed(item)
    publisher = item.review_people().publisher
    if publisher is None:
        return
    own = gatekeeper is not None and services.gatekept_publishers(gatekeeper).filter(pk=publisher.pk).exists()
    services.record_self_check(item, gatekeeper if own else None, datetime.date(2026, 3, 10), DEMO_SELF_CHECK)


def _relax_structure_if_needed(item):
    """Art. 15: where a demo team lacks a usual group, the organiser relaxed it with a reason."""
    from textbooks import services as textbook_services
    from textbooks.models import TextbookVersion

    if isinstance(item, TextbookVersion) and textbook_services.team_structure_problems(item):
        textbook_services.relax_team_requirement(
            item, None, kind="structure", reason="统编教材编写组由课程专家组成，一线教师和企业人员参与了审读、试用。"
        )


# Submissions the demo left waiting at the organiser's confirmation (no LibreOffice on this machine).
_demo_cut_short = []


def review_demo_cut_short():
    return list(_demo_cut_short)


def _drive(submission, steps, organiser, reviewer_expert):
    from review.reviewer_copy import soffice_binary

    organiser_user = _organiser_user(submission, organiser)
    if reviewer_expert is not None and "draw" in steps:
        _override_for_demo_reviewer(submission, reviewer_expert, organiser_user)
    if "clear" in steps and soffice_binary() is None:
        # Confirming a copy renders the reviewers' PDF with LibreOffice (R3); without it the
        # manuscript waits at the organiser's confirmation, as it would on such a server.
        steps = steps[: steps.index("clear")]
        _demo_cut_short.append(str(submission))
    for step in steps:
        _run_step(step, submission, organiser_user, reviewer_expert)
    return submission


# The stage whose manuscript shows the organiser correcting the unit's proposal at intake (R10).
CORRECTED_AT_INTAKE = "in_review_awaiting"


def _correct_at_intake(submission, organiser):
    """The organiser corrects the unit's practical-skills proposal, with the reason logged (Art. 22)."""
    from review import services

    proposed = submission.proposed_flags
    corrected = {**proposed, "practical_skills": not proposed.get("practical_skills")}
    reason = (
        "教材以完整的专业理论与技能训练体系编写，不属于实用技能类，按常规流程审核。"
        if proposed.get("practical_skills")
        else "教材以短期岗位技能训练为主，属于实用技能类，按本单位简化审核程序审核。"
    )
    services.confirm_intake(submission, organiser, corrected, reason)


def _seed_textbook_stages(organiser, reviewer_expert, gatekeeper):
    from django.core.exceptions import ValidationError

    from review import rules, services

    items = iter(_demo_items())
    for label, steps in DEMO_STAGES:
        for item in items:
            _gates(item, gatekeeper)
            if rules.gate_problems(services.gate_facts(item)):
                continue
            try:
                submission = services.submit(item, None)
            except ValidationError:  # e.g. no HRSS department of that province in the demo
                continue
            if label == CORRECTED_AT_INTAKE:
                _correct_at_intake(submission, _organiser_user(submission, organiser))
            _drive(submission, steps, organiser, reviewer_expert)
            break


def seed_review():
    """Demo manuscripts in every stage of the review pipeline (idempotent, part by part).

    The demo reviewer login is on several panels; one panel member declared a conflict and was
    replaced by a redraw, and each draw's log lists the experts the rules excluded. A 统编
    textbook waits for the demo political login; a course-standard version is in blind review.
    """
    from django.contrib.auth import get_user_model
    from django.contrib.contenttypes.models import ContentType
    from django.test.utils import override_settings

    from curriculum.demo import standard_version_for_review
    from curriculum.models import StandardVersion
    from review import services
    from review.models import Submission
    from textbooks.demo import seed_unified_manuscript
    from textbooks.models import TextbookVersion

    User = get_user_model()
    organiser = User.objects.filter(username="organiser").first()
    reviewer = User.objects.filter(username="reviewer").first()
    gatekeeper = User.objects.filter(username="gatekeeper").first()
    reviewer_expert = Expert.objects.filter(person__user=reviewer).first() if reviewer else None
    textbooks = Submission.objects.filter(content_type=ContentType.objects.get_for_model(TextbookVersion))
    standards = Submission.objects.filter(content_type=ContentType.objects.get_for_model(StandardVersion))
    # Demo mails are not sent anywhere.
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        if not textbooks.filter(ideologically_strong=False).exists():
            _seed_textbook_stages(organiser, reviewer_expert, gatekeeper)
        unified = seed_unified_manuscript()
        if services.submission_for(unified) is None:
            _gates(unified, gatekeeper)
            _drive(services.submit(unified, None), POLITICAL_STEPS, organiser, reviewer_expert)
        if not standards.exists():
            standard = standard_version_for_review()
            _gates(standard, gatekeeper)
            _drive(services.submit(standard, None), STANDARD_STEPS, organiser, reviewer_expert)
    return Submission.objects.count()


def _override_for_demo_reviewer(submission, reviewer_expert, organiser):
    """Where only an overridable ground (e.g. R4's "senior title as a rule") keeps the demo
    reviewer out, the organiser overrides it with a logged reason."""
    from review import rules, services

    found = rules.exclusions(services.candidate_for(reviewer_expert), services.manuscript_people(submission))
    if found and all(e.overridable for e in found):
        services.override_exclusion(submission, reviewer_expert, organiser, "一线教师专家，教学经验丰富，组织单位同意例外参加评审")


def _organiser_user(submission, default):
    from django.contrib.auth import get_user_model

    from directory.models import Person

    person = Person.objects.filter(employer=submission.organiser).exclude(user=None).first()
    return person.user if person else default or get_user_model().objects.filter(is_superuser=True).first()
