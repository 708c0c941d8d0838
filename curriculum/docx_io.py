"""Word (.docx) export and import of 工学一体化 course standards.

* :func:`export_standard` writes a :class:`~curriculum.document.StandardDoc`
  as a Word document laid out like a national 工学一体化课程标准.
* :func:`import_standard` reads such a document back — also one a teacher
  wrote by hand in the same structure — and reports, section by section, what
  it recognised.  It returns complete data or raises :class:`DocxImportError`;
  it never returns partial data.
* :func:`inspect_docx_package` is the single safety gate every upload passes
  before python-docx sees a byte of it (size, zip bombs, macros, XML entity
  tricks, huge tables …).

No Django imports here: the module is used by the Django app, by scripts and
by benchmarks alike.  User-facing messages are in Chinese.
"""

from __future__ import annotations

import io
import posixpath
import re
import struct
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from lxml import etree

from curriculum.document import (
    CODE_PATTERN,
    TRAINING_LEVELS,
    WORK_PROCESS_STEPS,
    CourseDoc,
    CoursePlanRow,
    LearningTaskDoc,
    StandardDoc,
    TypicalWorkTaskDoc,
    normalize_line,
    normalize_text,
    paragraphs,
)

__all__ = [
    "DocxImportError",
    "ImportResult",
    "PackageInfo",
    "SectionReport",
    "export_standard",
    "import_standard",
    "inspect_docx_package",
]

# ==========================================================================
# Limits of the safety gate (bytes unless stated otherwise)
# ==========================================================================

MAX_FILE_BYTES = 20 * 1024 * 1024  # size of the uploaded file
MAX_TOTAL_UNCOMPRESSED_BYTES = 50 * 1024 * 1024  # sum of all zip members, unpacked
MAX_MEMBER_COUNT = 1_000  # zip members
MAX_COMPRESSION_RATIO = 100  # per member, unpacked / packed …
RATIO_CHECK_MIN_BYTES = 1024 * 1024  # … for members larger than this when unpacked
MAX_PARAGRAPHS = 60_000  # paragraphs in the main document part (table cells included)
MAX_TABLES = 3_000  # tables in the main document part
MAX_TABLE_ROWS = 5_000  # rows of one table
MAX_TABLE_CELLS = 100_000  # rows × columns of one table
MAX_HEADING_CHARS = 80  # a bold line longer than this is body text, not a heading

CT_DOCUMENT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
CT_TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
REL_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
REL_STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"

STATUS_RECOGNISED = "识别"
STATUS_MISSING = "缺失"
STATUS_PARTIAL = "部分识别"


# ==========================================================================
# Public result and error types
# ==========================================================================


@dataclass
class SectionReport:
    """What the importer found for one section of the document."""

    name: str
    status: str  # STATUS_RECOGNISED / STATUS_MISSING / STATUS_PARTIAL
    detail: str


@dataclass
class PackageInfo:
    """Facts established by :func:`inspect_docx_package`."""

    main_part: str
    member_count: int
    uncompressed_bytes: int
    paragraph_count: int
    table_count: int
    max_table_rows: int


@dataclass
class ImportResult:
    document: StandardDoc
    report: list[SectionReport]
    warnings: list[str] = field(default_factory=list)  # curriculum-rule warnings
    package: PackageInfo | None = None


class DocxImportError(Exception):
    """The file was refused; ``message`` is shown to the user as is."""

    def __init__(self, message: str, report: list[SectionReport] | None = None):
        super().__init__(message)
        self.message = message
        self.report = list(report or [])


# ==========================================================================
# Safety gate
# ==========================================================================

_MACRO_EXTENSIONS = (".docm", ".dotm")
_XML_DECLARED_ENCODING_RE = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.\-]+)["']""")
_SAFE_XML_ENCODINGS = {"utf-8", "utf8", "utf-16", "utf16", "utf-16le", "utf-16be", "us-ascii", "ascii"}
_STRUCTURE_TAG_RE = re.compile(rb"<(/?)(?:[A-Za-z_][\w.\-]*:)?(tbl|tr|tc|p)((?:\s[^>]*)?/?)>")
_SAFE_XML_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
)


def inspect_docx_package(data: bytes, filename: str = "") -> PackageInfo:
    """Refuse anything that is not a plain, reasonably sized Word document.

    Runs before python-docx touches the bytes.  Raises :class:`DocxImportError`
    with a Chinese message; returns :class:`PackageInfo` when the file is safe.
    """
    _check_file_size(data)
    _check_filename(filename)
    _check_magic_bytes(data)
    _check_declared_member_count(data)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except Exception as exc:  # BadZipFile, NotImplementedError (“zip file version”), struct errors …
        raise DocxImportError("文件不是有效的 Word 文档（.docx）：压缩包结构已损坏。") from exc
    with archive:
        members = archive.infolist()
        total = _check_members(members)
        content_types = _read_content_types(archive)
        _check_no_macros(members, content_types)
        main_part = _find_main_part(archive)
        _check_main_content_type(main_part, content_types)
        main_xml = _check_xml_parts(archive, members, content_types, main_part)
    paragraphs_count, tables, max_rows = _check_document_structure(main_xml)
    return PackageInfo(main_part, len(members), total, paragraphs_count, tables, max_rows)


def _check_file_size(data: bytes) -> None:
    if not data:
        raise DocxImportError("文件为空，请重新选择 Word 文档（.docx）。")
    if len(data) > MAX_FILE_BYTES:
        raise DocxImportError(
            f"文件过大（{_mb(len(data))}），最大允许 {_mb(MAX_FILE_BYTES)}。请删除大图片或拆分文档后再导入。"
        )


def _check_filename(filename: str) -> None:
    name = (filename or "").strip().lower()
    if name.endswith(_MACRO_EXTENSIONS):
        raise DocxImportError("不接受包含宏的 Word 文件（.docm/.dotm）。请在 Word 中另存为“Word 文档（*.docx）”后再导入。")
    if name.endswith(".doc") or name.endswith(".wps"):
        raise DocxImportError("不支持旧版 Word（.doc）或 WPS（.wps）格式，请另存为“Word 文档（*.docx）”后再导入。")
    if name and "." in name and not name.endswith(".docx"):
        ext = name.rsplit(".", 1)[-1]
        raise DocxImportError(f"只能导入 Word 文档（.docx），不能导入 .{ext} 文件。")


def _check_magic_bytes(data: bytes) -> None:
    head = data[:8]
    if head.startswith(b"%PDF"):
        raise DocxImportError("这是 PDF 文件，不是 Word 文档（.docx）。请上传 Word 原文件。")
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise DocxImportError(
            "文件是旧版 Word（.doc）格式或设置了打开密码。请取消密码并另存为“Word 文档（*.docx）”后再导入。"
        )
    if not head.startswith(b"PK\x03\x04"):
        raise DocxImportError("文件不是有效的 Word 文档（.docx），无法读取。")


def _check_declared_member_count(data: bytes) -> None:
    """Read the entry count from the end-of-central-directory record, so a
    directory with millions of entries is refused before it is parsed."""
    tail = data[-(22 + 65_535):]
    pos = tail.rfind(b"PK\x05\x06")
    if pos < 0 or len(tail) - pos < 22:
        raise DocxImportError("文件不是有效的 Word 文档（.docx）：找不到压缩包目录。")
    total_entries, directory_size, directory_offset = struct.unpack("<HII", tail[pos + 10 : pos + 20])
    if total_entries == 0xFFFF or directory_size == 0xFFFFFFFF or directory_offset == 0xFFFFFFFF:
        raise DocxImportError("文件使用了 ZIP64 扩展格式，不像是普通的 Word 文档，已拒绝。")
    if total_entries > MAX_MEMBER_COUNT:
        raise DocxImportError(f"文件内部包含 {total_entries} 个部件，超过上限 {MAX_MEMBER_COUNT}，已拒绝。")


def _check_members(members: list[zipfile.ZipInfo]) -> int:
    """Member count, names, encryption, compression method and sizes."""
    if len(members) > MAX_MEMBER_COUNT:
        raise DocxImportError(f"文件内部包含 {len(members)} 个部件，超过上限 {MAX_MEMBER_COUNT}，已拒绝。")
    names = [info.filename for info in members]
    if len({name.lower() for name in names}) != len(names):
        raise DocxImportError("文件内部有重名部件，可能被篡改，已拒绝。")
    total = 0
    for info in members:
        if info.flag_bits & 0x1:
            raise DocxImportError("文件已加密或设置了密码，请取消密码后再导入。")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise DocxImportError(f"文件部件“{info.filename}”使用了不支持的压缩方式，已拒绝。")
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_CHECK_MIN_BYTES and ratio > MAX_COMPRESSION_RATIO:
            raise DocxImportError(
                f"文件部件“{info.filename}”的压缩比异常（约 {ratio:.0f}:1），疑似“压缩炸弹”，已拒绝。"
            )
        total += info.file_size
        if total > MAX_TOTAL_UNCOMPRESSED_BYTES:
            raise DocxImportError(
                f"文件解压后超过 {_mb(MAX_TOTAL_UNCOMPRESSED_BYTES)}，疑似“压缩炸弹”或包含过多图片，已拒绝。"
            )
    return total


def _read_member(archive: zipfile.ZipFile, name: str) -> bytes:
    """Unpack one member, never producing more than its declared size."""
    info = archive.getinfo(name)
    chunks: list[bytes] = []
    produced = 0
    try:
        with archive.open(info) as handle:
            while chunk := handle.read(1024 * 1024):
                produced += len(chunk)
                if produced > info.file_size or produced > MAX_TOTAL_UNCOMPRESSED_BYTES:
                    raise DocxImportError(f"文件部件“{name}”解压后的大小与声明不符，已拒绝。")
                chunks.append(chunk)
    except DocxImportError:
        raise
    except Exception as exc:  # zlib.error, BadZipFile (CRC), EOFError …
        raise DocxImportError(f"文件已损坏，无法读取部件“{name}”。") from exc
    return b"".join(chunks)


def _member_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """Lower-case part name → stored member name (OPC part names ignore case)."""
    return {info.filename.lower(): info.filename for info in archive.infolist()}


def _read_content_types(archive: zipfile.ZipFile) -> _ContentTypes:
    stored = _member_names(archive).get("[content_types].xml")
    if stored is None:
        raise DocxImportError("文件缺少 [Content_Types].xml，不是有效的 Word 文档（.docx）。")
    xml = _read_member(archive, stored)
    _check_xml_bytes(stored, xml)
    root = _parse_xml(stored, xml)
    types = _ContentTypes()
    for element in root:
        tag = etree.QName(element).localname if isinstance(element.tag, str) else ""
        if tag == "Default":
            types.defaults[element.get("Extension", "").lower()] = element.get("ContentType", "")
        elif tag == "Override":
            types.overrides[element.get("PartName", "").lstrip("/").lower()] = element.get("ContentType", "")
    return types


@dataclass
class _ContentTypes:
    defaults: dict[str, str] = field(default_factory=dict)
    overrides: dict[str, str] = field(default_factory=dict)

    def of(self, part_name: str) -> str:
        key = part_name.lstrip("/").lower()
        if key in self.overrides:
            return self.overrides[key]
        return self.defaults.get(posixpath.splitext(key)[1].lstrip("."), "")

    def all(self) -> Iterable[str]:
        return [*self.defaults.values(), *self.overrides.values()]


def _check_no_macros(members: list[zipfile.ZipInfo], content_types: _ContentTypes) -> None:
    for info in members:
        lowered = info.filename.lower()
        if posixpath.basename(lowered) in ("vbaproject.bin", "vbadata.xml"):
            raise DocxImportError("文件包含宏（VBA 代码），出于安全考虑已拒绝。请另存为不含宏的“Word 文档（*.docx）”。")
        if lowered.startswith("word/activex/"):
            raise DocxImportError("文件包含 ActiveX 控件，出于安全考虑已拒绝。请删除控件后再导入。")
    for content_type in content_types.all():
        lowered = content_type.lower()
        if "macroenabled" in lowered or "vbaproject" in lowered:
            raise DocxImportError("文件是启用宏的 Word 文档，出于安全考虑已拒绝。请另存为“Word 文档（*.docx）”后再导入。")


def _find_main_part(archive: zipfile.ZipFile) -> str:
    names = _member_names(archive)
    stored = names.get("_rels/.rels")
    if stored is None:
        raise DocxImportError("文件缺少包关系部件（_rels/.rels），不是有效的 Word 文档（.docx）。")
    xml = _read_member(archive, stored)
    _check_xml_bytes(stored, xml)
    root = _parse_xml(stored, xml)
    for rel in root:
        rel_type = rel.get("Type", "") if isinstance(rel.tag, str) else ""
        if rel_type == REL_STRICT_OFFICE_DOCUMENT:
            raise DocxImportError("文件是“严格 Open XML”格式，请在 Word 中另存为“Word 文档（*.docx）”后再导入。")
        if rel_type != REL_OFFICE_DOCUMENT:
            continue
        if rel.get("TargetMode", "Internal") != "Internal":
            raise DocxImportError("文件的主文档指向外部地址，已拒绝。")
        target = posixpath.normpath(posixpath.join("/", rel.get("Target", ""))).lstrip("/")
        if target.lower() in names:
            return names[target.lower()]
        raise DocxImportError(f"文件缺少主文档部件（{target}），不是完整的 Word 文档。")
    raise DocxImportError("文件中找不到主文档部件（word/document.xml），不是有效的 Word 文档（.docx）。")


def _check_main_content_type(main_part: str, content_types: _ContentTypes) -> None:
    content_type = content_types.of(main_part)
    if content_type == CT_DOCUMENT_MAIN:
        return
    if content_type == CT_TEMPLATE_MAIN:
        raise DocxImportError("这是 Word 模板（.dotx），请先用它新建文档并另存为 .docx 后再导入。")
    if "spreadsheetml" in content_type:
        raise DocxImportError("这是 Excel 表格文件，不是 Word 文档（.docx）。")
    if "presentationml" in content_type:
        raise DocxImportError("这是 PowerPoint 演示文稿，不是 Word 文档（.docx）。")
    raise DocxImportError(f"主文档部件的类型不正确（{content_type or '未声明'}），不是有效的 Word 文档（.docx）。")


def _is_xml_part(name: str, content_types: _ContentTypes) -> bool:
    lowered = name.lower()
    content_type = content_types.of(name).lower()
    return lowered.endswith((".xml", ".rels", ".vml")) or "xml" in content_type


def _check_xml_parts(
    archive: zipfile.ZipFile,
    members: list[zipfile.ZipInfo],
    content_types: _ContentTypes,
    main_part: str,
) -> bytes:
    """Refuse DTDs and entity declarations in every XML part; return the main part."""
    main_xml = b""
    for info in members:
        if info.is_dir() or not _is_xml_part(info.filename, content_types):
            continue
        xml = _read_member(archive, info.filename)
        _check_xml_bytes(info.filename, xml)
        if info.filename == main_part:
            main_xml = xml
    return main_xml


def _check_xml_bytes(name: str, xml: bytes) -> None:
    probe = xml.replace(b"\x00", b"") if b"\x00" in xml else xml
    if b"<!DOCTYPE" in probe or b"<!ENTITY" in probe:
        raise DocxImportError(f"文件部件“{name}”包含 DOCTYPE/实体声明（可能是 XML 攻击），出于安全考虑已拒绝。")
    declared = _XML_DECLARED_ENCODING_RE.match(probe.lstrip(b"\xef\xbb\xbf\xff\xfe"))
    if declared and declared.group(1).decode("ascii").lower() not in _SAFE_XML_ENCODINGS:
        raise DocxImportError(f"文件部件“{name}”使用了不支持的字符编码，已拒绝。")


def _parse_xml(name: str, xml: bytes) -> etree._Element:
    try:
        return etree.fromstring(xml, parser=_SAFE_XML_PARSER)
    except etree.XMLSyntaxError as exc:
        raise DocxImportError(f"文件已损坏：部件“{name}”不是有效的 XML。") from exc


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


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size} 字节"


# ==========================================================================
# Export
# ==========================================================================

LATIN_FONT = "Times New Roman"
BODY_FONT = "宋体"
HEADING_FONT = "黑体"
TEXT_WIDTH_CM = 14.6  # A4 (21 cm) minus 3.2 cm left and right margins

TOP_SECTION_TITLES = {
    "major_info": "一、专业信息",
    "training_goals": "二、培养目标",
    "course_plan": "三、课程安排",
    "course_norms": "四、课程规范",
    "typical_work_tasks": "五、典型工作任务",
    "implementation_advice": "六、实施建议",
    "assessment_and_evaluation": "七、考核与评价",
}
COURSE_SUBSECTION_TITLES = {
    "baseline_hours": "基准学时",
    "typical_work_task_codes": "对应典型工作任务",
    "task_description": "典型工作任务描述",
    "work_analysis": "工作内容分析",
    "course_goals": "课程目标",
    "learning_content": "学习内容",
    "learning_tasks": "参考性学习任务",
    "teaching_advice": "教学实施建议",
    "assessment": "教学考核要求",
}
WORK_ANALYSIS_LABELS = {
    "work_objects": "工作对象",
    "tools_materials": "工具、材料、设备与资料",
    "work_methods": "工作方法",
    "labour_organisation": "劳动组织方式",
    "work_requirements": "工作要求",
}
MAJOR_INFO_LABELS = {
    "major_code": "专业编码",
    "major_name": "专业名称",
    "level": "培养层级",
    "version_label": "版本",
    "effective_term": "生效学期",
}
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


# ==========================================================================
# Import — reading the Word body into simple blocks
# ==========================================================================

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


W_P, W_TBL, W_TR, W_TC, W_SDT, W_SDT_CONTENT, W_CUSTOM_XML = (
    _w("p"),
    _w("tbl"),
    _w("tr"),
    _w("tc"),
    _w("sdt"),
    _w("sdtContent"),
    _w("customXml"),
)
W_VAL = _w("val")
_RUNS_XPATH = etree.XPath(".//w:r[not(ancestor::w:txbxContent)]", namespaces={"w": W_NS})
_CELL_PARAGRAPHS_XPATH = etree.XPath("./w:p | ./w:sdt/w:sdtContent/w:p", namespaces={"w": W_NS})
_HEADING_NAME_RE = re.compile(r"^(?:heading|标题)\s*([1-9])$")


@dataclass
class _Para:
    text: str
    heading_level: int | None = None
    bold: bool = False
    is_title: bool = False

    @property
    def heading_like(self) -> bool:
        if self.is_title or not self.text:
            return False
        return self.heading_level is not None or (self.bold and len(self.text) <= MAX_HEADING_CHARS)


@dataclass
class _Table:
    cells: list[list[str]]  # one entry per <w:tc> of each row
    grid: list[list[str]]  # expanded over layout-grid columns (spans repeated)


_Block = _Para | _Table


@dataclass
class _StyleInfo:
    name: str = ""
    based_on: str | None = None
    outline_level: int | None = None
    bold: bool | None = None


class _Styles:
    """Heading level, title flag and boldness of the document's styles."""

    def __init__(self, styles_element) -> None:
        self.paragraph: dict[str, _StyleInfo] = {}
        self.character: dict[str, _StyleInfo] = {}
        self.default_paragraph: str | None = None
        for style in styles_element.iterchildren(_w("style")) if styles_element is not None else ():
            self._register(style)

    def _register(self, style) -> None:
        style_id = style.get(_w("styleId"))
        if not style_id:
            return
        info = _StyleInfo(
            name=(_child_val(style, "name") or "").strip().lower(),
            based_on=_child_val(style, "basedOn"),
            outline_level=_int_or_none(_child_val(style.find(_w("pPr")), "outlineLvl")),
            bold=_on_off(style.find(_w("rPr")), "b"),
        )
        kind = style.get(_w("type"))
        if kind == "paragraph":
            self.paragraph[style_id] = info
            if _on_off_attr(style.get(_w("default"))):
                self.default_paragraph = style_id
        elif kind == "character":
            self.character[style_id] = info

    def _chain(self, table: dict[str, _StyleInfo], style_id: str | None) -> Iterator[_StyleInfo]:
        seen: set[str] = set()
        while style_id and style_id in table and style_id not in seen and len(seen) < 20:
            seen.add(style_id)
            yield table[style_id]
            style_id = table[style_id].based_on

    def heading_level(self, style_id: str | None) -> int | None:
        for info in self._chain(self.paragraph, style_id or self.default_paragraph):
            match = _HEADING_NAME_RE.match(info.name)
            if match:
                return int(match.group(1))
            if info.outline_level is not None and 0 <= info.outline_level < 9:
                return info.outline_level + 1
        return None

    def is_title(self, style_id: str | None) -> bool:
        return any(info.name in ("title", "标题") for info in self._chain(self.paragraph, style_id))

    def paragraph_bold(self, style_id: str | None) -> bool:
        for info in self._chain(self.paragraph, style_id or self.default_paragraph):
            if info.bold is not None:
                return info.bold
        return False

    def character_bold(self, style_id: str | None) -> bool | None:
        for info in self._chain(self.character, style_id):
            if info.bold is not None:
                return info.bold
        return None


def _child_val(element, tag: str) -> str | None:
    if element is None:
        return None
    child = element.find(_w(tag))
    return None if child is None else child.get(W_VAL)


def _int_or_none(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _on_off_attr(value: str | None) -> bool:
    return value is None or value.strip().lower() not in ("0", "false", "off", "none")


def _on_off(rpr, tag: str) -> bool | None:
    if rpr is None:
        return None
    child = rpr.find(_w(tag))
    return None if child is None else _on_off_attr(child.get(W_VAL))


def _read_blocks(word) -> list[_Block]:
    styles = _Styles(word.styles.element)
    blocks: list[_Block] = []
    for element in _iter_body_elements(word.element.body):
        if element.tag == W_P:
            paragraph = _read_paragraph(element, styles)
            if paragraph.text:
                blocks.append(paragraph)
        else:
            blocks.append(_read_table(element))
    return blocks


def _iter_body_elements(container) -> Iterator:
    for child in container.iterchildren():
        if child.tag in (W_P, W_TBL):
            yield child
        elif child.tag == W_SDT:
            content = child.find(W_SDT_CONTENT)
            if content is not None:
                yield from _iter_body_elements(content)
        elif child.tag == W_CUSTOM_XML:
            yield from _iter_body_elements(child)


def _read_paragraph(p, styles: _Styles) -> _Para:
    style_id = _child_val(p.find(_w("pPr")), "pStyle")
    runs = _RUNS_XPATH(p)
    texts = [run.text for run in runs]
    text = normalize_line("".join(texts))
    if not text:
        return _Para("")
    level = _int_or_none(_child_val(p.find(_w("pPr")), "outlineLvl"))
    heading_level = level + 1 if level is not None and 0 <= level < 9 else styles.heading_level(style_id)
    style_bold = styles.paragraph_bold(style_id)
    visible = [run for run, run_text in zip(runs, texts) if run_text.strip()]
    bold = bool(visible) and all(_run_bold(run, styles, style_bold) for run in visible)
    return _Para(text, heading_level, bold, styles.is_title(style_id))


def _run_bold(run, styles: _Styles, paragraph_bold: bool) -> bool:
    rpr = run.find(_w("rPr"))
    direct = _on_off(rpr, "b")
    if direct is not None:
        return direct
    character = styles.character_bold(_child_val(rpr, "rStyle"))
    return paragraph_bold if character is None else character


def _read_table(tbl) -> _Table:
    cells: list[list[str]] = []
    grid: list[list[str]] = []
    for tr in tbl.iterchildren(W_TR):
        row_cells: list[str] = []
        grid_row: list[str] = [""] * _clamped_int(_child_val(tr.find(_w("trPr")), "gridBefore"), 0)
        for tc in tr.iterchildren(W_TC):
            tc_pr = tc.find(_w("tcPr"))
            span = _clamped_int(_child_val(tc_pr, "gridSpan"), 1)
            vmerge = tc_pr.find(_w("vMerge")) if tc_pr is not None else None
            if vmerge is not None and vmerge.get(W_VAL, "continue") == "continue":
                above = grid[-1] if grid else []
                text = above[len(grid_row)] if len(above) > len(grid_row) else ""
            else:
                text = _cell_text(tc)
            row_cells.append(text)
            grid_row.extend([text] * span)
        cells.append(row_cells)
        grid.append(grid_row)
    return _Table(cells, grid)


def _clamped_int(value: str | None, default: int) -> int:
    number = _int_or_none(value)
    return default if number is None else max(default, min(number, 63))


def _cell_text(tc) -> str:
    lines = ["".join(run.text for run in _RUNS_XPATH(p)) for p in _CELL_PARAGRAPHS_XPATH(tc)]
    return normalize_text("\n".join(lines))


# ==========================================================================
# Import — recognising headings, labels and table headers
# ==========================================================================

_NUMBERING_RE = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇\d]+(?:部分|章|节|条|项)?"
    r"|[一二三四五六七八九十]+(?=[、.:\s])"
    r"|\d+(?:\.\d+)*"
    r"|[(][一二三四五六七八九十\d]+[)]"
    r"|[\u2460-\u2473\u2474-\u2487])"
    r"[\s、.:)]*"
)
_SQUASH_RE = re.compile(r"[\s、，,。.:;；!?'\"“”‘’()\[\]【】《》<>〈〉/\\|·•\-—–_~%*＊※]+")
_PARENTHESES_RE = re.compile(r"[(（][^()（）]*[)）]")
_TOTAL_WORDS = {"合计", "总计", "小计", "合计学时", "总学时", "学时合计", "总计学时"}


def _squash(text: str) -> str:
    """Text reduced for comparison: NFKC (full-width → half-width), no
    whitespace, no punctuation, lower case."""
    return _SQUASH_RE.sub("", unicodedata.normalize("NFKC", text)).lower()


def _strip_numbering(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).strip()
    for _ in range(2):
        stripped = _NUMBERING_RE.sub("", text, count=1).strip()
        if stripped == text or not stripped:
            break
        text = stripped
    return text


def _alias_table(aliases: dict[str, Iterable[str]]) -> dict[str, str]:
    return {_squash(alias): key for key, names in aliases.items() for alias in names}


def _match(text: str, table: dict[str, str]) -> str | None:
    """The key whose alias the (numbered, punctuated) text is, if any."""
    return table.get(_squash(_strip_numbering(text)))


def _match_header(text: str, table: dict[str, str]) -> str | None:
    """Like _match, ignoring a trailing unit in parentheses (“权重（%）”)."""
    return _match(text, table) or table.get(_squash(_PARENTHESES_RE.sub("", _strip_numbering(text))))


TOP_SECTIONS = _alias_table(
    {
        "major_info": ["专业信息", "专业基本信息", "专业概况"],
        "training_goals": ["培养目标"],
        "course_plan": ["课程安排", "课程设置", "课程设置与安排", "课程安排表"],
        "course_norms": ["课程规范", "一体化课程规范", "工学一体化课程规范"],
        "typical_work_tasks": ["典型工作任务", "典型工作任务一览", "典型工作任务表", "典型工作任务一览表"],
        "implementation_advice": ["实施建议"],
        "assessment_and_evaluation": ["考核与评价", "考核评价", "评价与考核"],
    }
)
TOP_SECTION_NAMES = {key: title.split("、", 1)[1] for key, title in TOP_SECTION_TITLES.items()}
REQUIRED_TOP_SECTIONS = ("major_info", "training_goals", "course_plan", "course_norms", "typical_work_tasks")

COURSE_SUBSECTIONS = _alias_table(
    {
        "baseline_hours": ["基准学时", "课程学时", "参考学时"],
        "typical_work_task_codes": ["对应典型工作任务", "对应的典型工作任务", "对应工作任务"],
        "task_description": ["典型工作任务描述", "工作任务描述"],
        "work_analysis": ["工作内容分析"],
        "course_goals": ["课程目标"],
        "learning_content": ["学习内容"],
        "learning_tasks": ["参考性学习任务", "参考学习任务", "学习任务", "学习任务设计"],
        "teaching_advice": ["教学实施建议", "教学建议"],
        "assessment": ["教学考核要求", "考核要求", "课程考核", "教学考核", "课程考核要求"],
    }
)
WORK_ANALYSIS_FIELDS = _alias_table(
    {
        "work_objects": ["工作对象"],
        "tools_materials": [
            "工具、材料、设备与资料",
            "工具、材料、设备和资料",
            "工具、设备、材料与资料",
            "工具、材料与设备",
            "工具、材料、设备",
        ],
        "work_methods": ["工作方法"],
        "labour_organisation": ["劳动组织方式", "劳动组织", "劳动组织形式"],
        "work_requirements": ["工作要求"],
    }
)
MAJOR_INFO_FIELDS = _alias_table(
    {
        "major_code": ["专业编码", "专业代码", "专业编号"],
        "major_name": ["专业名称"],
        "level": ["培养层级", "培养层次", "层级", "技能层级"],
        "version_label": ["版本", "版本号", "标准版本"],
        "effective_term": ["生效学期", "实施学期", "执行学期", "生效时间", "启用学期"],
    }
)
COURSE_PLAN_COLUMNS = _alias_table(
    {
        "code": ["课程代码", "课程编码", "课程编号", "代码"],
        "name": ["课程名称", "名称", "课程"],
        "total": ["合计", "总学时", "合计学时", "学时合计", "小计"],
    }
)
TYPICAL_TASK_COLUMNS = _alias_table(
    {
        "code": ["代码", "任务代码", "编号", "典型工作任务代码"],
        "seq": ["序号"],
        "name": ["名称", "任务名称", "典型工作任务", "典型工作任务名称"],
        "description": ["描述", "任务描述", "典型工作任务描述", "工作任务描述", "说明"],
    }
)
LEARNING_TASK_COLUMNS = _alias_table(
    {
        "seq": ["序号"],
        "code": ["代码", "学习任务代码", "任务代码", "编号", "序号/代码"],
        "name": ["学习任务名称", "学习任务", "任务名称", "名称"],
        "hours": ["学时", "参考学时", "基准学时", "课时"],
        "description": ["学习任务描述", "任务描述", "描述", "学习任务简介"],
    }
)
ASSESSMENT_COLUMNS = _alias_table(
    {
        "type": ["考核类型", "考核方式", "类型", "考核项目", "考核类别"],
        "weight": ["权重", "比例", "占比", "比重", "权重%"],
        "description": ["说明", "考核说明", "考核内容", "内容", "要求", "考核要求"],
    }
)
_STEP_KEYWORDS = (  # checked in this order: the first keyword found in a label wins
    ("获取信息", "获取信息"),
    ("明确任务", "获取信息"),
    ("资讯", "获取信息"),
    ("决策", "做出决策"),
    ("实施", "实施计划"),
    ("计划", "制定计划"),
    ("检查", "检查控制"),
    ("评价", "评价反馈"),
    ("反馈", "评价反馈"),
)
_LEVEL_KEYWORDS = (("技师", "technician"), ("高级", "advanced"), ("中级", "intermediate"))
_TERM_RE = re.compile(r"^第?([0-9]+|[一二三四五六七八九十]+)学期$")
_CHINESE_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九十")}
_COURSE_HEADING_RE = re.compile(rf"^({CODE_PATTERN})(?:\s+|[:：、]\s*|(?=[^\x00-\x7f]))(\S.*)$")
_LEADING_CODE_RE = re.compile(rf"^({CODE_PATTERN})(?![A-Za-z0-9_\-./])")
_CODE_LIST_RE = re.compile(rf"^{CODE_PATTERN}(?:[\s、，,；;]+{CODE_PATTERN})*$")
_COURSE_NUMBERING_RE = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]\s*|[（(][一二三四五六七八九十\d]+[)）]\s*|\d+[、．]\s*|\d+\.\s+)")
_LABEL_VALUE_RE = re.compile(r"^([^:：]{1,20})[:：]\s*(.*)$")


def _is_code_text(value: str) -> bool:
    return bool(re.fullmatch(CODE_PATTERN, value)) and any(ch.isdigit() for ch in value)


def _parse_course_heading(text: str) -> tuple[str, str] | None:
    """“0203-01 数控车床零件加工” (optionally numbered) → (code, name)."""
    match = _COURSE_HEADING_RE.match(_COURSE_NUMBERING_RE.sub("", text, count=1))
    if match and _is_code_text(match.group(1)):
        return match.group(1), match.group(2).strip()
    return None


def _parse_term(header: str) -> int | None:
    match = _TERM_RE.match(_squash(header))
    if not match:
        return None
    value = match.group(1)
    if value.isdigit():
        return int(value)
    if value == "十":
        return 10
    if value.startswith("十"):
        return 10 + _CHINESE_DIGITS.get(value[1:], 0)
    return _CHINESE_DIGITS.get(value) if len(value) == 1 else None


def _parse_int(text: str) -> int | None:
    """“120”, “120学时”, “40%”, “４０％” → int; anything else → None."""
    value = unicodedata.normalize("NFKC", text).strip()
    value = re.sub(r"\s*(学时|课时|%|h|小时)$", "", value, flags=re.IGNORECASE).strip()
    return int(value) if re.fullmatch(r"\d{1,6}", value) else None


def _first_int(text: str) -> int | None:
    match = re.search(r"\d{1,6}", unicodedata.normalize("NFKC", text))
    return int(match.group(0)) if match else None


def _step_of(label: str) -> str | None:
    squashed = _squash(label)
    if not squashed or len(squashed) > 20:
        return None
    return next((step for keyword, step in _STEP_KEYWORDS if keyword in squashed), None)


# ==========================================================================
# Import — sections
# ==========================================================================


class _SectionError(Exception):
    """A required part could not be read; the message is Chinese."""


@dataclass
class _CourseBlocks:
    code: str
    name: str
    preamble: list[_Block] = field(default_factory=list)
    subsections: dict[str, list[_Block]] = field(default_factory=dict)


@dataclass
class _Outline:
    title: _Para | None = None
    preamble: list[_Block] = field(default_factory=list)
    sections: dict[str, list[_Block]] = field(default_factory=dict)


def import_standard(data: bytes, filename: str = "") -> ImportResult:
    """Read a course standard from a .docx file (complete or not at all)."""
    package = inspect_docx_package(data, filename)
    word = _open_word(data)
    try:
        blocks = _read_blocks(word)
    except Exception as exc:  # malformed WordprocessingML that python-docx still opened
        raise DocxImportError("文件内容结构异常，无法读取。请在 Word 中打开后另存为 .docx 再试。") from exc
    return _Recogniser(blocks, filename, package).run()


def _open_word(data: bytes):
    from docx import Document

    try:
        return Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds of errors for broken files
        raise DocxImportError("文件已损坏或不是标准的 Word 文档，无法打开。请在 Word 中另存为 .docx 后再试。") from exc


def _split_outline(blocks: list[_Block]) -> _Outline:
    outline = _Outline()
    current: str | None = None
    for block in blocks:
        if isinstance(block, _Para):
            if block.is_title and current is None and outline.title is None:
                outline.title = block
                continue
            key = _top_section_of(block, current)
            if key:
                current = key
                outline.sections.setdefault(key, [])
                continue
        if current is None:
            outline.preamble.append(block)
        else:
            outline.sections[current].append(block)
    return outline


def _top_section_of(block: _Para, current: str | None) -> str | None:
    """The top-level section a heading opens.  Inside 课程规范 a level-2/3
    heading of the form “课程代码 课程名称” is a course, whatever its name says."""
    if not block.heading_like:
        return None
    if current == "course_norms" and (block.heading_level or 0) >= 2 and _parse_course_heading(block.text):
        return None
    return _match(block.text, TOP_SECTIONS)


def _text_of(blocks: list[_Block]) -> tuple[str, int]:
    """Paragraph text of a free-text section; tables are kept row by row.
    Returns the text and the number of tables turned into text."""
    lines: list[str] = []
    tables = 0
    for block in blocks:
        if isinstance(block, _Para):
            lines.append(block.text)
        else:
            tables += 1
            lines += [" | ".join(_dedupe(row)) for row in block.cells if any(row)]
    return normalize_text("\n".join(lines)), tables


def _dedupe(row: list[str]) -> list[str]:
    result: list[str] = []
    for value in row:
        value = value.replace("\n", " ")
        if value and (not result or result[-1] != value):
            result.append(value)
    return result


def _label_values(blocks: list[_Block], fields: dict[str, str]) -> dict[str, str]:
    """Label → value pairs from tables (label cell followed by value cell, or
    a header row of labels above a value row) and from “标签：内容” paragraphs."""
    found: dict[str, str] = {}
    current: str | None = None
    for block in blocks:
        if isinstance(block, _Table):
            for key, value in _table_label_values(block, fields):
                found.setdefault(key, value)
            current = None
            continue
        match = _LABEL_VALUE_RE.match(unicodedata.normalize("NFKC", block.text))
        key = _match(match.group(1), fields) if match else _match(block.text, fields)
        if key:
            current = key
            found.setdefault(key, normalize_text(match.group(2)) if match else "")
        elif current and found.get(current) is not None:
            found[current] = normalize_text(f"{found[current]}\n{block.text}")
    return found


def _table_label_values(table: _Table, fields: dict[str, str]) -> Iterator[tuple[str, str]]:
    rows = table.cells
    for index, row in enumerate(rows):
        keys = [_match(cell, fields) for cell in row]
        non_empty = [cell for cell in row if cell]
        if len(non_empty) >= 3 and all(keys[i] for i, cell in enumerate(row) if cell) and index + 1 < len(rows):
            values = table.grid[index + 1]
            header = table.grid[index]
            for col, cell in enumerate(header):
                key = _match(cell, fields)
                if key and col < len(values):
                    yield key, values[col]
            continue
        col = 0
        while col < len(row) - 1:
            if keys[col]:
                yield keys[col], row[col + 1]
                col += 2
            else:
                col += 1


def _find_header(
    table: _Table, columns: dict[str, str], required: set[str], scan_rows: int = 3
) -> tuple[int, dict[str, int]] | None:
    for index, row in enumerate(table.grid[:scan_rows]):
        mapping: dict[str, int] = {}
        for col, cell in enumerate(row):
            key = _match_header(cell, columns)
            if key and key not in mapping:
                mapping[key] = col
        if required <= mapping.keys():
            return index, mapping
    return None


def _cell(row: list[str], col: int | None) -> str:
    return row[col] if col is not None and col < len(row) else ""


def _is_total_row(*values: str) -> bool:
    return any(_squash(value) in _TOTAL_WORDS for value in values)


def _tables(blocks: list[_Block]) -> list[_Table]:
    return [block for block in blocks if isinstance(block, _Table)]


# --------------------------------------------------------------------------
# Section parsers (each raises _SectionError with a Chinese message)
# --------------------------------------------------------------------------


def _parse_major_info(blocks: list[_Block]) -> tuple[dict[str, str], list[str]]:
    values = _label_values(blocks, MAJOR_INFO_FIELDS)
    missing = [MAJOR_INFO_LABELS[key] for key in ("major_code", "major_name", "level") if not values.get(key)]
    if missing:
        raise _SectionError(f"“专业信息”中缺少：{'、'.join(missing)}")
    values["level"] = _parse_level(values["level"])
    notes = [f"未找到“{MAJOR_INFO_LABELS[key]}”，已留空" for key in ("version_label", "effective_term") if key not in values]
    return {key: normalize_line(value) for key, value in values.items()}, notes


def _parse_level(text: str) -> str:
    squashed = _squash(text)
    if squashed in TRAINING_LEVELS:
        return squashed
    for keyword, key in _LEVEL_KEYWORDS:
        if keyword in squashed:
            return key
    raise _SectionError(f"培养层级“{text}”无法识别，应为：{'、'.join(TRAINING_LEVELS.values())}")


def _parse_course_plan(blocks: list[_Block]) -> tuple[list[CoursePlanRow], list[str]]:
    for table in _tables(blocks):
        found = _find_header(table, COURSE_PLAN_COLUMNS, {"code", "name"})
        if found:
            return _read_course_plan(table, *found)
    raise _SectionError("“课程安排”中没有找到课程安排表（表头应包含：课程代码、课程名称、第1学期……）")


def _read_course_plan(table: _Table, header_row: int, columns: dict[str, int]) -> tuple[list[CoursePlanRow], list[str]]:
    terms = _term_columns(table.grid[header_row])
    first_data = header_row + 1
    if not terms and header_row + 1 < len(table.grid):  # two-row header: “学期” above “1 2 3 …”
        terms = _term_columns(table.grid[header_row + 1], bare_numbers=True)
        first_data = header_row + 2
    if not terms:
        raise _SectionError("课程安排表中没有找到学期列（如“第1学期”）")
    rows: list[CoursePlanRow] = []
    notes: list[str] = []
    for number, grid_row in enumerate(table.grid[first_data:], start=first_data + 1):
        code, name = _cell(grid_row, columns["code"]), _cell(grid_row, columns["name"])
        if _skip_plan_row(grid_row, code, name):
            continue
        if not code:
            raise _SectionError(f"课程安排表第 {number} 行（{name}）缺少课程代码")
        hours = [_plan_hours(_cell(grid_row, terms[term]), number, term) for term in sorted(terms)]
        rows.append(CoursePlanRow(normalize_line(code), normalize_line(name), hours))
        total = _parse_int(_cell(grid_row, columns.get("total")))
        if total is not None and total != sum(hours):
            notes.append(f"课程“{code}”的合计 {total} 与各学期之和 {sum(hours)} 不一致，已按各学期学时计算")
    return rows, notes


def _plan_codes(blocks: list[_Block]) -> set[str]:
    """Course codes in the plan table, read even when its hours are not readable:
    they tell bold course titles in 课程规范 apart from other bold lines."""
    codes: set[str] = set()
    for table in _tables(blocks):
        found = _find_header(table, COURSE_PLAN_COLUMNS, {"code", "name"})
        if found:
            header_row, columns = found
            codes |= {_cell(row, columns["code"]) for row in table.grid[header_row + 1 :]}
    return codes - {""}


def _term_columns(header: list[str], bare_numbers: bool = False) -> dict[int, int]:
    terms: dict[int, int] = {}
    for col, cell in enumerate(header):
        number = _parse_term(cell)
        if number is None and bare_numbers:
            number = _parse_int(cell)
        if number and number not in terms:
            terms[number] = col
    return terms


def _skip_plan_row(grid_row: list[str], code: str, name: str) -> bool:
    if not any(grid_row) or _is_total_row(code) or (not code and _is_total_row(name)):
        return True
    # a merged category row such as “一体化课程” repeats one text in every column
    return len(set(grid_row)) == 1 and _parse_int(grid_row[0]) is None


def _plan_hours(text: str, row_number: int, term: int) -> int:
    if _squash(text) in ("", "0", "无") or text.strip() in ("-", "—", "/"):
        return 0
    hours = _parse_int(text)
    if hours is None:
        raise _SectionError(f"课程安排表第 {row_number} 行第 {term} 学期的“{text}”不是学时数")
    return hours


def _parse_typical_tasks(blocks: list[_Block]) -> list[TypicalWorkTaskDoc]:
    for table in _tables(blocks):
        found = _find_header(table, TYPICAL_TASK_COLUMNS, {"name"})
        if found and ({"code", "seq"} & found[1].keys()):
            return _read_typical_tasks(table, *found)
    raise _SectionError("“典型工作任务”中没有找到任务表（表头应包含：代码、名称、描述）")


def _read_typical_tasks(table: _Table, header_row: int, columns: dict[str, int]) -> list[TypicalWorkTaskDoc]:
    tasks = []
    code_col = columns.get("code", columns.get("seq"))
    for number, row in enumerate(table.grid[header_row + 1 :], start=header_row + 2):
        code, name = _cell(row, code_col), _cell(row, columns["name"])
        if not any(row) or _is_total_row(code):
            continue
        if not code or not name:
            raise _SectionError(f"典型工作任务表第 {number} 行缺少{'代码' if not code else '名称'}")
        tasks.append(
            TypicalWorkTaskDoc(normalize_line(code), normalize_line(name), _cell(row, columns.get("description")))
        )
    return tasks


def _split_courses(blocks: list[_Block], plan_codes: set[str]) -> tuple[list[_Block], list[_CourseBlocks]]:
    general: list[_Block] = []
    courses: list[_CourseBlocks] = []
    subsection: str | None = None
    for block in blocks:
        if isinstance(block, _Para) and block.heading_like:
            heading = _parse_course_heading(block.text)
            if heading and (block.heading_level == 2 or heading[0] in plan_codes):
                courses.append(_CourseBlocks(*heading))
                subsection = None
                continue
            key = _match(block.text, COURSE_SUBSECTIONS)
            if key and courses:
                subsection = key
                courses[-1].subsections.setdefault(key, [])
                continue
            if key:
                raise _SectionError(
                    f"“课程规范”中出现了“{block.text}”小节，但它前面没有课程标题"
                    "（课程标题格式为“课程代码 课程名称”，如“0203-01 数控车床零件加工”）"
                )
        if not courses:
            general.append(block)
        elif subsection is None:
            courses[-1].preamble.append(block)
        else:
            courses[-1].subsections[subsection].append(block)
    return general, courses


class _CourseParser:
    """Turns the blocks of one course into a CourseDoc."""

    def __init__(self, blocks: _CourseBlocks):
        self.blocks = blocks
        self.where = f"课程“{blocks.code} {blocks.name}”"
        self.notes: list[str] = []
        self._take_preamble_labels()

    def _take_preamble_labels(self) -> None:
        """“基准学时：120学时” written as a line right under the course title."""
        for block in self.blocks.preamble:
            if not isinstance(block, _Para):
                continue
            match = _LABEL_VALUE_RE.match(unicodedata.normalize("NFKC", block.text))
            key = _match(match.group(1), COURSE_SUBSECTIONS) if match else None
            if key in ("baseline_hours", "typical_work_task_codes") and key not in self.blocks.subsections:
                self.blocks.subsections[key] = [_Para(match.group(2))]

    def parse(self) -> CourseDoc:
        subs = self.blocks.subsections
        missing = [title for key, title in COURSE_SUBSECTION_TITLES.items() if key not in subs]
        if "baseline_hours" not in subs:
            raise _SectionError(f"{self.where}缺少“基准学时”")
        if missing:
            self.notes.append(f"缺少小节：{'、'.join(missing)}，已留空")
        course = CourseDoc(
            code=self.blocks.code,
            name=self.blocks.name,
            baseline_hours=self._baseline_hours(),
            typical_work_task_codes=self._typical_task_codes(),
            task_description=self._text("task_description"),
            course_goals=self._text("course_goals"),
            learning_content=self._text("learning_content"),
            teaching_advice=self._text("teaching_advice"),
            learning_tasks=self._learning_tasks(),
        )
        self._work_analysis(course)
        self._assessment(course)
        return course

    def _text(self, key: str) -> str:
        text, tables = _text_of(self.blocks.subsections.get(key, []))
        if tables:
            self.notes.append(f"“{COURSE_SUBSECTION_TITLES[key]}”中的 {tables} 个表格已按行转为文字")
        return text

    def _baseline_hours(self) -> int:
        text, _ = _text_of(self.blocks.subsections["baseline_hours"])
        hours = _first_int(text)
        if hours is None:
            raise _SectionError(f"{self.where}的基准学时“{text}”中没有数字")
        return hours

    def _typical_task_codes(self) -> list[str]:
        codes: list[str] = []
        for block in self.blocks.subsections.get("typical_work_task_codes", []):
            if not isinstance(block, _Para):
                continue
            text = unicodedata.normalize("NFKC", block.text)
            if _CODE_LIST_RE.match(text):
                codes += [c for c in re.split(r"[\s、，,；;]+", text) if c]
            elif match := _LEADING_CODE_RE.match(text):
                codes.append(match.group(1))
        return codes

    def _work_analysis(self, course: CourseDoc) -> None:
        blocks = self.blocks.subsections.get("work_analysis")
        if blocks is None:
            return
        values = _label_values(blocks, WORK_ANALYSIS_FIELDS)
        if not values:
            raise _SectionError(f"{self.where}的“工作内容分析”无法读取（应为含“工作对象”“工作方法”等五项的表格）")
        missing = [label for key, label in WORK_ANALYSIS_LABELS.items() if key not in values]
        if missing:
            self.notes.append(f"工作内容分析缺少：{'、'.join(missing)}")
        for key, value in values.items():
            setattr(course, key, normalize_text(value))

    def _assessment(self, course: CourseDoc) -> None:
        blocks = self.blocks.subsections.get("assessment")
        if blocks is None:
            return
        for table in _tables(blocks):
            found = _find_header(table, ASSESSMENT_COLUMNS, {"type", "weight"})
            if found:
                self._read_assessment(course, table, *found)
                return
        raise _SectionError(f"{self.where}的“教学考核要求”中没有找到考核表（表头应包含：考核类型、权重%、说明）")

    def _read_assessment(self, course: CourseDoc, table: _Table, header_row: int, columns: dict[str, int]) -> None:
        seen: set[str] = set()
        for row in table.grid[header_row + 1 :]:
            kind = _squash(_cell(row, columns["type"]))
            prefix = "process" if "过程" in kind else "final" if ("终结" in kind or "结果" in kind) else None
            if prefix is None or prefix in seen:
                continue
            weight = _parse_int(_cell(row, columns["weight"]))
            if weight is None or weight > 100:
                raise _SectionError(f"{self.where}的考核权重“{_cell(row, columns['weight'])}”不是 0～100 的整数")
            seen.add(prefix)
            setattr(course, f"{prefix}_assessment_weight", weight)
            setattr(course, f"{prefix}_assessment", normalize_text(_cell(row, columns.get("description"))))
        if not seen:
            raise _SectionError(f"{self.where}的考核表中没有“过程性考核”或“终结性考核”行")
        if len(seen) == 1:
            self.notes.append("考核表只有一种考核类型")

    def _learning_tasks(self) -> list[LearningTaskDoc]:
        blocks = self.blocks.subsections.get("learning_tasks")
        if blocks is None:
            return []
        task_table: tuple[_Table, int, dict[str, int]] | None = None
        step_tables: list[tuple[str, _Table]] = []
        caption = ""
        for block in blocks:
            if isinstance(block, _Para):
                caption = block.text
                continue
            found = None if task_table else _find_header(block, LEARNING_TASK_COLUMNS, {"name", "hours"})
            if found:
                task_table = (block, *found)
            elif _is_step_table(block):
                step_tables.append((caption, block))
            caption = ""
        if task_table is None:
            raise _SectionError(
                f"{self.where}的“参考性学习任务”中没有找到学习任务表（表头应包含：代码、学习任务名称、学时、学习任务描述）"
            )
        tasks = self._read_learning_tasks(*task_table)
        self._attach_steps(tasks, step_tables)
        return tasks

    def _read_learning_tasks(self, table: _Table, header_row: int, columns: dict[str, int]) -> list[LearningTaskDoc]:
        tasks: list[LearningTaskDoc] = []
        for number, row in enumerate(table.grid[header_row + 1 :], start=header_row + 2):
            seq, code, name = (_cell(row, columns.get(k)) for k in ("seq", "code", "name"))
            if not any(row) or _is_total_row(seq, code) or (not seq and not code and _is_total_row(name)):
                continue
            if not name:
                raise _SectionError(f"{self.where}的学习任务表第 {number} 行缺少学习任务名称")
            hours = _parse_int(_cell(row, columns["hours"]))
            if hours is None:
                raise _SectionError(
                    f"{self.where}的学习任务表第 {number} 行学时“{_cell(row, columns['hours'])}”不是整数"
                )
            if not code:
                code = f"{self.blocks.code}-{len(tasks) + 1:02d}"
                self.notes.append(f"学习任务“{name}”没有代码，已编为 {code}")
            tasks.append(
                LearningTaskDoc(
                    code=normalize_line(code),
                    name=normalize_line(name),
                    hours=hours,
                    description=_cell(row, columns.get("description")),
                    steps={step: "" for step in WORK_PROCESS_STEPS},
                )
            )
        return tasks

    def _attach_steps(self, tasks: list[LearningTaskDoc], step_tables: list[tuple[str, _Table]]) -> None:
        unassigned = list(tasks)
        for caption, table in step_tables:
            code = _caption_code(caption)
            task = next((t for t in unassigned if t.code == code), unassigned[0] if unassigned else None)
            if task is None:
                self.notes.append("多出的工作过程表没有对应的学习任务，已忽略")
                continue
            unassigned = [t for t in unassigned if t is not task]
            task.steps.update(_read_steps(table))
        if unassigned and step_tables:
            names = "、".join(task.name for task in unassigned)
            self.notes.append(f"学习任务“{names}”没有找到工作过程（六步）表")
        elif unassigned and tasks:
            self.notes.append("未找到学习任务的工作过程（六步）表")


def _caption_code(caption: str) -> str | None:
    text = re.sub(r"^学习任务\s*[:：]?\s*", "", caption.strip())
    match = _LEADING_CODE_RE.match(text)
    return match.group(1) if match else None


def _is_step_table(table: _Table) -> bool:
    return len(_read_steps(table)) >= 3


def _read_steps(table: _Table) -> dict[str, str]:
    """Six-step table: step labels in the first column (or in a header row)."""
    for index, row in enumerate(table.cells):
        labels = [_step_of(cell) for cell in row]
        if sum(1 for label in labels if label) >= 3 and index + 1 < len(table.cells):
            values = table.cells[index + 1]
            return {label: values[col] if col < len(values) else "" for col, label in enumerate(labels) if label}
    steps: dict[str, str] = {}
    for row in table.cells:
        if len(row) >= 2 and (step := _step_of(row[0])):
            steps[step] = normalize_text(f"{steps[step]}\n{row[1]}") if step in steps else row[1]
    return steps


# --------------------------------------------------------------------------
# The recogniser: runs the section parsers and writes the report
# --------------------------------------------------------------------------


class _Recogniser:
    def __init__(self, blocks: list[_Block], filename: str, package: PackageInfo):
        self.outline = _split_outline(blocks)
        self.filename = filename
        self.package = package
        self.report: list[SectionReport] = []
        self.errors: list[str] = []

    def run(self) -> ImportResult:
        title = self._title()
        major = self._section("major_info", _parse_major_info) or ({}, [])
        training_goals = self._text_section("training_goals")
        plan = self._section("course_plan", _parse_course_plan) or ([], [])
        norms, courses = self._course_norms(_plan_codes(self.outline.sections.get("course_plan", [])))
        tasks = self._section("typical_work_tasks", _parse_typical_tasks) or []
        advice = self._text_section("implementation_advice")
        assessment = self._text_section("assessment_and_evaluation")
        if self.errors:
            raise DocxImportError(self._failure_message(), self.report)
        info = major[0]
        document = StandardDoc(
            major_code=info["major_code"],
            major_name=info["major_name"],
            level=info["level"],
            title=title,
            version_label=info.get("version_label", ""),
            effective_term=info.get("effective_term", ""),
            training_goals=training_goals,
            course_plan=plan[0],
            course_norms=norms,
            implementation_advice=advice,
            assessment_and_evaluation=assessment,
            typical_work_tasks=tasks,
            courses=courses,
        )
        return ImportResult(document, self.report, document.consistency_problems(), self.package)

    # ------------------------------------------------------------------ parts
    def _title(self) -> str:
        outline = self.outline
        candidate = outline.title or next(
            (b for b in outline.preamble if isinstance(b, _Para) and b.heading_like),
            next((b for b in outline.preamble if isinstance(b, _Para)), None),
        )
        ignored = sum(1 for b in outline.preamble if b is not candidate)
        extra = f"；标题与第一章之间的 {ignored} 段内容未导入" if ignored else ""
        if candidate is not None:
            self._add("标题", STATUS_RECOGNISED, f"“{candidate.text}”{extra}")
            return candidate.text
        fallback = normalize_line(posixpath.splitext(posixpath.basename(self.filename.replace("\\", "/")))[0])
        fallback = fallback or "工学一体化课程标准"
        self._add("标题", STATUS_PARTIAL, f"文档中没有标题，已使用“{fallback}”{extra}")
        return fallback

    def _section(self, key: str, parser: Callable[[list[_Block]], object]):
        name = TOP_SECTION_NAMES[key]
        blocks = self.outline.sections.get(key)
        if blocks is None:
            self._fail(name, STATUS_MISSING, f"缺少必需章节“{name}”")
            return None
        try:
            result = parser(blocks)
        except _SectionError as exc:
            self._fail(name, STATUS_PARTIAL, str(exc))
            return None
        self._add(name, *self._section_summary(key, result))
        return result

    def _section_summary(self, key: str, result) -> tuple[str, str]:
        if key == "major_info":
            info, notes = result
            detail = (
                f"专业编码 {info['major_code']}，专业名称 {info['major_name']}，"
                f"培养层级 {TRAINING_LEVELS[info['level']]}"
            )
            return (STATUS_PARTIAL if notes else STATUS_RECOGNISED), "；".join([detail, *notes])
        if key == "course_plan":
            rows, notes = result
            terms = max((len(r.hours_per_term) for r in rows), default=0)
            total = sum(r.total_hours for r in rows)
            detail = f"识别课程 {len(rows)} 门，共 {terms} 个学期，合计 {total} 学时"
            return (STATUS_PARTIAL if notes else STATUS_RECOGNISED), "；".join([detail, *notes])
        return STATUS_RECOGNISED, f"识别典型工作任务 {len(result)} 个"

    def _text_section(self, key: str) -> str:
        name = TOP_SECTION_NAMES[key]
        blocks = self.outline.sections.get(key)
        if blocks is None:
            if key in REQUIRED_TOP_SECTIONS:
                self._fail(name, STATUS_MISSING, f"缺少必需章节“{name}”")
            else:
                self._add(name, STATUS_MISSING, "未找到该章节（非必需），已留空")
            return ""
        text, tables = _text_of(blocks)
        detail = f"共 {len(paragraphs(text))} 段" + (f"，其中 {tables} 个表格已按行转为文字" if tables else "")
        self._add(name, STATUS_RECOGNISED, detail)
        return text

    def _course_norms(self, plan_codes: set[str]) -> tuple[str, list[CourseDoc]]:
        name = TOP_SECTION_NAMES["course_norms"]
        blocks = self.outline.sections.get("course_norms")
        if blocks is None:
            self._fail(name, STATUS_MISSING, f"缺少必需章节“{name}”")
            return "", []
        try:
            general, course_blocks = _split_courses(blocks, plan_codes)
        except _SectionError as exc:
            self._fail(name, STATUS_PARTIAL, str(exc))
            return "", []
        if not course_blocks:
            self._fail(
                name,
                STATUS_PARTIAL,
                "“课程规范”中没有识别到任何课程；每门课程应以“课程代码 课程名称”"
                "（如“0203-01 数控车床零件加工”）为标题，并设为“标题 2”样式或加粗",
            )
            return "", []
        summary_index = len(self.report)
        courses = [course for course in map(self._course, course_blocks) if course is not None]
        text, _ = _text_of(general)
        partial = any(r.status != STATUS_RECOGNISED for r in self.report[summary_index:])
        tasks = sum(len(course.learning_tasks) for course in courses)
        self.report.insert(
            summary_index,
            SectionReport(
                name,
                STATUS_PARTIAL if partial else STATUS_RECOGNISED,
                f"识别课程 {len(courses)} 门、学习任务 {tasks} 个",
            ),
        )
        return text, courses

    def _course(self, blocks: _CourseBlocks) -> CourseDoc | None:
        parser = _CourseParser(blocks)
        name = f"课程 {blocks.code} {blocks.name}"
        try:
            course = parser.parse()
        except _SectionError as exc:
            self._fail(name, STATUS_PARTIAL, str(exc))
            return None
        detail = f"基准学时 {course.baseline_hours}，学习任务 {len(course.learning_tasks)} 个"
        status = STATUS_PARTIAL if parser.notes else STATUS_RECOGNISED
        self._add(name, status, "；".join([detail, *parser.notes]))
        return course

    # ------------------------------------------------------------------ report
    def _add(self, name: str, status: str, detail: str) -> None:
        self.report.append(SectionReport(name, status, detail))

    def _fail(self, name: str, status: str, message: str) -> None:
        self.errors.append(message)
        self._add(name, status, message)

    def _failure_message(self) -> str:
        shown = "；".join(self.errors[:5])
        more = f"（另有 {len(self.errors) - 5} 个问题）" if len(self.errors) > 5 else ""
        return f"导入失败，未导入任何内容：{shown}{more}。"
