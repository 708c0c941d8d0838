"""The review pipeline's rules (SPEC §4, R1–R9) as pure functions: no request, no database.

services.py gathers the facts (who wrote what, who works where) into the small dataclasses below
and asks these functions; views never decide anything themselves.
"""

import datetime
import random
import secrets
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError

# R5: the seed and the candidate-list hash of a draw, shared with the S10 quality-check draw.
from cms.draws import candidate_list_sha256, make_seed  # noqa: F401

from review.reviewable import PlanningLevel

# ------------------------------------------------------------------------ stages (state machine)

PREPARING = "preparing"
IN_REVIEW = "in_review"
ROUND_CLOSED = "round_closed"
POLITICAL_REVIEW = "political_review"
REVISION = "revision"
PASSED = "passed"
FAILED = "failed"
APPROVED = "approved"

# action → (stages it may start from, stage it leads to). Anything else is refused, whatever
# the request says (a forged POST included).
TRANSITIONS = {
    "release": ({PREPARING}, IN_REVIEW),
    "refuse_intake": ({PREPARING}, FAILED),
    "close_round": ({IN_REVIEW}, ROUND_CLOSED),
    "decide_pass": ({ROUND_CLOSED}, PASSED),
    "send_to_political_review": ({ROUND_CLOSED}, POLITICAL_REVIEW),
    "decide_revise": ({ROUND_CLOSED}, REVISION),
    "decide_fail": ({ROUND_CLOSED}, FAILED),
    "political_pass": ({POLITICAL_REVIEW}, PASSED),
    "political_fail": ({POLITICAL_REVIEW}, FAILED),
    "resubmit": ({REVISION}, PREPARING),
    "approve": ({PASSED}, APPROVED),
}

ACTION_LABELS = {
    "release": "发放匿名稿并开始盲审",
    "refuse_intake": "不予受理",
    "close_round": "结束本轮评审",
    "decide_pass": "作出“通过”结论",
    "send_to_political_review": "送政治把关",
    "decide_revise": "作出“修改后通过”结论",
    "decide_fail": "作出“不通过”结论",
    "political_pass": "政治把关通过",
    "political_fail": "政治把关不通过",
    "resubmit": "提交修改稿",
    "approve": "批准入库",
}


def next_stage(stage, action, stage_label=""):
    """The stage ``action`` leads to from ``stage``; an illegal move is refused (SPEC §7)."""
    if action not in TRANSITIONS:
        raise ValidationError(f"未知操作“{action}”。")
    sources, target = TRANSITIONS[action]
    if stage not in sources:
        raise ValidationError(
            f"第十八条（凡编必审）：送审稿当前处于“{stage_label or stage}”阶段，不能{ACTION_LABELS[action]}。"
        )
    return target


def allowed_actions(stage):
    return [action for action, (sources, _target) in TRANSITIONS.items() if stage in sources]


# ------------------------------------------------------------------------- intake (R9, R10, Art. 22)

# Content facts the unit proposes and the organiser confirms or corrects at intake (SPEC R10).
CONTENT_FLAGS = {
    "sovereignty": "涉及国家主权",
    "security": "涉及国家安全",
    "ethnicity": "涉及民族",
    "religion": "涉及宗教",
    "major_topic": "属于重大选题（第二十一条）",
    "practical_skills": "实用技能类（第二十二条）",
}
TOPIC_FLAGS = ("sovereignty", "security", "ethnicity", "religion")

# Words in a title that suggest a topic the unit may have left unticked (R10): the organiser
# sees them as suggestions and decides; 《民族乐器制作》 may be corrected back with a reason.
TITLE_TOPIC_WORDS = {
    "sovereignty": ("主权", "领土", "领海", "边疆"),
    "security": ("国家安全", "国防"),
    "ethnicity": ("民族",),
    "religion": ("宗教",),
}


def title_topic_hints(title):
    """The sensitive topics a title names (R10, Art. 4)."""
    return {topic for topic, words in TITLE_TOPIC_WORDS.items() if any(word in (title or "") for word in words)}


def suggested_flags(proposed, title):
    """What the intake form starts from: the unit's proposal plus what the title suggests."""
    hints = title_topic_hints(title)
    return {key: bool(proposed.get(key)) or key in hints for key in CONTENT_FLAGS}


def intake_can_be_confirmed(stage):
    """Art. 18: the organiser confirms a submission's content facts at intake, before the blind review."""
    return stage == PREPARING


def intake_problems(*, stage, already_confirmed, proposed, confirmed, reason):
    """The organiser confirms or corrects the unit's content facts once, before the draw; a
    correction carries a reason (logged)."""
    if already_confirmed:
        return ["第十八条：该送审稿已受理，内容属性已确认。"]
    if not intake_can_be_confirmed(stage):
        return ["第十八条：只有尚未开始盲审的送审稿才能受理。"]
    corrected = [CONTENT_FLAGS[k] for k in CONTENT_FLAGS if bool(proposed.get(k)) != bool(confirmed.get(k))]
    if corrected and not (reason or "").strip():
        return [f"R10（第四条）：更正编写单位申报的内容属性（{'、'.join(corrected)}）须填写理由。"]
    return []


def intake_missing_problem(confirmed_at):
    if confirmed_at is None:
        return "第十八条：审核组织单位须先受理并确认内容属性（R9、R10、第二十二条），才能抽取专家或开始审核。"
    return None


def panel_can_be_drawn(stage):
    """R5: the panel is drawn before release and refilled during the round after a declared conflict."""
    return stage in (PREPARING, IN_REVIEW)


# ------------------------------------------------------------------------------ routing (Art. 18)


def organiser_lookup(planning_level, province, unit_province):
    """Which HRSS department organises the review (Art. 18), as Organisation lookup arguments.

    National planned items go to MOHRSS; provincial planned items to that province's HRSS; other
    items to the compiling unit's competent department, which entrusts a professional body.
    """
    if planning_level == PlanningLevel.NATIONAL:
        return {"kind": "department", "is_national": True}
    if planning_level == PlanningLevel.PROVINCIAL:
        if not province:
            raise ValidationError("第十八条：省级规划的送审稿须注明省份，才能确定审核组织单位。")
        return {"kind": "department", "is_national": False, "province": province}
    return {"kind": "department", "is_national": False, "province": unit_province}


@dataclass(frozen=True)
class Route:
    """How a submission is reviewed; practical-skills textbooks take a shorter route (Art. 22)."""

    panel_size: int
    min_categories: int
    review_days: int
    label: str


STANDARD_ROUTE = Route(panel_size=3, min_categories=2, review_days=21, label="常规审核流程")
PRACTICAL_SKILLS_ROUTE = Route(panel_size=2, min_categories=2, review_days=10, label="实用技能类简化流程（第二十二条）")


def route_for(practical_skills, procedure=None):
    """The route a submission takes. ``procedure`` is the organiser's own practical-skills
    procedure (panel size, categories, days; Art. 22), or None for the platform default."""
    if not practical_skills:
        return STANDARD_ROUTE
    if procedure is None:
        return PRACTICAL_SKILLS_ROUTE
    return Route(
        panel_size=procedure.panel_size,
        min_categories=procedure.min_categories,
        review_days=procedure.review_days,
        label=f"实用技能类简化流程（第二十二条，{procedure.organiser.name}制定）",
    )


def procedure_problems(panel_size, min_categories, review_days):
    """Art. 22: a practical-skills procedure simplifies the review, it does not abolish it: a
    panel of at least two mixing categories (R4), no longer than the standard route."""
    problems = []
    if not 2 <= panel_size <= STANDARD_ROUTE.panel_size:
        problems.append(f"第二十二条：实用技能类评审专家组为 2 至 {STANDARD_ROUTE.panel_size} 人。")
    if not 2 <= min_categories <= panel_size:
        problems.append("R4（第十九条）：评审专家组至少来自 2 个专家类别，且不超过专家人数。")
    if not 1 <= review_days <= STANDARD_ROUTE.review_days:
        problems.append(f"第二十二条：实用技能类评审期限为 1 至 {STANDARD_ROUTE.review_days} 天（简化流程不长于常规流程）。")
    return problems


def review_deadline(start, route):
    return start + datetime.timedelta(days=route.review_days)


def needs_reminder(deadline, today, last_reminded, days_before=3):
    """Remind when the deadline is near or past, at most once a day."""
    if deadline is None or deadline - today > datetime.timedelta(days=days_before):
        return False
    return last_reminded is None or last_reminded < today


# --------------------------------------------------------------------------- pseudonymous codes

CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def make_code(year, choose=secrets.choice):
    """A non-sequential review code such as 审-2026-7F3K (R3): it reveals neither order nor origin."""
    return f"审-{year}-" + "".join(choose(CODE_ALPHABET) for _ in range(4))


# ------------------------------------------------------------------- clearing copies (R3)

MASK_FINDING = "mask"
DISMISS_FINDING = "dismiss"


def finding_resolution_problems(findings, decisions):
    """R3 (Art. 21): every pending finding of a copy is masked or dismissed with a reason by the
    organiser; nothing is released on silence. ``decisions`` maps a finding's index to
    (action, reason). Empty when the decisions may be applied."""
    problems = []
    for index, finding in enumerate(findings):
        if finding.get("cleaned"):
            continue
        label = f"第 {index + 1} 项（{finding.get('part', '')}：{finding.get('kind', '')}）"
        action, reason = decisions.get(index, ("", ""))
        if action == MASK_FINDING:
            if not finding.get("redactable"):
                problems.append(
                    f"R3（第二十一条）：{label}无法可靠地按文字遮盖（PDF 页面文字、图片或嵌入对象），"
                    f"请要求编写单位提供去除“{finding.get('matched') or finding.get('excerpt', '')}”的干净文件，"
                    "或核对后选择“不遮盖”并说明理由。"
                )
        elif action == DISMISS_FINDING:
            if not (reason or "").strip():
                problems.append(f"R3（第二十一条）：{label}选择不遮盖时须填写理由。")
        else:
            problems.append(f"R3（第二十一条）：{label}尚未处理，请选择遮盖或不遮盖（附理由）。")
    return problems


def copy_confirmation_problems(findings, resolved):
    """R3: a copy is confirmed for release only after every finding was resolved and the organiser
    saw the preview, even when there was nothing to resolve."""
    if any(not f.get("cleaned") for f in findings):
        return ["R3（第二十一条）：遮盖清单中仍有未处理的项目，不能确认发放。"]
    if not resolved:
        return ["R3（第二十一条）：请先逐项处理遮盖清单并查看发放预览，再确认。"]
    return []


# ------------------------------------------------------------- re-identification (R3)


def reidentification_reasons(namesakes, identities):
    """R3 (Art. 21): why the exact title would identify the makers: a public record reachable from
    it names the unit or an author. ``namesakes`` are {"where", "names"}; ``identities`` the
    manuscript's unit and people names. Empty when the exact title may be shown."""
    wanted = {i.strip() for i in identities if i and i.strip()}
    reasons = []
    for record in namesakes:
        named = [n for n in record["names"] if n in wanted]
        if named:
            reasons.append(f"R3（第二十一条）：{record['where']}公开署有{'、'.join(dict.fromkeys(named))}，评审专家可据送审名称查到，已改用中性名称并隐去版次。")
    return reasons


# ------------------------------------------------------------------------- unit gates (stage 2)


def major_topic_filing_required(ideologically_strong):
    """R9 (Art. 21): ideologically strong topics (sovereignty, security, ethnicity, religion, 思政,
    语文, 历史) are major topics and must be filed."""
    return ideologically_strong


@dataclass(frozen=True)
class GateFacts:
    unapproved_authors: int  # authors without their unit party organisation's approval
    has_authors: bool
    authors_announced: bool
    filing_required: bool
    filing_done: bool
    has_publisher: bool
    self_check_done: bool
    unit_blacklisted: bool = False  # S11: the compiling unit is on the negative list
    publisher_blacklisted: bool = False  # S11: the publisher is on the negative list
    listed_authors: tuple = ()  # S11/R6: names of authors on the negative list
    trial_required: bool = False  # Art. 16: the organiser requires 审读 and 试用 records
    trial_reading: bool = False
    trial_use: bool = False
    trial_unanswered: int = 0


def listed_author_problems(names):
    """S11 (Art. 35) and R6 (Art. 21): listed authors are replaced before review starts or passes."""
    if not names:
        return []
    return [f"S11（第三十五条）、R6（第二十一条）：编写人员{'、'.join(names)}已列入负面清单，须更换后才能送审或通过审核。"]


def self_check_problems(*, own_publisher, has_publisher, submitted, checked_on, conclusion, today):
    """Art. 18: the publisher's political gatekeeping body runs its 专题自查 before formal
    submission; nobody else records it for them. Empty when the self-check may be recorded."""
    if not own_publisher:
        return ["第十八条：只有该稿件出版单位的政治把关机构才能登记专题自查。"]
    problems = []
    if not has_publisher:
        problems.append("第十八条：该稿件没有出版单位，无需出版单位专题自查。")
    if submitted:
        problems.append("第十八条：专题自查须在正式送审前完成，该稿件已送审，不能再登记。")
    if checked_on is None:
        problems.append("第十八条：请填写专题自查日期。")
    elif checked_on > today:
        problems.append("第十八条：专题自查日期不能晚于今天。")
    if not (conclusion or "").strip():
        problems.append("第十八条：请填写专题自查结论。")
    return problems


def content_changed_refusal(submitted_fingerprint, current_fingerprint):
    """Art. 18 (凡编必审), Art. 23: what is approved is what the experts reviewed."""
    if submitted_fingerprint and submitted_fingerprint != current_fingerprint:
        return "第十八条（凡编必审）：送审后稿件内容已被更改，与专家审核的内容不一致，不能批准；请作出“修改后通过”结论，由编写单位重新送审。"
    return None


def trial_problems(facts):
    """Art. 16: where the organiser requires it, the textbook was read (审读) and tried out (试用) by
    front-line teachers and enterprise staff, and the unit answered every opinion."""
    if not facts.trial_required:
        return []
    problems = []
    if not facts.trial_reading:
        problems.append("第十六条：审核组织单位要求送审前完成审读，请登记一线任课教师或行业企业专业人员的审读意见。")
    if not facts.trial_use:
        problems.append("第十六条：审核组织单位要求送审前完成试用，请登记试用情况。")
    if facts.trial_unanswered:
        problems.append(f"第十六条：有 {facts.trial_unanswered} 条审读或试用意见尚未登记编写单位的处理与修改情况。")
    return problems


def gate_problems(facts):
    """Why an item cannot enter review yet (SPEC §4 stage 2); empty when it may."""
    problems = []
    if not facts.has_authors:
        problems.append("第十三条：送审稿须登记编写人员。")
    if facts.unapproved_authors:
        problems.append(f"第十三条：有 {facts.unapproved_authors} 名编写人员未经所在单位党组织审核同意。")
    if not facts.authors_announced:
        problems.append("第十三条：编写单位须先向社会公示编写人员，才能送审。")
    if facts.filing_required and not facts.filing_done:
        problems.append("R9（第二十一条）：该选题属于重大选题，须完成重大选题备案后才能开始审核。")
    if facts.has_publisher and not facts.self_check_done:
        problems.append("第十八条：出版单位政治把关机构须在正式送审前完成专题自查。")
    if facts.unit_blacklisted:
        problems.append("S11（第三十五条）：编写单位已列入负面清单，不能送审教材。")
    if facts.publisher_blacklisted:
        problems.append("S11（第三十五条）：出版单位已列入负面清单，不能送审教材。")
    problems.extend(trial_problems(facts))
    problems.extend(listed_author_problems(facts.listed_authors))
    return problems


# ------------------------------------------------------------------- R1, R2, R4: who may review


@dataclass(frozen=True)
class Candidate:
    """An expert of the pool, reduced to what eligibility depends on."""

    expert_id: int
    person_id: int
    employer_id: int
    category: str
    senior_title: bool
    party_org_approved: bool
    active: bool = True
    negative_listed: bool = False  # S11 (Art. 35): the expert is on the negative list


@dataclass(frozen=True)
class ManuscriptPeople:
    """Everyone the review of one manuscript must be kept apart from (R1, R2)."""

    author_ids: frozenset = frozenset()
    chief_editor_id: int | None = None
    compiling_unit_id: int | None = None
    author_employer_ids: frozenset = frozenset()
    publisher_id: int | None = None
    other_edition_people_ids: frozenset = frozenset()  # authors/chief editors of other editions
    coauthor_ids: frozenset = frozenset()  # co-authors of the authors on the platform, last 5 years
    declared_conflict_expert_ids: frozenset = frozenset()
    declined_expert_ids: frozenset = frozenset()  # declined this manuscript's invitation


@dataclass(frozen=True)
class Exclusion:
    rule: str
    reason: str
    overridable: bool = True

    @property
    def message(self):
        return f"{self.rule}：{self.reason}"


COAUTHOR_YEARS = 5


def exclusions(candidate, people):
    """Every reason ``candidate`` may not review this manuscript; empty means eligible.

    R1 (Art. 19, 编审分离) and declared conflicts cannot be overridden; the other recusal and
    qualification grounds can, by an organiser with a logged reason.
    """
    found = []
    if candidate.person_id in people.author_ids or candidate.person_id == people.chief_editor_id:
        found.append(Exclusion("R1（第十九条）", "本人为该送审稿的编写人员或主编（编审分离）", False))
    if people.compiling_unit_id is not None and candidate.employer_id == people.compiling_unit_id:
        found.append(Exclusion("R1（第十九条）", "所在单位为该送审稿的编写单位（编审分离）", False))
    if candidate.expert_id in people.declared_conflict_expert_ids:
        found.append(Exclusion("R2（第十九条）", "本人已声明存在利益冲突", False))
    if candidate.expert_id in people.declined_expert_ids:
        found.append(Exclusion("R5", "本人已谢绝该送审稿的评审邀请", False))
    if candidate.employer_id in people.author_employer_ids and candidate.employer_id != people.compiling_unit_id:
        found.append(Exclusion("R2（第十九条）", "与编写人员同一工作单位（回避）"))
    if candidate.person_id in people.other_edition_people_ids:
        found.append(Exclusion("R2（第十九条）", "为同一课程其他版本教材的编写人员或主编（回避）"))
    if people.publisher_id is not None and candidate.employer_id == people.publisher_id:
        found.append(Exclusion("R2（第十九条）", "为该送审稿出版单位的工作人员（回避）"))
    if candidate.person_id in people.coauthor_ids:
        found.append(Exclusion("R2（第十九条）", f"近{COAUTHOR_YEARS}年内与编写人员在平台上合作编写（回避）"))
    if candidate.negative_listed:
        found.append(Exclusion("S11（第三十五条）", "已列入负面清单，不得参与审核", False))
    if not candidate.active:
        found.append(Exclusion("R4（第十九条）", "已不在专家库中", False))
    if not candidate.party_org_approved:
        found.append(Exclusion("R4（第十九条）", "未经所在单位党组织审核同意", False))
    if not candidate.senior_title:
        found.append(Exclusion("R4（第十九条、第十四条）", "不具有高级专业技术职务（原则上须高级职称）"))
    return found


def is_eligible(candidate, people, overridden=False):
    """Eligible when nothing excludes it, or an organiser overrode only overridable grounds."""
    found = exclusions(candidate, people)
    if not found:
        return True
    return overridden and all(e.overridable for e in found)


def override_problems(found, reason):
    """An organiser's override of an exclusion needs a reason and cannot lift R1 or a declared conflict."""
    if not found:
        return ["该专家未被排除，无需例外处理。"]
    problems = [f"{e.message}，不得例外处理。" for e in found if not e.overridable]
    if not reason or not reason.strip():
        problems.append("R2（第十九条）：例外处理回避须填写理由。")
    return problems


# ---------------------------------------------------------------------------- R4, R5: the draw


def panel_category_problems(categories, route):
    """R4 (Art. 19): a panel mixes the pool's categories."""
    if len(set(categories)) < min(route.min_categories, len(categories)):
        return [f"R4（第十九条）：评审专家组须来自至少 {route.min_categories} 个专家类别。"]
    return []


@dataclass
class DrawResult:
    seed: str
    drawn: list  # expert ids, in draw order
    eligible: list = field(default_factory=list)


def draw_panel(eligible, seed, route, keep=()):
    """R5: draw ``route.panel_size`` experts at random among ``eligible`` (Candidates).

    Reproducible: the same seed and the same eligible pool give the same panel. ``keep`` are
    expert ids already on the panel (a redraw after a declared conflict keeps the others). The
    panel mixes categories (R4) whenever the pool allows.
    """
    pool = sorted(eligible, key=lambda c: c.expert_id)
    random.Random(seed).shuffle(pool)
    by_id = {c.expert_id: c for c in eligible}
    chosen = [by_id[i] for i in keep if i in by_id]
    remaining = [c for c in pool if c.expert_id not in set(keep)]
    # First make sure of the category mix, then fill in draw order.
    for candidate in list(remaining):
        if len(chosen) >= route.panel_size or len({c.category for c in chosen}) >= route.min_categories:
            break
        if candidate.category not in {c.category for c in chosen}:
            chosen.append(candidate)
            remaining.remove(candidate)
    for candidate in remaining:
        if len(chosen) >= route.panel_size:
            break
        chosen.append(candidate)
    if len(chosen) < route.panel_size:
        raise ValidationError(
            f"R5：符合条件的专家只有 {len(chosen)} 名，不足 {route.panel_size} 名，无法抽取评审专家组。"
        )
    problems = panel_category_problems([c.category for c in chosen], route)
    if problems:
        raise ValidationError(problems)
    return DrawResult(seed=seed, drawn=[c.expert_id for c in chosen], eligible=[c.expert_id for c in pool])


def candidate_list(eligible):
    """The recorded candidate list of a draw (R5): what the panel is drawn from, in the order the
    draw shuffles it. Enough to replay the draw without the database."""
    return [{"expert": c.expert_id, "category": c.category} for c in sorted(eligible, key=lambda c: c.expert_id)]


def replay_draw(candidates, seed, route, keep=()):
    """R5: the panel a recorded draw gives again from its candidate list, seed and kept experts."""
    pool = [
        Candidate(expert_id=c["expert"], person_id=0, employer_id=0, category=c["category"],
                  senior_title=True, party_org_approved=True)
        for c in candidates
    ]
    return draw_panel(pool, seed, route, keep=keep).drawn


def draw_problems(is_redraw, kept, route, redraw_reason):
    """R5: the first draw fills an empty panel; a redraw fills only the gaps left by declared
    conflicts (R2) and says why. ``kept`` counts the members still on the panel. Empty when the
    draw may go ahead."""
    if not is_redraw:
        return []
    if kept >= route.panel_size:
        return [f"R5：本轮评审专家组已满 {route.panel_size} 名，不能重新抽取；只有专家声明回避留下空缺时才能补抽。"]
    if not (redraw_reason or "").strip():
        return ["R5：补抽专家须填写理由（例如哪位专家因何回避），理由与抽取记录一并保存。"]
    return []


# -------------------------------------------------------------------------------- opinions, R6

SCORE_MIN, SCORE_MAX = 0, 100


def opinion_problems(scores, political_error_found, recommendation):
    """A reviewer's opinion is complete and consistent (Art. 21, R6)."""
    problems = []
    for label, score in scores.items():
        if score is None or not SCORE_MIN <= score <= SCORE_MAX:
            problems.append(f"{label}评分须在 {SCORE_MIN}–{SCORE_MAX} 之间。")
    if political_error_found and recommendation != "fail":
        problems.append("R6（第二十一条）：存在政治性错误的送审稿不能建议通过。")
    return problems


def decline_problems(status, reason):
    """A reviewer may decline an invitation only before declaring, and says why (so that the
    organiser can redraw with that in mind)."""
    if status != "awaiting":
        return ["已作出声明或已开始评审，不能再谢绝评审邀请；如确有困难请申请延期或联系组织单位。"]
    if not (reason or "").strip():
        return ["请填写谢绝理由。"]
    return []


EXTENSION_MAX_DAYS = 30


def extension_problems(current_deadline, requested_until, reason, pending, reviewing):
    """A reviewer's request for more time: while reviewing, one open request at a time, a later
    date than the current deadline but at most EXTENSION_MAX_DAYS after it, and a reason."""
    problems = []
    if not reviewing:
        problems.append("只有正在评审的专家可以申请延期。")
    if pending:
        problems.append("已有一项延期申请待组织单位处理，请勿重复申请。")
    if current_deadline is not None and requested_until is not None:
        if requested_until <= current_deadline:
            problems.append("申请延期的日期须晚于当前截止日期。")
        elif (requested_until - current_deadline).days > EXTENSION_MAX_DAYS:
            problems.append(f"每次最多申请延期 {EXTENSION_MAX_DAYS} 天。")
    if not (reason or "").strip():
        problems.append("请填写申请延期的理由。")
    return problems


def decision_problems(decision, political_error_found, replacements_outstanding):
    """R6 (Art. 21): a political error fails the item; negative texts or authors must be
    replaced (a revision round) before it can pass."""
    if political_error_found and decision != "fail":
        return ["R6（第二十一条）：政治上有错误的教材不能通过。"]
    if replacements_outstanding and decision == "pass":
        return ["R6（第二十一条）：评审意见要求更换选文或编写人员，须更换后（修改后再审）才能通过。"]
    return []


def annotated_copy_visible(role, decided):
    """Who reads a reviewer's annotated copy (anonymised at upload, R3): the organiser always; the
    submitting author once the decision is made, like the opinions, labelled 专家A/B only (R3 is
    two-way: the author never learns which reviewer wrote it)."""
    return role == "organiser" or (role == "author" and decided)


def close_round_problems(assignment_statuses):
    """A round closes when every active panel member has submitted an opinion."""
    active = [s for s in assignment_statuses if s not in ("conflict", "declined")]
    if not active:
        return ["本轮尚无评审专家，不能结束。"]
    if any(s != "submitted" for s in active):
        return ["尚有评审专家未提交意见，不能结束本轮评审。"]
    return []


# ------------------------------------------------------------------------- notifications (R3)


def reviewer_mail_problems(to, reviewer_email, reply_to, cc, bcc, identity_hits):
    """R3 (Art. 21): a mail to a reviewer goes to that reviewer alone, never invites a reply to the
    author, never copies other reviewers, and carries nothing that identifies the author."""
    problems = []
    if list(to) != [reviewer_email]:
        problems.append("R3（第二十一条）：给评审专家的邮件只能发给该专家本人。")
    if reply_to:
        problems.append("R3（第二十一条）：给评审专家的邮件不得设置回复地址。")
    if cc or bcc:
        problems.append("R3（第二十一条）：给评审专家的邮件不得抄送或密送。")
    if identity_hits:
        problems.append("R3（第二十一条）：给评审专家的邮件含有编写方身份信息。")
    return problems
