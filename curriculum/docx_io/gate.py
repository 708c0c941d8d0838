"""The course-standard importer's gate: the shared OOXML gate (:mod:`cms.ooxml_gate`) with the
importer's tighter limits, then bounds on what python-docx will build a tree of (paragraphs,
tables, rows, cells).  Raises :class:`DocxImportError` with a Chinese message."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from cms.ooxml_gate import DOCX, OoxmlLimits, OoxmlRefused, check_ooxml

MAX_FILE_BYTES = 20 * 1024 * 1024  # size of the uploaded file
MAX_TOTAL_UNCOMPRESSED_BYTES = 50 * 1024 * 1024  # sum of all parts, unpacked
MAX_XML_PART_BYTES = 32 * 1024 * 1024  # one XML part, unpacked (python-docx parses it into a tree)
MAX_MEMBER_COUNT = 1_000  # zip members
MAX_PARAGRAPHS = 60_000  # paragraphs in the main document part (table cells included)
MAX_TABLES = 3_000  # tables in the main document part
MAX_TABLE_ROWS = 5_000  # rows of one table
MAX_TABLE_CELLS = 100_000  # rows × columns of one table

IMPORT_LIMITS = OoxmlLimits(
    max_file_bytes=MAX_FILE_BYTES,
    max_parts=MAX_MEMBER_COUNT,
    max_part_bytes=MAX_TOTAL_UNCOMPRESSED_BYTES,
    max_xml_part_bytes=MAX_XML_PART_BYTES,
    max_total_bytes=MAX_TOTAL_UNCOMPRESSED_BYTES,
)
_STRUCTURE_TAG_RE = re.compile(rb"<(/?)(?:[A-Za-z_][\w.\-]*:)?(tbl|tr|tc|p)((?:\s[^>]*)?/?)>")


@dataclass
class PackageInfo:
    """Facts established by :func:`inspect_docx_package`."""

    main_part: str
    member_count: int
    uncompressed_bytes: int
    paragraph_count: int
    table_count: int
    max_table_rows: int


class DocxImportError(Exception):
    """The file was refused; ``message`` is shown to the user as is."""

    def __init__(self, message: str, report: list | None = None):
        super().__init__(message)
        self.message = message
        self.report = list(report or [])


def inspect_docx_package(data: bytes, filename: str = "") -> PackageInfo:
    """Refuse anything that is not a plain, reasonably sized Word document, before python-docx
    touches the bytes; describe the package when it is safe."""
    if not data:
        raise DocxImportError("文件为空，请重新选择 Word 文档（.docx）。")
    try:
        report = check_ooxml(data, kind=DOCX, filename=filename, limits=IMPORT_LIMITS)
    except OoxmlRefused as refused:
        raise DocxImportError(refused.message) from refused
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        main_xml = archive.read(report.main_part)
    paragraphs, tables, max_rows = _check_document_structure(main_xml)
    return PackageInfo(report.main_part, report.part_count, report.uncompressed_bytes, paragraphs, tables, max_rows)


def _check_document_structure(main_xml: bytes) -> tuple[int, int, int]:
    """Count paragraphs, tables and rows/cells per table without building a tree."""
    paragraph_count = table_count = max_rows = 0
    open_tables: list[list[int]] = []  # [rows, cells] per open table
    for match in _STRUCTURE_TAG_RE.finditer(main_xml):
        closing, tag, rest = match.group(1), match.group(2), match.group(3)
        self_closing = rest.endswith(b"/")
        if closing:
            if tag == b"tbl" and open_tables:
                open_tables.pop()
            continue
        if tag == b"p":
            paragraph_count += 1
            if paragraph_count > MAX_PARAGRAPHS:
                raise DocxImportError(f"文档段落过多（超过 {MAX_PARAGRAPHS} 段），请拆分后再导入。")
        elif tag == b"tbl":
            table_count += 1
            if table_count > MAX_TABLES:
                raise DocxImportError(f"文档表格过多（超过 {MAX_TABLES} 个），请拆分后再导入。")
            if not self_closing:
                open_tables.append([0, 0])
        elif tag == b"tr" and open_tables:
            open_tables[-1][0] += 1
            max_rows = max(max_rows, open_tables[-1][0])
            if open_tables[-1][0] > MAX_TABLE_ROWS:
                raise DocxImportError(f"文档中有表格超过 {MAX_TABLE_ROWS} 行，表格过大，请拆分后再导入。")
        elif tag == b"tc" and open_tables:
            open_tables[-1][1] += 1
            if open_tables[-1][1] > MAX_TABLE_CELLS:
                raise DocxImportError(f"文档中有表格超过 {MAX_TABLE_CELLS} 个单元格，表格过大，请拆分后再导入。")
    return paragraph_count, table_count, max_rows
