"""Supervision in the admin: a school's usage reports (S10, Art. 33), the province's yearly filing
to MOHRSS with its DOCX/XLSX forms (S9, Art. 29), and quality-check findings (S10).

A committee reaches only its own school's reports (another school's → 404, never data); HRSS
admins read every school's and run the provincial filing and the checks. Every change goes
through selection.services, so refusals leave nothing changed and every change is audited.
"""

import io
from decimal import Decimal

import docx
import openpyxl
import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from selection import services
from selection.models import ProvincialFiling, QualityCheck, QualityCheckItem, UsageReport

from .conftest import exported, queries_for
from .test_flow import finished

pytestmark = pytest.mark.django_db

REPORT = {
    "school_year": 2026,
    "semester": 1,
    "respondents": 312,
    "satisfaction": "91.50",
    "findings": "数控车削加工案例配套实训资源完整；数学（第七版）例题偏难，建议补充分层练习。",
}


@pytest.fixture
def hrss_client(client, committee_client, sworld):
    """The same client as ``committee_client`` (roles granted), now signed in as the HRSS admin."""
    client.force_login(sworld.hrss)
    return client


def report_url(name, report=None):
    return reverse(f"selection_usage_reports:{name}", args=[report.pk] if report else [])


def file_report(school, user, school_year=2026, semester=1, findings="学生普遍反映教材图文清晰、案例贴近岗位。"):
    return services.file_usage_report(
        school, school_year, semester, user, respondents=180, satisfaction=Decimal("88.00"), findings=findings
    )


def page(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return response.content.decode()


# ------------------------------------------------------------------------------ usage reports (S10)


def test_committee_files_its_schools_usage_report_through_the_service(committee_client, sworld):
    response = committee_client.post(report_url("add"), {"school": sworld.school.pk, **REPORT})
    assert response.status_code == 302
    report = UsageReport.objects.get()
    assert (report.school, report.respondents, report.satisfaction) == (sworld.school, 312, Decimal("91.50"))
    assert report.filed_at is not None
    entry = ModelLogEntry.objects.get(action="selection.usage_report.file")
    assert entry.user == sworld.user and entry.object_id == str(report.pk)
    listing = page(committee_client, report_url("index"))
    assert "广州市工贸技师学院2026—2027学年第一学期教材使用情况报告" in listing


@pytest.mark.parametrize(
    "change, message",
    [
        ({"satisfaction": "150"}, "满意率须在 0 至 100 之间。"),
        ({"respondents": "0"}, "没有调查对象时不能填写满意率。"),
        ({"findings": "   "}, "必需字段"),
    ],
)
def test_a_report_the_rules_refuse_is_not_filed(committee_client, sworld, change, message):
    response = committee_client.post(report_url("add"), {"school": sworld.school.pk, **REPORT, **change})
    assert response.status_code == 200 and message in response.content.decode()
    assert not UsageReport.objects.exists()
    assert not ModelLogEntry.objects.filter(action="selection.usage_report.file").exists()


def test_a_committee_cannot_file_for_another_school(committee_client, sworld):
    response = committee_client.post(report_url("add"), {"school": sworld.other_school.pk, **REPORT})
    assert response.status_code == 200 and "选择一个有效的选项" in response.content.decode()
    assert not UsageReport.objects.exists()


def test_a_second_report_for_the_same_term_is_refused_not_overwritten(committee_client, sworld):
    first = file_report(sworld.school, sworld.user)
    response = committee_client.post(report_url("add"), {"school": sworld.school.pk, **REPORT})
    assert response.status_code == 200 and "已经存在" in response.content.decode()
    first.refresh_from_db()
    assert first.respondents == 180 and UsageReport.objects.count() == 1


def test_committee_corrects_its_report_by_refiling_it(committee_client, sworld):
    report = file_report(sworld.school, sworld.user)
    response = committee_client.post(
        report_url("edit", report), {"respondents": 200, "satisfaction": "90", "findings": "补充调查后：教材适用。"}
    )
    assert response.status_code == 302
    report.refresh_from_db()
    assert (report.respondents, report.findings) == (200, "补充调查后：教材适用。")
    assert ModelLogEntry.objects.filter(action="selection.usage_report.file", object_id=str(report.pk)).count() == 2
    # School and term identify the report; a forged field for them is ignored.
    committee_client.post(
        report_url("edit", report),
        {"school": sworld.other_school.pk, "semester": 2, "respondents": 200, "satisfaction": "90", "findings": "再次核对"},
    )
    report.refresh_from_db()
    assert (report.school, report.semester, report.findings) == (sworld.school, 1, "再次核对")


def test_another_schools_report_answers_404_and_never_data(committee_client, sworld):
    theirs = file_report(sworld.other_school, sworld.other_user, findings="深圳技师学院：实训教材更新及时。")
    # A committee that has filed nothing yet: another school's report is a 404, not a denial.
    assert committee_client.get(report_url("edit", theirs)).status_code == 404
    file_report(sworld.school, sworld.user)
    listing = page(committee_client, report_url("index"))
    assert "广州市工贸技师学院2026—2027学年第一学期教材使用情况报告" in listing and "深圳技师学院" not in listing
    assert "深圳技师学院" not in page(committee_client, report_url("index"), q="深圳")
    for name in ("inspect", "edit", "history", "delete"):
        response = committee_client.get(report_url(name, theirs))
        assert response.status_code == 404, name
        assert "实训教材更新及时" not in response.content.decode()
    response = committee_client.post(report_url("edit", theirs), {"respondents": 1, "satisfaction": "1", "findings": "篡改"})
    assert response.status_code == 404
    assert committee_client.post(report_url("delete", theirs)).status_code == 404
    theirs.refresh_from_db()
    assert theirs.findings == "深圳技师学院：实训教材更新及时。"


def test_hrss_reads_every_schools_reports_but_files_none(hrss_client, sworld):
    client = hrss_client
    ours = file_report(sworld.school, sworld.user)
    theirs = file_report(sworld.other_school, sworld.other_user, findings="深圳技师学院：实训教材更新及时。")
    listing = page(client, report_url("index"))
    assert "广州市工贸技师学院" in listing and "深圳技师学院" in listing
    assert "实训教材更新及时" in page(client, report_url("inspect", theirs))
    assert client.get(report_url("add")).status_code in (302, 403)
    assert client.post(report_url("add"), {"school": sworld.school.pk, **REPORT, "semester": 2}).status_code in (302, 403)
    assert client.post(report_url("edit", ours), {"respondents": 1, "satisfaction": "1", "findings": "篡改"}).status_code in (302, 403)
    ours.refresh_from_db()
    assert ours.findings == "学生普遍反映教材图文清晰、案例贴近岗位。" and UsageReport.objects.count() == 2


@pytest.mark.parametrize("login", ["hrss", "user"])
def test_the_report_list_costs_the_same_queries_at_any_length(client, committee_client, sworld, login):
    client.force_login(getattr(sworld, login))
    file_report(sworld.school, sworld.user)
    one = queries_for(client, report_url("index"))
    for year in (2023, 2024, 2025):
        for semester in (1, 2):
            for school, user in ((sworld.school, sworld.user), (sworld.other_school, sworld.other_user)):
                file_report(school, user, school_year=year, semester=semester)
    assert queries_for(client, report_url("index")) == one


# ------------------------------------------------------------------------------ provincial filing (S9)


def filed(w, t, **round_kwargs):
    r = finished(w, t, **round_kwargs)
    services.file_round(r, w.user)
    return r


def filing_url(name, *args):
    return reverse(f"selection_provincial_filings:{name}", args=args)


def test_hrss_files_the_provinces_yearly_aggregate(hrss_client, sworld, textbooks):
    client, w, t = hrss_client, sworld, textbooks
    filed(w, t)
    unfiled = finished(w, t, school=w.other_school)
    response = client.post(filing_url("add"), {"province": "广东省", "school_year": 2026})
    assert response.status_code == 200
    assert "S9（第二十九条）：本省尚有 1 项已确定的选用结果未备案，不能报送年度汇总。" in response.content.decode()
    assert not ProvincialFiling.objects.exists()

    services.file_round(unfiled, w.other_user)
    response = client.post(filing_url("add"), {"province": "广东省", "school_year": 2026})
    assert response.status_code == 302
    aggregate = ProvincialFiling.objects.get()
    assert (aggregate.school_count, aggregate.round_count, aggregate.line_count, aggregate.exception_count) == (2, 2, 4, 2)
    entry = ModelLogEntry.objects.get(action="selection.province.file")
    assert entry.user == w.hrss and entry.object_id == str(aggregate.pk)
    assert "广东省2026学年技工院校教材选用情况" in page(client, filing_url("index"))
    inspect = page(client, filing_url("inspect", aggregate.pk))
    assert "全国技工教育规划教材 2 条" in inspect and "非规划教材 2 条" in inspect
    assert filing_url("export", aggregate.pk, "docx") in inspect

    response = client.post(filing_url("add"), {"province": "广东省", "school_year": 2026})
    assert response.status_code == 200 and ProvincialFiling.objects.count() == 1


def test_the_aggregate_forms_list_the_school_filings_it_covers(hrss_client, sworld, textbooks):
    client, w, t = hrss_client, sworld, textbooks
    ours, theirs = filed(w, t), filed(w, t, school=w.other_school)
    aggregate = services.file_province_aggregate("广东省", 2026, w.hrss)
    filed(w, t, semester=2)  # filed after the aggregate: not part of it

    response = exported(client, filing_url("export", aggregate.pk, "docx"))
    assert response["Content-Type"].endswith("wordprocessingml.document")
    assert "attachment" in response["Content-Disposition"]
    document = docx.Document(io.BytesIO(response.getvalue()))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "广东省2026—2027学年技工院校教材选用情况汇总表" in text and "人力资源社会保障部备案意见" in text
    facts, table = document.tables
    cells = [c.text for row in facts.rows for c in row.cells]
    assert cells[cells.index("学校数") + 1] == "2" and cells[cells.index("例外选用条目数") + 1] == "2"
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0][:2] == ["序号", "学校名称"]
    assert [(row[1], row[2], row[5], row[7], row[8]) for row in rows[1:]] == [
        ("广州市工贸技师学院", "2026—2027学年第一学期", ours.filing.reference, "2", "1"),
        ("深圳技师学院", "2026—2027学年第一学期", theirs.filing.reference, "2", "1"),
    ]

    response = exported(client, filing_url("export", aggregate.pk, "xlsx"))
    assert response["Content-Type"].endswith("spreadsheetml.sheet")
    sheet = openpyxl.load_workbook(io.BytesIO(response.getvalue())).active
    assert sheet["A1"].value == "广东省2026—2027学年技工院校教材选用情况汇总表"
    assert "学校数：2" in sheet["A2"].value
    assert [c.value for c in sheet[3]][:2] == ["序号", "学校名称"]
    assert [sheet.cell(r, 2).value for r in range(4, sheet.max_row + 1)] == ["广州市工贸技师学院", "深圳技师学院"]
    assert client.post(filing_url("export", aggregate.pk, "pdf")).status_code in (302, 403)


def test_committees_reach_no_provincial_filing(committee_client, sworld, textbooks):
    filed(sworld, textbooks)
    aggregate = services.file_province_aggregate("广东省", 2026, sworld.hrss)
    for url in (filing_url("index"), filing_url("inspect", aggregate.pk), filing_url("export", aggregate.pk, "docx")):
        response = committee_client.get(url)
        assert response.status_code in (302, 403), url
        assert "广东省2026学年" not in response.content.decode()
    aggregate.delete()
    assert committee_client.post(filing_url("add"), {"province": "广东省", "school_year": 2026}).status_code in (302, 403)
    assert not ProvincialFiling.objects.exists()


def test_the_filing_list_costs_the_same_queries_at_any_length(hrss_client, sworld, textbooks):
    client = hrss_client
    for year in (2026, 2027, 2028):
        filed(sworld, textbooks, school_year=year)
    services.file_province_aggregate("广东省", 2026, sworld.hrss)
    one = queries_for(client, filing_url("index"))
    for year in (2027, 2028):
        services.file_province_aggregate("广东省", year, sworld.hrss)
    assert queries_for(client, filing_url("index")) == one


# ------------------------------------------------------------------------------ quality-check findings (S10)


def versions_in_use_at_two_schools(w, t):
    """Five versions in use in 2026: ours finished, the other school's round on notice."""
    finished(w, t)
    r = w.round(school=w.other_school)
    for course, key in ((w.chinese, "unified_chinese"), (w.training, "training_book"), (w.milling, "milling_provincial")):
        services.select_textbook(r, course, t[key], w.other_user)
    services.publish_notice(r, w.other_user)


def findings_url(check):
    return reverse("selection_checks:findings", args=[check.pk])


@pytest.fixture
def checks(committee_client, sworld, textbooks):
    """A national check drawing one of the five versions in use, and a provincial one drawing the rest."""
    versions_in_use_at_two_schools(sworld, textbooks)
    small = services.draw_quality_check(2026, sworld.hrss, target_ratio=Decimal("0.20"))
    large = services.draw_quality_check(2026, sworld.hrss, province="广东省", target_ratio=Decimal("1.00"))
    return small, large


def test_hrss_records_a_finding_for_a_sampled_textbook(hrss_client, checks):
    client, (_, check) = hrss_client, checks
    item = check.items.select_related("version__textbook").first()
    listing = page(client, findings_url(check))
    assert all(f"{i.version}" in listing for i in check.items.select_related("version__textbook"))
    assert "已记录结论</th><td>0/4" in listing
    response = client.post(
        findings_url(check), {"item": item.pk, "passed": "0", "finding": "第三章例题答案错误 3 处，须修订后重印。"}, follow=True
    )
    assert f"已记录《{item.version}》的抽查结论。" in response.content.decode()
    item.refresh_from_db()
    assert (item.passed, item.finding) == (False, "第三章例题答案错误 3 处，须修订后重印。")
    entry = ModelLogEntry.objects.get(action="selection.check.finding")
    assert entry.object_id == str(check.pk) and entry.data["passed"] is False
    assert "已记录结论</th><td>1/4" in page(client, findings_url(check))


@pytest.mark.parametrize(
    "data, message",
    [
        ({"finding": "内容准确"}, "S10（第三十三条）：请选择抽查教材是否合格。"),
        ({"passed": "maybe", "finding": "内容准确"}, "S10（第三十三条）：请选择抽查教材是否合格。"),
        ({"passed": "1", "finding": "  "}, "请填写抽查结论。"),
    ],
)
def test_an_incomplete_finding_is_refused_and_changes_nothing(hrss_client, checks, data, message):
    client, (_, check) = hrss_client, checks
    item = check.items.first()
    response = client.post(findings_url(check), {"item": item.pk, **data}, follow=True)
    assert message in response.content.decode()
    item.refresh_from_db()
    assert (item.passed, item.finding) == (None, "")
    assert not ModelLogEntry.objects.filter(action="selection.check.finding").exists()


def test_forged_findings_change_nothing(hrss_client, sworld, checks):
    client, (small, large) = hrss_client, checks
    other_checks_item = small.items.get()
    response = client.post(findings_url(large), {"item": other_checks_item.pk, "passed": "1", "finding": "合格"})
    assert response.status_code == 404
    item = large.items.first()
    client.force_login(sworld.user)  # the school's committee
    assert client.get(findings_url(large)).status_code in (302, 403)
    response = client.post(findings_url(large), {"item": item.pk, "passed": "1", "finding": "合格"})
    assert response.status_code in (302, 403)
    assert not QualityCheckItem.objects.exclude(passed=None).exists()
    assert not ModelLogEntry.objects.filter(action="selection.check.finding").exists()


def test_a_forged_seed_in_the_draw_form_is_ignored(hrss_client, sworld, textbooks):
    """S10: the add form has no seed; one posted anyway does not steer the draw (CSPRNG seed)."""
    client = hrss_client
    versions_in_use_at_two_schools(sworld, textbooks)
    assert 'name="seed"' not in page(client, reverse("selection_checks:add"))
    client.post(reverse("selection_checks:add"), {"school_year": 2026, "province": "", "target_ratio": "0.40", "seed": "forged"})
    check = QualityCheck.objects.get()
    assert check.seed != "forged" and len(check.seed) == 32
    assert services.replay_quality_check(check) == []


def test_a_drawn_check_is_not_edited_its_edit_view_leads_to_the_findings(hrss_client, checks):
    client, (_, check) = hrss_client, checks
    edit = reverse("selection_checks:edit", args=[check.pk])
    assert client.get(edit).url == findings_url(check)
    seed = check.seed
    client.post(edit, {"school_year": 2020, "province": "", "target_ratio": "0.10", "seed": "forged"})
    check.refresh_from_db()
    assert (check.school_year, check.seed) == (2026, seed)
    assert findings_url(check) in page(client, reverse("selection_checks:index"))


def test_the_findings_page_costs_the_same_queries_at_any_sample_size(hrss_client, checks):
    client, (small, large) = hrss_client, checks
    assert (small.items.count(), large.items.count()) == (1, 4)
    assert queries_for(client, findings_url(large)) == queries_for(client, findings_url(small))
