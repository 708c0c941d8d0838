"""S3–S8 (Art. 28) allowed and refused, through the service a committee uses; S2's notice period."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from selection import rules, services
from selection.models import IntegratedPilot, SelectionLine
from textbooks import services as textbook_services

pytestmark = pytest.mark.django_db


def refused(selection_round, course, version, **kwargs):
    """The refusal's message; the course keeps whatever it had before (nothing half-changed)."""
    before = list(SelectionLine.objects.filter(round=selection_round, course=course).values_list("version_id", "isbn"))
    with pytest.raises(ValidationError) as error:
        services.select_textbook(selection_round, course, version, None, **kwargs)
    after = list(SelectionLine.objects.filter(round=selection_round, course=course).values_list("version_id", "isbn"))
    assert after == before
    return str(error.value)


def test_s3_chinese_uses_the_unified_textbook(sworld, textbooks):
    r = sworld.round()
    services.select_textbook(r, sworld.chinese, textbooks["unified_chinese"], None)
    message = refused(r, sworld.chinese, textbooks["turning_national"])
    assert "S3（第二十八条第（一）项）：语文课程必须使用国家统编教材" in message


def test_s4_maths_only_from_the_national_planned_catalogue(sworld, textbooks):
    r = sworld.round()
    services.select_textbook(r, sworld.maths, textbooks["maths_national"], None)
    message = refused(r, sworld.maths, textbooks["maths_library"], exception_reason="本校教师熟悉")
    assert "S4（第二十八条第（二）项）：数学课程只能从全国技工教育规划教材目录中选用" in message


def test_s5_national_catalogue_first(sworld, textbooks):
    r = sworld.round()
    services.select_textbook(r, sworld.turning, textbooks["turning_national"], None)
    assert "应优先选用" in refused(r, sworld.turning, textbooks["turning_provincial"])


def test_s5_provincial_catalogue_supplements_when_national_has_none(sworld, textbooks):
    r = sworld.round()
    line = services.select_textbook(r, sworld.milling, textbooks["milling_provincial"], None)
    assert line.exception_reason == ""


def test_s5_provincial_over_national_needs_a_reason(sworld, textbooks):
    r = sworld.round()
    line = services.select_textbook(
        r, sworld.turning, textbooks["turning_provincial"], None, exception_reason="结合本省区域产业实际"
    )
    assert line.exception_reason == "结合本省区域产业实际"


def test_s5_information_library_needs_a_recorded_reason(sworld, textbooks):
    r = sworld.round()
    message = refused(r, sworld.turning, textbooks["turning_library"])
    assert "S5（第二十八条第（四）项）" in message and "须写明理由" in message
    line = services.select_textbook(
        r, sworld.turning, textbooks["turning_library"], None, exception_reason="规划教材内容滞后于新设备"
    )
    checked = services.checking.check_round(r)
    assert checked[0].line == line and checked[0].is_exception


def test_s5_job_training_textbooks_never_replace_professional_ones(sworld, textbooks):
    r = sworld.round()
    message = refused(r, sworld.turning, textbooks["turning_job"], exception_reason="企业订单班需要")
    assert "S5（第二十八条第（三）项）：不得以岗位培训教材取代数控车削加工专业课程教材" in message


def test_s5_integrated_pilot_uses_integrated_textbooks(sworld, textbooks):
    r = sworld.round()
    # Not a pilot: an ordinary national textbook is fine for the integrated course.
    services.select_textbook(r, sworld.integrated, textbooks["integrated_plain"], None)
    services.remove_line(r.lines.get(), None)
    IntegratedPilot.objects.create(school=sworld.school, major=sworld.major)
    assert "一体化教材" in refused(r, sworld.integrated, textbooks["integrated_plain"], exception_reason="习惯")
    services.select_textbook(r, sworld.integrated, textbooks["integrated_book"], None)


def test_s6_unapproved_altered_and_stopped_versions_are_refused(sworld, textbooks):
    r = sworld.round()
    version = textbooks["turning_national"]
    textbook_services.mark_altered(version)
    assert "S6（第二十八条第（四）项）" in refused(r, sworld.turning, version) and "擅自更改" in refused(r, sworld.turning, version)
    stopped = textbooks["milling_provincial"]
    textbook_services.stop_use(stopped, None, "严重科学性错误")
    assert "已被停止使用" in refused(r, sworld.milling, stopped)


def test_s7_training_courses_use_the_training_catalogue(sworld, textbooks):
    r = sworld.round()
    services.select_textbook(r, sworld.training, textbooks["training_book"], None)
    message = refused(r, sworld.training, textbooks["turning_national"])
    assert "S7（第二十八条第（五）项）" in message


def test_s8_isbn_or_edition_not_matching_the_catalogue_is_pirated(sworld, textbooks):
    r = sworld.round()
    version = textbooks["turning_national"]
    assert "S8（第二十八条第（六）项）" in refused(r, sworld.turning, version, isbn="9787111111111")
    assert "盗版" in refused(r, sworld.turning, version, printed_edition=2)
    line = services.select_textbook(r, sworld.turning, version, None, isbn=version.isbn.replace("978", "978-", 1))
    assert line.pk


def test_verdicts_explain_themselves():
    facts = rules.LineFacts(
        course_name="数学", course_category=rules.PUBLIC_BASIC, textbook_title="数学基础", textbook_category="public_basic",
        status="approved", altered=False, stopped=False, catalogue_isbn="9787516710010", catalogue_edition=1,
        line_isbn="9787516710010", line_edition=1, catalogues=frozenset({(rules.INFORMATION_LIBRARY, "")}),
    )
    verdicts = rules.line_verdicts(facts)
    assert [v.rule for v in verdicts] == ["S6", "S8", "S4"]
    assert rules.refusal_message(verdicts) == "S4（第二十八条第（二）项）：数学课程只能从全国技工教育规划教材目录中选用。"


def test_another_provinces_planned_catalogue_does_not_count():
    facts = rules.LineFacts(
        course_name="数控铣削加工", course_category=rules.PROFESSIONAL, textbook_title="数控铣削", textbook_category="professional",
        status="approved", altered=False, stopped=False, catalogue_isbn="1", catalogue_edition=1, line_isbn="1",
        line_edition=1, catalogues=frozenset({(rules.PROVINCIAL_PLANNED, "江苏省")}), school_province="广东省",
    )
    assert not rules.line_passes(rules.line_verdicts(facts))


@pytest.mark.parametrize(
    "start, days, end",
    [
        (datetime.date(2026, 8, 31), 5, datetime.date(2026, 9, 4)),  # Monday → Friday
        (datetime.date(2026, 9, 3), 5, datetime.date(2026, 9, 9)),  # Thursday → next Wednesday
        (datetime.date(2026, 9, 5), 5, datetime.date(2026, 9, 11)),  # Saturday start counts from Monday
        (datetime.date(2026, 9, 24), 5, datetime.date(2026, 10, 8)),  # Mid-Autumn (25 Sep) and National Day (1–7 Oct) skipped
        (datetime.date(2026, 9, 30), 3, datetime.date(2026, 10, 9)),
        (datetime.date(2026, 9, 18), 3, datetime.date(2026, 9, 21)),  # Sunday 20 September is an adjusted working day
        (datetime.date(2026, 9, 4), 1, datetime.date(2026, 9, 4)),
        (datetime.date(2026, 9, 4), 10, datetime.date(2026, 9, 17)),
    ],
)
def test_s2_notice_period_counts_working_days(start, days, end):
    assert rules.notice_end(start, days) == end


def test_s2_five_working_days_from_friday_25_september_2026_do_not_end_on_national_day():
    """25 September 2026 is the Mid-Autumn Festival: the count starts on Monday 28 September and
    skips the National Day holiday (1–7 October)."""
    end = rules.notice_end(datetime.date(2026, 9, 25), 5)
    assert end != datetime.date(2026, 10, 1) and end == datetime.date(2026, 10, 9)
    assert rules.notice_start_problem(datetime.date(2026, 9, 25))  # a holiday: no notice starts on it


def test_s2_a_notice_cannot_start_on_a_holiday_but_may_on_an_adjusted_working_day():
    assert "不是工作日" in rules.notice_start_problem(datetime.date(2026, 10, 1))
    assert "S2（第二十七条第（二）项）" in rules.notice_start_problem(datetime.date(2026, 9, 26))  # Saturday
    assert rules.notice_start_problem(datetime.date(2026, 9, 20)) is None  # Sunday, worked for the holiday
    assert rules.first_working_day(datetime.date(2026, 10, 1)) == datetime.date(2026, 10, 8)


def test_s2_hrss_entries_cover_a_year_the_holiday_package_does_not_know():
    """The package covers up to its release; HRSS enters the next year's State Council notice."""
    assert not rules.calendar_covers(2099)
    spring_festival = {datetime.date(2099, 1, 26) + datetime.timedelta(days=n): False for n in range(3)}  # Mon–Wed
    assert rules.notice_end(datetime.date(2099, 1, 23), 2) == datetime.date(2099, 1, 26)  # weekdays without entries
    assert rules.notice_end(datetime.date(2099, 1, 23), 2, spring_festival) == datetime.date(2099, 1, 29)
    assert rules.is_working_day(datetime.date(2099, 1, 24), {datetime.date(2099, 1, 24): True})  # an adjusted Saturday
    assert rules.notice_start_problem(datetime.date(2099, 1, 27), spring_festival)


def test_s2_objections_need_a_name_and_a_contact_and_rulings_a_reason():
    assert rules.objection_problems("教材版本过旧", "王建国", "13800001234") == []
    assert rules.OBJECTION_NEEDS_CONTACT in rules.objection_problems("教材版本过旧", "王建国", " ")
    assert rules.OBJECTION_NEEDS_CONTACT in rules.objection_problems("教材版本过旧", "", "13800001234")
    outcomes = ("answered", "invalid", "duplicate")
    assert rules.objection_ruling_problems("duplicate", "与第 3 条异议内容相同，已一并答复。", outcomes) == []
    assert "须写明理由" in rules.objection_ruling_problems("invalid", "", outcomes)[0]
    assert rules.objection_ruling_problems("ignored", "x", outcomes) == ["请选择异议处理结果。"]


def test_s10_sample_reaches_the_target_ratio_reproducibly():
    assert rules.sample_size(9, 0.5, 0) == 5
    assert rules.sample_size(9, 0.5, 3) == 2
    assert rules.sample_size(9, 0.5, 6) == 0
    assert rules.draw_sample(range(100), 10, "seed-1") == rules.draw_sample(list(range(99, -1, -1)), 10, "seed-1")
    assert rules.draw_sample(range(100), 10, "seed-1") != rules.draw_sample(range(100), 10, "seed-2")
