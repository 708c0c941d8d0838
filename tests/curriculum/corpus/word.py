"""The few Word gestures teachers use, through python-docx (not the product's exporter)."""

import io

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt


def new_document():
    return docx.Document()


def save(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def title(document, text, style=True):
    """A centred title: Word's 标题 style, or just big bold centred text."""
    if style:
        return document.add_paragraph(text, style="Title")
    paragraph = document.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = True
    run.font.size = Pt(18)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return paragraph


def heading(document, text, level=1):
    return document.add_heading(text, level)


def bold(document, text):
    paragraph = document.add_paragraph()
    paragraph.add_run(text).bold = True
    return paragraph


def para(document, text):
    return document.add_paragraph(text)


def paras(document, text):
    for line in text.split("\n"):
        document.add_paragraph(line)


def numbered(document, items):
    """Word's own list numbering (编号按钮): the numbers are not in the text."""
    for item in items:
        document.add_paragraph(item, style="List Number")


def table(document, rows, bold_header=True):
    """A grid table; a cell value of None continues the merge of the cell on its left."""
    width = max(len(row) for row in rows)
    result = document.add_table(rows=len(rows), cols=width)
    result.style = "Table Grid"
    for r, (row, values) in enumerate(zip(result.rows, rows)):
        cells = row.cells
        for c, value in enumerate(values):
            if value is None:
                continue
            cell = cells[c]
            lines = str(value).split("\n")
            cell.paragraphs[0].add_run(lines[0]).bold = bold_header and r == 0
            for line in lines[1:]:
                cell.add_paragraph(line)
    for r, values in enumerate(rows):
        c = 0
        while c < len(values):
            end = c
            while end + 1 < len(values) and values[end + 1] is None:
                end += 1
            if end > c:
                result.cell(r, c).merge(result.cell(r, end))
            c = end + 1
    return result


def merge_down(table_, column, first_row, last_row):
    """Merge a column's cells vertically (a label spanning several rows)."""
    table_.cell(first_row, column).merge(table_.cell(last_row, column))


def page_break(document):
    paragraph = document.add_paragraph()
    run = paragraph.add_run()
    br = OxmlElement("w:br")
    br.set(qn("w:type"), "page")
    run._r.append(br)
