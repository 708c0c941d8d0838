"""Export of a course standard (StandardDoc) as a Word document laid out like a national
工学一体化课程标准.  No Django imports."""

from __future__ import annotations

import io

from curriculum.docx_io.labels import COURSE_SUBSECTION_TITLES, MAJOR_INFO_LABELS, TOP_SECTION_TITLES, WORK_ANALYSIS_LABELS
from curriculum.document import WORK_PROCESS_STEPS, CourseDoc, StandardDoc, normalize_line, paragraphs

# ==========================================================================
# Export
# ==========================================================================

LATIN_FONT = "Times New Roman"
BODY_FONT = "宋体"
HEADING_FONT = "黑体"
TEXT_WIDTH_CM = 14.6  # A4 (21 cm) minus 3.2 cm left and right margins

BODY_STYLE = "Standard Body"
CELL_STYLE = "Table Text"
CAPTION_STYLE = "Table Caption"


def export_standard(doc: StandardDoc) -> bytes:
    """The course standard as a Word document (A4, Chinese fonts, page numbers)."""
    from docx import Document  # imported lazily: module import stays cheap

    word = Document()
    writer = _Writer(word, doc)
    writer.setup()
    writer.write()
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


class _Writer:
    """Writes one StandardDoc into a python-docx Document."""

    def __init__(self, word, doc: StandardDoc):
        self.word = word
        self.doc = doc
        self.styles: dict[str, str] = {}  # role → style id

    # ------------------------------------------------------------- layout
    def setup(self) -> None:
        from docx.enum.section import WD_ORIENT
        from docx.shared import Mm

        section = self.word.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin = section.bottom_margin = Mm(25.4)
        section.left_margin = section.right_margin = Mm(32)
        section.header_distance = section.footer_distance = Mm(15)
        self._setup_styles()
        self._add_page_number_footer(section)
        properties = self.word.core_properties
        properties.title = normalize_line(self.doc.title)
        properties.subject = "工学一体化课程标准"
        properties.language = "zh-CN"
        properties.author = ""
        properties.keywords = f"{self.doc.major_code} {self.doc.major_name}"

    def _setup_styles(self) -> None:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt, RGBColor

        styles = self.word.styles
        _set_doc_default_fonts(self.word)
        normal = styles["Normal"]
        _set_style_font(normal, BODY_FONT, size=Pt(12))
        normal.paragraph_format.space_after = Pt(0)
        for name, size, before, after in (
            ("Heading 1", 16, 18, 12),
            ("Heading 2", 15, 15, 9),
            ("Heading 3", 12, 9, 6),
        ):
            style = styles[name]
            _set_style_font(style, HEADING_FONT, size=Pt(size), bold=False)
            style.font.color.rgb = RGBColor(0, 0, 0)
            style.paragraph_format.space_before = Pt(before)
            style.paragraph_format.space_after = Pt(after)
            style.paragraph_format.keep_with_next = True
        title = styles["Title"]
        _set_style_font(title, HEADING_FONT, size=Pt(22), bold=False)
        title.font.color.rgb = RGBColor(0, 0, 0)
        title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        title.paragraph_format.space_after = Pt(18)
        _remove_paragraph_border(title)

        body = styles.add_style(BODY_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        body.base_style = normal
        body.paragraph_format.first_line_indent = Pt(24)  # two Chinese characters
        body.paragraph_format.line_spacing = 1.5
        cell = styles.add_style(CELL_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        cell.base_style = normal
        _set_style_font(cell, BODY_FONT, size=Pt(10.5))
        cell.paragraph_format.line_spacing = 1.0
        caption = styles.add_style(CAPTION_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        caption.base_style = normal
        _set_style_font(caption, HEADING_FONT, size=Pt(10.5))
        caption.paragraph_format.space_before = Pt(6)
        caption.paragraph_format.space_after = Pt(3)
        caption.paragraph_format.keep_with_next = True
        # python-docx looks a style up on every assignment by object or name;
        # assigning ids directly keeps large exports fast.
        self.styles = {
            "title": title.style_id,
            "heading 1": styles["Heading 1"].style_id,
            "heading 2": styles["Heading 2"].style_id,
            "heading 3": styles["Heading 3"].style_id,
            "body": body.style_id,
            "cell": cell.style_id,
            "caption": caption.style_id,
            "grid": styles["Table Grid"].style_id,
        }

    def _add_page_number_footer(self, section) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        paragraph = section.footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run("第 ")
        _add_field(paragraph, "PAGE")
        paragraph.add_run(" 页 / 共 ")
        _add_field(paragraph, "NUMPAGES")
        paragraph.add_run(" 页")

    # ------------------------------------------------------------- content
    def write(self) -> None:
        doc = self.doc
        self._paragraph(normalize_line(doc.title), "title")
        self._heading(TOP_SECTION_TITLES["major_info"], 1)
        self._write_major_info()
        self._heading(TOP_SECTION_TITLES["training_goals"], 1)
        self._text(doc.training_goals)
        self._heading(TOP_SECTION_TITLES["course_plan"], 1)
        self._write_course_plan()
        self._heading(TOP_SECTION_TITLES["course_norms"], 1)
        self._text(doc.course_norms)
        for course in doc.courses:
            self._write_course(course)
        self._heading(TOP_SECTION_TITLES["typical_work_tasks"], 1)
        self._table(
            ["代码", "名称", "描述"],
            [[t.code, t.name, t.description] for t in doc.typical_work_tasks],
            [2.0, 4.0, 8.6],
        )
        self._heading(TOP_SECTION_TITLES["implementation_advice"], 1)
        self._text(doc.implementation_advice)
        self._heading(TOP_SECTION_TITLES["assessment_and_evaluation"], 1)
        self._text(doc.assessment_and_evaluation)

    def _write_major_info(self) -> None:
        doc = self.doc
        values = {
            "major_code": doc.major_code,
            "major_name": doc.major_name,
            "level": doc.level_label,
            "version_label": doc.version_label,
            "effective_term": doc.effective_term,
        }
        rows = [[label, values[key]] for key, label in MAJOR_INFO_LABELS.items()]
        self._table(None, rows, [3.6, 11.0], bold_first_column=True)

    def _write_course_plan(self) -> None:
        terms = self.doc.term_count()
        header = ["课程代码", "课程名称", *[f"第{i}学期" for i in range(1, terms + 1)], "合计"]
        rows = []
        totals = [0] * terms
        for row in self.doc.course_plan:
            hours = (list(row.hours_per_term) + [0] * terms)[:terms]
            totals = [a + b for a, b in zip(totals, hours)]
            rows.append([row.course_code, row.course_name, *map(str, hours), str(sum(hours))])
        rows.append(["合计", "", *map(str, totals), str(sum(totals))])
        term_width = max(0.9, (TEXT_WIDTH_CM - 2.2 - 3.6 - 1.3) / terms)
        self._table(header, rows, [2.2, 3.6, *[term_width] * terms, 1.3])

    def _write_course(self, course: CourseDoc) -> None:
        titles = COURSE_SUBSECTION_TITLES
        self._heading(f"{normalize_line(course.code)} {normalize_line(course.name)}", 2)
        self._heading(titles["baseline_hours"], 3)
        self._text(f"{course.baseline_hours}学时")
        self._heading(titles["typical_work_task_codes"], 3)
        self._text("\n".join(self._typical_task_reference(code) for code in course.typical_work_task_codes))
        self._heading(titles["task_description"], 3)
        self._text(course.task_description)
        self._heading(titles["work_analysis"], 3)
        analysis = [[label, getattr(course, key)] for key, label in WORK_ANALYSIS_LABELS.items()]
        self._table(None, analysis, [3.6, 11.0], bold_first_column=True)
        self._heading(titles["course_goals"], 3)
        self._text(course.course_goals)
        self._heading(titles["learning_content"], 3)
        self._text(course.learning_content)
        self._heading(titles["learning_tasks"], 3)
        self._write_learning_tasks(course)
        self._heading(titles["teaching_advice"], 3)
        self._text(course.teaching_advice)
        self._heading(titles["assessment"], 3)
        self._table(
            ["考核类型", "权重（%）", "说明"],
            [
                ["过程性考核", str(course.process_assessment_weight), course.process_assessment],
                ["终结性考核", str(course.final_assessment_weight), course.final_assessment],
            ],
            [2.6, 2.0, 10.0],
        )

    def _typical_task_reference(self, code: str) -> str:
        task = self.doc.typical_work_task(code)
        return f"{code}（{normalize_line(task.name)}）" if task else code

    def _write_learning_tasks(self, course: CourseDoc) -> None:
        rows = [
            [str(index), task.code, task.name, str(task.hours), task.description]
            for index, task in enumerate(course.learning_tasks, start=1)
        ]
        rows.append(["合计", "", "", str(course.learning_task_hours()), ""])
        self._table(["序号", "代码", "学习任务名称", "学时", "学习任务描述"], rows, [1.1, 1.9, 3.2, 1.2, 7.2])
        for task in course.learning_tasks:
            self._paragraph(f"学习任务 {task.code} {normalize_line(task.name)}：工作与学习过程", "caption")
            steps = [[step, task.step_text(step)] for step in WORK_PROCESS_STEPS]
            self._table(["工作环节", "学习活动"], steps, [2.6, 12.0], bold_first_column=True)

    # ------------------------------------------------------------- primitives
    def _paragraph(self, text: str, style: str):
        paragraph = self.word.add_paragraph(text)
        paragraph._p.style = self.styles[style]
        return paragraph

    def _heading(self, text: str, level: int) -> None:
        self._paragraph(text, f"heading {level}")

    def _text(self, text: str) -> None:
        for paragraph in paragraphs(text):
            self._paragraph(paragraph, "body")

    def _table(
        self,
        header: list[str] | None,
        rows: list[list[str]],
        widths_cm: list[float],
        bold_first_column: bool = False,
    ) -> None:
        from docx.enum.table import WD_TABLE_ALIGNMENT
        from docx.shared import Cm

        all_rows = ([header] if header else []) + rows
        table = self.word.add_table(rows=len(all_rows), cols=len(widths_cm))
        table._tbl.tblPr.style = self.styles["grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        widths = [Cm(w) for w in widths_cm]
        for row_index, (row, values) in enumerate(zip(table.rows, all_rows)):
            is_header = header is not None and row_index == 0
            if is_header:
                _mark_header_row(row)
            for col_index, (cell, value) in enumerate(zip(row.cells, values)):
                cell.width = widths[col_index]
                bold = is_header or (bold_first_column and col_index == 0)
                self._cell_text(cell, value, bold, shade=is_header)

    def _cell_text(self, cell, text: str, bold: bool, shade: bool) -> None:
        lines = paragraphs(text) or [""]
        style = self.styles["cell"]
        first = cell.paragraphs[0]
        first._p.style = style
        _add_run(first, lines[0], bold)
        for line in lines[1:]:
            paragraph = cell.add_paragraph()
            paragraph._p.style = style
            _add_run(paragraph, line, bold)
        if shade:
            _shade_cell(cell, "D9D9D9")


def _set_doc_default_fonts(word) -> None:
    from docx.oxml.ns import qn

    styles_element = word.styles.element
    defaults = styles_element.find(qn("w:docDefaults"))
    if defaults is None:
        return
    for rfonts in defaults.iter(qn("w:rFonts")):
        _plain_fonts(rfonts, BODY_FONT)
    for lang in defaults.iter(qn("w:lang")):
        lang.set(qn("w:eastAsia"), "zh-CN")


def _set_style_font(style, east_asia: str, size=None, bold: bool | None = None) -> None:
    rpr = style.element.get_or_add_rPr()
    _plain_fonts(rpr.get_or_add_rFonts(), east_asia)
    if size is not None:
        style.font.size = size
    if bold is not None:
        style.font.bold = bold


def _plain_fonts(rfonts, east_asia: str) -> None:
    """Explicit fonts instead of theme fonts (theme fonts would override them)."""
    from docx.oxml.ns import qn

    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attribute), None)
    rfonts.set(qn("w:ascii"), LATIN_FONT)
    rfonts.set(qn("w:hAnsi"), LATIN_FONT)
    rfonts.set(qn("w:cs"), LATIN_FONT)
    rfonts.set(qn("w:eastAsia"), east_asia)


def _remove_paragraph_border(style) -> None:
    from docx.oxml.ns import qn

    ppr = style.element.pPr
    border = ppr.find(qn("w:pBdr")) if ppr is not None else None
    if border is not None:
        ppr.remove(border)


def _add_field(paragraph, instruction: str) -> None:
    """A complex field (PAGE, NUMPAGES) that Word updates when laying out."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def fld_char(kind: str):
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        return element

    paragraph.add_run()._r.append(fld_char("begin"))
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    paragraph.add_run()._r.append(fld_char("separate"))
    paragraph.add_run("1")
    paragraph.add_run()._r.append(fld_char("end"))


def _add_run(paragraph, text: str, bold: bool) -> None:
    if text:
        run = paragraph.add_run(text)
        if bold:
            run.bold = True


def _mark_header_row(row) -> None:
    """Repeat the header row on every page the table spans."""
    from docx.oxml import OxmlElement

    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def _shade_cell(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


