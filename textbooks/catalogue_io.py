"""Catalogue import (XLSX) and export (XLSX, CSV) in one column layout.

An import brings a published catalogue list into the platform: every row becomes an approved,
frozen version entered into its catalogue and batch. Every row is checked through the same
services as a form would be; the report says row by row what passed and why a row failed, and
if any row fails nothing at all is saved.
"""

import csv
import datetime
import decimal
import io
from dataclasses import dataclass, field, replace

from django.core.exceptions import ValidationError
from django.db import transaction
from openpyxl import Workbook, load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from cms import audit, ooxml_gate
from curriculum.models import Course, Major, TrainingLevel
from directory.models import Organisation, OrganisationKind, Person
from textbooks import rules, services
from textbooks.models import (
    Batch,
    Catalogue,
    CatalogueEntry,
    CatalogueKind,
    PlanningLevel,
    Textbook,
    TextbookCategory,
    TextbookForm,
    TextbookVersion,
    VersionStatus,
)

COLUMNS = [
    "目录",
    "目录省份",
    "批次",
    "批次发布日期",
    "书名",
    "副书名",
    "教材类别",
    "规划级别",
    "规划省份",
    "课程代码",
    "专业代码",
    "培养层级",
    "编写单位",
    "主编",
    "出版单位",
    "ISBN",
    "版次",
    "出版日期",
    "定价",
    "教材形态",
    "审核意见/批准文号",
]
REQUIRED = ["目录", "书名", "教材类别", "规划级别", "课程代码", "编写单位", "主编", "ISBN", "审核意见/批准文号"]
LIST_SEPARATORS = ("、", ",", "，", ";", "；")
MAX_ROWS = 5000
# A workbook is a zip of XML: a few KB can inflate to gigabytes, or hold millions of empty rows
# that openpyxl would parse one by one. These bound the work before and while reading.
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_SHEET_ROWS = 4 * MAX_ROWS  # rows the sheet holds, empty ones included
MAX_COLUMNS = 64


class ImportFileError(Exception):
    """The file as a whole cannot be read; the message is for the user."""


@dataclass
class RowResult:
    number: int  # the spreadsheet row number, header = 1
    title: str
    errors: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.errors


@dataclass
class ImportReport:
    rows: list = field(default_factory=list)
    saved: bool = False

    @property
    def failed(self):
        return [r for r in self.rows if not r.ok]

    @property
    def summary(self):
        if self.saved:
            return f"已导入 {len(self.rows)} 行。"
        if not self.rows:
            return "表格中没有数据行，未导入任何内容。"
        return f"{len(self.failed)} 行未通过校验，全部 {len(self.rows)} 行均未导入。"


# ------------------------------------------------------------------------------------ reading


def _check_archive(upload):
    """Refuse a workbook the shared OOXML gate refuses (bombs, entity files, macros, a DOCX
    renamed .xlsx), before openpyxl inflates anything."""
    limits = replace(ooxml_gate.default_limits(), max_total_bytes=MAX_UNPACKED_BYTES, max_xml_part_bytes=MAX_UNPACKED_BYTES)
    try:
        ooxml_gate.check_ooxml(upload, kind=ooxml_gate.XLSX, limits=limits)
    except ooxml_gate.OoxmlRefused as refused:
        raise ImportFileError(refused.message) from refused


def read_rows(upload):
    """(row number, {column: value}) for every non-empty row of the first sheet."""
    _check_archive(upload)
    try:
        workbook = load_workbook(upload, read_only=True, data_only=True)
    except (InvalidFileException, KeyError, OSError, ValueError) as error:
        raise ImportFileError("无法读取该文件：请上传 Excel 工作簿（.xlsx）。") from error
    except Exception as error:  # openpyxl raises zipfile/XML errors of many kinds on hostile input
        raise ImportFileError("文件已损坏或不是有效的 Excel 工作簿（.xlsx）。") from error
    try:
        return _sheet_rows(workbook.worksheets[0])
    except ImportFileError:
        raise
    except Exception as error:  # openpyxl parses the sheet lazily: its XML errors surface here
        raise ImportFileError("文件已损坏或不是有效的 Excel 工作簿（.xlsx）。") from error
    finally:
        workbook.close()


def _sheet_rows(sheet):
    rows = sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS)
    header = [str(c).strip() if c is not None else "" for c in next(rows, ())]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ImportFileError(f"表头缺少以下列：{'、'.join(missing)}。请使用导出的模板。")
    result = []
    for number, values in enumerate(rows, start=2):
        if number > MAX_SHEET_ROWS:
            raise ImportFileError(f"工作表超过 {MAX_SHEET_ROWS} 行（含空行），请删除多余的行或分批导入。")
        if all(v is None or str(v).strip() == "" for v in values):
            continue
        if len(result) >= MAX_ROWS:
            raise ImportFileError(f"一次最多导入 {MAX_ROWS} 行，请分批导入。")
        result.append((number, {name: values[i] if i < len(values) else None for i, name in enumerate(header) if name}))
    return result


def _text(row, column):
    value = row.get(column)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _list(row, column):
    text = _text(row, column)
    for separator in LIST_SEPARATORS[1:]:
        text = text.replace(separator, LIST_SEPARATORS[0])
    return [item.strip() for item in text.split(LIST_SEPARATORS[0]) if item.strip()]


def _date(row, column):
    value = row.get(column)
    if value in (None, ""):
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value).strip().replace("/", "-"))
    except ValueError as error:
        raise ValidationError(f"“{column}”应为日期（如 2024-09-01），实际为“{value}”。") from error


def _choice(choices, label, column):
    by_label = {str(choice.label): choice.value for choice in choices}
    by_value = {choice.value: choice.value for choice in choices}
    if label in by_label or label in by_value:
        return by_label.get(label) or by_value[label]
    raise ValidationError(f"“{column}”的值“{label}”无效，应为：{'、'.join(by_label)}。")


# ------------------------------------------------------------------------------------ one row


class RowImporter:
    """Turns one row into database changes through the services; raises ValidationError."""

    def __init__(self, user):
        self.user = user
        self.levels_by_name = {level.name: level for level in TrainingLevel.objects.all()}

    def __call__(self, row):
        missing = [c for c in REQUIRED if not _text(row, c)]
        if missing:
            raise ValidationError([f"“{c}”不能为空。" for c in missing])
        catalogue = self._catalogue(row)
        batch = self._batch(row, catalogue)
        textbook = self._textbook(row)
        version = self._version(row, textbook)
        if version.status != VersionStatus.APPROVED:
            services.approve_version(version, self.user, _text(row, "审核意见/批准文号"), batch=batch)
        if not CatalogueEntry.objects.filter(catalogue=catalogue, version=version, batch=batch).exists():
            services.add_to_catalogue(version, catalogue, self.user, batch=batch)
        return version

    def _catalogue(self, row):
        kind = _choice(CatalogueKind, _text(row, "目录"), "目录")
        province = _text(row, "目录省份") if kind == CatalogueKind.PROVINCIAL_PLANNED else ""
        if kind == CatalogueKind.PROVINCIAL_PLANNED:
            if not province:
                raise ValidationError("省级规划教材目录须填写“目录省份”。")
            return services.provincial_catalogue(province)
        return Catalogue.objects.get(kind=kind, province="")

    def _batch(self, row, catalogue):
        name = _text(row, "批次")
        if not name:
            return None
        published_on = _date(row, "批次发布日期")
        batch, created = Batch.objects.get_or_create(
            catalogue=catalogue, name=name, defaults={"published_on": published_on}
        )
        if not created and published_on and batch.published_on != published_on:
            raise ValidationError(f"批次“{name}”的发布日期与已有记录（{batch.published_on}）不一致。")
        return batch

    def _organisation(self, name, column, kind=None):
        try:
            organisation = Organisation.objects.get(name=name)
        except Organisation.DoesNotExist as error:
            raise ValidationError(f"“{column}”中的单位“{name}”不存在，请先在“单位”中登记。") from error
        if kind and organisation.kind != kind:
            raise ValidationError(f"“{name}”不是出版单位。")
        return organisation

    def _textbook(self, row):
        unit = self._organisation(_text(row, "编写单位"), "编写单位")
        codes = _list(row, "课程代码")
        courses = list(Course.objects.filter(code__in=codes))
        unknown = sorted(set(codes) - {c.code for c in courses})
        if unknown:
            raise ValidationError(f"课程代码不存在：{'、'.join(unknown)}。")
        major_codes = _list(row, "专业代码")
        majors = list(Major.objects.filter(code__in=major_codes))
        unknown = sorted(set(major_codes) - {m.code for m in majors})
        if unknown:
            raise ValidationError(f"专业代码不存在：{'、'.join(unknown)}。")
        level_names = _list(row, "培养层级")
        unknown = [n for n in level_names if n not in self.levels_by_name]
        if unknown:
            raise ValidationError(f"培养层级无效：{'、'.join(unknown)}（应为 {'、'.join(self.levels_by_name)}）。")
        title = _text(row, "书名")
        textbook = Textbook.objects.filter(title=title, compiling_unit=unit).first() or Textbook(
            title=title, compiling_unit=unit
        )
        if textbook.pk and textbook.versions.filter(frozen_at__isnull=False).exists():
            return textbook  # frozen: the catalogue row names it, it does not change it (Art. 23)
        textbook.subtitle = _text(row, "副书名")
        textbook.category = _choice(TextbookCategory, _text(row, "教材类别"), "教材类别")
        textbook.planning_level = _choice(PlanningLevel, _text(row, "规划级别"), "规划级别")
        textbook.province = _text(row, "规划省份")
        return services.save_textbook(
            textbook,
            self.user,
            courses=courses,
            majors=majors,
            levels=[self.levels_by_name[n] for n in level_names],
        )

    def _version(self, row, textbook):
        isbn = rules.normalise_isbn(_text(row, "ISBN"))
        problem = rules.isbn13_problem(isbn)
        if problem:
            raise ValidationError(problem)
        existing = textbook.versions.filter(isbn=isbn).order_by("-change_number").first() if textbook.pk else None
        if existing is not None:
            return existing
        chief_name = _text(row, "主编")
        chief = Person.objects.filter(name=chief_name, employer=textbook.compiling_unit).first()
        if chief is None:
            raise ValidationError(f"编写单位“{textbook.compiling_unit.name}”中没有人员“{chief_name}”，请先登记主编。")
        publisher_name = _text(row, "出版单位")
        edition_text = _text(row, "版次") or "1"
        if not edition_text.isdigit() or int(edition_text) < 1:
            raise ValidationError(f"“版次”应为正整数，实际为“{edition_text}”。")
        price_text = _text(row, "定价")
        try:
            price = decimal.Decimal(price_text) if price_text else None
        except decimal.InvalidOperation as error:
            raise ValidationError(f"“定价”应为金额，实际为“{price_text}”。") from error
        form_label = _text(row, "教材形态")
        version = TextbookVersion(
            textbook=textbook,
            edition=int(edition_text),
            isbn=isbn,
            publisher=self._organisation(publisher_name, "出版单位", OrganisationKind.PUBLISHER) if publisher_name else None,
            published_on=_date(row, "出版日期"),
            price=price,
            form=_choice(TextbookForm, form_label, "教材形态") if form_label else TextbookForm.TRADITIONAL,
            chief_editor=chief,
        )
        return services.save_version(version, self.user)


def _messages(error):
    return [m for m in error.messages]


def import_catalogue(upload, user, progress=None):
    """Import every row or none. Returns an ImportReport; raises ImportFileError for bad files."""
    rows = read_rows(upload)
    report = ImportReport()
    importer = RowImporter(user)
    with transaction.atomic():
        for number, row in rows:
            result = RowResult(number=number, title=_text(row, "书名"))
            try:
                with transaction.atomic():
                    importer(row)
            except ValidationError as error:
                result.errors = _messages(error)
            report.rows.append(result)
            if progress is not None:
                progress.advance()
        if report.failed or not report.rows:
            transaction.set_rollback(True)
        else:
            report.saved = True
            audit.record(
                Catalogue.objects.get(kind=CatalogueKind.INFORMATION_LIBRARY, province=""),
                "textbooks.catalogue.import",
                user=user,
                data={"rows": len(report.rows)},
            )
    return report


# ------------------------------------------------------------------------------------ export


def export_entries(catalogue=None, listed_only=False):
    """``listed_only``: what the public catalogue lists (S6/S12: stopped versions leave it)."""
    entries = CatalogueEntry.objects.select_related(
        "catalogue",
        "batch",
        "version__textbook__compiling_unit",
        "version__publisher",
        "version__chief_editor",
    ).prefetch_related("version__textbook__courses", "version__textbook__majors", "version__textbook__levels")
    if catalogue is not None:
        entries = entries.filter(catalogue=catalogue)
    if listed_only:
        entries = entries.filter(version__in=TextbookVersion.objects.filter(**rules.listed_filter()))
    return entries.filter(version__status=VersionStatus.APPROVED).order_by(
        "catalogue__kind", "catalogue__province", "batch__name", "version__textbook__title", "pk"
    )


def export_row(entry):
    version = entry.version
    textbook = version.textbook
    return [
        entry.catalogue.get_kind_display(),
        entry.catalogue.province,
        entry.batch.name if entry.batch else "",
        entry.batch.published_on.isoformat() if entry.batch and entry.batch.published_on else "",
        textbook.title,
        textbook.subtitle,
        textbook.get_category_display(),
        textbook.get_planning_level_display(),
        textbook.province,
        "、".join(c.code for c in textbook.courses.all()),
        "、".join(m.code for m in textbook.majors.all()),
        "、".join(level.name for level in textbook.levels.all()),
        textbook.compiling_unit.name,
        version.chief_editor.name if version.chief_editor else "",
        version.publisher.name if version.publisher else "",
        version.isbn,
        version.edition,
        version.published_on.isoformat() if version.published_on else "",
        f"{version.price:.2f}" if version.price is not None else "",
        version.get_form_display(),
        _reference(version),
    ]


def _reference(version):
    record = max((r for r in version.approval_records.all() if r.passed), key=lambda r: r.decided_at, default=None)
    return record.review_reference if record else ""


def export_xlsx(catalogue=None, listed_only=False):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = (catalogue.name if catalogue else "教材目录")[:31]
    sheet.append(COLUMNS)
    for entry in export_entries(catalogue, listed_only).prefetch_related("version__approval_records"):
        sheet.append(export_row(entry))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def export_csv(catalogue=None):
    buffer = io.StringIO()
    buffer.write("\ufeff")  # Excel opens UTF-8 CSV correctly only with a BOM
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for entry in export_entries(catalogue).prefetch_related("version__approval_records"):
        writer.writerow(export_row(entry))
    return buffer.getvalue().encode("utf-8")
