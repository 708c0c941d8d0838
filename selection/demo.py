"""Demo selection committees: one per school, each with all four member groups (S1)."""

import datetime

from django.db.models import Count
from django.utils import timezone

from cms.models import SelectionNoticePage
from directory.demo import chinese_names, upsert_person
from directory.models import Organisation, OrganisationKind, TitleLevel
from selection import checking, rules, services
from selection.models import (
    CommitteeMember,
    IntegratedPilot,
    MemberType,
    Objection,
    ObjectionKind,
    ObjectionOutcome,
    RoundStatus,
    SelectionCommittee,
    SelectionLine,
    SelectionRound,
    StopUseReason,
)

MEMBER_PLAN = [
    (MemberType.TEACHING_MANAGER, True, TitleLevel.SENIOR),
    (MemberType.PROFESSIONAL_TEACHER, False, TitleLevel.ASSOCIATE_SENIOR),
    (MemberType.PROFESSIONAL_TEACHER, False, TitleLevel.INTERMEDIATE),
    (MemberType.INDUSTRY_EXPERT, False, TitleLevel.ASSOCIATE_SENIOR),
    (MemberType.TEACHING_RESEARCHER, False, TitleLevel.ASSOCIATE_SENIOR),
]


def seed_committees():
    schools = list(Organisation.objects.filter(kind=OrganisationKind.SCHOOL).order_by("name"))
    industry = list(Organisation.objects.filter(kind=OrganisationKind.ENTERPRISE).order_by("name"))
    names = chinese_names(len(schools) * len(MEMBER_PLAN), seed="committees")
    committees = []
    for s, school in enumerate(schools):
        committee, _ = SelectionCommittee.objects.update_or_create(
            school=school, defaults={"announced_on": datetime.date(2026, 3, 2)}
        )
        for m, (member_type, is_chair, level) in enumerate(MEMBER_PLAN):
            # Industry experts are employed by enterprises, everyone else by the school.
            employer = industry[s % len(industry)] if member_type == MemberType.INDUSTRY_EXPERT else school
            person = upsert_person(names[s * len(MEMBER_PLAN) + m], employer, level)
            CommitteeMember.objects.update_or_create(
                committee=committee,
                person=person,
                defaults={"member_type": member_type, "is_chair": is_chair},
            )
        committees.append(committee)
    return committees


def bulk_selection(school, major, level, count, *, unit, publisher, school_year=2026, semester=1, prefix="BK"):
    """A draft selection of ``count`` professional courses, each with its own approved national
    planned textbook, bulk-created for the benchmark and the query-count tests."""
    from curriculum.models import Course, CourseCategory
    from textbooks.models import Catalogue, CatalogueEntry, CatalogueKind, PlanningLevel, Textbook, TextbookCategory
    from textbooks.models import TextbookVersion, VersionStatus
    from textbooks.rules import isbn13_check_digit

    catalogue, _ = Catalogue.objects.get_or_create(
        kind=CatalogueKind.NATIONAL_PLANNED, province="", defaults={"name": CatalogueKind.NATIONAL_PLANNED.label}
    )
    courses = Course.objects.bulk_create(
        Course(code=f"{prefix}{i:04d}", name=f"专业课程{prefix}{i:04d}", category=CourseCategory.PROFESSIONAL)
        for i in range(count)
    )
    textbooks = Textbook.objects.bulk_create(
        Textbook(
            title=f"专业教材{prefix}{i:04d}", category=TextbookCategory.PROFESSIONAL,
            planning_level=PlanningLevel.NATIONAL, compiling_unit=unit,
        )
        for i in range(count)
    )
    Textbook.courses.through.objects.bulk_create(
        Textbook.courses.through(textbook_id=t.pk, course_id=c.pk) for t, c in zip(textbooks, courses)
    )
    now = timezone.now()
    isbns = [f"97875{sum(map(ord, prefix)) % 1000:03d}{i:04d}" for i in range(count)]
    versions = TextbookVersion.objects.bulk_create(
        TextbookVersion(
            textbook=t, isbn=isbn + isbn13_check_digit(isbn), publisher=publisher,
            status=VersionStatus.APPROVED, frozen_at=now, fingerprint="0" * 64,
        )
        for t, isbn in zip(textbooks, isbns)
    )
    CatalogueEntry.objects.bulk_create(CatalogueEntry(catalogue=catalogue, version=v) for v in versions)
    selection_round = SelectionRound.objects.create(
        school=school, school_year=school_year, semester=semester, major=major, level=level
    )
    SelectionLine.objects.bulk_create(
        SelectionLine(round=selection_round, course=c, version=v, isbn=v.isbn, printed_edition=v.edition)
        for c, v in zip(courses, versions)
    )
    return selection_round


# ---------------------------------------------------------------------------------------------
# Selection rounds in every state, an objection, a stop-use order reaching several schools,
# supervision records. Lines are chosen by the rule engine itself (S3–S8).
# ---------------------------------------------------------------------------------------------

R = RoundStatus
ROUND_PLAN = [
    # school, major, level, school year, semester, state
    ("广州市工贸技师学院", "0103", "intermediate", 2025, 2, R.FILED),
    ("广州市工贸技师学院", "0201", "advanced", 2026, 1, R.NOTICE),
    ("重庆市工业技师学院", "0103", "advanced", 2026, 1, R.FINAL),
    ("江苏省常州技师学院", "0201", "intermediate", 2026, 1, R.RESOLVED),
    ("浙江省机电技师学院", "0106", "intermediate", 2026, 1, R.FILED),
    ("山东省济南高级技工学校", "0107", "intermediate", 2026, 1, R.NOTICE),
    ("四川省成都市技师学院", "0101", "intermediate", 2026, 1, R.DRAFT),
]
RESELECTED = ("广州市工贸技师学院", "0103", "intermediate", 2026, 1)
LIBRARY_REASON = "全国和本省规划教材目录中暂无适用教材，经委员会论证从教材信息库选用。"
PROVINCIAL_REASON = "结合本省区域产业实际，经委员会论证选用本省规划教材。"
COURSES_PER_MAJOR = 8


def _candidate_lines(selection_round, courses):
    """Every selectable version serving each course, plain and with a recorded reason."""
    from textbooks.models import TextbookVersion

    versions = (
        TextbookVersion.objects.selectable()
        .filter(textbook__courses__in=courses)
        .select_related("textbook")
        .prefetch_related("textbook__courses")
        .order_by("textbook__planning_level", "textbook__title")
    )
    candidates = []
    for version in versions:
        for course in version.textbook.courses.all():
            if course in courses:
                for reason in ("", PROVINCIAL_REASON if version.textbook.planning_level == "provincial" else LIBRARY_REASON):
                    candidates.append(
                        SelectionLine(
                            round=selection_round, course=course, version=version, isbn=version.isbn,
                            printed_edition=version.edition, exception_reason=reason,
                        )
                    )
    return candidates


def _choose_lines(selection_round):
    """One passing line per course, preferring a choice that needs no exception."""
    from curriculum.models import Course, CourseCategory

    public = list(Course.objects.filter(category__in=(CourseCategory.UNIFIED_PUBLIC, CourseCategory.PUBLIC_BASIC)))
    own = list(
        selection_round.major.courses.filter(textbooks__versions__status="approved").distinct().order_by("code")[:COURSES_PER_MAJOR]
    )
    chosen = {}
    for checked in checking.check_lines(_candidate_lines(selection_round, public + own)):
        course = checked.line.course_id
        if checked.passes and (course not in chosen or (chosen[course].exception_reason and not checked.line.exception_reason)):
            chosen[course] = checked.line
    return list(chosen.values())


def _before_national_day(today):
    """24 September of the latest year whose notice (about two weeks with the holiday) is over."""
    year = today.year if today >= datetime.date(today.year, 10, 20) else today.year - 1
    return datetime.date(year, 9, 24)


def _advance(selection_round, target, today):
    if target == R.DRAFT:
        return
    # S2 on the State Council calendar: a current notice starts on the first working day; earlier
    # ones were published in the last week of September and ran past the National Day holiday.
    start = rules.first_working_day(today if target == R.NOTICE else _before_national_day(today))
    services.publish_notice(selection_round, None, start=start)
    if target == R.NOTICE:
        services.raise_objection(
            selection_round, kind=ObjectionKind.SUITABILITY, raised_by="机电系 刘老师", contact="020-8888 6612",
            content="建议核实所选教材与本专业高级技能层级培养目标的匹配程度，部分内容偏浅。",
            line=selection_round.lines.order_by("-course__code").first(), today=today,
        )
        return
    objection = Objection.objects.create(
        round=selection_round, kind=ObjectionKind.FACTUAL_ERROR, raised_by="学生家长 陈先生", contact="139 2266 0418",
        content="公示表中一本教材的出版单位名称有误。",
    )
    services.resolve_objection(objection, None, "经核对为公示表排版错误，已更正出版单位名称，选用结果不变。")
    duplicate = Objection.objects.create(
        round=selection_round, kind=ObjectionKind.FACTUAL_ERROR, raised_by="学生家长 陈先生", contact="139 2266 0418",
        content="公示表出版单位名称有误！",
    )
    services.resolve_objection(duplicate, None, "与同一提出人此前的异议内容相同，已一并答复。", ObjectionOutcome.DUPLICATE)
    services.close_notice(selection_round, None, today=today)
    if target in (R.FINAL, R.FILED):
        services.finalise(selection_round, None)
    if target == R.FILED:
        services.file_round(selection_round, None)


def seed_selections():
    from curriculum.models import Major, TrainingLevel

    schools = {o.name: o for o in Organisation.objects.filter(name__in=[p[0] for p in ROUND_PLAN])}
    if SelectionRound.objects.filter(school__in=schools.values()).exists():
        return SelectionRound.objects.count()
    majors = {m.code: m for m in Major.objects.all()}
    levels = {level.code: level for level in TrainingLevel.objects.all()}
    today = timezone.localdate()
    IntegratedPilot.objects.get_or_create(
        school=schools["广州市工贸技师学院"], major=majors["0201"], defaults={"since": datetime.date(2024, 9, 1)}
    )
    rounds = {}
    for school, major, level, year, semester, target in ROUND_PLAN:
        selection_round = services.create_round(schools[school], year, semester, majors[major], levels[level], None)
        SelectionLine.objects.bulk_create(_choose_lines(selection_round))
        _advance(selection_round, target, today)
        rounds[(school, major, level, year, semester)] = selection_round
    school, major, level, year, semester = RESELECTED
    services.reselect_previous(services.create_round(schools[school], year, semester, majors[major], levels[level], None), None)
    _seed_supervision(schools, today)
    return SelectionRound.objects.count()


def _seed_supervision(schools, today):
    from textbooks.models import TextbookVersion

    # The version most schools selected this year: the order visibly reaches several of them.
    shared = (
        SelectionLine.objects.filter(round__school_year=2026)
        .values("version")
        .annotate(schools=Count("round__school", distinct=True))
        .order_by("-schools", "version")
        .values_list("version", flat=True)
        .first()
    )
    services.issue_stop_use(
        TextbookVersion.objects.get(pk=shared), StopUseReason.SCIENTIFIC,
        "第三章例题及习题参考答案存在多处严重科学性错误，经省级人社部门组织专家复核确认。", None,
    )
    # A listed author: the textbooks they wrote are flagged for replacing them (S11, Art. 35).
    author = TextbookVersion.objects.selectable().exclude(chief_editor=None).order_by("-pk").first().chief_editor
    services.list_on_negative_list(None, "在教材编写中存在学术不端行为，经查实列入负面清单（第三十五条）。", person=author)
    services.file_usage_report(
        schools["广州市工贸技师学院"], 2025, 2, None, respondents=1260, satisfaction="92.40",
        findings="本学期共使用教材 17 种，学生对教材内容实用性评价较高；建议数控类教材增加新设备操作案例。",
    )
    services.file_province_aggregate("浙江省", 2026, None)
    services.draw_quality_check(2026, None, seed="jcxy-2026-national")
    seed_notice_page()


def seed_notice_page():
    from wagtail.models import Page

    if SelectionNoticePage.objects.exists():
        return
    Page.objects.get(depth=2).add_child(
        instance=SelectionNoticePage(
            title="教材选用公示",
            slug="selection-notice",
            intro="<p>各技工院校教材选用结果在确定前公示（第二十七条第（二）项）。公示期内可对选用结果提出异议。</p>",
        )
    )
