"""Catalogue import refuses a bad sheet without saving anything; export round-trips."""

import io

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook, load_workbook

from textbooks import catalogue_io
from textbooks.models import Batch, CatalogueEntry, CatalogueKind, Textbook, TextbookVersion, VersionStatus

from .conftest import make_isbn

pytestmark = pytest.mark.django_db


def row(world, **overrides):
    values = {
        "目录": "全国技工教育规划教材目录",
        "目录省份": "",
        "批次": "2024年第一批",
        "批次发布日期": "2024-09-01",
        "书名": "数控车床编程与操作",
        "副书名": "",
        "教材类别": "专业课程教材",
        "规划级别": "全国技工教育规划教材",
        "规划省份": "",
        "课程代码": world.course.code,
        "专业代码": world.major.code,
        "培养层级": "中级技能、高级技能",
        "编写单位": world.unit.name,
        "主编": world.chief.name,
        "出版单位": world.publisher.name,
        "ISBN": make_isbn(),
        "版次": 3,
        "出版日期": "2024-08-01",
        "定价": "39.80",
        "教材形态": "工作手册式",
        "审核意见/批准文号": "人社厅函〔2024〕88号",
    }
    values.update(overrides)
    return values


def workbook(rows, columns=catalogue_io.COLUMNS):
    book = Workbook()
    sheet = book.active
    sheet.append(columns)
    for values in rows:
        sheet.append([values.get(c) for c in columns])
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    return buffer


def test_a_good_sheet_imports_approved_frozen_versions_into_catalogue_and_batch(world):
    sheet = workbook([
        row(world),
        row(world, 书名="数控铣床编程与操作", 课程代码=world.other_course.code, 主编=world.member.name, 版次=1),
    ])
    report = catalogue_io.import_catalogue(sheet, None)
    assert report.saved and [r.ok for r in report.rows] == [True, True]
    assert report.summary == "已导入 2 行。"
    version = TextbookVersion.objects.get(textbook__title="数控车床编程与操作")
    assert version.status == VersionStatus.APPROVED and version.is_frozen and version.edition == 3
    entry = version.catalogue_entries.get(catalogue__kind=CatalogueKind.NATIONAL_PLANNED)
    assert entry.batch.name == "2024年第一批" and str(entry.batch.published_on) == "2024-09-01"
    assert version.catalogue_entries.filter(catalogue__kind=CatalogueKind.INFORMATION_LIBRARY).exists()
    assert version.approval_records.get().review_reference == "人社厅函〔2024〕88号"


def test_one_bad_row_refuses_the_whole_sheet_and_reports_row_by_row(world):
    sheet = workbook([
        row(world),
        row(world, 书名="汽车维修（规划教材）", 规划级别="非规划教材", 目录="技工院校教材信息库", 课程代码=world.other_course.code),
        row(world, 书名="数控铣削加工", ISBN="978-7-5167-1234-3", 课程代码=world.other_course.code, 主编=world.member.name),
        row(world, 书名="焊接工艺", 课程代码="NOPE", 培养层级="初级"),
    ])
    report = catalogue_io.import_catalogue(sheet, None)
    assert not report.saved
    assert [r.number for r in report.rows] == [2, 3, 4, 5]
    assert report.rows[0].ok
    assert any(e.startswith("R11（第三十六条第（六）项）") for e in report.rows[1].errors)
    assert any("校验位错误" in e for e in report.rows[2].errors)
    assert report.rows[3].errors == ["课程代码不存在：NOPE。"]
    assert report.summary == "3 行未通过校验，全部 4 行均未导入。"
    assert not Textbook.objects.exists() and not TextbookVersion.objects.exists()
    assert not CatalogueEntry.objects.exists() and not Batch.objects.exists()


def test_import_refuses_a_file_that_is_not_a_workbook_or_lacks_columns(world):
    with pytest.raises(catalogue_io.ImportFileError, match="Excel"):
        catalogue_io.import_catalogue(io.BytesIO(b"PK\x03\x04 broken zip"), None)
    with pytest.raises(catalogue_io.ImportFileError, match="表头缺少以下列：.*ISBN"):
        catalogue_io.import_catalogue(workbook([row(world)], columns=["目录", "书名"]), None)


def test_import_command_reports_and_saves_nothing_on_a_bad_sheet(world, tmp_path):
    path = tmp_path / "目录.xlsx"
    path.write_bytes(workbook([row(world, ISBN="12345")]).getvalue())
    out = io.StringIO()
    with pytest.raises(CommandError, match="1 行未通过校验"):
        call_command("import_catalogue", str(path), stdout=out)
    assert "第 2 行 数控车床编程与操作：ISBN“12345”应为 13 位数字" in out.getvalue()
    assert not Textbook.objects.exists()


def test_export_round_trips_through_import_layout(world, tmp_path):
    version = world.approved()
    xlsx = tmp_path / "全国目录.xlsx"
    call_command("export_catalogue", str(xlsx), "--catalogue", "national_planned", stdout=io.StringIO())
    sheet = load_workbook(xlsx).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == catalogue_io.COLUMNS
    exported = dict(zip(rows[0], rows[1]))
    assert exported["书名"] == "数控车床编程与操作" and exported["ISBN"] == version.isbn
    assert exported["主编"] == "陈立新" and exported["审核意见/批准文号"] == "人社部审核通过〔2024〕1号"

    csv_bytes = catalogue_io.export_csv()
    assert csv_bytes.startswith("\ufeff".encode()) and "数控车床编程与操作" in csv_bytes.decode("utf-8-sig")

    # Re-importing the export changes nothing and is accepted (the version is already frozen).
    report = catalogue_io.import_catalogue(xlsx.open("rb"), None)
    assert report.saved and TextbookVersion.objects.count() == 1
