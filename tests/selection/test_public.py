"""The public notice page (S2): results during the notice period, objections from the public,
query count independent of the number of rounds and lines."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page

from selection import services
from cms.models import SelectionNoticePage
from selection.models import Objection

from .test_flow import chosen_round

pytestmark = pytest.mark.django_db


@pytest.fixture
def notice_page(db):
    page = SelectionNoticePage(title="教材选用公示", slug="selection-notice")
    Page.objects.get(depth=2).add_child(instance=page)
    return page


def published(sworld, textbooks, **kwargs):
    r = chosen_round(sworld, textbooks) if not kwargs else sworld.round(**kwargs)
    if kwargs:
        services.select_textbook(r, sworld.maths, textbooks["maths_national"], None)
    services.publish_notice(r, None)
    return r


def test_the_notice_shows_results_only_while_on_notice(client, notice_page, sworld, textbooks):
    r = published(sworld, textbooks)
    draft = sworld.round(school=sworld.other_school)
    page = client.get(notice_page.url).content.decode()
    assert "广州市工贸技师学院 2026—2027学年第一学期 数控加工" in page
    assert "数控车削加工案例" in page and "规划教材内容滞后于新设备" in page
    assert draft.school.name not in page


def test_anyone_may_object_during_the_notice(client, notice_page, sworld, textbooks):
    r = published(sworld, textbooks)
    url = f"{notice_page.url}{r.pk}/objection/"
    line = r.lines.get(course=sworld.turning)
    response = client.post(url, {"kind": "suitability", "line": line.pk, "content": "难度偏高", "raised_by": "家长李女士", "contact": "13800000000"})
    assert "异议已提交" in response.content.decode()
    objection = Objection.objects.get()
    assert (objection.round, objection.line, objection.kind) == (r, line, "suitability")
    draft = sworld.round(school=sworld.other_school)
    assert client.get(f"{notice_page.url}{draft.pk}/objection/").status_code == 404


def test_notice_page_query_count_does_not_grow_with_rounds(client, notice_page, sworld, textbooks):
    published(sworld, textbooks)
    client.get(notice_page.url)  # warm the site and page caches
    with CaptureQueriesContext(connection) as one:
        client.get(notice_page.url)
    for semester, school in ((2, sworld.school), (1, sworld.other_school)):
        published(sworld, textbooks, school=school, semester=semester)
    with CaptureQueriesContext(connection) as three:
        assert client.get(notice_page.url).content.decode().count("教材选用结果公示") == 3
    assert len(three) == len(one)


def test_the_notice_downloads_as_a_workbook_of_what_is_on_notice(client, notice_page, sworld, textbooks):
    """A school keeps the notice (S2) as an XLSX: every line on notice, nothing of a draft round, a
    version stopped since (S12) marked as on the page."""
    import io

    from openpyxl import load_workbook

    r = published(sworld, textbooks)
    draft = sworld.round(school=sworld.other_school)
    services.issue_stop_use(textbooks["maths_national"], "scientific", "第三章例题答案错误", None)
    page = client.get(notice_page.url).content.decode()
    assert f'href="{notice_page.url}export/"' in page
    response = client.get(f"{notice_page.url}export/")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.spreadsheetml")
    assert "attachment" in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(response.getvalue())).active
    values = list(sheet.iter_rows(values_only=True))
    header = values[2]
    assert header[:3] == ("序号", "学校", "学期") and "ISBN" in header
    body = values[3:]
    assert len(body) == r.lines.count()
    titles = {row[header.index("教材名称")] for row in body}
    assert "数控车削加工案例" in titles and "数学（第七版）（已停止使用，S12）" in titles
    assert {row[header.index("学校")] for row in body} == {"广州市工贸技师学院"}
    assert draft.school.name not in "".join(str(cell) for row in values for cell in row if cell)
    assert any("规划教材内容滞后于新设备" == row[header.index("例外选用理由")] for row in body)


def test_without_anything_on_notice_the_workbook_has_only_its_header(client, notice_page, sworld):
    import io

    from openpyxl import load_workbook

    assert "下载公示清单" not in client.get(notice_page.url).content.decode()
    sheet = load_workbook(io.BytesIO(client.get(f"{notice_page.url}export/").getvalue())).active
    assert sheet.max_row == 3 and "0 项" in sheet.cell(2, 1).value
