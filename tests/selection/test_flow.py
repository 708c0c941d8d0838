"""The committee's whole flow (S2, S9), re-selection, the provincial aggregate, and the query
count of a full selection check."""

import datetime
import io

import docx
import openpyxl
import pytest
from django.core.exceptions import ValidationError
from wagtail.models import ModelLogEntry

from selection import checking, exports, services
from selection.demo import bulk_selection
from selection.models import ObjectionKind, ProvincialFiling, RoundStatus

from .conftest import MONDAY

pytestmark = pytest.mark.django_db
AFTER_NOTICE = datetime.date(2026, 9, 7)


def written(build, *args):
    """What an export builder writes, ready to be read back."""
    out = io.BytesIO()
    build(*args, out)
    out.seek(0)
    return out


def chosen_round(w, t):
    r = w.round()
    services.select_textbook(r, w.chinese, t["unified_chinese"], w.user)
    services.select_textbook(r, w.maths, t["maths_national"], w.user)
    services.select_textbook(r, w.turning, t["turning_library"], w.user, exception_reason="规划教材内容滞后于新设备")
    return r


def test_select_publish_object_resolve_finalise_file_and_download(sworld, textbooks):
    w = sworld
    r = chosen_round(w, textbooks)
    services.publish_notice(r, w.user, start=MONDAY)
    r.refresh_from_db()
    assert (r.status, r.notice_ends_on) == (RoundStatus.NOTICE, datetime.date(2026, 9, 4))

    objection = services.raise_objection(
        r, kind=ObjectionKind.SUITABILITY, content="信息库教材难度偏高", raised_by="张老师", contact="zhang@gzgm.example.cn",
        line=r.lines.get(course=w.turning), today=datetime.date(2026, 9, 2),
    )
    with pytest.raises(ValidationError, match="S2（第二十七条第（二）项）：尚有 1 条公示异议未处理"):
        services.close_notice(r, w.user, today=AFTER_NOTICE)
    with pytest.raises(ValidationError, match="须先完成公示"):
        services.finalise(r, w.user)
    services.resolve_objection(objection, w.user, "经委员会复议，该教材配套实训资源完整，维持选用。")
    services.close_notice(r, w.user, today=AFTER_NOTICE)
    services.finalise(r, w.user)
    filing = services.file_round(r, w.user)
    r.refresh_from_db()
    assert r.status == RoundStatus.FILED and filing.authority.startswith("广东省")

    actions = list(ModelLogEntry.objects.filter(object_id=str(r.pk)).order_by("pk").values_list("action", flat=True))
    assert actions[-6:] == [
        "selection.round.publish", "selection.objection.raise", "selection.objection.resolve",
        "selection.round.close_notice", "selection.round.finalise", "selection.round.file",
    ]

    document = docx.Document(written(exports.filing_docx, r))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "广州市工贸技师学院2026—2027学年第一学期教材选用备案表" in text
    assert "主任委员（签字）" in text and "（盖章）" in text
    facts, table = document.tables
    assert filing.reference in [c.text for row in facts.rows for c in row.cells]
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == list(exports.COLUMNS)
    turning = next(row for row in rows if row[1] == "数控车削加工")
    assert turning[2] == "数控车削加工案例" and turning[3] == textbooks["turning_library"].isbn
    assert turning[5] == "中国劳动社会保障出版社" and turning[6] == "信息库" and turning[7] == "规划教材内容滞后于新设备"

    sheet = openpyxl.load_workbook(written(exports.selection_xlsx, r)).active
    assert sheet["A1"].value == "广州市工贸技师学院2026—2027学年第一学期教材选用备案表"
    assert [c.value for c in sheet[3]] == list(exports.COLUMNS)
    assert {sheet.cell(row, 2).value for row in range(4, 7)} == {"语文", "数学", "数控车削加工"}


def test_objections_only_during_the_notice_period(sworld, textbooks):
    r = chosen_round(sworld, textbooks)
    with pytest.raises(ValidationError, match="公示期内"):
        services.raise_objection(r, kind=ObjectionKind.GENERAL, content="意见", raised_by="李", contact="13900002222", today=MONDAY)
    services.publish_notice(r, sworld.user, start=MONDAY)
    with pytest.raises(ValidationError, match="公示期内"):
        services.raise_objection(r, kind=ObjectionKind.GENERAL, content="意见", raised_by="李", contact="13900002222", today=AFTER_NOTICE)
    with pytest.raises(ValidationError, match="期满前不能结束公示"):
        services.close_notice(r, sworld.user, today=datetime.date(2026, 9, 4))


def test_publishing_needs_an_announced_complete_committee(sworld, textbooks):
    r = chosen_round(sworld, textbooks)
    sworld.committee.members.filter(member_type="industry_expert").delete()
    with pytest.raises(ValidationError, match="S1（第二十七条第（一）项）"):
        services.publish_notice(r, sworld.user, start=MONDAY)
    r.refresh_from_db()
    assert r.status == RoundStatus.DRAFT


def test_finalising_rechecks_every_line(sworld, textbooks):
    r = chosen_round(sworld, textbooks)
    services.publish_notice(r, sworld.user, start=MONDAY)
    services.close_notice(r, sworld.user, today=AFTER_NOTICE)
    services.textbook_services.mark_altered(textbooks["maths_national"])
    with pytest.raises(ValidationError, match="数学：S6（第二十八条第（四）项）"):
        services.finalise(r, sworld.user)
    r.refresh_from_db()
    assert r.status == RoundStatus.RESOLVED


def finished(w, t, **round_kwargs):
    r = w.round(**round_kwargs)
    for course, version, reason in ((w.maths, t["maths_national"], ""), (w.turning, t["turning_library"], "新设备")):
        services.select_textbook(r, course, version, w.user, exception_reason=reason)
    services.publish_notice(r, w.user, start=MONDAY)
    services.close_notice(r, w.user, today=AFTER_NOTICE)
    services.finalise(r, w.user)
    return r


def test_reselecting_last_terms_textbooks_needs_a_reason_for_every_change(sworld, textbooks):
    w, t = sworld, textbooks
    finished(w, t)
    spring = w.round(semester=2)
    change = {w.turning: {"version": t["turning_national"], "reason": ""}}
    with pytest.raises(ValidationError, match="逐项说明理由：数控车削加工"):
        services.reselect_previous(spring, w.user, change)
    assert not spring.lines.exists()
    change[w.turning]["reason"] = "全国规划教材已出版新版"
    services.reselect_previous(spring, w.user, change)
    lines = {line.course: line for line in spring.lines.select_related("version")}
    assert lines[w.maths].version == t["maths_national"] and lines[w.maths].change_reason == ""
    assert lines[w.turning].version == t["turning_national"] and lines[w.turning].change_reason == "全国规划教材已出版新版"


def test_reselecting_refuses_a_textbook_stopped_since_last_term(sworld, textbooks):
    w, t = sworld, textbooks
    finished(w, t)
    services.issue_stop_use(t["maths_national"], "scientific", "例题答案存在严重错误", w.hrss)
    spring = w.round(semester=2)
    with pytest.raises(ValidationError, match="数学：S6（第三十六条）"):
        services.reselect_previous(spring, w.user)
    assert not spring.lines.exists()


def test_province_files_its_yearly_aggregate_only_when_every_final_result_is_filed(sworld, textbooks):
    w, t = sworld, textbooks
    r = finished(w, t)
    with pytest.raises(ValidationError, match="S9（第二十九条）：本省尚有 1 项"):
        services.file_province_aggregate("广东省", 2026, w.hrss)
    services.file_round(r, w.user)
    aggregate = services.file_province_aggregate("广东省", 2026, w.hrss)
    assert (aggregate.school_count, aggregate.round_count, aggregate.line_count, aggregate.exception_count) == (1, 1, 2, 1)
    assert ProvincialFiling.objects.count() == 1


@pytest.mark.parametrize("lines", [50, 500])
def test_checking_a_full_selection_costs_the_same_queries_at_any_size(sworld, lines, django_assert_num_queries):
    r = bulk_selection(sworld.school, sworld.major, sworld.level, lines, unit=sworld.unit, publisher=sworld.publisher)
    r = type(r).objects.get(pk=r.pk)
    with django_assert_num_queries(4):
        checked = checking.check_round(r)
    assert len(checked) == lines and all(c.passes for c in checked)
