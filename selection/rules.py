"""Selection rules S1–S12 as plain functions (SPEC §5). Each names the rule it decides.

The S3–S8 engine works on plain facts (``LineFacts``): ``selection.checking`` gathers them for a
whole selection in a fixed number of queries, and everything here runs without a database.
Every verdict names its rule id and article, so a committee sees why a line is refused.
"""

import datetime
import math
import random
from dataclasses import dataclass, field

import chinese_calendar

from selection.models import MemberType, RoundStatus
from textbooks.rules import INFORMATION_LIBRARY, VOCATIONAL_TRAINING_CATALOGUE, normalise_isbn
from textbooks.rules import NATIONAL_PLANNED_CATALOGUE as NATIONAL_PLANNED
from textbooks.rules import PROVINCIAL_PLANNED_CATALOGUE as PROVINCIAL_PLANNED
from textbooks.rules import SKILLS_UPGRADING_CATALOGUE as SKILLS_UPGRADING
from textbooks.rules import UNIFIED_CATEGORY as UNIFIED_TEXTBOOK
from textbooks.rules import UNIFIED_PUBLIC_COURSE as UNIFIED_PUBLIC

# Values of curriculum.CourseCategory and textbooks.TextbookCategory that only selection decides
# on, spelled out so this module needs no other app's models (the shared ones come from
# textbooks.rules above).
PUBLIC_BASIC = "public_basic"
PROFESSIONAL = "professional"
INTEGRATED_COURSE = "integrated"
VOCATIONAL_TRAINING_COURSE = "vocational_training"

INTEGRATED_TEXTBOOK = "integrated"
JOB_TRAINING_TEXTBOOK = "job_training"

PROFESSIONAL_COURSES = frozenset({PROFESSIONAL, INTEGRATED_COURSE})
DEFAULT_NOTICE_WORKING_DAYS = 5
MAX_NOTICE_WORKING_DAYS = 60  # a school term; the count is a posted number, so it is bounded
DEFAULT_CHECK_RATIO = 0.5


def missing_committee_member_types(member_types):
    """S1 (Art. 27(1)): the member groups a committee still lacks, in the order the rule lists them."""
    present = set(member_types)
    return [member_type for member_type in MemberType if member_type not in present]


# ------------------------------------------------------------------------------ S3–S8 engine


@dataclass(frozen=True)
class LineFacts:
    """What the S3–S8 engine needs to know about one selection line."""

    course_name: str
    course_category: str
    textbook_title: str
    textbook_category: str
    status: str
    altered: bool
    stopped: bool
    catalogue_isbn: str  # the version's ISBN as the catalogue records it
    catalogue_edition: int
    line_isbn: str  # as printed on the copies the school buys
    line_edition: int
    # (catalogue kind, province) of every catalogue that lists this version
    catalogues: frozenset = field(default_factory=frozenset)
    school_province: str = ""
    # catalogue kinds holding *some* selectable version for this course (Art. 28's priorities)
    available_for_course: frozenset = field(default_factory=frozenset)
    integrated_available: bool = False
    integrated_pilot: bool = False
    exception_reason: str = ""


@dataclass(frozen=True)
class Verdict:
    rule: str
    article: str
    allowed: bool
    message: str
    exception: bool = False  # allowed only on the strength of the recorded reason

    def __str__(self):
        return f"{self.rule}（{self.article}）：{self.message}"


def _kinds_in(facts):
    """Catalogue kinds that count for this school (another province's planned catalogue does not)."""
    return {
        kind
        for kind, province in facts.catalogues
        if kind != PROVINCIAL_PLANNED or province == facts.school_province
    }


def s6_verdict(facts):
    """S6 (Art. 28(4), 36(8)): approved, unaltered, not stopped."""
    article = "第二十八条第（四）项"
    if facts.status != "approved":
        return Verdict("S6", article, False, f"《{facts.textbook_title}》未通过审核，不得选用。")
    if facts.altered:
        return Verdict("S6", article, False, f"《{facts.textbook_title}》内容被擅自更改，不得选用。")
    if facts.stopped:
        return Verdict("S6", "第三十六条", False, f"《{facts.textbook_title}》已被停止使用，不得选用。")
    return Verdict("S6", article, True, f"《{facts.textbook_title}》为审核通过且未更改的版本。")


def s8_verdict(facts):
    """S8 (Art. 28(6)): the copies bought must match the catalogue's ISBN and edition."""
    article = "第二十八条第（六）项"
    if not facts.catalogues:
        return Verdict("S8", article, False, f"《{facts.textbook_title}》未列入任何教材目录，无法核验正版。")
    if normalise_isbn(facts.line_isbn) != normalise_isbn(facts.catalogue_isbn):
        return Verdict(
            "S8", article, False,
            f"所购教材 ISBN {facts.line_isbn} 与目录登记的 {facts.catalogue_isbn} 不符，疑为盗版盗印教材，不得使用。",
        )
    if facts.line_edition != facts.catalogue_edition:
        return Verdict(
            "S8", article, False,
            f"所购教材版次（第{facts.line_edition}版）与目录登记的版次（第{facts.catalogue_edition}版）不符，疑为盗版盗印教材。",
        )
    return Verdict("S8", article, True, "ISBN 与版次与目录一致。")


def s3_verdict(facts):
    """S3 (Art. 28(1)): 思政、语文、历史 compulsory courses use 统编 textbooks only."""
    article = "第二十八条第（一）项"
    if facts.textbook_category == UNIFIED_TEXTBOOK and NATIONAL_PLANNED in _kinds_in(facts):
        return Verdict("S3", article, True, f"{facts.course_name}课程选用国家统编教材。")
    return Verdict("S3", article, False, f"{facts.course_name}课程必须使用国家统编教材。")


def s4_verdict(facts):
    """S4 (Art. 28(2)): public basic courses choose from the national planned catalogue only."""
    article = "第二十八条第（二）项"
    if NATIONAL_PLANNED in _kinds_in(facts):
        return Verdict("S4", article, True, f"{facts.course_name}课程教材选自全国技工教育规划教材目录。")
    return Verdict("S4", article, False, f"{facts.course_name}课程只能从全国技工教育规划教材目录中选用。")


def s5_verdicts(facts):
    """S5 (Art. 28(3), (4)): national planned first, provincial as supplement, otherwise the
    information library with a recorded reason; 一体化 pilots use 一体化 textbooks; job-training
    textbooks never replace professional-course textbooks."""
    article = "第二十八条第（三）项"
    reason = facts.exception_reason.strip()
    if facts.textbook_category == JOB_TRAINING_TEXTBOOK:
        return [Verdict("S5", article, False, f"不得以岗位培训教材取代{facts.course_name}专业课程教材。")]
    verdicts = []
    if facts.integrated_pilot and facts.course_category == INTEGRATED_COURSE and facts.textbook_category != INTEGRATED_TEXTBOOK:
        if facts.integrated_available:
            verdicts.append(Verdict("S5", article, False, f"一体化试点专业的{facts.course_name}课程应使用统一组织开发的一体化教材。"))
        elif reason:
            verdicts.append(Verdict("S5", article, True, f"目录中尚无{facts.course_name}一体化教材，已说明理由：{reason}", exception=True))
        else:
            verdicts.append(Verdict("S5", article, False, f"一体化试点专业的{facts.course_name}课程目录中尚无一体化教材，选用其他教材须写明理由。"))
    kinds = _kinds_in(facts)
    if NATIONAL_PLANNED in kinds:
        verdicts.append(Verdict("S5", article, True, "选自全国技工教育规划教材目录。"))
    elif PROVINCIAL_PLANNED in kinds:
        if NATIONAL_PLANNED not in facts.available_for_course:
            verdicts.append(Verdict("S5", article, True, "全国目录中没有该课程教材，选自本省规划教材目录。"))
        elif reason:
            verdicts.append(Verdict("S5", article, True, f"全国目录已有该课程教材，选用省级目录教材的理由：{reason}", exception=True))
        else:
            verdicts.append(Verdict("S5", article, False, f"全国技工教育规划教材目录中已有{facts.course_name}课程教材，应优先选用；选用省级目录教材须写明理由。"))
    elif INFORMATION_LIBRARY in kinds:
        if reason:
            verdicts.append(Verdict("S5", "第二十八条第（四）项", True, f"选自教材信息库，理由：{reason}", exception=True))
        else:
            verdicts.append(Verdict("S5", "第二十八条第（四）项", False, "从教材信息库选用专业课程教材须写明理由（全国和省级规划教材目录中没有的方可选用）。"))
    else:
        verdicts.append(Verdict("S5", article, False, f"{facts.course_name}课程教材须从全国、本省规划教材目录或教材信息库中选用。"))
    return verdicts


def s7_verdict(facts):
    """S7 (Art. 28(5)): training courses choose from the training or skills-upgrading catalogue."""
    article = "第二十八条第（五）项"
    if _kinds_in(facts) & {VOCATIONAL_TRAINING_CATALOGUE, SKILLS_UPGRADING}:
        return Verdict("S7", article, True, "选自全国职业培训规划教材目录或国家职业技能提升行动教材目录。")
    return Verdict(
        "S7", article, False,
        f"{facts.course_name}职业培训课程教材应从全国职业培训规划教材目录和国家职业技能提升行动教材目录中选用。",
    )


COURSE_RULES = {
    UNIFIED_PUBLIC: lambda facts: [s3_verdict(facts)],
    PUBLIC_BASIC: lambda facts: [s4_verdict(facts)],
    PROFESSIONAL: s5_verdicts,
    INTEGRATED_COURSE: s5_verdicts,
    VOCATIONAL_TRAINING_COURSE: lambda facts: [s7_verdict(facts)],
}


def line_verdicts(facts):
    """Every verdict on one line: S6 and S8 first (they bar any choice), then the course's rule."""
    return [s6_verdict(facts), s8_verdict(facts), *COURSE_RULES[facts.course_category](facts)]


def refusals(verdicts):
    return [v for v in verdicts if not v.allowed]


def line_passes(verdicts):
    return not refusals(verdicts)


def refusal_message(verdicts):
    return "；".join(str(v) for v in refusals(verdicts))


# ------------------------------------------------------------------------------ S2 notice


def round_lock_reason(status, status_label):
    """Why a round's chosen textbooks can no longer change, or None while the committee selects.
    After the notice the published list is the result (S2, Art. 27(2)); after filing it is on
    record with HRSS (S9, Art. 29). Only a stop-use replacement (Art. 36) changes a line then."""
    if status == RoundStatus.DRAFT:
        return None
    if status == RoundStatus.FILED:
        rule = "S9（第二十九条）：选用结果已报人力资源社会保障部门备案"
    else:
        rule = "S2（第二十七条第（二）项）：选用结果已按程序公示"
    return f"当前状态为“{status_label}”，不能修改选用教材——{rule}；教材停止使用的，按停用通知更换（第三十六条）。"


def is_working_day(day, overrides=None):
    """S2 (Art. 27(2)): whether ``day`` is a working day on the State Council's holiday and
    adjusted-working-day calendar (the maintained ``chinese_calendar`` package).

    ``overrides`` (date → is a working day) are HRSS's entries for what the package does not
    know yet (a year it does not cover, a late notice); for an uncovered year without entries,
    Monday to Friday.
    """
    if overrides and day in overrides:
        return overrides[day]
    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:
        return day.weekday() < 5


def calendar_covers(year):
    """Whether the package holds the State Council's arrangement for ``year``."""
    try:
        chinese_calendar.is_workday(datetime.date(year, 1, 1))
    except NotImplementedError:
        return False
    return True


def first_working_day(day, overrides=None):
    """``day`` or the next working day: a notice published on a holiday starts after it."""
    while not is_working_day(day, overrides):
        day += datetime.timedelta(days=1)
    return day


def notice_start_problem(start, overrides=None):
    if not is_working_day(start, overrides):
        return f"S2（第二十七条第（二）项）：{start.isoformat()}不是工作日（法定节假日或休息日），公示不能从非工作日开始。"
    return None


def notice_end(start, working_days=DEFAULT_NOTICE_WORKING_DAYS, overrides=None):
    """S2 (Art. 27(2)): last day of a notice of ``working_days`` working days from ``start``.

    ``start`` counts when it is a working day; weekends, public holidays and their adjusted
    working days follow the State Council calendar (``is_working_day``).
    """
    if working_days < 1:
        raise ValueError("公示期至少为 1 个工作日。")
    if working_days > MAX_NOTICE_WORKING_DAYS:
        raise ValueError(f"公示期最长为 {MAX_NOTICE_WORKING_DAYS} 个工作日。")
    day = start
    counted = 0
    while True:
        if is_working_day(day, overrides):
            counted += 1
            if counted == working_days:
                return day
        day += datetime.timedelta(days=1)


OBJECTION_NEEDS_CONTACT = "S2（第二十七条第（二）项）：提出异议须填写真实姓名和联系方式（不对外公开），以便学校核实和答复。"


def objection_problems(content, raised_by, contact):
    problems = []
    if not (content or "").strip():
        problems.append("请填写异议内容。")
    if not (raised_by or "").strip() or not (contact or "").strip():
        problems.append(OBJECTION_NEEDS_CONTACT)
    return problems


def objection_ruling_problems(outcome, resolution, valid_outcomes):
    """The committee answers an objection or rules it invalid or a duplicate, always with a reason."""
    if outcome not in valid_outcomes:
        return ["请选择异议处理结果。"]
    if not (resolution or "").strip():
        return ["S2（第二十七条第（二）项）：处理异议（答复、认定无效或重复）须写明理由。"]
    return []


def notice_is_over(notice_ends_on, today):
    return notice_ends_on is not None and today > notice_ends_on


def previous_term(school_year, semester):
    return (school_year, 1) if semester == 2 else (school_year - 1, 2)


# ------------------------------------------------------------------------------ S10 draw


def sample_size(population, target_ratio, already_checked):
    """S10: how many more textbooks to draw so national + provincial checks cover the target ratio."""
    return max(0, min(population - already_checked, math.ceil(population * target_ratio) - already_checked))


def draw_sample(candidate_ids, size, seed):
    """Reproducible: the same candidates and seed always draw the same textbooks."""
    return sorted(random.Random(seed).sample(sorted(candidate_ids), size))
