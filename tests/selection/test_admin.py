"""The committee's admin workspace, scoped to its own school (another school's round → 404),
and HRSS supervision screens."""

import datetime
import io

import docx
import openpyxl
import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from selection import rules, services
from selection.models import RoundStatus, StopUseOrder

from .conftest import MONDAY, exported, queries_for
from .test_flow import chosen_round

pytestmark = pytest.mark.django_db


def workspace(r):
    return reverse("selection_rounds:workspace", args=[r.pk])


def test_another_schools_round_answers_404(committee_client, sworld, textbooks):
    ours = sworld.round()
    theirs = sworld.round(school=sworld.other_school)
    listing = committee_client.get(reverse("selection_rounds:index")).content.decode()
    assert sworld.school.name in listing and sworld.other_school.name not in listing
    assert committee_client.get(workspace(ours)).status_code == 200
    for url in (
        workspace(theirs),
        reverse("selection_rounds:export", args=[theirs.pk, "docx"]),
        reverse("selection_rounds:edit", args=[theirs.pk]),
    ):
        assert committee_client.get(url).status_code == 404
    response = committee_client.post(workspace(theirs), {"action": "publish"})
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == RoundStatus.DRAFT


def test_committee_creates_rounds_only_for_its_own_school(committee_client, sworld):
    data = {"school": sworld.other_school.pk, "school_year": 2027, "semester": 1, "major": sworld.major.pk, "level": sworld.level.pk}
    response = committee_client.post(reverse("selection_rounds:add"), data)
    assert response.status_code == 200 and not sworld.other_school.selection_rounds.exists()
    data["school"] = sworld.school.pk
    response = committee_client.post(reverse("selection_rounds:add"), data)
    created = sworld.school.selection_rounds.get(school_year=2027)
    assert response.status_code == 302 and response.url == workspace(created)


def test_the_new_round_form_starts_with_the_committees_only_school(committee_client, sworld):
    import re

    page = committee_client.get(reverse("selection_rounds:add")).content.decode()
    assert re.search(rf'<option value="{sworld.school.pk}"[^>]*selected', page)


def test_committee_selects_publishes_resolves_finalises_files_and_downloads(committee_client, sworld, textbooks):
    client, w, t = committee_client, sworld, textbooks
    r = w.round()
    response = client.post(workspace(r), {"action": "select", "course": w.maths.pk, "version": t["maths_library"].pk}, follow=True)
    assert "S4（第二十八条第（二）项）：数学课程只能从全国技工教育规划教材目录中选用" in response.content.decode()
    client.post(workspace(r), {"action": "select", "course": w.maths.pk, "version": t["maths_national"].pk})
    client.post(workspace(r), {
        "action": "select", "course": w.turning.pk, "version": t["turning_library"].pk, "exception_reason": "规划教材内容滞后",
    })
    page = client.get(workspace(r)).content.decode()
    assert "✗" not in page and "选自教材信息库，理由：规划教材内容滞后" in page
    client.post(workspace(r), {"action": "publish", "working_days": "5"})
    r.refresh_from_db()
    assert r.status == RoundStatus.NOTICE
    objection = services.raise_objection(r, kind="factual_error", content="ISBN 有误", raised_by="王老师", contact="wang@gzgm.example.cn")
    client.post(workspace(r), {"action": "resolve", "objection": objection.pk, "resolution": "已核对，ISBN 无误"})
    objection.refresh_from_db()
    assert not objection.is_open
    r.notice_ends_on = MONDAY  # the notice period is over
    r.save(update_fields=["notice_ends_on"])
    for action in ("close", "finalise", "file"):
        client.post(workspace(r), {"action": action})
    r.refresh_from_db()
    assert r.status == RoundStatus.FILED

    response = exported(client, reverse("selection_rounds:export", args=[r.pk, "docx"]))
    assert response["Content-Type"].endswith("wordprocessingml.document")
    table = docx.Document(io.BytesIO(response.getvalue())).tables[1]
    assert [row.cells[1].text for row in table.rows[1:]] == ["数学", "数控车削加工"]
    response = exported(client, reverse("selection_rounds:export", args=[r.pk, "xlsx"]))
    sheet = openpyxl.load_workbook(io.BytesIO(response.getvalue())).active
    assert sheet["H5"].value == "规划教材内容滞后"


def test_hrss_reads_every_round_but_cannot_act_for_a_school(client, committee_client, sworld, textbooks):
    r = chosen_round(sworld, textbooks)
    client.force_login(sworld.hrss)
    assert client.get(workspace(r)).status_code == 200
    assert client.post(workspace(r), {"action": "publish"}).status_code in (302, 403)
    r.refresh_from_db()
    assert r.status == RoundStatus.DRAFT
    assert client.get(reverse("selection_dashboard")).status_code == 200


def test_the_supervision_dashboard_is_headed_by_its_own_title(client, committee_client, sworld):
    import lxml.html

    client.force_login(sworld.hrss)
    page = lxml.html.fromstring(client.get(reverse("selection_dashboard")).content)
    trail = [" ".join(item.text_content().split()) for item in page.xpath("//*[@data-controller='w-breadcrumbs']//nav//li")]
    assert trail and trail[-1] == "教材选用监管看板", trail


def test_hrss_issues_and_lifts_a_stop_use_order_from_the_admin(client, committee_client, sworld, textbooks):
    r = chosen_round(sworld, textbooks)
    client.force_login(sworld.hrss)
    response = client.post(reverse("selection_stop_use:add"), {
        "version": textbooks["maths_national"].pk, "reason": "scientific", "detail": "例题答案错误",
    })
    assert response.status_code == 302
    order = StopUseOrder.objects.get()
    assert r.stop_use_notices.get().order == order
    dashboard = client.get(reverse("selection_dashboard")).content.decode()
    assert "《数学（第七版）》" in dashboard and "<svg" in dashboard
    client.post(reverse("selection_stop_use:lift", args=[order.pk]), {"reason": "复核后已更正"})
    order.refresh_from_db()
    assert order.lifted_at is not None


def test_committee_cannot_reach_supervision(committee_client):
    assert committee_client.get(reverse("selection_stop_use:index")).status_code in (302, 403)
    assert committee_client.get(reverse("selection_dashboard")).status_code in (302, 403)


def test_the_notice_period_end_is_configurable_in_working_days(committee_client, sworld, textbooks):
    r = chosen_round(sworld, textbooks)
    committee_client.post(workspace(r), {"action": "publish", "working_days": "3"})
    r.refresh_from_db()
    # S2: the notice starts on the first working day from today (the fixed clock: a weekday, a
    # Sunday or a holiday in CI) and runs for exactly three working days, the last a working day.
    today = timezone.localdate()
    first_working = next(
        today + datetime.timedelta(days=n) for n in range(15) if rules.is_working_day(today + datetime.timedelta(days=n))
    )
    assert r.notice_working_days == 3 and r.notice_starts_on == first_working
    days = [r.notice_starts_on + datetime.timedelta(days=n) for n in range((r.notice_ends_on - r.notice_starts_on).days + 1)]
    working = [d for d in days if rules.is_working_day(d)]
    assert len(working) == 3 and working[-1] == r.notice_ends_on


def test_the_round_list_costs_the_same_queries_at_any_length(committee_client, sworld):
    sworld.round()
    one = queries_for(committee_client, reverse("selection_rounds:index"))
    for year in (2023, 2024, 2025):
        sworld.round(school_year=year)
    assert queries_for(committee_client, reverse("selection_rounds:index")) == one


def test_a_refused_stop_use_order_is_shown_on_the_form_not_a_server_error(client, committee_client, sworld, textbooks):
    client.force_login(sworld.hrss)
    data = {"version": textbooks["maths_national"].pk, "reason": "scientific", "detail": "例题答案错误"}
    assert client.post(reverse("selection_stop_use:add"), data).status_code == 302
    response = client.post(reverse("selection_stop_use:add"), {**data, "detail": "再次下达"})
    assert response.status_code == 200 and "已有生效的停用通知" in response.content.decode()
    assert StopUseOrder.objects.count() == 1


def test_the_round_page_leads_with_what_needs_attention_and_folds_the_rule_lines(committee_client, sworld, textbooks):
    """A committee sees first what needs it (a failing Art. 28 check, an open S2 objection), while
    each textbook's rule lines are folded behind one summary line."""
    import lxml.html

    from selection.models import Objection

    r = chosen_round(sworld, textbooks)
    services.publish_notice(r, None)
    line = r.lines.first()
    Objection.objects.create(round=r, line=line, kind="suitability", content="难度偏高", raised_by="家长李女士", contact="13800000000")
    page = lxml.html.fromstring(committee_client.get(workspace(r)).content)
    summary = page.xpath("//section[contains(@class, 'round-attention')]")[0].text_content()
    assert "1 条公示异议待处理" in summary
    assert page.xpath("//section[contains(@class, 'round-attention')]//a/@href") == ["#objections"]
    for row in page.xpath("//h2[@id='lines']/following-sibling::table[1]/tbody/tr"):
        assert row.xpath(".//details/summary")[0].text_content().startswith("✓ 符合全部")
    # The heading order puts the summary before the table.
    headings = [h.text_content() for h in page.xpath("//h2")]
    assert headings.index("需要处理的事项") < headings.index("选用教材及规则检查（第二十八条）")


def test_a_filed_round_opens_read_only_and_a_forged_change_is_refused_with_the_same_reason(committee_client, sworld, textbooks):
    """S9 (Art. 29): once filed with HRSS the result is on record: the round page shows it with
    the reason and no form; a forged select, removal or reselection changes nothing."""
    from .test_flow import finished

    client, w, t = committee_client, sworld, textbooks
    r = finished(w, t)
    services.file_round(r, w.user)
    r.refresh_from_db()
    reason = rules.round_lock_reason(r.status, r.get_status_display())
    assert reason.startswith("当前状态为“已备案”，不能修改选用教材——S9（第二十九条）")
    page = client.get(workspace(r)).content.decode()
    main = page[page.index("<main"):page.index("</main>")]
    assert reason in main and "<form" not in main and "保存并检查" not in main
    before = list(r.lines.values_list("course_id", "version_id", "isbn", "exception_reason"))
    line = r.lines.first()
    for forged in (
        {"action": "select", "course": w.maths.pk, "version": t["maths_library"].pk},
        {"action": "remove", "line": line.pk},
        {"action": "reselect"},
    ):
        response = client.post(workspace(r), forged, follow=True)
        assert reason in response.content.decode(), forged
    assert list(r.lines.values_list("course_id", "version_id", "isbn", "exception_reason")) == before
    with pytest.raises(ValidationError) as refused:
        services.select_textbook(r, w.maths, t["maths_library"], w.user)
    assert refused.value.messages == [reason]


def test_the_round_being_selected_has_no_lock(sworld):
    r = sworld.round()
    assert rules.round_lock_reason(r.status, r.get_status_display()) is None
