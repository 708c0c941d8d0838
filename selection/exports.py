"""Filing exports (S9, Art. 29): a school's filing form as DOCX and its selection list as XLSX, the
province's yearly aggregate to MOHRSS in the same two forms, and the public notice (S2) as XLSX."""

import copy
from dataclasses import dataclass
from typing import Callable

from django.utils import timezone
from wagtail.permissions import policy_registry
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from cms.permissions import READ_ACTIONS
from cms.progress import NoProgress, silent
from selection import checking, services
from selection.models import ProvincialFiling, RoundStatus, SelectionRound

COLUMNS = ("序号", "课程", "教材名称", "ISBN", "版次", "出版单位", "所在目录", "例外选用理由")
CATALOGUE_LABELS = {
    "national_planned": "全国规划",
    "provincial_planned": "省级规划",
    "vocational_training": "职业培训",
    "skills_upgrading": "技能提升",
    "information_library": "信息库",
}


def form_title(selection_round):
    return f"{selection_round.school.name}{selection_round.term_label}教材选用备案表"


def rows(selection_round):
    """The filing's table rows, in course order; one source for DOCX and XLSX."""
    checked = checking.check_round(selection_round)
    catalogues = checking.catalogue_kinds_by_version([c.line.version_id for c in checked])
    result = []
    for number, c in enumerate(checked, start=1):
        line, version = c.line, c.line.version
        result.append(
            (
                str(number),
                line.course.name,
                version.textbook.title,
                line.isbn,
                version.edition_label,
                version.publisher.name if version.publisher else "",
                "、".join(CATALOGUE_LABELS[k] for k in sorted(catalogues[line.version_id], key=list(CATALOGUE_LABELS).index)),
                line.exception_reason or "—",
            )
        )
    return result


def _heading_facts(selection_round):
    filing = getattr(selection_round, "filing", None)
    return [
        ("学校名称", selection_round.school.name),
        ("学期", selection_round.term_label),
        ("专业", f"{selection_round.major.code} {selection_round.major.name}"),
        ("培养层级", selection_round.level.name),
        ("公示期", f"{selection_round.notice_starts_on or '—'} 至 {selection_round.notice_ends_on or '—'}"),
        ("备案编号", filing.reference if filing else "（未备案）"),
    ]


def _set_font(run, size, bold=False, font="仿宋"):
    run.font.name = font
    run._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    run.font.size = Pt(size)
    run.bold = bold


def _add_rows(table, table_rows, size, progress):
    """The table's rows, each cell one run in the body font; ``progress`` advances a row at a time.

    python-docx inserts every run property by searching its siblings in schema order (~2 ms a
    row: 2,000 lines cost 8 s of CPU), so only the first row is built through it; the others are
    copies of its XML whose runs get their own text the way ``Run.text`` sets it (issue 18)."""
    if not table_rows:
        return
    first = table.add_row()
    for cell, value in zip(first.cells, table_rows[0]):
        _set_font(cell.paragraphs[0].add_run(value), size)
    progress.advance()
    template = first._tr
    for row in table_rows[1:]:
        tr = copy.deepcopy(template)
        for run, value in zip(tr.iter(qn("w:r")), row):
            run.text = value
        template.getparent().append(tr)
        progress.advance()


def _form_docx(title_text, heading_facts, columns, table_rows, closing_lines, out, progress):
    """A Chinese government form: landscape A4, centred title, a facts grid, the table, signatures;
    written to the binary file ``out``. ``progress`` counts the table's rows, then the writing."""
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _set_font(title.add_run(title_text), 18, bold=True, font="方正小标宋简体")

    facts = document.add_table(rows=0, cols=4)
    facts.style = "Table Grid"
    for i in range(0, len(heading_facts), 2):
        cells = facts.add_row().cells
        for j, (label, value) in enumerate(heading_facts[i:i + 2]):
            _set_font(cells[2 * j].paragraphs[0].add_run(label), 12, bold=True)
            _set_font(cells[2 * j + 1].paragraphs[0].add_run(value), 12)
    document.add_paragraph()

    table = document.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, label in zip(table.rows[0].cells, columns):
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _set_font(cell.paragraphs[0].add_run(label), 11, bold=True)
    _add_rows(table, table_rows, 10.5, progress)

    for text in closing_lines:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(12)
        _set_font(paragraph.add_run(text), 12)
    document.save(out)
    progress.advance()


def _form_xlsx(sheet_title, title_text, heading_facts, columns, table_rows, widths, out, progress):
    """The same form as a list: merged title and facts rows, a bordered table frozen under its
    header; written to the binary file ``out``. ``progress`` counts the rows, then the writing."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(columns))
    sheet.cell(1, 1, title_text).font = Font(name="宋体", size=16, bold=True)
    sheet.cell(1, 1).alignment = Alignment(horizontal="center")
    facts = "　".join(f"{label}：{value}" for label, value in heading_facts)
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(columns))
    sheet.cell(2, 1, facts).font = Font(name="宋体", size=10)
    for column, label in enumerate(columns, start=1):
        cell = sheet.cell(3, column, label)
        cell.font = Font(name="宋体", bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center")
        cell.border = border
    # Every body cell has one style: the first is styled, the others get a copy of its style
    # index array (as openpyxl's own WorksheetCopy does) instead of looking border and alignment
    # up in the workbook's style lists per cell (3 s of a 2,000-line export, issue 18).
    body_style = None
    for r, row in enumerate(table_rows, start=4):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(r, column, value)
            if body_style is None:
                cell.border = border
                cell.alignment = Alignment(wrap_text=True, vertical="center")
                body_style = cell._style
            else:
                cell._style = copy.copy(body_style)
        progress.advance()
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A4"
    workbook.save(out)
    progress.advance()


SCHOOL_CLOSING_LINES = (
    "教材选用委员会意见：                                          主任委员（签字）：",
    "学校意见：                                                    （盖章）",
    "人力资源社会保障部门备案意见：                                （盖章）",
    "填表日期：        年    月    日",
)


# Every form builder below takes ``progress_for(total)``: the progress to advance over the form's
# ``total`` steps (its rows and the writing), a job's bar when the task queue builds it.


def filing_docx(selection_round, out, progress_for=silent):
    table_rows = rows(selection_round)
    _form_docx(
        form_title(selection_round), _heading_facts(selection_round), COLUMNS, table_rows, SCHOOL_CLOSING_LINES,
        out, progress_for(len(table_rows) + 1),
    )


def selection_xlsx(selection_round, out, progress_for=silent):
    table_rows = rows(selection_round)
    _form_xlsx(
        "教材选用清单", form_title(selection_round), _heading_facts(selection_round), COLUMNS, table_rows,
        (6, 20, 30, 18, 10, 24, 18, 36), out, progress_for(len(table_rows) + 1),
    )


# ------------------------------------------------------------------ the province's yearly aggregate (S9)

PROVINCE_COLUMNS = ("序号", "学校名称", "学期", "专业", "培养层级", "备案编号", "备案时间", "选用教材条目数", "例外选用条目数")
PROVINCE_CLOSING_LINES = (
    "省级人力资源社会保障部门意见：                                （盖章）",
    "人力资源社会保障部备案意见：                                  （盖章）",
    "填表日期：        年    月    日",
)


def province_form_title(aggregate):
    return f"{aggregate.province}{term_year_label(aggregate.school_year)}技工院校教材选用情况汇总表"


def term_year_label(school_year):
    return f"{school_year}—{school_year + 1}学年"


def summary_text(aggregate):
    """The stored per-planning-level line counts, largest first: "全国技工教育规划教材 3 条、…"."""
    ordered = sorted(aggregate.summary.items(), key=lambda item: (-item[1], item[0]))
    return "、".join(f"{label} {count} 条" for label, count in ordered) or "—"


def _province_heading_facts(aggregate):
    return [
        ("省份", aggregate.province),
        ("学年", term_year_label(aggregate.school_year)),
        ("学校数", str(aggregate.school_count)),
        ("备案选用数", str(aggregate.round_count)),
        ("选用教材条目数", str(aggregate.line_count)),
        ("例外选用条目数", str(aggregate.exception_count)),
        ("按目录统计", summary_text(aggregate)),
        ("报送时间", timezone.localtime(aggregate.filed_at).strftime("%Y-%m-%d %H:%M")),
    ]


def province_rows(aggregate):
    """One row per school filing the aggregate covered: filed in the province's year before the
    aggregate was (a school filing filed later belongs to no aggregate yet)."""
    filed = (
        services.province_rounds(aggregate.province, aggregate.school_year)
        .filter(status=RoundStatus.FILED, filing__filed_at__lte=aggregate.filed_at)
        .select_related("school", "major", "level", "filing")
        .order_by("school__name", "semester", "major__code", "level__rank")
    )
    result = []
    for number, selection_round in enumerate(filed, start=1):
        checked = checking.check_round(selection_round)
        result.append(
            (
                str(number),
                selection_round.school.name,
                selection_round.term_label,
                f"{selection_round.major.code} {selection_round.major.name}",
                selection_round.level.name,
                selection_round.filing.reference,
                timezone.localtime(selection_round.filing.filed_at).strftime("%Y-%m-%d"),
                str(len(checked)),
                str(sum(1 for c in checked if c.is_exception)),
            )
        )
    return result


def province_docx(aggregate, out, progress_for=silent):
    table_rows = province_rows(aggregate)
    _form_docx(
        province_form_title(aggregate), _province_heading_facts(aggregate), PROVINCE_COLUMNS, table_rows,
        PROVINCE_CLOSING_LINES, out, progress_for(len(table_rows) + 1),
    )


def province_xlsx(aggregate, out, progress_for=silent):
    table_rows = province_rows(aggregate)
    _form_xlsx(
        "教材选用情况汇总", province_form_title(aggregate), _province_heading_facts(aggregate), PROVINCE_COLUMNS,
        table_rows, (6, 28, 24, 20, 12, 22, 12, 14, 14), out, progress_for(len(table_rows) + 1),
    )


# ------------------------------------------------------------------ the forms as jobs of the task queue (issue 18)

FILING_EXPORT = "filing_export"


@dataclass(frozen=True)
class Subject:
    """What a filing export is made of: the model of the filed object, its formats (format ->
    (builder, the form's name)), and the beginning of the file name for one object."""

    model: type
    formats: dict
    stem: Callable


SUBJECTS = {
    "round": Subject(
        SelectionRound, {"docx": (filing_docx, "备案表"), "xlsx": (selection_xlsx, "选用清单")},
        lambda r: f"{r.school.name}{r.term_label}{r.major.name}",
    ),
    "province": Subject(
        ProvincialFiling, {"docx": (province_docx, "汇总表"), "xlsx": (province_xlsx, "汇总清单")},
        lambda aggregate: province_form_title(aggregate).removesuffix("汇总表"),
    ),
}


def export_params(subject, obj, file_format):
    return {"subject": subject, "pk": obj.pk, "format": file_format}


def export_filename(subject, obj, file_format):
    return f"{SUBJECTS[subject].stem(obj)}{SUBJECTS[subject].formats[file_format][1]}.{file_format}"


def export_subject(params):
    """The filed object an export job works on, or None (deleted, or a forged row)."""
    subject = SUBJECTS.get(params.get("subject"))
    if subject is None or params.get("format") not in subject.formats:
        return None
    return subject.model._default_manager.filter(pk=params.get("pk")).first()


def may_see_export(user, job):
    """The same check as the pages the export is started from: the round's workspace (its school's
    committee, HRSS) or the provincial filing's page (HRSS)."""
    obj = export_subject(job.params)
    return (
        obj is not None and user.has_perm("wagtailadmin.access_admin")
        and policy_registry.get_by_type(type(obj)).user_has_any_permission_for_instance(user, READ_ACTIONS, obj)
    )


# ------------------------------------------------------------------ the public notice (S2, Art. 27(2))

NOTICE_COLUMNS = ("序号", "学校", "学期", "专业", "培养层级", "公示期", "课程", "教材名称", "版次", "ISBN", "出版单位", "例外选用理由")


def notice_rows(rounds):
    """One row per textbook on notice, round by round as the notice page lists them; a version
    stopped since (S12) says so by its title, as the page does."""
    result = []
    for selection_round in rounds:
        period = f"{selection_round.notice_starts_on:%Y-%m-%d}至{selection_round.notice_ends_on:%Y-%m-%d}"
        for line in selection_round.lines.all():
            version = line.version
            title = version.textbook.title + ("（已停止使用，S12）" if version.stopped_at else "")
            result.append([
                len(result) + 1, selection_round.school.name, selection_round.term_label, selection_round.major.name,
                selection_round.level.name, period, line.course.name, title, version.edition_label, line.isbn,
                version.publisher.name if version.publisher else "—", line.exception_reason or "—",
            ])
    return result


def notice_xlsx(rounds, out, today=None):
    rounds = list(rounds)
    today = today or timezone.localdate()
    facts = (("导出日期", f"{today:%Y年%-m月%-d日}"), ("正在公示", f"{len(rounds)} 项选用结果"))
    _form_xlsx(
        "教材选用结果公示", "技工院校教材选用结果公示清单", facts, NOTICE_COLUMNS, notice_rows(rounds),
        (6, 24, 16, 18, 10, 24, 20, 30, 10, 18, 24, 36), out, NoProgress(),
    )
